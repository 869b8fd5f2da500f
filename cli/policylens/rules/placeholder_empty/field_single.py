"""One empty field among filled ones (issue #11 §1, fifty-third session, u53p; the class u52p left): a run of sibling
field lines, each one label and a colon, where one label has nothing after it while the lines on both sides hold their
values — 「版本：1.0」「更新日期：」「生效日期：2024年5月1日」, Shopify's 「• 收集目的: 提供服務」「• 收集來源:」
「• 出於商業目的披露: 支付處理商」, "Version: 2.1" "Controller:" "Effective date: 1 May 2024".

A label with nothing after its colon is more often a lead-in whose value is what follows (「联系方式：」 over 「电话：…」
「邮箱：…」).  What tells the two apart here:

- the empty label sits between two filled fields of the same run (a lead-in opens its run or stands alone over a list or
  a paragraph; the next line is its value, not a peer's), and the run has three fields or more;
- the fields on both sides hold one value each (a name, a number, a date: at most 40 characters, no sentence end inside,
  no English sentence),
  not a definition's sentences: in a list of definitions an empty label is the lead-in to the items below it, a nested
  list an HTML page's reader gives at the same column (eval/editions29 taptapbible: "User Content:" over
  "Transcription Records: Includes …", caught by the sweep of the edition-pair files);
- its label names one value, not a group: never a lead-in (`field_runs`' 以下 / 如下 / 包括 / "following", a label opening
  on 我們 / 您 / We / You), never a group's name (联系方式, 公司信息, 聯絡資料, 详情, 说明, 备注, "Contact", "Details",
  "Information", "Notes"; u53v: a contact point, 「個資聯絡窗口：」 over 「電子郵件：…」「電話：…」, 聯絡管道), never bold (a
  run-in heading);
- the fields after it are not a group of their own that it heads: the next two labels do not share a head that the empty
  one lacks (「地址：」 over 「香港辦事處：…」「台灣辦事處：…」), nor end with the empty label (「权限：」 over 「相机权限：…」
  「位置权限：…」, u53v); nor an office reached through the channels below it (u54p: 「個資保護負責人：」 over
  「電子郵件：…」「電話：…」, "Data Protection Officer:" over "Email: …" — real clean policies write the officer's label
  over its mailbox, 「个人信息保护负责人：」 then 「- 邮箱：…」; a person's 「联系人：」 or 「项目负责人：」 (u54r) over the channels stays an empty field);
- it does not open a block of lines (u54r2): a blank line between it and the filled field above, none between it and
  the one below, is a lead-in over the lines it introduces (「应用信息：…」, a blank line, 「插件运营方：」 over 「运营方资质：…」);
- nothing is shown after it: no image, linked or not, before the next line (「官方网站：<a href="…"><img …></a>」, u53v);
- none of `field_runs`' vetoes: a form for the reader to fill in, the fields a reader is asked to give, a message
  catalogue, a table or code.

A contact channel's label (联系邮箱：, Email:) is `contact_fields`' finding already and is not repeated.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_empty.field_runs import _ASKED, _FIELD, _FORM_CUE, _LEAD_IN, FieldRuns, _bold, field_line_runs

# a sentence's end inside a value (「…支援。並…」, "… account. This …")
_SENTENCE_INSIDE = lazy(r"[。！？；]|[.!?;][ \t]")
# a label naming a group of fields (its value is the lines below it), not one value
_GROUP = lazy(
    r"(?:方式|途[径徑]|渠道|管道|窗口|信息|[資资][讯訊料]|[详詳]情|[说說]明|事[项項]|[内內]容|情[况況]|[备備][注註]|注意|提示|定[义義]"
    r"|[条條]款|[权權]利|明[细細]|概[览覽]|[总總][览覽]|如下|以下|下列)[ \t\u3000]*$"
    r"|(?i:\b(?:contact(?:\s+us)?|details?|information|info|notes?|remarks?|summary|overview|definitions?|"
    r"the\s+following|below)[ \t]*$)"
)

# (u54p) an office reached through the channels below it, not a person's name: 個資保護負責人, 个人信息保护负责人,
# 資料保護長, 数据保护官, "Data Protection Officer", DPO (real clean policies write 「个人信息保护负责人：」 over 「- 邮箱：…」)
# (u54r) an office of data protection or privacy, not any 负责人: 「项目负责人：」 between filled fields is a person's name left out
_OFFICER = lazy(
    r"(?:保[護护]|隱私|隐私|個資|个资|資料|资料|數據|数据|信息|資訊)[^：:\s]{0,6}?(?:[負负][責责]人|[長长官]|[專专][員员])[ \t\u3000]*$"
    r"|(?i:\b(?:officer|dpo)[ \t]*$)"
)
# a contact channel's label (the field after the officer's)
_CHANNEL = lazy(r"郵|邮|信箱|[電电][話话]|手機|手机|(?i:e-?mail|phone|tel\b)")


def single_empty_fields(ctx: Context, runs: FieldRuns | None = None) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each empty field label sitting between two filled fields of its run (`runs`: the document's
    runs of field lines when the caller has them, `field_runs.empty_run_fields`)."""
    for units, fields, i, j in field_line_runs(ctx) if runs is None else runs:
        if j - i >= 3:
            yield from _sandwiched(ctx, units, fields, i, j)


