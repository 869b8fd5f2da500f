"""A sentence one language lacks whose only evidence is a name the other edition writes throughout is unsure (u55e,
`compare.pervasive`).

The Chinese summary's 「用户通过 Android 分享面板选择备份的目的地。」 lacks only "android" in the English summary, and
the English edition writes Android in three other sections: unsure (0.3), kept for a reviewer.  Written in two
sections only, or lacking anything else (an e-mail, a concept), the entry stays sure.  Regression: eval/editions54
timer-old (false, said in the English §6), eval/editions39 whyspend (iCloud; false), eval/editions45 mindfulwork-lag
(the product's name; borderline); the true entries of those groups stay sure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import compare_folder, compare_product

ROOT = Path(__file__).resolve().parents[1] / "eval"

EN = """# Privacy Policy

## 1. Summary

The app keeps your timers on the device. It sends nothing to any server.

## 2. Permissions

The app asks Android for the notification permission only.

## 3. Backups

You can export a backup and hand it to the Android share sheet.

## 4. Contact

Questions about the Android app: help@example.org
"""

ZH = """# 隐私政策

## 1. 摘要

本应用把计时器保存在设备上。本应用不会向任何服务器发送内容。{extra}

## 2. 权限

本应用只向 Android 申请通知权限。

## 3. 备份

你可以导出备份，并交给 Android 分享面板。

## 4. 联系方式

关于 Android 应用的问题：help@example.org
"""

SHARE = "用户通过 Android 分享面板选择备份的目的地。"


def _sentences(tmp_path: Path, en: str, extra: str = SHARE) -> list[dict[str, Any]]:
    product = compare_folder(tmp_path / "p", {"en.md": en, "zh-Hans.md": ZH.format(extra=extra)})
    return [x for x in product["sentences"] if x["text"] == extra]


def test_a_name_written_in_three_other_sections_is_no_sure_evidence(tmp_path: Path) -> None:
    (entry,) = _sentences(tmp_path, EN)
    assert entry["confidence"] == 0.3 and entry["lacks"][0] == "android"


def test_a_name_written_in_two_sections_stays_sure(tmp_path: Path) -> None:
    en = EN.replace("Questions about the Android app:", "Questions about the app:")
    (entry,) = _sentences(tmp_path, en)
    assert entry["confidence"] == 0.9


def test_other_evidence_keeps_the_entry_sure(tmp_path: Path) -> None:
    """The sentence also says the backup is never sold, which the English edition says nowhere."""
    extra = "用户通过 Android 分享面板选择备份的目的地，我们不会出售你的备份。"
    (entry,) = _sentences(tmp_path, EN, extra)
    assert entry["confidence"] >= 0.5 and len([k for k in entry["lacks"] if not k.startswith("topic ")]) > 1


def _by_confidence(group: Path) -> dict[bool, list[str]]:
    """The texts of the group's sentence entries, sure (True) and unsure (False)."""
    out: dict[bool, list[str]] = {True: [], False: []}
    for x in compare_product(group)["sentences"]:
        out[x["confidence"] >= 0.5].append(x["text"])
    return out


def test_editions54_timer_old_share_sheet_sentence_is_unsure_and_the_microphone_sentence_sure() -> None:
    found = _by_confidence(ROOT / "editions54" / "editions" / "timer-old")
    sure = set(found[True])
    # (u55r) unsure, kept for a reviewer: not merely absent from the sure entries
    assert "使用者透過 Android 分享面板選擇目的地。" in found[False] and "使用者透過 Android 分享面板選擇目的地。" not in sure
    assert "麥克風輸入與辨識候選不會保存，僅在響鈴畫面顯示期間使用，並在指令比對後捨棄。" in sure  # TO4, true
    assert any("FOREGROUND_SERVICE_MEDIA_PLAYBACK" in t for t in sure)  # TO5, true


def test_editions39_whyspend_icloud_sentence_is_unsure() -> None:
    found = _by_confidence(ROOT / "editions39" / "editions" / "whyspend")
    sure = set(found[True])
    assert "- 通过 iCloud 时遵循 Apple CloudKit 的安全模型" in found[False] and "- 通过 iCloud 时遵循 Apple CloudKit 的安全模型" not in sure
    assert any("管辖" in t for t in sure)  # W1's governing-law sentence, true, stays
