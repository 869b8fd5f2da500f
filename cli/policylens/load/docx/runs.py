"""The runs of a DOCX paragraph in reading order, and which of them Word does not show.

A ruby's base before its annotation, one branch of each `mc:AlternateContent` (Word writes a text box twice: the
paragraphs of the other branch are not read), no run of a tracked deletion; a run's bold and whether it is hidden text.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree as ET

from policylens.load.docx.numbering import W
from policylens.load.docx.tags import _ALTERNATE, _BRANCHES, _MC, _P, _REMOVED, _RUBY, _RUBY_BASE, _RUNS, _on


def _runs(element: ET.Element, texted: set[int]) -> Iterator[ET.Element]:
    """The runs of a paragraph in reading order, without those of paragraphs nested in it (text boxes).

    Document order, but for a ruby (`w:ruby`): Word writes its annotation (`w:rt`, 「ㄧㄣˇ」) before its base text
    (`w:rubyBase`, 「隱」); the base is read first (「隱ㄧㄣˇ私」, it was 「ㄧㄣˇ隱私」), as the HTML reader reads a <ruby>.

    Iterative (an explicit stack of child iterators): recursion hit Python's limit on a
    paragraph nested 5,000 elements deep.
    """
    stack = [iter(element)]
    while stack:
        for child in stack[-1]:
            if child.tag in _RUNS:
                yield child
                stack.append(iter(child))  # runs nested in a run (invalid, but their text is kept)
                break
            if child.tag == _RUBY:  # the base text first, then its annotation (`w:rt`, written first), as HTML reads <ruby>
                stack.append(iter(sorted(child, key=lambda part: part.tag != _RUBY_BASE)))
                break
            if child.tag == _ALTERNATE:  # one branch, as `_unread_alternatives` chooses for paragraphs
                stack.append(iter(_read_branch(child, texted)))
                break
            if child.tag != _P and child.tag not in _REMOVED:
                stack.append(iter(child))
                break
        else:
            stack.pop()


def _unread_alternatives(body: ET.Element, texted: set[int]) -> set[int]:
    """Paragraphs of the `mc:AlternateContent` branches not read: Word writes each text box twice.

    The first `mc:Choice` that holds text is read; `mc:Fallback` only when no Choice has any.  One walk, iterative:
    a walk of each branch was quadratic in alternatives nested in one another (20,000: 15 s; thirtieth round).
    """
    unread: set[int] = set()
    if next(body.iter(_ALTERNATE), None) is None:
        return unread
    stack: list[tuple[Iterator[ET.Element], list[ET.Element] | None, bool]] = [(iter(body), None, False)]
    while stack:
        children, read, skipped = stack[-1]
        for child in children:
            if child.tag == _P and skipped:
                unread.add(id(child))
            chosen = _read_branch(child, texted) if child.tag == _ALTERNATE else None
            stack.append((iter(child), chosen, skipped or (read is not None and child not in read)))
            break
        else:
            stack.pop()
    return unread


def _read_branch(alternate: ET.Element, texted: set[int]) -> list[ET.Element]:
    """The one branch of an `mc:AlternateContent` that is read: the first `mc:Choice` with text (`texted`, from
    `_places`), else `mc:Fallback`.

    Runs written in both branches of one paragraph (Word 2010's symbols and checkboxes, a text box's
    run) were read twice: 「MARKAMARKA」."""
    branches = [b for b in alternate if b.tag in _BRANCHES]
    read = next((b for b in branches if id(b) in texted), None)
    if read is None:
        read = next((b for b in branches if b.tag == f"{_MC}Fallback"), None)
    return [read] if read is not None else []


def _run_bold(run: ET.Element, default: bool) -> bool:
    return _on(run.find(f"{W}rPr/{W}b"), default)


def _run_hidden(run: ET.Element, hidden_styles: frozenset[str], default: bool) -> bool:
    """Whether a run is hidden text (`w:vanish`, its own or its character style's; else the paragraph style's)."""
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return default
    vanish = rpr.find(f"{W}vanish")
    if vanish is not None:
        return _on(vanish, default)
    style = rpr.find(f"{W}rStyle")
    return default or (style is not None and (style.get(f"{W}val") or "") in hidden_styles)
