"""`compare` of a condensed or lagging translation, and of a line one edition writes as a sub-heading (u40c, eval/editions40).

Two classes found on the development groups of eval/editions40. A Chinese edition that keeps six of the English
edition's eleven sections (battleflow) left five sections without a counterpart, more than `align.GAP_SHARE` of the
outline, and every gap was made unsure: the four sections the translation really lacks ("How We Use Information",
"Opt-Out Rights", "Security", "Your Consent") were missed.  A shorter outline wholly and clearly paired, with no room
in its sections for what the longer one's other sections say, is contained in it (`align._contained`); a gap whose
topic a neighbour's counterpart names in its title is merged there ("Third Party Access" in 「共享與保存」,
`align._absorbed`) and stays unsure.  A bold line read as a sub-heading in the Chinese edition and as a paragraph in
the English one (antsdiary's 「設定 > 隱私權與安全性 > 追蹤」) made the English sentence one the Chinese section lacked:
the sub-sections with no counterpart under a paired section now count as said by it (`sentences.lone_sentences`).
"""

from __future__ import annotations

from pathlib import Path

from helpers import compare_product, sure_summary, write_files
from policylens.compare import align as alignlib

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions40"


# -- a condensed translation: the shorter outline contained in the longer one -------------------------------------

_EN = """# Privacy Policy

## Information We Collect

We collect crash reports and purchase status to run the app.

We do not collect precise GPS location.

## Third-Party Services

We use Firebase Crashlytics and RevenueCat.

## How We Use Information

We use information to provide features, fix bugs and restore purchases.

## Children's Privacy

The app is not directed to children under 13.

## Opt-Out Rights

You can stop all collection by uninstalling the app.

## Security

We use reasonable safeguards to protect information.

## Your Consent

By using the app, you consent to this policy.

## Changes

We may update this policy; changes are effective when posted.

## Contact Us

Email: hello@example.com
"""

_ZH = """# 隱私政策

## 資訊蒐集與使用

我們蒐集當機回報與購買狀態以營運應用程式。

我們不會蒐集精確 GPS 位置。

## 第三方服務

我們使用 Firebase Crashlytics 與 RevenueCat。

## 兒童隱私

本應用程式不面向 13 歲以下兒童。

## 政策更新

我們可能更新本政策，更新內容於本頁面發布時生效。

## 聯絡我們

Email: hello@example.com
"""


def test_editions40_battleflow_sections_the_chinese_editions_lack_are_sure() -> None:
    sure = sure_summary(compare_product(ROOT / "editions" / "battleflow"))
    assert sorted(sure) == [
        ("fact", "section-count"),
        ("section-extra", "How We Use Information"),
        ("section-extra", "Opt-Out Rights"),
        ("section-extra", "Security"),
        ("section-extra", "Your Consent"),
    ]


def test_editions40_battleflow_a_section_merged_into_another_is_unsure() -> None:
    product = compare_product(ROOT / "editions" / "battleflow")
    (merged,) = [d for d in product["divergences"] if (d.get("other") or {}).get("title") == "Third Party Access"]
    assert merged["confidence"] < 0.5


def test_a_condensed_translation_lacks_four_sections_for_sure(tmp_path: Path) -> None:
    folder = write_files(tmp_path / "p", {"en.2026-01-01.md": _EN, "zh-Hant.2026-01-01.md": _ZH})
    assert sorted(sure_summary(compare_product(folder))) == [
        ("fact", "section-count"),
        ("section-extra", "How We Use Information"),
        ("section-extra", "Opt-Out Rights"),
        ("section-extra", "Security"),
        ("section-extra", "Your Consent"),
    ]


def _profile(index: int, position: float, size: int, title: set[str], body: frozenset[str] | set[str] = frozenset()) -> alignlib.Profile:
    return alignlib.Profile(index, 2, position, frozenset(title), frozenset(body), frozenset(), size)


def test_contained_needs_every_section_of_the_shorter_outline_paired_and_no_room() -> None:
    short = [_profile(i, i / 3, 2, {"t"}) for i in range(4)]
    long_ = [_profile(i, i / 6, 2, {"t"}) for i in range(7)]
    pairs = {0: (0, 0.8), 1: (2, 0.7), 2: (4, 0.9), 3: (6, 0.8)}
    gaps = {1: 1.0, 3: 1.0, 5: 1.0}
    assert alignlib._contained(short, long_, pairs, {}, gaps)
    # pairs that cross (a section read at another's place by its anchors): no containment (eval/editions34 akshare)
    assert not alignlib._contained(short, long_, {**pairs, 1: (4, 0.7), 2: (2, 0.9)}, {}, gaps)
    # a pair on weak evidence: the outlines may differ, the gaps stay unsure
    assert not alignlib._contained(short, long_, {**pairs, 1: (2, 0.45)}, {}, gaps)
    # one section of the shorter outline without a counterpart
    assert not alignlib._contained(short, long_, {k: v for k, v in pairs.items() if k != 3}, {3: 1.0}, gaps)
    # the shorter edition's sections hold more than their partners: room for what the gaps say, written in them
    roomy = [p._replace(size=4) for p in short]
    assert not alignlib._contained(roomy, long_, pairs, {}, gaps)
    # fewer than half the longer outline's sections
    assert not alignlib._contained(
        short[:3], [*long_, *(_profile(i, 1.0, 2, {"t"}) for i in range(7, 10))], dict(list(pairs.items())[:3]), {}, gaps
    )


