"""Sentences one edition has and the other lacks, English ↔ Chinese, inside aligned sections.

(Twenty-fourth session, u24c.)  `compare.align` pairs an English and a Chinese edition by section; a sentence
that only one language has inside a paired section ("We do not scan or connect to other unrelated devices.", a
right listed in English only) was invisible.  Here the sentences of each paired section are aligned without
translation, the way a sentence aligner does it with anchors:

- **anchors** every translation keeps: numbers with their unit and durations (`facts.durations`: 30 天 = "30
  days"), dates in any notation, e-mails, URLs, phones, numbers of three digits or more, parties, laws
  (`facts.laws`), names in Latin letters (iCloud, GDPR, Stepfun; in English only the names: inner capitals, all
  capitals, digits, or a capitalised word the document never writes in lower case);
- **concepts**: a small bilingual lexicon of what a policy commits to (scan / 扫描, sell / 出售, object / 反对,
  encrypt / 加密…, `CONCEPTS`), a negation ("do not" / 不; it helps the aligner, it is no evidence alone), and the
  topics of `diff`'s bilingual topic lexicon (`data/lexicons/topics.tsv`, read in their senses as `diff` and
  `parse --topics` read them: `diff.topics.topics_of`; listed with the rest, never enough alone);
- **order and length**: a monotone alignment (Gale–Church beads: one sentence to one, to none, to two, three or
  four: a sentence split in two, a list written as prose) over the length ratio of the two documents, where
  anchors and concepts shared by a bead lower its cost and those one side of it lacks raise it.

A sentence left alone by the alignment is reported (`sentence-only`) only when the confidence is high: it carries
an anchor or a concept that the **whole** other section lacks (a paraphrase, a split sentence or a list written
as prose keeps its anchors somewhere in the section, so it is never reported), it has words enough to be a
sentence, and the two sections align well (most sentences of both sides paired with evidence): a section pair
that `align` paired wrongly, or a re-written section, reports nothing.  Precision first: what the rules cannot
show is a miss, never a false entry.
"""

from __future__ import annotations

import itertools
from typing import Any

from policylens import lazyre
from policylens.compare import licences
from policylens.compare.sentences.beads import _align_evidence as _align_evidence
from policylens.compare.sentences.beads import _bad, _evidence, _extra_paragraph, _fits, _pull_out
from policylens.compare.sentences.beads import _merged_paragraph as _merged_paragraph
from policylens.compare.sentences.beads import align as align
from policylens.compare.sentences.lacking import _GLUED_MAX as _GLUED_MAX
from policylens.compare.sentences.lacking import CONFIDENCE_ANCHOR as CONFIDENCE_ANCHOR
from policylens.compare.sentences.lacking import CONFIDENCE_CONCEPT as CONFIDENCE_CONCEPT
from policylens.compare.sentences.lacking import MIN_EN_LETTERS, _kept_unwritten, _names_unwritten, _unwritten_names
from policylens.compare.sentences.lacking import MIN_ZH_CHARS as MIN_ZH_CHARS
from policylens.compare.sentences.lacking import _glued as _glued
from policylens.compare.sentences.lacking import _kept as _kept
from policylens.compare.sentences.lacking import _lacked as _lacked
from policylens.compare.sentences.lacking import _name_tail as _name_tail
from policylens.compare.sentences.lacking import _party_in_latin as _party_in_latin
from policylens.compare.sentences.lacking import _title_word as _title_word
from policylens.compare.sentences.lacking import _translated_party as _translated_party
from policylens.compare.sentences.lacking import _untranslated_names as _untranslated_names
from policylens.compare.sentences.lacking import _unwritten_paragraph as _unwritten_paragraph
from policylens.compare.sentences.latin import _WORD as _WORD
from policylens.compare.sentences.latin import _holds as _holds
from policylens.compare.sentences.latin import _is_chinese as _is_chinese
from policylens.compare.sentences.latin import _writes_word as _writes_word
from policylens.compare.sentences.latin import latin_words as latin_words
from policylens.compare.sentences.latin import plain_word as plain_word
from policylens.compare.sentences.latin import word_forms as word_forms
from policylens.compare.sentences.latin import words as words
from policylens.compare.sentences.lexicon import KEPT_IN_LATIN as KEPT_IN_LATIN
from policylens.compare.sentences.lexicon import NAME_TRANSLATIONS as NAME_TRANSLATIONS
from policylens.compare.sentences.lists import ITEM_KINDS as ITEM_KINDS
from policylens.compare.sentences.lists import _item_kinds as _item_kinds
from policylens.compare.sentences.lists import _item_more, _unsaid_kind
from policylens.compare.sentences.lists import _items as _items
from policylens.compare.sentences.pieces import _LABEL_AFTER as _LABEL_AFTER
from policylens.compare.sentences.pieces import MAY_NAME_LAW as MAY_NAME_LAW
from policylens.compare.sentences.pieces import Sentence as Sentence
from policylens.compare.sentences.pieces import _latin_names as _latin_names
from policylens.compare.sentences.pieces import _size as _size
from policylens.compare.sentences.pieces import anchors as anchors
from policylens.compare.sentences.pieces import concepts as concepts
from policylens.compare.sentences.pieces import file_types as file_types
from policylens.compare.sentences.pieces import held_concepts as held_concepts
from policylens.compare.sentences.pieces import latin_names as latin_names
from policylens.compare.sentences.pieces import sentence as sentence
from policylens.compare.sentences.pieces import sentences as sentences
from policylens.compare.sentences.pieces import split as split
from policylens.compare.sentences.readings import _SPEAKS_OF_KEEPING as _SPEAKS_OF_KEEPING
from policylens.compare.sentences.readings import Reading as Reading
from policylens.compare.sentences.readings import _file_types_more as _file_types_more
from policylens.compare.sentences.readings import reading as reading
from policylens.compare.sentences.sides import Lone as Lone
from policylens.compare.sentences.sides import _reversed
from policylens.compare.sentences.sides import _Side as _Side
from policylens.compare.sentences.sides import _side as _side
from policylens.diff.variants import cross_script_key
from policylens.model import Section

