"""Diff classes of the blind pair set `eval/pairs45c` (forty-fifth session, u45d2; fixed from it, so the set is no
longer blind for these classes).

1. A line the same in both versions is no change, wherever the sections around it went (`moves._edge_lines`):
   timetrace-rewrite's footer slogan 「记录专注，预见未来」 (under the logo, unchanged) was the last paragraph of the old
   last section and of the new last section; those did not pair, so it was shown deleted there and inserted here.  A
   short line that is the last (or first) paragraph of both documents, deleted in one section and inserted in another
   with the same key, is a move.  A short line elsewhere stays a change in each place (「無。」 under another heading).
2. A paragraph made only of characters that stand for no text (U+FFFC object replacement, U+FFFD, the interlinear
   marks, the Hangul fillers, the empty braille pattern; with spaces and invisible characters) is no change
   (`keys.is_residue_only`): xunfrp-rewrite's line 6 「￼」, rich-text paste residue, was a new paragraph.  Beside words
   the character is compared, and a bidi override alone stays a change.
3. Sections of one gap that keep their number (or, unnumbered, one title inside the other) and their subject (a
   shared telling title word or a shared title topic) through a rewrite are one section renamed and rewritten
   (`align._same_subject`): xunfrp-rewrite 「6. 用户权利」 → 「6. 您的权利」, 「7. 儿童隐私」 → 「7. 未成年人保护」 …,
   timetrace-rewrite 「联系我们」 → 「如何联系我们」 were removed + added.  A gap too crowded for every pair
   (`GAP_MAX_PAIRS`) still compares the sections of the same number.  Another subject under the old number, and a
   section removed while the next ones are renumbered, stay removed (+ added).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.align import has_changes
from policylens.diff.keys import is_residue_only

PAIRS = Path(__file__).resolve().parents[1] / "eval" / "pairs45c" / "pairs"


def _sections(old: str, new: str, suffix: str = ".md") -> list[tuple[str, str | None, str | None]]:
    report = diff_documents(parse_string(old, suffix), parse_string(new, suffix))
    return [(s.status, s.old.title if s.old else None, s.new.title if s.new else None) for s in report.sections]


def _texts(report: object) -> list[str]:
    return [(c.old_text or "") + (c.new_text or "") for s in report.sections for c in s.changes]  # type: ignore[attr-defined]


# 1. an unchanged line at the end of both documents ---------------------------------------------------------------

_EDGE_OLD = """<div><h2>隐私条款</h2>
<p>日志数据</p><p>我们收集您的设备型号和系统版本，用于排查程序错误。</p>
<p>联系我们</p><p>如有疑问，请通过 old@example.com 与我们联系。</p></div>
<div class="Bottombar"><p>记录专注，预见未来</p></div>
"""
_EDGE_NEW = """<div><h2>隐私条款</h2>
<h3>分析信息</h3><p>我们使用第三方统计工具了解功能的使用情况，这些工具不会识别您的身份。</p>
<h3>其它网站</h3><p>第三方网站的行为受其自身规则约束，我们不承担责任。</p></div>
<div class="Bottombar"><p>记录专注，预见未来</p></div>
"""


@pytest.mark.parametrize("sides", [(_EDGE_OLD, _EDGE_NEW), (_EDGE_NEW, _EDGE_OLD)])
def test_unchanged_last_line_is_no_change(sides: tuple[str, str]) -> None:
    report = diff_documents(parse_string(sides[0], ".html"), parse_string(sides[1], ".html"))
    assert not any("记录专注" in t for t in _texts(report))
    assert has_changes(report)  # the sections around it did change


def test_short_line_moved_inside_the_document_stays_a_change() -> None:
    old = "# 政策\n\n## 一、共享\n\n我们会共享您的个人信息给合作伙伴用于广告。\n\n無。\n\n## 二、联系\n\n邮箱 a@b.com\n"
    new = "# 政策\n\n## 一、存储\n\n您的信息存储于境内服务器，保留三十天。\n\n無。\n\n## 二、联系\n\n邮箱 a@b.com\n"
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    # 「無。」 is no line at either end of the documents: its sections do not pair, so it is deleted and inserted
    assert ("removed", "一、共享", None) in [(s.status, s.old.title if s.old else None, None) for s in report.sections]
    assert _texts(report).count("無。") == 2


def test_timetrace_slogan_not_reported() -> None:
    d = PAIRS / "timetrace-rewrite"
    report = diff_documents(parse_path(d / "old.vue"), parse_path(d / "new.vue"))
    assert not any("记录专注" in t for t in _texts(report))


# 2. residue-only paragraphs ----------------------------------------------------------------------------------------

_DOC = "# 隐私政策\n\n## 一、收集\n\n我们收集您的手机号码用于登录。\n\n{x}## 二、联系\n\n邮箱 a@b.com\n"


@pytest.mark.parametrize("residue", ["\ufffc", "\ufffd", "\ufffc\ufffc", "\ufffc \u200b", "\u3164", "\u2800", "\ufffb"])
def test_residue_only_paragraph_is_no_change(residue: str) -> None:
    old, new = parse_string(_DOC.format(x=""), ".md"), parse_string(_DOC.format(x=residue + "\n\n"), ".md")
    for a, b in ((old, new), (new, old)):
        report = diff_documents(a, b)
        assert not has_changes(report)
        assert sum(s.noise for s in report.sections) == 1
    assert has_changes(diff_documents(old, new, strict=True))


@pytest.mark.parametrize("text", ["\u202e", "\ue000", "信息\ufffd", "A"])
def test_paragraph_with_content_or_an_override_stays_a_change(text: str) -> None:
    old, new = parse_string(_DOC.format(x=""), ".md"), parse_string(_DOC.format(x=text + "\n\n"), ".md")
    assert has_changes(diff_documents(old, new))


def test_is_residue_only() -> None:
    assert is_residue_only("\ufffc")
    assert is_residue_only(" \ufffd\u200b ")
    assert not is_residue_only("")
    assert not is_residue_only("\u200b")  # invisible alone: the keys drop it anyway, no residue to name
    assert not is_residue_only("￼图片")


def test_xunfrp_object_replacement_not_reported() -> None:
    d = PAIRS / "xunfrp-rewrite"
    report = diff_documents(parse_path(d / "old.md"), parse_path(d / "new.md"))
    assert not any("\ufffc" in t for t in _texts(report))


# 3. sections renamed and rewritten in place -------------------------------------------------------------------------

_GAP_OLD = """# 隐私政策

