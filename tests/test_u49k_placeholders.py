"""Forty-ninth session (u49k): to-dos before launch, pending reviews, demo names and mailboxes, the operator's pending
notes by a common noun and bracketed notes to legal (`rules.placeholder_launch_todo`, `.test`/`.demo` hosts in
`rules.placeholder_instruction.addresses`): the misses of eval/blind/round49's dev part and issue #11's open classes,
each in other forms (Traditional, Simplified, English; Markdown, TSX), with near misses that must stay quiet, and the
real lines as regressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines, written_slots
from policylens.check import CheckOptions, check_file

ROUND49 = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round49" / "dev"


# --- to-dos before launch, the page said to be a demo -------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            HEAD_HANS,
            [
                "这里是常见问题的演示说明。正式上线前替换为经过审核的客服内容。",
                "本地演示不会处理真实订单。正式上线前接入正式隐私政策。",
                "本地演示条款。正式上线前由业务与法律团队确认。",
                "联系：hello@shop.cn · 演示联系地址，正式上线前替换。",
                "配送时效将在方案确认后更新。当前为演示页面。",
                "退换规则尚需确认。当前页面只作为本地演示。",
            ],
        ),
        (HEAD_HANT, ["★ 標示待確認的欄位，請於正式上線前替換成真實資料。", "合作廠商：發布前補齊名單。", "本頁僅為示範內容。"]),
        (
            HEAD_EN,
            [
                "A place for purchase guidance. Replace with approved support content before launch.",
                "Demo terms only. Confirm with the business and legal teams before launch.",
                "Contact: hello@shop.com · demo contact only, replace before launch.",
                "Update this section with the retention periods before publication.",
            ],
        ),
    ],
)
def test_todos_before_launch_are_slots(tmp_path: Path, head: str, lines: list[str]) -> None:
    assert paragraph_slot_lines(tmp_path, head, lines) == paragraph_lines(lines)


def test_launch_words_in_a_policy_are_not_slots(tmp_path: Path) -> None:
    lines = [
        "我们会在产品正式上线前通知您相关变更。",
        "本应用为演示版本，仅供体验。",
        "如您在上线前注册，我们将保留您的账号。",
        "You can confirm your order before launch.",
        "We will review this policy before publication of any new feature.",
        "Please update your app before the launch of version 2.",
        "Captions can be inaccurate. Review everything before publishing it.",
        "Check your draft video before publishing it.",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == set()


# --- pending reviews, an English draft's own statement, a demo name where the contact belongs -----------------------


def test_english_pending_reviews_are_slots(tmp_path: Path) -> None:
    lines = [
        "This is a pre-launch version pending legal counsel review; it is not a production policy.",
        "These terms are pending attorney review.",
        "Pending attorney review.",
        "Retention period: pending review by our legal team.",
        "Retention: to be confirmed by our legal team.",
        "This draft does not constitute the final terms on refunds.",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_EN, lines) == paragraph_lines(lines)


def test_pending_states_of_the_reader_are_not_slots(tmp_path: Path) -> None:
    lines = [
        "Your request is pending review by our legal team.",
        "Requests pending legal review are listed in your dashboard.",
        "Accounts pending compliance review cannot withdraw funds.",
        "This draft is saved automatically while you write.",
        "The review is pending until we hear from you.",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_EN, lines) == set()


def test_a_demo_name_where_the_contact_belongs_is_a_slot(tmp_path: Path) -> None:
    lines = [
        "如要提出資料問題，請回覆 Demo User 提供的試用聯絡電郵。",
        "For a data question, reply to the contact email provided by Demo User.",
        "請聯絡 Test Admin（電郵見下方）。",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANT, lines) == paragraph_lines(lines)


def test_demo_users_of_the_app_are_not_slots(tmp_path: Path) -> None:
    lines = [
        "Demo users can try the app without an account.",
        "The Demo User account is reset every night.",
        "我們提供 Demo 帳號，讓您試用本服務。",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANT, lines) == set()


# --- the operator's pending note by a common noun, a list it will add, a bracketed note to legal ---------------------


def test_common_noun_pending_notes_are_slots(tmp_path: Path) -> None:
    lines = [
        "保存期限：待本公司確認。",
        "聯絡信箱：待法務確認",
        "資料保存於境外伺服器（待法務部確認）。",
        "合作廠商名單由本公司另行補充。",
        "適用地區：［地區—請向法務確認］",
        "Region: [Region — ask legal]",
        "保存期限：【待定，请与法务确认】",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANT, lines) == paragraph_lines(lines)


def test_common_noun_flows_and_clauses_are_not_slots(tmp_path: Path) -> None:
    lines = [
        "待本公司確認款項入帳後，旅遊契約即正式成立。",
        "四、待本公司確認貨品已取回，並檢視無誤後，會立即為您辦理退款。",
        "訂單狀態：待本公司確認",
        "本政策未盡事宜，由本公司另行補充公告。",
        "相關服務由本公司另行提供。",
        "請點選[帳號與安全設定]查看。",
        "如有疑問，請向本公司客服確認。",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANT, lines) == set()


def test_reserved_and_made_up_hosts_are_slots(tmp_path: Path) -> None:
    lines = ["联系邮箱：hello@mileschen.demo", "请发送至 privacy@shop.test", "帮助中心：https://www.shop.localhost/help"]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == paragraph_lines(lines)


def test_a_test_file_name_is_no_host(tmp_path: Path) -> None:
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, ["示例见 policy.test.ts 文件。", "演示地址为本地环境。"]) == set()


# --- the same in a page's markup ---------------------------------------------------------------------------------


def test_tsx_page_todos(tmp_path: Path) -> None:
    page = (
        "export default function Terms() {\n"
        "  return (\n"
        "    <main>\n"
        "      <h1>服务条款</h1>\n"
        "      <p>本地演示条款。正式上线前由业务与法律团队确认。</p>\n"
        "      <p>This is a pre-launch version pending legal counsel review.</p>\n"
        "    </main>\n"
        "  );\n"
        "}\n"
    )
    assert {line for line, _ in written_slots(tmp_path, "page.tsx", page)} == {5, 6}


# --- the real lines (eval/blind/round49 dev) ------------------------------------------------------------------------


def test_round49_real_lines() -> None:
    def lines(name: str, file: str) -> set[int]:
        report = check_file(str(ROUND49 / name / file), CheckOptions(no_config=True))
        found = [f for f in report.findings if f.rule.startswith("placeholder") and f.severity == "error"]
        return {n for f in found for n in range(f.line, (f.end_line or f.line) + 1)}  # the lines each finding covers

    assert lines("solopilot-hk-zh-en-ts", "pilotPolicy.ts") >= {36, 43, 49, 56, 64, 77}
    assert lines("sarec-zh-en-tsx", "page.tsx") >= {25, 74, 77}
    assert lines("mercuryland-tw-vue", "Privacy.vue") == set()
    assert lines("jingxin-tw-swift", "PrivacyPolicyView.swift") == set()


# --- round49's held-out classes (worked on after its one blind run: not blind) ----------------------------------------


def test_policy_not_yet_published_is_a_slot(tmp_path: Path) -> None:
    lines = [
        "这是基础说明页。Acme 的正式隐私政策尚未发布。",
        "正式版本会说明收集哪些信息。在正式文本发布前，本页不构成完整的隐私承诺。",
        "本政策內容整理中，正式版上線前如有疑問請來信 a@b.tw。",
        "完整版隱私權政策仍未公布。",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == paragraph_lines(lines)


def test_a_policy_that_is_published_is_no_slot(tmp_path: Path) -> None:
    lines = [
        "新版隐私政策尚未生效前，旧版继续适用。",
        "本政策的内容以中文版本为准。",
        "在正式隐私政策发布前，我们不会收集任何个人信息。",
        "本页内容不构成法律意见。",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == set()
