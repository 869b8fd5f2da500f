"""Headings run into their paragraph on one side: cut back out where the other side has them as headings.

A policy kept as plain Markdown lines (「1. Definitions」 over 「You means …」) and the HTML page exported from it
(VS Code's Markdown preview: 「<li><p>Definitions\\nYou means …</p></li>」) hold the same text, but the page has no
heading: each title is the first words of its section's first paragraph.  Compared as they are, every section of the
Markdown side was `removed` and every paragraph `replace`d by itself with its title in front (thirty-sixth session,
`eval/pairs36` wo-camera-en: 12 false removed sections and 13 false changes around the one real edit).  The document
title runs into the first paragraph the same way (「Privacy Policy Your privacy is important …」).

Before sections are compared, a paragraph of one side is cut in two, the title and the rest, when

- it starts with the title of a section of the other side (as written, or without its number 「1.」), followed by a
  space on the same line (a source line break the page collapsed; a title on a line of its own, kept by a `<br>`, is a
  line promoted to a heading, `diff/promoted.py`), and no section of its own side has that title;
- the rest starts as that section's first paragraph does (its first 24 characters of comparison key, or all of it when
  shorter, at least 8): the title is where the other side has it, over the same text;
- each title of the other side is cut once, in document order.

The rest opens a section of that title (its number left to the heading's other side: 「1. Definitions」 and 「Definitions」
pair as renumbered titles); the paragraphs after it, up to the next cut, are its body.  The document title is cut out of
a first paragraph the same way when only the other side has one.  Source positions stay exact (the pieces are sliced).
A paragraph that is the title alone with a colon (「附加的第三方服务：」 under 「信息的使用」, where the other side has the
heading 「附加的第三方服务」: a bold lead-in the structure reads as body text, `eval/pairs40` hj-sdk, whose two rewritten
sections were shown removed and their titles inserted) is cut the same way, with no text of its own: the paragraphs
after it are its body (fortieth session, u40d).
The title may also run into its text with no space (「2.1 自动收集的信息当您使用…」, fifty-fourth session, u54d2): a
Markdown re-wrap (prettier's proseWrap) joins a title line and the text line just below it, with no blank line between
(one paragraph to a Markdown reader), and puts no space between two ideographs.  Then the other side's title must
stand on the line just above its first paragraph (that soft break is what a re-wrap joins), the cut must not fall
inside a Latin word or number, and the rest must still start as that paragraph does.  Where the title runs into the
middle of a paragraph after a sentence end (「…匿名数据。 2.2 第三方服务 GinkgoGo 可能会…」: the title line and its text were
lines of one Markdown paragraph), the paragraph is cut before the title too, on the same evidence.  A re-wrap can also
cut the text's first words up onto the title's line (「四、資料儲存與分享本 App 不會將任何」 over 「資訊儲存在…」): a title whose
start is a title of the other side (not of its own), with its first paragraph on the line below on both sides, is cut
back to that title when its extra words and its first paragraph start as the other side's first paragraph does.
A re-wrap can also split a title line in two (「5.基于允许发现和配对蓝牙设备权限的附加服务(」 / 「仅针对 Android 系统用户提供)」, fifty-fifth
session, u55d: one Markdown paragraph the structure reads as text, the section shown merged into the one above): a
paragraph of more than one source line that is, white space aside, a title of the other side, followed by a paragraph
that starts as that section's first paragraph does, is read as that title, the paragraphs after it its body.
An edit in the first words under such a joined title (「2.1 自动收集的信息当您使用本程序时」 over 「当您使用本应用时」) fails the
24-character test; for a numbered title (its number as the other side's heading has it) joined with no space, the rest
is then compared over up to 48 characters of key (at least 24): four fifths shared in order, the last 8 among them (u55d).
A title with no number (「自动收集的信息当您使用本程序时」, fifty-sixth session, u56d) has no number to back it, so it must
also be `UNNUMBERED_MIN` key characters at least and the rest must be the other side's first paragraph but for the edit
over its whole length (its first `WHOLE_MAX` key characters): four fifths of the longer of the two in common, in order.
The title may be joined in bold, with its marks (「**自动收集的信息**当您使用本程序时」, u56d2): a paragraph that opens with a bold
run that is, marks aside, a whole title of the other side is cut after the closing `**` on the same evidence as the
title without them (`_bold`); bold words inside a sentence (「我们**不会**出售」) open no paragraph and are left alone.
The title may be joined as a lead-in with a colon (fifty-seventh session, u57d): 「**自动收集的信息**：当您…」, 「**自动收集的信息：**当您…」,
「**Information We Collect:** When you…」, and with no marks (an HTML page's 「<b>信息收集：</b>当您…」, whose bold the loader drops,
or a plain 「信息收集：当您…」), in any format (`_colon`): the colon parts the title from its text, so the exact start of the
other side's first paragraph is enough evidence, with no soft break asked; an edit in the first words is allowed only
where the join with no colon would be cut on it (both sides Markdown, the other side's text on the line below).  A bold
title a re-wrap ran into the middle of a paragraph after a sentence end (「…崩溃报告。 **第三方服务**：本应用…」) is cut there
as the plain one is (`_mid`).
An HTML page's bold title run into its text (「<b>信息收集</b>当您…」, 「<li><b>Cookies.</b> We use…</li>」, fifty-ninth session,
u59l) has lost its marks to the loader, which records instead where the paragraph's leading bold run ends
(`Document.bold_leads`, `load.html.bold_leads`): that end parts the title from its text as a colon does, so it is cut
on the colon's evidence (`_loaded_bold`), a full stop closing the bold title (「Cookies.」, 「**Cookies.**」) set aside.
Precision first: a paragraph that only opens with a heading's words (「Cookies are small files …」 under no heading
「Cookies」 whose text starts so) is left as it is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from policylens.load.lines import shifted_pieces, slice_pieces
from policylens.model import Break, Document, Paragraph, Section

# characters of comparison key the rest of a cut paragraph must share with the other side's first paragraph
PREFIX_CHARS = 24
# the fewest: a first paragraph shorter than this is no evidence that the text under the title is the same
PREFIX_MIN = 8
# the share of the other side's first paragraph's first 2 * PREFIX_CHARS key characters a numbered title's joined text
# must keep in order, when an edit falls in its first PREFIX_CHARS (fifty-fifth session, u55d)
FUZZY_SHARE = 0.8
# (u56d) an unnumbered title joined with no space, with an edit in its first words: the fewest key characters of the title,
# and how much of the rest (and of the other side's first paragraph) is compared whole
UNNUMBERED_MIN = 4
WHOLE_MAX = 400
# (u55h) the most sections of the other side one title is tried against, for one paragraph: a title shared by thousands
# of sections (a pumped outline) tried each of them for each paragraph (quadratic: 8,000 in 10 s of `diff`, 4,000 in 3.5 s)
CANDIDATES_MAX = 64
# the longest title looked for at a paragraph's start (a heading is a line, not a sentence)
TITLE_MAX = 80
# what parts a run-in title from its text: a space on the line (a source line break the page collapsed to one)
_GAP = " \t\u3000"
# what ends the sentence before a title a re-wrap ran into the middle of a paragraph
_SENTENCE_END = "。！？"
# what ends a title written as a lead-in line of its own (「个人信息权益：」)
_LABEL_END = ("：", ":")
# (u59l) what may close a bold title run into its text (「<b>Cookies.</b> We use…」, 「**Cookies.** We use…」)
_STOPS = (".", "。")
# what opens and closes a bold title joined to its text (「**自动收集的信息**当您…」, u56d2); `__` cannot close before an
# ideograph in CommonMark, so it makes no bold title there
_BOLD = "**"


def _key(text: str) -> str:
    """White space and case aside, as a paragraph's comparison key compares prose."""
    return "".join(text.split()).casefold()


