"""Issue #13 (u49m): a long profile alternation searched one alternative at a time finds what `re` finds.

`profiles/branches.py` searches each alternative of a long alternation alone (with its own required strings and
first characters) and keeps the match that starts first, the earliest alternative's at a tie.  Tested: which
patterns split and which do not (groups, a global inline flag, a `|` in a class or escaped, alternatives the parser
merged), the search against `re.compile(...).search` on generated patterns and texts (with `pos` and `endpos`), and
every split built-in pattern on every unit text of the corpus and of the annotated profile sets' documents.
"""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import parse_path
from policylens import profiles
from policylens.profiles import branches
from policylens.profiles import coverage as cov
from policylens.profiles.branches import BranchedPattern, split

ROOT = Path(__file__).resolve().parent.parent
FIVE_PROFILES = ("cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa")


def _spans(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def _branched(pattern: str, flags: int = re.I) -> BranchedPattern:
    parts = split(pattern, flags, inner=True)  # (`inner`: whether `re` scans the whole for first characters is left aside)
    assert parts is not None, pattern
    return BranchedPattern(pattern, parts, flags)


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("a|b", None),  # one-character alternatives: the parser makes them one class
        ("ab|ac", None),  # a common prefix: the parser takes it out of the alternation
        ("(?:x[|]y|z\\|w)", ["x[|]y", "z\\|w"]),  # a `|` in a class or escaped does not cut
        ("(?:(?:[]|]q|r))", ["[]|]q", "r"]),  # a `]` first in a class is a literal
        ("(?:a(?:b|c)|d(?<=x|y)e)", ["a(?:b|c)", "d(?<=x|y)e"]),  # a `|` inside a group does not cut
        ("(?:ab|(?:cd|ef))", ["ab", "cd", "ef"]),  # an alternative that is an alternation: its own alternatives, in order
        ("(?:ab)|cd", ["(?:ab)", "cd"]),
        ("(?:ab)(?:cd|ef)", None),  # not one alternation
        ("(ab)|cd", None),  # a capturing group: the match's groups would be numbered otherwise
        ("(?s)a.b|c.d", None),  # a global flag is not in the second alternative's own text
        ("(?i:ab)|cd", ["(?i:ab)", "cd"]),  # a scoped one is
        ("ab(?#|)|cd", None),  # a comment
    ],
)
def test_split(pattern: str, parts: list[str] | None) -> None:
    assert split(pattern, re.I, inner=True) == parts


def test_a_whole_that_re_scans_for_its_first_characters_is_not_split() -> None:
    assert split("(?:收集|使用)[^。]{0,9}信息|(?:获取|取得)资料", re.I) is None  # every alternative starts with a literal
    assert split("(?<=x)\\bab|(?<!y)[a-z]cd", re.I) == ["(?<=x)\\bab", "(?<!y)[a-z]cd"]  # a cased class under re.I: no first characters


def test_only_long_patterns_are_split() -> None:
    short = "(?<!y)[a-z]+cd|(?<=x)\\bab"
    assert not isinstance(branches.lazy(short, re.I), BranchedPattern)
    long = short + "|" + "|".join(f"(?<!q)[a-z]w{n:04d}" for n in range(branches.MIN_LENGTH // 10))
    assert isinstance(branches.lazy(long, re.I), BranchedPattern)


# Alternatives that start in every way the profiles' do: a lookbehind, `\b`, `^`, a class, a literal, an optional part.
_PIECES = ["ab", "b", "ba", "(?<=a)b", "(?<!b)a", "\\bab", "^b", "a$", "[ab]{2,3}", "(?:ab)?b", "a(?=b)", "(?-i:A)b", "b+?a", "\\n?a"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3).map("".join), min_size=2, max_size=6, unique=True),
    st.text("abAB \n", max_size=24),
    st.integers(0, 26),
    st.integers(0, 26),
)
def test_the_first_starting_alternative_is_re_s_match(alternatives: list[str], text: str, pos: int, endpos: int) -> None:
    """Any alternation of such pieces, any text, any bounds: the span `re` finds (or None)."""
    pattern = "(?:" + "|".join(alternatives) + ")"
    parts = split(pattern, re.I, inner=True)
    whole = re.compile(pattern, re.I)
    if parts is None:  # the parser merged some alternatives (a common prefix, single characters): searched whole anyway
        return
    branched = BranchedPattern(pattern, parts, re.I)
    assert _spans(branched.search(text)) == _spans(whole.search(text))
    assert _spans(branched.search(text, pos)) == _spans(whole.search(text, pos))
    assert _spans(branched.search(text, pos, endpos)) == _spans(whole.search(text, pos, endpos))


