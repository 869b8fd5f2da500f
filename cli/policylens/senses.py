"""Word senses of the topic model: where a topic word is an ordinary word, and the topic it would give is false.

One reading for the whole tool (forty-third session, u43t, issue #14 "one topic model"): `policylens.topics`
(`parse --topics`, the `topics` of `policylens.parse/1`), `diff`'s change tags (`diff.topics.topics_of`) and
`compare`'s sentence evidence all read a text through `read`, so a word means the same thing in every command.
`read` takes *folded* text (`topics.fold`, then ASCII lower case; same length, same offsets) and returns a `Reading`:

- `folded`: the text with phrases whose words are no topic words blanked (`_ORDINARY`, forty-second session, u42d2,
  `eval/topics42`): a web address, safety that is not data security (国家安全, 公众的安全, 安全中心), rights that are
  not the user's (a copyright line's, 保留…权利, 权利和义务, 侵犯他人…权利, 权利人: u43t), a software update (检查更新, 静默更新), a
  shared thing (共享单车, 屏幕共享); a law's name (《网络安全法》, 《数据安全法》: u43t) and 适用于 ("applies to", no purpose's
  用于: u43t); and obtaining a copy (「获取…副本」, "request a copy of"), which is the user's
  right of access (`added`), not data collected;
- `vetoes`: spans where one word is read in another sense, with the topics it does not give there:
  - 访问/存取/复制/access/correct name a user's right only in a right's context (listed with another right
    「访问、更正、删除」, 「有权访问」, "right to access", 「个人信息的访问权」, 「您可以…访问您的个人信息」); elsewhere (感谢您访问,
    App 不会访问你的文件库, 访问控制, 未经授权访问) no *user rights* (u42d2);
  - 删除 as a moderation sanction (「删除违规内容」, 「有权要求…删除您发布的信息」, 「采取删除内容、限制功能、封禁账号等措施」)
    is no *retention*, *user rights* or *withdrawal/deletion*: the platform removes a post, nobody's data is kept
    or erased at their request (u43t);
  - 分享 by a user (「分享给好友」, 「分享到朋友圈」, 「分享功能」, 「分享您的作品」, "share photos with your friends") is no
    *sharing*: that topic is the operator giving personal data to others (u43t);
  - 获取/获得 with the user as subject (「您可以获取…」, 「当您获取我们的服务时」) is no *data collected*; 「经您授权获取」,
    「您授权我们获取」 and 「向您获取」 are collection and stay (u43t), and so is a user in a time clause that closes before
    the verb (「我们在您使用服务时获取的信息」, r43); nor is obtaining consent (「获取您的明示同意」);
- `added`: spans that name a topic without one of its words (obtaining a copy → *user rights*).

A heading (`read(…, heading=True)`) is a label: `policylens.topics` does not veto its title words, but its ordinary
phrases are blank as in a paragraph (a heading 「网络安全法与适用于本政策的规定」 is no security or purposes, 「权利人」 no
user rights), except the user's own 「您的权利和义务」, which heads the user's rights (r43, finding 6).

A topic word's match is dropped when it overlaps a veto span for its topic (`Reading.vetoed`): the word itself, or a
pattern of the model that contains it (「未经授权访问个人信息」 is no right of access).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policylens.lazyre import lazy
from policylens.patterns import RIGHTS_RESERVED, SENTENCE_BREAKS, URL_START
from policylens.spans import spliced

_IN_PHRASE = r"[^,;:。!?\n]"  # a character of a phrase: a comma ends it too (the folded 「，」 is ",")
_ORDINARY = lazy(
    rf"(?:{URL_START})[^\s<>\"'()（）\[\]]{{1,300}}"
    r"|(?:国家|国防|公共|公众|人身|财产|生命|交通|食品|消防)(?:的)?安全|安全中心|(?:网络|数据)安全法|适用于"
    rf"|{RIGHTS_RESERVED}|保留{_IN_PHRASE}{{0,20}}权利|保留(?:调整|修改|变更|更改|解释|终止|关闭|追究)"
    rf"|权利(?:和|与|及)?义务|权利人|知识产权{_IN_PHRASE}{{0,6}}权利|解释{_IN_PHRASE}{{0,8}}权利"
    rf"|(?:修改|变更|更改|解释|调整)本(?:隐私)?(?:协议|政策|条款)的?权利|(?:他人|公众|抗辩){_IN_PHRASE}{{0,12}}?权利"
    r"|(?:检查|静默|自动|软件|系统|在线|热)更新|更新(?:检查|日志|包)"
    r"|共享(?:单车|汽车|充电宝|经济|办公|屏幕)|(?:屏幕|网络|热点)共享|删除(?:线|键)",
    re.I,
)
# Obtaining a copy is the user's right of access (「您有权获取您本地数据的副本」), not data collected by 获取.
_COPY_RIGHT = lazy(rf"(?:获取|获得|索取|取得){_IN_PHRASE}{{0,20}}?副本|\b(?:obtain|request|receive|get) a copy of\b")

# Words that name a user's right only in a right's context (the docstring).
_NEEDS_RIGHTS = lazy(r"访问|存取|复制|(?<![a-z])(?:access|correct)(?![a-z])")  # Latin words as `diff.topics` bounds them
_NEEDS_RIGHTS_WORDS = ("访问", "存取", "复制", "access", "correct")
_RIGHT_WORDS = (
    r"更正|更新|删除|查阅|查询|导出|副本|撤回|注销|可携|行使|访问|存取|复制"
    r"|\b(?:rights?|rectif\w{0,9}|erasure|delet\w{0,4}|portability|withdraw|access|correct)\b"
)
_GLUE = r"(?:[、,/ ]|和|或|及|与|\b(?:and|or)\b){1,4}"  # between the items of a list
_RIGHT_AFTER = lazy(rf"{_GLUE}(?:{_RIGHT_WORDS})")  # matched at the word's end
_RIGHT_BEFORE = lazy(rf"(?:(?:{_RIGHT_WORDS}){_GLUE}|有权|\bright (?:to|of) )\Z")
_USER_MAY = lazy(r"(?:您|你|用户|\b(?:you|users?)\b)[^,;]{0,8}?(?:有权|可以|可|能够|能|请求|申请|要求|\b(?:may|can)\b)")
# 資訊 and 個資 fold to 资讯 and 个资 (zh-Hant's words for information and personal data)
_INFO_AFTER = lazy(r"\A[^,;、]{0,10}?(?:信息|资料|数据|资讯|个资|账户|帐户|账号|帐号|\b(?:data|information)\b)")
_INFO_BEFORE = lazy(r"(?:信息|资料|数据|资讯|个资)的?\Z")
_CLAUSE_BREAKS = frozenset(SENTENCE_BREAKS + ",，;")

# 删除 as a moderation sanction.  The content a platform takes down: a post, a comment, a work… (not 个人信息).
_POSTED = r"(?:内容|信息|言论|评论|帖子|作品|视频|图片|照片|文章|消息|链接|回复|弹幕)"
# 「删除违反本政策收集的个人信息」 erases data unlawfully collected: a real deletion, so no processing verb and no 个人信息
_BAD = r"(?:违规|违法|违禁|不良|有害|侵权|不当|非法|(?:违反|不符合)(?:(?!收集|处理|使用|获取|个人)[^,;。]){0,12}?)"
_DELETE_BAD = lazy(
    rf"\A(?:该等?|相关|其|此类|上述|站内|平台内?)?(?:各类|任何|全部)?{_BAD}(?:[、或和及]?{_BAD})?的?(?<!个人){_POSTED}"
)  # after 删除: 「删除违规内容」
_DELETE_POSTED = lazy(rf"\A(?:该等?|相关|其|您|你|用户|他人)?(?:所)?(?:发布|上传|传播|分享|发表)的?{_POSTED}")  # 「删除您发布的信息」
_SANCTIONS = r"屏蔽|封禁|封号|封停|冻结|禁言|下架|警告|限制(?:使用|功能|发布|登录|账号)|暂停(?:使用|服务|账号)|终止(?:服务|提供)"
_SANCTION_AFTER = lazy(rf"\A{_IN_PHRASE}{{0,8}}?(?:[、/]|或|和|及|等)(?:{_IN_PHRASE}{{0,4}}?)(?:{_SANCTIONS})")
_SANCTION_BEFORE = lazy(rf"(?:{_SANCTIONS}){_IN_PHRASE}{{0,6}}?(?:[、/]|或|和|及)\Z")
_SANCTION_TOPICS = frozenset(("retention", "user-rights", "withdrawal-deletion"))
_VIOLATION = lazy(r"违规|违法|违禁|违反|侵权|侵犯|涉嫌|非法|不良|有害|不当")
# another party's request in the sentence (「应权利人要求」); 「应您的要求」 is the user's own
_REQUEST = lazy(r"(?<!您)(?<!你)(?<!您的)(?<!你的)(?<!用户的)要求|投诉|举报")
_ENDED = lazy(r"注销|期满|到期|届满|停止(?:服务|运营|提供)|终止(?:运营|协议)|关闭账号")
_SENTENCE_BREAKS = frozenset(SENTENCE_BREAKS)

# 分享 by a user: to a friend or a social app, a share button, the user's own post.
_SHARE_TO = lazy(
    r"(?:[^,;。]{0,12}?(?:给|至|到)(?:您的|你的)?(?:好友|朋友|亲友|家人|微信|朋友圈|qq|微博|社交|群)"
    r"|(?:功能|按钮|链接|海报|卡片|二维码|图标|入口|页面)"
    r"|(?:您的|你的)?(?:内容|文章|作品|笔记|截图|动态|心得|经验|音乐|歌曲|视频|照片|图片|链接|页面|海报))"
)
_SHARE_EN = lazy(r"\bshar(?:e|es|ed|ing)\b(?=[^,;.]{0,30}?\bwith (?:your |their )?(?:friends|family|followers|contacts)\b)")
_SHARE_DATA = lazy(r"(?:信息|资料|数据|\b(?:data|information)\b)")

# 获取 with the user as its subject.
_OBTAIN = lazy(r"获取|获得")
_SUBJECTS = lazy(r"(?:您|你|用户)(?!的)|我们|我方|本应用|本平台|本网站|本公司|平台|第三方|合作方|sdk|服务商|他人")
_USERS = frozenset(("您", "你", "用户"))
_LET = lazy(r"(?:向|从|经|由|帮助|协助|为|替|对|让|使|请|需要|要求)\Z")  # 「向您获取」: the user is an object
_CONSENT = lazy(r"授权|同意|允许|许可|开启|打开")
# the end of a time clause: 「在您使用服务时」, 「您注册后」, 「您浏览的过程中」 (not 随时, 同时, 后台)
_FRAME_END = lazy(r"(?<![随及同实暂定准按届])时(?!间)|(?<![之以然随最前])后(?![台续端])|之后|以后|过程中|期间")
_NEED = lazy(r"需|须")  # 「需获取」, 「需要获取」, 「必须获取」
# the user as the one who obtains: 「您可以获取」, 「您才能获取」, 「用户均需通过…申请获取账号」, 「您不得利用…获取其他用户个人信息」
_USER_MODAL = lazy(r"可|能|有权|将|会|得以|不得|禁止|需|须|应|申请")
# obtaining consent is no data collected: 「在本政策更新后您首次登陆时再次获取您的明示同意」, 「获得监护人的授权」
# (the consent ends the object: 「从第三方获取您授权共享的账户信息」 obtains data)
_CONSENT_AFTER = lazy(
    r"(?:您|你|用户|监护人|父母|家长)?的?(?:明示|明确|单独|书面|事先|另行|必要)?的?(?:同意|授权|许可)(?:同意)?"
    r"(?=[后前时或和及并再才方,;:.!?)\]」。、\s]|\Z)"
)

_BLANKS = (_ORDINARY,)
# In a heading, 权利和义务 owned by the user names the user's rights (「五、您的权利和义务」, 「三、用户的权利与义务」); in a
# paragraph it is the contract's terms (「若变更导致您的权利义务发生重大变化」) and stays blank.
_OWN_RIGHTS = lazy(r"(?:您|你|用户)的?(权利)(?=(?:和|与|及)?义务)")


class Reading(NamedTuple):
    """A folded text as the topic model reads it: see the module's docstring."""

    folded: str
    vetoes: tuple[tuple[int, int, frozenset[str]], ...]
    added: tuple[tuple[int, int, str], ...]

    def vetoed(self, topic: str, start: int, end: int) -> bool:
        """Is a match of `topic`'s word at folded[start:end] read in another sense?"""
        return any(topic in topics and s < end and start < e for s, e, topics in self.vetoes)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _bounds(text: str, start: int, end: int, breaks: frozenset[str], reach: int) -> tuple[int, int]:
    """The span of the sentence (or clause) around text[start:end], at most `reach` characters either side."""
    floor, ceiling = max(0, start - reach), min(len(text), end + reach)
    lo = max(floor, *(text.rfind(b, floor, start) + 1 for b in breaks))
    found = [at for at in (text.find(b, end, ceiling) for b in breaks) if at >= 0]
    return lo, min(found, default=ceiling)


