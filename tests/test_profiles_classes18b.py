"""Disclosure profiles, the eighteenth session's classes of helper m18b (issue #14): rights with a way.

The lead described the blind rounds' disagreements on cn-pipl/rights, the GB/T rights (access, correct, delete, copy,
close-account, withdraw-consent) and tw-pdpa/rights as classes, with invented examples; every text below is invented.  Each
class is tested both ways, with the verdict and the cited line.

(1) a right exercised in the product's own UI, as a list label with its object and a way (「- 查看、修改或删除单条记录：在应用内
    对应页面操作」); not an app permission, cookies or other users' posts under the same shape;
(2) the site itself or signing in as the place (「您可以随时在本站登录后修改…您的个人信息」, cn-pipl/rights); not signing in to use
    the service;
(3) a grant with a procedure at a named office (「请直接联系XX服务中心，并提供书面请求及证明资料」) is a way in even where the
    document gives no address; a bare 「请联系我们」 or 「我们的办公室」 is none then;
(4) closing the account: a business closed with a click in its place (「在账户页面点击【撤回同意并关闭】即可关闭XX业务」), closing
    under the terms of service cited, not a sentence about editing the account's information;
(5) withdrawing consent as an opt-in feature switched off with the data it sends in its paragraph, or analytics tracking left with
    a button; cn-pipl/rights too, cited after any other right; not a display setting;
(6) tw-pdpa/rights: the Art. 3 rights as a list under a colon with the way in a later paragraph (a named service window), a request
    under the policy's rights article with a channel; not the list without a way, a template address, or a bare article number;
(7) look-alikes that stay missing: cookies controlled through the browser (access, copy, withdrawal, PIPL, Art. 3), a copy that
    cookies keep, 访问 meaning *visit*, opting out of personalised ads in the phone's or Google's settings (tw-pdpa), rights whose
    only way is a template slot or that have no way at all (cn-pipl/rights).
"""

from __future__ import annotations

import pytest

from helpers import cited_line
from helpers import profile_status as status

GBT_RIGHTS = ("cn-gbt35273/access", "cn-gbt35273/correct", "cn-gbt35273/delete")


# --- (1) a right as a list label with its way in the product ------------------------------------------------------------------

UI_LABELS = (
    "我们收集您的记账数据。\n\n## 数据管理\n\n- 查看、修改或删除单条账目：在应用内对应页面操作\n"
    "- 删除全部数据：在系统设置中清除，或卸载本应用\n"
)


@pytest.mark.parametrize("item", ("cn-pipl/rights", *GBT_RIGHTS))
def test_a_right_as_a_label_with_its_object_and_a_place_in_the_app(item: str) -> None:
    assert "单条账目：在应用内" in cited_line(UI_LABELS, item)


def test_a_copy_as_a_label_with_its_place() -> None:
    text = "我们收集您的运动记录。\n\n- 导出全部运动记录：进入“我的-设置-数据导出”页面\n"
    assert "导出全部运动记录" in cited_line(text, "cn-gbt35273/copy")


LABEL_LOOKALIKES = (
    "我们会申请相机权限。\n\n## 权限说明\n\n- 访问相机权限：在扫码页面中使用\n- 删除 Cookie：在浏览器设置中清除\n"
    "- 查看其他用户的动态：在首页页面浏览\n"
)


@pytest.mark.parametrize("item", ("cn-pipl/rights", *GBT_RIGHTS))
def test_a_permission_cookies_or_other_users_posts_under_the_same_shape_are_no_right(item: str) -> None:
    assert status(LABEL_LOOKALIKES, item) == "missing"


# --- (2) the site or signing in as the place ----------------------------------------------------------------------------------


def test_editing_ones_data_on_the_site_after_signing_in_is_a_pipl_right_with_a_way() -> None:
    text = "我们收集您的邮箱。\n\n您可以随时在本站登录后修改或者更新您的个人信息和密码。\n"
    assert "在本站登录后修改" in cited_line(text, "cn-pipl/rights")
    assert "在本站登录后修改" in cited_line(text, "cn-gbt35273/correct")