def test_a_tie_goes_to_the_earlier_alternative_and_the_other_methods_are_the_whole_s() -> None:
    branched = _branched("(?:ab|(?<=x)abc|\\babcd)")
    assert branched.search("xabcd").group() == "ab"  # three alternatives start at 1: the first one's match
    assert _branched("(?:\\babcd|(?<=x)abc|ab)").search("xabcd").group() == "abc"  # \b fails after x: the second
    assert [m.span() for m in branched.finditer("ab xab")] == [(0, 2), (4, 6)]
    assert branched.match("zab") is None and branched.sub("-", "xab") == "x-"


def test_search_stays_the_branched_one_or_what_a_caller_put_there() -> None:
    branched = _branched("(?:\\bab|(?<=x)cd)")
    assert branched.finditer  # binding the whole's methods…
    assert branched.search("xcd").group() == "cd" and branched.search == branched._search  # …leaves `search`
    branched.search = lambda text: None  # type: ignore[method-assign]  # a test's stand-in (as test_check_speed_lean's memo)
    assert branched.fullmatch("ab") is not None and branched.search("ab") is None


def test_a_branched_pattern_pickles_as_itself_with_its_store() -> None:
    profiles.resolve(FIVE_PROFILES)
    pattern = next(p for p in profiles._LAZY.values() if isinstance(p, BranchedPattern))
    back = pickle.loads(pickle.dumps(pattern))
    assert isinstance(back, BranchedPattern) and back.pattern == pattern.pattern and back.store is profiles.PATTERN_STORE


def test_the_costliest_built_in_patterns_are_split() -> None:
    """The tw-pdpa operator clause and `processor_name` (u39s, u49m: 38% of the profiles' search time between them)."""
    profiles.resolve(FIVE_PROFILES)
    split_ones = [p for p in profiles._LAZY.values() if isinstance(p, BranchedPattern)]
    assert 5 <= len(split_ones) <= 40
    assert any(p.pattern.startswith("(?:(?:^|(?<=\\n))[ \\t]{0,4}(?:[-*•]") for p in split_ones)  # processor_name
    assert any(p.pattern.startswith("(?:(?:股份(?<=") and "\\W{0,3}(?:营运|运营|经营)" in p.pattern for p in split_ones)


# -- every split built-in pattern on every unit of the corpus and the profile sets -----------------------------


def _documents() -> list[Path]:
    """The corpus's policies and every document an annotated profile set scores (`eval/profiles*/`, as its harness reads them)."""
    found = {p for p in (ROOT / "corpora").rglob("*") if p.suffix in (".txt", ".md", ".html", ".htm") and p.name[0].islower()}
    for score in sorted((ROOT / "eval").glob("profiles*/score.py")):
        here = "DOCS = HERE" in score.read_text(encoding="utf-8")
        for part in ("dev", "holdout", "corrected"):
            for annotation in sorted((score.parent / part).glob("*.json")):
                path = (score.parent if here else ROOT) / json.loads(annotation.read_text(encoding="utf-8"))["file"]
                if path.exists():
                    found.add(path.resolve())
    return sorted(found)


PARTS = 6


def _compare_on(paths: list[Path]) -> int:
    profiles.resolve(FIVE_PROFILES)
    split_ones = [(p, re.compile(p.pattern, p.flags)) for p in profiles._LAZY.values() if isinstance(p, BranchedPattern)]
    matched = 0
    for path in paths:
        matcher = cov.Matcher(parse_path(path))
        texts = {
            text
            for within in ("sentence", "paragraph", "section", "document")
            for u in matcher.units(within)
            for text in (u.folded, u.dense)
            if text
        }
        for text in texts:
            for branched, plain in split_ones:
                expected = _spans(plain.search(text))
                assert _spans(branched.search(text)) == expected, (str(path), branched.pattern[:60], text[:80])
                matched += expected is not None
    return matched


def test_the_split_built_in_patterns_find_what_re_finds_on_two_policies() -> None:
    assert _compare_on([ROOT / "corpora/smartmi/zh-Hant.2021-03-30.txt", ROOT / "eval/dev/pinziji-html/隐私政策.html"]) > 0


@pytest.mark.slow  # every split built-in pattern on every unit of every corpus and profile-set document
@pytest.mark.unfolded  # six items, for the workers to share (tests/families.py)
@pytest.mark.parametrize("part", range(PARTS))
def test_the_split_built_in_patterns_find_what_re_finds_on_every_document(part: int) -> None:
    documents = _documents()
    assert len(documents) > 300
    _compare_on(documents[part::PARTS])
