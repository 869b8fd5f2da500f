"""Lead, fifty-first session: a Markdown language switcher that marks the page's own language in brackets, unlinked.

`eval/pairs51` charoite-move (m51x, blind): a policy moved two folders down, and only its switcher's relative link
targets changed (each `[English](…)` and `[Русский](…)` gained a `../` prefix; the line ends 「· [**中文**]*」).  The bracketed 「[中文]」 (the edition one is reading, no link) kept the line from
being read as a switcher, so the move was a change, exit 1.  A bracketed language name is now one of a switcher's
parts (`diff.keys._SWITCHER`); a bracketed word that is not a language name, and a sentence, stay text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.align import has_changes
from policylens.diff.keys import is_language_switcher

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize(
    "line",
    [
        "*[English](PRIVACY.md) · [Русский](PRIVACY.ru.md) · [**中文**]*",
        "[English](PRIVACY.md) · [Deutsch](PRIVACY.de.md) · [简体中文]",
        "[English](../en/) | [繁體中文]",
        "[中文] · [English](README.en.md)",
    ],
)
def test_a_switcher_with_its_own_language_in_brackets(line: str) -> None:
    assert is_language_switcher(line)


@pytest.mark.parametrize(
    "line",
    [
        "[公司名称] · [English](en.md)",  # a slot is no language
        "详见[中文](zh.md)版本的说明，以中文版为准。",  # a sentence
        "- [中文]",  # a list item of one name stays text
        "本政策以[中文]为准 · [English](en.md)",
    ],
)
def test_bracketed_words_that_are_not_a_switcher(line: str) -> None:
    assert not is_language_switcher(line)


def test_the_switcher_s_targets_changed_by_a_move_are_no_change() -> None:
    old = "# 隐私\n\n*[English](PRIVACY.md) · [Русский](PRIVACY.ru.md) · [**中文**]*\n\n我们不收集个人信息。\n"
    new = "# 隐私\n\n*[English](../../PRIVACY.md) · [Русский](../ru/PRIVACY.md) · [**中文**]*\n\n我们不收集个人信息。\n"
    assert not has_changes(diff_documents(parse_string(old, ".md"), parse_string(new, ".md")))
    edited = new.replace("不收集", "只收集必要的")
    assert has_changes(diff_documents(parse_string(old, ".md"), parse_string(edited, ".md")))


def test_pairs51_charoite_move_is_clean() -> None:
    folder = EVAL / "pairs51" / "pairs" / "charoite-move"
    assert not has_changes(diff_documents(parse_path(folder / "old.md"), parse_path(folder / "new.md")))
