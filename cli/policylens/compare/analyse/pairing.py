"""Two editions of one language paired section by section through `diff` (`pair_same_language`, `Pairing`): what
`diff` shows that means something, sections too far apart to pair, a language switcher or the product's own name
changed, a change of notation only, and the product's name read from a title.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Any, NamedTuple

from policylens.compare import catalogue, evidence, lead_title
from policylens.compare import facts as factlib
from policylens.compare.analyse.editions import Edition, section_ref
from policylens.diff.keys import script_key
from policylens.lazyre import lazy
from policylens.model import Document, Section


class Pairing(NamedTuple):
    """How an edition's sections map onto the base's, and the section divergences that follow."""

    to_base: dict[int, int]  # edition section index → base section index
    divergences: list[dict[str, Any]]
    independent: bool = False  # most paired sections differ: independent translations
    confidence: dict[int, float] | None = None  # edition section index → pair confidence (None: every pair sure)
    # across scripts: sections a re-translation only re-worded (diff `reworded`): listed apart, never divergences
    reworded: tuple[dict[str, Any], ...] = ()
    keyed: bool = False  # two message catalogues paired by key path (`compare.catalogue`)


# When more than this share of the paired sections differ in content, the two editions are
# independent translations: their section-content entries are reported as unsure.
INDEPENDENT_SHARE = 0.5
UNSURE_CONTENT = 0.3


def _index(doc: Document) -> dict[str, int]:
    return {s.id: i for i, s in enumerate(doc.sections)}


# Diffs computed for the product being compared (the timeline and lagging need the same
# base step); cleared before and after each product so memory stays bounded.
_DIFFS: dict[tuple[int, int, bool | None], tuple[Document, Document, Any, dict[str, Any]]] = {}


def _diff(old: Document, new: Document, *, regional: bool | None = None) -> tuple[Any, dict[str, Any]]:
    """`diff_documents` and its diff/1 object, once per pair of documents.

    `regional=True` for two different editions: script and regional wording are variants
    even where the text alone does not reveal the region (a zh-HK edition without 私隱/電郵)."""
    from policylens.diff import diff_documents
    from policylens.render.json import diff_to_dict

    key = (id(old), id(new), regional)
    cached = _DIFFS.get(key)
    if cached is not None and cached[0] is old and cached[1] is new:
        return cached[2], cached[3]
    report = diff_documents(old, new, regional=regional)
    data = diff_to_dict(report)
    _DIFFS[key] = (old, new, report, data)
    return report, data


def _meaningful(section: Section | None) -> bool:
    """A section worth reporting as missing/extra: titled, or an untitled one with text."""
    return section is not None and (section.title is not None or any(p.text.strip() for p in section.paragraphs))


def pair_same_language(base: Edition, other: Edition, *, keyed: bool = False) -> Pairing:
    """Sections of two editions in one language (scripts may differ), through `diff`; `keyed`: two message catalogues
    whose keys agree (`compare.catalogue`), a gap sure only on policy text, a line of one key read as one line."""
    report, data = _diff(base.doc, other.doc, regional=True if other.edition != base.edition else None)
    bi, oi = _index(base.doc), _index(other.doc)
    to_base: dict[int, int] = {}
    out: list[dict[str, Any]] = []
    head = {"edition": other.id, "base": base.id}
    differing = 0  # pairs whose content or title differs (renamed ones count: a sign of a separate translation)
    reworded: list[dict[str, Any]] = []
    names = (product_name(base.doc), product_name(other.doc))
    for s, entry in zip(report.sections, data["sections"], strict=True):
        if s.old is not None and s.new is not None:
            to_base[oi[s.new.id]] = bi[s.old.id]
        if s.status == "unchanged" and not s.renamed and (s.title_reworded or any(c.reworded for c in s.changes)):
            # not counted in `differing`: a re-translation's rewording is told apart here, so the sections whose content
            # differs decide whether the editions are independent translations (whose entries are unsure)
            reworded.append(
                {
                    **head,
                    "section": section_ref(s.old),
                    "other": section_ref(s.new),
                    "title_reworded": s.title_reworded,
                    "changes": [c for c in entry["changes"] if c.get("reworded")],
                }
            )
            continue
        if s.status == "removed" and _meaningful(s.old):
            # the policy's title read as a heading here and as a plain line in `other` (u49w2, `compare.lead_title`)
            sure = UNSURE_CONTENT if lead_title.title_gap(base.doc, bi[s.old.id], other.doc) else 1.0
            out.append({"kind": "section-missing", **head, "section": section_ref(s.old), "other": None, "confidence": sure})
        elif s.status == "added" and _meaningful(s.new):
            sure = UNSURE_CONTENT if lead_title.title_gap(other.doc, oi[s.new.id], base.doc) else 1.0
            out.append({"kind": "section-extra", **head, "section": None, "other": section_ref(s.new), "confidence": sure})
        elif s.status == "modified" or (s.renamed and s.status == "unchanged"):
            if not s.renamed and _notation_only(entry["changes"], (base.doc.metadata.script, other.doc.metadata.script)):
                continue  # the same dates written another way (2021/03/30 = 民國110年3月30日): facts compare them
            changes = [c for c in entry["changes"] if not _switcher_change(c) and not _own_name_change(c, names)]
            if not s.renamed and not changes:
                continue  # only the language switcher, which names the other editions on each page
            differing += 1
            if not any(not c.variant for c in s.changes) or not any(not c.get("variant") for c in changes):
                continue  # a rename alone changes no content: never an entry with 0 changes
            out.append(
                {
                    "kind": "section-content",
                    **head,
                    "section": section_ref(s.old),
                    "other": section_ref(s.new),
                    "renamed": s.renamed,
                    "topics": list(s.topics),
                    "changes": changes,
                    "confidence": 1.0,
                }
            )
    paired = sum(1 for s in report.sections if s.old is not None and s.new is not None and _meaningful(s.old))
    content = [d for d in out if d["kind"] == "section-content"]
    independent = paired >= 3 and differing > INDEPENDENT_SHARE * paired
    if keyed and not independent:
        # two catalogues: each key is a section, and most are one short string (a heading, a list's label) that a
        # translation and a conversion write alike; the strings tell independent translations apart (eval/editions52
        # notepaddle: 15 of 33 keys differ, 34 of 59 strings)
        independent = catalogue.translated_apart(report, data["sections"], INDEPENDENT_SHARE)
    if other.edition != base.edition:
        # across editions a change is sure only on evidence: a fact, a clause, words of meaning added (`evidence`);
        # a localisation's wording, a translator's paraphrase or a reworded line is unsure
        for d in content:
            changes = catalogue.keyed_changes(d["changes"], base.doc, other.doc) if keyed else d["changes"]
            d["confidence"] = evidence.confidence(changes, base.doc, other.doc, independent=independent, unsure=UNSURE_CONTENT)
    elif independent:
        for d in content:
            # a line in one edition only that carries a registration, a contact or a party stays sure
            if not factlib.one_sided_fact(d["changes"], base.doc, other.doc):
                d["confidence"] = UNSURE_CONTENT
    if independent:
        # a removed section next to an added one: most likely one section translated apart
        one_sided = [d for d in out if d["kind"] in ("section-missing", "section-extra")]
        swapped = any(
            a.status != b.status and {a.status, b.status} == {"removed", "added"} and not _apart(a.old or b.old, a.new or b.new)
            for a, b in itertools.pairwise(report.sections)
        )
        if swapped:
            for d in one_sided:
                d["confidence"] = UNSURE_CONTENT
    if keyed:  # a key one catalogue lacks is sure only when its value is policy text (`catalogue.policy_text`)
        for d in out:
            gap = d["section"] if d["kind"] == "section-missing" else d["other"] if d["kind"] == "section-extra" else None
            doc = base.doc if d["kind"] == "section-missing" else other.doc
            if gap is not None and not any(
                catalogue.policy_text(s) for s in doc.sections if s.line == gap["line"] and s.title == gap["title"]
            ):
                d["confidence"] = min(d["confidence"], UNSURE_CONTENT)
    return Pairing(to_base, out, independent, reworded=tuple(reworded))


# A removed section and an added one beside it whose bodies (in one script) share fewer character pairs than this
# (Dice) are two sections, not one translated apart: 「從網頁匯入」 against 「貼上整理」 share 0.08, one section
# that Hong Kong and Taiwan wrote apart 0.8 or more (eval/editions45 cooktutor-lag, u45e).
APART_SHARE = 0.15
# ... read so only when both bodies hold this many characters (a short body shares little by chance)
APART_CHARS = 40


def _apart(old: Section | None, new: Section | None) -> bool:
    """Do `old` and `new`, two Chinese sections a removal and an addition put side by side, say different things?"""
    if old is None or new is None:
        return False
    keys = [script_key(" ".join(p.text for p in section.paragraphs)) for section in (old, new)]
    pairs = [Counter(k[i : i + 2] for i in range(len(k) - 1) if not k[i : i + 2].isspace()) for k in keys]
    sizes = [sum(c.values()) for c in pairs]
    if min(sizes) < APART_CHARS:
        return False
    return 2 * sum((pairs[0] & pairs[1]).values()) / sum(sizes) < APART_SHARE


def _switcher_change(change: dict[str, Any]) -> bool:
    """Is `change` one page's language switcher against another's: a row of short links naming a language on both sides
    (「App 支援·简体·香港· English」 → 「App 支援·简体·台灣· English」)? Each page of a set of HTML editions links to the
    others and not to itself, so the row differs by design (eval/editions45 cooktutor, u45e)."""
    if change["op"] != "replace":
        return False
    old, new = change.get("old_text") or "", change.get("new_text") or ""
    return all((named := factlib.spoken_languages(t)) and factlib.link_list(t, named.values()) for t in (old, new))


# A policy's own title words, around the product's name in a document title (「提詞 隱私權政策」, "RecCue Privacy Policy").
_POLICY_TITLE = lazy(
    r"(?i)(?:隐私|隱私|私隐|私隱)(?:权|權)?(?:政策|声明|聲明|条款|條款|协议|協議|指引|保护指引|保護指引)|privacy\s+(?:policy|notice|statement)"
)
_NAME_NOISE = re.compile(r"[\s\-–—|·:：,，()（）《》「」“”\"']+")


def product_name(doc: Document) -> str | None:
    """The product's name a document's title gives, its policy words and punctuation taken out (「提詞 隱私權政策」 → 提詞);
    None when the title has no policy words or nothing else."""
    title = doc.metadata.title or ""
    if not _POLICY_TITLE.search(title):
        return None
    name = _NAME_NOISE.sub("", _POLICY_TITLE.sub("", title))
    return name if len(name) >= 2 and not _NOT_A_NAME.search(name) else None


# (u46r) what a title gives beside its policy words that is no product's name: a year, a version or an edition
# (「隐私政策（2023年版）」 against 「隐私政策（2024年版）」: a line naming its version differed only by that "name", and the
# change 「本政策2023年版…」 → 「本政策2024年版…」 was dropped)
_NOT_A_NAME = lazy(r"(?i)\d{4}|\d年|版|修[订訂]|更新|生效|\bv\d|version|edition|updated?|revised|revision")


def _own_name_change(change: dict[str, Any], names: tuple[str | None, str | None]) -> bool:
    """Is `change` a line that differs only by the product's name each edition's title gives (「提词Pro 不会…」 against
    「提詞不會…」: the app is 提词Pro in the mainland store and 提詞 in Taiwan's; eval/editions45 reccue-lag, u46e)?"""
    old_name, new_name = names
    if change["op"] != "replace" or not old_name or not new_name or script_key(old_name) == script_key(new_name):
        return False
    old, new = change.get("old_text") or "", change.get("new_text") or ""
    if old_name not in old or new_name not in new:
        return False
    return "".join(script_key(old.replace(old_name, "\0")).split()) == "".join(script_key(new.replace(new_name, "\0")).split())


def _notation_only(changes: list[dict[str, Any]], scripts: tuple[str | None, str | None]) -> bool:
    """Does every change only write the same dates another way (`scripts`: the base edition's, the other's)?"""
    return bool(changes) and all(
        c["op"] == "replace" and factlib.same_but_date_notation(c["old_text"] or "", c["new_text"] or "", scripts) for c in changes
    )


# An entry below this confidence is shown as unsure and does not count as a divergence for the exit code.
SURE = 0.5
