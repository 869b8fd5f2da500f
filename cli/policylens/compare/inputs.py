"""Which files are which edition: folder naming convention, `[[editions]]` manifest, git history.

- Folders: `<product>/<edition>.<YYYY-MM-DD>.<ext>` (as in `corpora/`).  A folder that holds
  such files is a product named after the folder; a folder given on the command line may
  hold product folders.  `<edition>.<ext>` (no date) and `<edition>.<YYYY-MM-DD>-<tag>.<ext>`
  (two versions of one day, e.g. by commit) are accepted too.
- Manifest: `[[editions]]` tables (product, edition, date, path) in `policylens.toml` or
  `[tool.policylens]` of `pyproject.toml`, for files named otherwise.
- `--git PATH`: every commit that changed the file is a version, dated by its commit.

Problems with one file become that product's error entries; only a run with nothing to
compare at all is a `UserError`.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import subprocess
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from policylens.errors import UserError, echo
from policylens.load import EXTENSIONS, NAMED_ONLY, special_file, walk_folders
from policylens.output import resolve_path

# A BCP 47-shaped tag: a lower-case language, then subtags (zh-Hant, zh-HK, en, en-US, pt-BR).
_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
# A file name's edition may be written as a POSIX or Java locale (`zh_TW`, `ZH-HANT`), its date as
# `2024-03-01`, `2024.03.01` or `20240301`: the id is always `zh-TW.2024-03-01`.
_NAME = re.compile(
    r"(?P<edition>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)"
    r"(?:\.(?P<date>\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2}|\d{8})(?P<tag>-[A-Za-z0-9]+)?)?(?P<rest>(?:\.[^.]+)*)"
)


class EditionInput(NamedTuple):
    """One version of one edition, before it is read."""

    product: str
    edition: str | None  # None: decided from the text's script (git files not named by the convention)
    date: str | None  # ISO date, or None when the name carries none
    label: str  # the version part of the id: "2021-03-30", "2017-08-15-46db3fb" or ""
    path: str  # what the report shows: the file, or "file@commit" for a git version
    git: tuple[str, str, str] | None = None  # (repository root, commit, path in the commit)

    @property
    def id(self) -> str:
        """`zh-Hant.2021-03-30`: the edition and its version."""
        return f"{self.edition or 'und'}.{self.label}" if self.label else (self.edition or "und")


class ProductInput(NamedTuple):
    """Every version of every edition of one product, plus the input errors found so far."""

    product: str
    editions: tuple[EditionInput, ...]
    errors: tuple[tuple[str, str], ...] = ()  # (path, one-line reason)


class Discovery(NamedTuple):
    """The products to compare, and warnings/errors that belong to no product."""

    products: tuple[ProductInput, ...]
    warnings: tuple[str, ...]
    errors: tuple[str, ...]  # e.g. a folder with no recognisable editions


def is_edition_tag(tag: str) -> bool:
    """Whether `tag` is written as an edition tag (zh-Hant, en, en-US), as `[[editions]]` and `--edition` require."""
    return _TAG.fullmatch(tag) is not None


def canonical_tag(tag: str) -> str:
    """BCP 47 casing: zh-hant-hk → zh-Hant-HK, EN-us → en-US."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)


def parse_name(name: str) -> tuple[str, str | None, str] | None:
    """(edition, date, label) from `zh-Hant.2021-03-30.txt`; None when the name does not follow the convention."""
    stem, dot, _ext = name.rpartition(".")
    if not dot or not stem:
        return None
    m = _NAME.fullmatch(stem)
    if not m:
        return None
    if m.group("rest") and not m.group("date"):
        return None  # `en.crawl-2017-05.md`: a version label that is not a date
    written = m.group("edition")
    if not written[:2].islower() and not any(c in written for c in "-_"):
        return None  # `FAQ.md`, `TOS.2024-03-01.md`: capitals are read as a locale only with a region or script (`ZH-HANT`)
    if (not written.islower() or "_" in written) and not is_locale(written):
        return None  # `TOS_CN.txt`, `FAQ_v2.md`: a locale's spelling must name a language and a region or script
    day = m.group("date")
    if day is not None and day[4] != "-":  # `2024.03.01`, `20240301`: read as the ISO date they write
        digits = day.replace(".", "")
        day = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
        if not _valid_date(day):
            return None  # eight digits that are no date (a build number): not a version of the convention
    # every part of the name is kept: `-v1.2` and `-v1.3` were both cut to `-v1` and collided
    label = (day or "") + (m.group("tag") or "") + (m.group("rest") or "")
    return canonical_tag(written.replace("_", "-")), day, label


