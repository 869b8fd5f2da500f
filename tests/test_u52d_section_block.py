"""A section added or removed whole is one entry (fifty-second session, u52d): a reviewer reads 「section added: 3
paragraphs」 with the paragraphs under it, not three unrelated insertions.  The JSON keeps every paragraph in the
section's `changes` (a public contract: fields are added, never renamed or removed) and adds `block` on the section;
text, Markdown, rich and HTML show one block.  Not a block: a section that is only a heading split off with text moved
from elsewhere (`split`), a removed heading whose text moved (`merged`), a section with an entry of another kind."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema

from helpers import diff_strings, parse_path
from policylens.diff import diff_documents
from policylens.render import html, markdown, rich, text
from policylens.render.diffview import section_block
from policylens.render.json import diff_to_dict

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "cli" / "policylens" / "data" / "schema" / "diff.schema.json"

OLD = """# 隐私政策

## 一、我们收集的信息

我们收集您的手机号码，用于登录。

## 二、联系我们

如有问题，请发送邮件至 privacy@example.com。
"""

NEW = """# 隐私政策

## 一、我们收集的信息

我们收集您的手机号码，用于登录。

## 二、数据保存

我们将您的个人信息保存在中国境内的服务器上。

您的聊天记录保存 30 天后自动删除。

注销账号后，我们会在 15 个工作日内删除您的个人信息。

## 三、联系我们

如有问题，请发送邮件至 privacy@example.com。
"""


def _render(module: object, report: object) -> str:
    out = io.StringIO()
    module.render_diff(report, out)  # type: ignore[attr-defined]
    return out.getvalue()


def test_added_section_is_one_block_in_every_format() -> None:
    report = diff_strings(OLD, NEW)
    added = [s for s in report.sections if s.status == "added"]
    assert len(added) == 1
    block = section_block(added[0])
    assert block is not None and (block.op, block.paragraphs, block.first_line, block.last_line) == ("insert", 3, 9, 13)
    data = diff_to_dict(report)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (section,) = [s for s in data["sections"] if s["status"] == "added"]
    assert section["block"] == {"op": "insert", "paragraphs": 3, "first_line": 9, "last_line": 13}
    assert len(section["changes"]) == 3  # every paragraph still listed (the contract)
    assert all("block" not in s for s in data["sections"] if s["status"] != "added")
    shown = _render(text, report)
    assert "+ section added: 3 paragraphs (new L9–L13)\n  + new L9: {+" in shown
    assert "- **section added: 3 paragraphs (new L9–L13)**\n  - added at L9:" in _render(markdown, report)
    assert "section added: 3 paragraphs (new L9–L13)" in _render(rich, report)
    assert '<p class="block insert">section added: 3 paragraphs (new L9–L13)</p>' in _render(html, report)


def test_removed_section_mirrors_it() -> None:
    report = diff_strings(NEW, OLD)
    (removed,) = [s for s in report.sections if s.status == "removed"]
    block = section_block(removed)
    assert block is not None and (block.op, block.paragraphs, block.first_line, block.last_line) == ("delete", 3, 9, 13)
    assert "- section removed: 3 paragraphs (old L9–L13)\n  - old L9: [-" in _render(text, report)


def test_no_block_for_modified_or_split_sections() -> None:
    old = OLD.replace("如有问题", "如有任何问题")
    report = diff_strings(OLD, old)
    assert all(section_block(s) is None for s in report.sections)
    # a heading put above text that was already there: split, its text moved, not added
    split_old = "# 政策\n\n## 一、信息\n\n我们收集您的手机号码，用于登录和找回密码。\n\n我们将您的个人信息保存在中国境内的服务器上。\n"
    split_new = "# 政策\n\n## 一、信息\n\n我们收集您的手机号码，用于登录和找回密码。\n\n## 二、保存\n\n我们将您的个人信息保存在中国境内的服务器上。\n"
    report = diff_strings(split_old, split_new)
    assert all(section_block(s) is None for s in report.sections if s.split or s.status != "added")
    assert "section added" not in _render(text, report)


def test_real_pair_regression() -> None:
    """eval/pairs50d moneyup-cloud: the optional iCloud backup section, added in English and in Chinese — one block each
    (the Chinese section's new L236–240 are one hard-wrapped paragraph since u52x's `load.md_wrap`: 8 paragraphs, not 9; since u53d's `md_wrap.file_band` the lines 229–231 and 233–234 are one paragraph each: 6)."""
    d = ROOT / "eval" / "pairs50d" / "pairs" / "moneyup-cloud"
    report = diff_documents(parse_path(str(d / "old.md")), parse_path(str(d / "new.md")))
    blocks = [section_block(s) for s in report.sections if s.status == "added"]
    assert [(b.op, b.paragraphs) for b in blocks if b] == [("insert", 4), ("insert", 6)]
