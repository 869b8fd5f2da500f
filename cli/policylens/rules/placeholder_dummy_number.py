"""placeholder-dummy-number: a template's dummy phone number in a sentence (请拨打 010-12345678) or in a contact table."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import PHONE_WORDS, ZERO_NUMBER
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.rules.enumeration_empty import _cells
from policylens.rules.placeholder_dummy_contact import _BARE_NUMBER, _NUMBER, _PHONE, _SAMPLE, _verdict
from policylens.rules.placeholder_gaps import _source_lines

# A verb or phrase that gives a number to call, then (within a few characters) the number.  The
# alternatives are literals, so `re` skips ahead in C to them.
_CALL = lazy(
    r"(?:拨打|撥打|致电|致電|来电|來電|呼叫|打电话|打電話|联系我们|聯繫我們|聯絡我們|与我们联系|與我們聯繫|與我們聯絡"
    r"|[Cc]all us|[Cc]all|[Dd]ial|[Pp]hone us|[Rr]each us|[Cc]ontact us|[Rr]ing us)"
    rf"(?P<between>[^\n\d。；;]{{0,10}}?)(?<![\d\w]){_NUMBER}"
)
# A table column that holds the operator's phone numbers.
# (u58f, eval/blind/round58q ilive-tw-vue L56) 0800-000-000, 400-000-0000: a hyphenated number whose subscriber digits are
# all zero, standing alone on its source line (a contact block's value under a label the page puts in an attribute:
# <el-descriptions-item label="客服電話">).  No operator has it; `_verdict` confirms the zeros.
_ZERO_NUMBER = lazy(ZERO_NUMBER)
_CONTACT_COLUMN = lazy(
    rf"联系方式|聯絡方式|聯繫方式|联系电话|聯絡電話|聯繫電話|{PHONE_WORDS}|客服|(?i:phone|tel\b|telephone|contact|hotline)"
)


def _labelled(unit: TextUnit) -> set[tuple[int, int]]:
    """The number spans `placeholder-dummy-contact` reads in this unit (after a contact label): reported there, not here."""
    return {m.span("number") for m in _PHONE.finditer(unit.text)}


@register
class PlaceholderDummyNumber(Rule):
    """Flags a template's dummy phone number given in a sentence (请拨打 010-12345678) or in a contact table.

    ## What it does
    `placeholder-dummy-contact` reads the number after a contact label (电话：, Tel:).  This rule
    reads the other places a policy gives its number, with the same digit rules:

    - after a verb or phrase that gives a number to call: 请拨打 010-12345678 联系我们,
      致电 400-000-0000, 联系我们：13800138000, call us at 123-456-7890;
    - in a Markdown table, a cell of a column named 联系方式, 电话, 客服, Phone, Contact…,
      when the cell is a number and nothing else.
    - alone on its line, a hyphenated number whose subscriber digits are all zero (0800-000-000,
      400-000-0000): a contact block's value whose label the page keeps in an attribute.

    **Error** when no operator has the number (subscriber digits that count up or down, all zeros,
    13800138000, the 555 numbers), **warning** for one digit repeated (400-888-8888, a vanity
    hotline can look like that).  Not flagged: real numbers with a counting run inside
    ((852) 2812 3456), a real 555 exchange (415 555 2671), a sample after or before 例如, 格式,
    e.g. (请拨打如 010-12345678 格式的号码), a number `placeholder-dummy-contact` already reports.

    ## Why is this bad?
    The reader is told to call a number that reaches nobody: the policy has no working contact,
    which PIPL 第十七条 requires.

    ## Example
        如有疑问，请拨打 010-12345678 联系我们。

    Use instead:
        如有疑问，请拨打 010-8888 6543 联系我们。

    ## References
    - PIPL 第十七条 (the handler's name and contact); GB/T 35273-2020 §5.5.
    """

    id = "placeholder-dummy-number"
    severity = "warning"
    groups = ("placeholder",)
    supersedes = ("contact-inconsistent", "script-mixed", "placeholder-residue", "placeholder-instruction")
    messages = {
        "en": "template's dummy phone number: {text}",
        "zh-Hant": "電話號碼仍為範本的虛構值：{text}",
        "zh-Hans": "电话号码仍为模板的虚构值：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        self._labels: tuple[str, set[tuple[int, int]]] = ("", set())
        called: set[tuple[int, int, int]] = set()  # (unit, start, end) of the numbers after a verb
        for unit, start, _end, m in ctx.scan(_CALL):
            after = start + m.end() - m.start()
            if (
                _SAMPLE.search(m.group("between"))
                or _SAMPLE.search(unit.text, max(0, start - 8), start)
                or _SAMPLE.search(unit.text, after, after + 6)
                or m.group("between").rstrip(" \t\u3000：:（(").endswith(("如", "像"))
            ):
                continue  # 请拨打如 010-12345678 格式的号码, 例如拨打…: a sample
            if unit.text[start : start + 1].isascii() and unit.text[start - 1 : start].isalpha():
                continue  # recall, redial: not the verb
            a = start + m.start("number") - m.start()
            b = start + m.end("number") - m.start()
            called.add((id(unit), a, b))
            yield from self._report(ctx, unit, a, b)
        if "|" in ctx.joined().text:
            yield from self._tables(ctx)
        for unit, start, end, _ in ctx.scan(_ZERO_NUMBER, needs="-000"):
            if (id(unit), start, end) in called or unit.kind == "script":
                continue
            line = next(((a, b) for a, b in _source_lines(unit) if a <= start and end <= b), None)
            if line is not None and unit.text[line[0] : line[1]].strip(" \t\u3000*_") == unit.text[start:end]:
                yield from self._report(ctx, unit, start, end)  # the number alone on its line: a contact value

    def _report(self, ctx: Context, unit: TextUnit, a: int, b: int) -> Iterator[Finding]:
        """A finding for the number at unit.text[a:b] when its digits are a template's and no label rule reports it."""
        verdict = _verdict(unit.text[a:b])
        if verdict is None:
            return
        if self._labels[0] is not unit.text:  # one label scan per unit, however many numbers it holds
            self._labels = (unit.text, _labelled(unit))
        if (a, b) in self._labels[1]:
            return
        finding = self.finding(ctx, unit, a, b, text=unit.text[a:b])
        yield finding if verdict == "warning" else finding._replace(severity="error")

    def _tables(self, ctx: Context) -> Iterator[Finding]:
        """Number cells under a contact column of each Markdown table."""
        table: list[TextUnit] = []
        for unit in [*ctx.units(), None]:
            if unit is not None and unit.paragraph is not None and unit.paragraph.kind == "table" and "|" in unit.text:
                table.append(unit)
                continue
            if len(table) > 1:
                header = [table[0].text[a:b].strip() for a, b in _cells(table[0].text)]
                columns = [c for c, name in enumerate(header) if _CONTACT_COLUMN.search(name)]
                for row in table[1:] if columns else ():
                    cells = _cells(row.text)
                    for c in columns:
                        if c >= len(cells) or len(cells) != len(header):
                            continue
                        a, b = cells[c]
                        while a < b and row.text[a] in " \t":
                            a += 1
                        while b > a and row.text[b - 1] in " \t":
                            b -= 1
                        m = _BARE_NUMBER.fullmatch(row.text, a, b)  # the cell without its blanks
                        if m is not None:
                            yield from self._report(ctx, row, m.start("number"), m.end("number"))
            table = []
