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

import re
from collections.abc import Callable

from policylens.diff.keys import compare_key, layout_key, marker_length
from policylens.diff.promoted import title_run
from policylens.diff.redline import sentences
from policylens.diff.rows import same_row
from policylens.diff.tail import EDITED_SIMILARITY, document_tail, tail_shown_at
from policylens.diff.topics import topics_of
from policylens.model import Change, Section, SectionDiff
from policylens.patterns import SENTENCE_MARKS

# A deleted and an inserted paragraph shorter than this (characters of key) are not taken
# for a move: short lines (「無。」, a date, 「請聯絡我們。」) recur in unrelated sections, and
# deleting one here while adding one there is a change in each.
MOVE_MIN_CHARS = 10
# A deleted paragraph and an inserted one in another section at least this similar
# (rapidfuzz ratio of keys) are one paragraph moved and edited: `tail.EDITED_SIMILARITY` (0.8), kept there for the
# document's tail too.
# A deleted paragraph of a removed section and an inserted paragraph of another section (mirrored: an inserted one of
# an added section and a deleted one elsewhere) whose whole sentences in common make at least this share of the shorter
# one are one paragraph moved and edited too, below `EDITED_SIMILARITY`: a section merged into another whose paragraph
# kept its sentences and gained others around them (`_kept_sentences`).  A sentence in common counts from
# `MOVE_MIN_CHARS` characters of key (「如有疑问，请联系我们。」 alone recurs in unrelated sections, and stays short of the share).
KEPT_SENTENCES = 0.5
# Moved-and-edited pairs are looked for only while deleted × inserted paragraphs stay
# below this (each pair costs one ratio); a rewrite of a whole 1 MB policy skips it.
MAX_EDITED_PAIRS = 200_000
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


def _sentence_set(key: str) -> set[str]:
    """The sentences of a comparison key (`redline.sentences`) of at least `MOVE_MIN_CHARS` characters, end marks and
    spaces trimmed."""
    trim = f"{SENTENCE_MARKS}. \t"
    return {t for t in (part.strip(trim) for part in sentences(key)) if len(t) >= MOVE_MIN_CHARS}


def _kept_pairs(
    sections: list[SectionDiff],
    deleted: list[tuple[int, int, str, int]],
    inserted: list[tuple[int, int, str, int]],
    taken: set[tuple[int, int]],
) -> list[tuple[int, int, int, int]]:
    """(section, change) of a deleted and of an inserted paragraph that are one paragraph moved and edited by the
    sentences they keep (`KEPT_SENTENCES`), after every other pairing: in different sections, one of them one-sided
    (a removed section's, or an added one's), both one line, and each the only paragraph left on its side that shares
    a sentence with the other (a paragraph holding the sentences of two is a join with edits, left as it reads)."""
    rest = [d for d in deleted if (d[0], d[1]) not in taken]
    left = [i for i in inserted if (i[0], i[1]) not in taken]
    if not rest or not left or len(rest) * len(left) > MAX_EDITED_PAIRS:
        return []
    holders: dict[str, tuple[set[int], set[int]]] = {}
    for n, d in enumerate(rest):
        for t in _sentence_set(d[2]):
            holders.setdefault(t, (set(), set()))[0].add(n)
    for n, i in enumerate(left):
        for t in _sentence_set(i[2]):
            if t in holders:
                holders[t][1].add(n)
    partners_d: dict[int, set[int]] = {}
    partners_i: dict[int, set[int]] = {}
    for dels, inss in holders.values():
        for a in dels:
            partners_d.setdefault(a, set()).update(inss)
        for b in inss:
            partners_i.setdefault(b, set()).update(dels)
    out: list[tuple[int, int, int, int]] = []
    for a, found in sorted(partners_d.items()):
        if len(found) != 1:
            continue
        (b,) = found
        (k, c_idx, key, _), (tk, tc, tkey, _) = rest[a], left[b]
        if tk == k or partners_i.get(b) != {a}:
            continue
        if sections[k].status != "removed" and sections[tk].status != "added":
            continue
        if _one_line(sections, k, c_idx, tk, tc) and _kept_sentences(key, tkey) >= KEPT_SENTENCES:
            out.append((k, c_idx, tk, tc))
    return out


