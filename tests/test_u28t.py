"""`check` throughput, twenty-eighth session (u28t): exact shortcuts in load and in the rules' text units and scans.

Each shortcut gives what the plain form gave; the plain form is written here beside it:

* `load.files._read_up_to` asks a file for its stat size and one byte more instead of `read(max_bytes + 1)` (which
  made Python allocate 20 MB per file): the same bytes for files that grew or shrank since the stat, pipes and empty files;
* `Context.units` asks the document once whether any title or paragraph holds an invisible character
  (`structure.metadata.has_invisible`) before asking each text: the same units, cut around what they hide;
* `Context._scan_known` takes a document's texts new to a pattern from one set of them made per document
  (`Context._distinct`): the same hits as a scan without the memo, document after document.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import parse_string
from policylens.load import read_bytes
from policylens.load.files import _read_up_to
from policylens.model import Document
from policylens.patterns import INVISIBLE, INVISIBLE_BMP
from policylens.rules.context import Context, Settings, TextUnit, _seen, seen_through
from policylens.rules.scan_memo import ScanMemo
from policylens.structure.metadata import has_invisible

# --- load: the exact-size read -------------------------------------------------------------------------------------


def test_read_up_to_gives_what_one_read_of_the_limit_gives() -> None:
    """Whatever size the stat told (the file grew, shrank, or is a pipe of size 0), every limit: the bytes of `read(limit)`."""
    for n in range(8):
        data = bytes(range(1, n + 1))
        for size in range(n + 3):
            for limit in range(1, n + 3):
                expected = io.BufferedReader(io.BytesIO(data)).read(limit)  # type: ignore[arg-type]
                assert _read_up_to(io.BufferedReader(io.BytesIO(data)), limit, size) == expected, (n, size, limit)  # type: ignore[arg-type]


def test_read_bytes_of_a_pipe_and_of_files_at_the_limit(tmp_path: Path) -> None:
    """A pipe (size 0 to the stat) is read whole; a file of the limit is read, one byte more is refused."""
    text = "隱私權政策\n".encode() * 1000
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child writes and leaves
        os.close(read)
        os.write(write, text)
        os._exit(0)
    os.close(write)
    try:
        assert read_bytes(f"/dev/fd/{read}", max_bytes=len(text)) == text
    finally:
        os.close(read)
        os.waitpid(pid, 0)
    path = tmp_path / "p.txt"
    path.write_bytes(text)
    assert read_bytes(str(path), max_bytes=len(text)) == text
    from policylens.errors import UserError

    with pytest.raises(UserError, match="over the"):
        read_bytes(str(path), max_bytes=len(text) - 1)
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    assert read_bytes(str(empty), max_bytes=10) == b""


# --- the rules' units: one test for invisible characters per document ------------------------------------------------


def _plain_units(ctx: Context) -> list[TextUnit]:
    """`Context.units` as it was: each title and paragraph asked on its own for an invisible character."""
    from policylens.structure.language import NOT_CHINESE, detect_language

    units: list[TextUnit] = []
    meta = ctx.doc.metadata
    if meta.title and meta.title_line and ctx.doc.title_pieces and detect_language(meta.title) not in NOT_CHINESE:
        units.append(TextUnit(meta.title, "title", None, None, (ctx.doc.title_pieces, meta.title_line, 1)))
    for section in ctx.doc.sections:
        if section.title is not None and section.line is not None and section.lang not in NOT_CHINESE:
            seen = _seen(section.title, section.title_pieces) if INVISIBLE.search(section.title) else None
            if seen is None:
                units.append(TextUnit(section.title, "heading", section, None))
            else:
                units.append(TextUnit(seen[0], "heading", section, None, (seen[1], section.line, section.column or 1)))
        for para in section.paragraphs:
            if para.lang not in NOT_CHINESE:
                if INVISIBLE.search(para.text):
                    para = seen_through(para)
                units.append(TextUnit(para.text, "paragraph", section, para, None))
    return units


def _context(doc: Document, memo: ScanMemo | None = None) -> Context:
    return Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)


_HIDDEN = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\U000e0041", "\U000e0101"]  # BMP ones, a tag, a variation selector


@pytest.mark.parametrize("where", ["title", "heading", "paragraph", "item", "none"])
@pytest.mark.parametrize("char", _HIDDEN)
def test_units_are_cut_around_invisible_characters_wherever_they_are(where: str, char: str) -> None:
    """An invisible character in the title, a heading, a paragraph or an item, or none: the units of the plain form."""
    parts = {"title": "隱私權政策", "heading": "一、我們收集的資料", "paragraph": "生效日期：2025年4月8日", "item": "姓名與電話"}
    if where != "none":
        text = parts[where]
        parts[where] = text[:2] + char + text[2:]
    doc = parse_string(f"# {parts['title']}\n\n## {parts['heading']}\n\n{parts['paragraph']}\n\n- {parts['item']}\n", ".md")
    units = _context(doc).units()
    assert units == _plain_units(_context(doc))
    if where in ("heading", "paragraph", "item"):
        assert all(char not in u.text for u in units)  # cut out (a title unit keeps the metadata's title as it is)


def test_units_of_a_japanese_section_are_left_out_with_its_invisible_characters() -> None:
    """A hidden character in a Japanese section only: the document is asked each text, the Chinese units are unchanged."""
    doc = parse_string("# 隱私權政策\n\n我們重視您的隱私。\n\n## プライバシー\n\nお客様の個人\u200b情報を保護します。\n", ".md")
    assert _context(doc).units() == _plain_units(_context(doc))


@given(st.text(alphabet=["a", "中", "\n", " ", *_HIDDEN, "\U0001f600", "\u3000"], max_size=30))
def test_has_invisible_is_the_search_of_the_whole_class(text: str) -> None:
    """The bitmap class for text without astral characters, the full class otherwise: INVISIBLE's answer."""
    assert has_invisible(text) == (INVISIBLE.search(text) is not None)
    assert "\n" not in INVISIBLE_BMP  # the texts are joined by newlines


