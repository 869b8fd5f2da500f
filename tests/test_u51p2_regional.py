"""regional-vocabulary on Hong Kong texts (fifty-first session, u51p2; eval/precision51's six false warnings, not blind).

- A Hong Kong notice in Simplified script (私隐, 《个人资料(私隐)条例》, 香港特别行政区): Hong Kong writes 身分 as well as
  身份 (the ordinance's own text, 香港身分证), so 身分 is its own wording, not Taiwan's (`tw-cn.hk-shared.tsv`).
- A Traditional page judged Taiwan by its wording that also shows Hong Kong (an operator defined as 「… LIMITED(以下稱…」,
  a +852 phone, a .hk host, HK$) and no Taiwan-only marker: the evidence is mixed, so a mainland form Hong Kong writes too (身份, 網絡) is not
  reported; one Hong Kong does not write either (信息) still is, and a Taiwan text is unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts
from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent


def _terms(folder: Path, text: str) -> list[str]:
    """The terms `regional-vocabulary` reports on `text` saved as a notice."""
    return rule_excerpts(folder / "hk", text, "regional-vocabulary", "notice.txt")


_HK_SC = (
    "私隐政策声明\n\n香港特别行政区政府会确保所有递交的个人资料，均按照《个人资料(私隐)条例》的有关条文处理。\n\n"
    "政府不会收集任何足以辨识使用者身分的资料。{}\n"
)


def test_a_hong_kong_simplified_notice_keeps_its_shen_fen(tmp_path: Path) -> None:
    assert _terms(tmp_path, _HK_SC.format("")) == []


def test_a_hong_kong_simplified_notice_still_hears_taiwan_only_words(tmp_path: Path) -> None:
    assert _terms(tmp_path, _HK_SC.format("我们会透过网路传送您的资料。")) == ["网路"]


def test_a_mainland_text_still_hears_shen_fen(tmp_path: Path) -> None:
    assert _terms(tmp_path, "隐私政策\n\n我们不会收集足以辨识您身分的信息。\n") == ["身分"]


_TW_TEMPLATE = (
    "隱私權保護聲明\n\n本網站為{}(以下稱「本公司」)所設置，為保障您的權益，特在此向您說明本公司蒐集、利用及保護您提供之個人資料。\n\n"
    "歐盟公民身份不適用本公司目前所有服務。{}\n"
)


@pytest.mark.parametrize(
    ("operator", "extra"),
    [
        ("ONEBOY LIMITED", ""),  # the operator defined under its Hong Kong register's name
        ("Acme Trading Company Limited", ""),
        ("艾克米商行", "客服電話：+852 2345 6789。"),  # a Hong Kong phone
        ("艾克米商行", "客服信箱：service@acme.com.hk。"),  # a .hk host
        ("艾克米商行", "全單滿 HK$500 免運費。"),  # Hong Kong dollars
    ],
)
def test_a_taiwan_template_published_by_a_hong_kong_company_is_mixed(tmp_path: Path, operator: str, extra: str) -> None:
    assert _terms(tmp_path, _TW_TEMPLATE.format(operator, extra)) == []


def test_a_mixed_text_still_hears_words_hong_kong_does_not_write(tmp_path: Path) -> None:
    assert _terms(tmp_path, _TW_TEMPLATE.format("ONEBOY LIMITED", "我們不會出售您的信息。")) == ["信息"]


@pytest.mark.parametrize(
    ("operator", "extra"),
    [
        ("艾克米股份有限公司", ""),  # no Hong Kong sign: a Taiwan text
        ("ACME CO., LTD.", ""),  # the Taiwan company's English form
        ("ONEBOY LIMITED", "本公司依中華民國個人資料保護法處理您的資料。"),  # a Taiwan-only marker: Taiwan
        ("ONEBOY LIMITED", "客服電話：(02) 2345-6789，地址：臺北市信義區市府路1號。"),
        ("ONEBOY LIMITED", "統一編號：12345678。"),  # a Taiwan business number
        ("艾克米股份有限公司", "歐盟的資料控制者為 Acme Ireland Operations Limited。"),  # a Limited not defined as the party
        ("艾克米股份有限公司", "我們的服務據點包括香港、澳門及新加坡。"),  # 香港 named in a list
    ],
)
def test_a_taiwan_text_still_hears_shen_fen(tmp_path: Path, operator: str, extra: str) -> None:
    assert _terms(tmp_path, _TW_TEMPLATE.format(operator, extra)) == ["身份"]


@pytest.mark.parametrize("doc", ["emsd-hk-sc-txt", "oneboy-hk-txt"])
def test_precision51_documents_have_no_regional_warning(doc: str) -> None:
    report = check_file(
        str(_ROOT / "eval" / "precision51" / doc / "page.txt"), CheckOptions(no_config=True, select=("regional-vocabulary",))
    )
    assert [f.excerpt for f in report.findings] == []
