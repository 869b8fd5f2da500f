"""A privacy policy kept as the strings of an i18n Record, one edition per language: read per language, keys as structure.

Fifty-eighth session (u58l, eval/profiles57q civiltools-multi, not blind: found by that set's run): a Next.js
`LanguageContext.tsx` keeps its site's strings as `export const translations: Record<LanguageType, Translations> = {
en: { privacyPageTitle: "Privacy Policy", privacyIntro: "This Privacy Policy explains…", … }, zh: {…}, ja: {…}, es:
{…} }` and shows them through `t.privacyIntro`.  Nothing of it is markup, so the page was read as **empty** ("the
document is empty", 0 findings, 11 false "missing" profile items); a `.ts` module of the same shape was read as plain
text, its keys and braces as paragraphs.  The same Record is written nested (`en: { privacy: { title, intro,
sections: [{ heading, body }] } }`), in a JSON file, or as vue-i18n's `messages` (`createI18n({ messages: { en, zh } })`).

What is read (`translation_record`): an object literal declared in the module (`[export] const|let|var NAME[: TYPE] =
{`, `export default {`, `messages: {`, or a JSON file's root), read by the catalogue's literal reader
(`load.catalogue_units.literal_units`: strings, numbers, objects, arrays, `as const`/`satisfies` after it; a function,
a spread, a `${…}` slot or a name used as a value leaves the literal unread), whose top keys are at least two language
tags, one of them Chinese (`load.jsx_locale.language_keys`); only a literal whose first key is a language tag opening
an object is parsed, in a file with a Chinese edition's key and a key naming the policy (cheap tests first).  In each language the policy's strings are those under a
key naming the policy (`privacy`, `privacyPolicy`, `privacy_policy`, `policy`) or prefixed with it (`privacyIntro`,
`privacy_title`); every other string (the site's menu, its terms, its buttons) is not read.  A key naming a heading
(`title`, `heading`, `header`, `h1`…`h6`, or ending so: `collectTitle`, `section_heading`; never `subtitle`) is a
heading: the policy's own title (`privacy.title`, `privacyPageTitle`) at level 1, a section's at level 2 (one level
deeper for each array it stands in below the first); any other string a paragraph, or a list item in an array under
`items`/`points`/`list`/`li`.  A short label (three words or eight Chinese characters at most, no sentence mark: the
menu's 「Privacy Policy」, a button's 「Back」; never a list's item nor a value holding four digits, u58h2) and a string under a key naming a link, an image, a button or the page's
metadata (`load.catalogue.NOT_POLICY_KEY`) are not read.

A multi-language Record is **all of its editions, in their order in the source**, each starting at its own title (the
heading its strings give: no heading is made up), as `load.jsx_editions` reads a page's editions: the app shows one,
the reviewer reads them all, and a profile finds a disclosure in whichever edition states it.  Only a document: one
edition at least must hold `_MIN_HAN` Chinese characters or `_MIN_WORDS` English words of body text, else the file
is read as before.  A warning names what was read.  The Record's other strings (its menu, its terms) are no text of
the document; the placeholder rules still read them as a page's script literals (`Document.scripts`).  A file read as
text otherwise (a `.ts`/`.js` module, a JSON file: every string seen, keys and all) is read so only when the policy is
all the Record's prose (sentences: eight English words or twelve Chinese characters; and no twelve Chinese characters
of the module stand outside the Record): a module that also keeps its terms' sentences stays as it was, so a slot left in the terms
(eval/blind/round36b rankwoven-hk-ts, 7 of them) stays a finding.  A component page (`.tsx`, `.jsx`) read as empty
is read so whatever else the Record holds: nothing of it was read before.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.catalogue import NOT_POLICY_KEY, Unit, form_input_lines
from policylens.load.catalogue_units import MAX_CHARS, literal_units
from policylens.load.jsx_locale import language_keys, language_tag
from policylens.load.types import Parsed
from policylens.model import Block, BlockKind, Piece
from policylens.patterns import FIELD_CAPTION, HAN_CHAR

RECORD_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts", ".json")
# where an object literal of the module starts: a declaration, a default export, vue-i18n's `messages:` (at a line's start)
_OPENER = lazy(
    r"(?m)^[ \t]*+(?:(?:export[ \t]++)?(?:const|let|var)[ \t]++[A-Za-z_$][\w$]*+"
    r"(?:[ \t]*+:[ \t]*+[\w$.]++(?:<[\w$.,| \t]{0,80}>)?(?:\[\])?)?[ \t]*+=|export[ \t]++default|messages[ \t]*+:)[ \t]*+\{"
)
# (a cheap test first) a Chinese edition's key opening an object: `zh: {`, `"zh-CN": {`, `'zh_TW': {`
_CHINESE_EDITION = lazy(r"""(?<![\w$.-])['"]?(?:zh|cn|tw|hk|yue|zht|zhs|cht|chs)(?:[-_][A-Za-z]{2,4}){0,2}+['"]?[ \t]*+:[ \t\r\n]*+\{""")
# a literal whose first key is a language tag opening an object (`{ en: {`, `{\n  "zh-CN": {`): the only ones parsed
_FIRST_EDITION = lazy(r"""['"]?([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4}){0,2}+)['"]?[ \t]*+:[ \t\r\n]*+\{""")
_BLANKS = lazy(r"(?:[ \t\r\n]++|//[^\n]*+)*+")  # white space and line comments before it (skipped first: no search)
# a key naming the policy somewhere in the file (`privacy: {`, `privacyIntro:`, `"privacy_policy":`)
_POLICY_KEY_USED = lazy(r"""(?<![\w$.-])['"]?(?:[Pp]rivacy|PRIVACY|[Pp]olicy)[\w-]*+['"]?[ \t]*+:""")
_WORDS = lazy(r"[A-Za-z][A-Za-z'’-]*+")
_SENTENCE_MARK = lazy(r"[.:;,!?。：；，！？、]")
_INDEX = lazy(r"\[\d++\]")
# a key naming the policy, or a flat key prefixed with its name (`privacyIntro`, `privacy_title`, `PRIVACY_TITLE`)
_POLICY_KEY = lazy(r"(?:[Pp]rivacy(?:[-_]?[Pp]olicy)?|PRIVACY(?:_POLICY)?|[Pp]olicy)(?=$|[-_A-Z0-9])[-_]?")
_HEADING_WORDS = ("title", "heading", "header")
_HEADINGS = frozenset({*_HEADING_WORDS, "titles", "headings", "h1", "h2", "h3", "h4", "h5", "h6"})
_PAGE_TITLE = frozenset({"", "title", "pagetitle", "heading", "header", "h1", "doctitle", "documenttitle"})
_LIST_KEYS = frozenset({"items", "points", "list", "li", "bullets"})
# (u59l) a key naming the operator or a contact (`company`, `companyName`, `operator_name`, `dpo`, `address`): its short
# value (「小鹿科技」) is the policy's, no menu label
_NAME_KEY = lazy(
    r"(?i)(?:company|corporation|organi[sz]ation|operator|developer|entity|controller|publisher|owner|address|dpo|officer)(?:[-_]?name)?$"
)
# (u59l) a short value that names an organisation by its ending: 「小鹿科技」, 「某某有限公司」, 'Acme Ltd.'
_ORG_NAME = lazy(r"(?:公司|集团|集團|工作室|科技|Inc\.?|Ltd\.?|LLC|GmbH|Co\.)$")
# (u59h) a value that is a field's caption, not a name (`_named`)
_CAPTION = lazy(FIELD_CAPTION, re.I)
# (u59l) a part of a key naming the app's settings (`privacySettings`, `privacy.settings`, `privacy_options`): the
# privacy toggles' captions (「允许个性化推荐」, 'Allow personalised ads') and their hints, no policy
_SETTINGS_PART = lazy(r"^[-_]?(?i:settings?|prefs|toggles?|switch(?:es)?)(?![a-z])")
_MIN_HAN = 40  # Chinese characters of body text one edition must hold…
_MIN_WORDS = 60  # …or English words
_MAX_LITERALS = 50  # object literals of one module looked at
_MIN_OUTSIDE = 12  # Chinese characters outside the Record that keep a module read as text (`alone`) as it was


