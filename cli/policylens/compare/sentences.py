"""Sentences one edition has and the other lacks, English ↔ Chinese, inside aligned sections.

(Twenty-fourth session, u24c.)  `compare.align` pairs an English and a Chinese edition by section; a sentence
that only one language has inside a paired section ("We do not scan or connect to other unrelated devices.", a
right listed in English only) was invisible.  Here the sentences of each paired section are aligned without
translation, the way a sentence aligner does it with anchors:

- **anchors** every translation keeps: numbers with their unit and durations (`facts.durations`: 30 天 = "30
  days"), dates in any notation, e-mails, URLs, phones, numbers of three digits or more, parties, laws
  (`facts.laws`), names in Latin letters (iCloud, GDPR, Stepfun; in English only the names: inner capitals, all
  capitals, digits, or a capitalised word the document never writes in lower case);
- **concepts**: a small bilingual lexicon of what a policy commits to (scan / 扫描, sell / 出售, object / 反对,
  encrypt / 加密…, `CONCEPTS`), a negation ("do not" / 不; it helps the aligner, it is no evidence alone), and the
  topics of `diff`'s bilingual topic lexicon (`data/lexicons/topics.tsv`, read in their senses as `diff` and
  `parse --topics` read them: `diff.topics.topics_of`; listed with the rest, never enough alone);
- **order and length**: a monotone alignment (Gale–Church beads: one sentence to one, to none, to two, three or
  four: a sentence split in two, a list written as prose) over the length ratio of the two documents, where
  anchors and concepts shared by a bead lower its cost and those one side of it lacks raise it.

A sentence left alone by the alignment is reported (`sentence-only`) only when the confidence is high: it carries
an anchor or a concept that the **whole** other section lacks (a paraphrase, a split sentence or a list written
as prose keeps its anchors somewhere in the section, so it is never reported), it has words enough to be a
sentence, and the two sections align well (most sentences of both sides paired with evidence): a section pair
that `align` paired wrongly, or a re-written section, reports nothing.  Precision first: what the rules cannot
show is a miss, never a false entry.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from functools import cache, lru_cache
from typing import Any, NamedTuple

from policylens import lazyre, topics
from policylens.compare import facts as factlib
from policylens.compare import licences, modes
from policylens.compare.evidence import GENERIC_LATIN, inner_capital
from policylens.diff.topics import topics_of
from policylens.diff.variants import cross_script_key
from policylens.model import Section
from policylens.patterns import EMAIL, HAN_CHAR, INVISIBLE, NEGATION, NOT_NEGATION, SENTENCE_MARKS, URL_START

KIND = "sentence-only"

# A sentence of one language only with an anchor (a fact, a name) the other section lacks: sure; with a concept
# only (a negation or a topic is never enough): sure too, but less (words are translated more freely than facts).
CONFIDENCE_ANCHOR = 0.9
CONFIDENCE_CONCEPT = 0.7
# An English sentence that makes consent a condition, in a section whose Chinese counterpart asks for none in any word:
# "Disclose to third parties with your prior consent" against 「本软件不会将您的信息披露给不受信任的第三方」 (eval/editions46
# handy HA3, u48e).  One way only, and no concept of the aligner: Chinese 授权 and 许可 are also a licence and 允许 is
# "allows" (as a concept both ways: 57 new false sure entries over the older sets), so only the English word is read, and every
# Chinese word that may say it (同意, 授权, 许可, 允许, 准许, 征得) clears it.
# Not a parent's consent, which defines an age ("children under the age required by applicable law to use online
# services without parental consent" / 「未达到…可独立使用在线服务年龄的儿童」: eval/editions26 savemate)
_CONSENT_EN = lazyre.compile(r"(?i)(?<!parental )(?<!parents' )(?<!parent's )(?<!guardian's )(?<!guardian )\bconsent")
_CONSENT_ZH = tuple(cross_script_key(w) for w in ("同意", "授权", "许可", "允许", "准许", "征得", "核准", "批准"))


def unasked_consent(text: str, their_section: str) -> list[str]:
    """["consent"] when an English sentence names consent and the Chinese section (cross-script key) asks for none."""
    if _is_chinese(text) or not _is_chinese(their_section) or not _CONSENT_EN.search(text):
        return []
    return [] if any(w in their_section for w in _CONSENT_ZH) else ["concept:consent"]


# Claims one word changes: a sentence making one that the other edition's section never makes is reported wherever the
# aligner put it, even paired with its translation ("encrypted in transit and at rest" against 「端到端加密」: eval/editions50c
# metronome-lag ML2, u50c).
CLAIMS = frozenset({"end-to-end"})


def unsaid_claims(unit_concepts: frozenset[str], their_concepts: frozenset[str]) -> list[str]:
    """The `CLAIMS` a sentence makes (its concepts) that the other section (its concepts) never makes."""
    return [f"concept:{c}" for c in sorted(CLAIMS & unit_concepts - their_concepts)]


# A sentence needs this many letters (English) or Han characters (Chinese) to be reported.
MIN_EN_LETTERS = 20
MIN_ZH_CHARS = 8
# The two sections must align well: at least this share of each side's sentences in a bead with another sentence.
MIN_PAIRED_SHARE = 0.6
# ... and no more than this many sentences of one side left alone (a re-written section, a wrong pair).
MAX_ALONE = 3
_NEGATION_KEY = frozenset({"concept:not"})
# Bead costs (Gale–Church spirit, in units of the log length ratio).
SKIP_COST = 1.6
MERGE_COST = {1: 0.0, 2: 0.35, 3: 0.7, 4: 1.0}
SHARED_BONUS = 0.6
LACKED_COST = 1.0
# a sentence in a bead although none of its anchors and concepts is on the other side: about as dear as leaving it alone
ORPHAN_COST = 2.0
# A lone sentence fits a neighbouring bead (and is not reported) when that bead's lengths are this far off (the log
# ratio: 0.4 is 1.5 times) and the sentence brings them this much closer; a short sentence moves lengths little, so
# length alone never clears one.
FIT_OFF = 0.4
FIT_GAIN = 0.3
# a section pair `align` is less sure of than this is not read sentence by sentence
MIN_PAIR_CONFIDENCE = 0.6
MAX_BEAD = 4
# (u43h) The aligner fills an n × m table: a section pair of 1,500 sentences a side (one flat page, or a paragraph of
# 「英文版。中文版。」 repeated) took 287 s for one product.  The largest pair of every editions set is 33 × 33; past
# this many cells a pair is not aligned, and `compare` says so in a warning (`TooManySentences`).
MAX_ALIGN_CELLS = 40_000

# a text that may name a law (`facts.laws` is read only then: it is the dearest reading); every alias of
# data/lexicons/laws.tsv matches (a test checks it)
MAY_NAME_LAW = lazyre.compile(
    r"法|条例|條例|规则|規則|规定|規定|规范|規範|指令|条款|條款|[A-ZＡ-Ｚ]{3}|(?i:\b(?:act|regulation|directive|law|clauses|code|rule|lei|ordinance|statute)\b)"
)
# a sentence ends at 。！？； (and their ASCII forms), or at ". " before a capital, a digit or a quote
_SPLIT = lazyre.compile(rf"(?<=[{SENTENCE_MARKS}])\s*|(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_WORD = lazyre.compile(r"[A-Za-z][A-Za-z0-9+#]*(?:[.\-'’][A-Za-z0-9+#]+)*")
# A web address, to its last character that is not a sentence's closing mark: its `?`, `;` and `!` end no sentence
# (「请参阅 [Google隐私政策](https://policies.google.com/privacy?hl=zh-CN) 了解」 is one sentence: eval/editions39 nmtsubs)
_URL = lazyre.compile(rf"(?i:{URL_START})[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*[A-Za-z0-9\-_~/#@$&*+=%]")
# the marks a web address may hold, and the private-use characters that stand for them while a text is split
_URL_MARKS = str.maketrans("?!;", "\ue000\ue001\ue002")
_URL_MARKS_BACK = str.maketrans("\ue000\ue001\ue002", "?!;")
_EMAIL = lazyre.compile(EMAIL)
_EN_NEGATION = lazyre.compile(r"(?i)\b(?:not|never|no|none|neither|nor|cannot)\b|n['’]t\b")

# the legal form of a company is no name of its own ("NetEase, Inc." / 網易公司: the name is NetEase)
_COMPANY_FORMS = frozenset({"inc", "llc", "ltd", "corp", "gmbh", "co"})
# Words that end many company names and name none alone (Alibaba Cloud, Tencent Cloud; Acme Technologies).
NAME_SUFFIXES = _COMPANY_FORMS | frozenset(
    {"cloud", "tech", "technology", "technologies", "software", "digital", "labs", "lab", "systems", "group", "holdings"}
    | {"services", "service", "global", "international", "network", "networks", "data", "media", "games", "studio"}
    | {"studios", "mobile", "solutions", "computing", "interactive", "entertainment", "online", "ai", "limited"}
    | {"corporation", "company"}
)
# Latin words that are no name (a localisation writes App for 应用, OK, Web) and English capitals that start clauses.
_GENERIC_LATIN = GENERIC_LATIN | {"apps", "id"} | _COMPANY_FORMS
_EN_COMMON = frozenset(
    {"i", "we", "you", "our", "us", "your", "the", "a", "an", "this", "these", "if", "in", "for", "to", "of", "and", "or", "by"}
    # words a policy capitalises as its own terms ("the updated Policy", "this App"), and languages (a language menu)
    | {"policy", "privacy", "service", "services", "terms", "agreement", "data", "information", "user", "users", "account"}
    | {"settings", "content", "personal", "application", "company", "developer", "website", "site", "cloud", "device"}
    | {"traditional", "simplified"}
)
# languages: a language menu (「其他語言：简体中文 English」) names them, in either edition
_LANGUAGES = frozenset({"english", "chinese", "japanese", "korean", "french", "german", "spanish", "italian", "portuguese", "russian"})
# Names a Chinese edition writes in Chinese.
NAME_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "apple": ("苹果",),
    "google": ("谷歌",),
    "microsoft": ("微软",),
    "amazon": ("亚马逊",),
    "tencent": ("腾讯",),
    "alibaba": ("阿里巴巴", "阿里"),
    "alipay": ("支付宝",),
    "wechat": ("微信",),
    "linkedin": ("领英",),  # (u55r) a rewrite's brand a translation writes in Chinese (`named_lag`)
    "paypal": ("贝宝",),
    "airdrop": ("隔空投送",),  # (u55r) Apple's Chinese names of its own features
    "airplay": ("隔空播放",),
    "jpush": ("极光",),  # (u55r) Chinese companies' names a Chinese edition writes in Chinese
    "unionpay": ("银联",),
    "netease": ("网易",),
    "wecom": ("企业微信",),
    "iqiyi": ("爱奇艺",),
    "facebook": ("脸书",),
    "huawei": ("华为",),
    "xiaomi": ("小米",),
    "umeng": ("友盟",),
    "feishu": ("飞书",),
    "lark": ("飞书",),
    "dingtalk": ("钉钉",),
    "baidu": ("百度",),
    "weibo": ("微博",),
    "bluetooth": ("蓝牙",),
    "ai": ("人工智能", "智能"),
    "sdk": ("开发工具包",),
    "pin": ("密码",),
    "wi-fi": ("无线",),
    "wifi": ("无线",),
    "gps": ("定位",),
    # Apple's own apps, which its Chinese system names in Chinese ("system file pickers, Photos, Face ID" =
    # 「系统文件选择器、照片、Face ID」, eval/editions47 screenclips, u47e); Taiwan's names are keyed alike
    "photos": ("照片", "相册"),
    "files": ("文件", "档案"),
    "mail": ("邮件",),
    "contacts": ("通讯录", "联系人"),
    "notes": ("备忘录",),
    "calendar": ("日历", "行事历"),
    "reminders": ("提醒事项",),
    "wallet": ("钱包",),
    "maps": ("地图",),
    # an abbreviation one edition writes for the words the other spells out: 「裝置資訊（型號、OS、語言）」 / "model,
    # operating system version" (eval/editions48 neon, u48e)
    "os": ("操作系统", "作业系统", "operating system"),
    # a one-time password is a code: "OTP rate-limit timestamps" / 「一次性验证码限流时间戳」 (eval/editions49 buddy-lag, u49c)
    "otp": ("验证码", "一次性密码", "动态码", "动态密码"),
}

# Names a Chinese edition keeps in Latin letters, always: one it does not write is one it lacks, not one it translated
# (u47e). In eval/ and corpora/, of the Chinese editions beside an English one that writes iCloud, 43 of 45 write
# iCloud too (the two others are eval/editions46 handy, whose rewritten Chinese editions dropped the iCloud storage:
# a real divergence); iPhone 12 of 12, iPad 5 of 5.  Not iOS (苹果系统, 移动端: 8 editions), App Store (应用商店: 12
# of 74) nor Apple ID (苹果账号: 8 of 24), which Chinese editions often translate.
KEPT_IN_LATIN = frozenset({"icloud", "iphone", "ipad"})

# What a policy commits to, in both languages: (concept, English word starts, Chinese words on the cross-script key).
# An English word matches at a word start ("encrypt" matches encryption); a concept is held by a section that
# has any of its words in either language.
CONCEPTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("scan", ("scan",), ("扫描",)),
    ("sell", ("sell", "sale", "sold "), ("出售", "售卖", "贩卖", "贩售")),
    ("rent", ("rent ", "rents ", "rented ", "renting "), ("出租", "租赁")),
    ("object", ("object ", "refus", "reject", "declin", "opt out", "opt-out"), ("反对", "拒绝", "退出")),
    ("encrypt", ("encrypt", "cipher"), ("加密",)),
    # a claim of its own: "encrypted in transit and at rest" is not 「端到端加密」 (eval/editions50c metronome-lag ML2, u50c)
    ("end-to-end", ("end-to-end", "end to end", "e2ee"), ("端到端", "端对端")),
    ("advertising", ("advertis", "ads ", "ad "), ("广告",)),
    (
        "location",
        (
            "geoloca",
            "gps ",
            "location data",
            "location information",
            "your location",
            "precise location",
            "approximate location",
            "coarse location",
        ),
        # 精確位置 / "precise location", 約略位置 / "coarse location", IP 歸屬地 / "IP geolocation" (editions26)
        (
            "定位",
            "地理位置",
            "位置信息",
            "位置资讯",
            "您的位置",
            "你的位置",
            "精确位置",
            "精准位置",
            "大致位置",
            "约略位置",
            "粗略位置",
            "归属地",
        ),
    ),
    ("camera", ("camera",), ("相机", "摄像", "拍照", "拍摄", "录像")),
    ("microphone", ("microphone",), ("麦克风", "话筒")),
    # 联系人 (Taiwan and Hong Kong's 聯絡人 on the cross-script key) are the address book's entries too (eval/editions29
    # emuinotice); a contact person is not (`_NOT_CONCEPT`)
    ("contacts", ("contacts", "address book", "phonebook"), ("通讯录", "联系人")),
    # staff trained is 培训 ("Provide data protection training to employees" / 「對員工進行數據保護培訓」: eval/editions52 arvix, u52e)
    ("train", ("train",), ("训练", "培训")),
    (
        "payment",
        ("payment", "pay ", "paid ", "purchas", "billing", "bill ", "charge", "price", "fee ", "fees ", "cost"),
        ("付款", "支付", "购买", "付费", "内购", "账单", "计费", "扣款", "收费", "费用", "价格", "成本"),
    ),
    ("subscription", ("subscri",), ("订阅",)),
    # a refund and what is shared to decide it: 「當您提出退款申請時，我們可能會…與 Apple 分享…」, a paragraph only the
    # zh-TW had (eval/editions45 mindfulwork-lag ML3, u46e)
    ("refund", ("refund",), ("退款", "退费", "退货")),
    ("complaint", ("complain",), ("投诉", "申诉")),
    # a session or token revoked is 吊销 ("revoked immediately on sign-out" / 「登出时立即吊销」: eval/editions49
    # buddy-lag, u49c)
    ("withdraw", ("withdraw", "revoke", "revocation"), ("撤回", "撤销", "吊销")),
    ("portability", ("portab", "export"), ("可携", "导出")),
    ("rectify", ("rectif", "correct", "amend", "inaccura"), ("更正", "纠正")),
    # "an underage account" is 「未成年账号」 (eval/editions49 buddy-lag, u49c)
    ("children", ("child", "minor ", "minors ", "kid ", "kids ", "underage"), ("儿童", "未成年", "孩子", "子女")),
    # a trace is 追踪/跟踪 too (twenty-sixth session); a stack trace and a traceroute are not (`_NOT_CONCEPT`)
    ("track", ("track", "trace", "tracing"), ("追踪", "跟踪")),
    ("server", ("server",), ("服务器", "伺服器")),
    # data kept or sent outside the user's country (u47e: 「並在境外被存取和儲存」 / "It is accessed, stored and
    # displayed outside the country", eval/editions46 handy), both ways as wide
    (
        "abroad",
        (
            "outside the country",
            "outside your country",
            "outside of the country",
            "abroad",
            "overseas",
            "cross-border",
            "cross border",
            "other countries",
            "another country",
        ),
        ("境外", "跨境", "海外", "出境", "国外", "国家以外", "其他国家"),
    ),
    (
        "law-enforcement",
        ("law enforcement", "court", "government", "police", "authorit"),
        # "authorities" is as wide as 机关, 当局 and 司法/行政机构 (u47e: 「行政或司法機構的要求」 / "at the request of the
        # administrative or judicial authorities", eval/editions46 handy); not 司法 alone (司法管辖区 is a jurisdiction)
        ("执法", "法院", "政府", "警方", "公安", "主管机关", "监管", "机关", "当局", "司法机构", "司法机关", "司法部门", "行政机构"),
    ),
    ("health", ("health", "heart rate", "medical"), ("健康", "心率", "医疗")),
    ("biometric", ("biometric", "fingerprint", "face id", "facial"), ("生物识别", "指纹", "面容", "人脸", "面部")),
    # the law that governs the policy and where its disputes go: 「本政策的解释与争议…由运营方所在地有管辖权的法律管辖」, which
    # the English edition lacked (eval/editions39 whyspend, u39c); a section that says "jurisdiction" or 司法管辖区 (where
    # data goes) holds it too (`_HELD_ALSO`), so a translation that words it so reports nothing
    # (not "governed by" alone: "governed by that repository's own privacy policy" is no law: corpora, u39c)
    (
        "governing-law",
        ("governing law", "exclusive jurisdiction", "dispute resolution", "disputes arising"),
        ("管辖权", "法律管辖", "争议解决"),
    ),
    # credentials are 凭据 (and a sign-in or access 凭证; a bare 凭证 is as often a payment's voucher): "The plugin may
    # validate credentials format locally" / 「插件可能在本地校验凭据格式」 (eval/editions34 doubao, u34c)
    (
        "password",
        ("password", "passcode", "credential"),
        ("密码", "口令", "凭据", "登录凭证", "访问凭证", "身份凭证", "认证凭证", "安全凭证"),
    ),
)


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


@lru_cache(maxsize=256)
def _is_chinese(text: str) -> bool:
    """Chinese when its Han characters are a third of its Latin letters or more ("Stepfun AI (阶跃星辰大模型) — Used …" is English).
    (u55h) Answered once a text: asked of the other section's whole text for each sentence and each name it names."""
    han = len(HAN_CHAR.findall(text))
    return bool(han) and han * 3 >= sum(1 for c in text if c.isascii() and c.isalpha())


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


