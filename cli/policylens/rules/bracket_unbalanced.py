"""bracket-unbalanced: an opening or closing bracket or quote without its partner."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import SENTENCE_BREAKS
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.structure.repair import ends_open

_PAIRS = {"「": "」", "『": "』", "（": "）", "【": "】", "《": "》", "〈": "〉", "(": ")", "“": "”"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
# Full-width and half-width parentheses close each other: 「（例如 IP)」 is a width slip, not a missing bracket.
_SAME = {"）": ("（", "("), ")": ("(", "（")}
# Curly double quotes pair like the corner quotes (「“WeTalk"」: a “ closed by an ASCII quote, 「”CCPA“」: reversed).
# ASCII quotes are never matched: English passages and code use them both ways.  A quotation over several paragraphs
# opens each with “ and closes only the last: a “ that opens its paragraph is not reported unclosed, nor a ” that ends
# one (before only spaces and ASCII quotes) reported as closing nothing.
_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"
_QUOTE_TAIL = ' \t\r\n\u3000\xa0"'  # what may follow the ” that ends a paragraph
_CURLY = lazy("[“”]")
_MARKS = lazy("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + '"]')
# A list label before `)`: `^[\s*\-+>]*(?:<[^>]*>)*[\dA-Za-z一二三四五六七八九十ivx]{1,4}$` on the text
# before it, in two parts: the lead-in is measured once per unit, and the label is the
# 1-4 characters just before the `)`.  (Matching the whole on text[:i] for every
# unmatched `)` was quadratic on a long paragraph full of them.)
_LABEL_LEAD = lazy(r"\A[\s*\-+>]*(?:<[^>]*>)*")  # \A: never restarted inside a run of `<`
_LABEL = lazy(r"[\dA-Za-z一二三四五六七八九十ivx]{1,4}")
# A clause number of two to four levels as a label: 「2.1）為提供…」, 「6.1.1）I.T之私隱政策；」.
_DOTTED = lazy(r"\d{1,2}(?:\.\d{1,2}){1,3}")
_DOTTED_MAX = 11  # len("12.12.12.12")


# Where an item of a run-in list starts inside a paragraph (「…帐号。<br>2）当您…」 read as one
# paragraph): after a line break, a space or a clause's end.
_ITEM_BEFORE = frozenset("\n \t\u3000。；;：:，,、！!？?")


def is_list_label(text: str, i: int, lead: int) -> bool:
    """Whether text[:i] is a list label such as `1` or `<b>a` (`lead`: end of `_LABEL_LEAD` at 0)."""
    if i > lead + 1 and text[i - 1] == "\n":  # `$` also matches before a final newline
        i -= 1
    if lead < i <= lead + 4 and _LABEL.fullmatch(text, lead, i) is not None:
        return True
    return lead < i <= lead + _DOTTED_MAX and _DOTTED.fullmatch(text, lead, i) is not None


def is_run_in_label(text: str, i: int, lead: int) -> bool:
    """Whether text[:i] ends in the label of an item of a run-in list (「…信息：a）…；b）…」, 「…平台用户<br />1）
    在您使用…」 read as one paragraph): a one- or two-character label after a line break or a clause's end, or a
    digit glued to the Chinese text before it, whose list goes on: the next or previous label (b）, 2）) is
    also in the text.  「IP）等」, 「15）个工作日」 and 「第3）条」 are not labels."""
    for size in (1, 2):
        start = i - size
        if start <= lead or _LABEL.fullmatch(text, start, i) is None:
            continue
        before = text[start - 1]
        glued = "\u4e00" <= before <= "\u9fff" and before != "第" and text[start:i].isdigit()
        # any white space too: a U+2028 line separator between the items (「…状态；\u20283）为了…」, pasted from an editor,
        # eval/precision29/qingdian-policy-vue) or a no-break space
        if (before in _ITEM_BEFORE or before.isspace() or glued) and _has_sibling(text, text[start:i], text[i]):
            return True
        if size == 1 and text[start] in _FIRST_LABELS and _after_lead_in(text, start, lead):
            return True
    return _is_run_in_dotted(text, i, lead)


def first_of_list(text: str, i: int, lead: int, following: str) -> bool:
    """Whether text[:i] ends in the first label of a list whose second item opens the next unit (u54p, eval/blind/round53q
    ewangshenghuo-taro): 「9、为您提供更个性化的服务1）基于位置信息…」 then 「2）基于摄像头…」 — a Taro page's <Text> title run
    into its first item (a <Text> is a <span>), the item's label glued to the title's last character.  The label is 1, a,
    A or 一, after a clause's end, a space or glued to Chinese (not 第), and the next unit opens with the label after it
    closed the same way (2）, b）); 「详见附件1）」 over a paragraph that opens no 2） stays a lone bracket."""
    start = i - 1
    if start <= lead or text[start] not in _FIRST_LABELS:
        return False
    before = text[start - 1]
    if not (before in _ITEM_BEFORE or before.isspace() or ("\u4e00" <= before <= "\u9fff" and before != "第")):
        return False
    nxt = {"1": "2", "a": "b", "A": "B", "一": "二"}[text[start]] + text[i]
    head = _LABEL_LEAD.match(following)
    return following.startswith(nxt, head.end() if head is not None else 0)


# The first label of a list (a）, A）, 1）, 一）) right after the colon of its lead-in opens the list even when its
# sibling is in the next paragraph or written with an ASCII parenthesis: 「…授权同意： a）当您选择…」, then 「b)当您…」 on
# the next line (eval/precision22/dada-shop-cn/raw_data/0625.html).
_FIRST_LABELS = frozenset("aA1一")


def _after_lead_in(text: str, start: int, lead: int) -> bool:
    """Whether only spaces stand between a lead-in's colon and text[start] (「…同意： a」, 「…如下:a」)."""
    k = start - 1
    while k > lead and text[k] in " \t\u3000\xa0":
        k -= 1
    return k > lead and text[k] in "：:"


