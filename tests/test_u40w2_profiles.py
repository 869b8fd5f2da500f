"""Profile verdict classes fixed in session 40 (u40w2, issue #14) on eval/profiles40c (not blind: fixed from its read misses).

Each class is tested both ways, with the set's own lines as regression cases:
- cn-gbt35273/withdraw-consent: cookies disabled, refused or blocked in one's own browser (yizhi-zh 22) are the browser's
  control, not a way the operator offers to withdraw consent; a clause that names consent or withdrawal still covers, as
  does withdrawal offered by the operator;
- cn-pipl/minors: a flat refusal to collect from children of a named age (「本网站不向18岁以下的儿童收集个人信息」, yizhi-zh 48)
  excludes children, as 「无意收集」 does (u39w2); a refusal held back until a guardian consents still applies;
- cn-gbt35273/delete: a bare numbered item 「4.1.3 随时请求删除；」 under a granting lead-in 「您对于自己的个人资料享有以下权利：」
  (xueba-zh 53-56) is the right; the item without the granting lead-in, or a deletion by the operator, is not.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status

# ---- cn-gbt35273/withdraw-consent ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles40c yizhi-zh 22
        "## 1. 信息收集\n\nCookies：我们使用 cookies（小型文本文件）来收集和存储信息，以便为您提供更加个性化的体验。"
        "您可以在浏览器设置中禁用 cookies，但这可能会影响您使用本网站的某些功能。\n",
        "## Cookie\n\n您可以随时通过浏览器设置拒绝或阻止 Cookie。\n",
        "## Cookie\n\n您可以通过浏览器设置控制和删除 cookies。\n",
        # the former cases of tests/test_profiles_classes10.py and tests/test_profiles_classes16c.py
        "## Cookie\n\n您可以随时通过浏览器设置拒绝 Cookie。\n",
        "## Cookie\n\n您有权选择接受或拒绝cookies，您可以通过修改浏览器设置的方式拒绝cookies。\n",
    ],
)
def test_cookies_refused_in_the_browser_withdraw_no_consent(text: str) -> None:
    assert status(text, "cn-gbt35273/withdraw-consent") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## Cookie\n\n如您不再同意我们使用 Cookie，可以随时在浏览器设置中禁用 Cookie 以撤回您的同意。\n",
        "## 您的权利\n\n您可以随时撤回您的同意，请发送邮件至 privacy@example.com。\n",
        "## 权限\n\n您可以在系统设置中关闭相机权限，关闭后我们将不再收集相关信息。\n",
    ],
)
def test_withdrawal_offered_or_named_still_covers(text: str) -> None:
    assert status(text, "cn-gbt35273/withdraw-consent") == "covered"


# ---- cn-pipl/minors ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles40c yizhi-zh 48
        "## 5. 儿童隐私\n\n本网站不向18岁以下的儿童收集个人信息。如果您是父母或监护人并发现您的孩子向我们提供了个人信息，"
        "请与我们联系，我们将采取措施删除这些信息。\n",
        "## 未成年人\n\n我们不会从未成年人处收集任何个人信息。\n",
        "## 儿童\n\n本应用不向不满十四周岁的儿童收集个人信息。\n",
    ],
)
def test_a_flat_refusal_to_collect_from_children_excludes_them(text: str) -> None:
    assert status(text, "cn-pipl/minors") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "## 儿童\n\n未经监护人同意，我们不向儿童收集个人信息。\n",
        "## 儿童\n\n本应用适合儿童使用，儿童注册时我们会收集其昵称。\n",
        "## 儿童\n\n我们不向儿童推送广告，儿童使用时我们会收集其昵称。\n",
    ],
)
def test_a_conditional_refusal_or_children_as_users_still_apply(text: str) -> None:
    assert status(text, "cn-pipl/minors") != "not-applicable"


# ---- cn-gbt35273/delete --------------------------------------------------------------------------------------------


def test_a_bare_deletion_item_under_a_granting_lead_in_is_the_right() -> None:
    # eval/profiles40c xueba-zh 51-58
    text = (
        "## 4、 用户权利\n\n4.1 您对于自己的个人资料享有以下权利：\n\n4.1.1 随时查询及请求阅览；\n\n4.1.2 随时请求补充或更正；\n\n"
        "4.1.3 随时请求删除；\n\n4.1.4 请求停止电脑处理及利用。\n\n4.2 针对以上权利，您如果有需要，可以直接联系学霸银行网。\n"
    )
    assert status(text, "cn-gbt35273/delete") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # no granting lead-in: a list of what the operator does
        "## 4、 用户权利\n\n我们会对您的资料进行以下处理：\n\n4.1.1 加密存储；\n\n4.1.2 定期删除；\n",
        # the lead-in grants nothing
        "## 权利\n\n以下为本服务的处理方式：\n\n- 删除；\n",
        # a cookie item
        "## 4、 用户权利\n\n4.1 您对于自己的个人资料享有以下权利：\n\n4.1.1 随时查询及请求阅览；\n\n4.1.2 清除 Cookie；\n",
    ],
)
def test_a_bare_deletion_item_without_a_grant_is_no_right(text: str) -> None:
    assert status(text, "cn-gbt35273/delete") == "missing"


# ---- cn-gbt35273/sensitive-marked (children's data under 14, GB/T 35273 Annex B) ------------------------------------


def test_minors_data_collected_in_a_section_naming_an_age_under_14_is_sensitive() -> None:
    # eval/profiles40c xueba-zh 76-90
    text = (
        "## 8、 未成年人隐私权的保护\n\n8.1 学霸银行网郑重声明：任何13岁以下的未成年人参加网上活动应事先得到家长或其法定监护人的可经查证的同意。\n\n"
        "8.3 学霸银行网收集未成年人的个人资料，仅为回覆未成人特定要求的目的，待回复完毕即从记录中删除。\n\n"
        "8.5 若经未成年人的监护人同意，学霸银行网可对未成年人之个人资料进行收集。\n"
    )
    assert status(text, "cn-gbt35273/sensitive-marked") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a refusal to collect
        "## 儿童\n\n本应用不面向14岁以下的儿童。我们不会收集儿童的个人信息。\n",
        # not meant for them
        "## 儿童\n\n本网站不面向13岁以下的儿童，我们无意收集儿童的个人信息。\n",
        # minors' data collected, no age under 14 named (under 18 is not all sensitive)
        "## 未成年人\n\n若您是18周岁以下的未成年人，请在监护人同意后使用。我们收集未成年人的个人信息仅用于提供服务。\n",
    ],
)
def test_no_collection_or_no_age_under_14_makes_no_sensitive_data(text: str) -> None:
    assert status(text, "cn-gbt35273/sensitive-marked") == "not-applicable"


# ---- cn-pipl/rights: a function of the product named in quotes as the way in ------------------------------------------


def test_rights_exercised_through_a_named_in_app_function_cover() -> None:
    # eval/profiles40c paizhao-zh 142
    text = (
        '## 九、联系我们\n\n如您对本隐私政策有任何疑问、意见或建议，或需要行使您的权利，请通过小程序内的"建议和吐槽"功能联系我们，'
        "我们将在15个工作日内回复您的请求。\n"
    )
    assert status(text, "cn-pipl/rights") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # 「联系我们」 with no place and no contact given
        "## 九、联系我们\n\n如需行使您的权利，请联系我们。\n",
        # a third party's function
        "## 第三方\n\n如需向第三方行使您的权利，请通过第三方应用内的“帮助”页面联系该第三方。\n",
    ],
)
def test_rights_with_no_concrete_way_stay_missing(text: str) -> None:
    assert status(text, "cn-pipl/rights") == "missing"
