"""What a diff of two documents sets aside around the aligned sections: a page's chrome lines (menus, badges,
copyright lines) and a policy line inserted or deleted next to them, the page's frame titles, each side's script,
headings run into the text, and changes a re-translation only re-worded or a move also edited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from policylens.diff.align.scoring import _TITLE_END, in_place
from policylens.diff.keys import layout_key
from policylens.diff.redline import changed_with_context, word_spans
from policylens.diff.topics import change_topics, topics_of
from policylens.model import Change, Document, Section, SectionDiff


def _only_noise(
    section: Section, paragraph_keys: Sequence[str], chrome: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset()
) -> bool:
    """A preamble on one side only whose every paragraph compares as nothing: a language switcher
    (「English | 简体中文 | 繁體中文」) or a rule above the first heading.  Adding or removing it is
    noise, as it is inside a preamble that both sides have (`--strict` shows it).

    So is a section whose heading is itself an HTML page-chrome line and whose lines are all chrome: a group of a
    site's sidebar (「AI」 over its links, a VitePress build, twenty-second session, `eval/dev22d` goravel-rebuild)."""
    if section.title is not None and (section.line, section.column) not in chrome:
        return False
    return (bool(paragraph_keys) or section.title is not None) and not any(paragraph_keys)


def _drop_chrome(paragraph_keys: list[list[str]], doc: Document) -> dict[tuple[int, int], str]:
    """Blank the keys of an HTML page's chrome lines (`Document.chrome`: a menu, a badge, a copyright line in the
    page's header or footer), so that they compare as nothing, as a language switcher does (`--strict` shows them).
    Returns the blanked keys by (section, paragraph) index."""
    blanked: dict[tuple[int, int], str] = {}
    if not doc.chrome:
        return blanked
    for s, (section, keys) in enumerate(zip(doc.sections, paragraph_keys, strict=True)):
        for k, p in enumerate(section.paragraphs):
            if (p.line, p.column) in doc.chrome and keys[k]:
                blanked[(s, k)] = keys[k]
                keys[k] = ""
    return blanked


def _chrome_of(section: Section, s: int, blanked: dict[tuple[int, int], str]) -> list[int]:
    """Indexes of the chrome paragraphs of section `s`."""
    return [k for k in range(len(section.paragraphs)) if (s, k) in blanked]


def _chrome_count(old: Section, new: Section, chrome: tuple[list[int], list[int]]) -> int:
    """How many chrome lines differ between a section pair (0 when both sides hold the same ones)."""
    a = sorted(old.paragraphs[k].text for k in chrome[0])
    b = sorted(new.paragraphs[k].text for k in chrome[1])
    return max(len(a), len(b)) if a != b else 0


def _sizes(paragraph_keys: list[list[str]]) -> list[int]:
    """Each section's body size as `in_place` weighs it (its keys joined by newlines, without joining them)."""
    return [sum(map(len, keys)) + max(0, len(keys) - 1) for keys in paragraph_keys]


def _one_sided_next_to_chrome(changes: Sequence[Change], old: Section, new: Section, places: tuple[list[int], list[int]]) -> bool:
    """A line deleted (inserted) while the other side has chrome lines the first side lacks: an edit into or out of chrome."""
    texts = ({old.paragraphs[k].text for k in places[0]}, {new.paragraphs[k].text for k in places[1]})
    lone_old = any(new.paragraphs[k].text not in texts[0] for k in places[1])
    lone_new = any(old.paragraphs[k].text not in texts[1] for k in places[0])
    return any((c.op == "delete" and lone_old) or (c.op == "insert" and lone_new) for c in changes)


def _one_sided_count(changes: Sequence[Change], frame_lines: tuple[set[int | None], set[int | None]]) -> int:
    """How many of `changes` are a line of the policy deleted or inserted alone (not a line of the page's frame,
    `frame_lines`).  Comparing a section again with its frame lines back is kept only when it lowers this count: when
    it paired a kept line with a line of the footer (「Contact our DPO at …」 → a short footer line).  Otherwise the frame's
    own edits would show as changes beside a deletion they do not explain (u45d: `eval/pairs44` tb-script's contact
    section, its footer's © line and menu shown once the section was paired)."""
    return sum(
        1
        for c in changes
        if (c.op == "delete" and c.old_line not in frame_lines[0]) or (c.op == "insert" and c.new_line not in frame_lines[1])
    )


