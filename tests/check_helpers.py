"""Run `check` on a text written to a file and keep what a test compares: the placeholder findings' lines and excerpts,
or one rule's excerpts."""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file


def written_findings(folder: Path, name: str, text: str) -> list[tuple[int, str, str]]:
    """(line, rule, excerpt) of every finding of `check` (default options) on `text` written as `folder/name`."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions())
    return [(f.line, f.rule, f.excerpt) for f in report.findings]


def written_severities(folder: Path, name: str, text: str) -> list[tuple[int, str, str, str]]:
    """(line, rule, severity, excerpt) of every finding of `check --no-config` on `text` written as `folder/name`."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.rule, f.severity, f.excerpt) for f in report.findings]


def written_errors(folder: Path, name: str, text: str) -> dict[int, list[str]]:
    """The excerpts of the error-level findings of `check --no-config` on `text` written as `folder/name`, by line."""
    found: dict[int, list[str]] = {}
    for line, _rule, severity, excerpt in written_severities(folder, name, text):
        if severity == "error":
            found.setdefault(line, []).append(excerpt)
    return found


# A real policy's head and tail around a constructed body (the placeholder rules read a document, not a line).
POLICY_HEAD = "# 隐私政策\n\n更新日期：2024年5月1日\n\n"
POLICY_TAIL = "\n\n## 联系我们\n\n如有疑问，请发送邮件至 support@yunfan.cn 与我们联系。\n"


def framed_errors(folder: Path, body: str, name: str = "privacy.md") -> dict[int, list[str]]:
    """The error excerpts of `check` on `body` between `POLICY_HEAD` and `POLICY_TAIL`, by line."""
    return written_errors(folder, name, POLICY_HEAD + body + POLICY_TAIL)


def slot_findings(path: Path) -> list[tuple[int, str, str]]:
    """(line, rule, excerpt) of the placeholder findings of `check` (default rules, no configuration) on the file `path`."""
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.rule, f.excerpt) for f in report.findings if f.rule.startswith("placeholder")]


def written_slots(folder: Path, name: str, text: str) -> list[tuple[int, str]]:
    """(line, excerpt) of the placeholder findings (any severity) of `check` on `text` written as `folder/name`."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return [(line, excerpt) for line, _, excerpt in slot_findings(path)]


def written_slot_lines(folder: Path, name: str, text: str) -> list[int]:
    """The lines, sorted and once each, of the placeholder findings (any severity) on `text` written as `folder/name`."""
    return sorted({line for line, _ in written_slots(folder, name, text)})


def slot_lines(folder: Path, text: str) -> set[int]:
    """The lines of the placeholder findings on `text` written as `folder/policy.md`."""
    path = folder / "policy.md"
    path.write_text(text, encoding="utf-8")
    return {line for line, _, _ in slot_findings(path)}


# Six-line heads (a title, a date, a paragraph that needs nothing) for `paragraph_slot_lines`, one per script.
HEAD_HANS = "# 隐私政策\n\n最后更新：2025年1月1日\n\n我们重视您的隐私。我们收集您的邮箱，用于登录。\n\n"
HEAD_HANT = "# 隱私權政策\n\n最後更新：2025年1月1日\n\n我們重視您的隱私。我們蒐集您的電子郵件，用於登入。\n\n"
HEAD_EN = "# Privacy Policy\n\nLast updated: 1 January 2025\n\nWe collect your email address to sign you in.\n\n"


def paragraph_slot_lines(folder: Path, head: str, lines: list[str]) -> set[int]:
    """The lines of the placeholder findings on `head` (six lines, ending in a blank one) followed by `lines`, one
    paragraph each, written as `folder/policy.md` (the lines they stand on: `paragraph_lines`)."""
    return slot_lines(folder, head + "\n\n".join(lines) + "\n")


def rule_excerpts(folder: Path, text: str, rule: str, name: str) -> list[str]:
    """The excerpts (or the messages, for a finding without excerpt) of `rule`'s findings on `text` saved as
    `folder/name` (`check --no-config --select rule`)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=(rule,)))
    assert report.error is None, report.error
    return [f.excerpt or f.message for f in report.findings]


def paragraph_lines(lines: list[str], first: int = 7) -> set[int]:
    """The lines `lines` stand on when written one paragraph each (a blank line between) from line `first`: after a
    test's six-line head (a title, a date and a paragraph)."""
    return {first + 2 * k for k in range(len(lines))}
