"""Diff classes of the blind pair set `eval/pairs46` (forty-sixth session, u46d; fixed from it, so the set is no
longer blind for these classes).

1. A section renamed in place whose text moved down into new sub-sections of its own is one section renamed
   (`align._moved_down`): hutao-rewrite 「常规数据使用」 → 「常规数据使用说明」, its lead sentence rewritten and its list
   items turned into `###` sub-parts, kept one sentence of body, 0.05 alike to the old list, and read as removed + added.
   Each section read with the sections below it, the same on both sides, the two are 0.55 alike.  Another subject in
   the same place over the same sub-sections stays removed + added.
2. A sub-item put under another list item is a change, not a reordering (`moves._regrouped`): hutao-spacing's note
   「我们仅使用此域名发送系统邮件」 went from under 「- snapgenshin.com」 to under 「- snapgenshin.cn」 (which domain sends
   the system mail) and was no change.  Sub-items reordered under the same item, and items at the list's left edge
   reordered, stay noise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.align import has_changes

PAIRS = Path(__file__).resolve().parents[1] / "eval" / "pairs46" / "pairs"


def _sections(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    return [(s.status, s.old.title if s.old else None, s.new.title if s.new else None) for s in report.sections]


def _texts(old: str, new: str) -> list[tuple[str, str]]:
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    return [(c.op, (c.old_text or "") + (c.new_text or "")) for s in report.sections for c in s.changes]


# 1. text moved down into new sub-sections under a renamed section ------------------------------------------------

_FLAT = """# 用户数据

## 个人信息

本应用不会收集任何个人信息。

## 常规数据使用

本应用充分尊重用户的隐私，目前会按下方的说明使用数据：

- 在数据目录中以数据库文件的形式储存登录凭据、软件设置和全部用户数据
- 程序出错时匿名收集设备标识、错误日志和活跃统计信息，用于修复问题
- 选择上传数据时向服务器上传游戏编号和角色记录
- 启用实时便笺后在系统中创建一个定时任务，用于获取数据
- 使用账号功能后云端会储存注册使用的邮箱和加密后的密码

## 可信任的域名

- example.com
"""

_NESTED = """# 用户数据

## 个人信息

本应用不会收集任何个人信息。

## 常规数据使用说明

本工具在运行过程中会按照以下规则处理数据：

### 本地存储

在数据目录中以数据库文件的形式储存登录凭据、软件设置和全部用户数据。

### 错误信息

程序出错时匿名收集设备标识、错误日志和活跃统计信息，用于修复问题。

### 数据上传

选择上传数据时向服务器上传游戏编号和角色记录。

### 实时便笺

启用实时便笺后在系统中创建一个定时任务，用于获取数据。

### 账号功能

使用账号功能后云端会储存注册使用的邮箱和加密后的密码。

## 可信任的域名

