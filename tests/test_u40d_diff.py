"""`diff` on pages without <main>/<article> and on headings read one way on one side only (fortieth session, u40d).

`eval/pairs40` (10 real pairs, annotated before any run): a WordPress-style theme whose <body class> names its menu's
place (「off-canvas-nav-left」) read the whole page as chrome, so no sidebar of it was; a sidebar widget's list of songs
(title, date) changed between deploys; an unclosed <h2> made the paragraphs in it headings; the last entry of a numbered
list without its full stop was a heading on one version only; a bold heading written as a lead-in 「附加的第三方服务：」 on
the new version made its rewritten section `removed`.  Each class is tested both ways: the noise goes, the real change
in the same place stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, written_file
from policylens.diff import diff_documents

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "eval" / "pairs40" / "pairs"

POLICY = (
    '<h1 class="title">隐私说明</h1><h2>一、信息的收集</h2><p>我们不会收集您的个人信息。</p><p>本站仅记录访问日志，用于保障网站安全。</p>'
    "<h2>二、联系我们</h2><p>如有疑问，请发邮件联系我们。</p>"
)


def _songs(titles: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li class="others"><div class="title"><h4><a href="https://www.bilibili.com/video/{k}" title="{t}">{t}</a></h4><span>{d}</span></div></li>'
        for k, (t, d) in enumerate(titles)
    )
    return f'<ul class="recent-posts-widget">{items}</ul>'


def _page(
    policy: str = POLICY, *, songs: list[tuple[str, str]] | None = None, body: str = "page off-canvas-nav-left", extra: str = ""
) -> str:
    songs = songs if songs is not None else [("25時の情熱", "2025-07-11"), ("お返事まだカナ？おじさん構文！", "2025-07-11")]
    return (
        f'<html><head><title>隐私说明</title></head><body class="{body}">'
        '<div id="header" class="navbar-fixed-top"><ul class="menu"><li><a href="index.html">首页</a></li>'
        '<li><a href="renwu.html">人物</a></li></ul></div>'
        f'<div id="page-content"><div class="row"><div class="article col-sm-8"><div class="post page">{policy}</div></div>'
        f'<div class="sidebar col-sm-4"><div class="widget widget_postlist"><h3><span>每日一曲</span></h3>{_songs(songs)}{extra}</div></div>'
        "</div></div></body></html>"
    )


def _diff(tmp_path: Path, old: str, new: str, *, strict: bool = False, ext: str = "html"):  # type: ignore[no-untyped-def]
    a, b = tmp_path / f"old.{ext}", tmp_path / f"new.{ext}"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return diff_documents(parse_path(a), parse_path(b), strict=strict)


def _changes(report) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.variant]


def _errors(report) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (s.status, s.old and s.old.title, s.new and s.new.title)
        for s in report.sections
        if s.status in ("added", "removed") or s.renamed or s.merged or s.split
    ]


OLD_SONGS = [("【MV】うっちゃい/ゆーり【オリジナル】", "2025-06-02"), ("愛♡スクリ～ム！", "2025-05-30")]
NEW_SONGS = [("25時の情熱", "2025-07-11"), ("我不是天才吗 (臙脂)", "2025-07-11")]


@pytest.mark.parametrize("body", ["page off-canvas-nav-left", "home has-sidebar", ""])
def test_a_sidebar_widgets_linked_list_is_frame(tmp_path: Path, body: str) -> None:
    report = _diff(tmp_path, _page(songs=OLD_SONGS, body=body), _page(songs=NEW_SONGS, body=body))
    assert _changes(report) == []
    assert _errors(report) == []
    assert sum(s.chrome for s in report.sections) > 0
    # --strict compares them: nothing of the page is dropped silently
    assert _changes(_diff(tmp_path, _page(songs=OLD_SONGS, body=body), _page(songs=NEW_SONGS, body=body), strict=True))


def test_the_policy_beside_the_sidebar_is_still_compared(tmp_path: Path) -> None:
    new_policy = POLICY.replace("如有疑问", "如需删除您的信息或有疑问")
    report = _diff(tmp_path, _page(songs=OLD_SONGS), _page(new_policy, songs=NEW_SONGS))
    assert len(_changes(report)) == 1


@pytest.mark.parametrize(
    ("old_line", "new_line"),
    [
        ("最后更新：2025-01-01", "最后更新：2026-01-01"),  # a labelled date (the policy's own)
        ("联系：a@example.com", "联系：b@example.com"),  # an e-mail address
        ("©2026 快记科技有限公司", "©2026 慢记科技有限公司"),  # a company
    ],
)
def test_substance_in_a_sidebar_entry_is_still_reported(tmp_path: Path, old_line: str, new_line: str) -> None:
    def extra(line: str) -> str:
        return f'<ul class="widget-list"><li><a href="/about.html">{line}</a></li></ul>'

    report = _diff(tmp_path, _page(extra=extra(old_line)), _page(extra=extra(new_line)))
    assert len(_changes(report)) == 1


def test_a_statement_beside_a_sidebar_entrys_link_is_still_reported(tmp_path: Path) -> None:
    def extra(line: str) -> str:
        return f'<ul class="widget-list"><li><a href="/notice.html">公告</a><span>{line}</span></li></ul>'

    report = _diff(tmp_path, _page(extra=extra("我们不出售您的数据")), _page(extra=extra("我们不共享您的数据")))
    assert len(_changes(report)) == 1


def test_a_linked_list_of_the_policy_itself_is_compared(tmp_path: Path) -> None:
    # the SDK list of the policy, links to the third parties' policies: no frame around it
    def policy(sdk: str) -> str:
        return (
            POLICY
            + f'<h2>第三方SDK</h2><ul><li><a href="https://umeng.com/policy">友盟SDK</a></li><li><a href="https://x.com/p">{sdk}</a></li></ul>'
        )

    report = _diff(tmp_path, _page(policy("极光推送SDK")), _page(policy("个推SDK")))
    assert len(_changes(report)) == 1


def test_paragraphs_inside_an_unclosed_heading_are_paragraphs(tmp_path: Path) -> None:
    def policy(extra: str) -> str:
        return (
            '<h1>隐私说明</h1><div class="intro"><h2>如果有任何侵权请联系：<a href="mailto:a@b.top">a@b.top</a>'
            f"<p><p><p>注意：点击上方邮箱直接给我发邮件</p><p><p><p>我看到邮箱后，会在第一时间回复</p>{extra}</div>"
        )

    old, new = policy(""), policy("<p><p><p>如果想删除人物请证明身份，确保你是学生家长</p>")
    doc = parse_path(written_file(tmp_path, "one.html", new))
    assert [s.title for s in doc.sections if s.title] == ["如果有任何侵权请联系：a@b.top"]
    report = _diff(tmp_path, old, new)
    assert _changes(report) == [(None, "如果想删除人物请证明身份，确保你是学生家长")]
    assert _errors(report) == []
    # a heading whose first text is in a <p> is still a heading
    doc = parse_path(written_file(tmp_path, "two.html", "<h1>隐私政策</h1><h2><p>一、收集的信息</p></h2><p>我们收集信息。</p>"))
    assert [s.title for s in doc.sections if s.title] == ["一、收集的信息"]


LIST = (
    "<h1>监控相机隐私政策</h1><p>本应用由本人自主研发，请您仔细阅读我们的隐私政策。</p><p><strong>隐私权限说明</strong></p><p>1. 本应用需要获取您的相机和录音权限，目的是为了拍摄照片和视频。</p>"
    "<p>2. 本应用需要获取存储权限，目的是为了保存照片。</p><p>{third}</p>"
    "<p><strong>信息的收集</strong></p><p>你使用本应用的过程中，我们会收集闪退日志信息。</p>"
)


def test_the_last_numbered_clause_without_its_full_stop_is_no_heading(tmp_path: Path) -> None:
    old = LIST.format(third="3. 穿山甲SDK会获取手机IMEI、MAC、安装应用列表等信息，目的是提供可靠稳定的服务")
    new = LIST.format(third="3. 穿山甲SDK会获取手机IMEI、MAC、ANDROID ID等信息，目的是用来投放广告")
    doc = parse_path(written_file(tmp_path, "n.html", new))
    assert [s.title for s in doc.sections if s.title] == ["隐私权限说明", "信息的收集"]
    report = _diff(tmp_path, old, new)
    assert len(_changes(report)) == 1
    assert _errors(report) == []


@pytest.mark.parametrize("third", ["3. 设备权限调用", "三、我们如何使用信息，以及共享"])
def test_a_numbered_title_after_numbered_sentences_stays_a_heading(tmp_path: Path, third: str) -> None:
    doc = parse_path(written_file(tmp_path, "t.html", LIST.format(third=third) + "<p>我们会在必要时调用设备权限。</p>"))
    assert third in [s.title for s in doc.sections]


def test_a_numbered_clause_over_text_of_its_own_stays_a_heading(tmp_path: Path) -> None:
    # 「（3）为实现广告、推送，与广告类合作伙伴共享的信息」 over its own paragraph (eval/pairs37 sn-md-html): a sub-title
    third = "3. 为实现广告、推送，与广告类合作伙伴共享的信息"
    page = LIST.format(third=third).replace(
        "<p><strong>信息的收集</strong>", "<p>我们可能与广告合作伙伴共享去标识化信息。</p><p><strong>信息的收集</strong>"
    )
    doc = parse_path(written_file(tmp_path, "c.html", page))
    assert third in [s.title for s in doc.sections]


SDK = "<p><strong>信息的使用</strong></p><p>我们不会销售个人信息。</p>{third}<p><strong>联系我们</strong></p><p>邮箱：a@example.com</p>"


def test_a_heading_written_as_a_lead_in_pairs_with_the_heading(tmp_path: Path) -> None:
    old = SDK.format(third="<p><strong>附加的第三方服务</strong></p><p>应用内集成的穿山甲SDK获取ANDROID ID、IMSI信息。</p>")
    new = SDK.format(
        third="<p><strong>附加的第三方服务：</strong></p><p>SDK名称：穿山甲广告SDK</p><p>合作方主体：北京巨量引擎网络技术有限公司</p>"
        "<p>SDK名称：华为应用内支付SDK</p>"
    )
    report = _diff(tmp_path, old, new)
    assert _errors(report) == []
    titles = {(s.old and s.old.title, s.new and s.new.title) for s in report.sections if s.changes}
    assert titles == {("附加的第三方服务", "附加的第三方服务")}
    inserted = [n for o, n in _changes(report)]
    assert "附加的第三方服务：" not in inserted and "SDK名称：华为应用内支付SDK" in inserted


def test_a_lead_in_line_with_no_heading_on_the_other_side_is_text(tmp_path: Path) -> None:
    old = SDK.format(third="")
    new = SDK.format(third="<p>附加的第三方服务：</p><p>SDK名称：穿山甲广告SDK</p>")
    report = _diff(tmp_path, old, new)
    assert ("附加的第三方服务：" in [n for _, n in _changes(report)]) and _errors(report) == []


@pytest.mark.parametrize(
    ("pair", "entries"),
    [("ig-sidebar", 0), ("ig-contact", 2), ("hj-move", 10), ("hj-sdk", 23), ("yq-mark", 0)],
)
def test_pairs40_dev(pair: str, entries: int) -> None:
    folder = PAIRS / pair
    old, new = sorted(folder.glob("old.*"))[0], sorted(folder.glob("new.*"))[0]
    report = diff_documents(parse_path(old), parse_path(new))
    assert len(_changes(report)) == entries
    assert _errors(report) == ([("removed", "反馈信息", None), ("added", None, "联系我们")] if pair == "hj-move" else [])
