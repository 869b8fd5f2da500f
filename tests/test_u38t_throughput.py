"""`check` throughput, thirty-eighth session (issue #11): three changes that keep every report, each against its plain form.

* `check --jobs N`: the workers check with the scan memo the parent made for them (`check/pool.py`).  Since 279b97de the
  pool's generator was consumed after the parent had dropped the memo, so the workers were forked without it and every
  file was searched as with no memo: `--jobs 2` took twice the CPU of `--jobs 1` on the benchmark's 200 files.
* `load.lines.group_lines` counts a line's brackets (`open_counts`) only when the balance is read (under a line ending a
  clause), not for every line; `plain_group_lines` below is the function as it was.
* placeholder-empty's filler prose counts a paragraph's CJK characters with a class in C (`_CJK_CHARACTER`), not by a
  generator asking `_is_cjk` of each character.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policylens.check as check_module
from policylens.check import CheckOptions, check_paths
from policylens.config import ConfigCache
from policylens.load.lines import _BLANK as BLANK
from policylens.load.lines import (
    _SENTENCE_END,
    _WRAPPED_PAIRS,
    Block,
    LineTuple,
    _closes,
    _flush,
    group_lines,
    open_counts,
    starts_new_block,
    tab_row,
    title_line,
    title_over_fields,
)
from policylens.model import FileReport
from policylens.rules.placeholder_empty import _CJK_CHARACTER, _is_cjk
from policylens.rules.scan_memo import ScanMemo

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


# --- the pool's workers have the memo ---------------------------------------------------------------------------------


def test_every_worker_checks_with_the_memo_the_parent_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Class: state prepared for the workers dropped before they are forked (a generator consumed after a `finally`).

    The workers call `policylens.check.check_file_safely` by name; its stand-in, inherited through the fork, writes into
    each report whether it was given a memo.  On 279b97de every file but the parent's first said `None`."""
    seed = SEED.read_text(encoding="utf-8").split("\n\n")
    for k in range(7):
        (tmp_path / f"p{k:02d}.txt").write_text("\n\n".join(seed[: 3 + k]), encoding="utf-8")
    real = check_module.check_file_safely

    def told(path: str, options: CheckOptions, cache: ConfigCache | None = None, memo: ScanMemo | None = None) -> FileReport:
        report = real(path, options, cache, memo)
        return report._replace(warnings=(*report.warnings, f"memo: {type(memo).__name__}"))

    monkeypatch.setattr(check_module, "check_file_safely", told)
    options = CheckOptions(no_config=True)
    shared = check_paths([str(tmp_path)], options, jobs=2)
    said = [w for report in shared.files for w in report.warnings if w.startswith("memo: ")]
    assert len(said) == len(shared.files) == 7
    assert set(said) == {"memo: ScanMemo"}


# --- group_lines: brackets counted only where read ----------------------------------------------------------------


def plain_group_lines(lines: Iterable[LineTuple], *, split_sentences: bool = True, split_titles: bool = False) -> list[Block]:
    """`group_lines` as it was before the thirty-eighth session: every line's brackets counted as it joined the run."""
    blocks: list[Block] = []
    shared: dict[str, str] = {}
    run: list[LineTuple] = []
    balance = [0] * len(_WRAPPED_PAIRS)
    first = prev = ""
    prev_row = False
    for line in lines:
        stripped = line[2].strip()
        if not stripped or not stripped.strip(BLANK):
            if run:
                _flush(run, first, blocks, shared)
                run = []
            prev_row = False
            continue
        row = "\t" in line[2] and tab_row(line[2])
        if split_titles and split_sentences and len(run) == 2 and title_over_fields(first, prev, stripped):
            _flush(run[:1], first, blocks, shared)
            run = run[1:]
            first = prev
        if (
            run
            and split_sentences
            and (
                (row and prev_row)
                or starts_new_block(prev, stripped, closes_bracket=prev.endswith(_SENTENCE_END) and _closes(balance, stripped))
                or (split_titles and len(run) == 1 and title_line(prev, stripped))
            )
        ):
            _flush(run, first, blocks, shared)
            run = []
        if not run:
            first = stripped
            balance = [0] * len(_WRAPPED_PAIRS)
        run.append(line)
        balance = [b + d for b, d in zip(balance, open_counts(line[2]), strict=True)]
        prev = stripped
        prev_row = row
    if run:
        _flush(run, first, blocks, shared)
    return blocks


