"""Text a React or Vue page keeps in the attributes of a component: `<LanguageText en="We collect…" zh="我们收集…" />`.

Thirty-ninth session (u39j).  Bilingual pages keep each sentence of the policy in the props of a small component of
their own, `<LanguageText en="…" zh="…" />`, `<B zh="…" en="…" />`, Vue's `<lang-text zh="…" en="…"/>`, or a list
entry's `<Item label="设备信息" desc="包括设备型号…" />`.  The HTML reader reads children, not attributes, so such a
page read as its headings and nothing else: its whole policy dropped without a word (a real Next.js privacy page, 27
sentences in `zh=`/`en=` props, read as empty paragraphs).

What is read (`shown_props`), each value at its own offset in the start tag, in the order written:

- locale props (`zh`, `cn`, `en`, `tw`, `hk`, `zh-CN`, `zhTW`, `zhText`, `titleZh`, `enTitle`…) when at least one of the
  tag's holds Chinese: the page shows one of them by its language, or both, and each is the same text in another
  language (as `load.jsx_locale` reads every branch of a language switch); inside a heading only the first Chinese one
  (a heading keeps one title);
- a text prop (`text`, `content`, `desc`, `description`, `label`, `subtitle`, `summary`, `body`, `caption`, `note`,
  `detail`; u48k: a block's own, `noticeBody`, `introText`, `sectionContent`) whose value holds Chinese;
- a section component's `title` or `heading` that `load.jsx.title_prop` does not take as its title (over 200
  characters, or written across lines), holding Chinese: the page shows it, as a paragraph here (u40h).

Neither of a form field, tooltip, toast, image, icon, button, tab, translation or page-head component (`_NOT_SHOWN`: its
text is a hint, a hover, a flash, a control's caption or the browser tab's).

Never read: any other attribute (`className`, `id`, `key`, `href`, `icon`, `alt`, `placeholder`), a value that is a key
(`privacy.collect.title`), a URL, a value without a letter, and every `{…}` value (code, blanked by `load.jsx`).
Nor the text props of a component given its sections as data (`sections={sections}`, read by `load.jsx_data` at the
data's own lines: where the page shows a `summary="…"` among them is not told); u48k: unless the data is an inline array
(`paragraphs={[…]}`), which no reader reads at other lines.  `title`, `heading` and `label` of a
section component are its heading (`load.jsx.title_prop`), not read here.
"""

from __future__ import annotations

import html

from policylens.lazyre import lazy
from policylens.load.jsx import EDITION_PROP, ITEM_PROP, section_component, title_prop
from policylens.load.server_code import CODE
from policylens.patterns import HAN_CHAR, SENTENCE_MARKS

