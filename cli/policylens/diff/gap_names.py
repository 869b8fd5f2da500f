"""Sections of one gap that keep the name their title opens with (fifty-second session, u52x).

A rewrite that renames a section and rewrites its whole text (lists folded into a paragraph) leaves nothing for the
body to match: `eval/pairs52` sigil-story's 「Session Logs」 → 「Session 日志」, 「MCP And Secret Egress」 → 「MCP 与 Web
数据」, 「Doctor Output」 → 「Doctor 与 Feedback 输出」 were 0.16–0.29 alike, as alike as unrelated sections of the same gap
(0.09–0.27), so each was shown removed and added.  What a reader sees is the name the title opens with, kept: a feature
or product named in Latin letters at the head of a Chinese policy's heading.

`named_pairs` pairs an old and a new section left unpaired between the same two paired neighbours (`align._gap_pairs`)
when, all at once:

- both titles open with the same Latin word (case folded, `MIN_NAME` letters at least, not an English title word of
  `_TITLE_WORDS`: How, Your, Data…), and that word opens no other unpaired title of the gap on either side;
- at least one of the two titles holds Han characters (a Chinese policy's heading, where a leading Latin word is a
  name; two English headings opening with one word are left to the other rounds);
- the same level, the same number (or none, or the gap's renumbering step) and bodies `GAP_BODY_NAMED` alike;
- the pair keeps order with every other pair of the gap (a crossing pair is dropped, both ways).

Precision first: a title that opens otherwise (「Web Search 数据」, merged into 「MCP 与 Web 数据」) stays removed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from policylens import lazyre
from policylens.model import Section
from policylens.patterns import HAN_CHAR

# letters a leading name must have: 「MCP」 and 「SDK」 are names, 「A」 or 「Q」 a list label
MIN_NAME = 3
# bodies at least this alike (`align.GAP_BODY_ONE_FOR_ONE`): sigil-story's three pairs are 0.16, 0.19 and 0.29 alike
GAP_BODY_NAMED = 0.15
_LEADING = lazyre.compile(r"[A-Za-z][A-Za-z0-9+#-]*+")
# English words that open headings without naming anything (two English headings may share them)
_TITLE_WORDS = frozenset(
    {
        "about", "and", "are", "can", "data", "do", "does", "for", "how", "information", "our", "personal", "policy",
        "privacy", "the", "this", "use", "we", "what", "when", "where", "which", "who", "why", "will", "with", "you", "your",
    }
)  # fmt: skip


def leading_name(title: str | None) -> str | None:
    """The Latin word a title opens with, case folded, if it is a name (module docstring); else None."""
    m = _LEADING.match((title or "").lstrip())
    if m is None:
        return None
    word = m.group(0).lower()
    return word if len(word) >= MIN_NAME and word not in _TITLE_WORDS else None


def _has_han(title: str | None) -> bool:
    return any(HAN_CHAR.match(c) for c in title or "")


def named_pairs(
    old: Sequence[Section],
    new: Sequence[Section],
    gap: tuple[list[int], list[int]],
    made: Sequence[tuple[int, int]],
    same_place: Callable[[int, int], bool],
    body: Callable[[int, int], float],
) -> list[tuple[int, int, float]]:
    """Pairs (i, j, body) of the gap's unpaired sections `gap` (old and new indexes; those of the gap's pairs already
    `made` excepted) that keep their leading name (module docstring).  `same_place(i, j)`: the numbers agree;
    `body(i, j)`: their similarity."""
    olds = [i for i in gap[0] if i not in {p[0] for p in made}]
    news = [j for j in gap[1] if j not in {p[1] for p in made}]
    names_old: dict[str, list[int]] = {}
    names_new: dict[str, list[int]] = {}
    for side, idx, names in ((old, olds, names_old), (new, news, names_new)):
        for k in idx:
            if (name := leading_name(side[k].title)) is not None:
                names.setdefault(name, []).append(k)
    found: list[tuple[int, int, float]] = []
    for name, at_old in names_old.items():
        at_new = names_new.get(name, [])
        if len(at_old) != 1 or len(at_new) != 1:
            continue
        i, j = at_old[0], at_new[0]
        a, b = old[i], new[j]
        if a.level != b.level or not (_has_han(a.title) or _has_han(b.title)) or not same_place(i, j):
            continue
        score = body(i, j)
        if score >= GAP_BODY_NAMED:
            found.append((i, j, score))
    # in order with each other and with the gap's pairs already made
    return [p for p in found if not any(_cross(p[:2], q[:2]) for q in [*(f[:2] for f in found if f is not p), *made])]


def _cross(p: tuple[int, int], q: tuple[int, int]) -> bool:
    return (p[0] < q[0]) != (p[1] < q[1])
