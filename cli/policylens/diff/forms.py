"""A translator's forms of one clause on the cross-script key, read as one by `diff.content` (its `content`, its keys and
the reworded gate, `content.close_in_meaning`): the same clause written apart in two editions (u51d2, u52d; from
eval/pairs51d it-xscript).  Each fold is checked against the forms that must stay changes
(tests/test_u51d2_xscript_folds.py, tests/test_u52d_xscript_folds.py)."""

from __future__ import annotations

from policylens import lazyre

# A translator's forms of one clause on the key (u51d2, eval/pairs51d it-xscript), read as one by `content` and the gate:
# - a condition frame: 「在适用法律要求的情况下」 / 「於適用法律要求下」, 「仅在相关法律适用的情况下」 / 「僅於相關法律
#   適用時」 — 在/于 … (的)情况下 / 下 / 时(候) are one condition ("when, under"); the frame stays a condition word
#   (情况下), so a condition added or dropped without its frame is still a change;
# - 非必要 / 不必要 ("not necessary", 「在不绝对必要的情况下」 / 「在非絕對必要情況下」): only before 必要, 非 being also
#   "very" (非常) and "non-" (非个人信息);
# - 无论/不论/不管 … 还是 … is a list's 或 (「不论在 Safari 还是 Chrome」 / 「無論在 Safari 或 Chrome」); 还是 alone
#   is also "still" (「您还是可以」), left as it is.
_CONDITION_FRAME = lazyre.compile(r"(?:在|于)([^\W\d]{1,16}?)的?(?:情况下|时候|下|时)(?!间|期|限|段|代|点|刻|效|常|长)")
_NOT_NEEDED = lazyre.compile(r"非(?=(?:绝对)?必要)")
_WHETHER_OR = lazyre.compile(r"((?:无论|不论|不管)[^，。；,;]{1,24}?)还是")
# u52d (eval/pairs51d it-xscript, the paragraphs u51d2 left):
# - visiting a site: 访问 (keyed 存取, a right word) or 所浏览 before the site, a page or its address is one verb
#   (「您访问的具体网站地址」 / 「您所瀏覽的具體網站地址」); 存取/浏览 of anything else (您的个人信息, 数据) is left as
#   written, so the right of access is never read as browsing; 过/了 may stand between (「访问过的网址」 / 「訪問網址」,
#   eval/pairs50 besthistory-xs: one side folded alone had made it a change);
# - reading the policy itself: 查看/查阅 (查阅 a right word) before 本/此/该 … 政策/声明/条款 is one verb (「定期查看此
#   隐私声明」 / 「定期查閱本隱私聲明」), 此/该 before the policy = 本 (this policy); 查看 of anything else is left;
# - the literary 或会 after a pronoun is 可能 ("may": 「我们或会于…修订」 / 「我們可能於…修訂」); 或会员 (or a member) is
#   a list, left; 或 after a pronoun before 无法/不能 is 可能 too (「您或无法访问」 / 「您可能無法存取」);
# - 我们 said again before 认为 inside a clause whose subject is 我们 (「我们或会于我们认为适当的时候修订」 / 「我們可能於
#   認為適當時修訂」): the one actor, dropped; before a clause of another subject (「您可在我们认为必要时」) it stays.
# - the right to complain to a regulator: 申诉 (Taiwan's complaint) after a regulator (主管机关, the key of 监管机构) or
#   before 权 is 投诉 (「向监管机构投诉的权利」 / 「向監管機構申訴之權利」, eval/pairs51d it-xscript 207; blind/pairs14
#   mememo 投诉权 / 申訴權); 申诉 to anyone else stays an appeal (「向我们申诉」, variants._EXTRA's reviewed exclusion);
_REGULATOR_COMPLAINT = lazyre.compile(r"((?:主管|监管)(?:机关|机构|部门|当局)[^，。；,;：:]{0,12}?)申诉|申诉(?=权)")
_VISIT = lazyre.compile(r"所?(?:存取|浏览)(?=[过了]?[的之]?(?:具体[的之]?)?(?:网站|网页|页面|网址)(?!管理))")
_READ_POLICY = lazyre.compile(r"查(?:看|阅)[此本该](?=(?:私隐|隐私)?(?:政策|声明|条款))")
_LITERARY_MAY = lazyre.compile(r"(?<=[我您你们他她它])或(?:会(?!员|计|议|话|谈|面|同|见|晤|所|长)|(?=无法|不能))")
_SAME_ACTOR = lazyre.compile(r"(我们[^，。；,;我您你他她]{0,8}?[于在])我们(?=认为)")