# ISO 639 codes of the languages policies are published in (a name written as a locale, `ZH_TW`, must start with one).
_LANGUAGES = frozenset(
    [
        "zh",
        "en",
        "ja",
        "ko",
        "fr",
        "de",
        "es",
        "pt",
        "it",
        "ru",
        "ar",
        "th",
        "vi",
        "id",
        "ms",
        "nl",
        "sv",
        "da",
        "no",
        "nb",
        "fi",
        "pl",
        "tr",
        "he",
        "hi",
        "bn",
        "ta",
        "ur",
        "fa",
        "uk",
        "cs",
        "el",
        "hu",
        "ro",
        "yue",
    ]
)
_SUBTAG = re.compile(r"[A-Za-z]{2}|\d{3}|[A-Za-z]{4}")  # a region (TW, 419) or a script (Hant)


def is_locale(written: str) -> bool:
    """Whether `zh_TW`, `ZH-HANT`, `pt_BR` is a locale: a known language, then regions or scripts."""
    language, *subtags = written.replace("_", "-").split("-")
    return language.lower() in _LANGUAGES and all(_SUBTAG.fullmatch(part) for part in subtags)


def natural_key(label: str) -> list[str | int]:
    """A version label's sort key with its numbers read as numbers: -v1.9 before -v1.10."""
    return [int(part) if k % 2 else part for k, part in enumerate(re.split(r"(\d+)", label))]


def _valid_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


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


# git's variables that name a repository's files (`git rev-parse --local-env-vars`, the ones holding paths).
_GIT_PATH_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR")
_GIT_PATH_LISTS = ("GIT_ALTERNATE_OBJECT_DIRECTORIES",)


def _git_environment() -> dict[str, str] | None:
    """The environment for git, run with `-C FOLDER`: None when the inherited one is right.

    (Twenty-sixth round.)  A git hook (pre-commit, Husky) or `GIT_DIR=.git …` in a script exports `GIT_DIR`, often
    relative (`.git`), and `GIT_INDEX_FILE`; `git -C docs` then read them from `docs/`: `compare --git
    docs/zh-TW.md` said `git: fatal: not a git repository: '.git'`.  With `GIT_DIR` set and no `GIT_WORK_TREE`, git
    takes the working folder for the top of the work tree, so `-C docs` made `docs/` the top and the history of
    another path was read.  The path variables are made absolute from the folder policylens was started in, and the
    work tree is pinned to the one git sees from there, so git reads what `git log docs/zh-TW.md` typed there reads.
    """
    given = tuple((name, os.environ.get(name)) for name in _GIT_PATH_VARIABLES + _GIT_PATH_LISTS)
    if not any(value for _, value in given):
        return None
    return {**os.environ, **_git_paths(os.getcwd(), given)}


@functools.lru_cache(maxsize=4)
def _git_paths(cwd: str, given: tuple[tuple[str, str | None], ...]) -> dict[str, str]:
    """`_git_environment`'s path variables, made absolute from `cwd` (asked of git once per folder and values)."""
    env = {**os.environ, **{name: value for name, value in given if value}}
    for name in _GIT_PATH_VARIABLES:
        if env.get(name):
            env[name] = os.path.join(cwd, env[name])
    for name in _GIT_PATH_LISTS:
        if env.get(name):
            env[name] = os.pathsep.join(os.path.join(cwd, p) for p in env[name].split(os.pathsep) if p)
    if env.get("GIT_DIR") and not env.get("GIT_WORK_TREE"):
        try:
            done = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, check=False, env=env, cwd=cwd)
        except FileNotFoundError:
            done = None
        if done is not None and done.returncode == 0 and done.stdout.strip():
            env["GIT_WORK_TREE"] = os.fsdecode(done.stdout.strip())
    return {name: env[name] for name in _GIT_PATH_VARIABLES + _GIT_PATH_LISTS if env.get(name)}


