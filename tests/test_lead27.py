"""The lead's classes of the twenty-seventh session (each test names its class)."""

from __future__ import annotations

import signal

import pytest
from tests.helpers import cli

import policylens.commands as commands


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_just_after_its_handler_is_an_interruption(monkeypatch: pytest.MonkeyPatch, signum: int) -> None:
    """Class: a SIGHUP or SIGTERM that arrived right after its handler was installed, before the command's `try`, ended
    the process with a traceback and -SIGINT (test_hostile24's hangup test failed so once under load)."""
    real = signal.signal

    def install_then_signal(which: int, handler: object) -> object:
        previous = real(which, handler)  # type: ignore[arg-type]
        if which == signum and callable(handler):
            handler(which, None)  # the signal, delivered at once
        return previous

    monkeypatch.setattr(commands.signal, "signal", install_then_signal)
    result = cli("parse", "-", stdin="# 隱私權政策\n\n我們收集您的姓名。\n")
    assert (result.returncode, result.stderr, result.stdout) == (130, "policylens: interrupted\n", "")
