"""Lead, fifty-first session: empty anchors over a Markdown file's headings are no paragraph.

`eval/structure51` levin-md (m51x, blind) writes 「<a name="zh-section-3"></a>」 on a line of its own above each heading, as
many GitHub documents do.  CommonMark reads that line as a paragraph of inline HTML, so each anchor was a paragraph of
the section before it, its markup as its text.  A line of empty anchors (`name`/`id` attributes only, no text, no
`href`) is now markup (`load.markdown.walker._EMPTY_ANCHOR`); an anchor with text, a link, or an anchor beside words is
kept as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _texts(text: str) -> list[str]:
    return [p.text for section in parse_string(text, ".md").sections for p in section.paragraphs]


@pytest.mark.parametrize(
    "anchor",
    ['<a name="zh-section-3"></a>', "<a id='faq' name='faq'></a>", '<A NAME="x"></A>', '<a name="a"></a><a name="b"></a>'],
)
def test_a_line_of_empty_anchors_is_no_paragraph(anchor: str) -> None:
    texts = _texts(f"# 隐私政策\n\n## 一、收集\n\n我们收集手机号码。\n\n{anchor}\n\n## 二、使用\n\n我们不出售信息。\n")
    assert texts == ["我们收集手机号码。", "我们不出售信息。"]


@pytest.mark.parametrize(
    "line",
    ['<a name="x">联系我们</a>', '<a href="https://ex.com/privacy"></a>', '<a name="x"></a> 详见下文。', "<联系邮箱>"],
)
def test_anchors_with_text_links_and_slots_stay(line: str) -> None:
    texts = _texts(f"# 隐私政策\n\n## 一、收集\n\n我们收集手机号码。\n\n{line}\n")
    assert len(texts) == 2 and texts[0] == "我们收集手机号码。"


def test_structure51_levin_md_has_no_anchor_paragraph() -> None:
    document = parse_path(EVAL / "structure51" / "dev" / "levin-md" / "PRIVACY.zh-CN.md")
    texts = [p.text for section in document.sections for p in section.paragraphs]
    assert len(texts) > 20 and not any("<a name=" in t for t in texts)