def _sandwiched(
    ctx: Context, units: list[TextUnit], fields: list[tuple[str, str] | None], i: int, j: int
) -> Iterator[tuple[TextUnit, int, int]]:
    """The empty fields of the run units[i:j] whose neighbours in the run are both filled."""
    if any(_FORM_CUE.search(u.text) for u in units[max(0, i - 2) : j]):
        return
    if any(_ASKED.search(u.text) for u in units[max(0, i - 2) : i]):
        return
    run = [f for f in fields[i:j] if f is not None]
    for k in range(1, len(run) - 1):
        label, value = run[k]
        if value or not _short(run[k - 1][1]) or not _short(run[k + 1][1]):
            continue  # an empty label among a list's definitions is its lead-in to the items below (a nested list)
        if _LEAD_IN.search(label) or _GROUP.search(label) or _heads_group(label, run[k + 1 : k + 3]):
            continue
        if _OFFICER.search(label) and _CHANNEL.search(run[k + 1][0]):
            continue  # (u54p) 「個資保護負責人：」 over 「電子郵件：…」「電話：…」: the officer's channels, its lead-in
        unit = units[i + k]
        if _opens_block(units[i + k - 1], unit, units[i + k + 1]):
            continue  # (u54r2) a blank line above it, none below: it opens the block of lines it introduces
        m = _FIELD.fullmatch(unit.text)
        if m is None or _bold(unit.text, m.start("label"), m.end("label")) or ctx.shown_in(unit, 0, len(unit.text)):
            continue
        if ctx.shown_after(unit, units[i + k + 1] if i + k + 1 < len(units) else None):
            continue  # (u53v) an image after the label, a link's markup between: 「官方网站：<a href="…"><img …></a>」
        yield unit, m.start("label"), m.end("label")


def _opens_block(above: TextUnit, unit: TextUnit, below: TextUnit) -> bool:
    """Whether `unit` opens a block of lines, a blank line (or more) between it and the field above, none between it and
    the field below (u54r2): 「应用信息：…」, a blank line, then 「对于插件运营方：」 over 「运营方资质：…」."""
    first = unit.position(0)[0]
    return (
        first - above.position(max(0, len(above.text) - 1))[0] > 1
        and below.position(0)[0] - unit.position(max(0, len(unit.text) - 1))[0] == 1
    )


def _short(value: str) -> bool:
    """Whether a field's value is one value (a name, a number, a date, an address), not a definition's sentences: at
    most 40 characters and eight words, no sentence end inside, not an English sentence of four words or more."""
    stripped = value.rstrip(" \t\u3000")
    if stripped.endswith(".") and len(stripped.split()) >= 4:
        return False  # "This includes the nickname you set.": an English sentence
    v = stripped.rstrip("。.；;")
    return 0 < len(v) <= 40 and len(v.split()) <= 8 and _SENTENCE_INSIDE.search(v) is None


def _heads_group(label: str, below: list[tuple[str, str]]) -> bool:
    """Whether the next two labels share a head (their last two characters, or last word) the empty label does not have:
    the empty one names the group they belong to (「地址：」 over 「香港辦事處：」「台灣辦事處：」)."""
    if len(below) < 2:
        return False
    if label and all(len(b[0]) > len(label) and b[0].endswith(label) for b in below):
        return True  # (u53v) 「权限：」 over 「相机权限：…」「位置权限：…」: the kinds of what the empty label names
    heads = {_head(b[0]) for b in below}
    return len(heads) == 1 and _head(label) not in heads


def _head(label: str) -> str:
    """A label's head: its last English word, or its last two characters."""
    words = label.split()
    if words and words[-1].isascii():
        return words[-1].lower()
    return label[-2:]
