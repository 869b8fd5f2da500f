"""What a paragraph *says*, apart from its wording: the content of a re-translated sentence.

Two editions of one version in different scripts are often translated apart (a Taiwan edition
re-worded from the mainland one): 「除…外」 / 「除非…否則」, 内购 / 應用程式內購買, a comma.  Such a
pair differs in words, not in what it commits to.  `content(text)` collects the things whose
change is a change of meaning, read on the cross-script key (`variants.cross_script_key`):

- numbers with their unit (30 天 = 30 日 ≠ 60 日; 三十 = 30; dates as their numbers);
- e-mail addresses and URLs (a URL without scheme, `www.` and a Chinese edition's locale: `diff.keys.url_key` with
  `slots`; `compare`'s facts use it without: /zh-tw/ = /zh-cn/ = none, but idoc.dev → idoc.dev/zh/ is a retargeted
  link, u42d2);
- Latin words (names, products, parties: Google, iCloud, SDK), case-folded;
- negations (不, 没, 无, 未, 非, 勿, 禁止, 避免…; not 不同, 未来, 未成年, 否则, 除非, 是否…), counted;
- restrictions (仅/只/唯一/仅限; not 只要), counted;
- parties and legal roles (处理者 ≠ 控制者/控管者; 服务商 = 供应商 = 提供商), as classes;
- places (中国大陆 ≠ 中国, 欧盟, 香港, 境外…);
- the items of a list (the count of 、 and 或) and the personal-data items named (姓名, 地址, 位置…).

`reworded(old, new)` is true when both texts have the same content and comparable length: the
diff then reports the pair as *reworded*, a quieter kind counted apart, never as nothing.
Same-script diffs never ask (their wording is the author's own edit).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from policylens import lazyre
from policylens.diff.forms import addressed, condition_frames, latin_words, translator_forms
from policylens.diff.orgs import org_tails
from policylens.diff.senses import same_sense as _same_sense
from policylens.diff.variants import cross_script_key
from policylens.patterns import NEGATION, NOT_NEGATION, SENTENCE_MARKS, URL_START, chinese_number


class Content(NamedTuple):
    """The content of one text (module docstring); two texts say the same when these are equal."""

    numbers: tuple[tuple[str, str], ...]  # ordered (review rv14b: 30 天…60 天 / 60 天…30 天 differ)
    emails: tuple[str, ...]
    urls: frozenset[str]
    latin: frozenset[str]
    negations: tuple[str, ...]  # each with the two characters after it (不会出售…会共享 ≠ 会出售…不会共享)
    restrictions: int
    roles: tuple[str, ...]
    places: tuple[str, ...]
    items: int
    data_items: tuple[str, ...]


# (each starts where a run of its characters starts and is possessive: linear on a long line with no @)
_EMAIL = lazyre.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++")
_URL = lazyre.compile(rf"(?i)\b(?:{URL_START})[^\s)\]>\"'，。、；）」]+")
_LATIN = lazyre.compile(r"[A-Za-z][A-Za-z0-9+#]*(?:[.\-][A-Za-z0-9+#]+)*")
# 「App」 is the common noun 应用 written in Latin letters, not a name: 「用本地应用」 / 「用本機 App」 in two editions of one
# version is a translator's word (reworded, shown apart), as 应用程序 / 應用程式 is (twenty-fifth session's leftover in
# pairs25's edition pair, twenty-sixth session).  「App Store」 keeps its Store, so 应用商店 / App Store stays a change.
_APP = lazyre.compile(r"(?<![\w./@:-])(?:App|APP|app)s?(?![\w./@:-])", re.ASCII)
# a number and the unit after it (a closing bracket or spaces between: 三十（30）天)
# (the article numbers of a law: 第 1 款 a 项 ≠ 第 1 项 a 款, so 款/项/章/节 are units too, and 条 after 第)
_NUMBER = lazyre.compile(
    r"(第\s*)?(\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千]{2,}|[两二三四五六七八九十百千]|[一半](?=个月|个工作日|个小时|小时|分钟|[天日月年赒岁时秒周]))"
    r"[\s)）]*(个月|个工作日|个小时|小时|分钟|赒岁|周岁|美元|港元|港币|人民币|新台币|万|亿|[天日月年赒周岁时秒次款项章节条元%％])?"
)
_UNITS = {"天": "day", "日": "day", "个工作日": "workday", "月": "month", "个月": "month", "年": "year", "周": "week", "赒": "week", "赒岁": "age", "元": "yuan", "人民币": "yuan", "美元": "usd", "港元": "hkd",
          "港币": "hkd", "新台币": "twd", "万": "ten-thousand", "亿": "hundred-million", "%": "percent", "％": "percent",
          "岁": "age", "周岁": "age", "时": "hour", "小时": "hour", "个小时": "hour", "分钟": "minute", "秒": "second", "次": "times",
          "款": "paragraph", "项": "item", "章": "chapter", "节": "section", "条": "article"}  # fmt: skip
# a negation is tied to the meaning word right after it (`MEANING_WORDS`), read past an auxiliary:
# 不会出售 = 不出售 ≠ 会出售…不共享; a plain verb after it (不读 / 不去读, 不包含 / 不含) is the translator's
_NEGATED = lazyre.compile(r"^[会能要是应可将去再\W]+")
_RESTRICTION = lazyre.compile(r"仅限|僅限|唯一|仅|僅|只")
_NOT_RESTRICTION = lazyre.compile(r"只要|不只|不仅|不僅")
# Parties and legal roles, by class: one class is one party whatever the translator called it.
_ROLES: dict[str, tuple[str, ...]] = {
    "processor": ("处理者", "處理者", "处理方", "處理方"),
    "entrusted": ("受托方", "受託方", "受托人", "受託人", "受托者", "受託者"),
    "controller": ("控制者", "控管者", "管理者"),  # not 控制方: 控制方式 is a way to control
    "provider": ("服务商", "服務商", "供应商", "供應商", "提供商", "提供者", "服务提供者", "服務提供者"),
    "third-party": ("第三方",),
    "partner": ("合作伙伴", "合作夥伴", "合作方", "合作厂商", "合作廠商"),
    # 附属公司 too: 「与附属公司和第三方共享」 / 「與關係企業及第三方共享」 (eval/pairs51d it-xscript)
    "affiliate": ("关联公司", "關聯公司", "关联方", "關係企業", "关系企业", "附属公司", "附屬公司"),
    "group": ("集团", "集團"),
    "parent": ("父母", "家长", "家長"),
    "guardian": ("监护人", "監護人", "法定代理人"),
    "government": ("政府",),
    "judiciary": ("司法机关", "司法機關", "法院"),
    "police": ("执法", "執法", "警方", "公安"),
    "regulator": ("监管", "監管", "主管机关", "主管機關"),
    "advertiser": ("广告商", "廣告商", "广告主", "廣告主"),
    "developer": ("开发者", "開發者", "开发商", "開發商"),
}
_PLACES = (
    "中国大陆", "中國大陸", "中国内地", "中國內地", "大陆", "大陸", "内地", "內地", "中国", "中國", "香港", "澳门", "澳門",
    "台湾", "臺灣", "台灣", "欧盟", "歐盟", "欧洲经济区", "歐洲經濟區", "欧洲", "歐洲", "英国", "英國", "美国", "美國",
    "瑞士", "日本", "韩国", "韓國", "新加坡", "加拿大", "澳大利亚", "澳洲", "境外", "境内", "境內", "海外", "国外", "國外",
)  # fmt: skip
_PLACE_CLASS = {"中國大陸": "中国大陆", "中国内地": "中国大陆", "中國內地": "中国大陆", "大陆": "中国大陆", "大陸": "中国大陆",
                "内地": "中国大陆", "內地": "中国大陆", "中國": "中国", "澳門": "澳门", "臺灣": "台湾", "台灣": "台湾",
                "歐盟": "欧盟", "歐洲經濟區": "欧洲经济区", "歐洲": "欧洲", "英國": "英国", "美國": "美国", "韓國": "韩国",
                "澳洲": "澳大利亚", "境內": "境内", "国外": "境外", "國外": "境外", "海外": "境外"}  # fmt: skip


def _alternation(words: object) -> re.Pattern[str]:
    return lazyre.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))  # type: ignore[call-overload]


@cache
def _lexicons() -> tuple[dict[str, str], re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """Role, place and data-item words on the cross-script key (built on first use: the key loads the variant table)."""
    role_of = {cross_script_key(w): role for role, words in _ROLES.items() for w in words}
    place_of = {cross_script_key(w): cross_script_key(_PLACE_CLASS.get(w, w)) for w in _PLACES}
    data_of = {cross_script_key(w): item for item, words in _DATA_ITEMS.items() for w in words}
    return role_of, _alternation(role_of), place_of, _alternation(place_of), data_of, _alternation(data_of)


# Personal-data items by class, so that an item added to a list joined by 和/与 (姓名 → 姓名與地址) is a change;
# matched on the cross-script key, longest first (电话号码 before 电话).  A class is one item whatever the
# translator calls it (通讯录/聯絡人, 支付信息/付款資料); not 文件/档案 (本文件 is this document) or 账号 (an
# account is where data lives as often as a data item).
_DATA_ITEMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "昵称", "暱稱"),
    # identifiers (u50x2: 「已挂载存储设备的名称」 / 「已掛載儲存裝置的序號」 was shown reworded, a data item renamed); not
    # 名称 itself: 主机名 / 主機名稱, 用户名 / 使用者名稱 are one item written with and without it (eval/editions23 ipcam)
    "serial": ("序号", "序號", "序列号", "序列號"),
    "filename": ("文件名", "档名", "檔名", "文件名称", "檔案名稱"),
    "address": ("地址", "住址", "邮政地址", "郵政地址", "邮寄地址", "郵寄地址"),
    "phone": ("电话", "電話", "电话号码", "電話號碼", "手机号", "手机号码", "手機號碼"),
    # 邮件 and 电邮 too: 「通过应用内通知或邮件告知」 / 「透過應用程式內通知或電子郵件告知」 is one channel (eval/editions39 shanluv)
    "email": ("邮箱", "电子邮件", "電子郵件", "电子邮件地址", "電子郵件地址", "邮件", "郵件", "电邮", "電郵"),
    # 定位 alone too: 「7. 权限与定位」 → 「7. 權限」 drops location (pairs35 pr-location-hk, u35p)
    "location": ("位置", "地理位置", "定位", "定位信息", "位置信息", "位置資訊"),
    "photo": ("照片", "相册", "相簿", "图片", "圖片", "头像", "大頭貼"),  # not 图像: BarBar's 圖像 is an icon (图标)
    "video": ("视频", "影片"),
    "voice": ("录音", "錄音", "语音", "語音"),
    "id": ("身份证", "身分證", "证件", "證件"),
    "birthday": ("生日", "出生日期"),
    "gender": ("性别", "性別"),
    "age": ("年龄", "年齡"),
    "device": ("设备信息", "設備資訊", "装置资讯", "设备标识", "設備標識", "设备型号", "裝置型號"),
    "password": ("密码", "密碼"),
    "contacts": ("通讯录", "通訊錄", "联系人", "聯絡人"),
    "clipboard": ("剪贴板", "剪貼簿"),
    "history": ("浏览记录", "瀏覽紀錄", "搜索记录", "搜尋紀錄"),
    "payment": ("支付信息", "付款资料", "付款資料", "付款数据", "银行卡", "銀行卡"),
    "transactions": ("交易记录", "交易紀錄", "订单", "訂單"),
    "health": ("健康",),
    "biometric": ("指纹", "指紋", "面部", "脸部", "臉部", "人脸", "人臉", "生物识别", "生物辨識"),
    "keystrokes": ("键盘输入", "鍵盤輸入"),
    # what is done with the data: sharing, selling, renting (Firefox 会共享数据 / 收集資料 is a change; collecting is
    # left out: 采集 is also to capture audio, 採集 / 收集 a translator's choice)
    "act:share": ("共享", "分享", "披露", "揭露"),
    "act:sell": ("出售", "贩售", "販售", "售卖", "販賣"),
    "act:rent": ("出租", "租赁", "租賃"),
    # a refund is no payment: 「您通过苹果支付时」 / 「您透過 Apple 退款時」 is a change (tests/test_u42d3_diff.py; it held only while
    # 苹果 / Apple differed, until the fifty-first session read Latin names from the key)
    "act:refund": ("退款", "退费", "退費", "退还", "退還"),
}


# The joints of a list: 、 and 或 (出售 → 出售或出租, 姓名、电话 → 姓名、电话、位置; 或者/或 are folded by the
# key).  Not 和/与/及 (folded together by the key): 和/与 are also prepositions (与程式码一起更新, 和第三方共享),
# which a translator adds freely.
_JOINER = lazyre.compile(r"[、或]")
# 或 after a pronoun and before a modal is the literary "may" (「我们或会修订」, 「您或无法访问」 / 「您可能無法存取」,
# eval/pairs51d it-xscript), not a joint
_NOT_JOINER = lazyre.compile(r"参与|參與|或许|或許|和解|与否|與否|(?<=[您你们們])或(?=会|會|无法|無法|不能|将|將)")


# A reworded pair says the same in comparable length: a sentence dropped or added on one side
# (「扩展未内置分析 SDK 或广告追踪。」 gone) is a change even when it carries none of the marks
# above.  The capsule and listenpost rewordings keep within 0.7 of each other's length; dropping
# one of two sentences gives about 0.5.
MIN_LENGTH_RATIO = 0.6


# an edition's own locale inside a file name (SECURITY.zh-Hans.md / SECURITY.zh-Hant.md) and a plural
# (Issue / Issues) do not change what a Latin word names
_LOCALE_IN_NAME = lazyre.compile(r"(?i)[._-]zh[-_](?:hans|hant|cn|tw|hk|sg|mo)\b")


def _latin_key(word: str) -> str:
    if _LOCALE_CODE.fullmatch(word):
        return "zh"
    word = _LOCALE_IN_NAME.sub("", word).lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _number_value(raw: str) -> str:
    if raw[0].isdigit():
        return raw.replace(",", "")
    value = chinese_number(raw)
    return raw if value is None else str(value)


# (u61e) a bare locale code names an edition's own language: 「页面语言：zh-Hans」 / 「頁面語言：zh-Hant」 in two editions of one
# page (eval/blind/pairs14 enso) is the same line, each edition naming itself; read as one word `zh` (shown reworded, ≃)
_LOCALE_CODE = lazyre.compile(r"(?i)(?<![\w./@-])zh[-_](?:hans|hant|cn|tw|hk|sg|mo)(?![\w./@-])")


def _number(m: re.Match[str]) -> tuple[str, str]:
    unit = m.group(3) or ""
    if unit == "条" and not m.group(1):
        unit = ""  # 两条记录 / 兩筆紀錄: a measure word, not an article
    return _number_value(m.group(2)), _UNITS.get(unit, "")


def _negated(after: str) -> str:
    """The meaning word a negation applies to, if one follows it at once (else nothing)."""
    m = _meaning().match(_NEGATED.sub("", after))
    return m.group(0) if m else ""


def content(text: str) -> Content:
    """The content of `text` (module docstring)."""
    emails = tuple(m.lower() for m in _EMAIL.findall(text))
    urls_raw = _URL.findall(text)
    rest = _URL.sub(" ", _EMAIL.sub(" ", text))
    if _APP.search(rest):
        rest = _APP.sub("应用", rest)
    rest = latin_words(rest)
    urls: frozenset[str] = frozenset()
    if urls_raw:
        from policylens.diff.keys import url_key

        urls = frozenset(url_key(u.rstrip(".,;:"), slots=True) for u in urls_raw)
    key = translator_forms(cross_script_key(re.sub(r"[A-Za-z]+", " ", rest)))
    # a name the regional table writes in Latin letters counts as that name (谷歌账号 / Google 帳號, 苹果 / Apple,
    # 二维码 / QR Code: eval/pairs51d it-xscript)
    latin = frozenset(_latin_key(w) for w in (*_LATIN.findall(rest), *_LATIN.findall(key)))
    numbers = tuple(_number(m) for m in _NUMBER.finditer(key))
    plain = NOT_NEGATION.sub("", _one_negation(key))
    negations = tuple(m.group(0) + _negated(plain[m.end() : m.end() + 8]) for m in NEGATION.finditer(plain))
    restrictions = len(_RESTRICTION.findall(_NOT_RESTRICTION.sub("", key)))
    role_of, role, place_of, place, data_of, data = _lexicons()
    roles = tuple(role_of[m] for m in role.findall(key))
    places = tuple(place_of[m] for m in place.findall(key))
    items = len(_JOINER.findall(_NOT_JOINER.sub("", key)))
    data_items = tuple(data_of[m] for m in data.findall(key))
    return Content(numbers, emails, urls, latin, negations, restrictions, roles, places, items, data_items)


# --- the similarity gate (review rv14b: 35 of 59 probe pairs with a change of meaning were shown reworded) ---
# Allow-list spirit: a pair is reworded only when, on the cross-script key, the two texts are close
# (`MIN_SIMILARITY`, the same number of sentences) and no span in which they differ touches one of the
# words below: a change there is a change of what the policy commits to, whatever else agrees.
# One place, as data: each class with its words in either script (matched on the cross-script key).
# fmt: off
MEANING_WORDS: dict[str, tuple[str, ...]] = {
    "modality": ("应当", "應當", "应该", "應該", "应", "應", "必须", "必須", "须", "須", "需要", "需", "可以", "可", "得",
                 "不得", "禁止", "可能", "一定", "将", "將", "会", "會", "有权", "有權"),
    "time": ("立即", "立刻", "马上", "馬上", "及时", "及時", "尽快", "盡快", "合理期限", "期限", "之前", "之后", "之後",
             "以前", "以后", "以後", "届满", "屆滿", "随时", "隨時", "定期", "永久", "长期", "長期"),
    "condition": ("如果", "如", "若", "假如", "除非", "否则", "否則", "除", "经您", "經您", "经过您", "經過您", "同意", "情况下", "情況下", "但",
                  "但是", "只要", "一旦", "当", "當"),
    "right": ("查阅", "查閱", "复制", "複製", "更正", "删除", "刪除", "撤回", "注销", "註銷", "访问", "訪問", "存取",
              "获取", "獲取", "取得", "转移", "轉移", "修改", "补充", "補充", "限制", "拒绝", "拒絕", "反对", "反對", "投诉", "投訴"),
    "scope": ("全部", "部分", "所有", "任何", "一切", "仅", "僅", "只", "唯一"),
    "subject": ("儿童", "兒童", "未成年人", "未成年", "学生", "學生", "员工", "員工", "成年人", "老人", "监护人", "監護人"),
    "comparison": ("以上", "以下", "以内", "以內", "至少", "至多", "最多", "最少", "超过", "超過", "不少于", "不少於",
                   "少于", "少於", "多于", "多於", "不超过", "不超過", "高于", "高於", "低于", "低於", "满", "滿", "增加", "减少", "減少"),
    "negation": ("不", "没", "沒", "无", "無", "未", "非", "勿", "别", "別", "并非", "並非", "否"),
    "processing": ("单独", "單獨", "明示", "默示", "明确", "明確", "书面", "書面", "匿名化", "匿名", "去标识化", "去識別化",
                   "加密", "明文", "自动", "自動", "手动", "手動", "默认", "默認", "預設", "开启", "開啟", "关闭", "關閉",
                   "免费", "免費", "付费", "付費", "收费", "收費", "收集", "蒐集", "采集", "採集", "使用", "共享", "分享",
                   "出售", "提供", "转让", "轉讓", "公开", "公開", "披露", "揭露", "敏感", "存储", "儲存", "保存", "传输",
                   "傳輸", "上传", "上傳", "委托", "委託", "出租", "披露", "追踪", "追蹤", "画像", "畫像", "个性化", "個性化"),
    "purpose": ("用于", "用於", "目的", "以便", "为了", "為了", "用来", "用來"),
    "actor": ("我们", "我們", "您", "你", "用户", "用戶", "第三方", "关联公司", "關聯公司", "合作伙伴", "合作夥伴",
              "原告", "被告", "政府", "法院"),
    "place": ("中华人民共和国", "中華人民共和國", "北京", "上海", "广州", "廣州", "深圳", "杭州", "香港", "澳门", "澳門",
              "台北", "臺北", "境内", "境內", "境外", "美国", "美國", "新加坡", "所在地"),
    "data": ("身份证", "身分證", "护照", "護照", "学历", "學歷", "工作经历", "工作經歷", "婚姻", "宗教"),
}
# fmt: on
# close: a character-level ratio on the keys (difflib's 2·matches / total); a translator's rewording of one
# sentence keeps most of its characters once the key has folded script and regional words
MIN_SIMILARITY = 0.8
# headings are short and a translator's heading often longer (访问的数据 / 應用程式存取的數據)
MIN_TITLE_SIMILARITY = 0.6
SENTENCE_END = lazyre.compile(f"[{SENTENCE_MARKS}]+")
NOT_LETTER = lazyre.compile(r"[^\w]+|_")


@cache
def _meaning() -> re.Pattern[str]:
    """`MEANING_WORDS`, the roles, places and data items on the cross-script key, longest first."""
    words = {cross_script_key(w) for ws in MEANING_WORDS.values() for w in ws}
    words |= {cross_script_key(w) for ws in (*_ROLES.values(), *_DATA_ITEMS.values()) for w in ws}
    words |= {cross_script_key(w) for w in _PLACES}
    words |= set(_classes()[1].values())
    return _alternation(w for w in words if w)


@cache
def place_words() -> frozenset[str]:
    """The place words (`_PLACES`: 台湾, 美国, 境外…) on the cross-script key."""
    return frozenset(cross_script_key(w) for w in _PLACES)


@cache
def added_meaning_words() -> re.Pattern[str]:
    """The words whose *addition* to a sentence changes what it says, on the cross-script key: `MEANING_WORDS` of
    the classes below, roles, places and data items.  Not modality, time, comparison, purpose or the actors, which a
    translator adds freely (在保存满 30 天后会被自动删除 / 儲存 30 天後自動刪除; `compare.evidence`)."""
    kept = ("condition", "right", "scope", "subject", "negation", "processing", "place", "data")
    words = {cross_script_key(w) for name in kept for w in MEANING_WORDS[name]}
    words |= {cross_script_key(w) for ws in (*_ROLES.values(), *_DATA_ITEMS.values()) for w in ws}
    words |= {cross_script_key(w) for w in _PLACES}
    return _alternation(w for w in words if w)


@cache
def class_tokens() -> dict[str, str]:
    """The private-use character of each role, place and data-item class on the key (`_classes`; `diff.word_order`)."""
    role_of, _, place_of, _, data_of, _ = _lexicons()
    names = sorted({*role_of.values(), *place_of.values(), *data_of.values()})
    return {name: chr(0xE000 + i) for i, name in enumerate(names)}


@cache
def _classes() -> tuple[re.Pattern[str], dict[str, str]]:
    """Role, place and data-item words on the key, each as one private-use character per class (服务商 = 供应商)."""
    role_of, _, place_of, _, data_of, _ = _lexicons()
    token = class_tokens()
    as_class = {w: token[c] for table in (role_of, place_of, data_of) for w, c in table.items()}
    return _alternation(as_class), as_class


def _sentences(text: str) -> int:
    return len([p for p in SENTENCE_END.split(text) if NOT_LETTER.sub("", p)])


# a clause ends at a sentence mark or a comma: a translator who ends a sentence where the original has a comma
# (「…向您提供服务，我们的合作伙伴包括…」 / 「…向您提供服務。我們的合作夥伴包含…」, eval/pairs51d it-xscript) keeps the
# clauses, only their grouping into sentences differs
CLAUSE_END = lazyre.compile(f"[{SENTENCE_MARKS}，,]+")


def _clauses(text: str) -> int:
    return len([p for p in CLAUSE_END.split(text) if NOT_LETTER.sub("", p)])


def _same_sentences(old_key: str, new_key: str) -> bool:
    """The same number of sentences, or the same clauses grouped otherwise (a comma written as a full stop), or each
    sentence end of either side standing where the other has a clause end (a comma added inside a clause as well:
    「…的权限允许…，我们鼓励…」 / 「…的權限，允許…。我們鼓勵…」, u51d2)."""
    if _sentences(old_key) == _sentences(new_key) or _clauses(old_key) == _clauses(new_key):
        return True
    return _stops_at_clauses(old_key, new_key) and _stops_at_clauses(new_key, old_key)


def _marks(key: str) -> tuple[str, set[int], set[int]]:
    """The letters of `key`, and where its sentences and its clauses end (letters before the mark; not at its end)."""
    letters: list[str] = []
    stops: set[int] = set()
    clauses: set[int] = set()
    for ch in key:
        if not NOT_LETTER.fullmatch(ch):
            letters.append(ch)
        elif letters and (ch in SENTENCE_MARKS or ch in "，,"):
            clauses.add(len(letters))
            if ch in SENTENCE_MARKS:
                stops.add(len(letters))
    n = len(letters)
    return "".join(letters), stops - {n}, clauses - {n}


def _stops_at_clauses(x: str, y: str) -> bool:
    """Does every sentence end of `x` fall, through the letters the two share, on a clause end of `y`?  An end inside
    letters that differ does not (a sentence added or rewritten)."""
    from difflib import SequenceMatcher

    lx, stops, _ = _marks(x)
    ly, _, clauses = _marks(y)
    blocks = SequenceMatcher(None, lx, ly, autojunk=False).get_matching_blocks()
    for p in stops:
        at = {j + p - i for i, j, n in blocks if n and i <= p <= i + n}
        if not at & clauses:
            return False
    return True


def _touches(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does a differing range [start, end) (empty: an insertion point) touch a word span?"""
    if start == end:
        return any(s < start < e for s, e in spans)
    return any(s < end and start < e for s, e in spans)