def _bare(section: Section) -> str | None:
    """The section's title without its number (「1. Definitions」 → 「Definitions」), or None when it has none."""
    title = (section.title or "").strip()
    number = (section.number or "").strip()
    if number and title.startswith(number):
        rest = title[len(number) :].strip()
        return rest or None
    return None


def _glued(text: str, end: int) -> bool:
    """Whether `text` may part at `end` with no space: not inside a Latin word or number (「Cookie」 / 「Cookies」)."""
    before, after = text[end - 1], text[end]
    return not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum())


def _cut_at(para: Paragraph, title: str, first: str, glued: bool = False, fuzzy: bool = False, whole: bool = False) -> int | None:
    """Where the rest of `para` starts when it opens with `title` and then the text of `first` (see module doc); with
    `glued`, also when no space parts them (a wrapped title line joined to its text: see module doc); with `fuzzy` (a
    numbered title joined with no space), also when the rest's start is mostly `first`'s (an edit in its first words);
    `whole` (an unnumbered title, u56d): that fuzzy cut only when the whole rest is also mostly `first` (`_alike`)."""
    text = para.text
    if len(text) <= len(title) or not text.startswith(title):
        return None
    if text[len(title)] not in _GAP and not (glued and _glued(text, len(title))):
        return None  # a title on a line of its own (「a）某某地图定位<br/>使用目的…」) is `promoted`'s class, not this one
    start = len(title)
    while start < len(text) and text[start] in _GAP:
        start += 1
    want = _key(first)[:PREFIX_CHARS]
    if len(want) < PREFIX_MIN:
        return None
    mine = _key(text[start:])
    if not mine.startswith(want) and not (fuzzy and _mostly(mine, _key(first)) and (not whole or _alike(mine, _key(first)))):
        return None
    return start


