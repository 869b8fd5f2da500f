"""Empty field values in a template's list of labels (issue #11, fifty-second session, u52p, after eval/blind/round51e's
merrimore-hk-txt; not blind): a run of sibling lines, each one label and a colon, some with their value and some with
nothing after the colon — Shopify's policy template published with its fields unfilled (「  • 收集目的:」, 「  • 收集來源:」,
「  • 出於商業目的披露:」 alone on their lines while the same list's 「收集目的:提供客戶支援。」 carries one), a contact block
「電子郵件:」「電話:」「地址:」 with nothing on any of them.  Any label (not only a contact channel's: `contact_fields`
knows those, and its findings are not repeated here).

Decided by what follows: a label alone is empty when the next line is another field of the same run (a sibling line:
the same kind, a list item at the same indent), or when it ends a run of fields and a heading or the document's end
follows.  A label that opens a run and is followed by filled fields introduces them (「聯絡方式:」 over
「電話: 2345 6789」), and a label over a list, a paragraph or a value on the next line (「地址:」 then 「香港九龍…」) introduces
what is below: neither is reported.  Nor a form's lines for the reader to fill in (a request form: 填寫, 表格, "form" in the
two units before the run or in its labels), a table's cells, or code.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, in_code

# one label and its colon, then the value (maybe nothing): bullets and bold marks before, a label of 1–14 characters with
# no sentence mark (Chinese, or English words: "Email:", "Purpose of collection:")
_FIELD = lazy(
    r"[ \t\u3000]{0,8}(?:[-*+•·●▪◦][ \t\u3000]{0,4})?(?:\*\*|__)?"
    r"(?P<label>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z \t\u3000]{0,13}?|[A-Za-z][A-Za-z '/-]{0,39}?)"
    r"[ \t\u3000]{0,2}(?:\*\*|__)?[ \t\u3000]{0,2}[:：](?:\*\*|__)?[ \t\u3000]*(?P<value>.*)",
)
# a form for the reader to fill in just before the run (a data access request form's 姓名: 電話: lines)
_FORM_CUE = lazy(r"填寫|填写|填妥|表格|申請表|申请表|表單|表单|(?i:\bform\b|fill\s+in|complete\s+the\s+following)")


def _field(unit: TextUnit) -> tuple[str, str] | None:
    """(label, value) of a unit that is one field line, or None."""
    if unit.kind != "paragraph" or unit.paragraph is None or unit.paragraph.kind not in ("paragraph", "item"):
        return None
    if len(unit.text) > 200 or ("：" not in unit.text and ":" not in unit.text):
        return None
    m = _FIELD.fullmatch(unit.text)
    if m is None or in_code(unit, 0) or "://" in unit.text[: m.end("label") + 3]:
        return None
    return m.group("label").strip(), m.group("value").strip(" \t\u3000*_")


def _siblings(a: TextUnit, b: TextUnit) -> bool:
    """Whether two field units are lines of one run: the same kind of paragraph; list items at the same column."""
    pa, pb = a.paragraph, b.paragraph
    if pa is None or pb is None or pa.kind != pb.kind:
        return False
    return pa.kind != "item" or pa.column == pb.column


def empty_run_fields(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each empty field of a run of sibling field lines (the label, without its bullet)."""
    units = ctx.units()
    if not any(":" in u.text or "：" in u.text for u in units):
        return
    fields = [_field(u) for u in units]
    i = 0
    while i < len(units):
        if fields[i] is None:
            i += 1
            continue
        j = i + 1
        while j < len(units) and fields[j] is not None and _siblings(units[j - 1], units[j]):
            j += 1
        yield from _run(ctx, units, fields, i, j)
        i = j


def _run(ctx: Context, units: list[TextUnit], fields: list[tuple[str, str] | None], i: int, j: int) -> Iterator[tuple[TextUnit, int, int]]:
    """The empty fields of the run units[i:j]."""
    if j - i < 2:
        return
    run = [f for f in fields[i:j] if f is not None]
    if len({label for label, _ in run}) < 2 and len(run) < 3:
        return  # one label twice: not a template's list
    if any(_FORM_CUE.search(u.text) for u in units[max(0, i - 2) : j]):
        return  # a form the reader fills in
    filled_labels = {label for label, value in run if value}
    after = units[j] if j < len(units) else None
    for k in range(i, j):
        label, value = run[k - i]
        if value:
            continue
        if k == i and k + 1 < j and run[1][1] and label not in filled_labels:
            continue  # 「聯絡方式:」 over 「電話: 2345 6789」: a lead-in to the filled fields below
        if k + 1 == j and after is not None and after.kind == "paragraph":
            continue  # the run's last line over a value, a list or a paragraph it introduces (a heading or the end: empty)
        unit = units[k]
        m = _FIELD.fullmatch(unit.text)
        if m is None or ctx.shown_in(unit, 0, len(unit.text)):
            continue
        yield unit, m.start("label"), m.end("label")
