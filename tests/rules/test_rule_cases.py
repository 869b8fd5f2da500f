"""Run every rule case in tests/rules/cases/*.yml (pass / fail text, expected findings)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import yaml_load
from policylens.check import CheckOptions, check_file
from policylens.rules import all_rules

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).parent / "cases"


def _load_cases() -> list[tuple[str, str, dict[str, Any]]]:
    cases = []
    for path in sorted(CASES.glob("*.yml")):
        data = yaml_load(path.read_text(encoding="utf-8"))
        rule = data.pop("rule")
        assert rule == path.stem, f"{path.name} must be named after its rule"
        for name, case in data.items():
            cases.append((rule, name, case))
    return cases


def _toml(config: dict[str, Any]) -> str:
    lines = []
    for key, value in config.items():
        if isinstance(value, list):
            lines.append(f"{key} = [{', '.join(repr(v).replace(chr(39), chr(34)) for v in value)}]")
        else:
            lines.append(f'{key} = "{value}"')
    return "\n".join(lines) + "\n"


def _run(rule: str, case: dict[str, Any], tmp_path: Path) -> list[Any]:
    if "file" in case:
        path = ROOT / case["file"]
        options = CheckOptions(select=(rule,), lang=case.get("lang"), no_config=True)
    else:
        text = case.get("fail", case.get("pass"))
        path = tmp_path / f"policy.{case.get('format', 'txt')}"
        path.write_text(text, encoding="utf-8")
        (tmp_path / "policylens.toml").write_text(_toml(case.get("config", {})), encoding="utf-8")
        options = CheckOptions(select=(rule,), lang=case.get("lang"))
    report = check_file(str(path), options)
    assert report.error is None, report.error
    return list(report.findings)


def _matches(finding: Any, expected: dict[str, Any]) -> bool:
    return all(str(getattr(finding, key)) == str(value) for key, value in expected.items())


@pytest.mark.parametrize(("rule", "name", "case"), _load_cases(), ids=lambda v: v if isinstance(v, str) else "")
def test_rule_case(rule: str, name: str, case: dict[str, Any], tmp_path: Path) -> None:
    findings = _run(rule, case, tmp_path)
    shown = [(f.line, f.column, f.excerpt, f.suggestion) for f in findings]
    if "pass" in case:
        assert findings == [], shown
    elif "contains" in case:
        for expected in case["contains"]:
            assert any(_matches(f, expected) for f in findings), (expected, shown)
    else:
        expected = case["findings"]
        assert len(findings) == len(expected), shown
        for finding, want in zip(findings, expected, strict=True):
            assert _matches(finding, want), (want, shown)
        assert all(f.rule == rule for f in findings)


def test_every_rule_has_cases() -> None:
    names = {p.stem for p in CASES.glob("*.yml")}
    assert names == set(all_rules())


@pytest.mark.parametrize("rule_id", list(all_rules()))
def test_rule_documentation(rule_id: str) -> None:
    cls = all_rules()[rule_id]
    doc = cls.documentation()
    for section in ("## What it does", "## Why is this bad?", "## Example", "Use instead:"):
        assert section in doc, f"{rule_id}: missing {section}"
    assert cls.severity in ("error", "warning", "info")
    assert set(cls.messages) == {"en", "zh-Hant", "zh-Hans"}
    assert rule_id.count("-") >= 1 and rule_id == rule_id.lower()
    module = cls.__module__.rsplit(".", 1)[-1]
    assert module == rule_id.replace("-", "_")
