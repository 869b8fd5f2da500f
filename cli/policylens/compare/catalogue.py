"""A message catalogue as `compare` reads it: each string value a unit at its line, its key path the unit's identity.

An app keeps its privacy policy as the strings of its i18n catalogues (`locales/en/privacy.json`,
`locales/zh-TW/privacy.json`, a Flutter `.arb`).  `check` reads such a file as text, each value where it stands
(`load.catalogue`); `compare` read it as one paragraph of raw JSON, keys, quotes and brackets included (eval/editions52,
fifty-second session: no section was aligned, English was never compared with Chinese sentence by sentence, and a faithful
Simplified ↔ Traditional pair was one sure 'content differs' over its whole text).

Here each string value is a paragraph at its own line and column, and each unit of the catalogue a section of its own:
a string under an object's key, or a list of strings (its items the section's paragraphs).  The section's title and its
`anchor` are the unit's key path (`changeNote`, `meta.description`, `sections[2].content`): the same key in the English
and the Chinese edition is the same unit (`key_pairing`), whatever the order of the keys.  A key one edition has and the
other lacks is a sure gap only when its value is policy text (`policy_text`): a sentence, not a page's metadata (`meta`,
`seo`, `og`), another page's strings (`terms`), a link, a label or a title.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from typing import Any, NamedTuple

from policylens.lazyre import lazy
from policylens.model import Document, Paragraph, Piece, Section

# Catalogues read unit by unit: a JSON object of strings (`load.catalogue` decides, by content)
SUFFIXES = (".json", ".arb")

# One JSON token after blanks: a string, a punctuation mark, or a number or literal
_TOKEN = lazy(r'[ \t\r\n]*+(?:(?P<s>"(?:[^"\\]|\\.)*+")|(?P<p>[{}\[\]:,])|(?P<l>[-+.\w]++))')

# A key path segment that is a page's metadata, another page's strings, or an asset: its value is no policy text
_NOT_POLICY_KEY = lazy(
    r"(?i)^(?:meta|metadata|seo|og|opengraph|twitter|head|image|images|img|icon|url|href|link|links|src|path|route|"
    r"terms|tos|conditions|eula|agreement|cookies?_?banner|nav|menu|footer|header|button|buttons|cta|breadcrumbs?)$"
    r"|(?:image|img|icon|url|href|link|src|label|button|placeholder)s?$"
)
# A unit's value that is policy text: a sentence of English (eight words) or of Chinese (twelve Han characters)
_ENGLISH_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*+")
_HAN = lazy(r"[\u3400-\u9fff\uf900-\ufaff]")
_MIN_WORDS = 8
_MIN_HAN = 12
# Key sets overlap enough to align two editions by key: this share of the smaller edition's keys is in the other
KEY_OVERLAP = 0.5


class Unit(NamedTuple):
    """One string value of a catalogue, where it stands."""

    key: str  # its key path: `policy`, `meta.description`, `sections[2].title`
    text: str
    line: int
    column: int  # 1-based, of the value's first character (after its quote)
    width: int  # its source characters between the quotes
    item: bool  # a string of a list


def units(text: str) -> list[Unit] | None:
    """The string values of a JSON catalogue in the order they are written, or None when `text` is no JSON object."""
    body = text.lstrip("\ufeff")
    starts = [0]
    starts.extend(k + 1 for k, c in enumerate(body) if c == "\n")
    # a frame per open container: [is_object, path, next key or list index, expecting a key]
    stack: list[list[object]] = []
    found: list[Unit] = []
    pos = 0
    while pos < len(body):
        m = _TOKEN.match(body, pos)
        if m is None:
            if body[pos:].strip():
                return None
            break
        pos = m.end()
        mark, string = m.group("p"), m.group("s")
        if mark in ("{", "["):
            path = _path(stack) if stack else ""
            stack.append([mark == "{", path, None if mark == "{" else 0, mark == "{"])
            continue
        if not stack:
            return None
        top = stack[-1]
        if mark in ("}", "]"):
            stack.pop()
            if not stack and body[pos:].strip():
                return None
            continue
        if mark == ":":
            top[3] = False
            continue
        if mark == ",":
            if top[0]:
                top[3] = True
            else:
                top[2] = int(top[2]) + 1  # type: ignore[call-overload]
            continue
        if string is not None and top[0] and top[3]:
            try:
                top[2] = json.loads(string)
            except ValueError:
                return None
            continue
        if string is not None:
            try:
                value = json.loads(string)
            except ValueError:
                return None
            start = m.start("s") + 1
            line = bisect_right(starts, start) - 1
            found.append(Unit(_path(stack), value, line + 1, start - starts[line] + 1, len(string) - 2, not top[0]))
    return None if stack else found


def _path(stack: list[list[object]]) -> str:
    """The key path of the value the innermost open container is at: `a.b[2].c`."""
    out = ""
    for is_object, _, at, _ in stack:
        if is_object:
            out += f".{at}" if out else str(at)
        else:
            out += f"[{at}]"
    return out


def _unit_key(unit: Unit) -> str:
    """The key of the section a unit belongs to: a list's strings are one unit, keyed by the list."""
    return unit.key.rsplit("[", 1)[0] if unit.item else unit.key


