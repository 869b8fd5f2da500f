"""One product: read its editions, pick the base, compare every edition with it, build timelines.

`compare_product(task)` runs in a worker (it is the unit of work the executor ships) and
returns the product's `policylens.compare/1` object, plain JSON-ready data.

- Chinese editions against a Chinese base, and English against English: `diff`'s
  cross-script alignment (`diff_documents`); a removed section is `section-missing`, an
  added one `section-extra`, a modified or renamed one `section-content` with the diff/1
  changes.  Script and regional wording are `diff`'s variants, never divergences.
- English against Chinese: `compare.align` (structure, topics, facts), with confidence.
- Facts (`compare.facts`) for every edition, each reported once, in its base section.
- Versions: consecutive versions of each edition, with the diff/1 summary of each step.
- Lagging: an edition that lacks a change the newest base version made to the previous one.
- With `--profile`: each edition's disclosure coverage and the items an edition lost
  (`compare.coverage`).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import tempfile
from collections import Counter
from typing import Any, NamedTuple

from policylens.compare import absent, catalogue, claimed, evidence, flat, lead_title, licences, months, named_lag, pervasive, unwritten
from policylens.compare import facts as factlib
from policylens.compare import sentences as sentlib
from policylens.compare.align import align, profiles
from policylens.compare.date_titles import fold_date_titles
from policylens.compare.inputs import EditionInput, ProductInput, natural_key, read_git_blob
from policylens.diff.keys import script_key
from policylens.diff.redline import clear_caches
from policylens.errors import UserError
from policylens.lazyre import lazy
from policylens.model import Document, Section
from policylens.patterns import WEB_TLDS

SCHEMA = "policylens.compare/1"
# Traditional tags first: the default base is the newest Traditional edition.
TRADITIONAL = ("zh-Hant", "zh-TW", "zh-HK", "zh-MO")
SIMPLIFIED = ("zh-Hans", "zh-CN", "zh-SG", "zh-MY")


class CompareOptions(NamedTuple):
    """Choices that apply to every product."""

    base: str | None = None  # edition tag, e.g. zh-Hant
    encoding: str | None = None
    max_bytes: int | None = None
    profiles: tuple[str, ...] = ()  # disclosure profiles (compare --profile): coverage per edition
    profile_paths: tuple[str, ...] = ()  # folders of user profile files (configuration `profile-paths`)


class Task(NamedTuple):
    """What a worker needs for one product."""

    product: ProductInput
    options: CompareOptions


class Edition(NamedTuple):
    """A read edition version."""

    input: EditionInput
    edition: str
    doc: Document

    @property
    def id(self) -> str:
        return f"{self.edition}.{self.input.label}" if self.input.label else self.edition

    @property
    def date(self) -> str | None:
        return self.input.date


def language(tag: str) -> str:
    """'zh', 'en' or the tag's primary language."""
    return tag.split("-")[0].lower()


def expected_script(tag: str) -> str | None:
    """hant/hans from the tag, None when it does not say."""
    lowered = tag.lower()
    if any(lowered == t.lower() or lowered.startswith(t.lower() + "-") for t in TRADITIONAL):
        return "hant"
    if any(lowered == t.lower() or lowered.startswith(t.lower() + "-") for t in SIMPLIFIED):
        return "hans"
    return None


def _load(item: EditionInput, options: CompareOptions) -> Document:
    from policylens.load import load
    from policylens.structure import build_document

    if item.git is None:
        return fold_date_titles(_units(load(item.path, max_bytes=options.max_bytes, encoding=options.encoding), build_document))
    data = read_git_blob(item.git)
    with tempfile.TemporaryDirectory(prefix="policylens-") as folder:
        name = os.path.join(folder, os.path.basename(item.git[2]) or "policy.txt")
        with open(name, "wb") as fh:
            fh.write(data)
        doc = _units(load(name, max_bytes=options.max_bytes, encoding=options.encoding), build_document)
    return fold_date_titles(doc._replace(source=doc.source._replace(path=item.path)))


def _units(loaded: Any, build: Any) -> Document:
    """The document `build` makes of `loaded`; a JSON message catalogue read unit by unit (fifty-second session,
    `compare.catalogue`: each string value a paragraph at its line, each key a section), not as one paragraph of JSON;
    a YAML or JS/TS catalogue too (u53e)."""
    doc: Document = build(loaded)
    return catalogue.read(doc, loaded.text)


# Regions a tag can name, as `metadata.region` spells them.
_REGIONS = {"TW": "tw", "HK": "hk", "CN": "cn"}


def tag_region(tag: str) -> str | None:
    """The region an edition tag names (zh-HK → hk, zh-Hant-TW → tw); None when it names none (zh-Hant, en).

    The tag wins over detection: a zh-HK edition converted from zh-TW may lack the words
    that reveal Hong Kong text (私隱, 電郵), and is still the Hong Kong edition.
    """
    parts = tag.split("-")
    if language(tag) != "zh":
        return None
    return next((_REGIONS[p.upper()] for p in parts[1:] if p.upper() in _REGIONS and len(p) == 2), None)


GUESSED_EDITIONS = ("zh-HK", "zh-Hant", "zh-Hans", "en")  # what `_guess_edition` can name


def _guess_edition(doc: Document) -> str:
    """The edition of a file whose name names none (a `--git` file), from its script: one of `GUESSED_EDITIONS`."""
    meta = doc.metadata
    if meta.script == "hant":
        return "zh-HK" if meta.region == "hk" else "zh-Hant"
    if meta.script in ("hans", "mixed"):
        return "zh-Hans"
    return "en"


def _read(item: EditionInput, options: CompareOptions) -> tuple[Edition | None, str | None]:
    try:
        doc = _load(item, options)
    except UserError as exc:
        return None, exc.message
    except RecursionError:
        return None, "too deeply nested to read"
    except Exception as exc:  # an unforeseen input: this file's error entry, never the batch's
        return None, f"cannot be read ({type(exc).__name__}: {exc})"
    if EMPTY in doc.warnings:
        # parse and check warn and go on; an empty edition compared would show every base section missing
        return None, f"{EMPTY}; not compared"
    if item.edition is not None:
        unlike = _unlike_its_tag(item.edition, doc)
        if unlike:
            doc = doc._replace(warnings=(*doc.warnings, unlike))
    return Edition(item, item.edition or _guess_edition(doc), doc), None


def _unlike_its_tag(tag: str, doc: Document) -> str | None:
    """Why the text is not what its edition tag says: Chinese under `en`, English under `zh-…`, the other script.

    A copy left in place of a translation (the zh-Hant text saved as en.… or zh-Hans.…) was compared as that
    edition: no divergence, exit 0, without a word (hostile round 25).  Only a text with no section in the tag's
    language, or whose script is wholly the other one (not `mixed`), is named.
    """
    langs = {s.lang for s in doc.sections if s.lang}
    wanted = language(tag)
    shown = {"zh": "Chinese", "en": "English"}
    if wanted in shown and langs and wanted not in langs:
        found = ", ".join(sorted(shown.get(x, x) for x in langs))
        return f"tagged {tag} but its text is {found}: a copy of another edition, or a file misnamed?"
    script, meta = expected_script(tag), doc.metadata.script
    name = {"hant": "Traditional", "hans": "Simplified"}
    if wanted == "zh" and script and meta in ("hant", "hans") and meta != script:
        return f"tagged {tag} but its text is in {name[meta]} characters: a copy of another edition, or a file misnamed?"
    if wanted == "zh" and script and meta == "mixed":
        # a conversion left half done: headings Traditional, most sentences still Simplified (editions26 savemate)
        from policylens.script import count_script

        traditional, simplified = count_script("\n".join(_section_texts(doc)))
        mine, theirs = (traditional, simplified) if script == "hant" else (simplified, traditional)
        if theirs > mine:
            other = "hans" if script == "hant" else "hant"
            return (
                f"tagged {tag} but most of its text is in {name[other]} characters ({theirs} {name[other]}-only against"
                f" {mine} {name[script]}-only): a conversion left half done?"
            )
    return None


