"""Hostile input, round 8: TOML files saved with a UTF-8 byte order mark.

Windows PowerShell 5 (`Out-File -Encoding utf8`) and older Notepad write a BOM before the
text.  tomllib reads it as a stray character, so a `policylens.toml`, a `pyproject.toml`
or a `compare` manifest saved that way was refused with "invalid TOML: Invalid statement
(at line 1, column 1)", which names nothing the user can see.  `config.read_toml`, the one
reader of every TOML file, now drops the BOM; a UTF-16 file is still one clear line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli

POLICY = "隱私政策\r\n\r\n一、總則\r\n\r\n本政策適用於【】。\r\n"
BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("policylens.toml", 'ignore = ["date-format"]\r\n'),
        ("pyproject.toml", '[tool.policylens]\r\nignore = ["date-format"]\r\n'),
    ],
)
def test_a_configuration_with_a_bom_is_read(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / "a.txt").write_text(POLICY, encoding="utf-8")
    (tmp_path / name).write_bytes(BOM + text.encode("utf-8"))
    done = cli("check", str(tmp_path / "a.txt"), "--format", "json")
    assert done.returncode == 1, done.stderr
    rules = {f["rule"] for f in json.loads(done.stdout)["files"][0]["findings"]}
    assert "placeholder-empty" in rules and "date-format" not in rules


def test_a_compare_manifest_with_a_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "tw.txt").write_text(POLICY, encoding="utf-8")
    (tmp_path / "cn.txt").write_text(POLICY.replace("隱私", "隐私"), encoding="utf-8")
    manifest = '[[editions]]\nedition = "zh-TW"\ndate = "2024-03-01"\npath = "tw.txt"\n\n[[editions]]\nedition = "zh-CN"\ndate = "2024-03-01"\npath = "cn.txt"\n'
    (tmp_path / "policylens.toml").write_bytes(BOM + manifest.encode("utf-8"))
    done = cli("compare", str(tmp_path), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert {e["edition"] for e in json.loads(done.stdout)["products"][0]["editions"]} >= {"zh-CN"}


def test_a_utf16_configuration_is_still_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(POLICY, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('ignore = ["date-format"]\n', encoding="utf-16")
    done = cli("check", str(tmp_path / "a.txt"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not UTF-8 text" in done.stderr