def _one_line(sections: list[SectionDiff], k: int, c_idx: int, tk: int, tc: int) -> bool:
    """Both paragraphs are one line: a paragraph of several lines (a list flattened into it, sub-sections joined) is
    left to the joins below, which read it piece by piece."""
    return "\n" not in (sections[k].changes[c_idx].old_text or "") + (sections[tk].changes[tc].new_text or "")


def _kept_sentences(a: str, b: str) -> float:
    """The share of the shorter key made of whole sentences the two keys have in common (0 when none)."""
    shorter = min(len(a), len(b))
    if not shorter:
        return 0.0
    common = _sentence_set(a) & _sentence_set(b)
    return min(1.0, sum(len(t) for t in common) / shorter)


def _parent_item(section: Section | None, line: int | None, text: str | None) -> tuple[bool, str | None, int]:
    """(is the paragraph at `line` a sub-item, the text of the list item it sits under, that item's place among the
    section's items at its column): the nearest paragraph before it that starts further left on an earlier line, if that
    one is a list item; (False, None, -1) for a paragraph at the list's left edge, or one not found.  Only an earlier
    line's start says "further left": on one line (a minified page, 「<ul><li>a</li><li>b</li></ul>」) every paragraph
    starts right of the one before it."""
    if section is None or line is None:
        return False, None, -1
    paragraphs = section.paragraphs
    at = next((n for n, p in enumerate(paragraphs) if p.line == line and p.text == text), None)
    if at is None or paragraphs[at].kind != "item":
        return False, None, -1
    column = paragraphs[at].column
    for n in range(at - 1, -1, -1):
        p = paragraphs[n]
        if p.line == paragraphs[at].line:
            return False, None, -1
        if p.column < column:
            if p.kind != "item":
                return False, None, -1
            place = sum(1 for q in paragraphs[: n + 1] if q.kind == "item" and q.column == p.column)
            return True, p.text, place
    return False, None, -1


def _regrouped(s: SectionDiff, gone: Change, came: Change, key_old: Callable[[str], str], key_new: Callable[[str], str]) -> bool:
    """Is a paragraph deleted and inserted again inside one section pair a sub-item put under another list item
    (forty-sixth session, u46d, `eval/pairs46` hutao-spacing: 「- 我们仅使用此域名发送系统邮件」 moved from under
    「- snapgenshin.com」 to under 「- snapgenshin.cn」, which domain sends the system mail)?  Then it is a change, not a
    reordering: the same words say something of another item.  A sub-item kept under the same item (siblings reordered),
    and items at the list's left edge, stay reorderings (noise); so do siblings reordered under an item edited in place
    (u46r: 「- example.com 主站」 → 「- example.com 主站（国际）」, the same item at the same place, whose text is on neither
    side as it was on the other)."""
    nested_old, parent_old, place_old = _parent_item(s.old, gone.old_line, gone.old_text)
    nested_new, parent_new, place_new = _parent_item(s.new, came.new_line, came.new_text)
    if not (nested_old or nested_new):
        return False
    if nested_old != nested_new or parent_old is None or parent_new is None or s.old is None or s.new is None:
        return True
    old_key, new_key = key_old(parent_old), key_new(parent_new)
    if old_key == new_key:
        return False
    edited_in_place = (
        place_old == place_new
        and all(key_new(p.text) != old_key for p in s.new.paragraphs)
        and all(key_old(p.text) != new_key for p in s.old.paragraphs)
    )
    return not edited_in_place


