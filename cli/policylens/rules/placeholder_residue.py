"""placeholder-residue: template brackets left around a value that was filled in."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import CONTACT_CHANNELS, EMAIL, LONE_CLOSING_TAG, PHONE_WORDS, URL_START, opens_element
from policylens.rules.base import Rule, register
from policylens.rules.context import Context
from policylens.structure.metadata import find_dates

_VALUE = (
    EMAIL  # e-mail
    + r"|(?:"
    + URL_START
    + r")[^\s【】\[\]]+"  # URL
    r"|\d{8}|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"  # date
    r"|\+?[\d\s()-]{7,20}\d"  # phone or number
)
# Each alternative starts with its bracket, so `re` prefix-scans for the four brackets;
# 「\[(?<!\]\[)」 is 「(?<!\])\[」 with the lookbehind moved after the bracket.
# 「客服中心【QQ：2095827074】」: the field's name kept with the value inside the template's 【】 (eval/precision29,
# beside 「发送邮件至【read@cqyaochi.com】」 in the same policy); only in 【】, whose value it keeps whole
_LABELLED = rf"(?:(?:客服|联系|聯絡|聯繫|官方|服务|服務)?(?:{CONTACT_CHANNELS}|{PHONE_WORDS})[ \t\u3000]*[：:][ \t\u3000]*)?"
_RESIDUE = lazy(rf"【\s*({_LABELLED}(?:{_VALUE}))\s*】|［\s*({_VALUE})\s*］|〔\s*({_VALUE})\s*〕|\[(?<!\]\[)\s*({_VALUE})\s*\](?!\()")
# 2019年【01】月【25】日: the template's brackets left around each filled part of a date (a developer's policies, one per
# app from one template, eval/dev14; 「更新日期：2021年【01】月【13】日」 in a published policy met while searching).  The whole
# 年-月-日 shape is needed, with at least one part bracketed (checked in `check`): not a footnote mark (「1403室【2】」), nor
# a bracketed number alone (「【1】」), nor a date whose brackets hold it whole (「【2021年3月30日】」, `_RESIDUE` above).
_PART4 = r"(?:\d{4}|【[ \t\u3000]*\d{4}[ \t\u3000]*】|［[ \t\u3000]*\d{4}[ \t\u3000]*］|\[[ \t\u3000]*\d{4}[ \t\u3000]*\])"
_PART2 = r"(?:\d{1,2}|【[ \t\u3000]*\d{1,2}[ \t\u3000]*】|［[ \t\u3000]*\d{1,2}[ \t\u3000]*］|\[[ \t\u3000]*\d{1,2}[ \t\u3000]*\])"
_DATE_PARTS = lazy(
    rf"(?<![\d【［\[])(?<![\d【［\[][ \t\u3000]){_PART4}[ \t\u3000]*年[ \t\u3000]*{_PART2}[ \t\u3000]*月[ \t\u3000]*{_PART2}[ \t\u3000]*日"
)
_BRACKETS = str.maketrans("", "", "【】［］[] \t\u3000")
# 在【15】个工作日内, 保存［6］个月, within [30] days: a period's number still in the template's brackets, filled or left at the
# template's default (twenty-sixth session, lead; precision26 met "[15]").  The unit of time follows at once: not a
# footnote (1403室【2】, "see [1]"), nor a bracketed number before other words.
# (a period's unit, not a date's part: 【3】月【16】日 is March 16th, 民國【110】年 a year; 个月, 日内, 年内 are periods)
# (and a unit that is a word of its own: 天 in 天然气 or 天津, 周 in 周边, 日内 in 日内瓦 are not — review u26w)
_ZH_UNIT = (
    r"(?=[ \t\u3000]?(?:(?:个|個)(?:工作日|自然日|月|小时|小時|星期|周|週)|工作日|自然日|小时|小時|分钟|分鐘|年[内內]|日[内內](?!瓦)"
    r"|(?:天|周|週)(?:[内內]|以[内內]|之[内內]|后|後|(?![\u4e00-\u9fff]))))"
)
# (u47k2) a range the template leaves to choose is the same residue: 「在确认收货后 [7-15] 个工作日内」, 「【30～90】天」
_AMOUNT = r"\d{1,3}(?:[-–~～至]\d{1,3})?"
_PERIOD = lazy(
    rf"【[ \t\u3000]*({_AMOUNT})[ \t\u3000]*】{_ZH_UNIT}|［[ \t\u3000]*({_AMOUNT})[ \t\u3000]*］{_ZH_UNIT}"
    rf"|\[[ \t]*({_AMOUNT})[ \t]*\](?:{_ZH_UNIT}|(?=[ \t](?i:(?:business|working|calendar)[ \t])?(?i:days?|months?|years?|hours?|weeks?)\b))"
)
# 【星河科技有限公司】（以下简称“我们”）: a party's name filled in the template's 【】 of the sentence that defines it (the
# operator, the product).  The definition must follow at once, so 【特别提示】 and UI paths (【设置】-【账号】) stay out; a
# field's name or a dummy in the brackets (【公司名称】, 【XX公司】) is an unfilled slot, `placeholder-instruction`'s.
# (u53p, eval/blind/round52e youpai) a page that prints each character's pinyin after it, 「(以(yǐ)下統稱 “我們”)」: the
# reading in brackets after a character of the definition is passed over
_RUBY = r"(?:[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü /]{1,16}[)）])?"
_DEFINES = rf"[ \t\u3000]*[（(][ \t\u3000]*(?:以{_RUBY}下{_RUBY}(?:文{_RUBY})?|下{_RUBY}(?:文{_RUBY})?)?(?:(?:简|簡|统|統){_RUBY})?[称稱]"
_DEFINED_NAME = lazy(
    rf"【[ \t\u3000]*(?P<a>[^【】\s][^【】\n]{{0,38}}?[^【】\s])[ \t\u3000]*】(?={_DEFINES})"
    rf"|［[ \t\u3000]*(?P<b>[^［］\s][^［］\n]{{0,38}}?[^［］\s])[ \t\u3000]*］(?={_DEFINES})"
)
# (u53p, eval/blind/round52e youpai) a version number in the template's 【】 after its label, 「版本:【1.0】」, beside the
# dates whose parts keep them (「版本發布時間:【2022】年【04】月【01】日」): only with other values kept in 【】 (as `_PERIOD`)
_VERSION_VALUE = lazy(
    r"(?:版本|版本号|版本號|(?i:version))[ \t\u3000]*[：:][ \t\u3000]*+【[ \t\u3000]*+(?P<v>[Vv]?\d{1,4}(?:\.\d{1,4}){0,3})[ \t\u3000]*+】"
)
# (thirty-second session, u32p; a lead from a lost earlier session) 《[星空记账]》, 《【星空记账】隐私政策》: a name filled in
# the template's slot brackets inside the title marks, the brackets kept.  The bracket opens at the 《 itself and closes
# before the 》, with a name in it (a slot's words, 《[App名称]》, are `placeholder-instruction`'s); a Markdown link
# (《[星空记账](https://…)》) or reference (《[星空记账][1]》) is markup, not residue, and a brand whose styling
# keeps the brackets and a mark (【友盟+】, 102 times in its own terms, eval/precision12) is its name.
_TITLED_NAME = lazy(
    r"《[ \t\u3000]*(?:【[ \t\u3000]*(?P<a>[^【】\s《》][^【】\n《》]{0,30}?)[ \t\u3000]*】"
    r"|［[ \t\u3000]*(?P<b>[^［］\s《》][^［］\n《》]{0,30}?)[ \t\u3000]*］"
    r"|\[[ \t\u3000]*(?P<c>[^\[\]\s《》][^\[\]\n《》]{0,30}?)[ \t\u3000]*\](?![(\[]))(?=[^《》\n]{0,20}》)"
)
# (u42k, eval/precision41 assistant-md) a line of a Markdown page that is only the closing tag (`patterns.LONE_CLOSING_TAG`) of an element HTML has not,
# its opening tag nowhere in the text: 「</content>」 ending a policy, the wrapper of the tool that wrote it (a browser shows
# nothing of it; the file and every copy keep it).  HTML's own elements are left out (</div>, </details>, </center> close
# a block a Markdown page opened above, in a line the reader does not see as text)
_HTML_ELEMENTS = frozenset({
    "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "body", "br", "button",
    "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
    "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
    "header", "hr", "html", "i", "iframe", "img", "ins", "kbd", "label", "legend", "li", "main", "mark", "nav",
    "noscript", "object", "ol", "p", "picture", "pre", "q", "s", "samp", "script", "section", "select", "small",
    "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "template",
    "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video",
})  # fmt: skip
# what an unfilled slot holds instead of a name (a field's name, a dummy, an instruction)
_SLOT_WORDS = lazy(r"名称|名稱|全称|全稱|主体|主體|姓名|名字|[Xx×＊*]{2}|某|待|填|请|請|示例|例如|范例|範例|\.\.\.|…|_")


def _suggest(value: str, lang: str) -> str:
    """The value without brackets; dates written out in Chinese."""
    dates = find_dates(value)
    if dates and dates[0][0] == 0 and dates[0][1] >= len(value.strip()) - 1:
        y, m, d = (int(x) for x in dates[0][2].split("-"))
        return f"{y}-{m:02d}-{d:02d}" if lang == "en" else f"{y}年{m}月{d}日"
    return value


@register
class PlaceholderResidue(Rule):
    """Flags template brackets left around a filled value: 【20210330】, 【privacy@example.com】.

    ## What it does
    Finds an e-mail address, URL, date, phone number or number that is still wrapped
    in the template's slot brackets (【】, ［］, 〔〕, or half-width [ ] that is not a
    Markdown link), and a date whose filled parts keep them (2019年【01】月【25】日).
    Also a party's name kept in the brackets of the sentence that defines it:
    「【星河科技有限公司】（以下简称“我们”）」, 「是由【星河科技】（以下簡稱「本公司」）運營」, and a name kept in the
    brackets inside the title marks: 「《[星空记账]》」, 「《【星空记账】隐私政策》」 (not a Markdown link 《[星空记账](…)》).
    Brackets around other words, such as 【特別提示】 or 【設定】-【註銷帳號】, are headings and
    UI paths, not residue, and are not flagged, nor is a slot never filled (【公司名称】（以下简称“我们”）,
    【XX公司】, which `placeholder-instruction` reports); nor is a bracketed number that is not a
    part of a date or a period (a footnote 1403室【2】).  A period's number in the brackets, filled or
    left at the template's default, is flagged: 保存［6］个月, 在 [15] 个工作日内, within [30] days; in 【】
    only when the text keeps other filled values in 【】 (【20210330】), since many policies emphasise
    with 【】 (【6】个月 beside 【姓名、身份证号码】 is emphasis) (twenty-sixth session; before, no period was).

    This finding replaces date-format's and contact-inconsistent's on the same span
    (one defect, one finding); for a date, the message also gives the clearer form.

    ## Why is this bad?
    The brackets show that the text came from a template and was filled in
    mechanically.  Readers may take the brackets as part of the address, and a date
    like 20210330 is harder to read than 2021年3月30日.

    ## Example
        我們的隱私權政策於【20210330】進行了更新。請透過【privacy@example.com】與我們連絡。

    Use instead:
        我們的隱私權政策於2021年3月30日進行了更新。請透過 privacy@example.com 與我們連絡。
    """

    id = "placeholder-residue"
    severity = "warning"
    groups = ("placeholder",)
    supersedes = ("date-format", "contact-inconsistent", "bracket-unbalanced")
    messages = {
        "en": "template brackets left around {value}",
        "zh-Hant": "範本括號未移除：{found}",
        "zh-Hans": "模板括号未移除：{found}",
    }

    _TAG = {
        "en": "a closing tag of the tool that generated the text, left in it: {found}",
        "zh-Hant": "產生工具的標籤未移除：{found}",
        "zh-Hans": "生成工具的标签未移除：{found}",
    }

    _DATE = {
        "en": "template brackets left around {value}; write the date as {suggestion}",
        "zh-Hant": "範本括號未移除：{found}；日期建議寫作 {suggestion}",
        "zh-Hans": "模板括号未移除：{found}；日期建议写作 {suggestion}",
    }

    # its values (dates, e-mail addresses, numbers) are read in full-width digits already (`\d`), and its messages are
    # finished from the text: not given the width-folded context
    reads_width_folded = False

    def check(self, ctx: Context) -> Iterator[Finding]:
        residue = 0  # the other residue findings in 【】: they show that 【】 holds the template's values in this text
        yield from self._stray_tags(ctx)
        for finding in (*self._date_parts(ctx), *self._defined_names(ctx), *self._titled_names(ctx)):
            residue += "【" in finding.excerpt
            yield finding
        for unit, start, end, m in ctx.scan(_RESIDUE):
            value = next(g for g in m.groups() if g)
            suggestion = _suggest(value, ctx.lang)
            # the Chinese message quotes the text as found, brackets and all: 「模板括号未移除：15759230461」 beside the
            # suggestion 15759230461 read as a suggestion to change nothing (review u26u)
            found = unit.text[start:end]
            finding = self.finding(ctx, unit, start, end, suggestion=suggestion, value=value, found=found)
            if suggestion != value:  # a date: this finding replaces date-format's, so it says so
                message = self._DATE.get(ctx.lang, self._DATE["en"]).format(value=value, found=found, suggestion=suggestion)
                finding = finding._replace(message=message)
            residue += m.group(0).startswith("【")
            yield finding
        if residue:
            for unit, start, end, m in ctx.scan(_VERSION_VALUE, needs="【"):
                start = unit.text.index("【", start)
                value = m.group("v")
                yield self.finding(ctx, unit, start, end, suggestion=value, value=value, found=unit.text[start:end])
        for unit, start, end, m in ctx.scan(_PERIOD):
            if m.group(1) is not None and not residue:
                continue  # 【6】个月 where 【】 is the text's emphasis (【姓名、身份证号码】): only with other values kept in 【】
            if m.group(3) is not None and m.group(3) in ctx.doc.link_labels:
                continue  # [2] days, with `[2]: https://…` defined: a Markdown reference link, not a bracketed value
            value = next(g for g in m.groups() if g)
            yield self.finding(ctx, unit, start, end, suggestion=value, value=value, found=unit.text[start:end])

    def _stray_tags(self, ctx: Context) -> Iterator[Finding]:
        """</content> on a line of its own in a Markdown page whose text opens no such element (`patterns.LONE_CLOSING_TAG`)."""
        if ctx.doc.source.format != "markdown":
            return
        lowered: str | None = None
        for unit in ctx.units():
            m = LONE_CLOSING_TAG.match(unit.text)
            if m is None or m.group("name").lower() in _HTML_ELEMENTS:
                continue
            lowered = ctx.joined().text.lower() if lowered is None else lowered
            if opens_element(lowered, m.group("name").lower()):
                continue  # <content> … </content>: an element the page writes whole (its own markup)
            start, end = unit.text.index("<"), unit.text.rindex(">") + 1
            found = unit.text[start:end]
            message = self._TAG.get(ctx.lang, self._TAG["en"]).format(found=found)
            yield self.finding(ctx, unit, start, end, message=message)
        # (u43k) the same tag after a blank line: CommonMark reads it as an HTML block, which shows no text, so the loader
        # keeps it aside (`Document.stray_tags`, opened nowhere in the page); it was not seen at all
        # (already a lone closing tag the page opens nowhere: only HTML's own elements are left out here, review r43)
        for line, column, tag in ctx.doc.stray_tags:
            if tag.strip("</> \t").lower() in _HTML_ELEMENTS:
                continue
            message = self._TAG.get(ctx.lang, self._TAG["en"]).format(found=tag)
            yield Finding(self.id, self.severity, line, column, line, column + len(tag), message, tag)

    def _defined_names(self, ctx: Context) -> Iterator[Finding]:
        """【星河科技有限公司】（以下简称“我们”）: the defined party's name still in the template's brackets."""
        for unit, start, end, m in ctx.scan(_DEFINED_NAME):
            value = m.group("a") or m.group("b")
            if _SLOT_WORDS.search(value) or not any(c.isalpha() for c in value):
                continue  # an unfilled slot (another rule's) or no name at all
            yield self.finding(ctx, unit, start, end, suggestion=value, value=value, found=unit.text[start:end])

    def _titled_names(self, ctx: Context) -> Iterator[Finding]:
        """《[星空记账]》, 《【星空记账】隐私政策》: a filled name still in the template's brackets inside the title marks."""
        for unit, start, end, m in ctx.scan(_TITLED_NAME, needs="《"):
            value = m.group("a") or m.group("b") or m.group("c")
            if _SLOT_WORDS.search(value) or not any(c.isalpha() for c in value):
                continue  # an unfilled slot (placeholder-instruction's) or no name at all
            if "+" in value or "＋" in value:
                continue  # a brand styled with its brackets and a mark, 《【友盟+】服务条款》 (eval/precision12): no template's slot
            if m.group("c") is not None and value in ctx.doc.link_labels:
                continue  # [星空记账] with `[星空记账]: https://…` defined: a Markdown reference link
            start += 1  # the finding covers the brackets and the name, not the title mark 《 (which the suggestion keeps)
            while unit.text[start] in " \t\u3000":
                start += 1
            found = unit.text[start:end]
            yield self.finding(ctx, unit, start, end, suggestion=value, value=value, found=found)

    def _date_parts(self, ctx: Context) -> Iterator[Finding]:
        """2019年【01】月【25】日: one finding per date whose parts keep the template's brackets."""
        for unit, start, end, m in ctx.scan(_DATE_PARTS, needs="年"):
            value = m.group(0)
            if not any(c in value for c in "【［["):
                continue
            suggestion = _suggest(value.translate(_BRACKETS), ctx.lang)
            message = self._DATE.get(ctx.lang, self._DATE["en"]).format(value=value, found=unit.text[start:end], suggestion=suggestion)
            yield self.finding(ctx, unit, start, end, message=message, suggestion=suggestion)