def close_in_meaning(old: str, new: str, min_ratio: float = MIN_SIMILARITY) -> bool:
    """The gate: close keys (ratio, sentences) and no meaning word in a span where they differ."""
    from difflib import SequenceMatcher

    classes, as_class = _classes()
    old, new = (latin_words(_LOCALE_CODE.sub("zh", _APP.sub("应用", t))) for t in (old, new))
    framed = addressed(*condition_frames(translator_forms(cross_script_key(old)), translator_forms(cross_script_key(new))))
    a, b = (classes.sub(lambda m: as_class[m.group(0)], NOT_LETTER.sub("", _same_sense(k))) for k in framed)
    if not a or not b or not _same_sentences(cross_script_key(old), cross_script_key(new)):
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    meaning = _meaning()
    words_a = [m.span() for m in meaning.finditer(a)]
    words_b = [m.span() for m in meaning.finditer(b)]
    if matcher.ratio() >= min_ratio and [a[s:e] for s, e in words_a] == [b[s:e] for s, e in words_b]:
        opcodes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
        if not _touched(opcodes, words_a, words_b):
            return True
    # a meaning word added, dropped, replaced or moved, or one inside a differing span: only a translator's word
    # order passes — the characters close as a bag, the arguments moved with their roles, the verbs, negations and
    # conditions in order (`word_order`)
    from policylens.diff.word_order import Word, bag_ratio, same_skeleton

    if bag_ratio(a, b) < min_ratio:
        return False
    return same_skeleton(a, b, [Word(a[s:e], s, e) for s, e in words_a], [Word(b[s:e], s, e) for s, e in words_b])


