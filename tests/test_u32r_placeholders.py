"""Thirty-second session (u32r, issue #11 §1): slot forms and drafting notes of real unreleased policies, both ways.

Classes (`policylens.rules.placeholder_later`, and English notes in `placeholder_drafting`):

- a promise that a later, formal version will state a fact here (「正式版本将在本政策中列出具体服务商名单」), the
  round's dev miss (eval/blind/round32/dev/clipworks-tsx);
- a fact given only as still to be decided (「保存期限：尚未定案」, "Retention period: still to be decided");
- an e-mail address called a placeholder by the text ("privacy@mycorp.cn (a placeholder address)");
- sample service hours kept in a template's 【】 (「服务时间：【9:00-18:00】」);
- English tags that the text awaits its legal review ("[DRAFT PLACEHOLDER - pending legal review]", "These terms are
  pending legal review", "Effective date: to be confirmed by legal").

Each must not fire on app UI states (【待审核】订单, 订单状态：待办), a product's release notes, ordinary prose about reviews
of the user's requests, or real values.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

ROOT = Path(__file__).resolve().parent.parent
ROUND = ROOT / "eval" / "blind" / "round32"


def _placeholder_hits(text: str, tmp_path: Path, name: str = "policy.md") -> list[tuple[str, int, str]]:
    """(rule, line, excerpt) of every placeholder finding at error level of `check` on `text` written as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.excerpt) for f in report.findings if f.rule.startswith("placeholder") and f.severity == "error"]


def _doc(body: str) -> str:
    return f"# 隐私政策\n\n更新日期：2025年3月1日\n\n{body}\n"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("这些服务仅接收必要数据（如您的 prompt 文本），正式版本将在本政策中列出具体服务商名单。", "正式版本将在本政策中列出"),
        ("本草案暂未配置联系方式，正式版将在此提供隐私事务联系邮箱。", "正式版将在此提供"),
        ("复杂事项可能需要补充材料，具体服务时限将在正式文本中明确。", "将在正式文本中明确"),
        ("接收方名单最终版本会在本页公布。", "最终版本会在本页公布"),
        ("数据保存期限：尚未定案。", "尚未定案"),
        ("存储地区：待办", "待办"),
        ("境外接收方尚未定案，我们将另行告知。", "尚未定案"),
        ("个人信息保护负责人：尚未确定", "尚未确定"),
        ("Retention period: still to be decided.", "still to be decided"),
        ("Contact: privacy@mycorp.cn (a placeholder address)", "(a placeholder address)"),
        ("邮箱 / Email: support@app.io (placeholder)", "(placeholder)"),
        ("服务时间：【9:00-18:00】", "【9:00-18:00】"),
        ("客服电话：400-820-1234，客服时间：【周一至周五 9:00-18:00】。", "【周一至周五 9:00-18:00】"),
        ("[DRAFT PLACEHOLDER - pending legal review] Terms of use.", "pending legal review"),
        ("> DRAFT, pending legal review. This text is generated from a codebase audit.", "pending legal review"),
        ("These terms are pending legal review and may change before final launch terms are adopted.", "pending legal review"),
        ("Effective date: to be confirmed by legal.", "to be confirmed by legal"),
    ],
)
def test_fires(body: str, needle: str, tmp_path: Path) -> None:
    hits = _placeholder_hits(_doc(body), tmp_path)
    assert hits, f"no placeholder error for {body!r}"
    assert any(needle in excerpt for _, _, excerpt in hits), hits


@pytest.mark.parametrize(
    "body",
    [
        "点击【待审核】订单查看详情，【待确认】的订单会在 24 小时内处理。",
        "您的待办事项将在多设备间同步；订单状态：待办。",
        "如您的身份尚未确定，我们会联系您。",
        "本应用正式版本将于2023年第四季度发布。",
        "正式版本将提供云同步功能。",
        "我们将在正式版本中提供夜间模式。",
        "我们将在本政策中列出第三方 SDK 清单。",
        "服务时间：9:00-18:00（法定节假日除外）",
        "营业时间请见【门店详情】页面。",
        "更新时间：【2024年3月1日】",
        "Requests pending legal review are shown in the dashboard. We may retain data pending legal review of a claim.",
        "Your account may be frozen (pending legal review).",
        "Deletion requests are to be confirmed by legal before they run.",
        "Our placeholder images are replaced when loading finishes. Contact: help@mycorp.cn",
        "This policy is final and supersedes earlier drafts.",
        "The retention period will be decided by law: we keep logs for 6 months.",
        "```\nperiod: to be decided\n```",
    ],
)
def test_does_not_fire(body: str, tmp_path: Path) -> None:
    assert _placeholder_hits(_doc(body), tmp_path) == []


def test_final_before_a_later_final_text_is_no_final_claim(tmp_path: Path) -> None:
    """'before final launch terms are adopted' names a final text to come: the note stays; 'is final' drops it."""
    note = "These terms are pending legal review and may change before final launch terms are adopted."
    assert _placeholder_hits(_doc(note), tmp_path)
    assert _placeholder_hits(_doc("These terms are pending legal review. This version is final."), tmp_path) == []


def test_round32_dev_document_promise_later(tmp_path: Path) -> None:
    """The round's dev miss: both slot lines of the ClipWorks draft are found, and nothing else of its text.  Since the
    fifty-first session (u51k) the page's own `metadata` description is read as its `<title>` is, and its 「ClipWorks
    映工厂隐私政策（草案）」 (line 6) is the draft mark a search result would show."""
    path = ROUND / "dev" / "clipworks-tsx" / "page.tsx"
    hits = _placeholder_hits(path.read_text(encoding="utf-8"), tmp_path, path.name)
    assert sorted({line for _, line, _ in hits}) == [6, 58, 93]


@pytest.mark.parametrize("name", ["lurus-jsx/PrivacyPage.jsx", "llmtranslate-md/privacy-policy.zh-CN.md"])
def test_round32_dev_clean_documents(name: str, tmp_path: Path) -> None:
    path = ROUND / "dev" / name
    assert _placeholder_hits(path.read_text(encoding="utf-8"), tmp_path, path.name) == []
