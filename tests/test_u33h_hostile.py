"""Hostile input, thirty-third round (u33h): inputs that made a command run far past its time budget.

Each class is tested both ways: the hostile input now takes the short path, and ordinary input reads as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from policylens.diff import variants


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
