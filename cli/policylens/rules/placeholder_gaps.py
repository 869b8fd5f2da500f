"""Holes left where a template's name was deleted and its frame words kept (`placeholder-empty`'s helper).

A name cut out of its frame leaves the frame whole: 「欢迎使用（以下简称“本平台”）」 (a name was defined there),
「本协议由您与之间签订」 (the other party of 您与…之间), 「本应用由 提供」 (the spaces the name stood between).  Each
shape is certain only where the frame needs a name in that place, so each is narrow:

- a short-name definition 「（以下简称“X”）」 right after a verb that takes the name as its object (使用, 选择, 下载,
  访问, 登录, 安装; not when the short name holds the verb: 「手机号码注册（以下简称“注册”）」 defines the act), or opening a
  paragraph that follows a heading, the title or a finished sentence (the name was the paragraph's first words; a
  definition opening a line after a line that ends in no punctuation continues a name broken over two lines, and is left
  alone; so is one in a script or component, where the name before it is an expression the loader blanked);
- 「与之间」 between a party (您, 你, 用户, a closing bracket) and what the parties do (关于, 签订, 订立, 达成, 就, 的…);
- 「由 提供」: 由 and a verb of provision (提供, 运营, 开发, 发布) with nothing but spaces between them.

(「联系邮箱：。」, a label whose value was deleted before the sentence's end, is `enumeration-empty`'s error, which
supersedes `placeholder-empty` on that span: one finding for one defect.)

- 「(以下简称:)」 with no short name, 「您对的信任」, 「欢迎来到 !」 (u50k, after eval/blind/round50's held-out xinguad);
- 「(下称或称“我们”)」, 「（以下简称或“本公司”）」: the first of two short names deleted (u51k, eval/blind/round51 haoluo);
- 「您在 网站上」, 「关于任何 产品或服务」, 「关于 处理…」: a name deleted between two words, its spaces kept (u51k);
- (u52p, eval/blind/round51e biggerlens) a definition opening the paragraph after the document's title or date line, a
  blank line between (「更新日期」 then 「(以下简称“我们”)深知…」); English '… by (hereinafter "we")' after a verb or a
  preposition; a collective name whose last item was deleted 「(以下统称我们的产品或)」;
- English (u50k): a preposition with its object deleted before a mark ("service of , It means", "trust in . We"), and a
  quoted title that lost its opening name ("the \" Privacy Policy\""); "services of and products and/or …": the name
  between "of" and "and" deleted (u51p3, round50 immatch L17; not "the use of and access to", "products of and
  services offered by": the second noun must end its phrase).

Not these: 「在您与我们之间」, 「本应用（以下简称…）」, 「由我们提供」, 「由提供服务的第三方负责」 (no space: 由
governs 提供服务的第三方), a definition continuing a name from the line before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, Hit, TextUnit, in_code

_SP = "[ \t\u3000\u00a0]"
# a short-name definition: （以下简称“本平台”）, (以下称「我们」)
_DEFINITION = rf"[（(]{_SP}*以下(?:简称|簡稱|统称|統稱|称|稱)"
# 「欢迎使用（以下简称“本平台”）」: a verb whose object, the name, is missing before the definition
_AFTER_VERB = lazy(
    rf"(?:使用|选择|選擇|选用|選用|下载|下載|访问|訪問|登录|登錄|安装|安裝|注册|註冊|浏览|瀏覽){_SP}*(?P<hole>{_DEFINITION})"
)
# the short name a definition gives: （以下简称“注册”）→ 注册
_SHORT_NAME = lazy(r"[：:]?[ \t\u3000]*[“\"「『‘']?(?P<name>[^”\"」』’'）)\n]{1,24})")
# 下载、安装、使用（以下统称“使用”）: a list of verbs defined as one word, no name missing
_IN_A_LIST = frozenset("、，,及和或与與")
_COLLECTIVE = lazy(rf"[（(]{_SP}*以下(?:统称|統稱)")
# a definition opening its paragraph (matched after the paragraph's leading spaces); (u51k, after eval/blind/round51's
# held-out yiyou-en-txt: not blind) its English form, '(hereinafter referred to as "Company", "we"…), recognizes …': the
# sentence's subject, the company's name, deleted before its definition
_OPENING = lazy(rf"(?P<hole>{_DEFINITION}|\([ \t]*(?i:hereinafter)\b)")
# (u52p, after eval/blind/round51e's biggerlens-zh-txt L5; not blind) a header line before the paragraph, a blank line
# between: the document's title (「隐私政策」) or its date line (「更新日期」, 「生效日期：2024年1月1日」) is never the end of a
# name broken over two lines, so a definition opening the paragraph after it lost its name
_HEADER_LINE = lazy(
    r"(?<![ \t\u3000*_#])[ \t\u3000*_#]*+(?:(?:生效日期|更新日期|更新时间|更新時間|最后更新(?:日期|时间)?|最後更新(?:日期|時間)?|发布日期|發布日期|發佈日期"
    r"|(?i:effective[ \t]+date|last[ \t]+(?:updated|modified|revised)(?:[ \t]+on)?))[ \t*_]*(?:[:：][^\n]{0,30})?"
    r"|[\u4e00-\u9fffA-Za-z《》 ]{0,16}?(?:隐私政策|隱私政策|隐私权政策|隱私權政策|隐私协议|隱私協議|隐私保护指引|隱私保護指引|隐私条款|隱私條款"
    r"|用户协议|用戶協議|服务协议|服務協議|服务条款|服務條款|(?i:privacy[ \t]+(?:policy|notice|statement)|terms[ \t]+of[ \t]+(?:service|use))))"
    r"[ \t\u3000*_]*"
)
# (u52p) English: '… operated by (hereinafter "we") …', 'Welcome to use (hereinafter the "App")': a verb or preposition whose
# object, the name, is missing before the definition
_EN_AFTER_VERB = lazy(
    r"(?i:\b(?:by|use|using|visit|visiting|download|downloading|install|installing|access|accessing|welcome\s+to)"
    r"[ \t]+(?P<hole>\([ \t]*hereinafter\b))"
)
# (review u52r) the verb of a relative clause, its object before it: 'the services you use (hereinafter the "Services")',
# 'the site that users visit (hereinafter …)': a subject just before the verb, so nothing is missing
_SUBJECT_BEFORE = lazy(
    r"(?i:\b(?:you|we|they|users?|customers?|visitors?|i|that|which|who)[ \t]+(?:(?:are|were|may|can|will|to|might|could|would"
    r"|shall|do|did|also|currently|have|had)[ \t]+){0,2}\Z)"
)
# (u52p, biggerlens L5) a collective name whose last item was deleted before the bracket closes: 「(以下统称我们的产品或)」
_ZH_LAST_ITEM_GONE = lazy(
    r"[（(][ \t\u3000]*以下(?:简称|簡稱|统称|統稱)[^()（）\n“”「」\"]{0,24}?[\u4e00-\u9fff](?P<hole>或|及|和|与|與)[ \t\u3000]*[)）]"
)
# what ends a finished sentence in the paragraph before
_SENTENCE_END = frozenset("。！？；：.!?;:")
# 「您与之间关于…」, 「用户（以下称“您”）与之间」: a party, 与, nothing, 之间, and what the parties do
_BETWEEN = lazy(
    rf"(?:您|你|妳|用户|用戶|使用者|[）)”」』\"]){_SP}*(?P<hole>[与與]{_SP}*之[间間])"
    r"(?=关于|關於|签订|簽訂|订立|訂立|签署|簽署|达成|達成|缔结|締結|建立|所|的|就|对|對|产生|產生)"
)
# 「本应用由 提供」: the name between 由 and its verb deleted, its spaces kept (由提供服务的… is a phrase: no space)
# (是由 提供的应用程序 is `placeholder-default-name`'s, a generator's label: not reported twice)
_BY_NOBODY = lazy(rf"(?<![理自经經缘緣来來])(?P<hole>由{_SP}+)(?=提供|运营|運營|开发|開發|发布|發布|出品)(?<!是由{_SP})(?<!是由{_SP}{_SP})")

_NEEDS = lazy(r"以下|之[间間]|由[ \t\u3000\u00a0]|\([ \t]*(?i:hereinafter)")

# (u50k, eval/blind/round50 immatch-en-txt) the English forms: a preposition whose object, the name, was deleted before
# a comma or a full stop ("any product and/or service of , It means", "your use and trust in . We will"), and a quoted
# document title that opened with the name ("the \" Privacy Policy\"").  Not "and so on ." (on is left out), nor a
# preposition ending its clause before a word ("the data we rely on, and"): the space before the mark is the hole's.
# (u58p, eval/blind/round57p bugbear-en-tsx) Not the end of an address or a name: privacy@bugbear.in . (a TLD; JSX set the
# link's text and its full stop apart), https://x.com/about ., opt-in .
_EN_PREPOSITION = lazy(r"(?<![.@/\-])(?i:\b(?:of|in|by|from|with|for|to|about|at)\b)(?P<hole>[ \t\u00a0]+)(?=[,.;](?:[ \t\u00a0]|\Z))")
# (u51p3, eval/blind/round50 immatch-en-txt L17) a name deleted between "of" and "and": "all products and/or services of
# and products and/or …" (of X and X's products).  Only products/services on both sides, the second ending its phrase
# (a conjunction, a mark): "the use of and access to", "the products of and services offered by us" stay quiet.
_EN_OF_AND = lazy(
    r"(?i:\b(?:products?|services?)[ \t\u00a0]+of)(?P<hole>[ \t\u00a0]+)"
    r"(?=(?i:and[ \t\u00a0]+(?:products?|services?))(?:[ \t\u00a0]+(?i:and/or|and|or)\b|[ \t\u00a0]*[,.;)]))"
)
# (u51p3, eval/blind/round51d commoncultures-hk-en-txt L4) a label whose value was deleted with the parenthesis' close:
# "its website (official website: and abides by the regulations …", 「（官方網站：並遵守…」.  Certain only when the label
# opens the parenthesis, a conjunction follows its colon, and the parenthesis is never closed in the paragraph: "(website:
# and app)" or a value after the colon ("(website: www.x.com) and") stay quiet.
_LABELS = r"(?:official[ \t]+)?(?:web[ \t]?site|site|url|e-?mail(?:[ \t]+address)?|tel|telephone|phone|hotline|fax|address)"
_EN_LABEL_NO_VALUE = lazy(rf"[(（][ \t]*(?i:{_LABELS})[ \t]*[:：](?P<hole>[ \t\u00a0]+)(?=(?:and|or|but|which|who|that)\b)")
_ZH_LABEL_NO_VALUE = lazy(
    r"[(（][ \t\u3000]*(?:官方)?(?:網站|网站|網址|网址|電子郵件|电子邮件|電郵|电邮|郵箱|邮箱|電話|电话|地址)[ \t\u3000]*"
    r"(?P<hole>[:：][ \t\u3000\u00a0]*)(?=並|并|及|和|且|以及)"
)
_EN_TITLE = lazy(
    r"(?<![A-Za-z0-9])[\"“](?P<hole>[ \t\u00a0]+)(?=(?i:privacy[ \t]+(?:policy|notice|statement)|terms[ \t]+of[ \t]+(?:service|use)"
    r"|user[ \t]+agreement)[\"”])"
)
# (u50k, after eval/blind/round50's held-out xinguad-zh-txt) the same holes in Chinese text with ASCII marks: a
# definition whose short name is empty 「(以下简称:)」, 「（以下簡稱「」）」 is `placeholder-empty`'s 简称“”; an object missing
# after 对 「感谢您对的信任」 (对 takes an object: 您对我们的信任); a welcome or a visit whose object is only spaces before a mark
# 「欢迎来到 !」, 「感谢您访问 !」 (no space, 「欢迎使用！」 is a greeting: not taken).
_ZH_EMPTY_DEFINITION = lazy(rf"(?P<hole>[（(]{_SP}*以下(?:简称|簡稱|统称|統稱|称|稱)[:：]?{_SP}*[)）])")
_ZH_NO_OBJECT = lazy(rf"(?<=[您你妳])(?P<hole>[对對]{_SP}*的)(?=信任|支持|厚爱|厚愛|关注|關注|认可|認可|青睐|青睞)")
_ZH_NOBODY_WELCOMED = lazy(
    rf"(?:欢迎来到|歡迎來到|欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|感谢您访问|感謝您訪問|感谢你访问|感謝你訪問)(?P<hole>{_SP}+)(?=[!！。.,，])"
)
# (u51k, eval/blind/round51 haoluo-zh-txt) a definition of two names whose first was deleted: the template's
# 「(下称“XX”或称“我们”)」 published as 「海螺姑娘经营者(下称或称“我们”)」, 「（以下简称或“本公司”）」 (下称/简称 takes its short
# name right after it; 或称 only adds a second one).  Not 「（以下简称“星河”或称“我们”）」, nor 「（以下或称“本公司”）」 (no 简称).
_ZH_FIRST_NAME_GONE = lazy(
    rf"[（(]{_SP}*(?P<hole>(?:以下|下文)?(?:简称|簡稱|统称|統稱|下称|下稱)[:：]?{_SP}*(?:或称|或稱|或简称|或簡稱|或者称|或者稱|或|及|和|、))"
    r"(?=[ \t\u3000]*[“\"「『‘])"
)
# (u51k, issue #11's open class: eval/blind/round50 xinguad L4, L6, L7) a name deleted between two words, its spaces kept:
# 「对于您在 网站上的个人信息」, 「关于任何 产品或服务」, 「关于 处理其供应商之个人信息的方式」.  Only these frames, whose
# second word is generic (网站, 平台, 应用; 产品 before 或/及; 处理 after 关于): a space between Han characters is also a
# typesetting habit round a name that is there (「用户在 跨岛 社区上」, 「个人资料之蒐集 与使用方式」), never taken as a hole.
_ZH_SPACED_SITE = lazy(rf"(?:(?<=[您你妳])|(?<=用户)|(?<=用戶))在(?P<hole>{_SP}+)(?=(?:网站|網站|平台|平臺|应用|應用)(?:上|中|内|內|的))")
_ZH_SPACED_PRODUCT = lazy(rf"任何(?P<hole>{_SP}+)(?=(?:产品|產品)(?:或|及|和|与|與|、))")
_ZH_SPACED_SUBJECT = lazy(rf"(?:关于|關於)(?P<hole>{_SP}+)(?=处理|處理)")
_ZH_NEEDS = lazy(
    r"以下|[对對]|欢迎|歡迎|感谢|感謝|[简簡统統下][称稱]|在[ \t\u3000\u00a0]|任何[ \t\u3000\u00a0]|[关關][于於][ \t\u3000\u00a0]"
    r"|[:：][ \t\u3000\u00a0]*(?:並|并|及|和|且)"
)
# (u50k3, after eval/blind/round50e apollo-zh-txt and hamachi-tw-txt; not blind) more frames that need a name:
# a definition with nothing before its comma 「官方网站(, "本网站")」 (the site's name and address deleted); a numbered
# clause opening on 的 「2.2 的服务是指…」 (的 never opens a clause: the name before it was deleted; 的确, 的士 are words);
# a generator's definition whose value is the defined word itself 「網站是指網站。」 or one word twice 「是指網站,網站。」
# (the template's name and address never filled).  Not 「(以下简称“X”)」, 「2.2 本公司的服务」, 「網站是指本網站。」.
_ZH_EMPTY_BEFORE_COMMA = lazy(rf"[（(](?P<hole>{_SP}*[,，]){_SP}*[“\"「『]")
_ZH_CLAUSE_OF = lazy(rf"^{_SP}*(?:\d+(?:\.\d+)+{_SP}+|\d+[.．、]{_SP}*)(?P<hole>的)(?![确確士])")
_ZH_SELF_DEFINED = lazy(
    r"(?:^|(?<=[。；;!！?？\s]))(?P<word>[\u4e00-\u9fff]{1,6})[ \t\u3000]*是指[ \t\u3000]*(?P<hole>(?P=word))[ \t]*[。.]"
)
_ZH_WORD_TWICE = lazy(r"是指[ \t\u3000]*(?P<hole>(?P<word>[\u4e00-\u9fff]{1,6})[,，][ \t]*(?P=word))[ \t]*[。.]")
_ZH2_NEEDS = lazy(r"[（(][ \t\u3000\u00a0]*[,，]|的|是指")
_EN_NEEDS = lazy(r"[ \t\u00a0][,.;]|[\"“][ \t\u00a0]|(?i:of[ \t\u00a0]+and)|[:：][ \t\u00a0]+(?:and|or|but|which|who|that)\b")

# Sources whose text code writes: the loader blanks an expression (`${companyFacts.nameCn}（以下简称“我们”）`, `{name}`,
# `{{ name }}`), so a definition opening a paragraph there follows a name filled when the page runs, not a hole (review
# u36x: eval/blind/round27b rfq-bilingual-tsx line 36, a look-alike of its annotation).
_CODE_SUFFIXES = (".tsx", ".jsx", ".ts", ".js", ".mjs", ".cjs", ".vue", ".svelte", ".dart", ".ets", ".qml", ".wxml", ".axml")


def deleted_name_gaps(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """Each hole (unit, start, end): only where the frame needs the name there (the shapes above), once (a definition
    opening its paragraph 「(以下简称:)」 is both a frame's hole and an empty definition)."""
    seen: set[tuple[int, int]] = set()
    for unit, start, end in _frame_gaps(ctx):
        seen.add((id(unit), start))
        yield unit, start, end
    for unit, start, end in _marked_gaps(ctx):
        if (id(unit), start) not in seen:
            yield unit, start, end


def _frame_gaps(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    units = ctx.units()
    written_by_code = ctx.doc.source.path.lower().endswith(_CODE_SUFFIXES)
    # (u56t) the units whose text holds `_NEEDS`, asked through the scan memo (a local pattern: `scan` finds it in the same
    # units as a search of each text; tests/test_u56t_throughput.py), not a search of every paragraph of every document
    for i in ctx.holding(_NEEDS):
        unit = units[i]
        text = unit.text
        if unit.kind != "paragraph":
            continue
        for m in _AFTER_VERB.finditer(text):
            if text[m.start() - 1 : m.start()] in _IN_A_LIST or _COLLECTIVE.match(text, m.start("hole")):
                continue  # 下载、安装、使用（以下统称“使用”）: the definition names the list of verbs itself
            name = _SHORT_NAME.match(text, m.end("hole"))
            if name is not None and text[m.start() : m.start("hole")].strip(" \t\u3000\u00a0") in name.group("name"):
                continue  # 手机号码注册（以下简称“注册”）, 账号登录（以下简称“第三方登录”）: the act itself defined (review u36x)
            # (u47k2, eval/precision47 kecheng-tw-jsx) up to the hole's first character: a value printed between the verb
            # and it (「使用 ${name}（以下簡稱本服務）」, the blanked slot dropped with the space) stands before that character
            if not ctx.shown_in(unit, m.start(), m.start("hole") + 1):
                yield unit, m.start("hole"), m.end("hole")
        opening = None if written_by_code else _OPENING.match(text, len(text) - len(text.lstrip(" \t\u3000\u00a0")))
        if opening is not None and not ctx.shown_in(unit, 0, opening.end()) and not ctx.shown_before(unit, units[i - 1] if i > 0 else None):
            before = units[i - 1] if i > 0 else None
            last = before.text.rstrip(" \t\u3000*") if before is not None else ""
            english = opening.group("hole")[:1] == "(" and "以" not in opening.group("hole")
            # (the English form also after a line ending in a digit, a header's date: 'Effective Date: December 31, 2024';
            # not after a word or a comma, where the name may end the line before)
            if (
                before is None
                or before.kind in ("heading", "title")
                or (last and (last[-1] in _SENTENCE_END or (english and last[-1].isdigit())))
                or (_HEADER_LINE.fullmatch(before.text) is not None and _blank_line_between(before, unit))
            ):
                yield unit, opening.start("hole"), opening.end("hole")
        if "(" in text and "hereinafter" in text.lower():
            for m in _EN_AFTER_VERB.finditer(text):
                if _SUBJECT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) is not None:
                    continue  # 'the services you use (hereinafter …)': a relative clause's verb
                if not in_code(unit, m.start("hole")) and not ctx.shown_in(unit, m.start(), m.start("hole") + 1):
                    yield unit, m.start("hole"), m.end("hole")
        if "以下" in text:
            for m in _ZH_LAST_ITEM_GONE.finditer(text):
                if not in_code(unit, m.start("hole")) and not ctx.shown_in(unit, m.start("hole"), m.end("hole") + 1):
                    yield unit, m.start(), m.end()  # the whole parenthesis: 「(以下统称我们的产品或)」
        for pattern in (_BETWEEN, _BY_NOBODY):
            for m in pattern.finditer(text):
                if not ctx.shown_in(unit, m.start("hole"), m.end("hole") + 1):
                    yield unit, m.start("hole"), m.end("hole")


# What each pattern of `_marked_gaps` needs in a unit's text (a literal or a pattern matching no newline, held by the text
# of every match: `Context.scan`'s `needs`), so that a unit is searched only for the patterns it can hold; the group's
# own `needs` is still asked of each unit with a hit, so the units taken are the same whether or not it follows from
# the pattern's (`_ZH_LABEL_NO_VALUE`'s 以及 is not in `_ZH_NEEDS`)
_SPACE_THEN_MARK = lazy(r"[ \t\u00a0][,.;]")
_QUOTE_THEN_SPACE = lazy(r"[\"“][ \t\u00a0]")
_OF_AND = lazy(r"(?i:of[ \t\u00a0]+and)")
_COLON_THEN_WORD = lazy(r"[:：][ \t\u00a0]+(?:and|or|but|which|who|that)")
_DUI_DE = lazy(r"[对對][ \t\u3000\u00a0]*的")
_WELCOME = lazy(r"欢迎|歡迎|感谢|感謝")
_CALLED = lazy(r"[简簡统統下][称稱]")
_AT_SPACE = lazy(r"在[ \t\u3000\u00a0]")
_ANY_SPACE = lazy(r"任何[ \t\u3000\u00a0]")
_ABOUT_SPACE = lazy(r"[关關][于於][ \t\u3000\u00a0]")
_COLON_THEN_AND = lazy(r"[:：][ \t\u3000\u00a0]*(?:並|并|及|和|且|以及)")
_BRACKET_COMMA = lazy(r"[（(][ \t\u3000\u00a0]*[,，]")
# (a clause number's mark or the spaces after it, then 的: 「2.2 的」, 「3. 的」, 「1、的」; 的 alone is in nearly every Chinese
# unit; no \d: a pattern of literals and classes is asked of each new text alone, the memo skipping the texts it knows)
_NUMBER_THEN_DE = lazy(r"[.．、][ \t\u3000\u00a0]*的|[ \t\u3000\u00a0]的")

# `_marked_gaps`' groups: the unit kinds searched, the group's needs, and each pattern with its own needs
_GROUPS: tuple[tuple[tuple[str, ...], re.Pattern[str], tuple[tuple[re.Pattern[str], str | re.Pattern[str]], ...]], ...] = (
    (
        ("paragraph",),
        _EN_NEEDS,
        (
            (_EN_PREPOSITION, _SPACE_THEN_MARK),
            (_EN_TITLE, _QUOTE_THEN_SPACE),
            (_EN_OF_AND, _OF_AND),
            (_EN_LABEL_NO_VALUE, _COLON_THEN_WORD),
        ),
    ),
    (
        ("paragraph", "heading", "title"),
        _ZH_NEEDS,
        (
            (_ZH_EMPTY_DEFINITION, "以下"),
            (_ZH_NO_OBJECT, _DUI_DE),
            (_ZH_NOBODY_WELCOMED, _WELCOME),
            (_ZH_FIRST_NAME_GONE, _CALLED),
            (_ZH_SPACED_SITE, _AT_SPACE),
            (_ZH_SPACED_PRODUCT, _ANY_SPACE),
            (_ZH_SPACED_SUBJECT, _ABOUT_SPACE),
            (_ZH_LABEL_NO_VALUE, _COLON_THEN_AND),
        ),
    ),
    (
        ("paragraph",),
        _ZH2_NEEDS,
        (
            (_ZH_EMPTY_BEFORE_COMMA, _BRACKET_COMMA),
            (_ZH_CLAUSE_OF, _NUMBER_THEN_DE),
            (_ZH_SELF_DEFINED, "是指"),
            (_ZH_WORD_TWICE, "是指"),
        ),
    ),
)


def _marked_gaps(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """The holes of the pattern groups above, group by group, in document order and in each unit pattern by pattern:
    the English ones in a paragraph, the Chinese ones with ASCII marks (in a title or heading too), then the frames of
    u50k3 (a code span is left alone).  Each unit of a group's kinds whose text holds the group's `needs` is searched
    for each pattern, as a loop over the units would; each pattern through `ctx.scan` (u53t), whose memo skips the
    texts of earlier files the pattern found nothing in."""
    units = ctx.units()
    index: dict[int, int] = {}
    for kinds, group_needs, patterns in _GROUPS:
        hits: list[tuple[int, int, Hit]] = []
        for k, (pattern, needs) in enumerate(patterns):
            for hit in ctx.scan(pattern, needs=needs):
                if hit.unit.kind in kinds:
                    if not index:
                        index = {id(u): i for i, u in enumerate(units)}
                    hits.append((index[id(hit.unit)], k, hit))
        hits.sort(key=_unit_then_pattern)  # stable: a pattern's matches in a unit stay in order
        taken: dict[int, bool] = {}
        for i, k, (unit, start, _, m) in hits:
            text = unit.text
            held = taken.get(i)
            if held is None:
                held = taken[i] = group_needs.search(text) is not None
            if not held:
                continue
            pattern = patterns[k][0]
            if pattern is _ZH_CLAUSE_OF and not _after_a_sentence(units, i):
                continue  # 「依第\n3. 的規定」: a number broken onto its own line continues the line before
            shift = start - m.start()  # the match's own offsets may be in the joined text (`Hit`)
            hole, end = m.start("hole") + shift, m.end("hole") + shift
            if pattern in _UNCLOSED and not _never_closed(text, end):
                continue
            if not in_code(unit, hole) and not ctx.shown_in(unit, hole, end + 1):
                yield unit, hole, end


def _unit_then_pattern(hit: tuple[int, int, Hit]) -> tuple[int, int]:
    return hit[0], hit[1]


_UNCLOSED = (_EN_LABEL_NO_VALUE, _ZH_LABEL_NO_VALUE)


def _never_closed(text: str, start: int) -> bool:
    """Whether the parenthesis open before `start` is never closed in `text` ("(Cap. 486)" after it is a pair of its own)."""
    depth = 1
    for c in text[start:]:
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth -= 1
            if not depth:
                return False
    return True


def _blank_line_between(before: TextUnit, unit: TextUnit) -> bool:
    """Whether a blank line stands between the end of `before` and the start of `unit` in the source."""
    return unit.position(0)[0] - before.position(max(0, len(before.text) - 1))[0] > 1


def _after_a_sentence(units: list[TextUnit], i: int) -> bool:
    """The unit before i is none, a heading or the title, or ends a sentence (a clause opening unit i is a new one)."""
    if i == 0 or units[i - 1].kind in ("heading", "title"):
        return True
    last = units[i - 1].text.rstrip(" \t\u3000*")
    return bool(last) and last[-1] in _SENTENCE_END


# (u51k, after eval/blind/round51's held-out velcro-en-txt: not blind) a header's value never filled: the version line
# 'Version 1.0 —' with nothing after its dash, a date label 「生效日期：」, "Last updated:" alone on its line with no date
# in the unit after it (a table's cell or the next line holds it: 「生效日期：」 then 「2024年1月1日」).  Not "Version 1.0 —
# Effective May 2024", nor a label whose date follows.
_EMPTY_VERSION = lazy(
    r"(?<![ \t*_])[ \t*_]*+(?:(?i:version|ver\.?|v)[ \t]*\d+(?:\.\d+){0,3}[ \t]*[—–-]+[ \t*_]*|版本[ \t]*[Vv]?\d+(?:\.\d+){0,3}[ \t]*[—–-]+[ \t*_]*)"
)
_EMPTY_DATE_LABEL = lazy(
    r"(?<![ \t*_])[ \t*_]*+(?:生效日期|生效时间|生效時間|更新日期|更新时间|更新時間|最后更新(?:日期|时间)?|最後更新(?:日期|時間)?|发布日期|發布日期|版本日期"
    r"|(?i:effective[ \t]+date|last[ \t]+(?:updated|modified|revised)(?:[ \t]+on)?|date[ \t]+of[ \t]+(?:last[ \t]+)?update))"
    r"[ \t*_]*+[:：][ \t*_]*"
)
# (u52p, after eval/blind/round51e's biggerlens-zh-txt L3; not blind) the label alone as its whole line, no colon: 「更新日期」
# over the policy's first paragraph, its date variable rendered empty.  Taken only when no digit or Chinese numeral is in
# the start of the unit after it (「最後更新」 over 「本政策於2024年3月修訂。」 has its date there)
_BARE_DATE_LABEL = lazy(
    r"(?<![ \t*_#])[ \t*_#]*+(?:生效日期|更新日期|更新时间|更新時間|最后更新(?:日期|时间)?|最後更新(?:日期|時間)?|发布日期|發布日期|發佈日期"
    r"|(?i:effective[ \t]+date|last[ \t]+(?:updated|modified|revised)(?:[ \t]+on)?))[ \t*_]*"
)
_DATE_NEAR = lazy(r"[0-9０-９〇○零一二三四五六七八九十]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|20\d\d)")
# (review u52r) the date said in words under the label: 「生效日期」 over 「本政策自您同意之日起生效。」, "Effective date" over "This
# policy takes effect upon posting."
_DATE_IN_WORDS = lazy(r"之日|生效|施行|(?i:effective|takes?[ \t]+effect|upon[ \t]+(?:posting|publication))")
# (review u51r2) a date also opens on a Taiwan era (「民國113年1月1日」, 西元), a month from 十 (「十二月 2025」) or a weekday
# ('Monday, 3 March 2025', 「星期一」)
_DATE_START = lazy(
    r"(?<![ \t*_])[ \t*_]*+(?:\d|[〇○零一二]|十[一二]?月|中華民國|中华民国|民國|民国|西元|公元|星期|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun))"
)


def empty_header_values(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of a version line ending on its dash, or a date label alone on its source line with no date
    after it, in the document's first units (its header; plain text joins the header's lines into one paragraph)."""
    units = ctx.units()
    for i, unit in enumerate(units[:8]):
        text = unit.text
        if unit.kind not in ("paragraph", "heading") or in_code(unit, 0):
            continue
        if not any(c in text for c in "—–-:：") and _BARE_DATE_LABEL.fullmatch(text) is None:
            continue
        lines = _source_lines(unit)
        for k, (start, end) in enumerate(lines):
            line = text[start:end]
            rest = text[lines[k + 1][0] :] if k + 1 < len(lines) else (units[i + 1].text if i + 1 < len(units) else "")
            bare = unit.paragraph is None or unit.paragraph.kind == "paragraph"  # a heading or a paragraph: not a cell or an item
            if bare and len(line) <= 24 and len(lines) == 1 and _BARE_DATE_LABEL.fullmatch(line) is not None:
                said = _DATE_NEAR.search(rest[:40]) or _DATE_IN_WORDS.search(rest[:40])
                if said is None and not ctx.doc.computed_date and not ctx.shown_in(unit, 0, end):
                    lead = len(line) - len(line.lstrip(" \t*_#"))
                    yield unit, start + lead, start + len(line.rstrip(" \t*_"))
                continue
            if len(line) > 40 or (_EMPTY_VERSION.fullmatch(line) is None and _EMPTY_DATE_LABEL.fullmatch(line) is None):
                continue
            if _DATE_START.match(rest) is not None:
                continue  # 「生效日期：」 over its date in the next cell or line
            lead = len(line) - len(line.lstrip(" \t*_"))
            if ctx.shown_in(unit, start + lead, end + 1) or ctx.doc.computed_date:
                continue  # 「更新日期：{policyInfo.updated}」: a value the page's code prints there (blanked when read)
            yield unit, start + lead, start + len(line.rstrip(" \t*_"))


def empty_date_labels(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """The date labels of `empty_header_values` (not its version lines): 「更新日期」, 「生效日期：」 with no date after them.
    `date-format` places its "no date" finding on the first, so that `placeholder-empty`, which reports the empty label,
    supersedes it there (one defect, one finding; with `placeholder-empty` ignored, "no date" is shown at the label)."""
    for unit, start, end in empty_header_values(ctx):
        if _EMPTY_VERSION.fullmatch(unit.text[start:end]) is None:
            yield unit, start, end


def _source_lines(unit: TextUnit) -> list[tuple[int, int]]:
    """(start, end) in `unit.text` of each source line it spans (its pieces grouped by line; a unit without pieces: one)."""
    pieces = unit.paragraph.pieces if unit.paragraph is not None else ()
    if len(pieces) < 2:
        return [(0, len(unit.text))]
    spans: list[list[int]] = []  # [start, end, line]
    for piece in pieces:
        if spans and spans[-1][2] == piece.line:
            spans[-1][1] = piece.offset + piece.length
        else:
            spans.append([piece.offset, piece.offset + piece.length, piece.line])
    return [(a, b) for a, b, _ in spans]