KIND = "sentence-only"
# An English sentence that makes consent a condition, in a section whose Chinese counterpart asks for none in any word:
# "Disclose to third parties with your prior consent" against 「本软件不会将您的信息披露给不受信任的第三方」 (eval/editions46
# handy HA3, u48e).  One way only, and no concept of the aligner: Chinese 授权 and 许可 are also a licence and 允许 is
# "allows" (as a concept both ways: 57 new false sure entries over the older sets), so only the English word is read, and every
# Chinese word that may say it (同意, 授权, 许可, 允许, 准许, 征得) clears it.
# Not a parent's consent, which defines an age ("children under the age required by applicable law to use online
# services without parental consent" / 「未达到…可独立使用在线服务年龄的儿童」: eval/editions26 savemate)
_CONSENT_EN = lazyre.compile(r"(?i)(?<!parental )(?<!parents' )(?<!parent's )(?<!guardian's )(?<!guardian )\bconsent")
_CONSENT_ZH = tuple(cross_script_key(w) for w in ("同意", "授权", "许可", "允许", "准许", "征得", "核准", "批准"))


def unasked_consent(text: str, their_section: str) -> list[str]:
    """["consent"] when an English sentence names consent and the Chinese section (cross-script key) asks for none."""
    if _is_chinese(text) or not _is_chinese(their_section) or not _CONSENT_EN.search(text):
        return []
    return [] if any(w in their_section for w in _CONSENT_ZH) else ["concept:consent"]


# Claims one word changes: a sentence making one that the other edition's section never makes is reported wherever the
# aligner put it, even paired with its translation ("encrypted in transit and at rest" against 「端到端加密」: eval/editions50c
# metronome-lag ML2, u50c).
CLAIMS = frozenset({"end-to-end"})


def unsaid_claims(unit_concepts: frozenset[str], their_concepts: frozenset[str]) -> list[str]:
    """The `CLAIMS` a sentence makes (its concepts) that the other section (its concepts) never makes."""
    return [f"concept:{c}" for c in sorted(CLAIMS & unit_concepts - their_concepts)]


