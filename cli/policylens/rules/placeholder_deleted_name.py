"""placeholder-deleted-name: a hole where the operator's name was deleted (本政策适用于的所有服务, 与的关联公司共享, 小程序开发者（以下简称“开发者”）)."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.base import Rule, register
from policylens.rules.context import Context

# 「本政策适用于的所有相关服务」: the policy's scope sentence with the product's name cut out after 适用于.
_SCOPE = lazy(
    r"(?:本隐私政策|本隱私政策|本隐私权政策|本隱私權政策|本政策|本协议|本協議|本声明|本聲明|本指引)[^，。；;,\n]{0,12}?"
    r"(?P<hole>适用于的|適用於的)(?=所有|全部|各项|各項|相关|相關|产品|產品|服务|服務)"
)
# 「与的关联公司共享」: the company's name cut out before 的关联公司 (not 参与的, 给与的: words ending in 与).
_AFFILIATE = lazy(r"(?<![参參给給赋賦授交付赠贈予])(?P<hole>与的|與的)(?=关联公司|關聯公司|关联方|關聯方|子公司|母公司)")

# 「本指引是星河小程序开发者 （以下简称“开发者”）为处理你的个人信息而制定」: WeChat's 用户隐私保护指引 form puts the
# developer's name between 小程序开发者 and the definition; left out, 开发者 defines itself (a name given, in quotes or
# bare, stands between them: 「小程序开发者“星河科技”（以下简称“开发者”）」).
_DEVELOPER = lazy(
    r"(?<=小程序|小程式)(?P<hole>(?:开发者|開發者)[ \t\u3000]*[（(][ \t\u3000]*以下(?:简|簡)?[称稱][“\"「『]?(?:开发者|開發者)[”\"」』]?[）)])"
)

# literal pre-checks: only the units holding them are scanned
_SCOPE_NEEDS = lazy(r"适用于的|適用於的")
_AFFILIATE_NEEDS = lazy(r"[与與]的")
_DEVELOPER_NEEDS = lazy(r"小程[序式][开開][发發]")


@register
class PlaceholderDeletedName(Rule):
    """Flags a hole where a name was deleted: 本政策适用于的所有相关服务, 您的信息可能会与的关联公司共享.

    ## What it does
    Finds two shapes left when a template's name was cut out and nothing put in its place:

    - the policy's scope sentence with the product's name missing after 适用于: 「本政策适用于的所有
      相关服务」 (the policy is named in the clause; 「该建议适用于的所有资源」 in translated manuals is
      no policy's scope and is not flagged);
    - the company's name missing before its affiliates: 「可能会与的关联公司共享」 (not 参与的, 给与的);
    - the developer's name missing from WeChat's privacy guide form, so that 开发者 defines itself:
      「本指引是星河小程序开发者 （以下简称“开发者”）为处理你的个人信息而制定」 (not when a name stands
      between them, quoted or bare).

    Warning: the hole is certain, but a writer's slip leaves the same shape; a reviewer decides.
    `placeholder-empty` reports the holes of fixed shapes (由股份有限公司, 简称“”).

    ## Why is this bad?
    The policy does not say which service it covers or whose affiliates receive the data.

    ## Example
        本隐私政策适用于的所有相关服务。

    Use instead:
        本隐私政策适用于“表情工厂”的所有相关服务。

    ## References
    - PIPL 第十七条 (个人信息处理者的名称或者姓名和联系方式).
    """

    id = "placeholder-deleted-name"
    severity = "warning"
    groups = ("placeholder",)
    messages = {
        "en": "a name seems to have been deleted here: {text}",
        "zh-Hant": "此處似乎刪去了名稱：{text}",
        "zh-Hans": "此处似乎删去了名称：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for pattern, needs in ((_SCOPE, _SCOPE_NEEDS), (_AFFILIATE, _AFFILIATE_NEEDS), (_DEVELOPER, _DEVELOPER_NEEDS)):
            for hit in ctx.scan(pattern, needs=needs):
                m = hit.match
                start = hit.start + (m.start("hole") - m.start())
                end = hit.start + (m.end("hole") - m.start())
                yield self.finding(ctx, hit.unit, start, end, text=hit.unit.text[start:end])