def _touched(opcodes: Sequence[tuple[str, int, int, int, int]], words_a: list[tuple[int, int]], words_b: list[tuple[int, int]]) -> bool:
    """Does a differing span of the matcher touch a word of either side?"""
    return any(_touches(words_a, i1, i2) or _touches(words_b, j1, j2) for _, i1, i2, j1, j2 in opcodes)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


# Paragraphs longer than this are not read for rewording (a change stays a change): the word lists are matched
# at every position, about 25 µs a character, and a paragraph of policy text is a few hundred characters.
MAX_CHARS = 4096


# quotation and title marks around a name: “本应用”, 「衣櫃裡有啥」, 《用户协议》 (pairs of one kind)
_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉", "‘": "’"}
# a quoted name is short; a longer quotation is a sentence, which the gate above reads word by word
MAX_NAME = 40


def quoted_names(text: str) -> tuple[str, ...]:
    """The names a text puts in quotation or title marks, in order, each on the cross-script key without
    punctuation (“衣柜里有啥” = 「衣櫃裡有啥」; a mark left open, or a quotation longer than `MAX_NAME`, names nothing).
    A scan, not a pattern: linear on any input."""
    names: list[str] = []
    i, n = 0, len(text)
    while i < n:
        close = _QUOTES.get(text[i])
        if close is None:
            i += 1
            continue
        end = text.find(close, i + 1, i + 2 + MAX_NAME)
        if end < 0 or "\n" in text[i + 1 : end]:
            i += 1
            continue
        name = NOT_LETTER.sub("", cross_script_key(text[i + 1 : end]))
        if name:
            names.append(name)
        i = end + 1
    return tuple(names)


