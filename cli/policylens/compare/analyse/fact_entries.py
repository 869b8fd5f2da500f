"""Facts that differ between editions (`fact_divergences`): each fact of `compare.facts` reported once, in its base
section, with worded facts, one entry per date, dates keyed by the same month and facts of sections paired above.
"""

from __future__ import annotations

from typing import Any

from policylens.compare import facts as factlib
from policylens.compare import months
from policylens.compare.analyse.across import compares_sections
from policylens.compare.analyse.editions import Edition, _text, section_ref
from policylens.compare.analyse.pairing import UNSURE_CONTENT
from policylens.model import Document

# Facts that are read from words of English and Chinese only (a law's name, a period, a date in words).
WORDED_FACTS = frozenset({"law", "duration", "date", "language"})


def fact_divergences(
    base: Edition,
    other: Edition,
    base_facts: list[factlib.Fact],
    other_facts: list[factlib.Fact],
    to_base: dict[int, int],
    *,
    outline_reliable: bool = True,
    gap_sure: bool = True,
) -> list[dict[str, Any]]:
    """Each fact that is absent or different in `other`, once, in the base section where it differs.

    `gap_sure`: some section of one edition is surely missing from the other.  When none is (every section paired, or
    each gap with a plausible counterpart: a heading the other edition wrote as a plain line, or one level deeper), the
    number of top-level sections differs by layout, not content, and `section-count` is unsure (eval/editions28).
    """
    other_facts = factlib.reconcile(base_facts, other_facts)  # one company named in each script's wording
    # an address with a label run into it ("Support emailnana@…") is the other edition's address (支援信箱nana@…)
    base_facts, other_facts = factlib.unglue_emails(base_facts, other_facts), factlib.unglue_emails(other_facts, base_facts)
    out: list[dict[str, Any]] = []
    head = {"edition": other.id, "base": base.id}
    sections = base.doc.sections

    def where(fact: factlib.Fact | None, side: str) -> int | None:
        if fact is None or fact.section is None:
            return None
        return fact.section if side == "base" else to_base.get(fact.section)

    unread: dict[str, set[str]] = {}  # edition id → readings of its ambiguous numeric dates, on first need
    unread_language = not compares_sections(other.edition, base.edition)

    def ambiguous(edition: Edition, value: str) -> bool:
        """Whether `edition` holds a numeric date it could not read that may be `value` (03/01/2024)."""
        if edition.id not in unread:
            unread[edition.id] = factlib.ambiguous_dates(edition.doc)
        return value in unread[edition.id]

    written: dict[str, frozenset[str]] = {}  # edition id → every date its text writes, on first need

    def both_dates_in_both(b: factlib.Fact | None, o: factlib.Fact | None) -> bool:
        """Does each edition write the other's date too?  Then which one reads as `updated` is a matter of layout: a
        page's generation date above the policy's own (最後更新：2025-09-04 over 最後更新日期：2025 年 8 月 18 日, and
        "Generated on 2025-09-04" in the English footer: eval/editions28 soulscript)."""
        if b is None or o is None:
            return False
        for edition in (base, other):
            if edition.id not in written:
                written[edition.id] = factlib.dates_in(_text(edition))
        return b.key in written[other.id] and o.key in written[base.id]

    def written_unlabelled(b: factlib.Fact | None, o: factlib.Fact | None) -> bool:
        """Is a labelled date of one edition written in the other edition's text, where `parse` read no such label?  Then
        only the label was not read (「有效日期: April 25, 2025」 against "Effective Date: April 25, 2025": eval/editions35
        dbtools), not a date one edition lacks.  A date the other edition reads under the other label (effective
        2025-09-17 against "最后更新: 2025-09-17": eval/editions34 akshare's A12) stays a divergence."""
        if (b is None) == (o is None):
            return False
        present, absent = (b, other) if o is None else (o, base)
        assert present is not None
        if any(f.kind == "date" and f.key == present.key for f in (other_facts if o is None else base_facts)):
            return False  # the other edition reads that date under another label (effective / updated): a real difference
        if absent.id not in written:
            written[absent.id] = factlib.dates_in(_text(absent))
        return present.key in written[absent.id]

    paired_base = set(to_base.values())

    def apart(b: factlib.Fact, o: factlib.Fact) -> bool:
        """Are the two left-over values in sections known not to be one another: the base value's section has a
        counterpart and the other value stands outside it (in a section the base lacks, or paired elsewhere)?  Then
        they are two facts, not one changed ("16 岁" of 「6. 儿童隐私」 against the "7 days" of a referral section the
        translation lacks: eval/editions43 imageharvest)."""
        if b.section is None or o.section is None or b.section not in paired_base:
            return False
        return _paired_above(other.doc, o.section, to_base) != b.section

    def named_in_both(b: factlib.Fact | None, o: factlib.Fact | None) -> bool:
        return b is not None and o is not None and (factlib.names(_text(other), b.value) or factlib.names(_text(base), o.value))

    def emit(kind: str, b: factlib.Fact | None, o: factlib.Fact | None, detail: str | None) -> None:
        index = where(b, "base") if b is not None else where(o, "other")
        unsure = kind == "date" and (
            (o is None and b is not None and ambiguous(other, b.value)) or (b is None and o is not None and ambiguous(base, o.value))
        )  # absent only because 03/01/2024 could not be read: maybe the same date
        # a law, a period or a date written in words of a language read by facts only (DSGVO, 30 Tage, Januar 2025)
        # is not read there: its absence is no evidence (eval/editions27 timercue, de against zh-CN)
        unsure = unsure or (unread_language and kind in WORDED_FACTS and (b is None or o is None))
        unsure = unsure or (kind == "date" and (both_dates_in_both(b, o) or written_unlabelled(b, o)))
        # a month-only date (May 2026) the other edition lacks: a month in words is easily the month of something else
        unsure = unsure or (kind == "date" and (b is None or o is None) and months.is_month((b or o).key))  # type: ignore[union-attr]
        entry = {
            "kind": "fact",
            **head,
            "fact": kind,
            "base_value": b.value if b else None,
            "value": o.value if o else None,
            "section": section_ref(sections[index]) if index is not None else None,
            # the number of top-level sections means little between outlines that do not align; a controller the
            # other edition names too is a party of both read first in one (two providers of one list)
            "confidence": UNSURE_CONTENT
            if unsure
            or (kind == "section-count" and (not outline_reliable or not gap_sure))
            or (kind == "controller" and named_in_both(b, o))
            else 1.0,
        }
        if detail:
            entry["detail"] = detail
        out.append(entry)

    for kind in factlib.FACT_KINDS:
        details = sorted({f.detail for f in base_facts + other_facts if f.kind == kind}, key=lambda d: d or "")
        for detail in details:
            b_all = [f for f in base_facts if f.kind == kind and f.detail == detail]
            o_all = [f for f in other_facts if f.kind == kind and f.detail == detail]
            if kind == "controller" and (not b_all or not o_all or b_all[0].key.split(":")[0] != o_all[0].key.split(":")[0]):
                continue  # one name not found, or a Chinese and a Latin name: not comparable without translation
            if kind == "version" and (not b_all or not o_all):
                continue  # most policies state no version: only two stated versions are compared (`compare.versions`)
            if kind == "date":  # a month-only date is the other edition's date of that month, written with less detail
                b_all, o_all = _same_month_keyed(b_all, o_all), _same_month_keyed(o_all, b_all)
            o_keys = {f.key for f in o_all}
            b_keys = {f.key for f in b_all}
            # a weak fact (「一年」, "a year") matches a commitment of the other edition but is never a divergence alone
            missing = [f for f in b_all if f.key not in o_keys and not f.weak]
            extra = [f for f in o_all if f.key not in b_keys and not f.weak]
            single = kind in ("controller", "date", "section-count", "version")
            while missing and extra:
                # pair a missing value with an extra one in the same (aligned) section, or the only ones left
                match = next(
                    (
                        (m, x)
                        for m in missing
                        for x in extra
                        if m.section is not None and x.section is not None and to_base.get(x.section) == m.section
                    ),
                    None,
                )
                if match is None and (single or (len(missing) == 1 and len(extra) == 1 and not apart(missing[0], extra[0]))):
                    match = (missing[0], extra[0])
                if match is None:
                    break
                missing.remove(match[0])
                extra.remove(match[1])
                emit(kind, match[0], match[1], detail)
            for m in missing:
                emit(kind, m, None, detail)
            for x in extra:
                emit(kind, None, x, detail)
    return _one_entry_per_date(out)


