"""The forty-fifth session's throughput changes (u45t): each faster form gives what the plain form gave.

* `placeholder_empty.repeated_phrase` tests its cheap necessary conditions first (a text word in the first
  twenty characters; the first character again one phrase later) and compares the body with itself shifted
  instead of building the repeated phrase: the same span as the plain form, here `plain_repeated_phrase`.
* `config.read_toml(..., remember=True)` (the built-in profiles and pattern libraries) keeps what `tomllib`
  read from a file's exact bytes in a store beside the bytecode: the same tables, parsed again when the bytes
  change, and nothing kept for a value marshal cannot write or when bytecode is not written.
"""

from __future__ import annotations

import marshal
import random
import sys
from pathlib import Path

import pytest
import tomllib

from policylens import config
from policylens.profiles import BUILTIN, SHARED, load_profile
from policylens.rules.placeholder_empty import _PHRASE, _REPEATS, _TEXT_WORD, repeated_phrase

ROOT = Path(__file__).resolve().parent.parent


def plain_repeated_phrase(text: str) -> tuple[int, int] | None:
    """The form before u45t: every size from 4 to 20, the phrase built and repeated."""
    body = text.strip(" \t\u3000\n")
    low, high = _PHRASE
    for size in range(low, high + 1):
        if len(body) < size * _REPEATS:
            break
        phrase = body[:size]
        if _TEXT_WORD.search(phrase) is not None and (phrase * (len(body) // size + 1))[: len(body)] == body:
            start = text.index(body)
            return start, start + len(body)
    return None


def _generated(rng: random.Random) -> str:
    words = ["隐私", "协议", "政策", "內容", "这是", "一大堆", "亮点", "概述", "a", "b", "。", " ", "\u3000", "私隱"]
    phrase = "".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
    times = rng.randint(1, 7)
    text = phrase * times
    cut = rng.randint(0, len(text))
    if rng.random() < 0.5:
        text = text[:cut]  # the last time cut short
    if rng.random() < 0.2 and text:
        k = rng.randrange(len(text))
        text = text[:k] + rng.choice(words) + text[k + 1 :]  # one character changed
    return rng.choice(["", " ", "\u3000", "\n"]) + text + rng.choice(["", " ", "\t"])


def test_repeated_phrase_is_the_plain_form_on_generated_texts() -> None:
    rng = random.Random(45)
    texts = [_generated(rng) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = plain_repeated_phrase(text)
        assert repeated_phrase(text) == expected, text
        found += expected is not None
    assert found > 500  # the generator makes both kinds


@pytest.mark.parametrize(
    "text",
    [
        "这是一大堆隐私协议这是一大堆隐私协议这是一大堆隐私协议这是一大堆隐私协议",
        "  此处为政策内容此处为政策内容此处为政策内容此处为政策内容此处为",  # the last time cut short
        "亮点概述亮点概述亮点概述亮点概述",  # no text word: not filler standing for the policy
        "政策政策政策政策政策政策政策政策",  # a two-character phrase repeated: size 4 is 政策政策
        "隐私政策隐私政策隐私政策隐私政",  # under four times the phrase
        "一二三四五六七八九十隐私一二三四五六七八九十隐私一二三四五六七八九十隐私一二三四五六七八九十隐私",  # the word after the 20th character of the body is in no phrase
        "内容abc内容abc内容abc内容abd",  # the last time differs
    ],
)
def test_repeated_phrase_is_the_plain_form_on_edge_cases(text: str) -> None:
    assert repeated_phrase(text) == plain_repeated_phrase(text)


def test_repeated_phrase_is_the_plain_form_on_every_paragraph_of_corpora() -> None:
    checked = 0
    for path in sorted((ROOT / "corpora").rglob("*")):
        if path.suffix not in {".md", ".txt", ".html"}:
            continue
        for paragraph in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            assert repeated_phrase(paragraph) == plain_repeated_phrase(paragraph)
            checked += 1
    assert checked > 1000


@pytest.fixture
def toml_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store in a temporary folder, bytecode written."""
    store = tmp_path / "cache" / "toml.marshal"
    monkeypatch.setattr(config, "_toml_store_path", lambda: store)
    monkeypatch.setattr(config, "_toml_store", None)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return store


def test_the_built_in_files_read_from_the_store_are_what_tomllib_reads(toml_store: Path) -> None:
    files = sorted(BUILTIN.glob("*.toml")) + sorted(SHARED.glob("*.toml"))
    assert len(files) >= 6
    for path in files:
        expected = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
        assert config.read_toml(path, remember=True) == expected  # parsed, then kept
    assert toml_store.is_file()
    config._toml_store = None  # as a new process: read from the file
    for path in files:
        assert config._remembered_toml(path, path.read_bytes()) is not None
        got = config.read_toml(path, remember=True)
        assert got == tomllib.loads(path.read_bytes().decode("utf-8-sig"))
        got["changed"] = 1  # each caller its own tables
        assert "changed" not in config.read_toml(path, remember=True)


def test_a_profile_loads_the_same_from_the_store(toml_store: Path) -> None:
    path = BUILTIN / "cn-pipl.toml"
    load_profile.cache_clear()
    first = load_profile(path)
    load_profile.cache_clear()
    config._toml_store = None
    assert config._remembered_toml(path, path.read_bytes()) is not None
    assert load_profile(path) == first
    load_profile.cache_clear()


def test_changed_bytes_are_parsed_again(toml_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('id = "a"\n[patterns]\nx = "1"\n', encoding="utf-8")
    assert config.read_toml(path, remember=True)["id"] == "a"
    path.write_text('id = "b"\n[patterns]\nx = "1"\n', encoding="utf-8")
    config._toml_store = None
    assert config.read_toml(path, remember=True)["id"] == "b"
    # a damaged entry for the exact bytes is parsed too
    entries = config._toml_entries()
    entries[str(path)] = (path.read_bytes(), b"\x00garbage")
    assert config.read_toml(path, remember=True)["id"] == "b"


def test_nothing_kept_for_a_date_nor_without_bytecode(toml_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dated = tmp_path / "d.toml"
    dated.write_text("when = 2024-01-02\n", encoding="utf-8")
    assert str(config.read_toml(dated, remember=True)["when"]) == "2024-01-02"
    assert str(dated) not in config._toml_entries()
    plain = tmp_path / "p.toml"
    plain.write_text('x = "1"\n', encoding="utf-8")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert config.read_toml(plain, remember=True) == {"x": "1"}
    assert not toml_store.exists()


def test_a_foreign_or_damaged_store_is_ignored(toml_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('x = "1"\n', encoding="utf-8")
    toml_store.parent.mkdir(parents=True)
    toml_store.write_bytes(marshal.dumps((("other", 0), {str(path): (path.read_bytes(), marshal.dumps({"x": "2"}))})))
    assert config.read_toml(path, remember=True) == {"x": "1"}
    config._toml_store = None
    toml_store.write_bytes(b"\x00\x01damaged")
    assert config.read_toml(path, remember=True) == {"x": "1"}


def test_without_remember_nothing_is_stored(toml_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('x = "1"\n', encoding="utf-8")
    assert config.read_toml(path) == {"x": "1"}
    assert not toml_store.exists()
