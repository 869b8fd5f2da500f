"""u57j task 5: the source ranges the rules ask of a unit run forward, for a text gathered from several places too
(a block rendered where a `.map` stands, made of the map's words and each item's string written above: `model.forward_end`,
u56j2).  `Context.shown_in` / `shown_after` / `shown_before` and `enumeration_lead_in._has_contact` took
`(position(start), end_position(end))`, an end before the start on such a unit: a printed value or a link at the unit's
own first character was never inside it.  They take `TextUnit.span` now, forward as a finding's span.  The eval code
pages holding such units are the cases (found by scanning every .tsx/.jsx/.js/.ts/.mjs page of eval/: 26 units on 8
pages), and a property runs over every code page of eval/."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.errors import UserError
from policylens.load import load
from policylens.model import Document, Piece
from policylens.rules.context import Context, Settings, TextUnit
from policylens.rules.enumeration_lead_in import _has_contact
from policylens.structure import build_document

ROOT = Path(__file__).resolve().parent.parent
GATHERED = [
    "eval/blind/round34/dev/scentpersona-tsx/index.tsx",
    "eval/blind/round40/dev/gobob-tsx/page.tsx",
    "eval/blind/round40d/dev/gobob-tsx/page.tsx",
    "eval/blind/round45/dev/junshi-taro-tsx/index.tsx",
    "eval/blind/round54q/dev/yinping-zh-tsx/Agreement.tsx",
    "eval/precision54/qimeng-tw-jsx/PrivacyPolicy.jsx",
    "eval/profiles54q/docs/yinping-zh/Agreement.tsx",
    "eval/structure54x/holdout/educationos-tsx/LegalPages.tsx",
]
_CODE = (".tsx", ".jsx", ".js", ".ts", ".mjs", ".vue")


def _code_pages() -> list[str]:
    """The code pages of eval/ (its `tools` folders left out), relative to the repository.  (u58s, issue #13: `os.walk`,
    not `Path.rglob("*")` over every file of eval/: the same list, made at collection in every worker, in 0.17 s of CPU
    instead of 0.38 s.)"""
    found = []
    for folder, folders, names in os.walk(ROOT / "eval"):
        folders[:] = [f for f in folders if f != "tools"]
        found.extend(os.path.relpath(os.path.join(folder, name), ROOT) for name in names if os.path.splitext(name)[1] in _CODE)
    return sorted(found)


CODE_PAGES = _code_pages()


@lru_cache(maxsize=16)
def _units(path: str) -> tuple[Context | None, tuple[TextUnit, ...]]:
    try:
        loaded = load(str(ROOT / path))
    except UserError:
        return None, ()  # a page the loader refuses (eval/precision51 szzyvip-zh-vue: malformed HTML) has no range to ask
    doc = build_document(loaded, release=True, full=False)
    ctx = Context(doc, lang="zh", settings=Settings())
    return ctx, tuple(u for u in ctx.units() if u.text)


def _backward(unit: TextUnit) -> bool:
    return unit.end_position(len(unit.text)) < unit.position(0)


def _with(doc: Document) -> Context:
    return Context(doc, lang="zh", settings=Settings())


@pytest.mark.parametrize("path", GATHERED)
def test_a_gathered_unit_holds_what_stands_at_its_first_character(path: str) -> None:
    ctx, units = _units(path)
    assert ctx is not None
    gathered = [u for u in units if _backward(u)]
    assert gathered  # (the page still reads such a unit: the case holds)
    for unit in gathered:
        first = unit.position(0)
        line, column, end_line, end_column = unit.span(0, len(unit.text))
        assert (line, column) == first and (end_line, end_column) > first
        shown = _with(ctx.doc._replace(media=(first,)))
        assert shown.shown_in(unit, 0, len(unit.text))  # base57: False (the range ran backwards)
        linked = _with(ctx.doc._replace(links=(("mailto:privacy@example.org", (Piece(0, 1, *first),), ""),)))
        assert _has_contact(linked, unit)  # base57: False


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_range_a_rule_asks_runs_forward(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(CODE_PAGES + GATHERED * 20))
    ctx, units = _units(path)
    if ctx is None or not units:
        return
    unit = data.draw(st.sampled_from(units))
    start = data.draw(st.integers(0, len(unit.text) - 1))
    end = data.draw(st.integers(start + 1, len(unit.text)))
    line, column, end_line, end_column = unit.span(start, end)
    assert (end_line, end_column) > (line, column)
    # a value printed at the range's first character or at its last is inside it, as `shown_in` reads it
    for at in ((line, column), (end_line, end_column)):
        assert _with(ctx.doc._replace(media=(at,))).shown_in(unit, start, end)
