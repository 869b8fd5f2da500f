"""`diff` on the classes the twenty-second session's dev set showed (s22d, `eval/dev22d/`: real version pairs,
annotated before any run; the texts below are invented, not copied from them).

1. *Labels promoted to headings*: 「<p>介绍：</p><p>…</p>」 written again as 「<h2>介绍：</h2><p>…</p>」, seven at once
   (eval/dev22d/pairs/erovia-headings), made four sections *split* and two *added* though no word changed: the title is
   a whole old paragraph, not the first line of one (`diff.promoted`).  A new heading over a new line still shows.
2. *A run-in label split off its paragraph*: 「应用程序隐私协议个人信息本应用…」 → a heading 「应用程序隐私协议」 over
   「个人信息本应用…」 (eval/dev22d/pairs/shuju-br-reflow) was an *added* section, exit 1.
3. *A heading removed so that its first line became the heading*: 「28.可分割性条款：」 over 「安全：」 → 「安全：」: the pair
   is renamed (the removed heading shows), and the line 「安全：」 is no deletion.
4. *A documentation site's sidebar and pager*: a VitePress build (eval/dev22d/pairs/goravel-rebuild) has a sidebar of
   some eighty links under group headings, more headings than the policy, so it was taken for the policy and its lines
   (「从 v1.17 升级到 v1.18」, a new group 「AI」) compared; and a pager 「下一页从 v1.16 升级到 v1.17」.
5. *A list item's final full stop*: three items of a permission list lose their 。 (eval/dev22d/pairs/proxy-md-reword).
6. *A React component* (`.tsx`, eval/dev22d/pairs/blophy-tsx-restyle): its imports, its route `meta` and its
   `style={{…}}` were read as text, and a self-closed `<style … />` swallowed the page: 178 entries for a restyle.
"""

from __future__ import annotations

import itertools

from helpers import parse_string
from policylens.diff import diff_documents, has_changes
from policylens.diff.keys import end_mark_only


def _report(old: str, new: str, suffix: str = ".html"):  # type: ignore[no-untyped-def]
    return diff_documents(parse_string(old, suffix), parse_string(new, suffix))


def _changes(old: str, new: str, suffix: str = ".html") -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in _report(old, new, suffix).sections for c in s.changes]


def _flags(old: str, new: str, suffix: str = ".html") -> list[str]:
    report = _report(old, new, suffix)
    return [f for s in report.sections for f in ("split", "merged", "renamed", "moved") if getattr(s, f)] + [
        s.status for s in report.sections if s.status in ("added", "removed")
    ]


LABELS = """<html><head><title>青禾记账隐私政策</title></head><body>
<h1>青禾记账隐私政策</h1>
<p>更新日期：2025年3月1日</p>
<{t}>介绍：</{t}>
<p>本政策说明青禾记账如何处理网站访问者的信息。</p>
<p>访问本网站即表示您同意本政策。</p>
<{t}>我们收集的信息：</{t}>
<p>日志数据：浏览器类型、访问时间和来源页面。</p>
<{t}>信息的使用：</{t}>
<p>提供网站服务。</p>
<{t}>联系我们：</{t}>
<p>请写信至青禾记账客服。</p>
</body></html>"""


def test_labels_promoted_to_headings_are_no_sections_added_or_split() -> None:
    """Class 1 (eval/dev22d/pairs/erovia-headings): a label paragraph made a heading, its text unchanged, in place."""
    old, new = LABELS.format(t="p"), LABELS.format(t="h2")
    assert _changes(old, new) == []
    assert _flags(old, new) == []
    assert not has_changes(_report(old, new))
    assert not has_changes(_report(new, old))  # the mirror: headings demoted to labels


def test_a_promoted_heading_over_a_new_line_still_shows() -> None:
    """Class 1, the other side: the section under the new heading also holds a new sentence: it is a change."""
    old = LABELS.format(t="p")
    new = LABELS.format(t="h2").replace("<p>提供网站服务。</p>", "<p>提供网站服务。</p>\n<p>我们会将日志保存6个月。</p>")
    assert any(n and "6个月" in n for _, n in _changes(old, new))


