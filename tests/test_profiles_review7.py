"""Controllers and contacts a seventh blind set missed, reproduced on written text, both sides:
a phone given in brackets after 客服电话 is a contact (「客服电话（400-882-3320）」); 数据控制者是 NAME and
公司名称：NAME name the processor; a label left as a slot or a refusal names nobody."""

from __future__ import annotations

import pytest

from helpers import profile_status

_ALIAS = "本隐私政策由上海星海信息技术有限公司（以下简称为 “星海” ）制定。"


@pytest.mark.parametrize("contact", ["您可通过客服电话（400-882-3320）与我们联系。", "客服电话：（021）6123 4567", "热线 (400) 882 3320"])
def test_a_phone_in_brackets_is_a_contact(contact: str) -> None:
    assert profile_status(f"# 隐私政策\n\n{_ALIAS}\n\n## 联系我们\n\n{contact}\n", "cn-pipl/processor") == "covered"


def test_without_a_contact_the_name_alone_is_not_enough() -> None:
    assert profile_status(f"# 隐私政策\n\n{_ALIAS}\n\n## 联系我们\n\n如有疑问，欢迎反馈。\n", "cn-pipl/processor") == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("数据控制者是irregulars，一个来自中国的同人制作组。如有疑问请发邮件至 team@example.cn。", "cn-pipl/processor"),
        ("公司名称：星海工作室\n\n电子邮箱：team@example.cn", "cn-gbt35273/identity-contact"),
        ("## 聯絡我們\n\n公司名稱：Wasabi PingKak（個人開發者經營）\n\n電子郵件：a@example.tw", "tw-pdpa/agency"),
    ],
)
def test_a_filled_controller_label_names_it(text: str, item: str) -> None:
    assert profile_status(f"# 隐私政策\n\n{text}\n", item) == "covered"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("公司名称：【待填写】\n\n电子邮箱：team@example.cn", "cn-gbt35273/identity-contact"),
        ("## 聯絡我們\n\n公司名稱：[請填寫]\n\n電子郵件：a@example.tw", "tw-pdpa/agency"),
        ("## 聯絡我們\n\n資料控制者為本網站的經營者。\n\n電子郵件：a@example.tw", "tw-pdpa/agency"),
        ("数据控制者是您自己：数据只保存在您的设备上。", "cn-pipl/processor"),
    ],
)
def test_a_slot_or_a_role_names_nobody(text: str, item: str) -> None:
    assert profile_status(f"# 隐私政策\n\n{text}\n", item) == "missing"


@pytest.mark.parametrize("address", ["<privacy@example.cn>", "privacy@example.cn"])
def test_an_autolinked_e_mail_is_a_way_in(address: str) -> None:
    """A Markdown autolink (<privacy@example.cn>) was blanked as if it were an HTML tag, and the right went missing."""
    text = f"## 您的权利\n\n您可以发送邮件到{address}，要求我们删除您的个人信息。"
    assert profile_status(f"# 隐私政策\n\n{text}\n", "cn-pipl/rights") == "covered"


def test_html_tags_are_still_blanked() -> None:
    """Near miss: a tag between words is still blanked, so 「<strong>删除</strong>」 reads as words (and a tag is no e-mail)."""
    text = "## 您的权利\n\n您可以在<strong>设置</strong>中<b>删除</b>您的个人信息。"
    assert profile_status(f"# 隐私政策\n\n{text}\n", "cn-pipl/rights") == "covered"


# -- the review of the merged range (seventh session): the refusal filter and the controller ----------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("为方便您日后需要时查询，我们会将您的账单记录保存3年，期满后删除。", "cn-pipl/retention"),
        ("## 您的权利\n\n您可以在“我的-设置-账号管理”中查阅、更正或删除您的个人信息，您无需向我们提交申请。", "cn-pipl/rights"),
        (
            "We keep your notes while your account is active and delete data that is not currently needed after 90 days.",
            "eu-gdpr/retention",
        ),
        (
            "We keep account data for 12 months after your last login, or, where a fixed period is not possible, for as long as the law requires.",
            "eu-gdpr/retention",
        ),
    ],
)
def test_a_real_disclosure_is_not_taken_for_a_refusal(text: str, item: str) -> None:
    assert profile_status(f"# 隐私政策\n\n{text}\n", item) == "covered"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("將來本平台可能與合作夥伴、廣告商分享您的個人資料，屆時將另行通知。", "tw-pdpa/recipients"),
        ("本應用整合第三方統計服務：Umeng 會蒐集您的裝置識別碼。聯絡信箱：a@example.tw", "tw-pdpa/agency"),
        ("我们会收集您的基本会员资料。您可以向中国消费者协会投诉。邮箱：a@example.cn", "cn-pipl/processor"),
        ("数据控制者为使用者本人。邮箱：a@example.cn", "cn-pipl/processor"),
        ("数据控制者为使用者本人。邮箱：a@example.tw", "tw-pdpa/agency"),
        ("公司名称：XXXX\n\n邮箱：a@example.cn", "cn-pipl/processor"),
        ("个人信息处理者是指在个人信息处理活动中自主决定处理目的和处理方式的组织或个人。邮箱：a@example.cn", "cn-pipl/processor"),
    ],
)
def test_a_hypothetical_a_third_party_or_a_definition_covers_nothing(text: str, item: str) -> None:
    assert profile_status(f"# 隐私政策\n\n{text}\n", item) == "missing"
