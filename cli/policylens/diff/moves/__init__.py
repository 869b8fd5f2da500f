"""Text moved between sections: a move is not a change.

`align` pairs sections and `redline` compares each pair on its own, so a paragraph that
left one section and reappears in another (a sub-heading dropped while its paragraphs
stay under the parent, a section split in two, two merged) first reads as deleted in
one place and inserted in another.  `find_moves` looks across all section pairs:

- a deleted paragraph and an inserted one whose comparison keys are equal (the same
  keys that make reflow, markup and renumbering noise) are a *move*: both changes are
  dropped, counted as noise at the new place, and the two sections say where the text
  went (`moved_to`) and where it came from (`moved_from`);
- a deleted and an inserted paragraph in different sections that are nearly equal
  (`EDITED_SIMILARITY`) are one moved-and-edited paragraph: one `replace` change at its
  new place, not a delete plus an insert;
- after those, a deleted paragraph of a removed section and an inserted one of another section (or, mirrored, an
  inserted one of an added section and a deleted one elsewhere) that keep whole sentences of each other, at least half
  of the shorter (`KEPT_SENTENCES`), each the only paragraph left on its side sharing a sentence with the other, are
  one paragraph moved and edited too (a section merged into another, its paragraph grown there: `_kept_pairs`);
- paragraphs joined into one paragraph of another section (or one cut into several
  paragraphs of others) are moves too, when the joined paragraph is made of them in order
  with nothing in between but their section titles or the document title (headings
  flattened into the text, as a Word export re-saved as one paragraph does);
- a removed section whose whole text moved unedited is `merged`, an added section whose
  whole text came unedited from elsewhere is `split`; both have the status `unchanged`
  (their text did not change), and the flag is counted on top.  A one-sided section that
  gave or got an edited paragraph stays removed/added, listing where its text went.

Precision first: only paragraphs of at least `MOVE_MIN_CHARS` characters of key count,
each deleted paragraph moves at most once, and `--strict` (which shows every noise
class) keeps the delete and insert as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from policylens.diff.moves.paragraph_shapes import (
    _at_departure,
    _bare_number,
    _edge_lines,
    _grown,
    _ids,
    _joined,
    _promoted_titles,
    _regrouped,
    _short_tail,
)
from policylens.diff.moves.paragraph_shapes import keyer as keyer
from policylens.diff.moves.sentence_pairs import MAX_EDITED_PAIRS, MOVE_MIN_CHARS, _kept_pairs
from policylens.diff.rows import same_row
from policylens.diff.tail import EDITED_SIMILARITY, document_tail, tail_shown_at
from policylens.diff.topics import topics_of
from policylens.model import Change, Section, SectionDiff

# ... and while the characters of the deleted paragraphs times those of the inserted ones
# stay below this: a ratio costs about the product of the two lengths / 64 (bit-parallel),
# so this is some 0.3 s.  200 rewritten 5 KB sections a side (1e12) took 1.6 s more.
MAX_EDITED_CELLS = 2_000_000_000


def find_moves(
    sections: list[SectionDiff],
    *,
    key_old: Callable[[str], str],
    key_new: Callable[[str], str],
    redline: Callable[[Change, Change], Change],
    titles: tuple[str | None, str | None] = (None, None),
    ends: tuple[Section | None, Section | None] = (None, None),
) -> list[SectionDiff]:
    """`sections` with paragraphs moved between them taken out of their changes (see module doc).

    `key_old`/`key_new`: comparison key of a paragraph on each side; `redline(deleted,
    inserted)`: the replace change for a moved-and-edited paragraph; `ends`: the last section of each document, whose
    trailing paragraphs are the document's tail (`tail.document_tail`)."""
    deleted: list[tuple[int, int, str, int]] = []  # (section index, change index, key, line)
    inserted: list[tuple[int, int, str, int]] = []
    # Shorter paragraphs are only reordered inside one section pair (「。」 moved below the
    # sentence next to it): which of two swapped paragraphs the redline keeps in place
    # depends on the direction, so both must count the same for old → new to mirror new → old.
    short: dict[tuple[int, str], tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    for k, s in enumerate(sections):
        for c_idx, c in enumerate(s.changes):
            if c.variant:
                continue
            if c.op == "delete" and s.status in ("modified", "removed"):
                key = key_old(c.old_text or "")
                if len(key) >= MOVE_MIN_CHARS:
                    deleted.append((k, c_idx, key, c.old_line or 0))
                elif key:
                    short.setdefault((k, key), ([], []))[0].append((c.old_line or 0, c_idx))
            elif c.op == "insert" and s.status in ("modified", "added"):
                key = key_new(c.new_text or "")
                if len(key) >= MOVE_MIN_CHARS:
                    inserted.append((k, c_idx, key, c.new_line or 0))
                elif key:
                    short.setdefault((k, key), ([], []))[1].append((c.new_line or 0, c_idx))
    tail = document_tail(sections, ends, key_old, key_new)
    edges = _edge_lines(sections, key_old, key_new)
    # the short tail lines the edges do not already hold (the last line is the edge and the tail's); every edge is kept,
    # two of them for one deleted line too (a sentence repeated: dropping one made diff(a, b) and diff(b, a) disagree)
    held = {edge[0][:2] for edge in edges}
    edges += [edge for edge in _short_tail(sections, tail, key_old, key_new) if edge[0][:2] not in held]
    for edge in edges:
        deleted.append(edge[0])
        inserted.append(edge[1])
    reordered = [
        (k, gone, came)
        for (k, _), (gones, cames) in short.items()
        for (_, gone), (_, came) in zip(sorted(gones), sorted(cames), strict=False)
        if not _regrouped(sections[k], sections[k].changes[gone], sections[k].changes[came], key_old, key_new)
    ]
    grown = _grown(sections, key_old, key_new)
    if (not deleted or not inserted) and not reordered and not grown:
        return sections
    drop: set[tuple[int, int]] = set()
    replace_at: dict[tuple[int, int], Change] = {}
    moved_to: dict[int, set[int]] = {}
    moved_from: dict[int, set[int]] = {}
    moved_in: dict[int, int] = {}
    touched: set[int] = set()
    edited: set[int] = set()  # sections that gave or got a moved-and-edited paragraph

    def flag(k: int, c_idx: int, tk: int, tc: int) -> None:
        """Say where a paragraph went and came from, unless it is the tail of both documents (`tail.document_tail`)."""
        if (k, c_idx) not in tail[0] or (tk, tc) not in tail[1]:
            moved_to.setdefault(k, set()).add(tk)
            moved_from.setdefault(tk, set()).add(k)

    for k, gone, came in reordered:
        drop |= {(k, gone), (k, came)}
        touched.add(k)
        moved_in[k] = moved_in.get(k, 0) + 1
    # Equal keys pair in document order on each side (so that old → new and new → old
    # find the same moves).  The same paragraph deleted and inserted inside one section
    # pair was reordered there (noise, no flag); across pairs it moved.
    by_key: dict[str, tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]] = {}
    for k, c_idx, key, line in deleted:
        by_key.setdefault(key, ([], []))[0].append((line, k, c_idx))
    for k, c_idx, key, line in inserted:
        if key in by_key:
            by_key[key][1].append((line, k, c_idx))
    for gone_lines, came_lines in by_key.values():
        for (_, k, c_idx), (_, tk, tc) in zip(sorted(gone_lines), sorted(came_lines), strict=False):
            if tk == k and _regrouped(sections[k], sections[k].changes[c_idx], sections[k].changes[tc], key_old, key_new):
                continue  # a sub-item put under another item: the same words say something else there
            drop |= {(k, c_idx), (tk, tc)}
            touched |= {k, tk}
            moved_in[tk] = moved_in.get(tk, 0) + 1
            if tk != k:
                flag(k, c_idx, tk, tc)
    # A paragraph that arrived next to a similar one was paired with it inside its section
    # (內容2 → 內容3, while 內容3 came from a removed section and 內容2 only moved down):
    # such a replace is undone when *both* its sides find their equal among the unpaired
    # deletions and insertions; otherwise it stays the edit it reads as.
    free_del: dict[str, list[tuple[int, int, int]]] = {}
    free_ins: dict[str, list[tuple[int, int, int]]] = {}
    for k, c_idx, key, line in deleted:
        if (k, c_idx) not in drop:
            free_del.setdefault(key, []).append((line, k, c_idx))
    for k, c_idx, key, line in inserted:
        if (k, c_idx) not in drop:
            free_ins.setdefault(key, []).append((line, k, c_idx))
    for k, s in enumerate(sections):
        if s.status != "modified" or not free_del or not free_ins:
            continue
        for c_idx, c in enumerate(s.changes):
            if c.op != "replace" or c.variant or "\n" in (c.old_text or "") or "\n" in (c.new_text or ""):
                continue
            went_to = free_ins.get(key_old(c.old_text or ""))  # where its old text went
            came_from = free_del.get(key_new(c.new_text or ""))  # where its new text came from
            if not went_to or not came_from:
                continue
            (_, ik, ic), (_, dk, dc) = went_to.pop(0), came_from.pop(0)
            drop |= {(k, c_idx), (ik, ic), (dk, dc)}
            touched |= {k, ik, dk}
            moved_in[ik] = moved_in.get(ik, 0) + 1
            moved_in[k] = moved_in.get(k, 0) + 1
            for old_side, new_side in ((k, ik), (dk, k)):
                if old_side != new_side:
                    moved_to.setdefault(old_side, set()).add(new_side)
                    moved_from.setdefault(new_side, set()).add(old_side)
    rest = [d for d in deleted if (d[0], d[1]) not in drop]
    left = [i for i in inserted if (i[0], i[1]) not in drop]
    cells = sum(len(d[2]) for d in rest) * sum(len(i[2]) for i in left)
    if rest and left and len(rest) * len(left) <= MAX_EDITED_PAIRS and cells <= MAX_EDITED_CELLS:
        from rapidfuzz.fuzz import ratio

        candidates: list[tuple[float, int, int, int, int, int]] = []
        for k, c_idx, key, line in rest:
            for tk, tc, tkey, tline in left:
                if tk == k:
                    continue  # inside one pair, redline has already paired what it could
                score = ratio(key, tkey, score_cutoff=EDITED_SIMILARITY * 100) / 100.0
                if not score and same_row(sections[k].changes[c_idx].old_text or "", sections[tk].changes[tc].new_text or ""):
                    score = EDITED_SIMILARITY  # a table row with one cell edited (`rows.same_row`)
                if score:
                    candidates.append((-score, line + tline, k, c_idx, tk, tc))
        # best pairs first; the tie-break is symmetric in the two sides (mirror property)
        candidates.sort(key=lambda t: (t[0], t[1]))
        for _, _, k, c_idx, tk, tc in candidates:
            if (k, c_idx) in drop or (tk, tc) in replace_at or (k, c_idx) in replace_at or (tk, tc) in drop:
                continue
            change = redline(sections[k].changes[c_idx], sections[tk].changes[tc])
            if tail_shown_at(sections, tail, (k, c_idx), (tk, tc), _at_departure(sections[k], sections[tk])):
                drop.add((tk, tc))
                replace_at[(k, c_idx)] = change
            else:
                drop.add((k, c_idx))
                replace_at[(tk, tc)] = change
            flag(k, c_idx, tk, tc)
            touched |= {k, tk}
            edited |= {k, tk}
    # Paragraphs joined into one paragraph of another section (or one cut into several):
    # both directions, so that the report mirrors.
    # A paragraph kept in place that grew by paragraphs of other sections (a replace whose new key is its old key and
    # then theirs: 「a)…信息。」 → 「a)…信息。2.信息的使用a)…服务器。」) is one such join too, its own text the first piece.
    for forward in (True, False):
        targets = (
            [(*i[:3], 2) for i in inserted if (i[0], i[1]) not in drop]
            if forward
            else [(*d[:3], 2) for d in deleted if (d[0], d[1]) not in drop]
        )
        targets += [(k, c_idx, rest, 1) for k, c_idx, way, rest in grown if way == forward and (k, c_idx) not in drop]
        pieces = [d for d in deleted if (d[0], d[1]) not in drop] if forward else [i for i in inserted if (i[0], i[1]) not in drop]
        if not targets or not pieces or len(targets) * len(pieces) > MAX_EDITED_PAIRS:
            continue
        side = "old" if forward else "new"
        key_of = key_old if forward else key_new
        doc_title = titles[0] if forward else titles[1]
        for tk, tc, tkey, least in targets:
            used = _joined(tkey, [p for p in pieces if (p[0], p[1]) not in drop], sections, side, key_of, doc_title, least)
            if not used:
                continue
            drop.add((tk, tc))
            touched.add(tk)
            for k, c_idx in used:
                drop.add((k, c_idx))
                touched.add(k)
                new_side, old_side = (tk, k) if forward else (k, tk)
                moved_in[new_side] = moved_in.get(new_side, 0) + 1
                if k != tk:
                    moved_to.setdefault(old_side, set()).add(new_side)
                    moved_from.setdefault(new_side, set()).add(old_side)
    for k, c_idx, tk, tc in _kept_pairs(sections, deleted, inserted, drop | set(replace_at)):
        change = redline(sections[k].changes[c_idx], sections[tk].changes[tc])
        dropped, shown = ((tk, tc), (k, c_idx)) if _at_departure(sections[k], sections[tk]) else ((k, c_idx), (tk, tc))
        drop.add(dropped)
        replace_at[shown] = change
        moved_to.setdefault(k, set()).add(tk)
        moved_from.setdefault(tk, set()).add(k)
        touched |= {k, tk}
        edited |= {k, tk}
    if not drop:
        return sections
    out: list[SectionDiff] = []
    for k, s in enumerate(sections):
        if k not in touched:
            out.append(s)
            continue
        changes = tuple(
            replace_at.get((k, c_idx), c) for c_idx, c in enumerate(s.changes) if (k, c_idx) not in drop or (k, c_idx) in replace_at
        )
        content = any(not c.variant for c in changes)
        status, merged, split = s.status, False, False
        # merged/split only when the whole text moved unedited: an edited paragraph is a
        # change at its new place, and the section it left stays removed (mirror property)
        # ... or when its title is a bare number (「### 3.3」 turned into the list number 「3.」 of its parent): no name
        # was lost, and its edited text is shown, edit by edit, where it went
        if s.status == "removed" and not content and (k not in edited or _bare_number(s.old)):
            status, merged = "unchanged", True
        elif s.status == "added" and not content and (k not in edited or _bare_number(s.new)):
            status, split = "unchanged", True
        elif s.status == "modified" and not content:
            status = "unchanged"
        topics = s.topics
        if status == "unchanged" and not s.renamed:
            topics = ()
        elif status == "modified":
            topics = tuple(dict.fromkeys(t for c in changes for t in c.topics))
        if s.renamed and s.old and s.new:
            topics = tuple(dict.fromkeys((*topics, *topics_of(s.old.title, s.new.title))))
        out.append(
            s._replace(
                status=status,
                changes=changes,
                topics=topics,
                noise=s.noise + moved_in.get(k, 0),
                merged=merged,
                split=split,
                moved_to=_ids(sections, moved_to.get(k), "new"),
                moved_from=_ids(sections, moved_from.get(k), "old"),
                moved_edited=sum(1 for at, _ in replace_at if at == k),
            )
        )
    return _promoted_titles(out, key_old, key_new)
