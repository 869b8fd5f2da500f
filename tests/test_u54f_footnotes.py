"""Fifty-fourth session (u54f): a footnote's body in square brackets is no template slot (issue #11, class 1).

After eval/blind/round54p's false error on macaowater-mo-vue L104 (held out there; **after, not blind**): the Macau
water company's terms mark 「…以致未能在最後截水日期完成繳費[註1]，…」 and give the note's body a few lines below as
its own paragraph, 「[註1: 在有關款項實際支付至澳門自來水股份有限公司的帳戶時，方視為完成繳費。]」.  The optional-clause form
(`placeholder_optional_clause`, u50k3: an HK template's optional sentence left whole in its brackets) took the body for
a clause the operator never decided.  A note word with a number (註1, 注一, 附註(1), 腳註①, Note 1) or a bare number
before the colon opens a footnote's body: the published text.  The marks (「[註1]」, 「（註一）」, 「【注】」, 「※註一：」,
"[1]") were already quiet and are kept so here; the optional clause itself still fires.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines, slot_findings

_ROOT = Path(__file__).resolve().parents[1]

# Forms constructed from the real ones: macaowater's body (Traditional, Macau), the same in Simplified, other numbering
# (一, (1), ①), other note words (附註, 腳註, 脚注, 尾注) and an English-labelled body.
_BODIES_HANT = [
    "若因系統故障以致未能在最後截水日期完成繳費[註1]，本公司將不會負上任何責任[註2]。",
    "[註1: 在有關款項實際支付至本公司的帳戶時，方視為完成繳費。]",
    "[註2：本條款所稱之帳戶，係指本公司於澳門之銀行帳戶，不包括其他帳戶。]",
    "[註一：在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。]",
    "[註(1)：在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。]",
    "[註①：在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。]",
    "[附註1：在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。]",
    "[腳註 1：在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。]",
    "［註1：在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。］",
    "[1: 在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。]",
    "[Note 1: 在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。]",
]
_BODIES_HANS = [
    "我们会收集您的设备信息[注1]，用于保障账号安全。",
    "[注1：设备信息包括设备型号和操作系统版本，我们不会收集您的通讯录。]",
    "[注一：设备信息包括设备型号和操作系统版本，我们不会收集您的通讯录。]",
    "[脚注1：设备信息包括设备型号和操作系统版本，我们不会收集您的通讯录。]",
    "[尾注2：设备信息包括设备型号和操作系统版本，我们不会收集您的通讯录。]",
]
# Marks and bodies in the other forms real texts use (「註一：於 Build Machine 進行測試。」, 「※註一：本函主旨…」,
# 「核釋既成巷路（註一）上空…」 in public Taiwanese texts; 【注】, [1] and "Note 1:" written for the class)
_MARKS = [
    "核釋既成巷路（註一）上空可否加建陽台（註二）之疑義，本局將依法處理閣下的個人資料。",
    "※註一：本聲明中之「個人資料」，係指個人資料保護法第二條所定義之資料。",
    "※註：本聲明中之「一公尺」，現行規則已修正為「二點零公尺」。",
    "註一：於本局網站進行之查詢，本局不會保存閣下的查詢紀錄。",
    "【註1】在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。",
    "（註一）在有關款項實際支付至本公司的帳戶時，方視為完成繳費，逾期者另計。",
]
_BODIES_EN = [
    "We collect your device model[1] and your IP address[2].",
    "[1] The model name reported by your phone, such as iPhone 15.",
    "[Note 2: We keep the address for 30 days, then delete it.]",
    "[Footnote 2: We keep the address for 30 days, then delete it.]",
]


@pytest.mark.parametrize(
    ("head", "lines"),
    [(HEAD_HANT, _BODIES_HANT), (HEAD_HANS, _BODIES_HANS), (HEAD_HANT, _MARKS), (HEAD_EN, _BODIES_EN)],
    ids=["hant-bodies", "hans-bodies", "marks", "en"],
)
def test_a_footnote_body_or_mark_is_no_slot(tmp_path: Path, head: str, lines: list[str]) -> None:
    assert not paragraph_slot_lines(tmp_path, head, lines) & paragraph_lines(lines)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANT, "[倘若我們向閣下發出電郵,我們可能置入一個標記,使我們識辨已被打開及瀏覽的電郵。]"),
        (HEAD_HANT, "[如閣下註冊帳戶，我們將收集閣下的電郵地址，用於登入及通知。]"),  # 註冊 is no note word
        (HEAD_HANS, "[注意到您通过第三方账号登录时，我们将获取您的公开昵称和头像。]"),  # 注意 neither
        (HEAD_HANS, "[如您通过第三方账号登录，我们将获取您的公开昵称和头像。]"),
        # (u54r review) a time opening the clause is no footnote's number 「10:」
        (HEAD_HANS, "[10:00 至 18:00 期间提交的申请，我们将在当日处理，其他时间提交的顺延。]"),
        (HEAD_HANT, "[9：30 前提交的刪除申請，我們會於當日處理，其餘順延至下一個工作日。]"),
    ],
)
def test_an_optional_clause_still_fires(tmp_path: Path, head: str, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, head, [line]) == {7}


def test_round54p_macaowater_footnote_regression() -> None:
    """eval/blind/round54p macaowater-mo-vue: no placeholder finding (L104 was a false error); 「[註1]」 sits on L103."""
    path = _ROOT / "eval/blind/round54p/holdout/macaowater-mo-vue/RegisterPhone.vue"
    assert "[註1: " in path.read_text(encoding="utf-8").splitlines()[103]
    assert slot_findings(path) == []
