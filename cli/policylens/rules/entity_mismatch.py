"""entity-mismatch: another company's brand used as if it were the policy's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from policylens import lexicon
from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.normalise import fold
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.rules.words import WordTable, alternation

# 「您的 Aqara Home 帳戶」, 「我們的 小米 App」, 「本 Xiaomi 服務」
_OWN_CONTEXT = lazy(r"(?:您的|你的|我們的|我们的|本公司的?|本)\s*$")
_PRODUCT_WORDS = r"(?:帳戶|帳號|账户|账号|賬戶|賬號|App|APP|app|應用程式|应用|服務|服务|裝置|设备|產品|产品|平台|網站|网站|帐户|帐号)"
_PRODUCT_WORD = lazy(r"^[\w .-]{0,20}?\s*" + _PRODUCT_WORDS)
_DOMAIN = lazy(r"@([A-Za-z0-9-]+)|https?://(?:www\.)?([A-Za-z0-9-]+)")


@lru_cache(maxsize=64)
def _table(names: frozenset[str]) -> WordTable:
    """The lower-cased brands that are not the policy's own."""
    return WordTable(n.lower() for n in names)


@lru_cache(maxsize=64)
def _pattern(names: frozenset[str]) -> re.Pattern[str]:
    """The same as one case-insensitive alternation, for what lower() cannot match exactly (İ, ſ, Σ)."""
    return alternation(names, re.I)


# Characters that `re.I` matches with an ASCII letter but `lower()` does not map to it.
_CASE_TRAPS = "ſıİK"  # each tested with `in` (a C scan), not by walking the text


@lru_cache(maxsize=64)
def _lower_is_exact(names: frozenset[str]) -> bool:
    """Lower-casing matches like `re.I` for these names: no cased character beyond ASCII (Σ/ς)."""
    return all(c.isascii() or c.lower() == c.upper() for n in names for c in n)


def _lower(text: str) -> str:
    """`text.lower()`, a stretch of lines at a time: `str.lower` of non-ASCII text takes a
    work buffer of 12 bytes per character (6 MB at the peak of a check of 1 MB of CJK,
    issue #12).  Cut after newlines, which end the context of a final sigma, so the
    result is the same."""
    if len(text) <= _STRETCH or text.isascii():
        return text.lower()
    parts, pos = [], 0
    while pos < len(text):
        cut = text.find("\n", pos + _STRETCH)
        cut = len(text) if cut < 0 else cut + 1
        parts.append(text[pos:cut].lower())
        pos = cut
    return "".join(parts)


_STRETCH = 1 << 16


def _brand_hits(ctx: Context, names: frozenset[str]) -> Iterator[tuple[TextUnit, int, int, str]]:
    """Where the brands occur, case-insensitively, in document order, with the lower-cased brand."""
    joined = ctx.joined()
    lowered = _lower(joined.text)
    if len(lowered) != len(joined.text) or not _lower_is_exact(names) or any(c in joined.text for c in _CASE_TRAPS):
        for unit, start, end, m in ctx.scan(_pattern(names), per_unit=True):
            yield unit, start, end, m.group(0).lower()
        return
    yield from _table(names).hits(ctx, lowered)


@cache
def _brands() -> dict[str, str]:
    return {name: kind[0] for name, kind in lexicon.mapping("brands.tsv").items()}


def _own_names(ctx: Context) -> list[str]:
    """Names the policy may use for itself."""
    meta = ctx.doc.metadata
    names = [n for n in (meta.controller, meta.short_name, meta.title) if n]
    names += list(ctx.settings.brands)
    for text in (*meta.emails, *meta.urls):
        for m in _DOMAIN.finditer(text):
            names.append(m.group(1) or m.group(2))
    return [fold(n).lower() for n in names]


