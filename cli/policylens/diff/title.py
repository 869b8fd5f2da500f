"""The document title: a product rename (「麻將…隱私政策」 → 「麻雀…隱私政策」) is a change.

The title line is metadata, not a section, so section alignment never sees it.  Here the
two titles are compared with the keys paragraphs use: a title that differs only by
formatting (`# **隐私政策**` → `# 隐私政策`) is noise, one that differs only by script or
regional wording in a cross-script diff (隱私權政策 / 隐私政策) is a variant, anything else is
a change, reported first by every format (`DiffReport.title`, JSON `title_change`).

A title found on one side only is not compared: heading detection, not the author, often
decides whether the first line is a title, and its text is then diffed where it landed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policylens.diff.keys import compare_key, layout_key
from policylens.diff.redline import changed_with_context, word_spans
from policylens.diff.topics import topics_of
from policylens.language_names import LANGUAGE_NAMES
from policylens.model import Change, Document

_EDITION_LABEL = re.compile(
    rf"[ \t\u3000]{{0,3}}[(（\[【][ \t]{{0,2}}(?:{LANGUAGE_NAMES})(?:[ \t]{{0,2}}(?:版|版本|edition|version))?[ \t]{{0,2}}[)）\]】]", re.I
)


class TitleDiff(NamedTuple):
    """The title change (None when the titles agree), and whether they differ by script or formatting only."""

    change: Change | None
    variants: int
    noise: int


def diff_titles(
    old: Document,
    new: Document,
    *,
    granularity: str,
    cross_script: bool,
    strict: bool,
    scripts: tuple[str | None, str | None],
    show_variants: bool,
    notes: set[str] | None = None,
) -> TitleDiff:
    """Compare the two documents' titles (module docstring)."""
    a, b = old.metadata.title, new.metadata.title
    if a is None or b is None or a == b:
        return TitleDiff(None, 0, 0)
    # The edition's own label (「…隐私政策（简体中文）」 / 「…隱私權政策（繁體中文）」) names the edition, not the policy:
    # two editions of one version have the same title (review, seventh session); --strict still compares it.
    bare_a, bare_b = (a, b) if strict else (_EDITION_LABEL.sub("", a), _EDITION_LABEL.sub("", b))
    key_a = compare_key(bare_a, script=scripts[0], cross_script=cross_script, strict=strict)
    key_b = compare_key(bare_b, script=scripts[1], cross_script=cross_script, strict=strict)
    spans, _ = word_spans(a, b, granularity=granularity, cross_script=cross_script, strict=strict, scripts=scripts, notes=notes)
    change = Change("replace", old.metadata.title_line, new.metadata.title_line, a, b, spans, topics_of(*changed_with_context(spans)))
    if key_a != key_b and any(s.op != "equal" for s in spans):
        return TitleDiff(change, 0, 0)
    if cross_script and layout_key(a) != layout_key(b):
        return TitleDiff(change._replace(variant=True) if show_variants else None, 1, 0)
    return TitleDiff(None, 0, 1)