# one attribute of a start tag: its name and a quoted value (a `{…}` value is blanked already)
# (u40h: of any length, and every attribute of the tag: a `zh="…"` over 4,000 characters, or a `desc="…"` after the
# fortieth attribute, was dropped without a word)
_ATTRIBUTE = lazy(r"""\s([A-Za-z_][\w:.-]{0,60}+)[ \t\r\n]*+=[ \t\r\n]*+(?:"([^"]*+)"|'([^']*+)')""")
_LOCALE = r"(?:zh|cn|en|tw|hk|chinese|english)(?:[-_]?(?:cn|tw|hk|hans|hant|us|gb))?"
_PART = r"(?:text|title|content|desc|description|label|body|cite|subtitle)"
_LOCALE_PROP = lazy(rf"(?i){_LOCALE}|{_PART}[-_]?{_LOCALE}|{_LOCALE}[-_]?{_PART}")
_TEXT_PROP = lazy(
    r"(?i)text|content|desc|description|label|subtitle|summary|body|caption|note|detail|eyebrow|lead|intro"
    # (u50l, eval/blind/round50d aigen-zh-tsx, found by m50p: not blind) Vant's and Taroify's `<Cell title="…"
    # brief="…" />`: a list cell's text under its title
    r"|brief"
    # (u48k, eval/blind/round48 handoffterms-zh-en-tsx) a block's text named for the block: `noticeBody`, `introText`,
    # `sectionContent` (a control's, `placeholderText`, `okText`, `errorText`, names no such block)
    r"|(?:notice|intro|section|legal|policy|page|hero|banner|card|info|main)(?-i:Body|Text|Content|Description|Note)"
)
# components whose text props are no text of the page: a form field's label or hint, a hover, a flash, an image's,
# an icon's, the document head's (matched on a word of the name's last part)
_NOT_SHOWN = lazy(
    r"(?:^|[-_.])(?:tooltip|popover|popconfirm|toast|message|notification|notify|snackbar|alert|input|textarea|field"
    r"|formitem|form-item|select|option|checkbox|radio|switch|picker|image|img|icon|avatar|helmet|seo|meta|button"
    r"|btn|tab|tabs|trans|formattedmessage)(?:$|[-_.])|^(?:head|next-head|document-head)$"
)
# a section title's shape: short, no sentence's end (「我们收集的个人信息」, not 「我们仅在…范围内收集个人信息。」)
_TITLE_MAX = 40
_SENTENCE_END = lazy(rf"[{SENTENCE_MARKS}]\s*+$")
# a prop passing the component its sections as data (`load.jsx_data` reads them at the constant's own lines): where its
# text props stand among them is not told, so they are left (「<LegalDocument summary="…" sections={sections} />」)
_DATA_PROP = lazy(
    r"(?i)\s(?:sections|items|data|list|rows|entries|blocks|paragraphs|clauses|articles)[ \t\r\n]*+="
    # (u48k) not an inline array (`paragraphs={[…]}`, its `[` kept by `load.jsx.expressions`): no other reader reads it
    r"(?![ \t\r\n\ufdd1]*+\[)"
)
# a section component's title props (`load.jsx.title_prop`): one it does not take as a title (over 200 characters, or
# across lines: 「<Section title="…一段 276 字的说明…">」) is read as a paragraph, not dropped without a word (u40h)
_TITLE_PROPS = frozenset({"title", "heading"})
_WORD_START = lazy(r"(?<=[a-z0-9])(?=[A-Z])")
_KEY = lazy(r"\A[A-Za-z_][\w-]*+(?:[.:][\w-]++)++")
_URL = lazy(r"(?i)(?:https?:|mailto:|tel:|/|\./|#)\S*+")


def body_prop(name: str) -> bool:
    """(u48l) Whether a prop named `name` holds a block of the page's text (`noticeBody`, `description`, `content`), not
    a caption (`label`, `caption`, `eyebrow`): its two editions written as a language switch are both read."""
    return name == ITEM_PROP or (_TEXT_PROP.fullmatch(name) is not None and name.lower() not in _CAPTIONS)


_CAPTIONS = frozenset({"label", "caption", "eyebrow", "subtitle"})


def tab_title(name: str) -> bool:
    """(u50l) Whether a component named `name` may show its `title` in the browser's tab, not on the page (「<Layout
    title="隐私政策">」, 「<Page title=…>」, 「<PolicyPage title=…>」, 「<Head>」, 「<Seo>」): its title is not read as a line."""
    words = _WORD_START.sub("-", name.rsplit(".", 1)[-1]).lower()
    return _TAB_TITLE.search(words) is not None


_TAB_TITLE = lazy(r"(?:^|-)(?:layout|page|document|html|head|seo|meta|helmet)$")


def not_shown(name: str) -> bool:
    """Whether a component named `name` shows no text of the page (`_NOT_SHOWN`: a form field, a tooltip, a toast, an
    image, a button, the page head's `Seo`, `Helmet`, `Head`…), matched on the words of its name's last part."""
    words = _WORD_START.sub("-", name.rsplit(".", 1)[-1]).lower()  # 「FormattedMessage」 → formatted-message
    return _NOT_SHOWN.search(words) is not None


def locale_title(name: str, start_tag: str) -> tuple[int, str] | None:
    """(offset, text) of the title a section component opened with its editions as props gives (「<LegalSection n={2}
    zh="我们收集的个人信息" en="Personal Information We Collect">」 around its paragraphs): its first Chinese locale
    value, when it is shaped as a title (short, no sentence's end) and the component is a section (`title_prop`'s
    judgement: not a tooltip, a button, a layout…); None otherwise."""
    if not section_component(name):
        return None
    for offset, value, han, locale in _values(name, start_tag):
        if locale and han:
            return (offset, value) if len(value) <= _TITLE_MAX and _SENTENCE_END.search(value) is None else None
    return None


