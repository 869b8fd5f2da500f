"""Names a Chinese edition written without headings gives that the English edition never writes (u36c).

When the two outlines do not align (`Pairing.independent`), no section pair is read sentence by sentence
(`analyse.lone_sentences`), so an edition written on its own, one title over a few paragraphs, against an edition in
sections reported nothing but unsure section gaps: eval/editions36 sentinel's 「隐私说明」 names the attacker's ASN on
the public panel and keeps Cloudflare API credentials and the panel shared secret in a systemd environment file, none of
which its English edition says (S3, S4).

What can be told there without translation: a Chinese sentence that names something in Latin letters which the whole
English edition writes nowhere.  English writes a name in Latin letters as it is (Cloudflare, systemd, ASN), so its
absence from every line of the English edition is evidence; the other way round it is not (the Chinese edition may
write 华为 for Huawei).  Only when one edition is flat (no section with a title of its own) and the other has sections:
two independent translations in sections are left to the section and fact entries, as before.  A name the English
edition writes in another case, plural or glued to another word, or whose usual Chinese name it writes
(`sentences.NAME_TRANSLATIONS`), is held.
"""

from __future__ import annotations

import re
from typing import Any

from policylens.compare import facts as factlib
from policylens.compare import sentences as sentlib
from policylens.diff.variants import cross_script_key
from policylens.model import Document, Section

# The sectioned edition has at least this many titled sections (one heading over a flat text is no outline).
MIN_SECTIONS = 3


def _titled(doc: Document) -> int:
    """The number of the document's sections that have a title."""
    return sum(1 for s in doc.sections if s.title)


def flat_against_sections(a: Document, b: Document) -> bool:
    """Is one document flat (no titled section) and the other in sections?"""
    return min(_titled(a), _titled(b)) == 0 and max(_titled(a), _titled(b)) >= MIN_SECTIONS


# (u51e) A condensed translation with one or two headings against an edition of at least this many titled sections (and
# three times as many) is read as a flat one: its sections pair with a few of the others at best, and the rest of its
# text with none (eval/editions51 balkan-lag BL1: the Chinese 可选分析, Firebase Analytics and Google Analytics after
# consent, and 聯繫開發商 against nine English sections that name neither).
CONDENSED_AGAINST = 6
CONDENSED_MAX = 2


def condensed_against_sections(a: Document, b: Document) -> bool:
    """Is one document condensed under one or two titled sections and the other in many (module constants)?"""
    low, high = sorted((_titled(a), _titled(b)))
    return 1 <= low <= CONDENSED_MAX and high >= max(CONDENSED_AGAINST, 3 * low)


# between two letters of a name, what an edition may write there: "Wi-Fi" for 「WiFi」, "e-mail" for 「email」
_LETTER_GAP = r"[-\s.·]?"
# an acronym and the words it stands for: 「APNs」 / "Apple Push Notification service", 「GDPR」 / "General Data …"
_ACRONYM = re.compile(r"[A-Z]{3,6}s?")


def _spelled_apart(name: str, whole: str) -> bool:
    """Does `whole` (lower case) write `name` (four letters or more) with a hyphen, a space or a dot between its letters?
    「WiFi」 is the English edition's "Wi-Fi" (review u36x: a flat Chinese edition's sentence was reported lacking it)."""
    if len(name) < 4:
        return False
    return re.search(r"(?<![a-z0-9])" + _LETTER_GAP.join(map(re.escape, name)) + r"(?![a-z0-9])", whole) is not None


def _expanded(name: str, sentence: str, english: str) -> bool:
    """Is `name`, as `sentence` writes it, an acronym (three to six capitals, perhaps a final lower-case s) whose letters
    begin words that `english` writes in a row ("Apple Push Notification service" for 「APNs」)?  The capitals are
    matched as capitals: "A Push …" is no expansion of "apns" written lower case."""
    written = re.search(rf"(?i)(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", sentence)
    if written is None or _ACRONYM.fullmatch(written.group(0)) is None:
        return False
    return re.search(r"\b" + r"[\w'’]*[\s-]+".join(written.group(0)) + r"\w*", english) is not None


def unwritten_names(chinese: Document, english: Document) -> list[tuple[Section, sentlib.Sentence, list[str]]]:
    """(section, sentence, names) of each Chinese sentence of `chinese` naming in Latin letters what `english` never
    writes, the names as a reader reads them."""
    texts = [t for s in english.sections for t in factlib.section_text(s)] + ([english.metadata.title] if english.metadata.title else [])
    english_doc = sentlib.reading(texts, english.metadata.title)
    raw = "\n".join(texts)
    whole = cross_script_key(raw).lower()
    own_doc = sentlib.reading([p.text for s in chinese.sections for p in s.paragraphs], chinese.metadata.title)
    out = []
    for section in chinese.sections:
        for unit in sentlib.sentences(section, own_doc.lower_words):
            if not sentlib._is_chinese(unit.text) or sentlib._size(unit.text) < sentlib.MIN_ZH_CHARS:
                continue
            names = [
                key
                for key in sorted(unit.anchors)
                if key.startswith("latin:")
                and key.partition(":")[2] not in own_doc.in_name_only
                and not sentlib._holds(whole, key)
                and not sentlib._glued(key.partition(":")[2], whole)
                and key.partition(":")[2] not in english_doc.two_words
                and not _spelled_apart(key.partition(":")[2], whole)
                and not _expanded(key.partition(":")[2], unit.text, raw)
            ]
            if names:
                out.append((section, unit, [sentlib.shown(k) for k in names]))
    return out


