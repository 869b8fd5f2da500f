"""An English and a Chinese edition paired (`pair_across_languages`: `compare.align`, a title whose name the other
edition never writes, subjects one edition is silent on), keyed catalogues paired by key, sentences one language only
has (`lone_sentences`), and the pairing chosen for two editions (`_pair`).
"""

from __future__ import annotations

import re
from typing import Any

from policylens.compare import absent, catalogue, flat, lead_title, pervasive
from policylens.compare import facts as factlib
from policylens.compare import sentences as sentlib
from policylens.compare.align import align, profiles
from policylens.compare.analyse.editions import Edition, language, section_ref
from policylens.compare.analyse.pairing import SURE, UNSURE_CONTENT, Pairing, pair_same_language
from policylens.model import Document, Section

# A name in a Chinese section's title of this many letters or more (not SDK, iOS, App: acronyms English may spell out)
UNWRITTEN_TITLE_NAME = 4
# Confidence of a Chinese section whose title names what the English edition writes nowhere (`_unwritten_title`), and
# of the English section it was paired with by its place.
UNWRITTEN_TITLE_SURE = 0.9
UNWRITTEN_TITLE_OTHER = 0.3


def _unwritten_title(chinese: Section, english: Document, written: dict[int, set[str]] | None = None) -> bool:
    """Does a Chinese section's title name, in Latin letters, what its own body names again and the English edition
    writes nowhere?  A name a Chinese edition keeps in Latin letters the English keeps too, so the English edition has
    no such section, whatever section its place pairs it with: 「4. 選用 iCloud 同步」 against "4. iOS Shortcuts & App
    Monitoring", the English a version behind (eval/editions45 mindfulwork-lag ML1, u46e).

    `written` keeps the English edition's words once read (`_english_words`), for the next section pair: read again for
    each pair, a compare of two editions of 1,000 sections read the English 1,000 times (u49h: 8 s, 100 s at 4,000)."""
    if not chinese.title:
        return False
    body = ""
    for name in sentlib.latin_names(chinese.title):
        flat = name.replace("-", "")
        if len(flat) < UNWRITTEN_TITLE_NAME:
            continue
        body = body or " ".join(p.text for p in chinese.paragraphs).lower()
        if not re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", body):
            continue
        if not {name, flat, f"{name}s", name.removesuffix("s")} & _english_words(english, written):
            return True
    return False


def _english_words(english: Document, written: dict[int, set[str]] | None) -> set[str]:
    """The Latin words of the English edition's titles and paragraphs (kept in `written` by the document's id)."""
    if written is not None and id(english) in written:
        return written[id(english)]
    words = {w for p in english.sections for t in (p.title or "", *(q.text for q in p.paragraphs)) for w in sentlib.words(t)}
    words |= sentlib.words(english.metadata.title or "")
    if written is not None:
        written[id(english)] = words
    return words


def pair_across_languages(base: Edition, other: Edition, base_facts: list[factlib.Fact], other_facts: list[factlib.Fact]) -> Pairing:
    """Sections of an English and a Chinese edition, through `compare.align`."""
    titled = (lead_title.title_index(base.doc, other.doc), lead_title.title_index(other.doc, base.doc))
    result = align(
        lead_title.without(profiles(base.doc, base_facts), titled[0]), lead_title.without(profiles(other.doc, other_facts), titled[1])
    )
    base_chinese = language(base.edition) == "zh"
    written: dict[int, set[str]] = {}
    for b, (o, _) in list(result.pairs.items()):
        chinese, english = (base.doc.sections[b], other.doc) if base_chinese else (other.doc.sections[o], base.doc)
        if _unwritten_title(chinese, english, written):
            del result.pairs[b]
            result.missing[b] = UNWRITTEN_TITLE_SURE if base_chinese else UNWRITTEN_TITLE_OTHER
            result.extra[o] = UNWRITTEN_TITLE_OTHER if base_chinese else UNWRITTEN_TITLE_SURE
    # the policy's title, read as a heading in one edition and a plain line in the other (u49w2, `compare.lead_title`):
    # aligned without it (it shifted every pair by one), reported unsure
    if titled[0] is not None:
        result.missing[titled[0]] = UNSURE_CONTENT
    if titled[1] is not None:
        result.extra[titled[1]] = UNSURE_CONTENT
    _absent_subjects(base, other, result.missing, result.extra, titled, set_aside=result.set_aside)
    head = {"edition": other.id, "base": base.id}
    out: list[dict[str, Any]] = []
    for index, confidence in sorted(result.missing.items()):
        out.append(
            {"kind": "section-missing", **head, "section": section_ref(base.doc.sections[index]), "other": None, "confidence": confidence}
        )
    for index, confidence in sorted(result.extra.items()):
        out.append(
            {"kind": "section-extra", **head, "section": None, "other": section_ref(other.doc.sections[index]), "confidence": confidence}
        )
    return Pairing(
        {o: b for b, (o, _) in result.pairs.items()},
        out,
        independent=not result.reliable,
        confidence={o: c for o, c in result.pairs.values()},
    )