## 1. 信息收集

我们收集您的手机号码和设备信息，用于注册登录和保障账号安全。

## 2. 用户权利

您有权访问、更正和删除您的个人信息，可以通过设置页面操作，也可以写信给我们。

## 3. 儿童隐私

我们的服务不面向13岁以下儿童，不会故意收集儿童的个人信息。

## 4. Cookie使用

我们使用Cookie保持您的登录状态并记住您的偏好。

## 5. 联系我们

邮箱 a@b.com
"""
_GAP_NEW = """# 隐私政策

## 1. 信息收集

我们收集您的手机号码和设备信息，用于注册登录和保障账号安全。

## 2. 您的权利

- 查阅与更正：登录后在个人中心即可查看和修改；
- 删除：注销账户后三十天内我们删除您的信息。

## 3. 未成年人保护

本服务不向14周岁以下未成年人开放，监护人发现后可联系我们删除。

## 4. 信息安全措施

全站使用加密传输，密码加盐哈希存储。

## 5. 联系我们

邮箱 a@b.com
"""


def test_numbered_sections_renamed_and_rewritten_in_place() -> None:
    for old, new in ((_GAP_OLD, _GAP_NEW), (_GAP_NEW, _GAP_OLD)):
        found = _sections(old, new)
        pairs = {(o, n) for status, o, n in found if status == "modified"}
        assert {frozenset(p) for p in pairs} == {frozenset(("2. 用户权利", "2. 您的权利")), frozenset(("3. 儿童隐私", "3. 未成年人保护"))}
        # another subject under the old number: removed + added
        assert {t for status, o, n in found if status in ("removed", "added") for t in (o, n) if t} == {"4. Cookie使用", "4. 信息安全措施"}


def test_removed_section_with_renumbering_stays_removed() -> None:
    new = _GAP_OLD.replace("## 2. 用户权利\n\n您有权访问、更正和删除您的个人信息，可以通过设置页面操作，也可以写信给我们。\n\n", "")
    new = new.replace("## 3. 儿童", "## 2. 儿童").replace("## 4. Cookie", "## 3. Cookie").replace("## 5. 联系", "## 4. 联系")
    found = _sections(_GAP_OLD, new)
    assert ("removed", "2. 用户权利", None) in found
    assert [s for s in found if s[0] in ("added", "modified")] == []


def test_other_subject_under_the_same_number_stays_removed_and_added() -> None:
    old = _GAP_OLD.replace("## 2. 用户权利", "## 2. 数据收集")
    new = _GAP_NEW.replace("## 2. 您的权利", "## 2. 数据安全")
    found = _sections(old, new)
    assert ("removed", "2. 数据收集", None) in found
    assert ("added", None, "2. 数据安全") in found


def test_xunfrp_sections_kept_in_place() -> None:
    d = PAIRS / "xunfrp-rewrite"
    found = _sections((d / "old.md").read_text(encoding="utf-8"), (d / "new.md").read_text(encoding="utf-8"))
    renamed = {(o, n) for status, o, n in found if status == "modified" and o != n}
    assert renamed == {
        ("1. 信息收集", "1. 我们收集的信息"),
        ("2. 信息使用", "2. 我们如何使用信息"),
        ("4. 信息共享", "4. 信息共享与披露"),
        ("6. 用户权利", "6. 您的权利"),
        ("7. 儿童隐私", "7. 未成年人保护"),
        ("8. 政策更新", "8. 隐私协议更新"),
    }
    # 3. 信息保护 was split into 3. and 5., 5. Cookie使用 dropped: as annotated
    assert ("removed", "3. 信息保护", None) in found and ("removed", "5. Cookie使用", None) in found


def test_timetrace_contact_section_renamed() -> None:
    d = PAIRS / "timetrace-rewrite"
    report = diff_documents(parse_path(d / "old.vue"), parse_path(d / "new.vue"))
    found = [(s.status, s.old.title if s.old else None, s.new.title if s.new else None) for s in report.sections]
    assert ("modified", "联系我们", "如何联系我们") in found
