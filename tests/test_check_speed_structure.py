"""Fast paths in the structure stage (issue #11, sixth round) give what their plain forms give."""

from __future__ import annotations

import random
from pathlib import Path

from policylens.load import load
from policylens.normalise import fold
from policylens.structure import glued
from policylens.structure.glued import MAX_TITLE, _title_break


def _title_break_plain(text: str) -> int | None:
    """The loop `_bare_glued` ran before: a character at a time over the whole folded text."""
    folded = fold(text)
    depth = 0
    for n, ch in enumerate(folded):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif depth == 0 and ch in " \t\u3000\u00a0":
            return n
        if n > 2 * MAX_TITLE:
            return None
    return None


_PIECES = ["（", "）", "(", ")", " ", "\t", "\u3000", "\u00a0", "隱私", "政策", "a", "Ａ", "。", "，", "x" * 10, "　 "]


def test_title_break_matches_the_character_loop() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choices(_PIECES, k=rng.randrange(30)))
        assert _title_break(fold(text[: 2 * MAX_TITLE + 2])) == _title_break_plain(text), text


def test_title_break_edges() -> None:
    """A space at the last position the loop read, past it, inside a note, after a stray closer."""
    last = 2 * MAX_TITLE + 1
    for text in ["甲" * last + " 乙", "甲" * (last + 1) + " 乙", "如何（刪除 資料） 我們", "）( 甲 乙", "（（甲）） 乙", "", "甲"]:
        assert _title_break(fold(text[: last + 1])) == _title_break_plain(text), text


def test_bare_title_count_stops_at_two(tmp_path: Path) -> None:
    """`_split_bare_glued` asks only whether there are two bare titles: it stops looking at the second."""
    calls: list[str] = []
    plain = glued.bare.is_plain_heading

    def counting(block: object) -> bool:
        calls.append(block.text)  # type: ignore[attr-defined]
        return plain(block)  # type: ignore[arg-type]

    lines = [
        "隱私政策",
        "收集的資料",
        "我們收集您的資料。",
        "使用方式",
        "我們使用您的資料。",
        "保護措施",
        "我們保護您的資料。",
        "聯絡我們",
        "結語。",
    ]
    path = tmp_path / "bare.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    loaded = load(str(path))
    glued.bare.is_plain_heading = counting  # type: ignore[assignment]
    try:
        glued._split_bare_glued(list(loaded.parsed.blocks))
    finally:
        glued.bare.is_plain_heading = plain
    assert calls[-1] == "使用方式" and "保護措施" not in calls


def test_value_of_label_matches_its_plain_form() -> None:
    """`_value_of_label` looks for a colon before folding the line above: same answers on every corpus line."""
    from policylens.structure.headings.labels import _value_of_label
    from policylens.structure.shapes import heading_like, unemphasise

    def plain(blocks: list, i: int) -> bool:  # type: ignore[type-arg]
        if i == 0 or blocks[i - 1].kind != "paragraph" or len(blocks[i - 1].pieces) != 1:
            return False
        label = fold(unemphasise(blocks[i - 1].text)).rstrip()
        return label.endswith(":") and "," not in label and heading_like(label[:-1], limit=20)

    corpora = Path(__file__).resolve().parent.parent / "corpora"
    seen = 0
    for path in sorted(corpora.glob("*/*")):
        if path.suffix not in (".txt", ".md"):
            continue
        blocks = list(load(str(path)).parsed.blocks)
        for i in range(len(blocks)):
            assert _value_of_label(blocks, i) == plain(blocks, i), (path, i)
            seen += plain(blocks, i)
    assert seen  # some corpus lines are label values
