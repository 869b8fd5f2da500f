"""regional-vocabulary on every zh-Hant file of corpora/: only terms reviewed by hand as mainland wording.

A new term found in these Taiwan editions fails this test until someone has looked at it
and either added it here (it is mainland wording) or to cn-tw.exclude.tsv (it is not).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

ROOT = Path(__file__).resolve().parents[2]
REVIEWED = {
    # term: why a Taiwan reviewer marks it
    "IP 地址": "IP 位址 in Taiwan",
    "MAC 地址": "MAC 位址",
    "MAC地址": "MAC位址",
    "合同": "合約 / 契約",
    "固件": "韌體",
    "序列號": "序號",
    "推送": "推播 (for notifications); debatable for firmware updates",
    "數據": "資料",
    "服務提供商": "服務供應商",
    "水平": "水準 (level)",
    "消息底部": "訊息",
    "臨時消息": "訊息",
    "激活": "啟用",
    "算法": "演算法",
    "網際網路協議": "協定 (protocol)",
    "計算機": "電腦",
    "質量": "品質",
    "賬戶": "帳戶",
    "身份": "身分 (MOE standard)",
    "運營": "營運",
    "郵箱": "電子郵件信箱",
    "首選項": "偏好設定",
    "訪問": "造訪 / 存取",
}
TAIWAN_EDITIONS = sorted((ROOT / "corpora").glob("*/zh-Hant*"))


@pytest.mark.parametrize("path", TAIWAN_EDITIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_only_reviewed_terms_in_taiwan_editions(path: Path) -> None:
    report = check_file(str(path), CheckOptions(no_config=True, select=("regional-vocabulary",)))
    assert report.error is None
    assert {f.excerpt for f in report.findings} <= set(REVIEWED)


def test_seed_reviewer_list_is_found() -> None:
    seed = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"
    found = {f.excerpt for f in check_file(str(seed), CheckOptions(no_config=True, select=("regional-vocabulary",))).findings}
    wanted = {"計算機", "IP 地址", "網際網路協議", "合同", "序列號", "首選項", "臨時消息", "水平", "服務提供商", "身份"}
    assert wanted <= found