def document(doc: Document, text: str) -> Document | None:
    """`doc` (a catalogue read as text) with one section per unit of the catalogue (see the module doc), or None when
    its text is no JSON object of strings."""
    from policylens.structure.language import languages

    found = units(text)
    if not found:
        return None
    groups: dict[str, list[Unit]] = {}
    for unit in found:
        groups.setdefault(_unit_key(unit), []).append(unit)
    sections: list[Section] = []
    for key, members in groups.items():
        paragraphs = tuple(
            Paragraph(u.text, u.line, u.column, u.line + u.text.count("\n"), "item" if u.item else "paragraph", _pieces(u))
            for u in members
            if u.text.strip()
        )
        if not paragraphs:
            continue
        first = members[0]
        sections.append(Section(f"s{len(sections)}", None, 1, key, None, first.line, first.column, paragraphs, anchor=key))
    if not sections:
        return None
    langs, per_paragraph = languages([([s.title or ""], [p.text for p in s.paragraphs]) for s in sections])
    sections = [
        s._replace(lang=lang, paragraphs=tuple(p._replace(lang=pl) for p, pl in zip(s.paragraphs, plangs, strict=True)))
        for s, lang, plangs in zip(sections, langs, per_paragraph, strict=True)
    ]
    return doc._replace(sections=tuple(sections))


def _pieces(unit: Unit) -> tuple[Piece, ...]:
    """Where the value's text stands: one run, decoded from `width` source characters when it held an escape."""
    if "\n" in unit.text:
        return ()
    return (Piece(0, len(unit.text), unit.line, unit.column, None if unit.width == len(unit.text) else unit.width),)


def keyed(doc: Document) -> dict[str, int]:
    """The sections of a catalogue read by `document`, by key path (empty for any other document)."""
    if doc.catalogue is None or not doc.source.path.lower().endswith(SUFFIXES):
        return {}
    out: dict[str, int] = {}
    for k, s in enumerate(doc.sections):
        if s.anchor is None or s.anchor != s.title or s.line is None:
            return {}
        out[s.anchor] = k
    return out


def key_pairing(base: Document, other: Document) -> tuple[dict[int, int], list[int], list[int]] | None:
    """(other section → base section, base sections without a counterpart, other sections without one) by key path, when
    both documents are catalogues whose key sets overlap (`KEY_OVERLAP` of the smaller); else None."""
    a, b = keyed(base), keyed(other)
    if not a or not b:
        return None
    shared = a.keys() & b.keys()
    if len(shared) < KEY_OVERLAP * min(len(a), len(b)):
        return None
    to_base = {b[k]: a[k] for k in shared}
    return to_base, sorted(a[k] for k in a.keys() - shared), sorted(b[k] for k in b.keys() - shared)


def _key_parts(section: Section) -> list[str]:
    key = section.anchor or ""
    return [p for p in key.replace("[", ".").replace("]", "").split(".") if p and not p.isdigit()]


def aside(doc: Document) -> frozenset[int]:
    """The sections of a keyed catalogue that are a page's metadata, another page's strings or an asset (`meta.image`,
    `terms.title`): their facts are no policy's (the og image's URL, the terms page's title)."""
    if not keyed(doc):
        return frozenset()
    return frozenset(k for k, s in enumerate(doc.sections) if any(_NOT_POLICY_KEY.search(p) for p in _key_parts(s)))


def keyed_changes(changes: list[dict[str, Any]], base: Document, other: Document) -> list[dict[str, Any]]:
    """`changes` (diff/1, base old, other new) with a deleted line and an inserted line of one key (a list's item at the
    same index, `anonymous_list[3]`) read as one line written otherwise: the catalogue says they are one string
    translated apart, which `diff` could not pair by their letters (eval/editions52 notepaddle: 「不會將任何資料傳送至伺服器」 /
    「不向我们的服务器传输任何数据」 was two sure clauses of one edition only)."""
    old_keys, new_keys = _line_keys(base), _line_keys(other)
    inserted: dict[str, int] = {}
    for k, c in enumerate(changes):
        key = new_keys.get(c.get("new_line") or 0) if c.get("op") == "insert" else None
        if key is not None:
            inserted.setdefault(key, k)
    merged: dict[int, dict[str, Any]] = {}
    dropped: set[int] = set()
    for k, c in enumerate(changes):
        key = old_keys.get(c.get("old_line") or 0) if c.get("op") == "delete" else None
        partner = inserted.get(key) if key is not None else None
        if partner is None or partner in dropped:
            continue
        merged[k] = {**c, "op": "replace", "new_line": changes[partner].get("new_line"), "new_text": changes[partner].get("new_text")}
        dropped.add(partner)
    return [merged.get(k, c) for k, c in enumerate(changes) if k not in dropped]


