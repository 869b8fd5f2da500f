"""One product's editions as `compare` reads them (`Edition`, `CompareOptions`, `Task`): each file loaded and its
sections' texts, its language and expected script, a guessed edition for an untagged file and a tag unlike its text,
the base edition picked, editions ordered by version, and rival guesses of one edition.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any, NamedTuple

from policylens.compare import catalogue
from policylens.compare import facts as factlib
from policylens.compare.date_titles import fold_date_titles
from policylens.compare.inputs import EditionInput, ProductInput, natural_key, read_git_blob
from policylens.errors import UserError
from policylens.model import Document, Section

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


def _text(edition: Edition) -> str:
    """The whole text of an edition: titles and paragraphs."""
    return "\n".join(_section_texts(edition.doc))
