"""eval/pairs52 buttsnap-xscript's 31 entries judged noise, read one by one (fifty-fourth session, u54d; verdicts in
/work/notes/u54d.md): none is the same meaning by a form that holds in every text, so none is folded.  Each line below
swaps, adds or drops a word that changes a term, a scope, a party or a modality (所有权 → 自主權, 用户画像 → 使用者分析,
银行卡 → 銀行資料, 收集 → 收到, 建议 → 可以, 完全 / 随时 / 详细 / 您的所有 dropped), so the reworded gate must keep reading
it as a change; the guard fails if a later fold makes any of them `reworded`."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, reworded_both_ways
from policylens.diff import diff_documents

EVAL = Path(__file__).resolve().parents[1] / "eval"

# (old zh-Hans line, new zh-Hant line): a meaning word differs
KEPT = [
    ("我们支持完整的数据所有权：", "我們支援完整的資料自主權："),  # ownership → autonomy
    (
        "由于我们不收集用户数据，因此不存在使用个人信息用于商业目的、广告投放、用户画像或其他任何用途。",
        "由於我們不收集使用者資料，因此不會將個人資訊用於商業用途、廣告、使用者分析或其他用途。",
    ),  # profiling → analytics
    (
        "- 我们**不会**获取您的支付信息（信用卡号、银行卡等）",
        "- 我們**不會**收到你的付款資訊，例如信用卡號或銀行資料",
    ),  # obtain → receive, card → details
    (
        "为改善应用稳定性，我们可能通过 Apple 提供的崩溃报告服务收集完全匿名的技术信息：",
        "為了改善 App 穩定性，我們可能透過 Apple 的當機回報服務收到完全匿名的技術資訊：",
    ),  # collect → receive
    (
        "这些服务受 Apple 隐私政策的约束。建议您阅读 Apple 的隐私政策。",
        "這些服務受 Apple 隱私權政策約束。你可以閱讀 Apple 隱私權政策。",
    ),  # advise → may
    ("- 导入功能支持在新设备上完整恢复您的所有数据", "- 匯入功能支援在新裝置上完整還原資料"),  # all of your data → data
    (
        "- **删除权**：随时在 App 内删除贴纸，或删除 App 清除所有本地数据",
        "- **刪除權**：可在 App 內刪除貼紙，或刪除 App 以移除全部本機資料",
    ),  # any time dropped
    ("- **知情权**：本隐私政策详细说明了我们的数据处理方式", "- **知情權**：本政策說明我們如何處理資料"),  # in detail dropped
]


@pytest.mark.parametrize(("old", "new"), KEPT)
def test_a_meaning_word_swapped_stays_a_change(old: str, new: str) -> None:
    assert reworded_both_ways(old, new) == (False, False)


def test_real_pair_buttsnap_noise_entries_stay_changes() -> None:
    """The pair's counted entries on the base 735b9f5b: 36 (31 judged noise, 4 true, and 「（如您选择订阅）」 dropped, judged
    optional); u54d folds none."""
    d = EVAL / "pairs52" / "pairs" / "buttsnap-xscript"
    report = diff_documents(parse_path(d / "old.md"), parse_path(d / "new.md"))
    counted = [c for s in report.sections for c in s.changes if c.counted]
    assert len(counted) == 36