def shown_props(
    name: str, start_tag: str, *, in_heading: bool = False, titled: bool = False, closed: bool = False, headed: bool = False
) -> list[tuple[int, str]]:
    """(offset in `start_tag`, text) of each attribute value the component `name` shows as text (see module doc), in
    the order written; [] when none.  `in_heading`: the tag stands in a heading (only the first Chinese locale value);
    `titled`: its locale props gave the section's title (`locale_title`), so they are not read again; `closed`: a
    self-closed tag, whose `title`/`label` no section title took (「<TableRow label="帳號識別資料" desc="…" />」), unless
    `headed`: one of the page's own components, whose definition tells where its `title=` goes (the section's heading,
    or the page head's `<Seo>`: `load.jsx_local`), read as no line here (u50l)."""
    values = _values(name, start_tag, closed=closed, headed=headed)
    locale = [(offset, value, han) for offset, value, han, is_locale in values if is_locale and not titled]
    texts = [(offset, value) for offset, value, _, is_locale in values if not is_locale]  # (u48l: an edition too)
    if not any(han for _, _, han in locale):
        locale = []
    elif in_heading:
        locale = [next(item for item in locale if item[2])]
    return sorted([(offset, value) for offset, value, _ in locale] + texts)


def _values(name: str, start_tag: str, *, closed: bool = False, headed: bool = False) -> list[tuple[int, str, bool, bool]]:
    """(offset, value, holds Chinese, is a locale prop) of the start tag's text and locale props (see module doc)."""
    if "=" not in start_tag or HAN_CHAR.search(start_tag) is None:
        return []
    if not_shown(name):
        return []
    data = _DATA_PROP.search(start_tag) is not None
    titled = None if closed else title_prop(name, start_tag)
    untitled = titled is None and not closed and section_component(name)  # a section component whose title is no title
    found: list[tuple[int, str, bool, bool]] = []
    titles: list[tuple[int, str, bool, bool]] = []  # `title`/`heading` values no section title took (u50l)
    last: tuple[str, tuple[int, str, bool, bool] | None] = ("", None)  # the prop before, and its value if unread
    for m in _ATTRIBUTE.finditer(start_tag):
        group = 2 if m.group(2) is not None else 3
        raw = m.group(group)
        value = html.unescape(raw).strip()
        if not value or CODE in value or not any(c.isalpha() for c in value) or _KEY.fullmatch(value) or _URL.fullmatch(value):
            last = ("", None)
            continue
        offset = m.start(group) + len(raw) - len(raw.lstrip())
        if titled is not None and titled[0] == offset:
            continue  # the section's title (`title_prop`)
        han = HAN_CHAR.search(value) is not None
        prop = m.group(1)
        if prop == EDITION_PROP:
            # (u48l) a text prop's other edition (`load.jsx.attributes._switch_attribute`): read with its partner when
            # one of the two holds Chinese
            before, unread = last
            if not data and body_prop(before) and (han or unread is None):
                if unread is not None:
                    found.append(unread)
                found.append((offset, value, han, False))
            last = ("", None)
            continue
        last = (prop, None if han else (offset, value, han, False))
        if _LOCALE_PROP.fullmatch(prop):
            found.append((offset, value, han, True))
        elif han and not data and (_TEXT_PROP.fullmatch(prop) or prop == ITEM_PROP):
            found.append((offset, value, han, False))
        elif han and not data and untitled and prop in _TITLE_PROPS:
            found.append((offset, value, han, False))  # (u40h) a title too long for one (`title_prop`) is the page's text
        elif han and not data and titled is None and not headed and prop in _TITLE_PROPS and not tab_title(name):
            titles.append((offset, value, han, False))
    if titles and any(not is_locale for _, _, _, is_locale in found):
        # (u50l) the title no section title took of a component whose text props are read (「<Cell title='账号注册'
        # brief='通过微信授权登录…' />」, 「<Collapse.Item title='一、服务内容与账户管理' brief='…'>」): the line over its text
        found.extend(titles)
    return found