# The two sections must align well: at least this share of each side's sentences in a bead with another sentence.
MIN_PAIRED_SHARE = 0.6
# ... and no more than this many sentences of one side left alone (a re-written section, a wrong pair).
MAX_ALONE = 3
_NEGATION_KEY = frozenset({"concept:not"})
# a section pair `align` is less sure of than this is not read sentence by sentence
MIN_PAIR_CONFIDENCE = 0.6
# (u43h) The aligner fills an n × m table: a section pair of 1,500 sentences a side (one flat page, or a paragraph of
# 「英文版。中文版。」 repeated) took 287 s for one product.  The largest pair of every editions set is 33 × 33; past
# this many cells a pair is not aligned, and `compare` says so in a warning (`TooManySentences`).
MAX_ALIGN_CELLS = 40_000

# A promise not to keep data (「不会被存储」, 「不保存」, "will not be stored", "does not retain"), and any word of keeping data
# at all: an edition with none of the second says nothing of it, so a promise of the first in the other edition's paired
# sentence is one-sided.  The second is wide on purpose (a log, memory, a disk, 删除 after use, remain, hold): each word
# of it is a way a translator may have said the promise, and then nothing is reported; deleting counts only once the
# data is used (「用后即删除」, "deleted immediately"), not as a user's right to have it deleted.
_NOT_KEPT = lazyre.compile(
    r"(?:不[会會]|[决絕绝并並从從也亦]不[会會]?|不)被?(?:在[^，。；、*]{1,8}?)?[*]*(?:持久|永久|长期|長期)?(?:化|地)?"
    r"(?:存储|储存|存儲|儲存|保存|留存|保留|存放)"
    r"|(?i:\b(?:not|never)\s+(?:be\s+)?(?:\w+ly\s+)?(?:stored|saved|retained|kept|persisted)\b"
    r"|\b(?:do|does|did|will|would|shall|wo)\s*(?:not\s+|n[\'’]t\s+)(?:be\s+)?(?:\w+ly\s+)?"
    r"(?:store|stored|save|saved|retain|retained|keep|kept|persist|persisted)\b)"
)


class TooManySentences(Exception):
    """A section pair with more sentences than the aligner reads (`MAX_ALIGN_CELLS`): its lone sentences are not looked for."""

    def __init__(self, base: int, other: int) -> None:
        super().__init__(base, other)
        self.base, self.other = base, other


# The words of a site's own links (a header or footer menu): a paragraph of these alone says nothing a policy holds.
_NAV_WORDS = frozenset(
    [
        "home",
        "support",
        "privacy",
        "policy",
        "terms",
        "conditions",
        "of",
        "use",
        "service",
        "contact",
        "us",
        "about",
        "faq",
        "help",
        "blog",
        "download",
        "downloads",
        "legal",
        "imprint",
        "press",
        "careers",
        "pricing",
        "features",
        "eula",
        "cookies",
        "cookie",
        "settings",
        "notice",
        "and",
        "&",
    ]
)
_NAV_ROW_WORDS = 3


def nav_row(text: str) -> bool:
    """Is `text` a site's menu read as one paragraph, three or more of its links' words and nothing else ("Support Privacy
    Policy Terms & Conditions", a page footer run into the last section: eval/editions50c mytides, u50c)?  Its
    translation is the menu translated (「支持 隐私政策 条款与条件」), no sentence of the policy."""
    words = text.replace("&", " & ").split()
    return len(words) >= _NAV_ROW_WORDS and all(w.lower().strip("|·•/") in _NAV_WORDS or w in "|·•/" for w in words)


def _carries(unit: Sentence) -> bool:
    """Does a sentence carry an anchor or a concept (a negation alone is none)?"""
    return bool(unit.keys - _NEGATION_KEY)


def _weighed(alone: list[int], units: list[Sentence]) -> tuple[int, float]:
    """The lone sentences `alone` of `units`: how many carry something, and their weight (one that carries nothing
    counts half)."""
    carrying = sum(1 for i in alone if _carries(units[i]))
    return carrying, carrying + (len(alone) - carrying) / 2


