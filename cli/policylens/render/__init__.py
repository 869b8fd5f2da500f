"""Renderers: format finished analysis results; they never analyse or read files.

One module per --format value.  Each exposes `render_<thing>(result, out, **opts)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console

# The widest line a rich report draws.  rich takes COLUMNS as the width even when the output is a
# file or a pipe, and pads a rule or a table to it: `COLUMNS=99999999 policylens diff a b -f rich`
# wrote 300 MB in 306 s (815 MB of memory) for a two-line change.
MAX_WIDTH = 1000


def console(out: TextIO, **options: Any) -> Console:
    """A rich `Console` on `out` whose width is at most `MAX_WIDTH` cells (rich's own reading of COLUMNS otherwise),
    which writes `:name:` as it is (no emoji codes)."""
    import sys

    from rich.console import Console

    stream = getattr(out, "wrapped", out)  # under `render.ci_lines.CommandGuard`: the stream it writes to
    if "force_terminal" not in options and stream is not sys.stdout and stream is not sys.stderr and not _isatty(out):
        # a report file (`-o FILE`): FORCE_COLOR=1, which CI services set for their logs, also put terminal
        # escapes (`ESC[1;31m`) into the file, where no terminal reads them (twenty-third round)
        options["force_terminal"] = False
    # rich turns `:smile:` in a markup string into 😄: a policy's heading 「一、蒐集 :warning:」 showed as 「一、蒐集 ⚠」
    # in `parse -f rich` (its tree labels are markup, escaped for `[` only); no report of policylens writes an emoji code
    options.setdefault("emoji", False)
    made = Console(file=out, **options)
    if made.width > MAX_WIDTH:
        made.width = MAX_WIDTH
    return made


def listing_width(out: TextIO) -> int | None:
    """The width to wrap a plain listing (`rules`, `profiles`) at: the terminal's columns, None for a pipe or a file."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns if _isatty(out) else None


def _isatty(out: TextIO) -> bool:
    """Whether `out` is a terminal (False when it cannot tell: a closed or odd stream)."""
    try:
        return bool(out.isatty())
    except (AttributeError, ValueError, OSError):
        return False
