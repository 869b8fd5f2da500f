"""Slots in the string literals of a page's inline scripts (text the page shows at run time, an i18n dictionary).

Only the forms that are never code are read there (`_SCRIPT_FORMS`: dummy values, named slots, markers); a slot
the page also shows in its visible text is reported there once (`shown_on_page`, also used by
`placeholder-dummy-contact`).  `_in_scripts` finds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_instruction.addresses import _ADDRESS_START, _DUMMY_HOST, _ROLE_AT_EMAIL_COM, _format_shown
from policylens.rules.placeholder_instruction.dates import _issued_number, _widen_number
from policylens.rules.placeholder_instruction.format_hints import masking_example
from policylens.rules.placeholder_instruction.slots import _is_label
from policylens.rules.placeholder_undecided import PROSE_FORMS
from policylens.spans import Taken

# the forms read in script strings: dummy values, named slots and markers (not template syntax or drafting prose)
_SCRIPT_FORMS = lazy(r"[XxＸｘ×○◯某]|[【［\[]|待(?:定|填|替|补|補)|TBD|TBC|TBA")
# (thirty-third session, round33b) a literal whose whole text is labelled as demo content: 「演示：邮箱、收货信息…」,
# 「演示：上线前请替换为…」 (a template's sample sections, `p: "演示：…"`); the label opens the literal (not 「点击查看演示：」 or
# 「示例：」, which a policy uses for an example it gives on purpose)
_DEMO_LABEL = lazy(r"\A[ \t\u3000]*(?:演示|演示内容|演示內容|演示文字|演示文案|演示数据|演示數據)[ \t\u3000]*[：:][ \t\u3000]*(?=\S)")


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


def _in_scripts(rule: Rule, ctx: Context, pattern: re.Pattern[str]) -> Iterator[Finding]:
    """Dummy values and named slots in the string literals of a page's inline scripts: text the page shows at run time.

    Only the forms that are never code are read there (400-XXX-XXXX, privacy@example.com, 某某, [公司名称],
    待填写, TBD): template syntax ({{name}}, ${x}, <x>, %X%) and drafting prose are what scripts are made of.
    """
    for text, pieces in ctx.doc.scripts:
        unit = TextUnit(text, "script", None, None, (pieces, pieces[0].line, pieces[0].column))
        spans: list[tuple[int, int]] = []
        taken = Taken(len(text))
        for m in _DUMMY_HOST.finditer(text):
            before = text[max(0, m.start() - 64) : m.start()]
            lead = _ADDRESS_START.search(before)
            prefix = lead.group(0) if lead else ""
            if "@" not in prefix and not m.group(0).startswith(("your", "xxx")):
                continue  # https://example.com in code: an API default, not a contact shown to users
            if m.group(0)[:3] in ("xxx", "XXX") and _format_shown(text, m.start() - len(prefix), m.end()):
                taken.add(m.start() - len(prefix), m.end())
                continue  # (u58p) '請輸入正確的電子郵件，例如 xxx@xxx.com': a validation message's format, nor its xxx
            spans.append((m.start() - len(prefix), m.end()))
            taken.add(m.start() - len(prefix), m.end())
        # (u41k) support@admin.com, contact@email.com: a role's mailbox on a stand-in host (an admin template's
        # `const contactEmail = 'support@admin.com'`, rendered as 联系邮箱)
        for m in _ROLE_AT_EMAIL_COM.finditer(text) if "@" in text else ():
            if not taken.overlaps(m.start(), m.end()):
                spans.append((m.start(), m.end()))
                taken.add(m.start(), m.end())
        for m in pattern.finditer(text):
            if not m.group(0) or not _SCRIPT_FORMS.match(m.group(0)) or taken.overlaps(m.start(), m.end()):
                continue
            start = m.start()
            if m.group(0)[0] in "Xx" or m.group("xdate") or m.group("blankdate"):
                start = _widen_number(text, start, date=m.group("xdate") is not None or m.group("blankdate") is not None)
            if m.group(0)[:1] in "某×○◯Xx" and masking_example(text, start, m.end()):
                continue
            if m.group(0)[:1] in "Xx" and _issued_number(text, start):
                continue  # (u40k2) 回执号(DSAR-xxxxxxxx): the format of a number the service issues
            if (m.group("field") and _is_label(text, start, m.end())) or m.group("tbc") or m.group("ymd"):
                continue
            spans.append((start, m.end()))
            taken.add(start, m.end())
        # (u40k2) 【少网址】, （示例；正式上线请…填写真实公司名称）, [Pending legal review]…: in a literal with no slot yet (a
        # stand-in address's note beside it is that one defect)
        for form in () if spans else PROSE_FORMS:
            for m in form.finditer(text):
                if not taken.overlaps(m.start(), m.end()):
                    spans.append((m.start(), m.end()))
                    taken.add(m.start(), m.end())
        demo = _DEMO_LABEL.match(text)
        if demo is not None and not taken.overlaps(demo.start(), len(text.rstrip())):
            spans.append((len(text) - len(text.lstrip(" \t\u3000")), len(text.rstrip())))
        for start, end in sorted(spans):
            if shown_on_page(ctx, text, start, end):
                continue  # the page's own text again, in its hydration data (self.__next_f, __NEXT_DATA__): reported there
            yield rule.finding(ctx, unit, start, end, text=text[start:end])
