"""Editions that lag behind an update (`_lagging`): the changes the newest base version made to the previous one
(`_Change`), what an edition of the same language lacks of them, and across languages the names and hosts an update
brought in that a lagging edition does not write, or a licence it changed.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any, NamedTuple

from policylens.compare import claimed, licences, named_lag, unwritten
from policylens.compare import facts as factlib
from policylens.compare import sentences as sentlib
from policylens.compare.analyse.across import _document_facts, _pair
from policylens.compare.analyse.editions import Edition, _order, _reference, language, section_ref
from policylens.compare.analyse.pairing import SURE, Pairing, _diff, _index, _meaningful, pair_same_language
from policylens.lazyre import lazy
from policylens.model import Section
from policylens.patterns import WEB_TLDS


def _lagging(
    editions: list[Edition], base: Edition, latest: dict[str, Edition], pairings: dict[str, Pairing], facts: dict[str, list[factlib.Fact]]
) -> list[dict[str, Any]]:
    """Editions that lack a change the base made since the base version they correspond to.

    An edition compared with the newest base (its date is the base's, later, or unknown)
    corresponds to the newest base version: it lags a change of the last base step
    (previous → newest) that it does not have.  An edition whose version predates the
    newest base corresponds to its contemporaneous base version (`_reference`: the base
    version of its date, else the newest one before it): it lags every change the base made
    from that version to the newest, step after step, each dated by the base version that
    made it.  Its divergence entries stay those against the contemporaneous version.
    """
    versions = sorted((e for e in editions if e.edition == base.edition), key=_order)
    if len(versions) < 2 or versions[-1] is not base:
        return []
    out = []
    for tag, edition in latest.items():
        if tag == base.edition:
            continue
        reference = _reference(editions, base, edition)
        previous = versions[-2] if reference is base else reference
        changes = _changes(versions[versions.index(previous) :])
        if not changes:
            continue
        if reference is base:
            pairing, known = pairings[tag], {}
        else:
            pairing, known = _pair(base, edition, facts), {previous.id: pairings[tag]}
        lacks = _lacks(changes, previous, base, edition, pairing, known, facts)
        if lacks:
            # `behind`: the older base version an edition predating the newest base corresponds to
            entry: dict[str, Any] = {"edition": edition.id, **({"behind": previous.id} if reference is not base else {}), "lacks": lacks}
            # the values those changes brought in that the edition writes nowhere (u36c: eval/editions35 melody M1, M3, M4)
            if values := unwritten.brought_in_unwritten(previous.doc, base.doc, edition.doc):
                entry["unwritten"] = {"since": previous.id, "values": values}
            out.append(entry)
    return out


class _Change(NamedTuple):
    """A section the base changed between two of its versions, and the date of the version that changed it."""

    section: Any  # diff's SectionChange between the older and the newest base version
    since: str | None


def _changes(versions: list[Edition]) -> list[_Change]:
    """The sections changed between the first and the last of these consecutive base versions, each dated by the step that changed it."""
    first, last = versions[0], versions[-1]
    report, _ = _diff(first.doc, last.doc)
    steps = [_diff(a.doc, b.doc)[0] for a, b in itertools.pairwise(versions)] if len(versions) > 2 else []
    out = []
    for s in report.sections:
        if s.status in ("added", "removed", "modified") and (_meaningful(s.old) or _meaningful(s.new)):
            out.append(_Change(s, _changed_on(s, steps, versions) if steps else last.date))
    return out


def _changed_on(s: Any, steps: list[Any], versions: list[Edition]) -> str | None:
    """The date of the base version that made this change: an added section traced back, a removed or rewritten one forward."""
    if s.status == "added":
        current = s.new.id
        for k in range(len(steps) - 1, -1, -1):
            entry = next((x for x in steps[k].sections if x.new is not None and x.new.id == current), None)
            if entry is None or entry.old is None:
                return versions[k + 1].date
            current = entry.old.id
        return versions[1].date
    current = s.old.id
    for k, step in enumerate(steps):
        entry = next((x for x in step.sections if x.old is not None and x.old.id == current), None)
        if entry is None or entry.new is None or (s.status == "modified" and entry.status == "modified"):
            return versions[k + 1].date
        current = entry.new.id
    return versions[-1].date


def _lacks(
    changes: list[_Change],
    previous: Edition,
    base: Edition,
    edition: Edition,
    pairing: Pairing,
    known: dict[str, Pairing],
    facts: dict[str, list[factlib.Fact]],
) -> list[dict[str, Any]]:
    """The changes (previous base version → newest base) that an edition does not have; `pairing` is the edition against the newest base."""
    tag = edition.edition
    bi, pi = _index(base.doc), _index(previous.doc)
    mapped = set(pairing.to_base.values())
    same_language = language(tag) == language(base.edition)
    content = {json.dumps(d["section"]) for d in pairing.divergences if d["kind"] == "section-content"}
    # The edition against the previous base version, only when a removal or a rewrite could be missing.
    needs_old = same_language and (
        (any(c.section.status == "removed" for c in changes) and any(d["kind"] == "section-extra" for d in pairing.divergences))
        or any(c.section.status == "modified" and json.dumps(section_ref(c.section.new)) in content for c in changes)
    )
    old_pairing = (known.get(previous.id) or pair_same_language(previous, edition)) if needs_old else None
    lacks = []
    if not same_language and {language(tag), language(base.edition)} == {"zh", "en"}:
        lacks = (
            _added_unaligned(changes, base, edition)
            if pairing.independent
            else _lagging_across(changes, previous, base, edition, pairing, facts, known)
        )
        # a rewrite that brought in several names a translation keeps (SwiftData, PDFKit) the edition writes nowhere (u55e)
        told = {f"{x['section']['title']}\x00{x['section']['line']}" for x in lacks}
        lacks += named_lag.named_lags(changes, previous.doc, edition.doc, told, base.doc)
    if not same_language and not pairing.independent:
        # an added section weakly paired with an edition section that surely answers a kept older one has no counterpart
        added = [bi[c.section.new.id] for c in changes if c.section.status == "added" and c.section.new is not None]
        if weak := claimed.weak_claims(pairing.to_base, pairing.confidence, added):
            older = known.get(previous.id) or _pair(previous, edition, facts)
            removed = [pi[c.section.old.id] for c in changes if c.section.status == "removed" and c.section.old is not None]
            if not older.independent:
                mapped -= claimed.taken_elsewhere(weak, older.to_base, older.confidence, removed)
    for change in changes:
        s = change.section
        if s.status == "added" and s.new is not None and bi[s.new.id] not in mapped and s.new.title is not None and not pairing.independent:
            lacks.append({"section": section_ref(s.new), "change": "added", "since": change.since})
        elif (
            s.status == "removed"
            and same_language
            and s.old is not None
            and old_pairing is not None
            and pi[s.old.id] in old_pairing.to_base.values()
        ):
            lacks.append({"section": section_ref(s.old), "change": "removed", "since": change.since})
        elif (
            s.status == "modified"
            and same_language
            and old_pairing is not None
            and s.new is not None
            and s.old is not None
            and not _dates_only(s.old, s.new)
        ):
            rewritten_here = any(d["kind"] == "section-content" and d["section"] == section_ref(s.new) for d in pairing.divergences)
            same_as_before = (
                bi[s.new.id] in mapped
                and not any(d["kind"] == "section-content" and d["section"] == section_ref(s.old) for d in old_pairing.divergences)
                and pi[s.old.id] in old_pairing.to_base.values()
            )
            if rewritten_here and same_as_before:
                lacks.append({"section": section_ref(s.new), "change": "rewritten", "since": change.since})
    return lacks


def _added_unaligned(changes: list[_Change], base: Edition, edition: Edition) -> list[dict[str, Any]]:
    """`added` lags of an edition in the other language whose outline does not align with the base's (a rewrite into
    numbered sections that the older edition has not followed): a section the base added whose anchors (a duration, an
    e-mail, a name in Latin letters, a number…; not its dates) the edition holds nowhere.  A section without anchors
    cannot be looked for without translation and is not reported."""
    lacks: list[dict[str, Any]] = []
    added = [c for c in changes if c.section.status == "added" and c.section.new is not None and c.section.new.title is not None]
    if not added:
        return lacks
    texts = [t for s in edition.doc.sections for t in factlib.section_text(s)]
    base_doc = sentlib.reading([p.text for s in base.doc.sections for p in s.paragraphs], base.doc.metadata.title)
    other_doc = sentlib.reading(texts, edition.doc.metadata.title)
    for change in added:
        if sentlib.unheld_anchors(change.section.new, texts, base_doc, other_doc):
            lacks.append({"section": section_ref(change.section.new), "change": "added", "since": change.since})
    return lacks


def _dates_only(old: Section, new: Section) -> bool:
    """Did a rewrite change nothing but dates (the version's own 【20200601】 → 【20210330】)?  Not a change an older edition lacks."""

    def undated(section: Section) -> str:
        return factlib.replace_dates("\n".join([section.title or "", *(p.text for p in section.paragraphs)]), lambda _: "\x00")

    return undated(old) == undated(new)


# An English ↔ Chinese pair must be at least this sure to carry a removed/rewritten lag.
ALIGN_SURE = claimed.ALIGN_SURE


def _lagging_across(
    changes: list[_Change],
    previous: Edition,
    base: Edition,
    edition: Edition,
    pairing: Pairing,
    facts: dict[str, list[factlib.Fact]],
    known: dict[str, Pairing],
) -> list[dict[str, Any]]:
    """`removed` and `rewritten` lags of an edition in the other language (English ↔ Chinese), only where the evidence is sure.

    * removed: the section the base removed pairs confidently with a section of the edition
      (alignment with the previous base version), and that section is a sure
      `section-extra` against the new base;
    * rewritten: the base's rewrite changed the section's facts (a duration, an address, a
      law…), and the edition's confidently paired section still holds every fact the
      rewrite took out and none that it brought in.
    A rewrite that changed only words cannot be told across languages without translation
    and is not reported.
    """
    bi, pi = _index(base.doc), _index(previous.doc)
    sure = pairing.confidence or {}
    to_edition = {b: o for o, b in pairing.to_base.items() if sure.get(o, 1.0) >= ALIGN_SURE}
    extra = {json.dumps(d["other"]) for d in pairing.divergences if d["kind"] == "section-extra" and d["confidence"] >= SURE}
    old_pairing: Pairing | None = known.get(previous.id)
    written: dict[str, str] = {}  # the edition's text, lower case, once read (`_brought_in_unwritten`)
    lacks = []
    for change in changes:
        s = change.section
        if s.status == "removed" and s.old is not None and extra:
            if old_pairing is None:
                old_pairing = _pair(previous, edition, facts)
            if old_pairing.independent:
                continue
            old_sure = old_pairing.confidence or {}
            kept = [o for o, b in old_pairing.to_base.items() if b == pi[s.old.id] and old_sure.get(o, 1.0) >= ALIGN_SURE]
            if kept and json.dumps(section_ref(edition.doc.sections[kept[0]])) in extra:
                lacks.append({"section": section_ref(s.old), "change": "removed", "since": change.since})
        elif s.status == "modified" and s.old is not None and s.new is not None and bi[s.new.id] in to_edition:
            before, after = factlib.section_keys(s.old), factlib.section_keys(s.new)
            taken_out, brought_in = before - after, after - before
            held = factlib.section_keys(edition.doc.sections[to_edition[bi[s.new.id]]])
            # the edition still holds what the rewrite took out, and none of what it brought in; or it took out nothing
            # the edition lacks and brought in verbatim strings the edition writes nowhere
            kept_old = taken_out and not brought_in & held
            if (
                taken_out <= held and (kept_old or _brought_in_unwritten(s.old, s.new, brought_in, edition, facts, written))
            ) or _relicensed(s.old, s.new, edition.doc.sections[to_edition[bi[s.new.id]]], edition):
                lacks.append({"section": section_ref(s.new), "change": "rewritten", "since": change.since})
    return lacks


# A host name written bare (`ava-feedback.dotslash.pro`, steamcommunity.com): not inside a URL or an e-mail address,
# which are facts of their own.
_HOST = lazy(
    rf"(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+{WEB_TLDS}(?![\w-])",
    re.I,
)
# Facts written the same in every language: what a translation that followed a rewrite would hold as written.
_VERBATIM_KINDS = frozenset({"email", "url", "phone"})


def _hosts(section: Section) -> set[str]:
    return {m.group(0).lower() for t in factlib.section_text(section) for m in _HOST.finditer(t)}


def _brought_in_unwritten(
    old: Section,
    new: Section,
    brought_in: frozenset[tuple[str, str]],
    edition: Edition,
    facts: dict[str, list[factlib.Fact]],
    written: dict[str, str],
) -> bool:
    """Did the base's rewrite of a section bring in strings no translation changes (an e-mail, a URL, a phone, a bare
    host name), none of which the edition in the other language writes anywhere?  Then the edition has not followed the
    rewrite: the English edition's new feedback relay `ava-feedback.dotslash.pro` in "3. Network connections" against
    a Chinese edition that still says no server of the developers exists (eval/editions35 vaporauth, not blind).
    A rewrite that brought in only words, numbers or names (which a translation may write otherwise) is not told.
    The edition's facts and text are read once for all its sections (`facts`, `written`: read again for each, 250
    rewritten sections took three times as long to compare, review u35x)."""
    strings = {(kind, key) for kind, key in brought_in if kind in _VERBATIM_KINDS}
    hosts = _hosts(new) - _hosts(old)
    if not strings and not hosts:
        return False
    if edition.id not in facts:
        facts[edition.id] = _document_facts(edition.doc)
    if strings & {(f.kind, f.key) for f in facts[edition.id]}:
        return False
    if edition.id not in written:
        written[edition.id] = "\n".join(t for section in edition.doc.sections for t in factlib.section_text(section)).lower()
    return not any(host in written[edition.id] for host in hosts)


def _relicensed(old: Section, new: Section, paired: Section, edition: Edition) -> bool:
    """A rewrite that changed the software's licence (MIT → GPL-3.0-or-later), which the edition's paired section has
    not followed: it names the old licence, and the edition the new one nowhere (u37c, `compare.licences`)."""

    def joined(*sections: Section) -> str:
        return "\n".join(t for section in sections for t in factlib.section_text(section))

    return licences.relicensed(joined(old), joined(new), joined(paired), joined(*edition.doc.sections))