def _holds(text: str, key: str) -> bool:
    """Does a section's text (lower case, cross-script key) hold an anchor or a concept?"""
    kind, _, value = key.partition(":")
    if kind == "latin":
        if _writes_word(text, value):
            return True
        return any(cross_script_key(w) in text for w in NAME_TRANSLATIONS.get(value, ()))
    return False


class _Side(NamedTuple):
    sentences: list[Sentence]
    text: str  # the whole section, lower case, on the cross-script key
    keys: frozenset[str]  # every anchor of the section
    topics: frozenset[str]
    concepts: frozenset[str]


def _side(section: Section, lower_words: frozenset[str], under: tuple[Section, ...] = (), kept: frozenset[str] = frozenset()) -> _Side:
    """A section's sentences, and what it holds: its own text and that of `under`, the sub-sections under it that have
    no counterpart (a line one edition writes as a sub-heading and the other as a paragraph of the section)."""
    texts = factlib.section_text(section)
    units = sentences(section, lower_words, kept)
    keys = frozenset(k for unit in units for k in unit.anchors) | (anchors(section.title, lower_words) if section.title else frozenset())
    for child in under:
        texts = [*texts, *([child.title] if child.title else []), *factlib.section_text(child)]
        keys |= frozenset(k for unit in sentences(child, lower_words) for k in unit.anchors)
        keys |= anchors(child.title, lower_words) if child.title else frozenset()
    joined = "\n".join(texts)
    return _Side(units, cross_script_key(joined).lower(), keys, frozenset(topics_of(joined)), held_concepts(joined))


def _reversed(unit: Sentence, mine: _Side, theirs: _Side) -> list[str]:
    """`modes.reversed_mode` of a sentence of `mine` against the other edition's section `theirs` (across languages only)."""
    chinese = _is_chinese(unit.text)
    if chinese == _is_chinese(theirs.text):
        return []
    return modes.reversed_mode(cross_script_key(unit.text).lower() if chinese else unit.text.lower(), chinese, mine.text, theirs.text)