RUN_IN = """<html><body>
<div>本应用不会记录您的个人信息！</div>
<div>{head}个人信息：本应用不会收集、传输任何可识别您身份的信息。<br>
同时与本应用一起工作的服务不会存储任何个人信息。<br>
如有疑问，请发送邮件到 help@qinghe.example。<br></div>
</body></html>"""


def test_a_run_in_label_split_into_a_heading_is_no_added_section() -> None:
    """Class 2 (eval/dev22d/pairs/shuju-br-reflow): 「应用隐私协议个人信息…」 → 「应用隐私协议」 + 「个人信息…」."""
    old = RUN_IN.format(head="应用隐私协议")
    new = RUN_IN.format(head="应用隐私协议<br></div>\n<div>")
    assert not has_changes(_report(old, new))
    assert _flags(old, new) == []
    edited = new.replace("help@qinghe.example", "privacy@qinghe.example")
    assert any(n and "privacy@qinghe.example" in n for _, n in _changes(old, edited))


STRAY = """# 青禾记账隐私政策

## 信息的使用

我们使用收集到的信息提供和维护服务。

{stray}安全：

我们采取合理措施保护您的信息，但无法保证其绝对安全。

## 联系我们

请写信至青禾记账客服。
"""


def test_a_removed_heading_whose_first_line_became_the_heading() -> None:
    """Class 3 (eval/dev22d/pairs/erovia-headings, 「28.可分割性条款：」): the rename shows, 「安全：」 is not deleted."""
    old = STRAY.format(stray="## 8. 可分割性条款\n\n")
    new = STRAY.format(stray="## ")
    report = _report(old, new, ".md")
    assert [s.old.title for s in report.sections if s.renamed and s.old] == ["8. 可分割性条款"]
    assert not [c for s in report.sections for c in s.changes if c.old_text and c.old_text.strip() == "安全："]


SITE = """<!DOCTYPE html><html><head><title>隐私政策 | 晴川文档</title></head><body>
<div class="Layout">
<header class="VPNav"><a href="/">晴川文档</a></header>
<div class="VPContent has-sidebar">
<aside class="VPSidebar"><nav class="nav">
{groups}
</nav></aside>
<div class="VPDoc"><main class="main">
<h1>隐私政策</h1>
<h2>信息收集</h2>
<p>当您访问 docs.qingchuan.example 时，我们会收集您访问的页面。</p>
<h2>信息使用</h2>
<p>我们使用这些信息改进文档。</p>
<footer class="VPDocFooter"><nav class="prev-next"><div class="pager"><a class="pager-link next" href="/upgrade/{next}.html"><span class="desc">下一页</span><span class="title">从 {prev} 升级到 {next}</span></a></div></nav></footer>
</main></div>
</div>
</div>
</body></html>"""


def _groups(versions: list[str], extra: str = "") -> str:
    upgrade = "".join(
        f'<div class="item"><a href="/upgrade/{v}.html"><p class="text">从 {a} 升级到 {v}</p></a></div>'
        for a, v in itertools.pairwise(versions)
    )
    start = "".join(
        f'<div class="item"><a href="/start/{n}.html"><p class="text">{t}</p></a></div>'
        for n, t in enumerate(["安装", "配置", "目录结构", "部署", "编译", "路由", "中间件", "控制器"])
    )
    return f'<section><h2 class="text">入门</h2>{start}</section><section><h2 class="text">升级</h2>{upgrade}</section>{extra}'


def test_a_documentation_sidebar_and_pager_are_chrome() -> None:
    """Class 4 (eval/dev22d/pairs/goravel-rebuild): a rebuilt sidebar (a version's entries, a new group) and pager."""
    old = SITE.format(groups=_groups(["v1.14", "v1.15", "v1.16"]), prev="v1.15", next="v1.16")
    extra = '<section><h2 class="text">AI</h2><div class="item"><a href="/ai/sdk.html"><p class="text">AI SDK</p></a></div></section>'
    new = SITE.format(groups=_groups(["v1.15", "v1.16", "v1.17"], extra), prev="v1.16", next="v1.17")
    assert _changes(old, new) == []
    assert not has_changes(_report(old, new))
    edited = new.replace("我们使用这些信息改进文档。", "我们使用这些信息改进文档，并与分析服务商共享。")
    assert any(n and "共享" in n for _, n in _changes(old, edited))


