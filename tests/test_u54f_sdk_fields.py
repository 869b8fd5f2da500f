"""Fifty-fourth session (u54f): an SDK list's developer or scope field left empty (issue #11, class 3).

After eval/blind/round54p's misses on teyouliao-zh-vue L479/L499/L625/L735/L757 (dev there; **after, not blind**): a
Word-exported page whose SDK entries are <br> lines of one <p> (read as one paragraph, the lines joined with no
separator: 「SDK名：glide图库（com.bumptech.glide）开发者名称：收集信息范围：存储的个人文件使用目的：…」).  The glued label
form of `placeholder_empty.sdk_fields` (`_SDK_INLINE`: an SDK field's label right before the next one) knew 使用目的,
隐私说明, 第三方名称… but not 开发者名称 / 开发者 / 开发商 / 运营方 nor 收集信息范围: both are now SDK nouns, so an empty one
is found glued (Word HTML, <br> lines) and alone on its line (text, Markdown) between the entry's fields.  A value on
the next line, or glued after the colon, stays quiet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_HANS, HEAD_HANT, slot_findings

_ROOT = Path(__file__).resolve().parents[1]

_FILLED_HANS = (
    "SDK名：fastjson\n开发者名称：阿里巴巴\n收集信息范围：设备信息\n使用目的：数据解析\n官网链接：https://github.com/alibaba/fastjson\n"
)
_FILLED_HANT = (
    "SDK名稱：Firebase\n開發者名稱：Google LLC\n收集資料範圍：裝置資訊\n使用目的：當機分析\n官網連結：https://firebase.google.com\n"
)


def _lines(tmp_path: Path, name: str, text: str) -> set[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(line, excerpt) for line, rule, excerpt in slot_findings(path) if rule == "placeholder-empty"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # lines of a text file: the label alone on its line, the entry's next field below
        (
            HEAD_HANS + _FILLED_HANS + "\nSDK名：glide\n开发者名称：\n收集信息范围：存储的个人文件\n使用目的：图片预览\n",
            {14},
        ),
        (HEAD_HANS + "SDK名：fastjson\n开发者名称：阿里巴巴\n收集信息范围：\n使用目的：数据解析\n", {9}),
        (HEAD_HANT + _FILLED_HANT + "\nSDK名稱：Glide\n開發者名稱：\n收集資料範圍：儲存的檔案\n使用目的：圖片預覽\n", {14}),
    ],
)
def test_an_empty_developer_or_scope_field_in_lines(tmp_path: Path, text: str, found: set[int]) -> None:
    assert {line for line, _ in _lines(tmp_path, "policy.txt", text)} == found


def test_an_empty_field_in_br_lines_of_one_paragraph(tmp_path: Path) -> None:
    """The Word page's shape: <span> runs and <br> spans of one <p>, joined with no separator when read."""

    def entry(*fields: str) -> str:
        return "<span><br></span>".join(f'<span style="a:b"><font face="Noto Sans SC">{f}</font></span>' for f in fields)

    html = (
        "<html><body><h1>隐私政策</h1><p>更新日期：2025年5月13日</p><p class=MsoNormal>"
        + entry("SDK名：fastjson", "开发者名称：阿里巴巴", "收集信息范围：", "使用目的：数据解析")
        + "<span><br></span>\n"
        + entry("SDK名：glide", "开发者名称：", "收集信息范围：存储的个人文件", "使用目的：图片预览")
        + "</p></body></html>\n"
    )
    assert {excerpt.rstrip("：") for _, excerpt in _lines(tmp_path, "page.html", html)} == {"收集信息范围", "开发者名称"}


@pytest.mark.parametrize(
    "text",
    [
        HEAD_HANS + _FILLED_HANS,
        HEAD_HANT + _FILLED_HANT,
        # the value on the line below its label
        HEAD_HANS + "SDK名称：微信开放平台\n开发者：\n深圳市腾讯计算机系统有限公司\n使用目的：微信登录\n",
        # glued fields, each filled (the Word page's filled entries)
        HEAD_HANS + "SDK名：阿里weexSDK（com.taobao）开发者名称：阿里巴巴收集信息范围：存储的个人文件使用目的：渲染页面\n",
        HEAD_HANS + "SDK名称：友盟+移动统计SDK使用目的：统计分析运营方：友盟同欣（北京）科技有限公司收集个人信息类型：设备信息\n",
        # a developer named in prose, no field
        HEAD_HANS + "本应用的开发者：您可以通过以下方式联系我们。\n",
    ],
)
def test_filled_fields_stay_quiet(tmp_path: Path, text: str) -> None:
    assert _lines(tmp_path, "policy.txt", text) == set()


def test_round54p_teyouliao_regression() -> None:
    """eval/blind/round54p teyouliao-zh-vue: the five empty fields, nothing else."""
    path = _ROOT / "eval/blind/round54p/dev/teyouliao-zh-vue/index.vue"
    assert [(n, e) for n, _, e in slot_findings(path)] == [
        (479, "收集信息范围"),  # (u55f) a line of its own since the <br> field lines are cut: field_single's finding, as in text
        (499, "开发者名称："),
        (625, "开发者名称："),
        (735, "开发者名称："),
        (757, "开发者名称："),
    ]