def _lacked(unit: Sentence, other: _Side, other_doc: Reading, own: _Side | None = None) -> list[str]:
    """The anchors and concepts of a sentence that the other section lacks altogether (and, with them, its topics the
    other section lacks).  A name in Latin letters counts only when the other edition writes it so somewhere (else it
    translated it: Chinese-speaking / 华人, "Star Map" / 星图, and the section cannot be checked), and is no
    capitalised tail of a name the other section writes as often as `own`, the sentence's section (`_name_tail`)."""
    out = []
    for key in sorted(unit.anchors):
        if key in other.keys:
            continue
        kind = key.partition(":")[0]
        if kind == "latin":
            name = key.partition(":")[2]
            chinese = _is_chinese(other.text)
            written = (name in other_doc.latin and name not in other_doc.in_name_only) or name in KEPT_IN_LATIN
            if (
                not _holds(other.text, key)
                and (written or not chinese)
                and not _glued(name, other.text)
                and not (own is not None and _name_tail(name, unit, own, other))
            ):
                out.append(key)
        elif kind in ("number", "party"):
            if (
                not factlib.holds(set(other.keys), other.text, key)
                and not _translated_party(key, other, other_doc)
                and not _party_in_latin(key, other)
            ):
                out.append(key)
        elif kind == "email":
            # "Support emailnana@…" is 支援信箱nana@…: a label run into the address (`facts.unglue_emails`)
            value = key.partition(":")[2]
            theirs = [k.partition(":")[2] for k in other.keys if k.startswith("email:")]
            if not any(factlib.glued_label(value, [o]) or factlib.glued_label(o, [value]) for o in theirs):
                out.append(key)
        else:
            out.append(key)
    for concept in sorted(unit.concepts):
        # a negation helps the aligner but is no evidence alone: "excluding" / 不包括, "only" / 不…以外
        if concept != "not" and concept not in other.concepts:
            out.append(f"concept:{concept}")
    if out:  # a topic is too coarse to be evidence alone (查閱 reads as the right of access); it is shown with the rest
        out += [f"topic:{topic}" for topic in sorted(set(topics_of(unit.text)) - other.topics)]
    return out


def _name_tail(name: str, unit: Sentence, own: _Side, other: _Side) -> bool:
    """Is a Latin word the sentence holds only a capitalised common word written after a name the other section writes,
    the name's part one edition spells out and the other leaves to the bare name?  「请通过 GitHub Issues 联系」 /
    "contact us via GitHub" is one sentence (eval/editions55 dovecot, u55e2); so are Google Play Store / Google, App
    Store Connect / App Store.  Each time the sentence writes the word it follows the name (through other such words),
    one space apart, as a word of small letters after its capital; the other section holds the name as a name (an
    anchor: "Game" of 「Game Center」 is no name the English writes in "the game", eval/editions51 grid-lag); and the
    sentence's section names it in no more sentences than the other section does: a sentence more naming it
    (「我們也使用 Firebase Analytics（Google）…」 beside the English "These include Firebase (Google) …", eval/editions51
    grid-lag GL6) is a mention of its own, and its tail stays evidence.  A tail the bilingual lexicon or the topic model reads a subject in is a product of its own,
    whatever the sentence pair: Google Analytics (third-party SDKs), Google Ads, Apple Pay (`concepts`, `topics.words_in`)."""
    words = list(_WORD.finditer(unit.text))
    # heads[i]: the written name that word i follows through title-case words, else "" (one pass: a sentence of ten
    # thousand title-case words is walked once, not once a word)
    heads = [""]
    for before, word in itertools.pairwise(words):
        key = f"latin:{before.group(0).lower()}"
        tail = _title_word(word.group(0)) and unit.text[before.end() : word.start()] == " "
        heads.append("" if not tail else key if key in unit.anchors and key in other.keys else heads[-1])
    found: dict[str, bool] = {}  # each head once: is it named in no more sentences here than there?
    for word, key in zip(words, heads, strict=True):
        if word.group(0).lower() != name:
            continue
        if not key or (not found and (concepts(word.group(0)) or topics.words_in(word.group(0)))):
            return False
        if key not in found:
            found[key] = sum(1 for u in own.sentences if key in u.anchors) <= sum(1 for u in other.sentences if key in u.anchors)
        if not found[key]:
            return False
    return bool(found)


def _title_word(word: str) -> bool:
    """A word of letters with a capital and small letters after it (Issues, Store; not API, iCloud)."""
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _unwritten_paragraph(units: list[Sentence], other: _Side, other_doc: Reading) -> dict[int, list[str]]:
    """English sentences naming a name that their paragraph (two sentences or more) writes in two of them, with an
    inner capital or a digit (DeepSeek, OpenAI), which the Chinese edition writes nowhere: index → its `latin:` keys.

    Such a name alone is no evidence (`_lacked`: the Chinese edition may translate it, WeChat / 微信); the paragraph is
    one the translation lacks only when the alignment gives its sentences no counterpart of their own
    (`_merged_paragraph`)."""
    if not units or not _is_chinese(other.text) or any(_is_chinese(u.text) for u in units):
        return {}
    named: dict[int, set[str]] = {}
    for i, unit in enumerate(units):
        for word in _WORD.findall(unit.text):
            low = word.lower()
            key = f"latin:{low}"
            if not inner_capital(word, acronyms=True) and not any(c.isdigit() for c in word):
                continue
            if key in unit.anchors and low not in other_doc.latin and not _holds(other.text, key) and not _glued(low, other.text):
                named.setdefault(i, set()).add(key)
    out: dict[int, list[str]] = {}
    by_line: dict[int, list[int]] = {}  # (u55h) the sentences of each paragraph, gathered once
    for j, u in enumerate(units):
        by_line.setdefault(u.line, []).append(j)
    for i, keys in named.items():
        paragraph = by_line[units[i].line]
        twice = sorted(k for k in keys if sum(1 for j in paragraph if k in named.get(j, ())) >= 2)
        if len(paragraph) >= 2 and twice:
            out[i] = twice
    return out


def _merged_paragraph(
    beads: list[tuple[list[int], list[int]]],
    found: dict[int, list[str]],
    in_base: bool,
    a: list[Sentence],
    b: list[Sentence],
    ratio: float,
) -> dict[int, list[str]]:
    """The sentences of `found` (`_unwritten_paragraph`) whose paragraph the other side lacks: every sentence of the
    paragraph is alone, or in a bead with sentences of another paragraph of its side whose lengths agree better with
    the bead's other side without it (the aligner merged it into its neighbour: "Local account detection reads … it
    does not read conversation content. DeepSeek is balance-only: …" against 「本地账户检测只读取…不会读取对话内容。」,
    eval/editions42 kimi-lag, u42c).  A sentence of the paragraph that is a bead's only sentence of its side, facing
    the other side, is translated: the paragraph is not reported."""
    mine_units = a if in_base else b
    out: dict[int, list[str]] = {}
    for line in sorted({mine_units[i].line for i in found}):
        paragraph = {j for j, u in enumerate(mine_units) if u.line == line}
        lacking = True
        for ib, io in beads:
            mine, theirs = (ib, io) if in_base else (io, ib)
            if paragraph.isdisjoint(mine) or not theirs:
                continue
            rest = [i for i in mine if i not in paragraph]
            if not rest:
                lacking = False
                break
            group = [mine_units[i] for i in mine]
            kept = [mine_units[i] for i in rest]
            far = [(b if in_base else a)[i] for i in theirs]
            with_it = _length_cost(group, far, ratio) if in_base else _length_cost(far, group, ratio)
            without = _length_cost(kept, far, ratio) if in_base else _length_cost(far, kept, ratio)
            if without > with_it - FIT_GAIN:
                lacking = False
                break
        if lacking:
            out.update((i, found[i]) for i in sorted(paragraph) if i in found)
    return out


def _glued(name: str, text: str) -> bool:
    """Is a Latin name words a page ran together, a common word before a word the other section holds or another
    common one?  Links side by side lose their spaces: "Privacy PolicyTerms of ServicekukuDev" reads `policyterms`
    and `servicekukudev` beside 「隐私政策服务条款kukuDev」 (eval/editions29 taptapbible).  Only a head of four letters
    or more is cut off: `usbank` is no glued "us".  A name of more than `_GLUED_MAX` letters is no run of link labels
    (review u29w: a token of 3,000 letters recursed past Python's limit and failed the product's comparison); the
    tails are tried once each (`_glued_tail`)."""
    return len(name) <= _GLUED_MAX and _glued_tail(name, text, {})


_GLUED_MAX = 60


def _glued_tail(name: str, text: str, seen: dict[str, bool]) -> bool:
    """`_glued` of `name`, each tail answered once (`seen`)."""
    if name in seen:
        return seen[name]
    seen[name] = False
    for cut in range(4, len(name) - 1):
        head, tail = name[:cut], name[cut:]
        if head not in _EN_COMMON and head not in _GENERIC_LATIN:
            continue
        if tail in _EN_COMMON or tail in _GENERIC_LATIN or _holds(text, f"latin:{tail}") or _glued_tail(tail, text, seen):
            seen[name] = True
            return True
    return False


def _translated_party(key: str, other: _Side, other_doc: Reading) -> bool:
    """Is a Latin party's absence from the other section no evidence?  The key is the letters before 'Inc.', a label
    run in ("Provider: NetEase, Inc." → `ovidernetease`): the other section holds it when it writes a name the key
    ends with (IPinfo Inc. → `ipinfo`), and a Chinese section cannot be checked for it when its edition writes no such
    name anywhere (網易公司 for NetEase), as for a Latin name in `_lacked` (eval/editions26 netpulse).  A name is one
    to three words in a row with a word of its own among them: "Tencent Cloud" is not "Alibaba Cloud", whose key
    merely ends with the shared word `cloud` (eval/editions27; before, any word of three letters that ended the key
    hid the party)."""
    kind, _, value = key.partition(":")
    if kind != "party" or not value.isascii():
        return False
    words = re.findall(r"[a-z0-9]+", other.text)
    if _ends_with_name(value, words) or _names_core(value, words):
        return True
    return _is_chinese(other.text) and not _names_core(value, [w for w in other_doc.latin if w.isalnum()])


def _party_in_latin(key: str, other: _Side) -> bool:
    """Is a Chinese party (華為技術有限公司) no evidence against an English section that names a party in Latin letters
    ("Huawei Technologies Co., Ltd.")?  The two cannot be compared without transliteration (eval/editions27 navicast's
    trademark notice, u53e2; as `_translated_party` for a Latin party against a Chinese section)."""
    kind, _, value = key.partition(":")
    return (
        kind == "party"
        and not value.isascii()
        and not _is_chinese(other.text)
        and any(k.startswith("party:") and k.partition(":")[2].isascii() for k in other.keys)
    )


def _ends_with_name(value: str, words: list[str]) -> bool:
    """Do one to three consecutive `words`, run together, end `value`, with a word among them that is no generic
    company word (`NAME_SUFFIXES`)?"""
    for end in range(len(words)):
        for start in range(end, max(-1, end - 3), -1):
            run = words[start : end + 1]
            joined = "".join(run)
            if len(joined) >= 3 and value.endswith(joined) and any(w not in NAME_SUFFIXES for w in run):
                return True
    return False


def _names_core(value: str, words: list[str]) -> bool:
    """Does one of `words` (no generic company word) end the key without its generic last words (`alibabacloud` →
    `alibaba`: 「Alibaba（新加坡）」 names Alibaba Cloud)?"""
    core = value
    # only words of four letters and more are cut: "matlab" keeps its "lab", "openai" its "ai"
    while (end := next((w for w in NAME_SUFFIXES if len(w) >= 4 and core.endswith(w) and len(core) - len(w) >= 3), None)) is not None:
        core = core[: -len(end)]
    return any(len(w) >= 3 and w not in NAME_SUFFIXES and core.endswith(w) for w in words)


