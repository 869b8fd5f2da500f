"""A title line that a Markdown re-wrap split over two lines is the same document (fifty-fifth session, u55d: the class
u54d2 left, eval/pairs34 jm-personal-last re-wrapped: 「5.基于允许发现和配对蓝牙设备权限的附加服务(」 / 「仅针对 Android 系统用户
提供)」 read as text, its section shown merged into the one above).

`diff.runin` reads a paragraph of more than one source line that is, white space aside, a title of the other side as
that title when the paragraph after it starts as that section's first paragraph does (the base already found no change
when the split was the only re-wrap: the whole-document comparison; with any other re-wrap it showed the section merged
into the one above, as the edit and real-document cases here do on the base).  A paragraph that only equals a
title (its text below differs) stays as the structure reads it; an edit under the title is the only change."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string, section_layout
from policylens.diff import diff_documents, has_changes
from policylens.diff.runin import run_in_titles

EVAL = Path(__file__).resolve().parents[1] / "eval"

HANS = (
    "# 隐私政策\n\n4.基于存储权限的附加服务(仅针对 Android 系统用户提供)\n\n您可以通过开启存储权限以保存和上传图片。\n\n"
    "5.基于允许发现和配对蓝牙设备权限的附加服务(仅针对 Android 系统用户提供)\n\n"
    "在您开启允许发现和配对蓝牙设备权限的情况下，您可以使用蓝牙控制音频播放器。\n\n"
    "6.联系我们\n\n如有疑问，请通过电子邮件联系我们。\n\n(1) 与国家安全直接相关的；\n(2) 与公共安全直接相关的；\n"
)
HANT = (
    "# 隱私權政策\n\n四、基於儲存權限的附加服務（僅適用於 Android 使用者）\n\n您可以開啟儲存權限以儲存與上傳圖片。\n\n"
    "五、基於允許發現和配對藍牙裝置權限的附加服務（僅適用於 Android 使用者）\n\n"
    "在您開啟允許發現和配對藍牙裝置權限的情況下，您可以使用藍牙控制音訊播放器。\n\n"
    "六、聯絡我們\n\n若有疑問，請以電子郵件聯絡我們。\n\n(1) 與國家安全直接相關者；\n(2) 與公共安全直接相關者；\n"
)
SPLITS = [
    # the title split, and its text re-wrapped too (as the re-wrap does: both blocks are prose)
    (
        HANS,
        HANS.replace("附加服务(仅针对 Android 系统用户提供)\n\n在您", "附加服务(\n仅针对 Android 系统用户提供)\n\n在您")
        .replace("控制音频播放器。", "控制音频\n播放器。")
        .replace("开启存储权限以保存", "开启存储权限\n以保存")
        .replace("直接相关的；\n(2)", "直接相关的；(2)"),
    ),
    (
        HANT,
        HANT.replace("附加服務（僅適用於 Android 使用者）\n\n在您", "附加服務（僅適用於\nAndroid 使用者）\n\n在您")
        .replace("藍牙控制音訊播放器。", "藍牙控制\n音訊播放器。")
        .replace("開啟儲存權限以儲存", "開啟儲存權限\n以儲存")
        .replace("直接相關者；\n(2)", "直接相關者；(2)"),
    ),
]


@pytest.mark.parametrize("old, new", SPLITS)
def test_a_title_split_over_two_lines_is_no_change(old: str, new: str) -> None:
    assert old != new
    for a, b in ((old, new), (new, old)):
        report = diff_documents(parse_string(a, ".md"), parse_string(b, ".md"))
        assert not has_changes(report), [(s.status, s.old and s.old.title, s.new and s.new.title) for s in report.sections]


def test_an_edit_under_the_split_title_is_the_only_change() -> None:
    old, new = SPLITS[0]
    new = new.replace("控制音频\n播放器", "控制音乐\n播放器")
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    changed = [s for s in report.sections if s.status != "unchanged"]
    assert [(s.status, s.old.title if s.old else None) for s in changed] == [
        ("modified", "5.基于允许发现和配对蓝牙设备权限的附加服务(仅针对 Android 系统用户提供)")
    ]


def test_no_title_where_the_text_below_differs() -> None:
    # the paragraph equals a title of the other side, but its text is not that section's: no evidence, left as read
    old = parse_string(HANS, ".md")
    moved = HANS.replace("附加服务(仅针对 Android 系统用户提供)\n\n在您开启", "附加服务(\n仅针对 Android 系统用户提供)\n\n另外，在您开启")
    new = parse_string(moved, ".md")
    cut_old, cut_new = run_in_titles(old, new)
    assert section_layout(cut_new) == section_layout(new) and section_layout(cut_old) == section_layout(old)


def test_no_title_from_a_one_line_paragraph() -> None:
    # a paragraph on one line that equals the title is the structure's own reading (a demoted heading): not this class
    new = parse_string(HANS.replace("6.联系我们\n\n如有", "6.联系我们\n如有"), ".md")
    old = parse_string(HANS, ".md")
    assert section_layout(run_in_titles(old, new)[1]) == section_layout(new)


def test_real_document_with_a_title_split_by_a_rewrap() -> None:
    """eval/pairs34 jm-personal-last: its title 「5.基于允许发现和配对蓝牙设备权限的附加服务(仅针对 Android 系统用户提供)」 split
    after 「(」 as the re-wrap harness did (seed 1)."""
    path = EVAL / "pairs34/pairs/jm-personal-last/old.md"
    text = path.read_text(encoding="utf-8")
    title = "5.基于允许发现和配对蓝牙设备权限的附加服务(仅针对 Android 系统用户提供)"
    assert text.count(title) == 1
    split = text.replace(title, "5.基于允许发现和配对蓝牙设备权限的附加服务(\n仅针对 Android 系统用户提供)").replace(
        "您可以使用蓝牙控制音频播放器。", "您可以使用蓝牙控制音频\n播放器。"
    )
    # and a second re-wrap elsewhere (two list lines joined, as the harness did): with the title split alone, the
    # whole-document comparison already finds no change; with any other re-wrap the sections are aligned one by one
    split = split.replace(
        "(2) 与国家安全、国防安全直接相关的；\n(3) 与公共安全、", "(2) 与国家安全、国防安全直接相关的；(3) 与公共安全、\n"
    )
    assert split.count("\n播放器。") == 1 and split.count("(3) 与公共安全、\n") == 1
    for a, b in ((parse_path(path), parse_string(split, ".md")), (parse_string(split, ".md"), parse_path(path))):
        assert not has_changes(diff_documents(a, b))