def _alike(mine: str, theirs: str) -> bool:
    """Whether two keys are the same text but for an edit over their first `WHOLE_MAX` characters: `FUZZY_SHARE` of the
    longer in common, in order (u56d)."""
    from rapidfuzz.distance import LCSseq  # (only for an unnumbered glued title whose opening words differ)

    a, b = mine[:WHOLE_MAX], theirs[:WHOLE_MAX]
    return LCSseq.similarity(a, b) >= FUZZY_SHARE * max(len(a), len(b))


def _mostly(mine: str, theirs: str) -> bool:
    """Whether `mine` starts as `theirs` does but for an edit: of `theirs`'s first `2 * PREFIX_CHARS` key characters (at
    least `PREFIX_CHARS`), `FUZZY_SHARE` are found in order in as many of `mine`'s, and so are its last `PREFIX_MIN`."""
    want = theirs[: 2 * PREFIX_CHARS]
    if len(want) < PREFIX_CHARS:
        return False
    near = mine[: len(want) + PREFIX_MIN]
    if want[-PREFIX_MIN:] not in near:
        return False
    from difflib import SequenceMatcher  # (only for a glued title whose opening words differ: kept off the import path)

    shared = sum(b.size for b in SequenceMatcher(None, near, want, autojunk=False).get_matching_blocks())
    return shared >= FUZZY_SHARE * len(want)


def _tail(para: Paragraph, start: int) -> Paragraph:
    """`para` from character `start` on, its pieces and breaks shifted."""
    pieces = slice_pieces(para.pieces, start, len(para.text))
    breaks = tuple(Break(b.line, b.offset - start, b.prev_line) for b in para.breaks if b.offset >= start)
    line, column = (pieces[0].line, pieces[0].column) if pieces else (para.line, para.column)
    return para._replace(text=para.text[start:], line=line, column=column, pieces=pieces, breaks=breaks)


