"""`diff` on the classes the twenty-sixth session's pairs showed (u26b, `eval/pairs26`: fourteen real version pairs,
annotated before any run; the texts below are invented, not copied).

1. *A title line added above the document title, or removed* (pairs26 wordcatcher-frontmatter, wordcatcher-title-drop):
   「# 隐私政策 (中文)」 over 「# 隐私政策」 makes the old title the heading of the opening text; the untitled opening was
   paired with that heading and flagged renamed, exit 1 for a file whose words had not changed
   (`diff.align._title_line_shifted`).
2. *A label pictograph and a line break after a full-width colon* (pairs26 mta-hant-consent): 「請聯絡我們：wuwei@…」 re-set
   as 「請聯絡我們：\\n📧 wuwei@…」 was a replaced paragraph (`patterns.LABEL_PICTOGRAPH`, `diff.keys._WIDE_GAP`).
3. *An outline re-typed 一、 → 1. with its titles reworded* (the leftover of `eval/blind/pairs25`, described in docs/diff.md):
   a section whose title shares no word with its successor's and whose body is 0.2–0.45 alike was shown removed + added
   although every heading of the document changed style at once (`diff.align.gaps._restyled`, `GAP_BODY_RESTYLED`).
4. *「App」 for 应用 across scripts* (pairs25's edition pair): a translator's 「App」 read as a Latin name, so 「用本地应用」 /
   「用本機 App」 was a change, not reworded (`diff.content._APP`).  Within one script it stays the author's edit.
5. *A language bar whose links touch* (pairs26 revision-navbar, second batch): 「<a>繁體中文</a><a>English</a>」 reads
   「繁體中文English」, which the switcher pattern refused (a Latin letter after 繁體中文 read as one word); the bar's removal,
   beside a new <nav>, showed three entries (`diff.keys._NAME`).
"""

from __future__ import annotations

from helpers import parse_string
from policylens.diff import diff_documents, has_changes
from policylens.diff.keys import layout_key
from policylens.model import DiffReport


def _report(old: str, new: str, suffix: str = ".md") -> DiffReport:
    return diff_documents(parse_string(old, suffix), parse_string(new, suffix))


def _sections(report: DiffReport) -> list[tuple[str | None, str | None, str, bool]]:
    return [(s.old.title if s.old else None, s.new.title if s.new else None, s.status, s.renamed) for s in report.sections]


# --- class 1: a title line added above the document title, or removed -------------------------------------------

TITLED = """# 隐私政策

最后更新日期：2025年7月24日

感谢您使用《单词捕手》！请阅读以下隐私政策。

## 数据收集声明

我们不会收集您的任何个人信息。

## 联系方式

**邮箱：** help@example.com
"""
TWO_TITLES = "---\nlayout: default\ntitle: 隐私政策 (中文)\n---\n\n# 隐私政策 (中文)\n" + TITLED


def test_title_line_added_above_the_title_is_no_rename() -> None:
    """「# 隐私政策 (中文)」 added above 「# 隐私政策」: the same opening, no section renamed, nothing to report (class 1)."""
    report = _report(TITLED, TWO_TITLES)
    assert not any(renamed for *_, renamed in _sections(report))
    assert not has_changes(report)


def test_title_line_removed_above_the_title_is_no_rename() -> None:
    """The mirror: the extra title line removed; 「隐私政策」 is the title again, the opening is unchanged (class 1)."""
    report = _report(TWO_TITLES, TITLED)
    assert not any(renamed for *_, renamed in _sections(report))
    assert not has_changes(report)


def test_opening_under_another_heading_is_still_renamed() -> None:
    """Near miss: the opening now under a heading that is not the old title (「使用须知」): still a rename (class 1)."""
    new = "# 隐私政策 (中文)\n\n# 使用须知\n" + TITLED.split("\n", 1)[1]
    assert any(renamed and old is None and new_title == "使用须知" for old, new_title, _, renamed in _sections(_report(TITLED, new)))


def test_an_edit_under_the_shifted_title_is_still_shown() -> None:
    """Near miss: the title line added and the opening edited: the edit is a change, with no rename flag (class 1)."""
    new = TWO_TITLES.replace("2025年7月24日", "2025年9月22日")
    report = _report(TITLED, new)
    changed = [c for s in report.sections for c in s.changes]
    assert any(c.new_text and "2025年9月22日" in c.new_text for c in changed)
    assert not any(renamed for *_, renamed in _sections(report))


# --- class 2: a label pictograph and a line break after a full-width colon --------------------------------------

CONTACT = "隱私權政策\n\n一、資料收集\n\n本 App 不會收集任何可識別個人身份的資料。\n\n七、聯絡方式\n\n若您對本隱私政策有任何問題，請聯絡我們：{}\n"


def test_label_pictograph_and_line_break_are_noise() -> None:
    """The e-mail moved onto its own line behind 📧: the same words, no change (class 2)."""
    old = CONTACT.format("wuwei@example.com")
    new = CONTACT.format("\n📧 wuwei@example.com")
    assert not has_changes(_report(old, new, ".txt"))


