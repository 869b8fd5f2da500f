"""u34t: `structure.glued.split_glued` asks each block's number once for both glued forms; the cuts are unchanged."""

from __future__ import annotations

import pytest

from policylens.load.text import read_text
from policylens.model import Block
from policylens.numbering import Number
from policylens.structure import glued
from policylens.structure.glued import split_glued

_SENTENCE = "我们会收集您在使用服务时主动提供的信息，以及因使用服务而产生的信息，并按本政策使用这些信息。"
_CLAUSE = "为确保网站正常运转，我们会在您的计算机或移动设备上存储名为Cookie的小数据文件，并按本政策使用这些文件。"


def _texts(text: str) -> list[str]:
    return [b.text for b in split_glued(read_text(text).blocks)]


def test_titles_glued_by_a_space_are_cut() -> None:
    texts = _texts(f"一、信息收集 {_SENTENCE}\n\n二、信息使用 {_SENTENCE}\n")
    assert texts == ["一、信息收集", _SENTENCE, "二、信息使用", _SENTENCE]


def test_titles_run_into_their_first_clause_are_cut() -> None:
    texts = _texts(f"第三章 我们如何使用Cookie和同类技术 3.1 Cookie {_CLAUSE}\n\n第四章 我们如何保护您的个人信息 1、{_CLAUSE}\n")
    assert texts[0] == "第三章 我们如何使用Cookie和同类技术" and texts[2] == "第四章 我们如何保护您的个人信息"
    assert texts[1].startswith("3.1 Cookie") and texts[3].startswith("1、")


def test_one_glued_title_or_none_is_left_whole() -> None:
    one = f"一、信息收集 {_SENTENCE}\n\n{_SENTENCE}\n"
    assert _texts(one) == [f"一、信息收集 {_SENTENCE}", _SENTENCE]
    plain = f"信息收集 {_SENTENCE}\n\n信息使用 {_SENTENCE}\n"  # no number: neither form
    assert _texts(plain) == [f"信息收集 {_SENTENCE}", f"信息使用 {_SENTENCE}"]
    sentences = f"一、如果您不同意 {_SENTENCE}\n\n二、如果您是未成年人 {_SENTENCE}\n"  # a lead-in word: sentences
    assert _texts(sentences) == [f"一、如果您不同意 {_SENTENCE}", f"二、如果您是未成年人 {_SENTENCE}"]


def test_number_asked_once_per_block(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = glued._numbered_paragraph

    def counted(block: Block) -> tuple[Number, str] | None:
        calls.append(block.text)
        return real(block)

    monkeypatch.setattr(glued.same_line, "_numbered_paragraph", counted)  # (u58s: read there)
    blocks = read_text(f"一、信息收集 {_SENTENCE}\n\n{_SENTENCE}\n\n二、信息使用 {_SENTENCE}\n").blocks
    split_glued(blocks)
    assert len(calls) == len(blocks) == 3
