"""A note to the editor at the top of a Markdown draft, in a block quote, is not the policy's text (u61r, issue #14;
eval/profiles59q aition-zh, not blind).  `load.markdown.editor_notes`: blanked (line numbers kept) with a warning when it
stands at the top of the body and holds two kinds of drafting cue; a status line, a date block, the operator's slots
and a quote of the policy's own stay read."""

from __future__ import annotations

import pytest

from conftest import ROOT
from parse_helpers import parse_path, parse_string

_NOTE = """# 隐私政策

> **用途**：后台「协议管理 → 隐私」的中文正文（富文本）。
> **待你补充**（`【】`）：运营者全称、联系邮箱。
> - **需你决定的一点**：统计埋点是否先读同意状态。

---

## 一、我们收集的信息

我们会收集您的手机号码，用于注册和登录。
"""


def _texts(text: str) -> list[str]:
    doc = parse_string(text, ".md")
    return [p.text for s in doc.sections for p in s.paragraphs]


def test_the_editor_note_is_not_read() -> None:
    doc = parse_string(_NOTE, ".md")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts == ["我们会收集您的手机号码，用于注册和登录。"]
    assert [(s.line, s.title) for s in doc.sections if s.title][-1] == (9, "一、我们收集的信息")


@pytest.mark.parametrize(
    "note",
    [
        "> 生效日期：2026-06-17\n> 运营主体：【待填：公司名称与联系方式】",  # (the document's facts and its slot)
        "> **状态**：草稿，正式发布前需法务审阅。本文件不构成法律意见。",  # (one cue at most: a status line)
        "> 请您在使用我们的服务前仔细阅读本政策，尤其是加粗的条款。",  # (the policy's own notice)
        "> **用途**：后台的富文本正文。\n> **待你补充**：运营者全称。\n\n我们重视您的隐私。",  # (runs into the body's text)
    ],
)
def test_other_quotes_at_the_top_stay_read(note: str) -> None:
    text = _NOTE.replace(_NOTE[_NOTE.index(">") : _NOTE.index("\n\n---")], note)
    first = note.splitlines()[0].lstrip("> ")
    assert any(t.startswith(first[:8]) for t in _texts(text)), note


def test_a_note_after_the_body_began_stays_read() -> None:
    text = _NOTE.replace("# 隐私政策\n\n", "# 隐私政策\n\n我们重视您的隐私。\n\n", 1)
    assert any("富文本" in t for t in _texts(text))


def test_aition_cookie_policy_note() -> None:
    doc = parse_path(ROOT / "eval/profiles59q/docs/aition-zh/cookie-policy.md")
    lines = {p.line for s in doc.sections for p in s.paragraphs}
    assert not lines & set(range(3, 9))
    assert doc.sections[0].title == "Cookie 政策（中文版）"
