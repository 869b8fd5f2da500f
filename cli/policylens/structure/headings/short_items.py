"""Runs of short lines announced by a lead-in: the items of a list, not section titles.

`announced_item` (「本服務可能會處理：」 then short lines), with `ShortItems`, which works out once which
blocks are short items, so a page of many short lines is not walked again from every line.
"""

from __future__ import annotations

import re
from array import array

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import fold
from policylens.structure.headings.values import _ITEM_ENDS
from policylens.structure.memo import parse_number, per_text


def announced_item(blocks: list[Block], i: int, short: ShortItems | None = None) -> bool:
    """「依功能需求，本服務可能會處理：」 / 「指令內容」 / 「按鈕、選單或表單互動資料」: the first item of the list announced above.

    A lead-in closed by a colon announces what follows; when the line after the short line is
    one more short line (no sentence end, no comma) rather than a sentence, the two are items of
    the announced list, not a sub-title and its text.  A sub-title after a lead-in (「請依版本選擇：」
    / 「行動 App 內刪除」 / 「在設定頁面點選刪除帳戶，…。」) is followed by its sentence and stays.
    """
    if i == 0 or i + 1 >= len(blocks) or not blocks[i + 1].pieces:
        return False
    short = short or ShortItems(blocks)
    if _fills_its_section(blocks, i, short):
        return True
    if blocks[i - 1].kind != "paragraph" or not blocks[i - 1].pieces:
        return False
    if _later_item(blocks, i, short):
        return True
    if not fold(blocks[i - 1].text[blocks[i - 1].pieces[-1].offset :]).rstrip().endswith(":"):
        return False  # the line above announces no list (most lines: the next line is not read)
    first = blocks[i + 1].pieces[0]
    below = fold(blocks[i + 1].text[first.offset : first.offset + first.length]).strip()
    return bool(below) and not below.endswith(_ITEM_ENDS) and "," not in below and ";" not in below


_RUN_REACH = 30  # how far `_later_item` and `_fills_its_section` look for the short lines around one


class ShortItems:
    """`_short_item` of each block, worked out once: `_later_item` walks up to 30 lines back from every line of a run.

    A page of 20,000 short lines asked it 32 times a line (a quarter of `check`'s time on such a page).  Where each run
    of short lines starts and ends is worked out once as well (`before`, `after`; u32h: walking up to 30 lines back and
    30 ahead for every line of a run was 95 calls a line, a third of the structure of 50,000 such lines).  Bytes and
    machine integers, not dictionaries: a 1 MB page of short lines has 60,000 blocks.
    """

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._known = bytearray(len(blocks))  # 0 unknown, 1 not short, 2 short
        self._stop_above = array("i", [-2]) * len(blocks)  # the last block at or above k that is not short (-1: none; -2 unknown)
        self._stop_below = array("i", [-1]) * len(blocks)  # the first block at or below k that is not short (len: none; -1 unknown)

    def __call__(self, k: int) -> bool:
        known = self._known[k]
        if not known:
            known = self._known[k] = 2 if _short_item(self._blocks[k]) else 1
        return known == 2

    def before(self, i: int) -> int:
        """How many short blocks stand right before block `i`, at most `_RUN_REACH`."""
        if i == 0:
            return 0
        stops, k, walked = self._stop_above, i - 1, []
        while k >= 0 and stops[k] == -2 and self(k):
            walked.append(k)
            k -= 1
        stop = k if k < 0 or stops[k] == -2 else stops[k]  # (a block that is not short is its own stop)
        for w in walked:
            stops[w] = stop
        if k >= 0:
            stops[k] = stop
        return min(_RUN_REACH, i - 1 - stop)

    def after(self, i: int) -> int:
        """How many short blocks stand right after block `i`, at most `_RUN_REACH`."""
        size = len(self._blocks)
        stops, k, walked = self._stop_below, i + 1, []
        while k < size and stops[k] == -1 and self(k):
            walked.append(k)
            k += 1
        stop = k if k >= size or stops[k] == -1 else stops[k]
        for w in walked:
            stops[w] = stop
        if k < size:
            stops[k] = stop
        return min(_RUN_REACH, stop - i - 1)


