"""Hostile input, thirty-third round (u33h): inputs that made a command run far past its time budget.

Each class is tested both ways: the hostile input now takes the short path, and ordinary input reads as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers import cli
from policylens.diff import variants
from policylens.diff.redline import word_spans
from policylens.model import DiffSpan

GOOD = (
    "隱私權政策\n\n更新日期：2021年3月30日\n\n一、我們收集的資料\n\n我們收集您的姓名、電話及電子郵件，用於提供服務。\n\n"
    "二、資料的保存\n\n我們保存資料五年，期滿後刪除。\n\n三、聯絡我們\n\n如有疑問，請寫信至 privacy@example.com。\n"
)
POLICY = "# 隱私權政策\n\n## 一、收集\n\n我們收集您的姓名及電話。\n\n## 二、保存\n\n我們保存資料五年。\n"


class _Counting:
    """Stands in for `variants._cached_key`: counts the uncached keyings of long texts."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.long_calls = 0

        def wrapped(text: str) -> str:
            self.long_calls += 1
            return real.__wrapped__(text)

        self.__wrapped__: Callable[[str], str] = wrapped

    def __call__(self, text: str) -> str:
        return str(self.real(text))


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> _Counting:
    counter = _Counting(variants._cached_key)
    monkeypatch.setattr(variants, "_cached_key", counter)
    monkeypatch.setattr(variants, "_long_keys", type(variants._long_keys)())
    return counter


def test_long_text_is_keyed_once_when_asked_again(counting: _Counting) -> None:
    """`compare` keyed one 1 MB paragraph about a hundred times (22 s of CPU): a long text is now keyed once."""
    text = "我們收集您的個人資料並儲存於伺服器" * 1000
    first = variants.cross_script_key(text)
    for _ in range(50):
        assert variants.cross_script_key(text) == first
    assert counting.long_calls == 1
    assert first == counting.real.__wrapped__(text)


def test_long_texts_each_get_their_own_key(counting: _Counting) -> None:
    """The cache never answers for another text: distinct long texts, and more of them than it holds, key correctly."""
    texts = [f"第{n}條 資料" + "伺服器軟體" * 1000 for n in "一二三四五六七八"]
    expected = [counting.real.__wrapped__(t) for t in texts]
    for _ in range(2):
        assert [variants.cross_script_key(t) for t in texts] == expected
    assert len(variants._long_keys) <= variants._LONG_CACHE_SIZE
    assert counting.long_calls == 16  # eight texts, cycled through a cache of four: each keyed again


def test_short_texts_keep_the_shared_cache(counting: _Counting) -> None:
    """Texts up to CACHE_MAX_CHARS go through the old cache, not the small one."""
    assert variants.cross_script_key("軟體與資料") == counting.real("軟體與資料")
    assert counting.long_calls == 0
    assert not variants._long_keys


# --- A text that starts with thousands of list markers (diff, compare) -------------------------------------------


def _spans(old: str, new: str) -> tuple[DiffSpan, ...]:
    return word_spans(old, new, granularity="word", cross_script=True, strict=False)[0]


@pytest.mark.parametrize("marker", ["- ", "1. ", "* "])
def test_a_line_of_thousands_of_markers_is_redlined(marker: str) -> None:
    """`word_spans` called itself once per leading marker: 5,000 of them were a RecursionError ("nested too deeply")."""
    old = marker * 5000 + "我們收集資料。"
    spans = _spans(old, "我們收集資料與電話。")
    assert "".join(s.text for s in spans) == "我們收集資料與電話。"
    assert "".join(s.old if s.old is not None else s.text for s in spans if s.op != "insert") == old
    assert [s.text for s in spans if s.op == "insert"] == ["與電話"]


def test_few_markers_give_the_spans_they_gave() -> None:
    """The loop gives what the recursion gave (spans taken from the frozen base)."""
    assert _spans("- 1. 我們收集資料。", "* 2. 我們收集資料與電話。") == (
        DiffSpan("equal", "* ", "- "),
        DiffSpan("equal", "2. ", "1. "),
        DiffSpan("equal", "我們收集資料"),
        DiffSpan("insert", "與電話"),
        DiffSpan("equal", "。"),
    )
    assert _spans("- - 我們收集", "我們收集") == (DiffSpan("equal", "", "- "), DiffSpan("equal", "", "- "), DiffSpan("equal", "我們收集"))
    assert _spans("1. 我們", "1. 我們") == (DiffSpan("equal", "1. 我們"),)


@pytest.mark.parametrize("marker", ["- ", "1. "])
def test_diff_and_compare_read_a_markdown_line_of_markers(tmp_path: Path, marker: str) -> None:
    """Past Markdown's nesting limit the line is read as plain text (a warning): `parse` and `check` read it, and
    `diff` and `compare` said `nested too deeply` (exit 2) when its paragraphs were redlined as reflowed text.
    They now show the change."""
    folder = tmp_path / "prod"
    folder.mkdir()
    old = folder / "zh-Hant.2020-01-01.txt"
    old.write_text(GOOD, encoding="utf-8")
    new = folder / "zh-Hans.2021-01-01.md"
    new.write_text("# 隱私權政策\n\n" + marker * 5000 + "我們收集資料。\n\n正文在此。\n", encoding="utf-8")
    result = cli("diff", str(old), str(new), "--format", "json")
    assert result.returncode == 1, result.stderr
    assert "nested more than 100 levels" in result.stderr and "too deeply" not in result.stderr
    result = cli("compare", str(folder), "--format", "json", "--jobs", "1")
    assert result.returncode in (0, 1), result.stderr
    assert "too deeply" not in result.stderr + result.stdout


def test_diff_of_ordinary_list_items_is_unchanged(tmp_path: Path) -> None:
    """Look-alike: list items whose markers change (`-` → `*`, 1. → 2.) are still formatting only."""
    old, new = tmp_path / "a.md", tmp_path / "b.md"
    old.write_text(POLICY + "\n- 姓名\n- 電話\n", encoding="utf-8")
    new.write_text(POLICY + "\n* 姓名\n* 電話\n", encoding="utf-8")
    result = cli("diff", str(old), str(new), "--format", "json")
    assert result.returncode == 0, result.stdout
