"""`compare`'s facts across editions of one version (fourteenth session, c9f).

Three classes a blind round of real edition groups showed, each with its look-alikes:

- one company's legal name in each script's wording (北京日轩信息科技有限公司 /
  北京日軒資訊科技有限公司) is one controller; two names in one script that differ
  (信息科技 / 信息技术), or two companies, stay a divergence;
- one legal instrument in each region's wording (标准合同条款 / 標準契約條款,
  《通用数据保护条例》 / 《一般資料保護規則》) is one law (cli/policylens/data/lexicons/laws.tsv and the
  diff's cross-script key); two different laws stay apart;
- between independent translations, a line in one edition only that carries a registration,
  a contact or a party (「京ICP备…号」) is a sure divergence; a reworded line, or a one-sided
  line whose fact the other edition holds elsewhere, stays unsure.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from helpers import compare_product
from policylens.compare.facts import _cross_key, _law_table, laws, line_facts, same_controller


def _compare(tmp_path: Path, hans: str, hant: str) -> list[dict[str, Any]]:
    folder = tmp_path / "rixuan"
    folder.mkdir()
    (folder / "zh-Hans.2024-05-01.md").write_text(hans, encoding="utf-8")
    (folder / "zh-Hant.2024-05-01.md").write_text(hant, encoding="utf-8")
    product = compare_product(folder)
    divergences: list[dict[str, Any]] = product["divergences"]
    return divergences


# -- controller ---------------------------------------------------------------------------------

HANS_CONTROLLER = "# 隐私政策\n\n本政策由{name}（以下简称“我们”）制定。\n\n## 一、联系我们\n\n邮箱：privacy@rixuan.cn\n"
HANT_CONTROLLER = "# 隱私政策\n\n本政策由{name}（以下簡稱「我們」）制定。\n\n## 一、聯絡我們\n\n電子郵件：privacy@rixuan.cn\n"


@pytest.mark.parametrize(
    ("hans", "hant"),
    [
        ("北京日轩信息科技有限公司", "北京日軒資訊科技有限公司"),  # 信息 → 資訊 inside the name
        ("北京日轩信息技术有限公司", "北京日軒資訊科技有限公司"),  # OpenCC tw2sp's reading of it
        ("深圳市日轩网络科技有限公司", "深圳市日軒網路科技有限公司"),  # 网络 → 網路
        ("北京日轩科技有限公司", "北京日軒科技有限公司"),  # characters only
    ],
)
def test_one_company_in_both_scripts_is_one_controller(tmp_path: Path, hans: str, hant: str) -> None:
    assert same_controller(hant, hans) and same_controller(hans, hant)
    divergences = _compare(tmp_path, HANS_CONTROLLER.format(name=hans), HANT_CONTROLLER.format(name=hant))
    assert [d for d in divergences if d.get("fact") == "controller"] == []


@pytest.mark.parametrize(
    ("hans", "hant"),
    [
        ("北京月轩信息科技有限公司", "北京日軒資訊科技有限公司"),  # another company
        ("上海日轩信息科技有限公司", "北京日軒資訊科技有限公司"),  # another city's company
        ("北京日轩信息科技有限公司", "北京日軒資訊科技股份有限公司"),  # another legal form
    ],
)
def test_two_companies_stay_a_divergence(tmp_path: Path, hans: str, hant: str) -> None:
    assert not same_controller(hant, hans)
    divergences = _compare(tmp_path, HANS_CONTROLLER.format(name=hans), HANT_CONTROLLER.format(name=hant))
    assert [(d["base_value"], d["value"]) for d in divergences if d.get("fact") == "controller"] == [(hant, hans)]


def test_same_script_names_are_compared_letter_for_letter() -> None:
    # two mainland companies: 信息科技 and 信息技术 are different legal names, though one Taiwan word (資訊科技) covers both
    assert not same_controller("北京日轩信息科技有限公司", "北京日轩信息技术有限公司")
    assert not same_controller("北京日軒資訊科技有限公司", "北京日軒信息科技有限公司")  # both Traditional: 資訊 is not 信息 here
    assert not same_controller("北京日轩信息科技有限公司", "Rixuan Technology Co., Ltd.")  # Latin and Chinese: not comparable
    assert same_controller("Rixuan Technology Co., Ltd.", "Rixuan Technology Co. Ltd")


# -- laws -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hans", "hant", "key"),
    [
        ("标准合同条款", "標準契約條款", "scc"),
        ("《通用数据保护条例》", "《一般資料保護規則》", "gdpr"),
        ("欧盟《一般数据保护规则》", "歐盟一般資料保護法規", "gdpr"),  # the first only through the cross-script key
        ("《加州消费者隐私保护法》", "《加州消費者隱私權法》", "ccpa"),
        ("《网络安全法》", "《網路安全法》", "csl"),
        ("Standard Contractual Clauses (SCCs)", "標準契約條款", "scc"),
    ],
)
def test_one_law_in_each_regions_wording(hans: str, hant: str, key: str) -> None:
    assert [k for k, _ in laws(hans)] == [key]
    assert [k for k, _ in laws(hant)] == [key]


LAW_HANS = "# 隐私政策\n\n## 一、跨境传输\n\n我们依据{law}向境外传输您的个人信息。\n\n## 二、联系我们\n\n邮箱：privacy@rixuan.cn\n"
LAW_HANT = "# 隱私政策\n\n## 一、跨境傳輸\n\n我們依據{law}向境外傳輸您的個人資料。\n\n## 二、聯絡我們\n\n電子郵件：privacy@rixuan.cn\n"


def test_law_in_both_wordings_is_no_divergence(tmp_path: Path) -> None:
    divergences = _compare(
        tmp_path, LAW_HANS.format(law="《通用数据保护条例》及标准合同条款"), LAW_HANT.format(law="《一般資料保護規則》及標準契約條款")
    )
    assert [d for d in divergences if d.get("fact") == "law"] == []


def test_different_laws_stay_a_divergence(tmp_path: Path) -> None:
    divergences = _compare(tmp_path, LAW_HANS.format(law="《网络安全法》"), LAW_HANT.format(law="《資料安全法》"))
    laws_reported = {(d["base_value"], d["value"]) for d in divergences if d.get("fact") == "law"}
    assert laws_reported == {("資料安全法", "网络安全法")}


def test_no_two_laws_share_a_cross_script_key() -> None:
    keys: dict[str, set[str]] = defaultdict(set)
    for alias, key in _law_table()[0].items():
        if not alias.isascii():
            keys[_cross_key(alias)].add(key)
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


# -- one-sided lines between independent translations --------------------------------------------

TRANSLATED_HANS = """# 隐私政策