def _rewritten(
    beads: list[tuple[list[int], list[int]]],
    alone_b: list[int],
    alone_o: list[int],
    mine: list[Sentence],
    theirs: list[Sentence],
    *,
    weighed: bool,
) -> bool:
    """Do two aligned sections not read as one another (a wrong pair, a re-written section): too large a share of one
    side's sentences alone (`MIN_PAIRED_SHARE`), or more than `MAX_ALONE` lone sentences in all?

    `weighed` (u53e2, eval/editions51 grid-lag: a sign-in paragraph added and a sentence split at ；, four Chinese
    sentences alone of which three carry nothing): when a paired bead shares an anchor or a concept (the sections are
    one another's), a lone sentence that carries nothing (a clause a translator split off or added) weighs half in the
    share and is not counted in the limit."""
    anchored = weighed and any(
        ib and io and (frozenset().union(*(mine[i].keys for i in ib)) & frozenset().union(*(theirs[i].keys for i in io))) - _NEGATION_KEY
        for ib, io in beads
    )
    counts = []
    for alone, units in ((alone_b, mine), (alone_o, theirs)):
        carrying, weight = _weighed(alone, units) if anchored else (len(alone), float(len(alone)))
        if weight > max(1.0, (1 - MIN_PAIRED_SHARE) * len(units)):
            return True
        counts.append(carrying)
    return sum(counts) > MAX_ALONE


