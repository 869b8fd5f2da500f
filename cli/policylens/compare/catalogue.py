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

A YAML catalogue and a JS/TS module of one object literal are read the same way (fifty-third session, u53e:
`load.catalogue_units`); one its reader refuses (an alias, a function, a module of several locales) is read as before,
as one document, with a note.
"""

from __future__ import annotations

from typing import Any

from policylens.lazyre import lazy
from policylens.load.catalogue import NOT_POLICY_KEY, Unit, key_parts, policy_catalogue, policy_string, units
from policylens.load.catalogue_units import SCRIPT_SUFFIXES, YAML_SUFFIXES, catalogue_units, policy_units_file
from policylens.model import Catalogue, Document, Paragraph, Piece, Section
from policylens.patterns import SURROGATE

# Catalogues read unit by unit: a JSON object of strings (`load.catalogue` decides, by content); (u53e) a YAML mapping
# of strings, a JS/TS module of one object literal of strings (`load.catalogue_units`)
JSON_SUFFIXES = (".json", ".arb")
SUFFIXES = JSON_SUFFIXES + YAML_SUFFIXES + SCRIPT_SUFFIXES

# Key sets overlap enough to align two editions by key: this share of the smaller edition's keys is in the other
KEY_OVERLAP = 0.5


def _unit_key(unit: Unit) -> str:
    """The key of the section a unit belongs to: a list's strings are one unit, keyed by the list."""
    return unit.key.rsplit("[", 1)[0] if unit.item else unit.key


def read(doc: Document, text: str) -> Document:
    """`doc` read unit by unit when it is a catalogue (see the module doc), else `doc`; a YAML file, or a JS/TS module
    `load` took for a catalogue of pairs, that the unit reader refuses is `doc` with a note."""
    lower = doc.source.path.lower()
    if lower.endswith(JSON_SUFFIXES):
        return (document(doc, text) or doc) if doc.catalogue is not None else doc
    if lower.endswith(YAML_SUFFIXES) or (lower.endswith(SCRIPT_SUFFIXES) and doc.catalogue is not None):
        found = document(doc, text)
        if found is not None:
            return found
        kind = "YAML" if lower.endswith(YAML_SUFFIXES) else "module"
        what = "a mapping of strings" if kind == "YAML" else "one object literal of strings"
        note = f"a {kind} catalogue not read key by key (not {what} its reader understands): compared as one document"
        return doc._replace(warnings=(*doc.warnings, note))
    return doc


def document(doc: Document, text: str) -> Document | None:
    """`doc` (a catalogue read as text) with one section per unit of the catalogue (see the module doc), or None when
    its text is no JSON object of strings (a YAML mapping, a JS/TS object literal: `load.catalogue_units`)."""
    from policylens.structure.language import languages

    found = catalogue_units(doc.source.path, text) if not doc.source.path.lower().endswith(JSON_SUFFIXES) else units(text)
    if not found:
        return None
    found = [_whole(u) for u in found]
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
    if doc.catalogue is None:  # (u53e) a YAML catalogue of plain scalars is no catalogue of pairs to `load`
        doc = doc._replace(catalogue=Catalogue(frozenset(), ()))
    langs, per_paragraph = languages([([s.title or ""], [p.text for p in s.paragraphs]) for s in sections])
    sections = [
        s._replace(lang=lang, paragraphs=tuple(p._replace(lang=pl) for p, pl in zip(s.paragraphs, plangs, strict=True)))
        for s, lang, plangs in zip(sections, langs, per_paragraph, strict=True)
    ]
    return doc._replace(sections=tuple(sections))


def _whole(unit: Unit) -> Unit:
    """`unit` with a character beyond the BMP escaped as its UTF-16 pair (`\\ud83d\\udd12`: JS, YAML) joined, and half
    a pair as U+FFFD (u53r: a lone surrogate cannot be written as UTF-8; `compare` of a catalogue holding one, JSON, YAML
    or JS, stopped with an internal error)."""
    if SURROGATE.search(unit.text) is None and SURROGATE.search(unit.key) is None:
        return unit
    return unit._replace(key=_joined(unit.key), text=_joined(unit.text))


def _joined(text: str) -> str:
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _pieces(unit: Unit) -> tuple[Piece, ...]:
    """Where the value's text stands: one run, decoded from `width` source characters when it held an escape."""
    if "\n" in unit.text or unit.width < 0:  # a block scalar, a string written over lines or joined by `+`
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


