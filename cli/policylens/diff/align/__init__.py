"""Section alignment: which old section became which new one (renamed, moved, added, removed).

Pairs are made in rounds, strongest evidence first; a section paired in one round is
out of the later ones:

1. the preamble (text before the first heading) with the preamble;
   then sections that share an anchor (`{: #keeping}`, HTML `id`/`name`; see `anchors`)
   found once on each side;
2. the same title and body (hash lookup);
3. the same title once numbering is stripped (三、 → 四、, 1.6 → 1.7): titles unique on
   both sides (then a title that is only a date field, by its label: `dated`); a repeated title (收集的資料 under each SDK) under its parent's partner
   first, then in order when both sides have as many left (`twins.pair_by_outline`); the round
   runs again while a pass pairs something, so that a child whose parent pairs later in the pass
   (the titles go in the new side's order) still pairs under it, whichever side is old;
4. the rest by similarity, best pairs first: 0.7 × body + 0.3 × title (rapidfuzz ratio on
   comparison keys).  A section with no body of its own (a parent heading) is compared
   by its title and the text of its children, never by two empty bodies.  Large
   documents compare a new section only with old sections within `WINDOW` of its
   expected position, or that share a paragraph with it, so two 1 MB policies stay
   near-linear.

Sections with the same title and body on one side ("twins") are interchangeable to the
rounds; `twins.settle_twins` then gives each pair the twin that keeps it in order and
under its parent's partner.

Order: matched pairs that are not on the longest increasing run of old positions are
`moved`.  A pair whose titles differ is `renamed`; one whose bodies differ is
`modified`.  Paragraphs that moved from one section to another (a sub-heading dropped,
a section split or two merged) are then taken out of the changes by `moves.find_moves`:
a removed section whose whole text moved is `merged`, an added one made of moved text
is `split`.
"""

from __future__ import annotations

from collections.abc import Mapping

from policylens.diff.align.frames import (
    _chrome_count,
    _chrome_of,
    _drop_chrome,
    _frame_titles,
    _moved_and_edited,
    _off_menu,
    _one_sided_next_to_chrome,
    _only_noise,
    _restored,
    _reworded,
    _sizes,
    _stable,
    _title_line_shifted,
)
from policylens.diff.align.frames import _headings_in_text as _headings_in_text
from policylens.diff.align.frames import _one_sided_count as _one_sided_count
from policylens.diff.align.frames import _side_script as _side_script
from policylens.diff.align.frames import _texts as _texts
from policylens.diff.align.gaps import _TELLING_STOP_WORDS as _TELLING_STOP_WORDS
from policylens.diff.align.gaps import GAP_BODY_MIN as GAP_BODY_MIN
from policylens.diff.align.gaps import GAP_BODY_UNNUMBERED as GAP_BODY_UNNUMBERED
from policylens.diff.align.gaps import GAP_MAX_PAIRS as GAP_MAX_PAIRS
from policylens.diff.align.gaps import _gap_pairs as _gap_pairs
from policylens.diff.align.gaps import _moved_down as _moved_down
from policylens.diff.align.gaps import _one_for_one as _one_for_one
from policylens.diff.align.gaps import _same_contact as _same_contact
from policylens.diff.align.gaps import _same_subject as _same_subject
from policylens.diff.align.gaps import _shared_word as _shared_word
from policylens.diff.align.gaps import _title_within as _title_within
from policylens.diff.align.matching import MAX_SCORED_PAIRS as MAX_SCORED_PAIRS
from policylens.diff.align.matching import SCORE_ALL_PAIRS as SCORE_ALL_PAIRS
from policylens.diff.align.matching import match_sections as match_sections
from policylens.diff.align.scoring import _WORDS as _WORDS
from policylens.diff.align.scoring import WORDING_CHARS as WORDING_CHARS
from policylens.diff.align.scoring import _kept as _kept
from policylens.diff.align.scoring import _ratio as _ratio
from policylens.diff.align.scoring import _title_form
from policylens.diff.align.scoring import _title_key as _title_key
from policylens.diff.align.scoring import _WordCodes as _WordCodes
from policylens.diff.align.scoring import section_keys as section_keys
from policylens.diff.align.scoring import worded_alike as worded_alike
from policylens.diff.keys import layout_key, links_without_targets, one_side_has_targets
from policylens.diff.lines import shown_lines
from policylens.diff.moves import find_moves, keyer
from policylens.diff.parts import language_parts
from policylens.diff.promoted import promoted_sections
from policylens.diff.published_links import published_links
from policylens.diff.redline import diff_paragraphs
from policylens.diff.rows import table_rows
from policylens.diff.runin import run_in_titles
from policylens.diff.title import diff_titles
from policylens.diff.topics import topics_of
from policylens.diff.variants import same_across_scripts
from policylens.model import Change, DiffReport, Document, SectionDiff