def translation_record(path: str, text: str, *, alone: bool = False) -> Parsed | None:
    """The policy a module's i18n Record keeps, all its editions in order (see the module doc), or None.

    `alone`: the file is read as text otherwise, every string of it seen, so the Record is read only when the policy is
    all its prose: no other document's sentence in it (`_sentence`), no Chinese text of the module outside it."""
    if not path.lower().endswith(RECORD_SUFFIXES) or len(text) > MAX_CHARS:
        return None
    if _CHINESE_EDITION.search(text) is None or _POLICY_KEY_USED.search(text) is None:
        return None
    starts = [m.end() - 1 for m in _OPENER.finditer(text) if _first_edition(text, m.end())]
    if path.lower().endswith(".json"):
        body = text.lstrip("\ufeff \t\r\n")
        at = len(text) - len(body)
        starts = [at] if body.startswith("{") and _first_edition(text, at + 1) else []
    for literal in literal_units(text, starts[:_MAX_LITERALS]):
        if literal is None:
            continue
        start, found, end = literal
        read = _editions(found)
        if read is not None:
            blocks, languages = read
            used = {(b.line, b.column) for b in blocks}
            others = [u for u in found if (u.line, u.column) not in used and u.text.strip()]
            if alone and (
                any(_sentence(u.text) and _policy_part(u.key) is None for u in others)
                or len(HAN_CHAR.findall(text, 0, start)) + len(HAN_CHAR.findall(text, end)) >= _MIN_OUTSIDE
            ):
                return None  # (eval/blind/round36b rankwoven-hk-ts: the terms' slots were findings of the text read)
            shown = ", ".join(languages)
            warning = (
                f"read as a policy kept in an i18n record: the privacy strings of its {len(languages)} editions ({shown})"
                f" from line {_line(text, start)}, in their order; its other strings and the code are not read"
            )
            parsed = Parsed(blocks, warnings=[warning])
            # the Record's other strings (its terms, its menu) are no part of the policy, but a slot left in them is
            # still a finding: the placeholder rules read them as a page's script literals (`load.scripts`)
            # (u58h2) but not a form input's hint (「请输入[公司名称]」 under `companyPlaceholder`), which a catalogue's
            # reading (the base's, for such a module) silences: no finding of the app's own strings
            inputs = form_input_lines(text)
            parsed.scripts = [(u.text, (_piece(u),)) for u in others if u.line not in inputs]
            return parsed
    return None


