"""A written lookahead guard gives the first-character class when it is narrower than the pattern's own (issue #11).

`lazyre._with_first_chars` puts a class of first characters in a pattern's info block, so
that `_sre` skips in C to the next place a match can start.  It used to take the class
from the branches whenever it could compute one; placeholder-instruction's alternation
has branches that start with `(?<=[：:])\\s?[…`, so that class held every space and line
break, and the pattern's own guard `(?=[【［〔（(…])` was never used.  Now the narrowest
leading lookahead wins.  Speed only: the matches, spans and groups are `re.compile`'s.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from policylens import lazyre

ROOT = Path(__file__).resolve().parent.parent


def _matches(compiled: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in compiled.finditer(text)]


def _ours(pattern: str, flags: int) -> re.Pattern[str]:
    """`pattern` compiled from the code `lazyre` makes for it (never from the store)."""
    return lazyre._sre.compile(pattern, *lazyre._sre_entry(pattern, flags))  # type: ignore[no-any-return]


def _first_class(pattern: str, flags: int = 0) -> list[tuple[object, object]] | None:
    """The first-character set `_with_first_chars` now chooses for `pattern` (None: none)."""
    parsed = lazyre._sre_parser.parse(pattern, flags)
    first = lazyre._first_chars(parsed.data, flags)
    ahead = lazyre._lookahead_chars(parsed.data, flags)
    if ahead is not None and (first is None or first[1] or lazyre._width(ahead[0]) < lazyre._width(first[0])):
        first = ahead
    return None if first is None else first[0]


def test_the_narrowest_leading_lookahead_gives_the_first_characters() -> None:
    c = lazyre._sre_parser
    # the branches start with \s (a category): the guard [ab] is narrower
    assert _first_class(r"(?=[ab])(?:(?<=:)\s?[ab]x|a)") == [(c.LITERAL, ord("a")), (c.LITERAL, ord("b"))]
    # two lookaheads: the narrower one, wherever it stands
    assert _first_class(r"(?=[abc])(?=a)(?:\s?a|ab)") == [(c.LITERAL, ord("a"))]
    assert _first_class(r"(?=a)(?=[abc])(?:\s?a|ab)") == [(c.LITERAL, ord("a"))]
    # the branches' own class is narrower than a wide guard: kept
    assert _first_class(r"(?=[a-z])(?:ab|cd)") == [(c.LITERAL, ord("a")), (c.LITERAL, ord("c"))]
    # a lookahead after the first consuming item says nothing about the first character
    assert _first_class(r"\s?(?=a)a") is not None and lazyre._width(_first_class(r"\s?(?=a)a")) > 1000  # type: ignore[arg-type]
    # a lookahead that can match empty is no guard
    assert _first_class(r"(?=a?)(?:\sb)") == [(c.CATEGORY, c.CATEGORY_SPACE)]


def _atom(rng: random.Random) -> str:
    return rng.choice(["a", "b", ":", "中", "\\s?", "\\s", "[ab]", "[中a]", "(?<=:)", "(?<![ab])", "(b)", "(?:a|中)", "x*", "\\d"])


def test_guarded_random_alternations_keep_re_s_matches() -> None:
    """`(?=guard)(?=guard2)?(?:branch|branch…)` with branches that start wide: the same matches, spans and groups."""
    rng = random.Random(1130)
    alphabet = "ab:中x 1\n\t"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50))) for _ in range(200)]
    texts += ["a: b 中", ":\ta", "ab" * 30]
    tried = 0
    while tried < 300:
        guard = rng.choice(["[ab]", "[a:]", "a", "[中b]", "[ab中]", "(?:a|b)", "[a-c]", "\\s", "a?"])
        second = rng.choice(["", "", "(?=[ab])", "(?=a)", "(?=\\S)"])
        branches = ["".join(_atom(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 4))]
        pattern = f"(?={guard}){second}(?:{'|'.join(branches)})"
        try:
            if re.compile(pattern).match("") is not None or re.compile(pattern).search("") is not None:
                continue  # can match empty: the first-character class is never added
        except re.error:
            continue
        tried += 1
        ours, plain = _ours(pattern, 0), re.compile(pattern)  # once per pattern, not per text
        for text in texts:
            assert _matches(ours, text) == _matches(plain, text), (pattern, text)


def test_placeholder_instruction_uses_its_guard_and_finds_what_re_finds_on_the_corpus() -> None:
    """The alternation the change was made for: its guard's class in the info block, and `re`'s matches on every corpus file."""
    from policylens.rules.placeholder_instruction import _DRAFTING, _compiled

    builtin = _compiled(())
    first = _first_class(builtin.pattern, builtin.flags)
    assert first is not None and all(op is lazyre._sre_parser.LITERAL for op, _ in first)  # no \s: the guard's characters
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((ROOT / "corpora").rglob("*"))
        if p.suffix in {".md", ".txt", ".html"}
    ]
    texts += ["聯絡電話：【請填寫】", "地址： （请填写公司地址）", "此处请填写公司名称", "XXX公司 YYYY年MM月DD日", "【示例：xxx】"]
    assert len(texts) > 20
    for pattern in (builtin, _DRAFTING):
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in texts:
            got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]