# - 可能会 is 可能 ("may": 「可能会在 Beta 期间继续完善」 / 「可能在 Beta 期間繼續完善」, eval/pairs50 besthistory-xs);
# - the user's own device: 你/您/使用者 (的) before 本地 is dropped (「不会删除用户本地的浏览历史」 / 「不會刪除本機瀏覽歷史」).
# - the browser's or device's settings as the means: 「如您使用浏览器设置阻挡」 / 「如您透過瀏覽器設定封鎖」 (使用 before the
#   settings is 透过, "by means of"), 「通过启动浏览器上的设置」 / 「透過啟用瀏覽器設定」 (启动 a setting is 启用, to enable it);
#   使用/启动 of anything else is left (「使用您的浏览器设置信息」 has 您的 between: no fold);
_BY_SETTINGS = lazyre.compile(r"使用(?=(?:浏览器|设备|系统|手机)(?:上的|中的|的)?设定(?!信息|数据|资料))")
_ENABLE_SETTINGS = lazyre.compile(r"启动(?=(?:浏览器|设备|系统|手机)(?:上的|中的|的)?设定)")
_MAY_WILL = lazyre.compile(r"可能会(?!员|计|议|话|谈|面|同|见|晤|所|长)")
_OWN_DEVICE = lazyre.compile(r"(?:你|您|使用者)的?(?=本地)")
# u53d (eval/pairs52 buttsnap-xscript, the re-translation u52x left):
# - 会 right after a negation or a restriction is the future of a statement of fact, not a modality: 「我们不收集」 /
#   「我們不會收集」 ("we do not / will not collect"), 「仅用于修复」 / 「只會用於修復」 say one commitment.  Modal words of
#   obligation, permission or possibility (应/须/必须/可以/可能/得/不得) are no such future and stay changes; 会 of another
#   word (会员, 会计, 会议…) is left (a short 「不收集」 / 「不會收集」 was already reworded by `word_order`; this holds it in a
#   sentence reworded elsewhere too);
# - a Latin word a Taiwan edition writes for the Chinese one (`latin_words`): Email / E-mail for 电子邮件 (邮箱, 电邮 are
#   keyed so), Bug for 错误, Secure Enclave for Apple's 安全隔区.  Each names one thing in both directions; read in the gate
#   and the content only (shown reworded, ≃), never in the key: a paragraph differing by it stays visible;
# - the reader a recommendation is made to, written or not: 「我们建议您保持 iOS 系统更新」 / 「我們建議保持 iOS 系統更新」
#   (a recommendation in a policy is the reader's); 建议您的… (your guardian, your device) and any other 您 stay.
_WILL_AFTER_NOT = lazyre.compile(r"(?<=不|仅)会(?!员|计|议|话|谈|面|同|见|晤|所|长|话|场|址|费)")
_ADVISED_READER = lazyre.compile(r"(?<=建议)[您你](?![的们])")
_LATIN_WORDS = lazyre.compile(r"(?<![\w./@:-])(?:(?:[Ee]-?[Mm]ail|EMAIL|E-MAIL)|([Bb]ugs?|BUGS?)|(Secure Enclave))(?![\w/@-]|[.:][\w/])")


def latin_words(text: str) -> str:
    """`text` with the Latin words above written as the Chinese word they stand for (电子邮件, 错误, 安全隔区)."""
    if not any(c in text for c in "EeBbS"):
        return text
    return _LATIN_WORDS.sub(lambda m: "错误" if m.group(1) else "安全隔区" if m.group(2) else "电子邮件", text)


# The user named in the third person on one side and addressed on the other (「用户可以从扩展中删除」 / 「你可以在擴充功能中
# 刪除」, besthistory-xs; u52d): read by the gate pairwise (`addressed`), only when one side names 使用者 (the key of 用户) and
# no 你/您 and the other addresses the reader with one pronoun and never names 使用者 — then they are one person.  A side
# that names both (「其他用户可以看到你的资料」) or a quantified user (其他/所有/任何/每个/部分/某些 用户, 用户们) is left.
_USER = lazyre.compile(
    r"(?<!其他)(?<!其它)(?<!所有)(?<!任何)(?<!每个)(?<!部分)(?<!某些)(?<!别的)(?<!多个)(?<!全体)使用者(?!们|协议|名|须知|条款|数|量|群|画像|体验|界面|中心)"
)


def addressed(a: str, b: str) -> tuple[str, str]:
    """Two keys with the user named in the third person on one side read as the other side's pronoun (comment above)."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        pronouns = {p for p in "你您" if p in y}
        if "使用者" in x and not {"你", "您"} & set(x) and len(pronouns) == 1 and "使用者" not in y:
            if _USER.sub("", x).count("使用者"):
                return a, b  # a quantified user ("其他用户"): another party
            x = _USER.sub(pronouns.pop(), x)
            return (y, x) if flip else (x, y)
    return a, b


def translator_forms(key: str) -> str:
    """`key` with the translator's forms above read as one (a cross-script key in, a cross-script key out)."""
    if "还是" in key:
        key = _WHETHER_OR.sub(r"\1或", key)
    if "非" in key:
        key = _NOT_NEEDED.sub("不", key)
    if "网" in key or "页面" in key:
        key = _VISIT.sub("浏览", key)
    if "查" in key:
        key = _READ_POLICY.sub("阅读本", key)
    if "申诉" in key:
        key = _REGULATOR_COMPLAINT.sub(lambda m: (m.group(1) or "") + "投诉", key)
    if "或" in key:
        key = _LITERARY_MAY.sub("可能", key)
    if "认为" in key:
        key = _SAME_ACTOR.sub(r"\1", key)
    if "设定" in key:
        key = _ENABLE_SETTINGS.sub("启用", _BY_SETTINGS.sub("透过", key))
    if "可能会" in key:
        key = _MAY_WILL.sub("可能", key)
    if "本地" in key:
        key = _OWN_DEVICE.sub("", key)
    if "会" in key:
        key = _WILL_AFTER_NOT.sub("", key)
    if "建议" in key:
        key = _ADVISED_READER.sub("", key)
    return key


def condition_frames(a: str, b: str) -> tuple[str, str]:
    """Two keys with their condition frames read as one (在X的情况下 = 于X下 = 在X时) — only when both hold as many
    frames: a frame on one side only (「在翻译时」 / 「進行翻譯時」) is left as written, so 情况下 added or dropped with its
    frame is still a condition word of one side."""
    if len(_CONDITION_FRAME.findall(a)) != len(_CONDITION_FRAME.findall(b)):
        return a, b
    return _CONDITION_FRAME.sub(r"在\1情况下", a), _CONDITION_FRAME.sub(r"在\1情况下", b)
