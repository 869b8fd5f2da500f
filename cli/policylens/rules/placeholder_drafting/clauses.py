"""Where a note of placeholder-drafting stands and what it covers: the clause or English sentence around it, a bracketed
aside it opens, whether it speaks to the reader (您, 我们) or sits above slots still to fill, and whether 待补内容 is a
label."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.rules.around import lstripped
from policylens.rules.context import TextUnit

_CLAUSE_END = lazy(r"[。！!？?\n；;｜|]")
# the end of an English sentence inside a clause: 「advice.** This」, 「products. A solicitor」 (a Latin letter or closing
# markup before the stop, a blank after it: not 「2.1 」 or 「e.g.,」)
_SENTENCE_END = lazy(r"(?<=[A-Za-z])[.!?][*_\"'”’)]*[ \t]+(?=[A-Z*_\"“])")
_CLAUSE_START = lazy(r"[。！!？?\n；;｜|][^。！!？?\n；;｜|]*\Z")
# notes whose words also serve policy prose: not when their clause speaks to or for the reader
# (您在正式上线前需确认…, 我们会将变更写入本政策, 我们需根据产品功能调整本政策, 您可在发布时删除定位)
# The first characters of the note forms above whose words also serve policy prose (写进…, 补充…, 正式发布前…,
# 上架前…, 需根据…, 请在…前…, 建议定稿时…): a match starting with one of them is dropped when its clause names the reader
# (您) or the operator (我们).  The other forms (本政策为草案, 待法务终审, v0.1-draft…) never speak to the reader.
_READER_CHECKED = "写寫补補加正上提送定终終需须須应應发發请請建务務宜"


_ADDRESSEE = lazy(r"[您你](?!的(?:产品|產品|公司|应用|應用|App|APP|app|项目|項目|网站|網站))|我们|我們")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around `text[start:end]`: from after the previous 。；! to the next (the note's whole sentence)."""
    before = _CLAUSE_START.search(text, max(0, start - 60), start)
    lo = before.start() + 1 if before else max(0, start - 60) if start > 60 else 0
    # (twenty-ninth session) an English note's sentence: from after the last 「. 」 before it, not 60 characters back into
    # the middle of a word (「egal advice.** This is … A solicitor should review …」)
    for sentence in _SENTENCE_END.finditer(text, lo, start + 1):  # (+1: the capital it looks ahead to)
        lo = sentence.end()
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 60))  # no further than `hi` may reach: linear on a long line
    hi = stop.start() if stop else len(text)
    while lo < start and text[lo] in " \t\u3000*>-+•·|#":
        lo += 1
    hi = max(end, min(hi, end + 60))
    while hi > end and text[hi - 1] in " \t\u3000*":
        hi -= 1
    return lo, hi


# a slot left to fill: 【待填写】, [待补充], 【待填寫：…】
_SLOT = lazy(r"[【\[［][ \t]*(?:待填|待补|待補|待定|TBD|(?i:todo))")


# a bracketed aside: the note opens it and it closes soon after (「（建议定稿时明确年限）」 inside a sentence to the reader)
_ASIDE_OPEN = "（("
_ASIDE_CLOSE = lazy(r"[）)]")
_ASIDE_MAX = 40


def _aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the bracketed aside the note at `text[start:end]` opens (brackets included), or None.

    A note in brackets right after the opening bracket, closed within a few words on the same line, is said to
    whoever finishes the text whatever its sentence says to the reader; its own words decide whom it addresses.
    """
    if start == 0 or text[start - 1] not in _ASIDE_OPEN:
        return None
    close = _ASIDE_CLOSE.search(text, end, min(len(text), end + _ASIDE_MAX))
    if close is None or "\n" in text[end : close.start()]:
        return None
    return start - 1, close.end()


def _over_slots(units: list[TextUnit], k: int, hi: int) -> bool:
    """A note that ends its paragraph with a colon above a slot: 「正式上线前，你应核对并填写：」 / 「- 名称：【待填写】」.

    Whoever it addresses, what it lists is still to be filled in, so it speaks to the text's author (a policy that calls
    its user 你 says 你应… to the user only about the user's own steps, never above the operator's empty fields).
    """
    text = units[k].text
    rest = text[hi:].strip(" \t\u3000*")
    if rest not in ("：", ":") and (rest or not text[:hi].rstrip(" \t\u3000*").endswith(("：", ":"))):
        return False  # the clause must close its paragraph with the colon
    return k + 1 < len(units) and _SLOT.search(units[k + 1].text) is not None


def _as_label(text: str, start: int, end: int) -> bool:
    """Whether 待补内容 stands as a label or a bracketed note (5. **待补内容**——…), not inside a sentence."""
    before = text[start - 1 : start] if start else ""
    if not (before == "" or before in " \t\u3000*#>-+•·.、【[（(" or before.isdigit()):
        return False
    after = lstripped(text, end, "* \t\u3000")  # (no copy of the rest of the text: u32h)
    return after == len(text) or text[after] in "：:—-】]）)"