def _git(root: str, *args: str) -> str:
    """git's output as text; a path's bytes that are not UTF-8 are kept (surrogateescape, as `os.fsdecode`).

    Paths are literal (`--literal-pathspecs`): as a pathspec, 「zh-Hant[1].md」 is a glob that
    matches zh-Hant1.md, whose history was compared under the other file's name, and a name
    opening with `:(` is pathspec magic.
    """
    try:
        done = subprocess.run(["git", "--literal-pathspecs", "-C", root, *args], capture_output=True, check=False, env=_git_environment())
    except FileNotFoundError:
        raise UserError("--git needs the git executable on PATH") from None
    if done.returncode != 0:
        message = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["git failed"])[-1]
        raise UserError(f"git: {message}", path=root)
    return os.fsdecode(done.stdout)


_COMMIT_HEAD = re.compile(r"[0-9a-f]{40,64}\t\S+")


def _git_commits(log: str, relative: str) -> list[tuple[str, str, str]]:
    """(sha, day, the file's name at that commit) from `git log -z --format=%x00%H%x09%cI --name-only`.

    `-z`: names come as written, NUL-terminated.  Without it git quotes a name that is not
    ASCII (「隱私權政策.md」 became `"\\351\\232…"`), so `git show` of every version failed.
    """
    commits: list[tuple[str, str, str]] = []
    tokens = log.split("\x00")
    for k, token in enumerate(tokens):
        if _COMMIT_HEAD.fullmatch(token) and (k == 0 or tokens[k - 1] == ""):
            sha, _, when = token.partition("\t")
            following = tokens[k + 1] if k + 1 < len(tokens) else ""
            name = following[1:] if following.startswith("\n") else following
            commits.append((sha, when[:10], name or relative))
    return commits


def _git_modes(log: str) -> dict[str, tuple[str, str]]:
    """The file's mode after each commit (`100644`, `120000` a symbolic link, `160000` a submodule) and the change's
    status (`M`, `A`, `R100` a rename, `C100` a copy), from `git log -z --format=%x00%H --raw`: the first raw line
    after each commit's hash."""
    modes: dict[str, tuple[str, str]] = {}
    sha = ""
    tokens = log.split("\x00")
    for k, token in enumerate(tokens):
        if _SHA.fullmatch(token) and (k == 0 or tokens[k - 1] == ""):
            sha = token
        elif sha and sha not in modes and token.lstrip("\n").startswith(":"):
            fields = token.lstrip("\n").split()
            if len(fields) > 1:
                modes[sha] = (fields[1], fields[4] if len(fields) > 4 else "")
    return modes


_SHA = re.compile(r"[0-9a-f]{40,64}")
_FILE_MODES = ("100644", "100755", "100664")