def test_a_short_frame_menu_with_a_number_stays_text() -> None:
    """Class 4, the other side: fewer than eight link entries are no sidebar; an entry with a number stays compared."""
    few = '<section><h2 class="text">备案</h2><div class="item"><a href="https://beian.example"><p class="text">京ICP备{n}号</p></a></div></section>'
    old = SITE.format(groups=few.format(n="2024000001"), prev="v1", next="v2")
    new = SITE.format(groups=few.format(n="2025000002"), prev="v1", next="v2")
    assert has_changes(_report(old, new))


def test_a_list_item_that_only_lost_its_full_stop_is_noise() -> None:
    """Class 5 (eval/dev22d/pairs/proxy-md-reword): only a list item's final mark; inside the text, or a paragraph, it counts."""
    assert end_mark_only("- `INTERNET`：监听端口并建立连接。", "- `INTERNET`：监听端口并建立连接")
    assert end_mark_only("1. 保存设置；", "1. 保存设置。")
    assert not end_mark_only("- 姓名，电话。", "- 姓名、电话。")  # a mark inside the item
    assert not end_mark_only("我们不出售您的信息。", "我们不出售您的信息")  # no list item
    assert not end_mark_only("- 保存30天。", "- 保存60天")  # a number changed too
    old = "# 权限\n\n- `CAMERA`：扫描二维码。\n- `INTERNET`：同步笔记。\n"
    new = "# 权限\n\n- `CAMERA`：扫描二维码\n- `INTERNET`：同步笔记\n"
    assert not has_changes(_report(old, new, ".md"))
    assert has_changes(_report(old, new.replace("同步笔记", "同步笔记和照片"), ".md"))


TSX = """import type {{ MetaFunction }} from "react-router";
{meta}
export default function Privacy() {{
    return <div className="{wrap}">
        <style media="all" type="text/css" dangerouslySetInnerHTML={{{{ __html: "\\n p.Standard {{margin-top:8px}}\\n" }}}} />
        <h1 className="{bold} text-4xl">《青禾》隐私政策</h1>
        <p className="Standard" style={{{{ fontFamily: '"Times New Roman",serif'{color} }}}}>
            <span className="{bold}">青禾工作室</span>（以下简称“我们”）重视您的个人信息。{{" "}}
        </p>
        <h2 className="{bold}">（一）我们如何收集您的个人信息</h2>
        <p className="Standard">当您注册时，我们收集您的{item}。</p>
    </div>;
}}
"""


def test_a_react_component_restyled_is_no_change() -> None:
    """Class 6 (eval/dev22d/pairs/blophy-tsx-restyle): class names, inline styles, a route meta: no change."""
    old = TSX.format(meta="", wrap="mt-16", bold="font-bold", color=', color: "#000000"', item="昵称和邮箱")
    meta = 'export const meta: MetaFunction = () => { return [{ title: "Qinghe | Privacy Policy" }]; };'
    new = TSX.format(meta=meta, wrap="mt-16 p-8", bold="text-bold", color="", item="昵称和邮箱")
    assert _changes(old, new, ".tsx") == []
    assert not has_changes(_report(old, new, ".tsx"))
    doc = parse_string(new, ".tsx")
    assert doc.metadata.title == "《青禾》隐私政策"
    text = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "MetaFunction" not in text and "fontFamily" not in text and "export" not in text
    edited = TSX.format(meta=meta, wrap="mt-16 p-8", bold="text-bold", color="", item="昵称、邮箱和手机号")
    assert any(n and "手机号" in n for _, n in _changes(old, edited, ".tsx"))
