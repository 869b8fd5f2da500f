"""Script and region detection, and the stored OpenCC-derived data."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.opencc_data import derive_script_data
from policylens.script import DATA_FILE, detect_region, detect_script, script_sets


def test_stored_sets_match_installed_opencc() -> None:
    stored = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    assert stored == derive_script_data(), "run `python -m policylens.opencc_data` to refresh data/opencc_sets.json"


def test_shared_characters_are_never_script_specific() -> None:
    hant, hans = script_sets()
    for ch in "目介件的是在於台里后只面干系":
        assert ch not in hant and ch not in hans, ch
    assert {"資", "隱", "們", "權"} <= hant
    assert {"资", "隐", "们", "权"} <= hans


def test_detect_script_and_region() -> None:
    assert detect_script("我們重視您的隱私權與個人資料") == "hant"
    assert detect_script("我们重视您的隐私权与个人信息") == "hans"
    assert detect_script("我們重視隱私權，我们重视隐私权") == "mixed"
    assert detect_script("Privacy Policy") is None
    assert detect_region("我们重视您的隐私", "hans") == "cn"
    assert detect_region("我們透過網路收集您的資料，並使用軟體分析", "hant") == "tw"
    assert detect_region("Privacy", None) is None


def _reference_script(text: str) -> str | None:
    """detect_script as first written: count every script-specific character."""
    hant, hans = script_sets()
    t, s = sum(c in hant for c in text), sum(c in hans for c in text)
    if not t and not s:
        return None
    if min(t, s) / (t + s) >= 0.1:
        return "mixed"
    return "hant" if t > s else "hans"


def _reference_region(text: str, script: str | None) -> str | None:
    """detect_region as first written: count every Taiwan phrase and every Hong Kong character."""
    from policylens.script import _hk_chars, regional_phrases

    if script == "hans":
        return "cn"
    if script != "hant":
        return None
    sample = text[:2_000]
    tw = sum(sample.count(p) for p in regional_phrases()[0])
    hk = sum(sample.count(c) for c in _hk_chars())
    # Hong Kong wording first: 私隱 (not inside 隱私隱…) or 電郵, outnumbering Taiwan words
    privacy = len(re.findall("(?<!隱)私隱", text))
    if privacy or "電郵" in text:
        hk_words = privacy + sum(text.count(w) for w in ("電郵", "網絡", "軟件", "流動電話", "香港"))
        if hk_words + hk > sum(text.count(w) for w in ("網路", "軟體", "隱私權", "臺灣", "台灣", "個資", "使用者")):
            return "hk"
    return "tw" if tw > hk else "hk" if hk > tw else None


PIECES = st.sampled_from(
    [
        "資料",
        "資訊",
        "軟體",
        "網路",
        "為",
        "台",
        "啟",
        "衞",
        "着",
        "个人",
        "信息",
        "我們",
        "的",
        "隱私",
        "隐私",
        "abc",
        "\n",
        "私隱",
        "電郵",
        "網絡",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join))
def test_shortcuts_decide_like_full_counts(text: str) -> None:
    assert detect_script(text) == _reference_script(text)
    for script in ("hant", "hans", None):
        assert detect_region(text, script) == _reference_region(text, script)


def test_shortcuts_decide_like_full_counts_on_the_corpus() -> None:
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[1] / "corpora").rglob("*.*")):
        if path.suffix in {".txt", ".md", ".html", ".htm", ".ftl"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert detect_script(text[:6000]) == _reference_script(text[:6000]), path
            assert detect_region(text, "hant") == _reference_region(text, "hant"), path


def test_common_taiwan_phrases_are_taiwan_phrases() -> None:
    from policylens.script import _COMMON_TAIWAN, regional_phrases

    assert set(_COMMON_TAIWAN) <= regional_phrases()[0]


def test_forms_both_regions_write_are_not_hong_kong_evidence() -> None:
    """為, 偽, 秘, 眾, 啟… are Taiwan's forms too (TWVariants): a Taiwan page with one 電郵 stays tw."""
    from policylens.script import _hk_chars, detect_region

    assert not {"為", "偽", "秘", "眾", "啟", "針", "才"} & _hk_chars()
    assert {"衞", "説", "户", "温"} <= _hk_chars()
    taiwan = (
        "隱私權政策。客服電郵信箱：service@example.com.tw。"
        + "本公司為提供使用者服務，為保障使用者權益，為處理帳務及網路交易，依法為之。" * 3
    )
    assert detect_region(taiwan, "hant") == "tw"
    hong_kong = "本公司重視你的私隱。如有查詢，請電郵至本公司，或致電香港辦事處。我們使用網絡及軟件處理資料。"
    assert detect_region(hong_kong, "hant") == "hk"


def test_standard_taiwan_characters_opencc_converts_are_not_simplified() -> None:
    """雇 (雇主, Taiwan's 就業服務法), 霉 (發霉), 肴 (菜肴): OpenCC maps them to 僱/黴/餚, Taiwan writes both."""
    from policylens.opencc_data import TRADITIONAL_TOO
    from policylens.script import detect_script, script_sets

    _, hans = script_sets()
    assert not TRADITIONAL_TOO & hans
    assert {"与", "机", "网", "体"} <= hans  # Simplified forms Big5 happens to encode stay Simplified
    assert detect_script("依就業服務法，雇主應保護求職人之個人資料。食品發霉時請勿食用。") == "hant"
