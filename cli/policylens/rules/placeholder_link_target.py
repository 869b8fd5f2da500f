"""placeholder-link-target: a link whose target is a template's dummy (mailto:your@email.com, tel:1234567890)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_dummy_contact import _verdict
from policylens.rules.templates import TEMPLATE_CALL, template_syntax

# A Markdown link's target in a paragraph's text, `[text](target)` (not an image, `![alt](src)`); the
# target has no space (a title after it, `(url "title")`, ends it), and no bracket.
_MD_LINK = lazy(r"(?<!!)\[(?P<text>[^\[\]\n]{0,200})\]\((?P<target>[^\s()<>]{1,300})(?:\s+\"[^\"\n]{0,200}\")?\)")
_SCHEMES = ("mailto:", "tel:", "http://", "https://", "//", "www.")
# A host that only a template uses: example.com (RFC 2606), yourdomain.com, xxx.com; and a GitHub Pages host never renamed.
_DUMMY_HOST = lazy(
    r"(?:[a-z0-9-]{1,63}\.){0,3}"
    r"(?:example|your-?(?:company|domain|site|website|app|product|service|brand|name|companyname|email|mail)|domain|x{2,20}"
    r"|(?:your-?(?:github-?)?(?:user)?-?name|username)\.github)"
    r"\.(?:com|org|net|edu|cn|hk|tw|io|co|app|dev|me|info)\.?",
    re.I,
)
# Code hosts whose first path segment is an account: github.com/<owner>/…, and that account left as the
# template wrote it (yourusername, your-github-name, YOUR_USERNAME, your-org).
_CODE_HOSTS = lazy(
    r"(?:www\.)?(?:github\.com|gitee\.com|gitlab\.com|codeberg\.org|bitbucket\.org|raw\.githubusercontent\.com|gist\.github\.com)"
)
_DUMMY_OWNER = lazy(
    r"your[-_]?(?:github[-_]?|gitee[-_]?|gitlab[-_]?)?(?:user[-_]?name|username|name|account|org|organi[sz]ation|id|handle)|username|user-name",
    re.I,
)
# The mailbox of a template's address: your@…, youremail@…, your.email@…, xxx@…, x@x, email@email.com's kin.
_DUMMY_LOCAL = lazy(r"your[-._]?(?:e-?mail|mail|name|address|id)?|x{2,20}|(?:e-?mail|name|user)(?=@(?:e-?mail|mail|domain)\.)", re.I)
# A target that names its slot: [隐私政策链接], {{url}}, ${email}, <your-url>, %URL%, YOUR_URL, 待填写, TBD.
# example.com and its kin are reserved for examples: a link to one is the template's only when it is a
# page a policy sends its reader to (its privacy page, terms, contact, help, home)
_RESERVED = lazy(r"example\b")
# https://forms.gle/PLACEHOLDER, https://www.instagram.com/placeholder: the word placeholder as the first path segment,
# the id of a form or an account the template left, or in capitals anywhere in the path (not via.placeholder.com, a host,
# nor /placeholderDay2, nor …/Attributes/placeholder, a page about the HTML attribute)
_PLACEHOLDER_SEGMENT = lazy(r"^[^/]*/(?i:placeholder)(?:/|\Z)|/PLACEHOLDER(?:/|\Z)")
_POLICY_PAGE = lazy(
    r"privacy|policy|terms|agreement|contact|support|help|about|home|隐私|隱私|政策|协议|協議|条款|條款|联系|聯絡|聯繫|客服|帮助|幫助|支持|官网|官網|主页|首页"
)
_NAMED_SLOT = lazy(
    r"(?:\[[^\]]{1,40}\]|【[^】]{1,40}】|\{\{[^}]{1,40}\}\}|\$\{[^}]{1,40}\}|\{[A-Za-z_]{1,30}\}|<[^>]{1,40}>|%[A-Z_]{2,30}%"
    r"|YOUR[-_][A-Z_-]{1,30}|待填写|待填寫|待补充|待補充|待定|TBD|TODO|链接地址|鏈接地址|网址|網址|邮箱地址|郵箱地址)"
)

# a server page's tag as the whole target: <c:url value='/' />, <spring:url value="/terms"/>, <%= request.getContextPath() %>
# (a tag name with a prefix, or a scriptlet; not <your-url>, a writer's named slot)
_SERVER_TAG = lazy(r"<[A-Za-z][\w-]{0,20}:[A-Za-z][\w-]{0,30}(?:\s[^<>]{0,200})?/?>|<%[^<>]{0,200}%>")


# A target that is one variable of the file's own template syntax (`templates.TEMPLATE_SYNTAX`), after an optional
# scheme: the server fills it where the page is served (JSP `href="${education_domain}"`), no slot left by a writer
_OWN_SLOT = {
    "dollar": lazy(r"(?:mailto:|tel:)?\$\{[^{}\s]{1,60}\}"),
    "mustache": lazy(r"(?:mailto:|tel:)?\{\{[^{}]{1,60}\}\}"),
}


def dummy_target(target: str, text: str = "") -> str | None:
    """Why a link target is a template's dummy ("error"/"warning"), or None for an ordinary target.

    Certain (error): an e-mail address on a template's host or with a template's mailbox
    (mailto:your@email.com, mailto:xxx@xxx.com, mailto:privacy@example.com), a web address on a
    template's host (https://example.com/privacy, https://yourname.github.io), a target that names
    its slot (mailto:[邮箱], {{privacy_url}}, YOUR_URL), a phone number no operator has
    (tel:1234567890, tel:400-000-0000, tel:138xxxxxxxx).  Likely (warning): a phone number of one
    repeated digit (tel:400-888-8888), as `placeholder-dummy-contact` rates it.  Not flagged: `#`,
    an empty `mailto:` (a page's script often fills it), javascript:, relative paths, real hosts, and
    a web address on a reserved example host (example.com, example.cn) unless the link is the
    policy's own page or contact (privacy, terms, contact, 隐私, 协议, 联系… in its target or `text`).
    """
    value = unescape(target).strip()
    lower = value.lower()
    if not value or lower.startswith(("#", "javascript:")):
        return None
    for scheme in ("mailto:", "tel:"):
        if lower.startswith(scheme):
            rest = value[len(scheme) :].split("?", 1)[0].strip()
            if not rest:
                return None
            if _NAMED_SLOT.fullmatch(rest):
                return "error"
            if scheme == "tel:":
                if sum(c in "xX" for c in rest) >= 3 and all(c in "xX0123456789+-() ." for c in rest):
                    return "error"
                return _verdict(rest)
            local, at, host = rest.rpartition("@")
            if not at:
                return "error" if _DUMMY_LOCAL.fullmatch(rest) or _DUMMY_HOST.fullmatch(rest) else None
            return "error" if _DUMMY_HOST.fullmatch(host) or _DUMMY_LOCAL.fullmatch(local) else None
    if _NAMED_SLOT.fullmatch(value):
        # href="{{ url('clause') }}": a template engine's helper call, filled when the page is served (any file's);
        # (u56f, m56p's blind round56p buybuyla-tw-jsp) href="<c:url value='/member/seller_Ui' />", "<%= ctx %>": a server
        # page's tag (a prefixed JSTL or Spring tag, a scriptlet) that builds the address when the page is served
        return None if TEMPLATE_CALL.fullmatch(value) or _SERVER_TAG.fullmatch(value) else "error"
    if lower.startswith(("http://", "https://", "//", "www.")):
        host = lower.split("//", 1)[-1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
        if _CODE_HOSTS.fullmatch(host):
            # https://github.com/yourusername/app/issues: the account of the template's reader, never renamed
            owner = lower.split("//", 1)[-1].split("/", 2)[1:2]
            return "error" if owner and _DUMMY_OWNER.fullmatch(owner[0]) else None
        if _PLACEHOLDER_SEGMENT.search(value.split("//", 1)[-1].split("?", 1)[0].split("#", 1)[0]):
            return "error"  # https://forms.gle/PLACEHOLDER: the form's or page's id never filled in
        if not _DUMMY_HOST.fullmatch(host):
            return None
        if _RESERVED.match(host.rsplit(".", 2)[-2] if host.count(".") >= 1 else host) and not _POLICY_PAGE.search(lower + " " + text):
            return None  # https://example.cn/east behind 「华东地区」: an example link, not a page the policy sends the reader to
        return "error"
    return None


@register
class PlaceholderLinkTarget(Rule):
    """Flags a link whose target is a template's dummy: <a href="mailto:your@email.com">联系我们</a>.

    ## What it does
    Reads the targets of links, which the reader does not see until clicking: `href` of an
    HTML `<a>`, and `[text](target)` in Markdown.  **Error** when the target is certain to be
    a template's: an e-mail address on a template's host or mailbox (`mailto:your@email.com`,
    `mailto:xxx@xxx.com`, `mailto:privacy@example.com`), a web address on a template's host
    (`https://example.com/privacy`, `https://yourname.github.io`), an account on a code host left as
    the template wrote it (`https://github.com/yourusername/app/issues`), a target that names its slot
    (`mailto:[邮箱]`, `{{privacy_url}}`, `YOUR_URL`), a phone number no operator has
    (`tel:1234567890`, `tel:400-000-0000`, `tel:138xxxxxxxx`), a web address whose path is the word
    placeholder (`https://forms.gle/PLACEHOLDER`).  **Warning** for a phone number of
    one repeated digit (`tel:400-888-8888`), which a vanity hotline can be.

    The finding points at the target in the source.  A target that the link's own text shows
    (`<a href="mailto:xxx@xxx.com">xxx@xxx.com</a>`) is left to the rules that read the text,
    so the defect is reported once.

    Not flagged: `href="#"` and `javascript:` (a page's script handles the click), an empty
    `mailto:` (often filled by a script), relative links, real hosts (`mailto:privacy@qq.com`),
    an image's source, and a target that is one variable of the file's own template syntax
    (`href="${domain}"` in a JSP or FreeMarker page, `{{ url }}` in a Vue or Blade one: the server fills it), and
    in any file a template engine's helper call (`href="{{ url('privacy') }}"`, `{{ url_for('terms') }}`)
    or a server page's tag (`href="<c:url value='/' />"`, `<spring:url …/>`, `<%= … %>`).

    ## Why is this bad?
    The page reads 「联系我们」 and the link behind it writes to nobody: the contact the law
    requires is not there, and the visible text hides it from a proofreader.

    ## Example
        <p>如有疑问，请<a href="mailto:your@email.com">联系我们</a>。</p>

    Use instead:
        <p>如有疑问，请<a href="mailto:privacy@smartmi.com">联系我们</a>。</p>

    ## References
    - PIPL 第十七条 (个人信息处理者的名称或者姓名和联系方式); 個人資料保護法第8條.
    """

    id = "placeholder-link-target"
    severity = "error"
    groups = ("placeholder",)
    # the same target read in a Markdown paragraph's text by the rules of dummy values: one finding, this one
    supersedes = ("placeholder-instruction", "placeholder-dummy-contact", "placeholder-dummy-number")
    messages = {
        "en": "link target is a template's dummy: {text}",
        "zh-Hant": "連結目標仍為範本的虛構值：{text}",
        "zh-Hans": "链接目标仍为模板的虚构值：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        own = [_OWN_SLOT[kind] for kind in template_syntax(ctx.doc.source.path) if kind in _OWN_SLOT]
        for href, pieces, text in ctx.doc.links:
            if any(slot.fullmatch(href.strip()) for slot in own):
                continue  # the page's own template variable (eval/precision24/huajinsuo-p2p-cn: a JSP's ${education_domain})
            verdict = dummy_target(href, text) if pieces and pieces[0].length else None
            if verdict is None or _shown(href, text):
                continue
            unit = TextUnit(href, "link", None, None, (pieces, pieces[0].line, pieces[0].column))
            finding = self.finding(ctx, unit, 0, len(href), text=href)
            yield finding if verdict == "error" else finding._replace(severity="warning")
        if ctx.doc.source.format != "markdown":
            return
        for hit in ctx.scan(_MD_LINK, needs="]("):
            m = hit.match
            target = m.group("target")
            if not target.lower().startswith(_SCHEMES) and not target.startswith(("{", "$", "%", "<", "Y", "待")):
                continue
            verdict = dummy_target(target, m.group("text"))
            if verdict is None or _shown(target, m.group("text")):
                continue
            start = hit.start + (m.start("target") - m.start())
            finding = self.finding(ctx, hit.unit, start, start + len(target), text=target)
            yield finding if verdict == "error" else finding._replace(severity="warning")


def _shown(target: str, text: str) -> bool:
    """Whether the link's visible text shows its target's address (then the text's rules report it)."""
    value = unescape(target).strip()
    for scheme in ("mailto:", "tel:"):
        if value.lower().startswith(scheme):
            value = value[len(scheme) :].split("?", 1)[0]
            break
    value = value.strip().rstrip("/")
    return bool(value) and value.lower() in text.lower()