def _evidence(a: list[Sentence], b: list[Sentence]) -> tuple[int, int, int]:
    """(shared, lacked, orphans): anchors and concepts the two groups share, those one group has and the other
    lacks, and the sentences none of whose anchors and concepts the other group has."""
    ka = a[0].keys.union(*(s.keys for s in a[1:]))
    kb = b[0].keys.union(*(s.keys for s in b[1:]))
    orphans = sum(1 for s in a if s.keys and s.keys.isdisjoint(kb)) + sum(1 for s in b if s.keys and s.keys.isdisjoint(ka))
    return len(ka & kb), len(ka ^ kb), orphans


def _length_cost(a: list[Sentence], b: list[Sentence], ratio: float) -> float:
    return abs(math.log((sum(s.size for s in a) + 1) / (ratio * sum(s.size for s in b) + 1)))


def _ratio(a: list[Sentence], b: list[Sentence]) -> float:
    return (sum(s.size for s in a) or 1.0) / (sum(s.size for s in b) or 1.0)


def _fits(
    beads: list[tuple[list[int], list[int]]],
    index: int,
    in_base: bool,
    a: list[Sentence],
    b: list[Sentence],
    ratio: float,
    *,
    by_keys: bool = False,
) -> bool:
    """Would a lone sentence make a neighbouring bead's lengths agree better (a sentence the other side wrote inside a
    longer one: a split, a list as prose)?  Then its length says it is there, and it is not reported.  `by_keys`: a
    neighbour the sentence is a stranger to (`_stranger`: a list's bullets, each its own concept) does not count
    (for a paragraph of one side more, `_extra_paragraph`)."""
    at = next(k for k, (ib, io) in enumerate(beads) if index in (ib if in_base else io))
    for k in (at - 1, at + 1):
        if not 0 <= k < len(beads) or not beads[k][0] or not beads[k][1]:
            continue
        ib, io = beads[k]
        ga, gb = [a[i] for i in ib], [b[i] for i in io]
        if by_keys and _stranger(a[index] if in_base else b[index], ga if in_base else gb, gb if in_base else ga):
            continue
        with_it = ([a[index]] + ga, gb) if in_base else (ga, [b[index]] + gb)
        without = _length_cost(ga, gb, ratio)
        if without > FIT_OFF and _length_cost(*with_it, ratio) < without - FIT_GAIN:
            return True
    return False


def _extra_paragraph(unit: Sentence, side: list[Sentence], far: list[Sentence]) -> bool:
    """Is `unit` a paragraph (a list item) of its own, on a side with more paragraphs than the other?  A concept read
    in one language only (拒絕 as "object", 定位问题 as "location") in a paragraph the other side translated is no
    evidence; a list with a bullet more is (eval/editions27; dev21c waterdrink and doumo, corpora keep their lists)."""
    return sum(1 for s in side if s.line == unit.line) == 1 and len({s.line for s in side}) > len({s.line for s in far})


def _stranger(unit: Sentence, rest: list[Sentence], far: list[Sentence]) -> bool:
    """Does `unit` share no anchor or concept (a negation aside) with the `far` sentences of its bead, while the `rest`
    of its side holds every one they have (at least one)?  Then it is not part of the bead, whatever the lengths."""
    theirs = frozenset().union(*(s.keys for s in far)) - {"concept:not"}
    mine = frozenset().union(*(s.keys for s in rest))
    return bool(theirs) and not (unit.keys & theirs) and theirs <= mine


def _pull_out(
    beads: list[tuple[list[int], list[int]]],
    lacking: dict[tuple[bool, int], list[str]],
    a: list[Sentence],
    b: list[Sentence],
    ratio: float,
) -> list[tuple[list[int], list[int]]]:
    """The beads with each sentence that a bead of several took in although it is not there taken out, alone.

    Merging a sentence into a neighbour's bead costs less than leaving it alone, so a sentence of one language only
    in a short section ends inside a 4-to-1 bead (「如果你使用 Apple 或 Google 登入…」 with the English e-mail bullet:
    editions26 speakzilla) and was never seen.  It is taken out when it has an anchor (a fact, a name: no concept,
    no topic) that the whole other section lacks and the bead's lengths agree at least as well without it (the
    inverse of `_fits`); or, the lengths agreeing as well, a concept the whole other section lacks in a paragraph of
    one side more with nothing in common with the other side of the bead (`_extra_paragraph`, `_stranger`).  The
    gates of `lone_sentences` then apply to it like to any lone sentence.
    """
    out: list[tuple[list[int], list[int]]] = []
    for ib, io in beads:
        pulled: list[tuple[bool, int]] = []
        for in_base, group, other in ((True, ib, io), (False, io, ib)):
            if len(group) < 2 or not other:
                continue
            for index in group:
                lacks = lacking.get((in_base, index), [])
                if not lacks:
                    continue
                rest = [i for i in group if i != index and (in_base, i) not in pulled]
                if not rest:
                    continue
                side, far = (a, b) if in_base else (b, a)
                kept = ([side[i] for i in group if (in_base, i) not in pulled], [far[i] for i in other])
                without = ([side[i] for i in rest], kept[1])
                ordered = (lambda pair: pair) if in_base else (lambda pair: (pair[1], pair[0]))
                if _length_cost(*ordered(without), ratio) > _length_cost(*ordered(kept), ratio):
                    continue  # the other side is long enough to hold it (a bullet the translation merged into another)
                if any(not k.startswith(("concept:", "topic:")) for k in lacks) or (
                    # a concept only: when it is a paragraph of one side more (a bullet of one list more: "We don't
                    # analyze or collect facial data" beside the location bullet, eval/editions27 zoracam) that shares
                    # nothing with the other side of the bead, whose rest holds all that side has
                    _extra_paragraph(side[index], side, far) and _stranger(side[index], without[0], without[1])
                ):
                    pulled.append((in_base, index))
        if not pulled:
            out.append((ib, io))
            continue
        kept_b, kept_o = [i for i in ib if (True, i) not in pulled], [i for i in io if (False, i) not in pulled]
        # each taken out where it stands: before the bead when it came before the rest of its side
        first = [(from_base, i) for from_base, i in pulled if i < min(kept_b if from_base else kept_o, default=i + 1)]
        out.extend(([i], []) if in_base else ([], [i]) for in_base, i in first)
        out.append((kept_b, kept_o))
        out.extend(([i], []) if in_base else ([], [i]) for in_base, i in pulled if (in_base, i) not in first)
    return out


def _bad(a: list[Sentence], b: list[Sentence]) -> bool:
    """A bead whose two sides share less than they lack: a sign of two sections that are not one another."""
    shared, lacked, _ = _evidence(a, b)
    return lacked > shared + 1


def align(a: list[Sentence], b: list[Sentence], ratio: float | None = None) -> list[tuple[list[int], list[int]]]:
    """A monotone alignment of two sentence lists into beads (indices of a, indices of b); 1-0 and 0-1 beads are lone
    sentences.  `ratio`: the expected size of a's text over b's (the two documents'; by default the two lists')."""
    ratio = ratio or _ratio(a, b)
    n, m = len(a), len(b)
    reads_a, reads_b = [_keys_read(s) for s in a], [_keys_read(s) for s in b]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    shapes = [(1, 0), (0, 1)] + [(1, k) for k in range(1, MAX_BEAD + 1)] + [(k, 1) for k in range(2, MAX_BEAD + 1)] + [(2, 2)]
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            for di, dj in shapes:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di == 0 or dj == 0:
                    step = SKIP_COST
                else:
                    ga, gb = a[i:ni], b[j:nj]
                    sa, sb = sum(s.size for s in ga), sum(s.size for s in gb)
                    shared, lacked, orphans = _align_evidence(reads_a[i:ni], reads_b[j:nj])
                    step = (
                        abs(math.log((sa + 1) / (ratio * sb + 1)))
                        + MERGE_COST[max(di, dj)]
                        + (0.5 if di == dj == 2 else 0.0)
                        - SHARED_BONUS * min(shared, 3)
                        + LACKED_COST * min(lacked, 4) / 2
                        + ORPHAN_COST * orphans
                    )
                    step = max(step, 0.0)
                if here + step < cost[ni][nj]:
                    cost[ni][nj] = here + step
                    back[ni][nj] = (di, dj)
    beads = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        beads.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _singular(key: str) -> str:
    """A `latin:` key without a plural's s ("latin:ids" → "latin:id"); any other key as it is."""
    if key.startswith("latin:") and len(key) >= 9 and key.endswith("s") and not key.endswith("ss"):
        return key[:-1]
    return key


def _keys_read(unit: Sentence) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's keys for the aligner, and every Latin word it writes, in any case, as written and singular
    (`latin:…`): what a key of the other side may meet in it without being a name there."""
    words = [f"latin:{w.lower()}" for w in _WORD.findall(unit.text)]
    return unit.keys, frozenset(words) | frozenset(_singular(k) for k in words) | unit.keys


def _met(keys: frozenset[str], words: frozenset[str]) -> bool:
    """Does one of `keys`, as it is or singular, stand among `words` (`_keys_read`)?"""
    return any(k in words or _singular(k) in words for k in keys)


def _align_evidence(a: list[tuple[frozenset[str], frozenset[str]]], b: list[tuple[frozenset[str], frozenset[str]]]) -> tuple[int, int, int]:
    """`_evidence` for the aligner, over `_keys_read`: a sentence is no orphan when a name of it is a word the other
    side writes, as a common word or a plural (u42c: 「原始 session ID」 / "raw session IDs", 「仓库 remote」 / "repository
    remotes": terms the translation kept in English, a name on one side only, cost an orphan's price and made the
    list items of eval/editions42 kimi-lag pair crosswise).  Shared and lacked names are counted as before: a common
    word met is no bonus (with one, a bead that took in a neighbour kept it and won a tie, eval/editions27 zoracam)."""
    hard_a = frozenset().union(*(h for h, _ in a))
    hard_b = frozenset().union(*(h for h, _ in b))
    soft_a = frozenset().union(*(s for _, s in a))
    soft_b = frozenset().union(*(s for _, s in b))
    orphans = sum(1 for h, _ in a if h and not _met(h, soft_b)) + sum(1 for h, _ in b if h and not _met(h, soft_a))
    return len(hard_a & hard_b), len(hard_a ^ hard_b), orphans


class Reading(NamedTuple):
    """What one edition's document tells the aligner: its Latin words in lower case and in any case, and its size."""

    lower_words: frozenset[str]  # written in lower case somewhere (a capitalised one of them is no name)
    latin: frozenset[str]  # every Latin word, lower-cased (a name the edition never writes in Latin letters cannot be checked)
    size: float
    # words the edition writes in Latin letters only inside its product's name of two words or more, the Latin run of
    # its title ("TapTap Bible"): elsewhere it may translate them (「圣经代码」 for "Bible code": eval/editions29
    # taptapbible), so their absence from a section is no evidence
    in_name_only: frozenset[str] = frozenset()
    # two Latin words in a row run together, lower-cased: "Red Hat" is the Chinese edition's `RedHat`
    two_words: frozenset[str] = frozenset()
    # the edition says anything of keeping data anywhere (`_SPEAKS_OF_KEEPING`: stored, retain, memory, 保存, 日志…)
    speaks_of_keeping: bool = False
    # Latin words (lower-cased) written in three paragraphs or more: a name the edition uses throughout
    often: frozenset[str] = frozenset()
    # file types the edition writes (`file_types`: .txt, .docx), lower-cased
    file_types: frozenset[str] = frozenset()


