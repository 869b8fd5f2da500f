"""Editions found in folders and manifests: a product folder scanned (files that look like a policy, not catalogues nor
our own reports, broken links), a tree of locale folders, the folders given, and the `[[editions]]` manifest found and
read.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from policylens.compare.inputs.naming import _TAG, EditionInput, _valid_date, canonical_tag, parse_name
from policylens.errors import UserError, echo
from policylens.load import EXTENSIONS, NAMED_ONLY, special_file, walk_folders
from policylens.output import resolve_path

# A folder's own notes, never an edition, skipped without a word.
_NOT_EDITIONS = frozenset({"readme.md", "sources.md", "license.md", "changelog.md"})


# the catalogues `compare.catalogue` reads unit by unit: JSON, ARB, (u53e) YAML, JS/TS (`compare.catalogue.SUFFIXES`)
_CATALOGUE_SUFFIXES = (".json", ".arb", ".yml", ".yaml", ".js", ".mjs", ".cjs", ".ts")


def _policy_like(path: Path) -> bool:
    """A policy's extension (`.md`, `.html`, …), or a component's (`.tsx`, `.jsx`) on a file named as an edition.

    (u49c) `check` reads a React page it is named (`load.NAMED_ONLY`), never one it meets in a folder; `compare` passed
    `zh-TW.2024-01-01.tsx` over without a word, and the product had one edition only.  A file named by the convention is
    named as an edition: it is read as `check` reads it; a component named otherwise (`Privacy.tsx`) is no edition, and
    is passed over, as a folder scan of `check` does."""
    if path.name.startswith("."):
        return False
    suffix = path.suffix.lower()
    if suffix in _CATALOGUE_SUFFIXES and parse_name(path.name) is not None:
        # (u52e) an app's message catalogue named as an edition (`zh-TW.2025-07-17.json`) holding policy text: read unit
        # by unit (`compare.catalogue`); a `package.json` or a data file is no edition, and is passed over without a word;
        # (u53e) a YAML catalogue or a JS/TS module of one object literal too (`zh-TW.yml`, `zh-TW.2025-07-17.ts`)
        from policylens.compare.catalogue import policy_file

        return path.is_file() and policy_file(str(path))
    return suffix in EXTENSIONS or (suffix in NAMED_ONLY and parse_name(path.name) is not None)


def _own_report(path: Path) -> str | None:
    """The kind of policylens report `path` is (`check.discovery.own_report`), or None."""
    from policylens.check.discovery import own_report

    return own_report(path)


def _scan_folder(folder: Path, product: str, warnings: list[str], listed: set[Path]) -> tuple[list[EditionInput], list[tuple[str, str]]]:
    editions: list[EditionInput] = []
    errors: list[tuple[str, str]] = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if not entry.is_file():
            if not entry.is_dir() and parse_name(entry.name) is not None:
                reason = _broken_link(entry)
                if reason is not None:  # an edition that cannot be read, as `check` says of it (it was skipped: exit 0)
                    errors.append((str(entry), reason))
                else:  # a FIFO, socket or device would hang or fail the read
                    warnings.append(f"{entry}: not a regular file; skipped")
            elif _policy_like(entry) and entry.name.lower() not in _NOT_EDITIONS and (reason := _broken_link(entry)) is not None:
                # (thirtieth round) a broken link not named as an edition is skipped as such a file is: with a word (it
                # was passed over without one, where a readable file of that name is named)
                warnings.append(f"{entry}: {reason}; skipped (not named <edition>.<YYYY-MM-DD>.<ext>)")
            elif _policy_like(entry) and not entry.is_symlink() and parse_name(entry.name) is not None:
                # (twenty-fourth round) an edition's name on a folder (an archive unpacked under its own name):
                # the product's newest edition was left out without a word
                warnings.append(f"{entry}: a folder named like an edition file; skipped")
            continue
        if resolve_path(entry) in listed:
            continue
        # a backup or another kind of file (en.2021-03-30.md.bak, notes.pdf) is not an edition
        parsed = parse_name(entry.name) if _policy_like(entry) else None
        if _policy_like(entry) and entry.name.lower() not in _NOT_EDITIONS and (report := _own_report(entry)) is not None:
            # (u45h) a `compare -f html -o policies/p/new.html` written into the folder compared: the next run read it as
            # an edition `new` of the product (its own divergences, exit 1), as `check` once read a diff's redline
            warnings.append(f"{entry}: a policylens {report} report, not an edition; skipped")
            continue
        if parsed is None:
            if _policy_like(entry) and entry.name.lower() not in _NOT_EDITIONS:
                warnings.append(f"{entry}: not named <edition>.<YYYY-MM-DD>.<ext>; skipped (list it under [[editions]] to compare it)")
            continue
        edition, day, label = parsed
        if day is not None and not _valid_date(day):
            errors.append((str(entry), f"{day} is not a valid date"))
            continue
        editions.append(EditionInput(product, edition, day, label, str(entry)))
    return editions, errors


def _locale_tree(folder: Path, name: str, listed: set[Path]) -> list[EditionInput]:
    """(u52e) The editions of an i18n tree: `folder/<locale>/<name>.json` (`locales/en/privacy.json`,
    `locales/zh-TW/privacy.json`), each catalogue of policy text (`compare.catalogue.policy_file`) the edition its folder
    names of the product `<folder>/<name>`; only a name two locale folders or more hold (one locale has nothing to compare
    with).  A `[[editions]]` manifest was needed for the apps' usual layout (eval/editions52)."""
    from policylens.load.catalogue import locale_folder

    try:
        locales = sorted(d for d in folder.iterdir() if not d.name.startswith(".") and locale_folder(d.name) and d.is_dir())
    except OSError:
        return []
    if len(locales) < 2:
        return []
    from policylens.compare.catalogue import policy_file

    found: dict[str, list[EditionInput]] = {}
    for locale in locales:
        try:
            files = sorted(f for f in locale.iterdir() if f.suffix.lower() in _CATALOGUE_SUFFIXES and parse_name(f.name) is None)
        except OSError:
            continue
        tag = canonical_tag(locale.name.replace("_", "-"))
        for f in files:
            if resolve_path(f) not in listed and f.is_file() and policy_file(str(f)):
                product = f"{name}/{f.name.rsplit('.', 1)[0]}"
                found.setdefault(product, []).append(EditionInput(product, tag, None, "", str(f)))
    return [e for editions in found.values() if len({e.edition for e in editions}) >= 2 for e in editions]