# letters a quoted name must gain (or lose) to be another name: 衣柜里有啥 → 今天穿啥（原名：衣柜里有啥） gains six; a
# translator's 生效日期 / 生效日 or 我们 / 我们的 differ by one or two
NAME_GROWTH = 4


def renamed_in_quotes(old: str, new: str) -> bool:
    """Does a quoted name of one text stand inside a longer quoted name of the other, `NAME_GROWTH` letters or more
    longer (an app renamed “今天穿啥（原名：衣柜里有啥）”)?  Quoted names that differ otherwise are left to the gate: a
    translator localises a regulation's or a menu's name (《通用数据保护条例》 / 《一般資料保護規則》, 「设置 → 通用」 /
    「設定 → 一般」) without changing what the sentence says."""
    a, b = quoted_names(old), quoted_names(new)
    if a == b:
        return False
    return any(x != y and len(x) + NAME_GROWTH <= len(y) and x in y for short, long in ((a, b), (b, a)) for x in short for y in long)


def reworded(old: str, new: str) -> bool:
    """Do `old` and `new` say the same (same content, comparable length) in other words?"""
    if len(old) > MAX_CHARS or len(new) > MAX_CHARS:
        return False
    a, b = _letters(cross_script_key(old)), _letters(cross_script_key(new))  # 内购 / 應用程式內購買 are one word
    if not a or not b or min(a, b) / max(a, b) < MIN_LENGTH_RATIO:
        return False
    # a company named in Han with another name is another party (u37p: 云上贵州大数据产业发展有限公司 → 云上艾珀（贵州）技术有限公司)
    # a quoted name grown into a longer one is a rename, not a translator's word (pairs41 ww-hant: “衣櫃裡有啥” →
    # “今天穿啥（原名：衣柜里有啥）” was shown as the same content in other words)
    return _same_content(old, new) and org_tails(old) == org_tails(new) and not renamed_in_quotes(old, new) and close_in_meaning(old, new)


