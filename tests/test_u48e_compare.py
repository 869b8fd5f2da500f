"""Forty-eighth session (u48e): compare's classes from eval/editions48.

- A heading that ends by giving a date in English after a colon ("online-qr-scanner.net Privacy Policy: Jan 15, 2022")
  is no heading, as its Chinese copy (「…隱私政策：2022 年 1 月 15 日」) was not one already (`shapes._ENDS_IN_DATE`):
  the English page's title was that line and the Chinese page's its <h1>, so the outlines differed by a section
  (eval/editions48 qr).
- A paragraph one Chinese edition left in English where the other has it in Chinese (a machine translation's Contact
  paragraph) is one line in two languages, weighed on the facts a translation keeps (`evidence.languages_apart`), not
  a sentence of each edition only (eval/editions48 qr).
"""

from __future__ import annotations

from pathlib import Path

from helpers import compare_folder, compare_product, sure_facts
from policylens.compare import evidence
from policylens.structure.shapes import heading_like

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions48" / "editions"


# -- a heading that ends in an English date after a colon ---------------------------------------------------------------


def test_a_line_ending_in_an_english_date_after_a_colon_is_no_heading() -> None:
    for line in (
        "online-qr-scanner.net Privacy Policy: Jan 15, 2022",
        "Acme Privacy Policy: January 5, 2024",
        "Last updated: 3 March 2021",
        "Effective: Sept. 1st, 2023",
    ):
        assert not heading_like(line, limit=80), line
    assert not heading_like("online-qr-scanner.net 隱私政策：2022 年 1 月 15 日", limit=80)
    # a date that is no colon's value, or no date: still a heading
    for line in ("Changes since January 2024", "Section 2: Data Retention", "Privacy Policy", "Cookies: 2024 update"):
        assert heading_like(line, limit=80), line


PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>{t}</title></head><body>
<nav><a href="/">Home</a> <a href="/about">{about}</a></nav>
<main>
<h1>{t}</h1>
<h2>acme.example {t}{dated}</h2>
<p>{intro}</p>
<h3>{h1}</h3>
<p>{p1}</p>
<h3>{h2}</h3>
<p>{p2}</p>
<h3>{h3}</h3>
<p>{p3}</p>
</main></body></html>
"""

EN = {
    "lang": "en",
    "t": "Privacy Policy",
    "about": "About",
    "dated": ": Jan 15, 2022",
    "intro": "This page lists the information we collect and what we use it for.",
    "h1": "What we collect",
    "p1": "We collect anonymous usage statistics through Google Analytics.",
    "h2": "Permissions",
    "p2": "The camera is used to scan codes on your device.",
    "h3": "Retention",
    "p3": "Data may be kept for 30 days and is then deleted.",
}
ZH = {
    "lang": "zh-Hant",
    "t": "隱私政策",
    "about": "關於",
    "dated": "：2022 年 1 月 15 日",
    "intro": "此頁面列出我們收集的資訊以及用途。",
    "h1": "我們收集什麼",
    "p1": "我們透過 Google Analytics 收集匿名的使用統計。",
    "h2": "權限",
    "p2": "相機用於在您的裝置上掃描條碼。",
    "h3": "保存期限",
    "p3": "資料最多保存 30 天，之後刪除。",
}


def test_a_dated_subtitle_in_both_editions_gives_them_one_outline(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "acme", {"en.2022-01-15.html": PAGE.format(**EN), "zh-TW.2022-01-15.html": PAGE.format(**ZH)})
    assert sure_facts(product) == []
    # a section one edition lacks is still reported
    short = dict(ZH, h2="保存期限", p2="資料最多保存 30 天，之後刪除。", h3="", p3="")
    page = PAGE.format(**short).replace("<h3></h3>\n<p></p>\n", "")
    product = compare_folder(tmp_path / "acme2", {"en.2022-01-15.html": PAGE.format(**EN), "zh-TW.2022-01-15.html": page})
    assert ("section-extra", "Permissions") in sure_facts(product) or ("section-missing", "Permissions") in sure_facts(product)


def test_the_real_trio_has_no_sure_entry() -> None:
    # eval/editions48 qr: the <h2> "online-qr-scanner.net Privacy Policy: Jan 15, 2022" and the zh-CN's English Contact
    assert sure_facts(compare_product(ROOT / "qr")) == []


# -- a paragraph left in English in one Chinese edition -----------------------------------------------------------------


def test_one_line_in_two_languages_is_weighed_on_its_facts() -> None:
    zh = "如果您對本隱私政策有任何疑問，請聯繫我們。您的電子郵件地址將僅用於回答您的問題，並將在 1 個月後刪除。"
    en = "If you have questions about this privacy policy, please contact us. Your email address will be deleted after 1 month."
    assert evidence.languages_apart(zh, en) and evidence.languages_apart(en, zh)
    assert not evidence.languages_apart(zh, "如有疑問請聯繫我們。")
    assert not evidence.languages_apart(zh, "Google Analytics")  # a name, not a sentence
    assert not evidence.languages_apart("Hello there, this is English text.", "This is English too, and long.")


def _contact(text: str) -> str:
    return f"# 隱私政策\n\n## 簡介\n\n本應用程式重視您的隱私。\n\n## 聯絡\n\n{text}\n"


def test_an_untranslated_paragraph_is_no_divergence_but_a_fact_it_changes_is(tmp_path: Path) -> None:
    zh_tw = "如果您對本隱私政策有任何疑問，請聯繫 help@acme.example。您的電子郵件地址將在 1 個月後刪除。"
    same = "If you have questions about this privacy policy, please contact help@acme.example. Your email address will be deleted after 1 month."
    other = same.replace("help@acme.example", "support@acme.example")
    product = compare_folder(
        tmp_path / "a",
        {
            "zh-TW.2024-01-01.md": _contact(zh_tw),
            "zh-CN.2024-01-01.md": _contact(same)
            .replace("隱私政策", "隐私政策")
            .replace("簡介", "简介")
            .replace("本應用程式重視您的隱私", "本应用程序重视您的隐私")
            .replace("聯絡", "联络"),
        },
    )
    assert [k for k, _ in sure_facts(product) if k == "section-content"] == []
    product = compare_folder(
        tmp_path / "b",
        {
            "zh-TW.2024-01-01.md": _contact(zh_tw),
            "zh-CN.2024-01-01.md": _contact(other)
            .replace("隱私政策", "隐私政策")
            .replace("簡介", "简介")
            .replace("本應用程式重視您的隱私", "本应用程序重视您的隐私")
            .replace("聯絡", "联络"),
        },
    )
    assert sure_facts(product) != []


# -- a condensed edition: a third of the sections, aligned on its titles ------------------------------------------------

EN_LONG = [
    ("Introduction", "This app respects your privacy. By using the app you agree to this policy."),
    ("Information We Collect", "We collect device identifiers, the device model and operating system version, and usage data."),
    ("How We Use the Information", "We use it to operate the app, analyse trends, deliver ads and comply with the law."),
    ("Third-Party Advertising", "The app uses Google AdMob to show ads. See https://policies.google.com/privacy."),
    ("Your Rights", "You may ask us to access, correct or delete your data, and opt out of personalised ads."),
    ("Children's Privacy", "The app is not directed to children and does not knowingly collect their data."),
    ("Offline Use", "Game progress is stored on your device and never sent to our servers."),
    ("Changes to This Policy", "We may update this policy; the newest version is always on our website."),
    ("Contact", "Write to us through the contact details on the store listing."),
]
ZH_SHORT = [
    ("前言", "本應用程式重視您的隱私。"),
    ("收集的資訊", "我們可能自動收集裝置識別碼、裝置資訊（型號、OS）與使用紀錄。"),
    ("第三方廣告", "本應用程式使用 Google AdMob 提供廣告。詳見 https://policies.google.com/privacy。"),
    ("兒童隱私", "本應用程式不以兒童為對象，亦不會刻意收集兒童的資料。"),
]


def _markdown(title: str, sections: list[tuple[str, str]]) -> str:
    return f"# {title}\n\n" + "".join(f"## {t}\n\n{p}\n\n" for t, p in sections)


def test_a_condensed_edition_of_a_third_of_the_sections_keeps_its_sure_gaps(tmp_path: Path) -> None:
    product = compare_folder(
        tmp_path / "neon",
        {"en.2026-01-09.md": _markdown("Privacy Policy", EN_LONG), "zh-TW.2026-01-09.md": _markdown("隱私權政策", ZH_SHORT)},
    )
    gaps = {what for kind, what in sure_facts(product) if kind in ("section-extra", "section-missing")}
    # the children's sections pair on their titles, not the Chinese last section with the English "Contact"
    assert "Contact" in gaps and "Children's Privacy" not in gaps
    assert {"How We Use the Information", "Changes to This Policy"} <= gaps
    # the abbreviation OS is the "operating system" the English spells out: no sentence of the Chinese only
    assert [what for kind, what in sure_facts(product) if kind == "sentence-only"] == []
    # the whole English outline translated: no gap
    full = [(t, p) for t, p in ZH_SHORT[:3]] + [
        ("如何使用資訊", "我們用於營運本應用程式、分析趨勢、投放廣告及遵守法律。"),
        ("您的權利", "您可要求存取、更正或刪除您的資料，並可退出個人化廣告。"),
        ("兒童隱私", "本應用程式不以兒童為對象，亦不會刻意收集兒童的資料。"),
        ("離線使用", "遊戲進度儲存在您的裝置上，不會傳送到我們的伺服器。"),
        ("本政策的變更", "我們可能更新本政策，最新版本一律公布於我們的網站。"),
        ("聯絡我們", "請透過商店頁面上的聯絡方式與我們聯繫。"),
    ]
    product = compare_folder(
        tmp_path / "full", {"en.2026-01-09.md": _markdown("Privacy Policy", EN_LONG), "zh-TW.2026-01-09.md": _markdown("隱私權政策", full)}
    )
    assert [k for k, _ in sure_facts(product) if k in ("section-extra", "section-missing")] == []


def test_the_real_condensed_edition() -> None:
    # eval/editions48 neon: the zh-TW's four sections are four of the English nine
    found = sure_facts(compare_product(ROOT / "neon"))
    assert {what for kind, what in found if kind == "section-extra"} >= {"How We Use the Information", "Contact"}
    assert not [what for kind, what in found if kind == "sentence-only"]


# -- 「提供英文版本」: a language the app offers, as "available in English" ----------------------------------------------


def test_a_version_the_app_offers_in_a_language_is_that_language() -> None:
    from policylens.language_names import spoken_languages

    assert set(spoken_languages("本應用程式提供英文版本，並已完整在地化為日文、韓文")) == {"english", "japanese", "korean"}
    assert set(spoken_languages("本服务支持中文版和英文版")) == {"chinese"}  # 英文版 after 和: still an edition
    # an edition of the document: no language offered
    for text in ("請查看英文版本", "本政策以英文版本為準", "英文版", "本政策之中文版本"):
        assert spoken_languages(text) == {}, text


def test_subskanri_has_no_sure_language_fact() -> None:
    # eval/blind/editions23 subskanri: "available in English" / 「本應用程式提供英文版本」
    folder = Path(__file__).resolve().parents[1] / "eval" / "blind" / "editions23" / "editions" / "subskanri"
    assert [what for kind, what in sure_facts(compare_product(folder)) if "language" in str(what)] == []


# -- a condition of consent one edition sets and the other never does --------------------------------------------------

HANDY = Path(__file__).resolve().parents[1] / "eval" / "editions46" / "editions" / "handy"


def _disclosure(en_first: str, zh_first: str) -> dict[str, str]:
    en = (
        "# Privacy Policy\n\n## Information disclosure\n\n"
        f"{en_first}\n\n"
        "Disclosure to authorities in accordance with the law, or at the request of administrative or judicial authorities.\n\n"
        "## Contact\n\nWrite to help@acme.example.\n"
    )
    zh = f"# 隱私政策\n\n## 信息披露\n\n{zh_first}\n\n根據法律的有關規定，或者行政或司法機構的要求，向行政、司法機構披露。\n\n## 聯絡\n\n請寫信至 help@acme.example。\n"
    return {"en.2025-08-20.md": en, "zh-Hant.2025-08-20.md": zh}


def test_a_consent_the_other_section_never_asks_for_is_reported(tmp_path: Path) -> None:
    files = _disclosure("Disclose to third parties with your prior consent.", "本軟件不會將您的信息披露給不受信任的第三方。")
    found = [what for kind, what in sure_facts(compare_folder(tmp_path / "a", files)) if kind == "sentence-only"]
    assert found == ["Disclose to third parties with your prior consent."]
    # the Chinese asks for consent too (同意, 授權): nothing
    for zh in ("經您事先同意後，我們才會向第三方披露。", "經您授權後，我們才會向第三方披露。"):
        files = _disclosure("Disclose to third parties with your prior consent.", zh)
        assert [k for k, _ in sure_facts(compare_folder(tmp_path / zh[:3], files)) if k == "sentence-only"] == [], zh
    # an app's permissions and an agreement are no consent
    files = _disclosure("The app requires the following permissions to work, as the agreement says.", "本軟件需要以下權限才能運作。")
    assert [k for k, _ in sure_facts(compare_folder(tmp_path / "p", files)) if k == "sentence-only"] == []


def test_handy_reports_the_consent_condition() -> None:
    # eval/editions46 handy HA3: "Disclose to third parties with your prior consent;" against 「…不受信任的第三方」
    found = [what for kind, what in sure_facts(compare_product(HANDY)) if kind == "sentence-only"]
    assert "Disclose to third parties with your prior consent;" in found


def test_a_parents_consent_that_defines_an_age_is_no_condition(tmp_path: Path) -> None:
    # eval/editions26 savemate: "children under the age required by applicable law to use online services without
    # parental consent" / 「不面向未达到适用法律规定的可独立使用在线服务年龄的儿童」
    files = _disclosure(
        "SaveMate is not intended for children under the age required by law to use online services without parental consent.",
        "SaveMate 不面向未達到適用法律規定的可獨立使用線上服務年齡的兒童。",
    )
    assert [k for k, _ in sure_facts(compare_folder(tmp_path / "s", files)) if k == "sentence-only"] == []
    folder = Path(__file__).resolve().parents[1] / "eval" / "editions26" / "editions" / "savemate"
    assert [k for k, _ in sure_facts(compare_product(folder)) if k == "sentence-only"] == []
