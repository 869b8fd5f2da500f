"""Hostile input, round 8: a stdout closed by its reader (`policylens … | head -1`).

Every command and format ends the same quiet way: no message, no traceback, exit 141
(128 + SIGPIPE, as the shell reports `cat big | head -1`), and a report file given with
`-o` is left as it was.  Before, typer ended most commands with a silent exit 1 (the code
of "findings" in `check` and of "changes" in `diff`), and a single write longer than
Python's buffer lost the rest of its text with no error at all: `parse --format markdown`
and the rich output of `parse` ended with exit 0 and a truncated report.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from policylens.commands import EXIT_BROKEN_PIPE
from policylens.output import PIECE_CHARS, PieceWriter, open_output

SEED = Path(__file__).resolve().parent.parent / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed policy 40 times over (about 1 MB: `old`), and two versions of it 8 times over (200 KB: `old8`, `new8`).

    Every output is above twice a pipe's 64 KB: `parse` of `old8` writes 212 KB (markdown) and 327 KB
    (JSON), `check` of it 141 KB (JSON) and 1.3 MB (SARIF); the rich `parse` and the text `check` would
    write only 20 KB and 85 KB of `old8`, so they read `old` (101 KB and 427 KB); `diff` of the pair writes
    190 KB (text) to 0.9 MB (HTML).  An output that fitted in the pipe could not pass unseen: the command
    would end with its own exit code, not 141.  A diff of the larger pair cost 2.5 s of CPU apiece, and
    each process that read `old` where `old8` does 0.1-0.6 s more (fortieth session, issue #13).
    """
    folder = tmp_path_factory.mktemp("pipes")
    seed = SEED.read_text(encoding="utf-8")
    files = {"old": seed * 40, "old8": seed * 8, "new8": (seed * 8).replace("資料", "數據")}
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return {name: folder / f"{name}.txt" for name in files}


def _closed_early(args: list[str], tmp: Path) -> subprocess.CompletedProcess[bytes]:
    """Run the console script with its stdout a pipe that the reader closes after 10 bytes."""
    script = Path(sys.executable).with_name("policylens")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "policylens"]
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "POLICYLENS_DEBUG")}
    process = subprocess.Popen([*command, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp, env=env)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=120)
    return subprocess.CompletedProcess(args, process.returncode, first, stderr)


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "{old8}", "--format", "json"],
        ["parse", "{old8}", "--format", "markdown"],
        ["parse", "{old}", "--format", "rich"],
        ["check", "{old8}", "--format", "sarif"],
        ["check", "{old}", "--format", "text"],
        ["check", "{old8}", "--format", "json", "-o", "/dev/stdout"],
        ["diff", "{old8}", "{new8}", "--format", "html"],
        ["diff", "{old8}", "{new8}", "--format", "text"],
    ],
    ids=lambda a: "-".join(x for x in a if not x.startswith(("{", "-"))),
)
def test_closed_stdout_ends_every_command_quietly_with_141(args: list[str], big: dict[str, Path], tmp_path: Path) -> None:
    done = _closed_early([a.format(**big) for a in args], tmp_path)
    assert done.stdout, "the command wrote nothing before the pipe closed"
    assert done.returncode == EXIT_BROKEN_PIPE, done.stderr.decode()
    assert done.stderr == b""


def test_closed_stdout_leaves_the_report_file_whole(big: dict[str, Path], tmp_path: Path) -> None:
    old, new = big["old8"], big["new8"]
    report = tmp_path / "report.txt"
    report.write_text("previous report\n", encoding="utf-8")
    # the report goes to the file; stdout (closed early) gets nothing, so the run completes
    done = _closed_early(["diff", str(old), str(new), "-o", str(report)], tmp_path)
    assert done.returncode == 1, done.stderr.decode()
    assert report.read_text(encoding="utf-8") != "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # no temporary file left behind


class _ShortWrites:
    """A stream that, like Python's buffered writer on a pipe, takes long writes whole but may lose them."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.text: list[str] = []

    def write(self, text: str) -> int:
        self.sizes.append(len(text))
        self.text.append(text)
        return len(text)

    def isatty(self) -> bool:
        return False


def test_piece_writer_never_hands_the_stream_a_write_longer_than_its_buffer() -> None:
    stream = _ShortWrites()
    writer = PieceWriter(stream)  # type: ignore[arg-type]
    text = "隱私權政策\n" * 5000
    assert writer.write(text) == len(text)
    writer.write("短")
    assert max(stream.sizes) <= PIECE_CHARS
    assert len(stream.sizes) > 2
    assert "".join(stream.text) == text + "短"
    assert len("\U00020000".encode() * PIECE_CHARS) <= 8192  # a piece of four-byte characters fits the buffer
    assert writer.isatty() is False  # everything else is the stream's


def test_a_fifo_output_that_closes_is_the_same_quiet_broken_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with pytest.raises(BrokenPipeError), open_output(fifo) as stream:
            os.close(reader)
            reader = -1
            stream.write("x" * 200_000)
            stream.flush()
    finally:
        if reader >= 0:
            os.close(reader)
