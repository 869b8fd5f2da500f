"""u50e (fiftieth session): a section whose subject the other edition writes nowhere is a sure gap (`compare.absent`).

An English edition rewritten into ten sections against a three-section Chinese one: the outlines differ too much to trust
any gap (every gap unsure, `compare.align.GAP_SHARE`), but "Children's Privacy", "Data Retention", "Changes to This
Policy" and "iCloud Sync" name subjects neither Chinese edition writes anywhere (eval/editions50 frames-lag FL1, FL5–FL7;
fixed from that development group, so not blind). Both ways: the same sections merged into a Chinese section under
another title (「資料儲存與保護」 saying how long data is kept, 「兒童」, iCloud) stay unsure, and an English edition is not
read for retention (its model words are few: "keep" is none).
"""

from __future__ import annotations

from pathlib import Path

from helpers import compare_folder, parse_path, sure
from policylens.model import Document, Section

SET = Path(__file__).resolve().parents[1] / "eval" / "editions50"

EN = """# Privacy Policy

## Data Collection
Notely does not collect your personal data. Notes stay on your device.

## iCloud Sync
If you turn on iCloud sync, your notes are stored in your private iCloud account and synced by Apple.

## Subscriptions
Apple handles every purchase; we see no payment details.

## Network Activity
The app connects to the network only to sync notes.

## Data Export
You may export notes as text or PDF files.

## Permissions
The app may ask for access to your photos; every permission is optional.

## Data Retention
Notes stay on your device for as long as the app is installed and are removed when you uninstall it.

## Children's Privacy
Notely does not knowingly collect information from children under 13.

## Changes to This Policy
We may update this policy from time to time and will post the new version here.

## Contact
Write to hello@notely.example.
"""

ZH_BARE = """# 隱私政策

## 應用程式
Notely 不收集任何個人資料。您的筆記只存放在您的裝置上，絕不會傳輸到任何伺服器。訂閱由 Apple 處理。

## 網站
網站不使用追蹤工具，也不收集個人資料。

## 聯絡我們
請寫信至 hello@notely.example。
"""

# The same three sections, the subjects merged into them under other titles (a paragraph each: more than their English
# partners hold, so the outlines are not read as one contained in the other and every gap is unsure on the base).
ZH_MERGED = """# 隱私政策

## 應用程式與資料儲存
Notely 不收集任何個人資料。

開啟 iCloud 同步時，筆記存放在您的 iCloud 帳戶。

筆記在應用程式安裝期間保留，解除安裝時刪除。

## 網站與兒童
網站不使用追蹤工具。

我們不會在知情的情況下收集 13 歲以下兒童的資料。

本政策修訂時會於此頁公布。

## 聯絡我們
請寫信至 hello@notely.example。
"""

ABSENT = {"iCloud Sync", "Data Retention", "Children's Privacy", "Changes to This Policy"}


def _sure_extra(product: dict[str, object]) -> set[str]:
    return {e["other"]["title"] for e in sure(product, "divergences") if e["kind"] == "section-extra"}  # type: ignore[index]


def test_sections_whose_subject_the_chinese_edition_never_names_are_sure(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "notely", {"en.md": EN, "zh-Hant.md": ZH_BARE})
    assert _sure_extra(product) == ABSENT
    # the other English-only sections name nothing the model can look for: still unsure (a reviewer reads them)
    unsure = {e["other"]["title"] for e in product["divergences"] if e["kind"] == "section-extra" and e["confidence"] < 0.5}
    assert {"Subscriptions", "Data Export", "Network Activity"} <= unsure


def _lacking(tmp_path: Path, zh: str) -> set[str]:
    """The English sections whose subject the Chinese edition `zh` writes nowhere (`absent.Other.lacks_subject_of`)."""
    from policylens.compare import absent

    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "zh-Hant.md").write_text(zh, encoding="utf-8")
    reader = absent.Other(parse_path(tmp_path / "zh-Hant.md"), chinese=True)
    return {s.title for s in parse_path(tmp_path / "en.md").sections if s.title and reader.lacks_subject_of(s)}


def test_subjects_merged_under_other_titles_are_not_absent(tmp_path: Path) -> None:
    assert _lacking(tmp_path, ZH_BARE) == ABSENT
    # the same subjects written inside sections of other titles: none is absent
    assert _lacking(tmp_path, ZH_MERGED) == set()


def test_set_aside_chapters_whose_subject_is_merged_elsewhere_are_unsure(tmp_path: Path) -> None:
    """On ZH_MERGED `align._set_aside` leaves the seven English-only sections over, each sure by its place (lead50: all
    seven at 1.0). Those whose subject the Chinese write under another title (iCloud, 保留, 修訂) are unsure; the ones
    the Chinese say nothing of stay sure."""
    product = compare_folder(tmp_path / "notely", {"en.md": EN, "zh-Hant.md": ZH_MERGED})
    assert _sure_extra(product) == {"Subscriptions", "Network Activity", "Data Export", "Permissions"}


def test_a_name_the_chrome_writes_is_not_absent(tmp_path: Path) -> None:
    chrome = ZH_BARE.replace("請寫信至", "本網站亦介紹 iCloud 備份功能。請寫信至")
    product = compare_folder(tmp_path / "notely", {"en.md": EN, "zh-Hant.md": chrome})
    assert _sure_extra(product) == ABSENT - {"iCloud Sync"}


def test_an_invisible_character_inside_a_word_hides_no_subject(tmp_path: Path) -> None:
    """A zero-width space or word joiner inside 「兒童」 or "iCloud" (pasted from a CMS) is not what a reader sees: the
    subject is written, so the English section is not absent (review u50r: `absent._text` read the raw text)."""
    hidden = ZH_MERGED.replace("兒童", "兒\u200b童").replace("iCloud", "i\u2060Cloud")
    assert _lacking(tmp_path, hidden) == set()


