"""Placeholder classes the lead fixed in the tenth session from round3's remaining misses.

A raw game-company template (its slots never filled) keeps, besides the product's name, slots that
name a *kind* of data or party (【数据类型】, 【业务合作伙伴的类型】), the service or the permission
(【服务名称】, 【设备权限名称】), the link to a policy (【隐私政策连接】), a field's details
(【注册地址详细信息】) and a bare field as the whole value of a contact's label (联系电话：【电话号码】).
Full-width brackets also mark emphasis (我们收集您的【设备型号】、【设备类型】), so each form is
tested with the look-alikes that must stay silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _one_each, _placeholders
from test_placeholder_classes6 import _clean


def test_a_kind_of_data_or_party_left_for_the_drafter(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "当您注册账户时，我们需要收集您的手机号码、登录密码、【数据类型】。",  # the end of a list of data
            "我们可能会将您的个人信息共享给【业务合作伙伴的类型】。",
            "设备型号、操作系统版本、IP地址、【数据類型】",  # a table cell listing data
            "為提供服務，我們會蒐集您的【個人資料類別】。",
        ],
    )
    assert [f.excerpt for f in found] == ["【数据类型】", "【业务合作伙伴的类型】", "【数据類型】", "【個人資料類別】"]
    assert {f.rule for f in found} == {"placeholder-instruction"}


def test_a_kind_of_data_as_label_heading_or_data_item_is_silent(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "【个人信息类型】",  # a heading or a column's label, alone
            "【信息类型】设备信息、日志信息",  # a label before its value
            "我们收集您的【设备型号】、【设备类型】与【应用版本】。",  # emphasised data items
            "我们会收集您的设备类型、数据类型和版本信息。",  # no brackets
        ],
    )


def test_the_service_the_permission_and_the_policy_link(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "比如我们需要将您的信息共享给合作伙伴以向您提供【服务名称】服务。",
            "我们可能会申请开启您的【设备权限名称】设备权限，您有权拒绝。",
            "第三方隐私政策：【隐私政策连接】",
            "详见【用户协议链接】。",
        ],
    )
    assert [f.excerpt for f in found] == ["【服务名称】", "【设备权限名称】", "【隐私政策连接】", "【用户协议链接】"]


def test_the_same_words_as_labels_before_their_values_are_silent(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "【服务名称】地图服务",
            "【隐私政策链接】https://lbs.amap.com/pages/privacy/",
            "【权限名称】相机【使用目的】扫码",
        ],
    )


def test_a_fields_details_and_a_bare_field_as_a_contacts_value(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "地址：【注册地址详细信息】",
            "联系电话：【电话号码】",
            "客服邮箱：［邮箱］。",
        ],
    )
    assert [f.excerpt for f in found] == ["【注册地址详细信息】", "【电话号码】", "［邮箱］"]


def test_a_bare_field_after_other_labels_or_with_a_value_is_silent(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "我们收集：【手机号码】",  # emphasis after a label that is not a contact's
            "联系电话：【电话】、【邮箱】",  # a list of emphasised items
            "联系电话：【电话】400-800-1234",  # a label before the value
            "为核验身份，我们需要您提供的信息：【姓名】",
        ],
    )


def test_empty_channels_each_opened_by_how_to_reach_it(tmp_path: Path) -> None:
    # 「通过链接：」 then 「通过电话：」 on one line (an HTML block in Markdown, joined at its <br>): both empty.
    # A merge-time review: the words allowed between an empty label and the next one had lost 通过.
    found = _placeholders(
        tmp_path,
        "# 隐私政策\n\n<p>如有疑问，请联系我们：\n    <br>通过邮件：support@acemark.net    <br>通过链接：    <br>通过电话：</p>\n",
    )
    # (u55f) the <br> field lines are lines now (`load/html/field_lines.py`): each empty field under its whole label
    assert sorted(f.excerpt for f in found) == ["通过电话：", "通过链接："]


# --- review rv10a (tenth session): each side of the configurer-note and new slot forms ---------------


@pytest.mark.parametrize(
    "line",
    [
        "发布前请更新本文件中的运营主体名称。",
        "发布前需补充个人资料的删除方式。",
        "上线前须补充评论的保存期限。",
        "【上线前请补充聊天记录的保存期限】",
        "请在发布前删除本段关于视频的示例。",
        "请在发布前补齐本节关于头像的说明。",
        "永久商业隐私联系方式仍是发布门禁。",
        "保存至账号注销后 **【建议 6 个月至 1 年】** 的备份清除期止。",
        "{请根据用途调整这段文字}",
    ],
)
def test_review_drafting_notes_still_found(tmp_path: Path, line: str) -> None:
    found = _placeholders(tmp_path, "# 隐私政策\n\n" + line + "\n")
    assert len(found) == 1, [(f.rule, f.excerpt) for f in found]


@pytest.mark.parametrize(
    "line",
    [
        "为保障安全，请在使用前修改此页面上的初始密码。",
        "请在使用前修改该节点的默认密码。",
        "请在使用前删除此部分缓存数据。",
        "请在首次使用前修改本说明书中提到的默认密码。",
        "请在发布前删除该条信息中的联系电话。",
        "请在发布前删除本条内容中的敏感词。",
        "请在发布前删除与本文无关的链接。",
        "请在使用前修改【设置】中的默认密码。",
        "请在使用前删除此文件夹中的缓存。",
        "请在发布前删除二维码及联系方式。",
        "请在发布前补全联系方式。",
        "我们将隐私合规审查作为发布门禁，未通过审查的版本不得上线。",
        "隐私影响评估是上线门禁之一。",
        "安全扫描为发布门禁。",
        "本公司将隐私审查列为上线门禁。",
        "（供监护人填写时参考）",
        "（供家长填写时参考）",
        "（供用户填写时参考）",
        "阁下可将本页复制到记事本应用程序，以便离线阅读。",
        "如需离线阅读，可将本页复制到备忘录应用中。",
        "我们可以将本页链接添加到应用的关于页面。",
        "Please edit this section of your profile to update your email.",
        "You may link this page from your website or blog.",
        "Replace this template with your own content before sharing it with friends.",
        "我们收集您的【账号的类型】及登录时间。",
        "我们会根据【证件的类型】核验您的身份。",
        "图片加载失败时显示灰色方块（占位符）。",
        "搜索框中的提示文字（占位符）不会被收集。",
        "为保障安全，我们【建议 3 个月】更换一次密码。",
        "短信模板：{您的验证码为123456，请勿泄露}",
        "您可以使用{京东/淘宝}账号登录。",
    ],
)
def test_review_user_advice_and_descriptions_stay_silent(tmp_path: Path, line: str) -> None:
    _clean(tmp_path, [line])


def test_two_different_notes_with_the_same_opening_stay_two(tmp_path: Path) -> None:
    # review rv10a: notes were merged when they opened with the same four characters
    found = _placeholders(tmp_path, "# 隐私政策\n\n此处请填写公司名称。此处请填写联系电话。\n")
    assert len(found) == 2, [(f.rule, f.excerpt) for f in found]


def test_a_code_hosts_template_account_in_a_sample_is_silent(tmp_path: Path) -> None:
    # review rv10a: a sample shown to the reader is no unfilled link of the operator's
    found = _placeholders(
        tmp_path,
        "# 隐私政策\n\n示例：git clone https://github.com/your-username/repo.git\n\n仓库地址形如 github.com/your-username/myapp\n\n"
        "本政策发布于 https://github.com/your-username/myapp/blob/main/PRIVACY.md\n",
    )
    assert [(f.line, f.excerpt) for f in found] == [(7, "https://github.com/your-username")]


def test_a_dummy_address_glued_to_chinese_text_starts_at_its_local_part(tmp_path: Path) -> None:
    # review rv10b: 「请发送邮件至privacy@example.com」 was reported from 请, the Chinese words taken as the local part
    found = _placeholders(tmp_path, "# 隐私政策\n\n如有疑问，请发送邮件至privacy@example.com。\n")
    assert [(f.column, f.excerpt) for f in found] == [(12, "privacy@example.com")]
