"""Issue #11, forty-eighth session (u48t): prefilter patterns written so that `re` searches them with a class test.

A pattern with a `(?i:…)` branch among Chinese literals (`DATE_CUE`, the slot modules' `_NEEDS`) has neither a literal
prefix nor a first-character class for `re`'s search, which then tries the whole alternation at every character of
a policy (`date-format`'s cue over a 9,500-character policy: 470 µs against 52 µs).  `patterns.case_led` writes the
case-insensitive words as literal-led branches (「e(?i:ffective)|E(?i:ffective)」); the rewritten patterns must find
exactly what the plain ones find.  Checked here: `case_led`'s letters against `re` over every code point; each
rewritten pattern against its plain text on every line of `corpora/` and on every word in each letter case; and
that each rewritten pattern now has the first-character class (what makes it cheap).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policylens.patterns import _CASELESS_EXTRA, DATE_CUE, DATE_CUE_LED, case_led
from policylens.rules import date_format, placeholder_default_name, placeholder_handover, placeholder_stubs, placeholder_undecided
from policylens.structure.glued import _trailing_title

ROOT = Path(__file__).resolve().parent.parent

# the plain forms, as they were written before u48t
PLAIN = {
    "date_format._DATE_CUE": (date_format._DATE_CUE, DATE_CUE),
    "placeholder_stubs._NEEDS": (
        placeholder_stubs._NEEDS,
        r"待|占位|佔位|自行|公开版|公開版|对外版|對外版|前|(?i:placeholder|pending|to\s+be|insert|paste)",
    ),
    "placeholder_handover._NEEDS": (placeholder_handover._NEEDS, r"\[|定稿|前|(?i:replace|insert|fill|update|add)"),
    "placeholder_undecided._NEEDS": (
        placeholder_undecided._NEEDS,
        r"[缺少欠待定案占佔(（]|(?i:pending|awaiting|decided|determined|confirmed|finali|agreed|title|placeholder)",
    ),
    "placeholder_default_name._ACTOR": (
        placeholder_default_name._ACTOR,
        r"(?:(?:说明|說明)了?|以及)(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:会|會|将|將)?(?=在提供|如何(?:收集|使用|保障|保护|保護|处理|處理|存储|儲存|共享))",
    ),
}


def _lines() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "corpora").rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".md", ".html", ".htm"):
            out.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return out


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_caseless_letters_are_what_re_folds() -> None:
    """Every code point `re` matches an ASCII letter with under IGNORECASE is the letter's two cases or in the table."""
    any_letter = re.compile("(?i:[a-z])")
    for cp in range(0x110000):
        char = chr(cp)
        if any_letter.fullmatch(char) is None:
            continue
        for letter in "abcdefghijklmnopqrstuvwxyz":
            expected = re.fullmatch(f"(?i:{letter})", char) is not None
            assert (char in (letter, letter.upper(), *_CASELESS_EXTRA.get(letter, ""))) == expected, (letter, hex(cp))


def test_case_led_refuses_what_it_cannot_rewrite() -> None:
    for words in ("(?:a|b)", "[ab]c", "1st", ""):
        with pytest.raises(ValueError):
            case_led(words)


@pytest.mark.parametrize("label", sorted(PLAIN))
def test_rewritten_pattern_finds_what_the_plain_one_does(label: str) -> None:
    pattern, plain_text = PLAIN[label]
    plain = re.compile(plain_text)
    lines = _lines()
    assert len(lines) > 5_000
    for line in lines:
        assert _found(pattern, line) == _found(plain, line), (label, line[:80])
    # every case-insensitive word, in every case of its first letter (the non-ASCII ones too) and all in upper case
    words = re.findall(r"\(\?i:([^)]*)\)", plain_text)
    for word in "|".join(words).split("|") if words else ():
        for first in {word[0].lower(), word[0].upper(), "İ", "ı", "ſ", "\u212a", "x"}:
            for text in (first + word[1:], (first + word[1:]).upper(), f"说明{first}{word[1:]}如何收集", f"a {first}{word[1:]} 前"):
                text = text.replace(r"\s+", " ").replace(r"\s*", "")
                assert _found(pattern, text) == _found(plain, text), (label, text)


@pytest.mark.parametrize("label", sorted(PLAIN))
def test_rewritten_pattern_has_a_first_character_class(label: str) -> None:
    """What makes it cheap: `re`'s compiled search info holds a class of first characters (SRE_INFO_CHARSET)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    pattern = PLAIN[label][0]
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    assert code[2] & 4, label
    plain = PLAIN[label][1]
    assert not _compiler._code(_parser.parse(plain, 0), 0)[2] & 5, label  # the plain form had neither prefix nor class


def test_date_cue_led_is_date_cue() -> None:
    assert DATE_CUE_LED.startswith("更新|") and "(?i:" in DATE_CUE and date_format._DATE_CUE.pattern == DATE_CUE_LED


def test_trailing_title_returns_for_a_block_that_ends_a_sentence() -> None:
    """`_trailing_title` returns None at once for a text that ends with a sentence end (what the plain form concluded
    after finding that end): the numbered title run in after a sentence end is still found."""
    from policylens.model import Block, Piece

    def block(text: str) -> Block:
        return Block("paragraph", text, 1, 1, 1, (Piece(0, len(text), 1, 1),))

    assert _trailing_title(block("…将适用本政策。 6.本隐私政策的更改")) is not None
    for text in ("…将适用本政策。", "。", "将适用本政策。 6.本隐私政策的更改。", "6.本隐私政策的更改？  "):
        assert _trailing_title(block(text)) is None
