"""Dummy addresses never replaced: privacy@example.com, www.yourdomain.com, your@email.com, yourname.github.io,
privacy@xxxeditor.com (a host built from the xxx slot), contact@email.com (a role's mailbox on email.com).

The host is searched first (`_DUMMY_HOST`), then the address is extended back to its start (`_ADDRESS_START`).
example.com and the like are dummies only in an e-mail address or offered as a contact (`_ONLY_AFTER_AT`,
`_contact_url`), never as an example in prose (`_in_example`, `_EXAMPLE_CUE`); a code host's account
(github.com/your-username) not in a command or sample shown (`_SAMPLE_LEAD`).  `_dummy_addresses` finds them (the rule
runs it first: an address is one finding, not also its xxx).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import URL_START
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_instruction.format_hints import format_hint
from policylens.rules.placeholder_instruction.vocabulary import _CLAUSE_BREAK

# privacy@example.com, www.yourdomain.com: a dummy address never replaced.  The host comes
# first so that `re` can skip ahead to it; the address is then extended to its start.
_DUMMY_HOST = lazy(
    r"(?:example|yourcompany|yourdomain|yoursite|company|domain|xxx|xx|XXX|XX"  # (XXX@XXX.com: lead26, was two XXX slots)
    r"|yourapp|yourproduct|yourservice|yourwebsite|yourbrand|yourname|yourcompanyname|your-company|your-domain|your-app"
    r"|your-site|your-website|your-name|your-brand|your-product"
    # admin@test.com: the writer's stand-in (only in an e-mail or as a contact: see `_ONLY_AFTER_AT`)
    # (not mycompany.com or my-domain.com, real hosts: round5)
    r"|test"
    r")\.(?:com|org|net|edu|cn|hk|tw|io|co|app|dev|me|info)(?![A-Za-z0-9_-])"  # ASCII: a host may be followed by Chinese text
    # (twenty-second session, dev22p) [privacy@yourdomain], dpo@your-company: an e-mail whose host is only the words "your
    # domain", no TLD (only after an @: see `_dummy_addresses`; yourdomain.com is found above)
    r"|(?P<barehost>(?:yourdomain|your-domain|your_domain|yourcompany|your-company|yoursite|your-site|yourwebsite|your-website)"
    r"(?![A-Za-z0-9_-])(?!\.[A-Za-z]))"
    # https://your.domain/privacy: the host is the words "your domain"
    r"|your\.domain(?![A-Za-z0-9_-])"
    # yourname.github.io, your-username.github.io: a GitHub Pages host never renamed
    r"|(?:yourname|your-name|yourusername|your-username|username|your-github-username|YOUR_USERNAME|YOUR-USERNAME|YOURNAME)"
    r"\.github\.io(?![A-Za-z0-9_-])"
    # https://raw.githubusercontent.com/yourusername/app/main/PRIVACY.md, github.com/your-username/…: a code host's
    # account left as the template wrote it (in prose; a code span or block is the reader's own command, see `check`)
    r"|(?P<codehost>(?:github\.com|raw\.githubusercontent\.com|gitee\.com|gitlab\.com)/(?:yourusername|your-username|your_username"
    r"|YOUR_USERNAME|YOUR-USERNAME|your-github-username|yourgithubusername|YourUserName|YourUsername"
    # (twentieth session, round20) an organisation's account: github.com/yourorg/app/issues, gitlab.com/your-org/…
    r"|yourorg|your-org|your_org|YOUR_ORG|YOUR-ORG|YourOrg|yourorganization|your-organization|your-organisation"
    r"|yourcompany|your-company|YOUR_COMPANY|yourteam|your-team)(?![A-Za-z0-9_-]))"
    # (twentieth session, round20) privacy@invoice-assistant.example: a host under a TLD reserved for examples (RFC 2606:
    # .example, .invalid), never a real address (only in an e-mail address or a URL: see `_dummy_addresses`); (u49k,
    # round49 mileschen) .test and .localhost, reserved too, and .demo, no TLD at all: hello@mileschen.demo
    r"|(?P<reserved>\.(?:example|invalid|test|localhost|demo)(?![A-Za-z0-9_.-]))"
    # privacy@xxxeditor.com, service@XXX-tech.cn, contact@exampleapp.com: a host built from the xxx slot or the word example glued to a
    # generic word (editor, app, tech…; eval/blind/round36d rnfood, read after its measure-only run; example-shop.cn, with a
    # hyphen, stays a possible real host as tests/test_precision24.py has it), never
    # filled in (not a real name that starts with xxx: xxxlutz.com)
    # (only in an e-mail address or a URL with its scheme or www.: see `_dummy_addresses`)
    r"|(?P<xhost>(?:(?:xxx|XXX)-?|example|Example|EXAMPLE)(?i:editor|app|apps|game|games|tech|technology|company|corp|soft|software|net|network|web|site|website|shop|store|mall|studio|group|cloud|data|info|mail|service|services|team|official|online|platform|brand|product)\.(?:com|org|net|cn|hk|tw|io|co|app|dev|me|info)(?![A-Za-z0-9_-]))"
)
# your@email.com, your.email@gmail.com, youremail@domain.cn: a template's mailbox on any host, the same mailboxes
# `placeholder_link_target` reads in mailto: (a real host behind it is the template's sample, never the operator's)
_YOUR_MAILBOX = lazy(
    r"(?<![A-Za-z0-9_.+-])(?i:your[-._]?(?:e-?mail|mail|name|address)?)@(?:[A-Za-z0-9-]{1,63}\.){1,4}[A-Za-z]{2,12}(?![A-Za-z0-9_-])"
)
# (thirty-third session, u33p; eval/precision33) contact@email.com, 「请联系我们：[contact@email.com]」: a role's mailbox
# (contact, support, info, privacy, service…) on email.com, a webmail provider whose role mailboxes are its own, never
# a third party's contact: the template's default address, not filled.  A person's mailbox there (zhang.wei@email.com)
# may be real and is not flagged, nor a role mailbox on any other host (support@mail.com, service@qq.com).
# (u41k, the round39d leftover) and on admin.com, the host an admin template's stand-in mailbox is written on
# (「const contactEmail = 'support@admin.com'」 rendered as 联系邮箱): the word admin as a domain, no operator's own
# (a person's mailbox there, or the site https://admin.com, is not flagged)
_ROLE_AT_EMAIL_COM = lazy(
    r"(?<![A-Za-z0-9_.+-])(?i:contact|contactus|contact-us|support|info|privacy|service|services|admin|hello|help|feedback"
    r"|business|team|legal|dpo|email|e-mail|mail|name|user|username)@(?i:email\.com|admin\.com)(?![A-Za-z0-9_-])(?!\.[A-Za-z])"
)
# https://你的網域/privacy, https://您的域名/terms: a web address whose host is the template's words "your domain" in
# Chinese (eval/blind/round36b sharedledger-tw-md: reported only as brackets to remove, 「[https://你的網域/privacy]」)
_ZH_DUMMY_HOST = lazy(
    rf"(?:{URL_START})(?:你的|您的|貴司|贵司|貴公司|贵公司|公司|本站|本公司)(?:網域|网域|域名|網站|网站|網址|网址|主機|主机)"
    r"(?:[/?#][^\s，。；、！？）)」\]】>\"']*)?"
)
# example.com names an example in prose ("如 example.com"); these and real words are dummies only in an e-mail address
_ONLY_AFTER_AT = ("example.", "company.", "domain.", "xx.", "username.", "test.")
# searched in the 64 characters before a host: an e-mail's local part, or a URL's scheme and subdomains (https://app.example.net)
_ADDRESS_START = lazy(r"(?:[A-Za-z0-9_.+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){0,3}|(?:https?://)?(?:[A-Za-z0-9-]{1,63}\.){0,3})$")
# an address's start before a reserved TLD: privacy@invoice-assistant(.example), https://www.shop(.example)
_RESERVED_START = lazy(r"(?:[A-Za-z0-9_.+-]{1,64}@|https?://)(?:[A-Za-z0-9-]{1,63}\.){0,3}[A-Za-z0-9-]{1,63}$")
# https://www.example.com given as the place to reach the operator: 联系我们：https://www.example.com/contact
_CONTACT_CUE = lazy(
    r"(?:联系|聯絡|聯繫|客服|反馈|反饋|投诉|投訴|网址|網址|官网|官網|网站|網站|访问|訪問|帮助|幫助|主页|主頁|contact|website|help|support)[^。！!？?\n]{0,30}$",
    re.I,
)
# (如 followed by a blank 「（如 your@email.com）」, a hint or an illustration 「提示文字“your@email.com”仅为示意」, review rv13c)
_EXAMPLE_CUE = lazy(
    r"(?:例如|比如|譬如|如：|如:|[（(]如[ \t\u3000]|e\.g\.|for example|such as|示例|範例|范例|提示|示意|(?<![a-z])hint(?![a-z]))", re.I
)


def _contact_url(text: str, start: int, prefix: str) -> bool:
    """An example.com URL (with scheme or www.) offered as a contact or website, not as an example in prose."""
    if not prefix:
        return False
    before = text[max(0, start - 40) : start]
    return _CONTACT_CUE.search(before) is not None and _EXAMPLE_CUE.search(before) is None


def _in_example(text: str, start: int) -> bool:
    """Whether an address at `start` is given as an example: 例如 / 格式如 / e.g. earlier in its clause (20 characters)."""
    before = text[max(0, start - 20) : start]
    clause = _CLAUSE_BREAK.split(before)[-1]
    return _EXAMPLE_CUE.search(clause) is not None or "格式" in clause


# 「示例：git clone https://github.com/your-username/…」, 「仓库地址形如 github.com/your-username/…」: a sample shown
_SAMPLE_LEAD = lazy(r"示例|範例|范例|例如|比如|形如|格式|git\s+clone|(?i:e\.g\.|for example|such as)")


# (twentieth session, round20) {"user_email": "xxx@company.com"} in a code block: a sample record of a user's data that the
# policy shows (what is or is not collected), the key naming the user's field, not the operator's contact
_RECORD_KEY = lazy(
    r"[\"']?[A-Za-z_]{0,20}(?i:user|customer|member|client|buyer|account|sample|example|demo)[A-Za-z_]{0,20}[\"']?[ \t]*[:=][ \t]*[\"']?$"
)


def _sample_record(unit: TextUnit, start: int) -> bool:
    """Whether the address at `start` is a value of a user's field in a code block (a sample record the policy shows)."""
    if unit.paragraph is None or unit.paragraph.kind != "code":
        return False
    line_start = unit.text.rfind("\n", 0, start) + 1
    return _RECORD_KEY.search(unit.text, max(line_start, start - 60), start) is not None


