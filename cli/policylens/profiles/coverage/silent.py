"""Text and sections that disclose nothing, so they are never evidence.

Definitions (「去标识化：指…」), table-of-contents lines and lists, a checklist of what a notice must tell (u39v), lines of in-page links, drafting
advice to the author of a template, and sections that are a glossary, a table of contents, drafting
advice or a list of what is not collected (`_skip_reason`, `_skipped`); `_kept_paragraphs` and
`_with_title_sentence` are the paragraphs of a section that may disclose.
Not here: refusals, speculation and negation inside a sentence that does state something (`clauses`).
"""

from __future__ import annotations

import re

from policylens.model import Paragraph, Section
from policylens.profiles.coverage.records import _lazy
from policylens.profiles.coverage.sentences import _title_sentence
from policylens.profiles.coverage.text import _SLOT, _blank
from policylens.topics import fold

# Advice to whoever drafts or publishes the policy is not a disclosure to its reader
# (「請在 Play Console 勾選…」「请把文中的主体名称…替换成你的真实信息」「如有整合雲端 AI…請務必在此處列出」).
_DRAFTING = _lazy(
    r"请(?:务必)?(?:在此处?|于此处?|把文中|将文中|根据[^,，。;]{0,10}(?:调整|修改)|自行(?:替换|修改|调整)|替换)[^。;]{0,40}(?:说明|填写|替换|列出|勾选|补充|修改|调整|确认|披露|揭露|更新|律师|顾问)"
    # (App Store Connect is the publisher's console, but Apple providing data through it is a disclosure: 「Apple 可能通过 App
    # Store Connect 向我们提供崩溃报告」, twelfth session z14d)
    r"|替换(?:成|为)(?:你|您)的|样板文案|范本文案|模板文案|Play Console"
    r"|(?<!通过)(?<!透过)(?<!经由)(?<!通过 )(?<!透过 )(?<!经由 )(?<!via )(?<!through )App Store Connect|Data Safety|数据安全(?:表单|部分)"
    r"|建议(?:如何|勾选|填写)|依本仓库|本仓库(?:程式|代码|程序)|(?:程式码|代码)中(?:看到|没有|未)"
    r"|不构成法律意见|正式(?:发布|上线)前[^。;]{0,30}(?:请|替换|确认|律师|顾问)|(?:this|the) (?:section|policy) should (?:include|state|describe)|lorem ipsum|\bTODO\b|replace (?:this|with your)",
    re.I,
)
# A section that lists what is *not* collected (「1.3 我们不收集的信息」) discloses no collection, no
# category, no sensitive data: its items (「❌ 身份证号」) are negated by the heading.
# (u33v2) Its plain paragraphs that are denials of their own (「App 不包含第三方分析或广告 SDK，不会把个人数据上传给开发者或其他服务。」)
# are still read: a denial of sharing or of a sale discloses those items (`denial = true`), and the negation in the sentence
# keeps it from covering a category or a purpose.  Its list items and tables stay skipped (「- 鼠标坐标。」 is negated by the heading).
_NEGATIVE_SENTENCE = _lazy(
    r"(?:不|未|没有|絕不|绝不|無|无)(?:会|會|得|曾)?[^\W\d_a-z]|\b(?:do(?:es)? not|don.t|doesn.t|never|not|no)\b", re.I
)
_NEGATIVE_HEADING = _lazy(r"(?:不|未|无需|从不|并不)(?:会)?(?:收集|获取|采集|搜集)|(?:do not|don.t|never|not) collect", re.I)
# (使用说明 of a template, not 「個人資料使用說明」, the heading of a Taiwan Art. 8 notice, nor 「二、设备权限使用说明」,
# 「Cookie 使用说明」, 「第三方SDK使用说明」: how the policy's app uses a permission, a cookie or an SDK)
_DRAFTING_HEADING = _lazy(
    r"Play Console|Data Safety|填写说明|填写指引"
    r"|(?<!资料)(?<!信息)(?<!数据)(?<!个资)(?<!权限)(?<!设备)(?<!cookie)(?<!cookies)(?<!cookie )(?<!cookies )(?<!sdk)(?<!sdk )(?<!功能)(?<!服务)使用说明"
    r"|如何填写|起草|template|instructions",
    re.I,
)
_DEFINITION = _lazy(r"^\W{0,3}[^，。；：:,]{1,24}?(?:[:：]\s*(?:是)?指|[，,]?\s*(?:是指|指的是)|\s(?:means|refers to)\b)")
# (fourteenth session, c14e) what a cookie is, in general, discloses nothing about this policy's processing: 「Cookie 是一种网络服务器
# 存储在计算机…上的纯文本文件」 is no storage location, 「Cookie 的内容只能由创建它的服务器检索或读取」 no category; a sentence that says
# what *we* do with them (「Cookie 是我们存储在您设备上的小文件，用于…」) is kept.
_TECH_DEFINITION = _lazy(
    r"^\W{0,3}(?:所谓\s*)?(?:cookies?|cookie\s*文件|网络信标|網路信標|web\s*beacons?)(?:\s*[(（][^()（）]{0,30}[)）])?\s*"
    r"(?:是(?:一种|一種|一个|一個|一些|一段|一小段|小型|指|由|网站|網站|网络服务器|網路伺服器|存储|儲存|存放|放置)|為一種|为一种|的内容|的內容|通常|一般)",
    re.I,
)
_FIRST_PERSON = _lazy(r"我们|我們|本站|本网站|本網站|本应用|本應用|本平台|本公司|本服务|本服務|您|你")
_GLOSSARY = _lazy(r"名词解释|定义|术语|释义|definitions?\b|glossary", re.I)
# A definition of the policy's own party as a company (「我们：指××有限公司」, 「UCloud：指优刻得科技股份有限公司
# （简称“UCloud”或“我们”）」): it names the processor, in a glossary too (folded text).
_SELF_DEFINITION = _lazy(
    # the defined term is the party itself: 「我们：指…有限公司」「本政策中的“我们”指…集团」 (not 「本公司关联公司：指…」); (nineteenth
    # session, lead) or its role: 「服务提供者：指本家鲜的…服务提供者杭州某某网络技术有限公司」 (not 「第三方服务提供者：指…」)
    r"^\W{0,3}(?:本(?:隐私)?(?:政策|协议|声明|条款)(?:中|内)?的?\W{0,2})?(?:我们|本公司|本平台|服务提供者|服务提供方|平台运营者|平台运营方|运营者|运营方)\W{0,3}(?:[:：]\s*)?(?:是)?指[^。;]{0,40}?(?:有限(?:责任)?公司|集团|Inc\b|Ltd\b|LLC\b)"
    # or the company is called 我们 in its own brackets (not 「（以下简称“支付机构”），其接受我们的委托」)
    r"|(?:有限(?:责任)?公司|集团|Inc\b|Ltd\b|LLC\b)[^。;]{0,30}?(?:简称|下称|以下称|称为)[^。;）)]{0,16}?我们"
    # (sixteenth session, f16b) a template's English glossary entry for the party itself: "Company (referred to as either
    # "the Company", "We", "Us" or "Our" in this Agreement) refers to Acme GmbH, Street 1, City" (not "refers to you")
    # (eighteenth session, m18a: also "(c) “Company” (…) means Vison.ai", a name in a link or a lower-case domain, "tadashi.io")
    r"|^\W{0,6}(?:\(?[a-z0-9]{1,3}[.)]\s{0,3}\W{0,3})?(?:the\s+)?company\W{0,4}(?:\([^()\n]{0,120}\)\W{0,4})?(?:refers\s+to|means)\s+"
    r"(?!you\b|the\s+(?:individual|person|user))(?:[^.;\n]{0,8}?(?-i:[A-Z])|[\[*_\"“]{0,3}[a-z][\w-]{1,30}\.(?:io|com|net|org|app|dev|de|eu|co|ai|me)\b)",
    re.I,
)
# A table-of-contents line: 「4. 我们如何转让您的信息」, also with the 「；」 of a list (「2、我们如何使用 Cookie 和同类技术；」) and with
# the data or the policy before 如何 (「7、您的个人信息如何在全球范围转移；」「8、本隐私政策如何更新；」), issue #14 (v14).
_TOC_LINE = _lazy(
    r"^[\s\W\d一二三四五六七八九十、.()（）]*"
    r"(?:(?:我们|您)?(?:如何|怎样|是否)|(?:您的|你的|我们的|本)?[^，。；;,:：!?！？\s]{0,8}?(?:信息|資訊|资讯|数据|數據|资料|資料|政策|声明|聲明|cookies?)(?:将|將|会|會)?如何)"
    r"[^，。；;,:：!?！？]{0,40}[；;。.]?$|^目录",
    re.I,
)
# The lead-in of a table of contents written as a list (「本隐私政策将帮助您了解以下内容：」 + 「1、我们如何收集…；」…, or one
# paragraph of <br> lines): neither it nor the lines under it disclose anything (issue #14, v14).  (u54w) Also a 协议/条款 that
# names its parts (「本协议包含以下内容：」<br>「四、我们如何使用 Cookie 和同类技术」…, eval/profiles53q jixintong-zh 48-59).
_TOC_LEAD = _lazy(
    r"(?:帮助|幫助|让|讓|使|便于|便於)(?:您|你)?(?:了解|瞭解|知悉)(?:以下|如下|下列)(?:内容|內容|事项|事項|几个方面|幾個方面)"
    r"|本(?:隐私|隱私)?(?:权|權)?(?:政策|声明|聲明|指引|协议|協議|条款|條款)(?:主要)?(?:包括|包含|分为|分為|由)(?:以下|如下|下列)(?:内容|內容|部分|几个部分|章节|章節)"
)
# The lead-in of a checklist of what a notice must tell (session 39, u39v; eval/profiles38c notary-en 35: 「The Business must provide
# a privacy notice to each client … to inform them of:」 over 「* the legal basis for processing;」…): an obligation of a third party
# (the business, a controller, the law's 处理者) to inform, ending with its colon; the list under it names what a notice must hold,
# never what this policy does.  Not the policy's own first person (「We are required to give you the following information:」 goes
# on to give it), nor a lead-in that does not end the paragraph.
_CHECKLIST_LEAD = _lazy(
    r"^(?![^\n]*\b(?:we|us|our|i)\b)[^\n]{0,120}?\b(?:must|shall|should|is required to|are required to|has to|have to)\s+"
    r"(?:provide|give|include|contain|state|set out|specify|inform|tell|notify)\b[^\n]{0,160}?:\s*$"
    r"|^[^\n]{0,20}?(?:个人信息处理者|处理者|网络运营者|运营者|控制者|個人資料處理者|非公務機關|公務機關)[^。；;:：\n]{0,30}?"
    r"(?:应当|應當|应|應|必须|必須|须|須)[^。；;:：\n]{0,30}?(?:告知|载明|載明|写明|寫明|列明|包含|包括)[^。；;:：\n]{0,20}?[:：]\s*$",
    re.I,
)
# A table of contents says where a disclosure is, not what it is: its section is skipped, and so is a line made of
# in-page links (「- [我们如何保存您的信息](#save)」, "[Retention](#retention) | [Your rights](#rights)"); a link to
# another page keeps its text ("We use [Google Analytics](https://…)", a list item naming an SDK by its link).
_TOC_HEADING = _lazy(r"^\W*(?:目录|目次|contents|table of contents|on this page|本页内容|导航)\W*$", re.I)
_ANCHOR_LINK = _lazy(r"\[[^\[\]\n]{0,200}\]\(#[^()\s]{0,200}\)")


