"""Facts read line by line (`line_facts`, `document_line_facts`: numbers, entities, URLs and phones), whether a text
holds a fact (`holds`), and a fact only one edition states (`one_sided_fact`).
"""

from __future__ import annotations

import re
from typing import Any

from policylens.compare.facts.controllers import phone_key
from policylens.compare.facts.law_names import _cross_key
from policylens.compare.facts.notation import edition_url_key, section_text
from policylens.model import Document
from policylens.normalise import fold
from policylens.patterns import HAN
from policylens.structure.metadata import extract_contacts, link_spans

# -- A line found in one edition only ---------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_ENTITY_ZH = re.compile(rf"([{HAN}]{{2,12}}?)(?:股份有限公司|有限責任公司|有限责任公司|有限公司|集團|集团)")
_ENTITY_LATIN = re.compile(r"(?<=[\w.,] )(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation)\b")  # the name is the text before it


def line_facts(text: str) -> set[str]:
    """What a line carries that must agree in every edition, as keys: e-mail addresses, URLs,
    phones and every number of three digits or more (a registration 「京ICP备12345678号」, a
    licence, an amount), and the parties it names (…有限公司, "… Inc.", through the cross-script key)."""
    folded = fold(text)
    emails, urls, phones, _ = extract_contacts([text])  # (it folds; an address ends where the text as written says)
    keys = {f"email:{e.lower()}" for e in emails} | {f"url:{edition_url_key(u)}" for u in urls} | {f"phone:{phone_key(p)}" for p in phones}
    # the numbers outside the addresses: an address ran to the next white space, and took with it what Chinese text
    # followed it (「详见 https://a.cn，我们保存 180 天」 lost its 180)
    without_links = folded
    for start, end in link_spans(text):
        without_links = without_links[:start] + " " * (end - start) + without_links[end:]
    keys |= {f"number:{d.lstrip('0') or '0'}" for d in _DIGITS.findall(without_links) if len(d.lstrip("0")) >= 3}
    # a party by the core of its name: the six characters before 有限公司 (「…由北京日轩信息科技」 → 日轩信息技术 once keyed)
    keys |= {f"party:{_cross_key(m.group(1))[-6:]}" for m in _ENTITY_ZH.finditer(folded)}
    for m in _ENTITY_LATIN.finditer(folded):
        core = re.sub(r"[^a-z0-9]", "", re.sub(r"(?i)\bco\b", "", folded[max(0, m.start() - 40) : m.start()]).lower())[-12:]
        if core:
            keys.add(f"party:{core}")
    return keys


def document_line_facts(doc: Document) -> set[str]:
    """`line_facts` of every title and paragraph of `doc`, and each party's name found anywhere in its text."""
    return {key for section in doc.sections for text in section_text(section) for key in line_facts(text)}


def holds(doc_keys: set[str], doc_text: str, key: str) -> bool:
    """Does a document hold the fact `key` of a line: among its facts, or (a party's core, a number) anywhere in its keyed text?"""
    if key in doc_keys:
        return True
    kind, _, value = key.partition(":")
    if kind == "party":
        return value in doc_text or value in re.sub(r"[^a-z0-9]", "", doc_text.lower())
    return kind == "number" and value in doc_text


def one_sided_fact(changes: list[dict[str, Any]], base: Document, other: Document) -> bool:
    """Is one of `changes` a line present in one edition only that carries a fact the other edition
    does not hold anywhere (an ICP filing line 「京ICP备…号」, an e-mail, a URL, a party)?

    Such a line is a confident divergence even between two independent translations, where the
    surrounding rewording is only unsure: a translator rewords, but does not invent a registration.
    """
    cache: dict[bool, tuple[set[str], str]] = {}

    def side(in_base: bool) -> tuple[set[str], str]:
        if in_base not in cache:
            doc = base if in_base else other
            text = "\n".join(t for s in doc.sections for t in section_text(s))
            cache[in_base] = (document_line_facts(doc), _cross_key(fold(text)))
        return cache[in_base]

    for change in changes:
        if change.get("variant") or change["op"] not in ("insert", "delete"):
            continue
        text = change["new_text"] if change["op"] == "insert" else change["old_text"]
        keys = line_facts(text or "")
        if keys:
            doc_keys, doc_text = side(change["op"] == "insert")  # an inserted line is missing from the base
            if any(not holds(doc_keys, doc_text, key) for key in keys):
                return True
    return False