def _same_content(old: str, new: str) -> bool:
    """`content` equal — or equal but for the order of the parties, places and data items and the word each negation
    is tied to, with the same negations in the same order: a translator's word order moves an argument, or puts one
    or a 将 between a negation and its verb (「不会向任何第三方出售…您的个人数据」 / 「不會將您的個人資料出售…給任何第三方」,
    「不会将其用于」 / 「不會用於」).  The gate (`close_in_meaning`) then asks that the verbs, negations and conditions
    stand in the same order and each party keeps its role (`word_order`)."""
    a, b = content(old), content(new)
    if a == b:
        return True
    if a._replace(negations=(), roles=(), places=(), data_items=(), items=0) != b._replace(
        negations=(), roles=(), places=(), data_items=(), items=0
    ):
        return False
    if any(sorted(getattr(a, f)) != sorted(getattr(b, f)) for f in ("roles", "places", "data_items")):
        return False
    if a.items != b.items and _joints(old) != _joints(new):
        return False  # a list item added or dropped (not a comma made an enumeration comma: 「…，將…，把…」 / 「…、將…、把…」)
    return _negation_words(old) == _negation_words(new)


def _key(text: str) -> str:
    return translator_forms(cross_script_key(re.sub(r"[A-Za-z]+", " ", _URL.sub(" ", _EMAIL.sub(" ", text)))))


