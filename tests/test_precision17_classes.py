"""False-finding classes of `check` found on unseen published documents (issue #11, eval/precision17).

Thirty published documents (9 Hong Kong, 10 Taiwan, 11 Simplified: privacy policies, terms, an
EULA; Markdown, HTML, strings and markup held in app code) were checked at e6f0edd and every
finding of the 23 in batch 1 judged by hand before any fix (`eval/precision17/judgements.tsv`).
Each false class is reproduced here on small texts written for it, both ways.

- regional-vocabulary in a Taiwan or Hong Kong text, a term inside the quoted title of a mainland
  legal instrument: 「依《互聯網著作權行政保護辦法》、《信息網路傳播保護條例》的規定」 drew 互聯網 → 網際網路
  and 信息 → 資訊, as if the regulation could be renamed.  A term in 《…法》, 《…條例》, 《…辦法》,
  《…規定》, 《…規則》, 《…細則》, 《…決定》 (a year in brackets may follow; not a 法 that is no
  law, 《推薦算法》, 《互聯網使用方法》) is no longer reported,
  unless `laws.tsv` knows the law under a name in the region's wording (《通用數據保護條例》,
  Taiwan 一般資料保護規則, is still reported); the same term outside the title still is, and so is a
  Simplified text's Taiwan term in a title (a mainland law misquoted in Taiwan wording);
- regional-vocabulary in a Simplified text, 储值 and 个人化 read as Taiwan wording where they are
  mainland usage or where the suggestion changes the meaning: 「储值钱包」 (a stored-value wallet:
  储值卡, 储值钱包 and 储值账户 are mainland usage, 充值 is the verb) and 「对信息进行去个人化」
  (de-personalising data; 去个性化 means something else).  They are protected words of
  `tw-cn.exclude.tsv`; 储值 as the verb and 个人化 (personalisation) alone are still reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

REPO = Path(__file__).resolve().parent.parent


def _excerpts(tmp_path: Path, text: str, name: str) -> list[str]:
    """The excerpts of the regional-vocabulary findings when `check` reads `text` written as `name`."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f.excerpt for f in report.findings if f.rule == "regional-vocabulary"]


_TW = "# 服務條款\n\n最後更新日期：2024年1月1日\n\n"
_HK = "# 私隱政策\n\n最後更新日期：2024年1月1日\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_TW + "權利人可依《互聯網著作權行政保護辦法》通知本網站。\n", "zh-TW/terms.md"),
        (_TW + "本公司遵守《信息網絡傳播權保護條例》（2013修訂）之規定。\n", "zh-TW/terms.md"),
        (_TW + "用戶不得違反《計算機信息系統安全保護條例》，否則本站得終止服務。\n", "zh-TW/terms.md"),
        (_TW + "本站依《移動互聯網應用程序信息服務管理規定》處理相關申訴。\n", "zh-TW/terms.md"),
        (_HK + "我們會按《網絡數據安全管理條例》及《短信息服務規範辦法》處理閣下的資料。\n", "zh-HK/privacy.md"),
    ],
)
def test_a_mainland_instrument_keeps_its_name(tmp_path: Path, text: str, name: str) -> None:
    assert _excerpts(tmp_path, text, name) == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the same words outside the title
        (_TW + "依《互聯網著作權行政保護辦法》，我們會刪除互聯網上的侵權信息。\n", "zh-TW/terms.md", ["互聯網", "信息"]),
        # a title that names no legal instrument (a book, a product)
        (_TW + "歡迎閱讀《互聯網信息手冊》，瞭解我們的服務。\n", "zh-TW/terms.md", ["互聯網", "信息"]),
        # a law the tables know under a Taiwan name
        (_TW + "我們遵守歐盟《通用數據保護條例》。\n", "zh-TW/privacy.md", ["數據"]),
        # a title ending in a 法 that is no law
        (_TW + "請參閱《推薦算法》與《互聯網使用方法》兩份說明。\n", "zh-TW/terms.md", ["算法", "互聯網"]),
        # an unclosed title
        (_TW + "依《互聯網著作權行政保護辦法的規定，本站會刪除。\n", "zh-TW/terms.md", ["互聯網"]),
    ],
)
def test_terms_outside_an_instrument_title_are_still_reported(tmp_path: Path, text: str, name: str, expected: list[str]) -> None:
    assert _excerpts(tmp_path, text, name) == expected


def test_a_simplified_title_in_taiwan_wording_is_still_reported(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n更新日期：2024年1月1日\n\n我们依据《网路安全法》保护您的个人信息。\n"
    assert _excerpts(tmp_path, text, "zh-CN/privacy.md") == ["网路"]


@pytest.mark.parametrize(
    "sentence",
    [
        "处理用户有关储值钱包的指示。",
        "您可以使用储值卡支付订单，储值账户的余额不计利息。",
        "通过删除识别特征的方式对信息进行去个人化，使其无法识别具体个人。",
    ],
)
def test_mainland_usage_in_simplified_text_is_not_taiwan_wording(tmp_path: Path, sentence: str) -> None:
    text = "# 隐私政策\n\n更新日期：2024年1月1日\n\n" + sentence + "\n"
    assert _excerpts(tmp_path, text, "zh-CN/privacy.md") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("您可以在钱包中储值，储值后余额立即可用。", ["储值"]),  # twice on the line: one finding (u42k2, `check.repeats`)
        ("我们会根据您的偏好提供个人化推荐。", ["个人化"]),
    ],
)
def test_the_taiwan_words_alone_are_still_reported(tmp_path: Path, sentence: str, expected: list[str]) -> None:
    text = "# 隐私政策\n\n更新日期：2024年1月1日\n\n" + sentence + "\n"
    assert _excerpts(tmp_path, text, "zh-CN/privacy.md") == expected


def test_regression_eval_precision17_documents() -> None:
    """The five false findings of batch 1 are gone; the true ones beside them stay."""
    terms = check_file(str(REPO / "eval/precision17/airjourney-terms-tc/terms.html"), CheckOptions(no_config=True))
    line54 = [f.excerpt for f in terms.findings if f.rule == "regional-vocabulary" and f.line == 54]
    assert line54 == ["數據"]  # 互聯網 and 信息 in the two regulations' titles are gone; 保留相關數據 stays
    hans = check_file(str(REPO / "eval/precision17/matters-privacy-hans/privacy.html"), CheckOptions(no_config=True))
    regional = [f.excerpt for f in hans.findings if f.rule == "regional-vocabulary"]
    assert regional == ["资讯"]  # 去个人化 and 储值钱包 ×2 are gone; 个人资讯 stays