def git_versions(
    path: str, *, product: str | None = None, edition: str | None = None, skipped: list[str] | None = None
) -> list[EditionInput]:
    """Every commit that changed `path` (renames followed), oldest first, dated by its commit.

    A commit where the path is no file is passed over, named in `skipped`: a symbolic link (its "text" was the
    link's target, 「/etc/passwd」, compared as an edition), a submodule, or a folder of that name (git's pathspec
    reaches inside it: the folder's first file was read as the policy).
    """
    file = Path(path)
    if not file.exists():
        raise UserError("no such file", path=path)
    if file.is_dir():
        raise UserError("--git takes a file, not a folder", path=path)
    folder = str(file.resolve().parent)
    root = _git(folder, "rev-parse", "--show-toplevel").strip()
    relative = Path(os.path.relpath(file.resolve(), Path(root).resolve())).as_posix()
    log = _git(root, "log", "--follow", "--diff-filter=d", "-z", "--format=%x00%H%x09%cI", "--name-only", "--", relative)
    commits = _git_commits(log, relative)
    if not commits:
        raise UserError("git has no commit of this file", path=path)
    modes = _git_modes(_git(root, "log", "--follow", "--diff-filter=d", "-z", "--format=%x00%H", "--raw", "--no-abbrev", "--", relative))
    # git's --follow follows a copy as it follows a rename: zh-CN.md made as a copy of zh-TW.md (which stays) took
    # zh-TW.md's older versions as its own, compared as zh-CN editions under zh-CN.md's name (twenty-third round).
    # The history stops at the copy, its first version; a rename (`R`) is followed as before.
    copy = next((k for k, (sha, _, _) in enumerate(commits) if modes.get(sha, ("", ""))[1].startswith("C")), None)
    if copy is not None and copy + 1 < len(commits):
        if skipped is not None:
            source = commits[copy + 1][2]
            skipped.append(
                f"{path}@{commits[copy][0][:7]}: made as a copy of {source}; the {len(commits) - copy - 1} older commit(s) of"
                f" {source} are not its versions"
            )
        commits = commits[: copy + 1]
    names = {name for _, _, name in commits}
    kept = []
    for sha, day, name in commits:
        mode = modes.get(sha, ("100644", ""))[0]
        inside = next((n for n in names if name.startswith(f"{n}/")), None)
        if mode in _FILE_MODES and inside is None:
            kept.append((sha, day, name))
        elif skipped is not None:
            what = (
                "a symbolic link"
                if mode == "120000"
                else "a submodule"
                if mode == "160000"
                else f"a folder ({name})"
                if inside
                else f"not a file (mode {mode})"
            )
            skipped.append(f"{path}@{sha[:7]}: {inside or name} is {what} at this commit; skipped")
    commits = kept
    if not commits:
        raise UserError("git has no commit of this file (only of a link, a submodule or a folder of its name)", path=path)
    if skipped is not None and _uncommitted(root, relative):
        # the working copy is what the reviewer just edited: only commits are versions, so say that it is left out
        skipped.append(f"{path}: changed since its last commit; the changes are not compared (commit them to compare them)")
    if skipped is not None and _shallow_boundary(root, commits[-1][0]):
        skipped.append(
            f"{path}: the repository is a shallow clone and this file's history stops at {commits[-1][0][:7]}, the oldest"
            " commit fetched: older versions are not compared (`git fetch --unshallow`; in GitHub Actions, `fetch-depth: 0`)"
        )
    commits.reverse()
    parsed = parse_name(file.name)
    tag = canonical_tag(edition) if edition else (parsed[0] if parsed else None)
    owner = product or file.resolve().parent.name
    per_day: dict[str, int] = {}
    for _, day, _ in commits:
        per_day[day] = per_day.get(day, 0) + 1
    versions = []
    for sha, day, name in commits:
        label = day if per_day[day] == 1 else f"{day}-{sha[:7]}"
        versions.append(EditionInput(owner, tag, day, label, f"{path}@{sha[:7]}", (root, sha, name)))
    return versions


def _uncommitted(root: str, relative: str) -> bool:
    """Has the file changes not committed (staged or not)?  False when git cannot tell (a read-only or odd repository)."""
    try:
        return bool(_git(root, "status", "--porcelain", "-z", "--", relative).strip("\x00"))
    except UserError:
        return False


def _shallow_boundary(root: str, sha: str) -> bool:
    """Is `sha` where a shallow clone's history is cut (`git clone --depth 1`, CI's default checkout)?

    There git shows the commit as the file's first, so the older versions were dropped without a word: one version,
    no steps, exit 0 (hostile round 25)."""
    try:
        shallow, _, where = _git(root, "rev-parse", "--is-shallow-repository", "--git-path", "shallow").strip().partition("\n")
    except UserError:  # (a git before 2.15 knows no --is-shallow-repository)
        return False
    if shallow != "true":
        return False
    try:
        cut = (Path(root) / where.strip()).read_text(encoding="ascii", errors="replace").split()
    except OSError:
        return False
    return sha in cut


def read_git_blob(git: tuple[str, str, str]) -> bytes:
    """The file's bytes at a commit."""
    root, sha, name = git
    try:
        done = subprocess.run(["git", "-C", root, "show", f"{sha}:{name}"], capture_output=True, check=False, env=_git_environment())
    except FileNotFoundError:
        raise UserError("--git needs the git executable on PATH") from None
    if done.returncode != 0:
        raise UserError(f"git show failed: {done.stderr.decode('utf-8', 'replace').strip()}", path=f"{name}@{sha[:7]}")
    return done.stdout