def _names_a_right(text: str, start: int, end: int) -> bool:
    """text[start:end] (a `_NEEDS_RIGHTS` word) names a user's right: the context the module's docstring describes."""
    if text.startswith("权", end) and not text.startswith("权限", end) and _INFO_BEFORE.search(text, max(0, start - 4), start):
        return True  # 「个人信息的访问权」 (「访问权限」 is an app's permission)
    if _RIGHT_BEFORE.search(text, max(0, start - 20), start) or _RIGHT_AFTER.match(text, end, end + 20):
        return True
    lo, hi = _bounds(text, start, end, _CLAUSE_BREAKS, 40)
    return _USER_MAY.search(text, lo, start) is not None and _INFO_AFTER.search(text[end:hi]) is not None


def _sanction(text: str, start: int, end: int) -> bool:
    """删除 at text[start:end] is a platform removing content, not data kept or erased (the module's docstring)."""
    after = text[end : end + 40]
    lo, _ = _bounds(text, start, end, _CLAUSE_BREAKS, 30)
    if _SANCTION_AFTER.match(after) or _SANCTION_BEFORE.search(text, max(0, start - 16), start):
        return True  # 「删除内容、限制功能、封禁账号」
    may = next(reversed(list(_USER_MAY.finditer(text, lo, start))), None)  # the user nearest to 删除
    posted = _DELETE_POSTED.match(after)
    if may is not None:
        # 「您可以删除您发布的内容」, 「用户可以删除其发布的内容」 are a user's own deletion; 「其他用户…有权要求本司删除您发布的
        # 信息」 is someone else's request that the platform remove the reader's post
        return bool(posted and after.startswith(("您", "你")) and not may.group().startswith(("您", "你", "you")))
    if _DELETE_BAD.match(after):
        return True  # 「删除违规内容」
    if not posted:
        return False
    # 「删除您发布的内容」 is a sanction only on a violation before it in its sentence (「如您违反本协议，我们有权注销您的账号并
    # 删除您发布的内容」) or on another party's request (「应权利人要求」); after the account or the service
    # ends it is an erasure (「注销账号后，我们将删除您发布的内容」), and so it is with no reason given
    first, _ = _bounds(text, start, end, _SENTENCE_BREAKS, 60)
    if _VIOLATION.search(text, first, start):
        return True
    return _ENDED.search(text, first, start) is None and _REQUEST.search(text, first, start) is not None


