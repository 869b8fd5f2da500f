"""Properties: no text is lost, positions map back to the source, folding is safe."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import corpus_files
from helpers import parse_path, shared_parse
from policylens.model import Document
from policylens.normalise import WHITESPACE, fold, split_lines
from policylens.structure.headings import colon_title

MARKUP = set("*_")  # emphasis markers may be consumed from headings


def output_chars(doc: Document, text: str | None = None) -> Counter[str]:
    """Non-whitespace characters of everything the model keeps as text."""
    parts = [doc.metadata.title or ""] if doc.metadata.title_line else []
    if text is not None and doc.metadata.title and doc.metadata.title_line:
        line = split_lines(text)[doc.metadata.title_line - 1].strip()
        if line[-1:] in ("：", ":") and colon_title(line) == doc.metadata.title:
            parts.append(line[-1])  # 「隱私：」 is titled 「隱私」: the closing colon is dropped as markup (docs/parse.md)
    for section in doc.sections:
        parts.append(section.title or "")
        parts.extend(t for t in section.titles if t != section.title)  # the other line of a bilingual heading pair
        parts.extend(p.text for p in section.paragraphs)
    return Counter(c for c in "".join(parts) if c not in WHITESPACE and c not in MARKUP)


def text_chars(text: str) -> Counter[str]:
    return Counter(c for c in text if c not in WHITESPACE and c not in MARKUP)


LINES = st.one_of(
    st.text(alphabet="隱私權政策資料我們您的收集使用第一二三條章節，。：；！？、「」（）【】《》", min_size=1, max_size=40),
    st.sampled_from(
        [
            "關於我們",
            "一、定義",
            "（一）範圍",
            "1.1 目的",
            "- 項目",
            "1. 我們收集資料。",
            "第一條 總則",
            "聯絡我們",
            "北京智米科技有限公司",
            "地址：北京市",
            "ＡＢＣ１２３",
            "privacy@example.com",
            "**重點**",
            "感謝您！",
            "例如，",
        ]
    ),
    st.text(alphabet="abcXYZ0123456789 .,:;!?-()[]@/", min_size=1, max_size=30),
)
SPACES = st.sampled_from(["", " ", "\u3000", "\u00a0", "\t", "  "])
NEWLINES = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n\n\n"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for line in draw(st.lists(LINES, min_size=0, max_size=25)):
        parts.append(draw(SPACES) + line + draw(SPACES))
        parts.append(draw(NEWLINES))
    return "".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents())
def test_no_text_lost_plain_text(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("p") / "p.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = parse_path(path)
    assert output_chars(doc, text) == text_chars(text)
    _assert_positions(doc, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents())
def test_no_text_lost_markdown(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("p") / "p.md"
    path.write_bytes(text.encode("utf-8"))
    doc = parse_path(path)
    ideographs = lambda c: Counter(ch for ch in c.elements() if "\u4e00" <= ch <= "\u9fff")  # noqa: E731
    assert ideographs(output_chars(doc)) == ideographs(text_chars(text))


def _assert_positions(doc: Document, text: str) -> None:
    """Every piece of every paragraph maps to the same characters in the source."""
    lines = split_lines(text)
    for para in doc.paragraphs():
        for piece in para.pieces:
            source = lines[piece.line - 1][piece.column - 1 : piece.column - 1 + piece.length]
            assert source == para.text[piece.offset : piece.offset + piece.length]


@given(st.text())
def test_fold_is_idempotent_and_length_preserving(text: str) -> None:
    once = fold(text)
    assert len(once) == len(text) and fold(once) == once


@given(st.text(alphabet="ab\r\n"))
def test_split_lines_counts_every_break(text: str) -> None:
    breaks = len(re.findall(r"\r\n|\r|\n", text))
    assert len(split_lines(text)) == breaks + 1


# --- the real corpus ---------------------------------------------------------------

_FRONT = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)\r?\n.*?\r?\n\1\r?\n", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SKIPPED = re.compile(r"<(script|style|head|template|svg)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^<>]*>")
_IAL = re.compile(r"\{:[^{}]*\}")
_DIRECTIVE = re.compile(r"<%.*?%>", re.S)


def visible_ideographs(path: Path, text: str, fmt: str) -> Counter[str]:
    """CJK ideographs of the source's text content (markup removed)."""
    if fmt in ("markdown", "html"):
        text = _FRONT.sub("", text)
        text = _DIRECTIVE.sub("", text)
        text = _COMMENT.sub("", text)
        text = _SKIPPED.sub("", text)
        text = _TAG.sub("", text)
        text = _IAL.sub("", text)
    return Counter(c for c in text if "\u4e00" <= c <= "\u9fff")


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_no_text_lost(path: Path) -> None:
    text, doc = shared_parse(path)
    kept = Counter(c for c in output_chars(doc).elements() if "\u4e00" <= c <= "\u9fff")
    assert kept == visible_ideographs(path, text, doc.source.format)


@pytest.mark.parametrize(
    "path", [p for p in corpus_files() if p.suffix in (".txt", ".md", ".mdx", ".ftl")], ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_corpus_positions_map_back(path: Path) -> None:
    text, doc = shared_parse(path)
    _assert_positions(doc, text)