def _section_texts(doc: Document) -> list[str]:
    """The titles and paragraphs of a document, in order."""
    return [part for s in doc.sections for part in (s.title or "", *(p.text for p in s.paragraphs))]


# The warning `structure` gives a document without text (parse and check print it).
EMPTY = "the document is empty (no text)"


def section_ref(section: Section | None) -> dict[str, Any] | None:
    """{"title", "line"} of a section; None for no section."""
    if section is None:
        return None
    return {"title": section.title, "line": section.line}


def _edition_entry(e: Edition, latest: bool) -> dict[str, Any]:
    meta = e.doc.metadata
    return {
        "id": e.id,
        "edition": e.edition,
        "date": e.date,
        "path": e.input.path,
        "script": meta.script,
        "region": tag_region(e.edition) or meta.region,
        "sections": sum(1 for s in e.doc.sections if s.title is not None),
        "top_level": factlib.top_level(e.doc),
        "updated": meta.updated,
        "latest": latest,
    }


def pick_base(editions: list[Edition], wanted: str | None) -> Edition | None:
    """The newest version of `wanted`; by default of the newest Traditional edition, else the newest edition.

    Among editions of one date a Chinese one comes first.  (Twenty-third session, t23c.)  zh-CN, zh-Hans and en of one
    commit: the base was en, the first tag in order, and each Simplified edition was compared with English only, where
    a row that one of them alone has (友盟+SDK, its identifiers) and that carries no fact cannot be seen."""
    if not editions:
        return None
    if wanted:
        wanted = wanted.replace("_", "-").lower()  # `--base zh_TW`, as the files may be named
        chosen = [e for e in editions if e.edition.lower() == wanted]
        return max(chosen, key=_order) if chosen else None
    traditional = [
        e for e in editions if expected_script(e.edition) == "hant" or (e.doc.metadata.script == "hant" and language(e.edition) == "zh")
    ]
    pool = traditional or editions
    rank = {tag.lower(): k for k, tag in enumerate(TRADITIONAL)}
    return max(
        pool,
        key=lambda e: (e.date or "", language(e.edition) == "zh", -rank.get(e.edition.lower(), len(rank)), natural_key(e.input.label)),
    )


def _order(e: Edition) -> tuple[str, list[str | int]]:
    return (e.date or "", natural_key(e.input.label))


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


# A name in a Chinese section's title of this many letters or more (not SDK, iOS, App: acronyms English may spell out)
UNWRITTEN_TITLE_NAME = 4
# Confidence of a Chinese section whose title names what the English edition writes nowhere (`_unwritten_title`), and
# of the English section it was paired with by its place.
UNWRITTEN_TITLE_SURE = 0.9
UNWRITTEN_TITLE_OTHER = 0.3


def _unwritten_title(chinese: Section, english: Document, written: dict[int, set[str]] | None = None) -> bool:
    """Does a Chinese section's title name, in Latin letters, what its own body names again and the English edition
    writes nowhere?  A name a Chinese edition keeps in Latin letters the English keeps too, so the English edition has
    no such section, whatever section its place pairs it with: 「4. 選用 iCloud 同步」 against "4. iOS Shortcuts & App
    Monitoring", the English a version behind (eval/editions45 mindfulwork-lag ML1, u46e).

    `written` keeps the English edition's words once read (`_english_words`), for the next section pair: read again for
    each pair, a compare of two editions of 1,000 sections read the English 1,000 times (u49h: 8 s, 100 s at 4,000)."""
    if not chinese.title:
        return False
    body = ""
    for name in sentlib.latin_names(chinese.title):
        flat = name.replace("-", "")
        if len(flat) < UNWRITTEN_TITLE_NAME:
            continue
        body = body or " ".join(p.text for p in chinese.paragraphs).lower()
        if not re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", body):
            continue
        if not {name, flat, f"{name}s", name.removesuffix("s")} & _english_words(english, written):
            return True
    return False


def _english_words(english: Document, written: dict[int, set[str]] | None) -> set[str]:
    """The Latin words of the English edition's titles and paragraphs (kept in `written` by the document's id)."""
    if written is not None and id(english) in written:
        return written[id(english)]
    words = {w for p in english.sections for t in (p.title or "", *(q.text for q in p.paragraphs)) for w in sentlib.words(t)}
    words |= sentlib.words(english.metadata.title or "")
    if written is not None:
        written[id(english)] = words
    return words


def pair_across_languages(base: Edition, other: Edition, base_facts: list[factlib.Fact], other_facts: list[factlib.Fact]) -> Pairing:
    """Sections of an English and a Chinese edition, through `compare.align`."""
    titled = (lead_title.title_index(base.doc, other.doc), lead_title.title_index(other.doc, base.doc))
    result = align(
        lead_title.without(profiles(base.doc, base_facts), titled[0]), lead_title.without(profiles(other.doc, other_facts), titled[1])
    )
    base_chinese = language(base.edition) == "zh"
    written: dict[int, set[str]] = {}
    for b, (o, _) in list(result.pairs.items()):
        chinese, english = (base.doc.sections[b], other.doc) if base_chinese else (other.doc.sections[o], base.doc)
        if _unwritten_title(chinese, english, written):
            del result.pairs[b]
            result.missing[b] = UNWRITTEN_TITLE_SURE if base_chinese else UNWRITTEN_TITLE_OTHER
            result.extra[o] = UNWRITTEN_TITLE_OTHER if base_chinese else UNWRITTEN_TITLE_SURE
    # the policy's title, read as a heading in one edition and a plain line in the other (u49w2, `compare.lead_title`):
    # aligned without it (it shifted every pair by one), reported unsure
    if titled[0] is not None:
        result.missing[titled[0]] = UNSURE_CONTENT
    if titled[1] is not None:
        result.extra[titled[1]] = UNSURE_CONTENT
    _absent_subjects(base, other, result.missing, result.extra, titled, set_aside=result.set_aside)
    head = {"edition": other.id, "base": base.id}
    out: list[dict[str, Any]] = []
    for index, confidence in sorted(result.missing.items()):
        out.append(
            {"kind": "section-missing", **head, "section": section_ref(base.doc.sections[index]), "other": None, "confidence": confidence}
        )
    for index, confidence in sorted(result.extra.items()):
        out.append(
            {"kind": "section-extra", **head, "section": None, "other": section_ref(other.doc.sections[index]), "confidence": confidence}
        )
    return Pairing(
        {o: b for b, (o, _) in result.pairs.items()},
        out,
        independent=not result.reliable,
        confidence={o: c for o, c in result.pairs.values()},
    )


