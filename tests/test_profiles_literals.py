"""Issue #13 (z13s): a profile pattern is not searched in a unit that holds none of its required strings.

`profiles/literals.py` reads each pattern for strings one of which every match holds; a unit
whose lowered text holds none of them (or, through `CharIndex`, not every character of one) is
skipped.  That is only sound when (1) the strings are right for the pattern and (2) `re.I` matches
a kept literal character only to characters that `str.lower()` turns into it, outside `_FOLDS`.
Both sides are tested: the strings found and refused by shape, the case facts on every code point,
and every built-in pattern's matches on real policies (each unit with a match must be a candidate).
"""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest

from helpers import parse_path
from policylens import lazyre
from policylens.profiles import coverage as cov
from policylens.profiles import literals, resolve
from policylens.profiles.literals import CharIndex, lowered, may_match, required

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ("cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa")


def _strings(pattern: str, flags: int = re.I) -> set[str] | None:
    found = required(re.compile(pattern, flags))
    return None if found is None else set(found)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("我们收集", {"我们收集"}),
        ("(?:收集|获取)[^。]{0,20}信息", {"信息"}),  # the longer of two requirements of a sequence
        ("(?:收集|获取)[^。]{0,20}(?:信|息)", {"收集", "获取"}),
        ("(?<=我们)收集", {"我们"}),  # a positive lookbehind reads the same text (both are length 2: the first kept)
        ("(?<!我们)收", {"收"}),  # a negative one requires nothing
        ("(?:本公司)+运营", {"本公司"}),
        ("We Collect", {"we collect"}),  # lowered, as the text is
        ("(?-i:[A-C])x?", {"a", "b", "c"}),  # a small class: one-character strings
        ("(?:co|corp|corporation)", {"co"}),  # a string holding another is left out
        ("naïve", {"na"}),  # a cased non-ASCII letter breaks the run: only what surrounds it
    ],
)
def test_required_strings(pattern: str, expected: set[str]) -> None:
    assert _strings(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        "(?:收集)?信?",  # may match the empty string
        "收集|",  # an empty branch
        "[\u4e00-\u9fff]{2,}",  # a large class
        "[^。]+",  # a negated class
        "[^。；]+",  # a negated class of several characters (parsed as a class, not as one `NOT_LITERAL`)
        "\\d+",  # a category (Unicode digits)
        "(?:收集|[\u4e00-\u9fff])",  # one branch without a requirement
        "(?:é|è)",  # cased non-ASCII letters: `re.I` matches their other cases
        "(?:收集)*",
    ],
)
def test_no_required_strings(pattern: str) -> None:
    assert _strings(pattern) is None


def _every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.slow  # a search of every code point per ASCII letter
def test_the_case_facts_hold_on_every_code_point() -> None:
    """`re.I` matches an ASCII character (alone or in a class) to `c` only when `c.lower()` is its lowercase, but for `_FOLDS`;
    `_FOLDS` also holds every character whose `str.lower()` is longer (the lowered text keeps its offsets)."""
    every = _every_character()
    folds = {c for c in every if len(c.lower()) != 1}
    for char in string.ascii_letters:  # (the other ASCII characters have no case: `re.I` compiles them to match themselves)
        folds |= {m for m in re.findall(char, every, re.I) if m.lower() != char.lower()}
    for pattern in ("[A-Z]", "[a-z]", "[A-Za-z0-9]"):
        folds |= {m for m in re.findall(pattern, every, re.I) if not (m.lower().isascii() and m.lower().isalnum())}
    assert folds == set(literals._FOLDS)


def test_a_text_with_a_fold_is_always_searched() -> None:
    """「uſe」 matches `use` under `re.I` although its lowered form does not hold "use"."""
    pattern = re.compile("use", re.I)
    assert pattern.search("uſe") and lowered("uſe") is None and may_match(required(pattern), lowered("uſe"))
    assert not may_match(required(pattern), lowered("we collect"))
    kelvin = "\u212aeep"  # KELVIN SIGN: `re.I` matches it to k, and `str.lower()` gives k
    assert re.compile("keep", re.I).search(kelvin) and may_match(required(re.compile("keep", re.I)), lowered(kelvin))


