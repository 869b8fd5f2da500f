"""Heading classes left by eval/structure35 (thirty-fifth session, second wave, helper u35a2).

1. Section titles set as the terms of a definition list: 「<dl><dt>个人信息采集</dt><dd>公司收集必要的客户信息，…。</dd>…」
   (eval/structure35 ziben-privacy-php: its eight `<dt>` titles were list items, 8 misses; eval/blind/profiles13
   cnstorm-zh: eleven `<dl>`s of one pair each, 0 headings).  A `<dl>` (or a run of sibling `<dl>`s) of three terms at
   least, each a short title with no sentence or clause mark and no colon over a body of 30 characters or more holding
   a sentence, is read as titles over bodies (`load.html.title_lists.title_list`).  A glossary (a body opening 「指…」,
   「是指…」, "means"), colon labels (「访客日志：」), sentence terms, short bodies (a footer's link lists) and lists of
   fewer than three terms are read as before.
2. A language switcher in a site header written as a heading: 「<h5 id="language"><span>中文</span></h5>」 above the
   policy's `<h1>隐私政策</h1>` was a section holding the site's navigation (ziben-privacy-php: 1 false heading).  A heading
   of language names only (「中文」, 「中文 / English」) that a later heading outranks is a paragraph
   (`structure.styled_body.demote_language_switches`); a bilingual policy's own 「<h2>中文</h2>」 / 「<h2>English</h2>」
   parts, with no higher heading after them, stay headings.
3. A later document's name in a centred paragraph: 「<p style="text-align: center; font-weight: bold">最终用户许可协议</p>」
   below a FAQ's `<h4>` questions, over the licence's 第一条 … 第十二条 (yunhuiku-help-vue: 1 miss).  A `<p>`/`<div>`
   centred by `align="center"`, `text-align: center` or a class 「center」/「text-center」 whose whole text names a
   document (at most 30 characters, no sentence or clause mark, ending 协议, 政策, 声明, 条款, 须知, 指引 …) is a heading
   at the rank of the page's highest `<h*>` so far (`load.html.titles._centred_name`, `load.html.blocks`).  Read as
   before: such a name with no `<h*>` heading above it (the first document's name at the top is the title's reading),
   one that repeats a heading above it (the page header's 「<h2>隐私政策</h2>」), a class-titled line, a centred date or
   sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load import load
from policylens.load.document import read_document
from policylens.load.html.title_lists import title_list
from policylens.load.html.titles import _centred, _centred_name
from policylens.structure.styled_body import _language_switch

REPO = Path(__file__).resolve().parent.parent
SET = REPO / "eval" / "structure35"

_BODY = "公司收集必要的客户信息，以便开设客户账户、执行交易并向客户提供所需的服务。公司采集的信息包括识别客户所需要的信息。"


def _sections(tmp_path: Path, body: str, name: str = "page.html") -> list[tuple[int, int, str]]:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    doc = read_document(str(path))
    return [(s.line, s.level, s.title) for s in doc.sections if s.title]


def _dl_page(pairs: list[tuple[str, str]], split: bool = False) -> str:
    entries = [f"<dt>{term}</dt>\n<dd>{body}</dd>" for term, body in pairs]
    inner = "\n</dl>\n<dl>\n".join(entries) if split else "\n".join(entries)
    intro = "<p>感谢您访问我们的网站。您的隐私对我们很重要，我们已经制定了以下的隐私政策。</p>"
    return f"<html><body>\n<h1>隐私政策</h1>\n{intro}\n<dl>\n{inner}\n</dl>\n</body></html>\n"


def test_dl_titles_fire(tmp_path: Path) -> None:
    pairs = [("个人信息采集", _BODY), ("个人信息使用", _BODY), ("关联公司与合作伙伴", _BODY)]
    for split in (False, True):
        titles = [title for _, _, title in _sections(tmp_path, _dl_page(pairs, split))]
        assert titles == ["个人信息采集", "个人信息使用", "关联公司与合作伙伴"], split


@pytest.mark.parametrize(
    "pairs",
    [
        # a glossary: each body opens a definition
        [
            ("个人信息", "指以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息。"),
            ("敏感个人信息", "是指一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害的个人信息。"),
            ("去标识化", "指个人信息经过处理，使其在不借助额外信息的情况下无法识别特定自然人的过程。"),
        ],
        # colon labels (a reading of their own)
        [("访客日志：", _BODY), ("电子邮件地址：", _BODY), ("上传的信息：", _BODY)],
        # terms that are sentences
        [("您在通过了监护关系判断后，可以获得以下帮助。", _BODY), ("个人信息使用", _BODY), ("关联公司", _BODY)],
        # a footer's link lists: short bodies
        [("公司简介", "关于我们 联系我们"), ("新闻动态", "公司新闻 行业动态"), ("产品中心", "产品一 产品二")],
        # two terms only
        [("个人信息采集", _BODY), ("个人信息使用", _BODY)],
    ],
)
def test_dl_titles_do_not_fire(tmp_path: Path, pairs: list[tuple[str, str]]) -> None:
    titles = [title for _, _, title in _sections(tmp_path, _dl_page(pairs))]
    assert not set(titles) & {term for term, _ in pairs}


def test_title_list_counts_the_run() -> None:
    page = _dl_page([("个人信息采集", _BODY), ("个人信息使用", _BODY), ("关联公司与合作伙伴", _BODY)], split=True)
    assert title_list(page, page.index("<dl>")) == 3
    nested = "<dl><dt>甲</dt><dd><dl><dt>乙</dt><dd>丙</dd></dl></dd></dl>"
    assert title_list(nested, 0) == 0


def test_ziben_dl_titles(tmp_path: Path) -> None:
    doc = read_document(str(SET / "holdout" / "ziben-privacy-php" / "privacy.php"))
    assert "中文" not in [s.title for s in doc.sections]
    got = [(s.line, s.title) for s in doc.sections if s.title and s.line > 95]
    assert got == [
        (97, "个人信息采集"),
        (99, "个人信息使用"),
        (101, "个人信息保护"),
        (103, "关联公司与合作伙伴"),
        (105, "非关联第三方"),
        (109, "联系客户"),
        (111, "责任限制"),
        (113, "隐私保护政策更新"),
    ]
    levels = {s.level for s in doc.sections if s.title and s.line > 95}
    assert len(levels) == 1


def test_language_switch_names() -> None:
    assert _language_switch("中文") and _language_switch("中文 / English") and _language_switch("EN | 简体中文")
    assert (
        not _language_switch("中文版隐私政策")
        and _language_switch("English version")
        and not _language_switch("English summary")
        and not _language_switch("")
    )


def test_language_switch_above_main_heading_fires(tmp_path: Path) -> None:
    page = """<html><body>