def _users_share(text: str, start: int, end: int) -> bool:
    """分享 at text[start:end] is a user sharing content (to a friend, a social app), not personal data given to others."""
    lo, hi = _bounds(text, start, end, _CLAUSE_BREAKS, 30)
    subjects = list(_SUBJECTS.finditer(text, lo, start))
    if subjects and subjects[-1].group() not in _USERS:
        return False  # 「我们会将…分享给…」: the operator shares
    return _SHARE_TO.match(text, end, hi) is not None and _SHARE_DATA.search(text, end, min(hi, end + 8)) is None


def _users_obtain(text: str, start: int, end: int) -> bool:
    """获取 at text[start:end] has the user as its subject (「您可以获取…」), so it collects nothing."""
    lo, _ = _bounds(text, start, end, _CLAUSE_BREAKS, 20)
    # a user in a time clause that closes before the verb frames the sentence (「我们在您使用服务时获取」, 「在您…后获取」)
    subjects = [s for s in _SUBJECTS.finditer(text, lo, start) if not (s.group() in _USERS and _FRAME_END.search(text, s.end(), start))]
    if not subjects or any(s.group() not in _USERS for s in subjects):
        return False  # nobody, or the operator (「我们…获取」, even before the user: 「我们会在您…时获取」)
    subject = subjects[-1]
    if _LET.search(text, max(0, subject.start() - 4), subject.start()):
        return False  # 「向您获取」, 「经您授权」, 「需要您…」: the user is not the one who obtains
    between = text[subject.end() : start]
    if _CONSENT.search(between) or (_NEED.search(between) and text.startswith(("您", "你"), end)):
        return False  # 「您授权获取」: the user lets us obtain; 「您使用本功能需获取您的位置」: what the operator needs
    return len(between) <= 2 or _USER_MODAL.search(between) is not None  # 「您获取」, 「您已获取」, 「您可以在设置中获取」


