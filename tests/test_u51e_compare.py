"""u51e (fifty-first session): copyright lines carry no topic and no evidence; month-only dates are compared.

Both classes from `eval/editions51` (m51w, measured blind on the session's start; fixed from that set, so not blind):
- megafactory: 「© [2025] [X]. 保留所有權利。」 against 「© [2025] X。版权所有。」 in a contact section lifted a wording change to a
  sure `section-content` entry (the filled-in template bracket counted as a fact) with the topics *retention* and
  *user-rights* (a changed run cut 「保留所有權利」 into 保留 and 權利);
- grid-lag GL8: 'Last updated: May 2026' against 「最近更新：2026 年 6 月」 was not compared (a date fact needed its day).
"""

from __future__ import annotations

from pathlib import Path

from helpers import compare_folder, sure
from policylens.compare import months
from policylens.diff.topics import change_topics

SET = Path(__file__).resolve().parents[1] / "eval" / "editions51"

HANT = """# 隱私權政策

## 1. 我們收集的資料

我們僅收集遊戲進度資料，儲存在您的裝置上。

## 7. 聯繫方式

如果您對本隱私權政策有任何疑問，請聯繫我們：{mail}

{footer}
"""
HANS = """# 隐私政策

## 1. 我们收集的资料

我们仅收集游戏进度资料，储存在您的装置上。

## 7. 联系方式

如果您对本隐私政策有任何疑问，请联系我们：{mail}

{footer}
"""


def _pair(tmp_path: Path, hant_footer: str, hans_footer: str, hans_mail: str = "a@example.com") -> dict:
    return compare_folder(
        tmp_path / "p",
        {
            "zh-Hant.2025-01-01.md": HANT.format(mail="a@example.com", footer=hant_footer),
            "zh-Hans.2025-01-01.md": HANS.format(mail=hans_mail, footer=hans_footer),
        },
    )


def test_a_copyright_line_written_otherwise_is_no_sure_entry(tmp_path: Path) -> None:
    for hant, hans in (
        ("© [2025] [Foo Studio]. 保留所有權利。", "© [2025] Foo Studio。版权所有。"),
        ("© 2025 Foo Studio. 保留所有權利。", "© 2025 Foo Studio。版权所有。"),
        ("Copyright © 2024 Foo Studio. All rights reserved.", "© 2025 Foo Studio 保留所有权利"),
    ):
        product = _pair(tmp_path, hant, hans)
        assert sure(product) == [], (hant, hans)
        for entry in product["divergences"]:
            assert not {"retention", "user-rights"} & set(entry.get("topics", [])), (hant, hans)


def test_a_real_change_beside_a_copyright_line_stays_sure(tmp_path: Path) -> None:
    product = _pair(tmp_path, "© [2025] [Foo Studio]. 保留所有權利。", "© [2025] Foo Studio。版权所有。", hans_mail="b@example.com")
    assert any(e["kind"] == "section-content" or e.get("fact") == "email" for e in sure(product))


def test_change_topics_reads_a_copyright_line_whole() -> None:
    assert change_topics(["]. 保留所有", "所有權利。"], "© [2025] [X]. 保留所有權利。", "© [2025] X。版权所有。") == ()
    # a sentence of the policy keeps the topics of its changed runs
    assert "retention" in change_topics(["保留您的资料"], "我们保留您的资料 30 天。", "我们保留您的资料 60 天。")
    # a long paragraph that ends with a copyright mark is no copyright line
    long = "我们会保留您的个人信息直至您注销账号，" * 6 + "版权所有"
    assert "retention" in change_topics(["保留您的个人信息"], long, long.replace("注销", "删除"))


EN = """# Privacy Policy

## 1. Data

We store your game progress on your device.

## 2. Last Updated

Last updated: {date}
"""
ZH = """# 隐私政策

## 1. 资料

我们将您的游戏进度储存在您的装置上。

## 2. 最近更新

最近更新：{date}
"""


def _dated(tmp_path: Path, en: str, zh: str | None) -> dict:
    zh_text = ZH.format(date=zh) if zh is not None else ZH.split("## 2.")[0]
    return compare_folder(tmp_path / "d", {"zh-Hans.2026-06-01.md": zh_text, "en.2026-06-01.md": EN.format(date=en)})


def _dates(product: dict) -> list[tuple[object, object, float]]:
    return [(d["base_value"], d["value"], d["confidence"]) for d in product["divergences"] if d.get("fact") == "date"]


