"""A lag across languages told from the names a rewrite brought in: SwiftData, PDFKit written nowhere in the edition.

Across English ↔ Chinese a rewritten section is told as lagging only when the rewrite changed the section's facts or
brought in e-mails, URLs, phones or host names (`analyse._lagging_across`): a rewrite in words cannot be told without
translation.  A rewrite may bring in none of those and still name things a translation keeps in Latin letters: the
English PrivateAI policy of 2026-09-01 turned a development scaffold into an app that "stores conversations and
messages in a local SwiftData database" and reads "Searchable PDFs … with PDFKit"; the Chinese edition of 2026-08-29
names neither, anywhere (eval/editions54 privateai-lag PL1–PL8: nothing was told, exit 0).

The evidence is taken as strong only when it is several names, each in a sentence of its own:

* a name written with a capital inside it after a small letter or before two small letters (SwiftData, iCloud,
  PDFKit, OAuth; four letters or more), the kind a translation keeps in Latin letters (`absent`'s iCloud-style
  names); no plain capitalised word (Finder, Apple, App Sandbox: 访达, 苹果, 沙盒) and no acronym (OCR, PDFs: a
  Chinese edition writes most acronyms, but not all of them, u53e);
* that the newest base writes in a rewritten section and the base version the edition corresponds to writes nowhere;
* that the edition writes nowhere, in any notation `unwritten` accepts (the name, its usual Chinese name, glued) or
  `name_forms` reads (u56e: JavaScript / JS, macOS / 「Mac 操作系统」, SwiftData / 「Swift 数据」: an edition that translates
  a name is not lagging; WiFi / Wi-Fi, its words joined otherwise), and that the older base wrote in none of those
  notations (JS before JavaScript); a name joined by hyphens is read by its words (GitHub-Issues is GitHub and a tail;
  Wi-Fi, e-mail, T-Mobile, X-Ray hold no inner-capital name);
* at least MIN_NAMES such names, in MIN_NAMES different sentences of the rewrite.

Then each rewritten section holding such a name is a `rewritten` lag, its names cited with the sentence that brings
each in (`names`: name, sentence, line).  One name alone says nothing (a translation may still write it otherwise).
"""

from __future__ import annotations

from typing import Any

from policylens.compare import evidence, name_forms, unwritten
from policylens.compare import sentences as sentlib
from policylens.model import Document, Section

# Names (each in a sentence of its own) a rewrite must have brought in for a lag to be told from them alone.
MIN_NAMES = 2
# The shortest name read (Kit, App: no).
MIN_LENGTH = 4
# The shortest word a dropped name is read from (`_kept`: IP, yes; a, no).
MIN_KEPT = 2
# The dropped names cited for a section at most (a rewrite of a whole policy would cite every word of it).
MAX_KEPT = 4


def inner_capital(word: str) -> bool:
    """Is `word` a name read here: written with a capital inside it (`evidence.inner_capital`: SwiftData, iCloud,
    PDFKit, OAuth; not OCR, PDFs, Finder), MIN_LENGTH letters or more, in ASCII?"""
    return len(word) >= MIN_LENGTH and word.isascii() and evidence.inner_capital(word)


def _sentences(section: Section) -> list[tuple[str, int]]:
    return [(s, p.line) for p in section.paragraphs for s in sentlib.split(p.text)]