def _says_nothing(text: str, folded: str | None = None) -> bool:
    """A definition (「去标识化：指…」), a table-of-contents line (「4. 我们如何转让您的信息」) or drafting advice.

    `folded`: the text already folded (a slice of the folded paragraph), to fold each paragraph once.
    """
    head = text.strip()
    folded = fold(text) if folded is None else folded
    if _DEFINITION.match(head) and not _SELF_DEFINITION.search(folded.strip()):
        return True
    if _TECH_DEFINITION.match(head) and not _FIRST_PERSON.search(head):
        return True
    if _TOC_LINE.match(head) or _mostly_links(head):
        return True
    # the drafting cue must survive blanking the slots: 「（請替換為你的正式聯絡信箱）」 next to a real address is not advice
    return _DRAFTING.search(folded) is not None and _DRAFTING.search(_SLOT.sub(_blank, folded)) is not None


def _mostly_links(text: str) -> bool:
    """A line of in-page links (a table of contents): nothing but its links, numbering and punctuation."""
    if "](#" not in text:
        return False
    rest = _ANCHOR_LINK.sub("", text)
    return rest != text and not any(c.isalpha() for c in rest)


def _skipped(section: Section, by_id: dict[str, Section]) -> bool:
    """Whether the section (or one above it) discloses nothing: a glossary, advice to the drafter, a list of what is not collected.

    A table of contents is skipped itself but not the sections under it: a policy that puts 「## 目录」 at the
    level of its own title nests every 「### 1. …」 section under it, and those are the policy (round 8).
    """
    return _skip_reason(section, by_id) is not None