def _group(found: list[EditionInput], errors: dict[str, list[tuple[str, str]]]) -> list[ProductInput]:
    """Products in first-seen order; duplicates (same product, edition, version) become errors naming both."""
    by_product: dict[str, list[EditionInput]] = {}
    for item in found:
        by_product.setdefault(item.product, []).append(item)
    for product in errors:
        by_product.setdefault(product, [])
    products = []
    for product, items in by_product.items():
        claims: dict[tuple[str | None, str], list[EditionInput]] = {}
        for item in items:
            claims.setdefault((item.edition, item.label), []).append(item)
        kept: list[EditionInput] = []
        problems = list(errors.get(product, []))
        for (edition, label), group in claims.items():
            if len(group) == 1 or edition is None:
                kept.extend(group)
                continue
            names = " and ".join(g.path for g in group)
            count = "two" if len(group) == 2 else str(len(group))
            problems.append(
                (group[0].path, f"{count} files claim {product} {edition} {label or '(no date)'}: {names}; none of them is compared")
            )
        kept.sort(key=lambda e: (e.edition or "", e.date or "", natural_key(e.label)))
        products.append(ProductInput(product, tuple(kept), tuple(problems)))
    return products


def _own_manifests(folders: list[str], manifests: dict[Path, list[EditionInput]], warnings: list[str]) -> None:
    """The `[[editions]]` of the configuration found above each compared folder, filtered to the compared folders.

    (u47h2) The filter was to the first folder under that configuration: `compare a b` with one `policylens.toml`
    above both lost b's entries and told 「b: no recognisable editions … or list them under [[editions]]」, which they
    were; and an entry outside every compared folder was dropped without a word: one warning line names them."""
    found: dict[Path, Path] = {}
    dirs = [Path(raw) for raw in folders if Path(raw).is_dir()]
    for folder in dirs:
        own = find_manifest(folder)
        if own is not None:
            found.setdefault(own.resolve(), own)
    for key, own in found.items():
        entries = read_manifest(own)
        manifests[key] = [e for e in entries if any(_inside(Path(e.path), folder) for folder in dirs)]
        outside = [e.path for e in entries if not any(_inside(Path(e.path), folder) for folder in dirs)]
        if outside:  # (one line: a configuration may list many products, and one folder is compared)
            more = f" and {len(outside) - 1} more" if len(outside) > 1 else ""
            warnings.append(f"{own}: [[editions]] entries outside the compared folders are not compared: {outside[0]}{more}")