def _restored(paragraph_keys: list[str], s: int, blanked: dict[tuple[int, int], str], only: Sequence[int]) -> list[str]:
    """A copy of a section's paragraph keys with the keys of its chrome lines `only` back."""
    back = set(only)
    return [blanked.get((s, k), key) if k in back else key for k, key in enumerate(paragraph_keys)]


def _off_menu(places: list[int], section: Section, menus: frozenset[tuple[int, int]]) -> list[int]:
    """The chrome paragraphs among `places` that are in no menu of the site (`Document.menus`)."""
    return [k for k in places if (section.paragraphs[k].line, section.paragraphs[k].column) not in menus]


def _stable(pairs: dict[int, int], sizes: tuple[Sequence[int], Sequence[int]], texts: tuple[Sequence[str], Sequence[str]]) -> set[int]:
    """New indexes of the pairs in place (`in_place`); the rest moved."""
    return {j for _, j in in_place(pairs, sizes, texts)}


def _texts(sections: Sequence[Section], paragraph_keys: list[list[str]]) -> list[str]:
    """Each section's title and paragraph keys, one text (`in_place`'s last tie-break)."""
    return ["\n".join([section.title or "", *keys]) for section, keys in zip(sections, paragraph_keys, strict=True)]


def _title_line_shifted(before: Section, after: Section, old_title: str | None, new_title: str | None) -> bool:
    """The untitled opening of one side paired with a section headed by that side's own document title.

    A second title line added above a document's title (「# 隐私政策 (中文)」 over 「# 隐私政策」, pairs26) makes the old
    title the heading of the opening text; removing it turns that heading back into the title.  The text under it
    is the same opening, not a renamed section: the title change is the document's (`title_change`), not a rename."""
    if (before.title is None) == (after.title is None):
        return False
    heading, title = (after.title, old_title) if before.title is None else (before.title, new_title)
    return bool(title) and layout_key(heading or "").rstrip(_TITLE_END) == layout_key(title or "").rstrip(_TITLE_END)


def _frame_titles(before: Section, after: Section, old: Document, new: Document) -> bool:
    """Both sections' headings are the page's frame: each is an HTML page-chrome line (`Document.chrome`) or none.

    A built blog page's sidebar group title 「网页」 read as a heading on one deploy and as a line of the opening on the
    next (thirty-ninth session, `eval/pairs39` ed-sidebar): the site's menu changed its look, the policy no section's
    name.  A heading of the policy's own text is never chrome, so a real rename is still one."""
    if before.title is None and after.title is None:
        return False
    return all(s.title is None or (s.line, s.column) in doc.chrome for s, doc in ((before, old), (after, new)))


def _side_script(doc: Document) -> str | None:
    """hant/hans for one side; a mixed document counts as its majority script."""
    if doc.metadata.script != "mixed":
        return doc.metadata.script
    from policylens.script import count_script

    t, s = count_script("\n".join(p.text for p in doc.paragraphs()))
    return "hant" if t >= s else "hans"


