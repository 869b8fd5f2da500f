"""Hostile input, round 7: Ctrl-C (or SIGTERM) inside any command is one line and exit 130.

typer turns a KeyboardInterrupt raised inside a command into a silent exit 130, so only
`check` (run outside typer) said `policylens: interrupted`; `parse`, `diff` and `compare`
stopped without a word.  Ctrl-C while the CLI's modules were being imported printed a
traceback.  Now every interruption gets the same line, and a report being written with
`-o` is left as it was (no partial file).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli
from policylens.commands import _interrupted

SEED = Path(__file__).resolve().parent.parent / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


def _interrupt(*_: object, **__: object) -> None:
    raise KeyboardInterrupt


def test_an_exit_caused_by_ctrl_c_is_recognised() -> None:
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as e:
            raise RuntimeError("typer's Exit(130)") from e
    except RuntimeError as wrapped:
        try:
            raise SystemExit(130) from None
        except SystemExit as exc:
            exc.__context__ = wrapped
            assert _interrupted(exc)
    assert not _interrupted(SystemExit(130))
    assert not _interrupted(SystemExit(1))


@pytest.mark.parametrize("command", ["parse", "diff", "compare", "check"])
def test_ctrl_c_inside_every_command_is_one_line_and_exit_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    import policylens.compare
    import policylens.diff
    import policylens.load.document

    product = tmp_path / "app"
    product.mkdir()
    policy = product / "zh-Hant.2021-03-30.txt"
    policy.write_bytes(SEED.read_bytes())
    (product / "zh-Hans.2021-03-30.txt").write_bytes(SEED.read_bytes())
    report = tmp_path / "report.json"
    report.write_text("previous report", encoding="utf-8")
    if command == "parse":
        monkeypatch.setattr(policylens.load.document, "read_document", _interrupt)
        args = ["parse", str(policy), "--format", "json"]
    elif command == "diff":
        monkeypatch.setattr(policylens.diff, "diff_documents", _interrupt)
        args = ["diff", str(policy), str(policy), "--format", "json", "-o", str(report)]
    elif command == "compare":
        monkeypatch.setattr(policylens.compare, "compare_products", _interrupt)
        args = ["compare", str(product), "--format", "json", "--jobs", "1", "-o", str(report)]
    else:
        monkeypatch.setattr(policylens.load.document, "read_document", _interrupt)
        import policylens.check

        monkeypatch.setattr(policylens.check, "check_file", _interrupt)
        args = ["check", str(policy), "--format", "json", "--jobs", "1", "-o", str(report)]
    out = cli(*args)
    assert out.returncode == 130, (out.stdout, out.stderr)
    assert out.stderr == "policylens: interrupted\n"
    assert report.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app", "report.json"]  # no temporary file left