def named_lags(
    changes: list[Any], previous: Document, edition: Document, already: set[str], newest: Document | None = None
) -> list[dict[str, Any]]:
    """`rewritten` lags of `edition` (the other language) told from the names the base's rewrites brought in.

    `changes`: the sections the base changed since `previous` (`analyse._Change`: `section`, `since`); `already`: the
    base sections (`json` of their refs) already told as lagging, not told twice.  [] unless the evidence is strong.
    `newest`: the newest base; when given, once the names tell the lag, the other rewritten sections whose older version
    named what the newest base writes nowhere and the edition still writes are told too (`_kept`)."""
    from policylens.compare.analyse import section_ref

    old_text = "\n".join(unwritten.texts(previous)).lower()
    whole, reading = unwritten.whole(edition)
    old_forms, edition_forms = name_forms.forms(old_text), name_forms.forms(whole.text)
    found: dict[str, tuple[Any, str, str, int]] = {}  # name (lower case) → change, name as written, sentence, line
    for change in changes:
        s = change.section
        if s.status != "modified" or s.new is None or s.old is None:
            continue
        for text, line in _sentences(s.new):
            for written in sentlib._WORD.findall(text):
                # (u56e) a name joined by hyphens is read by its words: GitHub-Issues is GitHub and a tail
                for word in name_forms.parts(written):
                    low = word.lower()
                    if low in found or not inner_capital(word):
                        continue
                    if sentlib._holds(old_text, f"latin:{low}") or name_forms.written(word, old_forms):
                        continue  # the older base wrote it (JS before JavaScript)
                    if not unwritten.held(f"latin:{low}", whole, reading) and not name_forms.written(word, edition_forms):
                        found[low] = (change, word, text, line)
    if len({(text, line) for _, _, text, line in found.values()}) < MIN_NAMES:
        return []
    lacks: dict[str, dict[str, Any]] = {}
    for change, word, text, line in found.values():
        ref = section_ref(change.section.new)
        key = f"{ref['title']}\x00{ref['line']}" if ref else ""
        if key in already:
            continue
        item = lacks.setdefault(key, {"section": ref, "change": "rewritten", "since": change.since, "names": []})
        item["names"].append({"name": word, "sentence": text, "line": line})
    if newest is not None:
        for item in _kept(changes, newest, edition, whole, reading, already | set(lacks)):
            lacks[f"{item['section']['title']}\x00{item['section']['line']}"] = item
    return list(lacks.values())


def _kept(
    changes: list[Any], newest: Document, edition: Document, whole: sentlib._Side, reading: sentlib.Reading, told: set[str]
) -> list[dict[str, Any]]:
    """(u56e) The rewritten sections, not yet `told`, whose older version named a thing (a Latin word: Xcode,
    entitlement, IP) that the newest base writes nowhere and the edition still writes: an edition already told lagging by
    the names (`named_lags`) that keeps what the base dropped kept that section's older version too (eval/editions54
    privateai-lag PL7: 「当前开发构建使用 Xcode 项目中配置的 entitlement 和沙盒设置」 against the English of 09-01, whose
    security section no longer names the Xcode project's entitlements).  Each is cited with the edition's sentence
    (`kept`: name, sentence, line)."""
    from policylens.compare.analyse import section_ref

    new_text = "\n".join(unwritten.texts(newest)).lower()
    new_forms = name_forms.forms(new_text)
    own = [(t.lower(), t, line) for section in edition.sections for t, line in _sentences(section)]
    out = []
    for change in changes:
        s = change.section
        if s.status != "modified" or s.new is None or s.old is None:
            continue
        ref = section_ref(s.new)
        if not ref or f"{ref['title']}\x00{ref['line']}" in told:
            continue
        kept: dict[str, dict[str, Any]] = {}
        seen: set[str] = set()  # each word of the older section is weighed once
        for text, _ in _sentences(s.old):
            for word in (part for written in sentlib._WORD.findall(text) for part in name_forms.parts(written)):
                low = word.lower()  # (a hyphen-joined word by its parts: the IP of "public-IP lookup")
                if len(kept) >= MAX_KEPT:
                    break
                if low in seen or len(low) < MIN_KEPT or not low.isascii() or not low.isalpha():
                    continue
                seen.add(low)
                if sentlib._holds(new_text, f"latin:{low}") or name_forms.written(word, new_forms):
                    continue
                if not unwritten.held(f"latin:{low}", whole, reading):
                    continue
                cited = next(((t, line) for lower, t, line in own if sentlib._writes_word(lower, low)), None)
                if cited is not None:
                    kept[low] = {"name": word, "sentence": cited[0], "line": cited[1]}
        if kept:
            out.append({"section": ref, "change": "rewritten", "since": change.since, "names": [], "kept": list(kept.values())})
    return out
