"""Headings made of the text at their place: no section added, split, removed or merged.

A page re-saved with its labels promoted to headings (「<p>介绍：</p>」 → 「<h2>介绍：</h2>」, seven at once), or a
run-in label split off its paragraph (「应用程序隐私协议个人信息本应用不会收集…」 → a heading 「应用程序隐私协议」 over
「个人信息本应用不会收集…」), gives the new side sections the old side did not have, while no word changed and nothing
moved (twenty-second session, `eval/dev22d`: erovia-headings, shuju-br-reflow).  `moves._promoted_titles` already
takes the flag off a `split` section whose title was the first *line* of an old paragraph; this module covers the rest
of the class:

- the title is a whole old paragraph, equal to it character for character (white space aside): a label promoted to a
  heading.  Not a title that differs by end punctuation (「1. 提供服务」 / 「1. 提供服务。」: heading detection read a list
  line, `align._headings_in_text` keeps that a merge);
- the section is `added` rather than `split`: its lines are too short to count as moved (「提供和维护网站。」,
  `moves.MOVE_MIN_CHARS`), or its first paragraph was paired, edited, with the old paragraph its title was cut from.

A one-sided section (new side: added or split; old side: removed or merged, the mirror) qualifies when its title and
its paragraphs are, line after line, a run of paragraphs of the section paired just before it on its side (or of the
one before a run of such sections), every paragraph of that run is deleted there or went into this section, and the
section has no change but its own lines.  Then the section is `unchanged` with no flag, and the deletions and
insertions of those lines are counted as noise.  Precision first: the text must be the same paragraph for paragraph
(comparison keys, so markup and spacing aside), at the same place; a section that also holds a new line, or whose run
is still in the paired section, stays as it was.

`renamed_title_paragraph` covers the neighbour of this class: a heading removed so that the first paragraph under it
became the heading (「28.可分割性条款：」 over 「安全：」 → 「安全：」): the pair is `renamed`, and the paragraph that is now
its title is no deletion.
"""

from __future__ import annotations

from collections.abc import Callable

from policylens.diff.topics import topics_of
from policylens.model import Change, Section, SectionDiff


def promoted_sections(sections: list[SectionDiff], key_old: Callable[[str], str], key_new: Callable[[str], str]) -> list[SectionDiff]:
    """`sections` with one-sided sections made of the text at their place turned `unchanged` (see module doc)."""
    out = list(sections)
    for forward in (True, False):
        out = _one_direction(out, forward, key_old, key_new)
    return [renamed_title_paragraph(s) for s in out]


def _one_direction(
    sections: list[SectionDiff], forward: bool, key_old: Callable[[str], str], key_new: Callable[[str], str]
) -> list[SectionDiff]:
    """Forward: new-side sections (added, split) taken from the old side; else the mirror (removed, merged)."""
    out = list(sections)
    here_of: Callable[[SectionDiff], Section | None] = (lambda s: s.new) if forward else (lambda s: s.old)
    there_of: Callable[[SectionDiff], Section | None] = (lambda s: s.old) if forward else (lambda s: s.new)
    key_here, key_there = (key_new, key_old) if forward else (key_old, key_new)
    one_sided = "added" if forward else "removed"
    gone, came = ("delete", "insert") if forward else ("insert", "delete")
    order = sorted((k for k, s in enumerate(out) if here_of(s) is not None), key=lambda k: (here_of(out[k]) or _EMPTY).line or 0)
    accepted: set[int] = set()
    for pos, k in enumerate(order):
        s = out[k]
        head = here_of(s)
        flagged = s.split if forward else s.merged
        if head is None or there_of(s) is not None or not head.title or s.moved:
            continue
        if not (s.status == one_sided or (s.status == "unchanged" and flagged)):
            continue
        q = pos - 1
        while q >= 0 and there_of(out[order[q]]) is None and order[q] in accepted:
            q -= 1
        if q < 0 or there_of(out[order[q]]) is None:
            continue
        p = order[q]
        giver = there_of(out[p])
        assert giver is not None
        run = title_run(giver, head, key_there, key_here)
        if run is None:
            continue
        lines = [giver.paragraphs[i].line for i in run]
        gone_in_pair = _covering(out[p].changes, giver, gone, forward)
        # the run's lines shown as one moved-and-edited `replace` in the pair, its other side this section's own lines:
        # the title split off (or run into) the text, which `moves` shows in the pair both ways (`moves._at_departure`;
        # forty-second session, dev22d shuju-br-reflow was unchanged one way and a removed section plus a modified one
        # the other)
        head_lines = {para.line for para in head.paragraphs}
        moved_in = {
            n
            for n, c in enumerate(out[p].changes)
            if c.op == "replace"
            and not c.variant
            and (c.new_line if forward else c.old_line) in head_lines
            and gone_in_pair.get(n, ("", []))[1]
            and set(gone_in_pair[n][1]) <= set(lines)
        }
        if any(op == "replace" and set(covered) & set(lines) for n, (op, covered) in gone_in_pair.items() if n not in moved_in):
            continue  # the pair replaced a line of the run with other text: a real edit there
        dropped_pair = {c for c, (op, covered) in gone_in_pair.items() if op == gone and covered and set(covered) <= set(lines)}
        dropped_pair |= moved_in
        covered_lines = {ln for c in dropped_pair for ln in gone_in_pair[c][1]}
        own = _covering(s.changes, giver, "replace", forward)
        own_lines = {ln for op, covered in own.values() if op == "replace" for ln in covered}
        linked = (head.id in out[p].moved_to) if forward else (head.id in out[p].moved_from)
        if not all(ln in covered_lines or ln in own_lines or linked for ln in lines):
            continue  # a line of the run is still in the paired section: this section is new text
        if any(c.op not in (came, "replace") for c in s.changes):
            continue
        if any(c.op == "replace" and (not own[i][1] or not set(own[i][1]) <= set(lines)) for i, c in enumerate(s.changes)):
            continue
        kept = tuple(c for i, c in enumerate(out[p].changes) if i not in dropped_pair)
        status = out[p].status
        if status == "modified" and not any(not c.variant for c in kept):
            status = "unchanged"
        pair = out[p]
        topics = () if status == "unchanged" and not pair.renamed else pair.topics
        if pair.renamed and pair.old and pair.new:
            topics = tuple(dict.fromkeys((*topics, *topics_of(pair.old.title, pair.new.title))))
        out[p] = pair._replace(
            status=status,
            changes=kept,
            topics=topics,
            noise=pair.noise + len(dropped_pair),
            moved_to=tuple(i for i in pair.moved_to if i != head.id) if forward else pair.moved_to,
            moved_from=pair.moved_from if forward else tuple(i for i in pair.moved_from if i != head.id),
        )
        out[k] = s._replace(
            status="unchanged",
            changes=(),
            topics=(),
            noise=s.noise + len(s.changes),
            split=False,
            merged=False,
            moved_to=(),
            moved_from=(),
        )
        accepted.add(k)
    return out


