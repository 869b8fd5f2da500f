"""Paragraph repair: join a paragraph that ends mid-sentence with its continuation.

Template exports often break a sentence across two paragraphs:
「…其用於進一步」 / 「改進我們的產品和服務。」.  `should_join` decides, `join`
merges the two and records a `Break`, so renderers and `check` can still point at
the original break.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.model import Break, Paragraph, Piece
from policylens.normalise import fold, joiner
from policylens.patterns import HAN_CHAR, OPEN_ENDINGS, SENTENCE_ENDS

# A paragraph that ends with one of these is complete (or introduces a list).
_CLOSED_END = tuple("。．.！!？?；;：:…」』”’）)]】》〉>*_`|") + ("——",)
# Ends that certainly leave a clause open: 「…發送電子郵件至」, 「…如果有任何其」.
_LABEL = lazy(r"^[^，,。；;]{1,20}?[：:]")
_LEAD = lazy(r"^(?:\s|<[^>]*>|[-*+•·]\s|\d+[.)、]|[（(]\d+[)）]|\*\*|__)+")
_SENTENCE_DONE = (*SENTENCE_ENDS, "…")
# A paragraph that opens like this starts a new sentence, even after one missing its 。
_NEW_SENTENCE = (
    "如果",
    "如您",
    "若您",
    "您可",
    "您的",
    "我們",
    "我们",
    "請",
    "请",
    "此外",
    "另外",
    "因此",
    "為了",
    "为了",
    "本政策",
    "本隱私",
    "本隐私",
)
# Words that cannot end a sentence: a preposition, adverb or conjunction waiting for its
# object (「…其用於進一步」「請通過」), or a comma.  (Words ending in a character of
# `OPEN_ENDINGS` — 以及, 关于, 由于 — need no entry.)  A clause that merely lacks its 。
# (「…，我們不會這樣做」, a list item 「檢測，預防和解決技術問題」) is not broken: the
# paragraph after it starts a sentence of its own (blind sets: 15 of 19 such joins were wrong).
_OPEN_WORDS = (
    "，",
    ",",
    "、",
    "通过",
    "通過",
    "透过",
    "透過",
    "进一步",
    "進一步",
    "包括",
    "例如",
    "比如",
    "诸如",
    "諸如",
    "或者",
    "根据",
    "根據",
    "经由",
    "經由",
    "因为",
    "因為",
    "如果",
)
_ENDS_OPEN_EN = lazy(
    r"(?<![A-Za-z])(?i:and|or|of|to|the|a|an|on|in|with|for|by|from|as|at|such|including|via|your|our|their|its|that|which|any|is|are|be)$"
)
# 「（三）互联网…」, "6.5 You can…", 「第三十八条 用户违反…」, 「（ii）修改…」: the next item of a list, or the next
# article (a lower-case Roman numeral of a contract's (i)/(ii) items, its opener sometimes lost: 「ii）裁剪…」)
_ENUMERATOR = lazy(
    r"[（(]?(?:\d{1,3}(?:\.\d{1,3})*|[一二三四五六七八九十]{1,3}|[A-Za-z]|[ivx]{2,5})[）)、.．]|[①-⑳⑴-⒇⒈-⒛]"
    r"|第[〇零一二三四五六七八九十百\d]{1,5}[条條章節节款]"
)
# Nouns that end in a character of `OPEN_ENDINGS`: 「…違反法律的行為」 ends its item (行為 is no preposition 為)
_CLOSED_NOUNS = ("行為", "行为")
_ORG = lazy(r"(?:公司|集團|集团|經營部|经营部|Inc\.?|Ltd\.?|Limited)$")
# What closes a 「…的；」 item of a list of conditions (its punctuation and closing quotes or emphasis)
_ITEM_CLOSE = "。．.！!？?；;…」』”’）)]】*_ "
_BULLET_ONLY = lazy(r"^\s*(?:[-*+•·]|\d+[.)、])\s*")
# (twenty-eighth session, precision28) 「…以改善我们的内容和服务; 和」 then 「用于…其他目的。」: an item of a list that ends
# on its ；/; and the conjunction before the last item (a translation's "; and"), the next paragraph that last item
_ITEM_THEN_CONJUNCTION = lazy(r"[;；][ \t\u3000]*(?:和|及|以及|或|或者|与|與|并|並|(?i:and|or))\Z")


def ends_open(text: str) -> bool:
    """True when the text stops mid-sentence (no closing punctuation)."""
    tail = fold(text).rstrip()
    return bool(tail) and not tail.endswith(_CLOSED_END)


def _is_label_line(text: str) -> bool:
    """「地址：…」, 「- **郵寄地址**：…」, 「（3）联系地址：…」, 「**Lawful Basis:** …」."""
    return bool(_LABEL.match(_LEAD.sub("", text).replace("**", "")))


def should_join(a: Paragraph, b: Paragraph) -> bool:
    """Is `b` the continuation of a sentence that `a` left open?

    `a` must stop mid-sentence on a word that cannot end one (`OPEN_ENDINGS`,
    `_OPEN_WORDS`, an English function word) and not be a label line; `b` must be an
    ordinary paragraph that completes the sentence (ends with 。！？；) and not the next
    item of a list.
    """
    if a.kind not in ("paragraph", "item") or b.kind != "paragraph":
        return False
    text = fold(a.text).rstrip()
    if not text or text.endswith(_CLOSED_END):
        return False  # ends_open(text), tested first: most paragraphs end their sentence
    body = _BULLET_ONLY.sub("", text)
    if len(body) < 12 or _ORG.search(body) or _is_label_line(text):
        return False
    nxt = fold(b.text).strip()
    if _code_line(text) and _code_line(nxt):
        return False  # (u57v) a script read as text: `onLoad() {},` then `goBack() { wx.navigateBack();`
    if not nxt or _is_label_line(nxt) or not nxt.rstrip("」』”’）)]】*_").endswith(_SENTENCE_DONE):
        return False
    if nxt.startswith(_NEW_SENTENCE) or (nxt[0].isascii() and nxt[0].isupper()):
        return False
    if _ENUMERATOR.match(nxt):
        return False  # 「（三）互联网…」, "6.5 You can…", 「第三十八条…」: the next item of a list or article
    if text.endswith(_CLOSED_NOUNS):
        return False
    if _ITEM_THEN_CONJUNCTION.search(text):
        return False  # 「…服务; 和」 then 「用于…其他目的。」: the last two items of a list, one paragraph each
    if text.endswith("的") and _condition_item(nxt):
        return False  # 「…直接相關的」 then 「為保護…權益的；」: two items of a list of conditions, the first lost its ；
    return text.endswith(OPEN_ENDINGS) or text.endswith(_OPEN_WORDS) or _ENDS_OPEN_EN.search(text) is not None


# (u57v, eval/precision57 baoxiu-zh-wxjs) a line of a script read as plain text (a mini-program page's `.js` whose policy
# literal is too short for `load.page_literals`): a brace and no Chinese.  Prose rarely holds a brace; a template's
# `{{company}}` stands among Chinese words.
_BRACE = lazy(r"[{}]")


def _code_line(text: str) -> bool:
    """Whether `text` reads as a line of code: a brace, and no Chinese character."""
    return _BRACE.search(text) is not None and HAN_CHAR.search(text) is None


def _condition_item(text: str) -> bool:
    """Whether `text` reads as an item of a list of conditions: it ends on 的 and its item's mark, 「…權益的；」, or, as the
    last item, 「…公开的。」 with no clause before it (「个人信息，但仅限于…所必需的。」 is the rest of a sentence broken
    after 「…提供的」: review u27w)."""
    body = text.rstrip(_ITEM_CLOSE)
    if not body.endswith("的"):
        return False
    mark = text[len(body) :].strip()[:1]
    return mark in ("；", ";") or ("，" not in body and "," not in body)


def join(a: Paragraph, b: Paragraph) -> Paragraph:
    """Merge `b` into `a`, remembering where the source broke."""
    sep = joiner(a.text, b.text)
    offset = len(a.text) + len(sep)
    pieces = a.pieces + tuple(Piece(p.offset + offset, p.length, p.line, p.column, p.width) for p in b.pieces)
    breaks = (
        a.breaks
        + (Break(line=b.line, offset=offset, prev_line=a.end_line),)
        + tuple(Break(x.line, x.offset + offset, x.prev_line) for x in b.breaks)
    )
    return Paragraph(a.text + sep + b.text, a.line, a.column, b.end_line, a.kind, pieces, breaks)
