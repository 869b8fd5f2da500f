"""Fifty-first session (u51s2): page chrome found by the page's structure.

1. A marquee (a `<marquee>`, a role="marquee" or an element whose class names a marquee) is page chrome: its short
   ticker line (「Loading…」, 「最新公告」) is no text of the policy (`eval/structure51` abotkamay-html L17;
   `load/html/chrome_lines.py` `_CHROME_ROLES`, `_CHROME_NAME`, `_chrome_tag`).  A sentence in a marquee stays text, and
   so does the same short line outside one.
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
