"""placeholder-instruction: template instructions and dummy values left in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from policylens.model import Finding
from policylens.rules.base import Context, Rule, register

_CLOSE = "】］〕）)>}\\]"
_PATTERNS = (
    # 【請填寫公司名稱】, （請填寫公司地址，例如）, [插入日期]: the instruction opens the bracket
    rf"[【［〔（(<{{\[]\s*(?:請|请)?(?:填寫|填写|填入|輸入|输入|插入|補充|补充|替換|替换|待定|待補|待补)[^{_CLOSE}\n]{{0,30}}[{_CLOSE}]",
    # [insert company name], [Company Name], [DATE] — not Markdown links
    r"\[(?:insert|enter|add|your|company|name|date|address|e-?mail|tbd|todo)\b[^\]\n]{0,40}\](?!\()",
    # {{ name }}, ${var}, <%= x %>  (Hugo shortcodes {{< … >}} are not placeholders)
    # (padding bounded: `\s*[\w.\- ]{1,40}\s*` is quadratic on `{{` and a long run of spaces)
    r"\{\{(?![<%])\s{0,10}[\w.\- ]{1,40}\s{0,10}\}\}",
    r"\$\{\s*\w[\w.]{0,40}\s*\}",
    # <公司名稱>, <联系电话>
    r"<\s*[\u4e00-\u9fff][\u4e00-\u9fff\w ]{0,20}>",
    # XXX公司, XX市XX區, xxx@xx.com, ×××, ○○○
    r"(?<![A-Za-z0-9])(?:X{2,}|x{3,}|Ｘ{2,}|ｘ{3,})(?:[\u4e00-\u9fff]{1,2}(?:X{2,}|x{3,}|Ｘ{2,}|ｘ{3,}))*[\u4e00-\u9fff]?(?![A-Za-z0-9])",
    r"×{2,}|(?<![一二三四五六七八九十〇○零])[○◯]{3,}(?![年月日])",
    # explicit "to be decided" markers
    r"待定|待補充|待补充|(?<![A-Za-z])(?:TBD|TODO|FIXME|TBA)(?![A-Za-z])",
)


_START = re.compile(r"[【［〔（(<{\[$XxＸｘ×○◯待TF]")  # every built-in pattern starts with one of these


@lru_cache(maxsize=8)
def _compiled(extra: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in (*_PATTERNS, *extra))
    if extra:
        return re.compile(body)
    # Every built-in pattern starts with one of these characters: test that first.  (An
    # expansion in which every alternative starts with a literal scans 2× faster, but its
    # eight copies of the CJK ranges take 8 ms to compile instead of 3: no gain below
    # ~100 files per process, and a loss for the pre-commit case of a file or two.)
    return re.compile(f"(?={_START.pattern})(?:" + body + ")")


@register
class PlaceholderInstruction(Rule):
    """Flags unfilled template instructions and dummy values: 【請填寫…】, {{ name }}, XXX公司, TBD.

    ## What it does
    Finds the parts of a template that were meant to be replaced: fill-in instructions
    (【請填寫…】, （請填寫公司地址，例如）, [insert …]), template variables ({{ name }},
    ${var}, <公司名稱>), dummy values (XXX公司, XX市XX區, ×××, ○○○) and markers such
    as 待定 or TBD.  Extra patterns can be added with `placeholder-patterns` in the
    configuration.  Hugo shortcodes (`{{< lastmod >}}`) and Markdown links are not
    flagged.

    ## Why is this bad?
    The policy names no real company, address or date, so it does not tell the user
    who is responsible for their data or how to reach them.

    ## Example
        **郵寄地址**：（請填寫公司地址，例如）臺灣XX市XX區XX路XX號XX樓 努法有限公司 收

    Use instead:
        **郵寄地址**：臺北市中正區重慶南路一段122號 努法有限公司 收

    ## References
    - 個人資料保護法第8條 (the collector's name must be given); PIPL 第十七条 (处理者的名称和联系方式).
    """

    id = "placeholder-instruction"
    severity = "error"
    groups = ("placeholder",)
    messages = {
        "en": "unfilled template text {text}",
        "zh-Hant": "範本文字未填寫：{text}",
        "zh-Hans": "模板文字未填写：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        extra = ctx.settings.placeholder_patterns
        pattern = _compiled(extra)
        # configured patterns can match anything: scan every unit for them
        hits = ctx.scan(pattern, per_unit=True) if extra else ctx.scan(pattern, needs=_START)
        for unit, start, end, m in hits:
            if m.group(0):
                yield self.finding(ctx, unit, start, end, text=m.group(0))