def test_a_new_address_behind_the_pictograph_is_a_change() -> None:
    """Near miss: behind the same 📧 the address changed: a change (class 2)."""
    old = CONTACT.format("\n📧 wuwei@example.com")
    new = CONTACT.format("\n📧 privacy@example.com")
    assert any(c.new_text and "privacy@example.com" in c.new_text for s in _report(old, new, ".txt").sections for c in s.changes)


def test_pictographs_that_say_yes_or_no_are_content() -> None:
    """Near miss: ✅ → ❌ before a data item is a change of meaning; only labels of contact details go (class 2)."""
    assert layout_key("✅ 位置信息") != layout_key("❌ 位置信息")
    assert layout_key("☎️ 400-800-1234") == layout_key("400-800-1234")
    assert layout_key("🔗 https://example.com/privacy") == layout_key("https://example.com/privacy")
    old = "# 隐私政策\n\n## 我们收集的信息\n\n- ✅ 位置信息\n- ❌ 通讯录\n"
    assert has_changes(_report(old, old.replace("✅ 位置", "❌ 位置")))


def test_space_after_a_full_width_colon_is_noise_but_a_word_is_not() -> None:
    """A line break or space next to 「：」 says nothing; a word there does (class 2)."""
    assert layout_key("請聯絡我們：\nwuwei@example.com") == layout_key("請聯絡我們：wuwei@example.com")
    assert layout_key("請聯絡我們： 客服 wuwei@example.com") != layout_key("請聯絡我們：wuwei@example.com")


# --- class 3: an outline re-typed 一、 → 1. with its titles reworded ----------------------------------------------

GUIDE = """# 小程序隐私保护指引

本指引是小程序开发者为处理你的个人信息而制定。

## {1}我们收集的信息

为了提供登录服务，我们会收集你的微信昵称、头像和手机号码。为了提供定位打卡服务，我们会收集你的位置信息。

## {2}信息的用途

我们仅将上述信息用于登录、打卡记录的生成和展示，不会用于其他目的。

## {3}第三方共享

我们不会向任何第三方提供你的个人信息，法律法规另有规定的除外。

## {4}信息存储

我们将你的信息存储在中国境内的服务器上，保存期限为你使用小程序的期间，注销后三十日内删除。

## {5}联系我们

如有疑问，请发送邮件至 help@xcx.example.cn 与我们联系。
"""
HAN = ("一、", "二、", "三、", "四、", "五、")
DIGIT = ("1. ", "2. ", "3. ", "4. ", "5. ")
FIRST_OLD = (
    "## {1}我们收集的信息\n\n为了提供登录服务，我们会收集你的微信昵称、头像和手机号码。为了提供定位打卡服务，我们会收集你的位置信息。"
)
FIRST_NEW = (
    "## {1}开发者处理哪些内容\n\n根据法律规定，开发者仅处理实现小程序功能所必要的内容。当你使用登录功能时，开发者将在获取你的明示同意后，"
    "获取你的微信昵称、头像；当你使用定位打卡功能时，开发者将获取你的位置。"
)
FOURTH_OLD = "## {4}信息存储\n\n我们将你的信息存储在中国境内的服务器上，保存期限为你使用小程序的期间，注销后三十日内删除。"
FOURTH_NEW = (
    "## {4}开发者保留多久\n\n开发者承诺，除法律法规另有规定外，开发者对你的内容的保留期限应当为实现处理目的所必要的最短时间；"
    "你注销账号后，开发者在三十日内删除。"
)


def _guide(numbers: tuple[str, ...], text: str = GUIDE) -> str:
    return text.format("", *numbers)


def _reworded_guide(numbers: tuple[str, ...], fourth: str = FOURTH_NEW) -> str:
    return _guide(numbers, GUIDE.replace(FIRST_OLD, FIRST_NEW).replace(FOURTH_OLD, fourth))


def test_restyled_outline_keeps_reworded_sections_in_place() -> None:
    """一、…五、 re-typed 1.…5., two titles reworded with nothing in common, bodies 0.3 alike: two renamed sections (class 3)."""
    statuses = _sections(_report(_guide(HAN), _reworded_guide(DIGIT)))
    assert ("一、我们收集的信息", "1. 开发者处理哪些内容", "modified", True) in statuses
    assert ("四、信息存储", "4. 开发者保留多久", "modified", True) in statuses
    assert not any(status in ("added", "removed") for *_, status, _ in statuses)


def test_restyled_outline_with_a_new_subject_in_place_is_added_and_removed() -> None:
    """Near miss: the same restyle, but 四、信息存储 replaced by 4. Cookie 的使用 (bodies unrelated): removed + added (class 3)."""
    cookie = "## {4}Cookie 的使用\n\n小程序使用 Cookie 记住你的偏好设置，例如字体大小；你可以在微信的设置页面清除 Cookie。"
    statuses = _sections(_report(_guide(HAN), _reworded_guide(DIGIT, cookie)))
    assert ("四、信息存储", None, "removed", False) in statuses
    assert (None, "4. Cookie 的使用", "added", False) in statuses


