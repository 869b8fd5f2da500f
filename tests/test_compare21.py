"""`compare` across editions: a sure divergence needs evidence (twenty-first session, r21d; `compare.evidence`).

On the blind set `eval/blind/pairs20` every divergence `compare` reported between zh-Hans and zh-Hant editions was a
localisation's wording, all at confidence 1.0.  One test per class, with invented text: wording, paraphrase and a
reworded line are unsure; a fact, a filled-in placeholder, a clause of one edition only and words of meaning added
stay sure.  Real files that show each class are named in the docstrings (`eval/dev21c`, annotated before any run).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import compare_product
from policylens.compare.evidence import extra_sentence, hard_facts, inserted_meaning
from policylens.structure.metadata import find_dates

HANS = """# 隐私政策

最后更新：2026年5月1日

## 一、我们收集的信息

我们收集您的设备型号与系统版本，用于排查故障。

## 二、信息的存储

您的记录保存在您的设备上，保存 30 天后自动删除。

## 三、第三方

{third}

## 四、未成年人

{minors}

## 五、联系我们

{contact}
"""
HANT = """# 隱私政策

最後更新：2026年5月1日

## 一、我們收集的資訊

我們收集您的裝置型號與系統版本，用於排查故障。

## 二、資訊的儲存

您的紀錄儲存在您的裝置上，儲存 30 天後自動刪除。

## 三、第三方

{third}

## 四、未成年人

{minors}

## 五、聯絡我們