def _absent_subjects(
    base: Edition,
    other: Edition,
    missing: dict[int, float],
    extra: dict[int, float],
    titled: tuple[int | None, int | None],
    *,
    set_aside: bool = False,
) -> None:
    """Make sure an unsure gap whose subject the other edition writes nowhere (`compare.absent`, u50e): the outlines may
    differ too much to trust a gap, but a section on children, cookies or iCloud is absent from an edition naming none.

    `set_aside`: the gaps are chapters `align._set_aside` left over, sure by their place alone; one whose subject the other
    edition does write (its iCloud, its 保留, under another title) may be merged there, and is unsure (0.4)."""
    for gaps, own, against, skip in ((missing, base, other, titled[0]), (extra, other, base, titled[1])):
        unsure = [i for i, c in gaps.items() if (c < SURE or set_aside) and i != skip]
        if not unsure:
            continue
        reader = absent.Other(against.doc, language(against.edition) == "zh")
        for i in unsure:
            section = own.doc.sections[i]
            if gaps[i] < SURE and reader.lacks_subject_of(section):
                gaps[i] = absent.ABSENT_SURE
            elif gaps[i] >= SURE and reader.writes_subject_of(section):
                gaps[i] = min(gaps[i], absent.MERGED_ELSEWHERE)


def lone_sentences(base: Edition, other: Edition, pairing: Pairing, notes: list[str] | None = None) -> list[dict[str, Any]]:
    """`sentence-only` entries of an English ↔ Chinese pair: in each pair of sections `align` is sure of (`compare.sentences`).

    `notes` receives a line for each section pair too long to be read sentence by sentence (`sentences.TooManySentences`).
    """
    head = {"edition": other.id, "base": base.id}
    condensed = flat.condensed_against_sections(base.doc, other.doc)
    if pairing.independent:
        # the outlines do not align: no section pair to read sentence by sentence; an edition without headings against
        # one in sections is still read for the names in Latin letters its Chinese sentences give (u36c, `compare.flat`),
        # and so is one condensed under one heading (u51e)
        if not (condensed or flat.flat_against_sections(base.doc, other.doc)):
            return []
        return flat.entries(head, base.id, other.id, base.doc, other.doc, language(base.edition) == "zh")
    base_doc = sentlib.reading([p.text for s in base.doc.sections for p in s.paragraphs], base.doc.metadata.title)
    other_doc = sentlib.reading([p.text for s in other.doc.sections for p in s.paragraphs], other.doc.metadata.title)
    out: list[dict[str, Any]] = []
    paired_base, paired_other = set(pairing.to_base.values()), set(pairing.to_base)
    written: dict[bool, pervasive.Written] = {}  # the edition lacking a sentence, its sections read once
    for o, b in sorted(pairing.to_base.items(), key=lambda item: item[1]):
        if (pairing.confidence or {}).get(o, 1.0) < sentlib.MIN_PAIR_CONFIDENCE:
            continue
        bs, os_ = base.doc.sections[b], other.doc.sections[o]
        under = (_unpaired_under(base.doc, b, paired_base), _unpaired_under(other.doc, o, paired_other))
        try:
            found = sentlib.lone_sentences(bs, os_, base_doc, other_doc, *under)
        except sentlib.TooManySentences as many:
            if notes is not None:
                notes.append(
                    f"{base.id} line {bs.line} and {other.id} line {os_.line}: sections of {many.base:,} and {many.other:,}"
                    " sentences, too many to align sentence by sentence: their sentences one edition lacks are not looked for"
                )
            continue
        for lone in found:
            # lacking only names the other edition writes throughout (the platform, the product): unsure (u55e)
            side = written.setdefault(lone.in_base, pervasive.Written(other.doc if lone.in_base else base.doc))
            if lone.confidence > pervasive.UNSURE and side.pervasive(list(lone.lacks)):
                lone = lone._replace(confidence=pervasive.UNSURE)
            out.append(sentlib.entry(head, lone, bs, os_, base.id, other.id))
    if condensed:  # its one section pair says little of the rest: its names are read as a flat edition's (u51e)
        seen = {(e["line"], e["text"]) for e in out}
        out += [
            e
            for e in flat.entries(head, base.id, other.id, base.doc, other.doc, language(base.edition) == "zh")
            if (e["line"], e["text"]) not in seen
        ]
    else:  # (u53e) an exception the Chinese edition drops, read over the whole of both editions
        seen = {(e["line"], e["text"]) for e in out}
        out += [
            e
            for e in flat.exception_entries(head, base.id, other.id, base.doc, other.doc, language(base.edition) == "zh")
            if (e["line"], e["text"]) not in seen
        ]
    return out


