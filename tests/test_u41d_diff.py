"""Forty-first session (u41d, `eval/pairs41`): classes of `diff` found on real version pairs.

1. A quoted name grown into a longer one is a rename: across scripts, a paragraph whose quoted name stands inside a
   longer quoted name of the other side (four letters or more added) is a change, never *reworded* (pairs41 ww-hant:
   the app “衣櫃裡有啥” renamed “今天穿啥（原名：衣柜里有啥）” in the intro was shown as the same content in other words,
   not counted as a change).  Quoted names that differ otherwise are a translator's (a regulation's or a menu's name).
2. A list inside a section of the policy is the policy's, whatever its class: a 「<ul class="nav-list">」 of SDK links or
   a 「<ul class="widget-list">」 of data items between two section headings was page chrome (its short lines, links to
   other pages), so an SDK replaced there was no change (pairs40c's open question, found false by a probe).  The site's
   menus above the first section (under the page's title too) and below the last stay chrome.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.diff import cross_script_key, diff_documents, summary
from policylens.diff.content import quoted_names, renamed_in_quotes, reworded
from policylens.load import load
from policylens.structure import build_document

PAIRS = Path(__file__).resolve().parent.parent / "eval" / "pairs41" / "pairs"


def _diff(old: str, new: str):
    return diff_documents(build_document(load(str(PAIRS / old))), build_document(load(str(PAIRS / new))))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a product renamed inside its quotes (the rest of the sentence the same), either way round
        (
            "“衣櫃裡有啥”應用（以下簡稱“本應用”）尊重並保護所有使用者的個人隱私權。",
            "“今天穿啥（原名：衣柜里有啥）”应用（以下简称“本应用”）尊重并保护所有用户的个人隐私权。",
        ),
        ("「今天穿啥（原名：衣櫃裡有啥）」應用尊重並保護所有使用者的個人隱私權。", "“衣柜里有啥”应用尊重并保护所有用户的个人隐私权。"),
        ("請閱讀《隱私政策》了解詳情。", "请阅读《小记隐私政策附录》了解详情。"),
    ],
)
def test_a_quoted_name_grown_into_another_is_no_rewording(old: str, new: str) -> None:
    assert renamed_in_quotes(old, new)
    assert not reworded(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the same names in the other script and the other kind of quotation mark
        (
            "「衣櫃裡有啥」應用（以下簡稱「本應用」）尊重並保護所有使用者的個人隱私權。",
            "“衣柜里有啥”应用（以下简称“本应用”）尊重并保护所有用户的个人隐私权。",
        ),
        ("請閱讀《使用者協議》了解詳情。", "请阅读《用户协议》了解详情。"),
    ],
)
def test_the_same_quoted_names_in_either_script_and_mark(old: str, new: str) -> None:
    assert quoted_names(old) == quoted_names(new)
    assert not renamed_in_quotes(old, new)
    assert reworded(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # translators' names of one thing (older sets, shown reworded before and after): a regulation, a menu path, a
        # label one character longer, a name quoted on one side only
        ("就欧盟《通用数据保护条例》（GDPR）及英国 GDPR 而言", "就歐盟《一般資料保護規則》（GDPR）及英國 GDPR 而言"),
        ("你可以在「设置 → 通用 → 更新」里关掉自动检查。", "你可以在「設定 → 一般 → 更新」裡關掉自動檢查。"),
        ("我们会修订本页顶部的「生效日期」。", "我們會修訂本頁頂部的「生效日」。"),
        ("- 关闭 QQ 音乐备用歌词来源；", "- 關閉「QQ 音樂」備援來源；"),
    ],
)
def test_translators_names_are_not_renames(old: str, new: str) -> None:
    assert not renamed_in_quotes(old, new)


def test_quoted_names_scan() -> None:
    assert quoted_names("“本应用”与《隐私政策》") == (cross_script_key("本应用"), cross_script_key("隐私政策"))
    assert quoted_names("“未闭合的引号 and more") == ()  # a mark left open names nothing
    assert quoted_names("“" + "长" * 41 + "”") == ()  # a quotation, not a name
    assert quoted_names("“第一行\n第二行”") == ()
    assert quoted_names("“ ”“本应用”") == (cross_script_key("本应用"),)  # an empty name is skipped
    # linear on a hostile line of opening marks
    assert quoted_names("“" * 50_000) == ()


def test_pairs41_ww_hant_rename_is_a_change() -> None:
    report = _diff("ww-hant/old.md", "ww-hant/new.md")
    changes = [c for s in report.sections for c in s.changes]
    renamed = [c for c in changes if "今天穿啥" in (c.new_text or "")]
    assert renamed and not any(c.reworded for c in renamed)
    assert summary(report)["reworded"] == 0


_PAGE = """<html><head><title>隐私政策</title></head><body>
<nav class="nav"><a href="/">首页</a> <a href="/about">{menu}</a></nav>
{open}<h1>示例隐私政策</h1>
<nav class="top-nav"><a href="/help">帮助</a> <a href="/faq">{under}</a></nav>
<p>本政策说明我们如何处理您的个人信息。</p>
<h2>一、我们收集的信息</h2>
<p>我们会收集以下设备信息：</p>
<ul class="widget-list"><li>设备型号</li><li>{item}</li><li>网络类型</li></ul>
<h2>二、第三方SDK</h2>
<p>我们接入了以下第三方SDK：</p>
<ul class="nav-list"><li><a href="https://x.example/p">友盟统计</a></li><li><a href="https://y.example/p">{sdk}</a></li></ul>
<h2>三、联系我们</h2>
<p>如有问题，请联系 a@example.com。</p>{close}
<div class="sidebar"><ul><li><a href="/post/1">{post}</a></li></ul></div>
<footer class="footer">© 2025 示例</footer>
</body></html>
"""


@pytest.mark.parametrize("main", [True, False])
def test_a_classed_list_inside_a_section_is_policy_text(tmp_path: Path, main: bool) -> None:
    wrap = {"open": "<main>" if main else "", "close": "</main>" if main else ""}
    old = _PAGE.format(menu="关于", under="常见问题", item="操作系统版本", sdk="极光推送", post="春游记", **wrap)
    new = _PAGE.format(menu="关于本站", under="问答", item="IP 地址", sdk="个推", post="秋游记", **wrap)
    (tmp_path / "old.html").write_text(old, encoding="utf-8")
    (tmp_path / "new.html").write_text(new, encoding="utf-8")
    report = diff_documents(build_document(load(str(tmp_path / "old.html"))), build_document(load(str(tmp_path / "new.html"))))
    texts = [(c.old_text or "") + "|" + (c.new_text or "") for s in report.sections for c in s.changes]
    assert any("极光推送" in t for t in texts)
    assert any("个推" in t for t in texts)
    assert any("操作系统版本" in t for t in texts)
    # the menus above the sections (and under the title) and the sidebar after the last one stay chrome
    assert not any(word in t for t in texts for word in ("关于本站", "问答", "秋游记", "常见问题", "春游记"))


def test_a_nav_element_between_sections_stays_a_menu(tmp_path: Path) -> None:
    # a <nav> (by its element, not a class) between two sections is the site's menu: never compared
    page = (
        "<html><body><main><h1>隐私政策</h1><h2>一、信息收集</h2><p>我们会收集您的设备信息。</p>"
        '<nav class="pager"><a href="/terms">{a}</a> <a href="/help">帮助中心</a></nav>'
        "<h2>二、联系我们</h2><p>请联系 a@example.com。</p></main></body></html>"
    )
    (tmp_path / "old.html").write_text(page.format(a="用户协议"), encoding="utf-8")
    (tmp_path / "new.html").write_text(page.format(a="服务条款"), encoding="utf-8")
    report = diff_documents(build_document(load(str(tmp_path / "old.html"))), build_document(load(str(tmp_path / "new.html"))))
    assert not [c for s in report.sections for c in s.changes]
    assert summary(report)["chrome"] == 1
