"""One defect, one finding: the same text a rule finds several times on one line is one finding (issue #11 §5).

WebRamber's terms page (eval/blind/round42, webramber-jsp) leaves one company name unfilled: 「XXXX」 seven times on
one line were seven `placeholder-instruction` errors, 80 for the one slot.  The reviewer fills the name once; the
report now says it once a line, at its first column, with how often and where the text recurs there: the message
ends 「（本行共 7 处，第 13、73、118… 列）」 in every format, and the JSON finding adds `occurrences` and `columns`
(`Finding.columns`).

Merged: findings of one rule on one line (none spanning lines) with the same message, excerpt, severity and
suggestion and width, when the rule says repeats are one defect (`Rule.merges_repeats`: the placeholder rules, and the script
and vocabulary rules whose finding is a term to change everywhere).  Two *different* slots on a line stay two
findings; so do repeats of a text with no letter, digit or Han character in it (「【】」 twice, 「＿＿＿」 twice): an
empty slot has no name, and two of them on a line are two values to fill in.  The same finding twice at one column
(one text a rule's two ways reached) is one occurrence, not two (u47k2: 「（本行共 2 處，第 12、12 字）」).
"""

from __future__ import annotations

from collections.abc import Collection

from policylens.model import Finding

__all__ = ["merge_repeats", "repeat_note"]

_NOTE = {
    "en": " ({n} times on this line, at columns {columns})",
    "zh-Hans": "（本行共 {n} 处，第 {columns} 列）",
    "zh-Hant": "（本行共 {n} 處，第 {columns} 字）",
}
_SEPARATOR = {"en": ", ", "zh-Hans": "、", "zh-Hant": "、"}
_SHOWN = 8  # columns a message lists; the JSON `columns` holds them all


def repeat_note(columns: tuple[int, ...], lang: str) -> str:
    """What a merged finding's message adds: how often its text is on the line, and at which columns."""
    shown = _SEPARATOR.get(lang, ", ").join(map(str, columns[:_SHOWN])) + ("…" if len(columns) > _SHOWN else "")
    return _NOTE.get(lang, _NOTE["en"]).format(n=len(columns), columns=shown)


def _named(excerpt: str) -> bool:
    """Does the text hold a letter, a digit or a Han character (a slot with a name, not an empty one)?"""
    return any(c.isalnum() for c in excerpt)


def merge_repeats(findings: list[Finding], rules: Collection[str], lang: str) -> list[Finding]:
    """`findings` (sorted by line, column and rule) with each repeat of the same text by one of `rules` on one line
    folded into its first finding (`columns` set, the message noting the count and the columns)."""
    if not any(f.rule in rules for f in findings):
        return findings
    out: list[Finding] = []
    seen: dict[tuple[str, str, str, str, str | None, int], int] = {}  # this line's mergeable findings → index in `out`
    merged: dict[int, list[int]] = {}  # index in `out` → the columns of its occurrences
    # the same columns as a set, to ask in one step (u50h: 「TODO 」 80,000 times on a line asked the list, quadratic)
    at_columns: dict[int, set[int]] = {}
    line = 0
    for f in findings:
        if f.line != line:
            seen.clear()
            line = f.line
        if f.rule in rules and f.end_line == f.line and f.item is None and not f.columns:
            # the width too: every occurrence spans as many columns as the first (SARIF's locations and fixes)
            key = (f.rule, f.severity, f.message, f.excerpt, f.suggestion, f.end_column - f.column)
            at = seen.get(key)
            if at is not None and f.column in at_columns.get(at, (out[at].column,)):
                continue  # (u47k2, round47d moonmoon-tw-tsx) the same finding twice at one column: one text, not two repeats
            if at is not None and _named(f.excerpt):
                merged.setdefault(at, [out[at].column]).append(f.column)
                at_columns.setdefault(at, {out[at].column}).add(f.column)
                continue
            seen[key] = len(out)
        out.append(f)
    for at, columns in merged.items():
        first = out[at]
        out[at] = first._replace(message=first.message + repeat_note(tuple(columns), lang), columns=tuple(columns))
    return out
