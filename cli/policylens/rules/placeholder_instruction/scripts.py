"""Slots in the string literals of a page's inline scripts (text the page shows at run time, an i18n dictionary).

Only the forms that are never code are read there (`_SCRIPT_FORMS`: dummy values, named slots, markers); a slot
the page also shows in its visible text is reported there once (`shown_on_page`, also used by
`placeholder-dummy-contact`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.rules.context import Context

# the forms read in script strings: dummy values, named slots and markers (not template syntax or drafting prose)
_SCRIPT_FORMS = lazy(r"[XxＸｘ×○◯某]|[【［\[]|待(?:定|填|替|补|補)|TBD|TBC|TBA")


def shown_on_page(ctx: Context, text: str, start: int, end: int) -> bool:
    """Whether the slot `text[start:end]` of a script literal is also in the page's visible text, with its context.

    Pages rendered on the server carry their text twice: in the HTML and in the script that
    hydrates it.  The slot is reported once, where the reader sees it.
    """
    window = text[max(0, start - 12) : end + 12].strip()
    if len(window) <= end - start:
        return False
    # each look is a search of the whole page: past _SHOWN_LOOKS slots on one page (19,000 script
    # strings of a 5.6 MB page took 16 s) the rest are reported without it, as if not shown
    if ctx.page_looks >= _SHOWN_LOOKS:
        return False
    ctx.page_looks += 1
    return window in ctx.joined().text


_SHOWN_LOOKS = 500
