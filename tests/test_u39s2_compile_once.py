"""`lazyre._sre_entry` compiles a pattern once, with `_optimize_charset`'s answers remembered: the same code as before.

The pattern store's entry used to be made by compiling the pattern, putting the second-character guard in front when
`re` found no literal prefix, and compiling it again; and `re`'s compiler built each class over the CJK range one
character at a time, for each of the hundreds of times the profiles' patterns repeat it.  Both were the cold cost of a
`check --profile` in a fresh tree or a process that writes no bytecode (u39s2, issue #11).  Speed only: every entry must
be the one the two compilations made (`_reference_entry`, the earlier form, kept here as the readable reference).
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

import pytest

from policylens import lazyre, profiles
from policylens.lazyre import _sre_compiler, _sre_parser
from test_check_speed_guards import _random_patterns  # random patterns over Latin, Han, classes and lookarounds


def _reference_entries(pattern: str, flags: int) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """`lazyre._sre_entry` as written before u39s2 (compile, guard when there is no literal prefix, compile again), and
    what `re.compile(pattern, flags)` hands to `_sre.compile`: its first compilation is `re`'s own, so one parse and
    compile serves both comparisons (`tests/test_profiles_store.py`, every built-in profile pattern)."""
    flags = int(flags)  # as `re.compile` hands it to its compiler (`RegexFlag.value`): the same code, without enum arithmetic
    parsed = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(parsed, flags)
    by_re = _entry(parsed, code, flags)
    if code[0] is _sre_parser.INFO and not code[2] & _sre_parser.SRE_INFO_PREFIX:
        with contextlib.suppress(Exception):
            lazyre._with_second_guard(parsed, flags)
            code = _sre_compiler._code(parsed, flags)
    code = lazyre._with_first_chars(code, parsed, flags)
    return _entry(parsed, code, flags), by_re


def _entry(parsed: Any, code: list[Any], flags: int) -> tuple[Any, ...]:
    """The arguments after the pattern string that `re._compiler.compile` gives `_sre.compile`, as plain ints."""
    groupindex = {name: int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _reference_entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """`lazyre._sre_entry` as written before u39s2 (`_reference_entries`)."""
    return _reference_entries(pattern, flags)[0]


def _builtin(step: int) -> list[str]:
    return sorted(profiles._builtin_patterns())[::step]


def test_a_sample_of_the_profiles_patterns_compiles_to_the_same_code() -> None:
    """Every 25th pattern of the built-in profiles (about 55 of 1,400): the same entry, guard and first characters included."""
    for pattern in _builtin(25):
        assert lazyre._sre_entry(pattern, re.I) == _reference_entry(pattern, re.I), pattern[:200]


# Every built-in profile pattern (all 1,428, not a sample) is compared with the reference in the full run by
# `tests/test_profiles_store.py::test_every_built_in_pattern_compiles_and_matches_like_re_compile`, which compiles each
# pattern with `re` for its own comparison anyway: one compilation serves both (forty-first session, issue #13).


@pytest.mark.parametrize("flags", [0, re.I, re.M | re.S])
def test_random_patterns_compile_to_the_same_code(flags: int) -> None:
    """Random shapes (alternations, lookarounds, classes over Latin and Han, case-insensitive groups)."""
    for pattern in _random_patterns(150, 39 + flags):
        assert lazyre._sre_entry(pattern, flags) == _reference_entry(pattern, flags), pattern


def test_class_shapes_under_ignorecase_compile_to_the_same_code() -> None:
    """Classes that `_optimize_charset` answers differently: CJK, Latin with its case forms, astral, negated, categories;
    each twice in one pattern (the second answer is the remembered one) and in patterns compiled one after the other."""
    classes = [
        "[\u4e00-\u9fff]",
        "[a-z]",
        "[A-Za-z0-9()]",
        "[^\u4e00-\u9fff]",
        "[\\w&.\\-]",
        "[\U00020000-\U0002a6df]",
        "[İıſK]",
        "[ \\t]",
        "[^\\n:：]",
    ]
    for flags in (0, re.I):
        for one, other in zip(classes, classes[1:] + classes[:1], strict=True):
            for pattern in (f"{one}{{2,4}}x{other}|(?<={one}){other}+", f"{one}|{other}{one}"):
                assert lazyre._sre_entry(pattern, flags) == _reference_entry(pattern, flags), pattern


def test_re_s_own_compiler_is_left_as_it_was() -> None:
    """`_optimize_charset` is replaced only while `_code` runs, and put back when compiling fails."""
    original = _sre_compiler._optimize_charset
    lazyre._sre_entry("[\u4e00-\u9fff]{2}公司", re.I)
    assert _sre_compiler._optimize_charset is original
    parsed = _sre_parser.parse("[a-z]+", 0)
    parsed.data.append(("not an opcode", None))
    with pytest.raises(Exception):  # noqa: B017  # whatever `re`'s compiler raises on a broken tree
        lazyre._code(parsed, 0)
    assert _sre_compiler._optimize_charset is original


def test_a_guard_that_fails_to_compile_leaves_the_code_re_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the guarded pattern cannot be compiled, the entry is the unguarded code, as the earlier form kept it."""
    pattern = "(?:本应用|本软件)由[^。]{0,20}公司|(?:我们|本公司)是[^。]{0,10}"
    compile_code = lazyre._code

    def refuse_guarded(parsed: Any, flags: int) -> list[Any]:
        if parsed.data and parsed.data[0][0] is _sre_parser.ASSERT:
            raise RuntimeError("a private compiler API changed")
        return compile_code(parsed, flags)

    guarded = lazyre._sre_entry(pattern, re.I)
    monkeypatch.setattr(lazyre, "_code", refuse_guarded)
    plain = lazyre._sre_entry(pattern, re.I)
    assert plain != guarded  # (the pattern is one that gets a guard)
    assert lazyre._sre.compile(pattern, *plain).findall("本应用由某某公司运营。我们是开发者") == re.findall(
        pattern, "本应用由某某公司运营。我们是开发者", re.I
    )


def test_a_class_that_cannot_be_remembered_is_answered_afresh() -> None:
    """An item `_remembered_charset` cannot hash (not one `re`'s parser writes) gets `re`'s own answer, as without it."""
    charset = [(_sre_parser.LITERAL, 97), (_sre_parser.RANGE, (0x4E00, 0x9FFF))]
    assert lazyre._remembered_charset(charset) == _sre_compiler._optimize_charset(charset)
    odd: list[Any] = [(_sre_parser.LITERAL, 97), (_sre_parser.NEGATE, [None])]
    assert lazyre._remembered_charset(odd) == _sre_compiler._optimize_charset(odd)
