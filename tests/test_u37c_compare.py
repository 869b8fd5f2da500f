"""`compare` on the classes the edition set `eval/editions37` showed (u37c).

- An added section weakly paired with an edition section that surely answers a kept older one: eval/editions37
  osmiumv's Chinese edition (a faithful translation of the first English version) was paired with the newest English
  version by `compare.align`, which gave its 「权限说明」 to the added "Network: update checks" (0.53) although it
  pairs surely with "Permissions" (0.85) in the version it translates; the added section's lag went unseen
  (`compare/claimed.py`).
- A software licence named by its identifier (MIT, GPL-3.0-or-later) in one edition's sentence against another in
  the paired sentence (osmium K4), and a relicensing rewrite that the other-language edition has not followed
  (osmiumv V6): a translation writes the identifier as the original does (`compare/licences.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_product
from policylens.compare import licences
from policylens.compare.claimed import taken_elsewhere, weak_claims

ROOT = Path(__file__).resolve().parents[1] / "eval"


def test_weak_claims_are_the_weak_pairs_with_added_sections() -> None:
    to_base = {0: 0, 1: 3, 2: 5}
    confidence = {0: 1.0, 1: 0.53, 2: 0.9}
    assert weak_claims(to_base, confidence, added=[3, 5]) == {1: 3}
    assert weak_claims(to_base, None, added=[3, 5]) == {}  # every pair sure (one language)
    assert weak_claims(to_base, confidence, added=[4]) == {}


def test_a_weak_claim_is_taken_elsewhere_only_by_a_sure_pair_with_a_kept_section() -> None:
    weak = {1: 3}
    assert taken_elsewhere(weak, {1: 2}, {1: 0.85}, removed=[]) == {3}
    assert taken_elsewhere(weak, {1: 2}, {1: 0.5}, removed=[]) == set()  # the older pair is weak too
    assert taken_elsewhere(weak, {1: 2}, {1: 0.85}, removed=[2]) == set()  # that older section was removed
    assert taken_elsewhere(weak, {0: 2}, {0: 0.85}, removed=[]) == set()  # the edition section paired nothing before


def _product(group: str, where: str = "editions") -> dict:
    return compare_product(ROOT / "editions37" / where / group)


def test_editions37_osmiumv_lags_every_section_the_english_added() -> None:
    """Regression (eval/editions37 osmiumv: V1-V4); V2 (update checks) was missed by the frozen base."""
    (lag,) = _product("osmiumv")["lagging"]
    added = [x["section"]["title"] for x in lag["lacks"] if x["change"] == "added"]
    assert added == ["Network: WebDAV backup", "Network: update checks", "Automatic backup", "Background execution"]


def test_a_faithful_pair_gains_no_lag() -> None:
    """The must-not side: editions of one date that translate each other lag nothing and diverge on nothing sure."""
    for group in ("prose", "applypilot", "inputtr"):
        product = _product(group)
        assert product["lagging"] == []
        assert [d for d in product["divergences"] + product["sentences"] if d["confidence"] >= 0.5] == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("本应用为开源软件（MIT 许可）。", {"mit"}),
        ("The application is open source (GPL-3.0-or-later).", {"gpl-3.0-or-later"}),
        ("Licensed under Apache-2.0 or BSD-3-Clause.", {"apache-2.0", "bsd-3-clause"}),
        ("We guard against MITM attacks.", set()),
        ("We permit you to export your data.", set()),
        ("本软件依据 GNU 通用公共许可证发布。", set()),  # a licence in words: any version, not read
    ],
)
def test_licence_identifiers(text: str, named: set[str]) -> None:
    assert licences.named(text) == named


def test_a_licence_differs_only_against_another_licence_the_other_edition_never_writes() -> None:
    zh, en = "本应用为开源软件（MIT 许可）。", "The application is open source (GPL-3.0-or-later)."
    assert licences.differ(zh, en, frozenset({"gpl-3.0-or-later"})) == ["licence:mit"]
    assert licences.differ(zh, en, frozenset({"mit"})) == []  # the English edition names MIT elsewhere
    assert licences.differ(zh, "The application is open source (MIT).", frozenset({"mit"})) == []  # the same licence
    assert licences.differ(zh, "The application is open source.", frozenset()) == []  # no licence to set against


def test_a_relicensing_is_lagged_only_by_an_edition_that_still_names_the_old_licence() -> None:
    old, new = "open source (MIT).", "open source (GPL-3.0-or-later)."
    assert licences.relicensed(old, new, "本应用为开源软件（MIT 许可）。", "…（MIT 许可）…")
    assert not licences.relicensed(old, new, "本应用为开源软件（GPL-3.0-or-later）。", "…GPL-3.0-or-later…")
    assert not licences.relicensed(old, new, "本应用为开源软件。", "…")  # names no licence: cannot tell
    assert not licences.relicensed(new, new, "（MIT 许可）", "MIT")  # no relicensing


def test_editions37_osmium_licence_divergence_is_sure() -> None:
    """Regression (eval/editions37 osmium K4): the Chinese edition's MIT against the English GPL-3.0-or-later."""
    product = _product("osmium")
    (entry,) = [s for s in product["sentences"] if s["lacks"] == ["licence mit"]]
    assert entry["text"] == "本应用为开源软件（MIT 许可）。" and entry["confidence"] == 0.9


def test_editions37_osmiumv_lags_the_relicensing() -> None:
    """Regression (eval/editions37 osmiumv V6): a `rewritten` lag of "Changes to this policy"."""
    (lag,) = _product("osmiumv")["lagging"]
    assert {"section": {"title": "Changes to this policy", "line": 57}, "change": "rewritten", "since": "2026-08-22"} in lag["lacks"]