def test_a_translation_that_says_the_missing_sections_elsewhere_keeps_them_unsure(tmp_path: Path) -> None:
    # battleflow's zh-Hant with the security, consent and opt-out sentences written into 兒童隱私: its sections hold
    # more than their English partners, room for what the gaps say; no gap is sure (as on the frozen base)
    group = ROOT / "editions" / "battleflow"
    zh = (group / "zh-Hant.2026-03-04.md").read_text(encoding="utf-8")
    said = "我們不會故意蒐集 13 歲以下兒童的個人資訊。"
    assert said in zh
    zh = zh.replace(
        said,
        said + "\n\n我們採用合理的管理、技術和組織保障措施來保護資訊。\n\n使用本應用程式即表示您同意本隱私政策。"
        "\n\n您可以透過解除安裝應用程式停止所有資訊蒐集。",
    )
    en = (group / "en.2026-03-04.md").read_text(encoding="utf-8")
    folder = write_files(tmp_path / "battleflow", {"en.2026-03-04.md": en, "zh-Hant.2026-03-04.md": zh})
    product = compare_product(folder)
    extra = [d for d in product["divergences"] if d["kind"] == "section-extra"]
    assert len(extra) == 5
    assert sure_summary(product) == []


def test_absorbed_reads_a_merge_from_the_counterpart_title_only() -> None:
    gap = _profile(4, 0.3, 1, {"user-rights"}, {"sharing"})  # "Third Party Access"
    own = _profile(5, 0.4, 2, {"retention"}, {"contact", "purposes", "retention"})  # "Data Retention"
    merged = _profile(3, 0.4, 2, {"sharing"}, {"purposes", "sharing"})  # 「共享與保存」
    assert alignlib._absorbed(gap, [(own, merged)])
    # a section about purposes beside "Third-Party Services" ↔ 「第三方服務」: nothing of it in that title
    purposes = _profile(3, 0.2, 5, {"purposes"})
    services, services_zh = _profile(2, 0.1, 5, {"sharing"}, {"sharing"}), _profile(2, 0.2, 4, {"sharing"})
    assert not alignlib._absorbed(purposes, [(services, services_zh)])
    # the neighbour names the topic itself: nothing was merged into its counterpart
    assert not alignlib._absorbed(gap, [(own._replace(body_topics=frozenset({"sharing"})), merged)])


# -- a line one edition writes as a sub-heading -------------------------------------------------------------------


def test_editions40_antsdiary_a_bold_line_read_as_a_sub_heading_is_no_lone_sentence() -> None:
    assert sure_summary(compare_product(ROOT / "editions" / "antsdiary")) == []


def _antsdiary(tmp_path: Path, line: str) -> dict:
    """antsdiary's English and zh-Hant editions, the zh-Hant bold line 「設定 > 隱私權與安全性 > 追蹤」 (read as a
    sub-heading of 「2. 廣告投放」) replaced by `line`."""
    group = ROOT / "editions" / "antsdiary"
    zh = (group / "zh-Hant.2026-03-26.html").read_text(encoding="utf-8")
    bold = "<p><strong>設定 > 隱私權與安全性 > 追蹤</strong></p>"
    assert bold in zh
    files = {
        "en.2026-03-26.html": (group / "en.2026-03-26.html").read_text(encoding="utf-8"),
        "zh-Hant.2026-03-26.html": zh.replace(bold, f"<p><strong>{line}</strong></p>"),
    }
    return compare_product(write_files(tmp_path / "antsdiary", files))


def test_a_sub_heading_of_one_edition_is_said_by_the_paired_section(tmp_path: Path) -> None:
    assert sure_summary(_antsdiary(tmp_path, "設定 > 隱私權與安全性 > 追蹤")) == []


def test_a_sentence_the_other_edition_lacks_everywhere_is_still_reported(tmp_path: Path) -> None:
    # the same sub-heading saying something else: the English "Settings > Privacy & Security > Tracking" is lacking
    assert sure_summary(_antsdiary(tmp_path, "更多說明")) == [("sentence-only", "Settings > Privacy & Security > Tracking")]
