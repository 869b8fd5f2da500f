"""One product: read its editions, pick the base, compare every edition with it, build timelines.

`compare_product(task)` runs in a worker (it is the unit of work the executor ships) and
returns the product's `policylens.compare/1` object, plain JSON-ready data.

- Chinese editions against a Chinese base, and English against English: `diff`'s
  cross-script alignment (`diff_documents`); a removed section is `section-missing`, an
  added one `section-extra`, a modified or renamed one `section-content` with the diff/1
  changes.  Script and regional wording are `diff`'s variants, never divergences.
- English against Chinese: `compare.align` (structure, topics, facts), with confidence.
- Facts (`compare.facts`) for every edition, each reported once, in its base section.
- Versions: consecutive versions of each edition, with the diff/1 summary of each step.
- Lagging: an edition that lacks a change the newest base version made to the previous one.
- With `--profile`: each edition's disclosure coverage and the items an edition lost
  (`compare.coverage`).
"""

from __future__ import annotations

import itertools
import json
import os
from typing import Any

from policylens.compare import facts as factlib
from policylens.compare.analyse.across import _document_facts, _keyed_erasures, _pair
from policylens.compare.analyse.across import _unwritten_title as _unwritten_title
from policylens.compare.analyse.across import compares_sections as compares_sections
from policylens.compare.analyse.across import lone_sentences as lone_sentences
from policylens.compare.analyse.editions import GUESSED_EDITIONS as GUESSED_EDITIONS
from policylens.compare.analyse.editions import CompareOptions as CompareOptions
from policylens.compare.analyse.editions import Edition as Edition
from policylens.compare.analyse.editions import Task as Task
from policylens.compare.analyse.editions import _by_tag, _edition_entry, _order, _read, _rival_guesses, _text, pick_base
from policylens.compare.analyse.editions import _reference as _reference
from policylens.compare.analyse.editions import language as language
from policylens.compare.analyse.editions import section_ref as section_ref
from policylens.compare.analyse.fact_entries import fact_divergences as fact_divergences
from policylens.compare.analyse.lagging import _HOST as _HOST
from policylens.compare.analyse.lagging import _Change as _Change
from policylens.compare.analyse.lagging import _hosts as _hosts
from policylens.compare.analyse.lagging import _lagging as _lagging
from policylens.compare.analyse.lagging import _lagging_across as _lagging_across
from policylens.compare.analyse.pairing import _DIFFS, _diff
from policylens.compare.analyse.pairing import SURE as SURE
from policylens.compare.analyse.pairing import Pairing as Pairing
from policylens.compare.analyse.pairing import _apart as _apart
from policylens.compare.analyse.pairing import _own_name_change as _own_name_change
from policylens.compare.analyse.pairing import _switcher_change as _switcher_change
from policylens.compare.analyse.pairing import product_name as product_name
from policylens.diff.redline import clear_caches

SCHEMA = "policylens.compare/1"


def _versions(editions: list[Edition]) -> list[dict[str, Any]]:
    """Per edition, each step between consecutive versions, with its diff/1 summary."""
    out = []
    for tag, items in _by_tag(editions).items():
        items.sort(key=_order)
        steps = []
        for old, new in itertools.pairwise(items):
            _, data = _diff(old.doc, new.doc)
            steps.append(
                {
                    "from": old.date,
                    "to": new.date,
                    "from_id": old.id,
                    "to_id": new.id,
                    "summary": data["summary"],
                    "topics": data["summary"]["topics"],
                }
            )
        out.append({"edition": tag, "versions": [e.id for e in items], "steps": steps})
    return out


def compare_product(task: Task) -> dict[str, Any]:
    """The `products[]` entry of policylens.compare/1 for one product."""
    _DIFFS.clear()
    try:
        return _compare_product(task)
    except RecursionError:
        return _failed(task, "too deeply nested to compare")
    except Exception as exc:  # a defect met on one product: its error entry, never the whole run's
        if os.environ.get("POLICYLENS_DEBUG"):
            raise
        return _failed(task, f"internal error while comparing ({type(exc).__name__}: {exc})")
    finally:
        _DIFFS.clear()
        # the per-text caches of `diff` (comparison keys, redline tokens) hold one product's
        # paragraphs; emptied here, memory stays flat however many products a worker compares
        clear_caches()


def _empty_result(name: str, errors: list[dict[str, Any]]) -> dict[str, Any]:
    """A product entry with nothing compared yet (the base is filled in once one is chosen)."""
    return {"product": name, "base": None, "editions": [], "divergences": [], "versions": [], "lagging": [], "errors": errors}


