"""u58l task 3: an HTML page's `<aside>` heading over the policy's own sentences is a section heading, as a JSX page's
is (`load/html/aside_headings.py`, u57j); on an HTML page the sentence must speak of personal data, so a blog's sidebar
(its author's profile 「个人信息」 over a motto, eval/precision26b cnfte-blog-html, what it is watching) stays page
chrome.  Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load import load

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<body>
<main>
  <h1>隐私政策</h1>
  <h2>一、我们收集的信息</h2>
  <p>我们仅收集您在注册时主动提供的手机号码与昵称，用于创建和维护您的账号。</p>
</main>
<aside>
CARD</aside>
</body>
</html>
"""

_CONTACT = """  <h2>个人信息保护负责人</h2>
  <p>如您对本政策或您的个人信息处理有任何疑问，可发送邮件至 privacy@example.cn 与我们联系。</p>
"""


def _headings(tmp_path: Path, card: str, name: str = "privacy.html") -> list[tuple[int | None, str]]:
    path = tmp_path / name
    path.write_text(_PAGE.replace("CARD", card), encoding="utf-8")
    return [(b.level, b.text) for b in load(str(path)).parsed.blocks if b.kind == "heading"]


@pytest.mark.parametrize("name", ["privacy.html", "privacy.htm"])
def test_an_aside_heading_over_a_policy_sentence_is_a_heading(tmp_path: Path, name: str) -> None:
    assert _headings(tmp_path, _CONTACT, name) == [(1, "隐私政策"), (2, "一、我们收集的信息"), (2, "个人信息保护负责人")]


@pytest.mark.parametrize(
    "card",
    [
        # a blog's profile widget: its author's motto (eval/precision26b cnfte-blog-html)
        '  <section class="widget">\n    <h2>个人信息</h2>\n    <p>"滚滚长江东逝水，浪花淘尽英雄。"</p>\n  </section>\n',
        # what the author is watching
        "  <h2>正在追番</h2>\n  <p>《葬送的芙莉莲》，每周五更新，已经看到第二十集了。</p>\n",
        # a table of contents
        '  <h2>目录</h2>\n  <ul>\n    <li><a href="#a">一、我们收集的信息</a></li>\n  </ul>\n',
        # a label and a value
        "  <h3>客服电话</h3>\n  <p>周一至周五 09:00-18:00</p>\n",
    ],
)
def test_a_sidebar_that_is_not_the_policy_stays_chrome(tmp_path: Path, card: str) -> None:
    assert _headings(tmp_path, card) == [(1, "隐私政策"), (2, "一、我们收集的信息")]
