"""False-finding classes of `check` on eval/precision57's unseen real policies (fifty-seventh session, u57v; not blind).

- regional-vocabulary on a Traditional Macau notice: a text judged Taiwan by its wording that names Macau's law as its
  own (「根據第8/2005號法律《個人資料保護法》」) writes the mainland forms Hong Kong writes too (網絡, 身份): they are its
  own, as a Macau text in Simplified characters keeps its wording (m54r) and a Hong Kong page from a Taiwan template does
  (u51p2).  Taiwan's own forms of a word Hong Kong does not write (信息) are still reported, and so is a text that names
  Taiwan or another jurisdiction besides.
- regional-vocabulary on the mainland's law named as the mainland's in a Hong Kong text: 「中國大陸《個人信息保護法》」,
  「內地的《…》」, 《中華人民共和國個人信息保護法》 keep the law's own name, as Hong Kong writes it (個人資料 there would
  name Macau's law); a bare 《個人信息保護法》 cited as the reader's law is still reported, and so is a Taiwan text's
  (Taiwan writes the mainland's laws its own way too: eval/precision18 wetalk-policy-tw, judged true).
- broken-paragraph: a script read as plain text (a mini-program page's `.js` whose policy literal is short) had two of
  its code lines, `onLoad() {},` and `goBack() { wx.navigateBack();`, joined as one broken sentence; a sentence broken
  off before a template's `{{company}}` is still joined.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import paragraph_texts, parse_string, rule_excerpts
from policylens.check import CheckOptions, check_file

_EVAL = Path(__file__).resolve().parent.parent / "eval" / "precision57"

# a Taiwan-worded Traditional text (資料, 網站, 使用者): `detect_region` reads it as Taiwan
_MO = "# 個人資料收集條款\n\n{lead}本網站使用者的資料在公開網絡上傳送有風險，我們會核實身份，並使用您的信息。\n"
_MO_LEADS = [
    "根據第8/2005號法律《個人資料保護法》相關規定：",
    "本中心遵守澳門《個人資料保護法》處理您的個人資料。",
    "本公司位於中華人民共和國澳門特別行政區，遵守澳門特別行政區《個人資料保護法》。",
]


def _regional(folder: Path, text: str, name: str = "notice.md") -> list[str]:
    return rule_excerpts(folder, text, "regional-vocabulary", name)


@pytest.mark.parametrize("lead", _MO_LEADS)
def test_a_traditional_macau_notice_keeps_the_wording_macau_shares_with_hong_kong(tmp_path: Path, lead: str) -> None:
    assert _regional(tmp_path, _MO.format(lead=lead)) == ["信息"]  # a word Hong Kong does not write either


@pytest.mark.parametrize(
    "lead",
    [
        "本公司遵守澳門及台灣的《個人資料保護法》。",  # Taiwan too
        "根據第8/2005號法律及中華民國《個人資料保護法》：",  # the Republic of China's law too
        "本公司遵守《個人資料保護法》。",  # the law's name alone: Taiwan's is the same
        "我們在澳門設有辦事處。",  # 澳門 alone, no law
    ],
)
def test_a_text_without_macau_as_its_only_jurisdiction_still_reports(tmp_path: Path, lead: str) -> None:
    assert {"網絡", "身份", "信息"} <= set(_regional(tmp_path, _MO.format(lead=lead)))


def test_a_file_named_as_the_taiwan_edition_still_reports(tmp_path: Path) -> None:
    assert {"網絡", "身份"} <= set(_regional(tmp_path, _MO.format(lead=_MO_LEADS[0]), "notice_zh-TW.md"))


_HK = "# 私隱政策\n\n本應用程式遵守香港《個人資料（私隱）條例》。{law}\n"


@pytest.mark.parametrize(
    "law",
    [
        "我們的做法亦符合中國大陸《個人信息保護法》(PIPL)。",
        "我們的做法亦符合內地的《個人信息保護法》。",
        "我們的做法亦符合《中華人民共和國個人信息保護法》。",
        "我們的做法亦符合中國《網絡安全法》。",
    ],
)
def test_the_mainlands_law_named_as_the_mainlands_keeps_its_name(tmp_path: Path, law: str) -> None:
    assert _regional(tmp_path, _HK.format(law=law)) == []


@pytest.mark.parametrize(
    ("law", "term"),
    [
        ("我們依據《個人信息保護法》處理您的資料。", "個人信息"),  # cited as the reader's law: a converted mainland text
        ("中國大陸《個人信息保護法》規定，我們會處理您的個人信息。", "個人信息"),  # the word outside the title
        ("我們遵守《中華人民共和國香港特別行政區個人信息保護法》。", "個人信息"),  # named as Hong Kong's, not the mainland's
    ],
)
def test_the_same_words_outside_a_mainland_title_are_still_reported(tmp_path: Path, law: str, term: str) -> None:
    assert term in _regional(tmp_path, _HK.format(law=law))


def test_a_taiwan_text_still_reports_the_mainlands_law_in_its_own_words(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n本網站使用者的資料依臺灣個資法處理，亦遵守中國大陸《個人信息保護法》與《中華人民共和國網絡安全法》。\n"
    assert {"個人信息", "網絡"} <= set(_regional(tmp_path, text))


def _findings(path: Path) -> list[Any]:
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return list(report.findings)


_PAGE = "Page({{\n  data: {{\n    text: `\n    1. 我们会收集您提交的姓名、联系方式。\n    `\n  }},\n\n  {first}\n\n  {second}\n  }}\n}});\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("onLoad() {},", "goBack() { wx.navigateBack();"),
        ("onShow: function () {},", "onHide: function () { this.setData({ a: 1 });"),
    ],
)
def test_two_code_lines_of_a_script_read_as_text_are_not_one_sentence(first: str, second: str) -> None:
    texts = paragraph_texts(parse_string(_PAGE.format(first=first, second=second), ".js"))
    assert not any(first in t and second in t for t in texts), texts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("本小程序由 {{company}} 运营，如有疑问请通过", "客服邮箱与我们联系。"),  # a template's slot among Chinese words
        ("Please write to us at {support} or,", "if you prefer, by post."),  # the next part holds no brace
    ],
)
def test_a_sentence_broken_off_beside_a_brace_is_still_joined(first: str, second: str) -> None:
    texts = paragraph_texts(parse_string(f"隐私政策\n\n{first}\n\n{second}\n", ".txt"))
    assert any(first in t and second in t for t in texts), texts


@pytest.mark.parametrize(
    ("path", "line", "rule"),
    [
        ("nurturing-mo-jsx/PrivacyPolicyContent.jsx", 61, "regional-vocabulary"),
        ("baoxiu-zh-wxjs/privacy.js", 13, "broken-paragraph"),
    ],
)
def test_the_real_documents_no_longer_report_them(path: str, line: int, rule: str) -> None:
    assert not [f for f in _findings(_EVAL / path) if f.rule == rule and f.line == line]


def test_the_real_hong_kong_table_reports_only_the_words_outside_the_title() -> None:
    found = [f for f in _findings(_EVAL / "stillhollow-hk-en-md" / "PRIVACY.md") if f.rule == "regional-vocabulary"]
    assert [(f.line, f.column) for f in found] == [(22, 37)]