## 一、我们收集的信息

为了向您提供服务，我们会收集您主动填写的昵称与头像。

## 二、信息的使用

这些信息仅用于在应用内展示您的个人资料。

## 三、信息的存储

您的信息保存在位于中国境内的服务器上，直至您注销账户。

## 四、联系我们

如有疑问，您可以发送邮件至 privacy@rixuan.cn 与我们联系。
{extra}
"""
TRANSLATED_HANT = """# 隱私政策

## 一、我們收集的資訊

為提供服務，我們會蒐集您自行輸入的暱稱及大頭貼照片。

## 二、資訊的使用

上述資訊只會用來在應用程式中呈現您的個人檔案。

## 三、資訊的儲存

在您刪除帳號之前，您的資訊都會存放在中國境內的伺服器中。

## 四、聯絡我們

若有任何問題，歡迎寄送電子郵件至 privacy@rixuan.cn 聯絡我們。
"""


def _contact_entry(tmp_path: Path, extra: str) -> dict[str, Any]:
    divergences = _compare(tmp_path, TRANSLATED_HANS.format(extra=extra), TRANSLATED_HANT)
    (entry,) = [d for d in divergences if d["kind"] == "section-content" and d["section"]["title"] == "四、聯絡我們"]
    return entry


@pytest.mark.parametrize(
    "line",
    [
        "京ICP备2021012345号-1",  # a registration
        "客服邮箱：support@rixuan.cn",  # an e-mail the other edition does not have
        "运营方：北京日轩信息科技有限公司",  # a party the other edition does not name
        "更多信息请访问 https://rixuan.cn/help",  # a URL
    ],
)
def test_one_sided_line_with_a_fact_is_sure(tmp_path: Path, line: str) -> None:
    entry = _contact_entry(tmp_path, "\n" + line + "\n")
    assert entry["confidence"] == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "我们将尽快回复您的问题。",  # a translator's addition: no fact
        "您也可以通过 privacy@rixuan.cn 提出删除请求。",  # the e-mail is in the other edition already
    ],
)
def test_one_sided_line_without_a_new_fact_stays_unsure(tmp_path: Path, line: str) -> None:
    entry = _contact_entry(tmp_path, "\n" + line + "\n")
    assert entry["confidence"] == 0.3


def test_line_facts() -> None:
    assert "number:2021012345" in line_facts("京ICP备2021012345号-1")
    assert line_facts("我们将尽快回复您的问题。") == set()
    assert line_facts("第 3 条") == set()  # a short number is numbering, not a fact
    # one party in both scripts: one key
    assert line_facts("运营方：北京日轩信息科技有限公司") == line_facts("營運方：北京日軒資訊科技有限公司")