def test_signing_in_to_use_the_service_is_no_right() -> None:
    assert status("您可以登录后使用本服务。\n\n我们收集您的手机号。\n", "cn-pipl/rights") == "missing"


# --- (3) a named office and a written request ----------------------------------------------------------------------------------

OFFICE = (
    "我们收集会员的姓名。\n\n会员有权访问、更正、删除会员数据。如会员想行使上述权利，请直接联系本公司会员服务中心，"
    "并提供书面请求及证明资料。\n"
)


@pytest.mark.parametrize("item", ("cn-pipl/rights", *GBT_RIGHTS))
def test_a_grant_with_a_named_office_and_a_written_request_has_a_way(item: str) -> None:
    assert "会员服务中心" in cited_line(OFFICE, item)


@pytest.mark.parametrize("way", ("请联系我们", "请联系我们的办公室"))
def test_a_bare_pointer_with_no_contact_anywhere_is_no_way(way: str) -> None:
    text = f"我们收集您的手机号。\n\n您有权查阅、更正、删除您的个人信息。如需行使上述权利，{way}。\n"
    assert status(text, "cn-pipl/rights") == "missing"


# --- (4) closing the account ---------------------------------------------------------------------------------------------------


def test_a_business_closed_with_a_click_in_its_place_closes_the_account() -> None:
    text = "我们收集您的手机号。\n\n在账户页面点击【撤回同意并关闭】即可关闭小额贷业务。\n"
    for item in ("cn-gbt35273/close-account", "cn-pipl/rights"):
        assert "即可关闭小额贷业务" in cited_line(text, item)


def test_a_click_that_closes_a_popup_closes_nothing() -> None:
    text = "我们收集您的手机号。\n\n点击【关闭】按钮即可关闭弹窗。\n"
    assert status(text, "cn-gbt35273/close-account") == "missing"


def test_closing_under_the_terms_is_cited_not_the_sentence_about_the_accounts_information() -> None:
    text = "我们收集您的手机号。\n\n您可以注册、查询、修改、删除您的账户信息。\n\n您可以按照《用户服务协议》的约定申请注销账户。\n"
    assert "申请注销账户" in cited_line(text, "cn-gbt35273/close-account")


def test_deleting_the_accounts_information_alone_is_no_closing_of_the_account() -> None:
    assert status("我们收集您的手机号。\n\n您可以删除您的账户信息。\n", "cn-gbt35273/close-account") == "missing"


# --- (5) withdrawal as a feature switched off or tracking left -----------------------------------------------------------------

FEATURE_OFF = [
    ("AI 功能会将您输入的文字发送到服务器处理。您可以随时禁用 AI 功能。\n", "随时禁用"),
    ("本站使用访问统计。\n\n点击下面的按钮退出所有的访问统计跟踪。\n", "退出所有的访问统计"),
    ("您的笔记会同步到 iCloud。\n\n您可以选择随时关闭 iCloud 同步。\n", "关闭 iCloud 同步"),
]


@pytest.mark.parametrize(("text", "words"), FEATURE_OFF)
@pytest.mark.parametrize("item", ("cn-gbt35273/withdraw-consent", "cn-pipl/rights"))
def test_an_opt_in_feature_switched_off_or_tracking_left_withdraws_consent(text: str, words: str, item: str) -> None:
    assert words in cited_line(text, item)


def test_a_feature_switched_off_is_cited_after_a_right_with_a_way() -> None:
    text = "您的笔记会同步到 iCloud。您可以选择随时关闭 iCloud 同步。\n\n如需删除您的数据，请发邮件至 help@biji.cn。\n"
    assert "help@biji.cn" in cited_line(text, "cn-pipl/rights")


