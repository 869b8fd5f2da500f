"""Every lexicon file is sorted, without duplicates, with the columns it needs; the regional tables agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens import lexicon

FILES = sorted(lexicon.DATA.rglob("*.tsv"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(lexicon.DATA).as_posix())
def test_lexicon_file_is_valid(path: Path) -> None:
    assert lexicon.validate(path) == []


def test_exclusions_do_not_contradict_the_curated_table() -> None:
    assert not lexicon.keys("regional/cn-tw.exclude.tsv") & lexicon.keys("regional/cn-tw.tsv")


@pytest.mark.parametrize(
    "table", ["regional/cn-tw.tsv", "regional/cn-hk.tsv", "regional/tw-cn.tsv", "regional/hk-cn.tsv", "regional/conversion-errors.tsv"]
)
def test_no_suggestion_is_its_own_key(table: str) -> None:
    assert all(key not in values for key, values in lexicon.mapping(table).items())


def test_zh_cn_tables_do_not_share_a_key() -> None:
    """A zh-CN term is Taiwan or Hong Kong wording, named so in its message: never both tables' key."""
    assert not lexicon.keys("regional/tw-cn.tsv") & lexicon.keys("regional/hk-cn.tsv")


@pytest.mark.parametrize(
    ("table", "excluded"),
    [("regional/hk-cn.tsv", "regional/hk-cn.exclude.tsv"), ("regional/conversion-errors.tsv", "regional/conversion-errors.exclude.tsv")],
)
def test_each_excluded_word_protects_a_key(table: str, excluded: str) -> None:
    """An exclusion is a longer word that holds a key of its table, and no key itself."""
    keys = lexicon.keys(table)
    for word in lexicon.keys(excluded):
        assert word not in keys and any(k in word for k in keys), word


def test_hong_kong_table_leaves_hong_kong_usage_alone() -> None:
    assert not {"數據", "網絡", "軟件", "賬戶", "質量", "用戶", "互聯網"} & lexicon.keys("regional/cn-hk.tsv")