def _edge_lines(
    sections: list[SectionDiff], key_old: Callable[[str], str], key_new: Callable[[str], str]
) -> list[tuple[tuple[int, int, str, int], tuple[int, int, str, int]]]:
    """Short paragraphs (under `MOVE_MIN_CHARS`) that are the last paragraph of both documents (or the first of both),
    deleted in one section and inserted in another with the same key: `(deleted, inserted)` entries for `find_moves`.

    (forty-fifth session, u45d2, `eval/pairs45c` timetrace-rewrite) A page's slogan under its logo, 「记录专注，预见未来」,
    unchanged in both versions, is the last paragraph of the old last section 「联系我们」 and of the new last section
    「如何联系我们」; those two did not pair (the policy was rewritten), so the slogan was deleted with one and inserted with
    the other.  A line the same at the same end of both documents did not change, wherever the sections around it went.
    Elsewhere a short line stays a change in each place (`MOVE_MIN_CHARS`): 「無。」 under another heading says another thing."""
    found = []
    for pick in (max, min):
        ends: list[tuple[int, int, int, str] | None] = []
        for side, keyer, op in (("old", key_old, "delete"), ("new", key_new, "insert")):
            lines = [p.line for s in sections if (sec := getattr(s, side)) is not None for p in sec.paragraphs]
            end = pick(lines, default=None)
            ends.append(None)
            for k, s in enumerate(sections):
                for c_idx, c in enumerate(s.changes):
                    line = c.old_line if op == "delete" else c.new_line
                    if c.op == op and not c.variant and end is not None and line == end:
                        key = keyer((c.old_text if op == "delete" else c.new_text) or "")
                        if 0 < len(key) < MOVE_MIN_CHARS:
                            ends[-1] = (k, c_idx, end, key)
        gone, came = ends
        if not (gone and came) or gone[0] == came[0] or gone[3] != came[3]:
            continue
        edge = ((gone[0], gone[1], gone[3], gone[2]), (came[0], came[1], came[3], came[2]))
        if edge not in found:  # in a one-paragraph document the first paragraph is the last
            found.append(edge)
    return found


def _short_tail(
    sections: list[SectionDiff],
    tail: tuple[set[tuple[int, int]], set[tuple[int, int]]],
    key_old: Callable[[str], str],
    key_new: Callable[[str], str],
) -> list[tuple[tuple[int, int, str, int], tuple[int, int, str, int]]]:
    """The document's tail paragraphs (`tail.document_tail`) under `MOVE_MIN_CHARS` with the same key on both sides, as
    `(deleted, inserted)` entries for `find_moves`, paired in document order.

    (u47h2) `_edge_lines` kept the one last line; a footer of short lines (「首页」「关于」「帮助」「© 2026 小纸条」) under a
    section appended before it was removed from the old last section and added to the new one but its last line, each
    a false change.  Equal keys only: a short line's ratio says little."""

    def short(side: set[tuple[int, int]], old: bool) -> list[tuple[int, int, str, int]]:
        """The short lines of one side's tail, in document order: (section, change, key, line)."""
        out = []
        for k, c_idx in side:
            change = sections[k].changes[c_idx]
            text, line = (change.old_text, change.old_line) if old else (change.new_text, change.new_line)
            key = (key_old if old else key_new)(text or "")
            if 0 < len(key) < MOVE_MIN_CHARS:
                out.append((k, c_idx, key, line or 0))
        return sorted(out, key=lambda entry: entry[3])

    return [(gone, got) for gone, got in zip(short(tail[0], True), short(tail[1], False), strict=False) if gone[2] == got[2]]


def _at_departure(left: SectionDiff, came: SectionDiff) -> bool:
    """Whether a paragraph moved and edited from `left` into `came` is shown where it left rather than where it arrived.

    At its new place, unless only the place it left is a pair (a section on both sides) and the place it came to is an
    added section: then in the pair, as its mirror (from a removed section into a pair) is shown in the pair, so that
    the pair is `modified` whichever side is old and the added section says the same (forty-second session: four of the
    360 pairs of `eval/` counted sections differently in the two directions, blind/pairs20 oshiuta-html-to-md's
    preamble `modified` one way and unchanged the other)."""
    return left.old is not None and left.new is not None and came.old is None


# a heading that is only a number, 「3.3」 「2.」 「(4)」: a place in an outline, no name
_BARE_NUMBER = re.compile(r"[(（]?[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){0,3}[.．、)）]?")


def _bare_number(side: Section | None) -> bool:
    """The section's title is a bare number (twenty-fourth session, `eval/blind/pairs24` xiaoying-md-restructure)."""
    return side is not None and side.title is not None and _BARE_NUMBER.fullmatch(side.title.strip()) is not None


