"""A longer Taiwan word that contains a table key protects it (class: `cn-tw.exclude.tsv`'s protecting words).

eval/profiles42c skm-tw L174 「會員權益、標識符號、合作廠商」: 標識符號 (signs and marks) is Taiwan usage, but its key
標識符 (identifier → 識別字) was reported inside it; 標識符 alone and 設備標識符 are still mainland wording.
"""

from __future__ import annotations

from pathlib import Path

from helpers import rule_excerpts


def _terms(folder: Path, text: str) -> list[str]:
    return rule_excerpts(folder, text, "regional-vocabulary", "policy.txt")


def test_a_protecting_word_hides_its_key(tmp_path: Path) -> None:
    assert _terms(tmp_path, "隱私權政策\n\n有關會員權益、標識符號、合作廠商等相關資訊，請見官網公告。\n") == []


def test_the_key_alone_and_a_longer_mainland_word_are_still_reported(tmp_path: Path) -> None:
    assert _terms(tmp_path, "隱私權政策\n\n有關會員權益、標識符號、合作廠商等相關資訊。請勿竄改設備標識符或其他標識符。\n") == [
        "設備標識符",
        "標識符",
    ]
