"""Regular expressions compiled on first use, and compiled once per installation.

Start-up time matters (`parse` must stay under 10× `python -c pass`), and compiling a
CJK-heavy pattern costs 0.1–1.5 ms (`re` builds a class over a CJK range one character
at a time, in Python); many patterns are needed only for some inputs (phone numbers
only next to 電話, addresses only after 地址…).

`lazy()` patterns are compiled on first use, through `compile()`: it keeps what `re`'s
compiler produced for each pattern (the SRE code that `_sre.compile` turns into a
`re.Pattern`) in a file next to the package's bytecode, like Python's own `__pycache__`,
so that the next run skips parsing and compiling the pattern (about 12 ms of a `parse`
run, measured in README › Benchmarks).  The file is tied to the interpreter (its version
and SRE magic number), each entry to the exact pattern text and flags; `_sre.compile`
validates the code it is given.  A missing, stale, unreadable or unwritable file only
means compiling as `re.compile` does, and nothing is written when Python is told not to
write bytecode (`PYTHONDONTWRITEBYTECODE`, `-B`).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

try:  # the compiler behind re.compile: private, so any surprise falls back to re.compile
    import _sre
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10 names them sre_compile / sre_parse
    try:
        import _sre
        import sre_compile as _sre_compiler
        import sre_parse as _sre_parser
    except ImportError:
        _sre = None  # type: ignore[assignment]

from policylens.lazyre.first_chars import (
    _CASE_VARIANTS as _CASE_VARIANTS,
)
from policylens.lazyre.first_chars import (
    _first_chars as _first_chars,
)
from policylens.lazyre.first_chars import (
    _lookahead_chars as _lookahead_chars,
)
from policylens.lazyre.first_chars import (
    _width as _width,
)
from policylens.lazyre.first_chars import (
    _with_first_chars as _with_first_chars,
)
from policylens.lazyre.first_chars import (
    _with_second_guard as _with_second_guard,
)

STORE_FORMAT = 5  # 2: first-character classes added to the info block (`_with_first_chars`); 3: second-character guards;
# 4: the narrowest leading lookahead gives the first characters when it is narrower than the pattern's own;
# 5: each pattern's code stored as the bytes of an array (`_Store.get`)
# Beyond this many patterns the store is not grown (the package has a few hundred).
MAX_STORED = 4000


def _interpreter() -> tuple[object, ...]:
    """What the stored code depends on: the store is ignored when any of it differs."""
    return (STORE_FORMAT, sys.version, sys.implementation.cache_tag, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))


def store_path(name: str = "lazyre") -> Path:
    """Where the compiled patterns are kept: where Python keeps the package's bytecode, one file per store and interpreter.

    `name`: the store: "lazyre" for the package's own patterns, "profiles" for those of the disclosure
    profiles (`profiles.PATTERN_STORE`), which only `--profile` runs read.
    """
    package = Path(__file__).resolve().parent.parent  # (the policylens package: this module is its `lazyre/__init__.py`)
    name = f"{name}.{sys.implementation.cache_tag}.patterns"
    if sys.pycache_prefix:  # PYTHONPYCACHEPREFIX / -X pycache_prefix: bytecode goes to a mirror tree, and so does the store
        return Path(sys.pycache_prefix) / package.relative_to(package.anchor) / name
    return package / "__pycache__" / name


_STORES: dict[str, Store] = {}  # the first store of each name (a pickled `LazyPattern` names its store)


class Store:
    """Compiled SRE code by (pattern, flags): read once, written back at exit when it grew.

    One file per store (`store_path(name)`): the disclosure profiles' patterns (1,200 of them, 5 MB of code for the five
    built-in profiles) have a store of their own, so that a run without `--profile` does not read them.  A store may keep
    other facts about a pattern than its code (`profiles.literals` keeps its required strings, as a 1-tuple); `version`
    names what they depend on beyond the interpreter, and a file written under another version is ignored.
    """

    def __init__(self, name: str = "lazyre", version: tuple[object, ...] = ()) -> None:
        self.name = name
        self.version = version
        self.entries: dict[tuple[str, int], tuple[Any, ...]] | None = None
        self.added = 0
        self.pid = os.getpid()
        self._writable: bool | None = None
        _STORES.setdefault(name, self)

    def path(self) -> Path:
        """This store's file (looked up at each call: tests point `store_path` elsewhere)."""
        return store_path(self.name)

    def header(self) -> tuple[object, ...]:
        """What the file's entries depend on: the interpreter, and this store's `version`."""
        return (*_interpreter(), *self.version) if self.version else _interpreter()

    def writable(self) -> bool:
        """Whether what is added now will be there for the next process: bytecode is written and the folder can be written."""
        if sys.dont_write_bytecode:
            return False
        if self._writable is None:
            folder = self.path().parent
            while not folder.exists() and folder.parent != folder:
                folder = folder.parent  # (`save` creates the folders it needs)
            self._writable = os.access(folder, os.W_OK)
        return self._writable

    def load(self) -> dict[tuple[str, int], tuple[Any, ...]]:
        if self.entries is None:
            self.entries = {}
            # missing, truncated or foreign: start empty.  loads() of the whole file: load() from a stream reads it in
            # small pieces, 50x slower
            self.entries = self._on_disk()
            atexit.register(self.save)
        return self.entries

    def _on_disk(self) -> dict[tuple[str, int], tuple[Any, ...]]:
        """The file's entries as written now (packed), or nothing when it is missing, damaged or foreign."""
        with contextlib.suppress(Exception):
            header, entries = marshal.loads(self.path().read_bytes())
            if header == self.header() and isinstance(entries, dict):
                return entries
        return {}

    def get(self, key: tuple[str, int]) -> tuple[Any, ...] | None:
        """The entry for `key`, its code as the list of ints `_sre.compile` takes.

        The file holds each code as the bytes of an `array`: marshal reads bytes in one
        copy, where a list of ints is an object per int (the store's 115,000 ints: 10 M of
        the 288 M instructions of a `check` of one small file, issue #11).  A pattern's code
        is made a list when the pattern is first used, and kept so.
        """
        entries = self.load()
        entry = entries.get(key)
        if isinstance(entry, tuple) and len(entry) > 1 and isinstance(entry[1], bytes):
            code = array(_CODE_TYPE)
            try:
                code.frombytes(entry[1])
            except ValueError:  # not a whole number of words: a damaged store, compiled afresh
                del entries[key]
                return None
            entry = entries[key] = (entry[0], code.tolist(), *entry[2:])
        return entry

    def add(self, key: tuple[str, int], entry: tuple[Any, ...]) -> None:
        entries = self.load()
        if len(entries) < MAX_STORED:
            entries[key] = entry
            self.added += 1

    def save(self) -> None:
        """Write the grown store atomically (a forked worker leaves it to its parent), with what the file holds now.

        Two processes that read one store at start and each compiled other patterns (pytest's xdist workers, two
        `check` runs at once) each wrote back only their own: the last one to exit wiped the other's additions, so a
        fresh tree took several runs to fill its store (u35s).  The entries written since this process read the file
        are kept beside its own (its own win for a key both hold; at most `MAX_STORED` in all).
        """
        if not self.added or sys.dont_write_bytecode or os.getpid() != self.pid:
            return
        path = self.path()
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError, ValueError):
            path.parent.mkdir(parents=True, exist_ok=True)
            packed = {key: _packed(entry) for key, entry in self.entries.items()}  # type: ignore[union-attr]  # loaded: added > 0
            for key, entry in self._on_disk().items():
                if len(packed) >= MAX_STORED:
                    break
                packed.setdefault(key, entry)
            temporary.write_bytes(marshal.dumps((self.header(), packed)))  # type: ignore[arg-type]  # tuples of str/int/bytes: marshallable
            os.replace(temporary, path)
            self.added = 0
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


