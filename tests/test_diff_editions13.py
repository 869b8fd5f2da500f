"""zh-Hans / zh-Hant editions of one version, the noise left after the twelfth session
(thirteenth session, a9d; `eval/pairs12dev/` read again, and the pairs the twelfth blind round
named: 运行/運作, 播报/報讀, 扩展/擴充).

1. reviewed word pairs that never carry a difference of meaning in a policy, added to the
   variant table (`variants._EXTRA`); the look-alikes left apart (按/依, 发售/上市, 服务商/供应商,
   具体/特定, 水平/程度) and any number next to a folded word still differ;
2. a heading that differs by 本 (this) across scripts is no rename (`align.WORDING_CHARS`);
   a content word left out still is, and same-script diffs are not touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_file
from policylens.diff import diff_documents, has_changes
from policylens.diff.align import worded_alike
from policylens.diff.keys import compare_key


def _key(text: str) -> str:
    return compare_key(text, script=None, cross_script=True, strict=False)


WORD_PAIRS = [
    ("应用会在后台运行", "應用程式會在背景運作"),
    ("支持语音播报", "支援語音報讀"),
    ("浏览器扩展", "瀏覽器擴充"),
    ("按键时间线会一并包含", "按鍵時間軸會一併包含"),
    ("语音起止时刻", "語音起訖時刻"),
    ("这一场的上下文", "這一場的脈絡"),
    ("iOS 安全隔区处理", "iOS 安全隔離區處理"),
    ("生效日期 2026-08-21", "生效日 2026-08-21"),
    ("按键级别的时间数据", "按鍵層級的時間資料"),
    ("尚未发送的暂存记录", "尚未送出的暫存紀錄"),
]


@pytest.mark.parametrize(("hans", "hant"), WORD_PAIRS)
def test_reviewed_word_pairs_are_variants(hans: str, hant: str) -> None:
    assert _key(hans) == _key(hant)


STAY_APART = [
    ("3. 按你所在地区分成两种记录", "3. 依你所在地區分成兩種紀錄"),  # 按 is also to press: one character stays out
    ("游戏正式发售后两年", "遊戲正式上市後兩年"),  # 上市 is also a stock-exchange listing
    ("主机服务商", "主機供應商"),  # a supplier of goods is no service provider
    ("对应到具体的人", "對應到特定的人"),
    ("词汇水平", "詞彙程度"),
    ("生效日期 2026-08-21", "生效日 2026-09-21"),  # a date next to a folded word
    ("应用会在后台运行", "應用程式不會在背景運作"),  # a negation
    ("支持语音播报", "支援語音報讀與錄音"),  # words added
]


@pytest.mark.parametrize(("hans", "hant"), STAY_APART)
def test_differences_of_meaning_stay_apart(hans: str, hant: str) -> None:
    assert _key(hans) != _key(hant)


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("本政策的更新", "政策的更新", True),
        ("本政策如何更新", "政策如何更新", True),
        ("本应用收集的信息", "应用收集的信息", True),
        ("本地处理的数据", "处理的数据", False),  # 地 is no particle: 本地 is a content word
        ("基本信息", "信息", False),
        ("本政策的更新", "本政策", False),
    ],
)
def test_worded_alike_with_ben(a: str, b: str, alike: bool) -> None:
    assert worded_alike(a, b) is alike
    assert worded_alike(b, a) is alike


def _renames(old: str, new: str, tmp_path: Path) -> list[tuple[str | None, str | None]]:
    report = diff_documents(parse_file(tmp_path, "old.md", old), parse_file(tmp_path, "new.md", new))
    return [(s.old.title, s.new.title) for s in report.sections if s.renamed and s.old and s.new]


def test_edition_headings_differing_by_ben_are_not_renamed(tmp_path: Path) -> None:
    hans = "# 隐私政策\n\n## 一、本政策的更新\n\n我们会在后台运行并更新本政策。\n\n## 二、联系我们\n\n请发送邮件。\n"
    hant = "# 隱私權政策\n\n## 一、政策的更新\n\n我們會在背景運作並更新本政策。\n\n## 二、聯絡我們\n\n請送出郵件。\n"
    assert _renames(hans, hant, tmp_path) == []
    report = diff_documents(parse_file(tmp_path, "a.md", hans), parse_file(tmp_path, "b.md", hant))
    assert not has_changes(report)


def test_same_script_heading_without_ben_is_still_a_rename(tmp_path: Path) -> None:
    old = "# 隐私政策\n\n## 一、本政策的更新\n\n我们会更新本政策。\n"
    new = "# 隐私政策\n\n## 一、政策的更新\n\n我们会更新本政策。\n"
    assert _renames(old, new, tmp_path) == [("一、本政策的更新", "一、政策的更新")]