<div class="header"><h5 id="language"><span>中文</span></h5><ul><li><a href="/">首页</a></li><li><a href="/faq/">常见问题</a></li></ul></div>
<h1>隐私政策</h1>
<p>感谢您访问我们的网站。您的隐私对我们很重要。</p>
<h2>一、我们收集的信息</h2>
<p>我们收集您的手机号码，用于注册账号。</p>
<h2>二、我们如何使用信息</h2>
<p>我们使用您的信息提供服务。</p>
</body></html>
"""
    titles = [title for _, _, title in _sections(tmp_path, page)]
    assert "中文" not in titles
    assert "一、我们收集的信息" in titles and "二、我们如何使用信息" in titles


def test_bilingual_parts_stay_headings(tmp_path: Path) -> None:
    page = """<html><body>
<h2>中文</h2>
<h3>一、我们收集的信息</h3>
<p>我们收集您的手机号码，用于注册账号。</p>
<h3>二、我们如何使用信息</h3>
<p>我们使用您的信息提供服务。</p>
<h2>English</h2>
<h3>1. Information we collect</h3>
<p>We collect your phone number to register your account.</p>
<h3>2. How we use information</h3>
<p>We use your information to provide the service.</p>
</body></html>
"""
    titles = [title for _, _, title in _sections(tmp_path, page)]
    assert "中文" in titles and "English" in titles


def _two_documents(name_line: str, header: str = "") -> str:
    return f"""<html><body>
{header}<h4>1、如何注册账号？</h4>
<p>答：点击首页右上角的注册按钮，按提示填写信息即可。</p>
<h4>2、如何修改密码？</h4>
<p>答：登录后进入个人中心修改。</p>
{name_line}
<p>感谢您使用本平台。本协议是您与本公司之间的协议。</p>
<p>第一条 本平台简介</p>
<p>本平台为企业提供服务，帮助企业完成融资。</p>
<p>第二条 用户身份保证</p>
<p>用户承诺提供的信息真实、准确、完整。</p>
</body></html>
"""


def test_centred_document_name_fires(tmp_path: Path) -> None:
    for name_line in (
        '<p style="text-align: center; font-size: 20px">最终用户许可协议</p>',
        '<p align="center">最终用户许可协议</p>',
        '<div class="text-center">《最终用户许可协议》</div>',
    ):
        sections = _sections(tmp_path, _two_documents(name_line))
        names = [(level, title) for _, level, title in sections if "最终用户许可协议" in title]
        faq = [level for _, level, title in sections if title.startswith("1、")]
        assert names and faq and names[0][0] == faq[0], name_line


def _kinds(tmp_path: Path, page: str) -> dict[str, str]:
    path = tmp_path / "load.html"
    path.write_text(page, encoding="utf-8")
    return {" ".join(b.text.split()): b.kind for b in load(str(path)).parsed.blocks}


@pytest.mark.parametrize(
    ("name_line", "headed"),
    [
        ('<p align="center">最终用户许可协议</p>', False),  # no <h*> above: left to the title's reading
        ('<p style="text-align:center">更新日期：2019年9月14日</p>', True),  # a date
        ('<p style="text-align:center">感谢您使用本平台，请仔细阅读本协议。</p>', True),  # a sentence
        ('<p style="text-align:left">最终用户许可协议</p>', True),  # not centred
        ('<p class="title" style="text-align:center">最终用户许可协议</p>', True),  # class-titled: read as before
    ],
)
def test_centred_line_does_not_fire(tmp_path: Path, name_line: str, headed: bool) -> None:
    page = _two_documents(name_line)
    if not headed:
        page = page.replace("<h4>", "<p>").replace("</h4>", "</p>")
    text = name_line.split(">")[1].split("<")[0]
    assert _kinds(tmp_path, page)[text] == "paragraph"
    assert _kinds(tmp_path, _two_documents('<p align="center">最终用户许可协议</p>'))["最终用户许可协议"] == "heading"


def test_centred_repeat_of_header_does_not_fire(tmp_path: Path) -> None:
    page = _two_documents('<div style="text-align: center;">隐私政策</div>', header="<h2>隐私政策</h2>\n")
    titles = [title for _, _, title in _sections(tmp_path, page)]
    assert titles.count("隐私政策") <= 1


def test_centred_helpers() -> None:
    assert _centred([("align", "center")]) and _centred([("style", "color: #333; text-align : center")])
    assert _centred([("class", "box text-center")]) and not _centred([("class", "container-center")])
    assert not _centred([("style", "text-align: left")]) and not _centred([("align", None)])
    assert _centred_name("最终用户许可协议") and _centred_name("《隐私政策》") and _centred_name("用户服务协议")
    assert not _centred_name("更新日期：2019年9月14日") and not _centred_name("隐私政策概要") and not _centred_name("")


def test_yunhuiku_licence_name() -> None:
    doc = read_document(str(SET / "holdout" / "yunhuiku-help-vue" / "Help.vue"))
    levels = {s.title: s.level for s in doc.sections if s.title}
    assert levels["最终用户许可协议"] == levels["11、如何拒绝接收消息提醒？"]
    assert levels["第一条 本平台简介"] == levels["最终用户许可协议"] + 1