def unsaid_promises(english: Document, chinese: Document) -> list[tuple[Section, sentlib.Sentence, list[str]]]:
    """(section, sentence, ["not track"]) of each English sentence of `english` promising not to do a practice that the
    whole of `chinese` names nowhere (`modes.negated_promises`, `modes.names_practice`; u52d)."""
    from policylens.compare import modes

    whole = cross_script_key("\n".join(t for s in chinese.sections for t in ([s.title] if s.title else []) + factlib.section_text(s)))
    out = []
    for section in english.sections:
        for unit in sentlib.sentences(section, frozenset()):
            if sentlib._is_chinese(unit.text):
                continue
            unsaid = [f"not {p}" for p in modes.negated_promises(unit.text) if not modes.names_practice(whole, p)]
            if unsaid:
                out.append((section, unit, unsaid))
    return out


def dropped_exceptions(english: Document, chinese: Document) -> list[tuple[Section, sentlib.Sentence, list[str], str]]:
    """(section, sentence, ["exception"], the Chinese promise) of each English sentence of `english` promising not to do a
    practice but for an exception (`modes.excepted_promises`) whose practice `chinese` promises plainly not to do
    (`modes.plain_promise_zh`) and names with a condition or an exception nowhere, in no sentence and in none beside its
    promise (`modes.excepted_zh`): the translation dropped the exception (u53e, eval/editions51 balkan B3)."""
    from policylens.compare import modes

    written = [t for s in chinese.sections for text in factlib.section_text(s) for t in sentlib.split(text) if sentlib._is_chinese(t)]
    theirs = [cross_script_key(t) for t in written]
    # what the Chinese edition says of each practice, read once per practice (u53h: it was read again for each English
    # promise, every Chinese sentence each time: 1,200 excepted promises against 1,200 sentences took 10 s of CPU, 2.4 s
    # without this entry): the first plain promise's index, None when it names the practice with an exception or never
    # promises it plainly
    plain_first: dict[str, int | None] = {}

    def promised_plainly(practice: str) -> int | None:
        if practice not in plain_first:
            found = None
            if not any(modes.excepted_zh(t, practice) for t in theirs):
                found = next((k for k, t in enumerate(theirs) if modes.plain_promise_zh(t, practice)), None)
            plain_first[practice] = found
        return plain_first[practice]

    out = []
    for section in english.sections:
        for unit in sentlib.sentences(section, frozenset()):
            if sentlib._is_chinese(unit.text):
                continue
            for practice in modes.excepted_promises(unit.text):
                plain = promised_plainly(practice)
                if plain is not None:
                    out.append((section, unit, ["exception"], written[plain]))
                    break
    return out


def entries(
    head: dict[str, Any], base_id: str, other_id: str, base: Document, other: Document, base_is_chinese: bool
) -> list[dict[str, Any]]:
    """`sentence-only` entries (the JSON contract of `sentences.entry`): for a Chinese sentence the English edition's side
    is None, its whole text; for an English promise the Chinese edition's side is None, its whole text (u52d)."""
    chinese, english = (base, other) if base_is_chinese else (other, base)
    out = [
        _entry(head, base_id, other_id, base_is_chinese, True, section, unit, names, sentlib.CONFIDENCE_ANCHOR)
        for section, unit, names in unwritten_names(chinese, english)
    ]
    out.extend(  # the English edition's side (u52d)
        _entry(head, base_id, other_id, base_is_chinese, False, section, unit, promises, sentlib.CONFIDENCE_CONCEPT)
        for section, unit, promises in unsaid_promises(english, chinese)
    )
    return out + exception_entries(head, base_id, other_id, base, other, base_is_chinese)


def exception_entries(
    head: dict[str, Any], base_id: str, other_id: str, base: Document, other: Document, base_is_chinese: bool
) -> list[dict[str, Any]]:
    """`sentence-only` entries of the English promises whose exception the Chinese edition drops (`dropped_exceptions`):
    read over the whole of both editions, flat, condensed or paired section by section (u53e)."""
    chinese, english = (base, other) if base_is_chinese else (other, base)
    return [
        _entry(head, base_id, other_id, base_is_chinese, False, section, unit, dropped, sentlib.CONFIDENCE_CONCEPT, promise)
        for section, unit, dropped, promise in dropped_exceptions(english, chinese)
    ]


def _entry(
    head: dict[str, Any],
    base_id: str,
    other_id: str,
    base_is_chinese: bool,
    in_chinese: bool,
    section: Section,
    unit: sentlib.Sentence,
    lacks: list[str],
    confidence: float,
    counterpart: str | None = None,
) -> dict[str, Any]:
    """One `sentence-only` entry, its keys in the contract's order: a sentence of the Chinese edition (`in_chinese`) or of
    the English one, `section` its section there; the other edition's side is None (its whole text).  `counterpart`: the
    other edition's plain promise, for an exception it drops (`exception_entries`)."""
    from policylens.compare.analyse import section_ref

    own = base_is_chinese == in_chinese  # the sentence is in the base edition
    entry: dict[str, Any] = {
        "kind": sentlib.KIND,
        **head,
        "only_in": base_id if own else other_id,
        "section": section_ref(section) if own else None,
        "other": None if own else section_ref(section),
        "line": unit.line,
        "text": unit.text,
        "lacks": lacks,
    }
    if counterpart is not None:
        entry["counterpart"] = counterpart
    entry["confidence"] = confidence
    return entry