def _failed(task: Task, error: str) -> dict[str, Any]:
    """The product entry when its comparison failed: every input listed, one error."""
    product = task.product
    errors = [{"path": path, "error": message} for path, message in product.errors] + [{"path": product.product, "error": error}]
    result = _empty_result(product.product, errors)
    result["summary"] = _summary(result)
    return result


def _compare_product(task: Task) -> dict[str, Any]:
    product, options = task
    errors = [{"path": path, "error": error} for path, error in product.errors]
    warnings: list[dict[str, str]] = []
    editions: list[Edition] = []
    for item in product.editions:
        edition, error = _read(item, options)
        if edition is None:
            errors.append({"path": item.path, "error": error or "cannot be read"})
        else:
            editions.append(edition)
            warnings.extend({"path": item.path, "warning": w} for w in edition.doc.warnings)
    editions = _rival_guesses(editions, product.product, errors)
    editions.sort(key=lambda e: (e.edition, *_order(e)))
    result = _empty_result(product.product, errors)
    if warnings:
        result["warnings"] = warnings  # what parse and check would print for these files (additive: absent when none)
    base = pick_base(editions, options.base)
    newest: dict[str, Edition] = {}
    for e in editions:
        if e.edition not in newest or _order(e) >= _order(newest[e.edition]):
            newest[e.edition] = e
    result["editions"] = [_edition_entry(e, newest[e.edition] is e) for e in editions]
    latest = dict(newest)
    if base is None:
        if editions and options.base:
            errors.append(
                {"path": product.product, "error": f"no {options.base} edition to use as the base (editions: {', '.join(sorted(latest))})"}
            )
        result["summary"] = _summary(result)
        return result
    result["base"] = base.id
    # Each edition is compared at the base's date: its version of that date, else its newest
    # version before it, else its newest.  Versions newer than the base are listed apart.
    for tag, items in _by_tag(editions).items():
        if tag != base.edition and base.date:
            before = [e for e in items if e.date and e.date <= base.date]
            if before:
                latest[tag] = max(before, key=_order)
    result["newer_than_base"] = [e.id for e in editions if e.edition != base.edition and base.date and e.date and e.date > base.date]
    # The version of each other edition that was compared with the base (added field, u26u): the renderers' columns are
    # these ids, not the newest version of each edition (a version newer than the base was shown "=" in every row).
    result["compared"] = [e.id for tag, e in latest.items() if tag != base.edition]
    # The base version each of them was compared with (added field, thirty-sixth session): the base itself, or for an
    # edition older than the base its contemporaneous base version (`_reference`); the renderers read it instead of
    # working it out again (they chose the newest base version by list order, the analysis by `_order`).
    result["compared_with"] = {e.id: _reference(editions, base, e).id for tag, e in latest.items() if tag != base.edition}
    facts: dict[str, list[factlib.Fact]] = {base.id: _document_facts(base.doc)}
    pairings: dict[str, Pairing] = {}
    divergences: list[dict[str, Any]] = []
    reworded: list[dict[str, Any]] = []
    lone: list[dict[str, Any]] = []
    for tag, edition in latest.items():
        if tag == base.edition:
            continue
        reference = _reference(editions, base, edition)
        pairing = pairings[tag] = _pair(reference, edition, facts)
        divergences.extend(pairing.divergences)
        reworded.extend(pairing.reworded)
        if language(edition.edition) != language(reference.edition) and compares_sections(edition.edition, reference.edition):
            notes: list[str] = []
            lone.extend(lone_sentences(reference, edition, pairing, notes))
            if notes:  # (u43h) a section pair too long for the sentence aligner: said, not silently passed over
                result.setdefault("warnings", []).extend({"path": edition.input.path, "warning": note} for note in notes)
        if pairing.keyed:
            lone.extend(_keyed_erasures(reference, edition, pairing, lone))
        gaps = [d for d in pairing.divergences if d["kind"] in ("section-missing", "section-extra")]
        # an edition read by facts only has no section pairs: its section count is weighed as before
        gap_sure = not compares_sections(edition.edition, reference.edition) or any(d.get("confidence", 1.0) >= SURE for d in gaps)
        divergences.extend(
            fact_divergences(
                reference,
                edition,
                facts[reference.id],
                facts[edition.id],
                pairing.to_base,
                outline_reliable=not pairing.independent,
                # two catalogues paired by key: their keys are compared one by one, the count of them says nothing more
                gap_sure=gap_sure and not pairing.keyed,
            )
        )
    result["divergences"] = divergences
    # sections whose editions differ in words only (a re-translation): shown apart, no exit code (added field)
    result["reworded"] = reworded
    # sentences one language has and the other lacks inside paired English ↔ Chinese sections (added field, u24c)
    result["sentences"] = lone
    result["versions"] = _versions(editions)
    result["lagging"] = _lagging(editions, base, latest, pairings, facts)
    if options.profiles:
        _coverage(result, options, editions, base, latest, pairings)
    result["summary"] = _summary(result)
    return result