def _first_edition(text: str, at: int) -> bool:
    """Whether the object literal opened just before `at` starts with a language tag's edition (`en: {`)."""
    blank = _BLANKS.match(text, at)
    m = _FIRST_EDITION.match(text, blank.end() if blank is not None else at)
    return m is not None and language_tag(m.group(1))


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _editions(found: list[Unit]) -> tuple[list[Block], list[str]] | None:
    """The blocks of every edition of a Record whose top keys are languages, and their tags; None if it is none."""
    languages: list[str] = []
    for unit in found:
        root = unit.key.split(".", 1)[0].split("[", 1)[0]
        if root not in languages:
            languages.append(root)
    if not language_keys(languages):
        return None
    blocks: list[Block] = []
    read: list[str] = []
    enough = False
    grouped: dict[str, list[Unit]] = {}  # (u59l) the units of each edition, in one pass (not one pass per language)
    for unit in found:
        root, dot, _ = unit.key.partition(".")
        if dot and "[" not in root:
            grouped.setdefault(root, []).append(unit)
    for language in languages:
        edition = [b for u in grouped.get(language, ()) if (b := _policy_block(u.key[len(language) + 1 :], u))]
        if not edition:
            continue
        body = " ".join(b.text for b in edition if b.kind != "heading")
        enough = enough or len(HAN_CHAR.findall(body)) >= _MIN_HAN or len(_WORDS.findall(body)) >= _MIN_WORDS
        blocks.extend(edition)
        read.append(language)
    if not enough:
        return None
    return blocks, read


