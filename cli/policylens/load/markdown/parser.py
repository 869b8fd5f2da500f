"""The markdown-it-py parser as policylens uses it: CommonMark with GFM tables that make no row and cell tokens
(`_lean_table`), a nesting limit past which lines are text (`MAX_NESTING`), the block rules' debug logging switched
off.  Built once.  Not here: what is fed to it and in what pieces (`chunks`), reading its tokens (`walker`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

# markdown-it stops reading (and drops the rest of the file) past `maxNesting` levels of
# containers; its default of 20 is ten nested list items.  100 levels take ~300 Python frames.
MAX_NESTING = 100


@cache
def _parser() -> Any:
    """A CommonMark parser with GFM tables (imported only for Markdown input; built once per process)."""
    from markdown_it import MarkdownIt

    _quiet_block_rules()
    options = {"maxNesting": MAX_NESTING}
    md = MarkdownIt("commonmark", options).enable("table").disable("inline")  # block structure only: titles keep their markup
    md.block.ruler.at("table", _lean_table, {"alt": ["paragraph", "reference"]})
    return md


def _lean_table(state: Any, start: int, end: int, silent: bool) -> bool:
    """markdown-it's GFM table rule, keeping only the table_open (with its line map) and table_close tokens.

    The walker reads a table's rows from its line map; the row and cell tokens (eight per
    two-cell row, ~0.5 KB each) made a 4 MB table cost 855 MB.  They are not made at all
    (u32h: making and dropping them was a third of a 170,000-row table's load): the rule
    writes its fields into one reusable stand-in, and the nesting level moves as
    `StateBlock.push` moves it, so the frame tokens get the levels they always had.
    """
    from markdown_it.rules_block.table import table

    if silent:
        return bool(table(state, start, end, silent))
    push = state.push
    dropped = _DroppedToken()

    def frame_only(kind: str, tag: str, nesting: Any) -> Any:
        if kind in ("table_open", "table_close"):
            return push(kind, tag, nesting)
        if nesting < 0:
            state.level -= 1
        if nesting > 0:
            state.level += 1
        return dropped

    state.push = frame_only
    try:
        return bool(table(state, start, end, silent))
    finally:
        del state.push


class _DroppedToken:
    """What `_lean_table` gives the table rule for a row or cell token: it takes the fields the rule sets, and is never
    kept."""

    __slots__ = ("attrs", "block", "children", "content", "level", "map")


class _NoDebug:
    """A logger that drops `debug` calls in one C call (`"".format` accepts and ignores any arguments)."""

    debug = "".format


def _quiet_block_rules() -> None:
    """Give markdown-it's block rules a logger without `debug`, unless their debug logging is on.

    Every block rule logs "entering …" each time it is tried: 360,000 `Logger.debug` calls
    on a Markdown file of 20,000 sections, 13% of its load time (0.11 s, issue #12
    `bench_worst_diff.py sections-20k`).  policylens configures no logging; whoever turns
    on DEBUG for `markdown_it` before the first Markdown file keeps the messages.
    """
    import logging
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith("markdown_it.rules_block."):  # all imported with MarkdownIt
            continue
        logger = getattr(module, "LOGGER", None)
        if isinstance(logger, logging.Logger) and not logger.isEnabledFor(logging.DEBUG):
            setattr(module, "LOGGER", _NoDebug())  # noqa: B010 (a module attribute mypy does not know)