def diff_documents(
    old: Document,
    new: Document,
    *,
    granularity: str = "word",
    strict: bool = False,
    show_variants: bool = False,
    anchors: tuple[Mapping[str, str], Mapping[str, str]] | None = None,
    regional: bool | None = None,
    parts: bool = False,
) -> DiffReport:
    """Align `old` and `new` and compute every change (`_diff_documents`); when only one side's format keeps link
    targets in its text (a Markdown source against its built HTML page), links are compared by their words
    (`keys.links_without_targets`).  `parts`: a block of another language appended at a section's end before a
    one-sided part in that language is an untitled entry of its own (`diff.parts`; its section is no section of
    the document, so callers that look entries' ids up in the documents leave it False)."""
    with links_without_targets(one_side_has_targets(old.source.format, new.source.format)):
        return _diff_documents(
            old,
            new,
            granularity=granularity,
            strict=strict,
            show_variants=show_variants,
            anchors=anchors,
            regional=regional,
            parts=parts,
        )


def _diff_documents(
    old: Document,
    new: Document,
    *,
    granularity: str,
    strict: bool,
    show_variants: bool,
    anchors: tuple[Mapping[str, str], Mapping[str, str]] | None,
    regional: bool | None,
    parts: bool = False,
) -> DiffReport:
    """Align `old` and `new` and compute every change.

    `anchors` (optional): section id → anchor on each side; by default each section's
    `anchor` as the structure stage recorded it.  Sections sharing an anchor pair first.
    `regional`: compare through the cross-script key, so script and regional wording
    (說明/説明, 軟體/軟件, 資料/数据) are variants, not changes.  None (the default) decides from
    the documents: their scripts differ (or one is mixed and the other not), or both regions are known and
    differ (a zh-TW and a zh-HK edition; a region from a file name's tag only when both files have one).  `compare` passes True for two different editions,
    whose tags say what detection from the text cannot always tell."""
    old, new = table_rows(old), table_rows(new)  # an HTML table row is one paragraph, as a Markdown pipe table's is
    old, new = shown_lines(old), shown_lines(new)  # and the lines <br> breaks stay lines in the redline
    old, new = run_in_titles(old, new)  # a heading run into its paragraph on one side (an HTML export of plain Markdown)
    scripts = {old.metadata.script, new.metadata.script}
    # a region a file name gives counts only when both files are named (policy_zh-TW.md against policy_zh-HK.md): against
    # a file with no tag, each side's wording decides, or a wording edit within one edition (軟體 → 軟件) would be hidden
    named = old.metadata.region_from_name and new.metadata.region_from_name
    regions = {m.region if named or not m.region_from_name else m.text_region for m in (old.metadata, new.metadata)}
    cross_script = (
        regional
        if regional is not None
        # (two versions of one page that mixes scripts, 简体 and 繁體 halves both times, are compared as written: each
        # half is matched with itself, and the cross-script folds, 仅/只 and 或者/或 among them, would hide its edits)
        else ("hant" in scripts and "hans" in scripts)
        or ("mixed" in scripts and len(scripts) > 1)
        or (None not in regions and len(regions) > 1)
    )
    sides = (_side_script(old), _side_script(new))
    if anchors is None:
        anchors = tuple({s.id: s.anchor for s in doc.sections if s.anchor} for doc in (old, new))  # type: ignore[assignment]
    notes: set[str] = set()
    # keyed once: matching, rename detection and the paragraph alignment of each pair all need them
    keys = section_keys(old.sections, new.sections, cross_script=cross_script, strict=strict, scripts=sides)
    blanked: tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]] = ({}, {})
    if not strict:
        blanked = (_drop_chrome(keys.old_paragraphs, old), _drop_chrome(keys.new_paragraphs, new))
    pairs, sims = match_sections(
        old.sections, new.sections, cross_script=cross_script, strict=strict, scripts=sides, anchors=anchors, notes=notes, keys=keys
    )
    stable = _stable(
        pairs,
        (_sizes(keys.old_paragraphs), _sizes(keys.new_paragraphs)),
        (_texts(old.sections, keys.old_paragraphs), _texts(new.sections, keys.new_paragraphs)),
    )
    by_old = {i: j for j, i in pairs.items()}
    entries: list[tuple[tuple[float, float], SectionDiff]] = []
    for j, section in enumerate(new.sections):
        if j not in pairs:
            if not strict and _only_noise(section, keys.new_paragraphs[j], new.chrome):
                chrome = len(_chrome_of(section, j, blanked[1]))
                entries.append(
                    (
                        (j, 0),
                        SectionDiff(
                            "unchanged", False, False, None, section, (), (), 1.0, 0, len(section.paragraphs) - chrome, chrome=chrome
                        ),
                    )
                )
                continue
            changes, _, _ = diff_paragraphs(
                (),
                section.paragraphs,
                granularity=granularity,
                cross_script=cross_script,
                strict=strict,
                scripts=sides,
                keys=([], keys.new_paragraphs[j]),
            )
            topics = topics_of(section.title, *(p.text for p in section.paragraphs))
            entries.append(((j, 0), SectionDiff("added", False, False, None, section, changes, topics, 1.0, 0)))
            continue
        i = pairs[j]
        before = old.sections[i]
        chrome = 0
        if [p.text for p in before.paragraphs] == [p.text for p in section.paragraphs]:
            changes, variants, noise = (), 0, 0  # the same text: nothing to align
        else:
            pair_keys = (keys.old_paragraphs[i], keys.new_paragraphs[j])
            places = (_chrome_of(before, i, blanked[0]), _chrome_of(section, j, blanked[1]))
            # the lines a kept line may be compared against: chrome of the frame, never a line of the site's menus
            frame = (_off_menu(places[0], before, old.menus), _off_menu(places[1], section, new.menus))
            first: tuple[tuple[Change, ...], int, int] | None = None
            first_places = places
            restored_lines: tuple[set[int | None], set[int | None]] = (set(), set())
            while True:
                changes, variants, noise = diff_paragraphs(
                    before.paragraphs,
                    section.paragraphs,
                    granularity=granularity,
                    cross_script=cross_script,
                    strict=strict,
                    scripts=sides,
                    keep_variants=show_variants,
                    notes=notes,
                    keys=pair_keys,
                    chrome=places,
                )
                if first is not None:
                    if _one_sided_count(changes, restored_lines) >= _one_sided_count(first[0], restored_lines):
                        (changes, variants, noise), places = first, first_places  # the frame paired no kept line (u45d)
                    break
                if frame == ([], []) or not _one_sided_next_to_chrome(changes, before, section, frame):
                    break
                # a kept line on one side where the other side has only chrome (「Contact our DPO at …」 → a short
                # line of the footer): both are compared again, so that the edit reads as a replace, not a bare deletion.
                # A menu's lines stay out (a <nav>, a frame of links, `Document.menus`): a site's menu is frame whatever
                # else its section changes, and an edit beside it is no edit of it (`eval/pairs40c` sw-frame)
                first, first_places = (changes, variants, noise), places
                restored_lines = ({before.paragraphs[k].line for k in frame[0]}, {section.paragraphs[k].line for k in frame[1]})
                places = ([k for k in places[0] if k not in frame[0]], [k for k in places[1] if k not in frame[1]])
                pair_keys = (_restored(pair_keys[0], i, blanked[0], frame[0]), _restored(pair_keys[1], j, blanked[1], frame[1]))
            chrome = _chrome_count(before, section, places)
        renamed = keys.old_titles[i] != keys.new_titles[j]
        if renamed and cross_script and not strict and worded_alike(keys.old_titles[i], keys.new_titles[j]):
            renamed = False  # a translator's particle, not a new name (`WORDING_CHARS`): counted as a variant below
        if renamed and cross_script and not strict and same_across_scripts(_title_form(before), _title_form(section), sides):
            renamed = False  # a word read one way across scripts (`variants.READINGS`): counted as a variant below
        if renamed and not strict and _title_line_shifted(before, section, old.metadata.title, new.metadata.title):
            renamed = False  # a title line added or removed above the old one: counted as noise below
        if renamed and not strict and _frame_titles(before, section, old, new):
            renamed = False  # a heading of the page's frame, not the policy's: counted as noise below
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
            (
                (j, 0),
                SectionDiff(
                    status, j not in stable, renamed, before, section, changes, topics, sims[(i, j)], variants, noise, chrome=chrome
                ),
            )
        )
    anchor = -1  # the new place of the nearest earlier old section that survived (u52h: a walk back per section was quadratic)
    for i, section in enumerate(old.sections):
        if i in by_old:
            anchor = by_old[i]
            continue
        # place a removed section right after the nearest earlier old section that survived
        if not strict and _only_noise(section, keys.old_paragraphs[i], old.chrome):
            chrome = len(_chrome_of(section, i, blanked[0]))
            entries.append(
                (
                    (anchor + 0.5, i),
                    SectionDiff("unchanged", False, False, section, None, (), (), 1.0, 0, len(section.paragraphs) - chrome, chrome=chrome),
                )
            )
            continue
        changes, _, _ = diff_paragraphs(
            section.paragraphs,
            (),
            granularity=granularity,
            cross_script=cross_script,
            strict=strict,
            scripts=sides,
            keys=(keys.old_paragraphs[i], []),
        )
        topics = topics_of(section.title, *(p.text for p in section.paragraphs))
        entries.append(((anchor + 0.5, i), SectionDiff("removed", False, False, section, None, changes, topics, 1.0, 0)))
    if parts:
        entries = language_parts(entries, old, new)
    if not strict:
        found = find_moves(
            [e[1] for e in entries],
            key_old=keyer(sides[0], cross_script),
            key_new=keyer(sides[1], cross_script),
            redline=lambda gone, came: _moved_and_edited(gone, came, granularity, cross_script, sides, notes),
            titles=(old.metadata.title, new.metadata.title),
            ends=(old.sections[-1] if old.sections else None, new.sections[-1] if new.sections else None),
        )
        found = promoted_sections(found, keyer(sides[0], cross_script), keyer(sides[1], cross_script))
        found = [published_links(s) for s in found]
        entries = [(e[0], s) for e, s in zip(entries, found, strict=True)]
        entries = _headings_in_text(entries, keyer(sides[0], cross_script), keyer(sides[1], cross_script))
        if cross_script:
            entries = [(place, _reworded(s)) for place, s in entries]
    entries.sort(key=lambda e: e[0])
    said = {
        "paragraphs": "some long runs of repeated paragraphs had nothing unique to align on; they were aligned in step, without anchors (coarse)",
        "redline": "some long paragraphs of repetitive text had nothing unique to align on; their redline was aligned in step, without anchors (coarse)",
        "sections": "too many sections changed to compare each with all others; renamed or rewritten sections were looked for near their old place only",
    }
    title = diff_titles(
        old, new, granularity=granularity, cross_script=cross_script, strict=strict, scripts=sides, show_variants=show_variants, notes=notes
    )
    return DiffReport(
        old,
        new,
        tuple(e[1] for e in entries),
        cross_script,
        granularity,
        strict,
        tuple(said[n] for n in sorted(notes)),
        title.change,
        title.variants,
        title.noise,
        title.source,
    )


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
        # a removed heading whose whole text moved into other sections / an added heading
        # whose whole text came from others: status unchanged, flag on top
        "merged": sum(s.merged for s in sections),
        "split": sum(s.split for s in sections),
        "moved_text": sum(bool(s.moved_from) for s in sections),
        # of the moved paragraphs, those edited on the way: a change each, shown as a replace (u43d2; only when some were)
        **({"moved_edited": edited} if (edited := sum(s.moved_edited for s in sections)) else {}),
        # every section is in exactly one of added/removed/modified/unchanged; renamed and
        # moved are flags counted on top
        "unchanged": sum(s.status == "unchanged" for s in sections),
        "changes": sum(1 for s in sections if s.status == "modified" for c in s.changes if c.counted),
        "variants": sum(s.variants for s in sections),
        "noise": sum(s.noise for s in sections),
        # HTML page-chrome lines (a menu, a badge, a short copyright line) that differ, compared as nothing
        "chrome": sum(s.chrome for s in sections),
        # the document title changed (a rename of the product or the policy); not a section,
        # and not counted in `changes`, `variants` or `noise`, which count section paragraphs
        "title_changed": title_changed(report),
        "topics": [t for t in TOPICS if t in topic_counts],
        # across scripts only (fourteenth session): paragraphs and headings a re-translation worded
        # otherwise with the same content (`diff.content`); shown apart, not counted in `changes`
        **(
            {
                "reworded": sum(1 for s in sections for c in s.changes if c.reworded),
                "reworded_titles": sum(s.title_reworded for s in sections),
            }
            if report.cross_script
            else {}
        ),
    }


def title_changed(report: DiffReport) -> bool:
    """Did the document title change (more than its script, wording variants or formatting)?"""
    return report.title is not None and not report.title.variant


def has_changes(report: DiffReport) -> bool:
    """Any content change at all (exit code 1)?"""
    return title_changed(report) or any(
        s.status != "unchanged" or s.renamed or s.moved or s.merged or s.split or s.moved_from for s in report.sections
    )
