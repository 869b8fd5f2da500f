"""The progress bar `check` and `compare` share: on stderr only when it is a terminal, only for runs worth it, gone at the end."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from conftest import SEED
from helpers import cli
from policylens.commands.progress import ProgressBar


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_bar_is_drawn_on_a_terminal_and_removed_at_the_end() -> None:
    stream = Terminal()
    with ProgressBar("checking", minimum=20, stream=stream) as bar:
        bar.start(30)
        for _ in range(30):
            bar.advance(1)
        assert bar._bar is not None
    assert bar._bar is None
    text = stream.getvalue()
    assert "checking" in text and "30/30" in text
    # transient: the last thing written moves the cursor back up and erases the bar's line
    assert text.endswith("\x1b[1A\x1b[2K")


def test_no_bar_for_a_small_run_or_a_pipe() -> None:
    small, pipe = Terminal(), io.StringIO()
    with ProgressBar("checking", minimum=20, stream=small) as bar:
        bar.start(5)
        bar.advance(5)
    with ProgressBar("checking", minimum=20, stream=pipe) as bar:
        bar.start(500)
        bar.advance(500)
    assert small.getvalue() == "" and pipe.getvalue() == ""


def test_check_many_files_through_a_pipe_writes_nothing_on_stderr(tmp_path: Path) -> None:
    for n in range(25):
        (tmp_path / f"p{n}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    done = cli("check", str(tmp_path), "--format", "json", "--jobs", "1")
    assert done.returncode in (0, 1) and done.stderr == ""


def _run_with_terminal_stderr(args: list[str]) -> tuple[int, str, str]:
    """Run policylens with stderr on a pseudo-terminal (the bar shows) and stdout on a pipe (the report)."""
    import os
    import pty
    import threading

    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "policylens", *args], stdout=subprocess.PIPE, stderr=slave, timeout=120, check=False, env=_env()
        )
    finally:
        os.close(slave)
        reader.join(timeout=60)  # returns as soon as the pty reports its end; the bound is a hang guard
        os.close(master)
    return done.returncode, done.stdout.decode("utf-8"), b"".join(chunks).decode("utf-8", "replace")


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    env["TERM"] = "xterm-256color"
    return env


def test_report_goes_to_stdout_while_the_bar_is_on_a_terminal_stderr(tmp_path: Path) -> None:
    """Defect class: rich's live display redirects stdout to its console (stderr) by default, which emptied `compare > report.json`."""
    import json

    product = tmp_path / "p"
    product.mkdir()
    (product / "zh-Hant.2021-03-30.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (product / "zh-TW.2021-03-30.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = _run_with_terminal_stderr(["compare", str(product), "--format", "json", "--jobs", "1"])
    assert code == 0, err
    assert json.loads(out)["schema"] == "policylens.compare/1"
    assert "comparing 2 files" in err and '"schema"' not in err
    for n in range(25):
        (tmp_path / f"c{n}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = _run_with_terminal_stderr(["check", str(tmp_path), "--format", "json", "--jobs", "1"])
    assert code in (0, 1), err
    assert len(json.loads(out)["files"]) == 27
    assert "checking" in err and '"files"' not in err
