"""The progress bar `check` and `compare` share: on stderr only when it is a terminal, only for runs worth it, gone at the end."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from conftest import SEED
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
    done = subprocess.run(
        [sys.executable, "-m", "policylens", "check", str(tmp_path), "--format", "json", "--jobs", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1) and done.stderr == ""
