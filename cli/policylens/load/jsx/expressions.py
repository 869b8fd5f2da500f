"""The markup of an element kept as written and its `{…}` expressions blanked (`_markup`), but for what a child
expression holds that the page shows: an element that starts an operand, read as markup, and a string literal that
holds Chinese (`_operands`), a language switch's call read as its editions; a child that prints a value is recorded."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.jsx.attributes import _inline_items, _interpolated_attribute, _literal_attribute, _switch_attribute
from policylens.load.jsx.components import INLINE_BRANCH_TAGS
from policylens.load.jsx.editions import _chinese_edition, _page_twin, _restore_literal, _script_twins
from policylens.load.jsx.escapes import _read_body, literal_escapes
from policylens.load.jsx.scanning import (
    _OPERAND_OPENERS,
    _QUOTES,
    TAG,
    _before,
    _closes,
    _element_end,
    _string_end,
    _translation_default,
    blank_span,
    matching,
)
from policylens.load.jsx.shown import _shown_constant
from policylens.load.jsx_locale import edition_text, in_sentence_or_heading, is_key, locale_switch, separate_editions, switch_call
from policylens.load.server_code import CODE
from policylens.load.slot_components import mark_slot_component
from policylens.patterns import EMAIL, HAN_CHAR, URL_START

# an expression child that prints nothing: a space or a line break written as a literal (`{" "}`, `{'\\n'}`), a comment
_SILENT_CHILD = lazy(r"""\s*+(?:(["'`])(?:\s|\\[nt]|&nbsp;)*+\1|/\*(?:[^*]|\*(?!/))*+\*/|//[^\n]*+)?\s*+""")


def _prints_value(text: str, out: list[str], start: int, close: int) -> bool:
    """Whether the child expression `text[start:close + 1]`, its operands restored in `out`, prints a value of its own:
    nothing of it was kept as markup or text, and it is no space literal or comment (`_SILENT_CHILD`)."""
    if any(c != CODE and c not in "\r\n" for c in out[start : close + 1]):
        return False
    return _SILENT_CHILD.fullmatch(text, start + 1, close) is None


def _markup(
    text: str,
    out: list[str],
    start: int,
    end: int,
    computed: list[int] | None = None,
    alternates: list[tuple[int, str, str]] | None = None,
    literals: list[tuple[int, int]] | None = None,
    unclosed: list[int] | None = None,
) -> None:
    """Keep the markup of `text[start:end + 1]` as written; blank its expressions (see module doc).  `computed` receives
    the offsets of the child expressions that print a value (`_prints_value`), `alternates` the branches not read,
    `unclosed` (u48h) the offset of a child expression never closed: it runs to the element's end, its text unread."""
    i = start
    in_tag = False
    quote = ""
    while i <= end:
        c = text[i]
        if in_tag and quote:
            if c == quote:
                quote = ""
        elif c == "{":
            close = matching(text, i, end)
            if not in_tag and text[i - 1 : i] == "$" and _DOLLAR_SLOT.fullmatch(text, i + 1, close):
                i = close + 1  # (u58p) 「at ${email}」 in a text node: a template variable left as written, a slot
                continue
            blank_span(out, i, close + 1)
            if unclosed is not None and not in_tag and close == end and text[close] != "}":
                unclosed.append(i)  # (u48h) 「<p>{我们会收集…</p>…」: the rest of the element is code, so say it
            if not in_tag and not _switch_editions(text, out, i, close, literals):
                _operands(text, out, i, close, computed, alternates, literals)
                if computed is not None and _prints_value(text, out, i, close):
                    computed.append(i)
                    _shown_constant(text, out, i, close)
            elif (
                quoted := _literal_attribute(text, start, i, close)
                or _interpolated_attribute(text, start, i, close)
                or _switch_attribute(text, start, i, close)
            ) is not None:
                out[i : close + 1] = quoted  # 「content={`我們收集…`}」 → 「content= "我們收集…" 」: a prop's text (`load.jsx_props`)
            elif (bracket := _inline_array(text, i, close)) is not None:
                if (items := _inline_items(text, start, i, close, bracket)) is not None:
                    out[i : close + 1] = items  # (u48l) 「paragraphs=[ __="…" _="…"」: its items, each a value
                else:
                    out[bracket] = "["  # (u48k) 「paragraphs={[…]}」: an inline array, no data read elsewhere (`load.jsx_props`)
            elif _NUMBER_VALUE.fullmatch(text, i + 1, close):
                out[i : close + 1] = ['"', *text[i + 1 : close], '"']  # 「level={2}」 → 「level="2"」: a heading's rank
            elif (name := _STYLE_ATTRIBUTE.search(text, max(start, i - 24), i)) and _HIDING_OBJECT.match(text, i, close + 1):
                # 「style={{ display: 'none' }}」 → 「hidden」: the element is hidden as an HTML page's `display:none` is
                out[name.start() : i + 1] = list("hidden".ljust(i + 1 - name.start()))  # (one character a slot: the length kept)
            i = close
        elif in_tag and c in "\"'":
            quote = c
        elif c == "<" and text.startswith(("<>", "</>"), i):
            blank_span(out, i, text.index(">", i) + 1)  # a fragment's tags: no element, and `<>` would read as text
            i = text.index(">", i)
        elif c == "<" and i + 1 <= end and (text[i + 1].isalpha() or text[i + 1] in "/>!"):
            if (after := mark_slot_component(text, out, i, end)) != i:
                i = after  # (u59p) 「生效日期：<Todo />」: a slot component shown as its slot (`load.slot_components`)
                continue
            in_tag = True
        elif in_tag and c == ">":
            in_tag = False
        i += 1


def _switch_editions(text: str, out: list[str], start: int, close: int, literals: list[tuple[int, int]] | None) -> bool:
    """(u44k, eval/blind/round39d dimpack-tsx) Read the child expression `text[start:close + 1]` when it is one call of
    the page's language-switch function (`{T('Last updated: 4 July 2026', '最後更新:2026 年 7 月 4 日')}`,
    `load.jsx_locale.switch_call`), as a written switch `{lang === 'zh' ? '…' : '…'}` is read: each edition its own
    paragraph, in a heading or a sentence the Chinese one only.  The page's data was read through the function
    (u43k2) but its markup's calls were code: the title was read as 「| DimPack3D」 and the page's 最後更新 date unseen
    (a false `date-format` info).  A translation call with a key (`{t('privacy.title')}`) stays code: its text lives
    in another file.  Whether it was read."""
    args = switch_call(text, start, close)
    if args is None:
        return False
    if in_sentence_or_heading(text, start, close):
        args = [a for a in args if a[2]][:1]
    else:
        args = [a for a in args if a[2] or edition_text(text[a[0] + 1 : a[1]])]
    for i, j, _ in args:
        _restore_literal(text, out, i, j, literals)
    separate_editions(out, [(i, j) for i, j, _ in args], CODE)
    return bool(args)


def _operands(
    text: str,
    out: list[str],
    start: int,
    close: int,
    computed: list[int] | None = None,
    alternates: list[tuple[int, str, str]] | None = None,
    literals: list[tuple[int, int]] | None = None,
) -> None:
    """Restore, in the blanked child expression `text[start:close + 1]`, its elements and Chinese text literals.

    Of a condition's inline branches (`{isTW ? '依個資法' : '依私隱條例'}`, `? <b>…</b> : <b>…</b>`) one is kept: the page
    shows one of them, and both read ran into one sentence no version says (「我們依個資法依私隱條例處理」).  The longest is
    kept (review u28w: `{loading ? <span>加载中</span> : <span>我们会将您的信息保存在中国境内。</span>}` kept 「加载中」
    and lost the policy's sentence), the first of equals; the others are left blank and reported in `alternates`
    (twenty-eighth session, u28h).  Block branches (`? <p>…</p> : <p>…</p>`, a page localised in place) are paragraphs of
    their own, each read."""
    i = start + 1
    branches: list[tuple[int, int, bool, str]] = []  # a condition's inline branches: (start, end, an element?, its text)
    switch = locale_switch(text, start, close)  # a language switch: every text branch read (`load.jsx_locale`)
    edition_only: set[int] = set()  # the branches that are text only as an edition of a language switch
    while i < close:
        c = text[i]
        if c in _QUOTES:
            j = _string_end(text, i, close)
            text_literal = _is_text_literal(text, start, i, j, close)
            before = _literal_before(text, start, i, j, close)
            if text_literal or (switch and before in ("?", ":") and edition_text(text[i + 1 : j])):
                if not text_literal:
                    edition_only.add(i)  # (u37x2) read only as a Chinese switch's other edition, see below
                if before in ("?", ":"):
                    branches.append((i, j, False, _read_body(text, i + 1, j)))
                else:
                    _restore_literal(text, out, i, j, literals, computed)
            i = j + 1
            continue
        if c == "<" and i + 1 < close and (text[i + 1].isalpha() or text[i + 1] == ">") and _after_operator(text, start, i):
            e = _element_end(text, i, close - 1)
            if _INLINE_BRANCH.match(text, i) is not None and _before(text, start, i) in ("?", ":"):
                branches.append((i, e, True, TAG.sub("", text[i : e + 1])))
            else:
                out[i : e + 1] = text[i : e + 1]
                _markup(text, out, i, e, computed, alternates, literals)
            i = e + 1
            continue
        i += 1
    if not branches:
        return
    if (
        switch
        and not any(element for _, _, element, _ in branches)
        and any(HAN_CHAR.search(b[3]) for b in branches)
        and any(HAN_CHAR.search(b[3]) is None for b in branches)
    ):  # a Chinese edition and another language's: both read (two Chinese variants, 「個資法」 / 「私隱條例」, keep one)
        for b0, b1, _, _ in branches:
            _restore_literal(text, out, b0, b1, literals, computed)
        separate_editions(out, [(b0, b1) for b0, b1, _, _ in branches], CODE)
        return
    # (u37x2) no Chinese edition beside it: a branch that is no text literal stays unread, as before the switch was
    # read (`{lang === 'zh' ? 'text-red-500' : 'text-sm'}`, two English labels)
    branches = [b for b in branches if b[0] not in edition_only]
    if not branches:
        return
    kept = max(branches, key=lambda b: len(b[3].strip()))  # (max keeps the first of equals)
    if (edition := _chinese_edition(text, start, close, branches)) is not None:
        kept = edition  # (u43j) a heading's language switch keeps its Chinese edition, not the longer English one
    if _script_twins(branches):
        # (u43k, eval/blind/round43 coremachine-hk-tsx) `{isHK ? "我們不會…僅限於…" : "我们不会…仅限 于…"}`: the same
        # string in the two Chinese scripts, one branch a character longer (a stray space): the longest kept the
        # Simplified edition of one paragraph in a page read in its Traditional edition everywhere else, and
        # `script-mixed` reported eleven errors there.  Twins keep the branch in the script of the rest of the page
        # (review r43: the first branch alone kept `{isCN ? "简…" : "繁…"}`'s Simplified one in a Traditional page), the
        # first when the page does not tell.
        kept = _page_twin(text, start, close, branches)
    b0, b1, element, _ = kept
    if element:
        out[b0 : b1 + 1] = text[b0 : b1 + 1]
        _markup(text, out, b0, b1, computed, alternates, literals)
        chosen = TAG.sub("", "".join(out[b0 : b1 + 1]).replace(CODE, ""))
    else:
        _restore_literal(text, out, b0, b1, literals, computed)
        chosen = _read_body("".join(out[b0 + 1 : b1]).replace(CODE, ""), 0, None)
    if alternates is not None:
        alternates.extend((at, other, chosen) for at, _, _, other in branches if at != b0)


_INLINE_BRANCH = lazy(rf"<(?:{'|'.join(sorted(INLINE_BRANCH_TAGS))})(?=[\s/>])")


# the operators before a parenthesised operand that is one string literal, `? (\n "…"\n) :`
_PAREN_OPERAND = ("?", ":", "{", "&&", "||")


def _literal_before(text: str, start: int, i: int, j: int, close: int) -> str:
    """`_before` the string literal `text[i:j + 1]`, seeing through the parentheses around it when it is the whole of
    them: `{isZh ? (\n "中文…"\n) : (\n "English…"\n)}` (Prettier writes a long branch so) is read as
    `{isZh ? "中文…" : "English…"}`.  Such branches were not read at all, in either language, and with no word
    (u43j, eval/profiles43c guanai-tw: every paragraph of the page); a call's argument (`t("key")`) stays code."""
    before = _before(text, start, i)
    if before != "(":
        return before
    k = i - 1
    while k > start and text[k] != "(":
        k -= 1
    m = j + 1
    while m < close and text[m].isspace():
        m += 1
    if m >= close or text[m] != ")":
        return before  # (`("…" + name)`: computed)
    if (call := _TEXT_CALL.search(text, max(start, k - 40), k)) is not None:
        return _call_operand(text, start, call.start(), i, j, m, close) or before
    outer = _before(text, start, k)
    return outer if outer in _PAREN_OPERAND else before


# (u48l, eval/precision44 dsemarks-hk-jsx) a call of a page's function of one string that gives the text shown:
# `{s('我們收集的資料')}` (the page's 繁→簡 converter), `{tw('…')}`, `{i18n.t('隱私政策')}` (the key is the wording);
# (review u48r) not a call that shows nothing: a log, a dialog, a state setter (`{console.log('调试信息')}`,
# `{alert('…')}`, `{setTitle('…')}`: they return undefined, and the page shows no text there)
_TEXT_CALL = lazy(
    r"(?<![\w$.])(?!(?:return|typeof|await|void|new|case|in|of|yield|delete)\b)"
    r"(?!(?:console|window|document|localStorage|sessionStorage)\.|(?:alert|confirm|prompt|set[A-Z_$][\w$]*)[ \t]*+\Z)"
    r"(?:[A-Za-z_$][\w$]{0,24}\.)?[A-Za-z_$][\w$]{0,24}[ \t]*+\Z"
)
# what a converter's call is written beside when it is an operand: `}`, `:`, `)` after it (`: s('…'))`)
_AFTER_CALL = lazy(r"[ \t\r\n]*+(?:[:)]|\Z)")


def _call_operand(text: str, start: int, name: int, i: int, j: int, paren: int, close: int) -> str | None:
    """(u48l) The operator before the call opened at `name` when its one argument is the string literal `text[i:j + 1]`
    holding Chinese and not shaped as a key (`s('私隱政策')`, not `t('privacy.title')`), and the call is a whole operand
    (`{s('…')}`, `? s('…') :`): the page shows its argument's text, converted or looked up (every paragraph of
    dsemarks' Chinese edition was such calls, and the page read as its English edition only).  None otherwise."""
    if HAN_CHAR.search(text, i + 1, j) is None or is_key(text[i + 1 : j].strip()):
        return None
    if _AFTER_CALL.match(text, paren + 1, close) is None and paren + 1 < close:
        return None  # (`s('…') + name`: computed)
    outer = _before(text, start, name)
    return outer if outer in _PAREN_OPERAND and outer != "(" else None


def _after_operator(text: str, start: int, i: int) -> bool:
    """Whether an element at `i` starts an operand (`? <p>`, `&& <p>`, `(<>`), not a comparison `a < b`; comments
    between the operator and the element skipped (`_past_comments`)."""
    return _before(text, start, _past_comments(text, start, i)) in _OPERAND_OPENERS


def _past_comments(text: str, start: int, i: int) -> int:
    """(u54q2, eval/profiles54q oneppt-bil) Where the comments just before `i` in the expression opened at `start` begin:
    block comments `/* 中文版 */` and whole-line `// …` ones, blanks between.  `{locale === "zh" ? (\n/* 中文版 */\n
    <section>…</section>) : (\n/* English Version */\n<section>…</section>)}`: the operator before each edition's
    element was read as 「/」, no operand, and both editions (the whole policy) were blanked as code without a word."""
    k = i
    while True:
        m = k - 1
        while m > start and text[m].isspace():
            m -= 1
        if text[m - 1 : m + 1] == "*/" and (opened := text.rfind("/*", start + 1, m - 1)) != -1:
            k = opened
            continue
        line = text.rfind("\n", start, m) + 1
        if line > start and text[line : m + 1].lstrip().startswith("//"):
            k = line
            continue
        return k


def _is_text_literal(text: str, start: int, i: int, j: int, close: int) -> bool:
    """Whether the string literal `text[i:j + 1]` is an operand holding Chinese (`? "返回首页"`, `{"隐私政策"}`), or the
    default wording of a translation call (`{t('privacyTitle', '個人資料聲明')}`: `_translation_default`).  Chinese written
    only as escapes (`'\\u6211\\u4eec…'`) counts."""
    if HAN_CHAR.search(text, i + 1, j) is None and not _escaped_han(text, i + 1, j):
        # a link's shown address as the whole child, `<Text style={styles.link}>{'http://www.cuhk.edu.hk/…'}</Text>`:
        # text the reader sees (left out, the sentence around it read 「…規定( )，確保」)
        return _before(text, start, i) == "{" and _ADDRESS_LITERAL.fullmatch(text, i + 1, j) is not None and _closes(text, j, close)
    before = _literal_before(text, start, i, j, close)
    if before == ",":
        return _translation_default(text, start, i, j, close)
    if before not in ("?", ":", "{", "&&", "||"):
        return False
    k = j + 1
    while k < close and text[k].isspace():
        k += 1
    return k >= close or text[k] in ":)"


def _escaped_han(text: str, start: int, end: int) -> bool:
    """Whether the literal body `text[start:end]` spells a Chinese character with an escape (`\\u6211`, `\\u{6211}`)."""
    if text.find("\\u", start, end) == -1:
        return False
    return any(HAN_CHAR.search(decoded) for _, _, decoded in literal_escapes(text, [(start, end)]))


_ADDRESS_LITERAL = lazy(rf"(?:{URL_START})[^\s'\"`<>{{}}]{{1,300}}|{EMAIL}")


# A style object that hides its element, 「style={{ display: 'none' }}」, 「style={{visibility: "hidden"}}」: written for
# the HTML reader as the attribute `hidden` (`_markup`), so that the page's hidden text is read and announced as an HTML
# page's is (twenty-eighth session's leftover: a React page's hidden drafting note was read with no word).  Not a value
# computed at run time (「display: open ? 'block' : 'none'」): the element is shown at times.
_STYLE_ATTRIBUTE = lazy(r"(?<![\w-])style[ \t]{0,8}=[ \t]{0,8}\Z")
_HIDING_OBJECT = lazy(
    r"""\{[ \t\r\n]*+\{[ \t\r\n]*+(?:[\w$'"]+[ \t]*:[^{},]{0,200},[ \t\r\n]*+){0,20}(?:display[ \t]*:[ \t]*(['"`])none\1|visibility[ \t]*:[ \t]*(['"`])(?:hidden|collapse)\2)[ \t]*[,}\r\n]"""
)
# an attribute's value that is a number literal, `{2}`: kept as the quoted `"2"` (the same length) where every other
# expression is blanked, so that a heading component's rank can be read (`<Title level={2}>`)
# (u58p, issue #11 §1) `${email}` written in a JSX text node: a template literal's variable where JSX prints "$" and the
# value.  Kept as written for the placeholder rules when the name is a slot's (an address, a name, a date: not
# `${price}`, a dollar amount)
_DOLLAR_SLOT = lazy(
    r"[ \t]{0,4}(?:[A-Za-z_$][\w$]{0,40}\.){0,3}[A-Za-z_$]{0,30}(?i:email|mail|company|name|address|phone|contact|url|site|domain"
    r"|brand|date|owner|operator|entity|officer|dpo|city|country|updated|effective)[\w$]{0,20}[ \t]{0,4}"
)
_NUMBER_VALUE = lazy(r"[ \t]{0,4}\d{1,3}[ \t]{0,4}")  # (bounded: linear under the regex probe's search)


def _inline_array(text: str, i: int, close: int) -> int | None:
    """(u48k) The offset of the `[` that opens the attribute expression `text[i:close + 1]` when it is an inline array
    (`paragraphs={[ … ]}`), else None: its `[` is kept in the blanked start tag, so that `load.jsx_props` tells such a
    prop from a reference to data another reader reads at its own lines (`sections={sections}`)."""
    if _DATA_NAME.search(text, max(0, i - 40), i) is None:
        return None  # only a data prop's (`style={[…]}` is a style, read as before)
    j = i + 1
    while j < close and text[j] in " \t\r\n":
        j += 1
    return j if j < close and text[j] == "[" else None


# the data props `load.jsx_props` knows (`_DATA_PROP`), right before the expression's `{`
_DATA_NAME = lazy(r"(?i)(?<![\w$-])(?:sections|items|data|list|rows|entries|blocks|paragraphs|clauses|articles)[ \t\r\n]*+=[ \t\r\n]*+\Z")
