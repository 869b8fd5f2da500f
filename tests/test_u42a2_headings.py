"""Heading classes of the forty-second session (u42a2): eval/structure42's held-out misses (adzhijia-consent-vue).

1. A title class on the number of a numbered sentence: 「<p><span class="title">2.1</span>⏎向您提供信息浏览…功能。</p>」;
   the class styles the number only, the sentence runs on outside it, and the block was read as a title written as a
   sentence (`load.html.blocks`, its `_run_in`): a false section.  Now the block is read as if unstyled
   (`load.html.elements`, `load.lines.lone_number`).  A title element whose number is styled by an inner span
   (「<p class="title"><span class="title-num">2.</span> 账号注册</p>」) is still a title.
2. A styled line directly opening the styled numbered titles of the block a page shows after a form:
   「<div class="user-terms-header">中国AD之家用户知情同意书</div>」 over 「<p class="title">一、…</p>」, below the form's
   short lines: no title was found and the form's lines were read as bare titles
   (`structure.headings.title._title_over_titled_sections`).
3. A bold title with no text of its own directly over a numbered run that ends where its parent's scope does:
   「<b>权利声明</b>」 over 「<b>一、权利归属</b>」…「<b>三、知识产权保护</b>」, then 「<h2>保密政策</h2>」, after bold peers with text
   (「<b>提示条款</b>」, 「<b>定义</b>」): the run is its sub-sections (eval/structure41 xingchen-register-vue, a known limit)
   (`structure.bold_run_parents`).
"""

from __future__ import annotations

from pathlib import Path

from helpers import titles_and_levels
from policylens.load.document import read_document
from policylens.load.lines import lone_number

REPO = Path(__file__).resolve().parent.parent


_STYLED_NUMBERS = """<html><body>
<div class="page-title">某某隐私政策</div>
<p class="title">一、我们如何收集和使用您的个人信息</p>
<p>我们会遵循正当、合法、必要的原则，收集和使用您在使用我们服务过程中主动提供的个人信息。</p>
<p class="title">1.向您提供产品和服务</p>
<p><span class="title">1.1</span>向您提供信息浏览功能。</p>
<p>
  <span class="title">1.2</span>
  向您提供信息发布功能。
</p>
<p class="title"><span class="title-num">2.</span> 账号注册</p>
<p>当您注册时，我们将收集您的手机号，以便为您提供快捷的登录服务。</p>
<p class="title">二、我们如何共享您的个人信息</p>
<p>我们不会与任何公司、组织和个人共享您的个人信息，但以下情况除外。</p>
</body></html>
"""


def test_a_title_class_on_a_sentences_number_makes_no_section(tmp_path: Path) -> None:
    title, sections = titles_and_levels(tmp_path, "policy.html", _STYLED_NUMBERS)
    assert title == "某某隐私政策"
    assert sections == [
        ("一、我们如何收集和使用您的个人信息", 1),
        ("1.向您提供产品和服务", 2),
        ("2.账号注册", 2),  # the number styled inside a title element: still a title
        ("二、我们如何共享您的个人信息", 1),
    ]


def test_a_title_span_holding_the_whole_numbered_title_stays_a_section(tmp_path: Path) -> None:
    page = _STYLED_NUMBERS.replace(
        '<p class="title"><span class="title-num">2.</span> 账号注册</p>', '<p><span class="title">2.账号注册</span></p>'
    )
    _, sections = titles_and_levels(tmp_path, "policy.html", page)
    assert ("2.账号注册", 2) in sections


def test_a_styled_number_before_a_title_leaves_a_section(tmp_path: Path) -> None:
    page = _STYLED_NUMBERS.replace(
        '<p class="title">二、我们如何共享您的个人信息</p>', '<p><span class="title">二、</span>我们如何共享您的个人信息</p>'
    )
    _, sections = titles_and_levels(tmp_path, "policy.html", page)
    assert ("二、我们如何共享您的个人信息", 1) in sections  # a numbered title, styled or not


def test_lone_number_is_a_label_and_nothing_else() -> None:
    assert all(lone_number(text) for text in ("2.1", " 2.1 ", "一、", "（三）", "第五条", "1."))
    assert not any(lone_number(text) for text in ("2.1 浏览功能", "账号", "", "（一）Cookie", "Article 1."))


_FORM = """<template>
<div class="register">
<div class="register-box" v-if="showRe">
{above}<div class="sms-btn">获取验证码</div>
<div>您的身份是？</div>
<div><span>收起</span></div>
<div>AD患者</div>
<div>医生</div>
<div class="agree-tip">我已阅读并同意<span>用户知情同意书</span></div>
<div class="register-btn">注册</div>
</div>
<div class="user-terms" v-else>
<div class="{cls}">{head}</div>
<div class="user-terms-body">
{own}<p class="title">{first}</p>
<p>我们会遵循正当、合法、必要的原则，出于本政策所述的以下目的，收集和使用您在使用我们服务过程中主动提供或因使用我们产品和服务而产生的个人信息。</p>
<p class="title">1.账号注册</p>
<p>当您注册时，我们将收集您的手机号、邀请码等信息，以便为您提供快捷的登录服务。</p>
<p class="title">2.向您提供产品和服务</p>
<p>
<span class="title">2.1</span>
向您提供信息浏览、发布和收藏及分享功能。
</p>
</div>
<div class="user-terms-btn">我已阅读并同意</div>
</div>
</div>
</template>
"""

_SECTIONS = [("一、我们如何收集和使用您的个人信息", 1), ("1.账号注册", 2), ("2.向您提供产品和服务", 2)]


