"""A lone list item read one way across scripts between unchanged paragraphs (fifty-third session, u53d; the class u52x's
notes left from `eval/pairs52` buttsnap-xscript): 「- 通讯录」 / 「- 聯絡人」 is a regional variant (`variants.READINGS`),
but a paragraph's key holds no one-way reading and the two share no character, so the block of one paragraph a side was
an item deleted and one inserted.  `redline._read_alike_in_gaps` pairs the paragraphs of such a gap that read the same
across scripts; another item in its place, or the same words in one script, stay changes."""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.diff import diff_documents, has_changes

HANS = "# 隐私政策\n\n我们会收集以下信息：\n\n- 设备型号\n- {item}\n- 照片\n\n我们不会出售您的信息。\n"
HANT = "# 隱私政策\n\n我們會蒐集以下資訊：\n\n- 裝置型號\n- {item}\n- 照片\n\n我們不會出售您的資訊。\n"


def _changed(old: str, new: str) -> tuple[bool, bool]:
    a, b = parse_string(old, ".md"), parse_string(new, ".md")
    return has_changes(diff_documents(a, b)), has_changes(diff_documents(b, a))


def test_lone_item_read_one_way_is_a_variant() -> None:
    assert _changed(HANS.format(item="通讯录"), HANT.format(item="聯絡人")) == (False, False)


def test_two_lone_items_in_one_gap() -> None:
    old = HANS.replace("- 照片", "- 通讯录（仅在你授权后）\n- 照片")
    new = HANT.replace("- 照片", "- 聯絡人（僅在你授權後）\n- 照片")
    assert _changed(old.format(item="通讯录"), new.format(item="聯絡人")) == (False, False)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (HANS.format(item="通讯录"), HANT.format(item="位置")),  # another item in its place
        (HANS.format(item="位置"), HANT.format(item="聯絡人")),
        (HANS.format(item="通讯录"), HANT.format(item="聯絡人與通話紀錄")),  # an item that says more
        (HANS.format(item="通讯录"), HANS.format(item="联络人")),  # one script: no one-way reading
        (HANT.format(item="通訊錄"), HANT.format(item="聯絡人")),
    ],
)
def test_other_items_stay_changes(old: str, new: str) -> None:
    assert _changed(old, new) == (True, True)


def test_variant_is_counted() -> None:
    a, b = parse_string(HANS.format(item="通讯录"), ".md"), parse_string(HANT.format(item="聯絡人"), ".md")
    report = diff_documents(a, b)
    assert sum(s.variants for s in report.sections) == 4  # 设备型号, 通讯录, the lead and the closing line