_EMPTY = Section("", None, 0, None, None, None, None, ())


def title_run(
    giver: Section, head: Section, key_there: Callable[[str], str], key_here: Callable[[str], str], *, whole: bool = True
) -> list[int] | None:
    """Indexes of the paragraphs of `giver` that are, line after line, `head`'s title and paragraphs; else None.

    The title is the first line of a paragraph (the rest of which begins `head`'s text), or, with `whole`, a whole
    paragraph equal to it character for character, white space aside (`moves._promoted_titles` asks for lines only)."""
    title = _bare(key_here(head.title or ""))
    content = title + "".join(_bare(key_here(p.text)) for p in head.paragraphs)
    if not title:
        return None
    keys = [_bare(key_there(p.text)) for p in giver.paragraphs]
    for i, first in enumerate(keys):
        if first == title:
            if not whole or _bare(giver.paragraphs[i].text) != _bare(head.title or ""):
                continue  # (「1. 提供服务」 / 「1. 提供服务。」 is a list line read as a heading: a merge, elsewhere)
        elif not first.startswith(title):
            continue
        joined, j = first, i
        while len(joined) < len(content) and j + 1 < len(keys):
            j += 1
            joined += keys[j]
        if joined == content:
            return list(range(i, j + 1))
    return None


def _covering(changes: tuple[Change, ...], giver: Section, wanted: str, forward: bool) -> dict[int, tuple[str, list[int]]]:
    """For each change of `changes` with the op `wanted` or `replace`: its op and the lines of `giver`'s paragraphs its
    giver side covers (a change may span several paragraphs, joined by newlines)."""
    index = {p.line: i for i, p in enumerate(giver.paragraphs)}
    out: dict[int, tuple[str, list[int]]] = {}
    for n, c in enumerate(changes):
        if c.op not in (wanted, "replace") or c.variant:
            continue
        line, text = (c.old_line, c.old_text) if forward else (c.new_line, c.new_text)
        start = index.get(line or -1)
        if start is None:
            out[n] = (c.op, [])
            continue
        count = (text or "").count("\n") + 1
        out[n] = (c.op, [p.line for p in giver.paragraphs[start : start + count]])
    return out


def renamed_title_paragraph(s: SectionDiff) -> SectionDiff:
    """A renamed pair whose new title is its old first paragraph (or the mirror): that paragraph's deletion is noise.

    「28.可分割性条款：」 with 「安全：」 as its first line → 「安全：」 as the heading: the rename shows the removed heading;
    the line 「安全：」 did not go.  Character for character, white space aside; the first paragraph only."""
    if not s.renamed or s.moved or s.old is None or s.new is None:
        return s
    first_old = s.old.paragraphs[0] if s.old.paragraphs else None
    first_new = s.new.paragraphs[0] if s.new.paragraphs else None
    kept: list[Change] = []
    dropped = 0
    for c in s.changes:
        if (
            not dropped
            and not c.variant
            and (
                (
                    c.op == "delete"
                    and first_old
                    and c.old_line == first_old.line
                    and _bare(c.old_text or "") == _bare(s.new.title or "") != ""
                )
                or (
                    c.op == "insert"
                    and first_new
                    and c.new_line == first_new.line
                    and _bare(c.new_text or "") == _bare(s.old.title or "") != ""
                )
            )
        ):
            dropped += 1
            continue
        kept.append(c)
    if not dropped:
        return s
    status = "unchanged" if s.status == "modified" and not any(not c.variant for c in kept) else s.status
    return s._replace(status=status, changes=tuple(kept), noise=s.noise + dropped)


def _bare(text: str) -> str:
    """Text without its white space."""
    return "".join(text.split())