def _absent_subjects(
    base: Edition,
    other: Edition,
    missing: dict[int, float],
    extra: dict[int, float],
    titled: tuple[int | None, int | None],
    *,
    set_aside: bool = False,
) -> None:
    """Make sure an unsure gap whose subject the other edition writes nowhere (`compare.absent`, u50e): the outlines may
    differ too much to trust a gap, but a section on children, cookies or iCloud is absent from an edition naming none.

    `set_aside`: the gaps are chapters `align._set_aside` left over, sure by their place alone; one whose subject the other
    edition does write (its iCloud, its 保留, under another title) may be merged there, and is unsure (0.4)."""
    for gaps, own, against, skip in ((missing, base, other, titled[0]), (extra, other, base, titled[1])):
        unsure = [i for i, c in gaps.items() if (c < SURE or set_aside) and i != skip]
        if not unsure:
            continue
        reader = absent.Other(against.doc, language(against.edition) == "zh")
        for i in unsure:
            section = own.doc.sections[i]
            if gaps[i] < SURE and reader.lacks_subject_of(section):
                gaps[i] = absent.ABSENT_SURE
            elif gaps[i] >= SURE and reader.writes_subject_of(section):
                gaps[i] = min(gaps[i], absent.MERGED_ELSEWHERE)


def lone_sentences(base: Edition, other: Edition, pairing: Pairing, notes: list[str] | None = None) -> list[dict[str, Any]]:
    """`sentence-only` entries of an English ↔ Chinese pair: in each pair of sections `align` is sure of (`compare.sentences`).

    `notes` receives a line for each section pair too long to be read sentence by sentence (`sentences.TooManySentences`).
    """
    head = {"edition": other.id, "base": base.id}
    condensed = flat.condensed_against_sections(base.doc, other.doc)
    if pairing.independent:
        # the outlines do not align: no section pair to read sentence by sentence; an edition without headings against
        # one in sections is still read for the names in Latin letters its Chinese sentences give (u36c, `compare.flat`),
        # and so is one condensed under one heading (u51e)
        if not (condensed or flat.flat_against_sections(base.doc, other.doc)):
            return []
        return flat.entries(head, base.id, other.id, base.doc, other.doc, language(base.edition) == "zh")
    base_doc = sentlib.reading([p.text for s in base.doc.sections for p in s.paragraphs], base.doc.metadata.title)
    other_doc = sentlib.reading([p.text for s in other.doc.sections for p in s.paragraphs], other.doc.metadata.title)
    out: list[dict[str, Any]] = []
    paired_base, paired_other = set(pairing.to_base.values()), set(pairing.to_base)
    written: dict[bool, pervasive.Written] = {}  # the edition lacking a sentence, its sections read once
    for o, b in sorted(pairing.to_base.items(), key=lambda item: item[1]):
        if (pairing.confidence or {}).get(o, 1.0) < sentlib.MIN_PAIR_CONFIDENCE:
            continue
        bs, os_ = base.doc.sections[b], other.doc.sections[o]
        under = (_unpaired_under(base.doc, b, paired_base), _unpaired_under(other.doc, o, paired_other))
        try:
            found = sentlib.lone_sentences(bs, os_, base_doc, other_doc, *under)
        except sentlib.TooManySentences as many:
            if notes is not None:
                notes.append(
                    f"{base.id} line {bs.line} and {other.id} line {os_.line}: sections of {many.base:,} and {many.other:,}"
                    " sentences, too many to align sentence by sentence: their sentences one edition lacks are not looked for"
                )
            continue
        for lone in found:
            # lacking only names the other edition writes throughout (the platform, the product): unsure (u55e)
            side = written.setdefault(lone.in_base, pervasive.Written(other.doc if lone.in_base else base.doc))
            if lone.confidence > pervasive.UNSURE and side.pervasive(list(lone.lacks)):
                lone = lone._replace(confidence=pervasive.UNSURE)
            out.append(sentlib.entry(head, lone, bs, os_, base.id, other.id))
    if condensed:  # its one section pair says little of the rest: its names are read as a flat edition's (u51e)
        seen = {(e["line"], e["text"]) for e in out}
        out += [
            e
            for e in flat.entries(head, base.id, other.id, base.doc, other.doc, language(base.edition) == "zh")
            if (e["line"], e["text"]) not in seen
        ]
    else:  # (u53e) an exception the Chinese edition drops, read over the whole of both editions
        seen = {(e["line"], e["text"]) for e in out}
        out += [
            e
            for e in flat.exception_entries(head, base.id, other.id, base.doc, other.doc, language(base.edition) == "zh")
            if (e["line"], e["text"]) not in seen
        ]
    return out


def _unpaired_under(doc: Document, index: int, paired: set[int]) -> tuple[Section, ...]:
    """The sub-sections under `doc.sections[index]` (deeper, up to the next section of its level or higher) that have no
    counterpart in the other edition."""
    sections, level = doc.sections, doc.sections[index].level
    out = []
    for k in range(index + 1, len(sections)):
        if sections[k].level <= level:
            break
        if k not in paired:
            out.append(sections[k])
    return tuple(out)


# Facts that are read from words of English and Chinese only (a law's name, a period, a date in words).
WORDED_FACTS = frozenset({"law", "duration", "date", "language"})


