"""A Japanese word in a Traditional page is no Simplified character (issue #11, precision; round17's one false error).

`script-mixed` reported 会 in 「隸屬株式会社アンドプラス」, a Taiwan page naming its Japanese operator: the character is
Japanese shinjitai, not Simplified Chinese, and a company's name is not to be converted
(`cli/policylens/rules/script_mixed/proper_names.py`, `_japanese_word`).  A run of Han characters that touches kana, or holds a
Japanese company word (株式会社, 有限会社, 合同会社…), is Japanese; kana is `patterns.KANA`, shared with
`structure.language` (not the middle dot ・, a separator in Chinese text too).  A Simplified character anywhere else in the page is still
reported, also next to a Japanese name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

HEAD = "# 隱私權政策\n\n最後更新：2025年8月1日\n\n我們非常重視您的個人資料，本政策說明我們如何蒐集、處理及利用您的資料。\n\n"


def _mixed(tmp_path: Path, line: str) -> list[str]:
    path = tmp_path / "privacy.md"
    path.write_text(HEAD + line + "\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f.excerpt for f in report.findings if f.rule == "script-mixed"]


@pytest.mark.parametrize(
    "line",
    [
        "本網站由周小姐經營，隸屬株式会社アンドプラス。",
        "本服務由ソニー株式会社提供技術支援。",
        "委託有限会社ミドリ處理寄送作業。",
        "合作夥伴：合同会社サクラ（東京都）。",
        "本網站的支付由株式会社負責處理。",
    ],
)
def test_a_japanese_name_is_not_simplified(tmp_path: Path, line: str) -> None:
    assert _mixed(tmp_path, line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("我們会保護您的個人資料。", ["会"]),
        ("我們會保護您的個人资料。", ["资"]),
        ("隱私・资料保護說明。", ["资"]),  # a katakana middle dot used as a separator is no kana (`patterns.KANA`)
        (
            "本網站由周小姐經營，隸屬株式会社アンドプラス，我们会依照個人資料保護法保護您的資料，並定期檢視本政策的內容與執行情形。",
            ["们会"],
        ),
    ],
)
def test_a_simplified_character_elsewhere_is_still_reported(tmp_path: Path, line: str, expected: list[str]) -> None:
    assert _mixed(tmp_path, line) == expected
