"""The policy's own dates read from its text: every date of a text (Chinese, Minguo, numeric in the document's
day-month order, English month names, `find_dates` and its kin), and the updated and effective dates a policy states
(`extract_dates`: by the cue that labels a date, a label alone before its date, a bare date below the title or at the
end).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from policylens.joined import Joined
from policylens.lazyre import lazy
from policylens.normalise import fold
from policylens.numbering import parse_number
from policylens.patterns import (
    CHINESE_DIGITS,
    CLAUSE_MARKS,
    DIGIT_RANGES,
    EN_MONTH_NAMES,
    YEAR_DIGITS,
    ZH_MONTH_DAY,
    chinese_number,
)
from policylens.spans import Taken
from policylens.structure.memo import UNKNOWN, Table

# Each pattern starts with a character class, so `re` can skip ahead with its fast prefix
# scan: 「(\d\d{3})(?<!\d\d{4})」 is 「(?<!\d)(\d{4})」 with the lookbehind moved after the
# digits (a pattern that starts with a lookaround or a repeat is tried at every position).
_DATE_PATTERNS = (
    lazy(r"(\d\d{3})(?<!\d\d{4})" + ZH_MONTH_DAY),
    lazy(r"(\d\d{3})(?<!\d\d{4})\s*[-/.\u2010-\u2012\u2212]\s*(\d{1,2})\s*[-/.\u2010-\u2012\u2212]\s*(\d{1,2})(?!\d)"),
    lazy(r"([12]\d{3})(?<!\d\d{4})(?<=19..|20..)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"),
    lazy(
        rf"([{YEAR_DIGITS}][{YEAR_DIGITS}]{{3}})\s*年\s*([一二三四五六七八九十]{{1,3}})\s*月\s*([一二三四五六七八九十]{{1,3}})\s*[日号號]"
    ),
)
# Per pattern, the strings one of which each of its matches holds in the folded text: a text with none of them is not
# scanned by it (twenty-fifth session: most texts with a digit have no 年, and no 19 or 20).
_DATE_NEEDS = (("年",), ("-", "/", ".", "\u2010", "\u2011", "\u2012", "\u2212"), ("19", "20"), ("年",))
# Taiwan's Minguo (ROC) calendar: 民國110年3月30日 and 中華民國110年3月30日 (year + 1911), and a
# bare three-digit year before 年…月…日 (110年3月30日), which no Gregorian date of a policy has.
# A bare two-digit year (99年3月30日) is not read: 21年 may be a shortened 2021 as well.
_ROC_DATE = lazy(r"(?:民[國国]\s*(\d{1,3})|(1\d\d)(?<!\d\d{3}))" + ZH_MONTH_DAY)
ROC_OFFSET = 1911
# Month and day before the year: 03/30/2021 (US), 30.03.2021.  Which comes first is decided
# per document (`numeric_order`); 03/04/2021 alone is read only when another date settles it.
_NUMERIC_DATE = lazy(r"(\d{1,2})(?<!\d\d{2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d|\.\d)")
_DATE_HINT = lazy(f"[{DIGIT_RANGES}年〇○]")
# The number of a date kept in the template's brackets: 2020年【8】月【20】日, 【2021】年3月1日 (`extract_metadata`).
# spaces inside the brackets too (「2022年【 2 】月【 28 】日」, a Word template's blanks filled in: review u26u)
_BRACKETED_DATE_PART = lazy(r"【[ \u3000]{0,3}(\d{1,4})[ \u3000]{0,3}】(?=\s*[年月日])")
# "Last updated", also "latest update:" / "last update" (an English label closing a Chinese page,
# 「*latest update: 2026/02/04*」, eval/precision16/fuwari-cookies-cn); "Update date: May 23, 2024" and "Date of update"
# (eval/precision32 eyeexam-en-html, held out: a false "no date" on an English policy dated on its last line)
_UPDATED = lazy(
    r"更新|修訂|修订|修改|(?:更改|变更|變更)(?:日期|时间|時間)|最後|最后|最近|updated|revised|last\s*mod|lastmod|(?:last|latest)\s*update"
    r"|update\s*date|date\s+of\s+(?:last\s+)?update",
    re.I,
)
# (also the verb: "This version … took effect on September 24, 2025.", "comes into force on 1 May 2025", eval/precision26
# privacyguides-md-hant: a false "no date" on a policy dated in that sentence)
_EFFECTIVE = lazy(
    r"生效|施行|實施|实施|effective|(?:tak(?:e|es|en|ing)|took|com(?:e|es|ing)|came|go(?:es|ing)?|went|gone)\s+(?:into\s+)?effect"
    r"|(?:into|in)\s+force",
    re.I,
)
# "Version 3, 14 February 2022" (eval/pairs30 cofacts: a terms page dated by its version line) as 版本 is
_PUBLISHED = lazy(r"發布|发布|發佈|发佈|公布|公佈|公告|published|版本|\bversion\b", re.I)
# Full-width Latin letters: a text with them may hide a cue (Ｔｅｌ) that only folding reveals.
_FULL_WIDTH_LATIN = lazy("[Ａ-Ｚａ-ｚ]")


def to_iso(y: str, m: str, d: str) -> str | None:
    """Validate and format a date (Arabic or Chinese numerals) as YYYY-MM-DD."""
    try:
        if not y.isdigit():
            y = "".join(str(CHINESE_DIGITS.get(c, 0)) for c in y)
            month, day = chinese_number(m), chinese_number(d)
            if month is None or day is None:
                return None
            m, d = str(month), str(day)
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """All dates in `text` as (start, end, ISO date).

    A date that starts inside one already found is not taken (nor a Minguo date that ends
    inside one); `Taken` makes each test one lookup (a line of 20,000 dates took 13 s).
    """
    if not _DATE_HINT.search(text):
        return []
    return _hinted_dates(text)


def _hinted_dates(text: str) -> list[tuple[int, int, str]]:
    """`find_dates` of a text known to hold a digit, 年 or 〇 (`_DATE_HINT`)."""
    found: list[tuple[int, int, str]] = []
    folded = fold(text)
    taken = Taken(len(folded))
    for pattern, needs in zip(_DATE_PATTERNS, _DATE_NEEDS, strict=True):
        if not any(need in folded for need in needs):
            continue
        for m in pattern.finditer(folded):
            iso = to_iso(*m.groups())
            if iso and not taken.holds(m.start()):
                found.append((m.start(), m.end(), iso))
                taken.add(m.start(), m.end())
    if "年" in folded:
        for m in _ROC_DATE.finditer(folded):
            year = int(m.group(1) or m.group(2)) + ROC_OFFSET
            iso = to_iso(str(year), m.group(3), m.group(4))
            if iso and not taken.starts_or_ends_inside(m.start(), m.end()):
                found.append((m.start(), m.end(), iso))
                taken.add(m.start(), m.end())
    return sorted(found)


_TEXT_DATES = Table()  # `_text_dates`' answers (`structure.memo`)


def _text_dates(text: str) -> tuple[tuple[int, int, str], ...]:
    """`_hinted_dates(text) + find_english_dates(text)`, worked out once per text (u54t): both read the text alone, and a
    folder of one template's policies holds the same dated lines in every file (`structure/memo.py`)."""
    found = _TEXT_DATES.answers.get(text, UNKNOWN)
    if found is UNKNOWN:
        found = _TEXT_DATES.keep(text, text, (*_hinted_dates(text), *find_english_dates(text)))
    return found  # type: ignore[no-any-return]


