"""A Taiwan edition re-translated from a mainland one (fifty-second session, u52x; eval/pairs52 buttsnap-xscript: 43 of
47 counted entries were noise on the base).

Read as one by the reworded gate (`content._edition_forms`), each with forms that must stay changes:

- the address form 您 / 你: a paragraph that differs by it alone is shown `reworded` (≃, counted apart), not hidden — a
  reviewer sees the register changed, and that no commitment did;
- 应用 (the app, App) is no modality 应; a modality added or dropped (应当) stays a change; a heading that adds the app
  stays a rename (review rv14b's reading, now by `content._same_apps`).

Not folded: 例如 / （如 ("such as") and 如 / 如果 ("if"), 如 being both (see `content._EDITION_FORMS`); an example
turned into a condition stays a change.

And one regional word read one way (`variants.READINGS`): the mainland 通讯录 (address book) is Taiwan's 聯絡人, so
`- 通讯录` / `- 聯絡人` is a regional variant, not an item deleted and one inserted; 聯絡人 is also a contact person, so
only the Simplified side's 通讯录 is read so, and another data item in its place stays a change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string, reworded_both_ways
from policylens.diff import diff_documents
from policylens.diff.content import same_title
from policylens.diff.variants import same_across_scripts

EVAL = Path(__file__).resolve().parents[1] / "eval"

SAME = [
    ("- 您生成的贴纸", "- 你生成的貼紙"),
    ("我们没有技术能力访问您的照片或贴纸。", "我們沒有技術能力存取你的照片或貼紙。"),
    ("根据适用的数据保护法律，您享有以下权利：", "根據適用的資料保護法律，你享有以下權利："),
    ("您可以随时删除您的账户。", "你可以隨時刪除你的帳戶。"),
    ("本应用仅使用以下系统级服务：", "本 App 僅使用以下系統級服務："),
]

CHANGED = [
    # the address form with a commitment changed beside it
    ("您可以随时删除您的账户。", "你不可以隨時刪除你的帳戶。"),
    ("我们会通知您。", "我們會通知你的監護人。"),
    # a condition added where an example stood
    ("我们会收集设备信息，例如型号。", "如果你同意，我們會蒐集裝置資訊。"),
    ("我们会共享您的型号信息（如您同意）。", "我們會共享你的型號資訊（例如型號）。"),
    # a modality dropped beside the app
    ("本应用应当在收集前通知您。", "本 App 在收集前通知你。"),
    # a refund is no payment, whatever the address form
    ("您通过苹果支付时，我们不会获取您的银行卡号。", "你透過 Apple 退款時，我們不會取得你的銀行卡號。"),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_edition_forms_are_reworded(old: str, new: str) -> None:
    assert reworded_both_ways(old, new) == (True, True)


@pytest.mark.parametrize(("old", "new"), CHANGED)
def test_changes_stay_changes(old: str, new: str) -> None:
    assert reworded_both_ways(old, new) == (False, False)


def test_headings_adding_the_app_stay_renames() -> None:
    """Review rv14b's two headings stay renames (tests/test_compare_retranslation14.py): no longer through the 应 of
    应用程式, but because one heading adds the app (`content._same_apps`); the same app on both sides is reworded."""
    assert not same_title("不进行的处理", "應用程式不會進行的資料處理")
    assert not same_title("访问的数据", "應用程式存取的數據")
    assert same_title("本应用访问的数据", "本 App 存取的數據")


def test_address_form_is_not_hidden() -> None:
    """您 / 你 alone is `reworded` (shown, not counted), never a regional variant (not shown)."""
    old = parse_string("# 隐私政策\n\n## 一、您的权利\n\n您可以随时删除您的账户。\n", ".md")
    new = parse_string("# 隱私權政策\n\n## 一、您的權利\n\n你可以隨時刪除你的帳戶。\n", ".md")
    report = diff_documents(old, new)
    entries = [c for s in report.sections for c in s.changes]
    assert len(entries) == 1 and entries[0].reworded and not entries[0].counted


def test_address_book_reads_one_way() -> None:
    assert same_across_scripts("- 通讯录", "- 聯絡人", ("hans", "hant"))
    assert same_across_scripts("- 聯絡人", "- 通讯录", ("hant", "hans"))
    assert not same_across_scripts("- 通讯录", "- 位置資訊", ("hans", "hant"))
    # within one script it is an edit
    assert not same_across_scripts("- 通讯录", "- 联络人", ("hans", "hans"))


@pytest.mark.parametrize(("old_script", "new_script"), [("hans", "hant"), ("hant", "hans")])
def test_address_book_item_is_a_variant_both_ways(old_script: str, new_script: str) -> None:
    # (as in the real list: the item's neighbour differs on the key too, 浏览历史 / 瀏覽紀錄 being a one-way reading as
    # well, so the two form one block the redline reads; a lone item between paragraphs that key the same is not
    # paired — paragraph keys hold no one-way reading, eval/pairs52 README)
    sides = {"hans": "# 隐私政策\n\n## 我们不收集的信息\n\n- 位置信息\n- 通讯录\n- 浏览历史或使用习惯\n",
             "hant": "# 隱私權政策\n\n## 我們不收集的資訊\n\n- 位置資訊\n- 聯絡人\n- 瀏覽紀錄或使用習慣\n"}  # fmt: skip
    report = diff_documents(parse_string(sides[old_script], ".md"), parse_string(sides[new_script], ".md"))
    assert [c for s in report.sections for c in s.changes if c.counted] == []


def test_buttsnap_xscript_regression() -> None:
    """The real pair: the paragraphs differing by 您 / 你 alone are reworded, 通讯录 / 聯絡人 is no entry, and the four
    annotated changes (the date, a dropped clause, 设置 → 個人, 我们无法访问 dropped) are still counted."""
    d = EVAL / "pairs52" / "pairs" / "buttsnap-xscript"
    report = diff_documents(parse_path(str(d / "old.md")), parse_path(str(d / "new.md")))
    entries = [c for s in report.sections for c in s.changes]
    by_old = {c.old_line: c for c in entries if c.old_line is not None}
    for line in (18, 46, 64, 106):
        assert by_old[line].reworded and not by_old[line].counted, line
    assert 20 not in by_old
    for line in (3, 44, 53, 63):
        assert by_old[line].counted, line
