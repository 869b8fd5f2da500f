"""Script and region detection, and the stored OpenCC-derived data."""

from __future__ import annotations

import json

from policylens.script import DATA_FILE, derive_script_data, detect_region, detect_script, script_sets


def test_stored_sets_match_installed_opencc() -> None:
    stored = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    assert stored == derive_script_data(), "run `python -m policylens.script` to refresh data/opencc_sets.json"


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
