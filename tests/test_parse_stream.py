"""`parse --format json` is streamed section by section (issue #12 §2): the same bytes as the JSON built at once.

`render_document` writes the sections and their paragraphs a batch at a time instead of
encoding the whole document; `dump(document_to_dict(doc))` is the reference it must match
byte for byte, compact and indented, with and without `--topics`.  The batch size is
shrunk here so that every path (a batch of small sections, a section that streams its
own paragraphs, a section with none, an empty document) is taken on small inputs.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policylens.render.json as json_render
from conftest import SEED, corpus_files
from helpers import cli, parse_path, parse_string, shared_parse
from policylens.errors import UserError
from policylens.model import Document
from policylens.topics import document_topics

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PIECE = st.one_of(
    CJK,
    CJK,
    st.sampled_from(["\n", "\n\n", "\r\n", "## ", "# ", "一、", "第一條", "【】", "- ", "1. ", "\u3000", "\t", '"', "\\", "\x1b"]),
    st.characters(blacklist_categories=("Cs",)),
)
TEXT = st.lists(PIECE, max_size=150).map("".join)


def _streamed(doc: Document, *, pretty: bool, topics: bool = False) -> str:
    out = io.StringIO()
    json_render.render_document(doc, out, pretty=pretty, topics=document_topics(doc) if topics else None)
    return out.getvalue()


def _whole(doc: Document, *, pretty: bool, topics: bool = False) -> str:
    out = io.StringIO()
    json_render.dump(json_render.document_to_dict(doc, topics=document_topics(doc) if topics else None), out, pretty=pretty)
    return out.getvalue()


def _assert_same(doc: Document, *, topics: bool = False) -> None:
    for pretty in (False, True):
        assert _streamed(doc, pretty=pretty, topics=topics) == _whole(doc, pretty=pretty, topics=topics)


@pytest.fixture(params=[1, 2, 3, 1_000])
def batch(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run the test with this streaming batch size (1_000 is the shipped one)."""
    monkeypatch.setattr(json_render, "_STREAM_BATCH", request.param)
    return request.param


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: str(p.relative_to(p.parents[1])))
def test_streamed_parse_json_is_the_whole_json_on_every_corpus_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = shared_parse(path).document
    for size in (1, 3):
        monkeypatch.setattr(json_render, "_STREAM_BATCH", size)
        _assert_same(doc)


def test_streamed_parse_json_with_topics_is_the_whole_json(batch: int) -> None:
    _assert_same(parse_path(SEED), topics=True)


def test_streamed_parse_json_of_documents_of_every_shape(batch: int) -> None:
    shapes = [
        "",  # no section at all
        "只有一段。\n",
        "".join(f"第{k}段，沒有標題。\n\n" for k in range(7)),  # one section of many paragraphs
        "".join(f"## 第{k}節\n\n內容{k}。\n\n" for k in range(7)),  # many small sections
        "# 標題\n\n## 空的一節\n\n## 又一節\n\n" + "".join(f"段落{k}。\n\n" for k in range(9)) + "## 最後\n\n完。\n",
    ]
    for text in shapes:
        for suffix in (".txt", ".md"):
            _assert_same(parse_string(text, suffix))


@settings(max_examples=150, deadline=None)
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md", ".html"]), size=st.sampled_from([1, 2, 5]))
def test_streamed_parse_json_is_the_whole_json_on_generated_documents(text: str, suffix: str, size: int) -> None:
    saved = json_render._STREAM_BATCH
    json_render._STREAM_BATCH = size
    try:
        try:
            doc = parse_string(text or "x", suffix)
        except UserError:
            return  # refused input (binary, undecodable): no document to render
        _assert_same(doc)
    finally:
        json_render._STREAM_BATCH = saved


def test_parse_json_does_not_build_the_whole_document_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """No single encoding covers more than about one batch of paragraphs."""
    doc = parse_string(
        "".join(f"第{k}段的內容。\n\n" for k in range(2_500)) + "".join(f"## 第{k}節\n\n本節的內容。\n\n" for k in range(2_500)), ".md"
    )
    encoded: list[int] = []
    real = json_render._encode

    def counting(obj: object, *, pretty: bool, names: bool = True) -> str:
        text = real(obj, pretty=pretty, names=names)
        encoded.append(text.count('"kind"'))  # paragraphs in this piece of JSON
        return text

    monkeypatch.setattr(json_render, "_encode", counting)
    out = io.StringIO()
    json_render.render_document(doc, out)
    assert sum(encoded) == len(doc.paragraphs()) >= 5_000
    assert max(encoded) <= 2 * json_render._STREAM_BATCH
    monkeypatch.setattr(json_render, "_encode", real)
    assert out.getvalue() == _whole(doc, pretty=False)


def test_parse_json_from_the_command_is_valid_and_complete(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("".join(f"## 第{k}節\n\n本節的內容：{k}。\n\n" for k in range(3_000)), encoding="utf-8")
    done = cli("parse", str(path), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data == json.loads(_whole(parse_path(path), pretty=False))
    assert len(data["sections"]) >= 3_000
