"""Two Chinese editions that differ only by regional wording are never told as differing with certainty (u56e2).

eval/editions56 quin: the zh-Hans edition of a Taiwan app against its zh-Hant base was a sure `section-content` entry
(1.0) although only Taiwan and mainland wording differs (幣別/币种, 部位/持仓, 追蹤/关注 the stocks you follow, 台股/台湾,
財政部/台湾财政部).  The regional words were already no evidence (a swap of two letters is a localisation's word); the
sure evidence was 台湾 added before 财政部: a place word added (`diff.content.added_meaning_words`).  A mainland edition
names the Taiwan the Taiwan edition leaves understood; `compare.evidence._own_place` reads the place an edition's region
calls its own, added by the other edition in a paragraph that names it already, as no word added.  Constructed both
ways: finance, tech and everyday Taiwan/mainland wording stays unsure; a number, a name, a right, a recipient added or
removed, and a place added as a destination are still sure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, sure
from policylens.compare.evidence import inserted_meaning

HANT = """# 記帳 App 隱私權政策

生效日期：2026-08-01

## 會使用網路的功能

匯率。為了以不同幣別顯示餘額，本 App 會取得每日匯率，不會傳送任何個人資訊。

股價。為了計算投資部位，本 App 會取得台股行情。查詢時會送出你追蹤的股票代號，但不會送出你的身分資訊。

電子發票（台灣地區的付費功能）。本 App 會使用你提供的載具資訊，連接財政部電子發票平台，以取回你的發票。

## 軟體與影片

本 App 的軟體更新透過網路下載，教學影片在行動裝置上播放，不會上傳到伺服器。

## 你的權利

你可以查閱、更正你的資料。我們會將帳單資料保存 30 天。
"""

HANS = """# 记账 App 隐私政策

生效日期：2026-08-01

## 会使用网络的功能

汇率。为了以不同币种显示余额，本 App 会获取每日汇率，不会发送任何个人信息。

股价。为了计算投资持仓，本 App 会获取台湾行情。查询时会发送你关注的股票代码，但不会发送你的身份信息。

电子发票（台湾地区的付费功能）。本 App 会使用你提供的载具信息，连接台湾财政部电子发票平台，以取回你的发票。

## 软件与视频

本 App 的软件更新通过网络下载，教程视频在移动设备上播放，不会上传到服务器。

## 你的权利

你可以查阅、更正你的数据。我们会将账单数据保存 30 天。
"""


def _sure(tmp_path: Path, hans: str) -> list[str]:
    """The titles (of the base) of the sure entries of the zh-Hans edition against the zh-Hant base."""
    product = compare_folder(tmp_path / "app", {"zh-TW.2026-08-01.md": HANT, "zh-CN.2026-08-01.md": hans})
    return [(d.get("section") or d.get("other") or {}).get("title", "") for d in sure(product)]


def test_regional_wording_only_is_not_sure(tmp_path: Path) -> None:
    assert _sure(tmp_path, HANS) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("我们会将账单数据保存 30 天。", "我们会将账单数据保存 90 天。"),  # a number
        ("以取回你的发票。", "以取回你的发票，并通过 Umeng 统计使用情况。"),  # a name (and a clause)
        ("你可以查阅、更正你的数据。", "你可以查阅、更正、删除你的数据。"),  # a right added
        ("连接台湾财政部电子发票平台", "连接台湾财政部及广告合作伙伴电子发票平台"),  # a recipient added
        ("不会上传到服务器。", "不会上传到服务器，但会提供给广告合作伙伴。"),  # a recipient, a clause
    ],
)
def test_real_differences_stay_sure(tmp_path: Path, old: str, new: str) -> None:
    assert old in HANS
    assert _sure(tmp_path, HANS.replace(old, new))


def test_recipient_removed_stays_sure(tmp_path: Path) -> None:
    hant = HANT.replace("連接財政部電子發票平台", "連接財政部及廣告合作夥伴電子發票平台")
    product = compare_folder(tmp_path / "app", {"zh-TW.2026-08-01.md": hant, "zh-CN.2026-08-01.md": HANS})
    assert sure(product)


@pytest.mark.parametrize(
    ("old", "new", "told"),
    [
        # the Taiwan edition's own place, in a paragraph that names it: the same ministry
        ("電子發票（台灣地區）。連接財政部平台。", "电子发票（台湾地区）。连接台湾财政部平台。", False),
        # a place the paragraph does not name: told
        ("電子發票。連接財政部平台。", "电子发票。连接台湾财政部平台。", True),
        # a destination (在/至/及 before it): told even where the paragraph names the place
        ("我們位於台灣，資料儲存在伺服器。", "我们位于台湾，数据存储在台湾服务器。", True),
        ("我們位於台灣，資料會傳輸至美國。", "我们位于台湾，数据会传输至美国及台湾。", True),
        ("我們位於台灣，資料會傳輸至美國、日本。", "我们位于台湾，数据会传输至美国、日本、台湾。", True),  # a list of places
        # another region's place (香港 in a Taiwan edition's paragraph): told
        ("我們位於香港，連接財政部平台。", "我们位于香港，连接香港财政部平台。", True),
    ],
)
def test_own_place(old: str, new: str, told: bool) -> None:
    assert inserted_meaning(old, new, ("tw", "cn")) is told


def test_own_place_needs_a_region() -> None:
    # without the editions' regions (an old caller) the place added counts as before
    assert inserted_meaning("電子發票（台灣地區）。連接財政部平台。", "电子发票（台湾地区）。连接台湾财政部平台。")
    # a mainland edition's own place, added by a Taiwan edition in a paragraph that names it
    assert not inserted_meaning("在中国大陆提供的服务。连接税务局平台。", "在中國大陸提供的服務。連接中國大陸稅務局平台。", ("cn", "tw"))


@pytest.mark.parametrize(
    ("hant", "hans"),
    [
        ("你可以搭乘計程車或捷運前往門市，並在便利商店繳費。", "你可以乘坐出租车或地铁前往门店，并在便利店缴费。"),  # everyday
        ("我們會透過簡訊傳送驗證碼到你的手機號碼。", "我们会通过短信发送验证码到你的手机号。"),
        ("你可以在影片中看到教學，軟體會自動更新程式。", "你可以在视频中看到教程，软件会自动更新程序。"),  # tech
        ("請輸入你的身分證字號與信用卡卡號。", "请输入你的身份证号码与信用卡卡号。"),
        ("本 App 會記錄你的轉帳、匯款與信用卡帳單。", "本 App 会记录你的转账、汇款与信用卡账单。"),  # finance
        ("查詢時會送出你追蹤的股票代號與自選股清單。", "查询时会发送你关注的股票代码与自选股列表。"),
        ("本服務適用台灣地區，並依個資法處理。", "本服务适用台湾地区，并依台湾个资法处理。"),
        ("港股與美股行情由第三方提供。", "香港股市与美国股市行情由第三方提供。"),
    ],
)
def test_regional_lines_are_no_insertion(hant: str, hans: str) -> None:
    from policylens.compare.evidence import extra_sentence

    assert not inserted_meaning(hant, hans, ("tw", "cn"))
    assert not extra_sentence(hant, hans)
