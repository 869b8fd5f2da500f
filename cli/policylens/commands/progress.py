"""A transient rich progress bar on stderr, shared by `check` and `compare`.

Shown only when stderr is a terminal and there are at least `minimum` items, so pipes, CI
logs and small runs stay clean; it disappears when the run ends (rich's `transient`), so
the report that follows on stdout starts on a clean screen.  stdout is never redirected
(by default rich sends `print` output through the bar's console, that is to stderr, which
emptied a redirected report); stderr lines written meanwhile appear above the bar.  Write
a report to a terminal only after `close()`.  `rich` is imported only when the bar is shown.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, TextIO


class ProgressBar:
    """`start(total)` once the number of items is known, `advance(n)` as they finish; a context manager."""

    def __init__(self, label: str, *, minimum: int = 1, stream: TextIO | None = None) -> None:
        self.label = label
        self.minimum = minimum
        self.stream = stream if stream is not None else sys.stderr
        self._bar: Any = None
        self._task: Any = None

    def start(self, total: int) -> None:
        """Show the bar for `total` items (nothing when stderr is not a terminal or the run is small)."""
        if self._bar is not None or total < max(1, self.minimum) or not _isatty(self.stream):
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from policylens.render import console as bounded

        self._bar = Progress(
            TextColumn(self.label),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=bounded(self.stream),
            transient=True,
            # stdout is the report's: rich would otherwise route it through the bar's console (stderr)
            redirect_stdout=False,
        )
        self._bar.start()
        self._task = self._bar.add_task(self.label, total=total)

    @property
    def shown(self) -> bool:
        """Is the bar on the screen?"""
        return self._bar is not None

    def advance(self, count: int) -> None:
        """`count` more items are done."""
        if self._bar is not None:
            self._bar.advance(self._task, count)

    def close(self) -> None:
        """Remove the bar from the screen."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None) -> None:
        self.close()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
