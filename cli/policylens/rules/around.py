"""What stands before or after a match in its text, asked without copying the text's head or tail.

`text[:start].strip(chars)` or `text[end:].strip(chars)` copies everything before or after the
match, so a rule asking it of every match of a long paragraph is quadratic: 250,000 `[ ]` slots
on a 1 MB paragraph took 3 s in `placeholder-empty` alone (u32h).  These answer the same
questions in time proportional to the run of `chars` they walk over.
"""

from __future__ import annotations

import re
from functools import cache

from policylens import lazyre

_WHITESPACE = None  # `str.strip()` with no argument: what `str.isspace` calls space


@cache
def _other_than(chars: str | None) -> re.Pattern[str]:
    """A character not among `chars` (None: not a space as `str.isspace` reads it, which is what `re` calls `\\s`)."""
    if chars is None:
        return lazyre.compile(r"\S")
    # (from the pattern store: compiling a class in `re` costs a millisecond or two of every process; u46t)
    return lazyre.compile("[^" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + "]")


def only_before(text: str, start: int, chars: str | None = _WHITESPACE) -> bool:
    """`not text[:start].strip(chars)`: nothing but `chars` before `start`."""
    return _other_than(chars).search(text, 0, start) is None


def only_after(text: str, end: int, chars: str | None = _WHITESPACE) -> bool:
    """`not text[end:].strip(chars)`: nothing but `chars` after `end`."""
    return _other_than(chars).search(text, end) is None


def only_between(text: str, start: int, end: int, chars: str | None = _WHITESPACE) -> bool:
    """`not text[start:end].strip(chars)`: nothing but `chars` from `start` to `end` (u55h)."""
    return _other_than(chars).search(text, start, end) is None


def last_before(text: str, start: int, chars: str | None = _WHITESPACE) -> str:
    """`text[:start].rstrip(chars)[-1:]`: the last character before `start` not among `chars` ("" if none)."""
    i = rstripped(text, start, chars)
    return text[i - 1] if i > 0 else ""


def ends_before(text: str, start: int, suffixes: str | tuple[str, ...], chars: str | None = _WHITESPACE) -> bool:
    """`text[:start].rstrip(chars).endswith(suffixes)`."""
    return text.endswith(suffixes, 0, rstripped(text, start, chars))


def rstripped(text: str, start: int, chars: str | None = _WHITESPACE) -> int:
    """The length of `text[:start].rstrip(chars)`."""
    i = min(start, len(text))
    if chars is None:
        while i > 0 and text[i - 1].isspace():
            i -= 1
    else:
        while i > 0 and text[i - 1] in chars:
            i -= 1
    return i


def lstripped(text: str, end: int, chars: str) -> int:
    """Where `text[end:].lstrip(chars)` starts in `text` (`len(text)` when nothing is left)."""
    found = _other_than(chars).search(text, end)
    return len(text) if found is None else found.start()
