"""The spans placeholder-drafting reports on a unit: overlapping notes merged into one, and a paragraph that opens with a
note and goes on in later sentences of notes reported as one note."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.rules.placeholder_drafting.status_lines import _MARKUP_CHARS


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or adjacent spans as one (a clause with two notes, two notes in a row), in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _one_note(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(u43k2, issue #11 §5: one defect, one finding) A paragraph that opens with a note (「发布说明：本页面是公共站点初稿…。
    …应在正式上线前由运营方确认。后台发布的正式文本…与本初稿不一致时，以正式文本为准」, round43 tokenboat-bi-ts L10) is
    one note, however many of its sentences say so: one span from its first note to its last, while each note is a
    sentence after the last (a sentence end between them).  Two fields on one line (「更新日期：【待法务确认】 | 生效日期：
    【待法务确认】」, round40 gobob-tsx) and notes inside a paragraph of the policy (two bracketed asides) stay one finding
    each."""
    if len(spans) < 2 or spans[0][0] > len(text) - len(text.lstrip(_MARKUP_CHARS)):
        return spans
    out = [spans[0]]
    for start, end in spans[1:]:
        if len(out) == 1 and _NOTE_SENTENCE_END.search(text, out[0][1], start):
            out[0] = (out[0][0], end)  # (the opening note goes on in a later sentence)
        else:
            out.append((start, end))
    return out


_NOTE_SENTENCE_END = lazy(r"[。！？!?]|\.(?!\d)")  # a sentence end between two notes (`_one_note`)
