"""Configuration: `[tool.policylens]` in pyproject.toml, or policylens.toml, found by walking up.

Keys (all optional):

    select = ["placeholder-empty", …]     # run only these rules (default: all)
    ignore = ["date-format"]              # never run these
    severity = {regional-vocabulary = "error"}
    per-file-ignores = {"legacy/*.md" = ["script-mixed"]}
    brands = ["智米", "Smartmi"]          # the policy's own names
    foreign-brands = ["Aqara"]            # names that are never the policy's own
    placeholder-patterns = ["〈待補〉"]     # extra regexes for placeholder-instruction
    region = "tw"                         # expected region: tw | hk | cn
    script = "hant"                       # expected script: hant | hans
    baseline = "policylens-baseline.json" # report only findings not in this file
    exclude = ["docs/drafts/*"]           # files a directory scan skips
    default-exclude = false               # also scan README, SOURCES, CHANGELOG… (default: skip them)
    fail-on = "warning"                   # error | warning | info | never
    profiles = ["tw-pdpa"]                # disclosure profiles to check (like --profile)
    profile-paths = ["policy-profiles"]   # folders with more profile .toml files

A bad key or value raises `UserError` naming the key (exit 2).
"""

from __future__ import annotations

import errno
import os
import re
import sys
import warnings
from pathlib import Path
from typing import Any, NamedTuple

from policylens.config_limits import USER_PATTERN_MAX as USER_PATTERN_MAX
from policylens.config_limits import brand_problem
from policylens.config_limits import pattern_too_long as pattern_too_long
from policylens.errors import UserError, echo
from policylens.lazyre import lazy

_LIST_KEYS = ("select", "ignore", "brands", "foreign-brands", "placeholder-patterns", "exclude", "profiles", "profile-paths")
# "editions": the [[editions]] manifest of `compare` (read by policylens.compare.inputs)
_KNOWN = {*_LIST_KEYS, "severity", "per-file-ignores", "region", "script", "baseline", "fail-on", "editions", "default-exclude"}


