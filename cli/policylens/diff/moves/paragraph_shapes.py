"""The shapes of moved text that `find_moves` reads: items regrouped under another parent, a paragraph's first or last
lines moved, a short tail, text moved at its departure, a bare number, titles promoted into text, a paragraph grown,
paragraphs joined into one (or one cut into several) with only their titles between, and the ids of a change.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.diff.keys import compare_key, layout_key, marker_length
from policylens.diff.moves.sentence_pairs import MOVE_MIN_CHARS
from policylens.diff.promoted import title_run
from policylens.model import Change, Section, SectionDiff


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