_LATIN_RUN = lazyre.compile(r"(?<![A-Za-z0-9_'’-])[A-Za-z][\w'’-]*+(?:[ \t]+[A-Za-z][\w'’-]*+)+")  # (from a word's start: linear)


def reading(texts: list[str], title: str | None = None) -> Reading:
    """`Reading` of a document from its paragraphs' texts and its title."""
    words = [w for t in texts for w in _WORD.findall(t)]
    in_name: set[str] = set()
    for run in _LATIN_RUN.findall(title or ""):
        run_words = [w.lower() for w in _WORD.findall(run)]
        pattern = re.compile(r"(?<![A-Za-z0-9])" + r"[ \t]+".join(re.escape(w) for w in run_words) + r"(?![A-Za-z0-9])", re.I)
        for word in run_words:
            alone = re.compile(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", re.I)
            if all(len(alone.findall(t)) == len(pattern.findall(t)) for t in texts):
                in_name.add(word)
    two_words = {(a + b).lower().replace("-", "") for t in texts for a, b in itertools.pairwise(_WORD.findall(t))}
    return Reading(
        frozenset(w for w in words if w.islower()),
        frozenset(w.lower().removesuffix("'s").removesuffix("’s") for w in words),
        sum(_size(t) for t in texts) or 1.0,
        frozenset(in_name),
        frozenset(two_words),
        any(_SPEAKS_OF_KEEPING.search(t) for t in texts),
        frozenset(w for w, n in Counter(w.lower() for t in texts for w in set(_WORD.findall(t))).items() if n >= OFTEN),
        frozenset(f for t in texts for f in file_types(t)),
    )


# A file type as a policy writes it: a dot and two to five letters or digits after no word and no dot (".txt",
# ".docx", 「選擇.txt或.docx時」: Latin letters only around it, as a page's <code> runs into Chinese), not a domain's ending
# (example.com) nor an abbreviation's (e.g., U.S.).
_FILE_TYPE = lazyre.compile(r"(?<![A-Za-z0-9_.])\.([A-Za-z][A-Za-z0-9]{1,4})(?![A-Za-z0-9_.])")


def latin_names(text: str) -> set[str]:
    """The names in Latin letters of `text` (`_latin_names`, no word known to be written in lower case)."""
    return _latin_names(text, frozenset())


def words(text: str) -> set[str]:
    """The Latin words of `text`, lower-cased, each also without hyphens ("Wi-Fi" → wi-fi, wifi)."""
    out = set()
    for w in _WORD.findall(text):
        low = w.lower().rstrip(".'’").removesuffix("'s").removesuffix("’s")
        out |= {low, low.replace("-", "")}
    return out


def file_types(text: str) -> list[str]:
    """The file types `text` names, lower-cased, in order (".txt, .rtf, or .docx" → txt, rtf, docx)."""
    return [m.group(1).lower() for m in _FILE_TYPE.finditer(text)]


def _file_types_more(unit: Sentence, counterpart: str, their_doc: Reading) -> list[str]:
    """The file types of a sentence listing two or more that its counterpart, which keeps another of them, lacks and
    the other edition writes nowhere: a list of formats widened in one edition (".txt, .rtf, or .docx" against
    「.txt 或 .docx」: eval/editions45 reccue-lag RC1, u46e).  A file type is written alike in every language."""
    mine = file_types(unit.text)
    if len(set(mine)) < 2:
        return []
    theirs = _file_types_of(counterpart)
    if not theirs & set(mine):
        return []
    return [f"file:.{f}" for f in dict.fromkeys(mine) if f not in theirs and f not in their_doc.file_types]


@lru_cache(maxsize=8)
def _file_types_of(text: str) -> frozenset[str]:
    """The file types a counterpart's text writes, read once a text (u55h: asked for each sentence listing two)."""
    return frozenset(file_types(text))


class Lone(NamedTuple):
    """A sentence of one section that the other section of the pair does not have (or, `counterpart` set, a
    sentence paired with `counterpart` that names what the other edition names nowhere)."""

    in_base: bool
    sentence: Sentence
    lacks: list[str]
    confidence: float
    counterpart: str | None = None


def _unwritten_names(unit: Sentence, lacks: list[str], other_doc: Reading) -> list[str]:
    """The Latin names of a Chinese sentence that the English edition writes nowhere (`lacks` already holds those its
    section lacks): a name kept in Latin letters in Chinese is kept in English too, so the edition that lacks it lacks
    what the sentence says (「設備識別碼（截斷的UDID雜湊值）」 / "device identifier (UUID)": eval/editions29 emuinotice).
    Hyphens and spaces aside (Wi-Fi = WiFi, RedHat = "Red Hat": corpora).  A name of two or three letters is no
    evidence: Chinese keeps acronyms that English spells out (VIP 会员 / "premium members", PC 端, LBS, OTA)."""
    if not _is_chinese(unit.text):
        return []
    written = {w.replace("-", "") for w in other_doc.latin} | other_doc.two_words
    out = []
    for key in lacks:
        kind, _, name = key.partition(":")
        flat = name.replace("-", "")
        if (
            kind == "latin"
            and len(flat) >= 4
            and flat not in written
            and flat.removesuffix("s") not in written
            and f"{flat}s" not in written
        ):
            out.append(key)
    return out


def _untranslated_names(unit: Sentence, counterpart: str, their_section: str, own_doc: Reading, other_doc: Reading) -> list[str]:
    """The names of an English sentence that the Chinese edition writes nowhere, when its Chinese counterpart (the
    sentences of its bead) keeps another name of the sentence in Latin letters: a widened list or table row
    ("self-hosted relay, Telegram Bot API, Feishu/Lark app bot, or webhook URL" against 「self-hosted relay、Telegram Bot
    API、webhook URL」, eval/editions43 legax-lag).

    `_lacked` never reads such a name (the edition may translate it); a name left in English beside it shows the
    translator keeps this sentence's names.  Not evidence: a name its edition writes in fewer than OFTEN paragraphs (a
    label written once, "Files, Mail, Messages", may be translated), a name of three letters or fewer (an acronym), a
    name whose usual Chinese name the counterpart's section writes (`NAME_TRANSLATIONS`), a word of the product's name
    (`Reading.in_name_only`: a translated title), a name in one run of capitalised words with a translated one
    ("Alibaba Cloud" = 「阿里云」), and a sentence whose counterpart keeps no other name of it."""
    if _is_chinese(unit.text) or not _is_chinese(their_section):
        return []
    names = sorted(k for k in unit.anchors if k.startswith("latin:"))
    theirs = cross_script_key(counterpart).lower()
    written = {w.replace("-", "") for w in other_doc.latin} | other_doc.two_words
    kept = [k for k in names if _holds(theirs, k)]
    if not kept:
        return []
    translated = {k.partition(":")[2] for k in names if _holds(their_section, k) and not _holds_latin(their_section, k)}
    runs = [{w.lower() for w in _WORD.findall(run)} for run in _CAPITAL_RUN.findall(unit.text)]
    phrases = [run for run in ({w.lower() for w in _WORD.findall(p)} for p in _CAPITAL_PHRASE.findall(unit.text)) if len(run) >= 2]
    kept_words = {k.partition(":")[2] for k in kept}
    out = []
    for key in names:
        name = key.partition(":")[2]
        flat = name.replace("-", "")
        if len(flat) < 4 or name not in own_doc.often or _written(name, written) or name in own_doc.in_name_only:
            continue
        if _first_word(unit.text, name):
            continue
        if _holds(their_section, key) or any(name in run and run & translated for run in runs):
            continue
        if any(name in run and not run & kept_words for run in phrases):
            continue  # one word of a phrase of capitals the counterpart writes none of ("Standard Contractual Clauses")
        if any(len(sibling) >= 4 and _listed_together(unit.text, name, sibling) for sibling in kept_words):
            out.append(key)
    return out


def _names_unwritten(units: list[Sentence], other_doc: Reading) -> bool:
    """Does an English sentence of `units` name, in four letters or more, what the other edition writes nowhere in
    Latin letters (a candidate of `_untranslated_names`)?"""
    written = {w.replace("-", "") for w in other_doc.latin} | other_doc.two_words
    return any(
        len(k) >= 10 and not _written(k[6:], written) for u in units if not _is_chinese(u.text) for k in u.anchors if k.startswith("latin:")
    )


def _first_word(text: str, name: str) -> bool:
    """Is `name` the first word of the sentence (of a list item: "❌ Cross-site identifiers, …"), where a capital says
    nothing of a name?"""
    first = _WORD.search(text)
    return first is not None and first.group(0).lower() == name


def _written(name: str, written: set[str] | frozenset[str]) -> bool:
    """Is a Latin name (lower case) among the words an edition writes, a hyphen, a space or a plural aside?"""
    flat = name.replace("-", "")
    return bool({flat, flat.removesuffix("s"), f"{flat}s"} & written)


def _listed_together(text: str, name: str, sibling: str) -> bool:
    """Are two names items of one list in `text`: after one another, apart by a list's separator (a comma, 、, a
    slash, "or", "and") and two words or fewer, no determiner ("Telegram chat, or Feishu/Lark chat")?  A name in another clause
    of the sentence ("…the data described in section 3 will … be processed in mainland China") is no item of it."""
    spots = {w: [m.span() for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(w)}(?![A-Za-z0-9])", text, re.I)] for w in (name, sibling)}
    for a_start, a_end in spots[name]:
        for b_start, b_end in spots[sibling]:
            gap = text[b_end:a_start] if b_end <= a_start else text[a_end:b_start]
            words = _WORD.findall(gap)
            if (
                len(gap) <= 40
                and not _CLAUSE_MARK.search(gap)
                and _LIST_SEPARATOR.search(gap)
                and len(words) <= 2
                and not _DETERMINERS.intersection(w.lower() for w in words)
            ):
                return True
    return False


# A name `_untranslated_names` reads is written in this many paragraphs of its edition or more: one the edition uses
# throughout ("Feishu/Lark" in a table, a transport list and two lists of choices), not a label written once ("Files,
# Mail, Messages, AirDrop", "Wi-Fi, Cellular", which a translation translates: eval/editions36 pixelmeter, u43c).
OFTEN = 3
# Between two items of one list: a separator, and no sentence or clause mark.
_LIST_SEPARATOR = lazyre.compile(r"[,/、，]|\b(?:or|and)\b")
_CLAUSE_MARK = lazyre.compile(r"[.;:!?|。；：！？]")
# A word of these between two names starts a phrase of its own ("a Google or Apple account, the Operator may…"): a
# capitalised word after it is a defined term, not an item of the list.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "your", "its", "their", "his", "her"})
# A phrase of capitalised words joined by spaces (a translated term: "Standard Contractual Clauses" = 标准合同条款).
_CAPITAL_PHRASE = lazyre.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]++(?: [A-Z][a-z]++)+")


def _holds_latin(text: str, key: str) -> bool:
    """Does a section's text (lower case) write the name of a `latin:` key in Latin letters?"""
    return _writes_word(text, key.partition(":")[2])


# a run of small letters and digits: the words `_writes_word` looks a plain name up among
_SMALL_RUN = lazyre.compile(r"[a-z0-9]++")


def latin_words(text: str) -> frozenset[str]:
    """Every maximal run of small letters and digits in `text`: called as it is by a caller that reads a text once
    (`pervasive.Written`: not kept in the cache), as `_latin_runs` where one text is read again and again (u55h)."""
    return frozenset(_SMALL_RUN.findall(text))


_latin_runs = lru_cache(maxsize=32)(latin_words)


def plain_word(value: str) -> str | None:
    """The word `_writes_word` looks `value` up as (its plural -s dropped): None when it is no plain run of small
    letters and digits (then only the search answers)."""
    base = value.removesuffix("s")
    return base if base and base.isascii() and base.isalnum() and base == base.lower() else None


def word_forms(base: str) -> tuple[str, str, str]:
    """The runs a `plain_word` is written as: bare, with a plural -s or -es (`_writes_word`, `pervasive.Written`)."""
    return base, f"{base}s", f"{base}es"


def _writes_word(text: str, value: str) -> bool:
    """Does `text` write `value` (lower case) as a word of its own, bare or with a plural -s or -es: the search
    `(?<![a-z0-9])value(?:s|es)?(?![a-z0-9])`.  (u55h) A value of small letters and digits only is such a word exactly
    when the word is one of the text's maximal runs of them, looked up in the set of its runs (`_latin_runs`): the
    search compiled a pattern per name and read the whole text for each, quadratic on a rewrite naming thousands of
    names (`compare.named_lag`, `pervasive`)."""
    base = plain_word(value)
    if base is not None:
        runs = _latin_runs(text)
        return not runs.isdisjoint(word_forms(base))
    return re.search(rf"(?<![a-z0-9]){re.escape(value.removesuffix('s'))}(?:s|es)?(?![a-z0-9])", text) is not None


# A run of capitalised words, one name ("Alibaba Cloud", "Google Play Services"), from a word's start.
_CAPITAL_RUN = lazyre.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*+(?:[ \t/]+[A-Z][A-Za-z0-9]*+)+")


# Kinds of data a list may name, for `_item_more` only (the aligner's `CONCEPTS` are not changed by them): (English
# pattern, Chinese words as written, both scripts) that show the item in a sentence, and the looser (English, Chinese) words whose presence
# anywhere in the other section means it may say the item otherwise ("credentials", 口令; "crash reports", 崩溃).
ITEM_KINDS: dict[str, tuple[str, tuple[str, ...], str, tuple[str, ...]]] = {
    "password": (
        r"(?i)\bpass(?:word|code)s?\b",
        ("密码", "密碼"),
        # sign-in details, 登录信息: a translator may say the password so (review u33c)
        r"(?i)\bpass(?:word|code|phrase)|\bcredential|\bpin\b|\bsecret|\blog-?\s?in|\bsign-?\s?in|\bauthenticat",
        ("密码", "口令", "凭据", "凭证", "密钥", "登录", "登入", "认证", "验证"),
    ),
    "log": (
        r"(?i)\b(?:error|crash|diagnostic|event|access|server|system)\s+logs?\b|\blog\s+(?:data|files?)\b",
        ("日志", "日誌"),
        r"(?i)\blog(?:s|ged|ging)?\b|\bcrash|\bdiagnos|\berror",
        ("日志", "崩溃", "诊断", "错误", "出错", "报错"),
    ),
    "location": (
        r"(?i)\b(?:location|geolocation)\b",
        ("位置信息", "位置資訊", "位置資料", "地理位置", "定位信息", "定位資訊"),
        r"(?i)\blocat|\bgeo|\bgps\b|\bwhere\b",
        ("位置", "定位", "地理", "所在地"),
    ),
    "microphone": (
        r"(?i)\bmicrophone\b",
        ("麦克风", "麥克風"),
        r"(?i)\bmicrophone|\baudio|\bvoice|\brecord",
        ("麦克风", "话筒", "录音", "语音", "音频"),
    ),
    "contacts": (
        r"(?i)\b(?:contacts|address\s+book|phonebook)\b",
        ("通讯录", "通訊錄"),
        r"(?i)\bcontact|\baddress\s+book|\bphonebook",
        ("通讯录", "联系人"),
    ),
}

# A promise not to keep data (「不会被存储」, 「不保存」, "will not be stored", "does not retain"), and any word of keeping data
# at all: an edition with none of the second says nothing of it, so a promise of the first in the other edition's paired
# sentence is one-sided.  The second is wide on purpose (a log, memory, a disk, 删除 after use, remain, hold): each word
# of it is a way a translator may have said the promise, and then nothing is reported; deleting counts only once the
# data is used (「用后即删除」, "deleted immediately"), not as a user's right to have it deleted.
_NOT_KEPT = lazyre.compile(
    r"(?:不[会會]|[决絕绝并並从從也亦]不[会會]?|不)被?(?:在[^，。；、*]{1,8}?)?[*]*(?:持久|永久|长期|長期)?(?:化|地)?"
    r"(?:存储|储存|存儲|儲存|保存|留存|保留|存放)"
    r"|(?i:\b(?:not|never)\s+(?:be\s+)?(?:\w+ly\s+)?(?:stored|saved|retained|kept|persisted)\b"
    r"|\b(?:do|does|did|will|would|shall|wo)\s*(?:not\s+|n[\'’]t\s+)(?:be\s+)?(?:\w+ly\s+)?"
    r"(?:store|stored|save|saved|retain|retained|keep|kept|persist|persisted)\b)"
)
_SPEAKS_OF_KEEPING = lazyre.compile(
    r"存储|储存|存儲|儲存|保存|留存|保留|存放|缓存|緩存|快取|持久|落盘|日志|日誌|内存|內存|記憶體|磁盘|磁碟|硬盘|硬碟|销毁|銷毀"
    r"|清除|丢弃|丟棄|擦除|(?:立即|立刻|即刻|随即|隨即|即|后|後)被?(?:删除|刪除)"
    r"|(?i:\b(?:stor(?:e|ed|es|ing|age)|retain\w*|retention|keep(?:s|ing)?|kept|sav(?:e|ed|es|ing)|persist\w*|cach\w*"
    r"|hold(?:s|ing)?|held|remain\w*|discard\w*|eras\w*|purg\w*|wip(?:e|ed|es|ing)|log(?:s|ged|ging)?|memory|disk)\b"
    r"|\bdelet\w*\s+(?:immediately|right\s+(?:after|away)|after|once|when|as\s+soon|upon|at\s+the\s+end))"
)

# Clause marks a list does not cross; list separators (、 and the comma) and the words that join a list's last item.
_CLAUSE_END = lazyre.compile(r"[。；;：:！？!?()（）]|\.(?=\s|$)")
# (the first white space of a run only, taken whole: 20,000 spaces took 12 s of backtracking, the regex store's probe)
_EN_JOIN = lazyre.compile(r"(?i)(?:,\s*+|(?<!\s)\s++)(?:and|or|as\s++well\s++as)\s+")
# (not the 及 of 涉及, 提及, 及时, nor the 和 of 和解, nor the 或 of 或许)
_ZH_JOIN = lazyre.compile(r"以及|(?<![涉提普触危波遍])及(?![时格])|和(?![解谐])|与|與|或者|或(?!许)")
_EN_LIST_OPENS = lazyre.compile(r"(?i)(?:like|such\s+as|including|e\.g\.|for\s+(?:example|instance)|namely)\s")
_EN_ITEM_WORDS = 6  # an English list item of more words is a clause ("When a user sends us a feedback email, …")
_ZH_ITEM_CHARS = 12


def _items(text: str) -> list[list[str]]:
    """The lists a sentence writes: runs of short items separated by 、 (Chinese) or commas (English), the last
    item split at its 和/及/以及/与/或 or "and"/"or".  A list has two items at least.  「用户的电子邮件地址、手机型号、系统版本号
    以及错误日志（如果有）」 is four items ((如果有) aside); "the user's email address, phone model and system version
    number" three."""
    chinese = _is_chinese(text)
    out = []
    for clause in _CLAUSE_END.split(text):
        pieces = [p.strip() for p in (clause.split("、") if chinese else clause.split(","))]
        if chinese:
            # a Chinese clause runs on after its comma: 「…、用户名和密码等，不会…」 ends the list at the comma
            pieces = [p.split("，")[0] if i == len(pieces) - 1 else p.split("，")[-1] for i, p in enumerate(pieces)]
        run: list[str] = []
        for piece in pieces:
            short = len(HAN_CHAR.findall(piece)) <= _ZH_ITEM_CHARS if chinese else len(piece.split()) <= _EN_ITEM_WORDS
            if not chinese and _EN_LIST_OPENS.match(piece):
                run = [piece]  # "…connection details, like the database IP, port": the list opens here
                continue
            if run and not short:
                run = [piece]  # a long piece ends a list and may open the next one (its lead-in)
                continue
            run.append(piece)
        if not run:
            continue
        last = run.pop()
        parts = [p for p in (_ZH_JOIN.split(last, maxsplit=1) if chinese else _EN_JOIN.split(last, maxsplit=1)) if p.strip()]
        run.extend(parts)
        if len(run) >= 2:
            out.append(run)
    return out


def _item_kinds(text: str) -> set[str]:
    """The `ITEM_KINDS` a sentence's text names, its Chinese words as written: not on the cross-script key, which
    folds a record (記錄, 记录) into a log (日志: eval/blind/editions25 kpj's 「產品記錄」, "product recording")."""
    return {k for k, (en, zh, _, _) in ITEM_KINDS.items() if re.search(en, text) or any(w in text for w in zh)}


def _said_otherwise(kind: str, text: str) -> bool:
    """Does a section's text (lower case, cross-script key) hold any of the looser words of an item kind?"""
    _, _, en, zh = ITEM_KINDS[kind]
    return re.search(en, text) is not None or any(cross_script_key(w) in text for w in zh)


def _item_more(unit: Sentence, counterpart: Sentence, other: _Side) -> list[str]:
    """The item kinds of a list in `unit` that its counterpart's list lacks: the two sentences are paired one to one,
    `unit`'s list has exactly one item more, one of its items names a kind of data (`ITEM_KINDS`: 「用户名和密码」, 「错误日志」)
    and the whole other section says nothing of it, not even in looser words.  A list the translator wrote with one
    item more or less (two items run into one) names no such kind, or the other section says it otherwise."""
    mine, theirs = _items(unit.text), _items(counterpart.text)
    if not mine or not theirs:
        return []
    longest, their_longest = max(mine, key=len), max(theirs, key=len)
    if len(longest) != len(their_longest) + 1:
        return []
    kinds = {k for item in longest for k in _item_kinds(item)}
    return sorted(f"item:{k}" for k in kinds if not _said_otherwise(k, other.text))


def _unsaid_kind(units: list[Sentence], other: _Side) -> bool:
    """Does a list of one of `units` name a kind of data (`ITEM_KINDS`) that the `other` section says nothing of, in any
    words?  Only such a list can make an `_item_more` entry; with nothing lacking otherwise, a pair of sections without
    one is not aligned at all (u34h: any sentence naming a kind, 「位置」 or "location" on both sides, ran the quadratic
    alignment: two sections of 400 sentences took 6.7 s, 1.0 s before the list rule)."""
    said: dict[str, bool] = {}
    for unit in units:
        for item in {item for items in _items(unit.text) for item in items}:
            for kind in _item_kinds(item):
                if kind not in said:
                    said[kind] = _said_otherwise(kind, other.text)
                if not said[kind]:
                    return True
    return False


def _kept(own: Section, other: Section, other_doc: Reading) -> frozenset[str]:
    """The Latin words the other edition writes when `own` is English and `other` Chinese: names an English list item
    may start with (`_latin_names`)."""
    chinese = [_is_chinese(" ".join(p.text for p in s.paragraphs) or s.title or "") for s in (own, other)]
    return frozenset(other_doc.latin) if chinese == [False, True] else frozenset()


# A Latin name a Chinese sentence keeps is evidence of its own from this many letters ("Azure", "Cloudflare"; not "IP").
KEPT_NAME_LETTERS = 4


def _kept_unwritten(
    alone: list[int], side: _Side, lacking: dict[tuple[bool, int], list[str]], in_base: bool, their_doc: Reading
) -> list[Lone]:
    """The lone Chinese sentences of a section pair that do not read as one another which name, in Latin letters, what the
    English edition writes nowhere: a processor or a product the Chinese edition added or replaced.

    (u49c, eval/editions49 buddy-lag) The zh-Hans's processor table names Microsoft Azure, Cloudflare and Better Stack
    where the English, a version behind, names Fly.io: with two rows added and one replaced the section's sentences
    no longer read as one another and nothing was reported.  A Chinese edition keeps a name in Latin letters as the
    English writes it; one the English writes nowhere (KEPT_NAME_LETTERS letters or more, not a word it writes in lower
    case) is not translated away, when the sentence shares no Latin word with the other section.  English sentences are
    left out: their names the Chinese may translate.
    """
    out = []
    for index in alone:
        unit = side.sentences[index]
        lacks = lacking.get((in_base, index), [])
        if (
            not _is_chinese(unit.text)
            or _size(unit.text) < MIN_ZH_CHARS
            or any(k.startswith("latin:") and k not in lacks for k in unit.anchors)
        ):
            # a sentence that shares a Latin word with the other section may have its counterpart there: "a role claimed
            # by a request header or body field" / 「不信任客户端 Header、Body 或消息中自行声明的角色」, which only adds
            # WebSocket (eval/editions38 pairnest)
            continue
        names = [
            k
            for k in lacking.get((in_base, index), [])
            if k.startswith("latin:")
            and len(k[6:]) >= KEPT_NAME_LETTERS
            and k[6:] not in their_doc.latin
            and k[6:] not in their_doc.two_words
        ]
        if names:
            out.append(Lone(in_base, unit, names, CONFIDENCE_ANCHOR))
    return out


class TooManySentences(Exception):
    """A section pair with more sentences than the aligner reads (`MAX_ALIGN_CELLS`): its lone sentences are not looked for."""

    def __init__(self, base: int, other: int) -> None:
        super().__init__(base, other)
        self.base, self.other = base, other


# The words of a site's own links (a header or footer menu): a paragraph of these alone says nothing a policy holds.
_NAV_WORDS = frozenset(
    [
        "home",
        "support",
        "privacy",
        "policy",
        "terms",
        "conditions",
        "of",
        "use",
        "service",
        "contact",
        "us",
        "about",
        "faq",
        "help",
        "blog",
        "download",
        "downloads",
        "legal",
        "imprint",
        "press",
        "careers",
        "pricing",
        "features",
        "eula",
        "cookies",
        "cookie",
        "settings",
        "notice",
        "and",
        "&",
    ]
)
_NAV_ROW_WORDS = 3


def nav_row(text: str) -> bool:
    """Is `text` a site's menu read as one paragraph, three or more of its links' words and nothing else ("Support Privacy
    Policy Terms & Conditions", a page footer run into the last section: eval/editions50c mytides, u50c)?  Its
    translation is the menu translated (「支持 隐私政策 条款与条件」), no sentence of the policy."""
    words = text.replace("&", " & ").split()
    return len(words) >= _NAV_ROW_WORDS and all(w.lower().strip("|·•/") in _NAV_WORDS or w in "|·•/" for w in words)


def _carries(unit: Sentence) -> bool:
    """Does a sentence carry an anchor or a concept (a negation alone is none)?"""
    return bool(unit.keys - _NEGATION_KEY)


def _weighed(alone: list[int], units: list[Sentence]) -> tuple[int, float]:
    """The lone sentences `alone` of `units`: how many carry something, and their weight (one that carries nothing
    counts half)."""
    carrying = sum(1 for i in alone if _carries(units[i]))
    return carrying, carrying + (len(alone) - carrying) / 2


def _rewritten(
    beads: list[tuple[list[int], list[int]]],
    alone_b: list[int],
    alone_o: list[int],
    mine: list[Sentence],
    theirs: list[Sentence],
    *,
    weighed: bool,
) -> bool:
    """Do two aligned sections not read as one another (a wrong pair, a re-written section): too large a share of one
    side's sentences alone (`MIN_PAIRED_SHARE`), or more than `MAX_ALONE` lone sentences in all?

    `weighed` (u53e2, eval/editions51 grid-lag: a sign-in paragraph added and a sentence split at ；, four Chinese
    sentences alone of which three carry nothing): when a paired bead shares an anchor or a concept (the sections are
    one another's), a lone sentence that carries nothing (a clause a translator split off or added) weighs half in the
    share and is not counted in the limit."""
    anchored = weighed and any(
        ib and io and (frozenset().union(*(mine[i].keys for i in ib)) & frozenset().union(*(theirs[i].keys for i in io))) - _NEGATION_KEY
        for ib, io in beads
    )
    counts = []
    for alone, units in ((alone_b, mine), (alone_o, theirs)):
        carrying, weight = _weighed(alone, units) if anchored else (len(alone), float(len(alone)))
        if weight > max(1.0, (1 - MIN_PAIRED_SHARE) * len(units)):
            return True
        counts.append(carrying)
    return sum(counts) > MAX_ALONE


def lone_sentences(
    base: Section,
    other: Section,
    base_doc: Reading,
    other_doc: Reading,
    base_under: tuple[Section, ...] = (),
    other_under: tuple[Section, ...] = (),
) -> list[Lone]:
    """Sentences of one section of an English ↔ Chinese pair that the other lacks, when the confidence is high.

    `base_under` / `other_under`: the sub-sections under each section that have no counterpart; what they say counts
    as said by the section (eval/editions40 antsdiary: 「設定 > 隱私權與安全性 > 追蹤」, a bold line read as a sub-heading
    in Chinese, is "Settings > Privacy & Security > Tracking", a paragraph of the English "2. Advertising").
    """
    sb = _side(base, base_doc.lower_words, base_under, _kept(base, other, other_doc))
    so = _side(other, other_doc.lower_words, other_under, _kept(other, base, base_doc))
    if not sb.sentences or not so.sentences:
        return []
    ratio = base_doc.size / other_doc.size
    lacking = {
        (in_base, i): lacks
        for in_base, side, rest, rest_doc in ((True, sb, so, other_doc), (False, so, sb, base_doc))
        for i, unit in enumerate(side.sentences)
        if _size(unit.text) >= (MIN_ZH_CHARS if _is_chinese(unit.text) else MIN_EN_LETTERS)
        and not nav_row(unit.text)
        and (lacks := _lacked(unit, rest, rest_doc, side))
    }
    unwritten = {
        in_base: _unwritten_paragraph(side.sentences, rest, rest_doc)
        for in_base, side, rest, rest_doc in ((True, sb, so, other_doc), (False, so, sb, base_doc))
    }
    widened = any(
        _file_types_more(unit, their_text, their_doc)
        for side, their_text, their_doc in (
            (sb, " ".join(u.text for u in so.sentences), other_doc),
            (so, " ".join(u.text for u in sb.sentences), base_doc),
        )
        for unit in side.sentences
    )
    if (
        not lacking
        and not widened
        and not any(unwritten.values())
        and not _names_unwritten(sb.sentences, other_doc)
        and not _names_unwritten(so.sentences, base_doc)
        and not any(unasked_consent(u.text, theirs.text) for mine, theirs in ((sb, so), (so, sb)) for u in mine.sentences)
        and not any(unsaid_claims(u.concepts, theirs.concepts) for mine, theirs in ((sb, so), (so, sb)) for u in mine.sentences)
        and not any(_reversed(u, mine, theirs) for mine, theirs in ((sb, so), (so, sb)) for u in mine.sentences)
        and not (
            _unsaid_kind(sb.sentences, so)
            or _unsaid_kind(so.sentences, sb)
            or any(_NOT_KEPT.search(u.text) for u in sb.sentences + so.sentences)
        )
    ):
        return []  # no sentence has anything the other section lacks: none can be reported, whatever the alignment
    if len(sb.sentences) * len(so.sentences) > MAX_ALIGN_CELLS:
        raise TooManySentences(len(sb.sentences), len(so.sentences))
    beads = _pull_out(align(sb.sentences, so.sentences, ratio), lacking, sb.sentences, so.sentences, ratio)
    alone_b = [i for ib, io in beads if not io for i in ib]
    alone_o = [i for ib, io in beads if not ib for i in io]
    if _rewritten(beads, alone_b, alone_o, sb.sentences, so.sentences, weighed=False):
        kept = _kept_unwritten(alone_b, sb, lacking, True, other_doc) + _kept_unwritten(alone_o, so, lacking, False, base_doc)
        if _rewritten(beads, alone_b, alone_o, sb.sentences, so.sentences, weighed=True):
            # the sections do not read as one another: a wrong pair or a re-written section; only what a Chinese
            # sentence keeps in Latin letters and the English edition writes nowhere is still said by one edition alone
            return kept
    else:
        kept = []
    bad = sum(1 for ib, io in beads if ib and io and _bad([sb.sentences[i] for i in ib], [so.sentences[i] for i in io]))
    if bad * 3 > len(beads) - len(alone_b) - len(alone_o):
        return kept  # (what the guard above kept, if anything) too many paired sentences that share nothing: a wrong section pair
    # a lone sentence next to a lone sentence of the other side is one sentence written otherwise (a value swapped,
    # a paraphrase the aligner could not pair: "Email: support@…" / 「邮箱：kw@…」): the facts report what differs
    swapped: set[tuple[bool, int]] = set()
    for (ib, io), (jb, jo) in itertools.pairwise(beads):
        if (not io and not jb) or (not ib and not jo):  # a lone sentence of each side, one after the other
            for in_base, group in ((True, ib), (False, io), (True, jb), (False, jo)):
                swapped.update((in_base, i) for i in group)
    out = [
        Lone(in_base, (sb if in_base else so).sentences[index], names, CONFIDENCE_CONCEPT)
        for in_base, found in unwritten.items()
        for index, names in _merged_paragraph(beads, found, in_base, sb.sentences, so.sentences, ratio).items()
    ]
    for in_base, alone, side in ((True, alone_b, sb), (False, alone_o, so)):
        for index in alone:
            if (in_base, index) in swapped:
                continue
            unit = side.sentences[index]
            lacks = lacking.get((in_base, index), [])
            if not lacks:
                continue  # (before `_extra_paragraph`, which reads the whole side)
            hard = any(not k.startswith(("concept:", "topic:")) for k in lacks)
            mine, theirs = (sb.sentences, so.sentences) if in_base else (so.sentences, sb.sentences)
            by_keys = not hard and _extra_paragraph(unit, mine, theirs)
            # a name the other edition always keeps in Latin letters and writes nowhere (`KEPT_IN_LATIN`) is in no
            # neighbouring sentence of it either: its length says nothing (eval/editions46 handy, u47e)
            their_doc = other_doc if in_base else base_doc
            kept_unwritten = any(k.startswith("latin:") and k[6:] in KEPT_IN_LATIN and k[6:] not in their_doc.latin for k in lacks)
            if not kept_unwritten and _fits(beads, index, in_base, sb.sentences, so.sentences, ratio, by_keys=by_keys):
                continue
            out.append(Lone(in_base, unit, lacks, CONFIDENCE_ANCHOR if hard else CONFIDENCE_CONCEPT))
    # an English sentence making consent a condition that the Chinese section never sets, wherever the aligner put it
    # (beside its neighbour in one bead: "Disclose to third parties with your prior consent; Disclosure to … authorities"
    # / 「根據法律的有關規定…披露」)
    for in_base, mine, theirs in ((True, sb, so), (False, so, sb)):
        for unit in mine.sentences:
            if (conditions := unasked_consent(unit.text, theirs.text)) and not any(lone.sentence is unit for lone in out):
                out.append(Lone(in_base, unit, conditions, CONFIDENCE_CONCEPT))
            elif (claims := unsaid_claims(unit.concepts, theirs.concepts)) and not any(lone.sentence is unit for lone in out):
                out.append(Lone(in_base, unit, claims, CONFIDENCE_CONCEPT))
            elif (modes_reversed := _reversed(unit, mine, theirs)) and not any(
                lone.sentence is unit or lone.counterpart == unit.text for lone in out
            ):
                # automatic against optional (u51e): shown beside the other edition's sentence that reverses it
                counterpart = next((t.text for t in theirs.sentences if _reversed(t, theirs, mine)), None)
                out.append(Lone(in_base, unit, modes_reversed, CONFIDENCE_CONCEPT, counterpart))
    # a sentence paired one to one whose Latin name the other edition writes nowhere: a name added inside a sentence
    for ib, io in beads:
        if len(ib) != 1 or len(io) != 1 or _bad([sb.sentences[ib[0]]], [so.sentences[io[0]]]):
            continue
        for in_base, index, mine, theirs, their_doc in (
            (True, ib[0], sb, so, other_doc),
            (False, io[0], so, sb, base_doc),
        ):
            names = _unwritten_names(mine.sentences[index], lacking.get((in_base, index), []), their_doc)
            if names:
                unit, counterpart = mine.sentences[index], theirs.sentences[(io if in_base else ib)[0]]
                out.append(Lone(in_base, unit, names, CONFIDENCE_CONCEPT, counterpart.text))
    # an English sentence naming what the Chinese edition writes nowhere, beside a name its counterpart keeps in Latin
    reported_names = {(lone.in_base, lone.sentence) for lone in out}
    for ib, io in beads:
        if not ib or not io:
            continue
        ga, gb = [sb.sentences[i] for i in ib], [so.sentences[o] for o in io]
        for in_base, mine_units, theirs_units, theirs, mine_doc, their_doc in (
            (True, ga, gb, so, base_doc, other_doc),
            (False, gb, ga, sb, other_doc, base_doc),
        ):
            counterpart_text = " ".join(u.text for u in theirs_units)
            found = [
                (u, names) for u in mine_units if (names := _untranslated_names(u, counterpart_text, theirs.text, mine_doc, their_doc))
            ]
            if not found:
                continue
            # the bead must read as one sentence pair but for the names themselves (which it lacks, by definition)
            shared, lacked, _ = _evidence(ga, gb)
            if lacked - len({k for _, names in found for k in names}) > shared + 1:
                continue
            for unit, names in found:
                if (in_base, unit) not in reported_names:
                    reported_names.add((in_base, unit))
                    out.append(Lone(in_base, unit, names, CONFIDENCE_CONCEPT, counterpart_text))
    # a licence named in a sentence whose paired sentence names another one, which the other edition writes nowhere
    # (u37c, `compare.licences`: 「本应用为开源软件（MIT 许可）」 / "open source (GPL-3.0-or-later)", eval/editions37 osmium)
    # (two lone sentences one after the other, one of each side, are one sentence written otherwise: read as a pair)
    lone_pairs = [(a[0] or b[0], a[1] or b[1]) for a, b in itertools.pairwise(beads) if (not a[1] and not b[0]) or (not a[0] and not b[1])]
    for ib, io in [*beads, *lone_pairs]:
        if not ib or not io:
            continue
        ga, gb = [sb.sentences[i] for i in ib], [so.sentences[o] for o in io]
        for in_base, mine, theirs_units, their_doc in ((False, gb, ga, base_doc), (True, ga, gb, other_doc)):
            counterpart_text = " ".join(u.text for u in theirs_units)
            found = [(u, keys) for u in mine if (keys := licences.differ(u.text, counterpart_text, their_doc.latin))]
            if found:
                out.extend(Lone(in_base, u, keys, CONFIDENCE_ANCHOR, counterpart_text) for u, keys in found)
                break  # one entry per pair of sentences: the edition's sentence, else the base's
    # a list of file types with a type more, in a sentence paired with the other side (`_file_types_more`)
    if widened:
        for ib, io in [*beads, *lone_pairs]:
            if not ib or not io:
                continue
            ga, gb = [sb.sentences[i] for i in ib], [so.sentences[o] for o in io]
            for in_base, mine, theirs_units, their_doc in ((True, ga, gb, other_doc), (False, gb, ga, base_doc)):
                counterpart_text = " ".join(u.text for u in theirs_units)
                for unit in mine:
                    types = _file_types_more(unit, counterpart_text, their_doc)
                    if types and all(lone.sentence is not unit for lone in out):
                        out.append(Lone(in_base, unit, types, CONFIDENCE_CONCEPT, counterpart_text))
    # a list with an item more that names a kind of data the other section never names (u33c), in a sentence paired
    # with the other side: in order inside a two-to-two bead; else one sentence against a bead's other side, whose
    # longest list is its counterpart's (the translator split the sentence: "…connection details, like the database
    # IP, port, name, username. We only use…" for one Chinese sentence; eval/editions33 hellodb)
    reported = {(lone.in_base, lone.sentence) for lone in out}
    for ib, io in beads:
        if not ib or not io or (len(ib) > 1 and len(io) > 1 and (len(ib), len(io)) != (2, 2)):
            continue
        pairs = [([i], [o]) for i, o in zip(ib, io, strict=True)] if len(ib) == len(io) == 2 else [(ib, io)]
        for pb, po in pairs:
            ga, gb = [sb.sentences[i] for i in pb], [so.sentences[o] for o in po]
            if _bad(ga, gb):
                continue
            for in_base, mine, theirs_units, theirs in ((True, ga, gb, so), (False, gb, ga, sb)):
                for unit in mine:
                    counterpart = max(theirs_units, key=lambda u: max((len(x) for x in _items(u.text)), default=0))
                    items = _item_more(unit, counterpart, theirs)
                    if items and (in_base, unit) not in reported:
                        reported.add((in_base, unit))
                        out.append(Lone(in_base, unit, items, CONFIDENCE_CONCEPT, counterpart.text))
    # a promise not to keep the data, in a sentence paired with the other side, when the other edition says nothing of
    # keeping data anywhere (u34c: 「…仅在插件运行时使用，不会被存储或用于任何其他…用途」 / "…only used when the add-in
    # is running and not for any other purposes": eval/editions33 hellodb)
    for ib, io in beads:
        if not ib or not io:
            continue
        ga, gb = [sb.sentences[i] for i in ib], [so.sentences[o] for o in io]
        if _bad(ga, gb):
            continue
        for in_base, mine, theirs_units, their_doc in ((True, ga, gb, other_doc), (False, gb, ga, base_doc)):
            if their_doc.speaks_of_keeping:
                continue
            for unit in mine:
                if _NOT_KEPT.search(unit.text) and (in_base, unit) not in reported:
                    reported.add((in_base, unit))
                    counterpart_text = " ".join(u.text for u in theirs_units)
                    out.append(Lone(in_base, unit, ["commitment:not stored"], CONFIDENCE_CONCEPT, counterpart_text))
    out += [lone for lone in kept if not any(o.in_base == lone.in_base and o.sentence is lone.sentence for o in out)]
    return out


def unheld_anchors(section: Section, texts: list[str], section_doc: Reading, other_doc: Reading) -> list[str]:
    """The anchors of `section` (no dates: every new version has its own) when the other edition, whose paragraphs are
    `texts`, holds none of them anywhere; `[]` when it holds one, or when the section has none (its words alone cannot
    be looked for without translation).  A name in Latin letters counts as in `_lacked`."""
    own = sorted(k for k in _side(section, section_doc.lower_words).keys if not k.startswith("date:"))
    if not own:
        return []
    whole = _Side(
        [],
        cross_script_key("\n".join(texts)).lower(),
        frozenset(k for t in texts for k in anchors(t, other_doc.lower_words)),
        frozenset(),
        frozenset(),
    )
    lacked = [k for k in own if _lacked(Sentence("", 0, 0.0, frozenset([k]), frozenset()), whole, other_doc)]
    return lacked if len(lacked) == len(own) else []


def shown(key: str) -> str:
    """A lacked key as a reader reads it: 'Stepfun', 'scan', 'date 2025-11-28', 'topic retention'."""
    kind, _, value = key.partition(":")
    if kind in ("latin", "email", "url", "phone", "party", "file"):
        return value
    if kind in ("concept", "item", "commitment"):
        return "a negation" if value == "not" else value
    return f"{kind} {value}"


def entry(head: dict[str, Any], lone: Lone, base: Section, other: Section, base_id: str, other_id: str) -> dict[str, Any]:
    """The `sentences[]` object of one lone sentence (the JSON contract, docs/compare.md)."""
    from policylens.compare.analyse import section_ref

    return {
        "kind": KIND,
        **head,
        "only_in": base_id if lone.in_base else other_id,
        "section": section_ref(base),
        "other": section_ref(other),
        "line": lone.sentence.line,
        "text": lone.sentence.text,
        "lacks": [shown(k) for k in lone.lacks],
        "confidence": lone.confidence,
        # added field (u29c): the other edition's sentence this one is paired with, when only a name of it is one-sided
        **({"counterpart": lone.counterpart} if lone.counterpart is not None else {}),
    }


__all__ = [
    "KIND",
    "Lone",
    "align",
    "anchors",
    "concepts",
    "entry",
    "file_types",
    "latin_names",
    "lone_sentences",
    "reading",
    "sentences",
    "split",
    "unheld_anchors",
    "words",
]
