"""Inline markup that is not content, stripped from a comparison key (`strip_markup`): a link keeps its text and its
target (Markdown, HTML, autolinks, bare URLs), a target written out as its own text once, tracking parameters dropped;
attribute lists, fences and emphasis marks go.
"""

from __future__ import annotations

import re

# Inline markup that is not content.  Every repeat is bounded or over a class that
# excludes its delimiter, so none of them can backtrack (issue #12: `<a ` followed by
# thirty `://` used to take seconds per line).
# - a link keeps its text and its target: `[text](url)` and `<a href="url">text</a>` both
#   become `text⟨url⟩`, so a changed target is a change and a changed syntax is not; a `mailto:`/`tel:` target written
#   with a space after its scheme (「[a@b.com](mailto: a@b.com)」, which CommonMark no longer reads as a link) is the same
#   link (fifty-third session, u53d; eval/pairs52b clipboard-mailto): its target is keyed without the space (`_target`);
_MD_LINK = re.compile(
    r"!?\[([^\[\]\n]{0,500})\]\((?:\s*(?!\s)|)<?((?:(?i:mailto|tel):[ \t]{1,3}+(?=[^\s()<>]))?[^\s()<>]{0,2000})>?"
    r"(?:\s+[\"'][^\"'\n]{0,300}[\"'])?\s*\)"
)
_HTML_LINK = re.compile(
    r"<a\s[^<>]{0,1000}?\bhref\s*=\s*[\"']?([^\"'\s<>]{0,2000}+)[\"']?[^<>]{0,1000}>"
    r"((?>[^<]{0,1000}+(?:<(?!/a\s*>)[^<]{0,1000}+){0,20}))</a\s*>",
    re.I,
)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>]{1,2000}|[^\s<>@]{1,200}@[^\s<>@]{1,200})>", re.I)
# - emphasis and real HTML tags (never autolinks such as <privacy@example.com>: a tag name
#   must be followed by a space, `/` or `>`);
_MARKUP = re.compile(
    r"\*\*|__|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|\*|`+"
    r"|</?(?:a|abbr|b|br|code|del|div|em|font|i|ins|mark|p|s|small|span|strong|sub|sup|u)(?=[\s/>])[^<>]{0,1000}>",
    re.I,
)
# - an attribute list (kramdown `{: #id}`, Python-Markdown attr_list `{ target="_blank" }`);
# (a bare value that repeats a quoted one is not tried again: `a="x"` had two readings per item, 2^20 in all)
_ATTR_LIST = re.compile(
    r"\{:?[ \t]{0,10}(?:[#.][\w-]{1,100}|[\w-]{1,50}=(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|(?!\"[^\"\s{}]{0,300}\"(?![^\s{}])|'[^'\s{}]{0,300}'(?![^\s{}]))[^\s{}]{1,300}))"
    r"(?:[ \t]{1,10}(?:[#.][\w-]{1,100}|[\w-]{1,50}=(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|(?!\"[^\"\s{}]{0,300}\"(?![^\s{}])|'[^'\s{}]{0,300}'(?![^\s{}]))[^\s{}]{1,300}))){0,20}[ \t]{0,10}\}"
)
# - a code fence line (``` or ~~~, with an optional language).
_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[\w+.-]{0,40}[ \t]*$", re.M)


# The scheme a link target may add to an address written without one (www.ex.com →
# https://www.ex.com, a@b.com → mailto:a@b.com).
_SCHEME = re.compile(r"^(?:https?://|mailto:)", re.I)
_URL_CHARS = frozenset("/%?#&=~+@-_.:")


def _in_url(c: str) -> bool:
    """Can `c` be part of a URL or e-mail address (ASCII letters, digits, URL punctuation)?"""
    return c.isascii() and (c.isalnum() or c in _URL_CHARS)


def _target(link: re.Match[str]) -> str:
    """A Markdown link's target (`_MD_LINK`'s group 2) without the space a `mailto: a@b.com` puts after its scheme."""
    target = link.group(2)
    return "".join(target.split()) if " " in target or "\t" in target else target