_Store = Store  # the name the tests and earlier code use
_STORE = Store()
_CODE_TYPE = "I" if array("I").itemsize == 4 else "L"  # one SRE code word (CODESIZE 4, part of `_interpreter()`)


def _packed(entry: tuple[Any, ...]) -> tuple[Any, ...]:
    """The entry as the file holds it: its code (a list of ints) as the bytes of an array."""
    if len(entry) > 1 and isinstance(entry[1], list) and array(_CODE_TYPE).itemsize == getattr(_sre, "CODESIZE", 0):
        with contextlib.suppress(OverflowError, TypeError):  # not words: kept as the list
            return (entry[0], array(_CODE_TYPE, entry[1]).tobytes(), *entry[2:])
    return entry


# `re._compiler._optimize_charset`'s answers by its arguments, while `_code` compiles: a pure function of them, and the
# profiles' patterns repeat a few classes over the CJK range (`[\u4e00-\u9fff]`) that it builds one character at a time in
# Python under re.IGNORECASE: 9.8 of a cold `check --profile`'s 30 s of compiling, profiled (u39s2).
_CHARSETS: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}
_MAX_CHARSETS = 2048


def _remembered_charset(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> tuple[list[Any], bool]:
    """`_optimize_charset(charset, iscased, fixup, fixes)`, its answer kept by the arguments (a copy of the list returned)."""
    key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
    try:
        found = _CHARSETS.get(key)
    except TypeError:  # an item this does not know (unhashable): answered afresh
        return _OPTIMIZE_CHARSET(charset, iscased, fixup, fixes)  # type: ignore[misc,no-any-return]  # (set when installed)
    if found is None:
        if len(_CHARSETS) >= _MAX_CHARSETS:
            _CHARSETS.clear()
        found = _CHARSETS[key] = _OPTIMIZE_CHARSET(charset, iscased, fixup, fixes)  # type: ignore[misc]  # (set when installed)
    return list(found[0]), found[1]


_OPTIMIZE_CHARSET = getattr(_sre_compiler, "_optimize_charset", None) if _sre is not None else None


def _code(parsed: Any, flags: int) -> list[Any]:
    """`re._compiler._code(parsed, flags)`, with `_optimize_charset`'s answers remembered (`_remembered_charset`)."""
    if _OPTIMIZE_CHARSET is None or getattr(_sre_compiler, "_optimize_charset", None) is not _OPTIMIZE_CHARSET:
        return _sre_compiler._code(parsed, flags)  # type: ignore[no-any-return]  # (another caller's replacement: left alone)
    _sre_compiler._optimize_charset = _remembered_charset
    try:
        return _sre_compiler._code(parsed, flags)  # type: ignore[no-any-return]
    finally:
        _sre_compiler._optimize_charset = _OPTIMIZE_CHARSET


def _sre_entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands to `_sre.compile` after the pattern string, as plain ints."""
    # `re.compile` hands its compiler a plain int (`re._compile` takes `RegexFlag.value`); given `re.I` itself, the
    # compiler's millions of `flags & SRE_FLAG_…` tests each ran `enum.Flag.__and__` in Python: a third of a cold compile
    # of the profiles' 1,423 patterns (2.2 → 1.5 s of CPU, issue #13).  The code is the same.
    flags = int(flags)
    parsed = _sre_parser.parse(pattern, flags)
    # `re`'s info block alone says whether it found a literal prefix: the whole pattern is compiled once, after the guard
    # is put in front or not (compiling it a second time was half of a cold `check --profile`'s 6 s of compiling, u39s2).
    # The code is the same as compiling, guarding and compiling again (tests/test_u39s2_compile_once.py).
    info: list[Any] = []
    _sre_compiler._compile_info(info, parsed, parsed.state.flags | flags)
    guarded = False
    if info[0] is _sre_parser.INFO and not info[2] & _sre_parser.SRE_INFO_PREFIX:  # no literal prefix: `re` would try many positions
        with contextlib.suppress(Exception):  # a private parser API changed: keep what `re` compiles
            guarded = _with_second_guard(parsed, flags)
    try:
        code = _code(parsed, flags)
    except Exception:
        if not guarded:
            raise
        del parsed.data[0]  # the guard: what `re` compiles without it
        code = _code(parsed, flags)
    code = _with_first_chars(code, parsed, flags)
    groupindex = {name: int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))


def compile(pattern: str, flags: int = 0, *, store: Store | None = None) -> re.Pattern[str]:  # the name re uses
    """`re.compile(pattern, flags)`, from the stored compiled code when this interpreter compiled it before.

    `store`: the store to read and grow (the package's own, `_STORE`, by default).
    """
    if _sre is None or flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    store = _STORE if store is None else store
    key = (pattern, int(flags))
    entry = store.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
        except Exception:  # code this interpreter rejects: compile it afresh
            store.load().pop(key, None)
    try:
        entry = _sre_entry(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # a private compiler API changed: the public one still works
        return re.compile(pattern, flags)
    store.add(key, entry)
    return compiled  # type: ignore[no-any-return]


class LazyPattern:
    """A stand-in for `re.compile(pattern, flags)` that compiles when first used."""

    __slots__ = ("__dict__", "flags", "pattern", "store")

    def __init__(self, pattern: str, flags: int = 0, store: Store | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self.store = store

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return compile(self.pattern, self.flags) if self.store is None else compile(self.pattern, self.flags, store=self.store)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its pattern, flags and store name (a check worker sends its coverage, items and patterns, back to the
        parent): never its compiled form or its store's entries."""
        return (_unpickled, (self.pattern, self.flags, None if self.store is None else self.store.name))

    def __getattr__(self, name: str) -> Any:
        # Only reached while a method is not yet bound: bind them all on the instance, so
        # later calls cost the same as on a compiled pattern.
        if name.startswith("__"):  # (copy, pickle and friends ask for special names: not the pattern's)
            raise AttributeError(name)
        compiled = self.compiled
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def _unpickled(pattern: str, flags: int, store: str | None) -> LazyPattern:
    """A pickled `LazyPattern` again, with the store of that name in this process (the package's own if it has none)."""
    return LazyPattern(pattern, flags, None if store is None else _STORES.get(store))


def lazy(pattern: str, flags: int = 0, *, store: Store | None = None) -> re.Pattern[str]:
    """Typed as a Pattern so call sites read exactly like `re.compile`; `store` as for `compile`."""
    return LazyPattern(pattern, flags, store)  # type: ignore[return-value]


class GuardedPattern:
    """`(?=[guard])(?:body)`, scanned from the first characters its guard allows.

    `re` skips ahead in C only when a pattern starts with a literal or a class; with a
    leading lookahead guard it tried the whole pattern at every position.  The pattern
    store now reads the guard's class into the compiled pattern's info block
    (`_lookahead_chars`), so the plain lookahead form is scanned in C from candidate to
    candidate, with no Python call per candidate.  The body must never match the empty
    string (`tests/rules/test_scan.py` compares the matches with `re.compile` of the
    plain form; `tests/test_check_speed_invariants.py` checks the bodies' widths).
    Lookbehinds in the body still see the text before the candidate.
    """

    __slots__ = ("body", "flags", "guard", "pattern", "whole")

    def __init__(self, guard: re.Pattern[str], body: re.Pattern[str]) -> None:
        if (guard.flags ^ body.flags) & re.IGNORECASE:
            raise ValueError("the guard and the body must agree on re.IGNORECASE")
        self.guard = guard
        self.body = body
        # `re.compile(pattern, flags)` is the plain lookahead form it stands for
        self.pattern = f"(?={guard.pattern})(?:{body.pattern})"
        self.flags = body.flags
        self.whole = lazy(self.pattern, self.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match, as `re.compile(self.pattern, self.flags).finditer(text)` finds them."""
        return self.whole.finditer(text)


def delimited(text: str, opener: str, closer: str) -> Iterator[tuple[int, int]]:
    """Spans of `opener … closer` (shortest, non-overlapping), like `re.finditer(opener.*?closer, re.S)`.

    The regex form is quadratic when an opener has no closer (`<%<%<%…` rescans the
    rest of the text from every opener); here the first missing closer ends the scan.
    """
    pos = 0
    while (start := text.find(opener, pos)) != -1:
        end = text.find(closer, start + len(opener))
        if end == -1:
            return
        pos = end + len(closer)
        yield start, pos
