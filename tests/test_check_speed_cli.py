"""`check` without typer (`commands.check_run.lean_check`) gives what the typer path gives, byte for byte.

The lean path is start-up speed only (issue #11): for every argument list it accepts, the
output, the stderr lines and the exit code must be the typer path's; every list it is not
sure of goes to typer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import cli
from policylens.commands import check_run

SEED = Path(__file__).resolve().parent.parent / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.md").write_text("# 隱私權政策\n\n請填寫【】。聯絡我們：dpo@example.com\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "README.md").write_text("# 說明\n\n請填寫【】。\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (folder / "policylens.toml").write_text('[tool.policylens]\nignore = ["date-format"]\n', encoding="utf-8")
    return folder


def _typer_path(monkeypatch: pytest.MonkeyPatch, *args: str) -> subprocess.CompletedProcess[str]:
    with monkeypatch.context() as m:
        m.setattr(check_run, "lean_check", lambda _: None)
        return cli(*args)


def _lean_path(monkeypatch: pytest.MonkeyPatch, *args: str) -> subprocess.CompletedProcess[str]:
    taken: list[bool] = []
    real = check_run.lean_check

    def spy(argv: list[str]):  # type: ignore[no-untyped-def]
        run = real(argv)
        taken.append(run is not None)
        return run

    with monkeypatch.context() as m:
        m.setattr(check_run, "lean_check", spy)
        result = cli(*args)
    assert taken == [True], args
    return result


ARGUMENT_LISTS = [
    ["{d}", "--format", "json", "--no-config"],
    ["{d}", "--format=json", "--jobs", "1"],
    ["{d}/a.txt", "-f", "text", "--fail-on", "never"],
    ["{d}/b.md", "--format", "sarif", "--select", "placeholder-empty,date-format", "--ignore", "date-format"],
    ["{d}", "--format", "junit", "--fail-on=warning", "--lang", "en", "--no-config"],
    ["{d}", "--format", "github", "--exclude", "a.*", "--no-default-exclude"],
    ["{d}", "--format", "github", "--exclude", "a.*", "--default-exclude"],
    ["{d}/b.md", "--format", "json", "--select", "no-such-rule"],
    ["{d}/missing.txt", "--format", "json"],
    ["{d}", "--format", "text", "--config", "{d}/policylens.toml"],
    ["{d}", "--format", "text", "--config", "{d}/nothing.toml"],
    ["{d}/b.md", "--format", "json", "--lang", "xx"],
    ["{d}/b.md", "{d}/a.txt", "--format", "text", "-j", "0", "--default-exclude"],
    ["{d}/b.md", "--format", "text", "--profile", "pipl"],
    ["{d}/b.md", "--format", "text", "-p", "no-such-profile"],
]


@pytest.mark.parametrize("args", ARGUMENT_LISTS, ids=lambda a: " ".join(a[1:]))
def test_lean_path_prints_and_exits_as_the_typer_path(monkeypatch: pytest.MonkeyPatch, policies: Path, args: list[str]) -> None:
    argv = ["check", *(a.replace("{d}", str(policies)) for a in args)]
    lean, typer_run = _lean_path(monkeypatch, *argv), _typer_path(monkeypatch, *argv)
    assert (lean.returncode, lean.stdout, lean.stderr) == (typer_run.returncode, typer_run.stdout, typer_run.stderr)


def test_lean_path_writes_the_same_output_file_and_baseline(monkeypatch: pytest.MonkeyPatch, policies: Path, tmp_path: Path) -> None:
    runs = {}
    for name, run in (("lean", _lean_path), ("typer", _typer_path)):
        folder = tmp_path / name
        folder.mkdir()
        report, baseline = folder / "report.json", folder / "baseline.json"
        first = run(monkeypatch, "check", str(policies / "a.txt"), "--format", "json", "-o", str(report))
        second = run(monkeypatch, "check", str(policies / "a.txt"), "--write-baseline", str(baseline))
        third = run(monkeypatch, "check", str(policies / "a.txt"), "--format", "text", "--baseline", str(baseline))
        runs[name] = (
            [(r.returncode, r.stdout, r.stderr.replace(str(folder), "DIR")) for r in (first, second, third)],
            report.read_text(encoding="utf-8"),
            baseline.read_text(encoding="utf-8").replace(str(folder), "DIR"),
        )
    assert runs["lean"] == runs["typer"]


@pytest.mark.parametrize(
    "args",
    [
        [],  # typer's "Missing argument"
        ["--help"],
        ["-h"],
        ["x.txt", "--version"],
        ["x.txt", "--encoding", "big5"],
        ["x.txt", "--max-size", "1MB"],
        ["x.txt", "--format", "JSON"],  # not a choice: typer's message
        ["x.txt", "--format"],
        ["x.txt", "--jobs", "-1"],
        ["x.txt", "--jobs", "+2"],
        ["x.txt", "--jobs", "２"],
        ["x.txt", "-fjson"],
        ["x.txt", "--no-config=yes"],
        ["x.txt", "-f=json"],
        ["x.txt", "--output", "-"],
        ["x.txt", "--config", ""],
        ["x.txt", "--", "-y.txt"],
        ["x.txt", "--unknown"],
        ["x.txt", "--form", "json"],  # click does not expand prefixes either, but let typer say so
        ["x.txt", "--format", "json", "--format", "text"],  # given twice: typer's path refuses it (forty-sixth round)
        ["x.txt", "--default-exclude", "--no-default-exclude"],
    ],
)
def test_lean_path_leaves_everything_else_to_typer(args: list[str]) -> None:
    assert check_run.lean_check(args) is None


def test_a_lean_check_does_not_import_typer(tmp_path: Path) -> None:
    """The point of the lean path: neither typer nor click is imported by `check FILE --format json`."""
    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n本政策說明我們如何處理資料。\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from policylens.commands import main\n"
        f"sys.argv = ['policylens', 'check', {str(policy)!r}, '--format', 'json', '--no-config']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(repr(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)
    assert result.stderr.strip().endswith("[]"), result.stderr
    assert '"schema":"policylens.check/1"' in result.stdout
