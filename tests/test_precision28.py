"""False findings and misses on unseen published documents (issue #11, eval/precision28, first run at f3d24642).

Each class is reproduced on small texts written for it, both ways (the finding gone, and the look-alike kept):

- placeholder-instruction, the reader's own name in a menu label of a UI path: 「豆瓣网页“xxx的帐号”-“帐号管理”」
  (3 errors in eval/precision28/douban-md, 豆瓣个人信息保护政策): the page shows 「<name>的帐号」, so xxx stands for the
  reader's own name on purpose.  A mask that opens a quoted label ending 「的…」 is not a slot when the label is a step
  of a path (a dash or an arrow, then the next quoted step; or the step before it ends so); 「“XXX公司”」, a quoted
  label outside a path, and a mask that is the whole step are still reported;
- script-mixed in a code block: 「收录时间: 2022-01-26」, the YAML an archive keeps above a Traditional policy in the
  body of an MkDocs admonition (read as an indented code block; 1 error in eval/precision28/bbc-zhtc-md): code, not
  prose.  A Simplified character in the Traditional prose around it, indented or not, is still reported;
- placeholder-instruction, a miss: 「最后更新日期：待确定」, 「运营团队名称：待确定」, 「联系方式：待确定」 (eval/precision28/
  zhixin-forum-txt): 待确定 ("to be determined") as the whole value of a date, name or contact field is reported as
  待确认 was; 「订单状态：待确定」 (a state) and 「具体时间待确定。」 (a sentence) are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts as _findings

# ---- placeholder-instruction: the reader's own name in a UI path's menu label --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "你可以通过豆瓣网页“xxx的帐号”-“帐号管理”自行选择解绑手机号码。",
        "或豆瓣网页“xxx的帐号”-“个人主页”-“设置”-“隐私设置”关闭个性化推荐。",
        "通过“XXX的主页”>“设置”>“注销帐号”即可删除账号。",
        "进入「xxx的账户」→「安全中心」修改密码。",
        "通过“某某的帐号”-“删除帐号”注销。",
        # the last step of the path: the step before it ends the same way
        "打开“设置”-“xxx的主页”查看你的动态。",
    ],
)
def test_the_readers_own_name_in_a_menu_label_is_no_slot(tmp_path: Path, sentence: str) -> None:
    text = f"# 隐私政策\n\n更新日期：2026年1月1日\n\n{sentence}\n"
    assert _findings(tmp_path, text, "placeholder-instruction", "p.md") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("如有疑问请联系“XXX公司”客服。", "XXX公司"),  # a quoted name left unfilled, no path
        ("运营者：“xxx的团队”。", "xxx"),  # a quoted label, no path
        ("打开“xxx的帐号”页面。", "xxx"),  # a label, but no step of a path
        ("通过“设置”-“XXX”进入。", "XXX"),  # the mask is the whole step: a menu's name left unfilled
        ("本服务由xxx的团队提供，详见“设置”-“关于”。", "xxx"),  # not opening a quoted label
    ],
)
def test_a_mask_outside_a_menu_label_of_a_path_is_still_reported(tmp_path: Path, sentence: str, found: str) -> None:
    text = f"# 隐私政策\n\n更新日期：2026年1月1日\n\n{sentence}\n"
    assert found in _findings(tmp_path, text, "placeholder-instruction", "p.md")


# ---- script-mixed: code blocks are not prose ----------------------------------------------------------------------

_ARCHIVE = (
    "---\ntitle: 保密政策\n---\n\n"
    '!!! summary "元數據"\n\n'
    "    ```YAML\n"
    "    url: https://www.example.org/zhongwen/trad/privacy\n"
    "    收录时间: 2022-01-26\n"
    "    ```\n\n"
    "## 正文\n\n"
    "我們會保護你和你家人的個人資料。為了向你提供所有服務，我們有時候須要搜集一些有關你的資料。\n\n"
    "{prose}\n"
)


def test_simplified_text_in_a_code_block_of_a_traditional_page_is_no_finding(tmp_path: Path) -> None:
    text = _ARCHIVE.format(prose="你向我們提供這些資料時，我們必須按照法律的要求使用。")
    assert _findings(tmp_path, text, "script-mixed", "p.zh_TC.md") == []
    fenced = text.replace(
        "    ```YAML\n    url: https://www.example.org/zhongwen/trad/privacy\n    收录时间: 2022-01-26\n    ```\n",
        "```yaml\n收录时间: 2022-01-26\n```\n",
    )
    assert "收录时间" in fenced
    assert _findings(tmp_path, fenced, "script-mixed", "q.zh_TC.md") == []


@pytest.mark.parametrize(
    "prose",
    [
        "你向我們提供这些資料時，我們必須按照法律的要求使用。",  # a paragraph
        "    你向我們提供这些資料時，我們必須按照法律的要求使用。",  # an indented paragraph (prose, not code)
        "- 你向我們提供这些資料時，我們必須按照法律的要求使用。",  # a list item
        "你可以在 `设置` 中找到這些資料。",  # a code span stays checked: only code blocks are passed over
    ],
)
def test_simplified_text_in_traditional_prose_is_still_reported(tmp_path: Path, prose: str) -> None:
    assert _findings(tmp_path, _ARCHIVE.format(prose=prose), "script-mixed", "p.zh_TC.md") != []


# ---- placeholder-instruction: 待确定 as a field's value --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["最后更新日期：待确定", "运营团队名称：待确定", "联系方式：待确定", "客服邮箱：【待确定】", "聯絡電話：待確定"],
)
def test_to_be_determined_as_a_fields_value_is_reported(tmp_path: Path, line: str) -> None:
    text = f"隐私政策\n\n生效日期：2026年1月1日\n\n{line}\n"
    found = _findings(tmp_path, text, "placeholder-instruction", "p.txt")
    assert any("待确定" in f or "待確定" in f for f in found)


@pytest.mark.parametrize(
    "line",
    ["订单状态：待确定", "具体时间待确定，我们会另行通知。", "处理结果：待确定后通知您。", "我们会在待确定事项明确后更新本政策。"],
)
def test_to_be_determined_elsewhere_is_no_slot(tmp_path: Path, line: str) -> None:
    text = f"隐私政策\n\n生效日期：2026年1月1日\n\n{line}\n"
    assert _findings(tmp_path, text, "placeholder-instruction", "p.txt") == []
