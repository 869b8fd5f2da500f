"""Parse a file or a string through the real pipeline (load → structure), and read what `parse` reads: sections,
headings, titles; a repository file's parse shared once a process (`shared_parse`); the `diff` of two texts."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, NamedTuple

from policylens.load import load
from policylens.model import Document
from policylens.structure import build_document
from scratch import scratch_folder


def parse_path(path: str | Path, **kwargs: object) -> Document:
    """load → structure, as every command does."""
    return build_document(load(str(path), **kwargs))  # type: ignore[arg-type]


def written_file(tmp_path: Path, name: str, text: str) -> Path:
    """`text` written (UTF-8) as `name` in `tmp_path`; its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def section_layout(doc: Document) -> list[tuple[str | None, list[str]]]:
    """Each section of `doc` as (title, its paragraphs' texts): what a structure change (a cut, a merge) moves."""
    return [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections]


def shown_lines(doc: Document) -> list[tuple[int | None, str]]:
    """Every section title and paragraph of `doc` as (line, text), in reading order: what the page shows, line by line."""
    out: list[tuple[int | None, str]] = []
    for s in doc.sections:
        if s.title:
            out.append((s.line, s.title))
        out.extend((p.line, p.text) for p in s.paragraphs)
    return out


def paragraph_texts(doc: Document) -> list[str]:
    """Every paragraph's text of `doc`, in reading order (u48l)."""
    return [p.text for s in doc.sections for p in s.paragraphs]


def chrome_texts(doc: Document) -> set[str]:
    """The texts of `doc`'s paragraphs marked page chrome (`Document.chrome`: what `diff` compares as nothing; u51s)."""
    return {p.text for s in doc.sections for p in s.paragraphs if (p.line, p.column) in doc.chrome}


def parse_file(tmp_path: Path, name: str, text: str) -> Document:
    """`text` written (UTF-8) as `name` in `tmp_path`, then load → structure (`parse_path`)."""
    return parse_path(written_file(tmp_path, name, text))


def parse_string(text: str, suffix: str = ".txt") -> Document:
    """Parse `text` as if it were a file with this suffix.

    The previous file is unlinked, not truncated: on ext4, rewriting a file that has data
    (`open(…, "w")`) waits for its blocks to reach the disk when it is closed (the
    `auto_da_alloc` safeguard for replace-by-truncate), 5–6 ms a call on this machine, against
    0.1 ms for a new file; at 2,700 calls a run that was 15 s of waiting.
    """
    path = scratch_folder() / f"policy{suffix}"
    path.unlink(missing_ok=True)
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


class Parsed(NamedTuple):
    """A repository file's decoded text and its `Document`, as `parse_path` builds it."""

    text: str
    document: Document


# Files whose parse is shared between the tests of one process: the repository's own policies.
_SHARED_ROOTS = tuple(Path(__file__).resolve().parent.parent / folder for folder in ("corpora", "eval", "tests/data"))
_PARSED: dict[tuple[str, bytes, str | None], Parsed] = {}


def shared_parse(path: str | Path) -> Parsed:
    """`parse_path(path)` (and the decoded text) of a policy file of the repository, computed once a process.

    About a dozen corpus sweeps (schemas, no text lost, positions, streamed JSON, the rules'
    scans, the fast paths, the diff of version pairs) each parsed every file of `corpora/` from
    scratch: a walk of about 0.6 s of CPU, repeated some 12 times a run (twenty-fourth session,
    docs/history/test-suite.md).  The key is the path as given (it becomes `Source.path`), a
    digest of the file's bytes read now (a changed file is parsed again) and the size limit
    `load` reads from the environment.  A `Document` is immutable all the way down (tuples,
    frozensets, strings and numbers: `tests/test_shared_parse.py` walks one), so a test cannot
    change what another reads.  For tests that only read the result of a real file: a test of
    the pipeline's own caches, of memory, of processes, or one that patches the pipeline
    parses fresh (`parse_path`).  Only files under `corpora/`, `eval/` and `tests/data/`.
    """
    resolved = Path(path).resolve()
    if not any(resolved.is_relative_to(root) for root in _SHARED_ROOTS):
        raise ValueError(f"shared_parse is for the repository's policy files, not {path}")
    key = (str(path), hashlib.blake2b(resolved.read_bytes(), digest_size=16).digest(), os.environ.get("POLICYLENS_MAX_BYTES"))
    if key not in _PARSED:
        loaded = load(str(path))
        _PARSED[key] = Parsed(loaded.text, build_document(loaded))
    return _PARSED[key]


def drop_shared_parses() -> None:
    """Forget every `shared_parse`: for a test that counts the objects alive in its process."""
    _PARSED.clear()


def headings(doc: Document) -> list[tuple[int | None, int, str | None]]:
    """(line, level, title) of every titled section."""
    return [(s.line, s.level, s.title) for s in doc.sections if s.title is not None]


def titled_sections(tmp_path: Path, body: str, name: str) -> list[tuple[int, int, str]]:
    """`body` written as `name` and read as `parse` reads it: (line, level, title) of each titled section."""
    from policylens.load.document import read_document

    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return [(s.line, s.level, s.title) for s in read_document(str(path)).sections if s.title]


def titles_and_levels(tmp_path: Path, name: str, text: str) -> tuple[str | None, list[tuple[str, int]]]:
    """`text` written as `name` and read as `parse` reads it: the document's title, and (title, level) of each titled section."""
    from policylens.load.document import read_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    return doc.metadata.title, [(s.title, s.level) for s in doc.sections if s.title]


def dart_bold_titles(src: str) -> list[str]:
    """The bold lines (`<p><b>…</b></p>`) of the page the Dart reader renders from `src`."""
    import re

    from policylens.load.dart import render_dart

    page = render_dart(src)
    assert page is not None
    return re.findall(r"<p><b>(.*?)</b></p>", page, re.S)


def diff_strings(old: str, new: str, suffix: str = ".md", **kwargs: Any) -> Any:
    """The `diff` report of two policy texts, each parsed as a file with `suffix`."""
    from policylens.diff import diff_documents

    return diff_documents(parse_string(old, suffix), parse_string(new, suffix), **kwargs)


def change_texts(report: Any) -> list[str]:
    """Each entry of a `diff` report's sections as 「old → new」 (an empty side as "")."""
    return [(c.old_text or "") + " → " + (c.new_text or "") for s in report.sections for c in s.changes]


def section_titles(text: str, suffix: str = ".html") -> list[str]:
    """The titles of a parsed string's sections, in order, untitled sections left out."""
    return [s.title for s in parse_string(text, suffix).sections if s.title]


def title_places(doc: Document) -> dict[str, tuple[int, int]]:
    """Each titled section's title mapped to its (line, level)."""
    return {s.title: (s.line, s.level) for s in doc.sections if s.title}


def section_moves(report: Any) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    """(title, moved_to, moved_from) of each section of a diff report that text moved out of or into."""
    return [((s.new or s.old).title, s.moved_to, s.moved_from) for s in report.sections if s.moved_to or s.moved_from]
