"""Answers of the structure stage's per-line tests, kept for the texts they were worked out for.

The heading tests read one line's text and nothing else: 「is this a numbered heading, and with what number」
(`parse_number`, `numbered_heading`), 「could this line be a plain heading」 (`is_plain_heading`'s test of its text),
「is it short and sentence-free」 (`heading_like`).  The passes of `find_headings`, `split_title_lines`, the levels
and the glued-number checks ask them of the same lines again and again: on the policies of `corpora/` each
distinct text is parsed for a number 2.4 times within its own document, and a folder of one template's
policies (a product's versions, the benchmark's 200 files) repeats its lines from file to file.  Each answer
depends on its arguments only (strings, ints and tuples of strings), and is an immutable value (a bool, None,
a `Number` or a `Heading` NamedTuple), so a remembered answer is the answer: the same document, sooner
(`tests/test_structure_memo.py` compares every test with and without its memo).

What is kept is bounded: a function's table is emptied when it holds `MAX_ENTRIES` answers or `MAX_CHARS`
characters of the texts it holds alive (a file of 60,000 distinct tiny lines, issue #12, fills and empties it
and pays a dictionary insertion per line).  The texts are the blocks' own strings while their document lives.
"""

from __future__ import annotations

from typing import Any

from policylens import numbering
from policylens.numbering import NUMBER_STARTS, Number

# A table entry is ~0.1 KB (a slot, a key tuple, the answer's share); texts are their own size.
MAX_ENTRIES = 20_000  # answers per table: ~2 MB at most
MAX_CHARS = 1_000_000  # characters of the texts one table keeps alive: 1-4 MB
UNKNOWN: Any = object()  # what `Table.answers.get(key, UNKNOWN)` gives for a question not answered yet
_TABLES: list[Table] = []  # every table (`clear`)


class Table:
    """One function's answers by argument tuple: `answers.get(key, UNKNOWN)`, then `keep` what was worked out."""

    __slots__ = ("answers", "held")

    def __init__(self) -> None:
        self.answers: dict[Any, Any] = {}
        self.held = 0  # characters of the texts the answers are kept for
        _TABLES.append(self)

    def keep(self, key: Any, text: str, found: Any) -> Any:
        """Remember `found` as the answer for `key`, whose text is `text`; return it."""
        if len(self.answers) >= MAX_ENTRIES or self.held > MAX_CHARS:
            self.clear()
        self.answers[key] = found
        self.held += len(text)
        return found

    def clear(self) -> None:
        self.answers.clear()
        self.held = 0


def clear() -> None:
    """Forget every remembered answer (the tests compare answers worked out afresh)."""
    for table in _TABLES:
        table.clear()


_NUMBERS = Table()


def parse_number(text: str, *, glued: tuple[str, ...] | None = None) -> Number | None:
    """`numbering.parse_number(text, glued=glued)`, each (text, glued) worked out once.

    Its own first test comes first here too: most texts start with no number's character, and
    that set lookup is cheaper than the table's.
    """
    if not text or text[0] not in NUMBER_STARTS:
        return None
    key = (text, glued)
    found = _NUMBERS.answers.get(key, UNKNOWN)
    return _NUMBERS.keep(key, text, numbering.parse_number(text, glued=glued)) if found is UNKNOWN else found  # type: ignore[no-any-return]
