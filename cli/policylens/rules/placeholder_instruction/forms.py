"""The rule's one pattern: every built-in slot form, in one alternation searched once per unit.

Each form lives in the module of its family (`instructions`, `slots`, `markers`, `syntax`, `dates`); this module
puts them in their order, which decides which form wins where two match at one place, and compiles them with
the configuration's `placeholder-patterns` (`joined_pattern`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policylens.lazyre import GuardedPattern, lazy
from policylens.rules.placeholder_instruction.dates import _BLANK_DATE, _DATE_AND_MASK_FORMS
from policylens.rules.placeholder_instruction.instructions import _ADD_HERE, _EN_INSTRUCTIONS, _FILL_BRACKETS, _REPLACE_INSTRUCTION
from policylens.rules.placeholder_instruction.markers import _DRAFT_MARKS, _MARKED_VALUES, _MARKERS, _TO_CONFIRM, _YOUR_NAMES
from policylens.rules.placeholder_instruction.slots import _NAMED_SLOTS, _PERSON_CHOICE
from policylens.rules.placeholder_instruction.syntax import _ANGLE_SLOTS, _VARIABLES

# The forms in their order: at one place the first that matches wins, so the order is part of the behaviour.
_PATTERNS = (
    *_FILL_BRACKETS,  # 【請填寫公司名稱】
    *_NAMED_SLOTS,  # [公司名称], 受[您所在地区]法律管辖, 【数据类型】, [Company Name]
    *_DRAFT_MARKS,  # 【注：示例】, （上线后更新）
    *_REPLACE_INSTRUCTION,  # 请把…替换成你的真实信息
    *_YOUR_NAMES,  # YourApp
    *_VARIABLES,  # {{ name }}, ${var}, %COMPANY%, {company}, {日期/时间}
    *_MARKED_VALUES,  # （占位）, 【建议 6 个月】
    *_ANGLE_SLOTS,  # <公司名稱>, <your-username>, <Company Name>, «公司名稱»
    *_EN_INSTRUCTIONS,  # [describe …], (list them …), （或个人信息保护专员）, (insert address here)
    *_TO_CONFIRM,  # 【客服邮箱，待确认】
    *_DATE_AND_MASK_FORMS,  # YYYY-MM-DD, 20XX年X月X日, XXX公司, 某某
    *_PERSON_CHOICE,  # [我/我们]
    *_ADD_HERE,  # [添加您在此处收集的…]
    *_BLANK_DATE,  # 2024年 月 日
    *_MARKERS,  # 待定, TBD, [●], 待填写, 待完善, 待确认, Lorem ipsum
)


# every built-in pattern starts with one of these characters
_START = lazy(r"[【［〔（(<{\[$#@%XxＸｘ×○◯〇OＯ□某待替TFYLMD年«*＊〈＜｛]")


def joined_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    """The rule's patterns and the configuration's `placeholder-patterns` in one alternation
    (`re.error` when they cannot be joined: `config` checks that when it reads them)."""
    return re.compile("|".join(f"(?:{p})" for p in (*_PATTERNS, *extra)))


@lru_cache(maxsize=8)
def _compiled(extra: tuple[str, ...]) -> re.Pattern[str]:
    if extra:
        return joined_pattern(extra)
    body = "|".join(f"(?:{p})" for p in _PATTERNS)
    # Every built-in pattern starts with one of the `_START` characters: `re` finds those in
    # C, and the alternation is tried only there.  (A leading lookahead guard would make `re`
    # try it at every position; an expansion in which every alternative starts with a
    # literal scans as fast, but its copies of the CJK ranges take longer to compile.)
    return GuardedPattern(_START, lazy(body))  # type: ignore[return-value]  # used only through finditer