def test_month_only_dates_that_differ_are_a_sure_date_entry(tmp_path: Path) -> None:
    assert [(b, v) for b, v, c in _dates(_dated(tmp_path, "May 2026", "2026 年 6 月")) if c >= 0.5] == [("2026 年 6 月", "May 2026")]


def test_the_same_month_written_otherwise_is_quiet(tmp_path: Path) -> None:
    for en, zh in (("May 2026", "2026 年 5 月"), ("May 2026", "2026年5月20日"), ("May 20, 2026", "2026 年 5 月"), ("2026-05", "2026年5月")):
        assert _dates(_dated(tmp_path, en, zh)) == [], (en, zh)


def test_a_month_only_date_the_other_edition_lacks_is_unsure(tmp_path: Path) -> None:
    assert all(c < 0.5 for *_, c in _dates(_dated(tmp_path, "May 2026", None)))


def test_month_dates_reads_only_a_labelled_month() -> None:
    assert months.is_month("2026-05") and not months.is_month("2026-05-20")
    assert months.same_month("2026-05", "2026-05-20") and not months.same_month("2026-05", "2026-06-01")
    read = months._read
    assert [k for *_, k in read("Last updated: May 2026")] == ["2026-05"]
    assert read("Last updated: 15 May 2026") == []  # a full date (the metadata reads it)
    assert read("最近更新：2026年6月1日") == []
    assert [k for *_, k in read("最後更新：2026 年 6 月")] == ["2026-06"]


def test_real_groups(tmp_path: Path) -> None:
    from helpers import compare_product

    mega = compare_product(SET / "editions" / "megafactory")
    assert sure(mega) == []
    grid_lag = compare_product(SET / "editions" / "grid-lag")
    assert [(d["base_value"], d["value"]) for d in sure(grid_lag, "divergences") if d.get("fact") == "date"] == [
        ("2026 年 6 月", "May 2026")
    ]
    grid = compare_product(SET / "editions" / "grid")
    assert sure(grid) == []


EN_SYNC = """# Privacy Policy

## 1. Information We Collect

We collect game progress data. This data is stored locally on your device. {en}

## 2. Contact

Email us at a@example.com.
"""
ZH_SYNC = """# 隐私政策

## 1. 我们收集的信息

我们会收集游戏进度数据。这些数据会本地存储在您的设备上。{zh}

## 2. 联系我们

请发送邮件至 a@example.com。
"""


def _synced(tmp_path: Path, en: str, zh: str) -> list[str]:
    product = compare_folder(tmp_path / "s", {"en.2025-01-01.md": EN_SYNC.format(en=en), "zh-Hans.2025-01-01.md": ZH_SYNC.format(zh=zh)})
    return [x["text"] for x in sure(product, "sentences")]


def test_a_practice_optional_in_one_edition_and_automatic_in_the_other_is_reported_once(tmp_path: Path) -> None:
    for en, zh in (
        ("When you choose to sync, it is synced to our cloud servers.", "数据会自动同步到我们的云服务器。"),
        ("Your progress is optionally synced to our cloud servers.", "您的进度会自动同步到我们的云服务器。"),
        ("Your progress is automatically backed up to our servers.", "如您选择，您的进度会备份到我们的服务器。"),
    ):
        assert len(_synced(tmp_path, en, zh)) == 1, (en, zh)


def test_a_faithful_or_silent_qualifier_stays_quiet(tmp_path: Path) -> None:
    for en, zh in (
        ("Your progress is automatically synced to our cloud servers.", "您的进度会自动同步到我们的云服务器。"),
        ("When you choose to sync, it is synced to our cloud servers.", "当您选择同步时，数据会同步到我们的云服务器。"),
        ("Your progress is automatically synced to our cloud servers.", "您的进度会同步到我们的云服务器。"),  # qualifier dropped
        ("Your progress is synced to our cloud servers.", "您的进度会自动同步到我们的云服务器。"),  # qualifier added
        # both modes on one side: automatic once the user turned it on
        ("If you turn on sync, your progress is automatically synced.", "您的进度会自动同步到我们的云服务器。"),
    ):
        assert _synced(tmp_path, en, zh) == [], (en, zh)


def test_grid_lag_reports_the_automatic_sync() -> None:
    from helpers import compare_product

    texts = [x["text"] for x in sure(compare_product(SET / "editions" / "grid-lag"), "sentences")]
    assert any("自動同步" in t for t in texts)