def _skip_reason(section: Section, by_id: dict[str, Section]) -> str | None:
    """Why the section discloses nothing: "glossary" when only a glossary heading (the section's or one above it)
    says so, "other" for a table of contents or drafting advice, "negative" for a list of what is not collected
    (its own denials are still read, `_kept_paragraphs`), else None."""
    current: Section | None = section
    reason = None
    while current is not None:
        if current.title:
            title = fold(current.title)
            if (current is section and _TOC_HEADING.match(title)) or _DRAFTING_HEADING.search(title) or _DRAFTING.search(title):
                return "other"
            if _NEGATIVE_HEADING.search(title):
                reason = "negative"
            elif _GLOSSARY.search(title) and reason is None:
                reason = "glossary"
        current = by_id.get(current.parent) if current.parent else None
    return reason


# An entry of such a table of contents: a short line without a clause break (「三、我们如何共享、转让、公开披露您的个人信息」「五、您的权利；」).
_TOC_ENTRY = _lazy(r"^[^，,：:。!?！？]{1,40}[；;。.]?$")


def _without_contents(paras: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs less a table of contents written as a list: a paragraph that opens with its lead-in
    (「本隐私政策将帮助您了解以下内容：」, with the entries on its own <br> lines or not) and the entries right after it
    (list items, or short lines without a clause break).  A lead-in inside a paragraph is handled by `units`."""
    toc = any(_TOC_LEAD.search(p.text) for p in paras)
    checklist = any(p.kind != "item" and p.text.rstrip().endswith((":", "：")) and _CHECKLIST_LEAD.search(p.text) for p in paras)
    if not toc and not checklist:
        return paras
    kept: list[Paragraph] = []
    skipping = items_only = False
    for para in paras:
        if skipping and not items_only and _clause(para.text):
            skipping = False  # (u54r2) 「本协议包含以下内容：」 over 「我们收集您的手机号码用于登录。」: the lead-in opens clauses, not a contents list
        if skipping and (para.kind == "item" or (not items_only and _TOC_ENTRY.match(para.text.strip()))):
            continue  # an entry: a list item, or a short line of its own (「<p>二、我们可能如何收集…</p>」)
        lead = _TOC_LEAD.search(para.text[:80]) if para.kind != "item" else None
        skipping = lead is not None and not _opens_clauses(para.text[lead.end() :])
        items_only = False
        if not skipping and checklist and para.kind != "item" and _CHECKLIST_LEAD.search(para.text) is not None:
            skipping = items_only = True  # (u39v) a checklist of what a notice must tell: its lead-in and its list items
        if not skipping:
            kept.append(para)
    return tuple(kept)


def _clause(text: str) -> bool:
    """Whether a line under a contents lead-in is a clause of the text (a sentence ending in 「。」 that is no contents
    line: 「我们将在您注销账号后15日内删除您的个人信息。」), not an entry (「五、您的权利；」, 「八、本政策如何更新。」)."""
    head = text.strip()
    return head.endswith("。") and _TOC_LINE.match(head) is None


def _opens_clauses(rest: str) -> bool:
    """Whether the text after a contents lead-in in its own paragraph (its <br> lines, read joined) holds a clause
    (u54r2): the paragraph is kept, `units` reads it sentence by sentence."""
    return any(_clause(piece + "。") for line in rest.splitlines() for piece in line.split("。")[:-1])


def _with_title_sentence(section: Section, by_id: dict[str, Section]) -> tuple[Paragraph, ...]:
    """`_kept_paragraphs`, after the section's title when it is a sentence of the policy (m17d), unless the section is skipped."""
    kept = _kept_paragraphs(section, by_id)
    own = _title_sentence(section)
    return kept if own is None or _skip_reason(section, by_id) is not None else (own, *kept)


def _kept_paragraphs(section: Section, by_id: dict[str, Section]) -> tuple[Paragraph, ...]:
    """The section's paragraphs that may disclose: none in a skipped section, except in a glossary
    the definition of the policy's own party (「我们：指××有限公司」)."""
    reason = _skip_reason(section, by_id)
    if reason is None:
        return section.paragraphs
    if reason == "negative":
        return tuple(p for p in section.paragraphs if p.kind == "paragraph" and _NEGATIVE_SENTENCE.search(fold(p.text)))
    if reason != "glossary":
        return ()
    return tuple(p for p in section.paragraphs if _SELF_DEFINITION.search(fold(p.text).strip()))
