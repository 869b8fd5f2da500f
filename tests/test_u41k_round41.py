"""False errors and misses of the forty-first session's blind round 41 (eval/blind/round41, helper u41k), each both ways.

Not blind: fixed from the round's dev part (the held-out part was not read while fixing).

- a script module's code comments are not text of any edition: a `/** 隐私政策页面内容 */` block above a catalogue of
  zh-cn, zh-tw and en tables got five `script-mixed` errors, held to the script most of the file's characters use
  (jacory-js, a clean trilingual catalogue); a module of locale tables read as text keeps its comment lines as a catalogue of pairs does
  (`Catalogue.comment_lines`), and `script-mixed` judges no comment line of either;
- the notice channel left as a choice in brackets: 「本协议修订将通过【小程序公告/短信通知】公示」 (chaoxingxing-md), like
  round 38d's 「通过[弹窗/公告]方式通知您」 but in full-width brackets and before the verb of the notice; every
  alternative names a channel, and a verb of notice or 方式 follows (not a UI path 【设置/隐私】, nor a feature named in
  【】 such as 【上传头像、发布图片/视频】).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts, slot_findings

ROUND41 = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round41"

# a module of locale tables, with a comment in the other script than most of its text
_TABLES = """/**
 * 隐私政策页面内容
 * 支持多语言的内容配置
 */