def _form(
    head: str = "某某用户知情同意书",
    first: str = "一、我们如何收集和使用您的个人信息",
    cls: str = "user-terms-header",
    above: str = "",
    own: str = "",
) -> str:
    return _FORM.format(head=head, first=first, cls=cls, above=above, own=own)


def test_a_styled_line_over_styled_sections_after_a_form_is_the_title(tmp_path: Path) -> None:
    title, sections = titles_and_levels(tmp_path, "register.vue", _form())
    assert title == "某某用户知情同意书"
    assert sections == _SECTIONS  # the form's lines (「您的身份是？」, 「注册」) are no sections


def test_a_title_class_opening_the_sections_in_an_html_page(tmp_path: Path) -> None:
    page = _form(cls="user-terms-title").replace("<template>", "<html><body>").replace("</template>", "</body></html>")
    title, sections = titles_and_levels(tmp_path, "register.html", page)
    assert title == "某某用户知情同意书"
    assert sections == _SECTIONS


def test_sections_that_do_not_start_at_one_are_not_opened_by_it(tmp_path: Path) -> None:
    title, _ = titles_and_levels(tmp_path, "register.vue", _form(first="二、我们如何收集和使用您的个人信息"))
    assert title is None  # 「二、」 first: a part of a document, the line above may be a section of its own


def test_a_date_line_over_the_sections_is_no_title(tmp_path: Path) -> None:
    title, _ = titles_and_levels(tmp_path, "register.vue", _form(head="生效日期：2020年1月1日"))
    assert title is None


def test_a_styled_line_with_text_of_its_own_is_not_taken(tmp_path: Path) -> None:
    own = "<p>欢迎您使用我们的服务！请您在注册前仔细阅读本同意书的全部内容，特别是以粗体标注的条款。</p>\n"
    title, _ = titles_and_levels(tmp_path, "register.vue", _form(own=own))
    assert title is None


def test_a_document_name_above_leaves_the_title_alone(tmp_path: Path) -> None:
    title, _ = titles_and_levels(tmp_path, "register.vue", _form(above="<div>《某某用户服务协议》</div>\n"))
    assert title != "某某用户知情同意书"


def test_adzhijia_consent_regression() -> None:
    doc = read_document(str(REPO / "eval/structure42/holdout/adzhijia-consent-vue/register.vue"))
    assert (doc.metadata.title, doc.metadata.title_line) == ("中国AD之家用户知情同意书", 93)
    assert [(s.line, s.level, s.title) for s in doc.sections if s.title] == [
        (95, 1, "一、我们如何收集和使用您的个人信息"),
        (99, 2, "1.账号注册"),
        (103, 2, "2.向您提供产品和/或服务"),
    ]


_P = "<p>星尘实验室平台内的所有产品、服务、技术、软件、程序、数据及其他信息的所有权利均归星尘实验室或其关联公司所有。</p>"

_STATEMENT = """<html><body>
<h1>法律声明及保密政策</h1>
<h2>法律声明</h2>
<p><b>提示条款</b></p>
{p}
<p><b>定义</b></p>
{p}
<p><b>权利声明</b></p>
{own}<p><b>一、权利归属</b></p>
{p}
<p><b>二、责任限制</b></p>
{p}
<p><b>三、知识产权保护</b></p>
{p}
{after}</body></html>
"""

_AFTER = "<h2>保密政策</h2>\n{p}\n<h3>一、适用范围</h3>\n{p}\n"


def _statement(tmp_path: Path, own: str = "", after: str = _AFTER, peers: bool = True) -> list[tuple[str, int]]:
    page = _STATEMENT.format(p=_P, own=own, after=after.format(p=_P))
    if not peers:
        page = page.replace(f"<p><b>提示条款</b></p>\n{_P}\n<p><b>定义</b></p>\n{_P}\n", "")
    return titles_and_levels(tmp_path, "statement.html", page)[1]


def test_a_bold_title_over_a_numbered_run_its_parents_scope_closes_is_its_parent(tmp_path: Path) -> None:
    sections = dict(_statement(tmp_path))
    assert sections["权利声明"] == sections["定义"]
    assert [sections[t] for t in ("一、权利归属", "二、责任限制", "三、知识产权保护")] == [sections["权利声明"] + 1] * 3
    assert sections["保密政策"] == sections["法律声明"]
    assert sections["一、适用范围"] == sections["保密政策"] + 1


def test_a_bold_title_with_text_of_its_own_keeps_the_numbers_beside_it(tmp_path: Path) -> None:
    sections = dict(_statement(tmp_path, own=_P + "\n"))
    assert sections["一、权利归属"] == sections["权利声明"]


def test_a_run_to_the_end_of_the_document_is_left_as_it_was(tmp_path: Path) -> None:
    sections = dict(_statement(tmp_path, after=""))
    assert sections["一、权利归属"] == sections["权利声明"]


def test_without_a_bold_peer_with_text_the_run_is_left_as_it_was(tmp_path: Path) -> None:
    sections = dict(_statement(tmp_path, peers=False))
    assert "定义" not in sections
    assert sections["一、权利归属"] == sections["权利声明"]


def test_xingchen_bold_run_levels_regression() -> None:
    doc = read_document(str(REPO / "eval/structure41/dev/xingchen-register-vue/register.vue"))
    levels = {s.line: s.level for s in doc.sections if s.title}
    assert [levels[line] for line in (88, 89, 92, 95, 96, 99, 102, 104, 106)] == [2, 3, 3, 3, 4, 4, 4, 2, 3]
