"""Region detection for the regional-vocabulary tables: Hong Kong is told from Taiwan."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.script import detect_region

ROOT = Path(__file__).resolve().parents[2]
HONG_KONG = "私隱政策\n\n本公司重視閣下的私隱。我們會透過網絡收集個人資料，包括電郵地址及流動電話號碼，以改善軟件。"


def test_hong_kong_wording_is_hk() -> None:
    assert detect_region(HONG_KONG, "hant") == "hk"


@pytest.mark.parametrize(
    "text", ["我們重視您的隱私隱私權政策說明如下。", "請以電郵聯絡我們。我們透過網路與軟體提供隱私權保護，臺灣使用者適用。"]
)
def test_taiwan_text_with_a_hong_kong_looking_word_stays_tw(text: str) -> None:
    assert detect_region(text, "hant") != "hk"


@pytest.mark.parametrize("path", sorted((ROOT / "corpora").glob("*/zh-Hant*")), ids=lambda p: p.parent.name)
def test_corpus_taiwan_editions_are_not_hong_kong(path: Path) -> None:
    assert detect_region(path.read_text(encoding="utf-8"), "hant") != "hk"