def _line_keys(doc: Document) -> dict[int, str]:
    """The key of the one string on each line of a keyed catalogue (`list[3]` for a list's item); a line holding two
    strings (a catalogue on one line) has none."""
    out: dict[int, str] = {}
    shared: set[int] = set()
    for s in doc.sections:
        for k, p in enumerate(s.paragraphs):
            if p.line in out:
                shared.add(p.line)
            out[p.line] = f"{s.anchor}[{k}]" if p.kind == "item" else s.anchor or ""
    return {line: key for line, key in out.items() if line not in shared}


def translated_apart(report: Any, sections: list[dict[str, Any]], share: float) -> bool:
    """Whether more than `share` of the strings of two catalogues' paired keys differ beyond script and regional wording
    (`diff`'s report and its diff/1 sections): independent translations, not one converted into the other's script."""
    paired = changed = 0
    for s, entry in zip(report.sections, sections, strict=True):
        if s.old is None or s.new is None:
            continue
        paired += len(s.old.paragraphs)
        lines = {c.get("old_line") or -(c.get("new_line") or 0) for c in entry["changes"] if not (c.get("variant") or c.get("reworded"))}
        changed += min(len(lines), len(s.old.paragraphs))
    return paired >= 3 and changed > share * paired


# A string that names deleting the user's data: "wish to remove all of your data", 「希望將你的所有資料移除」, 「注销账号」
_ERASE_EN = lazy(r"(?i)\b(?:delet|eras|remov)")
_ERASE_ZH = lazy(r"删除|刪除|移除|清除|抹除|删掉|刪掉|注销|註銷|注銷|销毁|銷毀")


def erasure_unsaid(base: Section, other: Section) -> tuple[bool, Paragraph] | None:
    """(in the base?, its string) when one edition's string of a key names deleting data (`_ERASE_EN`, `_ERASE_ZH`) and
    the other edition's strings of that key name none: a deletion route one translation lacks (eval/editions52
    pokebattler-2022 PL2, u52e: "If you have any questions or wish to remove all of your date from this website, contact
    us" against 「如有任何疑問請{{contactLink}}」).  A unit is one string or one list, so what the other edition's unit does
    not say, it does not say anywhere near; only policy text counts (`policy_text`: not a button's 'Delete')."""
    if not policy_text(base) or not policy_text(other):
        return None
    said = [[p for p in s.paragraphs if _ERASE_EN.search(p.text) or _ERASE_ZH.search(p.text)] for s in (base, other)]
    if bool(said[0]) == bool(said[1]):
        return None
    return (True, said[0][0]) if said[0] else (False, said[1][0])


def policy_file(path: str) -> bool:
    """Whether a `.json`/`.arb` file met in a folder is an edition to compare: a message catalogue (`load.catalogue`) with
    a string of policy text (`policy_text`: a sentence under a key that is no page metadata) that names privacy or
    personal data.  Never a `package.json`, a lock file or a data file: their strings are names, versions and paths."""
    from policylens.load.catalogue import is_catalogue

    try:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read(4 * 1024 * 1024 + 1)
    except (OSError, UnicodeDecodeError):
        return False
    if len(text) > 4 * 1024 * 1024 or not is_catalogue(path, text):
        return False
    found = units(text) or []
    sentences = [
        u
        for u in found
        if policy_text(
            Section(
                "", None, 1, u.key, None, u.line, u.column, (Paragraph(u.text, u.line, u.column, u.line, "paragraph", ()),), anchor=u.key
            )
        )
    ]
    return bool(sentences) and any(_PRIVACY.search(u.text) for u in sentences)


_PRIVACY = lazy(r"(?i)privacy|personal (?:data|information)|隐私|隱私|私隱|个人信息|個人資料|个人资料|個人資訊|个人数据|個人數據")


def policy_text(section: Section) -> bool:
    """Whether a unit's value is policy text: a sentence (eight English words or twelve Han characters in one of its
    strings) under a key path none of whose parts names a page's metadata, another page or an asset (`meta.description`,
    `terms.title`, `hero.imageUrl`)."""
    if any(_NOT_POLICY_KEY.search(p) for p in _key_parts(section)):
        return False
    for p in section.paragraphs:
        text = p.text
        if len(_HAN.findall(text)) >= _MIN_HAN or len(_ENGLISH_WORD.findall(text)) >= _MIN_WORDS:
            return True
    return False


__all__ = [
    "KEY_OVERLAP",
    "SUFFIXES",
    "Unit",
    "aside",
    "document",
    "erasure_unsaid",
    "key_pairing",
    "keyed",
    "keyed_changes",
    "policy_file",
    "policy_text",
    "translated_apart",
    "units",
]
