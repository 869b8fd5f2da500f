"""Hostile input, round 54 (u54h): what the fifty-fourth session's new readers and passes did with inputs written to
break them.

- A Markdown paragraph of many short lines, none ending a clause (`structure.glued._wrapped_below`, u54d): every line
  that could be a title read every line below it again, looking for the end of the wrapped run (a list slice and a fold
  per line: quadratic).  80,000 six-character lines took 15 s of CPU to parse (1.3 s before u54d); 4,000 alternating
  6- and 10-character lines 14 s.  The clause ends are found once per block (`_clause_ends`), the same cuts.
- A Python source of many f-string fields (u54p records each as a value the code prints, `Document.media`):
  `Context.shown_in` and `shown_after` read every entry for each unit the placeholder rules asked about (12,000 fields on
  one line: 10 s of `check`, 1.2 s before u54p).  The entries are sorted once a context and bisected.
- A React prop array read where it stands (u54x) is blanked, and html.parser read each blanked line as an attribute of
  its tag: "a tag of 1,202 attributes: those past the first 1,000 are not read" over text all read.
- `placeholder_confirm_note` (u54f) read an app's review state in a table's first cell, explained by the next cell
  (「| [待审核] | 订单提交后等待平台审核 |」), as a note left to confirm (tests/test_lead30.py failed on lead54).

No timed assertion: an operation count, or the same answer as the reference.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string, written_file


@pytest.mark.parametrize(
    "lines",
    [["短标题行六个"], ["短标题行六个", "一二三四五六七八九十"], ["我们收集您的"]],
    ids=["same", "alternating", "short"],
)
@pytest.mark.parametrize("end", ["", "结束。"], ids=["no-end", "end-at-the-bottom"])
def test_a_paragraph_of_many_lines_folds_each_line_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, lines: list[str], end: str
) -> None:
    from policylens.structure import glued

    n = 3_000
    calls = []
    real = glued.fold
    for module in (glued, glued.same_line, glued.title_lines, glued.fused, glued.trailing, glued.bare):  # (u58s: a package)
        monkeypatch.setattr(module, "fold", lambda text: calls.append(len(text)) or real(text))
    body = "\n".join(lines * (n // len(lines))) + ("\n" + end if end else "")
    doc = parse_string("# 隐私政策\n\n" + body + "\n", ".md")
    assert sum(len(p.text) for s in doc.sections for p in s.paragraphs) >= len(body.replace("\n", "")) - 4
    assert len(calls) <= 8 * n  # (it was about n * n / 2: each title candidate folded every line below it)


def _wrapped_below_u54d(title: str, rest: list[str]) -> bool:
    """u54d's `_wrapped_below` as merged (the reference: it joined the run below each title)."""
    from policylens.normalise import fold
    from policylens.structure.glued import _LINE_END, _WRAPPED_TITLE_SHARE, _text_below

    first = rest[0]
    if fold(first).rstrip().endswith(_LINE_END) or len(title) > _WRAPPED_TITLE_SHARE * len(first) or len(rest) < 2:
        return False
    joined = ""
    for line in rest:
        joined += line
        if fold(line).rstrip().endswith(_LINE_END):
            return _text_below(title, joined)
    return False


def test_the_wrapped_run_is_read_as_u54d_read_it() -> None:
    """Every title and block of random short lines (Chinese, English, a lowercase continuation, 「a) 」 items, clause
    ends, empty lines): the same answer as u54d's joined run."""
    import random

    from policylens.structure.glued import _clause_ends, _wrapped_below

    pieces = ["隐私", "数据设置", "。", "：", "a) ", "(a) ", "we keep", "Use of cookies", "Title", " ", "，", "示例：目标", "!", "abc"]
    rng = random.Random(54)
    for _ in range(3_000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(2, 7))]
        ends = _clause_ends(texts)
        for k in range(len(texts) - 1):
            assert _wrapped_below(texts[k], texts, k + 1, ends) == _wrapped_below_u54d(texts[k], texts[k + 1 :]), texts


