"""A policy date written as a day that does not exist (2024年2月30日, 2023-04-31) is named at
its place, as a warning, instead of "no effective or last-updated date found"."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli


@pytest.mark.parametrize(
    ("line", "shown"),
    [("更新日期：2024年2月30日", "2024年2月30日"), ("生效日期：2023-04-31", "2023-04-31"), ("最後更新：2023/13/01", "2023/13/01")],
)
def test_an_impossible_date_is_named(tmp_path: Path, line: str, shown: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(f"隱私權政策\n\n{line}\n\n我們會收集您的姓名。\n", encoding="utf-8")
    out = cli("check", str(path), "--select", "date-format", "--format", "text").stdout.splitlines()
    assert out[0] == f"{path}:3:6: warning date-format 日期 {shown} 不存在"


def test_a_real_date_gives_nothing_and_no_date_is_still_reported(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("隱私權政策\n\n更新日期：2024年2月29日\n\n我們會收集您的姓名。\n", encoding="utf-8")
    assert cli("check", str(path), "--select", "date-format", "--format", "text").stdout.splitlines()[:-1] == []
    path.write_text("隱私權政策\n\n我們於2024年2月30日舉辦活動。\n", encoding="utf-8")  # no date cue: not the policy's date
    out = cli("check", str(path), "--select", "date-format", "--format", "text").stdout.splitlines()
    assert out[0].endswith("info date-format 找不到生效日期或最後更新日期")
