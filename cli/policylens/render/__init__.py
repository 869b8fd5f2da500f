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
    """A rich `Console` on `out` whose width is at most `MAX_WIDTH` cells (rich's own reading of COLUMNS otherwise)."""
    from rich.console import Console

    made = Console(file=out, **options)
    if made.width > MAX_WIDTH:
        made.width = MAX_WIDTH
    return made