_OPTIONS = [{}, {"split_titles": True}, {"split_sentences": False}, {"split_titles": True, "split_sentences": False}]
# pieces of lines: every bracket and quote of `_WRAPPED_PAIRS`, clause ends, list marks, field labels, tabs, a title
# over fields (「隱私政策」 then 「生效日期：…」), short titles, blank and space-only lines
_PIECES = [
    "（", "）", "(", ")", "「", "」", "『", "』", "“", "”", "。", "；", "：", "，", "！」", "。」", "…",
    "我們收集", "您的資料", "默认硬删", "開啟刪除保護的庫為軟刪", "1. ", "一、", "- ", "* ", "【前言】", "生效日期：2021年",
    "更新日期：", "隱私政策", "关于我们", "\t", "\t\t", "a", "Privacy", " ", "\u3000",
]  # fmt: skip


# runs whose balance a defect would change: a bracket left open by the run before a blank line or before a new block
# (counted into the next run if its lines were kept), a line counted twice (an opener read at the second line and again
# at the third), a title taken off the run by `title_over_fields` (its brackets stay counted, as they were)
_CASES = [
    ["甲（", "", "乙。", "）丙"],
    ["甲（。", "1. 乙。", "）丙"],
    ["（甲。", "乙）。", "）丙"],
    ["「甲。", "乙」。", "」丙"],
    ["隱私政策（", "生效日期：2021年", "更新日期：2022年。", "）丙"],
    ["隱私政策", "生效日期：（2021年", "更新日期：2022年。", "）丙"],
]


def _numbered(texts: list[str]) -> list[LineTuple]:
    return [(n, 1, text) for n, text in enumerate(texts, 1)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.just(""),
            st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map("".join),
            st.lists(st.sampled_from(["（", "）", "「", "」", "甲", "。", "；"]), min_size=1, max_size=4).map("".join),
        ),
        max_size=40,
    )
)
def test_group_lines_is_the_plain_form_on_generated_lines(texts: list[str]) -> None:
    """Class: a balance read with lines left out or counted twice (a title taken off the run, a run started again)."""
    lines = _numbered(texts)
    for options in _OPTIONS:
        assert group_lines(lines, **options) == plain_group_lines(lines, **options)


def test_group_lines_is_the_plain_form_on_real_files() -> None:
    """Every text, Markdown and HTML file of `corpora/`, read as lines, and wrapped sentences whose brackets a line closes."""
    paths = sorted(p for p in (ROOT / "corpora").rglob("*") if p.suffix in {".txt", ".md", ".html", ".ftl"})
    assert len(paths) > 40
    wrapped = ["删除自己的记录（默认硬删；", "开启删除保护的库为软删）。", "下一句。", "「一句", "話。」", "说明；", "（完）"]
    for texts in [p.read_text(encoding="utf-8").split("\n") for p in paths] + [wrapped * 50, *_CASES]:
        lines = _numbered(texts)
        for options in _OPTIONS:
            assert group_lines(lines, **options) == plain_group_lines(lines, **options)


def test_a_run_of_many_lines_each_closing_a_bracket_stays_linear() -> None:
    """The review u36x case (20,000 lines, each closing one of 20,000 「（」): one count per line, not per line read."""
    counted: list[str] = []
    import policylens.load.lines as lines_module

    real = lines_module.open_counts
    try:
        lines_module.open_counts = lambda text: (counted.append(text), real(text))[1]
        texts = ["（" * 2000 + "開始；"] + ["）；"] * 2000
        blocks = group_lines(_numbered(texts))
    finally:
        lines_module.open_counts = real
    assert len(blocks) == 1 and len(counted) <= len(texts)


# --- placeholder-empty: CJK characters counted in C ---------------------------------------------------------------


def test_the_cjk_class_is_is_cjk_over_every_code_point() -> None:
    """Class: a class wider or narrower than `_is_cjk` (its ends, surrogates, astral ideographs)."""
    every = "".join(map(chr, range(0x10000))) + "\U00020000\U0002a6df\U00030000"
    assert len(_CJK_CHARACTER.findall(every)) == sum(1 for c in every if _is_cjk(c)) == 0x9FFF - 0x4E00 + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(["\u4dff", "\u4e00", "\u9fff", "\ua000", "\U00020000", "a", " ", "。", "資"])))
def test_the_cjk_count_is_the_plain_count(text: str) -> None:
    assert len(_CJK_CHARACTER.findall(text)) == sum(1 for c in text if _is_cjk(c))
