"""Forty-seventh session (u47d): deregistering is not logging out across scripts.

OpenCC's TWPhrases pair 注销 → 登出 (Windows' "log off") made a Traditional edition's 登出帳戶 key like a Simplified
注销账户: a diff across scripts hid a change of right.  Real Taiwan policies keep the two apart (corpora/smartmi zh-Hant
writes both 「登出帳戶」 and 「註銷服務或帳戶」).  docs/diff.md "注销 is not 登出".
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.diff import cross_script_key, diff_documents
from policylens.diff.align import has_changes
from policylens.diff.variants import OPENCC_MISREADINGS

HANS = "# 隐私政策\n\n## 账户\n\n您可以随时{word}您的账户，我们将在十五个工作日内完成处理。\n"
HANT = "# 隱私權政策\n\n## 帳戶\n\n您可以隨時{word}您的帳戶，我們將在十五個工作日內完成處理。\n"


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [
        ("注销", "登出", True),  # deregistering → logging out: a change of right
        ("登出", "註銷", True),
        ("注销", "註銷", False),  # the same word in two scripts
        ("登出", "登出", False),
        ("退出登录", "登出", False),  # logging out in both: the same act
    ],
)
def test_deregistering_and_logging_out_differ_across_scripts(old: str, new: str, changed: bool) -> None:
    report = diff_documents(parse_string(HANS.format(word=old), ".md"), parse_string(HANT.format(word=new), ".md"))
    assert report.cross_script
    assert has_changes(report) is changed


def test_the_misreadings_are_not_in_the_key() -> None:
    for mainland, taiwan, _ in OPENCC_MISREADINGS:
        assert cross_script_key(mainland) != cross_script_key(taiwan)
        assert cross_script_key(f"申请{mainland}账户") != cross_script_key(f"申請{taiwan}帳戶")


def test_a_misreading_is_shown_once_as_a_replace() -> None:
    report = diff_documents(parse_string(HANS.format(word="注销"), ".md"), parse_string(HANT.format(word="登出"), ".md"))
    changes = [c for s in report.sections for c in s.changes if not c.variant]
    assert [(c.op, "注销" in (c.old_text or ""), "登出" in (c.new_text or "")) for c in changes] == [("replace", True, True)]
