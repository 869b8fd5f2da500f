"""The verdict on every item of every profile for one document: `coverage(document, profiles)`.

An item is covered by its first satisfied `cover` clause, not applicable when its `when` clauses are not
met or a statement rules it out (`ruled_out`), covered by front matter or a heading when an item allows
it (`_front_matter_evidence`, `_title_evidence`), and missing otherwise.
Not here: how clauses are matched (`matcher`) or how the verdicts are reported (`findings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policylens.model import Document
from policylens.profiles import Clause, Item, Profile
from policylens.profiles.coverage.matcher import Matcher
from policylens.profiles.coverage.records import EXCERPT, Evidence, ItemCoverage, ProfileCoverage, Scope
from policylens.profiles.coverage.slots import slots_of
from policylens.topics import fold


def ruled_out(matcher: Matcher, item: Item, scope: Scope, *, firm: bool) -> Evidence | None:
    """The statement that rules the item out, or None: the one "not applicable" mechanism (fifteenth session, d14g).

    `firm`: a `not_applicable` clause marked `firm` (the older `unless`), read anywhere and in every sentence, rules the
    item out whatever else the policy says (「本软件不面向不满十四周岁的未成年人」).  Otherwise (called only when nothing covers
    the item): a stated non-applicability (the older `denied`: 「本服务不处理敏感个人信息」) rules it out unless a `when` clause
    marked `fact` (the older `holds`) finds the condition stated as a fact (「我们收集您的精确位置」).  The statement is the
    verdict's trigger.
    """
    if firm:
        return matcher.first(_standing(matcher, item.unless)) if item.unless else None
    stated = _standing(matcher, item.denied)
    found = matcher.first(stated, scope=scope) if stated else None
    if found is None or (item.holds and matcher.first(item.holds, scope=scope) is not None):
        return None
    return found


def _standing(matcher: Matcher, clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """The clauses whose `unless_anywhere` patterns are found nowhere in the document (u58q2)."""
    return tuple(c for c in clauses if not (c.unless_anywhere and matcher.anywhere(c.unless_anywhere)))


def _front_matter_evidence(document: Document, patterns: tuple[re.Pattern[str], ...]) -> Evidence | None:
    """The first front matter line that every pattern finds (seventeenth session, m17c), cited at its line, else None.

    A site theme shows a Markdown file's `lastmod:` or a `description:` that says "Last Updated: …" at the top of the page, so a
    reviewer reads it as part of the policy; the front matter is no section, so the citation names the first one.
    """
    for line, text in document.front_matter:
        folded = fold(text)
        matches = [p.search(folded) for p in patterns]
        if all(m is not None for m in matches) and document.sections:
            first = min(m.start() for m in matches if m is not None)
            section = document.sections[0]
            words = tuple(dict.fromkeys(text[m.start() : m.end()] for m in matches if m is not None and m.end() > m.start()))
            return Evidence(section.id, section.title, line, first + 1, text.strip()[: EXCERPT * 2], words)
    return None


def _title_evidence(document: Document, patterns: tuple[re.Pattern[str], ...]) -> Evidence | None:
    """The first heading that every pattern finds (an item's `title` key), cited at its line, when no body text covers.

    (Twenty-eighth session, u28v: a bold line the structure reads as a heading can be the statement itself, 「**Last updated
    March 02, 2026**」 over the policy's first paragraph, eval/profiles28 triggerfish-en.)
    """
    for section in document.sections:
        if section.title is None or section.line is None:
            continue
        folded = fold(section.title)
        matches = [p.search(folded) for p in patterns]
        if all(m is not None for m in matches):
            first = min(m.start() for m in matches if m is not None)
            words = tuple(dict.fromkeys(section.title[m.start() : m.end()] for m in matches if m is not None and m.end() > m.start()))
            return Evidence(
                section.id, section.title, section.line, (section.column or 1) + first, section.title.strip()[: EXCERPT * 2], words
            )
    return None


def coverage(document: Document, profiles: Iterable[Profile]) -> tuple[ProfileCoverage, ...]:
    """The verdict on every item of every profile for one document (plain data; `compare` may call it per edition)."""
    with slots_of(document):  # (u56w3) the template slots `check` reports, blank to every unit (`slots`)
        return _coverage(document, profiles)


def _coverage(document: Document, profiles: Iterable[Profile]) -> tuple[ProfileCoverage, ...]:
    matcher = Matcher(document)
    out = []
    for profile in profiles:
        verdicts = []
        for item in profile.items:
            scope = (profile.elsewhere, profile.own, profile.named, profile.opening, profile.general, profile.people)
            # (a `when` clause marked `fact` counters a stated non-applicability; it does not apply the item by itself)
            triggers = tuple(c for c in item.when if not c.fact)
            trigger = matcher.first(triggers, scope=scope) if triggers else None
            excluded = ruled_out(matcher, item, scope, firm=True)
            if (triggers and trigger is None) or excluded is not None:
                verdicts.append(ItemCoverage(item, "not-applicable", None, excluded))
                continue
            veto = item.veto if not item.pointer or matcher.anywhere(item.pointer_needs) else (*item.veto, *item.pointer)
            evidence = matcher.first(
                item.cover,
                item.prefer,
                denial=item.denial,
                scope=scope,
                veto=veto,
                demote=item.demote,
                soft_demote=item.soft_demote,
                demote_lead=item.demote_lead,
                parts=item.parts,
                parts_none=item.parts_none,
                parts_heading=item.parts_heading,
            )
            if evidence is None and item.front_matter:
                evidence = _front_matter_evidence(document, item.front_matter)
            if evidence is None and item.title:
                evidence = _title_evidence(document, item.title)
            denied = ruled_out(matcher, item, scope, firm=False) if evidence is None else None
            if denied is not None:
                verdicts.append(ItemCoverage(item, "not-applicable", None, denied))
                continue
            verdicts.append(ItemCoverage(item, "covered" if evidence else "missing", evidence, trigger))
        out.append(ProfileCoverage(profile, tuple(verdicts)))
    return tuple(out)
