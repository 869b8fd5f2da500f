"""Facts that must agree in every edition, whatever its language, each with the section that holds it.

Contacts, the controller and the dates come from `structure.metadata` (the same extractors
as `parse`); this module adds numeric commitments (「45 天」 = "45 days", 「18 歲」 =
"18 years") and named laws (data/lexicons/laws.tsv), and gives every fact a comparison
key that ignores notation: 2021-03-30 = 2021年3月30日 = 【20210330】 = March 30, 2021.
"""

from __future__ import annotations

from policylens.compare import versions
from policylens.compare.facts.by_line import holds as holds
from policylens.compare.facts.by_line import line_facts as line_facts
from policylens.compare.facts.by_line import one_sided_fact as one_sided_fact
from policylens.compare.facts.controllers import Fact as Fact
from policylens.compare.facts.controllers import controller_key as controller_key
from policylens.compare.facts.controllers import names as names
from policylens.compare.facts.controllers import phone_key
from policylens.compare.facts.controllers import reconcile as reconcile
from policylens.compare.facts.controllers import same_controller as same_controller
from policylens.compare.facts.glued import _EMAIL_LABELS as _EMAIL_LABELS
from policylens.compare.facts.glued import _prose_words
from policylens.compare.facts.glued import glued_label as glued_label
from policylens.compare.facts.glued import glued_word as glued_word
from policylens.compare.facts.glued import unglue_emails as unglue_emails
from policylens.compare.facts.languages_named import _QUALIFIER as _QUALIFIER
from policylens.compare.facts.languages_named import link_list as link_list
from policylens.compare.facts.languages_named import prose_languages as prose_languages
from policylens.compare.facts.law_names import _FOREIGN_BEFORE as _FOREIGN_BEFORE
from policylens.compare.facts.law_names import FOREIGN_GENERIC as FOREIGN_GENERIC
from policylens.compare.facts.law_names import GENERIC_LAW as GENERIC_LAW
from policylens.compare.facts.law_names import _country_laws as _country_laws
from policylens.compare.facts.law_names import _cross_key as _cross_key
from policylens.compare.facts.law_names import _law_table as _law_table
from policylens.compare.facts.law_names import laws as laws
from policylens.compare.facts.notation import dates_in as dates_in
from policylens.compare.facts.notation import edition_url_key as edition_url_key
from policylens.compare.facts.notation import replace_dates as replace_dates
from policylens.compare.facts.notation import same_but_date_notation as same_but_date_notation
from policylens.compare.facts.notation import section_text as section_text
from policylens.compare.facts.notation import top_level as top_level
from policylens.compare.facts.notation import without_file_locale as without_file_locale
from policylens.compare.facts.periods import _EN_AGE as _EN_AGE
from policylens.compare.facts.periods import _EN_AGE_OR as _EN_AGE_OR
from policylens.compare.facts.periods import _durations as _durations
from policylens.compare.facts.periods import durations as durations
from policylens.compare.facts.periods import same_duration as same_duration
from policylens.compare.facts.periods import weak_durations as weak_durations
from policylens.compare.months import month_dates
from policylens.diff.keys import url_key as url_key  # (imported from here by tests, as before the split)
from policylens.language_names import spoken_languages as spoken_languages  # (read as `factlib.spoken_languages`)
from policylens.model import Document, Section
from policylens.patterns import INVISIBLE
from policylens.structure.metadata import ambiguous_numeric_dates, extract_contacts

FACT_KINDS = ("email", "url", "phone", "controller", "date", "duration", "law", "language", "section-count", "version")
# Kinds a report's fact matrix shows only when an entry reads one (most policies state no version: `compare.versions`).
OPTIONAL_KINDS = frozenset({"version"})


