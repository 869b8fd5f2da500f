"""A company renamed in a paragraph compared across scripts (thirty-seventh session, u37p).

`diff/orgs.py`, called by `content.reworded`: eval/pairs37 sw-hant compares a zh-Hans policy converted to Taiwan
traditional against the edited zh-Hans text; the operator of a service changed (云上贵州大数据产业发展有限公司 →
云上艾珀（贵州）技术有限公司（下称云上贵州）), yet the paragraph was shown `≃` "reworded across scripts … not counted as
changes": `content` reads Latin names and Han parties as roles, not a company's Han name.  A company's name ending
(the last Han letters before 有限公司) must agree on the cross-script key for a paragraph to be reworded.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path
from policylens.diff import diff_documents
from policylens.diff.content import reworded
from policylens.diff.orgs import org_tails

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "eval" / "pairs37" / "pairs"

OLD_HANT = "iCloud（由雲上貴州運營）服務由雲上貴州大資料產業發展有限公司運營。"
RENAMED = "iCloud（由云上贵州运营）服务由云上艾珀（贵州）技术有限公司运营。"
SAME = "iCloud（由云上贵州运营）服务由云上贵州大数据产业发展有限公司负责运营。"


def test_org_tails_read_across_scripts_brackets_and_spaces() -> None:
    assert org_tails("深圳市騰訊計算機系統有限公司") == org_tails("深圳市腾讯计算机系统 有限公司")
    assert org_tails(OLD_HANT) == ("产业发展",)
    assert org_tails("华为终端（深圳）有限公司与北京字节跳动科技股份有限公司") == ("终端深圳", "跳动科技")
    assert org_tails("本公司和我们的关联公司") == ()


def test_a_renamed_company_is_not_reworded() -> None:
    assert not reworded(OLD_HANT, RENAMED)


def test_the_same_company_in_other_words_stays_reworded() -> None:
    assert reworded(OLD_HANT, SAME)


def test_sw_hant_regression() -> None:
    pair = PAIRS / "sw-hant"
    report = diff_documents(parse_path(pair / "old.md"), parse_path(pair / "new.md"))
    changes = [c for s in report.sections for c in s.changes]
    assert len(changes) == 7
    renamed = [c for c in changes if c.new_text and "艾珀" in c.new_text]
    assert len(renamed) == 1 and not renamed[0].reworded
    assert not [s for s in report.sections if s.status in ("added", "removed")]
