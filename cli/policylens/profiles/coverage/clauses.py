"""Judging one unit against one clause: whether it satisfies it, and which position is cited.

`_satisfies` finds every `all` pattern and no `none` pattern of a clause in a unit, and refuses a
sentence that only speculates or refuses (`refuses`, unless the item is a `denial`); `_denies`,
`_negated_clause` and `_vetoed` read the sentence or clause around a match; `_weak_citation` and
`_holds_words` tell a unit that only names the topic (a title-like line, a header row, a row marked No)
from one that states it; `_evidence` is the cited position and excerpt.
Not here: which units are tried, in which order, and the per-document caches (`matcher`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policylens.patterns import SENTENCE_MARKS, URL_START
from policylens.profiles import Clause
from policylens.profiles.coverage.records import EXCERPT, MAX_SENTENCE, Evidence, Hit, Unit, _lazy
from policylens.profiles.coverage.tables import _SOLD_HEADER, _is_header_row, _marked_not
from policylens.profiles.coverage.text import _dense_search, _unmarked
from policylens.profiles.literals import known, may_match

# The refusal/speculation filter (see the module docstring), on folded text (Simplified, half-width, any case).
# (u44w2, issue #14, eval/profiles43c guanai-tw 68) not the websites the policy will also cover, named as those that may be added
# (「…相關網站…以及未來所有可能新增的網站（以下簡稱「本網站」）」): a noun the policy's scope names, no speculation about a practice
_SPECULATES = _lazy(
    r"(?:未来|将来|日后|今后)[^。;，,]{0,6}?(?:可能|或将|或许|也许|有可能|会考虑)"
    r"(?![ \t]{0,2}(?:会)?(?:新增|增加|增设|开设|建置|设立)(?:之|的)(?:相关)?(?:网站|网页|站点|分站|子网站))|(?:未来|将来|日后)(?:若|如|如果)|(?:若|如|如果|倘若|假如)(?:我们|本应用|本软件)?(?:在)?(?:未来|将来|日后)"
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
# (u41w2, issue #14) a heading that ends with its colon and holds no clause before it, read as its section's lead-in
# (「5.3 纠正与更正权：」 over 「若您发现您的信息有误，您有权要求我们更正或补充。您可以在设置页面直接修改…」, eval/profiles41 linuxdo-zh 93):
# a label, cited after the sentence below that says the item
_HEADING_LABEL = _lazy(r"\A[^。！？!?；;，,:：\n]{1,40}[:：][ \t]*\Z")
# (u55w, issue #14, eval/profiles53q growhub-hk 383, 670) a section's heading given as a key's quoted value in a script's dictionary read
# as text (「{ heading: '第三方披露及服務供應商',」, "{ heading: 'Disclosure to Third Parties and Service Providers',"): a title
_KEY_TITLE = _lazy(r"""\b(?:heading|title|subtitle|sectionTitle)[ \t]{0,2}:[ \t]{0,2}(['"`])[^'"`\n]{1,120}\1""")


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
    shown = [m for m in matches if m.end() > m.start()]
    keys = [k.span() for k in _KEY_TITLE.finditer(unit.text)] if shown else []
    if keys and all(any(a < m.start() and m.end() < b for a, b in keys) for m in shown):
        return 1
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
    section = unit.section
    if para.line == section.line and para.text == section.title and _HEADING_LABEL.match(bare) is not None:
        return 1
    if len(text) > _TITLE_MAX_CHARS:
        return 0
    return int((_TITLE_LIKE.match(bare) is not None or _BOLD_TITLE.match(text) is not None) and _CLAUSE_MARK.search(bare) is None)


def _label_read(unit: Unit, matches: list[Hit]) -> bool:
    """(u52w2) Whether a label paragraph read with its value (`Unit.context` 5) is matched in its label words: the unit then
    reads as the one line 「個人資料類別：包含…」 and ranks as a statement; otherwise it is a context-read unit like the others
    (a label heading's, 4, stays one: 「信息使用：」 over a long value, eval/blind/profiles16 dulaoshi-zh)."""
    tail = unit.tail or 0
    if unit.context != 5 or _NOTICE_LABEL.search(unit.folded, 0, tail) is None:
        return False
    return any(m.start() < tail for m in matches if m.end() > m.start())


# the label names one of the notice's items, as the Taiwan Act's Art. 8 list does (類別, 目的, 期間, 地區, 對象, 方式…); 「信息使用：」
# names none (eval/blind/profiles16 dulaoshi-zh 17: its value stays a context-read unit)
_NOTICE_LABEL = _lazy(r"(?:类别|类型|种类|目的|期间|期限|地区|对象|方式|方法|来源)[ \t]{0,2}[:：][ \t]{0,2}$")


_URL_IN_TEXT = _lazy(rf"(?:{URL_START})[^\s)\]>）]{{1,300}}", re.I)


def _holds_words(unit: Unit, matches: list[Hit]) -> bool:
    """Whether a unit read with a context (`Unit.context`) has words of its own: a match that starts in a heading's or a
    parent's item (1), one that ends in a lead-in's title or item (2, 3) and, with a title (2), one in the lead-in too."""
    if unit.context in (4, 5):  # (u44w2) a label heading (or, u52w2, paragraph) with its value: the label alone is a unit already
        return True
    tail = unit.tail or 0
    shown = [m for m in matches if m.end() > m.start()]
    if unit.context == 1:  # the item's own words: not one match that runs from the heading into the item, nor in a link's target
        urls = [u.span() for u in _URL_IN_TEXT.finditer(unit.text, tail)]
        return any(m.start() >= tail and not any(a <= m.start() < b for a, b in urls) for m in shown)
    return any(m.end() > tail for m in shown) and (unit.context != 2 or any(m.start() < tail for m in shown))


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
        m: Hit | None = None
        if may_match(known(pattern), unit.lowered):  # (`lowered` holds the text without markup too, u48m2)
            m = pattern.search(unit.folded)
            if m is None and unit.dense is not None:
                m = _dense_search(pattern, unit)  # (a phrase cut by markup: the text without it)
        if m is None:
            return None
        matches.append(m)
    plain = unit.marked or unit.folded
    if clause.none_in_sentence:  # (u42w) the sentence of the first pattern's match, not the unit
        sentence = _unmarked(_sentence_at(plain, matches[0].start(), matches[0].end()))
        if any(p.search(sentence) for p in clause.none):
            return None
    elif any(may_match(known(p), unit.lowered) and p.search(unit.dense or unit.folded) for p in clause.none):
        return None
    if denial is None:
        return matches
    texts = [unit.dense or unit.folded] if whole else [_unmarked(_sentence_at(plain, m.start(), m.end())) for m in matches]
    if any(refuses(text, denial=denial) for text in texts):
        return None
    return matches


# the end of a clause: a sentence end, a line break, a table cell's bar, a Chinese comma (folded to ',' beside Han
# characters) or an English comma before a new clause (", and", ", but"); not an English comma inside one
# ("Our use of information received from Google APIs, such as your files, will adhere to … Limited Use")
_SENTENCE_SCOPE = "(?#sentence)"  # (u56w) a veto pattern so marked is read over the sentence, not the clause
_CLAUSE_END = _lazy(rf"[{SENTENCE_MARKS}\n|，]|(?<=[\u4e00-\u9fff]),|,(?=[\u4e00-\u9fff])|,\s+(?:and|but|while|whereas|so)\b")


def _vetoed(folded: str, matches: list[Hit], veto: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the clause holding one of the matches (a zero-width condition aside) is one an item's veto finds.

    The clause, not the sentence: 「我们使用您的手机号码向您发送订单通知，处理的法律依据是履行与您的合同」 states
    the purpose before its comma, and "…, including the Limited Use requirements" follows a sentence that names
    the source.  In a table row the clause is at most the cell: 「| To send the newsletter | Consent (Art. 6(1)(a)) |」
    states a purpose in one cell and its legal basis in the next.
    (u56w) A pattern marked `(?#sentence)` is read over the sentence: 「管理您的收货地址，包括添加、修改、删除」 names the record before
    the comma (`{feature_ops_u55w}`).
    """
    shown = [m for m in matches if m.end() > m.start()] or matches
    return any(
        v.search(
            _unmarked(_sentence_at(folded, _opening(folded, m), m.end(), _WINDOW_END if _SENTENCE_SCOPE in v.pattern else _CLAUSE_END))
        )
        for m in shown
        for v in veto
    )


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


_BREAK_STOP = _lazy(rf"[{SENTENCE_MARKS}]")  # (u38v) a sentence end between the cited start and the key word


def _after_break(unit: Unit, first: int, word: int, breaks: frozenset[tuple[int, int]]) -> int:
    """The start of the HTML `<br>` line that holds the cited key word, when the sentence opens on an earlier one, else `first`.

    (u38v, issue #14: a class named by session 37's unseen sets) the HTML reader joins a paragraph's `<br>` lines, so a sentence
    the punctuation does not end at the break (「您可以通过以下方式行使权利：<br>您可以在“我的-设置”中注销账号。」) opened on the
    element's first line, which was cited although the covering words stand on a later one.  Only a `<br>` moves the citation:
    a source line wrapped inside a paragraph (Markdown, or HTML source) is no break the reader sees.
    """
    if word <= first or unit.locate(word)[0] == unit.locate(first)[0] or _BREAK_STOP.search(unit.folded, first, word):
        return first  # (the key word in a later sentence than the cited one: the other matches decide, as before)
    for offset in range(word, first, -1):
        if unit.locate(offset) in breaks:
            return offset
    return first


def _line_of_all(unit: Unit, first: int, matches: list[Hit], breaks: frozenset[tuple[int, int]]) -> int:
    """The start of the HTML `<br>` line that holds the last match, when every pattern of the clause matches inside that
    line alone; else `first`.

    (u54w, issue #14) a clause whose words the reader finds in two `<br>` lines of one paragraph (「您可根据自己的偏好管理或删除
    Cookie。」<br>「您可以清除…大部分网络浏览器都设有阻止 Cookie 的功能。但如果您这么做，则需要…」, eval/profiles53q jixintong-zh
    88-89): its first pattern matched the earlier line, but the later line holds the whole statement, and is the one cited.
    """
    if len(matches) < 2 or not all(isinstance(m, re.Match) for m in matches):
        return first
    last = max(m.start() for m in matches)
    start = next((o for o in range(last, max(first, last - MAX_SENTENCE), -1) if unit.locate(o) in breaks), None)
    if start is None or start <= first:
        return first
    stop = min(len(unit.folded), last + MAX_SENTENCE)
    end = next((o for o in range(last + 1, stop) if unit.locate(o) in breaks), stop)
    if all(isinstance(m, re.Match) and m.re.search(unit.folded, start, end) for m in matches):
        return start
    return first


def _after_lead_in(unit: Unit, first: int, ends: list[int], breaks: frozenset[tuple[int, int]]) -> int:
    """The start of the HTML `<br>` line after a lead-in that ends with a colon, when a match reaches that line; else `first`.

    (u45w3, issue #14) 「我们可能会收集以下类型的信息：<br>个人信息：当您注册账号…我们可能会收集您的姓名…」: the lead-in holds
    收集, its first item the data (or one match runs over both); the reader joins the two, and the lead-in's line was cited
    (eval/profiles40c yizhi-zh 19 for cn-pipl/categories and cn-gbt35273/functions, the data on line 20).  Only the first
    `<br>` after `first` counts, and only when the text before it is one clause ending with a colon.
    """
    for offset in range(first + 1, min(len(unit.text), first + MAX_SENTENCE)):
        if unit.locate(offset) in breaks:
            before = unit.folded[first:offset].rstrip()
            if before.endswith(("：", ":")) and _BREAK_STOP.search(before[:-1]) is None and any(end > offset for end in ends):
                return offset
            return first
    return first


_LABEL_MAX = 12  # characters of a label standing alone on its source line (「设备信息：」, 「Contact:」)


def _past_label(unit: Unit, first: int) -> int:
    """The start of the next source line, when `first` stands in a short label that is alone on its line and ends with a
    colon (「<strong>设备信息：</strong>⏎设备型号、操作系统版本…」), and the unit goes on after it; else `first`.

    (u45w3, issue #14) the label names the data, but the line a reviewer checks is the value under it (eval/profiles45c
    solphire-zh: 「设备信息：」 line 95 cited for cn-pipl/categories, the value on line 96).
    """
    line = unit.locate(first)[0]
    start = first
    while start > 0 and first - start <= _LABEL_MAX and unit.locate(start - 1)[0] == line:
        start -= 1
    end = first
    while end < len(unit.text) and end - start <= _LABEL_MAX and unit.locate(end)[0] == line:
        end += 1
    label = unit.text[start:end].strip().rstrip("*_")
    if end - start > _LABEL_MAX or not label or label[-1] not in "：:" or (start > 0 and unit.locate(start - 1)[0] == line):
        return first
    after = end
    while after < len(unit.text) and unit.text[after].isspace():
        after += 1
    # (the value in the label's own paragraph: a list under 「- 删除与撤回：」 is items of their own, the label holds the
    # item's word, eval/blind/profiles9 bpsys-wpf-zh 43)
    return after if after < len(unit.text) and unit.segment(after).paragraph is unit.segment(first).paragraph else first


_BULLETS = "•·・●▪◦‣∙○◆◇■□-–—*"


def _past_bullet(unit: Unit, first: int) -> int:
    """The item's first word, when `first` stands on a list bullet that ends its source line (「…合法权益{"\\n"}•⏎与可信的
    服务提供商合作」: a JSX `{"\\n"}` literal before the bullet, the item's words on the next line); else `first`.

    (u51w, issue #14, eval/profiles51c avant-zh 68 and 89) the line a reviewer checks is the one with the item's words.
    """
    after = first
    while after < len(unit.text) and (unit.text[after].isspace() or unit.text[after] in _BULLETS):
        after += 1
    if after >= len(unit.text) or after == first or not any(c in _BULLETS for c in unit.text[first:after]):
        return first
    same = unit.segment(after).paragraph is unit.segment(first).paragraph
    return after if same and unit.locate(after)[0] != unit.locate(first)[0] else first


def _lead_match(unit: Unit, matches: list[Hit]) -> Hit | None:
    """(u48w4, issue #14) A `cite_first` clause's cited match: the first pattern's last match before the second pattern's
    first match after it (the statement that names the rights and goes on to the verbs), not a mention of the law in the
    notice's opening (「為遵守個人資料保護法規定，並保障當事人之權利，依法告知下列事項：」, eval/profiles40 yunlin-tw).
    None (every match decides, as without the flag) where the second pattern matched first: a lead that points back
    (「如需行使上述權利，請…」 after the list) is not the statement's line."""
    first, second = matches[0], matches[1] if len(matches) > 1 else None
    if not isinstance(first, re.Match) or not isinstance(second, re.Match) or second.start() < first.start():
        return None
    verb = second.re.search(unit.folded, first.end())
    best = first
    for m in first.re.finditer(unit.folded, first.end(), verb.start() if verb else first.end()):
        best = m
    return best


def _evidence(
    unit: Unit, matches: list[Hit], *, whole: bool = False, breaks: frozenset[tuple[int, int]] = frozenset(), lead: bool = False
) -> Evidence:
    """The cited position: the first match, or, in a lead-in with its item, the first match inside the item.

    `whole`: the unit is the whole document (two facts found anywhere, such as a company's name
    and its e-mail); the first pattern's match is cited, since the clause names it first.
    A zero-width match (a pattern written as a lookahead) is a condition, never the cited position.
    `breaks`: the (line, column) after each HTML `<br>` of the document: the sentence is cited at the `<br>` line that holds
    its first cited word (`_after_break`).
    `lead`: the clause is marked `cite_first`: only the first pattern's match is cited (the item's own words; of its matches
    the last before the second pattern's, `_lead_match`), unless the second pattern matched before it, not a supporting part's earlier match.
    """
    # (u44w2: a label heading's value is cited, whatever of the label the clause matched; u45w3, issue #14: at the match's
    # own words, `_opening`: a match that opens with the colon ending the label's line, 「<strong>账户信息：</strong>⏎注册账户时
    # 提供的用户名…」, is cited at the value's line, not the label's, eval/profiles45c solphire-zh)
    own = _lead_match(unit, matches) if lead else None
    cited = [own] if own is not None else matches
    in_tail = [
        max(_opening(unit.folded, m), unit.tail)
        for m in cited
        if unit.tail is not None and (m.end() > unit.tail or unit.context in (4, 5)) and unit.context != 2
    ]
    # a pattern written as a lookahead matches no text: it is a condition on the unit (a 公开披露 label that opens the
    # paragraph), not the words that disclose, so it is not what is cited
    shown = [m for m in cited if m.end() > m.start()] or cited
    # (m18a) a match that opens with the end of the sentence before it ("(?:^|[.:]\\s)…") is cited at its own words
    starts = [_opening(unit.folded, matches[0])] if whole else in_tail or [_last_sentence(unit.folded, m) for m in shown]
    first = min(starts)
    if breaks and not whole:
        # (the first pattern's match: a clause names its key words first; a later one may match a common word (可以) before them)
        first = _after_break(unit, first, shown[0].start(), breaks)
        first = _after_lead_in(unit, first, [m.end() for m in shown], breaks)
        first = _line_of_all(unit, first, shown, breaks) if own is None else first
    if not whole:
        first = _past_bullet(unit, _past_label(unit, first))
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