@pytest.mark.parametrize(
    "text",
    (
        "我们收集您的手机号。您可以随时关闭夜间模式功能。\n",
        "本站使用访问统计，统计数据用于分析访问量。\n",
        "我们的 AI 助手会读取您的聊天内容。\n\n## 其他\n\n您可以随时关闭暗黑主题功能。\n",
    ),
)
@pytest.mark.parametrize("item", ("cn-gbt35273/withdraw-consent", "cn-pipl/rights"))
def test_a_display_setting_or_statistics_without_a_way_out_withdraw_nothing(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- (6) tw-pdpa/rights --------------------------------------------------------------------------------------------------------

TW_LIST = (
    "本公司蒐集您的姓名。\n\n您可以依個人資料保護法規定行使以下權利：\n\n1. 查詢或請求閱覽\n2. 請求製給複製本\n"
    "3. 請求補充或更正\n4. 請求停止蒐集、處理或利用\n5. 請求刪除\n\n{way}\n"
)


@pytest.mark.parametrize("way", ("如欲行使上述權利，請向本公司客戶服務聯繫窗口提出申請。", "請以書面方式向本公司提出申請。"))
def test_the_art3_rights_as_a_list_with_the_way_in_a_later_paragraph(way: str) -> None:
    assert "行使以下權利" in cited_line(TW_LIST.format(way=way), "tw-pdpa/rights")


def test_the_art3_rights_as_a_list_without_a_way_stay_missing() -> None:
    assert status(TW_LIST.format(way="本公司將妥善保護您的資料。"), "tw-pdpa/rights") == "missing"


def test_a_request_under_the_policys_rights_article_with_a_channel() -> None:
    text = "本公司蒐集您的姓名。\n\n第5條之請求請來信至 privacy@shiguang.tw。\n"
    assert "第5條之請求" in cited_line(text, "tw-pdpa/rights")


@pytest.mark.parametrize(
    "text",
    (
        "本公司蒐集您的姓名。\n\n第5條之請求請來信至 [聯絡信箱]。\n",
        "本公司蒐集您的姓名。\n\n依本政策第5條之規定處理，請來信至 a@shiguang.tw。\n",
    ),
)
def test_a_template_address_or_an_article_without_a_request_is_no_way(text: str) -> None:
    assert status(text, "tw-pdpa/rights") == "missing"


# --- (7) look-alikes -----------------------------------------------------------------------------------------------------------

COOKIES_BROWSER = "我们使用 Cookie。\n\n您可以通过浏览器设置控制和删除 cookies。\n"


@pytest.mark.parametrize("item", ("cn-pipl/rights", "cn-gbt35273/access", "cn-gbt35273/copy", "cn-gbt35273/withdraw-consent"))
def test_cookies_controlled_through_the_browser_are_no_right(item: str) -> None:
    assert status(COOKIES_BROWSER, item) == "missing"


def test_cookies_deleted_through_the_browser_are_no_art3_right() -> None:
    assert status("本網站使用 Cookie。\n\n您可以透過瀏覽器設定刪除已儲存的 Cookie。\n", "tw-pdpa/rights") == "missing"


def test_cookies_refused_as_a_withdrawal_of_consent_still_count() -> None:
    text = "我们使用 Cookie。\n\n您可以随时在浏览器中撤回您对 Cookie 的同意。\n"
    assert "撤回您对 Cookie 的同意" in cited_line(text, "cn-gbt35273/withdraw-consent")


def test_a_copy_that_cookies_keep_is_no_copy() -> None:
    text = "我们使用 Cookie。\n\n借助于 Cookie，平台能够存储用户偏好等数据的副本。\n"
    assert status(text, "cn-gbt35273/copy") == "missing"


def test_visiting_the_settings_page_is_no_right_of_access() -> None:
    text = "我们收集您的手机号。\n\n如需删除账户，请访问你的设置页面。\n"
    assert status(text, "cn-gbt35273/access") == "missing"
    assert "删除账户" in cited_line(text, "cn-gbt35273/close-account")


@pytest.mark.parametrize(
    "text",
    (
        "本公司蒐集您的姓名。\n\n您可以在手機的設定中停用個人化廣告。詳情請參閱 Google 隱私權政策 https://policies.google.com/privacy。\n",
        "本公司蒐集您的姓名。\n\n您可以隨時前往 Google 廣告設定選擇不讓 Google 使用您的資料顯示個人化廣告。\n",
    ),
)
def test_opting_out_of_personalised_ads_is_no_art3_right(text: str) -> None:
    assert status(text, "tw-pdpa/rights") == "missing"


@pytest.mark.parametrize(
    "text",
    (
        "我们收集您的手机号。\n\n您可以随时访问、修改或删除您的信息。\n",
        "我们收集您的手机号。\n\n您有权查阅、更正、删除您的个人信息。如需行使上述权利，请发送邮件至 [联系邮箱]。\n",
        "我们收集您的手机号。\n\n您有权查阅、更正、删除您的个人信息。如需行使上述权利，请发送邮件至 privacy@example.com。\n",
    ),
)
def test_pipl_rights_with_no_way_or_a_template_slot_stay_missing(text: str) -> None:
    assert status(text, "cn-pipl/rights") == "missing"


# --- (8) a bare request in a rights list with a way; Taiwan labels with their ways ---------------------------------------------

BARE_LIST = "我们收集您的手机号。\n\n## 您的权利\n\n- 请求访问您的个人信息\n- 请求删除\n- 请求更正\n\n如需行使上述权利，请发送邮件至 a@qingmu.cn。\n"


@pytest.mark.parametrize(("item", "words"), [("cn-gbt35273/access", "请求访问"), ("cn-gbt35273/delete", "请求删除")])
def test_a_bare_request_in_a_rights_list_with_a_way_is_cited_at_its_item(item: str, words: str) -> None:
    assert cited_line(BARE_LIST, item).strip() in (f"- {words}", f"- {words}您的个人信息")


@pytest.mark.parametrize(
    "text",
    (
        "我们收集您的手机号。\n\n## 我们收集的信息\n\n- 访问日志\n- 删除记录\n\n联系邮箱：a@qingmu.cn\n",
        "我们收集您的手机号。\n\n## 您的权利\n\n- 访问我们的网站\n\n联系邮箱：a@qingmu.cn\n",
    ),
)
def test_a_list_item_outside_a_rights_heading_or_a_visit_is_no_right(text: str) -> None:
    assert status(text, "cn-gbt35273/access") == "missing"


TW_LABELS = [
    (
        "本公司蒐集您的姓名。\n\n## 您的權利\n\n- 匯出資料：設定 → 匯出 CSV\n- 刪除帳號：聯絡我們\n\n## 聯絡我們\n\nhi@shiguang.tw\n",
        "匯出資料",
    ),
    ("本公司蒐集您的姓名。\n\n## 您的權利\n\n- 匯出：在設定頁面匯出為 CSV 檔案。\n", "匯出：在設定頁面"),
]


@pytest.mark.parametrize(("text", "words"), TW_LABELS)
def test_taiwan_rights_as_labels_with_their_ways(text: str, words: str) -> None:
    assert words in cited_line(text, "tw-pdpa/rights")


def test_a_taiwan_label_pointing_to_a_contact_section_with_no_contact_is_no_way() -> None:
    text = "本公司蒐集您的姓名。\n\n## 您的權利\n\n- 刪除帳號：聯絡我們\n"
    assert status(text, "tw-pdpa/rights") == "missing"


TW_GRANTED = "本公司蒐集您的暱稱。\n\n依據歐盟規範，您享有以下權利：\n- **存取權**：查看我們持有的您的資料\n- **刪除權**：{item}\n"


def test_a_taiwan_right_label_under_a_granting_lead_in_with_its_way_in_the_item() -> None:
    """eval/profiles/docs/u8-tetrisrunes-tw/PRIVACY_POLICY.md shows the class (dev, lines 68-71)."""
    text = TW_GRANTED.format(item="要求刪除您的資料（可透過裝置設定清除）")
    assert "刪除權" in cited_line(text, "tw-pdpa/rights")


def test_taiwan_right_labels_under_a_granting_lead_in_without_a_way_stay_missing() -> None:
    assert status(TW_GRANTED.format(item="要求刪除您的資料"), "tw-pdpa/rights") == "missing"