EN_MANY = "# Privacy Policy\n\n" + "".join(
    f"## {title}\n\n{body}\n\n"
    for title, body in (
        ("Information We Collect", "The app does not require an account."),
        ("Exchange Rate Data", "Exchange rates are retrieved from the Frankfurter API."),
        ("Advertising", "The app shows ads from AdMob."),
        ("Local Data", "Your favourites are stored on your device."),
        ("Data Retention", "We keep nothing on our servers."),
        ("Children", "The app is not directed at children."),
        ("Contact", "Write to dev@example.com."),
    )
)
ZH_CONDENSED = """# 隐私政策

本应用不需要帐户。汇率是从 Frankfurter API 检索的。本应用会显示 AdMob 广告。您的收藏储存在您的设备上。我们不在服务器上保留任何内容。本应用并非针对儿童。

## 可选分析

网站仅在您同意后加载 Firebase Analytics，用于统计页面浏览量。

## 联系开发者

请写信至 dev@example.com。
"""


def test_a_condensed_chinese_edition_reports_the_names_the_english_never_writes(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "c", {"en.2026-01-01.md": EN_MANY, "zh-Hans.2026-01-01.md": ZH_CONDENSED})
    assert [x["lacks"] for x in sure(product, "sentences")] == [["analytics", "firebase"]]
    # a faithful condensed translation (every name written in English too) reports nothing
    faithful = EN_MANY.replace("We keep nothing", "With your consent the website loads Firebase Analytics. We keep nothing")
    product = compare_folder(tmp_path / "f", {"en.2026-01-01.md": faithful, "zh-Hans.2026-01-01.md": ZH_CONDENSED})
    assert sure(product, "sentences") == []


def test_balkan_lag_reports_the_chinese_only_analytics() -> None:
    from helpers import compare_product

    texts = [x["text"] for x in sure(compare_product(SET / "editions" / "balkan-lag"), "sentences")]
    assert any("Firebase Analytics" in t for t in texts)


def test_a_promise_reversed_is_reported_and_a_faithful_one_is_quiet(tmp_path: Path) -> None:
    reversed_ = ("We do not share your game data with third parties.", "我们会与第三方合作伙伴共享您的游戏数据。")
    assert len(_synced(tmp_path, *reversed_)) == 1
    for en, zh in (
        ("We do not share your game data with third parties.", "我们不会与第三方共享您的游戏数据。"),
        ("We never sell your data.", "我们绝不出售您的数据。"),
        ("We share your game data with our partners.", "我们会与合作伙伴共享您的游戏数据。"),
        # an exception or a condition on either side gives no mode
        ("We do not share your game data except as required by law.", "我们会与合作伙伴共享您的游戏数据。"),
        ("We do not share your game data with third parties.", "经您同意后，我们会与合作伙伴共享您的游戏数据。"),
        # the user's own sharing is no promise of the operator's
        ("We do not share your game data with third parties.", "您可以将成绩分享给好友。我们不会与第三方共享您的游戏数据。"),
    ):
        assert _synced(tmp_path, en, zh) == [], (en, zh)


def test_yorina_avoiding_tracking_is_no_reversal() -> None:
    """ "avoids unnecessary tracking" / 「避免不必要的追蹤」 (eval/editions26 yorina): both avoid it (regression run)."""
    from helpers import compare_product

    yorina = Path(__file__).resolve().parents[1] / "eval" / "editions26" / "editions" / "yorina"
    assert sure(compare_product(yorina), "sentences") == []


def test_a_month_in_a_section_on_policy_changes_is_no_date(tmp_path: Path) -> None:
    """A heading on how the policy changes (「本政策的更新」) labels no date: its months are of something else."""
    en = "# Privacy Policy\n\n## 1. Data\n\nWe store your progress on your device.\n\n## 2. Updates\n\nLast updated: May 20, 2026\n"
    zh = "# 隐私政策\n\n## 1. 资料\n\n我们将您的进度储存在您的装置上。\n\n## 2. 本政策的更新\n\n自 2025 年 3 月起，我们不再使用广告。\n"
    product = compare_folder(tmp_path / "u", {"en.2026-06-01.md": en, "zh-Hans.2026-06-01.md": zh})
    assert [d for d in sure(product, "divergences") if d.get("fact") == "date" and d.get("value") and "2025" in str(d)] == []
    assert months.month_dates.__doc__