def read(folded: str, heading: bool = False) -> Reading:
    """The one reading of the topic model: `folded` is `topics.folded(text)`; `heading`: the text is a section's title."""
    added: list[tuple[int, int, str]] = []
    if "副本" in folded or "a copy of" in folded:
        for m in _COPY_RIGHT.finditer(folded):
            added.append((m.start(), m.end(), "user-rights"))
    source = folded
    for pattern in _BLANKS:
        folded = pattern.sub(_blank, folded)
    if heading and "权利" in source:  # 「五、您的权利和义务」 heads the user's rights (the module's docstring)
        folded = spliced(folded, [(m.start(1), m.end(1), m.group(1)) for m in _OWN_RIGHTS.finditer(source)])
    if added:
        folded = spliced(folded, [(start, end, " " * (end - start)) for start, end, _ in added])
    vetoes: list[tuple[int, int, frozenset[str]]] = []
    if any(word in folded for word in _NEEDS_RIGHTS_WORDS):  # most paragraphs have none: skip the search (`diff` reads 60,000)
        for m in _NEEDS_RIGHTS.finditer(folded):
            if not _names_a_right(folded, m.start(), m.end()):
                vetoes.append((m.start(), m.end(), frozenset(("user-rights",))))
    at = folded.find("删除")
    while at >= 0:
        if _sanction(folded, at, at + 2):
            vetoes.append((at, at + 2, _SANCTION_TOPICS))
        at = folded.find("删除", at + 2)
    at = folded.find("分享")
    while at >= 0:
        if _users_share(folded, at, at + 2):
            vetoes.append((at, at + 2, frozenset(("sharing",))))
        at = folded.find("分享", at + 2)
    if "shar" in folded:
        vetoes += [(m.start(), m.end(), frozenset(("sharing",))) for m in _SHARE_EN.finditer(folded)]
    if "获" in folded:
        for m in _OBTAIN.finditer(folded):
            if _users_obtain(folded, m.start(), m.end()) or _CONSENT_AFTER.match(folded, m.end()):
                vetoes.append((m.start(), m.end(), frozenset(("data-collected",))))
    return Reading(folded, tuple(vetoes), tuple(added))