def _format_shown(text: str, start: int, end: int) -> bool:
    """Whether the x-masked address `text[start:end]` shows an input's format: right after an example cue (例如 / e.g.)
    or alone in brackets after 请输入 / enter (`format_hints.format_hint`), not a contact left unfilled (u58p).  Not
    `_in_example`'s cue anywhere in the 20 characters before (u58h): 「特别提示，如有疑问请发邮件至xxx@xxx.com」,
    「负责人（例如DPO）邮箱xxx@xxx.com」, "channels such as xxx@xxx.com" are the contact left to fill."""
    return format_hint(text, start, end)


# the country code after a dummy host's TLD: service@xxx.com.tw (twenty-sixth session, lead: the finding ended at .com)
_COUNTRY_TLD = lazy(r"\.(?:tw|cn|hk|mo|sg|my|jp|kr|uk|au)(?![A-Za-z0-9_-])")


def _dummy_addresses(rule: Rule, ctx: Context) -> Iterator[tuple[TextUnit, Finding | None, int, int]]:
    """(unit, finding, start, end) of every dummy address: privacy@example.com, www.yourdomain.com.  The finding is None for
    an address in a sample record (`_sample_record`): not reported, nor its xxx as a slot of its own."""
    hosts: set[tuple[int, int]] = set()  # (id of the unit, end) of each address found on a dummy host
    for unit, start, end, m in ctx.scan(_DUMMY_HOST):
        before = unit.text[max(0, start - 64) : start]
        if m.group("reserved"):
            # the host's own name before its reserved TLD, in an e-mail address or a URL with its scheme (not the .example
            # TLD named in prose, nor privacy@.example, a hole: `placeholder-empty`'s)
            lead = _RESERVED_START.search(before)
            if lead is None or in_code(unit, start) or _in_example(unit.text, start - len(lead.group(0))):
                continue
            if unit.text[max(0, start - len(lead.group(0)) - 1) : start - len(lead.group(0))] == "<":
                continue  # <privacy@your-domain.example，待确认>: inside an angle slot, reported whole as that slot
            yield (
                unit,
                rule.finding(ctx, unit, start - len(lead.group(0)), end, text=lead.group(0) + m.group(0)),
                start - len(lead.group(0)),
                end,
            )
            hosts.add((id(unit), end))
            continue
        lead = _ADDRESS_START.search(before)
        prefix = lead.group(0) if lead else ""
        if m.group("barehost") and (not prefix.endswith("@") or in_code(unit, start) or _in_example(unit.text, start - len(prefix))):
            continue  # yourdomain as a word, `user@yourdomain` in code, 例如 name@yourdomain: not a contact left unfilled
        if _sample_record(unit, start - len(prefix)) or (
            m.group(0)[:3] in ("xxx", "XXX") and _format_shown(unit.text, start - len(prefix), end)
        ):
            yield unit, None, start - len(prefix), end  # (u58p) 「例如 xxx@xxx.com」, 「请输入邮箱（xxx@xxx.com）」: an input's format
            continue
        subdomain = before[-1:] == "." and ("@" in prefix or "://" in prefix)  # https://app.example.net, dpo@mail.example.com
        if (before[-1:] in ("-", ".") and not before.endswith(("@", "www.")) and not subdomain) or (
            before[-1:].isascii() and before[-1:].isalnum()
        ):
            continue  # part of another host name: mycompany.com, my-domain.com
        if m.group(0).startswith(_ONLY_AFTER_AT) and "@" not in prefix and not _contact_url(unit.text, start - len(prefix), prefix):
            continue
        if m.group("xhost") and (
            ("@" not in prefix and "://" not in prefix and not prefix.endswith("www.")) or _in_example(unit.text, start - len(prefix))
        ):
            continue  # xxxgames.com named in prose, 例如 name@xxxmail.com: not a contact left unfilled
        if m.group(0).startswith(_ONLY_AFTER_AT) and _in_example(unit.text, start - len(prefix)):
            continue  # 邮箱格式如 name@example.com: a documentation sample, not a contact
        if m.group("codehost") and (
            in_code(unit, start)
            or _in_example(unit.text, start - len(prefix))
            or _SAMPLE_LEAD.search(unit.text, max(0, start - len(prefix) - 24), start - len(prefix))
        ):
            continue  # `curl https://raw.githubusercontent.com/yourusername/…`: a command shown, not the operator's page
        country = _COUNTRY_TLD.match(unit.text, end)
        if country is not None:  # service@xxx.com.tw, www.example.com.cn: the address to its country's code
            end = country.end()
        yield unit, rule.finding(ctx, unit, start - len(prefix), end, text=unit.text[start - len(prefix) : end]), start - len(prefix), end
        hosts.add((id(unit), end))
    for unit, start, end, m in ctx.scan(_YOUR_MAILBOX, needs="@"):
        if (id(unit), end) in hosts or in_code(unit, start) or _in_example(unit.text, start):
            continue  # your@example.com, found above; `git config user.email your@email.com`, 例如 your@mail.com: samples
        yield unit, rule.finding(ctx, unit, start, end, text=m.group(0)), start, end
    for unit, start, end, m in ctx.scan(_ZH_DUMMY_HOST, needs="/"):
        if in_code(unit, start) or _in_example(unit.text, start):
            continue  # 例如 https://你的域名/…: a documentation sample
        yield unit, rule.finding(ctx, unit, start, end, text=m.group(0)), start, end
    for unit, start, end, m in ctx.scan(_ROLE_AT_EMAIL_COM, needs="@"):
        if (id(unit), end) in hosts or in_code(unit, start) or _in_example(unit.text, start):
            continue  # found above; `git config user.email …`, 例如 info@email.com: samples
        yield unit, rule.finding(ctx, unit, start, end, text=m.group(0)), start, end
