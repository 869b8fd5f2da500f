"""Template slots a blind set of real policies showed unflagged (the lead, eighth session).

Classes, each with near misses that stay silent:
- 【运营公司名称】, 【合作公司名称】, 【团队名称】: a company, team or body's name never filled in
  (【公司名称】 was found, a qualified one was not; 【设备名称】 is still emphasis on a data item);
- [可选：你的地址]: a slot with the template's note that the field is optional;
- 「支持邮箱：请替换为你的邮箱地址」, 「联系电话：请填写您的电话」: the instruction left as a
  field's value, right after its colon (「注册时，请填写您的邮箱地址」 in prose asks the user);
- 「请根据你的实际应用功能修改此模板」: the text asks for itself, a template, to be edited
  (「请根据需要修改此模板消息」 is a product's message template).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli


def _errors(tmp_path: Path, line: str) -> list[str]:
    path = tmp_path / "p.md"
    path.write_text(f"# 隐私政策\n\n更新日期：2024年1月1日\n\n{line}\n", encoding="utf-8")
    out = cli("check", str(path), "--format", "text", "--no-config").stdout
    return [x for x in out.splitlines() if " error " in x or " warning " in x]


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("本隐私政策由【运营公司名称】制定并负责解释。", "【运营公司名称】"),
        ("我们会与【合作公司名称】共享您的订单信息。", "【合作公司名称】"),
        ("地址：[可选：你的地址]", "[可选：你的地址]"),
        ("支持邮箱：请替换为你的邮箱地址", "请替换为你的邮箱地址"),
        ("支持页面：请替换为你的支持页面链接", "请替换为你的支持页面链接"),
        ("联系电话： 请填写您的电话号码", "请填写您的电话号码"),
        ("请根据你的实际应用功能修改此模板。", "请根据你的实际应用功能修改此模板"),
    ],
)
def test_an_unfilled_value_is_an_error(tmp_path: Path, line: str, slot: str) -> None:
    found = _errors(tmp_path, line)
    assert len(found) == 1 and "error placeholder-instruction" in found[0] and slot in found[0], found


@pytest.mark.parametrize(
    "line",
    [
        "我们收集您的【设备名称】与型号。",
        "【公司名称】：小明科技有限公司",
        "注册时，请填写您的邮箱地址，我们会发送验证码。",
        "用户名：请输入您的用户名，系统会校验其格式。",
        "如您使用消息功能，请根据需要修改此模板消息的内容。",
        "您可以在设置中修改您的联系方式。",
    ],
)
def test_ordinary_wording_stays_silent(tmp_path: Path, line: str) -> None:
    assert _errors(tmp_path, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "1. 账户注册：请填写您的真实姓名和手机号码，以便我们核实您的身份。",
        "3. 找回密码：请输入您的注册邮箱，我们会向该邮箱发送重置链接。",
        "4. 温馨提示：请替换为您的常用邮箱，以免错过通知。",
        "您可以下载《个人信息查询申请表》范本，请填写该范本后发送至 help@xiaolu.cn。",
        "並請您填寫此範本後寄回本公司。",
        "1. 【SDK名称】微信OpenSDK【第三方公司名称】深圳市腾讯计算机系统有限公司【使用目的】分享",
        "【运营公司名称】上海小鹿网络科技有限公司",
    ],
)
def test_steps_told_to_the_user_and_labels_before_their_value_stay_silent(tmp_path: Path, line: str) -> None:
    assert [x for x in _errors(tmp_path, line) if "placeholder-instruction" in x] == []


@pytest.mark.parametrize(
    ("line", "slot", "rule"),
    [
        ("发送邮件至：", "发送邮件至", "placeholder-empty"),
        ("联系方式：1）电话：010-88886666 2）发送邮件至：", "邮件至", "placeholder-empty"),
        ("如需帮助，请致电：", "请致电", "enumeration-lead-in"),  # a sentence: a contact lead-in with nothing after it
    ],
)
def test_a_channels_verb_with_nothing_after_its_colon_is_an_empty_field(tmp_path: Path, line: str, slot: str, rule: str) -> None:
    path = tmp_path / "p.md"
    path.write_text(
        f"# 隐私政策\n\n更新日期：2024年1月1日\n\n## 十、联系我们\n\n{line}\n\n## 十一、其他\n\n本政策自发布之日起生效。\n",
        encoding="utf-8",
    )
    out = cli("check", str(path), "--format", "text", "--no-config").stdout
    found = [x for x in out.splitlines() if " warning " in x or " error " in x]
    assert len(found) == 1 and f" {rule} " in found[0] and slot in found[0], found  # one finding for one defect


@pytest.mark.parametrize("line", ["请致电：010-88886666。", "发送邮件至：privacy@xiaolu.cn", "如需帮助，可拨打：\n\n400-820-8820"])
def test_a_channels_verb_with_its_value_is_silent(tmp_path: Path, line: str) -> None:
    assert _errors(tmp_path, line) == []
