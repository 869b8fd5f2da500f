"""Disclosure profiles, the sixteenth session's classes of helper f16c (issue #14): rights, withdrawal, minors; both sides.

The blind rounds' aggregate named the classes without the documents; every text below is invented (names, addresses and
wording of our own), written to the shapes the lead paraphrased.

(1) a right granted with its way in small policies' wording: to a named class of people (「会员有权…，请直接联系本会秘书处」),
    clearing one's data in the app's settings, viewing or editing the data kept in one's account, changing a record
    (修改单条记录 is a correction), deleting what closing the account removes when the paragraph says how to close it;
(2) withdrawal of consent in its practical forms: a feature that reads or sends data turned off, cookies refused or deleted
    through the browser, marketing unsubscribed without naming the person, the processing refused, an opt-in turned off
    again; not a feature without data, a paid subscription cancelled, nor "you may choose not to provide";
(3) the right to exercise rights needs a way: an e-mail offered only "for more information" is none (cn-pipl/rights);
(4) cn-pipl/minors: a service not meant for children, or children's data not knowingly collected, rules the item out
    whatever guardian advice follows; guardian advice alone (「请关注被监护人是否在取得您授权的情况下使用」, 「未成年人请不要
    注册，除非监护人同意」) is no minors rule, so a policy that does not exclude children and gives only advice misses it.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# The texts are read under "# Privacy Policy" and a blank line (tests/helpers.py), so a text's first line is line 3.


def _cites(text: str, item: str, line: int) -> None:
    found = verdict(text, item)
    assert found.status == "covered", (item, found.status)
    assert found.evidence.line == line, (item, found.evidence)


# --- (1) a right granted with its way ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "line"),
    [
        # a named class of people, the way in the next sentence of the paragraph
        (
            "## 会员权利\n\n会员有权查阅、更正、删除会员资料。如会员想行使相关权利，请直接联系本会秘书处（office@lanting-assoc.org）。\n",
            "cn-pipl/rights",
            5,
        ),
        ("## 會員權利\n\n會員得向本會請求查閱或刪除其資料，請來信 service@qingshan-club.tw。\n", "cn-pipl/rights", 5),
        ("## 学员\n\n学员可以随时查询、更正自己的报名信息，请联系 help@mingde-school.cn。\n", "cn-pipl/rights", 5),
        # clearing one's data where the app offers it
        ("## 数据管理\n\n您可以在系统设置中清除全部数据，或卸载应用。\n", "cn-pipl/rights", 5),
        ("## 資料\n\n您可以隨時在「設定 > 隱私」中清除所有記錄。\n", "cn-pipl/rights", 5),
        # the data kept in one's account
        ("## 账户\n\n您可以访问或编辑您账户中的个人资料。\n", "cn-pipl/rights", 5),
        ("## 帳戶\n\n您可以隨時修改您帳號中的個人資料。\n", "cn-pipl/rights", 5),
        # changing a record is a correction
        ("## 记录\n\n你可以在记录页面查看、修改或删除单条记录。\n", "cn-gbt35273/correct", 5),
        ("## 日記\n\n您可以隨時在日記列表中修改任何一條記錄。\n", "cn-gbt35273/correct", 5),
        # what closing the account deletes, with the way to close it in the paragraph
        (
            "## 注销\n\n当您注销账号后，我们将删除您的个人信息。您可以在“我的-设置-注销账号”中操作。\n",
            "cn-gbt35273/delete",
            5,
        ),
        (
            "## 账号\n\n用户删除账号后，我们会清除其全部记录。用户可以通过发送邮件至 bye@xiaoyu-app.cn 申请删除账号。\n",
            "cn-gbt35273/delete",
            5,
        ),
    ],
)
def test_a_right_with_its_way_in_small_wording_is_covered(text: str, item: str, line: int) -> None:
    _cites(text, item, line)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # a promise to respect the rights of a class, and a contact for something else
        ("## 会员\n\n我们尊重会员的权利。会员可以联系 events@lanting-assoc.org 获取活动信息。\n", "cn-pipl/rights"),
        # the cache is not the person's data
        ("## 缓存\n\n您可以在设置中清除缓存。\n", "cn-pipl/rights"),
        # clearing with no way to do it
        ("## 数据\n\n您可以清除全部数据。\n", "cn-pipl/rights"),
        # the app updating records is no right
        ("## 记录\n\n系统会自动记录并更新您的使用记录。\n", "cn-gbt35273/correct"),
        # what closing the account deletes, with no way to close it: a retention rule, not the right
        ("## 注销\n\n当您注销账号后，我们将删除您的个人信息。\n", "cn-gbt35273/delete"),
    ],
)
def test_a_right_without_its_way_stays_missing(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- (2) withdrawal of consent in its practical forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "line"),
    [
        # a feature that reads or sends data, turned off
        ("## 通知\n\n本功能需要读取通知。您可以随时在设置中关闭此功能，关闭后立即停止读取通知。\n", "cn-gbt35273/withdraw-consent", 5),
        ("## 同步\n\n如您开启了 iCloud 同步，可随时关闭 iCloud 同步。\n", "cn-gbt35273/withdraw-consent", 5),
        ("## 備份\n\n您可以隨時在設定中停用雲端備份功能。\n", "cn-gbt35273/withdraw-consent", 5),
        ("## 同步\n\n您可以随时在设置中关闭云同步功能。\n", "eu-gdpr/withdraw-consent", 5),
        (
            "## AI features\n\nThe AI features send your text to our provider. You can disable the AI features at any time in Settings.\n",
            "eu-gdpr/withdraw-consent",
            5,
        ),
        (
            "## Sync\n\nNotes are uploaded to our server. You can turn off sync at any time in the app settings.\n",
            "eu-gdpr/withdraw-consent",
            5,
        ),
        # an opt-in turned off again
        (
            "## Crash reports\n\nCrash reports are sent only if you opt in. You can turn this off at any time in Settings.\n",
            "eu-gdpr/withdraw-consent",
            5,
        ),
        # cookies refused through the browser, the clause naming consent or its withdrawal (u40w2: without it they withdraw nothing for GB/T,
        # tests/test_u40w2_profiles.py)
        (
            "## Cookie\n\n您可以通过修改浏览器设置的方式拒绝cookies以撤回您的同意。\n",
            "cn-gbt35273/withdraw-consent",
            5,
        ),
        # (eighteenth session, m18b: cookies only deleted through the browser withdraw nothing; tests/test_profiles_classes18b.py)
        # (seventeenth session, m17c: for eu-gdpr only where the policy asks for consent; tests/test_profiles_classes17c.py)
        (
            "## Cookies\n\nWe set analytics cookies with your consent. You can refuse or delete cookies through your browser settings.\n",
            "eu-gdpr/withdraw-consent",
            5,
        ),
        # marketing unsubscribed, the person unnamed
        ("## 营销\n\n我们可能向您发送营销信息。如不想接收此类信息，可随时退订。\n", "cn-gbt35273/withdraw-consent", 5),
        ("## 電子報\n\n若不希望再收到電子報，可點擊信件底部連結退訂。\n", "cn-gbt35273/withdraw-consent", 5),
        (
            "## Newsletter\n\nYou can unsubscribe from our newsletter at any time using the link in every e-mail.\n",
            "eu-gdpr/withdraw-consent",
            5,
        ),
        # the processing refused
        ("## 您的权利\n\n您可以拒绝我们使用您的数据，请联系 optout@wenhe.cn。\n", "cn-gbt35273/withdraw-consent", 5),
        ("## 您的權利\n\n您有權拒絕我們處理您的個人資料。\n", "cn-gbt35273/withdraw-consent", 5),
    ],
)
def test_withdrawal_in_practical_forms_is_covered(text: str, item: str, line: int) -> None:
    _cites(text, item, line)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # a feature that handles no data
        ("## 显示\n\n您可以随时在设置中关闭深色模式功能。\n", "cn-gbt35273/withdraw-consent"),
        (
            "## Display\n\nYou can turn off dark mode in Settings. You can disable the sound features at any time.\n",
            "eu-gdpr/withdraw-consent",
        ),
        # a cookie described, nothing refused
        ("## Cookie\n\nCookie 可以存储您的偏好，浏览器会在访问时发送。\n", "cn-gbt35273/withdraw-consent"),
        # cookies only deleted through the browser (eighteenth session, m18b: the blind sets' reviewers)
        ("## Cookie\n\n您可以透過瀏覽器設定刪除 Cookie。\n", "cn-gbt35273/withdraw-consent"),
        # a paid subscription cancelled
        ("## 订阅\n\n如您不想继续使用会员服务，可随时取消订阅，已支付的包月费用不予退还。\n", "cn-gbt35273/withdraw-consent"),
        # optional at install, or not providing: no withdrawal
        ("## 权限\n\n安装时，位置权限是可选的。您可以选择不提供这些信息。\n", "cn-gbt35273/withdraw-consent"),
        ("## 信息\n\n您可以拒绝提供位置信息，但可能无法使用附近推荐。\n", "cn-gbt35273/withdraw-consent"),
        (
            "## Optional\n\nLocation permission is optional at install. You may choose not to provide this information.\n",
            "eu-gdpr/withdraw-consent",
        ),
    ],
)
def test_look_alikes_of_withdrawal_stay_missing(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_the_withdrawal_is_cited_not_what_follows_it() -> None:
    text = "## 授权管理\n\n您可以在“设置-隐私-撤回授权”页面撤回授权。\n\n撤回授权后，您需要重新初始化密码。\n"
    _cites(text, "cn-gbt35273/withdraw-consent", 5)


# --- (3) the rights channel needs a way ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 您的权利\n\n您有权访问、更正、删除您的个人信息。如需了解更多信息，请发送邮件至 info@hengtai-soft.cn。\n",
        "## 您的權利\n\n您有權查閱、更正、刪除您的個人資料。如欲瞭解更多資訊，請來信 hello@yunshan.tw。\n",
        "## 您的权利\n\n您有权访问、更正、删除您的个人信息，请联系 privacy@example.com。\n",
    ],
)
def test_rights_with_no_way_to_exercise_them_stay_missing(text: str) -> None:
    assert status(text, "cn-pipl/rights") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the e-mail is for the rights as well
        "## 您的权利\n\n您有权访问、更正、删除您的个人信息。如需了解更多信息或行使上述权利，请发送邮件至 dp@hengtai-soft.cn。\n",
        "## 您的权利\n\n您有权访问、更正、删除您的个人信息，请发送邮件至 dp@hengtai-soft.cn。\n",
    ],
)
def test_rights_with_a_way_stay_covered(text: str) -> None:
    _cites(text, "cn-pipl/rights", 5)


# --- (4) cn-pipl/minors: applicability -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 儿童\n\n我们不会在知情的情况下收集不满14周岁儿童的个人信息，如发现将立即删除。\n",
        # guardian advice after the exclusion does not make the item apply
        "## 未成年人\n\n我们不会故意收集未满十四周岁儿童的个人信息；如果发现，我们会尽快删除。\n\n"
        "如您是未成年人的监护人，请关注被监护人是否在取得您授权的情况下使用。\n",
        "## 未成年人\n\n本应用主要面向成年人。我们不会在明知的情况下收集未满18岁用户的个人信息。若我们发现，会及时删除。\n",
        "## 兒童隱私\n\n我們並不知情地收集14歲以下兒童的資料。若家長發現孩子提供了個人資料，請聯絡我們刪除。\n",
        "## Children\n\nOur service is not meant for children under 13. We do not knowingly collect personal data from children.\n",
        "## 儿童\n\nWe do not knowingly collect personal information from anyone under 14. 如发现，我们会删除。\n",
    ],
)
def test_children_excluded_make_minors_not_applicable(text: str) -> None:
    assert status(text, "cn-pipl/minors") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        # guardian advice alone, children not excluded
        "## 未成年人保护\n\n如您是未成年人的监护人，请关注被监护人是否在取得您授权的情况下使用我们的服务。\n",
        "## 未成年人\n\n未成年人请不要注册，除非监护人同意。\n",
        "## 未成年人\n\n未成年人請勿使用本服務，除非已獲得家長同意。\n",
    ],
)
def test_guardian_advice_alone_leaves_minors_missing(text: str) -> None:
    assert status(text, "cn-pipl/minors") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a collection held back until a guardian consents does not rule the item out
        "## 儿童\n\n若您是不满十四周岁的儿童，须在监护人同意后使用本服务。\n\n未经监护人同意，我们不会故意收集儿童的个人信息。\n",
        "## Children\n\nChildren under 14 may use the service only with a parent's consent.\n\n"
        "We do not knowingly collect personal data from children under 14 without parental consent.\n",
        "## 儿童\n\n若您是不满十四周岁的儿童，请在监护人同意后使用本服务。\n",
    ],
)
def test_guardian_consent_rules_still_cover_minors(text: str) -> None:
    _cites(text, "cn-pipl/minors", 5)


# --- (5) the line that grants the right with its way, not a numbered title run into its lead-in -------------------------


@pytest.mark.parametrize(
    ("text", "item", "line"),
    [
        (
            "## 五、您的权利\n\n5.1 查询、复制、更正、删除您的信息 您可以通过以下方式管理：\n\n"
            "您可以在“我的-个人资料”页面查询、更正您的信息。如需删除，请发送邮件至 del@jinghe-app.cn。\n",
            "cn-gbt35273/delete",
            7,
        ),
        (
            "## 五、您的权利\n\n5.1 查询、复制、更正、删除您的信息 您可以通过以下方式管理：\n\n"
            "您可以在“我的-个人资料”页面查询、更正您的信息。如需删除，请发送邮件至 del@jinghe-app.cn。\n",
            "cn-gbt35273/access",
            7,
        ),
        (
            "## 三、您的權利\n\n（二）刪除您的個人資料 您可依下列方式提出：\n\n若需刪除，請來信 privacy@beiyun.tw，我們將於 7 個工作日內處理。\n",
            "cn-gbt35273/delete",
            7,
        ),
    ],
)
def test_the_granting_line_is_cited_before_a_run_in_title(text: str, item: str, line: int) -> None:
    _cites(text, item, line)


def test_a_run_in_title_alone_keeps_its_verdict() -> None:
    # nothing else covers: the lead-in is still cited (the rank never changes a verdict)
    text = "## 五、您的权利\n\n5.1 查询、复制、更正、删除您的信息 您可以通过以下方式管理：\n\n请联系客服热线 400-820-1234。\n"
    assert status(text, "cn-gbt35273/delete") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # 如需删除 about the app, not the person's data, and outside a rights section
        "## 卸载\n\n如需删除，请前往系统设置卸载本应用。\n",
    ],
)
def test_a_bare_wish_to_delete_outside_rights_stays_missing(text: str) -> None:
    assert status(text, "cn-gbt35273/delete") == "missing"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # the policy's own rules for children named in 《》 (coverage._BOOK_TITLE keeps that name)
        ("## 未成年人\n\n为保护未成年人个人信息，我们制定了《星河游戏未成年人隐私保护指引》。\n", 5),
        ("## 兒童\n\n我們另訂有《青禾兒童個人資訊保護規則》，請家長與兒童一同閱讀。\n", 5),
    ],
)
def test_the_policys_own_childrens_rules_named_in_book_marks_cover_minors(text: str, line: int) -> None:
    _cites(text, "cn-pipl/minors", line)


@pytest.mark.parametrize(
    "text",
    [
        # the name of a law is still no rule of the policy's own
        "## 未成年人\n\n我们遵守《中华人民共和国未成年人保护法》，重视未成年人的成长。\n",
        # visiting a site is no right of access, whoever visits
        "## 会员\n\n会员可以访问本会网站了解最新活动，或联系 info@lanting-assoc.org。\n",
    ],
)
def test_law_names_and_visits_stay_missing(text: str) -> None:
    item = "cn-pipl/minors" if "未成年人" in text else "cn-pipl/rights"
    assert status(text, item) == "missing"