class Config(NamedTuple):
    """Validated configuration; `path` is the file it came from (None: defaults)."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    brands: tuple[str, ...] = ()
    foreign_brands: tuple[str, ...] = ()
    placeholder_patterns: tuple[str, ...] = ()
    region: str | None = None
    script: str | None = None
    baseline: Path | None = None
    fail_on: str | None = None
    exclude: tuple[str, ...] = ()  # globs of files a directory scan skips (README.md, SOURCES.md…)
    profiles: tuple[str, ...] = ()  # disclosure profiles checked by default (check --profile)
    profile_paths: tuple[Path, ...] = ()  # folders of user profile files, relative to the config file
    default_exclude: bool = True  # a directory scan skips README, SOURCES, CHANGELOG… files


# The names a configuration file goes by (`find_config`): never a profile, also in a folder of profiles (`profile-paths = ["."]`).
CONFIG_NAMES = ("policylens.toml", "pyproject.toml")


def find_config(start: Path) -> Path | None:
    """The nearest policylens.toml, or pyproject.toml with [tool.policylens], from `start` upwards."""
    try:
        folder = start if start.is_dir() else start.parent
    except PermissionError:  # a folder above it cannot be searched: `_searchable` says so
        folder = start
    except OSError:  # (u52h) a name past PATH_MAX: no folder, and reading it says so
        folder = start.parent
    from policylens.output import resolve_path  # (a loop made after the policy was read: RuntimeError before 3.13)

    real = resolve_path(folder)
    for candidate in [real, *real.parents]:
        try:
            if not _searchable(candidate):
                break
            own = candidate / "policylens.toml"
            if own.is_file():
                _unread_beside(own)
                return own
            _refuse_unreadable(own)
            _warn_once(candidate / ".policylens.toml", "not read: the configuration file is named policylens.toml, without the dot")
            pyproject = candidate / "pyproject.toml"
            _refuse_unreadable(pyproject)
            if pyproject.is_file():
                # A pyproject that cannot be read is an error, not "no configuration": its
                # fail-on, ignore and baseline would silently vanish and the pipeline pass.
                tool = read_toml(pyproject).get("tool")
                if isinstance(tool, dict) and "policylens" in tool:
                    return pyproject
        except OSError as exc:
            # (u52h) a folder so deep that a configuration's name in it is longer than the system takes (PATH_MAX):
            # `is_file` raised ENAMETOOLONG and ended the whole run, no file checked.  A configuration there cannot be
            # named, so none is read; one above it still applies.
            if exc.errno != errno.ENAMETOOLONG:
                raise
    return None


_WARNED: set[Path] = set()
_UNSEARCHABLE: set[Path] = set()


def _searchable(folder: Path) -> bool:
    """Can the configuration search look into `folder`?  If not, a warning (once), and the search stops there.

    (Twenty-sixth round.)  Run from a folder below one the user may not search (`chmod 000` on a parent, a
    container's workspace under another user's home), `check p.md` and `compare .` stopped at the first name they
    tried, 「/…/policylens.toml: Permission denied」, though the policy itself was readable.  A configuration that
    cannot be reached is not read: the warning says so, as for any configuration passed over.  A configuration
    file in a folder that can be searched, but that cannot be read itself, is still an error.
    """
    try:
        os.stat(folder / "policylens.toml")
        return True
    except PermissionError:
        pass
    except OSError:
        return True
    if os.access(folder, os.X_OK) and os.path.isdir(folder):
        return True  # the folder can be searched: the file is what cannot be read (`_refuse_unreadable` says so)
    if folder not in _UNSEARCHABLE:
        _UNSEARCHABLE.add(folder)
        from policylens.render.safe import quote_path

        sys.stderr.write(
            f"policylens: warning: {quote_path(str(folder))}: cannot be searched (permission denied): no configuration"
            " is read from it or the folders above it\n"
        )
    return False


_READ_BESIDE: set[Path] = set()


def _warn_once(path: Path, message: str) -> None:
    """A configuration file that is not read says so, once a run (twenty-second round): a `.policylens.toml` (the dot
    of `.ruff.toml`, `.prettierrc`) or a `[tool.policylens]` beside a `policylens.toml` was passed over without a word,
    and its `ignore`, `per-file-ignores` or `fail-on` did not apply."""
    if path in _WARNED or not (os.path.isfile(path) or os.path.islink(path)):  # (never raises: u52h, a name past PATH_MAX)
        return
    _WARNED.add(path)
    from policylens.render.safe import quote_path

    sys.stderr.write(f"policylens: warning: {quote_path(str(path))}: {message}\n")


def _unread_beside(own: Path) -> None:
    """A `pyproject.toml` with `[tool.policylens]` beside the `policylens.toml` that is read instead."""
    pyproject = own.parent / "pyproject.toml"
    if pyproject in _READ_BESIDE or not pyproject.is_file():
        return
    _READ_BESIDE.add(pyproject)  # read once a run, warned or not
    try:
        tool = read_toml(pyproject).get("tool")
    except UserError:
        return  # not read, and not the configuration: policylens.toml is
    if isinstance(tool, dict) and "policylens" in tool:
        _warn_once(pyproject, f"its [tool.policylens] is not read: {own.name} beside it is the configuration")


def require_config(path: Path) -> None:
    """`--config FILE` names a regular file: a folder, a device or a broken link is one line saying which.

    All three were 「configuration file not found」 for a path that is there (`--config /dev/null`, a folder).
    """
    if not (path.exists() or path.is_symlink()):  # (a broken link is there: `_refuse_unreadable` names it)
        raise UserError("configuration file not found", path=str(path))
    if path.is_dir():
        raise UserError("is a directory, not a configuration file", path=str(path))
    _refuse_unreadable(path)
    if path.name == "pyproject.toml":
        # (twenty-third round) a pyproject without the table, or with the keys at its top level (`select = […]`),
        # configured nothing: the defaults applied without a word, though the user named this very file
        tool = read_toml(path).get("tool", {})
        if isinstance(tool, dict) and "policylens" not in tool:
            raise UserError(
                "has no [tool.policylens] table, so it configures nothing (a pyproject.toml's top-level keys are not read)",
                path=str(path),
            )


def _refuse_unreadable(path: Path) -> None:
    """A configuration's name held by what is not a regular file: a broken or looping link, a folder, a FIFO.

    Passing over it would apply the configuration above it (or none) without a word, as for
    an unreadable pyproject; a `pyproject.toml` link that loops was passed over that way.
    """
    if path.is_file() or not (path.is_symlink() or path.exists()):
        return
    try:
        path.stat()
    except OSError as exc:
        raise UserError(f"cannot read configuration: {exc.strerror or exc}", path=str(path)) from None
    raise UserError("cannot read configuration: not a regular file", path=str(path))


def read_toml(path: Path, *, what: str = "configuration", remember: bool = False) -> dict[str, Any]:
    """The TOML document in `path`, or a `UserError` naming the file: the one TOML reader of
    configurations, compare manifests and profiles (`what` names the kind of file in the message).

    `remember`: a file the package ships (the built-in profiles and their pattern libraries, 0.9 MB of TOML):
    what `tomllib` made of its bytes is kept in a store beside the package's bytecode (`_remembered_toml`).
    """
    # Imported here: a run that reads no TOML file (`check --no-config`, no policylens.toml
    # found) does not pay for tomllib's import and its patterns (issue #11: start-up).
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        # utf-8-sig: a BOM (Windows PowerShell 5 `Out-File -Encoding utf8`, old Notepad) is not text;
        # tomllib read it as a stray character: "Invalid statement (at line 1, column 1)"
        raw = _toml_bytes(path, what)
        if remember:
            known = _remembered_toml(path, raw)
            if known is not None:
                return known
        data: dict[str, Any] = tomllib.loads(raw.decode("utf-8-sig"))
        if remember:
            _remember_toml(path, raw, data)
        return data
    except OSError as exc:
        raise UserError(f"cannot read {what}: {exc.strerror or exc}", path=str(path)) from None
    except UnicodeDecodeError:
        raise UserError(f"cannot read {what}: not UTF-8 text", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"invalid TOML: {exc}", path=str(path)) from None
    except RecursionError:
        raise UserError("invalid TOML: nested too deeply", path=str(path)) from None


# What `tomllib` made of each built-in TOML file, kept per installation like the compiled patterns (`lazyre`): parsing
# the five profiles and their library took 36 ms of CPU in every `check --profile` process (tomllib is pure Python),
# reading this store ~3 ms.  Each entry holds the file's exact bytes and is used only for those bytes, so an edited file
# is parsed again; a missing, foreign or damaged store, or a value marshal cannot write (a TOML date), means parsing.
_TOML_STORE_VERSION = 1
_toml_store: dict[str, tuple[bytes, bytes]] | None = None  # path → (the file's bytes, marshal of what tomllib read)


def _toml_store_path() -> Path:
    from policylens.lazyre import store_path

    return store_path("lazyre").with_name(f"toml.{sys.implementation.cache_tag}.marshal")


def _toml_header() -> tuple[int, str]:
    return (_TOML_STORE_VERSION, sys.version)


def _toml_entries() -> dict[str, tuple[bytes, bytes]]:
    global _toml_store
    if _toml_store is None:
        import marshal

        _toml_store = {}
        try:
            header, entries = marshal.loads(_toml_store_path().read_bytes())
        except Exception:  # missing, truncated or foreign: parse
            return _toml_store
        if header == _toml_header() and isinstance(entries, dict):
            _toml_store = entries
    return _toml_store


def _remembered_toml(path: Path, raw: bytes) -> dict[str, Any] | None:
    """What `tomllib` read from `raw`, the bytes of `path`, when the store holds exactly these bytes for it."""
    entry = _toml_entries().get(str(path))
    if entry is None or entry[0] != raw:
        return None
    import marshal

    try:
        data = marshal.loads(entry[1])
    except Exception:  # a damaged entry: parse
        return None
    return data if isinstance(data, dict) else None


def _remember_toml(path: Path, raw: bytes, data: dict[str, Any]) -> None:
    """Keep what `tomllib` read from `raw` for the next process (nothing when bytecode is not written)."""
    import contextlib
    import marshal

    if sys.dont_write_bytecode:
        return
    entries = _toml_entries()
    with contextlib.suppress(ValueError):  # a value marshal cannot write (a TOML date or time): not kept
        entries[str(path)] = (raw, marshal.dumps(data))
        target = _toml_store_path()
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps((_toml_header(), entries)))
            os.replace(temporary, target)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


# A configuration, manifest or profile is a few KB (the largest built-in file, a shared pattern library, 134 KB).
TOML_MAX_BYTES = 8 * 1024 * 1024


def _toml_bytes(path: Path, what: str) -> bytes:
    """The bytes of a TOML file, read as an input is: a regular file under `TOML_MAX_BYTES`.

    A profile folder is listed by its `*.toml` names, so a FIFO named `x.toml` in it hung
    `policylens profiles` (opening it waits for a writer) and a link to /dev/zero read until the
    memory ran out.  An open descriptor (`--config <(…)`) is still read.
    """
    from policylens.load import special_file  # (the loaders are not imported for a run that reads no TOML)

    kind = special_file(str(path), path.stat().st_mode)
    if kind is not None:
        raise UserError(f"cannot read {what}: is a {kind}, not a regular file", path=str(path))
    with path.open("rb") as fh:
        data = fh.read(TOML_MAX_BYTES + 1)
    if len(data) > TOML_MAX_BYTES:
        raise UserError(f"cannot read {what}: over {TOML_MAX_BYTES // 1024 // 1024} MB, too large for a TOML file", path=str(path))
    return data


def load_config(path: Path, *, rule_ids: set[str]) -> Config:
    """Read and validate one configuration file."""
    data = read_toml(path)
    tool = data.get("tool")
    if tool is not None and not isinstance(tool, dict):
        if path.name == "pyproject.toml" or "policylens" in data:
            raise _fail(path, "tool", "must be a table ([tool.policylens])")
        tool = None
    if path.name == "pyproject.toml":
        table = (tool or {}).get("policylens", {})
        prefix = "tool.policylens."
    else:
        table = (tool or {}).get("policylens", data)
        prefix = "tool.policylens." if tool and "policylens" in tool else ""
    if not isinstance(table, dict):
        raise _fail(path, prefix.rstrip(".") or "policylens", "must be a table of settings")
    return parse_config(table, path=path, prefix=prefix, rule_ids=rule_ids)


def _fail(path: Path, key: str, message: str) -> UserError:
    return UserError(f"configuration key {echo(key)}: {message}", path=str(path))


def path_value(value: str, key: str, path: Path) -> str:
    """A file or folder name read from a TOML file, refused when no file can have it.

    TOML strings may hold NUL (`"a\\u0000b"`), which no path can: `open` raised a ValueError
    that was reported against the policy being checked, or as an internal error.
    """
    if "\0" in value:
        raise _fail(path, key, f"{echo(value)} is not a file name (it holds a NUL character)")
    return value


def _str_list(table: dict[str, Any], key: str, path: Path, prefix: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, prefix + key, "must be a list of strings")
    return tuple(value)


# Profile item IDs (`tw-pdpa/period`) and `disclosure-missing` may be selected, ignored and
# given a severity like rules; items are checked against the loaded profiles when they run.
_ITEM_ID = lazy(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DISCLOSURE_RULE = "disclosure-missing"


def _rules(values: tuple[str, ...], key: str, path: Path, rule_ids: set[str]) -> tuple[str, ...]:
    for value in values:
        if value not in rule_ids and value != DISCLOSURE_RULE and not _ITEM_ID.match(value):
            raise _fail(path, key, f"unknown rule {echo(value)} (see `policylens rules`)")
    return values


def _check_user_pattern(pattern: str, path: Path, key: str) -> None:
    r"""A user regex must compile and pass a quick adversarial probe (it runs on every paragraph).

    `(a+)+$` or `\s*x?\s*:` would hang `check` on a hostile policy: such a pattern is
    refused, naming it and the kind of string that made it slow.
    """
    too_long = pattern_too_long(pattern)
    if too_long is not None:
        raise _fail(path, key, too_long)
    try:
        compiled = compile_user_regex(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        raise _fail(path, key, f"invalid regex {echo(pattern)}: {exc}") from None
    slow = slow_regex(compiled)
    if slow is not None:
        raise _fail(path, key, slow)


def compile_user_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` for a user's pattern (`placeholder-patterns`, a user profile's).

    A pattern Python warns will change meaning (`[[:alpha:]]`: Python has no POSIX classes, it reads a set of
    `[:alph` then `]`; `[a--b]`, `[a&&b]`) is refused as `re.error`: the FutureWarning went raw to stderr, four times,
    each with a path into the package, and the pattern ran meaning something else than was written.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)
        try:
            return re.compile(pattern, flags)
        except FutureWarning as exc:
            said = str(exc)
            raise re.error(f"{said[:1].lower()}{said[1:]}: a later Python reads it otherwise; escape the sign (\\[, \\-, \\&)") from None


def _group_references(pattern: str, flags: int = 0) -> bool:
    r"""Whether `pattern` refers to one of its groups: `\1`, `(?P=name)`, `(?(1)…|…)`.

    Such a pattern means something else once joined after other patterns' groups (its `\1`
    is then another pattern's group), so user patterns that are joined must not hold one.
    """
    try:  # Python ≥ 3.11 (as regexguard reads it)
        from re import _constants as _sre_constants  # type: ignore[attr-defined]
        from re import _parser as _sre_parse  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as _sre_constants
        import sre_parse as _sre_parse

    references = [getattr(_sre_constants, name) for name in dir(_sre_constants) if name.startswith("GROUPREF")]
    stack: list[Any] = [_sre_parse.parse(pattern, flags)]
    while stack:
        node = stack.pop()
        if isinstance(node, _sre_parse.SubPattern):
            node = node.data
        if isinstance(node, (list, tuple)):
            # opcodes are named int constants: compared by identity, so a range (11, 12) is no opcode
            if len(node) == 2 and any(node[0] is ref for ref in references):
                return True
            stack.extend(node)
    return False


def _check_joined_patterns(patterns: tuple[str, ...], path: Path, key: str) -> None:
    """`placeholder-patterns` run joined to the rule's own patterns, in one alternation: refuse
    what compiles alone but fails or changes meaning there.

    A global flag (`(?i)公司名称`) is an error once it is not at the start, and a group
    reference (`(x)\\1`) names another pattern's group: both stopped every file's check
    (`p.md: cannot be read (error: global flags not at the start…)`) or silently matched nothing.
    """
    from policylens.rules.placeholder_instruction import joined_pattern

    for pattern in patterns:
        if re.match(r"\(\?[aiLmsux]+\)", pattern):
            raise _fail(path, key, f"{echo(pattern)}: a global flag applies to the whole joined pattern; scope it: (?i:…)")
        if _group_references(pattern):
            raise _fail(
                path, key, f"{echo(pattern)}: group references (\\1, (?P=name), (?(1)…)) are not supported: the patterns are joined"
            )
    try:
        joined_pattern(patterns)
    except re.error as exc:  # a group name used twice, or one of the rule's own
        raise _fail(path, key, f"the patterns cannot be joined to the rule's own: {exc.msg}") from None


def slow_regex(compiled: re.Pattern[str], shown: str | None = None) -> str | None:
    """Why a user's regex is refused (None: it passed a quick adversarial probe).

    Used for `placeholder-patterns` and for the patterns of user disclosure profiles: both
    run on every paragraph of every policy checked.
    """
    from policylens.regexguard import probe

    slow = probe(compiled, budget=0.1, limit=40, steps=(4, 8, 12, 16, 20, 24, 32, 64, 256, 1024, 8192))
    if slow is None:
        return None
    written = shown if shown is not None else compiled.pattern
    return f"regex {echo(written)} backtracks catastrophically: it {slow.describe()}; rewrite it without nested or adjacent repeats"


def parse_config(table: dict[str, Any], *, path: Path, prefix: str, rule_ids: set[str]) -> Config:
    """Validate a [tool.policylens] table."""
    for key in table:
        if key not in _KNOWN:
            raise _fail(path, prefix + key, f"unknown key (known: {', '.join(sorted(_KNOWN))})")
    lists = {key: _str_list(table, key, path, prefix) for key in _LIST_KEYS}
    for key in ("select", "ignore"):
        _rules(lists[key], prefix + key, path, rule_ids)
    for key in ("brands", "foreign-brands"):
        if why := brand_problem(lists[key]):
            raise _fail(path, prefix + key, why)
    if lists["select"] and set(lists["select"]) <= set(lists["ignore"]) and not lists["profiles"]:
        # (twenty-first round, r21h) every file passed, nothing checked; as `--select R --ignore R` on the command line
        raise _fail(
            path, prefix + "ignore", f"takes out every rule `select` names ({', '.join(lists['select'])}): nothing would be checked"
        )
    for pattern in lists["placeholder-patterns"]:
        _check_user_pattern(pattern, path, prefix + "placeholder-patterns")
    if lists["placeholder-patterns"]:
        _check_joined_patterns(lists["placeholder-patterns"], path, prefix + "placeholder-patterns")
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise _fail(path, prefix + "severity", 'must be a table of rule = "error|warning|info"')
    for rule, level in severity.items():
        _rules((rule,), f"{prefix}severity.{rule}", path, rule_ids)
        if level not in ("error", "warning", "info"):
            raise _fail(path, f"{prefix}severity.{rule}", f"must be error, warning or info, not {echo(level)}")
    pfi = table.get("per-file-ignores", {})
    if not isinstance(pfi, dict):
        raise _fail(path, prefix + "per-file-ignores", 'must be a table of "glob" = [rules]')
    per_file: list[tuple[str, tuple[str, ...]]] = []
    for glob, rules in pfi.items():
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            raise _fail(path, f"{prefix}per-file-ignores.{glob}", "must be a list of rule IDs")
        per_file.append((glob, _rules(tuple(rules), f"{prefix}per-file-ignores.{glob}", path, rule_ids)))
    choices = {"region": ("tw", "hk", "cn"), "script": ("hant", "hans"), "fail-on": ("error", "warning", "info", "never")}
    chosen: dict[str, str | None] = {}
    for key, allowed in choices.items():
        value = table.get(key)
        if value is not None and value not in allowed:
            raise _fail(path, prefix + key, f"must be one of {', '.join(allowed)}, not {echo(value)}")
        chosen[key] = value
    default_exclude = table.get("default-exclude", True)
    if not isinstance(default_exclude, bool):
        raise _fail(path, prefix + "default-exclude", "must be true or false")
    baseline = table.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise _fail(path, prefix + "baseline", "must be a file path")
    if baseline:
        path_value(baseline, prefix + "baseline", path)
    profile_paths = tuple(path.parent / path_value(p, prefix + "profile-paths", path) for p in lists["profile-paths"])
    if profile_paths or lists["profiles"]:
        from policylens.profiles import DuplicateProfile, available

        # every command, with a profile or not (thirtieth round: `check` and `compare` without one never looked, so a
        # folder misspelt there was named only by `profiles`, `explain` and `-p`)
        try:
            known = available(profile_paths)
        except DuplicateProfile:
            raise
        except UserError as exc:
            raise _fail(path, prefix + "profile-paths", f"profile folder {exc.path} not found") from None
        for name in lists["profiles"]:
            if name not in known:
                raise _fail(path, prefix + "profiles", f"unknown profile {echo(name)} (known: {', '.join(sorted(known))})")
    return Config(
        path=path,
        select=lists["select"],
        ignore=lists["ignore"],
        severity=tuple(severity.items()),
        per_file_ignores=tuple(per_file),
        brands=lists["brands"],
        foreign_brands=lists["foreign-brands"],
        placeholder_patterns=lists["placeholder-patterns"],
        region=chosen["region"],
        script=chosen["script"],
        baseline=(path.parent / baseline) if baseline else None,
        fail_on=chosen["fail-on"],
        exclude=lists["exclude"],
        profiles=lists["profiles"],
        profile_paths=profile_paths,
        default_exclude=default_exclude,
    )


class ConfigCache:
    """The one configuration cache of a run: folder → governing file, file → parsed Config.

    Files in the same folder share one upward search and one TOML parse; without this a
    200-file folder under a large pyproject.toml re-read it 200 times.  Directory
    discovery and checking share it.
    """

    def __init__(self) -> None:
        self.folders: dict[Path, Path | None] = {}
        self.configs: dict[Path, Config] = {}

    def governing(self, folder: Path) -> Path | None:
        """The configuration file that governs `folder` (see `find_config`), or None."""
        if folder not in self.folders:
            self.folders[folder] = find_config(folder)
        return self.folders[folder]

    def load(self, file: Path, rule_ids: set[str]) -> Config:
        """The parsed configuration in `file` (`UserError` when it is bad, every time it is asked for)."""
        if file not in self.configs:
            self.configs[file] = load_config(file, rule_ids=rule_ids)
        return self.configs[file]
