"""Forty-ninth session's review (u49r): near misses of the session's new forms, constructed from ordinary policy prose,
that must stay quiet (`rules.placeholder_launch_todo`), beside the forms that must still be found."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, paragraph_lines, paragraph_slot_lines, rule_excerpts
from profile_helpers import profile_status


def test_a_review_before_launch_by_another_team_is_no_todo(tmp_path: Path) -> None:
    """Who reviews a product, a version or a post before it goes out is a process the policy describes; only a sign-off
    of the text by the legal or business team is a to-do."""
    lines = [
        "用户发布的内容，发布前由平台审核。",
        "对于新功能，上线前由安全团队审核。",
        "我们的产品迭代中，上线前经过严格的安全测试与审核。",
        "每个新版本，上线前经过内部测试和安全审核。",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == set()


def test_a_sign_off_by_legal_before_launch_is_a_todo(tmp_path: Path) -> None:
    lines = ["本地演示条款。正式上线前由业务与法律团队确认。", "第三方名单，上线前由法务审阅。"]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == paragraph_lines(lines)


def test_a_value_published_elsewhere_is_no_slot(tmp_path: Path) -> None:
    """「另行公布」, 「另行提供」: the operator publishes it elsewhere, as terms of service say; 「另行補充」 is still owed."""
    lines = [
        "活动规则、期限由本公司另行公布。",
        "具体兑换方式由本平台另行公布。",
        "第三方SDK名单将由我们另行提供。",
        "合作方名单由我们另行公布。",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == set()
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, ["合作方名单由我们另行补充。"]) == {7}


def test_a_pending_result_or_application_of_the_reader_is_no_slot(tmp_path: Path) -> None:
    lines = ["退款申请（待本公司审核）。", "报名结果：待本公司确认。", "您的申请状态：待本公司审核"]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == set()
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, ["保存期限：待本公司确认。", "数据存放于境外（待法务确认）。"]) == {7, 9}


def test_content_held_pending_legal_review_is_no_slot(tmp_path: Path) -> None:
    """Content, a post or data held "pending legal review" is a moderation step; the text's own version or terms pending
    review is the note (a text noun right before it, as its subject)."""
    lines = [
        "Content reported under this policy may be removed pending legal review.",
        "Where a takedown notice is received, the content may be disabled pending legal review.",
        "Posts that violate these terms may be hidden pending review by our legal team.",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_EN, lines) == set()
    kept = ["This is a pre-launch version pending legal counsel review.", "These terms are still pending attorney review."]
    assert paragraph_slot_lines(tmp_path, HEAD_EN, kept) == paragraph_lines(kept)


def test_updating_the_app_before_launching_it_is_no_todo(tmp_path: Path) -> None:
    lines = ["If an update is available, update it before launching the app."]
    assert paragraph_slot_lines(tmp_path, HEAD_EN, lines) == set()


def test_a_service_that_offers_minors_a_mode_is_meant_for_them() -> None:
    """cn-pipl/minors is not applicable to a service meant for adults that deletes minors' data it finds (u49w); one that
    also offers minors a mode of it (「青少年模式」) is meant for them too, whatever it says of adults."""
    text = "我们的部分功能供成年人使用，另有青少年模式供未成年人使用。若我们发现未经监护人同意收集了未成年人信息，将尽快删除。\n"
    assert profile_status(text, "cn-pipl/minors") != "not-applicable"
    adults = "本服务面向已满18周岁的成年人。若我们发现误收集了未满14周岁儿童的信息，将尽快删除。\n"
    assert profile_status(adults, "cn-pipl/minors") == "not-applicable"


def test_how_the_policy_was_drafted_is_no_policy_in_preparation(tmp_path: Path) -> None:
    """「本政策內容整理中」 (u49k) is the policy's text still being prepared; 「本政策制定中，我们参考了…」 tells how it was written."""
    lines = ["本政策制定中参考了国家标准。", "本政策制定中，我们参考了《个人信息保护法》。", "本条款制定中充分考虑了用户的意见。"]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == set()
    kept = ["本政策內容整理中，正式版上線前如有疑問請來信 a@b.tw。", "本政策正在制定中，敬请期待。", "本条款的内容仍在编写中。"]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, kept) == paragraph_lines(kept)


def test_content_the_platform_provides_or_keeps_is_no_pending_text(tmp_path: Path) -> None:
    """「此處內容由管理員在後台填寫。」 (u49k2) is the text still to be filled in; content the platform provides, keeps or
    edits, or terms it sets, is what the policy says of it."""
    lines = [
        "内容由平台提供，仅供参考。",
        "页面内容由平台维护，如有错误请联系我们。",
        "本页面内容由平台提供。",
        "条款由平台设置，适用于所有用户。",
        "协议由平台提供，双方签署后生效。",
        "声明：内容由平台编辑，转载请注明出处。",
    ]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, lines) == set()
    kept = ["本页内容由管理员在后台填写。", "此处内容由管理员配置。", "隐私政策内容将由后台录入。"]
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, kept) == paragraph_lines(kept)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Sources can postpone, omit, or leave kickoff TBA.", False),  # eval/blind/round49e sporttime-hk L186
        ("Some venues are listed as TBA until the organiser confirms them.", False),
        ("Matches marked TBA have no kickoff time yet.", False),
        ("Effective date: TBA", True),
        ("This policy takes effect on TBA.", True),
        ("Contact e-mail: TBA", True),
    ],
)
def test_tba_said_of_described_data_is_no_slot(tmp_path: Path, sentence: str, found: bool) -> None:
    text = "# Privacy Policy\n\nLast updated: 2026-01-05\n\n## Data\n\n" + sentence + "\n"
    assert bool(rule_excerpts(tmp_path, text, "placeholder-instruction", "policy.md")) is found
