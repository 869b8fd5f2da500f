"""A mini-program's or uni-app page's navigation bar title (u43a2): 「<navbar title="栖溯光屿隐私保护指引">」 is the
document's title when no line of the page is one (eval/structure43c qisu: metadata.title was empty), never over a title
line of the page (eval/structure42c sime), never a bound value, and never the page's <title> (`diff` reports that one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document
from policylens.model import Document

ROOT = Path(__file__).resolve().parents[1]
_BODY = "<view>本政策适用于本小程序。我们会收集您的手机号码，用于登录。</view>\n<view>如有疑问，请联系我们。</view>\n"


def _read(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(str(path), encoding=None, max_bytes=1_000_000, input_format=None)


@pytest.mark.parametrize(
    ("name", "bar"),
    [
        ("privacy.wxml", '<navbar title="栖溯光屿隐私保护指引" bind:leftIconTap="goBack"></navbar>'),
        ("privacy.wxml", "<nav-bar title='栖溯光屿隐私保护指引' back='{{true}}' />"),
        ("privacy.axml", '<navigation-bar title="栖溯光屿隐私保护指引"></navigation-bar>'),
        ("privacy.vue", '<template><view><uni-nav-bar title="栖溯光屿隐私保护指引" left-icon="back"></uni-nav-bar>'),
        ("privacy.vue", '<template><view><u-navbar title="栖溯光屿隐私保护指引"></u-navbar>'),
        ("privacy.wxml", '<custom-nav title="栖溯光屿隐私保护指引"></custom-nav>'),
    ],
)
def test_the_nav_bar_title_is_the_title(tmp_path: Path, name: str, bar: str) -> None:
    tail = "</view></template>\n" if name.endswith(".vue") else ""
    doc = _read(tmp_path, name, f"{bar}\n{_BODY}{tail}")
    assert doc.metadata.title == "栖溯光屿隐私保护指引"
    assert doc.metadata.page_title is None  # no <title>: nothing for `diff` to report as the page's title


@pytest.mark.parametrize(
    "bar",
    [
        '<navbar title="{{pageTitle}}"></navbar>',  # bound: filled at run time
        '<navbar title="{{ i18n.privacy }}"></navbar>',
        '<navbar :title="title"></navbar>',
        '<navbar title="   "></navbar>',
        '<navbar title="--"></navbar>',
        '<my-button title="同意"></my-button>',  # no navigation bar
        '<tab-bar title="隐私政策"></tab-bar>',
    ],
)
def test_no_title_from_other_tags_or_bound_values(tmp_path: Path, bar: str) -> None:
    assert _read(tmp_path, "privacy.wxml", f"{bar}\n{_BODY}").metadata.title is None


def test_not_in_a_plain_html_page(tmp_path: Path) -> None:
    text = '<html><body><navbar title="栖溯光屿隐私保护指引"></navbar>\n<p>本政策适用于本网站。我们会收集您的邮箱。</p></body></html>\n'
    assert _read(tmp_path, "privacy.html", text).metadata.title is None


def test_a_title_line_of_the_page_wins(tmp_path: Path) -> None:
    text = '<navbar title="隐私政策"></navbar>\n<view><text style="font-weight:600">笑容隐私政策</text></view>\n' + _BODY
    assert _read(tmp_path, "privacy.wxml", text).metadata.title == "笑容隐私政策"


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("eval/structure43c/dev/qisu-privacy-wxml/privacy-policy.wxml", "栖溯光屿隐私保护指引"),
        ("eval/structure42c/dev/sime-privacy-wxml/privacy.wxml", "笑容隐私政策"),
    ],
)
def test_regressions(path: str, title: str) -> None:
    assert read_document(str(ROOT / path), encoding=None, max_bytes=20_000_000, input_format=None).metadata.title == title
