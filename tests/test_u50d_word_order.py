"""A translator's word order across scripts (fiftieth session, u50d; eval/pairs49 ginkgo-xscript, eval/pairs50d
verity-xscript).

Two editions of one version translated apart put the same parties and data elsewhere in a sentence
(「我们不会向任何第三方出售、出租或分享您的个人数据」 / 「我們不會將您的個人資料出售、出租或分享給任何第三方」), add a
future 會 (「在 Chrome 设备端处理」 / 「會在 Chrome 裝置端處理」), drop the 将其 that brings an object forward
(「也不会将其用于广告」 / 「也不會用於廣告」) or write 、 for a comma between clauses (`content._joints`).  The rewording gate refused every meaning word out of order, so each was
shown as a change of an expected-clean edition pair.  `diff/word_order.py` lets the arguments (parties, actors, places,
data) move with their roles (向/给 X: to X; X的: of X) and the verb run they belong to, when the skeleton — verbs,
negations, modality, conditions, restrictions — keeps its order and the subject stays.  Who does what to whom must
stay a change: the negative forms below are each a real change of meaning and are refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.diff import diff_documents
from policylens.diff.content import close_in_meaning, reworded

EVAL = Path(__file__).resolve().parents[1] / "eval"

# a translator's word order, a future 会 added, 将其 dropped, 联系我们 / 與我們聯絡: the same content (reworded)
SAME = [
    ("我们不会向任何第三方出售、出租或分享您的个人数据。", "我們不會將您的個人資料出售、出租或分享給任何第三方。"),
    ("我们不会向第三方出售您的个人信息。", "我們不會將您的個人資訊出售給第三方。"),
    ("- Translator 与 Language Detector 在 Chrome 设备端处理。", "- Translator 與 Language Detector 會在 Chrome 裝置端處理。"),
    ("我们也不会将其用于广告或无关用途。", "我們也不會用於廣告或無關用途。"),
    ("如果您对您的数据有任何疑问，请联系我们：", "如果您對您的資料有任何疑慮，請與我們聯絡："),
    ("我们会将您的照片保存在您的设备上。", "我們會把您的照片保存在您的裝置上。"),
    ("我们会将照片保存在设备上。", "我們會保存照片在裝置上。"),
    # a comma between clauses written as an enumeration comma (verity-xscript's 安全 paragraph)
    ("我们限制网络目的地，将代码打包在应用内，并提供离线锁定。", "我們限制網路目的地、將程式碼打包在應用程式內，並提供離線鎖定。"),
]

# real changes of meaning written in the other script: who does what to whom, a negation moved, a restriction's
# scope, a number, a party added, data items swapped between a negated and an affirmed verb
CHANGED = [
    ("我们不会向第三方出售您的个人数据。", "第三方不會向我們出售您的個人資料。"),
    ("我们会向您提供第三方的数据。", "我們會向第三方提供您的資料。"),
    ("我们向第三方提供您的数据。", "我們向您提供第三方的資料。"),
    ("我们不会出售您的数据，但会共享给第三方。", "我們會出售您的資料，但不會共享給第三方。"),
    ("仅在您同意时我们才会收集您的位置。", "在您同意時我們才會僅收集您的位置。"),
    ("我们会在 30 天内删除您的数据。", "我們會在 60 天內刪除您的資料。"),
    ("我们不会出售您的数据。", "我們不會將您的資料出售給第三方。"),
    ("我们不会收集您的位置，会收集您的姓名。", "我們不會收集您的姓名，會收集您的位置。"),
    ("我们收集您的姓名，并删除您的位置。", "我們收集您的位置，並刪除您的姓名。"),
    ("卸载应用程序将删除所有本地存储的数据。", "解除安裝應用程式將會移除所有儲存在本機的資料。"),
    ("我们不会向任何第三方出售您的个人数据。", "我們不會將您的個人資料出售給第三方。"),
    ("我们收集您的姓名，并用于验证。", "我們收集您的姓名、電話，並用於驗證。"),
    ("如果您同意，我们会收集您的位置。", "如果我們同意，您會收集您的位置。"),
    ("如果您同意，我们会收集您的位置。", "若我們同意，您會收集您的位置。"),
    ("我们会通知您。", "您會通知我們。"),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_a_translators_word_order_is_reworded(old: str, new: str) -> None:
    assert reworded(old, new)
    assert reworded(new, old)


@pytest.mark.parametrize(("old", "new"), CHANGED)
def test_a_change_of_meaning_across_scripts_stays_a_change(old: str, new: str) -> None:
    assert not reworded(old, new)
    assert not reworded(new, old)


def test_the_gate_alone_refuses_moved_verbs_and_negations() -> None:
    # the content fields agree here (one negation, the same verbs); only the order of the skeleton differs
    assert not close_in_meaning("我们不会出售、会共享您的数据。", "我們會出售、不會共享您的資料。")
    assert close_in_meaning("我们不会向第三方出售您的数据。", "我們不會將您的資料出售給第三方。")


def _changes(pair: Path) -> list[tuple[bool, str]]:
    report = diff_documents(parse_path(next(pair.glob("old.*"))), parse_path(next(pair.glob("new.*"))))
    return [(c.reworded, c.new_text or "") for s in report.sections for c in s.changes]


def test_ginkgo_xscript_word_order_sentence_is_reworded() -> None:
    changes = _changes(EVAL / "pairs49" / "pairs" / "ginkgo-xscript")
    third = [r for r, text in changes if "出售、出租或分享給任何第三方" in text]
    assert third == [True]


def test_verity_xscript_translator_sentences_are_reworded() -> None:
    changes = _changes(EVAL / "pairs50d" / "pairs" / "verity-xscript")
    for needle in ("會在 Chrome 裝置端處理", "也不會用於廣告", "將可執行程式碼打包在擴充功能內"):
        assert [r for r, text in changes if needle in text] == [True], needle


def test_mercury_xscript_update_keeps_its_three_changes() -> None:
    # the older zh-CN page against the newer zh-TW one: a renamed endpoint, a paragraph, a sentence appended
    changes = _changes(EVAL / "pairs50d" / "pairs" / "mercury-xscript-update")
    real = [text for r, text in changes if not r]
    assert len(real) == 3
    assert any("OpenAI 相容 / Sub2API 端點" in t for t in real)
    assert any("模型探索" in t for t in real)
    assert any("4,113,088" in t for t in real)