def test_an_english_edition_is_read_only_for_children_and_cookies() -> None:
    """An English edition may protect data "with safeguards" or "modify this policy" in none of the model's words: a
    Chinese 「資訊安全」 or 「政策變更」 gap is not absent for that; 「兒童」 and 「Cookie」 are."""
    from policylens.compare import absent

    english = absent.Other(_doc("We protect your data with safeguards. We may modify this policy."), chinese=False)
    chinese = absent.Other(_doc("本應用不收集任何資料。"), chinese=True)

    def gap(title: str) -> Section:
        return _doc(f"# 政策\n\n## {title}\n\n內容。").sections[-1]

    assert [t for t in ("資訊安全", "政策變更", "資料保留", "兒童隱私", "Cookie 使用") if english.lacks_subject_of(gap(t))] == [
        "兒童隱私",
        "Cookie 使用",
    ]
    assert all(chinese.lacks_subject_of(gap(t)) for t in ("Security", "Changes to This Policy", "Data Retention"))


def _doc(text: str) -> Document:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.md"
        path.write_text(text, encoding="utf-8")
        return parse_path(path)


def test_an_english_edition_is_not_read_for_retention(tmp_path: Path) -> None:
    """A Chinese 「資料保留」 section against an English edition that says "keep" (no retention word of the model)."""
    zh = (
        EN.replace("## Data Retention\n", "## 資料保留\n")
        .replace("Notes stay on your device for as long as the app is installed", "筆記在應用程式安裝期間保留")
        .replace("and are removed when you uninstall it.", "解除安裝時刪除。")
    )
    en = "# Privacy Policy\n\n## The app\nWe keep nothing. Notes stay on your phone.\n\n## Website\nNo tracking.\n\n## Contact\nhello@notely.example\n"
    product = compare_folder(tmp_path / "notely", {"en.md": en, "zh-Hant.md": zh})
    titles = {(e.get("section") or e.get("other") or {}).get("title") for e in sure(product, "divergences")}
    assert "資料保留" not in titles


def test_frames_lag_real_regression() -> None:
    """eval/editions50 frames-lag (constructed from real blobs of one day): FL1, FL5, FL6, FL7 sure; the sections whose
    content the Chinese carry under other titles (Subscriptions, Website) unsure."""
    from helpers import compare_product

    product = compare_product(SET / "editions" / "frames-lag")
    got = _sure_extra(product)
    assert got == {"iCloud Sync", "Data Retention and Deletion", "Children's Privacy", "Changes to This Policy"}


def test_an_acronym_is_no_name_kept_in_latin_letters(tmp_path: Path) -> None:
    """A Chinese edition may write a law's Chinese name for GDPR or APPI: an English section named by an acronym the
    Chinese never writes is not absent for that (eval/editions30 cutora), while iCloud is."""
    from policylens.compare import absent

    (tmp_path / "zh-Hant.md").write_text(ZH_BARE, encoding="utf-8")
    en = "# Policy\n\n## GDPR Rights\nUnder the GDPR you may ask.\n\n## iCloud Backup\nYour iCloud keeps a copy.\n"
    (tmp_path / "en.md").write_text(en, encoding="utf-8")
    reader = absent.Other(parse_path(tmp_path / "zh-Hant.md"), chinese=True)
    assert [s.title for s in parse_path(tmp_path / "en.md").sections if s.title and reader.lacks_subject_of(s)] == ["iCloud Backup"]


def _inserted(old: str, new: str) -> tuple[bool, bool]:
    from policylens.compare.evidence import inserted_meaning, read_one_way

    a, b = read_one_way(old, new, ("hant", "hans"))
    return inserted_meaning(a, b), inserted_meaning(b, a)


def test_only_before_the_condition_against_then_only_after_it_is_one_restriction() -> None:
    """「仅在你选择填写时记录」 / 「你選擇填寫時才會記錄」: 仅 added and 才 dropped say one thing (eval/editions30 savio, a
    faithful group made sure once u50d read its other sections as reworded)."""
    assert _inserted("睡眠（你選擇填寫時才會記錄）。", "睡眠（仅在你选择填写时记录）。") == (False, False)
    # 仅 added with no 才 taken away, or beside a data item or a clause added: still words of meaning
    assert _inserted("我們在你選擇填寫時記錄。", "我们仅在你选择填写时记录。") == (True, True)
    assert _inserted("你選擇填寫時才會記錄位置。", "仅在你选择填写时记录位置和电话。") == (True, True)
    assert _inserted("你選擇填寫時才會記錄。", "仅在你选择填写时记录，不会分享。") == (True, True)


def test_savio_faithful_group_has_no_sure_entry() -> None:
    from helpers import compare_product

    product = compare_product(SET.parent / "editions30" / "editions" / "savio")
    assert sure(product) == []


def test_a_subject_written_in_other_words_is_present() -> None:
    """Presence is read broadly: 「保障措施來保護」 is security, 「本政策如有變更」 a change of the policy, 「保存」 retention,
    though the model's words (安全, 修訂, 保留) are not there; StoreKit is no "store"."""
    from policylens.compare import absent

    def gap(title: str) -> Section:
        return _doc(f"# Policy\n\n## {title}\n\nText.").sections[-1]

    said = absent.Other(_doc("我們採用合理的保障措施來保護資訊。本政策如有變更將公告。資料保存於裝置。"), chinese=True)
    assert not any(said.lacks_subject_of(gap(t)) for t in ("Security", "Changes to This Policy", "Data Retention"))
    storekit = absent.Other(_doc("應用使用 Apple 的 StoreKit 框架。"), chinese=True)
    assert storekit.lacks_subject_of(gap("Data Retention"))
