"""Empty field values in a template's list of labels (issue #11, fifty-second session, u52p, after eval/blind/round51e's
merrimore-hk-txt; not blind): a run of sibling lines, each one label and a colon, where the template's values were never
written — Shopify's policy template published with its fields unfilled (「  • 收集目的:」, 「  • 收集來源:」,
「  • 出於商業目的披露:」 alone on their lines, the same labels again below, some with their value), a contact block
「電子郵件:」「電話:」「地址:」 with nothing on any of them.  Any label (not only a contact channel's: `contact_fields`
knows those, and its findings are not repeated here).

A label with nothing after its colon is far more often a lead-in (「我們使用收集的資訊來:」 over a list, 「定義:」 over the
definitions, 「常規課程：」 over its rules), so only two shapes count, each among sibling lines (the same kind; list items at
the same indent):

- the list repeated: the empty label occurs twice in a run of three fields or more with two labels or more (Shopify's
  four labels, once per kind of data);
- three empty fields or more in a row (a contact block never filled).

In either, a label is empty only when the next line is another field of the run, or the run ends and a heading or the
document's end follows: a label over a list, a paragraph or its value on the next line (「地址:」 then 「香港九龍…」)
introduces it.  Never a label that reads as a lead-in (以下, 如下, 下列, 包括, "the following", "include"; one that opens
with 我們 / 您 / "We" / "You", or on a topic or a condition, 对于 / 针对 / 关于 / 如果: u54r2), a bold label (a run-in heading: 「**个人身份信息：**」), a blank written as underscores
(`slots`' finding), a form's lines for the reader to fill in (填寫, 表格, "form" in the two units before the run or in its
labels), the fields a reader is asked to give in a request (「請以電郵提供以下資料：」 then 「姓名：」, "send us an email
with:"; review u52r), a message catalogue's strings (an app's form labels), a table's cells, or code.
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
# a label that reads as a lead-in or a sentence, not a field's name
# (u54r2) or one opening on a topic or a condition, the group it introduces: 「对于插件运营方：」, 「如果您是开发者：」
_LEAD_IN = lazy(
    r"以下|如下|下列|下述|包括|包含|例如|比如|^(?:我們|我们|您|你|本公司|本站"
    r"|对于|對於|针对|針對|关于|關於|至于|至於|如果|假如|倘若|若您|当您|當您)"
    r"|(?i:following|include|such\s+as|^(?:we|you|our|your|if|when|this|these|they|it)\b)"
)
# a form for the reader to fill in just before the run (a data access request form's 姓名: 電話: lines)
_FORM_CUE = lazy(r"填寫|填写|填妥|表格|申請表|申请表|表單|表单|(?i:\bform\b|fill\s+in|complete\s+the\s+following)")
# (review u52r) the reader asked to supply the fields in a request, just before the run: 「請以電郵提供以下資料：」 over
# 「姓名：」「會員編號：」, "send us an email with:" over "Full name:", "Account ID:"; (u52v) the cue up to 40 characters after
# 請 in its sentence (「请发送邮件至 privacy@example.com，并在邮件中注明：」), or a lead-in ending on the verb and a colon
# with no 請 (「发送邮件时注明以下内容：」)
_ASKED = lazy(
    r"(?:請|请|須|须|需|應|应)[^。\n]{0,40}?(?:提供|附上|註明|注明|列明|載明|载明|寫明|写明)"
    r"|(?:附上|註明|注明|列明|載明|载明|寫明|写明)[^。，,\n]{0,10}[:：][ \t\u3000]*$"
    r"|(?i:\b(?:please|must|should|need[ \t]+to)\b[^.\n]{0,40}?\b(?:provide|include|state|give)\b"
    r"|\bsend[ \t]+us\b[^.\n]{0,40}?\bwith\b|\bwith[ \t]+the[ \t]+following\b|\bincluding[ \t]*:)"
)


def _field(unit: TextUnit) -> tuple[str, str] | None:
    """(label, value) of a unit that is one field line, or None."""
    if unit.kind != "paragraph" or unit.paragraph is None or unit.paragraph.kind not in ("paragraph", "item"):
        return None
    if len(unit.text) > 200 or ("：" not in unit.text and ":" not in unit.text):
        return None
    m = _FIELD.fullmatch(unit.text)
    if m is None or in_code(unit, 0) or "://" in unit.text[: m.end("label") + 3]:
        return None
    return m.group("label").strip(), m.group("value").strip(" \t\u3000*")


def _siblings(a: TextUnit, b: TextUnit) -> bool:
    """Whether two field units are lines of one run: the same kind of paragraph; list items at the same column."""
    pa, pb = a.paragraph, b.paragraph
    if pa is None or pb is None or pa.kind != pb.kind:
        return False
    return pa.kind != "item" or pa.column == pb.column


def field_line_runs(ctx: Context) -> Iterator[tuple[list[TextUnit], list[tuple[str, str] | None], int, int]]:
    """(units, fields, i, j) of each run units[i:j] of sibling field lines (`fields[k]`: unit k's (label, value), or None
    when it is no field); nothing for a message catalogue or a document without a colon.  Read by `empty_run_fields`
    and by `field_single.single_empty_fields`."""
    units = ctx.units()
    joined = ctx.joined().text  # the units' texts joined by newlines: a colon in it is a colon in a unit
    if ctx.doc.catalogue is not None or (":" not in joined and "：" not in joined):
        return
    # a unit without a colon is no field (`_field`'s own test): asked only of the units with one (issue #11)
    fields = [_field(u) if ":" in u.text or "：" in u.text else None for u in units]
    i = 0
    while i < len(units):
        if fields[i] is None:
            i += 1
            continue
        j = i + 1
        while j < len(units) and fields[j] is not None and _siblings(units[j - 1], units[j]):
            j += 1
        yield units, fields, i, j
        i = j


# (units, fields, i, j) of each run of sibling field lines, as `field_line_runs` gives them
FieldRuns = list[tuple[list[TextUnit], list[tuple[str, str] | None], int, int]]


def empty_run_fields(ctx: Context, runs: FieldRuns | None = None) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each empty field of a run of sibling field lines (the label, without its bullet).  `runs`:
    the document's runs when the caller has them (u54p: the rule parses every line's field once for this scan and
    `field_single`'s)."""
    for units, fields, i, j in field_line_runs(ctx) if runs is None else runs:
        yield from _run(ctx, units, fields, i, j)


