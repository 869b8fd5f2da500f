"""Regional word pairs across scripts (forty-second session, u42d3; `eval/xscript42`).

1. The reviewed sources of `diff/variants` are read whole: every row of OpenCC's TWPhrases/TWPhrasesRev, the
   Taiwan/Hong Kong variant tables and their phrase files, and policylens' four regional-vocabulary tables (both
   directions) keys the same on both sides, the module's reviewed exclusions and one-character words apart.
2. Thirteen reviewed Taiwan words the 47 cross-script pairs of `eval/` still showed (欺诈/詐欺, 签名/簽章, 澳大利亚/澳洲,
   支付/付款, 苹果/Apple, 重装/重新安裝 …) are no change across scripts, both ways; within one script they are edits.
3. 图像/圖片 is left apart (Taiwan's 圖像 is also an icon): `eval/pairs14dev` barbar keeps its icon paragraphs reworded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens import lexicon
from policylens.diff import diff_documents
from policylens.diff.variants import _EXCLUDE, _LEXICON_EXCLUDE, _LEXICONS, cross_script_key
from policylens.model import Change, DiffReport
from policylens.opencc_data import read_dictionary

EVAL = Path(__file__).resolve().parents[1] / "eval"

# (word, counterpart, source) rows of the reviewed sources that stay apart on purpose, with the module's reason
_APART = {("宏", "巨集"), ("巨集", "宏"), ("端口", "埠"), ("埠", "端口")}  # `_EXCLUDE` 宏; 端口/埠: 埠 is one character


_OPENCC = ("TWPhrases.txt", "TWPhrasesRev.txt", "TWVariants.txt", "HKVariants.txt")


def _simplified(word: str) -> str:
    ts = {k: v[0] for k, v in read_dictionary("TSCharacters.txt").items() if len(k) == 1}
    return "".join(ts.get(c, c) for c in word)


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for name in (*_OPENCC, "TWVariantsRevPhrases.txt", "HKVariantsRevPhrases.txt", "HKVariantsPhrases.txt"):
        rows += [(k, v, name) for k, vs in read_dictionary(name).items() for v in vs]
    for name, _ in _LEXICONS:
        rows += [(k, v, name) for k, vs in lexicon.mapping(name).items() for v in vs]
    return rows


def test_every_row_of_the_reviewed_sources_keys_the_same_on_both_sides() -> None:
    differ = []
    for a, b, source in _rows():
        if cross_script_key(a) == cross_script_key(b) or (a, b) in _APART or min(len(a), len(b)) < 2:
            continue
        pair = (_simplified(a), _simplified(b))
        if pair in _LEXICON_EXCLUDE or pair[::-1] in _LEXICON_EXCLUDE or a in _EXCLUDE or not _EXCLUDE.keys().isdisjoint(pair):
            continue
        # a cn-tw suggestion that is a phrase of two words (IP 地址 → IP位址) keys word by word
        if " " in a or " " in b:
            continue
        differ.append((a, b, source))
    assert differ == []


def _report(old: str, new: str) -> DiffReport:
    return diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))


def _counted(report: DiffReport) -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.variant and not c.reworded]


HANS = (
    "# 隐私政策\n\n## 1. 安全\n\n我们的托管商会记录时间戳，用于反欺诈与信息安全运维。"
    "您通过苹果支付时，我们以签名校验收据，重装本应用后可恢复。\n\n"
    "## 2. 您的权利\n\n您享有可携带权。数据存储在澳大利亚，我们不收集抑郁症等健康数据，结果以流式返回。\n"
)
HANT = (
    "# 隱私政策\n\n## 1. 安全\n\n我們的代管商會記錄時間戳記，用於反詐欺與資安維運。"
    "您透過 Apple 付款時，我們以簽章校驗收據，重新安裝本應用後可恢復。\n\n"
    "## 2. 您的權利\n\n您享有可攜權。資料儲存在澳洲，我們不收集憂鬱症等健康資料，結果以串流返回。\n"
)


@pytest.mark.parametrize(("old", "new"), [(HANS, HANT), (HANT, HANS)])
def test_the_taiwan_words_are_regional_wording_both_ways(old: str, new: str) -> None:
    report = _report(old, new)
    assert report.cross_script
    assert [c for s in report.sections for c in s.changes] == []
    assert [s.status for s in report.sections if s.status != "unchanged"] == []


def test_another_word_or_one_script_is_still_a_change() -> None:
    # across scripts: 付款 → 退款 (a refund) and 澳洲 → 歐洲 (Europe) are no regional wording
    assert len(_counted(_report(HANS, HANT.replace("Apple 付款", "Apple 退款")))) == 1
    assert len(_counted(_report(HANS, HANT.replace("澳洲", "歐洲")))) == 1
    # within one script the text is compared as written: 支付 → 付款, 签名 → 签章 inside one edition are edits
    assert len(_counted(_report(HANS, HANS.replace("苹果支付", "苹果付款")))) == 1
    assert len(_counted(_report(HANT, HANT.replace("簽章", "簽名")))) == 1


def _changes(report: DiffReport) -> list[Change]:
    return [c for s in report.sections for c in s.changes if not c.variant and not c.reworded]


def _pair(folder: Path) -> DiffReport:
    return diff_documents(parse_path(next(folder.glob("old.*"))), parse_path(next(folder.glob("new.*"))))


def test_tut_privacy_hant_payment_wording_regression() -> None:
    # pairs35 annotates 支付信息 → 付款資訊 as wording: its §3 entry 「支付 → 付款」 was a counted change
    report = _pair(EVAL / "pairs35" / "pairs" / "tut-privacy-hant")
    assert not any("付款" in (c.new_text or "") and "支付" in (c.old_text or "") for c in _changes(report))
    assert len(_counted(report)) == 7


def test_barbar_icons_stay_reworded() -> None:
    # 菜单栏图标 / 選單列圖像: Taiwan's 圖像 is an icon here; grouping 图像 with 图片 (a photo) made these changes
    report = _pair(EVAL / "pairs14dev" / "barbar-hans-hant")
    assert len(_counted(report)) == 1
    # the heading 辅助功能（Accessibility） / 輔助使用（Accessibility） is no rename since the fiftieth session (u50x2: the
    # one-way reading 辅助功能 → 輔助使用, `variants.READINGS`; the annotation lists it as Taiwan wording)
    assert sum(1 for s in report.sections if s.renamed) == 0
