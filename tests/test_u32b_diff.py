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