def _split(doc: Document, other: Document) -> Document:
    """`doc` with the titles of `other`'s sections that ran into its paragraphs cut back out (see module doc)."""
    own = {_key(s.title) for s in doc.sections if s.title} | {_key(b) for s in doc.sections if (b := _bare(s))}
    wanted: dict[str, _Entries] = {}  # (a deque: the used sections leave its front, u55h)
    for s in other.sections:
        if not s.title or not s.paragraphs:
            continue
        forms = [s.title.strip()] + ([b] if (b := _bare(s)) else [])
        if any(_key(f) in own for f in forms):
            continue
        for form in forms:
            if len(form) <= TITLE_MAX:
                wanted.setdefault(form, deque()).append((s.paragraphs[0].text, s))
    if not wanted:
        return _document_title(doc, other)
    used: set[str] = set()
    # the forms with no space, and in mid-paragraph, are a Markdown re-wrap's (see module doc): both sides Markdown
    wrapped = _markdown(doc, other)
    leads = {(line, column): length for line, column, length in doc.bold_leads}  # (u59l) an HTML page's bold titles
    lengths = frozenset(len(form) for form in wanted) if wrapped else frozenset()
    keyed = {_key(form): form for form in wanted} if wrapped else {}
    heads = frozenset(form[0] for form in wanted if form)
    sections: list[Section] = []
    changed = False
    for section in doc.sections:
        current = section
        body: list[Paragraph] = []
        pieces_of: list[Section] = []
        for at, first_para in enumerate(section.paragraphs):
            para: Paragraph | None = first_para
            hit = _match(first_para, wanted, used, lengths, leads.get((first_para.line, first_para.column), 0))
            if hit is None and keyed:
                hit = _split_title(first_para, section.paragraphs[at + 1 : at + 2], keyed, wanted, used)
            while para is not None:
                found = None
                if hit is None:
                    found = _mid(para, wanted, used, lengths, heads) if wrapped else None
                    if found is None:
                        body.append(para)
                        break
                    head, para, hit = found
                    body.append(head)
                form, start, theirs, soft, lead = hit
                used.add(theirs.id)
                # the text before the first heading, all cut out by a re-wrap's cut, is no section of its own
                if body or current.title is not None or not (soft or found is not None):
                    pieces_of.append(current._replace(paragraphs=tuple(body)))
                current = Section(
                    id=f"{section.id}.r{len(pieces_of)}",
                    # under the section it was cut from when that is a heading above it; the text before the first heading
                    # is no parent (its sections are top-level)
                    parent=section.id if section.title is not None and theirs.level > section.level else section.parent,
                    level=max(theirs.level, section.level + 1 if section.title is None else section.level),
                    title=form,
                    number=None,
                    line=para.line,
                    column=para.column,
                    paragraphs=(),
                    title_pieces=slice_pieces(para.pieces, lead, lead + len(form)),
                    lang=section.lang,
                )
                body = []
                para = _tail(para, start) if start < len(para.text) else None
                hit = None
                changed = True
        pieces_of.append(current._replace(paragraphs=tuple(body)))
        sections.extend(pieces_of)
    if changed:
        doc = doc._replace(sections=tuple(sections))
    return _document_title(doc, other)


_Entries = deque[tuple[str, Section]]  # the other side's sections of one title form: (first paragraph's text, section)
# a cut: the title form, where the rest starts, the other side's section, whether it is a re-wrap's (no space), and where
# the title starts in the paragraph (2 after a bold title's opening `**`, u56d2)
_Hit = tuple[str, int, Section, bool, int]


def _open(entries: _Entries, used: set[str]) -> Iterator[tuple[str, Section]]:
    """The sections of `entries` not yet used, in order, the first CANDIDATES_MAX of them (u55h); the used sections at the
    front leave the deque, each once."""
    while entries and entries[0][1].id in used:
        entries.popleft()
    tried = 0
    for entry in entries:
        if entry[1].id in used:
            continue
        tried += 1
        if tried > CANDIDATES_MAX:
            return
        yield entry