def fact_divergences(
    base: Edition,
    other: Edition,
    base_facts: list[factlib.Fact],
    other_facts: list[factlib.Fact],
    to_base: dict[int, int],
    *,
    outline_reliable: bool = True,
    gap_sure: bool = True,
) -> list[dict[str, Any]]:
    """Each fact that is absent or different in `other`, once, in the base section where it differs.

    `gap_sure`: some section of one edition is surely missing from the other.  When none is (every section paired, or
    each gap with a plausible counterpart: a heading the other edition wrote as a plain line, or one level deeper), the
    number of top-level sections differs by layout, not content, and `section-count` is unsure (eval/editions28).
    """
    other_facts = factlib.reconcile(base_facts, other_facts)  # one company named in each script's wording
    # an address with a label run into it ("Support emailnana@…") is the other edition's address (支援信箱nana@…)
    base_facts, other_facts = factlib.unglue_emails(base_facts, other_facts), factlib.unglue_emails(other_facts, base_facts)
    out: list[dict[str, Any]] = []
    head = {"edition": other.id, "base": base.id}
    sections = base.doc.sections

    def where(fact: factlib.Fact | None, side: str) -> int | None:
        if fact is None or fact.section is None:
            return None
        return fact.section if side == "base" else to_base.get(fact.section)

    unread: dict[str, set[str]] = {}  # edition id → readings of its ambiguous numeric dates, on first need
    unread_language = not compares_sections(other.edition, base.edition)

    def ambiguous(edition: Edition, value: str) -> bool:
        """Whether `edition` holds a numeric date it could not read that may be `value` (03/01/2024)."""
        if edition.id not in unread:
            unread[edition.id] = factlib.ambiguous_dates(edition.doc)
        return value in unread[edition.id]

    written: dict[str, frozenset[str]] = {}  # edition id → every date its text writes, on first need

    def both_dates_in_both(b: factlib.Fact | None, o: factlib.Fact | None) -> bool:
        """Does each edition write the other's date too?  Then which one reads as `updated` is a matter of layout: a
        page's generation date above the policy's own (最後更新：2025-09-04 over 最後更新日期：2025 年 8 月 18 日, and
        "Generated on 2025-09-04" in the English footer: eval/editions28 soulscript)."""
        if b is None or o is None:
            return False
        for edition in (base, other):
            if edition.id not in written:
                written[edition.id] = factlib.dates_in(_text(edition))
        return b.key in written[other.id] and o.key in written[base.id]

    def written_unlabelled(b: factlib.Fact | None, o: factlib.Fact | None) -> bool:
        """Is a labelled date of one edition written in the other edition's text, where `parse` read no such label?  Then
        only the label was not read (「有效日期: April 25, 2025」 against "Effective Date: April 25, 2025": eval/editions35
        dbtools), not a date one edition lacks.  A date the other edition reads under the other label (effective
        2025-09-17 against "最后更新: 2025-09-17": eval/editions34 akshare's A12) stays a divergence."""
        if (b is None) == (o is None):
            return False
        present, absent = (b, other) if o is None else (o, base)
        assert present is not None
        if any(f.kind == "date" and f.key == present.key for f in (other_facts if o is None else base_facts)):
            return False  # the other edition reads that date under another label (effective / updated): a real difference
        if absent.id not in written:
            written[absent.id] = factlib.dates_in(_text(absent))
        return present.key in written[absent.id]

    paired_base = set(to_base.values())

    def apart(b: factlib.Fact, o: factlib.Fact) -> bool:
        """Are the two left-over values in sections known not to be one another: the base value's section has a
        counterpart and the other value stands outside it (in a section the base lacks, or paired elsewhere)?  Then
        they are two facts, not one changed ("16 岁" of 「6. 儿童隐私」 against the "7 days" of a referral section the
        translation lacks: eval/editions43 imageharvest)."""
        if b.section is None or o.section is None or b.section not in paired_base:
            return False
        return _paired_above(other.doc, o.section, to_base) != b.section

    def named_in_both(b: factlib.Fact | None, o: factlib.Fact | None) -> bool:
        return b is not None and o is not None and (factlib.names(_text(other), b.value) or factlib.names(_text(base), o.value))

    def emit(kind: str, b: factlib.Fact | None, o: factlib.Fact | None, detail: str | None) -> None:
        index = where(b, "base") if b is not None else where(o, "other")
        unsure = kind == "date" and (
            (o is None and b is not None and ambiguous(other, b.value)) or (b is None and o is not None and ambiguous(base, o.value))
        )  # absent only because 03/01/2024 could not be read: maybe the same date
        # a law, a period or a date written in words of a language read by facts only (DSGVO, 30 Tage, Januar 2025)
        # is not read there: its absence is no evidence (eval/editions27 timercue, de against zh-CN)
        unsure = unsure or (unread_language and kind in WORDED_FACTS and (b is None or o is None))
        unsure = unsure or (kind == "date" and (both_dates_in_both(b, o) or written_unlabelled(b, o)))
        # a month-only date (May 2026) the other edition lacks: a month in words is easily the month of something else
        unsure = unsure or (kind == "date" and (b is None or o is None) and months.is_month((b or o).key))  # type: ignore[union-attr]
        entry = {
            "kind": "fact",
            **head,
            "fact": kind,
            "base_value": b.value if b else None,
            "value": o.value if o else None,
            "section": section_ref(sections[index]) if index is not None else None,
            # the number of top-level sections means little between outlines that do not align; a controller the
            # other edition names too is a party of both read first in one (two providers of one list)
            "confidence": UNSURE_CONTENT
            if unsure
            or (kind == "section-count" and (not outline_reliable or not gap_sure))
            or (kind == "controller" and named_in_both(b, o))
            else 1.0,
        }
        if detail:
            entry["detail"] = detail
        out.append(entry)

    for kind in factlib.FACT_KINDS:
        details = sorted({f.detail for f in base_facts + other_facts if f.kind == kind}, key=lambda d: d or "")
        for detail in details:
            b_all = [f for f in base_facts if f.kind == kind and f.detail == detail]
            o_all = [f for f in other_facts if f.kind == kind and f.detail == detail]
            if kind == "controller" and (not b_all or not o_all or b_all[0].key.split(":")[0] != o_all[0].key.split(":")[0]):
                continue  # one name not found, or a Chinese and a Latin name: not comparable without translation
            if kind == "version" and (not b_all or not o_all):
                continue  # most policies state no version: only two stated versions are compared (`compare.versions`)
            if kind == "date":  # a month-only date is the other edition's date of that month, written with less detail
                b_all, o_all = _same_month_keyed(b_all, o_all), _same_month_keyed(o_all, b_all)
            o_keys = {f.key for f in o_all}
            b_keys = {f.key for f in b_all}
            # a weak fact (「一年」, "a year") matches a commitment of the other edition but is never a divergence alone
            missing = [f for f in b_all if f.key not in o_keys and not f.weak]
            extra = [f for f in o_all if f.key not in b_keys and not f.weak]
            single = kind in ("controller", "date", "section-count", "version")
            while missing and extra:
                # pair a missing value with an extra one in the same (aligned) section, or the only ones left
                match = next(
                    (
                        (m, x)
                        for m in missing
                        for x in extra
                        if m.section is not None and x.section is not None and to_base.get(x.section) == m.section
                    ),
                    None,
                )
                if match is None and (single or (len(missing) == 1 and len(extra) == 1 and not apart(missing[0], extra[0]))):
                    match = (missing[0], extra[0])
                if match is None:
                    break
                missing.remove(match[0])
                extra.remove(match[1])
                emit(kind, match[0], match[1], detail)
            for m in missing:
                emit(kind, m, None, detail)
            for x in extra:
                emit(kind, None, x, detail)
    return _one_entry_per_date(out)


def _same_month_keyed(facts: list[factlib.Fact], others: list[factlib.Fact]) -> list[factlib.Fact]:
    """`facts` with each month-only date keyed as the other edition's full date of that month (May 2026 = 2026-05-20)."""
    out = []
    for f in facts:
        full = next((o.key for o in others if not months.is_month(o.key) and months.same_month(f.key, o.key)), None)
        out.append(f._replace(key=full) if full and months.is_month(f.key) else f)
    return out


def _paired_above(doc: Document, index: int, to_base: dict[int, int]) -> int | None:
    """The base section paired with `doc.sections[index]`, or with its nearest ancestor that has a counterpart (a
    sub-section the base writes as part of its parent's text)."""
    sections, level = doc.sections, doc.sections[index].level
    for k in range(index, -1, -1):
        if k != index and sections[k].level >= level:
            continue
        if k in to_base:
            return to_base[k]
        level = sections[k].level
    return None