@register
class EntityMismatch(Rule):
    """Flags another company's brand used as if it were the policy's own: 「您的 Aqara Home 帳戶」.

    ## What it does
    Looks for a known brand (data/lexicons/brands.tsv plus `foreign-brands` in the
    configuration) right after 您的 / 我們的 / 本 and before a product word (帳戶, App,
    服務, 裝置…), when that brand is not the policy's own.  The policy's own names are
    the controller, its short name and title, the domains of its e-mail addresses and
    URLs, and `brands` in the configuration.  Mentions of third parties (「透過 mi.com
    服務」, an SDK list) are not flagged, and neither is 「您的 Google 帳戶」 for
    platforms that are common third-party logins, nor a brand that extends into a product
    name the document names eight times or more (「您的小米运动帐户」 in 小米运动's own policy).

    ## Why is this bad?
    Text copied from another company's policy makes promises about the wrong product,
    and tells users to manage their data somewhere the controller does not control.

    ## Example
        您可以登入您的 Aqara Home 帳戶並對您的數據進行管理。   (in a 智米 policy)

    Use instead:
        您可以登入您的智米帳戶並對您的資料進行管理。
    """

    id = "entity-mismatch"
    severity = "warning"
    groups = ("entity",)
    messages = {
        "en": "{brand} is not this policy's company ({own}); text copied from another policy?",
        "zh-Hant": "{brand} 不是本政策的公司（{own}），是否從其他政策複製？",
        "zh-Hans": "{brand} 不是本政策的公司（{own}），是否从其他政策复制？",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        brands = dict(_brands())
        brands.update({name: "device" for name in ctx.settings.foreign_brands})
        own = _own_names(ctx)
        names = [n for n in own if n]
        foreign = {
            b: kind for b, kind, low in ((b, kind, b.lower()) for b, kind in brands.items()) if not any(low in n or n in low for n in names)
        }
        if not foreign:
            return
        kinds: dict[str, str] = {}
        for b, kind in foreign.items():
            kinds.setdefault(b.lower(), kind)  # the first spelling decides, as before
        own_label = ctx.doc.metadata.short_name or ctx.doc.metadata.controller or (ctx.settings.brands[:1] or ["?"])[0]
        for unit, start, stop, key in _brand_hits(ctx, frozenset(foreign)):
            brand = unit.text[start:stop]
            if start and unit.text[start - 1].isascii() and unit.text[start - 1].isalnum():
                continue  # inside a longer word
            before = unit.text[max(0, start - 8) : start]
            ctx_match = _OWN_CONTEXT.search(before)
            if not ctx_match or not _PRODUCT_WORD.match(unit.text[stop:]):
                continue
            kind = kinds.get(key, "device")
            if kind == "platform" and not ctx_match.group(0).startswith(("我們", "我们", "本")):
                continue
            end = stop + _PRODUCT_WORD.match(unit.text[stop:]).end()  # type: ignore[union-attr]
            if _named_product(ctx, unit.text, start, stop, end):
                continue
            yield self.finding(ctx, unit, start, end, suggestion=None, brand=brand, own=own_label)


# The policy's own product named with a licensed brand: 「小米运动」 (an app of 华米, Huami) named 25 times in its policy
# (eval/precision22/mifit-health-cn/raw_data/0837.html).  A brand in a paragraph copied from another policy occurs a
# few times; the product a document names this often, brand and name together, is its own.
_OWN_PRODUCT_COUNT = 8
_PRODUCT_TAIL = lazy(_PRODUCT_WORDS + r"\Z")  # spaces before it are stripped from the name (no leading \s*: quadratic)


def _named_product(ctx: Context, text: str, start: int, stop: int, end: int) -> bool:
    """Whether the brand text[start:stop] extends into a product name (小米 → 小米运动, before 帐户) that the document
    names at least `_OWN_PRODUCT_COUNT` times: the policy's own product, not another company's.  The brand alone
    (「您的小米帐户」) is never the document's own by count."""
    tail = _PRODUCT_TAIL.search(text, stop, end)
    if tail is None:
        return False
    name = text[start : tail.start()].strip()
    return len(name) > stop - start and ctx.joined().text.count(name) >= _OWN_PRODUCT_COUNT
