"""`diff` on the classes the twenty-fourth session's blind set showed (u24b, `eval/blind/pairs24`: real version pairs,
annotated before any run, then scored once on frozen main 0a1993be; the texts below are invented, not copied).

1. *A cross-promotion block after the policy* (eval/blind/pairs24/pairs/lockhour-promo-footer/new.html, and pairs23's
   hourstag-promo-footer): 「<section aria-label="同一开发者的更多 App"><h2>…</h2>…App Store cards…<p>链接会打开
   App Store。</p></section>」 after </main> was read as a policy section: a false added section, two entries, exit 1
   (`load.html.extractor._Extractor._promotion`, `_promotions`).
2. *A page that opens on 「【引言】」* (eval/blind/pairs24/pairs/activity-policy-wxml/new.wxml): with the header view
   holding the title removed, the bracketed opening heading was taken as the document's title, so the section was
   shown removed and the title as changed to 「【引言】」 (`structure.headings.title._OPENING_SECTION`).
3. *A number-only heading turned into a list number* (eval/blind/pairs24/pairs/xiaoying-md-restructure): 「### 3.3」
   over a paragraph became 「3. …」 in its parent while the list under it was reworded: 「3.3」 was shown removed, though
   「3.1」 and 「3.2」 (the same change, unedited) were merged (`diff.moves._bare_number`).
4. *A date line whose label is written in English* (eval/blind/pairs24/pairs/heartsurround-relocalize):
   「更新日期：2026-05-04」 → 「Updated: 2026-05-04」 was shown as a change (`diff.keys._date_line_key`).
"""

from __future__ import annotations

from helpers import parse_string
from policylens.diff import diff_documents


def _report(old: str, new: str, suffix: str = ".html"):  # type: ignore[no-untyped-def]
    return diff_documents(parse_string(old, suffix), parse_string(new, suffix))


def _changes(old: str, new: str, suffix: str = ".html") -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in _report(old, new, suffix).sections for c in s.changes]


def _statuses(old: str, new: str, suffix: str = ".html") -> list[tuple[str | None, str | None, str, bool]]:
    return [
        (s.old.title if s.old else None, s.new.title if s.new else None, s.status, s.merged or s.split)
        for s in _report(old, new, suffix).sections
    ]


PAGE = """<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>晴川记账 隐私政策</title></head>
<body>
<header class="site-header"><a href="index.html">晴川记账</a></header>
<main>
<h1>晴川记账 隐私政策</h1>
<h2>我们收集哪些数据</h2>
<p>我们不会收集你的个人数据，账单只保存在你的设备上。晴川记账没有用户账号，也不会把你的记录上传到我们的服务器。</p>
<h2>数据保存在哪里</h2>
<p>你创建的账单与设置只会通过系统标准的本地存储保存在你的设备上；删除 App 会一并删除这些数据。</p>
<h2>第三方</h2>
<p>本 App 不含第三方广告，也不含第三方分析或跟踪 SDK。我们不会为你建立跨 App 或跨网站的画像。</p>
<h2>联系方式</h2>
<p>隐私相关问题请发送至 qingchuan.app@example.com。</p>
</main>
{promo}
<footer class="site-footer"><span>© 2026 晴川记账</span></footer>
</body></html>
"""

PROMO = """<section aria-label="同一开发者的更多 App"><h2>同一开发者的更多 App</h2><div>
<a href="https://apps.apple.com/app/id1000000001"><strong>云朵日记</strong><span>免费 · 一次性购买解锁,无订阅</span>在 App Store 查看</a>
<a href="https://apps.apple.com/app/id1000000002"><strong>番茄专注</strong><span>免费 · 一次性购买解锁,无订阅</span>在 App Store 查看</a>
<a href="https://apps.apple.com/app/id1000000003"><strong>小票扫描</strong><span>免费 · 一次性购买解锁,无订阅</span>在 App Store 查看</a>
</div><p>链接会打开 App Store。</p></section>"""


def test_cross_promotion_block_after_the_policy_is_chrome() -> None:
    """A block after </main> whose links all go to an app store adds no section and no change (class 1)."""
    old, new = PAGE.format(promo=""), PAGE.format(promo=PROMO)
    report = _report(old, new)
    assert _changes(old, new) == []
    assert all(s.status == "unchanged" for s in report.sections)
    assert [s.new.title for s in report.sections if s.new and s.new.title] == ["我们收集哪些数据", "数据保存在哪里", "第三方", "联系方式"]


def test_app_store_links_inside_the_policy_stay_text() -> None:
    """The same block inside <main> is the policy's own text: its section and lines are compared (class 1)."""
    inside = PAGE.replace("</main>\n{promo}", "{promo}\n</main>")
    old, new = inside.format(promo=""), inside.format(promo=PROMO)
    assert "同一开发者的更多 App" in {s.new.title for s in _report(old, new).sections if s.new and s.status == "added"}
    assert any(n and "链接会打开 App Store" in n for _, n in _changes(old, new))


