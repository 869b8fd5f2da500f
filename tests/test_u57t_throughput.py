"""Issue #11, throughput (u57t): the structure stage's per-block tests kept per text (`structure.memo.per_text`).

`_trailing_title`, `_bare_glued`, `_short_item`, `_item_heading` and `names_a_document` were asked of every block in
every pass (88,000 calls on the benchmark's 200 files, 530 distinct texts); each now works out a text's answer once.
Defect classes: an answer keyed on less than what the function reads (the block's kind and lines, which
`is_plain_heading` reads beside the text; a text asked first as a list item, then as a one-line paragraph), an answer
that is not the function's (the text-only form reading a field the block had), and a memo that carries a stale answer
across `memo.clear()` or a full table.  Each answer is compared with the function as written before (kept here, plain),
on every block of `corpora/`, on constructed texts (property-based) and in both orders of the block shapes.

Second, whole-text class searches a document made once or twice (`has_invisible` in `build_metadata` and
`Context.units`, `_WIDE_ALNUM` in `Context.width_folded`) are asked per text with the answers kept
(`structure.memo.any_text`): the joined text holds a match exactly when one of its texts does, the class being of
single characters without the newline.  Compared with the joined text's search on documents in any order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import parse_string
from policylens.load import load
from policylens.load.lines import BULLET
from policylens.model import Block, Piece
from policylens.normalise import fold
from policylens.numbering import NUMBER_STARTS, Number
from policylens.patterns import INVISIBLE
from policylens.rules.context import _WIDE_ALNUM, Context, Settings
from policylens.structure import glued, memo
from policylens.structure.glued import split_glued
from policylens.structure.headings import lists, short_items, title
from policylens.structure.headings.values import _ITEM_ENDS
from policylens.structure.memo import parse_number, per_text
from policylens.structure.metadata import any_invisible, has_invisible
from policylens.structure.shapes import Heading, is_plain_heading, numbered_heading

ROOT = Path(__file__).resolve().parents[1]


# ---- the functions as written before u57t (each read its block) ----


def _plain_trailing_title(block: Block) -> tuple[int, Number, int] | None:
    text = block.text.rstrip()
    if text[-1:] in glued._TRAILING_END_SET:
        return None
    window = max(len(text) - (glued.MAX_TITLE + 8), 0)
    end = -1
    for mark in glued._TRAILING_ENDS:
        at = text.rfind(mark, window)
        if at > end:
            end = at
    if end <= 0:
        return None
    tail = text[end + 1 :]
    start = end + 1 + (len(tail) - len(tail.lstrip()))
    found = text[start:]
    if found[:1] not in NUMBER_STARTS or "\n" in found:
        return None
    number = parse_number(found)
    if number is None or number.style not in glued._FUSED_STYLES or (value := glued._value(number.label)) is None:
        return None
    rest = fold(found[number.rest :]).strip()
    if (
        not glued.MAX_TITLE >= len(rest) >= glued._TRAILING_MIN
        or glued._PUNCT.search(rest)
        or len(glued._HAN.findall(rest)) < glued._TRAILING_MIN
        or rest.startswith(glued._LEAD_IN + glued._SENTENCE_OPENINGS + glued._SUBJECTS)
        or not is_plain_heading(block._replace(text=rest))
    ):
        return None
    return start, number, value


def _plain_bare_glued(block: Block) -> tuple[int, int] | None:
    if block.kind != "paragraph" or len(block.pieces) != 1 or len(block.text) < 3 * glued.MAX_TITLE // 2:
        return None
    n = glued._title_break(fold(block.text[: 2 * glued.MAX_TITLE + 2]))
    if n is None:
        return None
    folded = fold(block.text)
    gap = glued._GAP.match(folded, n)
    head, rest = folded[:n], folded[gap.end() :] if gap else ""
    base = glued._TRAILING_NOTE.sub("", head)
    if not gap or not glued._HAN.match(rest) or len(base) > glued.MAX_TITLE or glued._PUNCT.search(base) or not glued._HAN.search(base):
        return None
    if parse_number(head) is not None or len(rest) < 2 * len(base) or not rest.rstrip("」』”’）)").endswith(glued._LINE_END):
        return None
    single = Block("paragraph", block.text[:n], 0, 0, 0, (Piece(0, n, 0, 0),))
    if (
        not is_plain_heading(single)
        or (head.startswith(glued._LEAD_IN) and not head.startswith("如何"))
        or glued._SENTENCE_WORDS.search(base)
    ):
        return None
    return n, gap.end()


def _plain_short_item(block: Block) -> bool:
    if block.kind != "paragraph" or len(block.pieces) != 1:
        return False
    text = fold(block.text).strip()
    return (
        0 < len(text) <= (60 if text.isascii() else 40)
        and not text.endswith(_ITEM_ENDS)
        and "," not in text
        and ";" not in text
        and parse_number(block.text) is None
    )


def _plain_item_heading(block: Block) -> Heading | None:
    m = BULLET.match(fold(block.text))
    if not m or any(ch.isdigit() for ch in m.group(0)) or block.text[m.end() :].lstrip()[:1] not in lists._ITEM_HEADING_STARTS:
        return None
    inner = Block("paragraph", block.text[m.end() :], block.line, block.column, block.end_line, block.pieces)
    found = numbered_heading(inner)
    if found and found.key in lists._TOC_NUMBERED_STYLES | {("num", "cn-paren"), ("num", "cn-formal-paren")}:
        return found
    return None


def _plain_names_a_document(text: str) -> bool:
    return bool(title.names_a_document.__wrapped__(text))  # type: ignore[attr-defined]  # (its body is unchanged)


PAIRS = [
    (glued._trailing_title, _plain_trailing_title),
    (glued._bare_glued, _plain_bare_glued),
    (short_items._short_item, _plain_short_item),
    (lists._item_heading, _plain_item_heading),
]


def _shapes(text: str) -> list[Block]:
    """The text as a one-line paragraph, a list item, a heading and a paragraph of two lines (what the functions read
    of a block besides its text: its kind and its number of pieces)."""
    one = (Piece(0, len(text), 3, 1),)
    half = max(len(text) // 2, 1)
    two = (Piece(0, half, 3, 1), Piece(half, len(text) - half, 4, 1))
    return [
        Block("paragraph", text, 3, 1, 3, one),
        Block("item", text, 3, 1, 3, one),
        Block("heading", text, 3, 1, 3, one, 2),
        Block("paragraph", text, 3, 1, 4, two),
    ]


def _check(texts: list[str]) -> int:
    """Ask every function of every shape of every text, in both orders of the shapes; return the answers compared."""
    compared = 0
    for order in (1, -1):
        memo.clear()
        for _ in range(2):  # the second pass reads the kept answers
            for text in texts:
                for block in _shapes(text)[::order]:
                    for kept, plain in PAIRS:
                        assert kept(block) == plain(block), (kept.__name__, block)
                        compared += 1
                assert title.names_a_document(text) == _plain_names_a_document(text)
    return compared


# Texts each function answers (or nearly answers) something other than None/False for: the shapes it looks for.
CONSTRUCTED = [
    "如果您对本政策有任何疑问，请与我们联系，我们将尽快答复。 6.本隐私政策的更改",
    "（c）如我们停止运营，将适用本政策。 6.本隐私政策的更改",
    "…将适用本政策。 6.本隐私政策的更改",
    "…见第3条。 4.",
    "如何刪除資料（data deletion 指引） 我們提供數種刪除方式，請依版本選擇，或與我們聯繫以刪除。",
    "資料的使用 我們會在提供服務時使用您的資料，包括改善服務品質與安全，以及其他必要的用途。",
    "我們使用 Google Analytics 分析網站的使用情況，以便改善我們的服務品質與安全。",
    "会员注册及管理",
    "Providing the service and performing the agreement",
    "提供服务，履行合同",
    "2. 收集及使用目的",
    "*   一、我們收集的資料",
    "- （二）第三方共享",
    "* 第三条 信息的使用",
    "1. 一、数字开头",
    "用户服务协议",
    "《应用用户协议》",
    "**隐私政策**",
    "隐私政策概要",
    "一、隐私政策",
    "",
    "   ",
    "。",
]


def test_kept_answers_are_the_plain_ones_on_constructed_texts() -> None:
    assert _check(CONSTRUCTED) > 0
    # the shapes the functions look for are found (the comparison is not of Nones only)
    memo.clear()
    assert glued._trailing_title(_shapes(CONSTRUCTED[1])[0]) is not None
    assert glued._trailing_title(_shapes(CONSTRUCTED[1])[1]) is None  # a list item: `is_plain_heading` says no
    assert glued._bare_glued(_shapes(CONSTRUCTED[4])[0]) is not None
    assert short_items._short_item(_shapes("会员注册及管理")[0])
    assert not short_items._short_item(_shapes("会员注册及管理")[1])
    assert lists._item_heading(_shapes("*   一、我們收集的資料")[1]) is not None
    assert title.names_a_document("用户服务协议") and not title.names_a_document("隐私政策概要")


def test_a_text_asked_as_an_item_first_then_as_a_paragraph() -> None:
    """The class of a key that leaves out the block's shape: `_trailing_title` of a one-line paragraph after the same
    text as a list item (and the reverse) — `is_plain_heading` answers no for the item, yes for the paragraph."""
    text = CONSTRUCTED[1]
    paragraph, item = _shapes(text)[:2]
    for first, second in [(item, paragraph), (paragraph, item)]:
        memo.clear()
        assert glued._trailing_title(first) == _plain_trailing_title(first)
        assert glued._trailing_title(second) == _plain_trailing_title(second)
    assert _plain_trailing_title(paragraph) != _plain_trailing_title(item)


_ALPHABET = st.sampled_from(
    list("我们如何收集使用信息本政策的更改刪除資料提供服务协议隐私")
    + list("一二三4567第条章（）()【】*-•")
    + list("。；！？，,：: \u3000\t.、")
    + ["\n", "x", "Google "]
)


@settings(max_examples=300)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_kept_answers_are_the_plain_ones_on_any_text(text: str) -> None:
    _check([text, "。" + text, text + " 6.本隐私政策的更改", "*   " + text, text + "。" * 40])


def test_kept_answers_are_the_plain_ones_on_every_block_of_the_corpora() -> None:
    texts: dict[str, None] = {}
    for path in sorted((ROOT / "corpora").rglob("*")):
        if path.suffix in (".md", ".txt", ".html") and path.is_file():
            loaded = load(str(path))
            for block in split_glued(loaded.parsed.blocks):
                texts[block.text] = None
    assert len(texts) > 1000
    assert _check(list(texts)) > 0


def test_a_full_table_is_emptied_and_answers_again() -> None:
    """A table at `MAX_ENTRIES` empties itself (bounded memory) and keeps answering what the function answers."""
    calls: list[str] = []

    @per_text
    def length(text: str, extra: int) -> int:
        calls.append(text)
        return len(text) + extra

    for n in range(memo.MAX_ENTRIES + 5):
        assert length(str(n), 1) == len(str(n)) + 1
    assert length("0", 1) == 2 and calls[-1] == "0"  # asked again after the table emptied: worked out again
    assert length("0", 2) == 3  # another argument, another key
    assert length.__wrapped__("abc", 0) == 3  # type: ignore[attr-defined]
    memo.clear()
    calls.clear()
    assert length("0", 1) == 2 and calls == ["0"]


# ---- whole-text class searches asked per text (`memo.any_text`) ----

_INVISIBLES = ["\u200b", "\u00ad", "\ufeff", "\u2060", "\U000e0041", "\U000e0100"]  # BMP ones, then astral tags
_CHARACTERS = st.sampled_from(["我", "们", "a", " ", "Ａ", "ｂ", "０", "＠", "\u3000", "\U00020000", *_INVISIBLES])
_TEXTS = st.lists(st.lists(_CHARACTERS, max_size=12).map("".join), max_size=8)


@settings(max_examples=300)
@given(_TEXTS, _TEXTS)
def test_any_invisible_is_the_search_of_the_joined_text(first: list[str], second: list[str]) -> None:
    """Each document's answer is the joined text's, whatever the earlier documents left in the table (their texts
    again, in another order, with an astral character that changes the class `has_invisible` searches with)."""
    for texts in (first, second, first + second, second[::-1], first):
        assert any_invisible(texts) == (INVISIBLE.search("\n".join(texts)) is not None) == has_invisible("\n".join(texts))


def _context(paragraphs: list[str]) -> Context:
    doc = parse_string("隐私政策\n\n" + "\n\n".join(paragraphs) + "\n")
    return Context(doc, lang="zh-Hans", settings=Settings())


@settings(max_examples=150)
@given(_TEXTS)
def test_width_folded_asks_each_text_what_the_joined_text_was_asked(paragraphs: list[str]) -> None:
    """The view is the context itself exactly when the joined text holds no full-width letter or digit."""
    paragraphs = [p for p in paragraphs if p.strip()]
    for _ in range(2):
        ctx = _context(paragraphs)
        plain = _WIDE_ALNUM.search(ctx.joined().text) is None
        assert (ctx.width_folded() is ctx) == plain


def test_width_folded_on_constructed_documents() -> None:
    """Full-width letters in the second of three paragraphs, after a document without any that filled the table."""
    mail = _context(["我们收集信息。", "联系：ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｃｏｍ"])
    assert mail.width_folded() is not mail
    plain = _context(["我们收集信息。", "联系我们。"])
    assert plain.width_folded() is plain
    wide = _context(["我们收集信息。", "请填写［Ｃｏｍｐａｎｙ　Ｎａｍｅ］。", "联系我们。"])
    view = wide.width_folded()
    assert view is not wide and any("［Company Name］" in u.text for u in view.units())


@pytest.fixture(autouse=True)
def _fresh() -> None:
    memo.clear()
