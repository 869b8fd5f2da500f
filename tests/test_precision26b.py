"""False findings of `check` on unseen published documents (issue #11, eval/precision26b, first run at 4556f023).

Each class is reproduced on small texts written for it, both ways (the false finding gone, and the
true one it resembles still reported):

- placeholder-comment, a requirement about the page's code: 「<!-- 播放器的 <audio> 元素必须放在 SPA 局部替换范围
  （nav/hero-wrap/main-grid/footer）之外 … -->」 (1 warning in eval/precision26b/cnfte-blog-html, a generated blog
  page).  必须…替换 matched the noun 局部替换范围.  A 必须/务必 sentence that names a tag or the page's machinery
  (元素, 脚本, SPA, DOM) speaks of code; a 必须 sentence about the text (「提审前必须填一个真实可达的邮箱」) and an
  explicit request (请补充, TODO, 待确认) are reported whatever they name;
- date-format, a front matter's date under another generator's key: Urara's `created: 2022-06-19` (1 info in
  eval/precision26b/urara-svelte-md).  `created`, `publishDate`, `pubDate`, `dateCreated` date the page as Hugo's
  `date:` does; a key that is no date (`flags`, `published: true`) still leaves the page undated;
- placeholder-instruction, found while probing the set's kinds of page (a to-do app's policy, not in the set):
  「本应用是一款 TODO 清单工具」, "My TODO List stores your TODO items", 「待办（TODO）数据」 name what the app keeps;
  TODO as a field's value, before an instruction (「TODO 列出 SDK」), after a colon or in a slot is still a marker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts as _findings

_PLAYER_NOTE = (
    "<!-- 播放器的 <audio> 元素必须放在 SPA 局部替换范围（nav/hero-wrap/main-grid/footer）之外，\n"
    "     这样切换文章/翻页时它不会被销毁重建，播放不会被打断。 -->\n"
)


def _page(comment: str) -> str:
    return (
        "<html><body><h1>隐私政策</h1><p>生效日期：2026年02月01日</p>\n"
        "<p>我们仅收集评论时填写的昵称与邮箱。</p>\n" + comment + '<audio id="player" preload="none"></audio>\n'
        "</body></html>\n"
    )


def test_a_requirement_about_the_pages_code_is_no_drafting_note(tmp_path: Path) -> None:
    """The player's note (a tag, SPA, 元素); a note on a script's variable; on a CSS selector."""
    assert _findings(tmp_path, _page(_PLAYER_NOTE), "placeholder-comment", "privacy.html") == []
    for note in (
        "<!-- 该脚本务必在 DOM 加载后再替换按钮文字 -->\n",
        "<!-- 样式必须写在 <style> 里，否则会被主题覆盖 -->\n",
    ):
        assert _findings(tmp_path, _page(note), "placeholder-comment", "privacy.html") == [], note


@pytest.mark.parametrize(
    "note",
    [
        "<!-- 提审前必须填一个真实可达的邮箱 -->\n",  # a requirement about the text
        "<!-- 上线前务必确认第三方 SDK 列表 -->\n",
        "<!-- TODO: 把 <span> 里的公司名称替换成真实主体 -->\n",  # an explicit request naming a tag
        "<!-- 请补充播放器 SDK 的隐私政策链接（<audio> 元素下方） -->\n",
    ],
)
def test_a_drafting_note_is_still_reported(tmp_path: Path, note: str) -> None:
    assert len(_findings(tmp_path, _page(note), "placeholder-comment", "privacy.html")) == 1


_BODY = "本站采用 Umami 统计访客的来源国家与浏览器，统计是模糊的，不会具体到某个访客。\n"


@pytest.mark.parametrize(
    "key", ["created: 2022-06-19", "publishDate: 2023-01-05", "pubDate: 2023-01-05", "dateCreated: 2022-01-28T16:52:39.420+08:00"]
)
def test_a_front_matter_date_under_another_key_dates_the_page(tmp_path: Path, key: str) -> None:
    text = f"---\ntitle: Privacy Policy 隐私声明\n{key}\nflags:\n  - unlisted\n---\n\n{_BODY}"
    assert _findings(tmp_path, text, "date-format", "+page.svelte.md") == []


@pytest.mark.parametrize("key", ["flags: unlisted", "published: true", "created: 草稿"])
def test_a_front_matter_without_a_date_leaves_the_page_undated(tmp_path: Path, key: str) -> None:
    text = f"---\ntitle: Privacy Policy 隐私声明\n{key}\n---\n\n{_BODY}"
    assert len(_findings(tmp_path, text, "date-format", "privacy.md")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "本应用是一款 TODO 清单工具，您创建的 TODO 事项仅保存在本地。",
        "My TODO List stores your TODO items on your device; TODO-list data never leaves it.",
        "待办（TODO）数据不会上传，ＴＯＤＯ　ｌｉｓｔ 亦然。",
    ],
)
def test_todo_naming_what_a_todo_app_keeps_is_no_marker(tmp_path: Path, line: str) -> None:
    text = f"# 隐私政策\n\n更新日期：2024年1月1日\n\n{line}\n"
    assert _findings(tmp_path, text, "placeholder-instruction", "privacy.md") == []


@pytest.mark.parametrize("line", ["联系邮箱：TODO", "第三方SDK：TODO 列出 SDK", "TODO: 补充保存期限。", "保存期限：ＴＯＤＯ"])
def test_todo_as_a_marker_is_still_reported(tmp_path: Path, line: str) -> None:
    text = f"# 隐私政策\n\n更新日期：2024年1月1日\n\n{line}\n"
    assert len(_findings(tmp_path, text, "placeholder-instruction", "privacy.md")) == 1
