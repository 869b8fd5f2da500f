"""Issue #11, fifty-third session (u53t): scans of `placeholder-empty` and `placeholder-instruction` made cheaper, with the
same answers.

* `placeholder_gaps._marked_gaps` searches each pattern through `ctx.scan` (with a `needs` every match holds, so the scan
  memo skips the texts of earlier files the pattern found nothing in) and puts the hits back in the loop's order (unit,
  then pattern, then match); the group's own `needs` is still asked of each unit with a hit.  Its plain form, the loop
  over the units it replaced, is kept here and compared on constructed forms of every pattern (both ways, the group's
  needs failing, two patterns in one unit, a heading, a code span) and on the text and Markdown files of `corpora/`,
  without a memo, with one over a run read twice, and exhaustively.
* `placeholder_builder._purpose_holes` picks its units by the word and the mark after it (用于。, 为了，, " .") instead of
  the word alone: the same holes as a search of every unit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import parse_string
from policylens.model import Document
from policylens.rules import placeholder_builder as builder
from policylens.rules import placeholder_gaps as gaps
from policylens.rules.context import Context, Settings, TextUnit, in_code
from policylens.rules.scan_memo import ScanMemo

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted([*(ROOT / "corpora").rglob("*.txt"), *(ROOT / "corpora").rglob("*.md")])


def _plain_marked_gaps(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """The loop `_marked_gaps` was until the fifty-third session: each unit of the group's kinds holding its needs,
    searched with each pattern in turn."""
    groups = (
        (("paragraph",), gaps._EN_NEEDS, (gaps._EN_PREPOSITION, gaps._EN_TITLE, gaps._EN_OF_AND, gaps._EN_LABEL_NO_VALUE)),
        (
            ("paragraph", "heading", "title"),
            gaps._ZH_NEEDS,
            (
                gaps._ZH_EMPTY_DEFINITION,
                gaps._ZH_NO_OBJECT,
                gaps._ZH_NOBODY_WELCOMED,
                gaps._ZH_FIRST_NAME_GONE,
                gaps._ZH_SPACED_SITE,
                gaps._ZH_SPACED_PRODUCT,
                gaps._ZH_SPACED_SUBJECT,
                gaps._ZH_LABEL_NO_VALUE,
            ),
        ),
        (("paragraph",), gaps._ZH2_NEEDS, (gaps._ZH_EMPTY_BEFORE_COMMA, gaps._ZH_CLAUSE_OF, gaps._ZH_SELF_DEFINED, gaps._ZH_WORD_TWICE)),
    )
    units = ctx.units()
    for kinds, needs, patterns in groups:
        for i, unit in enumerate(units):
            text = unit.text
            if unit.kind not in kinds or not needs.search(text):
                continue
            for pattern in patterns:
                if pattern is gaps._ZH_CLAUSE_OF and not gaps._after_a_sentence(units, i):
                    continue
                for m in pattern.finditer(text):
                    if pattern in gaps._UNCLOSED and not gaps._never_closed(text, m.end("hole")):
                        continue
                    if not in_code(unit, m.start("hole")) and not ctx.shown_in(unit, m.start("hole"), m.end("hole") + 1):
                        yield unit, m.start("hole"), m.end("hole")


GAP_TEXTS = [
    # English: a preposition before a mark, a title that lost its name, of … and, a label with no value
    "This is any product and/or service of , It means the app.\n\nYour use and trust in . We will keep it.\n",
    'Read the " Privacy Policy" before use.\n\nAll products and/or services of and products and/or services of ours.\n',
    "Its website (official website: and abides by the regulations (Cap. 486).\n\nThe site (website: and app) is ours.\n",
    # Chinese with ASCII marks: every pattern of the second group, and two of them in one unit (pattern order, not text order)
    "感谢您对的信任。欢迎来到 !本平台(以下简称:)由我们运营。\n\n海螺姑娘经营者(下称或称“我们”)。\n\n本公司（以下简称或“本公司”）。\n",
    "对于您在 网站上的个人信息，关于任何 产品或服务，关于 处理其供应商之个人信息的方式。\n",
    "本政策（官方網站：並遵守相關法規。\n\n請見官方網站（網站：以及其他條款的規定。\n\n（網站：並不）適用。\n",
    "# 欢迎来到 !\n\n## 感谢您对的支持\n\n`在 网站上` 与 `关于 处理` 之外。\n",
    # the third group: a definition with nothing before its comma, a clause opening on 的, a word defined as itself
    '本网站官方网站(, "本网站")。\n\n第一條。\n\n2.2 的服务是指本公司的服务。\n\n依第\n\n3. 的規定。\n\n網站是指網站。\n\n本站是指網站,網站。\n\n1、的服务。\n\n２．　的内容。\n\n1.2.3\u3000的条款。\n',
    "No hole here: the products of and services offered by us, what it is used for.\n\n在您与我们之间。\n",
]


def _docs() -> list[Document]:
    return [parse_string(t) for t in GAP_TEXTS] + [parse_string(p.read_text(encoding="utf-8"), p.suffix) for p in TEXTS]


def _holes(found: Iterator[tuple[TextUnit, int, int]]) -> list[tuple[int, int, int]]:
    return [(id(unit), start, end) for unit, start, end in found]


@pytest.mark.parametrize("mode", ["plain", "memo", "exhaustive"])
def test_marked_gaps_finds_what_the_loop_over_the_units_finds(mode: str) -> None:
    memo = ScanMemo() if mode == "memo" else None
    runs = 2 if mode == "memo" else 1  # twice: the memo's second reading of each text
    found = 0
    for doc in _docs() * runs:
        ctx = Context(doc, lang="zh-Hans", settings=Settings(), memo=memo, exhaustive=mode == "exhaustive")
        holes = _holes(gaps._marked_gaps(ctx))
        assert holes == _holes(_plain_marked_gaps(ctx))
        found += len(holes)
    assert found == 24 * runs  # the constructed forms' holes (the files of corpora/ have none)


def test_the_constructed_forms_are_each_found_or_left_as_the_group_needs_say() -> None:
    def shown(text: str) -> list[str]:
        ctx = Context(parse_string(text), lang="zh-Hans", settings=Settings())
        return [unit.text[start:end] for unit, start, end in gaps._marked_gaps(ctx)]

    assert shown(GAP_TEXTS[3].split("\n\n")[0]) == ["(以下简称:)", "对的", " "]  # the pattern order in a unit
    assert shown("本政策（官方網站：並遵守相關法規。") == ["："]
    assert shown("請見官方網站（網站：以及其他條款的規定。") == []  # 以及: not in the group's needs, as before


def _plain_purpose_holes(ctx: Context) -> list[tuple[int, int, int]]:
    found = []
    for pattern in (builder._PURPOSE_ZH, builder._PURPOSE_WECHAT, builder._PURPOSE_EN):
        for unit in ctx.units():
            for m in pattern.finditer(unit.text):
                if not in_code(unit, m.start()):
                    found.append((id(unit), m.start(), m.end()))
    return found


PURPOSE_TEXTS = [
    "开发者收集你的地址，用于。\n\n用於 ；其他。\n\n本政策并不适用于。\n\n用于：\n\n- 一项\n",
    "为了，开发者将在获取你的明示同意后收集。\n\n這是為了，移動應用程序可以運作。\n",
    "We collect your e-mail address, used for .\n\nFor the purpose of ; and what it is used for.\n\n`used for .` in code.\n",
]


@pytest.mark.parametrize("memo", [None, "run"])
def test_purpose_holes_are_the_holes_of_a_search_of_every_unit(memo: str | None) -> None:
    shared = ScanMemo() if memo else None
    docs = [parse_string(t) for t in PURPOSE_TEXTS] + [parse_string(p.read_text(encoding="utf-8"), p.suffix) for p in TEXTS[:30]]
    found = 0
    for doc in docs * 2:
        ctx = Context(doc, lang="zh-Hans", settings=Settings(), memo=shared)
        holes = _holes(builder._purpose_holes(ctx))
        assert holes == _plain_purpose_holes(ctx)
        found += len(holes)
    assert found >= 2 * 5