def _numeric_matches(folded: str) -> Iterator[re.Match[str]]:
    """Month-day-year candidates that do not continue a longer number (v1.03.04.2021, 1.02/03/2021)."""
    if folded.count("/") < 2 and folded.count(".") < 2 and folded.count("-") < 2:
        return  # a date needs its separator twice (`\2`): most texts, a URL's one dot, are not scanned
    for m in _NUMERIC_DATE.finditer(folded):
        if not m.start() or folded[m.start() - 1] not in "0123456789./-":
            yield m


def numeric_order(texts: Sequence[str]) -> str | None:
    """'mdy' or 'dmy' for the month-day-year dates of a document, when its dates settle the order.

    A date with a first number above 12 (30/03/2021) says day first, one with a second
    number above 12 (03/30/2021) says month first; a document with neither (03/04/2021
    only) or with both gets None, and its ambiguous dates are not read.
    """
    seen: set[str] = set()
    for text in texts:
        if "/" in text or "." in text or "-" in text:
            for m in _numeric_matches(fold(text)):
                first, second = int(m.group(1)), int(m.group(3))
                if first > 12 >= second:
                    seen.add("dmy")
                elif second > 12 >= first:
                    seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


def find_numeric_dates(text: str, order: str | None) -> list[tuple[int, int, str]]:
    """Month-day-year dates (03/30/2021, 30.03.2021) as (start, end, ISO date).

    A date that only one order makes valid is read that way; one that both make valid
    (03/04/2021) only in the document's `order` (`numeric_order`), else not at all.
    """
    found: list[tuple[int, int, str]] = []
    if not any(c in text for c in "/.-"):
        return found
    for m in _numeric_matches(fold(text)):
        first, second, year = m.group(1), m.group(3), m.group(4)
        mdy, dmy = to_iso(year, first, second), to_iso(year, second, first)
        iso = mdy if mdy == dmy else mdy if dmy is None or order == "mdy" else dmy if mdy is None or order == "dmy" else None
        if iso:
            found.append((m.start(), m.end(), iso))
    return found