def _joints(text: str) -> int:
    """The list joints of `text` (、, 或) with its commas: a translator writes 、 for a comma between clauses."""
    return len(_JOINER.findall(_NOT_JOINER.sub("", _key(text)))) + sum(text.count(c) for c in "，,")


def _negation_words(text: str) -> tuple[str, ...]:
    """The negations of `text` in order, without the word each is tied to (as `content` reads them)."""
    return tuple(NEGATION.findall(NOT_NEGATION.sub("", _one_negation(_key(text)))))


def _one_negation(key: str) -> str:
    """`key` with 并非 / 不是 one negation (review rv14b) and the emphatic 绝不 ("never") the plain 不 (u61e: 「绝不会收集」 /
    「不会收集」, a Taiwan edition translated apart, eval/pairs51d cherry-xscript: one commitment)."""
    return key.replace("并非", "不是").replace("绝不", "不")


def differences(old: str, new: str) -> list[str]:
    """The content fields in which `old` and `new` differ (for tests and explanations)."""
    a, b = content(old), content(new)
    return [field for field in Content._fields if getattr(a, field) != getattr(b, field)]


def same_title(old: str, new: str) -> bool:
    """Do two headings name the same thing in other words?  No length bar: a translator's
    heading is often longer (不进行的处理 / 應用程式不會進行的資料處理); numbers, names,
    negations, parties and places must agree (如果你在…中国大陆 / …中國 stays a rename)."""
    if not (old.strip() and new.strip()) or max(len(old), len(new)) > MAX_CHARS or content(old) != content(new):
        return False
    # review rv14b: agreement needs close keys too (empty content agrees with anything: 隐私政策 / 用户协议),
    # and no meaning word where they differ (儿童… / 未成年人…, 您的删除权 / 您的更正權)
    return close_in_meaning(old, new, MIN_TITLE_SIMILARITY) and _same_apps(old, new)


def _same_apps(old: str, new: str) -> bool:
    """As often 应用 (App) in both headings: review rv14b read 「访问的数据」 / 「應用程式存取的數據」 and 「不进行的处理」 /
    「應用程式不會進行的資料處理」 as renames (tests/test_compare_retranslation14.py), which they were through the 应 of
    应用程式 read as a modality until `senses._EDITION_FORMS` (u52x); a heading that adds the app stays a rename."""
    return cross_script_key(_APP.sub("应用", old)).count("应用") == cross_script_key(_APP.sub("应用", new)).count("应用")