def test_the_character_index_is_a_superset_of_the_substring_test() -> None:
    texts = ["我们收集信息", "集收", "we collect", None, "收"]
    index = CharIndex([t if t is None else lowered(t) for t in texts])
    bits = index.possible(frozenset({"收集"}))
    assert [bool(bits >> n & 1) for n in range(len(texts))] == [True, True, False, True, False]  # 集收: every character, not the string
    assert index.possible(None) == 0b11111


def test_a_process_parses_a_pattern_only_once_it_has_been_searched_in_many_units(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Where the answers cannot be kept (no bytecode written, a read-only folder), one small document costs what it did (no
    parse); a sweep parses each pattern once and then skips units.

    The test's own empty store, never saved: with the process's store marked unwritable for the test alone, the answer
    `worth` works out below was still saved when the process ended, so the next run in the same tree found the pattern
    known and failed (issue #13, twentieth session: every run after the first in a fresh clone)."""
    store = lazyre.Store("literals-unkept")
    monkeypatch.setattr(store, "writable", lambda: False)
    monkeypatch.setattr(store, "save", lambda: None)  # `load` registers this at exit: nothing of this test reaches a file
    monkeypatch.setattr(store, "path", lambda: tmp_path / "literals-unkept.patterns")  # nothing kept by another run is read
    monkeypatch.setattr(literals, "_STORE", store)
    pattern = re.compile("只在这个测试里的模式[^。]{0,9}收集", re.I)
    assert literals.worth(pattern, literals.WORTH - 1) is None and literals.known(pattern) is None
    assert literals.worth(pattern, 1) == {"只在这个测试里的模式"} == literals.known(pattern)
    seed = parse_path(ROOT / "corpora/smartmi/zh-Hant.2021-03-30.txt")
    units = cov.Matcher(seed).units("sentence")
    assert len(units) < literals.WORTH  # so a pattern new to the process is searched in every unit of it
    fresh = re.compile("另一个只在这里的模式", re.I)
    assert cov.Matcher(seed).possible(fresh, units) == (1 << len(units)) - 1 and literals.known(fresh) is None


def _patterns() -> list[re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for profile in resolve(list(PROFILES)):
        for item in profile.items:
            for clause in (*item.cover, *item.when, *item.not_applicable):
                for p in (*clause.all, *clause.none):
                    found[p.pattern] = p
    return list(found.values())


@pytest.mark.slow  # every built-in pattern on every unit of one kind of three policies
@pytest.mark.parametrize(
    ("name", "within"),
    [
        ("corpora/smartmi/zh-Hant.2021-03-30.txt", "sentence"),  # the seed: zh-Hant, Taiwan words
        ("corpora/letsencrypt-privacy/en.2026-07-06.md", "paragraph"),  # English
        ("eval/dev/pinziji-html/隐私政策.html", "section"),  # zh-Hans, HTML
    ],
)
def test_every_unit_a_built_in_pattern_matches_is_a_candidate(name: str, within: str) -> None:
    path = ROOT / name
    if not path.exists():
        pytest.fail(f"{name} is gone: name another policy of the same kind")
    matcher = cov.Matcher(parse_path(path))
    patterns = _patterns()
    assert len(patterns) > 500 and sum(required(p) is not None for p in patterns) > 500  # nearly every pattern has strings
    skipped = matched = 0
    units = matcher.units(within)
    index = CharIndex([unit.lowered for unit in units])  # what `Matcher.possible` reads once a pattern is `worth` it
    for pattern in patterns:
        strings = required(pattern)
        bits = index.possible(strings)
        for n, unit in enumerate(units):
            if pattern.search(unit.folded):
                matched += 1
                assert bits >> n & 1 and may_match(strings, unit.lowered), (pattern.pattern, unit.text)
            elif not bits >> n & 1:
                skipped += 1
    assert matched > 100 and skipped > matched  # both sides were seen
