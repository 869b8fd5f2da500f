"""Byte-order marks: UTF-32 with its mark is read (it was refused as binary data), and a
UTF-16 mark in front of UTF-8 text is one clear error (it was read silently as nonsense CJK,
and `check` passed the garbage)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from helpers import cli
from policylens.load import load

TEXT = "隱私權政策\n\n一、我們收集的資料\n我們會收集您的姓名與電子郵件地址。\n"


@pytest.mark.parametrize("mark", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_a_utf16_mark_before_utf8_text_is_refused(tmp_path: Path, mark: bytes) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(mark + TEXT.encode("utf-8"))
    for command in ("parse", "check"):
        result = cli(command, str(path), "--format", "json")
        assert result.returncode == 2
        assert result.stderr.count("policylens: error:") == 1
        assert "byte-order mark in front of UTF-8 text" in result.stderr


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_real_utf16_with_its_mark_is_still_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "p.txt"
    mark = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    path.write_bytes(mark + TEXT.encode(codec))
    assert load(str(path)).text == TEXT


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_its_mark_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "p.txt"
    mark = codecs.BOM_UTF32_LE if codec.endswith("le") else codecs.BOM_UTF32_BE
    path.write_bytes(mark + TEXT.encode(codec))
    loaded = load(str(path))
    assert loaded.text == TEXT
    assert loaded.source.encoding == codec and loaded.source.bom
