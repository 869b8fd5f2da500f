"""Hostile input, round 55 (u55h): the fifty-fifth session's new paths against inputs written to break them.

- `compare`, a rewrite that brings in thousands of names (`compare.named_lag`, u55e): each name was looked for in the
  base's older text and in the whole edition by a search compiled for it (`sentences._holds`), a pass over the text
  per name: 2,000 names took 25 s of a 160 s `compare`, 4,000 did not end in 200 s.  A plain name (small letters and
  digits) is now looked up among the text's words, read once a text (`_writes_word`); the same answer as the search.
  The sentence pass over the same rewrite asked `_is_chinese` of the other section's whole text for each sentence and
  each name, gathered each named sentence's paragraph over every sentence, and joined the other section's sentences
  for each sentence (`lone_sentences`' file types): each is done once.  `pervasive.Written` counts each lacked name's
  sections once, from the sections' words.
- `check`, a paragraph or a table cell of thousands of bracketed notes (`placeholder_confirm_note`, rebuilt by u55f;
  `placeholder_pending._whole_place`): the text before or after each match was copied (split into cells, stripped) for
  each match, and `in_code_span` read the whole text for a backtick for each match: quadratic (80,000 notes in one
  paragraph: 22 s of `check`, 4.5 s now; a cell of 80,000: 12.8 s, 3.2 s).  Found backwards from the match over its
  cell, or by `rules.around`'s helpers.

No timed assertion: characters copied, passes counted, or the same answer as the code it replaced.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from helpers import written_file


class _Copies(str):
    """A text that counts the characters its slices copy and its searches (`find`, `rfind`, `in`) read."""

    copied = 0

    def __getitem__(self, index: Any) -> Any:
        out = super().__getitem__(index)
        if isinstance(index, slice):
            _Copies.copied += len(out)
        return out

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        at = super().find(sub, start, end)
        _Copies.copied += (at if at >= 0 else len(self) if end is None else end) - (start or 0)
        return at

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        at = super().rfind(sub, start, end)
        _Copies.copied += (len(self) if end is None else end) - max(at, start or 0)
        return at

    def __contains__(self, item: object) -> bool:
        _Copies.copied += len(self)
        return super().__contains__(item)  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "| 状态 | " + "[待确认] " * 3_000 + "|",  # a cell of thousands of notes
        "网页记录" + "[待确认]等，" * 3_000 + "。",  # a paragraph of them
        "| 订单状态 | " + " | ".join(["[待确认]"] * 3_000) + " |",  # a row of cells, each a note
    ],
    ids=["cell", "paragraph", "row"],
)
def test_each_note_reads_a_bounded_part_of_its_text(text: str) -> None:
    from policylens.rules import placeholder_confirm_note as note
    from policylens.rules import placeholder_pending as pending
    from policylens.rules.context import in_code_span

    counted = _Copies(text)
    unit = SimpleNamespace(text=counted)
    spans = [m.span() for m in re.finditer(r"\[待确认\]", text)]
    _Copies.copied = 0
    for start, end in spans:
        note._state_cell(counted, start, end)
        note._state_place(unit, start, end, False, "确认")  # type: ignore[arg-type]
        pending._whole_place(unit, start, end)  # type: ignore[arg-type]
        in_code_span(counted, start)
    assert _Copies.copied <= 40 * len(text)  # (it was about len(spans) * len(text) / 2)


def _state_cell_u55f(text: str, start: int, end: int) -> bool:
    """u55f's `_state_cell` as merged (the reference)."""
    from policylens.rules.placeholder_confirm_note import _STATE_BEFORE

    if not text.startswith("|"):
        return False
    cells = text[:start].split("|")
    if len(cells) < 3 or cells[-1].strip(" \t\u3000") or text[end:].lstrip(" \t\u3000")[:1] != "|":
        return False
    return _STATE_BEFORE.search(cells[-2].strip(" \t\u3000")) is not None


def _whole_place_u55f(text: str, start: int, end: int) -> bool:
    """`placeholder_pending._whole_place` as it was (the reference)."""
    from policylens.rules.placeholder_pending import _CELL_MARKUP, _SHORT_LABEL, _STATE_LABEL

    if "|" in text:
        lo = text.rfind("|", 0, start) + 1
        hi = text.find("|", end)
        hi = len(text) if hi < 0 else hi
        if lo > 0:
            row = text[: lo - 1]
            label = row.rsplit("|", 1)[-1] if row.count("|") <= 1 else row.split("|")[1]
            if _STATE_LABEL.search(label):
                return False
            if not row.strip(_CELL_MARKUP) and text[hi:].strip(_CELL_MARKUP):
                return False
    else:
        lo, hi = 0, len(text)
    before = text[lo:start].strip(_CELL_MARKUP)
    if text[end:hi].strip(_CELL_MARKUP + "。."):
        return False
    if not before:
        return True
    return before[-1] in "：:" and _SHORT_LABEL.match(before + "：") is not None and not _STATE_LABEL.search(before)


