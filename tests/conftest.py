"""Shared fixtures: corpus paths and helpers that run the parse pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEED = CORPORA / "smartmi" / "zh-Hant.2021-03-30.txt"
POLICY_SUFFIXES = {".txt", ".md", ".mdx", ".html", ".jsp", ".ftl", ".docx"}
sys.path.insert(0, str(ROOT / "tests"))


def corpus_files() -> list[Path]:
    """Every policy file shipped in corpora/."""
    return sorted(p for p in CORPORA.rglob("*") if p.suffix in POLICY_SUFFIXES)


@pytest.fixture
def write(tmp_path: Path):
    """Write `content` (str or bytes) to a file named `name` and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write