def _short_item(block: Block) -> bool:
    """A line that reads as a list item: one short line, no sentence end, comma or colon, no number."""
    if block.kind != "paragraph" or len(block.pieces) != 1:
        return False  # (before folding the text: a multi-line block is often long)
    return _short_text(block.text)


@per_text
def _short_text(written: str) -> bool:
    """`_short_item` of a one-line paragraph's text, all it reads there."""
    text = fold(written).strip()
    # (thirtieth session, round30b) an English item says in up to 60 letters what a Chinese one says in 40
    # (「Providing the service and performing the agreement」 beside 「提供服务及履行合同」)
    return (
        0 < len(text) <= (60 if text.isascii() else 40)
        and not text.endswith(_ITEM_ENDS)
        and "," not in text
        and ";" not in text
        and parse_number(written) is None
    )


def _later_item(blocks: list[Block], i: int, short: ShortItems) -> bool:
    """「您可能拥有以下权利：」 / 「访问您的个人信息」 / 「更正…」 / 「删除…」: the second and later items of the announced list.

    Short lines that follow one another right after a lead-in closed by a colon are its items up to the last (which
    the text's next sentence follows), however many there are: each is as short as the others and none ends a
    sentence.  One sentence between the lead-in and the line breaks the run (a sub-title after its text stays).
    """
    if not short(i):
        return False
    k = i - 1 - short.before(i)  # (the first line above that is not short, at most 30 lines up)
    if k == i - 1 or k < 0 or blocks[k].kind != "paragraph" or not blocks[k].pieces:
        return False  # no item above: the first item is `announced_item`'s own case
    lead = blocks[k].text[blocks[k].pieces[-1].offset :]
    if not fold(lead).rstrip().endswith(":"):
        return False
    if i + 1 < len(blocks) and short(i + 1):
        return True  # another item follows
    # the last item: the sentence after it goes back to the list (「如果您想行使这些权利…」); a sub-title's own text does
    # not (「附则」 then 「本政策自…生效」 after a list of contact lines stays a heading)
    if i + 1 < len(blocks) and blocks[i + 1].kind == "heading":
        return True  # the list ends its section: 「本注册协议包含内容如下：」 / 「《…服务协议》」 / 「《…政策》」 / 「<h2>隐私政策</h2>」
    return i + 1 < len(blocks) and _BACK_TO_LIST.search(blocks[i + 1].text[:40]) is not None


def _fills_its_section(blocks: list[Block], i: int, short: ShortItems) -> bool:
    """「2. 收集及使用目的」 / 「会员注册及管理」 / 「提供服务及履行合同」 / … / 「3. 保有期限」: short lines that fill a numbered section.

    (thirtieth session, round30b) Two or more short lines in a row (`_short_item`: no sentence end, comma, colon or
    number) that run from the section's numbered title, or from a lead-in closed by a colon under it, to the next
    title of the same numbering (or the end of the text) are the section's list: no line of the run has text of its own,
    as a sub-title would.  The items of a Korean consent form translated line by line, each a paragraph (「会员注册及管理」,
    「Sign-up and account management」).  A short line followed by its sentence ends the run (a sub-title stays), and
    a run that stops at a title of another numbering (a sub-section's 「（一）」) proves nothing.
    """
    if not short(i):
        return False
    k = i - 1 - short.before(i)  # (the first line above that is not short, at most 30 lines up)
    j = i + 1 + short.after(i)
    if j - k - 1 < 2 or k < 0 or blocks[k].kind not in ("paragraph", "item") or not blocks[k].pieces:
        return False  # (a numbered title line is read as a list item: 「2. 收集及使用目的」)
    title = parse_number(blocks[k].text)
    if title is None and fold(blocks[k].text[blocks[k].pieces[-1].offset :]).rstrip().endswith(":"):
        above = next((parse_number(b.text) for b in reversed(blocks[max(0, k - 3) : k]) if parse_number(b.text)), None)
        title = above  # the lead-in's section title, at most three lines up
    if title is None:
        return False
    if j == len(blocks):
        return True  # the list runs to the end of the text
    after = parse_number(blocks[j].text)
    return after is not None and after.style == title.style


_BACK_TO_LIST = lazy(r"这些|這些|上述|以上|上列|前述|前列|\b(?:these|those|the above|any of the above)\b", re.I)