export const privacyContent = {{
  "zh-cn": {{
    title: "隐私政策",
    sections: ["我们收集您的邮箱地址。", "我们不会出售您的个人信息。"]
  }},
  "zh-tw": {{
    title: "隱私權政策",
    sections: ["我們蒐集您的電子郵件地址。", "我們不會出售您的個人資料。", "您可隨時要求刪除您的資料。"]
  }},
  en: {{
    title: "Privacy Policy",
    sections: ["We collect your email address."]
  }}
}};
{extra}
"""

# a catalogue of one Traditional edition (key–string pairs), with a Simplified comment
_ONE = """// 繁体中文隐私政策文案（从简体版翻译）
export default {{
  title: "隱私權政策",
  collect: "我們蒐集您的電子郵件地址，用於登入與通知。",
  sell: "我們不會出售您的個人資料。",
{extra}
}};
"""


def test_a_comment_above_locale_tables_is_not_judged(tmp_path: Path) -> None:
    assert rule_excerpts(tmp_path, _TABLES.format(extra=""), "script-mixed", "privacy.js") == []


def test_a_comment_above_one_edition_is_not_judged(tmp_path: Path) -> None:
    assert rule_excerpts(tmp_path, _ONE.format(extra=""), "script-mixed", "privacy.js") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a Simplified character in the Traditional table's own strings is still one
        (_TABLES.replace("我們不會出售您的個人資料。", "我們不會出售您的个人資料。").format(extra=""), ["个"]),
        # and in the text of the one-edition module
        (_ONE.format(extra='  erase: "您可隨時要求删除您的資料。",'), ["删"]),
        # a line that only looks like a comment inside a string is text: `"// 隐私"` is a value
        (_ONE.format(extra='  note: "// 隐私说明",'), ["隐", "说"]),
    ],
)
def test_the_strings_of_the_module_are_still_judged(tmp_path: Path, text: str, found: list[str]) -> None:
    assert rule_excerpts(tmp_path, text, "script-mixed", "privacy.js") == found


def test_jacory_js_gets_no_script_error() -> None:
    path = ROUND41 / "dev" / "jacory-js" / "privacy.js"
    from policylens.check import CheckOptions, check_file

    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None
    assert [f for f in report.findings if f.severity == "error"] == []


_MD = "# 隐私政策\n\n更新日期：2024年1月1日\n\n我们收集您的手机号码用于登录。\n\n{line}\n"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("本协议修订将通过【小程序公告/短信通知】公示，若您继续使用服务视为接受新条款。", "【小程序公告/短信通知】"),
        ("政策更新时，我们会通过【站内信/邮件】通知您。", "【站内信/邮件】"),
        ("本政策變更時，我們將以【App 推播/電子郵件】告知您。", "【App 推播/電子郵件】"),
        ("我们将通过［公告／短信］方式通知您。", "［公告／短信］"),
        ("我们会通过[短信/邮件/站内信]通知您。", "[短信/邮件/站内信]"),
    ],
)
def test_a_notice_channel_left_as_a_choice_is_a_slot(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == [found]


@pytest.mark.parametrize(
    "line",
    [
        "您可以在【设置/隐私】中关闭个性化推荐。",  # a UI path
        "点击【我的/设置】进入设置页面后，可通过【消息通知】开关管理推送。",
        "当您使用【上传头像、扫码、发布图片/视频】功能时，我们会请求相机权限。",  # a feature named in 【】
        "我们会通过短信、邮件或站内信通知您。",  # the channels, written out
        "您可以通过【短信/邮件】找回密码。",  # a choice the user makes, not a notice to the user
        "我们将通过【站内信】通知您。",  # one channel
    ],
)
def test_neighbours_of_a_channel_choice_are_not_slots(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == []


def test_chaoxingxing_md_finds_its_slot() -> None:
    found = slot_findings(ROUND41 / "dev" / "chaoxingxing-md" / "face-privacy.md")
    assert [(line, rule) for line, rule, _ in found] == [(30, "placeholder-instruction")]


# --- a known leftover: the admin template's stand-in mailbox support@admin.com (eval/blind/round39d admintpl-tsx) ---

_ROLE = "日日守护隐私政策\n更新日期：2024年5月1日\n本程序由星河科技有限公司运营。\n{line}\n"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("联系邮箱：support@admin.com", "support@admin.com"),
        ("如有疑问，请发送邮件至 admin@admin.com。", "admin@admin.com"),
        ("個資窗口：privacy@ADMIN.com", "privacy@ADMIN.com"),
    ],
)
def test_a_role_mailbox_on_admin_com_is_an_address_never_filled(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _ROLE.format(line=line), "placeholder-instruction", "role.txt") == [found]


@pytest.mark.parametrize(
    "line",
    [
        "如有疑问，请联系：zhang.wei@admin.com",  # a person's mailbox there may be real
        "官网：https://admin.com",  # the site, no mailbox
        "如有疑问，请联系：support@admin.com.cn",  # another host
        "如有疑问，请联系：support@myadmin.com",
        "如有疑问，请联系：support@administrator.com",
    ],
)
def test_other_mailboxes_near_admin_com_are_not_flagged(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _ROLE.format(line=line), "placeholder-instruction", "other.txt") == []


def test_admintpl_tsx_finds_its_stand_in_mailbox() -> None:
    page = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round39d" / "holdout" / "admintpl-tsx" / "page.tsx"
    found = [(line, excerpt) for line, _, excerpt in slot_findings(page)]
    assert (11, "support@admin.com") in found
    assert not any("admin.com" in excerpt and excerpt != "support@admin.com" for _, excerpt in found)  # not the site https://admin.com


# --- a known leftover: 「具体服务主体、处理地点、保存期限和隐私政策必须在发布前补充。」 (eval/blind/round39d secagent-md) ---


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("具体服务主体、处理地点、保存期限和隐私政策必须在发布前补充。", "具体服务主体、处理地点、保存期限和隐私政策必须在发布前补充"),
        ("- 境外接收方的名称和联系方式须在上线前填写。", "境外接收方的名称和联系方式须在上线前填写"),
        ("運營主體資訊必須在發布前補充完整。", "運營主體資訊必須在發布前補充完整"),
    ],
)
def test_the_parts_to_add_before_release_as_the_subject_are_a_slot(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == [found]


@pytest.mark.parametrize(
    "line",
    [
        "用户必须在发布前填写商品标题。",  # a rule for users' posts
        "您必须在发布前补充完整的个人资料。",  # said to the user
        "卖家须在上架前填写商品信息。",
        "我们必须在发布前完成安全评估。",  # no edit of the text
        "所有内容必须在发布前经过审核。",
        "商品描述必须在发布前补充完整，否则无法上架。",  # the sentence goes on: a rule of the service
    ],
)
def test_neighbours_of_the_step_are_not_slots(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == []


def test_secagent_md_finds_its_tts_line() -> None:
    page = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round39d" / "dev" / "secagent-md" / "privacy-policy.zh-CN.md"
    assert 87 in {line for line, _, _ in slot_findings(page)}


# --- a known leftover: 【公司名称】 followed by a digit was never flagged (a digit read as the label's value) ---


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("【公司名称】2024年版权所有", "【公司名称】"),
        ("运营者：【公司名称】2", "【公司名称】"),
        ("本应用由【运营主体名称】 1 家公司运营。", "【运营主体名称】"),
    ],
)
def test_a_name_slot_before_a_number_is_a_slot(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == [found]


@pytest.mark.parametrize(
    "line",
    [
        "【客服电话】400-123-4567",  # a phone's label before its number
        "【联系电话】 021-12345678",
        "【更新日期】2024年1月1日",
    ],
)
def test_other_labels_before_a_number_stay_labels(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == []
