"""Issue #11, throughput (u56t): the placeholder rules' whole-text and per-unit prefilters asked through the scan memo.

Defect classes: a prefilter that skips a text where the form it guards can match (a `needs` that some match of its
pattern does not hold; a whole-text search replaced by a unit-wise one for a pattern whose match can hold the separator
or read around it), a memo that answers a changed question (a scan stopped early recorded as complete), and a lazy
pattern made anew at every call of a family.  Each is checked against the families' own patterns (parsed, not
sampled), and the answers against the plain forms they replaced, on constructed template documents read in a run and
on every file of `corpora/`.
"""

from __future__ import annotations

import re
from pathlib import Path
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from helpers import parse_string
from policylens.joined import local_pattern
from policylens.load import load
from policylens.model import Document
from policylens.rules.context import Context, Settings
from policylens.rules.placeholder_instruction import field_values
from policylens.rules.placeholder_pending_text import _PREPARING_ANY
from policylens.rules.scan_memo import ScanMemo
from policylens.structure import build_document

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "cli" / "policylens" / "rules"


def _holds(items: Any, chars: str) -> bool:
    """Whether every match of the parsed sequence `items` holds one of `chars` (proved from the parse: a literal, a
    class of them, a group, an alternation whose every branch holds one, or a repeat of at least one of such a node)."""
    for op, av in items:
        if op is _c.LITERAL and chr(av) in chars:
            return True
        if op is _c.IN and all(kind is _c.LITERAL and chr(value) in chars for kind, value in av):
            return True
        if op is _c.SUBPATTERN and _holds(av[3], chars):
            return True
        if op is _c.BRANCH and all(_holds(branch, chars) for branch in av[1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1 and _holds(av[2], chars):
            return True
    return False


def _every_match_holds(pattern: re.Pattern[str], chars: str) -> bool:
    return _holds(_parser.parse(pattern.pattern, pattern.flags).data, chars)


def test_the_proof_helper_fails_a_pattern_with_a_branch_that_lacks_the_characters() -> None:
    """The helper itself: a branch without the character, an optional node, a class wider than the characters."""
    assert _every_match_holds(re.compile(r"(?:【[ \t]*】|方括号)内"), "】括")
    assert not _every_match_holds(re.compile(r"(?:【[ \t]*】|［[ \t]*］)内"), "】括")
    assert not _every_match_holds(re.compile(r"(?:】)?内"), "】")
    assert not _every_match_holds(re.compile(r"[】］]内"), "】")


def test_declares_needs_is_held_by_every_match_of_its_pattern() -> None:
    """`_DECLARES_NEEDS` may only leave out units where `_DECLARES` cannot match: every match holds 】, ］, ] or 括."""
    needs = field_values._DECLARES_NEEDS
    chars = "".join(chr(value) for _, value in _parser.parse(needs.pattern, needs.flags).data[0][1])
    assert sorted(chars) == sorted("】］]括")
    assert _every_match_holds(field_values._DECLARES, chars)


def test_whole_text_prefilters_asked_unit_by_unit_are_local_patterns() -> None:
    """`Context.holds` answers what the joined text's search answered only for a pattern none of whose matches holds
    the separator or reads around it."""
    assert local_pattern(_PREPARING_ANY)


def test_no_family_makes_a_needs_pattern_at_each_call() -> None:
    """A `needs=lazy(…)` written in a call made a new pattern (and bound its methods) at every scan of every document."""
    inline = [
        f"{path.name}:{n}"
        for path in RULES.rglob("*.py")
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if "needs=lazy(" in line
    ]
    assert inline == []


# Invented template documents: shared paragraphs, a few edited, the forms these prefilters guard in some of them.
_TEMPLATE = "# {name}隱私政策\n\n更新日期：2024年3月1日\n\n{name}重視您的隱私。本政策說明我們如何收集您的個人資料。\n\n{extra}\n\n如有疑問，請寫信至 privacy@{name}.tw。\n"
_EXTRAS = [
    "",
    "文中【】内为占位符，请在发布前替换。\n\n联系人：【联系人姓名】",
    "文中［］內為佔位符。",  # ［］ alone: not a declaration by the form's test (】, 括 or ] in the unit)
    "文中［］內為佔位符，见 ]。",
    "方括號中的內容為待填寫項：[公司名稱]",
    'privacyEs: "En preparación."\n\nPrivacy policy content coming soon.',
    "文中【】内",
    "text to be added later",
]


def _documents() -> list[Document]:
    docs = [parse_string(_TEMPLATE.format(name=name, extra=extra)) for name in ("甲", "乙") for extra in _EXTRAS]
    docs += [parse_string(_TEMPLATE.format(name="甲", extra=extra)) for extra in reversed(_EXTRAS)]
    return docs


def _corpora() -> list[Document]:
    return [
        build_document(load(str(path)))
        for path in sorted((ROOT / "corpora").rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    ]


def _plain_declared(ctx: Context) -> bool:
    return any(("】" in u.text or "括" in u.text or "]" in u.text) and field_values._DECLARES.search(u.text) for u in ctx.units())


def _contexts(docs: list[Document]) -> list[tuple[str, list[Context]]]:
    memo = ScanMemo()
    return [
        ("plain", [Context(doc, lang="zh-Hant", settings=Settings()) for doc in docs]),
        ("exhaustive", [Context(doc, lang="zh-Hant", settings=Settings(), exhaustive=True) for doc in docs]),
        ("memo", [Context(doc, lang="zh-Hant", settings=Settings(), memo=memo) for doc in docs]),  # one run, in order
    ]


@pytest.mark.parametrize("source", ["template", "corpora"])
def test_declared_and_holds_give_the_plain_answers_in_a_run(source: str) -> None:
    """`_declared` and `Context.holds(_PREPARING_ANY)` against the forms they replaced: every document of a run (the memo
    filled by the ones before), each alone, and exhaustively; a document asked twice (the memo's answer to itself)."""
    docs = _documents() if source == "template" else _corpora()
    for way, contexts in _contexts(docs):
        for ctx in contexts + contexts[:3]:
            plain = (_plain_declared(ctx), _PREPARING_ANY.search(ctx.joined().text) is not None)
            assert (field_values._declared(ctx), ctx.holds(_PREPARING_ANY)) == plain, (way, ctx.doc.source.path)
    if source == "template":  # the constructed documents give each answer both ways
        answers = {(_plain_declared(ctx), _PREPARING_ANY.search(ctx.joined().text) is not None) for ctx in _contexts(docs)[0][1]}
        assert answers == {(False, False), (True, False), (False, True)}


def test_holds_reads_the_scan_to_its_end_so_the_memo_learns() -> None:
    """A `holds` that stopped at its first hit would leave the memo without the texts that hold none."""
    memo = ScanMemo()
    doc = next(doc for doc in _documents() if "preparación" in doc.sections[-1].paragraphs[0].text or "preparación" in str(doc.sections))
    for _ in range(3):  # (a text's first document records nothing: the second and third do)
        assert Context(doc, lang="zh-Hant", settings=Settings(), memo=memo).holds(_PREPARING_ANY)
    ctx = Context(doc, lang="zh-Hant", settings=Settings())
    without = {u.text for u in ctx.units() if _PREPARING_ANY.search(u.text) is None}
    assert without and without <= memo.nothing_in((_PREPARING_ANY.pattern, _PREPARING_ANY.flags))


@pytest.mark.parametrize("source", ["template", "corpora"])
def test_holding_gives_the_units_a_search_of_each_text_gives(source: str) -> None:
    """`Context.holding` (placeholder-empty's `_frame_gaps` loops over these units only) against a search of every unit's
    text, in order: `_NEEDS` is a local pattern, so `scan` finds it in the same units."""
    from policylens.rules.placeholder_gaps import _NEEDS

    assert local_pattern(_NEEDS)
    docs = _documents() if source == "template" else _corpora()
    if source == "template":
        docs += [parse_string(f"甲（以下简称“乙”）。\n\n丙由 丁提供。\n\n{x}\n\n戊之间。\n\n(hereinafter “A”)") for x in ("", "以下", "x")]
    seen = 0
    for way, contexts in _contexts(docs):
        for ctx in contexts + contexts[:3]:
            plain = [i for i, unit in enumerate(ctx.units()) if _NEEDS.search(unit.text)]
            assert ctx.holding(_NEEDS) == plain, (way, ctx.doc.source.path)
            seen += len(plain) > 1
    assert seen
