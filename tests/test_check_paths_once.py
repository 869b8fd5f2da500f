"""`check` reads each file once however often it is named (a folder and a file in it, two
spellings, a symlink), and SARIF URIs of odd file names are percent-encoded."""

from __future__ import annotations

import json
import os
from pathlib import Path

from helpers import cli

SLOT = "隱私權政策\n\n我們會收集【】。\n"


def test_a_file_named_several_ways_is_checked_once(tmp_path: Path) -> None:
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "p.txt").write_text(SLOT, encoding="utf-8")
    os.symlink(folder / "p.txt", tmp_path / "link.txt")
    result = cli("check", "dup", "dup/p.txt", "./dup/p.txt", "link.txt", "--format", "json", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert [f["path"] for f in report["files"]] == ["dup/p.txt"]
    assert report["summary"]["error"] == 1


def test_two_files_with_the_same_text_are_both_checked(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SLOT, encoding="utf-8")
    report = json.loads(cli("check", "a.txt", "b.txt", "--format", "json", cwd=tmp_path).stdout)
    assert [f["path"] for f in report["files"]] == ["a.txt", "b.txt"]


def test_sarif_uris_are_percent_encoded(tmp_path: Path) -> None:
    for name in ("my policy.txt", "new\nline.txt", "隐私政策.txt"):
        (tmp_path / name).write_text(SLOT, encoding="utf-8")
    sarif = json.loads(cli("check", ".", "--format", "sarif", cwd=tmp_path).stdout)
    uris = sorted({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]})
    assert uris == ["%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96.txt", "my%20policy.txt", "new%0Aline.txt"]
