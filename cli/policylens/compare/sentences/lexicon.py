"""The word tables of the sentence aligner (`compare.sentences`): the legal forms and suffixes of company names, English
words common enough to name nothing, language names, names and their usual Chinese translations, names kept in Latin
letters, and the bilingual lexicon of concepts a policy commits to (`CONCEPTS`).
"""

from __future__ import annotations

from policylens.compare.evidence import GENERIC_LATIN

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
