"""The last round of section alignment: sections left unpaired between two pairs (a gap) paired one for one when their
numbers, subject, lead, contact values, title words or numeral style agree, or when a section moved down a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from policylens.diff.align.scoring import _TITLE_END, BODY_WITH_TITLE, MAX_CHILDREN, _number_key, _ratio, _title_form, in_place
from policylens.diff.gap_names import named_pairs
from policylens.diff.keys import layout_key
from policylens.diff.subjects import same_subject_in_other_words
from policylens.diff.topics import topics_of
from policylens.model import Section
from policylens.normalise import fold
from policylens.patterns import EMAIL, HAN_CHAR, URL_START, chinese_number

# Sections left unpaired between the same two paired neighbours pair when their bodies are
# this alike (the place stands for the title: BODY_WITH_TITLE), at most GAP_MAX_PAIRS
# candidate pairs per gap (a gap is usually one or two sections a side).
GAP_BODY_MIN = BODY_WITH_TITLE
# ... provided their numbers agree (二、 and 二、); unnumbered sections need bodies this alike:
# in Firefox's 2020 → 2022 notice, Search and the new Firefox Suggest sit in one gap at 0.39.
GAP_BODY_UNNUMBERED = 0.45
GAP_MAX_PAIRS = 64
# With the whole outline re-typed 一、 → 1. (`_restyled`), a section left between the same paired neighbours pairs
# with the one of the same number value when their bodies are this alike, whatever their titles: the four
# headings pairs25 still showed removed + added were 0.24–0.39 alike; unrelated sections of one gap score about 0.13.
GAP_BODY_RESTYLED = 0.2
RESTYLED_MIN = 3
# The only unpaired section on each side of a gap, same number (or none) and a shared title word (`_one_for_one`),
# pairs from this body similarity: the renamed and rewritten sections of pairs44 were 0.17 and 0.20 alike; unrelated
# sections of one gap score about 0.13 (`_gap_pairs`), and need a shared word on top.
GAP_BODY_ONE_FOR_ONE = 0.15
# ... and from this one when one title is the other's whole name with words added after it (`_title_kept`: 「6. 您的选择」
# → 「7. 您的选择与权利」, its one sentence replaced by two, 0.12 alike, `eval/pairs48` szvip-restructure).
GAP_BODY_TITLE_KEPT = 0.1
# ... and, whatever the titles, when the two open with the same lead-in sentence (`_lead_kept`): first paragraphs of at
# least LEAD_MIN_CHARS characters, LEAD_KEPT alike (dsers-rewrite's 0.78; a lead-in of another subject in the old one's
# place shares its opening words at most).
LEAD_MIN_CHARS = 16
LEAD_KEPT = 0.7


def _gap_pairs(
    old: tuple[Section, ...],
    new: tuple[Section, ...],
    pairs: dict[int, int],
    subtrees: tuple[Sequence[str], Sequence[str]],
    bodies: tuple[Sequence[str], Sequence[str]],
) -> list[tuple[int, int, float]]:
    """Pairs among the sections left unpaired between the same two paired neighbours (or
    before the first pair, or after the last): there the place is the evidence the title
    gives elsewhere, so bodies GAP_BODY_MIN alike pair, best first, at the same level.

    A full rewrite renames a section and rewords its body by more than half (一、我们如何收集您的
    信息 → 一、收集范围, 0.50 alike; 二、… → 二、用途说明, 0.41): round 4 reads both as removed and
    added, though each sits where the other was.  Unrelated sections of one gap score about
    0.13 on the same pair."""
    oe, ne = subtrees
    texts = (
        [f"{s.title or ''}\n{b}" for s, b in zip(old, bodies[0], strict=True)],
        [f"{s.title or ''}\n{b}" for s, b in zip(new, bodies[1], strict=True)],
    )
    bounds = [(-1, -1), *in_place(pairs, ([len(b) for b in bodies[0]], [len(b) for b in bodies[1]]), texts), (len(old), len(new))]
    paired_old = set(pairs.values())
    restyled = _restyled(old, new)
    out: list[tuple[int, int, float]] = []
    for (i0, j0), (i1, j1) in pairwise(bounds):
        olds = [i for i in range(i0 + 1, i1) if i not in paired_old and oe[i]]
        news = [j for j in range(j0 + 1, j1) if j not in pairs and ne[j]]
        if not olds or not news:
            continue
        # a gap too crowded to compare every pair (a whole outline rewritten in place, 12 × 8 sections in pairs45c
        # xunfrp-rewrite) still compares the sections of one number and level (`_same_numbers`, u45d2)
        # (u52h) the crowded gap's candidates are those pairs only: every olds × news pair was still walked to be
        # filtered (4,000 sections rewritten: 16 million pairs, 29 s of a 47 s diff)
        only = _same_numbers(old, new, olds, news) if len(olds) * len(news) > GAP_MAX_PAIRS else None
        shift = _gap_shift(old, new, (i0, j0), (i1, j1))
        candidates = ((i, j) for i in olds for j in news) if only is None else iter(only)
        scored = sorted(
            ((_ratio(oe[i], ne[j]), i, j) for i, j in candidates if old[i].level == new[j].level and old[i].title and new[j].title),
            key=lambda t: (-t[0], t[2], t[1]),
        )
        taken_old: set[int] = set()
        taken_new: set[int] = set()
        if len(scored) == 1 == len(olds) == len(news) and (
            _one_for_one(old[olds[0]], new[news[0]], scored[0][0], shift)
            or _same_contact(old[olds[0]], new[news[0]])
            or _lead_kept((old[olds[0]], new[news[0]]), (bodies[0][olds[0]], bodies[1][news[0]]), scored[0][0], shift)
        ):
            out.append((olds[0], news[0], scored[0][0]))
            continue
        for body, i, j in scored:
            if body < min(GAP_BODY_RESTYLED if restyled else GAP_BODY_MIN, GAP_BODY_TITLE_KEPT):
                break
            a, b = _number_key(old[i].number), _number_key(new[j].number)
            if _shifted(a, b, shift, old[i].level):
                b = a  # renumbered by the same step as the gap's two paired neighbours: the same place (`_gap_shift`)
            # the same number (二、 and 二、) backs the place; another number (五、 → 九、) refutes it,
            # and without numbers the body must say more, or one title must name what the other does (「我们在哪里存储您的
            # 数据」 → 「数据存储」 over a body reworded to 0.44, pairs28 bookra-generic: `_title_within`)
            if ((a or b) and a != b) or (not a and not b and body < GAP_BODY_UNNUMBERED and not _title_within(old[i].title, new[j].title)):
                continue
            # every heading re-typed 一、 → 1. (a restyled outline): the number's value is the evidence, and
            # the rewritten title is no longer asked to share a word (twenty-sixth session, pairs25's leftover)
            same = _same_subject(old[i], new[j], body, shift)
            if restyled and a and _numeral_style(old[i].number) != _numeral_style(new[j].number):
                if body < GAP_BODY_RESTYLED and not same:
                    continue
            elif body < GAP_BODY_MIN and not same:
                continue
            elif body < GAP_BODY_UNNUMBERED and not same and not _titles_share(old[i].title, new[j].title):
                continue  # 二、…Cookie… → 二、…未成年人…: a new section in the old one's place (review)
            if i not in taken_old and j not in taken_new:
                taken_old.add(i)
                taken_new.add(j)
                out.append((i, j, body))
        # a title's leading name kept through a rewrite (「Session Logs」 → 「Session 日志」, `gap_names`, u52x)
        made = [(i, j) for i, j, _ in out if i in taken_old]
        for i, j, body in named_pairs(old, new, (olds, news), made, _numbers_agree(old, new, shift), lambda i, j: _ratio(oe[i], ne[j])):
            taken_old.add(i)
            taken_new.add(j)
            out.append((i, j, body))
        out.extend(_moved_down(old, new, (olds, news), (taken_old, taken_new), bodies))
    return out


def _numbers_agree(old: Sequence[Section], new: Sequence[Section], shift: tuple[int, int] | None) -> Callable[[int, int], bool]:
    """Do sections i and j of a gap bear the same number (or none, or one moved by the gap's step, `_gap_shift`)?"""

    def agree(i: int, j: int) -> bool:
        a, b = _number_key(old[i].number), _number_key(new[j].number)
        return a == b or _shifted(a, b, shift, old[i].level)

    return agree


def _whole_texts(sections: Sequence[Section], bodies: Sequence[str], k: int) -> str:
    """Section k's body followed by the bodies of every section below it (at a deeper level, MAX_CHILDREN at most)."""
    parts = [bodies[k]] if bodies[k] else []
    c = k + 1
    while c < len(sections) and sections[c].level > sections[k].level and len(parts) <= MAX_CHILDREN:
        if bodies[c]:
            parts.append(bodies[c])
        c += 1
    return "\n".join(parts)


def _moved_down(
    old: Sequence[Section],
    new: Sequence[Section],
    gap: tuple[list[int], list[int]],
    taken: tuple[set[int], set[int]],
    bodies: tuple[Sequence[str], Sequence[str]],
) -> list[tuple[int, int, float]]:
    """Pairs of a gap's sections still unpaired that keep their subject (`_same_subject`) once each is read with the
    sections below it (forty-sixth session, u46d, `eval/pairs46` hutao-rewrite): 「常规数据使用」 → 「常规数据使用说明」, its
    lead sentence rewritten and its list items moved into new `###` sub-parts, has a body of one sentence left, 0.05 alike
    to the old list, so it read as removed + added though the old text is under it.  The old section with its
    sub-sections against the new one with its sub-sections (the same on both sides, so diff(a, b) mirrors diff(b, a))
    is 0.55 alike.  The number, level and title tests of `_same_subject` stay: 「数据收集」 → 「数据安全」 over the same
    sub-sections is another subject."""
    olds = [i for i in gap[0] if i not in taken[0] and old[i].title]
    news = [j for j in gap[1] if j not in taken[1] and new[j].title]
    if not olds or not news or len(olds) * len(news) > GAP_MAX_PAIRS:
        return []
    scored = sorted(
        (
            (_ratio(_whole_texts(old, bodies[0], i), _whole_texts(new, bodies[1], j)), i, j)
            for i in olds
            for j in news
            if old[i].level == new[j].level
        ),
        key=lambda t: (-t[0], t[2], t[1]),
    )
    out: list[tuple[int, int, float]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for whole, i, j in scored:
        if i in used_old or j in used_new or not _same_subject(old[i], new[j], whole):
            continue
        used_old.add(i)
        used_new.add(j)
        out.append((i, j, _ratio(bodies[0][i], bodies[1][j])))
    return out


def _same_numbers(old: Sequence[Section], new: Sequence[Section], olds: list[int], news: list[int]) -> set[tuple[int, int]]:
    """The pairs (i, j) of a gap's unpaired sections of one level and number (`_number_key`), for the numbers found at
    most twice among the gap's `olds` and twice among its `news` (a bilingual file holds its outline twice, English then
    Chinese: `eval/pairs` connecthelp-restructure's 「10. Contact Us」 and 「10. 聯絡我們」), so at most four
    candidates per number."""
    counts: list[dict[tuple[int, str], list[int]]] = [{}, {}]
    for side, found, idx in ((old, counts[0], olds), (new, counts[1], news)):
        for i in idx:
            if number := _number_key(side[i].number):
                found.setdefault((side[i].level, number), []).append(i)
    return {(i, j) for key, a in counts[0].items() if len(a) <= 2 and len(b := counts[1].get(key, [])) <= 2 for i in a for j in b}


def _same_subject(old: Section, new: Section, body: float, shift: tuple[int, int] | None = None) -> bool:
    """Two sections of one gap, at one level, that keep their number and their subject through a rewrite (forty-fifth
    session, u45d2, `eval/pairs45c`): bodies GAP_BODY_ONE_FOR_ONE alike, the same number (or, both unnumbered, one
    title's telling characters all in the other: 「联系我们」 → 「如何联系我们」, `_title_within`), and titles that share
    a telling word (`_shared_word`: 「6. 用户权利」 → 「6. 您的权利」, 「8. 政策更新」 → 「8. 隐私协议更新」) or a topic
    (`topics_of`: 「7. 儿童隐私」 → 「7. 未成年人保护」, both *children*).  xunfrp-rewrite's eight numbered sections,
    renamed and rewritten in place (0.15–0.43 alike), read as removed + added.  Another subject under the old number
    stays removed + added: 「3. 信息保护」 → 「3. 存储与期限」 (0.32 alike, no shared word or topic), 「5. Cookie使用」 →
    「5. 信息安全措施」, 「二、Cookie」 → 「二、未成年人」, 「数据收集」 → 「数据安全」 (数据 is `_GENERIC_WORDS`).  Forty-eighth
    session (u48d, `eval/pairs48` szvip-restructure): a number moved by the gap's renumbering step (`shift`, `_gap_shift`)
    is the same number, and a title kept whole with words added after it (`_title_kept`) needs bodies only
    GAP_BODY_TITLE_KEPT alike."""
    if old.level != new.level or not (old.title and new.title):
        return False
    if body < (GAP_BODY_TITLE_KEPT if _title_kept(old, new) else GAP_BODY_ONE_FOR_ONE):
        return False
    a, b = _number_key(old.number), _number_key(new.number)
    if (a != b and not _shifted(a, b, shift, old.level)) or (not a and not _title_within(old.title, new.title)):
        return False
    if same_subject_in_other_words(old.title, new.title):  # 「本隐私政策的更改」 → 「政策变更」 (u56d, `diff.subjects`)
        return True
    return _shared_word(old.title, new.title) or bool(set(topics_of(old.title)) & set(topics_of(new.title)))


def _one_for_one(old: Section, new: Section, body: float, shift: tuple[int, int] | None = None) -> bool:
    """The only section left on each side of a gap, renamed in place and rewritten (forty-fourth session, u44d;
    `eval/pairs44` zh-render 「演示文稿转换」 → 「演示文稿渲染」, body 0.20 alike, hant-render 「4. 簡報轉換」 → 「4. 簡報繪製」,
    0.17: removed + added before).  Paired when the bodies are GAP_BODY_ONE_FOR_ONE alike, the numbers agree (the
    same number, or none on either side) and the titles share a word of two telling Chinese characters (`_shared_word`);
    「二、Cookie」 → 「二、未成年人」 in the old one's place shares none and stays removed + added."""
    a, b = _number_key(old.number), _number_key(new.number)
    if body < GAP_BODY_ONE_FOR_ONE or (a != b and not _shifted(a, b, shift, old.level)):
        return False
    return _shared_word(old.title, new.title) or same_subject_in_other_words(old.title, new.title)


def _lead_kept(sections: tuple[Section, Section], bodies: tuple[str, str], body: float, shift: tuple[int, int] | None) -> bool:
    """The only section left on each side of a gap, renamed, its list replaced, that keeps its opening sentence (fiftieth
    session, u50x2, `eval/pairs50` dsers-rewrite: 「数据访问范围」 → 「托管服务处理的数据」, both opening 「根据用户授权和 DSers
    账号权限，MCP server 可能…」 (0.78 alike) over a list of data items rewritten, bodies 0.28 alike, titles sharing only the
    generic 数据: removed + added before).  The place and the kept lead-in are the evidence the title does not give.
    Paired when the first paragraphs both hold LEAD_MIN_CHARS characters and are LEAD_KEPT alike, the bodies
    GAP_BODY_ONE_FOR_ONE alike, and the numbers agree (or none on either side); a new section in the old one's place
    opening otherwise stays removed + added."""
    old, new = sections
    a, b = _number_key(old.number), _number_key(new.number)
    if body < GAP_BODY_ONE_FOR_ONE or (a != b and not _shifted(a, b, shift, old.level)):
        return False
    leads = [text.split("\n", 1)[0].strip() for text in bodies]
    return min(len(lead) for lead in leads) >= LEAD_MIN_CHARS and _ratio(*leads) >= LEAD_KEPT


def _title_kept(old: Section, new: Section) -> bool:
    """Is one section's name (`_title_form`, no number) the whole start of the other's, words added after it, with a
    telling word of two characters in it (「您的选择」 → 「您的选择与权利」, 「数据共享」 → 「数据共享与保护」)?"""
    a, b = _title_form(old), _title_form(new)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short != long and long.startswith(short) and _shared_word(short, long)


def _gap_shift(old: Sequence[Section], new: Sequence[Section], low: tuple[int, int], high: tuple[int, int]) -> tuple[int, int] | None:
    """The step by which a gap's whole stretch of the outline was renumbered, as (level, step), when both paired
    neighbours that bound the gap are numbered with plain integers at one level and were renumbered by the same
    nonzero step (forty-eighth session, u48d, `eval/pairs48` szvip-restructure: two sections inserted as 2. and 3.
    move 3. 权限说明 → 4. and 7. 未成年人 → 8.; between them 4. 数据共享 → 5. 数据共享与保护, its body rewritten, is the
    section of the same place, as 四、 → 四、 is where nothing was inserted).  None at the document's ends, for
    sub-numbers (1.2) and for neighbours renumbered by different steps (a section inserted inside the gap)."""
    (i0, j0), (i1, j1) = low, high
    if i0 < 0 or j0 < 0 or i1 >= len(old) or j1 >= len(new):
        return None
    level = old[i0].level
    if not (old[i1].level == new[j0].level == new[j1].level == level):
        return None
    keys = [_number_key(s.number) for s in (old[i0], new[j0], old[i1], new[j1])]
    if not all(k.isdigit() for k in keys):
        return None
    a0, b0, a1, b1 = (int(k) for k in keys)
    step = b0 - a0
    return (level, step) if step and b1 - a1 == step and a1 > a0 else None


def _shifted(a: str, b: str, shift: tuple[int, int] | None, level: int) -> bool:
    """Are two heading numbers of a gap the same place once the gap's renumbering step (`_gap_shift`) is undone?"""
    return shift is not None and level == shift[0] and a.isdigit() and b.isdigit() and int(b) - int(a) == shift[1]


# A contact section's title (「联系我们」, 「10. 聯絡方式」, 「Contact us」) and the details that identify who is contacted: an
# e-mail address, a web address, a telephone number of seven digits or more.
# (r45 #8: not 「联系人权限」, 「通讯录（联系人）」, 「Contacts permission」, an address book's sections)
_CONTACT_TITLE = re.compile(r"(?:联系|聯繫|聯絡|联络)(?!人)|(?i:contact(?!s))")
_CONTACT_VALUE = re.compile(rf"{EMAIL}|(?:{URL_START})[^\s，。；、）)\]】]+|(?<![0-9])[0-9][0-9 -]{{5,}}[0-9](?![0-9])")
_PHONE_DIGITS_MIN = 7  # a post code (「100 000」) has fewer
_DATE_SHAPE = re.compile(r"[0-9]{4}[ -][0-9]{1,2}[ -][0-9]{1,2}")  # 「2023-01-01」: a date, no telephone number


def _contact_values(section: Section) -> set[str]:
    """The e-mail addresses, web addresses and telephone numbers (seven digits or more, not a date) written in
    `section`'s paragraphs, case and spaces folded."""
    text = "\n".join(p.text for p in section.paragraphs)
    found = set()
    for m in _CONTACT_VALUE.finditer(text):
        value = m.group(0)
        if value[0].isdigit() and (sum(c.isdigit() for c in value) < _PHONE_DIGITS_MIN or _DATE_SHAPE.fullmatch(value)):
            continue
        found.add(re.sub(r"[\s-]", "", value).lower().rstrip("."))
    return found


def _same_contact(old: Section, new: Section) -> bool:
    """The only section left on each side of a gap, both titled as a contact section, giving the same contact detail
    (forty-fifth session, u45d: `eval/pairs44` tb-script 「联系我们」 → 「10. 聯絡方式」, its lead-in and e-mail line
    rewritten as one sentence with the same e-mail, read as one section removed and another added).  The same body
    under a reworded title is one renamed section; the place and the shared address are the evidence the title does
    not give.  Numbers must agree or one side has none (the other edition unnumbered); 「联系我们」 with another address,
    or a contact title over a section of another subject holding no address, stays removed + added."""
    if not (old.title and new.title and _CONTACT_TITLE.search(old.title) and _CONTACT_TITLE.search(new.title)):
        return False
    a, b = _number_key(old.number), _number_key(new.number)
    if a and b and a != b:
        return False
    return bool(_contact_values(old) & _contact_values(new))


def _shared_word(old: str | None, new: str | None) -> bool:
    """Do two titles share two telling Chinese characters written together (演示文稿 in 演示文稿转换 / 演示文稿渲染; 簡報 in
    簡報轉換 / 簡報繪製)?  `_TITLE_STOP` characters (我们, 信息, numbers) do not count."""
    a, b = fold(old or ""), fold(new or "")
    if any(word in a and word in b for word in _TELLING_STOP_WORDS):
        return True
    for k in range(len(a) - 1):
        pair = a[k : k + 2]
        if all(HAN_CHAR.match(c) and c not in _TITLE_STOP for c in pair) and pair not in _GENERIC_WORDS and pair in b:
            return True
    return False


# Words of two characters many section titles of one policy share without saying what the section is about: 「数据收集」
# → 「数据安全」 in the old one's place is another subject (tests/test_pairs28.py), not a rename.
_GENERIC_WORDS = frozenset(
    [
        "数据",
        "數據",
        "隐私",
        "隱私",
        "政策",
        "服务",
        "服務",
        "用户",
        "用戶",
        "产品",
        "產品",
        "平台",
        "应用",
        "應用",
        "网站",
        "網站",
        "本站",
        "相关",
        "相關",
        "其他",
        "其它",
        "说明",
        "說明",
    ]
)


# Characters every policy title uses (我们如何…您的个人信息): they say nothing about what a section is.
_TITLE_STOP = frozenset("我们們如何您你的个個人信息資訊资料料和與与及、，,。.:：（）()　 一二三四五六七八九十第章节節条條0123456789")
# ... but these words, made of them, say what a section is about: 「面部数据的第三方共享」 → 「网络请求与第三方」 shares
# 第三方 (third parties), whose 第 and 三 are numbering characters (`eval/pairs49` photo-rebrand).
_TELLING_STOP_WORDS = ("第三方",)


def _titles_share(old: str | None, new: str | None) -> bool:
    """Whether two section titles share a character that says what the section is about (收集 → 收集范围; 使用 → 用途)."""
    a = {c for c in fold(old or "").lower() if c not in _TITLE_STOP and not c.isspace()}
    b = {c for c in fold(new or "").lower() if c not in _TITLE_STOP and not c.isspace()}
    return bool(a & b)


def _title_within(old: str | None, new: str | None) -> bool:
    """Does one title's every telling Chinese character (not `_TITLE_STOP`) occur in the other, two at least?  「数据存储」
    in 「我们在哪里存储您的数据」: the same subject in other words; 「数据收集」 and 「数据安全」 share 数据 only."""
    a = {c for c in fold(old or "") if HAN_CHAR.match(c) and c not in _TITLE_STOP}
    b = {c for c in fold(new or "") if HAN_CHAR.match(c) and c not in _TITLE_STOP}
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small <= large


def _numeral_style(number: str | None) -> str | None:
    """ "han" for a heading number in Chinese numerals (「四、」), "digit" for one in digits (「4.」), else None."""
    key = layout_key(number or "", strip_marker=False).strip(_TITLE_END + "、()（）第章节節条條")
    if not key:
        return None
    if key.isdigit():
        return "digit"
    return "han" if chinese_number(key) is not None else None


def _restyled(old: Sequence[Section], new: Sequence[Section]) -> bool:
    """Was the whole outline re-typed from Chinese numerals to digits, or back?  Every numbered top-level heading
    of one side in one style, every one of the other side in the other, at least RESTYLED_MIN of them on each side:
    「一、我们收集的信息」… → 「1. 开发者处理的信息」… (a mini-program guide whose ten headings were renumbered and
    reworded at once, `eval/blind/pairs25`).  A document numbered 一、 in one place and 1. in another is not one."""
    styles: list[set[str | None]] = []
    for side in (old, new):
        levels = [s.level for s in side if s.number and s.title]
        top = min(levels, default=0)
        found = [_numeral_style(s.number) for s in side if s.number and s.title and s.level == top]
        if len(found) < RESTYLED_MIN:
            return False
        styles.append(set(found))
    return styles in ([{"han"}, {"digit"}], [{"digit"}, {"han"}])
