"""Fifty-fifth session (u55f): a Word page's `<br>` field lines read as lines at load (issue #11 §1).

A Word-exported page puts a record's fields in one `<p>`, each on a `<br>` line (eval/blind/round54p teyouliao-zh-vue:
「SDK名：glide<br>开发者名称：<br>收集信息范围：…」).  A single `<br>` was no cut (`load.html.titles._shown_breaks`: a line
wrapped by hand and a line of its own look alike), so an empty field there was found only when its label was an SDK or
contact word.  Now two lines in a row that open with a field's label are each a line, and any empty field among them
is read as in a text file; an empty label opening the run is a heading over its fields and stays joined
(「个人信息保护负责人：<br>姓名：…」, 「注：<br>例如：…」), and sentence lines are left as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import written_findings

_ROOT = Path(__file__).resolve().parents[1]
_HEAD = "<html><body><h1>隐私政策</h1><p>更新日期：2024年1月1日</p>\n<p>本政策适用于以下产品。</p>\n"


def _empty(folder: Path, body: str) -> list[tuple[int, str]]:
    found = written_findings(folder, "policy.html", _HEAD + body + "\n</body></html>\n")
    return [(line, excerpt) for line, rule, excerpt in found if rule == "placeholder-empty"]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "<p><span>产品名称：某阅读</span><br><span>运营主体：</span><br><span>注册地址：北京市海淀区中关村大街1号</span></p>",
            "运营主体：",
        ),
        ("<p>SDK名称：个推推送<br>使用目的：消息推送<br>第三方名称：<br>隐私政策链接：https://docs.getui.com/privacy</p>", "第三方名称："),
        ("<p>產品名稱：某閱讀<br>營運主體：<br>註冊地址：台北市信義區市府路1號</p>", "營運主體："),
    ],
)
def test_an_empty_field_among_br_field_lines_is_found(tmp_path: Path, body: str, label: str) -> None:
    assert [excerpt for line, excerpt in _empty(tmp_path, body) if line == 3 and excerpt.startswith(label.rstrip("："))]


@pytest.mark.parametrize(
    "body",
    [
        "<p><span>个人信息保护负责人：</span><br><span>姓名：王伟</span><br><span>联系邮箱：dpo@kuaidian.cn</span></p>",
        "<p><span>注：</span><br><span>例如：您在使用搜索功能时我们会记录关键词。</span></p>",
        "<p>联系方式：<br>电话：021-61234567<br>邮箱：privacy@kuaidian.cn</p>",
        "<p>产品名称：某阅读<br>运营主体：上海某某网络科技有限公司<br>注册地址：上海市徐汇区漕溪北路1号</p>",
        "<p>我们会按本政策处理您的信息。<br>如您有疑问，请联系我们。</p>",
    ],
)
def test_a_heading_over_fields_filled_fields_and_sentences_stay_quiet(tmp_path: Path, body: str) -> None:
    assert _empty(tmp_path, body) == []


def test_round54p_teyouliao_regression() -> None:
    """eval/blind/round54p teyouliao-zh-vue: the five empty SDK fields, each once (found glued before, by line now)."""
    from helpers import slot_findings

    path = _ROOT / "eval/blind/round54p/dev/teyouliao-zh-vue/index.vue"
    assert sorted(n for n, rule, _ in slot_findings(path) if rule == "placeholder-empty") == [479, 499, 625, 735, 757]
