"""u53r2 review of the fifty-third session's later merges: each test names a defect class it guards."""

from __future__ import annotations

import re
from pathlib import Path

CLI = Path(__file__).resolve().parents[1] / "cli" / "policylens"


def test_named_control_has_a_public_home() -> None:
    """`named_control` serves four placeholder rules: no module imports it by a private name."""
    from policylens.rules import placeholder_instruction

    assert callable(placeholder_instruction.named_control)
    assert placeholder_instruction.named_control("点击 [具体说明] 按钮", 3, 9)
    private = re.compile(r"import[^\n]*\b_named_control\b")
    users = [p.relative_to(CLI).as_posix() for p in CLI.rglob("*.py") if private.search(p.read_text(encoding="utf-8"))]
    assert users == []
