"""`diff` across scripts: a zh-Hans and a zh-Hant edition of one version whose only differences are Taiwan wording
(u25x; the class the twenty-fifth session's blind set showed in eval/blind/pairs25/pairs/machelper-cross-script,
read after its scoring run; the texts below are invented, not copied).

The class: a macOS app's Taiwan edition writes 授權 for 许可证, 存取點 for 接入点, 錯誤回報 for 错误报告, 自訂 for
自定义, 暫時 for 临时, 新增 for 新建, 一般 for 常规, 之後 for 以后 …; each paragraph was shown
reworded or, where the word is one the reworded gate reads as meaning (存取 is a right, 以后 a time), as a change:
6 entries and 22 reworded paragraphs, all wording.  The pairs are now rows of the reviewed table (`diff.variants._EXTRA`,
rebuilt into `cli/policylens/data/lexicons/regional/diff-variants.tsv`), so such a paragraph keys the same on both
sides and is a variant (no change); a number, a negation or an added clause beside the same words is still a change,
and the words left apart (a sentence can turn on them) still differ on the key.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.diff import diff_documents, has_changes
from policylens.diff.variants import cross_script_key
from policylens.model import DiffReport

HANS = """# 隐私政策

更新日期：2026年3月1日

## 许可证

如果你启用许可证，许可证密钥只会存放在本机的钥匙串中，我们在 30 天后删除过期的许可证记录。

## 错误报告

选择“报告问题”会打开一封错误报告草稿，草稿列出接入点名称和你的自定义快捷键。你可以在以后删除这份草稿。

## 文件

你可以新建文件夹、添加到现有归档，或在常规设置中临时隐藏这些文件夹。显示屏亮度不会被上传。我们不会读取你的电子邮件地址。
"""

HANT = """# 隱私權政策

更新日期：2026年3月1日

## 授權

如果你啟用授權，授權金鑰只會存放在本機的鑰匙圈中，我們在 30 天後刪除過期的授權記錄。

## 錯誤回報

選擇「回報問題」會開啟一封錯誤回報草稿，草稿列出存取點名稱和你的自訂快速鍵。你可以在之後刪除這份草稿。

## 檔案

你可以新增資料夾、加入現有封存，或在一般設定中暫時隱藏這些資料夾。顯示器亮度不會被上傳。我們不會讀取你的郵件地址。
"""


def _report(new: str) -> DiffReport:
    return diff_documents(parse_string(HANS, ".md"), parse_string(new, ".md"))


def _real(report: DiffReport) -> list[str]:
    """The new text of every change that is neither a variant nor reworded (what counts as a change)."""
    return [c.new_text or "" for s in report.sections for c in s.changes if not c.variant and not c.reworded]


def test_taiwan_wording_of_one_version_is_no_change() -> None:
    report = _report(HANT)
    assert report.cross_script
    assert not has_changes(report), _real(report)
    assert not [c for s in report.sections for c in s.changes if c.reworded]  # not even a reworded paragraph
    assert not [s for s in report.sections if s.renamed or s.title_reworded]


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("我們在 30 天後刪除", "我們在 60 天後刪除", "60"),  # a number beside 授權
        ("顯示器亮度不會被上傳", "顯示器亮度會被上傳", "顯示器亮度會被上傳"),  # a negation dropped beside 暫時
        ("你可以在之後刪除這份草稿。", "你可以在之後刪除這份草稿，除非草稿已寄出。", "除非"),  # a clause added beside 存取點
    ],
    ids=["number", "negation", "added-clause"],
)
def test_a_real_change_beside_taiwan_wording_is_still_a_change(old: str, new: str, shown: str) -> None:
    assert old in HANT
    report = _report(HANT.replace(old, new))
    real = _real(report)
    assert has_changes(report)
    assert len(real) == 1 and shown in real[0], real


@pytest.mark.parametrize(
    ("mainland", "taiwan"),
    [("操作", "動作"), ("报告", "回報"), ("接入", "存取"), ("上下文", "背景"), ("布局", "配置"), ("屏幕", "顯示器")],
)
def test_words_a_sentence_can_turn_on_stay_apart(mainland: str, taiwan: str) -> None:
    """Left out of the table on purpose (`diff.variants`, twenty-fifth session's note): 动作 is also a motion, 回报
    also to repay, 接入 also to integrate an SDK, and 背景/配置 already pair with 后台/设定 (the groups are transitive)."""
    assert cross_script_key(mainland) != cross_script_key(taiwan)