{contact}
"""
THIRD_HANS = "本应用绝不向任何第三方出售您的信息，不投放广告。"
THIRD_HANT = "本應用程式絕不向任何第三方販售您的資訊，不刊登廣告。"
MINORS_HANS = "本应用不面向 13 岁以下儿童。"
MINORS_HANT = "本應用程式不面向 13 歲以下兒童。"
CONTACT_HANS = "电子邮件：privacy@example.cn"
CONTACT_HANT = "電子郵件：privacy@example.cn"


def _divergences(tmp_path: Path, hans: dict[str, str], hant: dict[str, str]) -> list[dict[str, Any]]:
    folder = tmp_path / "product"
    folder.mkdir()
    h = {"third": THIRD_HANS, "minors": MINORS_HANS, "contact": CONTACT_HANS} | hans
    t = {"third": THIRD_HANT, "minors": MINORS_HANT, "contact": CONTACT_HANT} | hant
    (folder / "zh-Hans.2026-05-01.md").write_text(HANS.format(**h), encoding="utf-8")
    (folder / "zh-Hant.2026-05-01.md").write_text(HANT.format(**t), encoding="utf-8")
    product = compare_product(folder)
    return [d for d in product["divergences"] if d["kind"] == "section-content"]


def _confidence(divergences: list[dict[str, Any]], title: str) -> float:
    (entry,) = [d for d in divergences if (d["section"] or {}).get("title") == title]
    return float(entry["confidence"])


def test_a_localisations_paraphrase_is_unsure(tmp_path: Path) -> None:
    """Class: a translator's paraphrase across scripts, not close enough to be `reworded` (仅 moved, a comma made a
    semicolon) was a sure `section-content`; with no fact, clause or word of meaning added it is unsure.
    Real files: eval/dev21c/editions/waterdrink/zh-Hant.2026-06-16.html (3. 權限說明), and the regional 信箱 / 邮箱
    (left out of the variant table: 信箱 may be a post-office box) in its 9. 聯絡我們.  Since the forty-eighth session
    (u48d, `diff.variants`) the mainland 邮箱 is read as Taiwan's 信箱, one way, so the contact section is no divergence
    at all (it was an unsure one, 0.3)."""
    divergences = _divergences(
        tmp_path, {"third": "我们会在您同意后仅读取步数，拒绝后仍可手动记录。", "contact": "邮箱：privacy@example.cn"},
        {"third": "我們僅在您授權後讀取步數；若您拒絕，仍可手動記錄。", "contact": "信箱：privacy@example.cn"},
    )  # fmt: skip
    assert _confidence(divergences, "三、第三方") == 0.3
    assert [d for d in divergences if (d["section"] or {}).get("title") == "五、聯絡我們"] == []


def test_app_for_yingyong_is_no_fact(tmp_path: Path) -> None:
    """Class: a localisation writes 「App」 where the other edition writes 应用 (a Latin word on one side only):
    no product name, no fact.  Real file: eval/dev21c/editions/rectoly/zh-Hant.2026-08-09.html (刪除 App).
    Since the twenty-sixth session `diff` reads 「App」 as 应用 for its reworded gate (`diff.content._APP`), so the
    paragraph is reworded, listed apart, and no divergence at all (it was an unsure one, 0.3)."""
    divergences = _divergences(
        tmp_path, {"minors": "卸载应用后，本应用不面向 13 岁以下儿童。"}, {"minors": "解除安裝 App 後，本 App 不面向 13 歲以下兒童。"}
    )
    assert not [d for d in divergences if (d["section"] or {}).get("title") == "四、未成年人"]
    assert hard_facts("刪除 App") == hard_facts("删除应用")
    # beside a number that differs, the same wording is a sure divergence again
    (tmp_path / "n").mkdir()
    divergences = _divergences(
        tmp_path / "n", {"minors": "卸载应用后，本应用不面向 13 岁以下儿童。"}, {"minors": "解除安裝 App 後，本 App 不面向 16 歲以下兒童。"}
    )
    assert _confidence(divergences, "四、未成年人") == 1.0


def test_a_number_that_differs_is_sure(tmp_path: Path) -> None:
    """Class: a fact that differs inside a paraphrased paragraph (13 → 16 years) stays sure."""
    divergences = _divergences(tmp_path, {"minors": "本应用不面向 16 岁以下儿童。"}, {})
    assert _confidence(divergences, "四、未成年人") == 1.0


def test_rhetorical_percent_is_no_fact() -> None:
    """Class: 「无法保证 100% 安全」 / 「無法保證絕對安全」 is rhetoric, not a commitment.
    Real file: eval/dev21c/editions/waterdrink/zh-Hant.2026-06-16.html (4. 儲存與安全)."""
    assert hard_facts("但任何系统都无法保证 100% 绝对安全。") == hard_facts("但無法保證絕對安全。")
    assert hard_facts("数据保存 100 天。") != hard_facts("資料保存 30 天。")


def test_a_filled_in_placeholder_is_sure(tmp_path: Path) -> None:
    """Class: one edition names the operator where the other keeps its template's placeholder
    (运营主体：王亚博 / 營運主體：[營運主體]).  Real file: eval/dev21c/editions/waterdrink/zh-Hans.2026-06-16.html."""
    divergences = _divergences(
        tmp_path, {"contact": "运营者：李四（以下简称“我们”）\n\n邮箱：privacy@example.cn"},
        {"contact": "營運者：[營運者名稱]（以下簡稱「我們」）\n\n信箱：privacy@example.cn"},
    )  # fmt: skip
    assert _confidence(divergences, "五、聯絡我們") == 1.0
    (tmp_path / "same").mkdir()
    same = _divergences(
        tmp_path / "same", {"contact": "地址：[联系地址]\n\n邮箱：privacy@example.cn"}, {"contact": "地址：[聯絡地址]\n\n信箱：privacy@example.cn"}
    )  # fmt: skip
    assert all(d["confidence"] < 0.5 for d in same)  # a placeholder in both editions is no sure divergence


def test_a_sentence_of_one_edition_only_is_sure() -> None:
    """Class: a clause with no counterpart: one side is the other's sentences and a sentence more, sure even between
    independent translations.  Real file: eval/dev21c/editions/waterdrink/zh-Hans.2026-06-16.html (6. 未成年人)."""
    assert extra_sentence(MINORS_HANT, MINORS_HANS + "若你是未成年人，请在监护人指导下使用。")
    assert not extra_sentence(MINORS_HANT, MINORS_HANS + "谢谢！")  # too short to be a clause
    assert not extra_sentence("我们会收集匿名数据。我们不出售数据。", "我們收集匿名資料並且不出售。")  # merged, not added


def test_a_sentence_added_in_independent_translations_is_sure(tmp_path: Path) -> None:
    """Class: between independent translations (most sections reworded) the one section that adds a sentence is
    sure and the reworded ones unsure.  Real file: eval/dev21c/editions/waterdrink/zh-Hans.2026-06-16.html."""
    hans = HANS.replace("我们收集您的设备型号与系统版本，用于排查故障。", "为了排查故障，我们会收集设备的型号以及系统的版本。")
    hans = hans.replace("您的记录保存在您的设备上，保存 30 天后自动删除。", "记录只存在设备本地，30 天后即被删除。")
    third = "我们会在您同意后仅读取步数，拒绝后仍可手动记录。"
    third_hant = "我們僅在您授權後讀取步數；若您拒絕，仍可手動記錄。"
    folder = tmp_path / "product"
    folder.mkdir()
    minors = MINORS_HANS + "若你是未成年人，请在监护人指导下使用。"
    (folder / "zh-Hans.2026-05-01.md").write_text(hans.format(third=third, minors=minors, contact=CONTACT_HANS), encoding="utf-8")
    (folder / "zh-Hant.2026-05-01.md").write_text(HANT.format(third=third_hant, minors=MINORS_HANT, contact=CONTACT_HANT), encoding="utf-8")
    product = compare_product(folder)
    content = [d for d in product["divergences"] if d["kind"] == "section-content"]
    assert {(d["section"]["title"], d["confidence"]) for d in content} == {
        ("一、我們收集的資訊", 0.3), ("二、資訊的儲存", 0.3), ("三、第三方", 0.3), ("四、未成年人", 1.0)
    }  # fmt: skip


def test_words_of_meaning_added_are_sure(tmp_path: Path) -> None:
    """Class: a near-literal edition that adds words (none replaced) among which a word of meaning
    (父母 → 父母及監護人) stays sure; words dropped without meaning (本隐私政策 → 本政策) are not evidence."""
    assert inserted_meaning("我们认为父母有责任监督儿童。", "我們認為父母及監護人有責任監督兒童。")
    assert not inserted_meaning("本隐私政策说明我们如何处理信息。", "本政策說明我們如何處理資訊。")
    assert not inserted_meaning("您的记录保存 30 天后自动删除。", "您的記錄在保存滿 30 天後會被自動刪除。")  # 满, 会: a translator's
    divergences = _divergences(tmp_path, {}, {"minors": "本應用程式不面向 13 歲以下兒童及其監護人。"})
    assert _confidence(divergences, "四、未成年人") == 1.0


def test_a_kept_english_term_is_unsure_but_a_swapped_name_is_sure(tmp_path: Path) -> None:
    """Class: a Latin word on one side only.  A translator who keeps 「Add-ons Manager」 where the other writes
    附加元件管理員 states no fact (Mozilla's separate translations, corpora/mozilla-firefox-privacy/zh-Hans.2022-03-10.md);
    a name that replaces another (Google → Umeng) or is added to a list (an SDK in one edition only) does."""
    kept = _divergences(
        tmp_path, {"third": "您可以在 Add-ons Manager 中管理附加组件。"}, {"third": "您可以在附加元件管理員中管理附加元件。"}
    )
    assert _confidence(kept, "三、第三方") == 0.3
    (tmp_path / "swap").mkdir()
    swapped = _divergences(
        tmp_path / "swap", {"third": "我们使用 Umeng 统计分析使用情况。"}, {"third": "我們使用 Google 分析統計使用情況。"}
    )
    assert _confidence(swapped, "三、第三方") == 1.0
    (tmp_path / "added").mkdir()
    added = _divergences(
        tmp_path / "added", {"third": "我们使用 Google、Umeng 统计使用情况。"}, {"third": "我們使用 Google 統計使用情況。"}
    )
    assert _confidence(added, "三、第三方") == 1.0  # an SDK in one edition only


def test_a_date_with_non_breaking_hyphens_is_read(tmp_path: Path) -> None:
    """Class: 「更新日期：2026‑08‑18」 written with U+2011 hyphens was not read, so `compare` reported the English
    edition's date as missing from the Chinese one (sure).  Real file: eval/dev21c/editions/andyxcg/zh-CN.2026-08-18.html."""
    assert [iso for _, _, iso in find_dates("更新日期：2026\u201108\u201118")] == ["2026-08-18"]
    folder = tmp_path / "app"
    folder.mkdir()
    (folder / "zh-CN.2026-08-18.md").write_text(
        "# 隐私政策\n\n更新日期：2026\u201108\u201118\n\n## 一、数据收集\n\n本应用不收集任何信息。\n", encoding="utf-8"
    )
    (folder / "en.2026-08-18.md").write_text(
        "# Privacy Policy\n\nLast updated: August 18, 2026\n\n## 1. Data Collection\n\nThe App collects no data.\n", encoding="utf-8"
    )
    product = compare_product(folder)
    assert [d for d in product["divergences"] if d["kind"] == "fact" and d["fact"] == "date"] == []