def _promoted_titles(sections: list[SectionDiff], key_old: Callable[[str], str], key_new: Callable[[str], str]) -> list[SectionDiff]:
    """A heading on one side only that is a line of the other side's text at the same place is no split or merge.

    「<p>a）阿里云语音合成<br/>使用目的…<br/>使用方式…</p>」 re-written as 「<p>a）阿里云语音合成</p><p>使用目的…</p>…」: the
    short line becomes a heading of its own on the new page and its lines a section, whose whole text came unedited
    from the section before it (`split`, exit 1), while nothing moved and no word changed (twentieth session, blind
    pairs20).  A `split` section whose text all came from one section, next to it on the new side (or after a run of
    such sections from the same one), whose title is the first line of an old paragraph which, with the paragraphs after
    it, is exactly that title and its paragraphs line after line (`_lines_of`), has its flag and its `moved_from` dropped, as has the giving section its `moved_to` entry; `merged` mirrors it
    (new → old).  Its paragraphs still count as moved noise.  Not touched: headings flattened into one paragraph
    with other sections' text (a Word export re-saved), and a heading that became a list line of its own.
    """
    out = list(sections)
    for forward in (True, False):
        # forward: a split section of the new side; else a merged one of the old side (the mirror)
        def here(s: SectionDiff, forward: bool = forward) -> Section | None:
            return s.new if forward else s.old

        def there(s: SectionDiff, forward: bool = forward) -> Section | None:
            return s.old if forward else s.new

        key_here, key_there = (key_new, key_old) if forward else (key_old, key_new)
        present = [k for k, s in enumerate(sections) if here(s) is not None]
        order = sorted(present, key=lambda k: (here(sections[k]) or _NO_SECTION).line or 0)
        place = {k: n for n, k in enumerate(order)}
        by_id = {side.id: j for j, t in enumerate(sections) if (side := there(t)) is not None}
        for k, s in enumerate(sections):
            head = here(s)
            flagged = s.split if forward else s.merged
            sources = s.moved_from if forward else s.moved_to
            if not flagged or head is None or not head.title or len(sources) != 1 or k not in place:
                continue
            pair = by_id.get(sources[0])
            if pair is None or pair not in place or place[pair] >= place[k]:
                continue
            run = order[place[pair] + 1 : place[k]]
            if any(
                not (sections[b].split if forward else sections[b].merged)
                or (sections[b].moved_from if forward else sections[b].moved_to) != sources
                for b in run
            ):
                continue
            giver = there(sections[pair])
            if giver is None or not head.paragraphs or not _lines_of(giver, head, key_there, key_here):
                continue
            if forward:
                out[k] = out[k]._replace(split=False, moved_from=())
                out[pair] = out[pair]._replace(moved_to=tuple(i for i in out[pair].moved_to if i != head.id))
            else:
                out[k] = out[k]._replace(merged=False, moved_to=())
                out[pair] = out[pair]._replace(moved_from=tuple(i for i in out[pair].moved_from if i != head.id))
    return out


_NO_SECTION = Section("", None, 0, None, None, None, None, ())


def _lines_of(giver: Section, head: Section, key_there: Callable[[str], str], key_here: Callable[[str], str]) -> bool:
    """Does `giver` hold `head`'s title as the first line of a paragraph (not a paragraph of its own), that paragraph
    and the ones after it being exactly the title and `head`'s paragraphs, line after line?"""
    return title_run(giver, head, key_there, key_here, whole=False) is not None


def _grown(sections: list[SectionDiff], key_old: Callable[[str], str], key_new: Callable[[str], str]) -> list[tuple[int, int, bool, str]]:
    """(section index, change index, forward, rest) of the replaces whose one side's key is the other's and then more
    (`rest`, at least `MOVE_MIN_CHARS`): forward when the new side grew, backward when the old side was the longer."""
    out = []
    for k, s in enumerate(sections):
        if s.status != "modified":
            continue
        for c_idx, c in enumerate(s.changes):
            if c.op != "replace" or c.variant or "\n" in (c.old_text or "") or "\n" in (c.new_text or ""):
                continue
            old, new = key_old(c.old_text or "").replace(" ", ""), key_new(c.new_text or "").replace(" ", "")
            if old and len(new) - len(old) >= MOVE_MIN_CHARS and new.startswith(old):
                out.append((k, c_idx, True, new[len(old) :]))
            elif new and len(old) - len(new) >= MOVE_MIN_CHARS and old.startswith(new):
                out.append((k, c_idx, False, old[len(new) :]))
    return out


