"""`compare` reports: an edition older than the base, in the other language, with no lag told (u54e, eval/editions54).

A zh-Hans of 2026-08-29 beside an English of 08-29 and one rewritten on 09-01 (privateai-lag) was compared with the
English of its date (faithful) and the report said "all editions agree", its versions line "the base's later changes it
lacks are listed as lagging" above no lagging line: across languages a change in words only is not told, so nothing was.
The verdict now says which editions were not checked against the base's later changes; in one language (where a change
in words is told) and beside a lagging entry the lines stay as they were.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import compare_product
from policylens.render.compare import behind_lines, verdict

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions54"


def _product(other: str, lagging: list[dict[str, Any]]) -> dict[str, Any]:
    editions = [
        {"id": "en.2026-08-29", "edition": "en", "latest": False},
        {"id": "en.2026-09-01", "edition": "en", "latest": True},
        {"id": f"{other}.2026-08-29", "edition": other, "latest": True},
    ]
    return {
        "base": "en.2026-09-01",
        "editions": editions,
        "compared": [f"{other}.2026-08-29"],
        "compared_with": {f"{other}.2026-08-29": "en.2026-08-29"},
        "divergences": [],
        "sentences": [],
        "lagging": lagging,
        "errors": [],
    }


def test_an_older_edition_in_the_other_language_with_no_lag_is_not_said_to_agree() -> None:
    product = _product("zh-Hans", [])
    line = verdict(product)
    assert line is not None and "not checked against the base's later changes: zh-Hans.2026-08-29" in line
    assert line.startswith("all editions agree with the base version of their date")
    (behind,) = behind_lines(product)
    assert "no later change of the base could be told in it" in behind and "listed as lagging" not in behind


def test_in_one_language_or_with_a_lag_the_lines_stay() -> None:
    same = _product("en-GB", [])
    assert verdict(same) == "all editions agree"
    lag = {
        "edition": "zh-Hans.2026-08-29",
        "behind": "en.2026-08-29",
        "lacks": [{"section": None, "change": "added", "since": "2026-09-01"}],
    }
    product = _product("zh-Hans", [lag])
    assert verdict(product) is None
    assert "listed as lagging" in behind_lines(product)[0]


def test_unsure_entries_keep_the_note() -> None:
    product = _product("zh-Hans", [])
    product["divergences"] = [{"kind": "fact", "edition": "zh-Hans.2026-08-29", "fact": "date", "confidence": 0.3}]
    line = verdict(product)
    assert line is not None and line.startswith("all editions agree on everything sure; 1 unsure entry to check by hand")
    assert line.endswith("not checked against the base's later changes: zh-Hans.2026-08-29")


def test_real_group() -> None:
    """privateai-lag's rewrite brought in SwiftData and PDFKit, which the Chinese edition writes nowhere: a lag is told
    since u55e (`compare.named_lag`), so the verdict no longer says the edition was not checked; the verdict for a
    rewrite in plain words only is the constructed forms' above."""
    product = compare_product(ROOT / "editions" / "privateai-lag")
    assert [lag["edition"] for lag in product["lagging"]] == ["zh-Hans.2026-08-29"]
    assert "not checked against the base's later changes" not in (verdict(product) or "")


def test_the_verdict_of_an_unchecked_edition_is_amber_not_green() -> None:
    from io import StringIO

    from policylens.render.compare_html import render_html

    out = StringIO()
    render_html([{**_product("zh-Hans", []), "product": "p", "versions": []}], [], out)
    assert '<p class="verdict late">all editions agree with the base version' in out.getvalue()
    out = StringIO()
    render_html([{**_product("en-GB", []), "product": "p", "versions": []}], [], out)
    assert '<p class="verdict">all editions agree</p>' in out.getvalue()