def _same_month_keyed(facts: list[factlib.Fact], others: list[factlib.Fact]) -> list[factlib.Fact]:
    """`facts` with each month-only date keyed as the other edition's full date of that month (May 2026 = 2026-05-20)."""
    out = []
    for f in facts:
        full = next((o.key for o in others if not months.is_month(o.key) and months.same_month(f.key, o.key)), None)
        out.append(f._replace(key=full) if full and months.is_month(f.key) else f)
    return out


def _paired_above(doc: Document, index: int, to_base: dict[int, int]) -> int | None:
    """The base section paired with `doc.sections[index]`, or with its nearest ancestor that has a counterpart (a
    sub-section the base writes as part of its parent's text)."""
    sections, level = doc.sections, doc.sections[index].level
    for k in range(index, -1, -1):
        if k != index and sections[k].level >= level:
            continue
        if k in to_base:
            return to_base[k]
        level = sections[k].level
    return None


def _one_entry_per_date(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`entries` with each date divergence once: an `updated` entry that repeats an `effective` one value for value.

    A document's update date is its effective date when it writes no other (`structure.metadata`: "This policy is
    effective as of 2020-04-16" reads as both), so one date one edition does not write was two sure entries, the
    second under a label the page never uses (eval/editions34 celestia).  The `effective` entry says it; the
    `updated` one goes, and so does an `updated` change that repeats an `effective` change (2024-01-01 → 2025-01-01).
    """
    effective = {(e["base_value"], e["value"]) for e in entries if e["fact"] == "date" and e.get("detail") == "effective"}
    return [e for e in entries if not (e["fact"] == "date" and e.get("detail") == "updated" and (e["base_value"], e["value"]) in effective)]