def lone_sentences(
    base: Section,
    other: Section,
    base_doc: Reading,
    other_doc: Reading,
    base_under: tuple[Section, ...] = (),
    other_under: tuple[Section, ...] = (),
) -> list[Lone]:
    """Sentences of one section of an English ↔ Chinese pair that the other lacks, when the confidence is high.

    `base_under` / `other_under`: the sub-sections under each section that have no counterpart; what they say counts
    as said by the section (eval/editions40 antsdiary: 「設定 > 隱私權與安全性 > 追蹤」, a bold line read as a sub-heading
    in Chinese, is "Settings > Privacy & Security > Tracking", a paragraph of the English "2. Advertising").
    """
    sb = _side(base, base_doc.lower_words, base_under, _kept(base, other, other_doc))
    so = _side(other, other_doc.lower_words, other_under, _kept(other, base, base_doc))
    if not sb.sentences or not so.sentences:
        return []
    ratio = base_doc.size / other_doc.size
    lacking = {
        (in_base, i): lacks
        for in_base, side, rest, rest_doc in ((True, sb, so, other_doc), (False, so, sb, base_doc))
        for i, unit in enumerate(side.sentences)
        if _size(unit.text) >= (MIN_ZH_CHARS if _is_chinese(unit.text) else MIN_EN_LETTERS)
        and not nav_row(unit.text)
        and (lacks := _lacked(unit, rest, rest_doc, side))
    }
    unwritten = {
        in_base: _unwritten_paragraph(side.sentences, rest, rest_doc)
        for in_base, side, rest, rest_doc in ((True, sb, so, other_doc), (False, so, sb, base_doc))
    }
    widened = any(
        _file_types_more(unit, their_text, their_doc)
        for side, their_text, their_doc in (
            (sb, " ".join(u.text for u in so.sentences), other_doc),
            (so, " ".join(u.text for u in sb.sentences), base_doc),
        )
        for unit in side.sentences
    )
    if (
        not lacking
        and not widened
        and not any(unwritten.values())
        and not _names_unwritten(sb.sentences, other_doc)
        and not _names_unwritten(so.sentences, base_doc)
        and not any(unasked_consent(u.text, theirs.text) for mine, theirs in ((sb, so), (so, sb)) for u in mine.sentences)
        and not any(unsaid_claims(u.concepts, theirs.concepts) for mine, theirs in ((sb, so), (so, sb)) for u in mine.sentences)
        and not any(_reversed(u, mine, theirs) for mine, theirs in ((sb, so), (so, sb)) for u in mine.sentences)
        and not (
            _unsaid_kind(sb.sentences, so)
            or _unsaid_kind(so.sentences, sb)
            or any(_NOT_KEPT.search(u.text) for u in sb.sentences + so.sentences)
        )
    ):
        return []  # no sentence has anything the other section lacks: none can be reported, whatever the alignment
    if len(sb.sentences) * len(so.sentences) > MAX_ALIGN_CELLS:
        raise TooManySentences(len(sb.sentences), len(so.sentences))
    beads = _pull_out(align(sb.sentences, so.sentences, ratio), lacking, sb.sentences, so.sentences, ratio)
    alone_b = [i for ib, io in beads if not io for i in ib]
    alone_o = [i for ib, io in beads if not ib for i in io]
    if _rewritten(beads, alone_b, alone_o, sb.sentences, so.sentences, weighed=False):
        kept = _kept_unwritten(alone_b, sb, lacking, True, other_doc) + _kept_unwritten(alone_o, so, lacking, False, base_doc)
        if _rewritten(beads, alone_b, alone_o, sb.sentences, so.sentences, weighed=True):
            # the sections do not read as one another: a wrong pair or a re-written section; only what a Chinese
            # sentence keeps in Latin letters and the English edition writes nowhere is still said by one edition alone
            return kept
    else:
        kept = []
    bad = sum(1 for ib, io in beads if ib and io and _bad([sb.sentences[i] for i in ib], [so.sentences[i] for i in io]))
    if bad * 3 > len(beads) - len(alone_b) - len(alone_o):
        return kept  # (what the guard above kept, if anything) too many paired sentences that share nothing: a wrong section pair
    # a lone sentence next to a lone sentence of the other side is one sentence written otherwise (a value swapped,
    # a paraphrase the aligner could not pair: "Email: support@…" / 「邮箱：kw@…」): the facts report what differs
    swapped: set[tuple[bool, int]] = set()
    for (ib, io), (jb, jo) in itertools.pairwise(beads):
        if (not io and not jb) or (not ib and not jo):  # a lone sentence of each side, one after the other
            for in_base, group in ((True, ib), (False, io), (True, jb), (False, jo)):
                swapped.update((in_base, i) for i in group)
    out = [
        Lone(in_base, (sb if in_base else so).sentences[index], names, CONFIDENCE_CONCEPT)
        for in_base, found in unwritten.items()
        for index, names in _merged_paragraph(beads, found, in_base, sb.sentences, so.sentences, ratio).items()
    ]
    for in_base, alone, side in ((True, alone_b, sb), (False, alone_o, so)):
        for index in alone:
            if (in_base, index) in swapped:
                continue
            unit = side.sentences[index]
            lacks = lacking.get((in_base, index), [])
            if not lacks:
                continue  # (before `_extra_paragraph`, which reads the whole side)
            hard = any(not k.startswith(("concept:", "topic:")) for k in lacks)
            mine, theirs = (sb.sentences, so.sentences) if in_base else (so.sentences, sb.sentences)
            by_keys = not hard and _extra_paragraph(unit, mine, theirs)
            # a name the other edition always keeps in Latin letters and writes nowhere (`KEPT_IN_LATIN`) is in no
            # neighbouring sentence of it either: its length says nothing (eval/editions46 handy, u47e)
            their_doc = other_doc if in_base else base_doc
            kept_unwritten = any(k.startswith("latin:") and k[6:] in KEPT_IN_LATIN and k[6:] not in their_doc.latin for k in lacks)
            if not kept_unwritten and _fits(beads, index, in_base, sb.sentences, so.sentences, ratio, by_keys=by_keys):
                continue
            out.append(Lone(in_base, unit, lacks, CONFIDENCE_ANCHOR if hard else CONFIDENCE_CONCEPT))
    # an English sentence making consent a condition that the Chinese section never sets, wherever the aligner put it
    # (beside its neighbour in one bead: "Disclose to third parties with your prior consent; Disclosure to … authorities"
    # / 「根據法律的有關規定…披露」)
    for in_base, mine, theirs in ((True, sb, so), (False, so, sb)):
        for unit in mine.sentences:
            if (conditions := unasked_consent(unit.text, theirs.text)) and not any(lone.sentence is unit for lone in out):
                out.append(Lone(in_base, unit, conditions, CONFIDENCE_CONCEPT))
            elif (claims := unsaid_claims(unit.concepts, theirs.concepts)) and not any(lone.sentence is unit for lone in out):
                out.append(Lone(in_base, unit, claims, CONFIDENCE_CONCEPT))
            elif (modes_reversed := _reversed(unit, mine, theirs)) and not any(
                lone.sentence is unit or lone.counterpart == unit.text for lone in out
            ):
                # automatic against optional (u51e): shown beside the other edition's sentence that reverses it
                counterpart = next((t.text for t in theirs.sentences if _reversed(t, theirs, mine)), None)
                out.append(Lone(in_base, unit, modes_reversed, CONFIDENCE_CONCEPT, counterpart))
    # a sentence paired one to one whose Latin name the other edition writes nowhere: a name added inside a sentence
    for ib, io in beads:
        if len(ib) != 1 or len(io) != 1 or _bad([sb.sentences[ib[0]]], [so.sentences[io[0]]]):
            continue
        for in_base, index, mine, theirs, their_doc in (
            (True, ib[0], sb, so, other_doc),
            (False, io[0], so, sb, base_doc),
        ):
            unit, counterpart = mine.sentences[index], theirs.sentences[(io if in_base else ib)[0]]
            names = _unwritten_names(unit, lacking.get((in_base, index), []), their_doc, counterpart.text)
            if names:
                out.append(Lone(in_base, unit, names, CONFIDENCE_CONCEPT, counterpart.text))
    # an English sentence naming what the Chinese edition writes nowhere, beside a name its counterpart keeps in Latin
    reported_names = {(lone.in_base, lone.sentence) for lone in out}
    for ib, io in beads:
        if not ib or not io:
            continue
        ga, gb = [sb.sentences[i] for i in ib], [so.sentences[o] for o in io]
        for in_base, mine_units, theirs_units, theirs, mine_doc, their_doc in (
            (True, ga, gb, so, base_doc, other_doc),
            (False, gb, ga, sb, other_doc, base_doc),
        ):
            counterpart_text = " ".join(u.text for u in theirs_units)
            found = [
                (u, names) for u in mine_units if (names := _untranslated_names(u, counterpart_text, theirs.text, mine_doc, their_doc))
            ]
            if not found:
                continue
            # the bead must read as one sentence pair but for the names themselves (which it lacks, by definition)
            shared, lacked, _ = _evidence(ga, gb)
            if lacked - len({k for _, names in found for k in names}) > shared + 1:
                continue
            for unit, names in found:
                if (in_base, unit) not in reported_names:
                    reported_names.add((in_base, unit))
                    out.append(Lone(in_base, unit, names, CONFIDENCE_CONCEPT, counterpart_text))
    # a licence named in a sentence whose paired sentence names another one, which the other edition writes nowhere
    # (u37c, `compare.licences`: 「本应用为开源软件（MIT 许可）」 / "open source (GPL-3.0-or-later)", eval/editions37 osmium)
    # (two lone sentences one after the other, one of each side, are one sentence written otherwise: read as a pair)
    lone_pairs = [(a[0] or b[0], a[1] or b[1]) for a, b in itertools.pairwise(beads) if (not a[1] and not b[0]) or (not a[0] and not b[1])]
    for ib, io in [*beads, *lone_pairs]:
        if not ib or not io:
            continue
        ga, gb = [sb.sentences[i] for i in ib], [so.sentences[o] for o in io]
        for in_base, mine, theirs_units, their_doc in ((False, gb, ga, base_doc), (True, ga, gb, other_doc)):
            counterpart_text = " ".join(u.text for u in theirs_units)
            found = [(u, keys) for u in mine if (keys := licences.differ(u.text, counterpart_text, their_doc.latin))]
            if found:
                out.extend(Lone(in_base, u, keys, CONFIDENCE_ANCHOR, counterpart_text) for u, keys in found)
                break  # one entry per pair of sentences: the edition's sentence, else the base's
    # a list of file types with a type more, in a sentence paired with the other side (`_file_types_more`)
    if widened:
        for ib, io in [*beads, *lone_pairs]:
            if not ib or not io:
                continue
            ga, gb = [sb.sentences[i] for i in ib], [so.sentences[o] for o in io]
            for in_base, mine, theirs_units, their_doc in ((True, ga, gb, other_doc), (False, gb, ga, base_doc)):
                counterpart_text = " ".join(u.text for u in theirs_units)
                for unit in mine:
                    types = _file_types_more(unit, counterpart_text, their_doc)
                    if types and all(lone.sentence is not unit for lone in out):
                        out.append(Lone(in_base, unit, types, CONFIDENCE_CONCEPT, counterpart_text))
    # a list with an item more that names a kind of data the other section never names (u33c), in a sentence paired
    # with the other side: in order inside a two-to-two bead; else one sentence against a bead's other side, whose
    # longest list is its counterpart's (the translator split the sentence: "…connection details, like the database
    # IP, port, name, username. We only use…" for one Chinese sentence; eval/editions33 hellodb)
    reported = {(lone.in_base, lone.sentence) for lone in out}
    for ib, io in beads:
        if not ib or not io or (len(ib) > 1 and len(io) > 1 and (len(ib), len(io)) != (2, 2)):
            continue
        pairs = [([i], [o]) for i, o in zip(ib, io, strict=True)] if len(ib) == len(io) == 2 else [(ib, io)]
        for pb, po in pairs:
            ga, gb = [sb.sentences[i] for i in pb], [so.sentences[o] for o in po]
            if _bad(ga, gb):
                continue
            for in_base, mine, theirs_units, theirs in ((True, ga, gb, so), (False, gb, ga, sb)):
                for unit in mine:
                    counterpart = max(theirs_units, key=lambda u: max((len(x) for x in _items(u.text)), default=0))
                    items = _item_more(unit, counterpart, theirs)
                    if items and (in_base, unit) not in reported:
                        reported.add((in_base, unit))
                        out.append(Lone(in_base, unit, items, CONFIDENCE_CONCEPT, counterpart.text))
    # a promise not to keep the data, in a sentence paired with the other side, when the other edition says nothing of
    # keeping data anywhere (u34c: 「…仅在插件运行时使用，不会被存储或用于任何其他…用途」 / "…only used when the add-in
    # is running and not for any other purposes": eval/editions33 hellodb)
    for ib, io in beads:
        if not ib or not io:
            continue
        ga, gb = [sb.sentences[i] for i in ib], [so.sentences[o] for o in io]
        if _bad(ga, gb):
            continue
        for in_base, mine, theirs_units, their_doc in ((True, ga, gb, other_doc), (False, gb, ga, base_doc)):
            if their_doc.speaks_of_keeping:
                continue
            for unit in mine:
                if _NOT_KEPT.search(unit.text) and (in_base, unit) not in reported:
                    reported.add((in_base, unit))
                    counterpart_text = " ".join(u.text for u in theirs_units)
                    out.append(Lone(in_base, unit, ["commitment:not stored"], CONFIDENCE_CONCEPT, counterpart_text))
    out += [lone for lone in kept if not any(o.in_base == lone.in_base and o.sentence is lone.sentence for o in out)]
    return out