def _policy_block(key: str, unit: Unit) -> Block | None:
    """A unit of one edition (`key` below its language) as a block when it is the policy's, else None."""
    local = _policy_part(key)
    if local is None:
        return None
    named = [p for p in local if not _INDEX.fullmatch(p)]
    last = named[-1] if named else ""
    text = unit.text.strip()
    if _heading_key(last):
        if not text or any(NOT_POLICY_KEY.search(p) for p in named[:-1]):
            return None
        arrays = sum(bool(_INDEX.fullmatch(p)) for p in local)
        level = 1 if len(local) <= 1 and last.replace("_", "").lower() in _PAGE_TITLE else min(2 + max(arrays - 1, 0), 6)
        return _block("heading", unit, level)
    listed = len(local) >= 2 and _INDEX.fullmatch(local[-1]) is not None and local[-2].lower() in _LIST_KEYS
    # (u58h2) a list's item is no label, however short (「设备型号」, 「IP地址」: what is collected); (u59l) nor the operator's
    # name or address under a key naming it (`company: '小鹿科技'`), nor a value naming an organisation
    if any(NOT_POLICY_KEY.search(p) for p in named) or (not listed and _label(text) and not _named(last, text)):
        return None
    return _block("item" if listed else "paragraph", unit, None)


def _named(key: str, text: str) -> bool:
    """Whether a short value is a name of the policy's, not a label: under a key naming the operator or a contact, or
    naming an organisation by its ending (u59l).  (u59h) Not a field's caption under such a key, the form's label the
    same keys hold in every i18n file (`company: '公司名称'`, `address: 'Address'`, `owner: '负责人'`, `companyName:
    'Company name'`): `patterns.FIELD_CAPTION` or the key's own word."""
    value = text.strip()
    if _ORG_NAME.search(value) is not None:
        return True
    return _NAME_KEY.search(key) is not None and _CAPTION.match(value) is None and _NAME_KEY.search(value.replace(" ", "")) is None


def _heading_key(key: str) -> bool:
    """A key naming a heading: `title`, `heading`, `header`, `h1`…`h6`, or ending so (`collectTitle`), never a subtitle."""
    low = key.lower()
    return low in _HEADINGS or (low.endswith(_HEADING_WORDS) and not low.replace("_", "").replace("-", "").endswith("subtitle"))


def _sentence(text: str) -> bool:
    """A sentence of another document (eight English words or twelve Chinese characters, as `load.catalogue`'s)."""
    return len(HAN_CHAR.findall(text)) >= 12 or len(_WORDS.findall(text)) >= 8


def _policy_part(key: str) -> list[str] | None:
    """The parts of a key path below the key naming the policy (`privacy.sections[0].title` → `sections`, `[0]`,
    `title`; `privacyIntro` → `Intro`), or None when no key of it names the policy.  A key that is the name alone
    holding a string (no part below) is the menu's label, 「Privacy Policy」, or the whole policy in one string."""
    parts = key.replace("[", ".[").split(".")
    for k, part in enumerate(parts):
        m = _POLICY_KEY.match(part)
        if m is not None:
            local = ([part[m.end() :]] if m.end() < len(part) else []) + parts[k + 1 :]
            # (u59l) the privacy settings' strings (`privacySettings.personalizedAds.desc`, `privacy.settings.ads`): a
            # settings page, no policy; a string's own key below a section (`choices.settingsNote`) is read
            return None if any(_SETTINGS_PART.match(p) for p in local[:1] + local[:-1]) else local
    return None


def _label(text: str) -> bool:
    """A menu's or a button's label: three words or eight Chinese characters at most, no sentence mark, no number."""
    if _SENTENCE_MARK.search(text) is not None or "@" in text or sum(map(str.isdigit, text)) >= 4:
        return False  # (u58h2) a value holding a number is no label: a phone, a date (「2024年7月1日」)
    return len(_WORDS.findall(text)) <= 3 and len(HAN_CHAR.findall(text)) <= 8


def _block(kind: BlockKind, unit: Unit, level: int | None) -> Block:
    """A unit's string as a block at its line and column (a string written over several lines, or with escapes, mapped
    from its start)."""
    return Block(kind, unit.text, unit.line, unit.column, unit.line, (_piece(unit),), level=level)


def _piece(unit: Unit) -> Piece:
    """A unit's one piece: its text from its first character (`width` when its source is longer: escapes)."""
    width = unit.width if unit.width >= 0 and unit.width != len(unit.text) else None
    return Piece(0, len(unit.text), unit.line, unit.column, width)
