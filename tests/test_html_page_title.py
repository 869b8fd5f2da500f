"""HTML pages whose <title> tells which <h1> is the document's title (issue #8, blind round misses).

Under a long site menu, the page's one top-rank <h1> is the document title when the <title> is that
<h1> plus the site's name (「隱私與裝置資料|Birdland」), or the site's name alone while the <h1> ends on
what the document is (「云杉科技用户隐私政策」).  Look-alikes: an <h1> equal to a <title> naming no
policy (the brand), an <h1> about the policy (「隐私政策概要」), a numbered <h1>, several <h1> peers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path, parse_string

REAL = Path(__file__).parent / "data" / "real"
BODY = "<p>我们会收集您的设备信息，用于保障账号安全，并采取适当的安全措施保护您的信息。</p>"
# A site's header that is not bare menu labels: a long slogan and a language bar stand above the <h1>.
HEADER = (
    '<div class="nav"><a href="/">首页</a> <a href="/about">关于我们</a> <a href="/products">产品中心</a></div>\n'
    "<p>云杉科技致力于为全球客户提供可靠的智能硬件产品与贴心的售后服务体验，欢迎您访问我们的网站了解更多信息</p>\n"
    "<p>English Deutsch Français Español Português Italiano Nederlands 日本語 한국어</p>\n"
    "<p>首页 / 法律 / 隐私</p>\n<p>最近更新</p>\n"
)


def _page(title: str, h1: str, *, peers: bool = False) -> str:
    rank = "h1" if peers else "h2"
    return (
        f"<html><head><title>{title}</title></head><body>\n{HEADER}<h1>{h1}</h1>\n{BODY}\n"
        f"<{rank}>信息收集</{rank}>\n{BODY}\n<{rank}>信息使用</{rank}>\n{BODY}\n</body></html>\n"
    )


@pytest.mark.parametrize(
    ("title", "h1"),
    [("隐私与数据说明 | 云杉科技", "隐私与数据说明"), ("云杉科技", "云杉科技用户隐私政策"), ("Privacy & Data — Yunshan", "Privacy & Data")],
)
def test_the_h1_the_page_title_names_is_the_document_title(title: str, h1: str) -> None:
    doc = parse_string(_page(title, h1), ".html")
    assert doc.metadata.title == h1
    assert [(level, text) for _, level, text in headings(doc)] == [(1, "信息收集"), (1, "信息使用")]


@pytest.mark.parametrize(
    ("title", "h1", "peers"),
    [
        ("云杉科技", "云杉科技", False),  # the brand: the same words as a <title> naming no policy
        ("隐私与数据说明 | 云杉科技", "云杉科技", False),  # the brand: the part of the <title> without the policy
        ("云杉科技", "隐私政策概要", False),  # a section about the policy
        ("一、信息收集 | 云杉科技", "一、信息收集", False),  # numbered: a section
        ("隐私与数据说明 | 云杉科技", "隐私与数据说明", True),  # one of several <h1> peers
    ],
)
def test_an_h1_the_page_title_does_not_make_a_title_stays_a_section(title: str, h1: str, peers: bool) -> None:
    doc = parse_string(_page(title, h1, peers=peers), ".html")
    assert h1 in [text for _, _, text in headings(doc)]


def test_a_real_page_under_a_long_menu_keeps_its_h1_as_title() -> None:
    """52-HzCL/Birdland.com.tw: the whole page on one line, a menu and a language bar above the <h1>."""
    doc = parse_path(REAL / "birdland.zh-Hant-TW.html")
    assert doc.metadata.title == "隱私與裝置資料"
    assert [(level, text) for _, level, text in headings(doc)] == [
        (1, "本站不儲存什麼"),
        (1, "本機偏好設定"),
        (1, "第三方服務"),
        (1, "行事曆訂閱"),
        (1, "聯絡"),
    ]
