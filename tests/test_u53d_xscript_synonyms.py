"""A Taiwan edition re-translated from a mainland one (fifty-third session, u53d; eval/pairs52 buttsnap-xscript, the
noise u52x left): reviewed forms read as one by the reworded gate (`diff.forms`), each shown `reworded` (≃, counted
apart), never hidden — and the forms beside them that change an obligation, a scope or a party, which stay changes.

- 会 after a negation or a restriction (不会 / 不, 只会 / 仅): the future of a statement of fact, not a modality (the
  word-order gate already read a short 不收集 / 不會收集 so; now a sentence with other rewording too); 不得 (must not),
  可能 (may) stay changes;
- Latin words a Taiwan edition writes for the Chinese one: Email / E-mail (邮箱, 电子邮件), Bug (错误), Secure Enclave
  (Apple's 安全隔区); not inside an address or a host name;
- the reader a recommendation is made to, written or not (建议您 / 建议); 建议您的监护人 is another party.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, reworded_both_ways
from policylens.diff import diff_documents
from policylens.diff.content import reworded
from policylens.diff.forms import latin_words

EVAL = Path(__file__).resolve().parents[1] / "eval"

SAME = [
    ("- 邮箱: privacy@ex.com", "- Email: privacy@ex.com"),
    ("- 电子邮件：privacy@ex.com", "- E-mail：privacy@ex.com"),
    ("我们不收集您的位置信息。", "我們不會收集你的位置資訊。"),
    ("我们不会收集您的位置信息。", "我們不收集您的位置資訊。"),
    ("匿名崩溃日志仅用于修复 Bug。", "匿名當機記錄只會用於修復錯誤。"),
    ("- 系统安全机制（加密储存、安全隔区等）", "- 系統安全機制（加密儲存、Secure Enclave 等）"),
    ("我们建议您保持系统更新，并使用设备密码保护。", "我們建議保持系統更新，並使用裝置密碼保護。"),
]

CHANGED = [
    # an obligation or a possibility where a fact stood
    ("我们不收集您的位置信息。", "我們不得收集你的位置資訊。"),
    ("我们不收集您的位置信息。", "我們可能不會收集你的位置資訊。"),
    # the negation itself
    ("我们会收集您的位置信息。", "我們不會收集你的位置資訊。"),
    # the restriction dropped
    ("匿名崩溃日志仅用于修复 Bug。", "匿名當機記錄也會用於修復錯誤。"),
    # another address behind the same word
    ("- 邮箱: privacy@ex.com", "- Email: support@ex.com"),
    # a data item for the mailbox
    ("- 邮箱: privacy@ex.com", "- 電話: privacy@ex.com"),
    # another party advised, another act
    ("我们建议您的监护人阅读本政策。", "我們建議閱讀本政策。"),
    ("我们建议您保持系统更新。", "我們要求你保持系統更新。"),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_reviewed_forms_are_reworded(old: str, new: str) -> None:
    assert reworded_both_ways(old, new) == (True, True)


@pytest.mark.parametrize(("old", "new"), CHANGED)
def test_changes_of_meaning_stay_changes(old: str, new: str) -> None:
    assert not reworded(old, new) and not reworded(new, old)


@pytest.mark.parametrize("text", ["请访问 email.example.com 查看", "mailto:email@ex.com", "见 https://ex.com/bug/1", "BugReporter 模块"])
def test_latin_words_leave_addresses_and_names(text: str) -> None:
    assert latin_words(text) == text


def test_real_pair_buttsnap_xscript() -> None:
    """eval/pairs52 buttsnap-xscript: old L98 (建议您) and L118 (邮箱 / Email) are reworded; its four annotated changes
    (L3 the date, L53 设置 → 個人, L63 我们无法访问 dropped, the dropped clause) stay changes."""
    d = EVAL / "pairs52" / "pairs" / "buttsnap-xscript"
    report = diff_documents(parse_path(d / "old.md"), parse_path(d / "new.md"))
    kinds = {c.old_line: c.reworded for s in report.sections for c in s.changes if c.op == "replace"}
    assert kinds[98] and kinds[118]
    assert not any(kinds[line] for line in (3, 53, 63))
