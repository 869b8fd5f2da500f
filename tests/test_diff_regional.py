"""Regional editions in one script (zh-TW against zh-HK): variant characters and Hong Kong wording are variants.

The class: two Traditional texts that differ only by OpenCC t2hk (説明/說明, 帳户/帳戶, 閲讀/閱讀) and
Hong Kong wording (軟件/軟體, 網絡/網路, 賬戶/帳戶) have no change, whether the region is detected from
the text (私隱/電郵 present) or given by the caller (`regional=True`, as `compare` does for two editions).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED
from policylens.diff import diff_documents, has_changes
from policylens.load import load
from policylens.structure import build_document

opencc = pytest.importorskip("opencc")

HK_WORDING = (("軟體", "軟件"), ("網路", "網絡"), ("帳戶", "賬戶"))


def _hk(text: str) -> str:
    text = opencc.OpenCC("t2hk").convert(text)
    for tw, hk in HK_WORDING:
        text = text.replace(tw, hk)
    return text


def _doc(text: str, tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return build_document(load(str(path)))


def test_hong_kong_conversion_has_no_change_when_the_caller_says_the_editions_differ(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    old, new = _doc(seed, tmp_path, "tw.txt"), _doc(_hk(seed), tmp_path, "hk.txt")
    assert has_changes(diff_documents(old, new))  # same script, region not detectable: a plain diff shows them
    assert not has_changes(diff_documents(old, new, regional=True))


def test_hong_kong_conversion_has_no_change_when_the_region_is_detected(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8").replace("隱私權政策", "私隱政策").replace("電子郵件", "電郵")
    old = _doc(seed.replace("私隱政策", "隱私權政策").replace("電郵", "電子郵件"), tmp_path, "tw.txt")
    new = _doc(_hk(seed), tmp_path, "hk.txt")
    assert (old.metadata.region, new.metadata.region) == ("tw", "hk")
    report = diff_documents(old, new)
    changed = [s for s in report.sections if s.status not in ("unchanged",)]
    # only the wording 隱私權政策 → 私隱政策 and 電子郵件 → 電郵 remains, and both are regional variants
    assert not has_changes(report), [(s.status, s.old.title if s.old else None) for s in changed]


def test_a_real_edit_between_regional_editions_is_still_a_change(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    edited = _hk(seed).replace("我們認為父母有責任監督兒童", "我們認為父母及監護人有責任監督兒童")
    report = diff_documents(_doc(seed, tmp_path, "tw.txt"), _doc(edited, tmp_path, "hk.txt"), regional=True)
    changed = [s for s in report.sections if s.status == "modified"]
    assert len(changed) == 1
    assert "監護人" in "".join(c.new_text or "" for s in changed for c in s.changes)
