"""The status lines of placeholder-drafting: a line that gives the text's own status (状态：草稿, **发布状态**：待审核,
Status: Draft, 2026-09-29 · 狀態：草案) or says only 草稿 / Draft, and the markup around such a line."""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.rules.placeholder_drafting.finality import _FINAL

# The states of a text that is not final: 草稿, 待法务审核, 不可直接发布, Draft.
_DRAFT_STATE = (
    r"(?:草稿|草案|初稿|征求意见稿|徵求意見稿|送审稿|送審稿|讨论稿|討論稿|法务稿|法務稿|审阅稿|審閱稿|模板稿|範本稿|范本稿|模板|範本|范本|样稿|樣稿"
    r"|待(?:发布|發布|发表|發表|审核|審核|审阅|審閱|审定|審定|确认|確認|定稿|终审|終審|法务|法務|律师|律師|补充|補充|完善|更新|上线|上線)"
    r"|未(?:发布|發布|定稿|审核|審核)|不可(?:直接)?(?:发布|發布|上线|上線)"
    r"|(?<![A-Za-z])(?i:draft|wip|pending|tbd|to\s?do|template)(?![A-Za-z]))"
)
# 状态：草稿 / **发布状态**：待审核 / Status: Draft — a line that gives the text's own status.
# (Not 订单状态：待确认: the label must be the document's, with nothing before it on its line.)
_STATUS_LINE = lazy(
    r"(?:(?P<doc>发布|發布|文档|文檔|文件|本文|本文件|本政策|政策|稿件|版本|草案|编辑|編輯)?(?:状态|狀態)|(?i:status|document\s+status))"
    r"[ \t\u3000]*(?:\*+[ \t\u3000]*)?[：:][ \t\u3000]*(?:\*+[ \t\u3000]*)?[^\n。]{0,30}?" + _DRAFT_STATE
)
# A bare 状态： deep in a policy may describe the states of the user's content (状态：待审核); it is the text's
# own status near the top (the first units), or anywhere when its value names the text's drafting.
_TOP_UNITS = 12
# (twenty-sixth session, round26) 「2026-09-29 · 狀態：草案，發布前要確認第 6 節各項」: a date or a version, then a
# separator, before the status (only near the top: a dated row deep in a text may be a changelog's or a post's)
_DATED_LEAD = lazy(r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|[vV]\d+(?:\.\d+)*)[ \t\u3000]*[·・|｜—–-][ \t\u3000]*")
_DRAFTING_WORD = lazy(r"草稿|草案|初稿|定稿|模板稿|範本稿|范本稿|法务|法務|律师|律師|(?i:draft)|发布|發布|上线|上線")
_LINE_MARKUP = lazy(r"[\s>*#\-+•·|]*")
_MARKUP_CHARS = " \t\u3000\n>*#-+•·|_"
_ALONE = lazy(
    r"(?i:draft|wip|work\s+in\s+progress|template\s+draft|draft\s+template)|草稿|草案|初稿|待定稿|模板稿|範本稿|范本稿"
    # (twenty-ninth session, round29b) > Pending legal review: the English twin of 待法务审阅 as a line of its own (not
    # "we may keep the data pending legal review", a hold the policy describes: only the whole line)
    r"|(?i:(?:pending|awaiting|under|for)\s+(?:(?:a|formal|final)\s+)?legal\s+(?:review|approval|sign-?off))"
)  # the whole line, markup stripped
_FIELD_END = lazy(r"(?<![ \t\u3000])[ \t\u3000]+[｜|][ \t\u3000]")  # 状态:草案 | 适用:… | 日期:…: the status is the first field


# (u48k2) A code object's field `status: 'draft',` / `status: row.status || 'draft',` (a workflow state a service stores
# for a page, eval/precision48 kebiao-ts, two false errors): a Latin key, the state quoted as a string literal and the
# field closed by `,` `;` `}` `)` or `]`; not 「Status: Draft」 or 「状态：草稿」, a text's own status line.
# `(?<![ \t\w.$])`: one start per run of blanks or of a name (matched right after the colon, so exact; linear under search)
_CODE_FIELD = lazy(r"(?<![ \t\w.$])[ \t]*(?:[\w.$]+[ \t]*(?:\|\||\?\?)[ \t]*)?(?P<q>['\"`])[A-Za-z_ -]{1,20}(?P=q)[ \t]*[,;})\]]")


def _code_field(text: str, m: re.Match[str]) -> bool:
    """Whether the status line matched by `m` is a code object's field (`_CODE_FIELD`): its key in Latin letters."""
    key = text[m.start() : m.end()].split(":", 1)[0]
    colon = m.start() + len(key) + 1
    return key.strip().isascii() and _CODE_FIELD.match(text, colon) is not None


_READER = lazy(r"[您你]")
_OWN_STATUS = frozenset({"文档", "文檔", "文件", "本文", "本文件", "本政策", "政策", "稿件", "版本", "草案"})


def _status_line(text: str, k: int) -> bool:
    """Whether the unit (the k-th) is a status line: 状态：草稿 at its start, after list or quote markup.

    Anywhere in the text only when the label names the text itself (文档状态, 版本状态); 发布状态：待审核
    deep in a policy may be the state of the user's own posts.  A line that says the text is final
    (文档状态：正式版（替代2023年的草案）) is not a draft's status.
    """
    lead = _LINE_MARKUP.match(text)
    pos = lead.end() if lead else 0
    dated = _DATED_LEAD.match(text, pos)
    m = _STATUS_LINE.match(text, dated.end() if dated else pos)
    if m is None or _FINAL.search(text) is not None or _READER.search(text) is not None or _code_field(text, m):
        return False  # 正式版（替代…草案）: final; 发布状态：待审核（您的作品…）: the state of the reader's content
    if dated is not None:
        return k < _TOP_UNITS  # 2026-09-29 · 狀態：草案: the text's dated status, under its title only
    return m.group("doc") in _OWN_STATUS or k < _TOP_UNITS or _DRAFTING_WORD.search(text, m.start(), m.end() + 10) is not None
