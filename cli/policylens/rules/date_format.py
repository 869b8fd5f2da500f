"""date-format: the effective or updated date is missing or written ambiguously."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import DATE_CUE, SENTENCE_MARKS, YEAR_DIGITS
from policylens.rules.base import Rule, register
from policylens.rules.context import Context
from policylens.rules.templates import is_template_file
from policylens.structure.metadata import find_dates, find_numeric_dates

_DATE_CUE = lazy(DATE_CUE)  # the words that announce a policy's own date

# 20210330; 03/04/2021 or 3.4.21; 2020-09-8 (ISO without zero padding).  Written to start with
# \d so that `re` prefix-scans for digits; each leading lookbehind moves after the first digit
# (「\d(?<!\d\d)」 is 「(?<!\d)\d」).  tests/test_patterns.py holds the plain form.
_AMBIGUOUS = lazy(
    r"\d(?:"
    r"(?<!\d\d)(?:(?<=1)9|(?<=2)0)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<!\d\d)\d?[/.]\d{1,2}[/.](?:\d{2}|\d{4})(?!\d)"
    r"|(?<![\d-]\d)\d{3}-(?:\d-\d{1,2}|\d{2}-\d)(?![\d-])"
    r")"
)

# A date written out in full, year month day: 2024年2月30日, 2023-04-31, 2023/4/31.
# a front matter's date field (Hugo, Jekyll, Hexo: `date:`, `lastmod:`, `updated:`), its value an ISO day, quoted or not
_FRONT_DATE = lazy(
    r"[ \t]*+(?i:date|lastmod|last_?modified|updated|last_?update[d]?|effective(?:_?date)?|publishdate|published)[ \t]*+:[ \t]*+[\"']?"
    r"(?P<date>(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2}))(?![\d])"
)
_WRITTEN_DATE = lazy(r"(?<!\d)(\d{4})\s?(?:年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))")

# A date written to the month only: 2025年7月, 2025-07, 2025/7, July 2025, Jul. 2025.
# The month in Chinese numerals, as a translated page writes it (「最后更新：十二月 2025」, 「2025年十二月」,
# 「二〇二五年十二月」: eval/editions30 savio; its year's digits are `YEAR_DIGITS`, as the metadata reads them); a day after it
# makes a whole date, which the metadata reads.
_CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
_MONTH_DATE = lazy(
    r"(?<!\d)(?:\d{4}\s?(?:年\s?\d{1,2}\s?月(?!\s?\d)|[-/.]\d{1,2}(?![-/.]?\d))"
    # (u34r2, round34b: "Last Updated:  April，2025", the full-width comma of a Chinese input method, no space after it)
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}(?:\.?,?\s+|\.?，\s*)\d{4}(?!\d)"
    rf"|(?:\d{{4}}|[{YEAR_DIGITS}]{{4}})\s?年\s?{_CN_MONTH}\s?月(?!\s?[\d{YEAR_DIGITS}十廿卅])"
    rf"|(?<![一二三四五六七八九十]){_CN_MONTH}\s?月\s?\d{{4}}(?!\d))"
)

# A year alone, no month after it: 「最後更新：2025」, "Last updated: 2025" (read with a label right before it);
# not a year before the slots of a month and day (「2026年__月__日」, 「2025年【3】月【16】日」: a template's date; the metadata reads
# the bracketed one as a date since eval/precision22, `structure/metadata._BRACKETED_DATE_PART`).
_YEAR_DATE = lazy(
    r"(?<![\d.\-/])(?:19|20)\d{2}(?:[ \t\u3000]?年)?"
    r"(?![\d\-/年]|\.\d|[ \t\u3000]?年?[ \t\u3000]?[\d_＿【\[［(（{xX×○〇□]|[^\n。]{0,8}[月日])"
)

# A label right before a date: 更新日期：, 最後更新於, 生效时间为, "Last updated:", "Effective", "Updated on"; the
# preposition and a colon both (「使用條款更新於：2013年8月」, 「最后更新于：2025年7月」, "Last updated on: August 2013":
# eval/precision38, a Hong Kong shop's terms dated so were said to have no date).
_MONTH_LABEL = lazy(
    r"(?:(?:更新|修訂|修订|生效|施行)(?:日期|時間|时间)?|最後更新|最后更新|(?i:(?:last|latest)\s*updated?|effective(?:\s*date)?|updated|revised|last\s*modified))"
    r"[ \t\u3000*_]{0,4}(?:(?:于|於|为|為|(?i:on|as\s?of))[ \t\u3000*_]{0,2}[:：]?|[:：])?[ \t\u3000*_]{0,4}$"
)

# The verb right after a date written to the month: 「此隐私政策于 2024 年 1 月更新并实行」, 「2025年7月起生效」.
_MONTH_VERB = lazy(r"[ \t\u3000*_]{0,3}起?(?:正式)?(?:更新|修訂|修订|生效|施行|實行|实行)")
# ...said of the policy itself (not 「《个人信息保护法》（2021年11月起施行）」 nor 「我们的系统于2023年1月更新后」)...
_POLICY_NAME = (
    r"(?:本|此|该|該)?(?:隐私|隱私)(?:权|權)?(?:保护)?(?:政策|指引|声明|聲明|协议|協議|条款|條款|说明|說明)"
    r"|(?:本|此|该|該)(?:政策|指引|声明|聲明|协议|協議|条款|條款|规则|規則)"
)
_POLICY_SUBJECT = lazy(rf"(?<!《)(?:{_POLICY_NAME})[^《》。；;\n]{{0,16}}\Z")
# ...or the policy as its object right after the verb: 「我们已于2024年3月更新本隐私政策」
_POLICY_OBJECT = lazy(rf"[^。；;\n《]{{0,4}}(?:{_POLICY_NAME})")
# ...unless the date is announced for later: 「我们将于2026年3月更新」, 「預計2026年3月生效」.
_LATER = lazy(r"將|将|預計|预计|計劃|计划|下一次|下次")

# In a template format (.ftl, .mdx) the date is a variable filled at build time: 更新日期 { $date }.
_TEMPLATE_DATE = lazy(
    r"(?:更新|修訂|修订|生效|最後|最后|effective|updated|dated|last\s*modified)[^\n{]{0,40}"
    r"\{\{?\s*[$\w.\-]*(?:date|time|updated|modified)[\w.]*\s*\}\}?",
    re.I,
)


@register
class DateFormat(Rule):
    """Flags an effective or updated date that is missing or written ambiguously.

    ## What it does
    Reports a policy with no effective or last-updated date at all (at its first text, which may be a page's
    menu: the finding is the whole document's; a label before a date
    written to the month or the year alone, 「最後更新：2025年7月」, 「最後更新：2025」, counts as a date), and
    dates near 更新 / 生效 / effective written in a form readers may misread: a bare
    8-digit number (20210330), day/month order that cannot be told (03/04/2021), or an
    ISO date without zero padding (2020-09-8).  The suggestion is the date written out
    (2021年3月30日).  In template formats (.ftl, .mdx), and on a Liquid page (Jekyll: its own
    `{% assign %}`/`{% for %}`/`{% include %}` tags), a date variable after the cue
    (更新日期 { $date }, Effective Date: {{ content.effective_date }}) counts as the date; so does a
    React page's date its code prints after the cue (更新于 <time>{modifiedDate.toLocaleDateString(…)}</time>;
    not today's date, {new Date().toLocaleDateString()}).  An English sentence dates the policy as a
    label does ("This version … took effect on September 24, 2025.", "comes into force on 1 May 2025").
    A date written as a day that does not exist (2024年2月30日 after its cue, or a front matter's `date: 2024-02-30`)
    is said as such, a warning at its place, instead of "no date".

    ## Why is this bad?
    The effective date decides which version of the policy applies to a user's data.
    A missing or ambiguous date weakens that record.

    ## Example
        我們的隱私權政策於【20210330】進行了更新。

    Use instead:
        我們的隱私權政策於2021年3月30日進行了更新。

    ## References
    - PIPL 第十四条 and 個資法第8條: changes must be notified; the date shows which version applied.
    """

    id = "date-format"
    severity = "info"
    groups = ("metadata",)
    messages = {
        "en": "ambiguous date {date}; write it as {suggestion_text}",
        "zh-Hant": "日期 {date} 的寫法容易誤讀，建議寫作 {suggestion_text}",
        "zh-Hans": "日期 {date} 的写法容易误读，建议写作 {suggestion_text}",
    }
    _MISSING = {
        "en": "no effective or last-updated date found",
        "zh-Hant": "找不到生效日期或最後更新日期",
        "zh-Hans": "找不到生效日期或最后更新日期",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        units = ctx.units()
        ambiguous = list(self._ambiguous(ctx))
        yield from ambiguous
        if not ctx.doc.metadata.updated and not ctx.doc.metadata.effective and not ambiguous and units:
            if (is_template_file(ctx.doc.source.path) or ctx.doc.liquid) and _TEMPLATE_DATE.search(ctx.joined().text):
                return  # the date is the template's variable, filled when the site is built
            if ctx.doc.computed_date:
                return  # 「更新于 <time>{modifiedDate.toLocaleDateString(…)}</time>」: the page prints a date its code computes
            if self._dated_to_the_month(ctx):
                return  # 「最後更新：2025年7月」, "Last updated: June 2025", 「最後更新：2025」: dated, to the month or year
            impossible = self._impossible(ctx)
            if impossible is not None:
                yield impossible
                return
            from policylens.rules.placeholder_gaps import empty_date_labels

            # (lead52) 「更新日期」 left with no date: "no date" stands on the empty label, where `placeholder-empty` reports
            # it and supersedes this finding (one defect, one finding); elsewhere, at the document's start
            # (its excerpt is the label there; with none, the finding is about the whole document: no excerpt, and no other
            # rule's span supersedes it, `base.drop_superseded`)
            label = next(empty_date_labels(ctx), None)
            unit, start, end = label if label is not None else (units[0], 0, min(1, len(units[0].text)))
            finding = self.finding(ctx, unit, start, end, date="", suggestion_text="")
            excerpt = unit.text[start:end] if label is not None else ""
            yield finding._replace(message=self._MISSING.get(ctx.lang, self._MISSING["en"]), excerpt=excerpt)

    @staticmethod
    def _dated_to_the_month(ctx: Context) -> bool:
        """A date label (更新日期：, 最後更新：, Last updated:, effective) right before a year alone (「最後更新：2025」)
        or a date written to the month only, or its verb right after it with the policy as its subject or object (「此隐私政策于 2024 年 1 月更新并实行」,
        「我们已于2024年3月更新本隐私政策」; not a law's date or the system's); not a date announced for later
        (「下一次更新预计在2026年3月进行」, 「我们将于2026年3月更新」)."""
        for unit, start, _end, _m in ctx.scan(_YEAR_DATE, needs=_DATE_CUE):
            if _MONTH_LABEL.search(unit.text[max(0, start - 16) : start]):
                return True  # 「最後更新：2025」: dated, to the year (how precise is not this rule's matter)
        for unit, start, end, _m in ctx.scan(_MONTH_DATE, needs=_DATE_CUE):
            before = unit.text[max(0, start - 16) : start]
            if _MONTH_LABEL.search(before):
                return True
            verb = _MONTH_VERB.match(unit.text, end)
            if (
                verb is not None
                and not _LATER.search(before)
                and (_POLICY_SUBJECT.search(unit.text[max(0, start - 24) : start]) or _POLICY_OBJECT.match(unit.text, verb.end()))
            ):
                return True
        return False

    _IMPOSSIBLE = {
        "en": "the date {date} does not exist",
        "zh-Hant": "日期 {date} 不存在",
        "zh-Hans": "日期 {date} 不存在",
    }

    def _impossible(self, ctx: Context) -> Finding | None:
        """The policy's date written as a day that does not exist (2024年2月30日, 2023-04-31): the
        reader learns why no date was found, at the place to fix (a warning)."""
        import datetime

        for unit, start, end, m in ctx.scan(_WRITTEN_DATE, needs=_DATE_CUE):
            if not _DATE_CUE.search(unit.text[max(0, start - 30) : start]):
                continue
            try:
                datetime.date(int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3) or m.group(5)))
            except ValueError:
                finding = self.finding(ctx, unit, start, end, date=m.group(0), suggestion_text="")
                message = self._IMPOSSIBLE.get(ctx.lang, self._IMPOSSIBLE["en"]).format(date=m.group(0))
                return finding._replace(message=message, severity="warning")
        return self._impossible_in_front_matter(ctx)

    def _impossible_in_front_matter(self, ctx: Context) -> Finding | None:
        """(u47h's leftover, u47k2) A front matter's date field written as a day that does not exist (`date: 2024-02-30`,
        `lastmod: 2024-13-05`): said at its line as in the text, not "no date found" (the field is the page's date)."""
        import datetime

        for line, text in ctx.doc.front_matter:
            m = _FRONT_DATE.match(text)
            if m is None:
                continue
            try:
                datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                date = m.group("date")
                message = self._IMPOSSIBLE.get(ctx.lang, self._IMPOSSIBLE["en"]).format(date=date)
                column = m.start("date") + 1
                return Finding(self.id, "warning", line, column, line, column + len(date), message, date)
        return None

    def _ambiguous(self, ctx: Context) -> Iterator[Finding]:
        cued: dict[int, bool] = {}
        # Only the units with a cue word can have a finding: scanning just those skips the
        # digits of every other paragraph, each a start for `_AMBIGUOUS` (issue #11).  A cue
        # found across a unit boundary (last\nmodified) only adds a unit: `cued` decides below.
        for unit, start, end, m in ctx.scan(_AMBIGUOUS, needs=_DATE_CUE):
            if not cued.setdefault(id(unit), bool(_DATE_CUE.search(unit.text))):
                continue  # no cue word anywhere in the paragraph
            before_text = unit.text[max(0, start - 3) : start]
            after_text = unit.text[end : end + 3].lstrip()
            if (
                before_text.endswith(("v", "V", "版本", "版本 ", "version ", "Version "))
                or after_text[:1] in ("版", ".")
                or after_text.startswith("ver")
            ):
                continue  # 「App 2.3.15 版本」 is a version number, not a date
            # the cue must be in the same sentence as the date
            before = re.split(f"[{SENTENCE_MARKS}]", unit.text[max(0, start - 30) : start])[-1]
            after = re.split(f"[{SENTENCE_MARKS}]", unit.text[end : end + 15])[0]
            if not _DATE_CUE.search(before + " " + after):
                continue
            dates = find_dates(m.group(0))
            if not dates and len(find_numeric_dates(m.group(0), None)) == 1:
                continue  # 07/30/2025: only one order makes it a date, so it cannot be misread
            if dates:
                y, mo, d = (int(x) for x in dates[0][2].split("-"))
                suggestion = f"{y}-{mo:02d}-{d:02d}" if ctx.lang == "en" else f"{y}年{mo}月{d}日"
            else:
                # which reading is meant is unknown: the message shows the form, and there is no
                # replacement text (SARIF would offer "YYYY-MM-DD" as a fix to apply)
                form = "YYYY年M月D日" if ctx.lang != "en" else "YYYY-MM-DD"
                yield self.finding(ctx, unit, start, end, suggestion=None, date=m.group(0), suggestion_text=form)
                continue
            yield self.finding(ctx, unit, start, end, suggestion=suggestion, date=m.group(0), suggestion_text=suggestion)