def discover_products(
    folders: Iterable[str],
    *,
    git: Iterable[str] = (),
    manifest: Path | None = None,
    product: str | None = None,
    edition: str | None = None,
) -> Discovery:
    """Everything to compare under `folders` plus the `--git` files."""
    found: list[EditionInput] = []
    errors: dict[str, list[tuple[str, str]]] = {}
    warnings: list[str] = []
    global_errors: list[str] = []
    manifests: dict[Path, list[EditionInput]] = {}
    owners: dict[str, dict[Path, str]] = {}  # product name → its folders (resolved → as given)
    folders = list(folders)
    if manifest is not None:
        manifests[manifest.resolve()] = read_manifest(manifest)
    else:
        _own_manifests(folders, manifests, warnings)
    for raw in folders:
        folder = Path(raw)
        if not folder.exists():
            raise UserError("no such folder", path=raw)
        if not folder.is_dir():
            raise UserError("compare takes folders (use --git FILE for a file's history, or [[editions]] for other names)", path=raw)
        listed = {resolve_path(Path(e.path)) for entries in manifests.values() for e in entries}
        before = len(found) + sum(len(v) for v in errors.values())
        skipped: list[str] = []
        links: list[str] = []
        unreadable: list[str] = []
        for sub in _folders(folder, links, unreadable):
            name = (
                product if product and sub == folder else (folder.resolve().name if sub == folder else sub.relative_to(folder).as_posix())
            )
            here: list[str] = []
            try:
                editions, problems = _scan_folder(sub, name, here, listed)
                editions += _locale_tree(sub, name, listed)
            except OSError as exc:  # (u52h) a folder just under PATH_MAX whose files' paths are over it: that folder only
                if exc.errno != errno.ENAMETOOLONG:
                    raise
                unreadable.append(f"{sub}: {exc.strerror}")
                continue
            found.extend(editions)
            if problems:
                errors.setdefault(name, []).extend(problems)
            if editions or problems:
                owners.setdefault(name, {}).setdefault(resolve_path(sub), sub.as_posix())
                skipped.extend(here)  # the odd file out in a product folder
            elif here and sub != folder:
                # policy files in a folder without one recognisable edition: the folder, once
                skipped.append(f"{sub}: {len(here)} policy file(s) but none named <edition>.<YYYY-MM-DD>.<ext>; folder skipped")
        warnings.extend(f"{link}: a link to a folder; not followed (name it to compare its editions)" for link in links)
        warnings.extend(f"{problem}: cannot be listed; its editions are not compared" for problem in unreadable)
        listed_here = [e for entries in manifests.values() for e in entries if _inside(Path(e.path), folder)]
        if len(found) + sum(len(v) for v in errors.values()) > before or listed_here:
            warnings.extend(skipped)  # a folder with nothing to compare gets its one error line only
        else:
            global_errors.append(
                f"{raw}: no recognisable editions (name files <edition>.<YYYY-MM-DD>.<ext>, e.g. zh-Hant.2021-03-30.txt, or list them under [[editions]])"
            )
    for entries in manifests.values():
        for entry in entries:
            if not Path(entry.path).is_file():
                errors.setdefault(entry.product, []).append((entry.path, f"listed under [[editions]] but {_not_a_file(Path(entry.path))}"))
            else:
                found.append(entry)
    for raw in git:
        versions = git_versions(raw, product=product, edition=edition, skipped=warnings)
        found.extend(versions)
        if versions and product is None:  # (a product named by --product is one product, whatever the folders)
            owners.setdefault(versions[0].product, {}).setdefault(Path(raw).resolve().parent, Path(raw).parent.as_posix())
    _name_apart(owners, found, errors)
    for name, problems in errors.items():
        errors[name] = list(dict.fromkeys(problems))
    return Discovery(tuple(_group(_distinct(found), errors)), tuple(dict.fromkeys(warnings)), tuple(global_errors))


def _name_apart(owners: dict[str, dict[Path, str]], found: list[EditionInput], errors: dict[str, list[tuple[str, str]]]) -> None:
    """Products of one name in different folders (`compare vendor-a/privacy vendor-b/privacy`) named by their folders.

    (Twenty-first round, r21h.)  They were one product: editions of the same date were 「two files claim …; none of them
    is compared」, and editions of different dates were compared as versions of each other, without a word.  Each is
    named by its folder as given (`vendor-a/privacy`); a product name no other folder shares is unchanged.  The same for
    `--git x/zh/privacy.md --git y/zh/privacy.md` (both were product `zh`), unless `--product` names the product.
    """
    renamed = {(name, folder): shown for name, folders in owners.items() if len(folders) > 1 for folder, shown in folders.items()}
    if not renamed:
        return
    for n, item in enumerate(found):
        shown = renamed.get((item.product, resolve_path(Path(item.path).parent)))
        if shown is not None:
            found[n] = item._replace(product=shown)
    for name in {name for name, _ in renamed}:
        for path, reason in errors.pop(name, []):
            shown = renamed.get((name, resolve_path(Path(path).parent)), name)
            errors.setdefault(shown, []).append((path, reason))


def _distinct(found: list[EditionInput]) -> list[EditionInput]:
    """Each file once: the same folder given twice, or a folder and its subfolder, name the same files again.

    A sighting repeats another when it names the same file (resolved path: a folder spelt two ways
    alike; for git, the same repository, commit and path) for the same edition and version;
    the first is kept.  A link named as another edition is that edition too, and two
    different files that claim one product, edition and date stay a duplicate (`_group`).
    """
    seen: set[object] = set()
    out = []
    for item in found:
        key = (item.git if item.git is not None else resolve_path(Path(item.path)), item.edition, item.label)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _inside(path: Path, folder: Path) -> bool:
    try:
        resolve_path(path).relative_to(resolve_path(folder))
    except ValueError:
        return False
    return True