def test_a_promotion_block_that_dates_something_stays_text() -> None:
    """A block after </main> with a date or an e-mail is kept whole, app-store links or not (class 1)."""
    dated = PROMO.replace("链接会打开 App Store。", "本页于 2026-05-04 更新，链接会打开 App Store。")
    old, new = PAGE.format(promo=""), PAGE.format(promo=dated)
    assert any(n and "2026-05-04" in n for _, n in _changes(old, new))


WXML = """<view class="page">
{header}
<view class="section"><text class="section-title">【引言】</text>
<text class="paragraph">小鹿打卡深知个人信息对您的重要性。</text></view>
<view class="section"><text class="section-title">一、我们收集的信息</text>
<text class="paragraph">我们收集您的微信昵称和头像。</text></view>
<view class="section"><text class="section-title">二、联系我们</text>
<text class="paragraph">邮箱：xiaolu@example.com</text></view>
</view>
"""
HEADER = """<view class="header"><text class="policy-title">小鹿打卡 隐私政策</text>
<text class="date">更新日期：2025年6月1日</text></view>"""


def test_a_bracketed_opening_heading_is_no_title() -> None:
    """With the title line gone, 「【引言】」 on top stays the first section: no section removed, the title deleted
    (class 2)."""
    old, new = WXML.format(header=HEADER), WXML.format(header="")
    doc = parse_string(new, ".wxml")
    assert doc.metadata.title is None
    assert next(s.title for s in doc.sections if s.title) == "【引言】"
    report = _report(old, new, ".wxml")
    assert ("【引言】", "【引言】", "unchanged", False) in _statuses(old, new, ".wxml")
    assert report.title is not None and report.title.new_text is None
    assert any(o and "2025年6月1日" in o for o, _ in _changes(old, new, ".wxml"))


def test_a_named_opening_line_is_still_a_title() -> None:
    """A bracketed line that is not an opening section's name (「【小鹿打卡隐私政策】」) may still title the page (class 2)."""
    doc = parse_string(WXML.format(header="").replace("【引言】", "【小鹿打卡隐私政策】"), ".wxml")
    assert doc.metadata.title == "【小鹿打卡隐私政策】"


MD_OLD = """# 青苗笔记隐私政策

## 3 我们如何使用信息

### 3.1

我们只在提供服务所必需的范围内使用您的信息。

### 3.2

以下是我们使用信息的具体情况：

- 您的账号信息。其用于登录。其仅存储在本地。
- 您的使用日志。其用于统计分析。其会被发送至服务器。

## 4 联系我们

请发送邮件至 qingmiao@example.com。
"""

MD_NEW = """# 青苗笔记隐私政策

## 3 我们如何使用信息

1. 我们只在提供服务所必需的范围内使用您的信息。

2. 以下是我们使用信息的具体情况：

- 您的账号信息。其用于登录，并仅存储在本地。
- 您的使用日志。其仅用于统计分析，并会被发送至服务器。

## 4 联系我们

请发送邮件至 qingmiao@example.com。
"""


def test_number_only_heading_turned_into_a_list_number_is_merged() -> None:
    """「### 3.2」 whose list was reworded is merged into section 3 like the unedited 「### 3.1」, not removed; every
    edit of its list is still shown (class 3)."""
    statuses = _statuses(MD_OLD, MD_NEW, ".md")
    assert ("3.1", None, "unchanged", True) in statuses
    assert ("3.2", None, "unchanged", True) in statuses
    assert not any(status == "removed" for _, _, status, _ in statuses)
    changes = _changes(MD_OLD, MD_NEW, ".md")
    assert any(n and "其用于登录，并仅存储在本地" in n for _, n in changes)
    assert any(n and "其仅用于统计分析" in n for _, n in changes)


def test_a_named_heading_with_edited_text_elsewhere_stays_removed() -> None:
    """A heading with a name (「### 3.2 使用情况」) dropped while its list is reworded is still removed (class 3)."""
    old = MD_OLD.replace("### 3.2\n", "### 3.2 使用情况\n")
    statuses = _statuses(old, MD_NEW, ".md")
    assert ("3.2 使用情况", None, "removed", False) in statuses


DATED = """<html><body><main><h1>云朵日记 隐私政策</h1><p>{date}</p>
<p>我们不会收集你的个人数据。</p></main></body></html>"""


def test_a_date_label_written_in_english_is_no_change() -> None:
    """「更新日期：2026-05-04」 → 「Updated: 2026-05-04」: the same date under a translated label (class 4)."""
    assert _changes(DATED.format(date="更新日期：2026-05-04"), DATED.format(date="Updated: 2026-05-04")) == []
    assert _changes(DATED.format(date="生效日期：2026-05-04"), DATED.format(date="Effective date: 2026-05-04")) == []


def test_a_date_or_its_kind_that_changes_still_shows() -> None:
    """Another date, or an update date turned into an effective one, is a change (class 4)."""
    assert _changes(DATED.format(date="更新日期：2026-05-04"), DATED.format(date="Updated: 2026-05-06")) != []
    assert _changes(DATED.format(date="更新日期：2026-05-04"), DATED.format(date="Effective: 2026-05-04")) != []
    assert _changes(DATED.format(date="更新日期：2026-05-04"), DATED.format(date="Updated: pending review")) != []
