"""Precision of `compare` on real parallel editions in corpora/: independent translations must not drown the report."""

from __future__ import annotations

import copy
import functools
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPORA
from helpers import compare_product
from policylens.compare import SURE


@functools.cache  # corpus folders are never written
def _compared(name: str) -> dict[str, Any]:
    return compare_product(CORPORA / name)


def _compare(name: str) -> dict[str, Any]:
    """`compare` of a corpus folder with the default options: computed once a process, a copy for each test.

    Firefox and Pocket are each read by two tests; their compares were 2.3 s of CPU done twice
    a run (twenty-fourth session, docs/history/test-suite.md).
    """
    return copy.deepcopy(_compared(name))


def _sure(product: dict[str, Any]) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return sorted(
        (d["edition"], d["kind"], d.get("fact"), d.get("base_value"), d.get("value"))
        for d in product["divergences"]
        if d["confidence"] >= SURE
    )


@pytest.mark.parametrize("name", ["mozilla-firefox-privacy", "mozilla-pocket-privacy", "tattoo-ntut-privacy"])
def test_independent_translations_of_one_text_report_no_sure_divergence(name: str) -> None:
    product = _compare(name)
    assert _sure(product) == []
    assert product["lagging"] == [] and product["errors"] == []


def test_independent_translations_are_marked_unsure_not_dropped() -> None:
    product = _compare("mozilla-pocket-privacy")
    unsure = [d for d in product["divergences"] if d["confidence"] < SURE]
    assert unsure and all(d["edition"] == "zh-Hans.2024-04-03" for d in unsure)


def test_firefox_editions_are_compared_at_the_base_date() -> None:
    product = _compare("mozilla-firefox-privacy")
    assert product["base"] == "zh-Hant.2022-03-10"
    assert {d["edition"] for d in product["divergences"]} <= {"zh-Hans.2022-03-10", "en.2022-03-10"}
    assert product["newer_than_base"] == ["en.2026-05-04", "zh-Hans.2026-05-04"]


def test_rust_lang_facts_agree_where_they_agree() -> None:
    """The three Fluent files are translations of different revisions: only the links that really differ are reported.

    The zh-Hans section is sure although the two Chinese editions are independent translations: the
    zh-Hant paragraph on Sentry, with its link, is in zh-Hant only (c9f, a one-sided line carrying a fact)."""
    product = _compare("rust-lang-privacy")
    # (fourteenth session) the zh-Hans page section is a sure content divergence: its contact heading only re-worded
    # (或者您可以透過… / 或者您也可以通过…, `title_reworded`) no longer counts as a sign of an independent translation,
    # and the section's 17 remaining changes are real (a revision apart: the Sentry paragraph, Mailgun for Discourse)
    assert _sure(product) == [
        ("en", "fact", "url", None, "https://www.mailgun.com/privacy-policy"),
        ("zh-Hans", "fact", "url", "https://sentry.io/privacy/", "https://www.mailgun.com/privacy-policy"),
        ("zh-Hans", "section-content", None, None, None),
    ]


def test_parallel_editions_with_the_same_outline_have_no_section_gap() -> None:
    """letsencrypt zh-Hans against the English base: since `parse` keeps every explicit heading (issue #8, the
    two-sentence GDPR heading), each English section has its Chinese counterpart, so no gap is reported at all."""
    product = _compare("letsencrypt-privacy")
    gaps = [d for d in product["divergences"] if d["kind"] in ("section-missing", "section-extra")]
    assert gaps == []


def test_google_editions_with_very_different_outlines_are_unsure_not_wrong(tmp_path: Path) -> None:
    """The English crawl has 43 top-level headings (every "Example" box), the zh-Hant one 11: no gap and no count is sure."""
    product = tmp_path / "google"
    product.mkdir()
    shutil.copy(CORPORA / "google-privacy-cliqz" / "en.crawl-2017-05.md", product / "en.2017-05-01.md")
    shutil.copy(CORPORA / "google-privacy-cliqz" / "zh-Hant.crawl-2017-05.md", product / "zh-Hant.2017-05-01.md")
    result = compare_product(product)
    assert _sure(result) == []
    assert any(d["kind"] == "section-extra" for d in result["divergences"])  # still listed, as unsure