def _headings_in_text(
    entries: list[tuple[tuple[float, float], SectionDiff]], key_old: Callable[[str], str], key_new: Callable[[str], str]
) -> list[tuple[tuple[float, float], SectionDiff]]:
    """A heading that became a paragraph (or a paragraph that became a heading) is not a change.

    The same line is a heading on one side and a list line on the other (「1. 提供服务」 →
    「1. 提供服务。」: heading detection decides, not the author).  `find_moves` makes the
    section `merged` (its text moved into the parent), but the line itself reads as an
    inserted paragraph.  Here such an insertion whose key is the merged section's title
    (end punctuation aside) is dropped and counted as noise; likewise a deleted paragraph
    that is the title of a `split` section.

    Each title stands for one line.  When more lines than titles qualify, the lines dropped are chosen the same
    way whichever side is old (forty-ninth session, u49d2: three 「關於我們」 headings against two such paragraphs
    dropped the first entry's line, and the entries run in the *new* side's order, so diff(a, b) kept one line and
    diff(b, a) the other): first a line of a section that took the merged section's text (its `moved_from`; the
    mirror: a line of a section the split section's text came from), then by the line's place in its document."""
    sections = [s for _, s in entries]
    titles_old: dict[str, int] = {}
    titles_new: dict[str, int] = {}
    # title key -> old-side ids: of the merged sections with that title (an insertion is near in a section their text
    # went into), of the sections the split sections' text came from (a deletion is near in one of them)
    near_old: dict[str, set[str]] = {}
    near_new: dict[str, set[str]] = {}
    for s in sections:
        if s.merged and s.old and s.old.title:
            key = key_old(s.old.title).rstrip(_TITLE_END)
            titles_old[key] = titles_old.get(key, 0) + 1
            near_old.setdefault(key, set()).add(s.old.id)
        if s.split and s.new and s.new.title:
            key = key_new(s.new.title).rstrip(_TITLE_END)
            titles_new[key] = titles_new.get(key, 0) + 1
            near_new.setdefault(key, set()).update(s.moved_from)
    if not titles_old and not titles_new:
        return entries
    candidates: list[tuple[bool, int, int, int]] = []  # (not near, line, entry, change)
    keys_of: dict[tuple[int, int], str] = {}
    for e, (_, s) in enumerate(entries):
        for n, c in enumerate(s.changes):
            if c.variant:
                continue
            if c.op == "insert" and (key := key_new(c.new_text or "").rstrip(_TITLE_END)) and titles_old.get(key):
                near = not near_old.get(key, set()).isdisjoint(s.moved_from)
                candidates.append((not near, c.new_line or 0, e, n))
                keys_of[(e, n)] = "new:" + key
            elif c.op == "delete" and (key := key_old(c.old_text or "").rstrip(_TITLE_END)) and titles_new.get(key):
                near = s.old is not None and s.old.id in near_new.get(key, set())
                candidates.append((not near, c.old_line or 0, e, n))
                keys_of[(e, n)] = "old:" + key
    left = {"new:" + k: v for k, v in titles_old.items()} | {"old:" + k: v for k, v in titles_new.items()}
    drop: set[tuple[int, int]] = set()
    for _, _, e, n in sorted(candidates):
        if left[keys_of[(e, n)]] > 0:
            left[keys_of[(e, n)]] -= 1  # each title stands for one line
            drop.add((e, n))
    out = []
    for e, (place, s) in enumerate(entries):
        kept = [c for n, c in enumerate(s.changes) if (e, n) not in drop]
        dropped = len(s.changes) - len(kept)
        if dropped:
            status = s.status
            if status == "modified" and not any(not c.variant for c in kept):
                status = "unchanged"
            topics = () if status == "unchanged" and not s.renamed else s.topics
            s = s._replace(status=status, changes=tuple(kept), noise=s.noise + dropped, topics=topics)
        out.append((place, s))
    return out


def _reworded(s: SectionDiff) -> SectionDiff:
    """Across scripts, mark what a re-translation only re-worded (`diff.content`).

    A replaced paragraph whose content (numbers, e-mails, URLs, Latin names, negations,
    restrictions, parties, places, list items) is the same on both sides, in comparable
    length, is `reworded`: kept in the changes, counted apart, and no longer what makes the
    section `modified`.  A heading pair that differs in words only (隐私概要 / 隱私權概要 after
    the folds, 访问的数据 / 應用程式存取的數據) and stays in place (not `moved`) is no rename:
    `title_reworded`.  Insertions, deletions and any difference of content stay changes."""
    from policylens.diff.content import reworded, same_title

    if s.old is None or s.new is None:
        return s
    changes = tuple(
        c._replace(reworded=True)
        if c.op == "replace" and not c.variant and not c.reworded and reworded(c.old_text or "", c.new_text or "")
        else c
        for c in s.changes
    )
    title_reworded = s.renamed and not s.moved and same_title(s.old.title or "", s.new.title or "")
    if changes == s.changes and not title_reworded:
        return s
    renamed = s.renamed and not title_reworded
    real = [c for c in changes if not c.variant and not c.reworded]
    status = "unchanged" if s.status == "modified" and not real else s.status
    topics = tuple(dict.fromkeys(t for c in real for t in c.topics))
    if renamed:
        topics = tuple(dict.fromkeys((*topics, *topics_of(s.old.title, s.new.title))))
    return s._replace(status=status, renamed=renamed, changes=changes, topics=topics, title_reworded=title_reworded)


def _moved_and_edited(
    gone: Change, came: Change, granularity: str, cross_script: bool, sides: tuple[str | None, str | None], notes: set[str]
) -> Change:
    """One replace change for a paragraph deleted in one section and inserted, edited, in another."""
    old_text, new_text = gone.old_text or "", came.new_text or ""
    spans, _ = word_spans(old_text, new_text, granularity=granularity, cross_script=cross_script, strict=False, scripts=sides, notes=notes)
    return Change(
        "replace", gone.old_line, came.new_line, old_text, new_text, spans, change_topics(changed_with_context(spans), old_text, new_text)
    )
