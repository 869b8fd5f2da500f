"""Heading levels: nesting by numbering style and markup depth, and the corrections a reader makes.

`assign_levels` nests with a stack.  Explicit depths nest as written (a second-language
edition's title, 「# 私隱政策」 after 「# Privacy Policy」, starts the nesting over: its
sections are level 1 like the first edition's); each numbering style gets the next level
the first time it appears below the current one (一、 → （一） → 1. …), but never below a
bold unnumbered heading (「**概要**」 is a sibling of 「一、」); a plain heading directly
followed by another heading is a *parent* and the headings after it are its children
until the next parent.  Limits: a document that mixes styles inconsistently gets the
nesting of first appearance; plain headings have only two levels.

Then `peer_depths`, `nest_numbering`, `align_sequences` and `align_unnumbered` correct
what the stack gets wrong: skipped Markdown depths, numbering that contradicts the markup
depth (and a second-language edition that numbers its sections again), siblings of one
numbering sequence, and bare lines among numbered headings.

The package, in the order the structure stage runs it: the keys of skipped Markdown depths (`depths`), the stack and
the key that closes a spaced parent (`stack`), what a number says (`numbers`), how a heading moves with what it holds
(`moves`), then the corrections: numbering (`numbering`), sequences (`sequences`), counts that switch style
(`counts`), runs under bare titles (`bare_runs`), second documents (`documents`), marked-up sub-titles (`sub_titles`),
top-level peers (`top_titles`), and the unnumbered lines with every later pass (`unnumbered`).
"""

from __future__ import annotations

from policylens.structure.levels.depths import peer_depths
from policylens.structure.levels.numbering import nest_numbering
from policylens.structure.levels.numbers import SUBORDINATE_STYLES
from policylens.structure.levels.sequences import align_sequences
from policylens.structure.levels.stack import assign_levels, close_spaced_parents
from policylens.structure.levels.unnumbered import align_unnumbered

__all__ = [
    "SUBORDINATE_STYLES",
    "align_sequences",
    "align_unnumbered",
    "assign_levels",
    "close_spaced_parents",
    "nest_numbering",
    "peer_depths",
]
