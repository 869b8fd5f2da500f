"""The contacts a policy gives, read from its text: e-mail and web addresses (`link_spans`, `url_end`), phone numbers
and the postal address (`extract_contacts`), each looked for only in the texts with its cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policylens.joined import Joined
from policylens.lazyre import GuardedPattern, lazy
from policylens.normalise import fold
from policylens.patterns import (
    EMAIL,
    HAN_COMPAT,
    URL_START,
)
from policylens.structure.metadata.dates import _FULL_WIDTH_LATIN

_EMAIL = lazy(EMAIL)
# (u43h) nor a control, zero-width or direction character: `http://x` followed by a BEL was the address "http://x\x07"
_URL = lazy(rf"(?:{URL_START})[^\s<>\"'（）()\[\]【】「」，。；、|`\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+", re.I)
# Where a web address ends in the text as written: a Chinese character, or a full-width comma, semicolon, exclamation
# or question mark.  The address is found in the folded text (full-width letters read as ASCII), where 「，」 is "," and
# 「；」 ";", both of which an address may hold: 「访问 https://a.cn，了解更多」 was the address "https://a.cn,了解更多", and
# 「https://a.cn/p；联系邮箱：x@a.cn」 ran into the mailbox and was dropped (eval/editions36: a false fact divergence).
_URL_END_WIDE = lazy(f"[{HAN_COMPAT}\uff0c\uff1b\uff01\uff1f]")
# ...except a path segment written in Chinese: after a slash, Chinese characters then the path going on (a dot, a slash or a
# query mark, more such segments, then ASCII letters or digits): 「https://a.cn/隐私政策.html」, 「https://a.cn/帮助/隐私/x.pdf」
_HAN_SEGMENT = lazy(f"[{HAN_COMPAT}]++(?=(?:[./?#=&_-][{HAN_COMPAT}]++)*+[./?#=&_-][A-Za-z0-9])")


def url_end(text: str, start: int, end: int) -> int:
    """Where the web address found at text[start:end] (in the folded text) ends in the text as written: at the first
    `_URL_END_WIDE` character that is not a Chinese path segment (`_HAN_SEGMENT`)."""
    k = start
    while (wide := _URL_END_WIDE.search(text, k, end)) is not None:
        at = wide.start()
        segment = _HAN_SEGMENT.match(text, at, end) if text[at - 1] == "/" else None
        if segment is None:
            return at
        k = segment.end()
    return end


# A phone number starts with a digit, + or (: the leading lookbehind would make `re` try the
# whole alternation at every position, so the class finds the candidates (`GuardedPattern`).
_PHONE_BODY = (
    r"(?<![\d.])(?:\+?86[-\s]?)?(?:1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4}|800[-\s]?\d{3}[-\s]?\d{4}|"
    r"\(?0\d{1,3}\)?[-\s]?\d{3,4}[-\s]?\d{4}|\+886[-\s]?\d{1,2}[-\s]?\d{3,4}[-\s]?\d{4}|\+852[-\s]?\d{4}[-\s]?\d{4})(?!\d|\.\d)"
)
_PHONE = GuardedPattern(lazy(r"[+(\d]"), lazy(_PHONE_BODY))
_MD_ESCAPE = lazy(r"\\([_*\[\]()#.!-])")
# Every alternative starts with a literal, so `re` prefix-scans for the first characters.
# "hotline" / "helpline" as 熱線 / 客服 (eval/editions29 emuinotice: "customer service hotline (+86-010-62662686)")
_PHONE_CUE = lazy(
    r"電話|电话|T(?i:el)|t(?i:el)|P(?i:hone)|p(?i:hone)|C(?i:all)|c(?i:all)|H(?i:otline)|h(?i:otline)|H(?i:elpline)|h(?i:elpline)"
    r"|客服|熱線|热线|致電|致电|專線|专线|手機|手机"
)
# One character that the folded cue contains, found in the original text: @/＠; h, w, W in
# any width for http/www/WWW; the first characters of the phone cues.
_AT = lazy("[@＠]")
_URL_CUE = lazy("[hwWｈｗＷ]")
# 「通訊地址：…」 and 「地址：…」 alike: only the value (group 1) is used, so no optional
# label before 地址, which would cost the pattern its fast literal prefix scan.
_ADDRESS = lazy(r"地址[*_]{0,2}\s*(?:(?:為|为|是)\s*)?[：:][*_]{0,2}\s*([^。；;\n]{4,80})")  # one \s* per gap: no quadratic backtracking
_PLACE = lazy(r"[省市區区縣县路街道號号樓楼室巷弄段鎮镇村]|Road|Street|Ave|Suite|Floor", re.I)
_ADDRESS_END = lazy(r"[，,]\s*[^，,：:]{1,6}[：:]")


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


def _trim_address(value: str) -> str:
    """Cut an address at an unmatched closing bracket or at a following 「，聯絡人：」 label."""
    depth = 0
    for i, ch in enumerate(value):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth == 0:
                value = value[:i]
                break
            depth -= 1
    m = _ADDRESS_END.search(value)
    if m:
        value = value[: m.start()]
    return value.strip(" \u3000*_")


def link_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the web addresses and e-mail addresses of `text` as written (unfolded: an address ends where a
    Chinese character or a full-width 「，；！？」 starts, `_URL_END_WIDE`), in order; spans may overlap."""
    folded = fold(text)
    spans = [(m.start(), m.end()) for m in _EMAIL.finditer(folded)]
    for m in _URL.finditer(folded):
        spans.append((m.start(), url_end(text, m.start(), m.end())))
    return sorted(spans)


def extract_contacts(
    texts: Sequence[str], *, phones_and_address: bool = True
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]:
    """(emails, urls, phones, postal address) in order of first appearance; `phones_and_address=False`
    gives no phone number and no address (not looked for)."""
    emails: list[str] = []
    urls: list[str] = []
    phones: list[str] = []
    joined = Joined(texts)  # each kind of contact is looked for only in the texts with its cue
    for i in joined.having(_AT):
        emails += [m.group(0).rstrip(".") for m in _EMAIL.finditer(fold(texts[i]))]
    for i in joined.having(_URL_CUE):
        folded = fold(texts[i])
        if "http" in folded or "www" in folded.lower():
            for m in _URL.finditer(folded):
                end = url_end(texts[i], m.start(), m.end())  # (folding keeps every character's place)
                url = _MD_ESCAPE.sub(r"\1", folded[m.start() : end]).rstrip(".,;:!?>*_\\")
                if "@" not in url:
                    urls.append(url)
    if not phones_and_address:
        return _unique(emails), _unique(urls), (), None
    # The cue found in the original text, or possibly hidden in full-width letters.
    for i in sorted({*joined.having(_PHONE_CUE), *joined.having(_FULL_WIDTH_LATIN)}):
        folded = fold(texts[i])
        if _PHONE_CUE.search(folded):
            phones += [m.group(0).strip() for m in _PHONE.finditer(folded)]
    for i in joined.having("地址"):
        for m in _ADDRESS.finditer(texts[i]):
            value = _trim_address(m.group(1))
            if "@" not in value and "http" not in value and "，" not in value and _PLACE.search(value):
                return _unique(emails), _unique(urls), _unique(phones), value
    return _unique(emails), _unique(urls), _unique(phones), None
