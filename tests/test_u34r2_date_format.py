"""`date-format`'s "no date found" on an English policy dated to the month with a full-width comma (eval/blind/round34b).

An English policy by a Chinese developer ends 「Last Updated:  April，2025」: the comma is the full-width one of a Chinese
input method, with no space after it.  The policy is dated (to the month), so no "no date found" is reported; a month
and year that no date label announces still leave the policy undated, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts

ROUND34B = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round34b"
MISSING = ("no effective or last-updated date found", "找不到生效日期或最后更新日期", "找不到生效日期或最後更新日期")


def _missing(tmp_path: Path, text: str) -> bool:
    return any(m in MISSING for m in rule_excerpts(tmp_path, text, "date-format", "policy.md"))


@pytest.mark.parametrize(
    "line",
    ["Last Updated:  April，2025", "Last updated: Dec.，2024", "Effective date: March，2026", "Last Updated: April, 2025"],
)
def test_month_and_year_after_a_label_dates_the_policy(tmp_path: Path, line: str) -> None:
    assert not _missing(tmp_path, "## Privacy\n\nWe collect your email address.\n\n" + line + "\n")


@pytest.mark.parametrize("line", ["We shipped the new version in May，2025.", "我们在 May，2025 发布了新功能。"])
def test_month_and_year_without_a_label_leave_it_undated(tmp_path: Path, line: str) -> None:
    assert _missing(tmp_path, "## Privacy\n\nWe collect your email address.\n\n" + line + "\n")


def test_round34b_english_policy_is_dated(tmp_path: Path) -> None:
    text = (ROUND34B / "dev" / "qqweb-en-md" / "Privacy_en_us.md").read_text(encoding="utf-8")
    assert not _missing(tmp_path, text)
