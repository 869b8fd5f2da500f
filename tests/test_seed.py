"""The seed policy (smartmi zh-Hant 2021-03-30): headings, breaks, metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPORA, SEED
from helpers import cli_process, parse_path

HEADING_LINES = [
    9,
    15,
    21,
    23,
    29,
    33,
    42,
    51,
    77,
    87,
    93,
    97,
    103,
    107,
    113,
    115,
    125,
    134,
    138,
    142,
    144,
    153,
    161,
    167,
    173,
    186,
    188,
    194,
    198,
    202,
    214,
    222,
    228,
]
PARENTS = {21, 113, 142, 186}  # plain headings directly followed by another heading


def test_seed_heading_lines() -> None:
    doc = parse_path(SEED)
    assert [s.line for s in doc.sections if s.title] == HEADING_LINES


def test_seed_titles_levels_and_parents() -> None:
    doc = parse_path(SEED)
    by_line = {s.line: s for s in doc.sections}
    assert by_line[9].title == "關於我們"
    assert by_line[33].title == "您在使用服務時，我們所收集的資料"  # a heading with a comma
    assert by_line[198].title == "我是否需同意任何第三方的條款及條件？"  # ends with a question mark
    assert [line for line, s in by_line.items() if s.title and s.level == 1] == [9, 15, *sorted(PARENTS)]
    assert by_line[23].parent == by_line[21].id
    assert by_line[228].parent == by_line[186].id
    assert by_line[9].parent is None


def test_seed_not_headings() -> None:
    doc = parse_path(SEED)
    lines = {s.line for s in doc.sections}
    for line in (3, 5, 7, 27, 35, 44, 64, 66, 206, 208, 210, 212):
        assert line not in lines, line
    # the title is metadata, the two lines before 關於我們 form the untitled first section
    first = doc.sections[0]
    assert first.title is None and [p.line for p in first.paragraphs] == [5, 7]


def test_seed_contact_block_stays_in_section() -> None:
    doc = parse_path(SEED)
    contact = next(s for s in doc.sections if s.title == "連絡我們")
    assert [p.line for p in contact.paragraphs] == [204, 206, 208, 210, 212]


def test_seed_repaired_breaks() -> None:
    doc = parse_path(SEED)
    breaks = [(b.prev_line, b.line) for p in doc.paragraphs() for b in p.breaks]
    # 58/60, 128/130 and 232/234 as listed in the issue, plus 169/171 (「…發送電子郵件至」 /
    # 「【privacy@…】 以註銷有關服務。」), which is the same defect.
    assert breaks == [(58, 60), (128, 130), (169, 171), (232, 234)]
    joined = next(p for p in doc.paragraphs() if p.line == 58)
    assert joined.text.endswith("其用於進一步改進我們的產品和服務。")
    assert joined.position(joined.breaks[0].offset) == (60, 1)


def test_seed_not_joined() -> None:
    doc = parse_path(SEED)
    starts = {p.line for p in doc.paragraphs()}
    # a complete list item followed by a new sentence; a lead-in followed by a list
    assert {149, 151, 44, 46, 39, 40}.issubset(starts)


def test_seed_metadata() -> None:
    meta = parse_path(SEED).metadata
    assert meta.title == "隱私權政策" and meta.title_line == 3
    assert meta.updated == "2021-03-30"
    assert meta.controller == "北京智米科技有限公司"
    assert meta.short_name == "智米"
    assert meta.emails == ("privacy@smartmiglobal.com",)
    assert meta.urls == ("https://www.smartmiglobal.com",)
    assert meta.address == "北京市海淀區朱房路66號順事嘉業創業園A棟6單元"
    assert (meta.script, meta.region) == ("hant", "tw")


def test_seed_positions_are_characters() -> None:
    doc = parse_path(SEED)
    para = next(p for p in doc.paragraphs() if p.line == 35)
    offset = para.text.index("【】")
    line, column = para.position(offset)
    source_line = SEED.read_text(encoding="utf-8").split("\n")[line - 1]
    assert source_line[column - 1 : column + 1] == "【】"
    assert (line, column) == (35, 184)


# (id, parent, line) of every section of the seed, written down once: a change of
# numbering or nesting, in this process or any other, shows here.
SEED_IDS = [
    ("s0", None, None),
    ("s1", None, 9),
    ("s2", None, 15),
    ("s3", None, 21),
    *[(f"s{n}", "s3", line) for n, line in zip(range(4, 15), [23, 29, 33, 42, 51, 77, 87, 93, 97, 103, 107], strict=True)],
    ("s15", None, 113),
    *[(f"s{n}", "s15", line) for n, line in zip(range(16, 20), [115, 125, 134, 138], strict=True)],
    ("s20", None, 142),
    *[(f"s{n}", "s20", line) for n, line in zip(range(21, 26), [144, 153, 161, 167, 173], strict=True)],
    ("s26", None, 186),
    *[(f"s{n}", "s26", line) for n, line in zip(range(27, 34), [188, 194, 198, 202, 214, 222, 228], strict=True)],
]


def test_seed_ids_match_the_stored_expectation() -> None:
    assert [(s.id, s.parent, s.line) for s in parse_path(SEED).sections] == SEED_IDS


@pytest.mark.slow
@pytest.mark.parametrize("path", [SEED, CORPORA / "qiushui-game-privacy" / "zh-Hans.2022-08-01.md"], ids=lambda p: p.name)
def test_json_is_identical_across_processes_with_different_hash_seeds(path: Path) -> None:
    """IDs (and the whole JSON) do not depend on set or dict order: two processes, two PYTHONHASHSEEDs, one output."""
    outputs = []
    for hash_seed in ("1", "2"):
        done = cli_process("parse", str(path), "--format", "json", "--topics", env={"PYTHONHASHSEED": hash_seed})
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    if path == SEED:
        assert [(s["id"], s["parent"], s["line"]) for s in json.loads(outputs[0])["sections"]] == SEED_IDS