def _is_run_in_dotted(text: str, i: int, lead: int) -> bool:
    """Whether text[:i] ends in a clause number (6.1.1) after a line break, a space, a clause's end or
    glued to the Chinese before it (not 第), whose sibling (6.1.2 or 6.1.0) closes the same way in the
    text: 「6.1）閣下有權知道：<br>6.1.1）…；<br>6.1.2）…；及<br>6.1.3）…」 read as one paragraph."""
    start = i
    while start > lead and i - start < _DOTTED_MAX and (text[start - 1].isdigit() or text[start - 1] == "."):
        start -= 1
    if start <= lead or _DOTTED.fullmatch(text, start, i) is None:
        return False
    before = text[start - 1]
    if not (before in _ITEM_BEFORE or before.isspace() or ("\u4e00" <= before <= "\u9fff" and before != "第")):
        return False
    head, _, last = text[start:i].rpartition(".")
    n = int(last)
    closed = _closed_labels(text)
    return f"{head}.{n + 1}{text[i]}" in closed or (n > 0 and f"{head}.{n - 1}{text[i]}" in closed)


# a label closed by a bracket (1）, b), 6.1.2）, 三）), at most _LABEL_RUN characters before the bracket
_LABEL_RUN = 12
_CLOSED_LABEL = lazy(rf"[0-9.A-Za-z一二三四五六七八九十]{{1,{_LABEL_RUN}}}[）)]")


@lru_cache(maxsize=8)
def _closed_labels(text: str) -> frozenset[str]:
    """Every label closed by a bracket in `text`, with each of its suffixes (「6.1.2）」 gives 「1.2）」 and 「2）」 too),
    so that asking whether a sibling label occurs is a set lookup, not a scan of the text for each lone bracket
    (a 100 KB line of 「。1.1）」 took 3 s, 200 KB 11.5 s: quadratic)."""
    labels: set[str] = set()
    for m in _CLOSED_LABEL.finditer(text):
        run = m.group(0)
        labels.update(run[k:] for k in range(len(run) - 1))
    return frozenset(labels)


