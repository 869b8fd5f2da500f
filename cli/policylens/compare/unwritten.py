"""What a lagging edition lacks, value by value: the anchors the base brought in that the edition writes nowhere.

A lagging entry (`analyse._lagging`) names the sections the base added, removed or rewrote since the base version the
edition corresponds to.  A reviewer also needs the facts those changes brought in: the Chinese edition of a children's
app that still says 「纯离线应用」 lags an English rewrite whose new section names Huawei Ads Kit, Huawei's privacy URL
and the developer (eval/editions35 melody M1, M3, M4: the lag named the one section it could pair, 华为广告处理的数据,
and none of the values in it or beside it).  This module lists them, once per lagging edition:

* the anchors (`sentences.anchors`: e-mails, URLs, phones, numbers with units, durations, laws, parties, names in
  Latin letters) of the newest base version that its older version did not hold, dates left out (every version has
  its own);
* that the edition holds nowhere in its whole text: not among its own anchors, a Latin name not written in it (nor
  its usual Chinese name, `sentences.NAME_TRANSLATIONS`), a number or a party not held (`facts.holds`).

The list only describes a lag already found sure; it makes no entry of its own, so it cannot add a false one.
"""

from __future__ import annotations

from policylens.compare import facts as factlib
from policylens.compare import sentences as sentlib
from policylens.diff.variants import cross_script_key
from policylens.model import Document

# No more values than this are listed (a rewrite of a whole policy would list every name in it).
MAX_VALUES = 12


def _texts(doc: Document) -> list[str]:
    """The document's title (「旋律宝贝 隐私政策」, "Privacy Policy for Melody Tots": the product's name) and its sections' text."""
    return [*([doc.metadata.title] if doc.metadata.title else []), *(t for s in doc.sections for t in factlib.section_text(s))]


def _hosts(texts: list[str]) -> set[str]:
    """Host names written bare (`ava-feedback.dotslash.pro`), which no translation changes (`analyse._HOST`)."""
    from policylens.compare.analyse import _HOST

    return {f"host:{m.group(0).lower()}" for t in texts for m in _HOST.finditer(t)}


def _keys(texts: list[str], reading: sentlib.Reading) -> set[str]:
    """The anchors of the texts, their dates written out first: a new version's own date is no value brought in, nor
    is its year a number (「2025年6月3日」 read 2025: eval/blind/editions25 timer-lag)."""
    undated = (factlib.replace_dates(t, lambda _: " ") for t in texts)
    return {k for t in undated for k in sentlib.anchors(t, reading.lower_words) if not k.startswith("date:")}


def _held(key: str, whole: sentlib._Side, reading: sentlib.Reading) -> bool:
    """Does the edition's whole text (`whole`) hold this anchor in any notation a translation keeps?"""
    if key in whole.keys:
        return True
    kind, _, value = key.partition(":")
    if kind == "host":
        return value in whole.text
    if kind == "latin":
        return sentlib._holds(whole.text, key) or sentlib._glued(value, whole.text)
    if kind in ("number", "party"):
        return factlib.holds(set(whole.keys), whole.text, key) or sentlib._translated_party(key, whole, reading)
    if kind == "email":
        theirs = [k.partition(":")[2] for k in whole.keys if k.startswith("email:")]
        return any(factlib.glued_label(value, [o]) or factlib.glued_label(o, [value]) for o in theirs)
    return False


def brought_in_unwritten(old: Document, new: Document, edition: Document) -> list[str]:
    """The anchors `new` (the newest base) holds and `old` (the base version the edition corresponds to) does not,
    that `edition` writes nowhere, as a reader reads them (`sentences.shown`), in the order of the key; [] when none."""
    new_texts, old_texts = _texts(new), _texts(old)
    new_reading = sentlib.reading(new_texts, new.metadata.title)
    brought = _keys(new_texts, new_reading) - _keys(old_texts, sentlib.reading(old_texts, old.metadata.title))
    brought |= _hosts(new_texts) - _hosts(old_texts)
    if not brought:
        return []
    whole_text, reading = whole(edition)
    out = [k.partition(":")[2] if k.startswith("host:") else sentlib.shown(k) for k in sorted(brought) if not _held(k, whole_text, reading)]
    return out[:MAX_VALUES]


def texts(doc: Document) -> list[str]:
    """The document's title and its sections' text (`_texts`), for `named_lag`."""
    return _texts(doc)


def whole(edition: Document) -> tuple[sentlib._Side, sentlib.Reading]:
    """The edition's whole text as one side (lower case, cross-script key, its anchors) and its reading."""
    own = _texts(edition)
    reading = sentlib.reading(own, edition.metadata.title)
    joined = "\n".join(own)
    return sentlib._Side([], cross_script_key(joined).lower(), frozenset(_keys(own, reading)), frozenset(), frozenset()), reading


def held(key: str, whole_text: sentlib._Side, reading: sentlib.Reading) -> bool:
    """Does the edition's whole text hold this anchor in any notation a translation keeps (`_held`)?"""
    return _held(key, whole_text, reading)