class _CountedMedia(tuple):  # type: ignore[type-arg]
    """`Document.media` that counts how often it is read through."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _CountedMedia.reads += 1
        return super().__iter__()


def test_printed_values_are_looked_up_not_read_through_for_each_unit(tmp_path: Path) -> None:
    """`Context.shown_in` / `shown_after` read every `Document.media` entry for each unit asked about; a Python source's
    f-string fields are entries since u54p, so 12,000 fields on one line took 10 s of `check` (1.2 s before).  The
    entries are sorted once a context and bisected: the same answers."""
    from policylens.rules.context import Context, Settings

    n = 600
    source = "x = f'隐私政策" + "".join(f"联系邮箱{k}：{{a}}\\n" for k in range(n)) + "'\n"
    doc = parse_path(written_file(tmp_path, "p.py", source))
    assert len(doc.media) == n
    counted = doc._replace(media=_CountedMedia(doc.media))
    ctx = Context(counted, lang="zh", settings=Settings())
    units = ctx.units()
    _CountedMedia.reads = 0
    shown = [ctx.shown_in(u, 0, len(u.text)) for u in units]
    after = [ctx.shown_after(u, units[k + 1] if k + 1 < len(units) else None) for k, u in enumerate(units)]
    assert _CountedMedia.reads <= 2  # (it was twice per unit)
    media = list(doc.media)
    assert shown == [any(u.position(0) <= at <= u.end_position(len(u.text)) for at in media) for u in units]
    assert after == [
        any(u.end_position(max(len(u.text), 1)) <= at < (units[k + 1].position(0) if k + 1 < len(units) else (1 << 62, 0)) for at in media)
        for k, u in enumerate(units)
    ]
    assert sum(shown) >= n - 1


def test_a_long_array_of_elements_read_where_it_stands_is_no_tag_of_lost_attributes(tmp_path: Path) -> None:
    """`items={[<>…</>, …]}` of 300 elements handed to a local list component (u54x reads them at their lines, then blanks
    the array): html.parser read each blanked line of the array as an attribute of `<UL>`, and the page warned "a tag of
    1,202 attributes: those past the first 1,000 are not read" over text that was all read.  Blanked code past the
    1,000th attribute is no lost attribute; a real one still is (tests/test_hostile20.py)."""
    sentence = "我们收集您的手机号码用于登录和账号安全。"
    items = "".join(f"      <>\n        <b>項目{k}</b>\n        ：{sentence}\n      </>,\n" for k in range(300))
    page = (
        "function UL({ items }) {\n  return (<ul>{items.map((it, i) => (<li key={i}>{it}</li>))}</ul>);\n}\n"
        "export default function P() {\n  return (<main><h1>隐私政策</h1><p>本政策说明我们如何处理您的个人信息，请您仔细阅读。</p>"
        f"<UL\n    items={{[\n{items}    ]}}\n  /></main>);\n}}\n"
    )
    doc = parse_path(written_file(tmp_path, "page.tsx", page))
    assert [p.text.split("：")[0] for s in doc.sections for p in s.paragraphs if p.kind == "item"] == [f"項目{k}" for k in range(300)]
    assert not any("attributes" in w for w in doc.warnings)
    real = parse_path(written_file(tmp_path, "real.html", "<p " + "a " * 1_500 + 'title="x">' + sentence + "</p>\n"))
    assert any("a tag of 1,501 attributes: those past the first 1,000 are not read" in w for w in real.warnings)


@pytest.mark.parametrize(
    ("row", "found"),
    [
        ("| [待审核] | 订单提交后等待平台审核 |", False),  # a state named in a table's first cell, explained in the next
        ("| 【待确认】 | 商家尚未确认订单 |", False),
        ("| [需要技术确认] | 设备型号、操作系统版本 |", True),  # a team asked: a note to the drafter
        ("| [待确认] | |", True),  # the note alone in its row
        ("| 公司名称 | [待确认] |", True),  # a value left to confirm
        ("| [待填写] | [待填写] | [链接] |", True),  # a row of slots (eval/blind/round20 minan-md, eval/dev4 xiaozhen-md)
    ],
)
def test_a_state_in_a_tables_first_cell_is_no_note_to_confirm(tmp_path: Path, row: str, found: bool) -> None:
    """u54f's `placeholder_confirm_note` read a table row naming an app's review state (「| [待审核] | 订单提交后等待平台审核
    |」) as a note left to confirm: tests/test_lead30.py's review states failed on lead54.  A first cell with text after
    it is a state the table explains, unless the bracket names the team asked."""
    from helpers import rule_excerpts

    text = f"# 隐私政策\n\n更新日期：2025年1月1日\n\n## 一、订单状态说明\n\n| 状态 | 说明 |\n| --- | --- |\n{row}\n"
    assert bool(rule_excerpts(tmp_path, text, "placeholder-instruction", "p.md")) is found
