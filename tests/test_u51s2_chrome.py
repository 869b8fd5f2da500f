"""Fifty-first session (u51s2): page chrome found by the page's structure.

1. A marquee (a `<marquee>`, a role="marquee" or an element whose class names a marquee) is page chrome: its short
   ticker line (「Loading…」, 「最新公告」) is no text of the policy (`eval/structure51` abotkamay-html L17;
   `load/html/chrome_lines.py` `_CHROME_ROLES`, `_CHROME_NAME`, `_chrome_tag`).  A sentence in a marquee stays text, and
   so does the same short line outside one.
2. A back link after (or before) a Markdown policy is page chrome, as in an HTML page (see the tests below).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import chrome_texts, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_PAGE = {
    "hant": (
        "隱私政策",
        "本政策說明我們如何處理您的個人資料。",
        "一、資料蒐集",
        "我們蒐集您的帳號資料。",
        "二、聯絡我們",
        "請寄信至 privacy@example.com。",
    ),
    "hans": (
        "隐私政策",
        "本政策说明我们如何处理您的个人信息。",
        "一、信息收集",
        "我们收集您的账号信息。",
        "二、联系我们",
        "请发送邮件至 privacy@example.com。",
    ),
}


def _html(script: str, top: str, main: bool = False) -> str:
    name, lead, h1, p1, h2, p2 = _PAGE[script]
    page = (
        f"<!DOCTYPE html>\n<html>\n<head><title>{name}</title></head>\n<body>\n{top}\n<main>\n<h1>{name}</h1>\n"
        f"<p>{lead}</p>\n<h2>{h1}</h2>\n<p>{p1}</p>\n<h2>{h2}</h2>\n<p>{p2}</p>\n</main>\n</body>\n</html>\n"
    )
    # (without <main>: a line before a page's <main> is chrome whatever holds it)
    return page if main else page.replace("<main>\n", "").replace("</main>\n", "")


_MARQUEES = [
    '<div class="marquee-banner" role="banner"><span class="marquee-inner">{TEXT}</span></div>',
    '<div role="marquee"><span>{TEXT}</span></div>',
    "<marquee>{TEXT}</marquee>",
    '<div id="marquee"><p>{TEXT}</p></div>',
]


@pytest.mark.parametrize("script", ["hant", "hans"])
@pytest.mark.parametrize("text", ["Loading…", "最新公告", "🎉 新功能上線"])
@pytest.mark.parametrize("marquee", _MARQUEES)
def test_a_marquee_line_is_page_chrome(tmp_path: Path, script: str, text: str, marquee: str) -> None:
    doc = parse_file(tmp_path, "privacy.html", _html(script, marquee.replace("{TEXT}", text)))
    assert text in paragraph_texts(doc)  # `parse` keeps chrome lines; `diff` compares them as nothing
    assert chrome_texts(doc) == {text}


@pytest.mark.parametrize(
    "top",
    [
        # a sentence in a marquee is an announcement the page makes: text
        '<div class="marquee"><span>本公司已於 2025 年更新隱私政策，請詳閱。</span></div>',
        # the same short line outside any marquee: text
        '<div class="notice"><span>Loading…</span></div>',
        # a class that only contains the word: no marquee
        '<div class="marqueeless"><span>Loading…</span></div>',
    ],
)
def test_other_lines_stay_text(tmp_path: Path, top: str) -> None:
    doc = parse_file(tmp_path, "privacy.html", _html("hant", top))
    assert not chrome_texts(doc)


def test_the_policy_inside_a_marquee_named_section_stays_text(tmp_path: Path) -> None:
    # a <section> is the page's content whatever its class: its headings and lines stay the policy's
    page = _html("hans", "", main=True).replace("<main>", '<main><section class="marquee">').replace("</main>", "</section></main>")
    doc = parse_file(tmp_path, "privacy.html", page)
    assert not chrome_texts(doc)


def test_structure51_abotkamay_marquee() -> None:
    doc = parse_path(_ROOT / "eval/structure51/dev/abotkamay-html/privacy-zh.html")
    # the marquee's 「Loading…」 (17); the language buttons (69), the breadcrumb's 「/」 (87) and the footer's e-mail and
    # address (231, 232) were marked before; the policy's own e-mail in 8. (161) stays text
    assert {(17, 80), (69, 51), (87, 55), (231, 74), (232, 61)} <= doc.chrome
    assert not any(line in (108, 109, 161, 167) for line, _ in doc.chrome)


# 2. A back link after a Markdown policy (「[← 返回首页](index.html)」 as the last line of a `.md`, or in an HTML block) is
#    page chrome, as in an HTML page (`load/markdown/__init__.py` `_back_links`, `load/html` `back_link_text`;
#    eval/dev9h relaycare-md L74, eval/structure50 besthistory-site-md L96).
_MD = {
    "hant": (
        "# 隱私政策",
        "本政策說明我們如何處理您的個人資料。",
        "## 一、資料蒐集",
        "我們蒐集您的帳號資料。",
        "## 二、聯絡我們",
        "請寄信至 privacy@example.com。",
    ),
    "hans": (
        "# 隐私政策",
        "本政策说明我们如何处理您的个人信息。",
        "## 一、信息收集",
        "我们收集您的账号信息。",
        "## 二、联系我们",
        "请发送邮件至 privacy@example.com。",
    ),
}


def _md(script: str, last: str = "", first: str = "", middle: str = "") -> str:
    title, lead, h1, p1, h2, p2 = _MD[script]
    parts = [first, title, lead, h1, p1, middle, h2, p2, last]
    return "\n\n".join(part for part in parts if part) + "\n"


@pytest.mark.parametrize(
    ("script", "line", "label"),
    [
        ("hans", "[← 返回首页](index.html)", "← 返回首页"),
        ("hant", "[← 回首頁](/)", "← 回首頁"),
        ("hans", "[返回简体中文首页](/zh-CN/)", "返回简体中文首页"),
        ("hant", "[← 返回](../index.html)", "← 返回"),
        ("hans", "[Back to home](../index.md)", "Back to home"),
        ("hans", '<div class="actions"><a href="/zh-CN/">返回简体中文首页</a></div>', "返回简体中文首页"),
    ],
)
def test_a_back_link_after_a_markdown_policy_is_page_chrome(tmp_path: Path, script: str, line: str, label: str) -> None:
    doc = parse_file(tmp_path, "privacy.md", _md(script, last=line))
    shown = [p.text for s in doc.sections for p in s.paragraphs if (p.line, p.column) in doc.chrome]
    assert len(shown) == 1 and label in shown[0]
    assert len(doc.chrome) == 1


def test_a_back_link_before_a_markdown_policy_is_page_chrome(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "privacy.md", _md("hans", first="[← 返回首页](/)"))
    assert len(doc.chrome) == 1


@pytest.mark.parametrize(
    ("last", "middle"),
    [
        ("[用户协议](terms.md)", ""),  # a link to another document: no back link
        ("[privacy@example.com](mailto:privacy@example.com)", ""),
        ("返回首页后点击「设置」即可关闭个性化推荐。", ""),  # a sentence
        ("", "[← 返回首页](index.html)"),  # among the policy's sentences
        ("## 返回首页", ""),  # a heading
        ("[← 返回首页，查看更多关于我们如何保护您隐私的说明](index.html)", ""),  # too long to be only a back link
        ("← 返回首页", ""),  # the words without a link: Markdown text (pairs26b keeps 返回首頁 → 回首頁 a change)
    ],
)
def test_other_markdown_lines_stay_text(tmp_path: Path, last: str, middle: str) -> None:
    doc = parse_file(tmp_path, "privacy.md", _md("hans", last=last, middle=middle))
    assert not doc.chrome


def test_a_markdown_file_without_sentences_marks_nothing(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "notes.md", "# 链接\n\n- [文档](docs.md)\n\n[← 返回首页](index.html)\n")
    assert not doc.chrome


def test_real_markdown_back_links() -> None:
    relay = parse_path(_ROOT / "eval/dev9h/relaycare-md/privacy.md")
    assert set(relay.chrome) == {(74, 1)}
    besthistory = parse_path(_ROOT / "eval/structure50/dev/besthistory-site-md/privacy.md")
    assert set(besthistory.chrome) == {(96, 93)}
