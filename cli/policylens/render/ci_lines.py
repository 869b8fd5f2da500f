"""No line of a report reads as a CI workflow command: one guard on the stream every human-readable report is written to.

A GitHub Actions runner reads each line of a step's log that starts with `::` (after any white space, U+3000 too) as a workflow command
(`::error::`, `::add-mask::`, `::stop-commands::`), and with `##[` as its older form (`##[error]`, `##[group]`); Azure
Pipelines reads `##vso[` (`##vso[task.setvariable …]`).  Policies and their file names come from people nobody vetted,
and a policy's line can start a line of any report: `render.safe.no_command` escaped `::` in the renderers that were
known to start a line with a paragraph, but a `##[error]…` paragraph passed `parse -f markdown`, a heading
`## ::set-output …` started the rule line of `diff -f rich`, and a code line `##[group]x` a line of `diff -f html`
(session 36, u36h).  `CommandGuard` sees every line, whoever wrote it, in whatever pieces:

- text, Markdown and rich reports get a backslash before such a line, as `no_command` writes it (Markdown shows `\\:`
  and `\\#` as `:` and `#`);
- HTML and XML (JUnit) reports write the marker's first character as a character reference (`&#58;`, `&#35;`): the page
  and the XML value read the same.

Not for `check -f github` (its lines are workflow commands on purpose; it escapes what it puts in them), JSON and SARIF
(a JSON string holds no raw newline) nor CSV (a cell's value is data: an escape would change it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, TextIO

MARKERS = ("::", "##[", "##vso[")
_LONGEST = max(map(len, MARKERS))
_HOLD_MAX = 4096  # a line start held while it is only white space or part of a marker (then written as it is)


def starts_command(line: str) -> bool:
    """Whether a CI runner reads `line` as a workflow command (its white space trimmed first)."""
    return line.lstrip().startswith(MARKERS)


def _undecided(head: str) -> bool:
    """A line start that more text could still turn into a command: white space, then part of a marker."""
    rest = head.lstrip()
    return len(head) < _HOLD_MAX and len(rest) < _LONGEST and any(m.startswith(rest) for m in MARKERS)


class CommandGuard:
    """A text stream that escapes each line a CI runner would read as a command; `finish()` writes what it still holds.

    A line's start is held back while it is undecided (white space, `:`, `##`…), so a marker split over two writes
    (rich writes a line's indent, then its text) is still seen.  `markup`: write the marker's first character as a
    character reference (HTML, XML) instead of a backslash before the line.
    """

    def __init__(self, out: TextIO, *, markup: bool = False) -> None:
        self._out = out
        self._markup = markup
        self._head = ""  # the current line's start, held back
        self._mid = False  # the current line is decided: written through to its newline

    def _escaped(self, line: str) -> str:
        """`line` so that no CI runner reads it as a command: a backslash before it, or its markup's own escape."""
        if not self._markup:
            return "\\" + line
        at = len(line) - len(line.lstrip())
        return line[:at] + ("&#58;" if line[at] == ":" else "&#35;") + line[at + 1 :]

    def write(self, text: str) -> int:
        """Write `text`, escaping each line that reads as a CI command (a line's undecided start is held until more comes)."""
        buf = self._head + text
        self._head = ""
        pieces: list[str] = []
        i, n = 0, len(buf)
        while i < n:
            end = buf.find("\n", i)
            stop = n if end < 0 else end + 1
            if self._mid:
                pieces.append(buf[i:stop])
            else:
                line = buf[i:stop]
                if end < 0 and _undecided(line):
                    self._head = line  # more may follow on this line
                    break
                pieces.append(self._escaped(line) if starts_command(line) else line)
            self._mid = end < 0
            i = stop
        if pieces:
            self._out.write("".join(pieces))
        return len(text)

    @property
    def wrapped(self) -> TextIO:
        """The stream written to (`render.console` asks whether it is stdout: FORCE_COLOR colours stdout only)."""
        return self._out

    def finish(self) -> None:
        """Write the held line start (the report's last line, undecided until now)."""
        if self._head:
            head, self._head = self._head, ""
            self._out.write(self._escaped(head) if starts_command(head) else head)
            self._mid = True

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


@contextlib.contextmanager
def guarded(out: TextIO, *, markup: bool = False) -> Iterator[TextIO]:
    """`out` behind a `CommandGuard` for the block; what it holds is written when the block ends without error."""
    guard = CommandGuard(out, markup=markup)
    yield guard  # type: ignore[misc]
    guard.finish()