def test_without_a_restyle_the_reworded_title_needs_a_shared_word() -> None:
    """Near miss: the numbers kept as 一、…五、 (no restyle): the review's bar stands, removed + added (class 3)."""
    statuses = _sections(_report(_guide(HAN), _reworded_guide(HAN)))
    assert ("四、信息存储", None, "removed", False) in statuses
    assert (None, "四、开发者保留多久", "added", False) in statuses


def test_restyled_outline_does_not_pair_another_number() -> None:
    """Near miss: restyled, but the reworded fourth section now numbered 6.: another value refutes the place (class 3)."""
    new = _reworded_guide(DIGIT).replace("## 4. 开发者保留多久", "## 6. 开发者保留多久")
    statuses = _sections(_report(_guide(HAN), new))
    assert ("四、信息存储", None, "removed", False) in statuses


# --- class 4: 「App」 for 应用 across scripts ----------------------------------------------------------------------

HANS = "# 隐私政策\n\n## 一、信息收集\n\n本应用不会收集您的任何个人信息，所有数据仅保存在您的设备上。\n"
HANT = "# 隱私政策\n\n## 一、資訊收集\n\n本 App 不會收集您的任何個人資訊，所有資料僅儲存在您的裝置上。\n"


def _changes(report: DiffReport) -> list[tuple[str | None, bool]]:
    return [(c.new_text, c.reworded) for s in report.sections for c in s.changes if not c.variant]


def test_app_for_yingyong_across_scripts_is_reworded() -> None:
    """Two editions of one version: 本应用 / 本 App is the translator's word, shown reworded, not a change (class 4)."""
    report = _report(HANS, HANT)
    assert _changes(report) and all(reworded for _, reworded in _changes(report))
    assert all(s.status == "unchanged" for s in report.sections)


def test_app_beside_a_real_change_across_scripts_is_a_change() -> None:
    """Near miss: the same pair with 任何 → 30 项 beside App: a change of content (class 4)."""
    report = _report(HANS, HANT.replace("任何", "30 项"))
    assert any(not reworded for _, reworded in _changes(report))


def test_app_store_is_no_yingyong() -> None:
    """Near miss: 应用商店 / App Store names a store: not folded into 应用 (class 4)."""
    from policylens.diff.content import reworded

    assert not reworded("请在应用商店下载本软件。", "請在 App Store 下載本軟體。")
    assert reworded("用本地应用打开文件。", "用本機 App 開啟檔案。")


def test_app_within_one_script_is_the_authors_edit() -> None:
    """Near miss: 本应用 → 本 App in two versions of one edition: a wording change, shown (class 4)."""
    report = _report(HANS, HANS.replace("本应用", "本 App"))
    assert _changes(report) and not any(reworded for _, reworded in _changes(report))
    assert has_changes(report)


# --- class 5: a language bar whose links touch ---------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>隱私權政策</title></head><body>
<div class="hero">{bar}<h1>隱私權政策</h1><p>最後更新：2026 年 3 月 5 日</p></div>
<div class="container">
<h2>1 簡介</h2><p>ReVision（以下稱「我們」）尊重您的隱私。本隱私權政策說明我們如何處理使用者資料。</p>
<h2>2 資料收集</h2><p>我們不會收集、儲存或傳輸任何個人資訊。</p>
</div></body></html>
"""
BAR = '<div class="lang-bar"><a href="privacy-zh.html">繁體中文</a><a href="privacy.html">English</a></div>'
NAV = '<nav><a href="index.html">ReVision</a><a href="index.html">首頁</a><a href="privacy-zh.html">隱私權政策</a> | <a href="privacy.html">EN</a></nav>'


def test_touching_language_links_are_a_switcher() -> None:
    """「繁體中文English」 (two links, no space) is a language switcher; 「EN繁體中文」 too; a word is not (class 5)."""
    from policylens.diff.keys import is_language_switcher

    assert is_language_switcher("繁體中文English") and is_language_switcher("EN繁體中文")
    assert not is_language_switcher("Englishman") and not is_language_switcher("中文English说明")


def test_language_bar_replaced_by_a_nav_is_no_change() -> None:
    """The bar removed from the hero and a <nav> added before the page: no change (class 5)."""
    old = PAGE.format(bar=BAR)
    new = NAV + PAGE.format(bar="")
    assert not has_changes(_report(old, new, ".html"))


def test_a_sentence_beside_the_bar_is_still_text() -> None:
    """Near miss: the same page change with the date edited: the date shows (class 5)."""
    old = PAGE.format(bar=BAR)
    new = NAV + PAGE.format(bar="").replace("3 月 5 日", "4 月 2 日")
    assert any(c.new_text and "4 月 2 日" in c.new_text for s in _report(old, new, ".html").sections for c in s.changes)
