"""Profile coverage's cached candidates and searches give the verdicts and citations of the plain algorithm.

`Matcher` keeps, per document, the units each clause is tried on (by preferred heading, scope
and the clause's heading) and the first `all` pattern's search in each unit, and at a later
`prefer` level skips the units an earlier level already tried.  The reference below is the
algorithm written plainly (every unit, every level, every search): the two must agree on real
policies with preferred headings, scopes and shared patterns (all five profiles).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.model import Document, Section
from policylens.profiles import Clause, resolve
from policylens.profiles import coverage as cov

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ("cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa")


def _titles(doc: Document) -> dict[str, tuple[str, ...]]:
    """Each section's folded title and those of every section above it."""
    by_id = {s.id: s for s in doc.sections}
    out = {}
    for section in doc.sections:
        current: Section | None = section
        titles = []
        while current is not None:
            if current.title:
                titles.append(cov.fold(current.title))
            current = by_id.get(current.parent) if current.parent else None
        out[section.id] = tuple(titles)
    return out


def _plain_first(
    matcher: cov.Matcher,
    clauses: tuple[Clause, ...],
    prefer: tuple[re.Pattern[str], ...],
    *,
    denial: bool | None,
    scope: cov.Scope,
) -> cov.Evidence | None:
    """`Matcher.first` as it was written before its caches: every level, every unit, every search."""
    titles = _titles(matcher.doc)

    def under(section_id: str, pattern: re.Pattern[str]) -> bool:
        return any(pattern.search(title) for title in titles[section_id])

    elsewhere, own, named, opening, general, people = scope
    naming = {u.section.id for u in matcher.units("section") if named is not None and named.search(u.folded)}
    # (u43w2) a GDPR-labelled section of a document that names no region (`Matcher._general_part`), when no heading names this law
    general_kept: frozenset[str] = frozenset()
    if (
        elsewhere is not None
        and general is not None
        and people is not None
        and (named is None or not any(under(s.id, named) for s in matcher.doc.sections))
    ):
        general_kept = matcher._general_part(elsewhere, general, people)
    # (twenty-fifth session, u25w) a unit read with a context (a list item with its heading or parent, a lead-in with a
    # subsection) needs words of its own, is read from statements only (not for a condition), and is cited after every
    # statement, as a soft-demoted unit is
    context_found: list[cov.Evidence] = []
    for level in (*prefer, None):
        for clause in clauses:
            units = matcher.cells(clause.column) if clause.column is not None else matcher.units(clause.within)
            for unit in units:
                sid = unit.section.id
                if level is not None and not under(sid, level):
                    continue
                if (
                    elsewhere is not None
                    and under(sid, elsewhere)
                    and not (own is not None and under(sid, own))
                    and sid not in naming
                    and sid not in general_kept
                ):
                    continue
                if clause.heading is not None and not under(sid, clause.heading):
                    continue
                if (
                    opening is not None
                    and clause.within in ("sentence", "paragraph")
                    and matcher._opened_elsewhere(unit.segments[0].paragraph, opening, named)
                ):
                    continue  # (u28v) a paragraph opened for another region's users
                if unit.context and denial is None:
                    continue
                found = cov._satisfies(clause, unit, denial=denial, whole=clause.column is not None or clause.within == "sentence")
                if found is not None and unit.context:
                    if cov._holds_words(unit, found) and not context_found:
                        context_found.append(cov._evidence(unit, found, whole=clause.within == "document", lead=clause.cite_first))
                    continue
                if found is not None:
                    return cov._evidence(unit, found, whole=clause.within == "document", lead=clause.cite_first)
    return context_found[0] if context_found else None


# Sections for another law's users, one of them for this law's users too (eu-gdpr's `elsewhere` and `own`):
# no corpus file has both in one heading.
BOTH_LAWS = """# Privacy Policy

## Users in Brazil

You have the right to access, correct and delete your personal data. You may lodge a complaint with the supervisory authority.

## Users in Brazil and the EEA

You have the right to access, rectify and erase your personal data. You may lodge a complaint with a data protection authority.

## Users in the United States

Californian residents have the right to know and to delete. We do not sell personal information.

## Retention

We keep your personal data for 30 days after you close your account, and then delete it.
"""


@pytest.mark.parametrize(
    "name",
    [
        "corpora/smartmi/zh-Hant.2021-03-30.txt",  # the seed: zh-Hant, tw-pdpa's preferred headings
        "corpora/letsencrypt-privacy/en.2026-07-06.md",  # English
        "BOTH_LAWS",
    ],
)
def test_cached_matcher_cites_what_the_plain_algorithm_cites(name: str) -> None:
    doc = parse_string(BOTH_LAWS, suffix=".md") if name == "BOTH_LAWS" else parse_path(ROOT / name)
    profiles = resolve(list(PROFILES))
    cached, plain = cov.Matcher(doc), cov.Matcher(doc)
    preferred = 0
    for profile in profiles:
        scope = (profile.elsewhere, profile.own, profile.named, profile.opening, profile.general, profile.people)
        for item in profile.items:
            for clauses, prefer, denial, item_scope in (
                (item.when, (), None, scope),
                (item.unless, (), None, (None, None, None, None, None, None)),
                (item.cover, item.prefer, item.denial, scope),
            ):
                if not clauses:
                    continue
                preferred += bool(prefer)
                expected = _plain_first(plain, clauses, prefer, denial=denial, scope=item_scope)
                assert cached.first(clauses, prefer, denial=denial, scope=item_scope) == expected, item.id
    assert preferred > 20  # the levels of `prefer` were exercised