def _match(para: Paragraph, wanted: dict[str, _Entries], used: set[str], lengths: frozenset[int], bold: int = 0) -> _Hit | None:
    """The first unused title of `wanted` that `para` opens with, over that section's text (see module doc).  Only the
    text before each space of the paragraph's first `TITLE_MAX` characters, and its prefixes as long as a wanted title
    (`lengths`), are looked up, so a long policy costs a few dictionary look-ups a paragraph, not one comparison a
    title.  The flag tells a cut with no space (a re-wrap's) from the others.  `bold`: the length of the bold run the
    loader saw open the paragraph (an HTML page's, `Document.bold_leads`), else 0."""
    text = para.text
    if bold and (hit := _loaded_bold(para, bold, wanted, used, bool(lengths))) is not None:
        return hit
    if text.endswith(_LABEL_END) and (form := text[:-1].rstrip(_GAP)) in wanted:
        # the title alone on its line as a lead-in, 「附加的第三方服务：」 where the other side has the heading
        # 「附加的第三方服务」: a title that lost its heading's rank, its text below it (see module doc)
        theirs = next((t for _, t in _open(wanted[form], used)), None)
        if theirs is not None:
            return form, len(text), theirs, False, 0
    if text.startswith(_BOLD) and (hit := _bold(para, wanted, used, bool(lengths))) is not None:
        return hit
    for end, ch in enumerate(text[: TITLE_MAX + 1]):
        if ch in _LABEL_END and end and (hit := _colon(para, text[:end], end + 1, wanted, used, 0, bool(lengths))) is not None:
            return hit  # 「信息收集：当您使用…」: the title as a lead-in, its text after the colon (u57d)
        gap = ch in _GAP
        if end == 0 or (not gap and end not in lengths) or text[:end] not in wanted:
            continue
        for first, theirs in _open(wanted[text[:end]], used):
            if not gap and not _soft_break(theirs):
                continue
            number = (theirs.number or "").strip()
            numbered = bool(number) and text.startswith(number)
            # (u56d) an unnumbered title may be cut on an edit too, on the evidence of the whole rest (`_cut_at`)
            fuzzy = not gap and (numbered or len(_key(text[:end])) >= UNNUMBERED_MIN)
            start = _cut_at(para, text[:end], first, glued=not gap, fuzzy=fuzzy, whole=not numbered)
            if start is not None:
                return text[:end], start, theirs, not gap, 0
    return None


def _bold(para: Paragraph, wanted: dict[str, _Entries], used: set[str], wrapped: bool) -> _Hit | None:
    """A title of `wanted` in bold at the start of `para`, joined to its text with its marks (「**自动收集的信息**当您使用本程序时」
    over the other side's 「### 自动收集的信息」 and its text on the line below, u56d2), cut on the evidence `_match` asks of the
    same title without its marks; None otherwise.  Bold words inside a sentence (「我们**不会**出售」) do not open the
    paragraph, and a bold run that is not a whole title of the other side is no title."""
    text = para.text
    close = text.find(_BOLD, len(_BOLD), len(_BOLD) + TITLE_MAX + 1)
    form = text[len(_BOLD) : close] if close > len(_BOLD) else ""
    end = close + len(_BOLD)
    if not form or form != form.strip() or end >= len(text):
        return None
    # (u57d) the colon of a lead-in, inside the marks (「**信息收集：**当您…」) or after them (「**Information:** We …」)
    if form.endswith(_LABEL_END) and form[:-1].rstrip(_GAP) in wanted:
        return _colon(para, form[:-1].rstrip(_GAP), end, wanted, used, len(_BOLD), wrapped)
    if text[end] in _LABEL_END and form in wanted:
        return _colon(para, form, end + 1, wanted, used, len(_BOLD), wrapped)
    if form not in wanted and form.endswith(_STOPS) and form[:-1].rstrip(_GAP) in wanted:
        return _colon(para, form[:-1].rstrip(_GAP), end, wanted, used, len(_BOLD), wrapped)  # 「**Cookies.** We…」 (u59l)
    if form not in wanted:
        return None
    gap = text[end] in _GAP
    for first, theirs in _open(wanted[form], used):
        if not gap and not _soft_break(theirs):
            continue
        number = (theirs.number or "").strip()
        numbered = bool(number) and form.startswith(number)
        fuzzy = not gap and (numbered or len(_key(form)) >= UNNUMBERED_MIN)
        start = _cut_at(para, text[:end], first, glued=not gap, fuzzy=fuzzy, whole=not numbered)
        if start is not None:
            return form, start, theirs, not gap, len(_BOLD)
    return None


def _loaded_bold(para: Paragraph, bold: int, wanted: dict[str, _Entries], used: set[str], wrapped: bool) -> _Hit | None:
    """A title of `wanted` that opens `para` in bold as its loader saw it (an HTML page's 「<b>信息收集</b>当您…」, whose
    marks the text no longer holds: `load.html.bold_leads`), its text run in after it with no space or a full stop
    (「<b>Cookies.</b> We use…」): the bold run's end parts the title from its text as a colon does, so it is cut on the
    colon's evidence (`_colon`: the rest starts as the other side's first paragraph does), with no soft break asked
    (u59l).  A colon inside or after the run is `_colon`'s own case; None otherwise."""
    text = para.text
    form = text[:bold].rstrip(_GAP)
    if not form or bold >= len(text) or form.endswith(_LABEL_END) or text[bold] in _LABEL_END:
        return None
    end = len(form)
    if form not in wanted and form.endswith(_STOPS) and form[:-1].rstrip(_GAP) in wanted:
        form = form[:-1].rstrip(_GAP)  # 「<b>Cookies.</b> We use…」 over the heading 「Cookies」
    return _colon(para, form, end, wanted, used, 0, wrapped)


