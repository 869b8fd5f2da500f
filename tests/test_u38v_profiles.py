"""Profile verdict classes fixed in session 38 (u38v, issue #14): the classes session 37's unseen sets named, and eval/profiles38's
dev disagreements (not blind).

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone):
- cn-gbt35273/withdraw-consent, cn-pipl/rights: a feature or permission the person turns off or revokes in the settings, the
  subject left out or the place first (「如不希望接收推送，可在设置中关闭通知」「在 iOS 设置 > 隐私 中可以随时关闭定位服务」「您可以随时在
  设置中关闭个性化广告」「您可以通过 GitHub 账户设置撤销 GitHub OAuth 令牌」, eval/profiles38 viewpilot-md 49); not 「不可在设置中
  关闭」, the operator's act, or a feature left unnamed;
- cn-pipl/rights, cn-gbt35273/delete: the person clearing their data through the product (「您可以随时通过扩展程序清除聊天记录和存储的
  数据」, viewpilot-md 48); not a cache, nor the operator;
- the way to exercise rights as a pointer to another section (「通过本政策第八节所列方式联系我们」): covered where the document gives a
  contact, not where the section holds none or a slot (held already; pinned here);
- citations: a `<br>`-split HTML notice is cited at the `<br>` line that holds the covering words, not the element's first line;
- the sentence splitter: a source line that opens with a Latin letter item 「a. 」「(c) 」 starts a sentence (not 「e.g.」);
- cn-gbt35273/close-account: not applicable where the policy says that no account exists (the decision in eval/profiles38/README.md);
  still missing when it is silent, says so hypothetically, or only for part of the service;
- cn-pipl/processor: 「*ViewPilot 由 Gil Chang Lee (bymebyu) 开发。*」 with the project's issue tracker link (viewpilot-md 62, 58);
- retention: 「我们不会保留任何超出应用功能所需的用户数据」 (photoease-md 16) is the necessary-period criterion; a denial of keeping
  anything at all is not;
- cn-pipl/categories: access requested to a named kind of data (「我们请求访问您的照片，仅用于…」, photoease-md 9).
"""

from __future__ import annotations

import pytest

from helpers import paragraphs
from helpers import profile_status as status
from helpers import profile_verdict as verdict

# ---- settings: withdraw consent, exercise the right ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "如不希望接收推送，可在设置中关闭通知。\n",
        "在 iOS 设置 > 隐私 中可以随时关闭定位服务。\n",
        "您可以随时在设置中关闭个性化广告。\n",
        # eval/profiles38 viewpilot-md 49
        "- 您可以通过 GitHub 账户设置撤销 GitHub OAuth 令牌。\n",
    ],
)
def test_a_feature_turned_off_in_the_settings_withdraws_consent_and_is_a_way_to_a_right(text: str) -> None:
    assert status(text, "cn-gbt35273/withdraw-consent") == "covered"
    assert status(text, "cn-pipl/rights") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "您不可在设置中关闭通知。\n",
        "我们可以在设置中关闭您的推送。\n",
        "您可以在设置中开启或关闭该功能。\n",
        "您可以在设置中开启或关闭通知。\n",  # a switch both ways (tests/test_profiles_classes10.py)
        "关闭通知后您将无法收到提醒。\n",
    ],
)
def test_no_settings_switch_for_the_person_withdraws_nothing(text: str) -> None:
    assert status(text, "cn-gbt35273/withdraw-consent") == "missing"
    assert status(text, "cn-pipl/rights") == "missing"


def test_a_settings_switch_is_cited_after_a_right_granted_with_a_way() -> None:
    text = paragraphs("您可以在设置中关闭位置权限。", "您有权查阅、更正您的个人信息，请发送邮件至 privacy@example.cn。")
    assert verdict(text, "cn-pipl/rights").evidence.line == 5


# ---- clearing data through the product ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles38 viewpilot-md 48
        "- 您可以随时通过扩展程序清除聊天记录和存储的数据。\n",
        "你可以在应用内删除全部历史记录。\n",
    ],
)
def test_clearing_data_through_the_product_is_the_way_to_delete(text: str) -> None:
    assert status(text, "cn-pipl/rights") == "covered"
    assert status(text, "cn-gbt35273/delete") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们可以通过应用清除过期的数据。\n",
        "您可以在应用中清除缓存数据。\n",
    ],
)
def test_no_clearing_by_the_person_is_no_way_to_delete(text: str) -> None:
    assert status(text, "cn-gbt35273/delete") == "missing"


# ---- a pointer to the section that holds the contact -------------------------------------------------------------


_RIGHTS = "您可以查阅、更正、删除您的个人信息。如需行使上述权利，请通过本政策第八节所列方式联系我们。"
_COMPLAINT = "我们设置了投诉举报渠道，您可以通过本政策第八节中提供的联系方式与我们联系。"


def test_a_pointer_to_a_section_with_a_contact_is_the_way() -> None:
    text = paragraphs("## 二、您的权利", _RIGHTS, _COMPLAINT, "## 八、联系我们", "电子邮箱：privacy@moumou.cn")
    assert status(text, "cn-pipl/rights") == "covered"
    assert status(text, "cn-gbt35273/complaint") == "covered"


@pytest.mark.parametrize("target", ["如有疑问请联系我们。", "电子邮箱：[请填写邮箱]"])
def test_a_pointer_to_a_section_without_a_contact_is_no_way(target: str) -> None:
    text = paragraphs("## 二、您的权利", _RIGHTS, _COMPLAINT, "## 八、联系我们", target)
    assert status(text, "cn-pipl/rights") == "missing"
    assert status(text, "cn-gbt35273/complaint") == "missing"