def _has_sibling(text: str, label: str, close: str) -> bool:
    """Whether the label before or after `label` in its sequence (2 → 1 or 3, b → a or c) also closes with `close`."""
    closed = _closed_labels(text)
    if label.isdigit():
        n = int(label)
        return f"{n + 1}{close}" in closed or (n > 1 and f"{n - 1}{close}" in closed)
    if len(label) == 1 and label.isascii() and label.isalpha():
        c = ord(label)
        return f"{chr(c + 1)}{close}" in closed or f"{chr(c - 1)}{close}" in closed
    order = "一二三四五六七八九十"
    k = order.find(label)
    return k >= 0 and ((k + 1 < len(order) and f"{order[k + 1]}{close}" in closed) or (k > 0 and f"{order[k - 1]}{close}" in closed))


# How far a reversed pair's “ may follow its ” (「”SSR“」, 「”CCPA“」): a short name, no clause's end between.
_REVERSED_SPAN = 16
_CLAUSE_END = frozenset(SENTENCE_BREAKS)


def _next_curly(text: str, start: int) -> tuple[int, str]:
    """The next “ or ” at or after `start`: its index and mark (len(text), "" when none)."""
    found = _CURLY.search(text, start)
    return (len(text), "") if found is None else (found.start(), found.group(0))


def _closes_reversed(text: str, stray_at: int, i: int) -> bool:
    """Whether the “ at `i` closes a reversed pair opened by the lone ” at `stray_at` (「关于”SSR“服务」): a short
    run between them with no clause's end, and no ” after the “ that would close it as an opener (「…。”“用户”」:
    the ” closed an earlier quotation, the “ opens the next)."""
    between = text[stray_at + 1 : i]
    if not between or len(between) > _REVERSED_SPAN or _CLAUSE_END.intersection(between):
        return False
    return _next_curly(text, i + 1)[1] != _CLOSE_QUOTE


def _nested_same_marks(text: str, i: int) -> bool:
    """Whether the second “ at `i` (a “ already open) opens a quotation nested with the same marks: the next two
    curly quotes after it are both ” (「进入““游新疆”平台-设置”首页」), so every mark is paired."""
    j, mark = _next_curly(text, i + 1)
    return mark == _CLOSE_QUOTE and _next_curly(text, j + 1)[1] == _CLOSE_QUOTE