def _colon(para: Paragraph, form: str, end: int, wanted: dict[str, _Entries], used: set[str], lead: int, wrapped: bool) -> _Hit | None:
    """A title of `wanted` run into its text as a lead-in with a colon (「信息收集：当您使用…」, 「**信息收集**：当您…」, an HTML
    page's 「<b>Information:</b> We collect…」, over the other side's heading 「信息收集」 and its text), the colon and its
    marks ending at `end`: cut there when the rest starts as that section's first paragraph does (its first
    `PREFIX_CHARS` of key, as a title followed by a space; u57d).  The colon is the separator, so no soft break and no
    Markdown are asked for that.  An edit in the rest's first words is allowed only where the title joined with no
    colon would be cut on it (`wrapped`: both sides Markdown, the other side's text on the line below its title; a
    numbered title, or an unnumbered one of `UNNUMBERED_MIN` key characters with the whole rest alike, u55d / u56d);
    None otherwise."""
    text = para.text
    if form not in wanted or end >= len(text) or len(_key(form)) < 2:
        return None
    for first, theirs in _open(wanted[form], used):
        number = (theirs.number or "").strip()
        numbered = bool(number) and form.startswith(number)
        fuzzy = wrapped and _soft_break(theirs) and (numbered or len(_key(form)) >= UNNUMBERED_MIN)
        start = _cut_at(para, text[:end], first, glued=True, fuzzy=fuzzy, whole=not numbered)
        if start is not None:
            return form, start, theirs, True, lead  # (True: an empty text before the first heading is no section)
    return None


def _split_title(
    para: Paragraph,
    after: tuple[Paragraph, ...],
    keyed: dict[str, str],
    wanted: dict[str, _Entries],
    used: set[str],
) -> _Hit | None:
    """A title that a re-wrap split over two lines (「5.基于允许发现和配对蓝牙设备权限的附加服务(」 / 「仅针对 Android 系统用户提供)」):
    one paragraph of more than one source line whose text is, white space aside, a title of the other side, and the
    paragraph after it starts as that section's first paragraph does; None otherwise (see module doc)."""
    text = para.text
    if para.end_line <= para.line or len(text) > TITLE_MAX or not after:
        return None
    form = keyed.get(_key(text))
    if form is None:
        return None
    for first, theirs in _open(wanted[form], used):
        want = _key(first)[:PREFIX_CHARS]
        if len(want) >= PREFIX_MIN and _key(after[0].text).startswith(want):
            return text, len(text), theirs, True, 0
    return None


def _mid(
    para: Paragraph,
    wanted: dict[str, _Entries],
    used: set[str],
    lengths: frozenset[int],
    heads: frozenset[str],
) -> tuple[Paragraph, Paragraph, _Hit] | None:
    """`para` cut in two before a title of `wanted` that a re-wrap ran into it after a sentence end (「…匿名数据。 2.2 第三方服务
    GinkgoGo 可能会…」), with the match in the second part, when the other side has that title on the line above its
    text (see module doc); None when there is none."""
    text = para.text
    for at, ch in enumerate(text):
        if ch not in _SENTENCE_END:
            continue
        start = at + 1
        while start < len(text) and text[start] in _GAP:
            start += 1
        if start >= len(text):
            return None
        # no wanted title starts here, in bold or not (「…匿名数据。 **2.2 第三方服务**：GinkgoGo…」, u57d): the common case
        if text[start] not in heads and not (text.startswith(_BOLD, start) and text[start + len(_BOLD) : start + 3] in heads):
            continue
        rest = _tail(para, start)
        hit = _match(rest, wanted, used, lengths)
        if hit is not None and _soft_break(hit[2]):
            head = para._replace(
                text=text[: at + 1],
                end_line=rest.line,
                pieces=slice_pieces(para.pieces, 0, at + 1),
                breaks=tuple(b for b in para.breaks if b.offset <= at),
            )
            return head, rest, hit
    return None