def test_the_cells_are_read_as_before() -> None:
    """Random rows of cells, states, labels, blanks and notes: the same answers as the code that split the row."""
    from policylens.rules import placeholder_confirm_note as note
    from policylens.rules import placeholder_pending as pending

    pieces = ["|", " ", "\u3000", "状态", "订单状态", "[待确认]", "x", "\t", "保存期限：", "【待核实】", "*", "。", "-"]
    rng = random.Random(55)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for m in re.finditer(r"\[待确认\]|【待核实】", text):
            assert note._state_cell(text, *m.span()) == _state_cell_u55f(text, *m.span()), text
            assert pending._whole_place(SimpleNamespace(text=text), *m.span()) == _whole_place_u55f(text, *m.span()), text  # type: ignore[arg-type]


def test_a_name_is_looked_up_as_the_search_found_it() -> None:
    from policylens.compare.sentences import _writes_word

    rng = random.Random(55)
    for _ in range(50_000):
        text = "".join(rng.choice("abs es0-. é\nAS") for _ in range(rng.randint(0, 12)))
        value = "".join(rng.choice("abse0.-S") for _ in range(rng.randint(0, 4)))
        search = re.search(rf"(?<![a-z0-9]){re.escape(value.removesuffix('s'))}(?:s|es)?(?![a-z0-9])", text)
        assert _writes_word(text, value) == (search is not None), (text, value)


def test_thousands_of_names_read_a_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.compare import sentences
    from policylens.compare.sentences import latin  # (where `_holds` searches, u57r)

    searches = []
    real = re.search
    monkeypatch.setattr(latin, "re", SimpleNamespace(search=lambda p, t, *a: searches.append(len(t)) or real(p, t, *a), escape=re.escape))
    text = " ".join(f"we use swift{k}data here." for k in range(3_000))
    assert all(sentences._holds(text, f"latin:swift{k}data") for k in range(0, 3_000, 7))
    assert not sentences._holds(text, "latin:pdfkit")
    assert sum(searches) <= 2 * len(text)  # (it was one search over the text per name)


def test_is_chinese_reads_a_text_once() -> None:
    from policylens.compare.sentences import _is_chinese

    class Iterated(str):
        passes = 0

        def __iter__(self) -> Any:
            Iterated.passes += 1
            return super().__iter__()

    text = Iterated("我们收集 iCloud 与 PDFKit 的数据。" * 2_000)
    assert all(_is_chinese(text) for _ in range(1_000)) and Iterated.passes <= 1


def test_a_rewrite_naming_thousands_of_names_is_told_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The end to end case: a rewrite brings in 600 names the Chinese edition writes nowhere; the lag is told, its names
    cited, with the other section joined once for the sentences' file types."""
    from policylens.compare import sentences

    names = [f"Swift{chr(65 + k % 26)}{k:04d}data" for k in range(600)]
    folder = tmp_path / "prod"
    folder.mkdir()
    filler = " ".join(f"We keep record{k} safe." for k in range(300))
    written_file(folder, "en.2026-08-01.md", f"# Privacy\n\n## Storage\n\n{filler}\n\n## Contact\n\nMail us.\n")
    rewrite = " ".join(f"We use {x} here." for x in names)
    written_file(folder, "en.2026-09-01.md", f"# Privacy\n\n## Storage\n\n{filler} {rewrite}\n\n## Contact\n\nMail us.\n")
    written_file(folder, "zh-Hans.2026-08-29.md", "# 隐私政策\n\n## 存储\n\n" + "我们妥善保存记录。" * 300 + "\n\n## 联系\n\n请来信。\n")
    joined: list[str] = []
    real = sentences._file_types_more
    monkeypatch.setattr(
        sentences, "_file_types_more", lambda unit, counterpart, doc: joined.append(counterpart) or real(unit, counterpart, doc)
    )
    from policylens.commands import build_app

    result = CliRunner().invoke(build_app(), ["compare", str(tmp_path), "-f", "json", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert "Swift" in result.output and names[-1] in result.output
    assert len({id(text) for text in joined}) <= 4  # (it was one join of the other section per sentence)


def test_a_title_shared_by_thousands_of_sections_is_tried_a_bounded_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`diff.runin` (u55d: a numbered title a re-wrap joined to its text): one title shared by every section of the other
    side was tried against each of them for each paragraph (8,000 sections: 10 s of `diff`).  The same changes come out."""
    from policylens.commands import build_app
    from policylens.diff import runin

    n = 800
    body = "当您使用本应用时，我们会自动收集您的设备型号与操作系统版本信息以便改进。"
    old = written_file(tmp_path, "old.md", "# 隐私政策\n\n" + f"## 1.自动收集的信息\n\n{body}\n\n" * n)
    new = written_file(tmp_path, "new.md", "# 隐私政策\n\n" + f"1.自动收集的信息{body.replace('应用', '程序')}\n\n" * n)
    calls = []
    real = runin._soft_break
    monkeypatch.setattr(runin, "_soft_break", lambda section: calls.append(1) or real(section))
    result = CliRunner().invoke(build_app(), ["diff", str(old), str(new), "-f", "json"])
    assert result.exit_code == 1, result.output
    assert len(calls) <= 4 * runin.CANDIDATES_MAX * n  # (it was n * n: every section for every paragraph)
