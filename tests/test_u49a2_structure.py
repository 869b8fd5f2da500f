"""Classes left open by the structure sets (forty-ninth session, second wave, helper u49a2), each with invented forms,
near misses and the real file as a regression:

1. the title again after a consent pop-up's summary (eval/structure48c destruct-wordhtml 50/99);
2. an app's contact feature listed after contact fields (eval/structure49 billx L151);
3. inline tags inside a title of a text written with HTML (eval/structure49 tongue: 「一、<strong>…</strong>」);
4. a bold headline over the document's version or date line is its title (eval/structure48 counseling);
5. plain one-line sub-titles paired with their text under an explicit heading (eval/structure49 ikan L91/L93).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, paragraph_texts, parse_path, written_file
from policylens.model import Document, source_position

ROOT = Path(__file__).resolve().parents[1]

# -- 1. the title again after a consent pop-up ---------------------------------------------------------------------

_POPUP = [
    "某某应用隐私政策",
    "欢迎您使用某某应用！我们非常重视保护您的个人信息。请您仔细阅读并充分理解相关内容：",
    "1.为向您提供服务，我们将依据《某某应用隐私政策》收集必要的信息。",
    "2.您可以访问、更正、删除您的个人信息。",
    "如您同意《某某应用隐私政策》，请您点击“同意”开始使用我们的产品和服务。",
    "某某应用隐私政策",
    "更新日期：2024年5月27日",
    "本政策说明我们如何处理您的个人信息。",
    "一、我们如何收集您的个人信息",
    "我们会收集您的手机号码。",
    "二、我们如何使用您的个人信息",
    "我们仅为提供服务使用您的信息。",
]


def _popup_html(lines: list[str]) -> str:
    body = []
    for k, line in enumerate(lines):
        if k in (0, 5):
            body.append(f'<p><span style="font-size:26pt">{line}</span></p>')
        elif line.startswith(("一、", "二、")):
            body.append(f"<p><b>{line}</b></p>")
        else:
            body.append(f"<p>{line}</p>")
    return "<html><body>\n" + "\n".join(body) + "\n</body></html>\n"


def test_html_title_after_a_consent_popup_is_the_documents_own(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "p.html", _popup_html(_POPUP)))
    assert (doc.metadata.title, doc.metadata.title_line) == ("某某应用隐私政策", 7)
    assert headings(doc) == [(10, 1, "一、我们如何收集您的个人信息"), (12, 1, "二、我们如何使用您的个人信息")]
    texts = paragraph_texts(doc)
    # nothing of the pop-up is dropped: its copy of the name and its sentences are the preamble's paragraphs
    assert texts[:5] == ["某某应用隐私政策", *_POPUP[1:5]]


def test_text_and_markdown_titles_after_a_consent_popup(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "p.txt", "\n\n".join(_POPUP) + "\n"))
    assert (doc.metadata.title, doc.metadata.title_line) == ("某某应用隐私政策", 11)
    assert [line for line, _, _ in headings(doc)] == [17, 21]
    md = (
        "# 某某应用隐私政策\n\n欢迎您使用某某应用！请您仔细阅读：\n\n1. 我们将依据本政策收集必要的信息。\n\n"
        "如您同意，请点击“同意”开始使用。\n\n# 某某应用隐私政策\n\n更新日期：2024年5月27日\n\n"
        "## 一、信息收集\n\n我们会收集您的手机号码。\n\n## 二、信息使用\n\n我们仅为提供服务使用您的信息。\n"
    )
    doc = parse_path(written_file(tmp_path, "p.md", md))
    assert doc.metadata.title_line == 9
    # the pop-up's `#` copy is no section holding the document's sections
    assert headings(doc) == [(13, 1, "一、信息收集"), (17, 1, "二、信息使用")]


@pytest.mark.parametrize(
    "lines",
    [
        # no request to tap "agree" between the two: a title and its name repeated, read as before
        [line.replace("请您点击“同意”开始使用", "欢迎使用") for line in _POPUP],
        # a heading between them: the first is the title
        [*_POPUP[:2], "一、概述", *_POPUP[2:8], "二、我们如何收集您的个人信息", *_POPUP[9:10]],
    ],
)
def test_near_misses_keep_the_first_title(tmp_path: Path, lines: list[str]) -> None:
    doc = parse_path(written_file(tmp_path, "p.txt", "\n\n".join(lines) + "\n"))
    assert doc.metadata.title_line == 1


def test_destruct_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure48c" / "dev" / "destruct-wordhtml" / "privacy-policy-cn.html")
    assert (doc.metadata.title, doc.metadata.title_line) == ("魔法突袭隐私政策", 99)
    assert headings(doc)[0][:2] == (179, 1)
    texts = paragraph_texts(doc)
    assert texts[0] == "魔法突袭隐私政策" and texts[1].startswith("欢迎您使用魔法突袭！")  # the pop-up is kept, above the title


# -- 2. the app's contact feature after contact fields ----------------------------------------------------------------

_CONTACT_TXT = (
    "某某隐私政策\n\n一、信息收集\n\n我们会收集您的手机号码。\n\n二、联系我们\n\n"
    "如您对本政策有任何疑问，您可以通过以下方式联系我们：\n\n邮箱：service@example.com\n\n电话：400-000-0000\n\n"
    "{line}\n\n我们将在十五日内回复。\n"
)


def test_contact_feature_after_fields_is_no_heading(tmp_path: Path) -> None:
    page = (
        '<html><body>\n<h1>某某隐私政策</h1>\n<p class="title">一、信息收集</p>\n<p>我们会收集您的手机号码。</p>\n'
        '<p class="title">二、联系我们</p>\n<p>如您对本政策有任何疑问，您可以通过以下方式联系我们：</p>\n'
        "<p>邮箱1: service@example.com</p>\n<p>微信: example</p>\n<p>qq: 12345678</p>\n"
        "<p>应用内置的意见反馈功能</p>\n<p>我们将在十五日内回复。</p>\n</body></html>\n"
    )
    assert [line for line, _, _ in headings(parse_path(written_file(tmp_path, "c.html", page)))] == [3, 5]
    doc = parse_path(written_file(tmp_path, "c.txt", _CONTACT_TXT.format(line="App内的联系客服入口")))
    assert [line for line, _, _ in headings(doc)] == [3, 7]


def test_contact_titles_near_the_fields_stay_headings(tmp_path: Path) -> None:
    # no feature word: a section's title after a contact block
    doc = parse_path(written_file(tmp_path, "a.txt", _CONTACT_TXT.format(line="其他联系方式")))
    assert [line for line, _, _ in headings(doc)] == [3, 7, 15]
    # one field line above only
    one = _CONTACT_TXT.format(line="客服页面").replace("电话：400-000-0000\n\n", "")
    one = one.replace("我们将在十五日内回复。", "我们的客服页面在应用的设置中，工作时间为每日九时至十八时。")
    assert [line for line, _, _ in headings(parse_path(written_file(tmp_path, "b.txt", one)))] == [3, 7, 13]


def test_billx_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure49" / "holdout" / "billx-privacy-html" / "privacy.html")
    lines = [line for line, _, _ in headings(doc)]
    assert 151 not in lines and 144 in lines
    assert "应用内置的联系我们功能" in paragraph_texts(doc)


# -- 3. inline tags inside a title of a text written with HTML -------------------------------------------------------

_TAGGED = "<b>某某隐私政策</b><br/>\n\n一、<strong>信息收集</strong>\n\n我们会收集您的手机号码，用于注册账号。\n\n二、<b>信息使用</b>\n\n我们仅为提供服务使用您的信息。\n"


def _title_columns_exact(doc: Document, source: str) -> None:
    lines = source.split("\n")
    for s in doc.sections:
        if s.title:
            shown = "".join(
                lines[line - 1][column - 1]
                for line, column in (source_position(s.title_pieces, s.line, s.column or 1, k) for k in range(len(s.title)))
            )
            assert shown == s.title


@pytest.mark.parametrize("name", ["t.txt", "t.md"])
def test_inline_tags_leave_titles_and_keep_their_columns(tmp_path: Path, name: str) -> None:
    doc = parse_path(written_file(tmp_path, name, _TAGGED))
    assert doc.metadata.title == "某某隐私政策"
    assert headings(doc) == [(3, 1, "一、信息收集"), (7, 1, "二、信息使用")]
    _title_columns_exact(doc, _TAGGED)
    # the paragraphs keep their text as written
    assert doc.sections[-1].paragraphs[0].text == "我们仅为提供服务使用您的信息。"


def test_tags_that_are_not_inline_formatting_stay(tmp_path: Path) -> None:
    text = _TAGGED.replace("<strong>信息收集</strong>", '<a id="c">信息收集</a>')
    doc = parse_path(written_file(tmp_path, "t.txt", text))
    assert all("<b>" not in (s.title or "") for s in doc.sections)
    assert any(s.title == "二、信息使用" for s in doc.sections)


def test_tongue_regression() -> None:
    path = ROOT / "eval" / "structure49" / "dev" / "tongue-privacy-txt" / "privacy.txt"
    doc = parse_path(path)
    assert doc.metadata.title == "汉方舌诊隐私政策"
    titles = [title for _, _, title in headings(doc)]
    assert titles[:2] == ["一、个人信息的定义", "二、法律依据"] and not any("<" in (t or "") for t in titles)
    _title_columns_exact(doc, path.read_text(encoding="utf-8"))


# -- 4. a bold headline over the document's version or date line -----------------------------------------------------

_HERO = '<view class="page">\n  <view class="hero">\n    <text class="hero-title">你的数据应被认真保护</text>\n    <text class="hero-sub">版本 1.0 · 使用说明</text>\n  </view>\n  <view class="card">\n    <text class="card-title">我们处理哪些信息</text>\n    <text class="card-text">为完成测评，本系统可能处理学号、姓名和测评回答。</text>\n  </view>\n  <view class="card">\n    <text class="card-title">使用目的</text>\n    <text class="card-text">信息仅用于心理健康教育和学校支持服务。</text>\n  </view>\n  <view class="card">\n    <text class="card-title">你的权利</text>\n    <text class="card-text">你可以查询本人信息、申请更正基础资料。</text>\n  </view>\n</view>\n'


@pytest.mark.parametrize("head", ["版本 1.0 · 使用说明", "更新日期：2024年5月1日"])
def test_headline_over_the_documents_head_line_is_the_title(tmp_path: Path, head: str) -> None:
    doc = parse_path(written_file(tmp_path, "index.wxml", _HERO.replace("版本 1.0 · 使用说明", head)))
    assert (doc.metadata.title, doc.metadata.title_line) == ("你的数据应被认真保护", 3)
    assert headings(doc) == [(7, 1, "我们处理哪些信息"), (11, 1, "使用目的"), (15, 1, "你的权利")]


def test_an_apps_name_over_its_bare_version_stays_a_section(tmp_path: Path) -> None:
    # 「视频直播平台」 over 「版本：1.0.0」 on an about screen (round34c livestream-dart): the app's name, no title
    doc = parse_path(written_file(tmp_path, "index.wxml", _HERO.replace("版本 1.0 · 使用说明", "版本：1.0.0")))
    assert doc.metadata.title is None
    assert headings(doc)[0] == (3, 1, "你的数据应被认真保护")


def test_counseling_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure48" / "dev" / "counseling-privacy-wxml" / "index.wxml")
    assert (doc.metadata.title, doc.metadata.title_line) == ("你的心理数据应被认真保护", 3)
    assert [line for line, _, _ in headings(doc)] == [7, 11, 15, 19]


# -- 5. plain sub-titles paired with their text under an explicit heading ---------------------------------------------

_PAIRS_HTML = "<html><body>\n<h4>一、信息收集</h4>\n<p>我们会收集您的手机号码，用于注册账号。</p>\n<h4>二、我们可能向您发送的信息</h4>\n<p><span>邮件和信息推送</span></p>\n<p><span>我们可能使用您的信息向您的设备发送电子邮件或推送通知。</span></p>\n<p><span>与服务有关的公告</span></p>\n<p><span>我们可能在必要时向您发出与服务有关的公告。</span></p>\n<h4>三、联系我们</h4>\n<p>如有疑问，请发送邮件至service@example.com。</p>\n</body></html>\n"
_PAIRS_MD = "# 某某隐私政策\n\n## 一、信息收集\n\n我们会收集您的手机号码，用于注册账号。\n\n## 二、我们可能向您发送的信息\n\n邮件和信息推送\n\n我们可能使用您的信息向您的设备发送电子邮件或推送通知。\n\n与服务有关的公告\n\n我们可能在必要时向您发出与服务有关的公告。\n\n## 三、联系我们\n\n如有疑问，请发送邮件至service@example.com。\n"


@pytest.mark.parametrize(("name", "text", "lines"), [("p.html", _PAIRS_HTML, [2, 4, 5, 7, 9]), ("p.md", _PAIRS_MD, [3, 7, 9, 13, 17])])
def test_plain_sub_titles_paired_with_their_text(tmp_path: Path, name: str, text: str, lines: list[int]) -> None:
    doc = parse_path(written_file(tmp_path, name, text))
    found = headings(doc)
    assert [line for line, _, _ in found] == lines
    assert [(level, title) for _, level, title in found[2:4]] == [(2, "邮件和信息推送"), (2, "与服务有关的公告")]


@pytest.mark.parametrize(
    "change",
    [
        # one pair only
        lambda t: t.replace("<p><span>与服务有关的公告</span></p>\n<p><span>我们可能在必要时向您发出与服务有关的公告。</span></p>\n", ""),
        # a third paragraph in the section: no longer only pairs
        lambda t: t.replace("<h4>三、联系我们</h4>", "<p>以上信息您均可在设置中关闭。</p>\n<h4>三、联系我们</h4>"),
        # the text under a short line is no sentence: a label and its value
        lambda t: t.replace("我们可能在必要时向您发出与服务有关的公告。", "见公告栏"),
    ],
)
def test_near_misses_keep_their_paragraphs(tmp_path: Path, change: object) -> None:
    doc = parse_path(written_file(tmp_path, "p.html", change(_PAIRS_HTML)))  # type: ignore[operator]
    titles = [title for _, _, title in headings(doc)]
    assert titles[0] == "一、信息收集" and "邮件和信息推送" not in titles and "与服务有关的公告" not in titles


def test_ikan_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure49" / "holdout" / "ikan-privacy-html" / "privacy_policy.html")
    found = {line: level for line, level, _ in headings(doc)}
    assert (found[90], found[91], found[93], found[95]) == (1, 2, 2, 1)


# -- 6. a hidden copy of the text the page shows -----------------------------------------------------------------------

_SHOWN = (
    "<p>隐私政策</p>\n<p>我们不会收集或储存来自你社交网络的任何资讯，也不会将其销售给广告商或其他机构。</p>\n"
    "<p>个人信息</p>\n<p>当你通过社交网络分享时，帐号密码由系统管理，本应用不会以任何形式储存。</p>\n"
)
_HIDDEN = (
    '<div id="md" style="display: none;">\n## 隐私政策\n\n我们不会收集或储存来自你社交网络的任何资讯，也不会将其销售给广告商或其他机构。\n\n'
    "## 个人信息\n\n当你通过社交网络分享时，帐号密码由系统管理，本应用不会以任何形式储存。\n</div>\n"
)


@pytest.mark.parametrize("hidden_first", [True, False])
def test_a_hidden_copy_of_the_shown_text_is_read_once(tmp_path: Path, hidden_first: bool) -> None:
    body = _HIDDEN + _SHOWN if hidden_first else _SHOWN + _HIDDEN
    doc = parse_path(written_file(tmp_path, "p.html", f"<html><body>\n{body}</body></html>\n"))
    texts = paragraph_texts(doc) + [title for _, _, title in headings(doc) if title]
    assert sum("我们不会收集或储存" in t for t in texts) == 1  # once, where the page shows it
    assert doc.metadata.title_line == (11 if hidden_first else 2)  # 「隐私政策」, the first line shown
    assert [line for line, _, _ in headings(doc)] == ([13] if hidden_first else [4])
    hidden_line = 2 if hidden_first else 6
    assert any(w.startswith(f"line {hidden_line}: text the page hides (display:none) is a copy") for w in doc.warnings)


def test_hidden_text_of_its_own_is_still_read_and_said(tmp_path: Path) -> None:
    other = _HIDDEN.replace("本应用不会以任何形式储存。", "本应用会在本地保存一份加密的登录凭证，用于下次自动登录。")
    doc = parse_path(written_file(tmp_path, "p.html", f"<html><body>\n{other}{_SHOWN}</body></html>\n"))
    assert any("本地保存一份加密的登录凭证" in t for t in paragraph_texts(doc))
    assert any("is read as the policy's" in w for w in doc.warnings)
    # a hidden value beside a shown one (too short to be a copy of the text) stays read, as before
    short = '<p><span style="display:none">a@example.com</span></p>\n<p>a@example.com</p>\n'
    doc = parse_path(written_file(tmp_path, "q.html", f"<html><body>\n{short}{_SHOWN}</body></html>\n"))
    assert not any("is a copy" in w for w in doc.warnings)


def test_stevedong_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure48c" / "holdout" / "stevedong-hiddenmd-html" / "privacy-policy-cn.html")
    assert [line for line, _, _ in headings(doc)] == [43, 47, 51]
    assert not any(t.startswith("隐私政策我们不会收集") for t in paragraph_texts(doc))
    assert any(w.startswith("line 26: text the page hides (display:none) is a copy of the text it shows at lines 43") for w in doc.warnings)


# -- 7. plain 一、/二、 under a bold title in Markdown (u48a3's second form, there for HTML and Word only) --------------

_BOLD_OVER_PLAIN = (
    "# 某某隐私政策\n\n**敏感个人信息清单**\n\n一、处理原则\n\n我们仅在必要时处理敏感个人信息。\n\n二、处理目的\n\n用于身份验证。\n\n"
    "**应用权限说明**\n\n我们会申请相机权限。\n\n**1. 我们如何收集信息**\n\n我们会收集手机号码。\n\n**2. 我们如何使用信息**\n\n我们仅为提供服务使用。\n"
)


def test_markdown_plain_run_under_a_bold_title_is_its_content(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "p.md", _BOLD_OVER_PLAIN))
    assert [(line, level) for line, level, _ in headings(doc)] == [(3, 1), (5, 2), (9, 2), (13, 1), (17, 2), (21, 2)]


def test_markdown_bold_numbered_run_keeps_its_level(tmp_path: Path) -> None:
    # the numbered lines set bold as the title is: no longer its content (u48a3's near miss, in Markdown)
    text = _BOLD_OVER_PLAIN.replace("一、处理原则", "**一、处理原则**").replace("二、处理目的", "**二、处理目的**")
    doc = parse_path(written_file(tmp_path, "p.md", text))
    assert [level for line, level, _ in headings(doc) if line in (5, 9)] == [1, 1]
