"""Section alignment: which old section became which new one (renamed, moved, added, removed).

1. Pairs with the same title and body key are matched first (hash lookup).
2. The rest are scored by body similarity (rapidfuzz ratio on comparison keys) and
   title similarity, best pairs first; a pair needs body ≥ 0.5, or title ≥ 0.85 with
   body ≥ 0.3.  Large documents compare each new section only with old sections
   within a window, so two 1 MB policies stay far from quadratic.
3. Order: matched pairs that are not on the longest increasing run of old positions
   are `moved`.  A pair whose titles differ is `renamed`; one whose bodies differ is
   `modified`.  Split or merged sections end up as a modified pair plus an
   added/removed section (best effort).
"""

from __future__ import annotations

from bisect import bisect_left

from policylens.diff.normalize import compare_key, layout_key, script_key
from policylens.diff.redline import diff_paragraphs
from policylens.diff.topics import topics_of
from policylens.model import DiffReport, Document, Section, SectionDiff

WINDOW = 60


def _title_key(section: Section, cross_script: bool, strict: bool, script: str | None = None) -> str:
    if section.title is None:
        return ""
    if strict:
        return section.title
    key = layout_key(section.title)
    # numbering is not part of the name: 「三、保留政策」 renumbered to 「四、保留政策」 is not a rename
    if section.number:
        key = layout_key(section.title[len(section.number) :]) if section.title.startswith(section.number) else key
    return script_key(key, script) if cross_script else key


def _body_key(section: Section, cross_script: bool, strict: bool, script: str | None = None) -> str:
    return "\n".join(compare_key(p.text, script=script, cross_script=cross_script, strict=strict) for p in section.paragraphs)


def _ratio(a: str, b: str) -> float:
    from rapidfuzz.fuzz import ratio

    if not a and not b:
        return 1.0
    return ratio(a, b) / 100.0


def match_sections(
    old: tuple[Section, ...],
    new: tuple[Section, ...],
    *,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None] = (None, None),
) -> tuple[dict[int, int], dict[tuple[int, int], float]]:
    """new index → old index for matched sections, and the body similarity of each pair."""
    ot = [_title_key(s, cross_script, strict, scripts[0]) for s in old]
    nt = [_title_key(s, cross_script, strict, scripts[1]) for s in new]
    ob = [_body_key(s, cross_script, strict, scripts[0]) for s in old]
    nb = [_body_key(s, cross_script, strict, scripts[1]) for s in new]
    pairs: dict[int, int] = {}
    sims: dict[tuple[int, int], float] = {}
    used: set[int] = set()
    exact: dict[tuple[str, str], list[int]] = {}
    for i in range(len(old)):
        exact.setdefault((ot[i], ob[i]), []).append(i)
    for j in range(len(new)):
        candidates = exact.get((nt[j], nb[j]))
        if candidates:
            i = candidates.pop(0)
            pairs[j] = i
            used.add(i)
            sims[(i, j)] = 1.0
    rest_old = [i for i in range(len(old)) if i not in used]
    rest_new = [j for j in range(len(new)) if j not in pairs]
    scored: list[tuple[float, float, int, int]] = []
    big = len(rest_old) * len(rest_new) > 40_000
    for j in rest_new:
        expected = j * len(old) / max(1, len(new))
        for i in rest_old:
            if big and abs(i - expected) > WINDOW:
                continue
            title = _ratio(ot[i], nt[j]) if (ot[i] or nt[j]) else 1.0
            body = _ratio(ob[i], nb[j])
            untitled = not ot[i] and not nt[j] and old[i].title is None and new[j].title is None
            if body >= 0.5 or (title >= 0.85 and body >= 0.3) or (title == 1.0 and ot[i]) or (untitled and body >= 0.2):
                scored.append((0.7 * body + 0.3 * title, body, i, j))
    scored.sort(key=lambda t: (-t[0], t[3], t[2]))
    for _, body, i, j in scored:
        if i in used or j in pairs:
            continue
        pairs[j] = i
        used.add(i)
        sims[(i, j)] = body
    return pairs, sims


def _stable(pairs: dict[int, int]) -> set[int]:
    """New indexes on the longest increasing subsequence of old indexes (the rest moved)."""
    order = sorted(pairs)
    tails: list[int] = []
    tails_idx: list[int] = []
    prev: dict[int, int | None] = {}
    for j in order:
        i = pairs[j]
        k = bisect_left(tails, i)
        prev[j] = tails_idx[k - 1] if k else None
        if k == len(tails):
            tails.append(i)
            tails_idx.append(j)
        else:
            tails[k] = i
            tails_idx[k] = j
    keep: set[int] = set()
    j2: int | None = tails_idx[-1] if tails_idx else None
    while j2 is not None:
        keep.add(j2)
        j2 = prev[j2]
    return keep