def _coverage(
    result: dict[str, Any],
    options: CompareOptions,
    editions: list[Edition],
    base: Edition,
    latest: dict[str, Edition],
    pairings: dict[str, Pairing],
) -> None:
    """`editions[].coverage` for every edition and the product's `coverage` (the items each compared edition lost)."""
    from pathlib import Path

    from policylens.compare import coverage as coveragelib
    from policylens.profiles import resolve

    profiles = resolve(options.profiles, tuple(Path(p) for p in options.profile_paths))
    by_id: dict[str, list[dict[str, Any]]] = {}
    for entry, edition in zip(result["editions"], editions, strict=True):
        by_id[edition.id] = entry["coverage"] = coveragelib.edition_coverage(edition.doc, profiles, language(edition.edition))
    lost: list[dict[str, Any]] = []
    for tag, edition in latest.items():
        if tag == base.edition:
            continue
        reference = _reference(editions, base, edition)
        pairing = pairings[tag]
        changed: frozenset[str] | None = None
        if language(edition.edition) == language(reference.edition) and not pairing.independent:
            # the base sections missing or rewritten in the edition, by id
            refs = {json.dumps(section_ref(s)): s.id for s in reference.doc.sections}
            changed = frozenset(
                refs[json.dumps(d["section"])]
                for d in pairing.divergences
                if d["kind"] in ("section-missing", "section-content") and d["confidence"] >= SURE and json.dumps(d["section"]) in refs
            )
        lost.extend(
            coveragelib.lost(edition.id, reference.id, by_id[edition.id], by_id[reference.id], changed=changed, text=_text(edition))
        )
    _version_losses(result, editions, by_id)
    result["coverage"] = {
        "profiles": [p.name for p in profiles],
        "items": [{"item": item.id, "profile": p.name, "reference": item.reference} for p in profiles for item in p.items],
        "lost": lost,
    }


def _version_losses(result: dict[str, Any], editions: list[Edition], by_id: dict[str, list[dict[str, Any]]]) -> None:
    """`versions[].steps[].lost`: the items a version no longer covers that the previous version of its edition did.

    Sure only when the step only removed sections (nothing added or rewritten) and the
    previous version's evidence was in one of them: then the rest of the text is the same
    and nothing else can cover the item.  A version that rewrote or added sections may say
    the same in new words that the patterns miss (on the version histories in corpora/,
    three of five such candidates were still disclosed in new words), so its losses are
    unsure.  Informational: the exit code follows the editions compared with the base,
    not the history.
    """
    from policylens.compare import coverage as coveragelib

    by_version = {e.id: e for e in editions}
    for timeline in result["versions"]:
        for step in timeline["steps"]:
            old, new = by_version[step["from_id"]], by_version[step["to_id"]]
            report, _ = _diff(old.doc, new.doc)
            changed: frozenset[str] | None = frozenset(
                s.old.id for s in report.sections if s.old is not None and (s.status in ("removed", "modified") or s.renamed)
            )
            if step["summary"]["added"] or step["summary"]["modified"]:
                changed = None  # new wording in the new version: the disclosure may live on in words the patterns miss
            step["lost"] = coveragelib.lost(new.id, old.id, by_id[new.id], by_id[old.id], changed=changed, text=_text(new))


def _summary(result: dict[str, Any]) -> dict[str, int]:
    kinds = [d["kind"] for d in result["divergences"] if d.get("confidence", 1.0) >= SURE]
    return {
        "editions": len(result["editions"]),
        "divergences": len(kinds),
        "unsure": sum(1 for d in result["divergences"] if d.get("confidence", 1.0) < SURE),
        "section-missing": kinds.count("section-missing"),
        "section-extra": kinds.count("section-extra"),
        "section-content": kinds.count("section-content"),
        "fact": kinds.count("fact"),
        "reworded": len(result.get("reworded", [])),
        "sentence-only": sum(1 for x in result.get("sentences", []) if x["confidence"] >= SURE),
        "lagging": len(result["lagging"]),
        "disclosures-lost": sum(1 for x in result.get("coverage", {}).get("lost", []) if x["confidence"] >= SURE),
        "errors": len(result["errors"]),
    }