def ambiguous_numeric_dates(text: str) -> set[str]:
    """Both readings (ISO) of every month-day-year date that both orders make valid (03/04/2021).

    `find_numeric_dates` leaves such a date unread unless the document settles the order;
    `compare` uses its two readings to tell "absent" from "maybe the same date".
    """
    out: set[str] = set()
    if not any(c in text for c in "/.-"):
        return out
    for m in _numeric_matches(fold(text)):
        first, second, year = m.group(1), m.group(3), m.group(4)
        mdy, dmy = to_iso(year, first, second), to_iso(year, second, first)
        if mdy and dmy and mdy != dmy:
            out.update((mdy, dmy))
    return out


_MONTH_NAMES = EN_MONTH_NAMES
_MONTHS = {name: i for i, full in enumerate(_MONTH_NAMES, 1) for name in {full, full[:3], "sept" if i == 9 else full[:3]}}
_MONTH_STEMS = tuple(full[:3] for full in _MONTH_NAMES)  # what every key of `_MONTHS` starts with
# "March 30, 2021", "Mar. 30th 2021" (groups: month, day, year) and "30 March 2021" (day,
# month, year).  Each starts with a character class, so `re` prefix-scans; the month word and
# the character before the match are checked in code.
_EN_MDY = lazy(r"([JFMASONDjfmasond][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_EN_DMY = lazy(r"(\d{1,2})(?:st|nd|rd|th)?\s+([JFMASONDjfmasond][a-z]{2,8})\.?,?\s+(\d{4})(?!\d)")
# "06-Feb-2021" (day, month, year with dashes; fifteenth session, d14h: a JSX page's 「<p>Last updated: 06-Feb-2021</p>」)
_EN_DMY_DASH = lazy(r"(\d{1,2})-([JFMASONDjfmasond][a-z]{2,8})-(\d{4})(?![\d-])")


# A month's first letters (half-width; full-width ones are caught by _FULL_WIDTH_LATIN): most
# Chinese paragraphs have none, and then no folding or scanning is needed.
_MONTH_HINT = lazy(r"[JFMASONDjfmasond][a-zA-Z]")


def find_english_dates(text: str) -> list[tuple[int, int, str]]:
    """Dates written with an English month name, as (start, end, ISO date)."""
    found: list[tuple[int, int, str]] = []
    if not _MONTH_HINT.search(text) and not _FULL_WIDTH_LATIN.search(text):
        return found
    folded = fold(text)
    lowered = folded.lower()
    if not any(stem in lowered for stem in _MONTH_STEMS):
        return found  # a month read below is one of `_MONTHS`, whose names start with these (twenty-fifth session)
    taken = Taken(len(folded))
    for pattern, order in ((_EN_MDY, (2, 0, 1)), (_EN_DMY, (2, 1, 0)), (_EN_DMY_DASH, (2, 1, 0))):
        for m in pattern.finditer(folded):
            if m.start() and (folded[m.start() - 1].isalnum() and folded[m.start() - 1].isascii()):
                continue  # inside a longer word or number (the check a leading lookbehind would make, slowly)
            year, month, day = (m.group(i + 1) for i in order)
            number = _MONTHS.get(month.lower())
            iso = to_iso(year, str(number), day) if number else None
            if iso and not taken.holds(m.start()):
                found.append((m.start(), m.end(), iso))
                taken.add(m.start(), m.end())
    return sorted(found)


def _classify(text: str, start: int, end: int) -> str | None:
    """'updated', 'effective' or 'published' from the cue word labelling a date.

    A label just before the date (「更新日期：2021年3月30日」) wins over one after it
    (「於【20210330】進行了更新」); farther cues before the date come last.
    """
    before = text[max(0, start - 24) : start]
    after = text[end : end + 12]
    near: list[tuple[int, str]] = []
    far: list[tuple[int, str]] = []
    for kind, cue in (("updated", _UPDATED), ("effective", _EFFECTIVE), ("published", _PUBLISHED)):
        for m in cue.finditer(before):
            dist = len(before) - m.end()
            (near if dist <= 8 else far).append((dist, kind))
        hit = cue.search(after)
        if hit:
            far.append((hit.start() - 1, kind))
    for group in (near, far):
        if group:
            return min(group)[1]
    return None


_VERSION_WORD = lazy(r"(?<![A-Za-z])[Vv](?:er(?:sion)?)?\.?\s?\d|版本|第.{1,3}版|修订|修訂|更新")


def _bare_date(text: str, signature: bool = False) -> str | None:
    """The ISO date of a paragraph that is nothing but a date (「2019年 6月26日」), else None;
    with `signature`, also of a short signature line, a name and a date ("Signed, laosji.net
    Jan 2, 2026", 「某某工作室 2026.01.02」)."""
    stripped = text.replace("*", "").replace("_", " ").strip(" \t\u3000")
    if not stripped or len(stripped) > (48 if signature else 24):
        return None
    dates = find_dates(stripped) + find_english_dates(stripped)
    if len(dates) != 1:
        return None
    start, end, iso = dates[0]
    if stripped.startswith("民", start) and stripped[:start].rstrip(" \t\u3000").endswith(("中華", "中华")):
        start = stripped.rfind("中", 0, start)  # (u48k2) 「中華民國 105 年 7 月 25 日」: the era's full name is the date's
    rest = (stripped[:start] + stripped[end:]).strip(" \t\u3000\n,，.。")
    if not rest:
        return iso
    # a signature: a short name, then the date ending the line; no sentence, no version (a version history's row)
    at_end = not stripped[end:].strip(" \t\u3000.。")
    if _VERSION_WORD.search(rest):
        return None
    return iso if signature and at_end and len(rest) <= 24 and not any(c in stripped for c in CLAUSE_MARKS) else None


# A title or label that names the date and nothing else (「8. 最后更新时间」, 「生效日期：」, "Last updated"), the date
# alone in the next text: a docs site's page ends with such a section (eval/precision30 serverchan-android-html).
_DATE_LABEL_MAX = 12
_DATE_NOUN = lazy(r"日期|時間|时间|date|time|updated|revised|effective|published|^\W*(?:更新|生效|修[订訂]|[发發]布|公告)\W*$", re.I)


def _label_kind(text: str) -> str | None:
    """'updated', 'effective' or 'published' when `text` is only a date's label (numbered or not), else None."""
    stripped = text.replace("*", "").strip(" \t\u3000#")
    number = parse_number(stripped)
    rest = (stripped[number.rest :] if number else stripped).strip(" \t\u3000:：")
    if not rest or len(rest) > _DATE_LABEL_MAX or any(c in rest for c in CLAUSE_MARKS) or not _DATE_NOUN.search(rest):
        return None
    return _classify(rest + " ", len(rest) + 1, len(rest) + 1)


# (u46k2, eval/blind/round46d zhongya-tsx) the notice's own name as a label beside its date, nothing else: an eyebrow
# over the title (「PRIVACY NOTICE · 2026-08-27」), 「隐私政策 | 2026-08-27」
_NOTICE_NAME = lazy(
    r"(?i)(?:privacy|cookie)[ \t]+(?:notice|policy|statement)|terms[ \t]+of[ \t]+(?:service|use)|terms[ \t]*(?:&|and)[ \t]*conditions"
    r"|隐私政策|隱私政策|隐私权政策|隱私權政策|隐私声明|隱私聲明|私隱政策|私隱聲明|隐私条款|隱私條款|用户协议|用戶協議|服务条款|服務條款"
)
_LABEL_MARKS = " \t\u3000·・•|｜/—–-:：,，"


def _named_notice_date(text: str) -> str | None:
    """The ISO date of a short text that is the notice's own name and one full date (「PRIVACY NOTICE · 2026-08-27」), else
    None: a site prints it over or under the title as the notice's date, with no 生效/更新 word."""
    stripped = text.replace("*", "").strip(_LABEL_MARKS)
    if not stripped or len(stripped) > 48:
        return None
    dates = find_dates(stripped) + find_english_dates(stripped)
    if len(dates) != 1:
        return None
    start, end, iso = dates[0]
    rest = (stripped[:start].strip(_LABEL_MARKS), stripped[end:].strip(_LABEL_MARKS))
    name = rest[0] or rest[1]
    return iso if not (rest[0] and rest[1]) and name and _NOTICE_NAME.fullmatch(name) else None


# (u52p2, eval/precision52 hkershop-hk-txt, tdin360-zh-txt) a text file's lines joined with no blank between: a date glued
# to the notice's name (「2025年8月30日私隱政策hkershop…」, a WordPress post header: the date over the repeated title;
# 「隐私政策2024-12-03隐私条款 一、引言…」), or a date starting the text right below the title (「2024-12-03我们重视…」)
_GLUED_SCAN = 160  # how far into a text the glued name and date are looked for
_NOT_A_HEADER_DATE = "起至到前后後以之止~～-–—的,，、"  # a sentence or a range goes on from the date (「2024年1月1日起」)


def _glued_notice_date(text: str) -> str | None:
    """The ISO date glued to the notice's name near the start of `text` (only label marks between), else None."""
    head = text[:_GLUED_SCAN].replace("*", "")
    if not _DATE_HINT.search(head):
        return None
    names = [(m.start(), m.end()) for m in _NOTICE_NAME.finditer(head)]
    if not names:
        return None
    for start, end, iso in find_dates(head):
        before = len(head[:start].rstrip(_LABEL_MARKS))
        after = len(head) - len(head[end:].lstrip(_LABEL_MARKS))
        named_before, named_after = any(e == before for _, e in names), any(s == after for s, _ in names)
        # the name on one side; on the other, the text's start or end or a name again (「隐私政策2024-12-03隐私条款」),
        # not words (「隐私政策 2026-08-27 草稿」: a draft's date, u46k2)
        if (named_before or named_after) and (named_before or not before) and (named_after or after == len(text)):
            return iso
    return None


def _leading_date(text: str, line_starts: frozenset[int] | None = None) -> str | None:
    """The ISO date that starts `text` and is followed by neither a sentence's nor a range's word, else None.  With
    `line_starts` (the offsets where a later source line of `text` starts), the date must be the whole of its own source
    line (「2024-12-03」 ⏎ 「我们重视…」), not a sentence's opening words (「2018年5月1日本公司在上海成立，…」: review u52r)."""
    head = text[:40].replace("*", "").lstrip(" \t\u3000")
    dates = find_dates(head)
    if not dates or dates[0][0] != 0:
        return None
    rest = head[dates[0][1] :].lstrip(" \t\u3000")
    if not rest or rest[0] in _NOT_A_HEADER_DATE or rest[0].isdigit():
        return None
    if line_starts is not None and rest[0] != "\n":
        own_line = any(len(text[:at].replace("*", "").strip(" \t\u3000")) == dates[0][1] for at in line_starts if at <= 60)
        if not own_line:
            return None
    return dates[0][2]


# (u48k2, eval/precision48 itri-tw-jsp) a signatory's line above a bare date: the signing body's name (財團法人工業技術研究院,
# 某某有限公司) or a label of the signer (姓名：…, 職稱：…, 負責人：…); the date under it signs the notice, even when the consent
# form that follows puts it far from the end (「職 稱：產業經濟與趨勢中心主任」 ⏎ 「中華民國 105 年 7 月 25 日」).
_SIGNATORY = lazy(  # `(?<!…)`: one start per run of blanks (used with fullmatch, so exact)
    r"(?<![ \t\u3000])[ \t\u3000]*(?:(?:姓[ \t\u3000]*名|職[ \t\u3000]*稱|职[ \t\u3000]*称|負責人|负责人|代表人|簽署人|签署人|立書人|立书人)[ \t\u3000]*[：:][^\n]{1,30}"
    r"|[^\n，,。；;：:]{2,30}(?:公司|研究院|學院|学院|大學|大学|協會|协会|基金會|基金会|工作室|[局署處处部])[ \t\u3000]*(?:[(（][^\n)）]{1,12}[)）])?)[ \t\u3000]*"
)


def _signed_date(texts: Sequence[str], i: int) -> str | None:
    """The ISO date of `texts[i]` when it is nothing but a date under a signatory's line (`_SIGNATORY`), else None."""
    if i == 0 or _SIGNATORY.fullmatch(texts[i - 1].replace("*", "")) is None:
        return None
    return _bare_date(texts[i])


def date_window(texts: Sequence[str], title_at: int = 0) -> list[str]:
    """The texts where a policy states its own date: the first 60, the 40 after the title
    (a page whose menus come before the policy's title, 「更新日期」 right below it) and the
    last 20; each text once, in document order."""
    return [texts[i] for i in _window(len(texts), title_at)]


def _window(n: int, title_at: int) -> list[int]:
    """The indices of `date_window`'s texts among `n`."""
    return sorted({*range(min(60, n)), *range(max(0, title_at), min(n, title_at + 40)), *range(max(0, n - 20), n)})


def extract_dates(
    texts: Sequence[str], hints: Sequence[tuple[str, str]], title_at: int | None = None, below_title_lines: frozenset[int] | None = None
) -> tuple[str | None, str | None]:
    """(updated, effective) from the texts (`date_window`) and format hints; updated falls back.

    Without a labelled date, a text that is the notice's name and a date over or under the title (「PRIVACY NOTICE ·
    2026-08-27」, `_named_notice_date`), or a paragraph that is nothing but a date right below the title
    (`title_at`: the index of the first text after it) or among the last three texts (also
    with no title: a signature) is the policy's date ("published").  A text that is nothing but
    a date, after a text that is only its label (「8. 最后更新时间」 ⏎ 「2024年10月14日」), has
    that label's kind.  A text file's lines joined with no blank line between keep these dates: a date glued to the
    notice's name near a text's start (「2025年8月30日私隱政策…」, `_glued_notice_date`) or starting the text right
    below the title (「2024-12-03我们重视…」, `_leading_date`).
    """
    found: dict[str, str] = {}
    kept = _window(len(texts), title_at or 0)
    window = [texts[i] for i in kept]
    having = list(Joined(window).having(_DATE_HINT))  # only the texts with a digit, 年 or 〇
    order = numeric_order([window[i] for i in having])
    for i in having:
        text = window[i]
        dates = list(_text_dates(text))  # `having`: each text holds a hint
        dates += [d for d in find_numeric_dates(text, order) if not any(s < d[1] and d[0] < e for s, e, _ in dates)]
        for start, end, iso in sorted(dates):
            kind = _classify(text, start, end)
            if kind and kind not in found:
                found[kind] = iso
        label = _label_kind(texts[kept[i] - 1]) if dates and kept[i] else None
        if label and label not in found:
            bare = _bare_date(text)
            if bare:
                found[label] = bare
    for key, raw in hints:
        dates = find_dates(raw) or find_english_dates(raw)  # (u47l) `updatedAt="April 7, 2026"`, `updated: April 7, 2026`
        if not dates:
            continue
        kind = {
            "lastmod": "updated",
            "updated": "updated",
            "last_update": "updated",
            "effective": "effective",
            "datetime": "effective",
        }.get(key, "published")
        found.setdefault(kind, dates[0][2])
    if not found:
        last = range(max(0, len(texts) - 3), len(texts))
        # below the title, when there is one; the signature at the end also in a text with no title
        # (「您好，欢迎使用…」 … 「FunnySaltyFish 2021/12/26」)
        below = range(title_at, min(len(texts), title_at + 2)) if title_at is not None else range(0)
        for i in (*below, *last):
            bare = _bare_date(texts[i], signature=i in last)
            if bare:
                found["published"] = bare
                break
        for i in kept if not found else ():
            signed = _signed_date(texts, i)
            if signed:  # (u48k2) 「職稱：…」 ⏎ 「中華民國 105 年 7 月 25 日」: the date that signs the notice
                found["published"] = signed
                break
        # (u46k2) the notice's name and its date, over or under the title (「PRIVACY NOTICE · 2026-08-27」), or among the
        # page's first texts (a one-line page's texts all share the title's line: `title_at` is past them)
        around = sorted({*range(max(0, (title_at or 0) - 3), min(len(texts), (title_at or 0) + 2)), *range(min(len(texts), 5))})
        for i in around if not found else ():
            named = _named_notice_date(texts[i])
            if named:
                found["published"] = named
                break
        for i in around if not found else ():
            glued = _glued_notice_date(texts[i])  # (u52p2) 「2025年8月30日私隱政策…」, 「隐私政策2024-12-03…」: lines joined
            if glued:
                found["published"] = glued
                break
        if not found and title_at is not None and title_at < len(texts):
            leading = _leading_date(
                texts[title_at], below_title_lines
            )  # (u52p2) 「隐私政策」 ⏎ 「2024-12-03」 ⏎ 「我们…」: joined below the title
            if leading:
                found["published"] = leading
    effective = found.get("effective")
    updated = found.get("updated") or effective or found.get("published")
    return updated, effective