def _unpaired_under(doc: Document, index: int, paired: set[int]) -> tuple[Section, ...]:
    """The sub-sections under `doc.sections[index]` (deeper, up to the next section of its level or higher) that have no
    counterpart in the other edition."""
    sections, level = doc.sections, doc.sections[index].level
    out = []
    for k in range(index + 1, len(sections)):
        if sections[k].level <= level:
            break
        if k not in paired:
            out.append(sections[k])
    return tuple(out)


def compares_sections(tag: str, base_tag: str) -> bool:
    """Are an edition's sections compared with the base's (one language, or English ↔ Chinese)?  Otherwise only its facts are."""
    return language(tag) == language(base_tag) or {language(tag), language(base_tag)} == {"zh", "en"}


def _pair(reference: Edition, edition: Edition, facts: dict[str, list[factlib.Fact]]) -> Pairing:
    """An edition's sections against one base version: `diff` in one language, `compare.align` across English ↔ Chinese."""
    for e in (reference, edition):
        if e.id not in facts:
            facts[e.id] = _document_facts(e.doc)
    keys = catalogue.key_pairing(reference.doc, edition.doc)
    if language(edition.edition) == language(reference.edition):
        pairing = pair_same_language(reference, edition, keyed=keys is not None)
        return pairing._replace(keyed=True) if keys is not None else pairing
    if compares_sections(edition.edition, reference.edition):
        if keys is not None:
            return pair_by_key(reference, edition, keys)
        return pair_across_languages(reference, edition, facts[reference.id], facts[edition.id])
    return Pairing({}, [])  # another language: facts only


def _keyed_erasures(base: Edition, other: Edition, pairing: Pairing, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`sentence-only` entries of two catalogues paired by key: a string naming the deletion of data whose key's string
    in the other edition names none (`catalogue.erasure_unsaid`), unless the sentence pass reported that string."""
    head = {"edition": other.id, "base": base.id}
    seen = {(e["edition"], e["line"]) for e in found}
    out: list[dict[str, Any]] = []
    for o, b in sorted(pairing.to_base.items(), key=lambda item: item[1]):
        bs, os_ = base.doc.sections[b], other.doc.sections[o]
        unsaid = catalogue.erasure_unsaid(bs, os_)
        if unsaid is None or (other.id, unsaid[1].line) in seen:
            continue
        # the sentence of the string that names it (a change note's second sentence), else the whole string
        text = next((t for t in sentlib.split(unsaid[1].text) if catalogue.names_data_erasure(t)), unsaid[1].text)
        lone = sentlib.Lone(unsaid[0], sentlib.sentence(text, unsaid[1].line), ["concept:erase"], sentlib.CONFIDENCE_CONCEPT)
        out.append(sentlib.entry(head, lone, bs, os_, base.id, other.id))
    return out


def _document_facts(doc: Document) -> list[factlib.Fact]:
    """`facts.document_facts`; in a message catalogue, those of a page's metadata or another page's strings (the og
    image's URL, the terms page's title: `catalogue.aside`) are weak, never a divergence alone."""
    found = factlib.document_facts(doc)
    aside = catalogue.aside(doc)
    return [f._replace(weak=True) if f.section in aside else f for f in found] if aside else found


def pair_by_key(base: Edition, other: Edition, keys: tuple[dict[int, int], list[int], list[int]]) -> Pairing:
    """Sections of two message catalogues in two languages, paired by key path (`catalogue.key_pairing`): a key one
    edition only has is a gap, sure when its value is policy text (`catalogue.policy_text`), unsure (0.3) otherwise."""
    to_base, missing, extra = keys
    head = {"edition": other.id, "base": base.id}
    out: list[dict[str, Any]] = []
    for index in missing:
        section = base.doc.sections[index]
        sure = 1.0 if catalogue.policy_text(section) else UNSURE_CONTENT
        out.append({"kind": "section-missing", **head, "section": section_ref(section), "other": None, "confidence": sure})
    for index in extra:
        section = other.doc.sections[index]
        sure = 1.0 if catalogue.policy_text(section) else UNSURE_CONTENT
        out.append({"kind": "section-extra", **head, "section": None, "other": section_ref(section), "confidence": sure})
    return Pairing(to_base, out, keyed=True)
