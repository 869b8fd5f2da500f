"""Fifty-fourth session (u54f): a note that something still needs confirming, left in brackets (issue #11, class 2).

After eval/blind/round54p's miss on xiongshare-zh-vue L45 (dev there; **after, not blind**): 「…访问日期和时间及您访问的
网页记录[需要技术确认]等。」.  `rules.placeholder_confirm_note`: a bracket holding only a need and a verb of checking
(需要技术确认, 待核实, 需补充, 此处需法务确认; "to confirm", "needs confirmation") is a slot in any square or lenticular
bracket, in round brackets only with a team asked to confirm or complete.  A state, a tab or a control named by its
state, a label opening its paragraph, a link, the reader's own step and a button "[Confirm]" stay quiet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines, slot_findings

_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("head", "line", "note"),
    [
        (HEAD_HANS, "我们会收集访问日期和时间及您访问的网页记录[需要技术确认]等。", "[需要技术确认]"),
        (HEAD_HANS, "我们会收集访问日期和时间及您访问的网页记录【需要技术确认】等。", "【需要技术确认】"),
        (HEAD_HANS, "我们会收集访问日期和时间及您访问的网页记录（需要技术确认）等。", "（需要技术确认）"),
        (HEAD_HANS, "我们会将您的信息保存[待确认]个月，到期后删除。", "[待确认]"),
        (HEAD_HANS, "我们会将您的信息保存【待核实】，到期后删除。", "【待核实】"),
        (HEAD_HANS, "我们会收集您的设备标识符[此处需技术确认]，用于安全风控。", "[此处需技术确认]"),
        (HEAD_HANS, "我们会收集您的设备标识符[待产品确认]，用于安全风控。", "[待产品确认]"),
        (HEAD_HANT, "我們會收集您的裝置識別碼[需要技術確認]，用於安全風控。", "[需要技術確認]"),
        (HEAD_HANT, "我們會收集您的裝置識別碼【待確認】，用於安全風控。", "【待確認】"),
        (HEAD_HANT, "我們會收集您的裝置識別碼〔尚需法務核實〕，用於安全風控。", "〔尚需法務核實〕"),
        (HEAD_EN, "We collect your device identifier [to confirm] for security.", "[to confirm]"),
        (HEAD_EN, "We collect your device identifier [needs confirmation] for security.", "[needs confirmation]"),
        (HEAD_EN, "We keep server logs [to be verified with engineering] for 30 days.", "[to be verified with engineering]"),
        # (u54r) a noun ending in a character of a state verb (位置, 商标, 系列, 变更) is no state change
        (HEAD_HANS, "我们会收集您的位置[待确认]，用于推荐附近门店。", "[待确认]"),
        (HEAD_HANS, "我们会向您推送该系列【待补充】的优惠信息。", "【待补充】"),
        (HEAD_HANS, "本政策发生重大变更【待补充】时，我们会通知您。", "【待补充】"),
        # (u54r2) 为 with no time or default word before it: the value still to be written
        (HEAD_HANS, "本政策生效日期即为【待补充】，请您留意。", "【待补充】"),
        (HEAD_HANS, "本应用的运营者为【待确认】，注册地址为北京市。", "【待确认】"),
        # (u54r2) a period's number after a time word: the number never written, not a state
        (HEAD_HANS, "我们会在您注销账号后为【待确认】天内删除您的信息。", "【待确认】"),
        (HEAD_HANS, "您的信息自收集之日起为【待确认】，到期后删除。", "【待确认】"),
    ],
)
def test_a_bracketed_confirmation_note_is_a_slot(tmp_path: Path, head: str, line: str, note: str) -> None:
    path = tmp_path / "policy.md"
    path.write_text(head + line + "\n", encoding="utf-8")
    assert (7, note) in {(n, e) for n, _, e in slot_findings(path)}


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANS, "订单状态【待确认】表示商家尚未接单，您可以取消订单。"),
        (HEAD_HANS, "您提交的申请将显示为[待审核]，审核通过后我们会通知您。"),
        (HEAD_HANS, "您可以点击【待确认】查看尚未完成的订单。"),
        (HEAD_HANS, "在[待确认]页面中，您可以查看订单的处理进度。"),
        (HEAD_HANS, "注销账号时系统会要求二次验证（需要您确认）后方可继续。"),
        (HEAD_HANS, "删除数据前会弹出提示（需确认），以免误操作。"),
        (HEAD_HANS, "我们会对异常账户（需安全团队审核）进行冻结。"),
        (HEAD_HANT, "訂單狀態將標記為【待確認】，商家接單後更新。"),
        # labels among labels, and examples
        (HEAD_HANS, "订单状态包括[待确认]、[已发货]和[已完成]。"),
        (HEAD_HANS, "例如【待审核】、【已通过】等状态会展示给您。"),
        (HEAD_HANS, "申请进度分为【待确认】【处理中】【已完成】三个阶段。"),
        (HEAD_EN, "We use labels such as [to confirm] and [done] for your tasks."),
        (HEAD_EN, "Tap [Confirm] to delete your account."),
        (HEAD_EN, "Your request status: [needs confirmation] until we reply."),
    ],
)
def test_a_state_a_control_or_the_readers_step_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    # (u54r2) the line the paragraph stands on, computed from the head (a literal 7 would pass unseen if a head grew)
    assert not paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANS, "订单提交后，订单状态将变更为【待确认】，商家确认后变为【已确认】。"),
        (HEAD_HANS, "退款申请提交后，申请会被置为【待审核】，审核通过后我们将退款。"),
        (HEAD_HANS, "您提交的评论将处于[待审核]，审核通过后对其他用户可见。"),
        (HEAD_HANS, "当您提交实名认证资料后，账户会转为【待审核】，一般在 1 个工作日内完成。"),
        (HEAD_HANS, "您的预约【待确认】，门店确认后会短信通知您。"),
        (HEAD_HANT, "您提交的評論將處於【待審核】，審核通過後對其他用戶可見。"),
        (HEAD_HANS, "审核通过前，您的头像会转入【待审核】队列。"),
        (HEAD_HANS, "如果订单状态是【待确认】，您可以随时取消。"),
        (HEAD_HANS, "商家接单前，订单状态仍为【待确认】，您可以随时取消。"),
        # (u54r2) a state reached at a time or by default: a time or default word, then the copula
        (HEAD_HANS, "评论提交后为【待审核】，我们会尽快处理。"),
        (HEAD_HANS, "新建的预约默认为【待确认】，您可以在订单页查看。"),
        (HEAD_HANS, "您创建订单时即为[待确认]，商家接单后更新。"),
        (HEAD_HANT, "您提交申請後將為【待審核】，我們會儘快處理。"),
        (HEAD_HANS, "新账户初始为【待审核】，一般在 1 个工作日内完成。"),
        # a status table's row label (the row opens with it, its meaning in the next cell)
        (HEAD_HANS, "| 状态 | 说明 |\n| --- | --- |\n| 【待确认】 | 商家尚未接单，您可以取消订单 |\n| 【已完成】 | 订单已送达 |"),
    ],
)
def test_a_state_reached_or_its_step_done_later_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    """(u54r review) a state the thing is changed into (变更为, 置为, 转为, 处于 before the bracket) or whose step the
    sentence goes on to do (「【待确认】，门店确认后…」) is the app's state, not a note to the drafter: on lead54 f0130f6a
    each of these was a false `placeholder-instruction` error.  (No slot anywhere: a table's row stands below line 7.)"""
    assert paragraph_slot_lines(tmp_path, head, [line]) == set()


def test_round54p_xiongshare_note_regression() -> None:
    """eval/blind/round54p xiongshare-zh-vue: the note at L45 is the one placeholder finding; 【如何联系我们】 stays quiet."""
    path = _ROOT / "eval/blind/round54p/dev/xiongshare-zh-vue/index.vue"
    assert [(n, e) for n, _, e in slot_findings(path)] == [(45, "[需要技术确认]")]


def test_a_pending_legal_review_stays_the_drafting_rules() -> None:
    """eval/blind/round40 gobob-tsx: 「本政策由【待法务确认：运营主体全称】（统一社会信用代码⏎【待法务确认】）运营」 keeps its one
    `placeholder-drafting` finding from L37 (a 【待法务确认】 of this form on L38 would supersede it: the sweep found L37 lost)."""
    path = _ROOT / "eval/blind/round40/dev/gobob-tsx/page.tsx"
    found = {(n, rule) for n, rule, _ in slot_findings(path)}
    assert (37, "placeholder-drafting") in found
    assert (38, "placeholder-instruction") not in found


def test_a_state_in_a_table_cell_is_no_note_and_an_unconfirmed_value_is(tmp_path: Path) -> None:
    # (lead) a bracket alone in a table's first column is the term its row defines, and beside a row label naming a
    # state it is the state (tests/test_lead30.py, tests/test_round25.py); beside a value's label it is the unconfirmed value
    rows = (
        "| 状态 | 说明 |\n| --- | --- |\n| [待审核] | 订单提交后等待平台审核 |\n| [待确认] | 商家尚未确认订单 |\n\n"
        "| 字段 | 值 |\n|---|---|\n| 订单状态 | [待确认] |\n| 保存期限 | [待确认] |\n| Status | [to confirm] |\n"
    )
    path = tmp_path / "policy.md"
    path.write_text(HEAD_HANS + rows, encoding="utf-8")
    assert [(n, e) for n, _, e in slot_findings(path)] == [(7 + 8, "[待确认]")]
