"""`compare --profile`: the disclosure coverage of every edition, and the items an edition lost.

The verdicts come from `policylens.profiles.coverage.coverage` (the same function as
`check --profile`), in its JSON form (`coverage_to_dict`).  What `compare` adds:

* **Language.** A verdict only means something when the profile can read the edition's
  language.  Profiles declared `lang = "zh-…"` (cn-pipl, cn-gbt35273, tw-pdpa) are written
  for Chinese text: on an English (or other-language) edition their items are
  `"not-judged"` with `"reason": "language"`, shown as ``n/a (language)``, never
  "missing".  Profiles declared `lang = "en"` (eu-gdpr, us-ccpa) carry English and
  Chinese patterns: on a Chinese edition an item is judged when one of its `cover`
  clauses is written entirely with Chinese patterns; a "missing" item with English-only
  clauses is `not-judged` there (a covered or not-applicable verdict stands).  Editions
  in any other language are not judged.
* **Lost disclosures.** For each edition compared with the base, an item that the base
  (the base version of the edition's date) covers and the edition does not (missing, or
  no longer applicable because the text that made it apply is gone) is *lost*: it is
  listed in the product's `coverage.lost` with the base's evidence, and it makes the
  exit code 1 like a divergence.  It is not a `divergences[]` entry: the kinds of
  `policylens.compare/1` divergences stay as they are.
* **Sure or unsure.** A loss is sure (`"confidence": 1.0`, exit code 1) only when the
  edition can be compared word for word with the base (same language, scripts may
  differ, not an independent translation), the base section that holds the covering
  sentence is missing from the edition or rewritten there, and some of the words that
  matched in it appear nowhere in the edition any more.  Otherwise (an English edition
  judged by the profile's English patterns against a Chinese base judged by its Chinese
  ones, an independent translation, a section that reads the same in both, or words
  that are still there in another sentence or section) the two
  verdicts can differ only because the same content is worded differently: the entry
  has `"confidence": 0.3`, is shown as unsure and does not set the exit code.
"""

from __future__ import annotations

from typing import Any

from policylens.model import Document
from policylens.patterns import HAN_CHAR
from policylens.profiles import Item, Profile

NOT_JUDGED = "not-judged"
SURE_LOSS = 1.0
UNSURE_LOSS = 0.3


def _language(tag: str) -> str:
    return tag.split("-")[0].lower()


def _reads_chinese(item: Item) -> bool:
    """Some `cover` clause of the item is made only of patterns that can match Chinese text."""
    return any(all(HAN_CHAR.search(p.pattern) for p in clause.all) for clause in item.cover)


def readable(profile: Profile, language: str) -> bool:
    """Can the profile read an edition in `language` ('zh', 'en', …) at all? English profiles carry Chinese patterns too."""
    written = _language(profile.lang)
    return language == written or (written == "en" and language == "zh")


def judged(profile: Profile, item: Item, language: str) -> bool:
    """Can this item of this profile be judged on an edition in `language`?"""
    if not readable(profile, language):
        return False
    return language == _language(profile.lang) or _reads_chinese(item)


def edition_coverage(doc: Document, profiles: tuple[Profile, ...], language: str) -> list[dict[str, Any]]:
    """`coverage_to_dict` of the document, with the items the edition's language cannot judge set to not-judged."""
    from policylens.profiles.coverage import coverage, coverage_to_dict

    result = coverage_to_dict(coverage(doc, profiles))
    for profile, entry in zip(profiles, result, strict=True):
        by_id = {item.id: item for item in profile.items}
        unreadable = not readable(profile, language)
        for item in entry["items"]:
            # a whole profile the language cannot be read by: no verdict at all; an item with
            # English-only clauses on a Chinese edition: its "missing" means nothing
            if unreadable or (item["status"] == "missing" and not judged(profile, by_id[item["item"]], language)):
                item.update(status=NOT_JUDGED, reason="language", evidence=None, trigger=None)
        statuses = [item["status"] for item in entry["items"]]
        entry.update(
            covered=statuses.count("covered"),
            missing=statuses.count("missing"),
            not_applicable=statuses.count("not-applicable"),
            not_judged=statuses.count(NOT_JUDGED),
        )
    return result


def lost(
    edition_id: str,
    base_id: str,
    edition: list[dict[str, Any]],
    base: list[dict[str, Any]],
    *,
    changed: frozenset[str] | None,
    text: str = "",
) -> list[dict[str, Any]]:
    """Items covered in the base and judged but not covered in the edition, with the base's evidence.

    `changed`: ids of the base sections that are missing or rewritten in the edition
    (`None` when the two cannot be compared word for word: another language, or an
    independent translation).  `text`: the edition's whole text.  A loss is sure only when
    the section that holds the base's evidence is one of the changed ones *and* some of the
    words that matched there appear nowhere in the edition any more.  Otherwise the two
    verdicts may differ only because the same content is worded or placed differently
    (the patterns did not recognise the new sentence), and the entry is unsure.
    """
    from policylens.topics import fold

    folded = fold(text).lower()
    out = []
    for base_profile, profile in zip(base, edition, strict=True):
        theirs = {item["item"]: item for item in profile["items"]}
        for mine in base_profile["items"]:
            other = theirs[mine["item"]]
            if mine["status"] == "covered" and other["status"] in ("missing", "not-applicable"):
                evidence = mine["evidence"] or {}
                words = [fold(w).lower() for w in evidence.get("words", ()) if w.strip()]
                sure = changed is not None and evidence.get("section") in changed and any(w not in folded for w in words)
                out.append(
                    {
                        "edition": edition_id,
                        "base": base_id,
                        "profile": base_profile["profile"],
                        "item": mine["item"],
                        "reference": mine["reference"],
                        "status": other["status"],
                        "base_evidence": mine["evidence"],
                        "confidence": SURE_LOSS if sure else UNSURE_LOSS,
                    }
                )
    return out
