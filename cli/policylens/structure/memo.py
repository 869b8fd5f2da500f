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

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from policylens import numbering
from policylens.numbering import NUMBER_STARTS, Number

# A table entry is ~0.1 KB (a slot, a key tuple, the answer's share); texts are their own size.
MAX_ENTRIES = 20_000  # answers per table: ~2 MB at most
MAX_CHARS = 1_000_000  # characters of the texts one table keeps alive: 1-4 MB
UNKNOWN: Any = object()  # what `Table.answers.get(key, UNKNOWN)` gives for a question not answered yet
_TABLES: list[Table] = []  # every table (`clear`)
_F = TypeVar("_F", bound=Callable[..., Any])


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


def per_text(function: _F) -> _F:
    """`function`, each answer kept in a table of its own (a `Table`) by its positional arguments: a text first, then
    what else the answer reads (hashable: a bool, a style).  For the structure stage's tests of one block that read its
    text and those flags only and answer an immutable value (None, a bool, a tuple of ints and `Number`s); the block's
    other fields, when read, are read by the caller before the call (u57t: `_trailing_title`, `_bare_glued`,
    `_short_item`, `_item_heading`, `names_a_document`, which the benchmark's 200 files asked 88,000 times of 530
    texts).  `function.__wrapped__` is the plain function (the tests compare the two)."""
    table = Table()
    answers = table.answers

    def remembered(text: str, *more: object) -> Any:
        key = (text, *more) if more else text
        found = answers.get(key, UNKNOWN)
        return table.keep(key, text, function(text, *more)) if found is UNKNOWN else found

    remembered.__wrapped__ = function  # type: ignore[attr-defined]
    remembered.__doc__, remembered.__name__ = function.__doc__, function.__name__
    return remembered  # type: ignore[return-value]


def any_text(table: Table, test: Callable[[str], bool], texts: Iterable[str]) -> bool:
    """Whether `test` holds of some text of `texts`, each text's answer kept in `table` (u57t).  For a test of one
    character at a time that the newline never passes, asked of a document's texts joined by newlines: the joined text
    passes exactly when one of its texts does, and a run's documents that repeat their paragraphs search each once.
    The texts not known yet are tested joined, once (a document of new texts costs one search, as before), and one by
    one only when that search passes (nearly no document)."""
    answers = table.answers
    unknown: list[str] = []
    for text in texts:
        found = answers.get(text, UNKNOWN)
        if found is UNKNOWN:
            unknown.append(text)
        elif found:
            return True
    if not unknown:
        return False
    if not test("\n".join(unknown)):
        for text in unknown:
            table.keep(text, text, False)
        return False
    return any([table.keep(text, text, test(text)) for text in unknown])