def _side_script(doc: Document) -> str | None:
    """hant/hans for one side; a mixed document counts as its majority script."""
    if doc.metadata.script != "mixed":
        return doc.metadata.script
    from policylens.script import count_script

    t, s = count_script("\n".join(p.text for p in doc.paragraphs()))
    return "hant" if t >= s else "hans"


def diff_documents(
    old: Document, new: Document, *, granularity: str = "word", strict: bool = False, show_variants: bool = False
) -> DiffReport:
    """Align `old` and `new` and compute every change."""
    scripts = {old.metadata.script, new.metadata.script}
    cross_script = ("hant" in scripts and "hans" in scripts) or "mixed" in scripts
    sides = (_side_script(old), _side_script(new))
    pairs, sims = match_sections(old.sections, new.sections, cross_script=cross_script, strict=strict, scripts=sides)
    stable = _stable(pairs)
    by_old = {i: j for j, i in pairs.items()}
    entries: list[tuple[tuple[float, int], SectionDiff]] = []
    for j, section in enumerate(new.sections):
        if j not in pairs:
            changes, _, _ = diff_paragraphs(
                (), section.paragraphs, granularity=granularity, cross_script=cross_script, strict=strict, scripts=sides
            )
            topics = topics_of(section.title, *(p.text for p in section.paragraphs))
            entries.append(((j, 0), SectionDiff("added", False, False, None, section, changes, topics, 1.0, 0)))
            continue
        i = pairs[j]
        before = old.sections[i]
        changes, variants, noise = diff_paragraphs(
            before.paragraphs,
            section.paragraphs,
            granularity=granularity,
            cross_script=cross_script,
            strict=strict,
            scripts=sides,
            keep_variants=show_variants,
        )
        renamed = _title_key(before, cross_script, strict, sides[0]) != _title_key(section, cross_script, strict, sides[1])
        if not strict and not renamed and (before.title or "") != (section.title or ""):
            if cross_script and layout_key(before.title or "") != layout_key(section.title or ""):
                variants += 1
            else:
                noise += 1
        status = "modified" if any(not c.variant for c in changes) else "unchanged"
        topics = tuple(dict.fromkeys(t for c in changes for t in c.topics))
        if renamed:
            topics = tuple(dict.fromkeys((*topics, *topics_of(before.title, section.title))))
        entries.append(
            ((j, 0), SectionDiff(status, j not in stable, renamed, before, section, changes, topics, sims[(i, j)], variants, noise))
        )
    for i, section in enumerate(old.sections):
        if i in by_old:
            continue
        # place a removed section right after the nearest earlier old section that survived
        anchor = next((by_old[k] for k in range(i - 1, -1, -1) if k in by_old), -1)
        changes, _, _ = diff_paragraphs(
            section.paragraphs, (), granularity=granularity, cross_script=cross_script, strict=strict, scripts=sides
        )
        topics = topics_of(section.title, *(p.text for p in section.paragraphs))
        entries.append(((anchor + 0.5, i), SectionDiff("removed", False, False, section, None, changes, topics, 1.0, 0)))
    entries.sort(key=lambda e: e[0])
    return DiffReport(old, new, tuple(e[1] for e in entries), cross_script, granularity, strict)


def summary(report: DiffReport) -> dict[str, object]:
    """Counts, topics and dates for the summary that every format shows first."""
    sections = report.sections
    topic_counts: dict[str, int] = {}
    for s in sections:
        if s.status != "unchanged" or s.renamed:
            for t in s.topics:
                topic_counts[t] = topic_counts.get(t, 0) + 1
    from policylens.diff.topics import TOPICS

    return {
        "added": sum(s.status == "added" for s in sections),
        "removed": sum(s.status == "removed" for s in sections),
        "modified": sum(s.status == "modified" for s in sections),
        "renamed": sum(s.renamed for s in sections),
        "moved": sum(s.moved for s in sections),
        "unchanged": sum(s.status == "unchanged" and not s.renamed and not s.moved for s in sections),
        "changes": sum(1 for s in sections if s.status == "modified" for c in s.changes if not c.variant),
        "variants": sum(s.variants for s in sections),
        "noise": sum(s.noise for s in sections),
        "topics": [t for t in TOPICS if t in topic_counts],
    }


def has_changes(report: DiffReport) -> bool:
    """Any content change at all (exit code 1)?"""
    return any(s.status != "unchanged" or s.renamed or s.moved for s in report.sections)