def unheld_anchors(section: Section, texts: list[str], section_doc: Reading, other_doc: Reading) -> list[str]:
    """The anchors of `section` (no dates: every new version has its own) when the other edition, whose paragraphs are
    `texts`, holds none of them anywhere; `[]` when it holds one, or when the section has none (its words alone cannot
    be looked for without translation).  A name in Latin letters counts as in `_lacked`."""
    own = sorted(k for k in _side(section, section_doc.lower_words).keys if not k.startswith("date:"))
    if not own:
        return []
    whole = _Side(
        [],
        cross_script_key("\n".join(texts)).lower(),
        frozenset(k for t in texts for k in anchors(t, other_doc.lower_words)),
        frozenset(),
        frozenset(),
    )
    lacked = [k for k in own if _lacked(Sentence("", 0, 0.0, frozenset([k]), frozenset()), whole, other_doc)]
    return lacked if len(lacked) == len(own) else []


def shown(key: str) -> str:
    """A lacked key as a reader reads it: 'Stepfun', 'scan', 'date 2025-11-28', 'topic retention'."""
    kind, _, value = key.partition(":")
    if kind in ("latin", "email", "url", "phone", "party", "file"):
        return value
    if kind in ("concept", "item", "commitment"):
        return "a negation" if value == "not" else value
    return f"{kind} {value}"


def entry(head: dict[str, Any], lone: Lone, base: Section, other: Section, base_id: str, other_id: str) -> dict[str, Any]:
    """The `sentences[]` object of one lone sentence (the JSON contract, docs/compare.md)."""
    from policylens.compare.analyse import section_ref

    return {
        "kind": KIND,
        **head,
        "only_in": base_id if lone.in_base else other_id,
        "section": section_ref(base),
        "other": section_ref(other),
        "line": lone.sentence.line,
        "text": lone.sentence.text,
        "lacks": [shown(k) for k in lone.lacks],
        "confidence": lone.confidence,
        # added field (u29c): the other edition's sentence this one is paired with, when only a name of it is one-sided
        **({"counterpart": lone.counterpart} if lone.counterpart is not None else {}),
    }


__all__ = [
    "KIND",
    "Lone",
    "align",
    "anchors",
    "concepts",
    "entry",
    "file_types",
    "latin_names",
    "lone_sentences",
    "reading",
    "sentences",
    "split",
    "unheld_anchors",
    "words",
]
