"""The drafting notes of a document, in document order: the notes to the drafter (`drafting_notes`) and to whoever
configures or publishes the template (`configurer_notes`), the overlapping notes of one unit merged into one.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_instruction.configurer_notes import _configurer_notes
from policylens.rules.placeholder_instruction.drafting_notes import _DRAFTING, _drafting_imperative, _merged


def drafting_spans(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every drafting note, in document order (overlapping notes of a unit as one)."""
    spans: list[tuple[TextUnit, int, int]] = []
    for unit, start, end, m in ctx.scan(_DRAFTING):
        span = _drafting_imperative(unit.text, start, end, m)
        if span is not None:
            spans.append((unit, span[0], span[1]))
    spans.extend(_configurer_notes(ctx))
    if not spans:
        return
    order = {id(u): k for k, u in enumerate(ctx.units())}
    yield from _merged(spans, order)
