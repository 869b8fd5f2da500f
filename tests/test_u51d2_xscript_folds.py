"""A re-translated edition across scripts, second pass (fifty-first session, u51d2; eval/pairs51d it-xscript, the
Simplified and Taiwan editions of one version of the Immersive Translate policy, 14 paragraphs still shown as changes
after u51d).

Folded here, each with the forms that must stay changes:

- a purpose word added or dropped (「主要是提供」 / 「主要是為了提供」, 「以便更好地保障」 / 「以更好地保障」): the purpose is
  in the words around it; a purpose word standing where a verb or a condition stood stays a change
  (`word_order.same_skeleton`);
- a condition frame 在/于 … (的)情况下 / 下 / 时 (「在适用法律要求的情况下」 / 「於適用法律要求下」, 「适用的情况下」 /
  「適用時」): one condition; 情况下 dropped without its frame, or added, stays a change (`forms.translator_forms`);
- 非必要 / 不必要, and 无论 … 还是 / 無論 … 或 (a list's joint), 不论 / 无论; 非常 stays "very", 还是 alone "still";
- 此前 / 先前, 征得 / 取得 (consent) (`content._SAME_SENSE`);
- a comma added inside a clause as well as a comma written as a full stop: each sentence end of either side stands on a
  clause end of the other (`content._same_sentences`); a sentence added stays a change.

Left apart, with the reasons in eval/pairs51d/README.md: 投诉 / 申訴, 访问 / 所瀏覽 (访问 is a right word), 查看 / 查閱,
利用 / 使用, 或会 / 可能 together with those.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, reworded_both_ways
from policylens.diff import diff_documents
from policylens.diff.content import content

EVAL = Path(__file__).resolve().parents[1] / "eval"

SAME = [
    ("我们收集您的电子邮箱，主要是提供更好的登录体验。", "我們蒐集您的電子郵件，主要是為了提供更好的登入體驗。"),
    ("我们会加密您的数据，以便更好地保障您的权益。", "我們會加密您的資料，以更好地保障您的權益。"),
    ("这种做法是为了确保用户对扩展有充分的认知。", "此種作法是為確保使用者對擴充功能有充分認知。"),
    ("我们将在适用法律要求的情况下征得您的同意。", "我們將於適用法律要求下取得您的同意。"),
    ("本附录仅在相关法律适用的情况下生效。", "本附錄僅於相關法律適用時生效。"),
    ("我们承诺在不必要的情况下不会请求额外权限。", "我們承諾在非必要情況下不會請求額外權限。"),
    ("无论您使用 Safari 还是 Chrome 浏览器，都请阅读本政策。", "無論您使用 Safari 或 Chrome 瀏覽器，都請閱讀本政策。"),
    ("不论您使用哪种浏览器，我们都会保护您的数据。", "無論您使用哪種瀏覽器，我們都會保護您的資料。"),
    ("撤回此前给予的同意。", "撤回先前給予之同意。"),
    (
        "访问网页的权限允许我们翻译网页，我们鼓励所有用户阅读本政策。",
        "存取網頁的權限，允許我們翻譯網頁。我們鼓勵所有使用者閱讀本政策。",
    ),
]

CHANGED = [
    # a purpose word where a verb or a condition stood
    ("我们会将您的电子邮箱提供给合作伙伴，以改进服务。", "我們會將您的電子郵件用於合作夥伴，以改進服務。"),
    ("如果需要提供导航服务，我们会收集您的位置信息。", "為了提供導航服務，我們會收集您的位置資訊。"),
    # a purpose word moved from one verb to another
    (
        "我们会收集您的设备信息用于安全分析，并共享您的使用记录。",
        "我們會收集您的裝置資訊，並共享您的使用記錄用於安全分析。",
    ),
    # a condition dropped, added, or another one
    ("我们将在适用法律要求的情况下向您发送通知并征得您的同意。", "我們將依適用法律向您發送通知並取得您的同意。"),
    ("我们会收集您的设备信息以提供翻译服务。", "我們會在某些情況下蒐集您的裝置資訊以提供翻譯服務。"),
    ("本附录仅在相关法律适用的情况下生效。", "本附錄於相關法律適用時不生效。"),
    # 非常 is "very", not a negation of what follows
    ("我们非常重视您的隐私与数据安全。", "我們不重視您的隱私與資料安全。"),
    # another time
    ("撤回此前给予的同意。", "撤回日後給予之同意。"),
    # a sentence added where the other side has none
    ("我们会加密您的数据，并删除这些数据。", "我們會加密您的資料。並出售這些資料，刪除這些資料。"),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_translators_forms_are_reworded(old: str, new: str) -> None:
    assert reworded_both_ways(old, new) == (True, True)


@pytest.mark.parametrize(("old", "new"), CHANGED)
def test_changes_stay_changes(old: str, new: str) -> None:
    assert reworded_both_ways(old, new) == (False, False)


def test_still_is_not_a_joint() -> None:
    assert content("无论您使用 A 还是 B，都请阅读。").items == 1
    assert content("您还是可以删除您的数据。").items == 0


def test_it_xscript_regression() -> None:
    """The real pair: the nine paragraphs of these classes are reworded; the cookie lead sentence, present only in the
    Simplified edition, is still the one change, and the paragraphs left apart are still shown."""
    d = EVAL / "pairs51d" / "pairs" / "it-xscript"
    report = diff_documents(parse_path(str(d / "old.md")), parse_path(str(d / "new.md")))
    entries = [c for s in report.sections for c in s.changes]
    by_old = {c.old_line: c for c in entries if c.old_line is not None}
    assert by_old[121].op == "delete"
    for line in (16, 27, 28, 113, 147, 151, 174, 188, 302):
        assert by_old[line].reworded, line
    # 访问 / 所瀏覽 (old line 105) and the regulator's 投诉 / 申訴 (207): folded by u52d, tests/test_u52d_xscript_folds.py