# --- the memo's new texts: one set per document ----------------------------------------------------------------------


_TEMPLATE = "# {name}隱私權政策\n\n更新日期：2024年3月1日\n\n{name}重視您的隱私。\n\n## 一、聯絡我們\n\n請寫信至 {mail}。\n\n{extra}"
_VARIANTS = [
    {"name": "甲公司", "mail": "privacy@example.com", "extra": ""},
    {"name": "乙公司", "mail": "【請填寫電子郵件】", "extra": "本政策自【】起生效。\n"},
    {"name": "甲公司", "mail": "privacy@example.com", "extra": "XXX公司保留解釋權。\n"},
    {"name": "甲公司", "mail": "privacy@example.com", "extra": "本政策自【】起生效。\n"},
]


def _hits(ctx: Context, pattern: object, needs: str | None) -> list[tuple[str, int, int]]:
    return [(h.unit.text, h.start, h.end) for h in ctx.scan(pattern, needs=needs)]  # type: ignore[arg-type]


@pytest.mark.parametrize("needs", [None, "【", "X"])
def test_memo_scans_of_mostly_known_documents_find_what_fresh_scans_find(needs: str | None) -> None:
    """Documents whose texts an earlier one held, with new texts that match: every hit of a scan without the memo."""
    import re

    patterns = [re.compile("【[^】]*】"), re.compile("XXX"), re.compile("隱私")]
    docs = [parse_string(_TEMPLATE.format(**v), ".md") for v in _VARIANTS]
    memo = ScanMemo()
    for doc in docs * 2:
        ctx = _context(doc, memo)
        for pattern in patterns:
            assert _hits(ctx, pattern, needs) == _hits(_context(doc), pattern, needs)
        assert ctx._distinct == set(ctx._texts_where())


def test_memo_texts_are_asked_as_the_memo_own_objects_and_survive_its_emptying(monkeypatch: pytest.MonkeyPatch) -> None:
    """A later document's texts are asked as the objects the memo keeps; a memo emptied while admitting (its character
    bound) leaves the document's own objects, and the hits stay those of a scan without the memo."""
    import re

    from policylens.rules import scan_memo as memo_module

    pattern = re.compile("【[^】]*】")
    docs = [parse_string(_TEMPLATE.format(**v), ".md") for v in _VARIANTS]
    memo = ScanMemo()
    for doc in docs:
        ctx = _context(doc, memo)
        assert _hits(ctx, pattern, None) == _hits(_context(doc), pattern, None)
        shared = memo.shared()
        assert all(shared[text] is text for text in ctx._distinct)
        assert [shared[u.text] for u in ctx.units()] == [u.text for u in ctx.units()]
        assert all(a is shared[a] for a in ctx._shared_texts)
    monkeypatch.setattr(memo_module, "MAX_CHARS", 60)  # each document's new texts empty the memo
    memo = ScanMemo()
    for doc in docs * 2:
        ctx = _context(doc, memo)
        for needs in (None, "【"):
            assert _hits(ctx, pattern, needs) == _hits(_context(doc), pattern, needs)