# ---- <br> lines: the citation ------------------------------------------------------------------------------------

_BR = (
    "<html><body>\n<h1>隐私政策</h1>\n"
    "<p>本应用由北京某某科技有限公司（以下简称“我们”）运营，邮箱 privacy@moumou.cn。</p>\n"
    "<h2>您的权利</h2>\n"
    "<p>您可以通过以下方式行使权利：<br>\n"
    "您可以在“我的-设置-账号管理”中注销账号。<br>\n"
    "如有投诉，请发送邮件至 privacy@moumou.cn。</p>\n"
    "</body></html>\n"
)


def test_a_br_split_notice_is_cited_at_the_line_of_its_covering_words() -> None:
    from helpers import one_item, parse_string
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_string(_BR, suffix=".html"), [one_item("cn-gbt35273/close-account")])
    (found,) = result.items
    assert found.status == "covered"
    assert found.evidence.line == 6  # 「您可以在…中注销账号」, not the element's first line 5


def test_a_wrapped_markdown_paragraph_is_still_cited_where_its_sentence_opens() -> None:
    text = "您可以在“我的-设置-账号管理”\n中注销账号。\n"  # a soft wrap is no <br>
    assert verdict(text, "cn-gbt35273/close-account").evidence.line == 3


# ---- Latin letter items as sentences -----------------------------------------------------------------------------


def test_a_latin_letter_item_starts_a_sentence() -> None:
    text = (
        "本应用由北京某某科技有限公司（以下简称“我们”）运营，邮箱 a@moumou.cn。\n\n"
        "我们收集的信息用于以下用途\n"
        "a. 我们会收集您的手机号码，用于注册登录\n"
        "b. 我们会在您注销账号后15日内删除您的个人信息\n"
        "(c) 您可以在“我的-设置”中注销账号\n"
        "(d) 如有投诉，请发送邮件至 a@moumou.cn\n"
    )
    assert verdict(text, "cn-gbt35273/close-account").evidence.line == 8
    assert verdict(text, "cn-gbt35273/complaint").evidence.line == 9
    assert verdict(text, "cn-pipl/retention").evidence.line == 7


def test_an_abbreviation_opening_a_line_starts_no_sentence() -> None:
    from policylens.profiles.coverage.sentences import _NUMBERED_START

    assert _NUMBERED_START.match("e.g. 手机号码") is None
    assert _NUMBERED_START.match("a. 手机号码") is not None
    assert _NUMBERED_START.match("（b）手机号码") is not None


# ---- close-account: apps without accounts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本应用不需要注册帐号，所有数据保存在本地。\n",
        "本应用没有账号系统。\n",
        "Fieldnote 是現場服務工作的管理工具，不需要註冊帳號。\n",
        "No account required.\n",
    ],
)
def test_no_account_makes_close_account_not_applicable(text: str) -> None:
    assert status(text, "cn-gbt35273/close-account") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "所有数据保存在本地。\n",
        "如果您没有账号，请先注册。\n",
        "您无需注册账号即可浏览部分内容。\n",
        "我们不提供账号信息给第三方。\n",
        "无需注册账号，使用手机号一键登录。\n",
    ],
)
def test_silence_or_a_partial_statement_leaves_close_account_missing(text: str) -> None:
    assert status(text, "cn-gbt35273/close-account") == "missing"


# ---- the processor: a maker's handle in brackets, an issue tracker link ------------------------------------------


def test_a_maker_with_a_handle_reached_through_the_issue_tracker_is_the_processor() -> None:
    text = paragraphs(
        "如果您对本隐私政策有任何问题，请在我们的 [GitHub 仓库](https://github.com/bymebyu/ViewPilot/issues) 提交 issue。",
        "*ViewPilot 由 Gil Chang Lee (bymebyu) 开发。*",
    )
    assert status(text, "cn-pipl/processor") == "covered"
    assert status(text, "cn-gbt35273/identity-contact") == "covered"


def test_a_maker_with_no_way_to_reach_is_no_processor() -> None:
    text = paragraphs("如有问题，请在 GitHub 仓库中搜索。", "*ViewPilot 由 Gil Chang Lee (bymebyu) 开发。*")
    assert status(text, "cn-pipl/processor") == "missing"


# ---- retention: nothing kept beyond what the functions need ------------------------------------------------------


def test_nothing_kept_beyond_the_need_is_a_retention_criterion() -> None:
    text = "我们不会保留任何超出应用功能所需的用户数据。\n"
    assert status(text, "cn-pipl/retention") == "covered"
    assert status(text, "cn-gbt35273/retention") == "covered"


def test_a_denial_of_keeping_anything_is_no_retention_criterion() -> None:
    assert status("我们不会保留任何用户数据。\n", "cn-pipl/retention") == "missing"


# ---- categories: access to a named kind of data ------------------------------------------------------------------


def test_access_requested_to_photos_names_a_category() -> None:
    text = "- **照片**: 我们请求访问您的照片，仅用于在应用内显示并帮助您在设备上组织它们。\n"
    assert status(text, "cn-pipl/categories") == "covered"


def test_access_to_a_page_names_no_category() -> None:
    assert status("我们会访问您的主页，用于展示推荐。\n", "cn-pipl/categories") == "missing"
