"""contact-inconsistent: one contact written in several forms, or several e-mails for one role."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import EMAIL, mailto_address, unglued_address
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit

_EMAIL = lazy(EMAIL)
_WRAPPERS = "【】［］〔〕[]<>（）「」*_` "
_EMPHASIS = "*_` "
# Round brackets are the sentence's (「聯絡信箱（cofacts@googlegroups.com）」, 「或寄至（addr）」): no form of the
# address, nothing a reader would copy with it (eval/pairs30 cofacts, structure28 pushup, editions27 navicast: all
# three such findings in the project's sets were false).
_PAIRS = {"【": "】", "［": "］", "〔": "〕", "[": "]", "<": ">", "「": "」"}


def _form(unit: TextUnit, start: int, end: int) -> str:
    """How the address is wrapped: e.g. '【{}】', '[{}]', '**【{}】**' or '{}'."""
    left = start
    while left > 0 and unit.text[left - 1] in _WRAPPERS and start - left < 4:
        left -= 1
    right = end
    while right < len(unit.text) and unit.text[right] in _WRAPPERS and right - end < 4:
        right += 1
    if unit.text[left:start].endswith("[") and unit.text[end:right].startswith("]") and unit.text[right : right + 1] == "(":
        return "{}"  # a Markdown link shows the address plainly
    if unit.text[left:start].endswith(">") or unit.text[end:right].startswith("<"):
        return "{}"  # inside an HTML element (>address<)
    # emphasis (**address**, _address_, `address`) shows the same address: not another form
    before = "".join(c for c in unit.text[left:start] if c not in _EMPHASIS)
    after = "".join(c for c in unit.text[end:right] if c not in _EMPHASIS)
    # only brackets that enclose the address are a form: in 「信箱：addr（主旨請註明…）」 or
    # 「（電郵：addr）」 the bracket belongs to the sentence around the address
    kept = 0
    while kept < min(len(before), len(after)) and _PAIRS.get(before[-1 - kept]) == after[kept]:
        kept += 1
    return before[len(before) - kept :] + "{}" + after[:kept]


@register
class ContactInconsistent(Rule):
    """Flags a contact written in different forms, or different e-mails given for the same role.

    ## What it does
    Collects every e-mail address.  When the same address is written in several ways
    (plain, 【…】, [ … ], different letter case) it reports each less common form
    once.  Emphasis is not a form: **address**, _address_ and `address` are the
    plain address.  When two different addresses share the same mailbox name on different
    domains (privacy@a.com and privacy@b.com) it reports the second one.

    ## Why is this bad?
    Readers cannot tell whether the forms are the same mailbox, and copy-paste of a
    bracketed form sends mail to an invalid address.  Two privacy addresses usually
    mean one of them is out of date.

    ## Example
        請透過 [privacy@smartmiglobal.com] 連絡我們 … 電子郵件：【privacy@smartmiglobal.com】

    Use instead:
        請透過 privacy@smartmiglobal.com 連絡我們 … 電子郵件：privacy@smartmiglobal.com
    """

    id = "contact-inconsistent"
    severity = "info"
    groups = ("contact",)
    messages = {
        "en": "{address} is written as {form} here and as {main} elsewhere ({count} forms in all)",
        "zh-Hant": "{address} 在此寫作 {form}，其他地方寫作 {main}（共 {count} 種寫法）",
        "zh-Hans": "{address} 在此写作 {form}，其他地方写作 {main}（共 {count} 种写法）",
    }
    _SAME_ROLE = {
        "en": "different e-mail for the same role: {address} and {other}",
        "zh-Hant": "同一用途使用了不同的電子郵件：{address} 與 {other}",
        "zh-Hans": "同一用途使用了不同的电子邮件：{address} 与 {other}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        forms: dict[str, dict[str, list[tuple[TextUnit, int, int]]]] = defaultdict(lambda: defaultdict(list))
        # an HTML page's mailto: targets tell where an address ends when the next link's text touches it
        # (「a@ex.comGitHub」, pairs28 daonale-redesign: no second address)
        mailtos = {a for href, _, _ in ctx.doc.links if (a := mailto_address(href))}
        for unit, start, _, m in ctx.scan(_EMAIL, needs="@"):
            if unit.text[max(0, start - 7) : start].lower() == "mailto:":
                continue  # the target of [address](mailto:address) is the same occurrence
            address = unglued_address(m.group(0).rstrip("."), mailtos)
            end = start + len(address)
            form = _form(unit, start, end).replace("{}", "{" + address + "}")
            forms[address.lower()][form].append((unit, start, end))
        for address, by_form in forms.items():
            if len(by_form) < 2:
                continue
            # the most frequent form is the main one; on a tie the plain address (「【a@b.cn】 … a@b.cn」: the
            # brackets are the slip, not the bare address)
            ranked = sorted(by_form.items(), key=lambda kv: (-len(kv[1]), not (kv[0][0] == "{" and kv[0][-1] == "}")))
            main = ranked[0][0].replace("{", "").replace("}", "")
            for form, places in ranked[1:]:
                unit, start, end = places[0]
                shown = form.replace("{", "").replace("}", "")
                yield self.finding(ctx, unit, start, end, suggestion=address, address=address, form=shown, main=main, count=len(by_form))
        by_local: dict[str, list[str]] = defaultdict(list)
        for address in forms:
            by_local[address.split("@")[0]].append(address)
        for addresses in by_local.values():
            for other in addresses[1:]:
                unit, start, end = next(iter(forms[other].values()))[0]
                template = self._SAME_ROLE.get(ctx.lang, self._SAME_ROLE["en"])
                finding = self.finding(ctx, unit, start, end, address=other, form="", main="", count=0)
                yield finding._replace(message=template.format(address=addresses[0], other=other))