def _run(ctx: Context, units: list[TextUnit], fields: list[tuple[str, str] | None], i: int, j: int) -> Iterator[tuple[TextUnit, int, int]]:
    """The empty fields of the run units[i:j]."""
    if j - i < 2:
        return
    run = [f for f in fields[i:j] if f is not None]
    if any(_FORM_CUE.search(u.text) for u in units[max(0, i - 2) : j]):
        return  # a form the reader fills in
    if any(_ASKED.search(u.text) for u in units[max(0, i - 2) : i]):
        return  # the fields the reader is asked to give in a request (「請以電郵提供以下資料：」)
    counts: dict[str, int] = {}
    for label, _ in run:
        counts[label] = counts.get(label, 0) + 1
    empty = [not value for _, value in run]
    streak = [0] * len(run)  # the length of the streak of empty fields each empty one is in
    k = 0
    while k < len(run):
        if not empty[k]:
            k += 1
            continue
        e = k
        while e < len(run) and empty[e]:
            e += 1
        streak[k:e] = [e - k] * (e - k)
        k = e
    after = units[j] if j < len(units) else None
    repeated_list = len(run) >= 3 and len(counts) >= 2  # (not one label twice in a row: 「隐私政策示例：」 and its bold copy)
    for k in range(len(run)):
        label, _ = run[k]
        if not empty[k] or ((counts[label] < 2 or not repeated_list) and streak[k] < 3):
            continue
        if k + 1 == len(run) and after is not None and after.kind == "paragraph":
            continue  # the run's last line over a value, a list or a paragraph it introduces (a heading or the end: empty)
        unit = units[i + k]
        m = _FIELD.fullmatch(unit.text)
        if m is None or _LEAD_IN.search(label) or _bold(unit.text, m.start("label"), m.end("label")):
            continue
        if ctx.shown_in(unit, 0, len(unit.text)) or ctx.shown_after(unit, units[i + k + 1] if i + k + 1 < len(units) else None):
            continue  # (u54p) a value the code prints after the label: 「Email: {email}」 in a Python f-string
        yield unit, m.start("label"), m.end("label")


def _bold(text: str, start: int, end: int) -> bool:
    """Whether the label at text[start:end] is set in bold (a run-in heading), as Markdown marks it."""
    return text[max(0, start - 2) : start] in ("**", "__") or text[end : end + 2] in ("**", "__") or "**" in text[end : end + 6]