@register
class BracketUnbalanced(Rule):
    """Flags an unmatched 「」『』（）【】《》〈〉“” within a paragraph.

    ## What it does
    Matches brackets, corner quotes and curly double quotes inside each paragraph and
    heading, and reports an opening mark that is never closed or a closing mark that
    closes nothing: 「“WeTalk"」 (a “ closed by an ASCII quote, reported at the “ as
    「WeTalk" is at the 「), 「”CCPA“」 (reversed: both marks), 「“我们“」 (the second “,
    once), 「简称”WellGo”」 (an opener typed as ”: the first ”, once), 「适用于““某某”平台」 (a doubled “: the
    second, once; the ” after it closes it).  A quotation nested with the same marks, 「进入““某某”平台-设置”」
    (the next two curly quotes after the second “ are both ”), is balanced and not reported, nor are the pairs
    after a reversed one (「关于”SSR“服务……“用户”」: the “ of ”SSR“ is reported with its ” and opens nothing).
    ASCII quotes are never reported: English passages and code use them both
    ways, and 「“点击"确定"”」 quotes inside a curly quotation.  A quotation over several
    paragraphs, each opened with “ and only the last closed, is not reported (a “ that
    opens its paragraph, a ” that ends one); single curly quotes ‘’ are not checked, as
    ’ is also an apostrophe.
    Full-width and half-width parentheses may close each other.  A lone `）` or `)`
    after a list label (`1)`, `2）`, a clause number opening the paragraph: `2.1）`,
    also inside a paragraph after a line break or a clause's end: 「…帐号。2）当您…」,
    「<br>6.1.1）…<br>6.1.2）…」, the first label run into the title before it when the next paragraph opens
    with the second: 「九、个性化服务1）…」 over 「2）…」) and half-width `(` `)` on their own are not checked,
    because list labels and emoticons use them.

    ## Why is this bad?
    An unclosed 「 or （ leaves the reader unsure where a defined term or an
    exception ends, which matters in a legal text.

    ## Example
        北京智米科技有限公司（以下簡稱「智米」、「我們」。

    Use instead:
        北京智米科技有限公司（以下簡稱「智米」、「我們」）。
    """

    id = "bracket-unbalanced"
    severity = "warning"
    groups = ("typography",)
    messages = {
        "en": "unmatched {mark}",
        "zh-Hant": "括號或引號未成對：{mark}",
        "zh-Hans": "括号或引号未成对：{mark}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        # One pass over the joined text; the stack starts afresh at each unit.
        joined, units = ctx.joined(), ctx.units()
        unit: TextUnit | None = None
        offset = end = -1
        stack: list[tuple[str, int]] = []
        opened: dict[str, int] = {}  # opener → how many are on the stack (no scan for a closer that closes nothing)
        lead = -1  # end of the unit's list-label lead-in, once measured
        curly = -1  # the next “ or ” after an ASCII quote, once searched (len(text) when none)
        last = -1  # the end of the unit's text before its trailing spaces and ASCII quotes, once measured
        stray = False  # a ” that closed nothing was reported, and no “ has opened since
        stray_at = -1  # where that ” is
        reported: set[int] = set()  # a doubled “ already reported and kept open for its ”
        # the openers left at the end of the unit before, when it stops mid-sentence and the next unit goes on with it:
        # a layout that makes each printed line a block (an Axure text box's <p> per line, 「…（以下简称为“开心」 then
        # 「盒子”）用户…」, eval/precision28b/huifu-html) closes them there; what that unit does not close is reported
        carry: tuple[TextUnit | None, list[tuple[str, int]]] = (None, [])
        index = -1
        for m in _MARKS.finditer(joined.text):
            at = m.start()
            if at > end:  # the first mark of another unit
                before = index
                index = joined.index_at(at)
                if carry[0] is not None:
                    yield from self._unclosed(ctx, carry[0], carry[1], set())
                    carry = (None, [])
                if unit is not None:
                    # (the units between, which have no mark, go on mid-sentence too: 「（这些」 「更新可能会…等形」 「式）。」)
                    if stack and not reported and all(ends_open(units[k].text) for k in range(before, index)):
                        carry = (unit, stack)
                    else:
                        yield from self._unclosed(ctx, unit, stack, reported)
                unit, offset = units[index], joined.starts[index]
                end = offset + len(unit.text)
                stack = []
                opened = {}
                lead = -1
                curly = last = -1
                stray = False
                reported = set()
            i, ch = at - offset, m.group(0)
            if ch == '"':
                if not stack or stack[-1][0] != _OPEN_QUOTE:
                    continue  # an ASCII quote of English text or code
                text: str = unit.text  # type: ignore[union-attr]
                if curly <= i:
                    found = _CURLY.search(text, i + 1)
                    curly = len(text) if found is None else found.start()
                if curly < len(text) and text[curly] == _CLOSE_QUOTE:
                    continue  # ASCII quotes inside a curly quotation: 「“点击"OK"”」
                # 「“WeTalk"或“我们”」: the “ is closed by an ASCII quote, reported at the “ as a 「 closed so is
                pos = stack.pop()[1]
                opened[_OPEN_QUOTE] -= 1
                yield self.finding(ctx, unit, pos, pos + 1, mark=_OPEN_QUOTE)  # type: ignore[arg-type]
                continue
            if ch in _PAIRS:
                if ch == _OPEN_QUOTE and stray and _closes_reversed(unit.text, stray_at, i):  # type: ignore[union-attr]
                    # the “ that closes a reversed pair 「”SSR“」: the same defect as its ”, reported at both marks as
                    # always, and opening nothing (「”SSR“服务（简称“服务”）…“用户”」: the pairs after it are right)
                    stray = False
                    yield self.finding(ctx, unit, i, i + 1, mark=ch)  # type: ignore[arg-type]
                    continue
                if ch == _OPEN_QUOTE and stack and stack[-1][0] == _OPEN_QUOTE:
                    if _nested_same_marks(unit.text, i):  # type: ignore[union-attr]
                        # 「进入““游新疆”平台-设置”」: a quotation nested with the same marks, two “ and two ”,
                        # balanced (a search-and-replace put a quoted name inside a quotation): nothing is unpaired
                        stack.append((ch, i))
                        opened[ch] += 1
                        continue
                    # a second “ where the first wants its ”: 「“我们“」, one defect, reported once (nested quotes are
                    # ‘’ or 『』); it stays open for a ” that follows (「““游新疆”平台提供」: the ” is not another defect)
                    stack.pop()
                    yield self.finding(ctx, unit, i, i + 1, mark=ch)  # type: ignore[arg-type]
                    stack.append((ch, i))
                    reported.add(i)
                    continue
                stack.append((ch, i))
                opened[ch] = opened.get(ch, 0) + 1
                stray = stray and ch != _OPEN_QUOTE
                continue
            wanted = _SAME.get(ch) or (_CLOSERS[ch],)
            if stack and stack[-1][0] in wanted:
                opened[stack.pop()[0]] -= 1  # the usual case: it closes the innermost opener
                continue
            depth = None
            if any(opened.get(w) for w in wanted):
                depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] in wanted), None)
            if depth is None:
                if carry[1] and carry[1][-1][0] in wanted:
                    carry[1].pop()  # the close of an opener the unit before left open at its mid-sentence end
                    continue
                if ch in "）)":
                    if lead < 0:
                        lead = _LABEL_LEAD.match(unit.text).end()  # type: ignore[union-attr]
                    if is_list_label(unit.text, i, lead) or is_run_in_label(unit.text, i, lead):  # type: ignore[union-attr]
                        continue  # 1） / a) list label
                    if index + 1 < len(units) and first_of_list(unit.text, i, lead, units[index + 1].text):  # type: ignore[union-attr]
                        continue  # (u54p) 「9、…服务1）基于…」 over 「2）基于…」: the first item, a title run into it
                if ch == _CLOSE_QUOTE:
                    if last < 0:
                        last = len(unit.text.rstrip(_QUOTE_TAIL))  # type: ignore[union-attr]
                    if i + 1 == last:
                        continue  # the close of a quotation over several paragraphs
                    if stray:
                        # the close of a quotation opened with a reversed mark: 「简称”WellGo”」, one defect, reported
                        # once at its opener (as 「“我们“」 is at its second “)
                        stray = False
                        continue
                    stray, stray_at = True, i
                if ch != ")":
                    yield self.finding(ctx, unit, i, i + 1, mark=ch)  # type: ignore[arg-type]
                continue
            yield from self._unclosed(ctx, unit, stack[depth + 1 :], reported)  # type: ignore[arg-type]
            for opener, _ in stack[depth:]:
                opened[opener] -= 1
            del stack[depth:]
        if carry[0] is not None:
            yield from self._unclosed(ctx, carry[0], carry[1], set())
        if unit is not None:
            yield from self._unclosed(ctx, unit, stack, reported)

    def _unclosed(self, ctx: Context, unit: TextUnit, openers: list[tuple[str, int]], reported: set[int]) -> Iterator[Finding]:
        first = len(unit.text) - len(unit.text.lstrip())  # where the paragraph's text begins
        for opener, pos in openers:
            if opener != "(" and not (opener == _OPEN_QUOTE and (pos == first or pos in reported)):
                yield self.finding(ctx, unit, pos, pos + 1, mark=opener)
