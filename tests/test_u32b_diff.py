"""`diff` on the noise class the thirty-second session's pair set showed (u32b, `eval/pairs32`: fourteen real version
pairs of four repositories' policies, annotated before any run; the texts below are invented in their shape, not copied).

*A hard-wrapped paragraph joined into one line* (pairs32 nyust-v1: a Markdown paragraph written over two source lines,
each read as a paragraph, became one line with its second sentence rewritten): its first line, kept word for word at the
head of the new line, was reported deleted, the rewritten rest as a deletion and an insertion.  `diff.redline._rewrapped`
reads such a block as one rewritten paragraph when the lines are consecutive source lines, the other side is a single
paragraph, no pair was found inside the block, and a whole line of at least twelve key characters is kept inside it; the
reverse (one line hard-wrapped into several) alike.  Lines with a blank line between them, and lines none of which is
kept whole, stay deletions and insertions.  (When the kept line is short beside the new line's other text, as in the
pair, nothing pairs it; a kept line paired with the joined one, its rest deleted, was already a replace and a deletion,
both true, and is left so.)

2. *A list item rewritten under the same label* (a lead of a lost session, checked on the base fa5a21c0: 「- **位置信息**：在您
   使用附近门店功能时获取粗略位置…」 → 「- **位置信息**：为向您推荐本地活动…」 read as a deletion and an insertion; the same in
   eval/pairs26 aiden-content-reword 「- 用户内容：…」 and eval/blind/pairs11 velaris-contact 「- 聯絡方式：TODO…」 → an address):
   an item alone in its place whose label, bold or plain, before 「：」 the other side's item keeps is that item rewritten,
   one replace (`diff.redline.blocks._item_label` in `_rewritten_in_gaps`).  Items with other labels, and paragraphs that are not
   items, stay a deletion and an insertion.
"""

from __future__ import annotations

from helpers import parse_string
from policylens.diff import diff_documents
from test_pairs28 import _changes

HEAD = "# 示範應用程式隱私權政策\n\n## 一、適用範圍\n\n本政策適用於您使用本應用程式時所涉及的個人資料。\n\n## 四、與第三方共用\n\n"
KEPT = "本應用程式絕不會出售、出租或交換您的個人資料給任何其他個人或團體。"
OLD_REST = "本應用程式目前未整合任何第三方分析服務或推播服務。"
NEW_REST = (
    "本應用程式的正式發行版本整合了匿名使用統計與當機回報服務，用於了解功能使用狀況與診斷程式錯誤；這些服務會收集匿名的使用事件、"
    "裝置型號、作業系統版本與當機堆疊等技術資訊，不包含您的學號、密碼、成績等個人資料，相關資料由服務提供者依其政策處理。"
    "除此之外，本應用程式未整合其他第三方分析或推播服務。"
)
TAIL = "\n\n## 五、聯繫管道\n\n如有任何問題，請透過電子郵件與我們聯繫。\n"


def _diff(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return _changes(diff_documents(parse_string(old, ".md"), parse_string(new, ".md")))


def test_hard_wrapped_paragraph_joined_and_rewritten_is_one_replace() -> None:
    old = HEAD + KEPT + "\n" + OLD_REST + TAIL
    new = HEAD + KEPT + NEW_REST + TAIL
    changes = _diff(old, new)
    assert len(changes) == 1
    op, o, n = changes[0]
    assert op == "replace" and o is not None and n is not None
    assert KEPT in o and OLD_REST in o and n == KEPT + NEW_REST
    assert not any(c[0] == "delete" and c[1] == KEPT for c in changes)


def test_one_line_hard_wrapped_and_rewritten_is_one_replace() -> None:
    old = HEAD + KEPT + NEW_REST + TAIL
    new = HEAD + KEPT + "\n" + OLD_REST + TAIL
    changes = _diff(old, new)
    assert len(changes) == 1 and changes[0][0] == "replace"
    assert not any(c[0] == "insert" and c[2] == KEPT for c in changes)


def test_separate_paragraphs_merged_stay_paragraph_by_paragraph() -> None:
    # a blank line between them: two paragraphs of the source, not one hard-wrapped paragraph
    old = HEAD + KEPT + "\n\n" + OLD_REST + TAIL
    new = HEAD + KEPT + NEW_REST + TAIL
    ops = [c[0] for c in _diff(old, new)]
    assert len(ops) > 1


def test_wrapped_lines_all_rewritten_stay_deletions_and_insertion() -> None:
    other = "本應用程式會將您的偏好設定儲存於裝置本機，您可以隨時清除應用程式資料。"
    old = HEAD + "本服務不會向任何人提供您的資料，除非法律另有規定或您另行同意。\n" + OLD_REST + TAIL
    new = HEAD + other + NEW_REST + TAIL
    ops = sorted(c[0] for c in _diff(old, new))
    assert ops == ["delete", "delete", "insert"]


# --- 2. a list item rewritten under the same label ------------------------------------------------------------------

ITEMS = "# 隐私政策\n\n## 一、我们收集的信息\n\n我们会收集以下信息：\n\n- **设备信息**：设备型号、操作系统版本，用于适配界面。\n{}\n- **日志信息**：崩溃日志，用于排查问题。\n\n## 二、联系我们\n\n请发送邮件至 a@b.com。\n"
LOC_OLD = "- **位置信息**：在您使用附近门店功能时获取粗略位置，仅在前台使用。"
LOC_NEW = "- **位置信息**：为向您推荐本地活动，我们会在后台持续获取精确定位并与广告合作方共享。"


def test_item_rewritten_under_same_bold_label_is_one_replace() -> None:
    assert _diff(ITEMS.format(LOC_OLD), ITEMS.format(LOC_NEW)) == [("replace", LOC_OLD, LOC_NEW)]
    assert _diff(ITEMS.format(LOC_NEW), ITEMS.format(LOC_OLD)) == [("replace", LOC_NEW, LOC_OLD)]


def test_item_rewritten_under_same_plain_label_is_one_replace() -> None:
    old, new = (
        "- 用户内容：您输入或上传的文本、文件和图像。",
        "- 用户内容：我们收集您提供的提示以及上传的其他内容，具体取决于您使用的功能，并用于训练。",
    )
    assert _diff(ITEMS.format(old), ITEMS.format(new)) == [("replace", old, new)]


def test_item_under_another_label_stays_deletion_and_insertion() -> None:
    new = "- **通讯录**：为向您推荐好友，我们会读取您的通讯录并上传至服务器。"
    assert sorted(c[0] for c in _diff(ITEMS.format(LOC_OLD), ITEMS.format(new))) == ["delete", "insert"]


def test_labelled_paragraphs_not_items_stay_deletion_and_insertion() -> None:
    base = "# 隐私政策\n\n## 一、说明\n\n第一段保持不变，用于对齐。\n\n{}\n\n最后一段也保持不变。\n"
    old = "位置信息：在您使用附近门店功能时获取粗略位置，仅在前台使用。"
    new = "位置信息：为向您推荐本地活动，我们会在后台持续获取精确定位并与广告合作方共享。"
    assert sorted(c[0] for c in _diff(base.format(old), base.format(new))) == ["delete", "insert"]