def section_facts(section: Section, chrome: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[str, str, str]]:
    """(kind, key, value) of the contacts, durations and laws in one section's text, in order of kind.  `chrome`: the
    page-chrome paragraphs of its document (`Document.chrome`), whose laws are none of the policy's (u50l, eval/
    editions50 frames, found by m50w: a footer's per-locale compliance badge 「符合 PIPL」 / 「符合 PDPO」 / "CCPA/CPRA
    Compliant" outside `<main>` was a sure law divergence between identical policies)."""
    texts = section_text(section)
    if not texts:
        return []
    out: list[tuple[str, str, str]] = []
    emails, urls, phones, _ = extract_contacts(texts)
    out.extend(("email", email.lower(), email) for email in emails)
    out.extend(("url", edition_url_key(url), url) for url in urls)
    out.extend(("phone", phone_key(phone), phone) for phone in phones)
    joined = "\n".join(texts)
    out.extend(("duration", same_duration(key), value) for key, value in durations(joined))
    out.extend(("duration-weak", same_duration(key), value) for key, value in weak_durations(joined))
    if chrome and any((p.line, p.column) in chrome for p in section.paragraphs):
        kept = [section.title or ""] + [p.text for p in section.paragraphs if (p.line, p.column) not in chrome]
        joined = INVISIBLE.sub("", "\n".join(kept))
    out.extend(("law", key, value) for key, value in laws(joined))
    return out


def section_keys(section: Section) -> frozenset[tuple[str, str]]:
    """The (kind, key) of every fact in one section: what stays the same across languages."""
    return frozenset((kind, key) for kind, key, _ in section_facts(section) if kind != "duration-weak")


def document_facts(doc: Document) -> list[Fact]:
    """Every fact of `doc`, once per (kind, key), attributed to the first section that holds it."""
    facts: dict[tuple[str, str], Fact] = {}

    def add(kind: str, key: str, value: str, section: int | None, detail: str | None = None) -> None:
        facts.setdefault((kind, key if detail is None else f"{detail}:{key}"), Fact(kind, key, value, section, detail))

    weak: dict[str, Fact] = {}
    for index, section in enumerate(doc.sections):
        for kind, key, value in section_facts(section, doc.chrome):
            if kind == "duration-weak":
                weak.setdefault(key, Fact("duration", key, value, index, weak=True))
            else:
                add(kind, key, value, index)
    for key, fact in weak.items():
        facts.setdefault(("duration", key), fact)  # only where no commitment has that key
    for index, section in enumerate(doc.sections):
        for paragraph in section.paragraphs:
            for key, value in prose_languages(paragraph.text).items():
                add("language", key, value, index)
    emails = [key for kind, key in facts if kind == "email"]
    # (u50c) each address's labels and proper suffixes looked up in a set: every address tried against every other was
    # 3 million steps for three editions of 1,000 addresses (benchmarks/bench_compare_scale.py); the same answers
    known = frozenset(emails)
    words: set[str] | None = None
    for key in emails:
        if glued_label(key, known):
            del facts[("email", key)]
        elif any(key[i:] in known for i in range(1, len(key))):
            words = _prose_words(doc) if words is None else words
            if glued_word(key, emails, words):
                del facts[("email", key)]
    meta = doc.metadata
    for detail, iso in (("updated", meta.updated), ("effective", meta.effective)):
        if iso:
            add("date", iso, iso, _section_with_date(doc, iso), detail)
    for detail, key, value, index in month_dates(doc):  # "Last updated: May 2026" (u51e)
        add("date", key, value, index, detail)
    if meta.controller:
        system, key = controller_key(meta.controller)
        add("controller", f"{system}:{key}", meta.controller, _section_with(doc, meta.controller))
    count = top_level(doc)
    add("section-count", str(count), str(count), None)
    if stated := versions.document_version(doc):  # "Version: 1.2" / 「版本：1.3」 (u55e)
        add("version", *stated)
    return list(facts.values())


def ambiguous_dates(doc: Document) -> set[str]:
    """Both readings (ISO) of every numeric date `doc` could not read: 03/01/2024 is 1 March or 3 January.

    `parse` reads such a date only when another date of the document settles the order; an
    edition whose "Last updated: 03/01/2024" was not read may still agree with its base.
    """
    return {iso for section in doc.sections for text in section_text(section) for iso in ambiguous_numeric_dates(text)}


def _section_with_date(doc: Document, iso: str) -> int | None:
    for index, section in enumerate(doc.sections):
        for text in section_text(section):
            if replace_dates(text, lambda found: "\x00" if found == iso else found) != text:
                return index
    return None


def _section_with(doc: Document, value: str) -> int | None:
    return next((i for i, s in enumerate(doc.sections) if any(value in t for t in section_text(s))), None)
