"""The summary line of `check` in text and rich: counted words agree in number, and files that
could not be checked are counted apart, so that a run whose files were all unreadable never reads
as a clean check ("1 files checked: 0 errors" with exit 2 said the opposite of the stderr line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli

CLEAN = "隱私權政策\n\n更新日期：2021年3月30日\n\n關於我們\n\n我們重視您的隱私，並依《個人資料保護法》保護您的個人資料（例如姓名）。\n"
SLOT = "隐私政策\n\n更新日期：2021年3月30日\n\n一、我们\n\n本政策由XXX公司制定。\n"


@pytest.mark.parametrize("fmt", ["text", "rich"])
def test_an_unreadable_file_is_not_counted_as_checked(tmp_path: Path, fmt: str) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    result = cli("check", str(bad), "--format", fmt)
    assert result.returncode == 2
    last = result.stdout.strip().splitlines()[-1]
    assert last == "0 files checked: 0 errors, 0 warnings, 0 info; 1 file could not be checked"
    assert "malformed DOCX" in result.stderr


def test_readable_and_unreadable_files_are_counted_apart(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    one.write_text(SLOT, encoding="utf-8")
    two.write_text(CLEAN, encoding="utf-8")
    result = cli("check", str(bad), str(one), str(two), "--format", "text")
    assert result.stdout.splitlines()[-1] == "2 files checked: 1 error, 0 warnings, 0 info; 1 file could not be checked"


def test_one_file_and_one_finding_are_singular(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SLOT, encoding="utf-8")
    result = cli("check", str(path), "--format", "text")
    assert result.stdout.splitlines()[-1] == "1 file checked: 1 error, 0 warnings, 0 info"