def _markdown(doc: Document, other: Document) -> bool:
    """Whether both sides are Markdown, where a title line over its text is one paragraph that a re-wrap may join."""
    return doc.source.format == "markdown" and other.source.format == "markdown"


def _soft_break(section: Section) -> bool:
    """Whether `section`'s first paragraph starts on the line below its title, with no blank line between: in Markdown
    one paragraph, that a re-wrap joins into one line (see module doc)."""
    first = section.paragraphs[0]
    return section.line is not None and first.line == section.line + 1


def _document_title(doc: Document, other: Document) -> Document:
    """`doc` with `other`'s document title cut out of its first paragraph, when `doc` has none (see module doc)."""
    title = other.metadata.title
    if not title or doc.metadata.title or not doc.sections or not other.sections:
        return doc
    firsts = [p for s in other.sections[:1] for p in s.paragraphs[:1]]
    section = doc.sections[0]
    if not firsts or not section.paragraphs:
        return doc
    para = section.paragraphs[0]
    start = _cut_at(para, title.strip(), firsts[0].text)
    if start is None:
        return doc
    metadata = doc.metadata._replace(title=title.strip(), title_line=para.line)
    section = section._replace(paragraphs=(_tail(para, start),) + section.paragraphs[1:])
    return doc._replace(
        sections=(section,) + doc.sections[1:], metadata=metadata, title_pieces=slice_pieces(para.pieces, 0, len(title.strip()))
    )


def _recut(doc: Document, other: Document) -> Document:
    """`doc` with a title that a re-wrap lengthened by the first words of its text (「四、資料儲存與分享本 App 不會將任何」 over
    「資訊儲存在…」, where `other` has 「四、資料儲存與分享」 over 「本 App 不會將任何資訊儲存在…」) cut back to `other`'s title, the
    words put back at the start of its first paragraph (see module doc)."""
    theirs = {s.title.strip(): s for s in other.sections if s.title and s.paragraphs and _soft_break(s)}
    if not theirs or not _markdown(doc, other):
        return doc
    own = {s.title.strip() for s in doc.sections if s.title}
    sections = list(doc.sections)
    for k, section in enumerate(sections):
        title = (section.title or "").strip()
        if not title or title in theirs or not section.paragraphs or not _soft_break(section):
            continue
        for end in range(len(title) - 1, 0, -1):
            match = theirs.get(title[:end])
            if match is None or title[:end] in own or not (title[end] in _GAP or _glued(title, end)):
                continue
            start = end
            while title[start] in _GAP:
                start += 1
            para = section.paragraphs[0]
            words = title[start:]
            want = _key(match.paragraphs[0].text)[:PREFIX_CHARS]
            mine = _key(words + para.text)
            # the text may stop before the other side's (a line that is its own paragraph here: 「問題，請聯絡我們：」 over an
            # address); then all of it must start the other side's
            if len(want) < PREFIX_MIN or not (mine.startswith(want) or (len(mine) >= PREFIX_MIN and want.startswith(mine))):
                continue
            own.add(title[:end])
            head = slice_pieces(section.title_pieces, start, len(title))
            joined = para._replace(
                text=words + para.text,
                line=head[0].line if head else para.line,
                column=head[0].column if head else para.column,
                pieces=head + shifted_pieces(slice_pieces(para.pieces, 0, len(para.text)), len(words)),
                breaks=(Break(para.line, len(words), head[-1].line if head else para.line),)
                + tuple(Break(b.line, b.offset + len(words), b.prev_line) for b in para.breaks),
            )
            sections[k] = section._replace(
                title=title[:end],
                title_pieces=slice_pieces(section.title_pieces, 0, end),
                paragraphs=(joined,) + section.paragraphs[1:],
            )
            break
    return doc._replace(sections=tuple(sections))


def run_in_titles(old: Document, new: Document) -> tuple[Document, Document]:
    """`old` and `new` with headings that ran into a paragraph on one side cut back out (see module doc)."""
    new = _split(_recut(new, old), old)
    old = _split(_recut(old, new), new)
    return old, new
