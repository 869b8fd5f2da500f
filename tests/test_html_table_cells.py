"""enumeration-empty on HTML tables: an SDK table's empty party, data, purpose or link cell.

HTML tables used to be read as text blocks only, so an empty `<td></td>` under 第三方公司名称
was never seen (a blind set of real policies had three).  The loader now keeps each table with
an empty cell as a grid, `rowspan` and `colspan` placed as a browser places them, and the rule
reads its columns.  Not reported: a cell spanned from above, a cell holding only an image or
a nested table, a column empty in every row, a row with one filled cell (a group label).
"""

from __future__ import annotations

from pathlib import Path

from helpers import cli, parse_string

HEAD = "<tr><th>功能类型</th><th>SDK名称</th><th>第三方公司名称</th><th>使用目的</th><th>隐私政策链接</th></tr>\n"


def _page(rows: str) -> str:
    return f"<html><body><h1>隐私政策</h1>\n<p>我们接入的第三方SDK如下：</p>\n<table>\n{HEAD}{rows}</table>\n</body></html>\n"


def _findings(tmp_path: Path, page: str) -> list[str]:
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    out = cli("check", str(path), "--select", "enumeration-empty", "--format", "text", "--no-config").stdout
    return [
        line.split(" ", 1)[0].split(":", 1)[1] + " " + line.rsplit(" ", 1)[-1] for line in out.splitlines() if "enumeration-empty" in line
    ]


def test_an_empty_party_cell_below_a_rowspan_is_found_at_its_tag(tmp_path: Path) -> None:
    rows = (
        '<tr><td rowspan="3">工具类</td><td>友盟SDK</td><td>北京锐讯灵通科技有限公司</td><td>统计</td><td><a href="https://a.cn">链接</a></td></tr>\n'
        '<tr><td>AndroidQuery SDK</td><td></td><td>异步任务</td><td><a href="https://b.cn">链接</a></td></tr>\n'
        "<tr><td>BaiduSwan</td><td>北京百度网讯科技有限公司</td><td>小程序</td><td> </td></tr>\n"
    )
    found = _findings(tmp_path, _page(rows))
    assert found == ["6:30: 表格“第三方公司名称”列为空", "7:56: 表格“隐私政策链接”列为空"], found


def test_spanned_images_nested_tables_group_rows_and_layout_columns_are_not_reported(tmp_path: Path) -> None:
    rows = (
        '<tr><td colspan="5">以下为工具类SDK</td></tr>\n'  # a group label
        '<tr><td>工具类</td><td>微信SDK</td><td rowspan="2">深圳市腾讯计算机系统有限公司</td><td>分享</td><td><img src="qr.png"></td></tr>\n'
        "<tr><td>工具类</td><td>QQ SDK</td><td>登录</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr>\n"
    )
    assert _findings(tmp_path, _page(rows)) == []
    # a column empty in every row is layout
    rows = "<tr><td>工具类</td><td>微信SDK</td><td>腾讯</td><td>分享</td><td></td></tr>\n<tr><td>工具类</td><td>QQ SDK</td><td>腾讯</td><td>登录</td><td></td></tr>\n"
    assert _findings(tmp_path, _page(rows)) == []


def test_huge_spans_are_capped(tmp_path: Path) -> None:
    rows = '<tr><td rowspan="99999999" colspan="99999">x</td><td></td></tr>\n' * 300
    path = tmp_path / "p.html"
    path.write_text(_page(rows), encoding="utf-8")
    result = cli("check", str(path), "--format", "json", "--no-config")
    assert result.returncode in (0, 1), result.stderr
    assert parse_string(_page(rows), ".html").tables == ()  # beyond the grid's cap: not kept


def test_a_matrix_of_ticks_has_no_empty_cell(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>隐私政策</h1>\n<table>\n<tr><th>个人信息</th><th>注册登录</th><th>信息发布</th><th>数据统计</th></tr>\n"
        "<tr><td>手机号码</td><td>√</td><td></td><td></td></tr>\n<tr><td>设备信息</td><td></td><td>√</td><td>√</td></tr>\n"
        "</table>\n</body></html>\n"
    )
    assert _findings(tmp_path, page) == []


def test_a_row_under_a_rowspan_is_checked_and_a_multi_line_tag_is_located_on_its_first_line(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>隐私政策</h1>\n<table>\n<tr><th>类别</th><th>SDK名称</th><th>第三方公司名称</th></tr>\n"
        '<tr><td rowspan="2">统计</td><td>友盟</td><td>北京锐讯灵通科技有限公司</td></tr>\n'
        '<tr><td>位置SDK</td><td\n    class="x"></td></tr>\n</table>\n</body></html>\n'
    )
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    import json

    data = json.loads(cli("check", str(path), "--select", "enumeration-empty", "--format", "json", "--no-config").stdout)
    [finding] = data["files"][0]["findings"]
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (5, 19, 5, 22)


def test_stray_closing_heading_tags_and_cell_floods_keep_the_text() -> None:
    page = "<html><body><h1>隐私政策</h1>" + "<div>" * 200 + "<p>我们收集信息。</p>" + "</h3>" * 500 + "</body></html>"
    doc = parse_string(page, ".html")
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["我们收集信息。"]
    flood = "<html><body><h1>隐私政策</h1><table><tr><th>名称</th></tr><tr>" + "<td colspan=1000></td>" * 50 + "</tr></table></body></html>"
    assert parse_string(flood, ".html").tables == ()  # 50,000 grid cells: over the cap, no grid
