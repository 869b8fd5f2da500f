"""`parse_helpers.shared_parse`: the corpus parse the sweeps share is `parse_path`'s, keyed by the bytes, and cannot be changed."""

from __future__ import annotations

from pathlib import Path

import pytest

import parse_helpers
from conftest import CORPORA, SEED
from helpers import parse_path, shared_parse
from policylens.load import load

# A plain text, a Markdown file with anchors, an HTML page with tables and links, a Word file.
FILES = [
    SEED,
    CORPORA / "mozilla-firefox-privacy/zh-Hant.2020-09-08.md",
    CORPORA / "gdeiassistant-privacy/zh-Hans.2018-12-06.html",
    *sorted(CORPORA.rglob("*.docx"))[:1],
]
_ATOMS = (str, int, float, bool, type(None), bytes)


def _mutable_parts(value: object, where: str) -> list[str]:
    """Where `value` holds anything but tuples, frozensets and atoms (a list, a dict, an object with state)."""
    if isinstance(value, _ATOMS):
        return []
    if isinstance(value, tuple | frozenset):
        found: list[str] = []
        for index, item in enumerate(value):
            found += _mutable_parts(item, f"{where}[{index}]")
        return found
    return [f"{where}: {type(value).__name__}"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_shared_document_is_parse_path_s_and_immutable_all_the_way_down(path: Path) -> None:
    """A test reading a shared document cannot change what another reads: no list, dict or set anywhere in it."""
    text, document = shared_parse(path)
    assert document == parse_path(path)
    assert text == load(str(path)).text
    assert shared_parse(path).document is document  # computed once
    assert _mutable_parts(document, "document") == []


def test_a_changed_file_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key holds the digest of the bytes as they are now: a file written since is not served stale."""
    monkeypatch.setattr(parse_helpers, "_SHARED_ROOTS", (tmp_path,))
    policy = tmp_path / "policy.md"
    policy.write_text("# 隱私權政策\n\n## 一、蒐集\n\n我們蒐集電子郵件。\n", encoding="utf-8")
    first = shared_parse(policy).document
    policy.write_text("# 隱私權政策\n\n## 一、蒐集\n\n我們蒐集電話號碼。\n", encoding="utf-8")
    second = shared_parse(policy).document
    assert [p.text for p in first.paragraphs()] == ["我們蒐集電子郵件。"]
    assert [p.text for p in second.paragraphs()] == ["我們蒐集電話號碼。"]


def test_only_the_repository_s_policies_are_shared(tmp_path: Path) -> None:
    """A test's own file (under `tmp_path`) is parsed fresh by `parse_path`, never kept for the process."""
    policy = tmp_path / "policy.txt"
    policy.write_text("隱私權政策\n", encoding="utf-8")
    with pytest.raises(ValueError, match="repository's policy files"):
        shared_parse(policy)
