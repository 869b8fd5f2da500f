"""Fast paths of the structure stage (issue #11, twenty-first session) give what their plain forms give."""

from __future__ import annotations

import random
import re

from policylens.normalise import fold
from policylens.structure import metadata
from policylens.structure.language import _HAN_HIGH, _HAN_RUN, _han_flags, languages, paragraph_language, section_languages


def _plain_han(text: str) -> int:
    return sum(map(len, _HAN_RUN.findall(text)))


# Around every edge of the Han class by UTF-16 high byte: U+33FF/U+3400, the Yijing hexagrams after U+4DBF,
# U+4DFF/U+4E00, U+9FFF/U+A000, U+F8FF/U+F900, U+FAFF/U+FB00, plus a lone surrogate and characters beyond the BMP.
_HAN_EDGES = "\u33ff\u3400\u4cff\u4d00\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00\u3000，a"


def test_han_flags_count_what_the_han_runs_count() -> None:
    """Any stretch's flag count is its `_HAN_RUN` count; no flags for a text the high bytes cannot tell (0x4D, astral)."""
    rng = random.Random(4)
    for _ in range(3000):
        text = "".join(
            rng.choices(_HAN_EDGES.replace("\u4d00", "").replace("\u4dbf", "").replace("\u4dc0", "").replace("\u4dff", ""), k=30)
        )
        flags = _han_flags(text)
        assert flags is not None
        a, b = sorted(rng.sample(range(len(text) + 1), 2))
        assert flags.count(1, a, b) == _plain_han(text[a:b]), text
    assert bytes(1 if 0x34 <= b < 0x4D or 0x4E <= b < 0xA0 or b in (0xF9, 0xFA) else 0 for b in range(256)) == _HAN_HIGH
    for hard in ["甲\u4dc0乙", "甲\u4d00", "甲𠀀乙", "𝐀"]:
        assert _han_flags(hard) is None, hard
    assert _han_flags("甲\ud800乙") == b"\x01\x00\x01"  # a lone surrogate is one code unit: no Han


def test_languages_from_flags_match_the_plain_functions() -> None:
    """Sections of Han, Latin, ASCII-only, empty and edge texts (with and without the characters that turn the flags off)."""
    rng = random.Random(9)
    pieces = ["信息", "隱私", "，", "。", "Google Analytics ", "we use ", "123", "", " ", "\u4dc0", "𠀀", "\u3400", "\uf900", "豈"]
    for _ in range(400):
        sections = [
            (
                [*(["Privacy 隱私"] if rng.random() < 0.2 else []), "".join(rng.choices(pieces, k=rng.randrange(4)))],
                ["".join(rng.choices(pieces, k=rng.randrange(1, 12))) for _ in range(rng.randrange(4))],
            )
            for _ in range(rng.randrange(1, 6))
        ]
        langs, per_paragraph = languages(sections)
        assert langs == section_languages(" ".join([*heads, *paras]) for heads, paras in sections), sections
        for (_, paras), lang, got in zip(sections, langs, per_paragraph, strict=True):
            assert got == [paragraph_language(text, lang) for text in paras], sections


def test_numeric_dates_scan_only_texts_with_a_separator_twice() -> None:
    """`_numeric_matches` skips texts without two of one separator: the same matches as the plain scan."""
    rng = random.Random(3)
    plain = re.compile(metadata._NUMERIC_DATE.pattern)
    pieces = ["0", "3", "12", "30", "2021", "/", ".", "-", " ", "／", "．", "－", "v1", "年", "a"]
    for _ in range(5000):
        folded = fold("".join(rng.choices(pieces, k=rng.randrange(10))))
        want = [m.span() for m in plain.finditer(folded) if not m.start() or folded[m.start() - 1] not in "0123456789./-"]
        assert [m.span() for m in metadata._numeric_matches(folded)] == want, folded
