"""What counts as a Chinese character for placeholder-empty: one test for a character (`_is_cjk`) and the same test as a
pattern (`_CJK_CHARACTER`) for counting them in C."""

from __future__ import annotations

from policylens.lazyre import lazy


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


# one CJK character as `_is_cjk` has it: counted by `findall` in C, where a generator asked `_is_cjk` of every character
# of every paragraph without a subject (every paragraph of an English policy: session 38, ~3% of checking `corpora/`)
_CJK_CHARACTER = lazy("[\u4e00-\u9fff]")
