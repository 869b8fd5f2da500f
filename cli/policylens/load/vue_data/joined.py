"""String literals joined with `+` in a script's data: one text, each part's pieces where it is written.

Sixty-first session (u61r, eval/profiles61p wuliu-zh, not blind): a mini-program module keeps its policy as an object
whose long strings are written over several lines, `desc: '1. 用户标识（openid）：…提交人、' + '防止重复提交。…'`.  The
value reader (`_Script.read`) took any `+` after a literal for a computed value, so every such section was unknown and
the whole document was left to the plain-text reader (its code lines paragraphs, its operator and purposes unread).

Only literals: `'a' + 'b' + 'c'`, each a plain string or a template literal without `${…}`.  A name, a call, a number,
a template slot anywhere in the chain, or a method called on the result (`(…).trim()`) keeps the value computed, as
before: 「'联系邮箱：' + EMAIL」 is no text of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from policylens.load.lines import shifted_pieces
from policylens.load.scripts import read_literal
from policylens.load.vue_data.values import Text
from policylens.model import Piece

_MAX_PARTS = 200  # literals joined in one value


def joined_text(
    body: str,
    first: Text,
    end: int,
    skip: Callable[[int], int],
    position: Callable[[int], tuple[int, int]],
    has_hole: Callable[[str, int, int], bool],
) -> tuple[Text, int] | None:
    """The text of `first` (ending at `end`, blanks skipped) joined with the literals `+` adds to it, and the index after
    the last one (blanks skipped); None when anything but a literal is joined or a call or member follows."""
    text, pieces = first[0], list(first[1])
    i = end
    for _ in range(_MAX_PARTS):
        if not body.startswith("+", i) or body.startswith(("++", "+="), i):
            break
        j = skip(i + 1)
        quote = body[j : j + 1]
        if quote not in ("'", '"', "`"):
            return None
        literal, after = read_literal(body, j, quote, position)
        if literal is None or (quote == "`" and has_hole(body, j, after)):
            return None
        pieces.extend(shifted_pieces(literal[1], len(text)))
        text += literal[0]
        i = skip(after)
    else:
        return None
    if body[i : i + 1] not in (",", "}", "]", ")", ";", "") and not body.startswith("\n", i):
        return None  # (`.trim()`, `* 2`, a ternary: computed)
    kept: tuple[Piece, ...] = tuple(pieces)
    return (text, kept), i
