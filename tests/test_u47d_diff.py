"""Forty-seventh session (u47d): deregistering is not logging out across scripts.

OpenCC's TWPhrases pair 注销 → 登出 (Windows' "log off") made a Traditional edition's 登出帳戶 key like a Simplified
注销账户: a diff across scripts hid a change of right.  Real Taiwan policies keep the two apart (corpora/smartmi zh-Hant
writes both 「登出帳戶」 and 「註銷服務或帳戶」).  docs/diff.md "注销 is not 登出".
"""

from __future__ import annotations

import pytest

from helpers import parse_string, section_moves
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


# --- the document's tail: lines after the last section stay at the end when sections are appended before them -----------

_PAGE = (
    "<html><body><main><h1>隐私政策</h1><section><h2>一、收集</h2><p>我们收集您的手机号码用于登录。</p></section>"
    "<section><h2>二、共享</h2><p>我们不会向第三方共享您的个人信息。</p></section>{more}"
    "<footer><nav><a href='a'>支持</a><a href='b'>隐私</a></nav><p>某某 · Notes · {date}</p></footer></main></body></html>"
)
_MORE = "<section><h2>三、存储</h2><p>您的信息存储在中国境内的服务器上，保存三年。</p></section>"


def _page(more: str, date: str) -> object:
    return parse_string(_PAGE.format(more=more, date=date), ".html")


@pytest.mark.parametrize("md", [False, True])
def test_footer_lines_after_an_appended_section_are_no_move(md: bool) -> None:
    """eval/pairs47 notes-hans: a section appended before the page footer read as the footer moved out of the old last
    section into the new one."""
    if md:
        tail = "\n\n---\n\n© 2026 某某科技有限公司 保留所有权利\n"
        head = "# 隐私政策\n\n## 一、收集\n\n我们收集您的手机号码用于登录。\n\n## 二、共享\n\n我们不会向第三方共享您的个人信息。\n"
        old = parse_string(head + tail, ".md")
        new = parse_string(head + "\n## 三、存储\n\n您的信息存储在中国境内的服务器上，保存三年。\n" + tail, ".md")
    else:
        old, new = _page("", "2026-10-04"), _page(_MORE, "2026-10-04")
    for a, b in ((old, new), (new, old)):
        report = diff_documents(a, b)  # type: ignore[arg-type]
        assert section_moves(report) == []
        assert [(s.status, (s.new or s.old).title) for s in report.sections if s.status != "unchanged"] in (  # type: ignore[union-attr]
            [("added", "三、存储")],
            [("removed", "三、存储")],
        )


def test_an_edited_footer_line_is_shown_in_the_appended_section_both_ways() -> None:
    old, new = _page("", "2026-10-04"), _page(_MORE, "2026-10-09")
    forward, back = diff_documents(old, new), diff_documents(new, old)
    for report, status in ((forward, "added"), (back, "removed")):
        assert section_moves(report) == []
        changed = [(s.status, (s.new or s.old).title, [c.op for c in s.changes]) for s in report.sections if s.status != "unchanged"]
        ops = ["insert", "replace"] if status == "added" else ["delete", "replace"]
        assert changed == [(status, "三、存储", ops)]  # 二、共享 stays unchanged


def test_a_heading_put_above_the_last_paragraph_still_reads_from_the_move() -> None:
    """The tail rule stops where the new last section is the tail and nothing else (tests/test_diff22.py's labels)."""
    head = "# 隐私政策\n\n## 一、收集\n\n我们收集您的手机号码用于登录。\n\n我们不会向第三方共享您的个人信息。\n"
    report = diff_documents(parse_string(head, ".md"), parse_string(head.replace("\n\n我们不会", "\n\n## 二、共享\n\n我们不会"), ".md"))
    assert [(s.status, s.split, s.moved_from) for s in report.sections if s.new and s.new.title == "二、共享"] == [
        ("unchanged", True, ("s1",))
    ]


def test_a_paragraph_moved_from_the_end_into_another_section_is_still_a_move() -> None:
    """Only the two documents' ends pair as a tail: the last paragraph moved up into 一 stays a move."""
    old = "# 隐私政策\n\n## 一、收集\n\n我们收集您的手机号码用于登录。\n\n## 二、共享\n\n我们不会向第三方共享您的个人信息。\n\n如有问题请发送邮件至 a@b.com 联系我们。\n"
    new = "# 隐私政策\n\n## 一、收集\n\n我们收集您的手机号码用于登录。\n\n如有问题请发送邮件至 a@b.com 联系我们。\n\n## 二、共享\n\n我们不会向第三方共享您的个人信息。\n"
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    assert section_moves(report) == [("一、收集", (), ("s2",)), ("二、共享", ("s1",), ())]
