"""The section matrix of `compare`'s rich, Markdown and HTML reports marks the sections where a sentence is lacking (u54e).

A sure `sentence-only` entry ("en lacks a sentence of zh-Hant in 2. …") sat under a matrix whose cell for that section
said "=" (same), the row sometimes absent (eval/editions54 timer-lag, timer-old: checked in a terminal and in headless
Chromium).  A sure sentence now marks its base section ≠ for the edition, an unsure one ?; a stronger mark stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import compare_product
from policylens.render.compare import section_matrix

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions54"


def _sentence(section: str, line: int, confidence: float, edition: str = "en.2026-01-01") -> dict[str, Any]:
    return {
        "kind": "sentence-only",
        "edition": edition,
        "base": "zh-Hant.2026-01-01",
        "only_in": "zh-Hant.2026-01-01",
        "section": {"title": section, "line": line},
        "other": {"title": "Other", "line": 3},
        "line": line + 2,
        "lacks": ["android"],
        "confidence": confidence,
    }


def _product(divergences: list[dict[str, Any]], sentences: list[dict[str, Any]]) -> dict[str, Any]:
    editions = [
        {"id": "zh-Hant.2026-01-01", "edition": "zh-Hant", "latest": True},
        {"id": "en.2026-01-01", "edition": "en", "latest": True},
    ]
    return {
        "base": "zh-Hant.2026-01-01",
        "editions": editions,
        "compared": ["en.2026-01-01"],
        "divergences": divergences,
        "sentences": sentences,
    }


def test_a_sure_sentence_marks_its_section_and_an_unsure_one_a_question() -> None:
    product = _product([], [_sentence("2. 數據", 20, 0.9), _sentence("1. 摘要", 10, 0.3)])
    editions, rows = section_matrix(product)
    assert editions == ["en.2026-01-01"]
    assert rows == [("1. 摘要 (L10)", ["?"]), ("2. 數據 (L20)", ["≠"])]


def test_a_missing_section_keeps_its_mark_and_a_sure_sentence_beats_unsure() -> None:
    missing = {
        "kind": "section-missing",
        "edition": "en.2026-01-01",
        "base": "zh-Hant.2026-01-01",
        "section": {"title": "3. 共用", "line": 30},
        "confidence": 1.0,
    }
    unsure = {**missing, "kind": "section-content", "section": {"title": "2. 數據", "line": 20}, "confidence": 0.3}
    sentences = [_sentence("3. 共用", 30, 0.9), _sentence("2. 數據", 20, 0.7)]
    _, rows = section_matrix(_product([missing, unsure], sentences))
    assert rows == [("2. 數據 (L20)", ["≠"]), ("3. 共用 (L30)", ["✗"])]


def test_a_flat_base_sentence_adds_no_row() -> None:
    flat = {**_sentence("x", 1, 0.9), "section": None}
    assert section_matrix(_product([], [flat]))[1] == []


def test_real_group_marks_the_sections_of_its_sentences() -> None:
    product = compare_product(ROOT / "editions" / "timer-lag")
    editions, rows = section_matrix(product)
    en = editions.index(next(e for e in editions if e.startswith("en.")))
    assert dict((key, cells[en]) for key, cells in rows)["2. 開發者不收集的資料 (L29)"] == "≠"


def test_a_wrapped_reworded_line_hangs_under_its_text() -> None:
    """In an 80-column terminal a "≃ … reworded …" line ran back to column 0 under its mark (checked in tmux)."""
    from io import StringIO

    from rich.console import Console

    from policylens.render.compare_rich import render_rich

    product = {
        **_product([], []),
        "product": "timer-old",
        "errors": [],
        "lagging": [],
        "versions": [],
        "reworded": [
            {
                "edition": "zh-Hans.2026-01-01",
                "section": {"title": "2. 開發者不收集的資料與其他很長的標題", "line": 29},
                "changes": [{}, {}, {}, {}],
            }
        ],
    }
    out = StringIO()
    render_rich([product], [], out, console=Console(file=out, width=80, color_system=None))
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("≃ "))
    assert lines[start + 1].startswith("  ") and "paragraphs" in lines[start + 1]
