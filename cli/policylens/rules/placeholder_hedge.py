"""placeholder-hedge: hedges and unresolved alternatives that show the text was never settled."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import UI_VERBS, contact_channels
from policylens.rules.base import Rule, register
from policylens.rules.context import Context

# （如果已实现）, （待实现）, (if implemented): the author did not know whether the feature exists.
_HEDGE = (
    r"[（(]\s?(?:(?:如果|如|若|假如|倘若)(?:已经?|已經)?(?:实现|實現|上线|上線|开发完成|開發完成|开通|開通|落地|支持该功能|支持此功能)"
    r"|(?:尚未|还未|還未|未|待)(?:实现|實現|开发|開發|上线|上線)|(?:开发中|開發中|规划中|規劃中|计划中|計劃中)(?:的功能)?)\s?[）)]"
    r"|\((?i:\s?(?:(?:if|when|once)\s(?:implemented|built|shipped|available|supported|we\s(?:implement|build|ship)\s(?:it|this))"
    r"|not\syet\s(?:implemented|built|available)|to\sbe\simplemented))\s?\)"
)
# 【13岁/16岁以上】, [14周岁/18周岁], （13岁/16岁）: two ages or periods left for the author to choose.
_UNIT = r"(?:周岁|週歲|岁|歲|年|个月|個月|天|日|小时|小時)"
_NUMBER_CHOICE = rf"[\d０-９]+\s?{_UNIT}?\s?[/／]\s?[\d０-９]+\s?{_UNIT}?"  # two values: three are a setting's options
_REGION = r"(?:中国大陆|中國大陸|中国内地|中國內地|大陆|大陸|内地|內地|中国|中國|香港|澳门|澳門|台湾|台灣|新加坡|美国|美國|欧盟|歐盟|日本|韩国|韓國|英国|英國)"
_CHOICE = (
    # a number with its unit on at least one side: 13岁/16岁以上, 14/18周岁, 30天/90天
    rf"(?P<number>[【［\[（(]\s?(?=[^】］\]）)\n]{{0,30}}{_UNIT})[^】］\]）)\n\d０-９]{{0,6}}{_NUMBER_CHOICE}[^】］\]）)\n/／]{{0,6}}[】］\]）)])"
    # regions: （中国大陆/香港）, [中国大陆/香港/台湾]
    rf"|(?P<region>[【［\[（(]\s?{_REGION}(?:\s?[/／]\s?{_REGION})+\s?[】］\]）)])"
    # (not any short alternatives in square brackets: 您可以发送[图片/视频]等消息 is a real choice)
)
_PATTERN = lazy(f"{_HEDGE}|{_CHOICE}")
# 传真：N/A, 联系电话：n/a: an English "not applicable" as the value of a Chinese contact field — a template's default
# or an honest "we have none" (a Chinese author would write 无); placeholder-instruction reports none/null as errors.
_NOT_APPLICABLE = lazy(r"(?:N/A|n/a)(?![A-Za-z0-9/])")  # (the colon before it is checked in `check`)
_NA_LABEL = lazy(
    rf"(?:名称|名稱|{contact_channels(without=('邮件', '郵件', 'QQ'))}"
    r"|号码|號碼|手机|手機|客服|联系人|聯絡人|联系方式|聯絡方式|网址|網址|官网|官網)"
    r"[^：:\n]{0,4}?\**[ \t\u3000]*\Z"
)
# (u48k2) 「Upstash Inc.（美國 / 歐盟）— Redis 配額紀錄」: the regions where a named provider holds the data (a list of
# processors), not an undecided A / B (eval/precision48 aistock-tw-tsx, a false warning).  The provider: a company's
# name in Latin letters (Upstash Inc., Amazon Web Services, AWS; from a word's start: one start per word keeps the
# search linear) or one ending in 公司/集團, markup allowed after it.
_PROVIDER = lazy(
    r"(?:(?<![A-Za-z0-9&.,'-])[A-Z][A-Za-z0-9&.,'-]*(?:[ \t][A-Za-z0-9&.,'-]+){0,4}|(?:有限)?公司|集团|集團)"
    r"[ \t]*+(?:\*\*|__|</[A-Za-z]+>|[」』》])?[ \t]*\Z"
)
# 点击[设置/隐私]: a UI path, not a choice
_UI_VERB = lazy(rf"(?:{UI_VERBS}|依次|路径|路徑|在)\s*\Z")


@register
class PlaceholderHedge(Rule):
    """Flags hedges and unresolved alternatives left for the author: （如果已实现）, [13岁/16岁以上], （中国大陆/香港）.

    ## What it does
    Finds the marks of a text whose facts were never settled:

    - a hedge after a feature or data item saying the author did not know whether it
      exists: （如果已实现）, （如已上线）, （待实现）, （尚未实现）, （开发中）, (if implemented),
      (not yet implemented);
    - alternatives left in brackets where one value belongs: 【13岁/16岁以上】, [14周岁/18周岁],
      （30天/90天）, （中国大陆/香港） — exactly two ages or periods (three or more are the options of a
      setting: 保存时间（7天/30天/180天）), or regions;
    - an English "not applicable" as the value of a Chinese contact field: 传真：N/A, 联系电话：n/a
      (a template's default, or an honest "we have none": a Chinese author would write 无; 传真：无 is
      not flagged, and none/null as a value are errors of `placeholder-instruction`).

    Not flagged: （如适用） and （可选）, which filled-in policies use for data that applies
    to some users only (会员账号标识（如适用）, 手机号（可选）); （如有）; （若启用）; lists in
    parentheses （WiFi/蜂窝网络）, short alternatives in square brackets ([图片/视频] is a real choice), （GB/T 35273-2017）, (38/38); a UI path 点击[设置/隐私];
    the regions after a named provider, where it holds the data (Upstash Inc.（美國 / 歐盟）, 某某有限公司（中国大陆/香港）).

    ## Severity
    Warning: the text reads as a hedge, and a careful author might mean it (a feature
    that is rolling out, a policy that applies in two regions); a reviewer decides.

    ## Why is this bad?
    The reader cannot tell whether the feature exists or which age limit applies: the
    policy was written from a template or a plan, not from the product.

    ## Example
        我们会收集您的运动轨迹（如果已实现），适用于[13岁/16岁以上]的用户。

    Use instead:
        我们会收集您的运动轨迹，适用于16岁以上的用户。

    ## References
    - PIPL 第十七条 (the notice must be true, accurate and complete); 個人資料保護法第8條.
    """

    id = "placeholder-hedge"
    severity = "warning"
    groups = ("placeholder",)
    supersedes = ("bracket-unbalanced", "script-mixed", "regional-vocabulary")
    messages = {
        "en": "unsettled text left by the author: {text}",
        "zh-Hant": "未定稿的保留文字：{text}",
        "zh-Hans": "未定稿的保留文字：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for unit, start, end, m in ctx.scan(_PATTERN):
            if (m.group("number") or m.group("region")) and _UI_VERB.search(unit.text, max(0, start - 8), start):
                continue
            if m.group("region") and _PROVIDER.search(unit.text, max(0, start - 40), start):
                continue  # (u48k2) Upstash Inc.（美國 / 歐盟）: where a named provider holds the data
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        joined = ctx.joined().text
        hits = ctx.scan(_NOT_APPLICABLE) if ("N/A" in joined or "n/a" in joined) else ()  # a literal pre-check, in C
        for unit, start, end, _ in hits:
            colon = start
            while colon > 0 and start - colon < 6 and unit.text[colon - 1] in " \t\u3000*":
                colon -= 1
            if colon == 0 or unit.text[colon - 1] not in "：:" or _NA_LABEL.search(unit.text, max(0, colon - 13), colon - 1) is None:
                continue  # 适用范围：N/A in a table of settings, Version: NA, N/A in a sentence
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
