"""Issue #13: every pattern a rule scans the joined text with keeps the rule `Context.scan` relies on.

`Context.scan` searches all units at once in their joined text (units separated by a
newline).  That gives the matches a per-unit `finditer` gives only when the pattern
treats the separator as it treats the end of a text: no `^`, `$`, `\\A` or `\\Z`, and no
lookaround that could see the newline (`(?<![^a])` fails after the separator but
succeeds at the start of a text; `(?=\\s)` the reverse).  The patterns are collected
automatically, by recording every pattern given to `Context.scan` while every rule runs
over `corpora/` and over every rule case, and each is checked on its parsed form.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import parse_string, shared_parse, yaml_load
from policylens.check import default_lang
from policylens.rules import all_rules
from policylens.rules.context import Context, Settings

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover
    import sre_constants
    import sre_parse

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).parent / "cases"
_SAFE_AT = {sre_constants.AT_BOUNDARY, sre_constants.AT_NON_BOUNDARY}
_SEES_NEWLINE_CATEGORIES = {
    sre_constants.CATEGORY_SPACE,
    sre_constants.CATEGORY_NOT_DIGIT,
    sre_constants.CATEGORY_NOT_WORD,
    sre_constants.CATEGORY_LINEBREAK,
    sre_constants.CATEGORY_UNI_SPACE,
    sre_constants.CATEGORY_UNI_NOT_DIGIT,
    sre_constants.CATEGORY_UNI_NOT_WORD,
    sre_constants.CATEGORY_UNI_LINEBREAK,
}


def _class_has_newline(items: list[tuple[Any, Any]]) -> bool:
    negate = bool(items) and items[0][0] is sre_constants.NEGATE
    found = False
    for op, av in items[1:] if negate else items:
        if (
            (op is sre_constants.LITERAL and av == 10)
            or (op is sre_constants.RANGE and av[0] <= 10 <= av[1])
            or (op is sre_constants.CATEGORY and av in _SEES_NEWLINE_CATEGORIES)
        ):
            found = True
    return found != negate


def _can_consume_newline(parsed: Any, dotall: bool) -> bool:
    """Could any character this (sub)pattern consumes be a newline?  (Conservative: any position.)"""
    for op, av in parsed:
        if op is sre_constants.LITERAL and av == 10:
            return True
        if op is sre_constants.NOT_LITERAL and av != 10:
            return True
        if op is sre_constants.ANY and dotall:
            return True
        if op is sre_constants.IN and _class_has_newline(av):
            return True
        if any(_can_consume_newline(sub, dotall) for sub in _children(op, av)):
            return True
    return False


def _children(op: Any, av: Any) -> list[Any]:
    if op is sre_constants.SUBPATTERN:
        return [av[-1]]
    if op is sre_constants.BRANCH:
        return list(av[1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) or op.name == "POSSESSIVE_REPEAT":
        return [av[2]]
    if op.name == "ATOMIC_GROUP":
        return [av]
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    if op is sre_constants.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


def joined_scan_problems(pattern: str, flags: int = 0) -> list[str]:
    """Why `pattern` cannot be searched in the joined text (empty: it can)."""
    problems: list[str] = []
    dotall = bool(flags & re.S)

    def walk(parsed: Any) -> None:
        for op, av in parsed:
            if op is sre_constants.AT and av not in _SAFE_AT:
                problems.append(f"anchor {av}")
            if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) and _can_consume_newline(av[1], dotall):
                problems.append(f"{'lookbehind' if av[0] < 0 else 'lookahead'} that can see the newline")
            for sub in _children(op, av):
                walk(sub)

    walk(sre_parse.parse(pattern, flags))
    return problems


def _pattern_text(pattern: Any) -> tuple[str, int]:
    body = getattr(pattern, "body", None)  # lazyre.GuardedPattern: guard + body
    flags = body.flags if body is not None else getattr(pattern, "flags", 0)
    return pattern.pattern, flags


def _case_texts() -> list[str]:
    texts = []
    for path in sorted(CASES.glob("*.yml")):
        for name, case in yaml_load(path.read_text(encoding="utf-8")).items():
            if name != "rule" and isinstance(case, dict):
                texts += [case[k] for k in ("pass", "fail") if isinstance(case.get(k), str)]
    return texts


@pytest.fixture(scope="module")
def scanned_patterns() -> dict[str, tuple[str, int]]:
    """Every pattern that a rule searched in the joined text, over the corpus and the rule cases."""
    recorded: dict[str, tuple[str, int]] = {}
    original = Context.scan

    def spy(self: Context, pattern: Any, *, needs: Any = None, per_unit: bool = False) -> Any:
        if needs is None and not per_unit:
            text, flags = _pattern_text(pattern)
            recorded[text] = (text, flags)
        return original(self, pattern, needs=needs, per_unit=per_unit)

    registry = all_rules()
    docs = [shared_parse(p).document for p in sorted((ROOT / "corpora").rglob("*")) if p.is_file() and not p.name.endswith("SOURCES.md")]
    docs += [parse_string(text) for text in _case_texts()]
    Context.scan = spy  # type: ignore[method-assign]
    try:
        for doc in docs:
            ctx = Context(doc, lang=default_lang(doc), settings=Settings())
            for rule in registry.values():
                list(rule().check(ctx))
    finally:
        Context.scan = original  # type: ignore[method-assign]
    return recorded


def test_patterns_were_collected(scanned_patterns: dict[str, tuple[str, int]]) -> None:
    assert len(scanned_patterns) >= 8, sorted(scanned_patterns)


def test_every_joined_scan_pattern_treats_the_separator_as_the_end_of_a_text(scanned_patterns: dict[str, tuple[str, int]]) -> None:
    bad = {text[:120]: problems for text, flags in scanned_patterns.values() if (problems := joined_scan_problems(text, flags))}
    assert bad == {}, "use Context.scan(needs=...) or per_unit=True for these, or rewrite them"


@pytest.mark.parametrize(
    ("pattern", "flags", "ok"),
    [
        ("^x", 0, False),
        ("x$", 0, False),
        (r"x\Z", 0, False),
        (r"\Ax", 0, False),
        ("(?<![^a])x", 0, False),
        (r"x(?=\s)", 0, False),
        ("x(?=.)", re.S, False),
        (r"(?<=\W)x", 0, False),
        (r"x(?!\S)", 0, True),
        (r"\bx\b", 0, True),
        ("(?<![A-Za-z])x", 0, True),
        ("x(?=.)", 0, True),
        ("【[^】]*】", 0, True),
    ],
)
def test_the_checker_knows_what_breaks_a_joined_scan(pattern: str, flags: int, ok: bool) -> None:
    assert (joined_scan_problems(pattern, flags) == []) is ok
