"""What a heading's number says about its place: whether it starts its sequence (1, 一, A, ①), and the numbering
styles that mark sub-sections, never a policy's top level (A. (一) (1) 1) (a) a) ①)."""

from __future__ import annotations

from policylens.normalise import fold
from policylens.structure.headings import heading_value
from policylens.structure.shapes import Heading


def _starts_sequence(heading: Heading) -> bool:
    """The heading's number is the first of its style: 1, 一, I, A, a or ①."""
    if heading.number is None:
        return False
    if heading.number.style[0] in ("latin", "latin-lower", "latin-paren", "latin-half-paren", "circled"):
        return fold(heading.number.label).lstrip("( ")[:1] in "Aa\u2460"
    return heading_value(heading) == 1


# Numbering styles that mark sub-sections, never the top level of a policy: A. (一) (1) 1) (a) a) ①.
SUBORDINATE_STYLES = frozenset(
    {
        ("latin",),
        ("latin-lower",),
        ("latin-paren",),
        ("latin-half-paren",),
        ("circled",),
        ("cn-paren",),
        ("cn-formal-paren",),
        ("arabic-paren",),
        ("arabic-half-paren",),
    }
)
