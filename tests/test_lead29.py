"""The lead's classes of the twenty-ninth session (each test names its class)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _excerpts


@pytest.mark.parametrize(
    ("line", "slots"),
    [
        ("请访问 https://<YOUR_DOMAIN>/privacy 查看。", ["<YOUR_DOMAIN>"]),
        ("联系邮箱：privacy@<YOUR_DOMAIN>", ["<YOUR_DOMAIN>"]),
        ("Contact <COMPANY_NAME> at <SUPPORT_EMAIL>.", ["COMPANY_NAME", "SUPPORT_EMAIL"]),  # the constants, once each
        # the other side: a constant outside any slot, or beside one, is still reported once
        ("Contact COMPANY_NAME at <YOUR_DOMAIN>.", ["COMPANY_NAME", "<YOUR_DOMAIN>"]),
        ("請寄信至 YOUR_EMAIL。", ["YOUR_EMAIL"]),
        ("See https://YOUR_DOMAIN/privacy for details.", ["YOUR_DOMAIN"]),
    ],
)
def test_a_constant_inside_a_reported_slot_is_one_finding(tmp_path: Path, line: str, slots: list[str]) -> None:
    """Class: a template constant written inside a slot's marks (<YOUR_DOMAIN>) was reported twice, by the slot's form
    and by the constants' pass (twenty-eighth session's leftover): one defect, one finding, the slot's."""
    assert _excerpts(tmp_path, "# Privacy\n\n" + line + "\n") == slots


@pytest.mark.parametrize(
    "line",
    [
        "Logs are kept in C:\\\\Users\\\\<YOUR_NAME>\\\\AppData\\\\Local\\\\App.",
        "Logs are kept in /home/YOUR_USER/.config/app on your computer.",
        "缓存位于 C:\\\\Users\\\\YOUR_NAME\\\\AppData 中，不会上传。",
    ],
)
def test_a_constant_naming_a_folder_on_the_readers_machine_is_no_placeholder(tmp_path: Path, line: str) -> None:
    """Class: the constants' pass took a segment of a file path (the reader's own user folder) that the slot forms
    already leave alone (twenty-eighth session's leftover, found beside the one above)."""
    assert _excerpts(tmp_path, "# Privacy\n\n" + line + "\n") == []