def _one_entry_per_date(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`entries` with each date divergence once: an `updated` entry that repeats an `effective` one value for value.

    A document's update date is its effective date when it writes no other (`structure.metadata`: "This policy is
    effective as of 2020-04-16" reads as both), so one date one edition does not write was two sure entries, the
    second under a label the page never uses (eval/editions34 celestia).  The `effective` entry says it; the
    `updated` one goes, and so does an `updated` change that repeats an `effective` change (2024-01-01 → 2025-01-01).
    """
    effective = {(e["base_value"], e["value"]) for e in entries if e["fact"] == "date" and e.get("detail") == "effective"}
    return [e for e in entries if not (e["fact"] == "date" and e.get("detail") == "updated" and (e["base_value"], e["value"]) in effective)]


def _lagging(
    editions: list[Edition], base: Edition, latest: dict[str, Edition], pairings: dict[str, Pairing], facts: dict[str, list[factlib.Fact]]
) -> list[dict[str, Any]]:
    """Editions that lack a change the base made since the base version they correspond to.

    An edition compared with the newest base (its date is the base's, later, or unknown)
    corresponds to the newest base version: it lags a change of the last base step
    (previous → newest) that it does not have.  An edition whose version predates the
    newest base corresponds to its contemporaneous base version (`_reference`: the base
    version of its date, else the newest one before it): it lags every change the base made
    from that version to the newest, step after step, each dated by the base version that
    made it.  Its divergence entries stay those against the contemporaneous version.
    """
    versions = sorted((e for e in editions if e.edition == base.edition), key=_order)
    if len(versions) < 2 or versions[-1] is not base:
        return []
    out = []
    for tag, edition in latest.items():
        if tag == base.edition:
            continue
        reference = _reference(editions, base, edition)
        previous = versions[-2] if reference is base else reference
        changes = _changes(versions[versions.index(previous) :])
        if not changes:
            continue
        if reference is base:
            pairing, known = pairings[tag], {}
        else:
            pairing, known = _pair(base, edition, facts), {previous.id: pairings[tag]}
        lacks = _lacks(changes, previous, base, edition, pairing, known, facts)
        if lacks:
            # `behind`: the older base version an edition predating the newest base corresponds to
            entry: dict[str, Any] = {"edition": edition.id, **({"behind": previous.id} if reference is not base else {}), "lacks": lacks}
            # the values those changes brought in that the edition writes nowhere (u36c: eval/editions35 melody M1, M3, M4)
            if values := unwritten.brought_in_unwritten(previous.doc, base.doc, edition.doc):
                entry["unwritten"] = {"since": previous.id, "values": values}
            out.append(entry)
    return out


class _Change(NamedTuple):
    """A section the base changed between two of its versions, and the date of the version that changed it."""

    section: Any  # diff's SectionChange between the older and the newest base version
    since: str | None


def _changes(versions: list[Edition]) -> list[_Change]:
    """The sections changed between the first and the last of these consecutive base versions, each dated by the step that changed it."""
    first, last = versions[0], versions[-1]
    report, _ = _diff(first.doc, last.doc)
    steps = [_diff(a.doc, b.doc)[0] for a, b in itertools.pairwise(versions)] if len(versions) > 2 else []
    out = []
    for s in report.sections:
        if s.status in ("added", "removed", "modified") and (_meaningful(s.old) or _meaningful(s.new)):
            out.append(_Change(s, _changed_on(s, steps, versions) if steps else last.date))
    return out


def _changed_on(s: Any, steps: list[Any], versions: list[Edition]) -> str | None:
    """The date of the base version that made this change: an added section traced back, a removed or rewritten one forward."""
    if s.status == "added":
        current = s.new.id
        for k in range(len(steps) - 1, -1, -1):
            entry = next((x for x in steps[k].sections if x.new is not None and x.new.id == current), None)
            if entry is None or entry.old is None:
                return versions[k + 1].date
            current = entry.old.id
        return versions[1].date
    current = s.old.id
    for k, step in enumerate(steps):
        entry = next((x for x in step.sections if x.old is not None and x.old.id == current), None)
        if entry is None or entry.new is None or (s.status == "modified" and entry.status == "modified"):
            return versions[k + 1].date
        current = entry.new.id
    return versions[-1].date


def compares_sections(tag: str, base_tag: str) -> bool:
    """Are an edition's sections compared with the base's (one language, or English ↔ Chinese)?  Otherwise only its facts are."""
    return language(tag) == language(base_tag) or {language(tag), language(base_tag)} == {"zh", "en"}


def _pair(reference: Edition, edition: Edition, facts: dict[str, list[factlib.Fact]]) -> Pairing:
    """An edition's sections against one base version: `diff` in one language, `compare.align` across English ↔ Chinese."""
    for e in (reference, edition):
        if e.id not in facts:
            facts[e.id] = _document_facts(e.doc)
    keys = catalogue.key_pairing(reference.doc, edition.doc)
    if language(edition.edition) == language(reference.edition):
        pairing = pair_same_language(reference, edition, keyed=keys is not None)
        return pairing._replace(keyed=True) if keys is not None else pairing
    if compares_sections(edition.edition, reference.edition):
        if keys is not None:
            return pair_by_key(reference, edition, keys)
        return pair_across_languages(reference, edition, facts[reference.id], facts[edition.id])
    return Pairing({}, [])  # another language: facts only


def _keyed_erasures(base: Edition, other: Edition, pairing: Pairing, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`sentence-only` entries of two catalogues paired by key: a string naming the deletion of data whose key's string
    in the other edition names none (`catalogue.erasure_unsaid`), unless the sentence pass reported that string."""
    head = {"edition": other.id, "base": base.id}
    seen = {(e["edition"], e["line"]) for e in found}
    out: list[dict[str, Any]] = []
    for o, b in sorted(pairing.to_base.items(), key=lambda item: item[1]):
        bs, os_ = base.doc.sections[b], other.doc.sections[o]
        unsaid = catalogue.erasure_unsaid(bs, os_)
        if unsaid is None or (other.id, unsaid[1].line) in seen:
            continue
        # the sentence of the string that names it (a change note's second sentence), else the whole string
        text = next((t for t in sentlib.split(unsaid[1].text) if catalogue.names_data_erasure(t)), unsaid[1].text)
        lone = sentlib.Lone(unsaid[0], sentlib.sentence(text, unsaid[1].line), ["concept:erase"], sentlib.CONFIDENCE_CONCEPT)
        out.append(sentlib.entry(head, lone, bs, os_, base.id, other.id))
    return out


def _document_facts(doc: Document) -> list[factlib.Fact]:
    """`facts.document_facts`; in a message catalogue, those of a page's metadata or another page's strings (the og
    image's URL, the terms page's title: `catalogue.aside`) are weak, never a divergence alone."""
    found = factlib.document_facts(doc)
    aside = catalogue.aside(doc)
    return [f._replace(weak=True) if f.section in aside else f for f in found] if aside else found


def pair_by_key(base: Edition, other: Edition, keys: tuple[dict[int, int], list[int], list[int]]) -> Pairing:
    """Sections of two message catalogues in two languages, paired by key path (`catalogue.key_pairing`): a key one
    edition only has is a gap, sure when its value is policy text (`catalogue.policy_text`), unsure (0.3) otherwise."""
    to_base, missing, extra = keys
    head = {"edition": other.id, "base": base.id}
    out: list[dict[str, Any]] = []
    for index in missing:
        section = base.doc.sections[index]
        sure = 1.0 if catalogue.policy_text(section) else UNSURE_CONTENT
        out.append({"kind": "section-missing", **head, "section": section_ref(section), "other": None, "confidence": sure})
    for index in extra:
        section = other.doc.sections[index]
        sure = 1.0 if catalogue.policy_text(section) else UNSURE_CONTENT
        out.append({"kind": "section-extra", **head, "section": None, "other": section_ref(section), "confidence": sure})
    return Pairing(to_base, out, keyed=True)


def _lacks(
    changes: list[_Change],
    previous: Edition,
    base: Edition,
    edition: Edition,
    pairing: Pairing,
    known: dict[str, Pairing],
    facts: dict[str, list[factlib.Fact]],
) -> list[dict[str, Any]]:
    """The changes (previous base version → newest base) that an edition does not have; `pairing` is the edition against the newest base."""
    tag = edition.edition
    bi, pi = _index(base.doc), _index(previous.doc)
    mapped = set(pairing.to_base.values())
    same_language = language(tag) == language(base.edition)
    content = {json.dumps(d["section"]) for d in pairing.divergences if d["kind"] == "section-content"}
    # The edition against the previous base version, only when a removal or a rewrite could be missing.
    needs_old = same_language and (
        (any(c.section.status == "removed" for c in changes) and any(d["kind"] == "section-extra" for d in pairing.divergences))
        or any(c.section.status == "modified" and json.dumps(section_ref(c.section.new)) in content for c in changes)
    )
    old_pairing = (known.get(previous.id) or pair_same_language(previous, edition)) if needs_old else None
    lacks = []
    if not same_language and {language(tag), language(base.edition)} == {"zh", "en"}:
        lacks = (
            _added_unaligned(changes, base, edition)
            if pairing.independent
            else _lagging_across(changes, previous, base, edition, pairing, facts, known)
        )
        # a rewrite that brought in several names a translation keeps (SwiftData, PDFKit) the edition writes nowhere (u55e)
        told = {f"{x['section']['title']}\x00{x['section']['line']}" for x in lacks}
        lacks += named_lag.named_lags(changes, previous.doc, edition.doc, told, base.doc)
    if not same_language and not pairing.independent:
        # an added section weakly paired with an edition section that surely answers a kept older one has no counterpart
        added = [bi[c.section.new.id] for c in changes if c.section.status == "added" and c.section.new is not None]
        if weak := claimed.weak_claims(pairing.to_base, pairing.confidence, added):
            older = known.get(previous.id) or _pair(previous, edition, facts)
            removed = [pi[c.section.old.id] for c in changes if c.section.status == "removed" and c.section.old is not None]
            if not older.independent:
                mapped -= claimed.taken_elsewhere(weak, older.to_base, older.confidence, removed)
    for change in changes:
        s = change.section
        if s.status == "added" and s.new is not None and bi[s.new.id] not in mapped and s.new.title is not None and not pairing.independent:
            lacks.append({"section": section_ref(s.new), "change": "added", "since": change.since})
        elif (
            s.status == "removed"
            and same_language
            and s.old is not None
            and old_pairing is not None
            and pi[s.old.id] in old_pairing.to_base.values()
        ):
            lacks.append({"section": section_ref(s.old), "change": "removed", "since": change.since})
        elif (
            s.status == "modified"
            and same_language
            and old_pairing is not None
            and s.new is not None
            and s.old is not None
            and not _dates_only(s.old, s.new)
        ):
            rewritten_here = any(d["kind"] == "section-content" and d["section"] == section_ref(s.new) for d in pairing.divergences)
            same_as_before = (
                bi[s.new.id] in mapped
                and not any(d["kind"] == "section-content" and d["section"] == section_ref(s.old) for d in old_pairing.divergences)
                and pi[s.old.id] in old_pairing.to_base.values()
            )
            if rewritten_here and same_as_before:
                lacks.append({"section": section_ref(s.new), "change": "rewritten", "since": change.since})
    return lacks


def _added_unaligned(changes: list[_Change], base: Edition, edition: Edition) -> list[dict[str, Any]]:
    """`added` lags of an edition in the other language whose outline does not align with the base's (a rewrite into
    numbered sections that the older edition has not followed): a section the base added whose anchors (a duration, an
    e-mail, a name in Latin letters, a number…; not its dates) the edition holds nowhere.  A section without anchors
    cannot be looked for without translation and is not reported."""
    lacks: list[dict[str, Any]] = []
    added = [c for c in changes if c.section.status == "added" and c.section.new is not None and c.section.new.title is not None]
    if not added:
        return lacks
    texts = [t for s in edition.doc.sections for t in factlib.section_text(s)]
    base_doc = sentlib.reading([p.text for s in base.doc.sections for p in s.paragraphs], base.doc.metadata.title)
    other_doc = sentlib.reading(texts, edition.doc.metadata.title)
    for change in added:
        if sentlib.unheld_anchors(change.section.new, texts, base_doc, other_doc):
            lacks.append({"section": section_ref(change.section.new), "change": "added", "since": change.since})
    return lacks


def _dates_only(old: Section, new: Section) -> bool:
    """Did a rewrite change nothing but dates (the version's own 【20200601】 → 【20210330】)?  Not a change an older edition lacks."""

    def undated(section: Section) -> str:
        return factlib.replace_dates("\n".join([section.title or "", *(p.text for p in section.paragraphs)]), lambda _: "\x00")

    return undated(old) == undated(new)


# An English ↔ Chinese pair must be at least this sure to carry a removed/rewritten lag.
ALIGN_SURE = claimed.ALIGN_SURE


def _lagging_across(
    changes: list[_Change],
    previous: Edition,
    base: Edition,
    edition: Edition,
    pairing: Pairing,
    facts: dict[str, list[factlib.Fact]],
    known: dict[str, Pairing],
) -> list[dict[str, Any]]:
    """`removed` and `rewritten` lags of an edition in the other language (English ↔ Chinese), only where the evidence is sure.

    * removed: the section the base removed pairs confidently with a section of the edition
      (alignment with the previous base version), and that section is a sure
      `section-extra` against the new base;
    * rewritten: the base's rewrite changed the section's facts (a duration, an address, a
      law…), and the edition's confidently paired section still holds every fact the
      rewrite took out and none that it brought in.
    A rewrite that changed only words cannot be told across languages without translation
    and is not reported.
    """
    bi, pi = _index(base.doc), _index(previous.doc)
    sure = pairing.confidence or {}
    to_edition = {b: o for o, b in pairing.to_base.items() if sure.get(o, 1.0) >= ALIGN_SURE}
    extra = {json.dumps(d["other"]) for d in pairing.divergences if d["kind"] == "section-extra" and d["confidence"] >= SURE}
    old_pairing: Pairing | None = known.get(previous.id)
    written: dict[str, str] = {}  # the edition's text, lower case, once read (`_brought_in_unwritten`)
    lacks = []
    for change in changes:
        s = change.section
        if s.status == "removed" and s.old is not None and extra:
            if old_pairing is None:
                old_pairing = _pair(previous, edition, facts)
            if old_pairing.independent:
                continue
            old_sure = old_pairing.confidence or {}
            kept = [o for o, b in old_pairing.to_base.items() if b == pi[s.old.id] and old_sure.get(o, 1.0) >= ALIGN_SURE]
            if kept and json.dumps(section_ref(edition.doc.sections[kept[0]])) in extra:
                lacks.append({"section": section_ref(s.old), "change": "removed", "since": change.since})
        elif s.status == "modified" and s.old is not None and s.new is not None and bi[s.new.id] in to_edition:
            before, after = factlib.section_keys(s.old), factlib.section_keys(s.new)
            taken_out, brought_in = before - after, after - before
            held = factlib.section_keys(edition.doc.sections[to_edition[bi[s.new.id]]])
            # the edition still holds what the rewrite took out, and none of what it brought in; or it took out nothing
            # the edition lacks and brought in verbatim strings the edition writes nowhere
            kept_old = taken_out and not brought_in & held
            if (
                taken_out <= held and (kept_old or _brought_in_unwritten(s.old, s.new, brought_in, edition, facts, written))
            ) or _relicensed(s.old, s.new, edition.doc.sections[to_edition[bi[s.new.id]]], edition):
                lacks.append({"section": section_ref(s.new), "change": "rewritten", "since": change.since})
    return lacks


# A host name written bare (`ava-feedback.dotslash.pro`, steamcommunity.com): not inside a URL or an e-mail address,
# which are facts of their own.
_HOST = lazy(
    rf"(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+{WEB_TLDS}(?![\w-])",
    re.I,
)
# Facts written the same in every language: what a translation that followed a rewrite would hold as written.
_VERBATIM_KINDS = frozenset({"email", "url", "phone"})


def _hosts(section: Section) -> set[str]:
    return {m.group(0).lower() for t in factlib.section_text(section) for m in _HOST.finditer(t)}


def _brought_in_unwritten(
    old: Section,
    new: Section,
    brought_in: frozenset[tuple[str, str]],
    edition: Edition,
    facts: dict[str, list[factlib.Fact]],
    written: dict[str, str],
) -> bool:
    """Did the base's rewrite of a section bring in strings no translation changes (an e-mail, a URL, a phone, a bare
    host name), none of which the edition in the other language writes anywhere?  Then the edition has not followed the
    rewrite: the English edition's new feedback relay `ava-feedback.dotslash.pro` in "3. Network connections" against
    a Chinese edition that still says no server of the developers exists (eval/editions35 vaporauth, not blind).
    A rewrite that brought in only words, numbers or names (which a translation may write otherwise) is not told.
    The edition's facts and text are read once for all its sections (`facts`, `written`: read again for each, 250
    rewritten sections took three times as long to compare, review u35x)."""
    strings = {(kind, key) for kind, key in brought_in if kind in _VERBATIM_KINDS}
    hosts = _hosts(new) - _hosts(old)
    if not strings and not hosts:
        return False
    if edition.id not in facts:
        facts[edition.id] = _document_facts(edition.doc)
    if strings & {(f.kind, f.key) for f in facts[edition.id]}:
        return False
    if edition.id not in written:
        written[edition.id] = "\n".join(t for section in edition.doc.sections for t in factlib.section_text(section)).lower()
    return not any(host in written[edition.id] for host in hosts)


def _relicensed(old: Section, new: Section, paired: Section, edition: Edition) -> bool:
    """A rewrite that changed the software's licence (MIT → GPL-3.0-or-later), which the edition's paired section has
    not followed: it names the old licence, and the edition the new one nowhere (u37c, `compare.licences`)."""

    def joined(*sections: Section) -> str:
        return "\n".join(t for section in sections for t in factlib.section_text(section))

    return licences.relicensed(joined(old), joined(new), joined(paired), joined(*edition.doc.sections))


def _reference(editions: list[Edition], base: Edition, edition: Edition) -> Edition:
    """What an edition is compared with: its contemporaneous base version.

    The base version of the edition's date, else the newest base version before that date;
    the newest base when the edition has no date, is not older than the base, or predates
    every base version.
    """
    if not edition.date or not base.date or edition.date >= base.date:
        return base
    before = [e for e in editions if e.edition == base.edition and e.date and e.date <= edition.date]
    return max(before, key=_order) if before else base


def _by_tag(editions: list[Edition]) -> dict[str, list[Edition]]:
    by_tag: dict[str, list[Edition]] = {}
    for e in editions:
        by_tag.setdefault(e.edition, []).append(e)
    return by_tag


def _versions(editions: list[Edition]) -> list[dict[str, Any]]:
    """Per edition, each step between consecutive versions, with its diff/1 summary."""
    out = []
    for tag, items in _by_tag(editions).items():
        items.sort(key=_order)
        steps = []
        for old, new in itertools.pairwise(items):
            _, data = _diff(old.doc, new.doc)
            steps.append(
                {
                    "from": old.date,
                    "to": new.date,
                    "from_id": old.id,
                    "to_id": new.id,
                    "summary": data["summary"],
                    "topics": data["summary"]["topics"],
                }
            )
        out.append({"edition": tag, "versions": [e.id for e in items], "steps": steps})
    return out


def compare_product(task: Task) -> dict[str, Any]:
    """The `products[]` entry of policylens.compare/1 for one product."""
    _DIFFS.clear()
    try:
        return _compare_product(task)
    except RecursionError:
        return _failed(task, "too deeply nested to compare")
    except Exception as exc:  # a defect met on one product: its error entry, never the whole run's
        if os.environ.get("POLICYLENS_DEBUG"):
            raise
        return _failed(task, f"internal error while comparing ({type(exc).__name__}: {exc})")
    finally:
        _DIFFS.clear()
        # the per-text caches of `diff` (comparison keys, redline tokens) hold one product's
        # paragraphs; emptied here, memory stays flat however many products a worker compares
        clear_caches()


def _empty_result(name: str, errors: list[dict[str, Any]]) -> dict[str, Any]:
    """A product entry with nothing compared yet (the base is filled in once one is chosen)."""
    return {"product": name, "base": None, "editions": [], "divergences": [], "versions": [], "lagging": [], "errors": errors}


def _failed(task: Task, error: str) -> dict[str, Any]:
    """The product entry when its comparison failed: every input listed, one error."""
    product = task.product
    errors = [{"path": path, "error": message} for path, message in product.errors] + [{"path": product.product, "error": error}]
    result = _empty_result(product.product, errors)
    result["summary"] = _summary(result)
    return result


def _rival_guesses(editions: list[Edition], product: str, errors: list[dict[str, str]]) -> list[Edition]:
    """The editions, less those that two `--git` files of one product claim by their script alone.

    (Twenty-first round, r21h.)  `compare --git zh/privacy.md --git zh/terms.md`: neither name carries an edition, both
    texts are Traditional, so both were `zh-Hant` of product `zh`, and the versions of the two files were compared as
    versions of one edition, without a word.  They are two files claiming one edition, as two files named alike are.
    """
    sources: dict[str, dict[str, None]] = {}
    for e in editions:
        if e.input.edition is None and e.input.git is not None:
            sources.setdefault(e.edition, {})[e.input.path.rpartition("@")[0]] = None
    rivals = {tag: list(paths) for tag, paths in sources.items() if len(paths) > 1}
    if not rivals:
        return editions
    for tag, paths in rivals.items():
        count, names = ("two", " and ".join(paths)) if len(paths) == 2 else (str(len(paths)), ", ".join(paths))
        reason = f"{count} files claim {product} {tag} by their script alone: {names}; none of them is compared (name the edition in the file name, or compare them one at a time)"
        errors.append({"path": paths[0], "error": reason})
    return [e for e in editions if not (e.input.edition is None and e.input.git is not None and e.edition in rivals)]


def _compare_product(task: Task) -> dict[str, Any]:
    product, options = task
    errors = [{"path": path, "error": error} for path, error in product.errors]
    warnings: list[dict[str, str]] = []
    editions: list[Edition] = []
    for item in product.editions:
        edition, error = _read(item, options)
        if edition is None:
            errors.append({"path": item.path, "error": error or "cannot be read"})
        else:
            editions.append(edition)
            warnings.extend({"path": item.path, "warning": w} for w in edition.doc.warnings)
    editions = _rival_guesses(editions, product.product, errors)
    editions.sort(key=lambda e: (e.edition, *_order(e)))
    result = _empty_result(product.product, errors)
    if warnings:
        result["warnings"] = warnings  # what parse and check would print for these files (additive: absent when none)
    base = pick_base(editions, options.base)
    newest: dict[str, Edition] = {}
    for e in editions:
        if e.edition not in newest or _order(e) >= _order(newest[e.edition]):
            newest[e.edition] = e
    result["editions"] = [_edition_entry(e, newest[e.edition] is e) for e in editions]
    latest = dict(newest)
    if base is None:
        if editions and options.base:
            errors.append(
                {"path": product.product, "error": f"no {options.base} edition to use as the base (editions: {', '.join(sorted(latest))})"}
            )
        result["summary"] = _summary(result)
        return result
    result["base"] = base.id
    # Each edition is compared at the base's date: its version of that date, else its newest
    # version before it, else its newest.  Versions newer than the base are listed apart.
    for tag, items in _by_tag(editions).items():
        if tag != base.edition and base.date:
            before = [e for e in items if e.date and e.date <= base.date]
            if before:
                latest[tag] = max(before, key=_order)
    result["newer_than_base"] = [e.id for e in editions if e.edition != base.edition and base.date and e.date and e.date > base.date]
    # The version of each other edition that was compared with the base (added field, u26u): the renderers' columns are
    # these ids, not the newest version of each edition (a version newer than the base was shown "=" in every row).
    result["compared"] = [e.id for tag, e in latest.items() if tag != base.edition]
    # The base version each of them was compared with (added field, thirty-sixth session): the base itself, or for an
    # edition older than the base its contemporaneous base version (`_reference`); the renderers read it instead of
    # working it out again (they chose the newest base version by list order, the analysis by `_order`).
    result["compared_with"] = {e.id: _reference(editions, base, e).id for tag, e in latest.items() if tag != base.edition}
    facts: dict[str, list[factlib.Fact]] = {base.id: _document_facts(base.doc)}
    pairings: dict[str, Pairing] = {}
    divergences: list[dict[str, Any]] = []
    reworded: list[dict[str, Any]] = []
    lone: list[dict[str, Any]] = []
    for tag, edition in latest.items():
        if tag == base.edition:
            continue
        reference = _reference(editions, base, edition)
        pairing = pairings[tag] = _pair(reference, edition, facts)
        divergences.extend(pairing.divergences)
        reworded.extend(pairing.reworded)
        if language(edition.edition) != language(reference.edition) and compares_sections(edition.edition, reference.edition):
            notes: list[str] = []
            lone.extend(lone_sentences(reference, edition, pairing, notes))
            if notes:  # (u43h) a section pair too long for the sentence aligner: said, not silently passed over
                result.setdefault("warnings", []).extend({"path": edition.input.path, "warning": note} for note in notes)
        if pairing.keyed:
            lone.extend(_keyed_erasures(reference, edition, pairing, lone))
        gaps = [d for d in pairing.divergences if d["kind"] in ("section-missing", "section-extra")]
        # an edition read by facts only has no section pairs: its section count is weighed as before
        gap_sure = not compares_sections(edition.edition, reference.edition) or any(d.get("confidence", 1.0) >= SURE for d in gaps)
        divergences.extend(
            fact_divergences(
                reference,
                edition,
                facts[reference.id],
                facts[edition.id],
                pairing.to_base,
                outline_reliable=not pairing.independent,
                # two catalogues paired by key: their keys are compared one by one, the count of them says nothing more
                gap_sure=gap_sure and not pairing.keyed,
            )
        )
    result["divergences"] = divergences
    # sections whose editions differ in words only (a re-translation): shown apart, no exit code (added field)
    result["reworded"] = reworded
    # sentences one language has and the other lacks inside paired English ↔ Chinese sections (added field, u24c)
    result["sentences"] = lone
    result["versions"] = _versions(editions)
    result["lagging"] = _lagging(editions, base, latest, pairings, facts)
    if options.profiles:
        _coverage(result, options, editions, base, latest, pairings)
    result["summary"] = _summary(result)
    return result


def _coverage(
    result: dict[str, Any],
    options: CompareOptions,
    editions: list[Edition],
    base: Edition,
    latest: dict[str, Edition],
    pairings: dict[str, Pairing],
) -> None:
    """`editions[].coverage` for every edition and the product's `coverage` (the items each compared edition lost)."""
    from pathlib import Path

    from policylens.compare import coverage as coveragelib
    from policylens.profiles import resolve

    profiles = resolve(options.profiles, tuple(Path(p) for p in options.profile_paths))
    by_id: dict[str, list[dict[str, Any]]] = {}
    for entry, edition in zip(result["editions"], editions, strict=True):
        by_id[edition.id] = entry["coverage"] = coveragelib.edition_coverage(edition.doc, profiles, language(edition.edition))
    lost: list[dict[str, Any]] = []
    for tag, edition in latest.items():
        if tag == base.edition:
            continue
        reference = _reference(editions, base, edition)
        pairing = pairings[tag]
        changed: frozenset[str] | None = None
        if language(edition.edition) == language(reference.edition) and not pairing.independent:
            # the base sections missing or rewritten in the edition, by id
            refs = {json.dumps(section_ref(s)): s.id for s in reference.doc.sections}
            changed = frozenset(
                refs[json.dumps(d["section"])]
                for d in pairing.divergences
                if d["kind"] in ("section-missing", "section-content") and d["confidence"] >= SURE and json.dumps(d["section"]) in refs
            )
        lost.extend(
            coveragelib.lost(edition.id, reference.id, by_id[edition.id], by_id[reference.id], changed=changed, text=_text(edition))
        )
    _version_losses(result, editions, by_id)
    result["coverage"] = {
        "profiles": [p.name for p in profiles],
        "items": [{"item": item.id, "profile": p.name, "reference": item.reference} for p in profiles for item in p.items],
        "lost": lost,
    }


def _text(edition: Edition) -> str:
    """The whole text of an edition: titles and paragraphs."""
    return "\n".join(_section_texts(edition.doc))


def _version_losses(result: dict[str, Any], editions: list[Edition], by_id: dict[str, list[dict[str, Any]]]) -> None:
    """`versions[].steps[].lost`: the items a version no longer covers that the previous version of its edition did.

    Sure only when the step only removed sections (nothing added or rewritten) and the
    previous version's evidence was in one of them: then the rest of the text is the same
    and nothing else can cover the item.  A version that rewrote or added sections may say
    the same in new words that the patterns miss (on the version histories in corpora/,
    three of five such candidates were still disclosed in new words), so its losses are
    unsure.  Informational: the exit code follows the editions compared with the base,
    not the history.
    """
    from policylens.compare import coverage as coveragelib

    by_version = {e.id: e for e in editions}
    for timeline in result["versions"]:
        for step in timeline["steps"]:
            old, new = by_version[step["from_id"]], by_version[step["to_id"]]
            report, _ = _diff(old.doc, new.doc)
            changed: frozenset[str] | None = frozenset(
                s.old.id for s in report.sections if s.old is not None and (s.status in ("removed", "modified") or s.renamed)
            )
            if step["summary"]["added"] or step["summary"]["modified"]:
                changed = None  # new wording in the new version: the disclosure may live on in words the patterns miss
            step["lost"] = coveragelib.lost(new.id, old.id, by_id[new.id], by_id[old.id], changed=changed, text=_text(new))


# An entry below this confidence is shown as unsure and does not count as a divergence for the exit code.
SURE = 0.5


def _summary(result: dict[str, Any]) -> dict[str, int]:
    kinds = [d["kind"] for d in result["divergences"] if d.get("confidence", 1.0) >= SURE]
    return {
        "editions": len(result["editions"]),
        "divergences": len(kinds),
        "unsure": sum(1 for d in result["divergences"] if d.get("confidence", 1.0) < SURE),
        "section-missing": kinds.count("section-missing"),
        "section-extra": kinds.count("section-extra"),
        "section-content": kinds.count("section-content"),
        "fact": kinds.count("fact"),
        "reworded": len(result.get("reworded", [])),
        "sentence-only": sum(1 for x in result.get("sentences", []) if x["confidence"] >= SURE),
        "lagging": len(result["lagging"]),
        "disclosures-lost": sum(1 for x in result.get("coverage", {}).get("lost", []) if x["confidence"] >= SURE),
        "errors": len(result["errors"]),
    }