def _joined(
    target: str,
    pieces: list[tuple[int, int, str, int]],
    sections: list[SectionDiff],
    side: str,
    key: Callable[[str], str],
    doc_title: str | None,
    least: int = 2,
) -> list[tuple[int, int]]:
    """The pieces (section index, change index) whose keys, in document order, make up
    `target` (spaces aside), with nothing else between them but the titles of their
    sections or of the document (headings flattened into the text, as a Word export
    re-saved as one paragraph does); [] unless at least `least` pieces cover it all (one for the rest of a paragraph
    that grew, `_grown`)."""
    flat = target.replace(" ", "")
    cursor, used, gaps, owners = 0, [], [], set()
    for k, c_idx, piece, _ in sorted(pieces, key=lambda p: p[3]):
        piece = piece.replace(" ", "")
        at = flat.find(piece, cursor) if piece else -1
        if at < 0:
            continue
        gap = flat[cursor:at]
        # the piece's own list marker, which its key dropped (「a)」 of 「…2.信息的使用a)在获得…」), stands before it
        change = sections[k].changes[c_idx]
        written = layout_key((change.old_text if side == "old" else change.new_text) or "", strip_marker=False)
        marker = written[: marker_length(written)].replace(" ", "")
        if marker and gap.endswith(marker):
            gap = gap[: -len(marker)]
        gaps.append(gap)
        used.append((k, c_idx))
        owners.add(k)
        cursor = at + len(piece)
    gaps.append(flat[cursor:])
    if len(used) < least:
        return []
    allowed = [key(doc_title).replace(" ", "")] if doc_title else []
    numbers = set()  # the word characters of the owners' section numbers (「3.」: 「3」)
    for k in owners:
        section = sections[k].old if side == "old" else sections[k].new
        if section is not None and section.title:
            allowed.append(key(section.title).replace(" ", ""))
            if section.number:
                numbers.add("".join(_WORD.findall(section.number)))
    allowed = sorted((t for t in allowed if t), key=len, reverse=True)
    for gap in gaps:
        for title in allowed:
            gap = gap.replace(title, "\0")
        # before each title its own number may stand: a key strips 「3.」 from a title's start, not from inside a paragraph
        # (「…服务器。3.信息披露a)本软件…」, a page stripped of its tags; u43d2, eval/pairs43c story-markup)
        parts = gap.split("\0")
        if any(_WORD.search(part) and not (n < len(parts) - 1 and _own_number(part, numbers)) for n, part in enumerate(parts)):
            return []  # text that is in none of the pieces: not a pure move
    return used


_WORD = re.compile(r"[^\W_]")


def _own_number(part: str, numbers: set[str]) -> bool:
    """Is `part` (what stands before a title in a joined paragraph) only one of the owners' section numbers?"""
    return _TITLE_NUMBER.fullmatch(part) is not None and "".join(_WORD.findall(part)) in numbers


# A section number as it stands before its title's key inside a joined paragraph (after the piece's own end mark):
# 「3.」, 「2.1」, 「三、」, 「第三条」, 「(3)」
_TITLE_NUMBER = re.compile(
    r"[^\w]{0,3}(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)、]?|[一二三四五六七八九十百]{1,4}[、.]|第[一二三四五六七八九十百零〇\d]{1,6}[条條章节節]|[(（][\d一二三四五六七八九十]{1,4}[)）])"
)


def _ids(sections: list[SectionDiff], found: set[int] | None, side: str) -> tuple[str, ...]:
    if not found:
        return ()
    out = []
    for k in sorted(found):
        section = sections[k].new if side == "new" else sections[k].old
        if section is not None:
            out.append(section.id)
    return tuple(dict.fromkeys(out))


def keyer(script: str | None, cross_script: bool) -> Callable[[str], str]:
    """The paragraph key `find_moves` compares on one side."""
    return lambda text: compare_key(text, script=script, cross_script=cross_script, strict=False)
