"""Run the `policylens` command: in this process through the console script's `main()` (`cli`), or as a real
subprocess (`cli_process`) for what only a process shows; both return a `subprocess.CompletedProcess`."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

# Environment variables that change what the CLI prints; every run starts without them.
_PRESET_ENV = ("FORCE_COLOR", "NO_COLOR", "POLICYLENS_MAX_BYTES", "POLICYLENS_DEBUG")


@contextlib.contextmanager
def _inside(cwd: Path | str | None) -> Iterator[None]:
    """Change the working directory for one run, and put it back."""
    before = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(before)


def cli(
    *args: str,
    stdin: bytes | str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    text: bool = True,
) -> subprocess.CompletedProcess[Any]:
    """Run `policylens ARGS` in this process, through the same `main()` as the console script.

    Typer's `CliRunner.isolation` swaps stdin/stdout/stderr for byte buffers (not terminals,
    as in a pipe) and sets the environment; `main()` turns errors into one stderr line and an
    exit code exactly as in a subprocess.  Returns a `CompletedProcess` like `subprocess.run`,
    so a test reads the same whichever way it ran.  What only a real process can show (the
    console script, `python -m`, signals, closed or full stdout, `--jobs` forking) is tested
    with `subprocess` instead.
    """
    from typer.testing import CliRunner

    import policylens.commands as commands

    overrides: dict[str, str | None] = dict.fromkeys(_PRESET_ENV)
    overrides.update(env or {})
    argv, handler = sys.argv, signal.getsignal(signal.SIGTERM)
    hangup = signal.getsignal(signal.SIGHUP) if hasattr(signal, "SIGHUP") else None
    silence = commands._silence_stdout
    commands._silence_stdout = lambda: None  # it would point pytest's own descriptor 1 at /dev/null
    code: int = 0
    try:
        with CliRunner().isolation(input=stdin, env=overrides) as (out, err, _), _inside(cwd):
            sys.argv = ["policylens", *args]
            try:
                commands.main()
            except SystemExit as exc:
                if exc.code is None:
                    code = 0
                elif isinstance(exc.code, int):
                    code = exc.code
                else:  # sys.exit("message"): Python prints it and exits 1
                    sys.stderr.write(f"{exc.code}\n")
                    code = 1
            finally:
                for stream in (sys.stdout, sys.stderr):
                    with contextlib.suppress(ValueError, OSError):
                        stream.flush()
            stdout, stderr = out.getvalue(), err.getvalue()
    finally:
        sys.argv = argv
        signal.signal(signal.SIGTERM, handler)
        if hangup is not None:
            signal.signal(signal.SIGHUP, hangup)
        commands._silence_stdout = silence
    if text:
        return subprocess.CompletedProcess(["policylens", *args], code, stdout.decode("utf-8"), stderr.decode("utf-8"))
    return subprocess.CompletedProcess(["policylens", *args], code, stdout, stderr)


def cli_process(
    *args: str,
    stdin: bytes | str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    text: bool = True,
    timeout: float = 120,
) -> subprocess.CompletedProcess[Any]:
    """Run `python -m policylens ARGS` as a real subprocess (for what only a process shows)."""
    environment = {k: v for k, v in os.environ.items() if k not in _PRESET_ENV}
    environment.update(env or {})
    if text and isinstance(stdin, bytes):
        stdin = stdin.decode("utf-8")
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        input=stdin,
        capture_output=True,
        text=text,
        cwd=cwd,
        env=environment,
        timeout=timeout,
    )
