"""Profile coverage: for each required item, the sentence that discloses it, or nothing.

`coverage(document, profiles)` is the plain-data entry point that `check --profile`
uses and that `compare` can call per edition.  An item is *covered* when one of its
`cover` clauses is satisfied by body text: every `all` pattern matches inside one
sentence (or paragraph, or section, as the clause says), no `none` pattern does, and
the section sits under a heading matching `heading` when one is given.  Headings are
never evidence on their own, so 「保留期限」 as a title over an empty body covers
nothing.  A conditional item whose `when` clauses are not met, or one of whose `unless`
clauses is, is *not-applicable*.

Text that discloses nothing is left out: definitions (「去标识化：指…」), glossary
sections (名词解释), table-of-contents lines (「4. 我们如何转让您的信息」, or any line that
repeats a heading of the document), and the names of
laws and documents inside 《》, which are blanked out (《个人信息保护法》 is not a
statement about personal information).  Inline HTML tags and ** are blanked out too, so
「<strong>Legitimate interest</strong> in …」 reads as words; a pattern that finds nothing across the blanks is tried on
the text without the markup, its match moved back to the source's offsets (`Moved`).

Units of text:

* a *sentence* ends at 。！？；!? (or ". " before a capital); a sentence that ends with
  a colon, or closes its paragraph announcing 以下/如下/the following, takes the list
  items that follow it in its section (so does a "heading" that
  ends with a colon, such as 「3. 安全措施：」, which is a lead-in, not a title);
* a *paragraph* is one paragraph, plus the list items after it when it ends with a colon;
* a *section* is the body of one section;
* the *document* is the whole body, for items made of two facts that policies often
  give in different places (the company's name in the opening, its e-mail under 聯絡我們);
* a *cell* is one cell of a table row under a header cell that names the item (用途, 來源,
  第三方名称, Purpose, Source): *column evidence*, for clauses with `column`.

A sentence that only speculates (「未来可能…」, "may in the future", 「即将推出」) covers nothing, and
one that refuses or denies having anything (「暂不支持」「无法做到」「没有可供删除的服务器数据」「您无需提出…请求」,
"not currently", "we do not have any … to", "there is no data to …") covers only an item marked
`denial = true`, whose rule says a denial discloses it ("we do not currently sell" states the sale).
This is one filter for every profile, so a refusal need not be written as a `none` pattern in
each clause.  It reads the sentence (with its lead-in) of a sentence unit or a cell, and the
sentences that hold the matches of a paragraph, section or document unit.

Section evidence is a clause's `heading` or `topic` (the title words of a topic of the
topic model): the unit must sit under such a heading, and its own patterns must still
state something (a verb of the item's family, a duration or event, a named party), so
a title, a table-of-contents line or an empty cell is never evidence by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any, NamedTuple

from policylens import lazyre, lexicon
from policylens.model import Document, Finding, Paragraph, Section
from policylens.patterns import HAN, INVISIBLE, SENTENCE_MARKS, URL_START
from policylens.profiles import PATTERN_STORE, Clause, Item, Profile
from policylens.profiles.literals import CharIndex, known, lowered, may_match, set_bits, worth
from policylens.topics import fold


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of this module, compiled on first use through the profiles' pattern store (as `re.compile` would)."""
    return lazyre.lazy(pattern, flags, store=PATTERN_STORE)


# a profile's scope: (its `elsewhere` heading pattern, its `own` heading pattern, its `named` text pattern)
Scope = tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]
NO_SCOPE: Scope = (None, None, None, None)

