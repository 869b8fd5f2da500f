"""The heading-shape shortcuts of issue #11 give the answers of the plain forms they skip.

`unemphasise` no longer calls `re` when the stripped text does not start with ** or __,
and `is_plain_heading` rejects a line ending in 。 before folding it.  Both are speed
only: compared here with the plain forms on generated and corpus lines.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from policylens.model import Block
from policylens.normalise import fold
from policylens.structure import shapes

ROOT = Path(__file__).resolve().parent.parent
_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")


def _plain_unemphasise(text: str) -> str:
    m = _EMPHASIS.match(text.strip())
    return m.group(2).strip() if m else text


def _lines() -> list[str]:
    rng = random.Random(1201)
    alphabet = ["*", "_", " ", "\u3000", "\n", "\t", "。", "中", "a", "：", "1", "．"]
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    lines += ["**", "****", "__a__", " **粗體** ", "\u3000__底線__\n", "**a*", "*a*", "**一、總則**。", "關於我們。", "關於我們"]
    for path in sorted((ROOT / "corpora").rglob("*.md"))[:15]:
        lines += path.read_text(encoding="utf-8", errors="replace").split("\n")
    return lines


def test_unemphasise_matches_the_plain_form() -> None:
    for line in _lines():
        assert shapes.unemphasise(line) == _plain_unemphasise(line), repr(line)


def test_a_line_ending_in_a_full_stop_is_rejected_as_the_folded_test_rejects_it() -> None:
    """。 folds to itself, so the shortcut answers what `folded.endswith(_NOT_HEADING_END)` answers."""
    assert fold("。") == "。"
    for line in _lines():
        text = shapes.unemphasise(line).strip()
        if text.endswith("。"):
            folded = fold(text)
            assert folded.endswith(shapes._NOT_HEADING_END) and not folded.endswith("...")
            block = Block("paragraph", line, 1, 1, 1, (None,))  # type: ignore[arg-type]  # one piece: a one-line block
            assert shapes.is_plain_heading(block) is False