- example.com
"""


@pytest.mark.parametrize("sides", [(_FLAT, _NESTED), (_NESTED, _FLAT)])
def test_renamed_section_whose_text_moved_into_new_subsections_pairs(sides: tuple[str, str]) -> None:
    found = _sections(*sides)
    titles = {(o, n) for _, o, n in found}
    assert ("常规数据使用", "常规数据使用说明") in titles or ("常规数据使用说明", "常规数据使用") in titles
    assert not any(status in ("removed", "added") and "常规数据使用" in (o or n or "") for status, o, n in found)


def test_another_subject_over_the_same_subsections_stays_removed_and_added() -> None:
    other = _NESTED.replace("## 常规数据使用说明", "## 第三方共享说明")
    found = _sections(_FLAT, other)
    assert ("removed", "常规数据使用", None) in found
    assert ("added", None, "第三方共享说明") in found


def test_hutao_rewrite_pairs_the_renamed_part() -> None:
    d = PAIRS / "hutao-rewrite"
    report = diff_documents(parse_path(d / "old.md"), parse_path(d / "new.md"))
    pair = [s for s in report.sections if s.old and s.new and s.old.title == "常规数据使用"]
    assert pair and pair[0].new is not None and pair[0].new.title == "常规数据使用说明" and pair[0].renamed


# 2. a sub-item put under another item ------------------------------------------------------------------------------

_LIST = "# 域名\n\n## 可信任的域名\n\n以下域名可信：\n\n- a.example.com\n{a}- b.example.com\n{b}- c.example.com\n"
_NOTE = "  - 我们仅使用此域名发送系统邮件\n"


@pytest.mark.parametrize(
    "sides", [(_LIST.format(a=_NOTE, b=""), _LIST.format(a="", b=_NOTE)), (_LIST.format(a="", b=_NOTE), _LIST.format(a=_NOTE, b=""))]
)
def test_subitem_put_under_another_item_is_a_change(sides: tuple[str, str]) -> None:
    changes = _texts(*sides)
    assert ("delete", "- 我们仅使用此域名发送系统邮件") in changes
    assert ("insert", "- 我们仅使用此域名发送系统邮件") in changes
    assert has_changes(diff_documents(parse_string(sides[0], ".md"), parse_string(sides[1], ".md")))


def test_subitems_reordered_under_the_same_item_are_no_change() -> None:
    old = "# 域名\n\n## 说明\n\n- a.example.com\n  - 我们仅使用此域名发送系统邮件\n  - 我们也用此域名接收用户反馈邮件\n- b.example.com\n"
    new = "# 域名\n\n## 说明\n\n- a.example.com\n  - 我们也用此域名接收用户反馈邮件\n  - 我们仅使用此域名发送系统邮件\n- b.example.com\n"
    assert _texts(old, new) == []


def test_top_level_items_reordered_stay_no_change() -> None:
    old = "# 域名\n\n## 说明\n\n- 我们仅使用此域名发送系统邮件\n- b.example.com\n- 我们也用此域名接收用户反馈邮件\n"
    new = "# 域名\n\n## 说明\n\n- b.example.com\n- 我们也用此域名接收用户反馈邮件\n- 我们仅使用此域名发送系统邮件\n"
    assert _texts(old, new) == []


def test_hutao_spacing_reports_the_moved_note() -> None:
    d = PAIRS / "hutao-spacing"
    report = diff_documents(parse_path(d / "old.md"), parse_path(d / "new.md"))
    texts = [(c.old_text or "") + (c.new_text or "") for s in report.sections for c in s.changes]
    assert texts.count("- 我们仅使用此域名发送系统邮件") == 2


# 3. a page title that only adds the site's name ---------------------------------------------------------------------


def test_site_name_added_by_the_pages_title_is_no_title_change() -> None:
    d = PAIRS / "hutao-md-html"
    report = diff_documents(parse_path(d / "old.md"), parse_path(d / "new.html"))
    assert report.title is None  # 「用户数据和隐私权益」 → 「用户数据和隐私权益 | 胡桃工具箱」 (the navbar's brand)


def test_a_word_added_to_the_pages_title_stays_a_title_change(tmp_path: Path) -> None:
    d = PAIRS / "hutao-md-html"
    page = (d / "new.html").read_text(encoding="utf-8")
    # (u46l) the page's frame is chrome since its docs-site reading, so its title is the `<h1>` of its content, not the
    # `<title>`: the word is added to both
    edited = page.replace("<title>用户数据和隐私权益 | 胡桃工具箱</title>", "<title>用户数据和隐私权益（2025 修订） | 胡桃工具箱</title>")
    edited = edited.replace("<span>用户数据和隐私权益</span></a></h1>", "<span>用户数据和隐私权益（2025 修订）</span></a></h1>")
    assert edited.count("2025 修订") == 2
    (tmp_path / "new.html").write_text(edited, encoding="utf-8")
    report = diff_documents(parse_path(d / "old.md"), parse_path(tmp_path / "new.html"))
    assert report.title is not None and "2025 修订" in (report.title.new_text or "")


def test_items_of_a_one_line_page_reordered_stay_no_change() -> None:
    row = "<html><body><h1>域名</h1><h2>说明</h2><ul>{}</ul></body></html>\n"
    items = ["<li>a.example.com</li>", "<li>我们仅使用此域名发送系统邮件</li>", "<li>b.example.com</li>", "<li>c.example.com</li>"]
    old = row.format("".join(items))
    new = row.format("".join([items[0], items[2], items[3], items[1]]))
    report = diff_documents(parse_string(old, ".html"), parse_string(new, ".html"))
    assert [c for s in report.sections for c in s.changes] == []