def _not_a_file(entry: Path) -> str:
    """Why a listed edition is no file to read: a folder, a FIFO or device, a broken link, or missing.

    `path = "/dev/zero"` (or a FIFO, a looping link) under [[editions]] was `no such file` (hostile round 25)."""
    if entry.is_dir():
        return "a folder, not a file"
    try:
        mode = entry.stat().st_mode
    except FileNotFoundError:
        return "a broken symbolic link" if entry.is_symlink() else "no such file"
    except OSError as exc:
        return "a symbolic link loop" if exc.errno == errno.ELOOP else (exc.strerror or str(exc))
    kind = special_file(str(entry), mode)
    return f"a {kind}, not a regular file" if kind else "no such file"


def _broken_link(entry: Path) -> str | None:
    """Why a symbolic link cannot be followed (dangling, a loop), or None when it is not a broken link."""
    if not entry.is_symlink():
        return None
    try:
        entry.stat()
    except OSError as exc:
        return "no such file (a broken symbolic link)" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc))
    return None


def _folders(root: Path, links: list[str], unreadable: list[str]) -> Iterable[Path]:
    """`root` and every folder below it, in name order, hidden ones skipped.

    A link to a folder is not followed (as `check` and git do: one to `/` would walk the disk); it is added to `links`,
    to be named (a linked product folder was passed over without a word).  A folder that cannot be listed is added to
    `unreadable` (`os.walk` passed over it without a word; a tree 1,000 folders deep stopped the run, twenty-sixth round).
    """
    for base, dirs, _ in walk_folders(root, unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # (u52h) `os.path.islink`: `Path.is_symlink` raised ENAMETOOLONG under a folder past PATH_MAX and ended the run
        links.extend(str(Path(base) / d) for d in dirs if os.path.islink(os.path.join(base, d)))
        yield Path(base)


def find_manifest(folder: Path) -> Path | None:
    """The policylens.toml or pyproject.toml with [tool.policylens] that governs `folder`, if any."""
    from policylens.config import find_config

    return find_config(folder)


def read_manifest(path: Path) -> list[EditionInput]:
    """The `[[editions]]` entries of a configuration file (paths relative to it)."""
    from policylens.config import path_value, read_toml

    data = read_toml(path, what="the manifest")
    prefix = "tool.policylens." if path.name == "pyproject.toml" else ""
    table: Any = data.get("tool", {}).get("policylens", {}) if prefix else data.get("tool", {}).get("policylens", data)
    entries = table.get("editions", []) if isinstance(table, dict) else []
    if not isinstance(entries, list):
        raise UserError(f"configuration key '{prefix}editions' must be an array of tables ([[editions]])", path=str(path))
    found: list[EditionInput] = []
    for n, entry in enumerate(entries, 1):
        where = f"{prefix}editions[{n}]"
        if not isinstance(entry, dict):
            raise UserError(f"configuration key '{where}' must be a table with product, edition, date and path", path=str(path))
        unknown = set(entry) - {"product", "edition", "date", "path"}
        if unknown:
            raise UserError(
                f"configuration key '{where}.{sorted(unknown)[0]}': unknown key (known: date, edition, path, product)", path=str(path)
            )
        for key in ("edition", "path"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise UserError(f"configuration key '{where}.{key}' is required (a string)", path=str(path))
        if not _TAG.fullmatch(entry["edition"]):
            raise UserError(
                f"configuration key '{where}.edition': {echo(entry['edition'])} is not an edition tag such as zh-Hant or en", path=str(path)
            )
        raw_date = entry.get("date")
        if isinstance(raw_date, date):
            raw_date = raw_date.isoformat()
        if raw_date is not None and (
            not isinstance(raw_date, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw_date) or not _valid_date(raw_date)
        ):
            raise UserError(f"configuration key '{where}.date' must be a date, YYYY-MM-DD", path=str(path))
        product = entry.get("product", path.parent.name)
        if not isinstance(product, str) or not product.strip():
            raise UserError(f"configuration key '{where}.product' must be a non-empty string", path=str(path))
        file = resolve_path(path.parent / path_value(entry["path"], f"{where}.path", path))
        found.append(EditionInput(product, canonical_tag(entry["edition"]), raw_date, raw_date or "", str(file)))
    return found