def text_links(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, words, target) of each Markdown and HTML link of `text`, in order; a Markdown image's match starts
    at its `!` (`text.startswith("!", start)`), for the caller to leave out."""
    found = [(m.start(), m.end(), m.group(1), _target(m)) for m in _MD_LINK.finditer(text)]
    if "<" in text:
        found += [(m.start(), m.end(), m.group(2), m.group(1)) for m in _HTML_LINK.finditer(text)]
    return sorted(found)


def _link(text: str, target: str) -> str:
    """A link's key: its text and target, except when the text writes the target out (the
    address, with or without its scheme): then the text alone, as for the bare URL."""
    if not target or _writes_out(text, target):
        return text
    return f"{text}⟨{_address(target)}⟩"


# A web address written out after its words (「在 App Store 下载：https://…」, 「官网 (https://…)」): keyed as the link
# 「[在 App Store 下载](https://…)」 is, `words⟨address⟩`, so a link that becomes its own bare address with the same
# words is no change, while a change of the words (「[在 App Store 下载](URL)」 → 「URL」) still is (fourteenth session).
# The address ends before a full stop or comma that ends the sentence; not one already in a link's ⟨⟩.
_BARE_URL = re.compile(
    r"[ \t\u3000]{0,10}[:：]?[ \t\u3000]{0,10}([(（])?(?<!⟨)(https?://[\w/%?#&=~+@\-.:!$*,;]{0,2000}[\w/%?#&=~+@\-:$*])(?(1)[)）]|)",
    re.ASCII,
)


# (thirty-third session, u33d) What a link target may gain or lose without leading anywhere else: a campaign-tracking
# parameter (`utm_source=…`, `utm_medium=…`; Google Analytics' names), an ad platform's click identifier (`gclid`,
# `gbraid`, `wbraid`, `dclid` of Google, `fbclid` of Meta, `msclkid` of Microsoft, `yclid` of Yandex, Google's cross-domain
# `_ga`/`_gl`, Mailchimp's `mc_cid`/`mc_eid`), Alibaba's page-position `spm`, and what WeChat appends to a shared page
# (`from=singlemessage|groupmessage|timeline`, `isappinstalled=0|1`) (thirty-fourth session); and the `http` of an address that
# becomes `https` on the same host.  Any other change of a target (another host, path, query value or fragment, a privacy
# policy or contact address moved) is a change a reviewer wants to see, and stays one.
_TRACKING_PARAM = re.compile(
    r"(?i)(?:utm_[a-z_]{1,30}|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|_ga|_gl|mc_cid|mc_eid|spm)(?:=[^&#]{0,500})?"
    r"|from=(?:singlemessage|groupmessage|timeline)|isappinstalled=[01]"
)
# A cheap test before splitting a query: does it name any of them?
_TRACKING_HINT = re.compile(r"(?i)(?:^|&)(?:utm_|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|_ga|_gl|mc_|spm|from=|isappinstalled)")
_QUERY = re.compile(r"\?([^#]{0,2000})")


def _untracked(url: str) -> str:
    """`url` without its tracking parameters (`_TRACKING_PARAM`; the `?` too when nothing else is left)."""
    m = _QUERY.search(url)
    if m is None or _TRACKING_HINT.search(m.group(1)) is None:
        return url
    kept = [p for p in m.group(1).split("&") if p and not _TRACKING_PARAM.fullmatch(p)]
    return url[: m.start()] + ("?" + "&".join(kept) if kept else "") + url[m.end() :]


def _address(url: str) -> str:
    """A link target as its key holds it: without a trailing slash (`https://ex.com/` is `https://ex.com`), without
    tracking parameters, and with `http://` read as `https://` (`_TRACKING_PARAM`)."""
    url = _untracked(url)
    if url[:7].lower() == "http://":
        url = "https://" + url[7:]
    return url.rstrip("/") or url


def _bare_links(text: str) -> str:
    """Each web address written out in `text` keyed as a link's target (`_BARE_URL`)."""
    return _BARE_URL.sub(lambda m: f"⟨{_address(m.group(2))}⟩", text)


def _writes_out(text: str, target: str) -> bool:
    """Does the link text hold the whole target address?  `https://ex.com/p` or
    `隱私政策：https://ex.com/p` for `https://ex.com/p`, `www.ex.com` for
    `https://www.ex.com/`, `a@b.com` for `mailto:a@b.com`; not `ex.com` for `https://ex.com/p`,
    nor `http://…` for `https://…`."""
    address = target.strip().rstrip("/")
    bare = _SCHEME.sub("", address, count=1)
    if not bare:
        return False
    lowered = text.lower()
    start = lowered.find(bare.lower())
    while start != -1:
        end = start + len(bare)
        if lowered[end : end + 1] == "/":
            end += 1
        before = lowered[:start]
        # written with the target's scheme, or without any scheme of its own
        scheme_ok = before.endswith(address[: len(address) - len(bare)].lower()) or not _in_url(before[-1:] or " ")
        after = lowered[end : end + 2] + "  "
        # the address ends here: no URL character follows, except a full stop that ends a sentence
        more = _in_url(after[1]) and after[1] != "." if after[0] == "." else _in_url(after[0])
        ends = not more
        if scheme_ok and ends:
            return True
        start = lowered.find(bare.lower(), start + 1)
    return False


def strip_markup(text: str) -> str:
    """Inline Markdown/HTML markup removed; link text kept with its target as `text⟨url⟩`."""
    if "`" in text or "~" in text:
        text = _FENCE.sub("", text)
    if "<" in text:
        text = _HTML_LINK.sub(lambda m: _link(m.group(2), m.group(1)), text)
        text = _AUTOLINK.sub(r"\1", text)
    if "{" in text:
        text = _ATTR_LIST.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(lambda m: _link(m.group(1), _target(m)), text)
    if "://" in text:
        text = _bare_links(text)
    if "*" in text or "_" in text or "`" in text or "<" in text:  # what every `_MARKUP` match starts with
        return _MARKUP.sub("", text)
    return text