def aside(doc: Document) -> frozenset[int]:
    """The sections of a keyed catalogue that are a page's metadata, another page's strings or an asset (`meta.image`,
    `terms.title`): their facts are no policy's (the og image's URL, the terms page's title)."""
    if not keyed(doc):
        return frozenset()
    return frozenset(k for k, s in enumerate(doc.sections) if any(NOT_POLICY_KEY.search(p) for p in key_parts(s.anchor or "")))


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


# A string that names deleting the user's data: "wish to remove all of your data", 「希望將你的所有資料移除」, 「注销账号」; a
# deletion word alone (delete the cookies, 清除快取) is no route to have one's data deleted, but it is enough for the other
# edition to be said to name one
_ERASE_EN = lazy(r"(?i)\b(?:delet|eras|remov)")
_ERASE_ZH = lazy(r"删除|刪除|移除|清除|抹除|删掉|刪掉|注销|註銷|注銷|销毁|銷毀")
_ERASE_DATA_EN = lazy(
    r"(?i)\b(?:delet|eras|remov)[a-z]*+(?:[^a-z.;!?]++[a-z]++){0,6}?[^a-z.;!?]++"
    r"(?:data|date|information|info|accounts?|content|records?|history|everything|profile)\b"
    r"|\b(?:data|information|accounts?|content|records?|history|profile)\b[^.;!?]{0,40}?\b(?:delet|eras|remov)"
)
_ZH_DATA = r"(?:资料|資料|数据|數據|信息|資訊|资讯|账户|帳戶|賬戶|账号|帳號|帐号|記錄|记录|内容|內容|所有)"
_ZH_ERASE = r"(?:删除|刪除|移除|清除|抹除|删掉|刪掉|销毁|銷毀)"
_ERASE_DATA_ZH = lazy(rf"{_ZH_ERASE}[^，。；,;]{{0,12}}?{_ZH_DATA}|{_ZH_DATA}[^，。；,;]{{0,12}}?{_ZH_ERASE}|注销|註銷|注銷")


def erasure_unsaid(base: Section, other: Section) -> tuple[bool, Paragraph] | None:
    """(in the base?, its string) when one edition's string of a key names deleting data (`_ERASE_EN`, `_ERASE_ZH`) and
    the other edition's strings of that key name none: a deletion route one translation lacks (eval/editions52
    pokebattler-2022 PL2, u52e: "If you have any questions or wish to remove all of your date from this website, contact
    us" against 「如有任何疑問請{{contactLink}}」).  A unit is one string or one list, so what the other edition's unit does
    not say, it does not say anywhere near; only policy text counts (`policy_text`: not a button's 'Delete')."""
    if not policy_text(base) or not policy_text(other):
        return None
    # one edition names deleting data (a deletion word with the data, the account, everything); the other names no
    # deletion at all (`_ERASE_EN`, `_ERASE_ZH`: 「清除」 of anything says it may)
    named = [[p for p in s.paragraphs if _ERASE_DATA_EN.search(p.text) or _ERASE_DATA_ZH.search(p.text)] for s in (base, other)]
    silent = [not any(names_erasure(p.text) for p in s.paragraphs) for s in (base, other)]
    if named[0] and silent[1]:
        return True, named[0][0]
    if named[1] and silent[0]:
        return False, named[1][0]
    return None


def names_erasure(text: str) -> bool:
    """Whether `text` names deleting data (`erasure_unsaid`'s words)."""
    return bool(_ERASE_EN.search(text) or _ERASE_ZH.search(text))


def names_data_erasure(text: str) -> bool:
    """Whether `text` names deleting data, an account or everything (the string `erasure_unsaid` reports)."""
    return bool(_ERASE_DATA_EN.search(text) or _ERASE_DATA_ZH.search(text))


def policy_file(path: str) -> bool:
    """Whether a catalogue file met in a folder is an edition to compare (`load.catalogue.policy_catalogue`; a YAML or
    JS/TS file `load.catalogue_units.policy_units_file`)."""
    if path.lower().endswith(JSON_SUFFIXES):
        return policy_catalogue(path, named=True)
    return policy_units_file(path)


def policy_text(section: Section) -> bool:
    """Whether a unit's value is policy text (`load.catalogue.policy_string`): a sentence under a key path none of whose
    parts names a page's metadata, another page or an asset (`meta.description`, `terms.title`, `hero.imageUrl`)."""
    return any(policy_string(section.anchor or "", p.text) for p in section.paragraphs)


__all__ = [
    "JSON_SUFFIXES",
    "KEY_OVERLAP",
    "SUFFIXES",
    "Unit",
    "aside",
    "document",
    "erasure_unsaid",
    "key_pairing",
    "keyed",
    "keyed_changes",
    "names_data_erasure",
    "names_erasure",
    "policy_file",
    "policy_text",
    "read",
    "translated_apart",
    "units",
]
