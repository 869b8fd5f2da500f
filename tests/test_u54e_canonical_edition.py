"""`compare`: a clause naming the canonical edition names no language the service offers (u54e, eval/editions54).

"Canonical version: [Japanese](privacy-policy.md)" in the English header and 「規範原文：[日文版](privacy-policy.md)」 in the
Chinese say the same thing (the Japanese text is the canonical one); the English clause was read as a sentence naming
Japanese and the Chinese 日文版 as an edition, so every English edition had a false sure `language` fact (timer-lag,
timer-old).  Like the clause saying which edition prevails (`language_names._CONTROLS`), it is about the editions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_product, write_files
from policylens.compare.facts import prose_languages

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions54"


@pytest.mark.parametrize(
    "text",
    [
        "Last updated: 2026-08-03\nVersion: 1.3\nCanonical version: [Japanese](privacy-policy.md)",
        "Canonical version: [docs/privacy-policy.md](privacy-policy.md) (Japanese)\nThis document: English translation",
        "The Korean text is canonical for every user of the service.",
        "規範原文：日文。",
        "规范原文：韩文",
    ],
)
def test_a_canonical_edition_clause_names_no_language(text: str) -> None:
    assert prose_languages(text) == {}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We answer questions in English or Japanese; see the canonical URL of this page.", {"english", "japanese"}),
        ("请使用英语、越南语或中文与我们联系，我们会尽快回复您。", {"english", "vietnamese", "chinese"}),
    ],
)
def test_languages_offered_are_still_read(text: str, named: set[str]) -> None:
    assert set(prose_languages(text)) == named


def _languages(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str | None, float]]:
    product = compare_product(write_files(tmp_path, files))
    return [
        (d["value"], d["base_value"], d["confidence"]) for d in product["divergences"] if d["kind"] == "fact" and d["fact"] == "language"
    ]


def test_constructed_headers_report_no_language(tmp_path: Path) -> None:
    en = "# Privacy Policy\n\nLast updated: 2026-08-03\nCanonical version: [Japanese](privacy-policy.md)\n\n## 1. Data\n\nWe keep your timers on your device only.\n"
    zh = "# 隐私政策\n\n最后更新：2026-08-03\n规范原文：[日文版](privacy-policy.md)\n\n## 1. 数据\n\n我们只在您的设备上保存计时器。\n"
    assert _languages(tmp_path, {"en.2026-08-03.md": en, "zh-Hans.2026-08-03.md": zh}) == []


def test_a_language_offered_in_one_edition_only_is_still_reported(tmp_path: Path) -> None:
    en = "# Privacy Policy\n\nLast updated: 2026-08-03\n\n## 1. Contact\n\nWrite to us in English or Japanese at any time.\n"
    zh = "# 隐私政策\n\n最后更新：2026-08-03\n\n## 1. 联系\n\n您可以随时用英文与我们联系。\n"
    assert [v for v, _, c in _languages(tmp_path, {"en.2026-08-03.md": en, "zh-Hans.2026-08-03.md": zh}) if c >= 0.5] == ["Japanese"]


@pytest.mark.parametrize("group", ["timer-lag", "timer-old"])
def test_real_groups_have_no_language_fact(group: str) -> None:
    product = compare_product(ROOT / "editions" / group)
    assert [d for d in product["divergences"] if d["kind"] == "fact" and d["fact"] == "language"] == []