_SENTENCE_END = _lazy(
    rf"[{SENTENCE_MARKS}]+|(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bNo)(?<!\bSt)\.(?=\s+[A-Z\"“(]|\s*[{HAN}])|\n"
)  # ". 中文": a bilingual paragraph
# Text that speaks *about* a topic without disclosing anything, skipped or blanked out:
# law and document names: 《个人信息保护法》; (sixteenth session, f16c) not the name of the policy's own rules for children
# (「我们发布了《秋水游戏未成年人隐私保护指引》」), which states that it has them (cn-pipl/minors); (seventeenth session, m17b)
# not a brand over its own customer service (「《橙果购》客服热线 0571-…」), which names the operator and its contact
_BOOK_TITLE = _lazy(
    r"《(?![^《》\n]{0,30}?(?:儿童|未成年人)[^《》\n]{0,6}(?:隐私|个人信息|个人资讯|个人资料)(?:保护)?(?:指引|政策|声明|规则))[^《》\n]{1,80}》(?![ \t]{0,2}(?:官方)?[ \t]{0,2}客服)"
)
# Inline HTML tags and bold marks between words.  A tag's name ends at a blank, / or >, so a
# Markdown autolink (<privacy@example.com>, <https://…>) is not a tag: it was blanked, and the
# e-mail of 「请发送邮件到<…@…>，要求我们删除…」 with it.
_MARKUP = _lazy(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:[ \t/][^<>\n]{0,80})?>|\*\*|__")
# (Twenty-third session, t23v) a Markdown link's brackets and target around its words: `[Acme Labs](https://acme.dev)`,
# `本網站由 [example.net](https://example.net) 經營`. A name written as a link was no name to the patterns that want one
# (the operator: "We are [NAME](…), the team behind APP"). Only the text without markup (`Unit.dense`) leaves them out: the
# folded text keeps the target, where a contact (a mailto: or a form link) is read.
_MD_LINK = _lazy(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
# (a link to a document, 「[GitHub 隐私声明](…)」 "[Privacy Policy](…)", is a reference to another text, not a name: kept whole)
_LINKED_DOCUMENT = _lazy(
    r"隐私|隱私|政策|声明|聲明|条款|條款|协议|協議|规则|規則|指引|privacy|policy|terms|notice|statement|agreement", re.IGNORECASE
)


def _blank(m: re.Match[str]) -> str:
    """Spaces for a match: the text keeps its length, so offsets still map to the source."""
    return " " * len(m.group(0))


# A template's slots are not content: 「[待填写]」「{{ site.author }}」「[Your Company Address]」「（上线后更新）」
# and example.com addresses are blanked out, so they can never be a name or a contact.
_SLOT = _lazy(
    # (a Hugo shortcode that carries a real address, {{< cloakemail "privacy@acme.org" >}}, is the address: kept)
    r"\{\{(?![<%][^{}\n]{0,80}@(?!example\.)[\w-]+\.)[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}"
    # an interpolation slot of an i18n string or a page template: 「[{email}](mailto:{email})」「{publisherName}」「${company}」
    r"|\$?\{[A-Za-z_][A-Za-z0-9_.]{0,40}\}"
    r"|\[[^\[\]\n]{0,40}(?:待填|填写|填入|补充|插入|替换|公司名称|主体名称|开发者名称|运营(?:者|方)名称|insert|your |company|app name|name\]|address\]|e-?mail\]|date\]|todo)[^\[\]\n]{0,40}\]"
    r"|[(（](?:请|待|上线后|此处)[^()（）\n]{0,30}[)）]"
    # a template address, with the words that point at it (「请通过 privacy@example.com 联系我们」 gives no way in)
    r"|(?:(?:请)?(?:通过|经由|发送(?:邮件)?至|寄至|来信至|访问|前往)[ \t]{0,2})?"
    r"(?:(?<![\w.+-])[\w.+-]{1,64}@example\.(?:com|org|net)|(?:https?://)?(?:www\.)?(?<![\w.-])example\.(?:com|org|net)(?:/[^\s()（）<>\"'，。；]{0,80})?)"
    r"(?:[ \t]{0,2}(?:与我们)?(?:联系我们|联络我们|联系|联络))?",
    re.I,
)
# A cross-reference in brackets names another section, it discloses nothing where it stands:
# 「(see Exercising Access, Data Portability, and Deletion Rights)」「（详见第五条）」; a pointer to another document
# (「（详见《第三方SDK清单》）」) is kept, since such a list can be the disclosure.
_POINTER = _lazy(
    r"[(（]\s*(?:see|refer to|cf\.)\s[^()（）\n]{0,120}[)）]"
    r"|[(（]\s*(?:详见|参见|参阅|请见|见)(?:本政策|本协议)?第[^()（）\n]{1,10}[条节章款部][^()（）\n]{0,20}[)）]",
    re.I,
)
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
# paragraph of <br> lines): neither it nor the lines under it disclose anything (issue #14, v14).
_TOC_LEAD = _lazy(
    r"(?:帮助|幫助|让|讓|使|便于|便於)(?:您|你)?(?:了解|瞭解|知悉)(?:以下|如下|下列)(?:内容|內容|事项|事項|几个方面|幾個方面)"
    r"|本(?:隐私|隱私)?(?:权|權)?(?:政策|声明|聲明|指引)(?:主要)?(?:包括|包含|分为|分為|由)(?:以下|如下|下列)(?:内容|內容|部分|几个部分|章节|章節)"
)
# A table of contents says where a disclosure is, not what it is: its section is skipped, and so is a line made of
# in-page links (「- [我们如何保存您的信息](#save)」, "[Retention](#retention) | [Your rights](#rights)"); a link to
# another page keeps its text ("We use [Google Analytics](https://…)", a list item naming an SDK by its link).
_TOC_HEADING = _lazy(r"^\W*(?:目录|目次|contents|table of contents|on this page|本页内容|导航)\W*$", re.I)
_ANCHOR_LINK = _lazy(r"\[[^\[\]\n]{0,200}\]\(#[^()\s]{0,200}\)")
# The refusal/speculation filter (see the module docstring), on folded text (Simplified, half-width, any case).
_SPECULATES = _lazy(
    r"(?:未来|将来|日后|今后)[^。;，,]{0,6}?(?:可能|或将|或许|也许|有可能|会考虑)|(?:未来|将来|日后)(?:若|如|如果)|(?:若|如|如果|倘若|假如)(?:我们|本应用|本软件)?(?:在)?(?:未来|将来|日后)"
    r"|即将(?:推出|上线|支持|开放|提供)|(?:计划|打算)(?:在)?(?:未来|将来|后续)?(?:推出|上线|支持|加入|增加|引入|开放)"
    r"|后续(?:版本)?(?:可能|或将|将会?)(?:推出|上线|支持|加入|增加|引入|开放|提供)"
    r"|\bmay,? in the future\b|\bin the future,? (?:we|i|it|the app) (?:may|might|could|will)\b|\b(?:may|might|could) (?:later|someday|eventually)\b"
    # a third party that may receive data only later: "In the future, advertisers may receive …", "… could in future be shared"
    r"|\bin (?:the )?future\b[^.;:]{0,60}?\b(?:may|might|could|would)\b|\b(?:may|might|could|would)\b[^.;:]{0,40}?\bin (?:the )?future\b"
    r"|\bif (?:we|i) (?:ever|later)\b|\bplan(?:s|ned)? to (?:add|introduce|support|offer|start)\b"
    r"|\bcoming soon\b|\bnot yet (?:available|implemented|supported)\b|\bfuture (?:versions?|releases?|updates?) (?:may|might|could|will)\b",
    re.I,
)
_REFUSES = _lazy(
    r"暂(?:时)?不(?:支持|提供|开放|具备)|(?:目前|现阶段|当前)(?:还|尚|暂)?(?:不|未|无法)(?:支持|提供|开放|具备)|尚(?:不|未)(?:支持|提供|开放|具备|实现)"
    r"|无法(?:做到|受理|支持)|很抱歉|^[^。;]{0,6}(?:您|你|用户)[^。;，,]{0,4}(?:无需|无须|不需要|不必)[^。;，,]{0,8}(?:提出|进行|申请|提交)"
    r"|(?:没有|不存在|无)(?:任何)?(?:可供|可以|需要)[^。;，,]{0,10}(?:删除|导出|查询|查阅|访问|更正|注销|撤回)"
    r"|(?:没有|不存在|无)(?:任何)?(?:存储在|保存在)?(?:服务器|服务端|云端|后台)(?:上|端)?的?(?:数据|信息|记录|资料)"
    r"|\bnot (?:currently |yet )?supported\b|\b(?:it|this|that|deletion|access|export|correction) is not (?:currently )?possible\b"
    r"|\bnot currently (?:supported|available|offered|possible|provided)\b|\bcurrently (?:does|do) not (?:offer|support|provide|allow)\b"
    r"|\b(?:we|i) (?:do not|don.t) have any\b[^.;]{0,60}\bto\b|\bthere (?:is|are) no (?!fee|charge|cost)[^.;]{0,40}\bto (?:request|delete|access|export|correct|erase)\b"
    r"|\bno (?:server-side|stored|personal|user) (?:data|information)\b[^.;]{0,30}\bto (?:request|delete|access|export|correct|erase)\b"
    r"|\bnothing to (?:delete|request|export|access|correct|erase)\b|\b(?:do not|don.t|never) need to (?:request|submit|make|ask)\b"
    # issue #14 (w14): a way to exercise a right that is not offered (「我们不会向您提供数据导出或删除功能」「本应用不提供查询、更正或
    # 删除个人信息的功能」, "We do not offer a way to export or delete your data") is no disclosure of the right; the same sentence
    # with another way after 但/but ("…, but you can e-mail us to delete it") still is
    # (only the words of a right: not 「不提供文件下载服务」 or 「网页访问功能」, product features, which vetoed every other
    # disclosure of the sentence; another way after a comma, 「如需删除数据请发送邮件至…」, still grants the right)
    r"|(?:不会|并不|不|无法|不能)(?:会)?[ \t]{0,2}(?:向|为|给)?(?:您|你|用户)?[ \t]{0,2}(?:提供|支持|开放)"
    r"(?=[^。;，,]{0,30}?(?:个人信息|个人数据|数据|信息|账号|账户|帐号|副本))[^。;，,]{0,20}?"
    r"(?:查询|查阅|访问|更正|修改|删除|注销|撤回|复制|导出|下载|副本)[^。;，,]{0,12}?(?:功能|服务|方式|途径|渠道|选项|入口)"
    r"(?![^。;]{0,40}(?:但|不过|您可以|你可以|可通过|可以通过|请联系|请通过|请发送|发送邮件至|(?:如需|如您需要)(?:查询|访问|更正|删除|注销|撤回|导出|下载)))"
    r"|(?:不会|并不|绝不|不|无法|不能)(?:会)?[ \t]{0,2}(?:向|为|给)?(?:您|你|用户)?[ \t]{0,2}提供[^。;，,]{0,16}?副本(?![^。;]{0,40}(?:但|不过))"
    r"|\b(?:we|i|the app|this app|the service|it)\s+(?:do(?:es)?\s+not|don.t|doesn.t|cannot|can.t|will\s+not|won.t)\s+(?:currently\s+)?"
    r"(?:offer|provide|have|give you|support|include)\s+(?:you\s+)?(?:with\s+)?(?:a|any|an)\s+(?:[\w-]+\s+){0,2}?"
    # (a way *to exercise a right*: not "does not include any tracking feature", which vetoed the sentence's purposes)
    r"(?:way|means|option|mechanism|feature|function(?:ality)?|tool|process|interface)s?\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:export|delet|eras|access|correct|rectif|download|request|obtain|cop(?:y|ies)|port)\w*"
    r"(?![^.;]{0,80}\b(?:but|however|instead|although|e-?mail|contact)\b)",
    re.I,
)
# A sentence that denies collecting or using data (folded text): a last-resort citation (see `Matcher.first`).
_NEGATED = _lazy(
    # (thirteenth session, a14d: 不予收集, 无需收集 deny it too: 「下列资料**不予收集**:」)
    r"(?:不会|并不|从不|绝不|从未|无需|无须|不需要|不)(?:会|予)?(?:主动)?(?:收集|采集|获取|搜集|使用|利用|处理)"
    r"|\b(?:we|i|the app|this app|it)\s+(?:do(?:es)?\s+not|don.t|doesn.t|will\s+not|won.t|never)\s+(?:\*\*)?(?:collect|use|process|gather|access)\b"
    r"|\b(?:do(?:es)?|will)\s+\*\*not\*\*\s+(?:collect|use|process|gather)\b"
    # issue #14 (x14d): the same denial without a subject, as a summary's list items write it ("- Does not use cookies",
    # "Doesn't track you", "Never collects location"), or in the passive ("No personal data is collected", "No data is
    # shared", "Not used for advertising"): still not what is collected or why
    r"|(?:^|[\n:：])[ \t]{0,4}(?:[-*+•]|\d{1,2}[.)])?[ \t]{0,4}(?:\*\*)?(?:do(?:es)?\s+not|don.t|doesn.t|will\s+not|won.t|never|not)\s+"
    r"(?:(?:ever|actively)\s+)?(?:collect|use|process|gather|access|track|store|share|sell|sold|shared|used|collected|processed|stored|tracked)\w*\b"
    r"|\bno\s+(?:personal\s+|user\s+|usage\s+|location\s+)?(?:data|information|cookies?|analytics|tracking|trackers?|identifiers?)\b"
    r"[^.;。；\n]{0,30}?\b(?:is|are|will\s+be|gets?|ever)\s+(?:ever\s+)?(?:collected|used|processed|gathered|accessed|tracked|stored|shared|sold|sent|transmitted|set)\b",
    re.I,
)
_WINDOW_END = _lazy(rf"[{SENTENCE_MARKS}\n]")
# (fifteenth session, d14h) A clause negated as a whole (folded text, the piece between commas that holds the match): what
# is *not* done with the data, to whom it is *not* given, what is *not* used (「亦不會將資料用於廣告」「我们不会将您的个人信息出售
# 给第三方」「不向任何第三方轉移資料」, "We do not use any third-party trackers", "is never used for advertising").  It never cites
# for an item that needs a positive statement (purposes, categories, …); an item whose rule says a denial covers it
# (`denial = true`: sharing, recipients, sale) still reads it.  Unlike `_NEGATED` (a last-resort citation), it is no citation
# at all: 「不用于广告」 states no purpose however little else the policy says.
_NEGATED_CLAUSE = _lazy(
    # (not the content of a choice or a right: 「讓您選擇不將個人資訊用於…」「您有权要求我们不再用于…」)
    r"^(?![^,，。;；\n]{0,24}?(?:选择|要求|请求|有权|权利|可以|限制|opt))[^,，。;；\n]{0,12}?(?:也|亦|并|均|都|皆|绝对?|从来?|决)?(?:不(?![同断定限论管仅超满足])|未(?!成年|满|经)|没有|绝不|从不|并不)(?:会|得|曾|予|能)?(?:主动|再|另行|擅自)?"
    r"(?:向|将|把|对|为|与|和|拿)?[^,，。;；\n]{0,24}?"
    r"(?:用于|用作|用来|用在|作为|转移|转让|转交|转给|提供给|共享|分享|出售|售卖|卖给|出租|交换|交易|披露|追踪|跟踪)"
    # (not when "and" joins a positive verb: "does not include any tracking feature and uses your location only to …")
    r"|^(?![^.;\n]{0,160}\band\s+(?:we\s+|it\s+|i\s+)?(?:only\s+)?(?:uses?|collects?|process(?:es)?|stores?|shares?|sends?|keeps?)\b)"
    r"\W{0,3}(?:[\w.'’-]{1,30}\s+){0,3}?(?:do(?:es)?\s+not|don.t|doesn.t|never|will\s+not|won.t)\s+(?:use|include|embed|integrate|contain|employ)\b"
    r"[^.;,\n]{0,50}?\b(?:trackers?|tracking|analytics|advertis\w{0,6}|ads|cookies)\b"
    r"|^\W{0,3}(?:[\w.'’-]{1,30}\s+){0,4}?(?:is|are|will\s+be)\s+(?:never|not)\s+(?:used|shared|sold|transferred|disclosed)\s+(?:for|with|to)\b",
    re.I,
)
_COLON = ("：", ":")
_INTRODUCES = _lazy(r"以下|下列|如下|the following|as follows", re.I)
EXCERPT = 80
MAX_SENTENCE = 400
MAX_ITEMS = 200  # a lead-in is read with at most this many items (each item is still read on its own)
# An item or table row read with its lead-in or header is cut at MAX_SENTENCE characters too, so that every
# sentence-level unit stays short whatever the input (its own sentences are still read in full).


class Segment(NamedTuple):
    """A stretch of a unit's text that comes from one paragraph."""

    start: int  # offset in the unit text
    paragraph: Paragraph
    offset: int  # offset in the paragraph text
    section: Section


class Unit(NamedTuple):
    """A sentence, paragraph or section body, with the way back to the source."""

    text: str
    folded: str
    section: Section
    segments: tuple[Segment, ...]
    tail: int | None = None  # offset where the list item (or table row) after a lead-in starts: cite there
    lowered: str | None = None  # `literals.lowered(folded)` (and of `dense`): a pattern none of whose strings it holds is not searched
    marked: str | None = None  # `folded` with its markup and invisible characters as NULs (same offsets), when it has some: `_unmarked`
    dense: str | None = None  # `folded` without its markup and invisible characters (`_unmarked(marked)`), when it has some
    # (twenty-fifth session, u25w) read with a context (`_in_context`, `_continued`): 1, a list item after its heading or
    # parent item, a match must lie in the item; 2, a lead-in after which the list goes on in titled subsections, read
    # with a subsection's title and cited at the lead-in; 3, that lead-in with a first-level item of the subsection,
    # cited at the item.  A heading, a parent or a lead-in alone never covers (`_holds_words`)
    context: int = 0

    def segment(self, offset: int) -> Segment:
        """The segment that holds an offset of `text`."""
        seg = self.segments[0]
        for s in self.segments:
            if s.start <= offset:
                seg = s
            else:
                break
        return seg

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column) in the source of an offset in `text`."""
        seg = self.segment(offset)
        return seg.paragraph.position(seg.offset + max(0, offset - seg.start))


class Evidence(NamedTuple):
    """The text that covers (or triggers) an item."""

    section: str
    title: str | None
    line: int
    column: int
    text: str  # the sentence (or a cut of the unit) around the matches
    words: tuple[str, ...]


class ItemCoverage(NamedTuple):
    """The verdict on one item."""

    item: Item
    status: str  # "covered" | "missing" | "not-applicable"
    evidence: Evidence | None  # what covers it
    trigger: Evidence | None  # what made a conditional item apply (or, when not applicable, what ruled it out)


class ProfileCoverage(NamedTuple):
    """The verdicts on every item of one profile for one document."""

    profile: Profile
    items: tuple[ItemCoverage, ...]

    def count(self, status: str) -> int:
        """How many items have this status."""
        return sum(1 for i in self.items if i.status == status)


def _unit(
    parts: list[tuple[Paragraph, int, int]], section: Section, owners: list[Section] | None = None, *, lead: int = 0, context: int = 0
) -> Unit:
    """A unit made of (paragraph, start, end) slices, joined by newlines (`owners`: each slice's section).

    `lead`: how many of the first slices are a lead-in (a sentence ending with a colon, a
    table's header row); the rest is what it introduces, where a citation belongs.
    """
    texts, segments, pos = [], [], 0
    tail = None
    for n, (para, start, end) in enumerate(parts):
        if lead and n == lead:
            tail = pos
        segments.append(Segment(pos, para, start, owners[n] if owners else section))
        texts.append(para.text[start:end])
        pos += end - start + 1
    text = "\n".join(texts)
    base = fold(text)
    folded = _as_you(_to_mainland(_blank_out(base)))
    marked = _marked(base, folded, text)
    dense = None if marked is None else _unmarked(marked)
    low = lowered(folded)
    if dense is not None and low is not None:
        # (a required string may be whole only without the markup or the invisible characters: `may_match` reads both)
        low_dense = lowered(dense)
        low = None if low_dense is None else f"{low}{_MARK}{low_dense}"
    return Unit(text, folded, section, tuple(segments), tail, low, marked, dense, context)


# Emphasis and tags inside a phrase are blanked out (「我们**不会**收集」 → 「我们  不会  收集」), so that offsets map to the
# source; the positive patterns read that.  The checks that only answer yes or no (a `none` pattern, a denial, a veto, a
# negated clause, the refusal filter) read the text with the markup taken out instead (「我们不会收集」), so that bold on a
# negation does not hide it (eighteenth session: 「我們**不會**蒐集下列的個人資訊：」 covered tw-pdpa/categories with the
# names listed under it; 「我们**不会**收集您的姓名…」 was cited for cn-pipl/categories).
_MARK = "\x00"


def _marked(base: str, folded: str, text: str = "") -> str | None:
    """`folded` with the markup of `base` (the fold of `text`) and the invisible characters of `text` as NULs, or None.

    (Twenty-first round, r21h.)  An invisible character inside a phrase (a zero-width space or joiner, a word joiner, a
    soft hyphen or a variation selector: 「保\u200b留您的个人信息」, what a CMS or a copy from a web page leaves) hid the
    phrase from every pattern, and a covered item was reported missing.  It is read as markup is: left out of `dense`.
    """
    spans = [m.span() for m in _MARKUP.finditer(base)] if _has_markup(base) else []
    if "](" in base:
        links = [m for m in _MD_LINK.finditer(base) if not _LINKED_DOCUMENT.search(m.group(1))]
        spans = sorted(spans + [(m.start(), m.start() + 1) for m in links] + [(m.end(1), m.end()) for m in links])
    if INVISIBLE.search(text):
        spans = sorted(spans + [m.span() for m in INVISIBLE.finditer(text)])
    if not spans:
        return None
    pieces, pos = [], 0
    for start, end in spans:
        start = max(start, pos)  # (an invisible character inside a tag is already covered)
        if end <= start:
            continue
        pieces += [folded[pos:start], _MARK * (end - start)]
        pos = end
    pieces.append(folded[pos:])
    return "".join(pieces)


class Moved:
    """A match found in a unit's text without its markup (`Unit.dense`), with the offsets of the unit's text.

    (Nineteenth session, lead.)  The positive patterns read the folded text, where markup is blanked out so that
    offsets map to the source; a phrase cut by markup (「本 App 由開發者 **NAME** 提供」, 「（以下称为</span><span>“X”」,
    'Acme LLC ("<strong>we</strong>")') then has blanks a pattern does not allow.  A pattern that finds nothing there
    is tried on the text without markup, and its match is moved back: it starts at the first character it holds and
    ends after the last, as a `re.Match` of the folded text would.
    """

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


# a pattern's match in a unit: found in its folded text, or in its text without markup and moved back
Hit = re.Match[str] | Moved


def _dense_search(pattern: re.Pattern[str], unit: Unit) -> Hit | None:
    """`pattern` searched in the unit's text without markup, its match moved to the folded text's offsets (or None)."""
    if unit.marked is None or unit.dense is None:
        return None
    m = pattern.search(unit.dense)
    if m is None:
        return None
    kept = [n for n, char in enumerate(unit.marked) if char != _MARK]  # dense offset → marked (and folded) offset
    start = kept[m.start()] if m.start() < len(kept) else len(unit.folded)
    end = kept[m.end() - 1] + 1 if m.end() > m.start() else start
    return Moved(start, end, unit.folded)


def _has_markup(text: str) -> bool:
    """Whether `_MARKUP` can find anything: its first characters are there (it is only run then)."""
    return "<" in text or "**" in text or "__" in text


def _unmarked(text: str) -> str:
    """A piece of a `marked` text without its markup."""
    return text.replace(_MARK, "") if _MARK in text else text


@cache
def _regional() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """Taiwan words and the mainland word of the same length (data/lexicons/regional/tw-cn.tsv): 伺服器 → 服务器, 位址 → 地址.

    Patterns are written once, in mainland wording, and match a Taiwan edition too; a pair of
    different lengths (个资 → 个人信息) is left to the patterns, since offsets must not move.
    """
    table: dict[str, str] = {}
    for word, suggestions in lexicon.mapping("regional/tw-cn.tsv").items():
        key = fold(word)
        same = [fold(s) for s in suggestions if len(fold(s)) == len(key) and fold(s) != key]
        if same:
            table[key] = same[0]
    if not table:
        return None
    return lazyre.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)), store=PATTERN_STORE), table


def _to_mainland(folded: str) -> str:
    """Folded text with Taiwan words in their mainland form (same length, same offsets)."""
    regional = _regional()
    if regional is None or folded.isascii():
        return folded
    pattern, table = regional
    return pattern.sub(lambda m: table[m.group(0)], folded)


# (fourteenth session, c14e) rights granted to a named class of users read as granted to 您: 「会员有权访问…」「用户有权查阅、
# 复制…」「會員得向本公司請求…」.  The class word is the subject (it opens a clause) and a right verb follows; the company's own
# rights (「我们有权…」) and another person's (「其他用户有权查看…」) are left as they are.  Same length, offsets unchanged.
_USER_CLASS = _lazy(
    r"(?:^|(?<=[\s。；;，,：:、」）)\]]))(?:会员|用户|消费者|使用者)(?=(?:均|亦|也)?(?:有权|享有|可以|得(?:随时)?向|得(?:随时)?(?:请求|申请|要求|查阅|查询|阅览)|可(?:随时)?(?:请求|要求|申请|查阅|访问|查询|向)))",
    re.M,
)


def _as_you(folded: str) -> str:
    """A named class of users in the subject of a right, written as 您 (「会员有权」 → 「您您有权」)."""
    if not any(w in folded for w in ("会员", "用户", "消费者", "使用者")):
        return folded
    return _USER_CLASS.sub(lambda m: "您" * len(m.group(0)), folded)


def _blank_out(folded: str) -> str:
    """Markup, names of laws, template slots and cross-references as spaces (each pattern only run when its first character occurs)."""
    if _has_markup(folded):
        folded = _MARKUP.sub(_blank, folded)
    if "《" in folded:
        folded = _BOOK_TITLE.sub(_blank, folded)
    if any(c in folded for c in "{[(（@") or "example." in folded:
        folded = _SLOT.sub(_blank, folded)
    if "(" in folded or "（" in folded:
        folded = _POINTER.sub(_blank, folded)
    return folded


# (the trailing run starts only after a word character: `[\s\W]+$` alone was tried at every start of a long run of
# punctuation or spaces, each scanning to its end, quadratic: a line of 「{{ 」 took minutes; round 12)
_NUMBERING = _lazy(r"^[\s\W\d一二三四五六七八九十、.．]*|(?<!\W)\W+$")


def _bare(text: str) -> str:
    """A line without its numbering, markup and trailing punctuation: how a table of contents repeats a heading."""
    return _NUMBERING.sub("", text)


def _lead_in(section: Section) -> Paragraph | None:
    """A section title that ends with a colon, as a paragraph: it is a sentence that introduces a list."""
    title = section.title
    if not title or section.line is None or not title.replace("*", "").rstrip().endswith(_COLON):
        return None
    return Paragraph(title, section.line, section.column or 1, section.line, "paragraph", section.title_pieces)


# Issue #14, seventeenth session (m17d): some pages put whole sentences of the policy in <h2>–<h4> (「<h3>保存期限：帳號存續期間
# 及刪除後 30 日</h3>」「<h2>本服務由某某有限公司提供。</h2>」).  A title that is a sentence is read as the first paragraph of its
# own section (and cited at its line); a title that only names a topic (「保留期限」「您的權利」「Your rights」) stays a heading and
# covers nothing.  A sentence: it closes with 。/．/. (at least 8 Han characters, or 6 English words), or runs to 25 Han characters
# with a clause break; or it is a label with its value (「保存期限：…」), the label no article number or appendix (「第五條：…」,
# 「附录 A：…」, "Article 5: …").  Only an explicit heading (markup or a style): a line found a title by its shape stays one.
# Questions and exclamations are titles (「我们如何使用您的信息？」「您可以控制您的信息！」).
_TITLE_HAN = _lazy(f"[{HAN}]")
_TITLE_LABEL = _lazy(r"^[^:：]{2,12}[:：][ \t]*\S.{3,}$")
_TITLE_ARTICLE = _lazy(
    r"第[ \t]*[一二三四五六七八九十百\d]{1,4}[ \t]*[条條章节節款部篇]|附录|附錄|附件|附表|\b(?:article|section|chapter|part|step|art|appendix|annex)\b",
    re.I,
)


# a heading that asks (「问题一：…吗」, "Question 1: …", "Q: …") or shows an example ("Example: …", 「示例：…」)
_TITLE_QUESTION = _lazy(
    r"^[#*\s]{0,6}(?:问题|問題|常见问题|常見問題|问|問|答|示例|範例|范例|例如|例子|举例|舉例|Q\d{0,3}|A\d{0,3}|FAQ|Question|Answer|Example|E\.g\.)"
    r"[ \t]{0,2}[\d一二三四五六七八九十]{0,3}[ \t]{0,2}[:：.、)]"
    r"|^[#*\s]{0,6}(?:do|does|did|can|will|is|are|how|what|why|when|where|who)\b",
    re.I,
)


def _title_sentence(section: Section) -> Paragraph | None:
    """A section title that is a sentence of the policy (not a topic's name), as a paragraph of its section."""
    title = section.title
    if not title or section.line is None or section.depth is None:  # an explicit heading (<h3>, ####, a Word style) only
        return None
    text = title.replace("*", "").strip()
    if not text or text.endswith(_COLON) or text.endswith(("?", "？", "!", "！", "吗", "嗎", "呢")) or _TITLE_QUESTION.match(text):
        return None  # (rv17) an FAQ's question or an example is not the policy's statement, with or without its ？
    han = len(_TITLE_HAN.findall(text))
    if text.endswith(("。", "．")):
        sentence = han >= 8
    elif text.endswith("."):
        sentence = not han and len(text.split()) >= 6
    elif han >= 25 and any(mark in text for mark in "，,；;"):
        sentence = True
    else:
        bare = _bare(text)
        sentence = _TITLE_LABEL.match(bare) is not None and _TITLE_ARTICLE.search(re.split("[:：]", bare, maxsplit=1)[0]) is None
    if not sentence:
        return None
    return Paragraph(title, section.line, section.column or 1, section.line, "paragraph", section.title_pieces)


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


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, end including its closing punctuation.

    A "sentence" longer than MAX_SENTENCE characters (a policy pasted on one line, a
    run-on list) is cut after the last comma before the limit, or at the limit: it keeps
    every clause's window small, so a hostile input costs what a normal one does.
    """
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.end()].strip():
            out.extend(_cut(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.extend(_cut(text, start, len(text)))
    return out


# Issue #14, tenth session (w14b, class g): the HTML reader joins a paragraph's <br> lines without a break character
# (「…請來信 service@…tw」 + 「九、您可自由選擇…」 read as 「…tw九、您可自由選擇…」); a source line that opens with its
# own number (「九、」「（三）」「3.」, not 「2.0」) starts a sentence, so that each line is read, and cited, on its own.
_NUMBERED_START = _lazy(r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|(?<![\d.])\d{1,2}[、.．](?!\d)")


# (c14e) a right granted to the reader or a named class of users, in a clause that the next ；-clauses continue
_GRANT = _lazy(r"(?:您|你|会员|用户|會員|用戶|消费者|消費者|使用者)[^。;；，,]{0,6}(?:有权|有權|享有|可以|得向)")
_BARE_REQUEST = _lazy(r"(?:要求|请求|請求|申请|申請)(?:我们|我們|本公司|本站|本平台)")


def _line_sentences(para: Paragraph) -> list[tuple[int, int]]:
    """`_sentences` of a paragraph, also cut where a source line after the first opens with a number."""
    spans = _sentences(para.text)
    if para.end_line == para.line:
        return spans
    cuts = _title_line_cut(para)
    for m in _NUMBERED_START.finditer(para.text):
        before = para.text[: m.start()].rstrip()
        # (not after a colon: 「一、個人資料蒐集目的：」 and its 「（一）…」 line read as one, a label and its value)
        if before and not before.endswith(_COLON) and para.position(m.start())[0] > para.position(len(before) - 1)[0]:
            cuts.append(m.start())
    if not cuts:
        return spans
    out = []
    for start, end in spans:
        for cut in cuts:
            if start < cut < end and para.text[start:cut].strip():
                out.append((start, cut))
                start = cut
        out.append((start, end))
    return out


# (fourteenth session, c14e) a numbered title on the first source line of a paragraph, joined to the next line by the
# reader (「<p class="a"><strong>4. 联系我们</strong>⏎如有疑问，请发送邮件至…」 read as 「4. 联系我们如有疑问…」), is a sentence of its
# own: the disclosing sentence on the next line is cited, not the title.
_TITLE_MAX = 40
# (fifteenth session, d14f) a bold title on the paragraph's first line (「**用于账号注册和登录的信息**」 then the body on the next
# source line) is cut off the same way: it is a title, ranked below the body's statement (`_weak_citation`)
_BOLD_FIRST_LINE = _lazy(r"[ \t]{0,4}\*\*[^*\n]{2,40}\*\*")
_TITLE_PUNCT = _lazy(rf"[{SENTENCE_MARKS}，,：:]")


def _title_line_cut(para: Paragraph) -> list[int]:
    """The offset where the paragraph's second source line starts, when its first line is a short numbered title."""
    bold = _BOLD_FIRST_LINE.match(para.text)
    if not _NUMBERED_START.match(para.text.lstrip()) and not bold:
        return []
    for offset in range(1, min(len(para.text), _TITLE_MAX + (5 if bold else 1))):
        if para.position(offset)[0] > para.line:
            title = para.text[:offset]
            if bold and not _NUMBERED_START.match(para.text.lstrip()) and title.rstrip() != bold.group(0).rstrip():
                return []  # (bold words that open a longer first line are no title)
            return [offset] if title.strip() and not _TITLE_PUNCT.search(title) and para.text[offset:].strip() else []
    return []


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_SENTENCE characters, cut after a comma where there is one."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        comma = max(text.rfind(c, start + MAX_SENTENCE // 2, limit) for c in "，,、")
        stop = comma + 1 if comma > start else limit
        pieces.append((start, stop))
        start = stop
    pieces.append((start, end))
    return pieces


def _following_items(paras: tuple[Paragraph, ...], index: int) -> list[tuple[Paragraph, int, int]]:
    """The list items (or table rows) right after paragraph `index` (for a sentence that ends with a colon)."""
    items = []
    for para in paras[index + 1 : index + 1 + MAX_ITEMS]:
        if para.kind not in ("item", "table"):
            break
        if not _TABLE_RULE.match(para.text) and not _mostly_links(para.text):  # a table-of-contents entry is no item
            items.append((para, 0, min(len(para.text), MAX_SENTENCE)))
    return items


_TABLE_RULE = _lazy(r"^[\s|:+-]*$")  # | --- | :---: |
# A cell that states nothing: blank, a dash, 无/否/N/A (the row has no value in that column).  The marks after the word
# belong to it (`^[\s\W_]*(?:无…)?[\s\W_]*$`, two runs side by side, backtracked quadratically on a cell of dashes
# ending in a letter; round 12).
_EMPTY_CELL = _lazy(
    r"^[\s\W_]*(?:(?:无|無|暂无|暫無|不适用|不適用|否|n/?a|none|no|not applicable|tbd"
    # a cell that points elsewhere or is a filler, not a value (an acceptance review found 「同上」, 「详见下文」, XXX covered)
    r"|同上|同前|如上|详见下文|詳見下文|见下文|見下文|[Xx×○]{2,}|待填写|待填寫|待定|待补充|待補充)[\s\W_]*)?$",
    re.I,
)
# a cell that is only a bracketed instruction: 【请填写处理目的】, [待填写], （此处填写…）
_INSTRUCTION_CELL = _lazy(
    r"^[\s*]*[【\[［（(][^】\]］）)\n]{0,40}(?:请|請|填写|填寫|待|insert|fill|tbd)[^】\]］）)\n]{0,40}[】\]］）)][\s*]*$", re.I
)


def _cell_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row, its pipes and the spaces around its text left out."""
    bounds = [i for i, c in enumerate(text) if c == "|"]
    spans = []
    for start, end in zip([-1, *bounds], [*bounds, len(text)], strict=True):
        start += 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    if text.lstrip().startswith("|"):
        spans = spans[1:]
    if text.rstrip().endswith("|"):
        spans = spans[:-1]
    return spans


# (fourteenth session, c14e) a row of a CCPA table whose "Collected" column says No (「| A. Identifiers | real name, alias… | No |」)
# names a category that is *not* collected: the row discloses nothing
# (cf15b) Only a column about collecting: a No under "Sold or Shared" (or "Sold", "Disclosed") names a category collected and
# states that it is not sold (a denial, which the sold-or-shared item reads), so the row still discloses.
_YES_NO_HEADER = _lazy(r"^\W{0,3}(?:collected|是否收集|已收集|收集|是否)\W{0,3}$|\b(?:collected|we collect)\??\W{0,3}$", re.I)
# (fifteenth session, d14g) "Sold or Shared", "Sold/Shared", "Sold or shared in the last 12 months?": a No under it is a denial,
# cited after the rows that state a sale (`_weak_citation`)
_SOLD_HEADER = _lazy(
    r"^\W{0,3}(?:sold|shared|disclosed)(?:\s*(?:or|and|/|&)\s*(?:sold|shared|disclosed))?(?:\s+in\s+the\s+(?:last|past|preceding)\s+(?:12|twelve)\s+months)?\??\W{0,3}$",
    re.I,
)
_NO_CELL = _lazy(r"^\W{0,3}(?:no|否|無|无|没有|✗|❌|×|✘|n)\W{0,3}$", re.I)


def _marked_not(header: str, row: str, column: re.Pattern[str] = _YES_NO_HEADER) -> bool:
    """Whether a table row has No in a yes/no column about collecting (the row names something not collected).

    With `column` (`_SOLD_HEADER`), in a column about selling or sharing (the row states that the category is not sold).
    """
    names = [header[a:b] for a, b in _cell_spans(header)]
    cells = [row[a:b] for a, b in _cell_spans(row)]
    if len(names) != len(cells):
        return False
    return any(column.search(n) and _NO_CELL.match(c) for n, c in zip(names, cells, strict=True))


def _table_rows(run: list[Paragraph], starts: frozenset[tuple[int, int]] = frozenset()) -> list[list[tuple[Paragraph, int, int]]]:
    """The rows of one table (a run of table paragraphs), each a list of (paragraph, start, end) cells.

    A Markdown row is one paragraph whose cells sit between pipes; the HTML and DOCX readers give
    one paragraph per cell.  Where the reader recorded where each row starts (`Document.rows`), a row
    runs from one start to the next (u33v2: a table written on one line, 「<tr><th>数据</th><th>存储地点</th></tr><tr>…」,
    read as one row, had no row under its header); else cells on one source line are taken as one row
    (a table written with one cell per line has no rows that can be told apart, and is left out).
    """
    if any("|" in para.text for para in run):
        return [[(para, start, end) for start, end in _cell_spans(para.text)] for para in run if not _TABLE_RULE.match(para.text)]
    rows: list[list[tuple[Paragraph, int, int]]] = []
    marked = [(p.line, p.column) in starts or (p.line, -p.column) in starts for p in run]
    if any(marked):
        for para, opens in zip(run, marked, strict=True):
            if rows and not opens:
                rows[-1].append((para, 0, len(para.text)))
            else:
                rows.append([(para, 0, len(para.text))])
        return rows if len(rows[0]) > 1 else []
    for para in run:
        if rows and rows[-1][0][0].line == para.line:
            rows[-1].append((para, 0, len(para.text)))
        else:
            rows.append([(para, 0, len(para.text))])
    return rows if len(rows[0]) > 1 else []


def column_cells(doc: Document, column: re.Pattern[str]) -> Iterator[Unit]:
    """Column evidence: each non-empty cell under a header cell that matches `column`, as a unit of its own."""
    by_id = {s.id: s for s in doc.sections}
    for section in doc.sections:
        paras = section.paragraphs
        if not any(p.kind == "table" for p in paras) or _skipped(section, by_id):
            continue
        i = 0
        while i < len(paras):
            if paras[i].kind != "table":
                i += 1
                continue
            j = i
            while j < len(paras) and paras[j].kind == "table":
                j += 1
            rows = _table_rows(list(paras[i:j]), doc.rows)
            i = j
            if len(rows) < 2:
                continue
            header = rows[0]
            columns = [n for n, (para, start, end) in enumerate(header) if column.search(_blank_out(fold(para.text[start:end])))]
            for row in rows[1 : MAX_ITEMS + 1]:
                for n in columns:
                    if n >= len(row):
                        continue
                    para, start, end = row[n]
                    end = min(end, start + MAX_SENTENCE)
                    cell = para.text[start:end]
                    if not _EMPTY_CELL.match(cell) and not _INSTRUCTION_CELL.match(cell):
                        yield _unit([(para, start, end)], section)


def _table_headers(paras: tuple[Paragraph, ...]) -> list[Paragraph | None]:
    """For each paragraph, the first row of its table when it is a later row of one, else None.

    One pass over the section: a walk back to the table's start from every row was quadratic in the
    rows (a table of 20,000 rows of dashes took over a minute; round 12).
    """
    headers: list[Paragraph | None] = []
    first: Paragraph | None = None  # the current table's first row, when it is not a rule (| --- |)
    inside = False
    for para in paras:
        headers.append(first if inside and para.kind == "table" else None)
        if para.kind != "table":
            inside, first = False, None
        elif not inside:
            inside, first = True, None if _TABLE_RULE.match(para.text) else para
    return headers


def _with_lead(lead: list[tuple[Paragraph, int, int]], items: list[tuple[Paragraph, int, int]], section: Section) -> Iterator[Unit]:
    """The lead-in alone, then the lead-in with each item: 「您可以：」 + 「- 删除账号。」 reads as one sentence."""
    yield _unit(lead, section)
    for item in items:
        yield _unit([*lead, item], section, lead=len(lead))


# Twenty-fifth session (u25w): the meaning a list item takes from what it sits under.  A list item with no lead-in reads
# with the heading of its section (「### 8.1 查閱權」 + 「- 您可以要求查閱我們持有的您的個人資料」), a nested item with its parent
# item (「- **Cloudflare Pages**」 + 「  - 提供网站托管和CDN服务」), and a lead-in that closes its section with the titles and
# the first items of the subsections that go on with its list ("We use the information we collect to:" + "1. **Provide
# Core Services**" + "   - Create and manage your account").  The item is cited (the lead-in, for a title); a clause must
# find words in the item or the title (`Unit.context`), so a heading or a parent alone covers nothing.
def _title_paragraph(section: Section) -> Paragraph | None:
    """A section's title as a paragraph, for reading its body's first list with it (None without an explicit title)."""
    if not section.title or section.line is None or not _bare(section.title).strip():
        return None
    return Paragraph(section.title, section.line, section.column or 1, section.line, "paragraph", section.title_pieces)


def _introduced(paras: tuple[Paragraph, ...], start: int) -> bool:
    """Whether the paragraph before a run of list items (which starts at `start`) is a lead-in of them."""
    if start == 0:
        return False
    text = paras[start - 1].text.rstrip()
    return text.endswith(_COLON) or _INTRODUCES.search(text[-MAX_SENTENCE:]) is not None


def _in_context(section: Section, paras: tuple[Paragraph, ...], i: int, heading: Paragraph | None) -> Iterator[Unit]:
    """List item `i` read after its parent item, or after its section's heading when it is a first-level item of a list
    that no sentence introduces (`Unit.context` 1)."""
    para = paras[i]
    if _mostly_links(para.text) or _says_nothing(para.text):  # (a table of contents' entry: 「- [数据保护官](#dpo)」)
        return
    item = (para, 0, min(len(para.text), MAX_SENTENCE))
    start = i
    while start > 0 and paras[start - 1].kind == "item":
        start -= 1
    for j in range(i - 1, start - 1, -1):
        parent = paras[j]
        if parent.column < para.column:
            if not parent.text.rstrip().endswith(_COLON):  # (a parent that ends with a colon is read as a lead-in already)
                yield _unit([(parent, 0, min(len(parent.text), MAX_SENTENCE)), item], section, lead=1, context=1)
            return
    if heading is not None and not _introduced(paras, start) and all(paras[k].column >= para.column for k in range(start, i)):
        yield _unit([(heading, 0, len(heading.text)), item], section, lead=1, context=1)


def _continued(lead: tuple[Paragraph, int, int], section: Section, children: list[Section], by_id: dict[str, Section]) -> Iterator[Unit]:
    """A lead-in that closes its section, read with the title of each subsection and with the first-level items that open
    it (`Unit.context` 2 and 3)."""
    for child in children:
        title = _title_paragraph(child)
        if title is None:
            continue
        yield _unit([lead, (title, 0, len(title.text))], section, [section, child], lead=1, context=2)
        paras = _without_contents(_with_title_sentence(child, by_id))
        for para in paras[:MAX_ITEMS]:
            if para.kind != "item":
                break
            if para.column == paras[0].column and not _mostly_links(para.text):
                yield _unit([lead, (para, 0, min(len(para.text), MAX_SENTENCE))], section, [section, child], lead=1, context=3)


# (u33v2) the header of an HTML table's first column when that column names a situation, a feature or a purpose (「使用情境」
# 「功能」「用途」), not data: its cells are the rows' labels.
_LABEL_HEADER = _lazy(r"情境|场景|場景|功能|用途|目的|业务|業務|服务|服務|scenario|feature|purpose|function|use case|context", re.I)


def _without_label_cells(items: list[tuple[Paragraph, int, int]], starts: frozenset[tuple[int, int]]) -> list[tuple[Paragraph, int, int]]:
    """The cells after a lead-in less each row's label, when they are an HTML table (one paragraph a cell, rows known from
    the reader) whose first column names a situation or a feature: 「本公司可能蒐集：」 + 「諮詢／深度診斷表單」 is no kind of
    data, while the cell beside it (「姓名、電話…」) is, and is cited on its own line (u33v2, eval/profiles33 adlo-tw)."""
    if not starts or not items or any(p.kind != "table" or "|" in p.text for p, _, _ in items):
        return items
    rows = _table_rows([p for p, _, _ in items], starts)
    if len(rows) < 2 or not _LABEL_HEADER.search(fold(rows[0][0][0].text)):
        return items
    labels = {id(row[0][0]) for row in rows[1:] if len(row) > 1}
    return [item for item in items if id(item[0]) not in labels]


def units(doc: Document, within: str) -> Iterator[Unit]:
    """Every unit of one kind, in document order (headings are never part of a unit)."""
    by_id = {s.id: s for s in doc.sections}
    if within == "document":
        kept = [(s, _with_title_sentence(s, by_id)) for s in doc.sections]
        body = [(p, 0, len(p.text)) for _, paras in kept for p in paras]
        owners = [s for s, paras in kept for _ in paras]
        if body:
            yield _unit(body, owners[0], owners)
        return
    titles = {_bare(s.title) for s in doc.sections if s.title and _title_sentence(s) is None}
    children: dict[str, list[Section]] = {}
    for s in doc.sections:
        if s.parent is not None:
            children.setdefault(s.parent, []).append(s)
    for section in doc.sections:
        paras = _without_contents(_with_title_sentence(section, by_id))
        if not paras:
            continue
        lead = _lead_in(section)
        heading = _title_paragraph(section) if within == "sentence" and lead is None and _title_sentence(section) is None else None
        if within == "section":
            yield _unit([(p, 0, len(p.text)) for p in ((lead,) if lead else ()) + paras], section)
            continue
        if lead is not None:  # 「3. 安全措施：」 taken for a heading: it introduces the items under it
            items = _following_items((lead, *paras), 0)
            if within == "paragraph":
                yield _unit([(lead, 0, len(lead.text)), *items], section, lead=1)
            else:
                yield from _with_lead([(lead, 0, len(lead.text))], items, section)
        headers = _table_headers(paras)
        for i, para in enumerate(paras):
            if within == "paragraph":
                if _says_nothing(para.text) or _bare(para.text) in titles:
                    continue
                row_header = headers[i]
                if row_header is not None and _marked_not(row_header.text, para.text):
                    continue
                tail = _following_items(paras, i) if para.text.rstrip().endswith(_COLON) else []
                yield _unit([(para, 0, len(para.text)), *tail], section, lead=1)
                continue
            header = headers[i]
            if header is not None and _marked_not(header.text, para.text):
                continue
            if header is not None and not _TABLE_RULE.match(para.text):  # a row reads with its column names
                yield _unit(
                    [(header, 0, min(len(header.text), MAX_SENTENCE)), (para, 0, min(len(para.text), MAX_SENTENCE))], section, lead=1
                )
            spans = _line_sentences(para)
            folded = fold(para.text)
            contents = False  # inside a table of contents that a lead-in opened in this paragraph (its <br> lines)
            grant: tuple[int, int] | None = None  # a sentence that grants a right and ends with ；
            for start, end in spans:
                if contents and _TOC_ENTRY.match(para.text[start:end].strip()):
                    continue
                contents = _TOC_LEAD.search(para.text[start:end]) is not None
                if contents or _says_nothing(para.text[start:end], folded[start:end]) or _bare(para.text[start:end]) in titles:
                    continue
                introduces = para.text[start:end].rstrip().endswith(_COLON) or (
                    end == spans[-1][1] and _INTRODUCES.search(para.text[start:end])
                )
                if introduces:
                    following = _following_items(paras, i)
                    yield from _with_lead([(para, start, end)], _without_label_cells(following, doc.rows), section)
                    if not following and i == len(paras) - 1 and end == spans[-1][1] and section.id in children:
                        yield from _continued((para, start, end), section, children[section.id], by_id)
                else:
                    yield _unit([(para, start, end)], section)
                # 「会员有权访问…；要求我们更新或更正…；要求我们删除…」: a clause without its subject reads with the grant before it
                if grant is not None and _BARE_REQUEST.match(para.text, end - len(para.text[start:end].lstrip())):
                    yield _unit([(para, *grant), (para, start, end)], section, lead=1)
                elif _GRANT.search(folded, start, end) and para.text[start:end].rstrip().endswith(("；", ";")):
                    grant = (start, start + len(para.text[start:end].rstrip()) - 1)  # (without its ；, which would end a clause)
                else:
                    grant = None
            if para.kind == "item":
                yield from _in_context(section, paras, i, heading)


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
    if not any(_TOC_LEAD.search(p.text) for p in paras):
        return paras
    kept: list[Paragraph] = []
    skipping = False
    for para in paras:
        if skipping and (para.kind == "item" or _TOC_ENTRY.match(para.text.strip())):
            continue  # an entry: a list item, or a short line of its own (「<p>二、我们可能如何收集…</p>」)
        skipping = para.kind != "item" and _TOC_LEAD.search(para.text[:80]) is not None
        if not skipping:
            kept.append(para)
    return tuple(kept)


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


_UNSEARCHED: Any = object()  # (`Matcher._searched`: a unit not searched yet)


class Matcher:
    """Evaluates clauses over one document; units and headings are computed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._units: dict[str, list[Unit]] = {}
        self._cells: dict[str, list[Unit]] = {}
        self._by_id = {s.id: s for s in doc.sections}
        self._under_cache: dict[str, frozenset[str]] = {}
        self._opened: dict[tuple[int, str], bool] = {}  # (u28v) `_opened_elsewhere`, by the paragraph's id and the pattern
        self._heading_cache: dict[
            str, tuple[str, ...]
        ] = {}  # a section id → its folded titles, its own first  # a heading pattern → the sections under a heading it matches
        # (the clause's units, prefer, earlier prefers, scope, heading) → the units a clause is tried on
        self._candidates: dict[tuple[object, ...], list[Unit]] = {}
        # the same key → those units as bits of their unit list (`_first_of` visits only the bits a pattern may match)
        self._candidate_bits: dict[tuple[object, ...], int] = {}
        # pattern → {id(unit): its match in the unit}: clauses of several items and profiles share patterns
        self._searched: dict[re.Pattern[str], dict[int, Hit | None]] = {}
        # a unit list (units of one kind, cells of one column) → its character index; id(unit) → its bit there
        self._index: dict[int, CharIndex] = {}
        self._bit: dict[int, int] = {}
        # (pattern, unit list) → the bits of the units that may hold a match (`literals.required`)
        self._possible: dict[tuple[re.Pattern[str], int], int] = {}
        # `pointer_needs` patterns → whether one is found somewhere in the document
        self._anywhere: dict[tuple[re.Pattern[str], ...], bool] = {}

    def units(self, within: str) -> list[Unit]:
        """The document's units of one kind (cached)."""
        if within not in self._units:
            self._units[within] = list(units(self.doc, within))
        return self._units[within]

    def anywhere(self, patterns: tuple[re.Pattern[str], ...]) -> bool:
        """Whether one of the patterns is found somewhere in the document's text or its links' targets (cached).

        A link's target is the document's too: 「欢迎随时<a href="mailto:privacy@kuaiji.cn">联系我们</a>」 gives the address.
        """
        if patterns not in self._anywhere:
            texts = [u.folded for u in self.units("document")] + [fold(target) for target, _, _ in self.doc.links]
            self._anywhere[patterns] = any(p.search(text) for text in texts for p in patterns)
        return self._anywhere[patterns]

    def cells(self, column: re.Pattern[str]) -> list[Unit]:
        """The cells under a header matching `column` (cached per pattern)."""
        if column.pattern not in self._cells:
            self._cells[column.pattern] = list(column_cells(self.doc, column))
        return self._cells[column.pattern]

    def possible(self, pattern: re.Pattern[str], source: list[Unit]) -> int:
        """The bits (positions in `source`, a cached unit list) of the units whose text `pattern` may match (cached)."""
        key = (pattern, id(source))
        found = self._possible.get(key)
        if found is None:
            index = self._index.get(id(source))
            if index is None:
                index = self._index[id(source)] = CharIndex([unit.lowered for unit in source])
                self._bit.update((id(unit), n) for n, unit in enumerate(source))
            found = self._possible[key] = index.possible(worth(pattern, len(source)))
        return found

    def _headings(self, section: Section) -> tuple[str, ...]:
        """The folded titles of the section and of every section above it (cached)."""
        found = self._heading_cache.get(section.id)
        if found is None:
            titles = []
            current: Section | None = section
            while current is not None:
                if current.title:  # (read as seen: an invisible character inside a heading's words hid them, r21h)
                    titles.append(fold(INVISIBLE.sub("", current.title) if INVISIBLE.search(current.title) else current.title))
                current = self._by_id.get(current.parent) if current.parent else None
            found = self._heading_cache[section.id] = tuple(titles)
        return found

    def _under(self, pattern: re.Pattern[str]) -> frozenset[str]:
        """The ids of the sections with a heading of their own or above them that `pattern` matches (cached)."""
        found = self._under_cache.get(pattern.pattern)
        if found is None:
            found = frozenset(s.id for s in self.doc.sections if any(pattern.search(h) for h in self._headings(s)))
            self._under_cache[pattern.pattern] = found
        return found

    def _outside(self, unit: Unit, pattern: re.Pattern[str], m: Hit, not_under: re.Pattern[str]) -> Hit | None:
        """The first match of a document clause's first pattern, from `m` on, in a section under no heading `not_under` finds.

        (Twenty-eighth session, u28v: a company block of a third party's SDK, 「### 6.1 穿山甲广告联盟」 under 「## 6. 第三方服务」
        with 「- 运营方：北京巨量引擎网络技术有限公司」, is not the policy's operator; eval/profiles28 magiccam-zh.)
        """
        under = self._under(not_under)
        if not under:
            return m
        found: Hit | None = m
        while found is not None:
            if unit.segment(found.start()).section.id not in under:
                return found
            start = found.end() if found.end() > found.start() else found.start() + 1
            found = pattern.search(unit.folded, start) if start <= len(unit.folded) else None
        return None

    def _opened_elsewhere(self, para: Paragraph, opening: re.Pattern[str], named: re.Pattern[str] | None) -> bool:
        """Whether a paragraph opens for another law's users (`opening` at its start) and never names this law (cached)."""
        key = (id(para), opening.pattern)
        found = self._opened.get(key)
        if found is None:
            folded = fold(para.text)
            found = self._opened[key] = opening.match(folded) is not None and (named is None or named.search(folded) is None)
        return found

    def _naming(self, pattern: re.Pattern[str]) -> frozenset[str]:
        """The ids of the sections whose own text (not a heading's) `pattern` matches (cached)."""
        key = "\0text\0" + pattern.pattern
        found = self._under_cache.get(key)
        if found is None:
            found = frozenset(u.section.id for u in self.units("section") if pattern.search(u.folded))
            self._under_cache[key] = found
        return found

    def first(
        self,
        clauses: Iterable[Clause],
        prefer: tuple[re.Pattern[str], ...] = (),
        *,
        denial: bool | None = None,
        scope: Scope = NO_SCOPE,
        veto: tuple[re.Pattern[str], ...] = (),
        demote: tuple[re.Pattern[str], ...] = (),
        soft_demote: tuple[re.Pattern[str], ...] = (),
    ) -> Evidence | None:
        """Evidence from the first clause (in file order) that some unit satisfies, at its first such unit.

        The clauses of an item are written strongest first, so the order decides the
        citation.  With `prefer`, units under a heading that matches its first pattern are
        tried first, then its second…, then all units, so that the citation points where a
        reader looks (保留期限, not a passing remark in 联系我们; the California section for a
        CCPA right, not the GDPR rights list).  `prefer` never changes a verdict.
        `denial`: None reads every sentence (a `when` or `unless` clause); otherwise a sentence
        that speculates covers nothing, and one that refuses only when `denial` is true.
        `scope`: the profile's (elsewhere, own) heading patterns and its `named` text pattern: text under a heading
        about another law's users covers nothing, unless a heading above it, or the section's own text, names this law.
        `veto`: the item's veto patterns: a unit whose matched sentence one of them finds covers nothing.
        `demote`: the item's demote patterns: a unit whose matched clause one of them finds is cited only when no other
        unit satisfies any clause (a guardian's right to a child's data is a poor citation of the user's own right).
        `soft_demote`: the item's soft demote patterns: a unit whose matched clause one of them finds (and no `demote` pattern)
        is cited only when no other statement satisfies any clause, before the demoted units (a line of English in a Chinese
        policy); where every statement is one, the first is cited, as without them.
        """
        clauses = tuple(clauses)
        demoted: list[Evidence] = []
        softened: list[Evidence] = []
        # A sentence that denies collecting or using something (「我们不会收集您的姓名…」, "We do not use user data
        # for advertising") may satisfy a clause, but it is a poor citation of what is collected or why: it is
        # cited only when no other sentence satisfies any clause (the verdict is the same either way).  (A unit
        # left out at a later level was tried at an earlier one: unsatisfying, or negated and kept here.)
        negated: list[Evidence] | None = [] if denial is False else None
        # (fifteenth session, d14f) a title-like line or a table's header row satisfies a clause but only names the topic:
        # cited after every statement (`_weak_citation`); the ranking is statement > demoted > title or header > denial
        # (each kept with its rank: a row marked No under "Sold or Shared" (2) gives way to a later header or title (1))
        weak: list[tuple[int, Evidence]] | None = [] if denial is not None else None
        levels: tuple[re.Pattern[str] | None, ...] = (*prefer, None)
        for n, level in enumerate(levels):
            for clause in clauses:
                found = self._first_of(
                    clause,
                    level,
                    prefer[:n],
                    denial=denial,
                    scope=scope,
                    negated=negated,
                    veto=veto,
                    demote=(demote, demoted),
                    soft_demote=(soft_demote, softened),
                    weak=weak,
                )
                if found is not None:
                    return found
        return softened[0] if softened else demoted[0] if demoted else weak[0][1] if weak else negated[0] if negated else None

    def _tried_on(
        self,
        clause: Clause,
        prefer: re.Pattern[str] | None,
        earlier: tuple[re.Pattern[str], ...],
        scope: Scope,
    ) -> list[Unit]:
        """The units, in document order, that a clause is tried on at one level of `prefer` (cached).

        Those under a heading matching `prefer` (all units at the last level, None), less those
        under an `earlier` preferred heading: the clause was tried on them at that level and none
        satisfied it, or `first` would have returned.  The scope and the clause's own `heading`
        leave out the same units at every level.
        """
        key = (clause.column, clause.within, prefer, earlier, scope, clause.heading, clause.not_under)
        found = self._candidates.get(key)
        if found is not None:
            return found
        candidates = self.cells(clause.column) if clause.column is not None else self.units(clause.within)
        elsewhere, own, named, opening = scope
        # the sections whose units are left out: under an earlier preferred heading (tried at that level), or
        # under another law's heading and not this one's (「Information for Users residing in Brazil」), unless the
        # section's own text names this law (「## Your Rights (GDPR)」 over "…including California residents: …")
        left_out = frozenset().union(*(self._under(before) for before in earlier))
        if clause.not_under is not None and clause.within != "document":
            left_out |= self._under(clause.not_under)  # (m18a) a heading the clause is never read under (the document: `_outside`)
        if elsewhere is not None:
            left_out |= self._under(elsewhere) - (self._under(own) if own is not None else frozenset())
            if named is not None and left_out:
                left_out -= self._naming(named)
        required = [self._under(p) for p in (prefer, clause.heading) if p is not None]  # under both, when given
        if required:
            allowed = frozenset.intersection(*required) - left_out
            found = [unit for unit in candidates if unit.section.id in allowed]
        elif left_out:
            found = [unit for unit in candidates if unit.section.id not in left_out]
        else:
            found = candidates  # (the cached list itself: it is only read)
        if opening is not None and clause.within in ("sentence", "paragraph"):
            # (u28v) a paragraph opened for another law's users (「In some regions (like the EEA, UK…), you have certain
            # rights…」) is left out as a section under their heading would be, unless it names this law
            found = [unit for unit in found if not self._opened_elsewhere(unit.segments[0].paragraph, opening, named)]
        self._candidates[key] = found
        return found

    def _first_matches(
        self,
        clause: Clause,
        first: re.Pattern[str] | None,
        prefer: re.Pattern[str] | None,
        earlier: tuple[re.Pattern[str], ...],
        scope: Scope,
    ) -> Iterator[tuple[Unit, Hit | None]]:
        """The units a clause is tried on (`_tried_on`), in document order, with the match of its first pattern: only those
        where it matches (all of them, with None, for a clause without patterns).

        A unit that holds none of the pattern's required strings (`literals`) is not searched, nor visited: the units left
        are the set bits of the pattern's possible units and the tried units, taken lowest first.  A unit's search is kept
        (`_searched`): items and profiles share patterns.
        """
        tried = self._tried_on(clause, prefer, earlier, scope)
        if first is None:  # (a clause loaded from a profile has at least one pattern; one built by hand may have none)
            yield from ((unit, None) for unit in tried)
            return
        source = self.cells(clause.column) if clause.column is not None else self.units(clause.within)
        searched = self._searched.setdefault(first, {})
        possible = self.possible(first, source)
        key = (clause.column, clause.within, prefer, earlier, scope, clause.heading, clause.not_under)
        bits = self._candidate_bits.get(key)
        if bits is None:
            bit = self._bit
            bits = self._candidate_bits[key] = sum(1 << bit[id(unit)] for unit in tried) if tried is not source else (1 << len(source)) - 1
        strings = known(first)
        for index in set_bits(possible & bits):
            unit = source[index]
            ident = id(unit)  # the unit lives in a cached list as long as the matcher
            m = searched.get(ident, _UNSEARCHED)
            if m is _UNSEARCHED:
                # (the bits hold every character of a required string; the string itself is tested before the search)
                m = first.search(unit.folded) if may_match(strings, unit.lowered) else None
                if m is None and unit.dense is not None:
                    m = _dense_search(first, unit)  # (a phrase cut by markup: the text without it; its strings may be split there)
                searched[ident] = m
            if m is not None:
                yield unit, m

    def _first_of(
        self,
        clause: Clause,
        prefer: re.Pattern[str] | None,
        earlier: tuple[re.Pattern[str], ...] = (),
        *,
        denial: bool | None,
        scope: Scope = NO_SCOPE,
        negated: list[Evidence] | None = None,
        veto: tuple[re.Pattern[str], ...] = (),
        demote: tuple[tuple[re.Pattern[str], ...], list[Evidence]] = ((), []),
        soft_demote: tuple[tuple[re.Pattern[str], ...], list[Evidence]] = ((), []),
        weak: list[tuple[int, Evidence]] | None = None,
    ) -> Evidence | None:
        """Evidence from the first unit (in document order) that satisfies one clause.

        With `negated` (a list), a unit whose matched sentence denies collecting or using is skipped, and
        the first such evidence is kept in the list for the caller to fall back on.  A unit whose matched
        sentence a `veto` pattern finds is skipped.  `demote`: (patterns, list): a unit whose matched clause
        one of the patterns finds is skipped, and the first such evidence is kept in the list, as `negated`; `soft_demote`
        the same, for a unit that no `demote` pattern finds.
        With `weak` (a list), a unit that only names the topic (`_weak_citation`) is skipped and kept in it the same way,
        with its rank.
        """
        whole = clause.column is not None or clause.within == "sentence"
        # the first `all` pattern's search in each unit is kept: items and profiles share patterns
        # (a clause loaded from a profile has at least one; one built by hand may have none)
        first = clause.all[0] if clause.all else None
        for unit, m in self._first_matches(clause, first, prefer, earlier, scope):
            if unit.context and denial is None:  # (u25w) a condition is read from statements only
                continue
            if clause.not_under is not None and clause.within == "document" and first is not None and m is not None:
                m = self._outside(unit, first, m, clause.not_under)
                if m is None:
                    continue
            found = _satisfies(clause, unit, denial=denial, whole=whole, first=m)
            if found is not None and unit.context and not _holds_words(unit, found):
                continue
            if found is not None and veto and _vetoed(unit.marked or unit.folded, found, veto):
                continue
            if found is not None and negated is not None and _negated_clause(unit.marked or unit.folded, found):
                continue
            if found is not None:
                if negated is not None and _denies(unit, found[0]):
                    if not negated:
                        negated.append(_evidence(unit, found, whole=clause.within == "document"))
                    continue
                # (a clause that reads the whole document finds two facts anywhere: no line of it is weaker than another)
                rank = _weak_citation(unit, found) if weak is not None and clause.within != "document" else 0
                if weak is not None and rank:
                    if not weak or (rank == 1 and weak[0][0] == 2):
                        weak[:1] = [(rank, _evidence(unit, found))]
                    continue
                # (seventeenth session, m17a: a line that is a denial, a title or a header is ranked as one even where a
                # demote pattern finds it too: the lowest rank wins, so that the demoted list holds statements only)
                if demote[0] and _vetoed(unit.marked or unit.folded, found, demote[0]):
                    if not demote[1]:
                        demote[1].append(_evidence(unit, found, whole=clause.within == "document"))
                    continue
                # (u25w) a unit read with a context is cited after every statement, like a soft-demoted one
                if unit.context or (soft_demote[0] and _vetoed(unit.marked or unit.folded, found, soft_demote[0])):
                    if not soft_demote[1]:
                        soft_demote[1].append(_evidence(unit, found, whole=clause.within == "document"))
                    continue
                return _evidence(unit, found, whole=clause.within == "document")
        return None


# Fifteenth session, d14f (issue #14, class 2): the strongest line, not the first.  A candidate that satisfies an item's
# clause is ranked: (1) a statement of the item (「我们收集您的手机号码，用于登录」, a list lead-in read with its item, a
# table row read with its header); (2) a line an item's `demote` finds (a guardian's right; a sharing clause, an SDK
# introduction or a necessity principle for purposes, categories and methods); (3) a line that only names the topic:
# a title written as a paragraph (「（一）为提供基础服务必需收集的个人信息」「**我们如何使用信息**」, short, Chinese-numeral numbering or all
# bold, no mark at all) or a table's header row (「| 功能 | 收集的信息 | 用途 |」); (4) a denial (「我们不会收集…」).  The
# first candidate of the best rank is cited; the verdict is the same whatever the rank.
# (a title, not a numbered sentence or a plain-text list entry: Chinese-numeral numbering or bold, and no mark at all;
# 「4.3.1 您的个人信息将全被存储于境内。」 and 「1.1.1.2 密码（加密存储）」 are statements)
_TITLE_LIKE = _lazy(
    r"^[\s>]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[条章节部分])"
)
_BOLD_TITLE = _lazy(r"^[\s>]*\*\*[^*\n]{2,40}\*\*\s*$")
_BOLD_LABEL = _lazy(r"^[\s>]*\*\*[^*\n]{2,80}?[:：]\s*\*\*\s*$|^[\s>]*\*\*[^*\n]{2,80}\*\*[:：]\s*$")
_CLAUSE_MARK = _lazy(rf"[{SENTENCE_MARKS}，,：:、]")
_TITLE_MAX_CHARS = 40


def _weak_citation(unit: Unit, matches: list[Hit]) -> int:
    """Whether the unit only names the topic: a title-like paragraph, a table's header row, or a row marked No under "Sold or
    Shared" (see the ranking above).

    0: a statement; 1: a title or a header; 2: a row marked No (a denial, cited after a header row over a Yes row).
    """
    seg = unit.segments[0]
    para = seg.paragraph
    if unit.tail is not None:
        # a lead-in with its item is a statement; a row read with its header is one too, unless only the header matched
        # (the citation would be the header row)
        inside = any(m.end() > unit.tail for m in matches if m.end() > m.start())
        if para.kind == "table" and len(unit.segments) > 1 and _marked_not(para.text, unit.segments[1].paragraph.text, _SOLD_HEADER):
            return 2  # (cf15b) a row marked No under "Sold or Shared": a denial, after the rows that state a sale
        return int(not inside and para.kind == "table" and _is_header_row(unit.section, para))
    if para.kind == "table":
        return int(_is_header_row(unit.section, para))
    text = unit.text.strip()
    if para.kind != "paragraph":
        return 0
    bare = text.replace("*", "").strip()
    # (u28v) a question asks about the topic (「**Do we collect any information from third parties?**」 in a summary of key
    # points, its answer in the next sentence; not a sentence cut at a link's 「?uri=」), and an all-bold label with a colon
    # over its body is a title
    # ("**European Commission's Standard Contractual Clauses:**", eval/profiles28 triggerfish-en)
    if (bare.endswith(("?", "？")) and _URL_IN_TEXT.search(bare) is None) or (
        _BOLD_LABEL.match(text) is not None and _CLAUSE_MARK.search(bare.rstrip(":：")) is None
    ):
        return 1
    if len(text) > _TITLE_MAX_CHARS:
        return 0
    return int((_TITLE_LIKE.match(bare) is not None or _BOLD_TITLE.match(text) is not None) and _CLAUSE_MARK.search(bare) is None)


_URL_IN_TEXT = _lazy(rf"(?:{URL_START})[^\s)\]>）]{{1,300}}", re.I)


def _holds_words(unit: Unit, matches: list[Hit]) -> bool:
    """Whether a unit read with a context (`Unit.context`) has words of its own: a match that starts in a heading's or a
    parent's item (1), one that ends in a lead-in's title or item (2, 3) and, with a title (2), one in the lead-in too."""
    tail = unit.tail or 0
    shown = [m for m in matches if m.end() > m.start()]
    if unit.context == 1:  # the item's own words: not one match that runs from the heading into the item, nor in a link's target
        urls = [u.span() for u in _URL_IN_TEXT.finditer(unit.text, tail)]
        return any(m.start() >= tail and not any(a <= m.start() < b for a, b in urls) for m in shown)
    return any(m.end() > tail for m in shown) and (unit.context != 2 or any(m.start() < tail for m in shown))


def _is_header_row(section: Section, para: Paragraph) -> bool:
    """Whether a table paragraph is the first row of its table (a Markdown header row: its column names)."""
    paras = section.paragraphs
    for i, other in enumerate(paras):
        if other is para:
            return (i == 0 or paras[i - 1].kind != "table") and i + 1 < len(paras) and paras[i + 1].kind == "table" and "|" in para.text
    return False


def _denies(unit: Unit, match: Hit) -> bool:
    """Whether the sentence that holds the match denies collecting or using, or the lead-in above the item it is in does.

    (Thirteenth session, a14d: the items under 「下列资料**不予收集**:」 or 「我们不会收集以下信息：」 are what is not collected,
    though each item alone denies nothing.)
    """
    plain = unit.marked or unit.folded
    if _NEGATED.search(_unmarked(_sentence_at(plain, match.start(), match.end()))):
        return True
    return unit.tail is not None and match.start() >= unit.tail and _NEGATED.search(_unmarked(plain[: unit.tail])) is not None


def _negated_clause(folded: str, matches: list[Hit]) -> bool:
    """Whether every clause that holds a match (a zero-width condition aside) is negated as a whole (`_NEGATED_CLAUSE`).

    `folded`: the unit's `marked` text where it has markup (read without it).
    """
    shown = [m for m in matches if m.end() > m.start()] or matches
    return all(_NEGATED_CLAUSE.search(_unmarked(_sentence_at(folded, m.start(), m.end(), _CLAUSE_END))) for m in shown)


def _satisfies(clause: Clause, unit: Unit, *, denial: bool | None = None, whole: bool = True, first: Hit | None = None) -> list[Hit] | None:
    """The matches of the clause's `all` patterns in the unit, or None (a `none` pattern, a refusal or speculation).

    `whole`: the unit is one sentence (with its lead-in) or a cell, read whole by the
    refusal filter; otherwise the filter reads the sentences that hold the matches.
    `first`: the match of the first `all` pattern, when the caller has searched it already.
    """
    matches: list[Hit] = [] if first is None else [first]
    for pattern in clause.all[0 if first is None else 1 :]:
        m: Hit | None = pattern.search(unit.folded) if may_match(known(pattern), unit.lowered) else None
        if m is None and unit.dense is not None:
            m = _dense_search(pattern, unit)  # (a phrase cut by markup: the text without it)
        if m is None:
            return None
        matches.append(m)
    if any(may_match(known(p), unit.lowered) and p.search(unit.dense or unit.folded) for p in clause.none):
        return None
    if denial is None:
        return matches
    plain = unit.marked or unit.folded
    texts = [unit.dense or unit.folded] if whole else [_unmarked(_sentence_at(plain, m.start(), m.end())) for m in matches]
    if any(refuses(text, denial=denial) for text in texts):
        return None
    return matches


# the end of a clause: a sentence end, a line break, a table cell's bar, a Chinese comma (folded to ',' beside Han
# characters) or an English comma before a new clause (", and", ", but"); not an English comma inside one
# ("Our use of information received from Google APIs, such as your files, will adhere to … Limited Use")
_CLAUSE_END = _lazy(rf"[{SENTENCE_MARKS}\n|，]|(?<=[\u4e00-\u9fff]),|,(?=[\u4e00-\u9fff])|,\s+(?:and|but|while|whereas|so)\b")


def _vetoed(folded: str, matches: list[Hit], veto: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the clause holding one of the matches (a zero-width condition aside) is one an item's veto finds.

    The clause, not the sentence: 「我们使用您的手机号码向您发送订单通知，处理的法律依据是履行与您的合同」 states
    the purpose before its comma, and "…, including the Limited Use requirements" follows a sentence that names
    the source.  In a table row the clause is at most the cell: 「| To send the newsletter | Consent (Art. 6(1)(a)) |」
    states a purpose in one cell and its legal basis in the next.
    """
    shown = [m for m in matches if m.end() > m.start()] or matches
    return any(v.search(_unmarked(_sentence_at(folded, _opening(folded, m), m.end(), _CLAUSE_END))) for m in shown for v in veto)


def _opening(folded: str, match: Hit) -> int:
    """Where a match's own words start: past the end of the sentence before it that a pattern may open with ("(?:^|[.:]\\s)")
    (eighteenth session, m18a: "…, Dublin 4, Ireland.\\nFoo Labs is the data controller" is the second sentence's clause)."""
    start = match.start()
    while start < match.end() - 1 and (folded[start] in _OPENING_MARKS or folded[start].isspace()):
        start += 1
    return start


_OPENING_MARKS = frozenset(".:;!?。；：！？")


def _last_sentence(folded: str, match: Hit) -> int:
    """`_opening`, or for a match that runs over the end of a sentence (「…刪除 Cookie，亦可安裝…停用分析追蹤。停用 Cookie 可能影響」,
    a pattern that finds the topic in one sentence and the statement in the next), the start of its last sentence: the
    statement is cited at its own line, not at the first line of a paragraph that spans several (u33v2, adlo-tw)."""
    start = _opening(folded, match)
    stop = folded.rfind("。", start, match.end() - 1)
    if stop < 0:
        return start
    after = stop + 1
    while after < match.end() and folded[after].isspace():
        after += 1
    return after if match.end() - after >= 4 else start


def _sentence_at(text: str, start: int, end: int, ends: re.Pattern[str] = _WINDOW_END) -> str:
    """The sentence of `text` that holds [start, end) (at most MAX_SENTENCE characters each side); with `ends`, the piece."""
    left = max(0, start - MAX_SENTENCE)
    before = [m.end() for m in ends.finditer(text, left, start)]
    stop = ends.search(text, end, end + MAX_SENTENCE)
    return text[before[-1] if before else left : stop.start() if stop else min(len(text), end + MAX_SENTENCE)]


@lru_cache(maxsize=4096)  # a sentence is tried by many clauses; only sentences some clause matched get here
def refuses(folded: str, *, denial: bool = False) -> bool:
    """Whether a sentence (folded) only speculates, or refuses or denies having anything (allowed when `denial`)."""
    return _SPECULATES.search(folded) is not None or (not denial and _REFUSES.search(folded) is not None)


def _evidence(unit: Unit, matches: list[Hit], *, whole: bool = False) -> Evidence:
    """The cited position: the first match, or, in a lead-in with its item, the first match inside the item.

    `whole`: the unit is the whole document (two facts found anywhere, such as a company's name
    and its e-mail); the first pattern's match is cited, since the clause names it first.
    A zero-width match (a pattern written as a lookahead) is a condition, never the cited position.
    """
    in_tail = [max(m.start(), unit.tail) for m in matches if unit.tail is not None and m.end() > unit.tail and unit.context != 2]
    # a pattern written as a lookahead matches no text: it is a condition on the unit (a 公开披露 label that opens the
    # paragraph), not the words that disclose, so it is not what is cited
    shown = [m for m in matches if m.end() > m.start()] or matches
    # (m18a) a match that opens with the end of the sentence before it ("(?:^|[.:]\\s)…") is cited at its own words
    starts = [_opening(unit.folded, matches[0])] if whole else in_tail or [_last_sentence(unit.folded, m) for m in shown]
    first = min(starts)
    last = max(m.end() for m in matches)
    line, column = unit.locate(first)
    section = unit.segment(first).section
    left = max(0, first - 20)
    right = max(last, left + EXCERPT) if last - left <= EXCERPT * 2 else left + EXCERPT * 2
    text = unit.text[left:right].replace("\n", " ").strip()
    if left > 0:
        text = "…" + text
    if right < len(unit.text):
        text += "…"
    words = tuple(dict.fromkeys(unit.text[m.start() : m.end()] for m in matches if m.end() > m.start()))
    return Evidence(section.id, section.title, line, column, text, words)


def ruled_out(matcher: Matcher, item: Item, scope: Scope, *, firm: bool) -> Evidence | None:
    """The statement that rules the item out, or None: the one "not applicable" mechanism (fifteenth session, d14g).

    `firm`: a `not_applicable` clause marked `firm` (the older `unless`), read anywhere and in every sentence, rules the
    item out whatever else the policy says (「本软件不面向不满十四周岁的未成年人」).  Otherwise (called only when nothing covers
    the item): a stated non-applicability (the older `denied`: 「本服务不处理敏感个人信息」) rules it out unless a `when` clause
    marked `fact` (the older `holds`) finds the condition stated as a fact (「我们收集您的精确位置」).  The statement is the
    verdict's trigger.
    """
    if firm:
        return matcher.first(item.unless) if item.unless else None
    stated = item.denied
    found = matcher.first(stated, scope=scope) if stated else None
    if found is None or (item.holds and matcher.first(item.holds, scope=scope) is not None):
        return None
    return found


def _front_matter_evidence(document: Document, patterns: tuple[re.Pattern[str], ...]) -> Evidence | None:
    """The first front matter line that every pattern finds (seventeenth session, m17c), cited at its line, else None.

    A site theme shows a Markdown file's `lastmod:` or a `description:` that says "Last Updated: …" at the top of the page, so a
    reviewer reads it as part of the policy; the front matter is no section, so the citation names the first one.
    """
    for line, text in document.front_matter:
        folded = fold(text)
        matches = [p.search(folded) for p in patterns]
        if all(m is not None for m in matches) and document.sections:
            first = min(m.start() for m in matches if m is not None)
            section = document.sections[0]
            words = tuple(dict.fromkeys(text[m.start() : m.end()] for m in matches if m is not None and m.end() > m.start()))
            return Evidence(section.id, section.title, line, first + 1, text.strip()[: EXCERPT * 2], words)
    return None


def _title_evidence(document: Document, patterns: tuple[re.Pattern[str], ...]) -> Evidence | None:
    """The first heading that every pattern finds (an item's `title` key), cited at its line, when no body text covers.

    (Twenty-eighth session, u28v: a bold line the structure reads as a heading can be the statement itself, 「**Last updated
    March 02, 2026**」 over the policy's first paragraph, eval/profiles28 triggerfish-en.)
    """
    for section in document.sections:
        if section.title is None or section.line is None:
            continue
        folded = fold(section.title)
        matches = [p.search(folded) for p in patterns]
        if all(m is not None for m in matches):
            first = min(m.start() for m in matches if m is not None)
            words = tuple(dict.fromkeys(section.title[m.start() : m.end()] for m in matches if m is not None and m.end() > m.start()))
            return Evidence(
                section.id, section.title, section.line, (section.column or 1) + first, section.title.strip()[: EXCERPT * 2], words
            )
    return None


def coverage(document: Document, profiles: Iterable[Profile]) -> tuple[ProfileCoverage, ...]:
    """The verdict on every item of every profile for one document (plain data; `compare` may call it per edition)."""
    matcher = Matcher(document)
    out = []
    for profile in profiles:
        verdicts = []
        for item in profile.items:
            scope = (profile.elsewhere, profile.own, profile.named, profile.opening)
            # (a `when` clause marked `fact` counters a stated non-applicability; it does not apply the item by itself)
            triggers = tuple(c for c in item.when if not c.fact)
            trigger = matcher.first(triggers, scope=scope) if triggers else None
            excluded = ruled_out(matcher, item, scope, firm=True)
            if (triggers and trigger is None) or excluded is not None:
                verdicts.append(ItemCoverage(item, "not-applicable", None, excluded))
                continue
            veto = item.veto if not item.pointer or matcher.anywhere(item.pointer_needs) else (*item.veto, *item.pointer)
            evidence = matcher.first(
                item.cover, item.prefer, denial=item.denial, scope=scope, veto=veto, demote=item.demote, soft_demote=item.soft_demote
            )
            if evidence is None and item.front_matter:
                evidence = _front_matter_evidence(document, item.front_matter)
            if evidence is None and item.title:
                evidence = _title_evidence(document, item.title)
            denied = ruled_out(matcher, item, scope, firm=False) if evidence is None else None
            if denied is not None:
                verdicts.append(ItemCoverage(item, "not-applicable", None, denied))
                continue
            verdicts.append(ItemCoverage(item, "covered" if evidence else "missing", evidence, trigger))
        out.append(ProfileCoverage(profile, tuple(verdicts)))
    return tuple(out)


_MESSAGES = {
    "en": "missing required disclosure {id}: {name} ({reference}). {hint}",
    "zh-Hant": "缺少應揭露事項 {id}：{name}（{reference}）。{hint}",
    "zh-Hans": "缺少应披露事项 {id}：{name}（{reference}）。{hint}",
}
RULE_ID = "disclosure-missing"
SEVERITY = "warning"
RULE_SUMMARY = "A disclosure that the law of a profile requires is missing from the policy."
RULE_DOC = """A disclosure that the law of a profile requires is missing from the policy.

## What it does
With `--profile NAME`, checks that the policy discloses every item the profile lists
(`policylens explain NAME`), and reports each item that no body sentence covers, as
`disclosure-missing` with the item ID (`tw-pdpa/period`) and its legal reference.

## Why is this bad?
A policy that leaves out a required disclosure does not inform users as the law
requires, and the omission is what a regulator or reviewer checks first.

## Example
    保留期限
    我們會妥善保管您的資料。
Use instead:
    保留期限
    我們在您的帳戶存續期間保存您的個人資料，帳戶刪除後 30 日內刪除。

## References
個資法第8條、第9條; 个人信息保护法第十七条、第三十条、第三十一条、第三十九条; GB/T 35273-2020 §5.5;
GDPR Art. 13, 14; Cal. Civ. Code §1798.100-1798.135."""


def missing_findings(result: Iterable[ProfileCoverage], *, lang: str, line: int = 1) -> list[Finding]:
    """One `disclosure-missing` finding per missing item, placed at `line` (the document as a whole)."""
    findings = []
    for profile in result:
        for verdict in profile.items:
            if verdict.status != "missing":
                continue
            item = verdict.item
            name = item.name_en if lang == "en" else item.name
            message = _MESSAGES.get(lang, _MESSAGES["en"]).format(id=item.id, name=name, reference=item.reference, hint=item.hint)
            findings.append(Finding(RULE_ID, SEVERITY, line, 1, line, 1, message, item.id, None, item=item.id, reference=item.reference))
    return findings


def evidence_to_dict(e: Evidence | None) -> dict[str, object] | None:
    """JSON form of a piece of evidence."""
    if e is None:
        return None
    return {"section": e.section, "title": e.title, "line": e.line, "column": e.column, "text": e.text, "words": list(e.words)}


def coverage_to_dict(result: Iterable[ProfileCoverage]) -> list[dict[str, object]]:
    """JSON form of a coverage result (`policylens.check/1` files[].coverage)."""
    return [
        {
            "profile": p.profile.name,
            "covered": p.count("covered"),
            "missing": p.count("missing"),
            "not_applicable": p.count("not-applicable"),
            "items": [
                {
                    "item": v.item.id,
                    "reference": v.item.reference,
                    "status": v.status,
                    "evidence": evidence_to_dict(v.evidence),
                    "trigger": evidence_to_dict(v.trigger),
                }
                for v in p.items
            ],
        }
        for p in result
    ]
