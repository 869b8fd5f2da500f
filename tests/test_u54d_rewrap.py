"""The same Markdown paragraph re-wrapped at another width, or at varying widths, between two versions is no change
(fifty-fourth session, u54d: class asked by the lead; every form below already passed on the base 735b9f5b and is kept
as a guard).  A real edit inside a re-wrapped paragraph is still reported, and only the edit is marked.

Left (notes/u54d.md): a numbered label line (「2. 浏览器本地设置数据」) over a lazy continuation that is re-wrapped reads
as its own paragraph on one side and joins the text on the other (eval/pairs33 awe-revert re-wrapped by
/tmp/u54d/rewrap.py); a pseudo-heading (「2.1 自动收集的信息」, 「二、權限使用」) joined into its paragraph by a re-wrap."""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.diff import diff_documents, has_changes

HANS = (
    "我们会收集您在使用本服务时主动提供的信息，包括您的手机号码、电子邮箱地址和昵称。我们仅在实现本政策所述目的所必需的期限内保留您的个人信息。"
    "超出保留期限后，我们会删除或匿名化处理您的个人信息。如果您希望删除账号，可以通过设置页面提交申请，我们将在十五个工作日内完成处理并通知您。"
)
HANT = (
    "我們會蒐集您在使用本服務時主動提供的資料，包括您的手機號碼、電子郵件地址與暱稱。我們僅在實現本政策所述目的所必需的期間內保存您的個人資料。"
    "超過保存期間後，我們會刪除或匿名化處理您的個人資料。如果您希望刪除帳號，可以透過設定頁面提出申請，我們將在十五個工作天內完成處理並通知您。"
)
MIXED = (
    "我们使用 Google Analytics 分析您的访问情况，并使用 Firebase Crashlytics 收集崩溃日志。我们不会出售这些数据。"
    "如需了解更多，请参阅[第三方 SDK 清单](https://example.com/sdk)，我们会及时更新。"
)


def _wrap(text: str, widths: list[int]) -> str:
    """Break `text` every `widths[k]` characters in turn (never inside a Latin word or a link)."""
    lines, i, k = [], 0, 0
    while i < len(text):
        j = min(len(text), i + widths[k % len(widths)])
        while j < len(text) and (
            (text[j - 1].isascii() and text[j - 1] not in " ") or ("](" in text[i:j] and ")" not in text[text.index("](", i) : j])
        ):
            j += 1
        lines.append(text[i:j].strip())
        i, k = j, k + 1
    return "\n".join(lines)


def _sentences(text: str) -> str:
    return text.replace("。", "。\n").strip()


def _doc(body: str) -> str:
    return f"# 隐私政策\n\n## 一、信息收集\n\n{body}\n\n## 二、联系我们\n\n如有疑问请联系我们。\n"


FORMS = {
    "one line": lambda t: t,
    "width 20": lambda t: _wrap(t, [20]),
    "width 33": lambda t: _wrap(t, [33]),
    "varying 25/31/18/40": lambda t: _wrap(t, [25, 31, 18, 40]),
    "varying 44/12/30": lambda t: _wrap(t, [44, 12, 30]),
    "a sentence a line": _sentences,
}
PAIRS = [(a, b) for a in FORMS for b in FORMS if a < b]


@pytest.mark.parametrize("text", [HANS, HANT, MIXED], ids=["hans", "hant", "latin-link"])
@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_rewrap_is_no_change(text: str, a: str, b: str) -> None:
    old, new = parse_string(_doc(FORMS[a](text)), ".md"), parse_string(_doc(FORMS[b](text)), ".md")
    assert not has_changes(diff_documents(old, new))
    assert not has_changes(diff_documents(new, old))


@pytest.mark.parametrize(("text", "edit"), [(HANS, ("十五", "三十")), (HANT, ("十五", "三十")), (HANS, ("手机号码、", ""))])
@pytest.mark.parametrize(("a", "b"), [("varying 25/31/18/40", "varying 44/12/30"), ("a sentence a line", "width 33")])
def test_an_edit_in_a_rewrapped_paragraph_is_the_only_change(text: str, edit: tuple[str, str], a: str, b: str) -> None:
    old = parse_string(_doc(FORMS[a](text)), ".md")
    new = parse_string(_doc(FORMS[b](text.replace(*edit))), ".md")
    report = diff_documents(old, new)
    assert has_changes(report)
    changes = [c for s in report.sections for c in s.changes]
    assert len(changes) == 1
    marked = "".join(s.text for s in changes[0].spans if s.op != "equal")
    assert marked == edit[0] + edit[1]
