"""The HTML block builder's <pre> and <textarea>: `_RawText`, one layer of `_Extractor`.

The text inside a <pre> or <textarea> is kept line by line with its places and, when the element ends, grouped into
blocks like a plain-text file (`load.lines.group_lines`); a heading inside a <pre> interrupts it and the <pre> reads
on after the heading.  Not here: deciding that a tag opens such an element (`extractor.handle_starttag`), ordinary
text runs (`text_runs`).
"""

from __future__ import annotations

from policylens.load.html.chrome_lines import _CHROME_TEXT_MAX
from policylens.load.html.decode import _raw_runs, _split_pieces
from policylens.load.html.tags import _HEADINGS, _PRE_PARENTS
from policylens.load.html.text_runs import _TextRuns
from policylens.load.lines import group_lines


class _RawText(_TextRuns):
    """<pre> and <textarea>: their text read as plain text, grouped into blocks when they end."""

    # -- <pre> and <textarea> ---------------------------------------------------
    def _raw_tag(self, tag: str) -> None:
        """A start tag inside a <textarea>/<pre>: a line break, or markup whose text stays on its lines."""
        assert self._raw is not None
        if tag == "br":
            line, col = self.getpos()
            self._raw[2].append((line, col + 1, "\n"))
        elif tag == self._raw[0]:
            self._raw[1][0] += 1
        elif tag in _PRE_PARENTS:
            self._raw_inner[tag] = self._raw_inner.get(tag, 0) + 1

    def _end_raw(self) -> None:
        """The text of a <textarea>/<pre> read as a plain-text file reads its lines (with their own line numbers).

        Each line keeps where its runs come from: a tag inside a <pre> leaves a gap, and a
        character reference (`&lt;`, decoded here for a <textarea>, whose text comes raw)
        is narrower than its source, so the blocks' pieces are split at those runs and
        columns after them stay right (review, seventh session).
        """
        assert self._raw is not None
        tag, _, parts, field = self._raw
        self._raw = None
        self._raw_inner = {}
        lines: list[tuple[int, int, str]] = []
        runs: dict[int, list[tuple[int, int, int, int | None]]] = {}  # line → (offset in its text, column, length, width)
        current: list[str] = []
        at: tuple[int, int] | None = None
        size = 0  # length of the current line's text so far
        for part in parts:
            line, col, data = part[0], part[1], part[2]
            width = part[3] if len(part) == 4 else None
            pieces = _raw_runs(data) if tag == "textarea" and width is None else [(data, None)]
            for text, ref in pieces:
                for k, chunk in enumerate(text.split("\n")):
                    if k:
                        if at is not None:
                            lines.append((at[0], at[1], "".join(current)))
                        current, at, size = [], None, 0
                        line, col = line + 1, 1
                    if chunk:
                        if at is None:
                            at = (line, col)
                        step = ref if ref is not None else width if width is not None else len(chunk)
                        runs.setdefault(line, []).append((size, col, len(chunk), ref if ref is not None else width))
                        current.append(chunk)
                        size += len(chunk)
                        col += step
        if at is not None:
            lines.append((at[0], at[1], "".join(current)))
        blocks = [_split_pieces(b, runs, {n: c for n, c, _ in lines}) for b in group_lines(lines, split_titles=True)]
        if field and sum(len(b.text) for b in blocks) <= _CHROME_TEXT_MAX:
            # a form's text box with a default value (「请输入留言」): the field's chrome, no text of the policy
            self.blocks.extend(b._replace(kind="item") for b in blocks)
        elif blocks:
            self.raw_ranges.append((len(self.blocks), len(self.blocks) + len(blocks)))
            self.blocks.extend(blocks)
            self._raw_blocks += len(blocks)

    def _pre_heading(self, tag: str) -> bool:
        """A heading start tag inside a <pre> is a heading (HTML5 opens it as an element there; a browser shows it as one).

        The <pre>'s lines so far are read, the heading as markup, and its lines after the heading's end (`_pre_resume`).
        A <pre> closed by a `</p>` typed for `</pre>` runs to the end of its parent, in a browser as here: the headings
        after it were read as lines of text (optionlog-html, twenty-seventh session).
        """
        assert self._raw is not None
        if tag not in _HEADINGS or self._raw[0] != "pre" or self._raw[1][0] != 1 or self._stack[-1:] != ["pre"]:
            return False
        self._end_raw()
        self._pre_after = len(self._stack) - 1
        return True

    def _pre_resume(self) -> None:
        """After the heading `_pre_heading` read: the rest of the <pre> still open is read as lines again."""
        depth = self._pre_after
        if depth is None or self._headings or self._raw is not None:
            return
        self._pre_after = None
        if len(self._stack) == depth + 1 and self._stack[depth] == "pre":
            self._flush()
            self._raw = ("pre", [1], [], False)
