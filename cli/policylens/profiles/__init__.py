"""Disclosure profiles: what a law requires a privacy policy to tell, as TOML data files.

A profile (data/profiles/<name>.toml, or a file in a folder named by `profile-paths`
in the configuration) lists *items*.  Each item has a stable ID `<profile>/<item>`, its
legal reference, a hint of what to add, the rule a reviewer can read, and that rule in
machine form: `cover` clauses (any one suffices) and, for conditional items, `when`
clauses that decide whether the item applies at all and `not_applicable` clauses, the one way
to rule it out (「本服务不面向儿童」): a `firm` one whatever else the policy says, the others only
when nothing covers the item and no `when` clause marked `fact` states the condition (the older
keys `unless`, `denied` and `holds` are read as aliases of these).  `profile.schema.json`
describes the file; `load_profile` checks it and names the key when something is wrong.

Pattern fragments that several profiles need (the Chinese wording of a processor's name, a
right and its way, a retention event…) live once in a *shared pattern library*,
data/profiles/shared/<name>.toml (`patterns.schema.json`).  A profile names the libraries it
uses (`use = ["zh"]`) and writes `{owner}` as if the fragment were its own; its own
[patterns] win over a library's, and a library fragment may refer to a name the profile
defines (`{pi}`), so each profile still reads a fragment with its own vocabulary.  A user's
profile in a `profile-paths` folder can use the built-in libraries the same way.

Nothing here is imported unless `--profile`, `profiles` or `explain PROFILE` asks for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from policylens import lazyre
from policylens.errors import UserError, echo
from policylens.profiles.discovery import DuplicateProfile as DuplicateProfile
from policylens.profiles.discovery import available as available
from policylens.profiles.discovery import profile_files as profile_files
from policylens.profiles.fragments import SHARED as SHARED
from policylens.profiles.fragments import _used_fragments
from policylens.profiles.fragments import libraries as libraries
from policylens.profiles.fragments import load_library as load_library
from policylens.profiles.items import WITHIN as WITHIN
from policylens.profiles.items import Clause as Clause
from policylens.profiles.items import Item as Item
from policylens.profiles.items import Profile as Profile
from policylens.profiles.reading import _REF, _TOP, _expanded_length, _read_checked, _topic_headings
from policylens.profiles.reading import BUILTIN as BUILTIN
from policylens.profiles.reading import _fail as _fail
from policylens.profiles.reading import _fold_pattern as _fold_pattern
from policylens.profiles.reading import _strings as _strings
from policylens.profiles.reading import _text as _text

PROFILE_SCHEMA = "policylens.profile/1"
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# A word's rest then a gap, `\w{0,M}C{0,N}` (`(?:shar|sell|…)\w{0,40}[^.]{0,80}(?:partners|…)`): the regex engine tries
# every split of the gap between the two repeats, M × N attempts at each start, though they end at M + N places only
# (200 KB of 「sellsell…」 took 42 s).  `(?:\w{0,M}+C{0,N}|\w{0,M-1})` tries the same ends in the same order (the
# farthest first: the whole word then the gap, then the shorter word rests), so it finds the same match, in M + N.
# Profile patterns are compiled once per installation (issue #14, n19s): `lazyre`'s store of compiled SRE code, in a file of
# its own beside the package's bytecode, tied to the interpreter and keyed by the exact pattern text and flags.  A user's
# profile (`profile-paths`) goes through it too: a pattern is found there only when its text is the same.
PATTERN_STORE = lazyre.Store("profiles")
_WORD_REST_GAP = re.compile(r"(?<!\\)\\w\{0,([1-9]\d{0,3})\}((?:\[(?:\\.|[^\[\]\\]){1,64}\]|\.)\{0,\d{1,4}\})(?![?+])")


def _compile(raw: str, key: str, path: Path, fragments: dict[str, str]) -> re.Pattern[str]:
    from policylens.config import USER_PATTERN_MAX, compile_user_regex, pattern_too_long

    text = _fold_pattern(raw)  # (`fragments` are folded already: folding maps one character to one, never to regex syntax)
    for _ in range(6):  # fragments may use fragments
        if _expanded_length(text, fragments) > USER_PATTERN_MAX:
            # `a = "{b}{b}…"`, `b = "{c}{c}…"`: each round multiplies the length (30 names six deep
            # took 2 GB and minutes); measured before the names are inserted
            raise _fail(path, key, f"{raw[:40]!r} grows past {USER_PATTERN_MAX:,} characters once its pattern names are inserted")
        expanded = _REF.sub(lambda m: f"(?:{fragments[m.group(1)]})" if m.group(1) in fragments else m.group(0), text)
        if expanded == text:
            break
        text = expanded
    too_long = pattern_too_long(text)
    if too_long is not None:
        raise _fail(path, key, too_long)
    unknown = [m.group(1) for m in _REF.finditer(text) if m.group(1) not in fragments]
    if unknown:
        raise _fail(path, key, f"unknown pattern name {{{unknown[0]}}} (define it under [patterns] or in a library named by `use`)")
    looping = [m.group(1) for m in _REF.finditer(text)]
    if looping:  # still a name after six rounds: it was left in the regex as the literal text `{a}`
        raise _fail(path, key, f"pattern name {{{looping[0]}}} refers to itself through [patterns] (or names nest more than 6 deep)")
    text = _WORD_REST_GAP.sub(lambda m: f"(?:\\w{{0,{m.group(1)}}}+{m.group(2)}|\\w{{0,{int(m.group(1)) - 1}}})", text)
    if path.parent == BUILTIN:
        # compiled when a document first needs it (tests/test_profiles_store.py compiles every one of them)
        return _lazy_regex(text)
    try:
        compile_user_regex(text, re.I)  # refuses what Python warns will change meaning (a raw FutureWarning otherwise)
        compiled = _regex(text)
    except (re.error, RecursionError, OverflowError) as exc:
        raise _fail(path, key, f"invalid regex {echo(raw)}: {exc}") from None
    if compiled.pattern not in _builtin_patterns():
        # a pattern of the user's own; those of the built-in profiles (a copied profile keeps
        # them) are probed by the test suite, with the budget their longest texts need
        from policylens.config import slow_regex

        slow = slow_regex(compiled, raw)
        if slow is not None:
            raise _fail(path, key, slow)
        if any((m := compiled.search(probe)) is not None and not m.group(0) for probe in _PROBES):
            # `資料|`, `(?=)`, `x?`: found in every sentence, so an item is covered (or, under `none`, never) whatever the text
            raise _fail(path, key, f"{echo(raw)} matches the empty string, so it matches every sentence")
    return compiled


def _regex(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern, re.I)`, through the profiles' pattern store."""
    return lazyre.compile(pattern, re.I, store=PATTERN_STORE)


_LAZY: dict[str, re.Pattern[str]] = {}  # pattern text → its one lazy pattern (items and profiles share many)


def _lazy_regex(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern, re.I)` when first used, through the profiles' pattern store; one object per pattern text, so that
    the coverage caches keyed by pattern share its searches as they did with `re.compile` (whose patterns compare equal).
    A long alternation is searched one alternative at a time (`branches`: the same match, u49m)."""
    found = _LAZY.get(pattern)
    if found is None:
        from policylens.profiles import branches  # (it reads `literals`, which imports this package)

        found = _LAZY[pattern] = branches.lazy(pattern, re.I, store=PATTERN_STORE)
    return found


_PROBES = ("", "我們收集您的個人資料。", "We collect your personal data.")


@cache
def _builtin_patterns() -> frozenset[str]:
    """The text of every compiled pattern of the built-in profiles."""
    found: set[str] = set()
    for file in sorted(BUILTIN.glob("*.toml")):
        for item in load_profile(file).items:
            for clause in (*item.cover, *item.when, *item.not_applicable):
                found.update(p.pattern for p in clause.all)
                found.update(p.pattern for p in clause.none)
                found.update(p.pattern for p in clause.unless_anywhere)
                found.update(p.pattern for p in (clause.heading, clause.column, clause.not_under) if p is not None)
            found.update(p.pattern for p in item.prefer)
            found.update(
                p.pattern
                for p in (
                    *item.veto,
                    *item.pointer,
                    *item.pointer_needs,
                    *item.demote,
                    *item.soft_demote,
                    *item.front_matter,
                    *item.title,
                    *item.parts,
                    *item.parts_none,
                    *item.parts_heading,
                    *item.demote_lead,
                )
            )
    return frozenset(found)


def _clauses(
    value: Any, key: str, path: Path, fragments: dict[str, str], *, flag: str = "", firm: bool = False, fact: bool = False
) -> tuple[Clause, ...]:
    """The clauses of one key; `flag` names the one extra boolean key its tables may carry (`firm`, `fact`), and
    `firm`/`fact` are the values an alias key gives every clause (`unless` is `not_applicable` with `firm = true`)."""
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _fail(path, key, "must be an array of tables ([[…]]) with `all`")
    clauses = []
    known: tuple[str, ...] = ("all", "none", "none_in_sentence", "cite_first", "within", "heading", "not_under", "topic", "column")
    # (u58h2) `unless_anywhere` only where it is read: a `not_applicable` clause (or its older keys `unless`, `denied`)
    known += ("unless_anywhere",) if key.endswith(("not_applicable", "unless", "denied")) else ()
    known += (flag,) if flag else ()
    for n, table in enumerate(value):
        where = f"{key}[{n}]"
        unknown = set(table) - set(known)
        if unknown:
            raise _fail(path, f"{where}.{sorted(unknown)[0]}", f"unknown key (known: {', '.join(known)})")
        if flag and not isinstance(table.get(flag, False), bool):
            raise _fail(path, f"{where}.{flag}", "must be true or false")
        patterns = _strings(table.get("all", []), f"{where}.all", path)
        if not patterns:
            raise _fail(path, f"{where}.all", "needs at least one pattern (a heading alone is not a disclosure)")
        within = table.get("within", "sentence")
        if within not in WITHIN:
            raise _fail(path, f"{where}.within", f"must be one of {', '.join(WITHIN)}, not {echo(within)}")
        heading = table.get("heading")
        if heading is not None and not isinstance(heading, str):
            raise _fail(path, f"{where}.heading", "must be a regex string")
        column = table.get("column")
        if column is not None and not isinstance(column, str):
            raise _fail(path, f"{where}.column", "must be a regex string")
        not_under = table.get("not_under")
        if not_under is not None and not isinstance(not_under, str):
            raise _fail(path, f"{where}.not_under", "must be a regex string")
        for boolean in ("none_in_sentence", "cite_first"):
            if not isinstance(table.get(boolean, False), bool):
                raise _fail(path, f"{where}.{boolean}", "must be true or false")
        headings = [_compile(heading, f"{where}.heading", path, fragments)] if heading else []
        headings += _topic_headings(table.get("topic"), f"{where}.topic", path)
        clauses.append(
            Clause(
                tuple(_compile(p, f"{where}.all", path, fragments) for p in patterns),
                tuple(_compile(p, f"{where}.none", path, fragments) for p in _strings(table.get("none", []), f"{where}.none", path)),
                within,
                headings[0]
                if len(headings) == 1
                else (_lazy_regex if path.parent == BUILTIN else _regex)("|".join(f"(?:{h.pattern})" for h in headings))
                if headings
                else None,
                patterns,
                _compile(column, f"{where}.column", path, fragments) if column else None,
                bool(table.get("firm", firm)),
                bool(table.get("fact", fact)),
                _compile(not_under, f"{where}.not_under", path, fragments) if not_under else None,
                table.get("none_in_sentence", False),
                table.get("cite_first", False),
                tuple(
                    _compile(p, f"{where}.unless_anywhere", path, fragments)
                    for p in _strings(table.get("unless_anywhere", []), f"{where}.unless_anywhere", path)
                ),
            )
        )
    return tuple(clauses)


_ITEM = {
    "id",
    "name",
    "name_en",
    "reference",
    "hint",
    "rule",
    "cover",
    "when",
    "not_applicable",
    "unless",
    "denied",
    "holds",
    "condition",
    "prefer",
    "denial",
    "veto",
    "pointer",
    "pointer_needs",
    "demote",
    "soft_demote",
    "front_matter",
    "title",
    "parts",
    "parts_none",
    "parts_heading",
    "demote_lead",
}


def _applicability(
    table: dict[str, Any], prefix: str, path: Path, fragments: dict[str, str]
) -> tuple[tuple[Clause, ...], tuple[Clause, ...]]:
    """An item's `when` clauses and its `not_applicable` clauses, the one "not applicable" mechanism (fifteenth session, d14g).

    `[[item.not_applicable]]` states that the item does not apply: with `firm = true` whatever else the policy says (「本软件
    不面向不满十四周岁的未成年人」), otherwise only when nothing covers the item and no `when` clause marked `fact = true` (the
    condition stated as a fact: 「我们收集您的精确位置」) matches.  The keys of earlier profiles are read as aliases, so user
    profiles keep working: `unless` = `not_applicable` with `firm = true`, `denied` = `not_applicable`, `holds` = `when` with
    `fact = true`.  A `fact` clause counters a stated non-applicability; it does not apply the item by itself (the
    other `when` clauses do).
    """

    def read(key: str, **flags: Any) -> tuple[Clause, ...]:
        return _clauses(table[key], prefix + key, path, fragments, **flags) if key in table else ()

    when = read("when", flag="fact")
    holds = read("holds", fact=True)
    ruled_out = (*read("unless", firm=True), *read("not_applicable", flag="firm"), *read("denied"))
    if holds and not any(not c.firm for c in ruled_out):
        raise _fail(path, prefix + "holds", "`holds` goes with `denied` (a `not_applicable` clause that is not firm)")
    if any(c.fact for c in when) and not any(not c.firm for c in ruled_out):
        raise _fail(path, prefix + "when", "a `fact` clause goes with a `not_applicable` clause that is not firm")
    if (holds or any(c.fact for c in when)) and all(c.fact for c in when):
        raise _fail(path, prefix + "when", "a `fact` clause counters a stated non-applicability: the item needs another `when` clause")
    if any(not c.firm for c in ruled_out) and not when and not holds:
        key = "denied" if "denied" in table else "not_applicable"
        raise _fail(path, prefix + key, f"only a conditional item (with `when`) can be ruled out by `{key}` without `firm = true`")
    return (*when, *holds), ruled_out


@cache
def load_profile(path: Path) -> Profile:
    """Read and check one profile file; a problem is a `UserError` that names the key."""
    data = _read_checked(path, "profile", _TOP, PROFILE_SCHEMA)
    name = _text(data, "id", path, "")
    if not _NAME.match(name):
        raise _fail(path, "id", f"{echo(name)} is not a kebab-case name")
    if name != path.stem:
        raise _fail(path, "id", f"{echo(name)} must match the file name {echo(path.name)}")
    own = data.get("patterns", {})
    if not isinstance(own, dict) or not all(isinstance(v, str) for v in own.values()):
        raise _fail(path, "patterns", "must be a table of name = 'regex'")
    # folded once (the libraries' once per process), not in each pattern they are inserted into (`_compile`)
    fragments = {**_used_fragments(data.get("use"), path), **{name: _fold_pattern(value) for name, value in own.items()}}
    raw_items = data.get("item", [])
    if not isinstance(raw_items, list) or not raw_items:
        raise _fail(path, "item", "needs at least one [[item]]")
    items: list[Item] = []
    seen: set[str] = set()
    for n, table in enumerate(raw_items):
        prefix = f"item[{n}]."
        if not isinstance(table, dict):
            raise _fail(path, f"item[{n}]", "must be a table")
        for key in table:
            if key not in _ITEM:
                raise _fail(path, prefix + key, f"unknown key (known: {', '.join(sorted(_ITEM))})")
        short = _text(table, "id", path, prefix)
        if not _NAME.match(short) or short in seen:
            raise _fail(path, prefix + "id", f"{echo(short)} must be a unique kebab-case name")
        seen.add(short)
        prefix = f"item.{short}."
        when, ruled_out = _applicability(table, prefix, path, fragments)
        condition = _text(table, "condition", path, prefix, required=bool(when or any(c.firm for c in ruled_out)))
        prefer = _strings(table["prefer"], prefix + "prefer", path) if "prefer" in table else ()
        veto = _strings(table["veto"], prefix + "veto", path) if "veto" in table else ()
        pointer = _strings(table["pointer"], prefix + "pointer", path) if "pointer" in table else ()
        needs = _strings(table["pointer_needs"], prefix + "pointer_needs", path) if "pointer_needs" in table else ()
        demote = _strings(table["demote"], prefix + "demote", path) if "demote" in table else ()
        soft = _strings(table["soft_demote"], prefix + "soft_demote", path) if "soft_demote" in table else ()
        demote_lead = _strings(table["demote_lead"], prefix + "demote_lead", path) if "demote_lead" in table else ()
        front = _strings(table["front_matter"], prefix + "front_matter", path) if "front_matter" in table else ()
        title = _strings(table["title"], prefix + "title", path) if "title" in table else ()
        parts = _strings(table["parts"], prefix + "parts", path) if "parts" in table else ()
        parts_none = _strings(table["parts_none"], prefix + "parts_none", path) if "parts_none" in table else ()
        parts_heading = _strings(table["parts_heading"], prefix + "parts_heading", path) if "parts_heading" in table else ()
        if (parts_none or parts_heading) and not parts:
            raise _fail(path, prefix + ("parts_none" if parts_none else "parts_heading"), "needs `parts`")
        if bool(pointer) != bool(needs):
            raise _fail(path, prefix + ("pointer_needs" if pointer else "pointer"), "`pointer` and `pointer_needs` go together")
        denial = table.get("denial", False)
        if not isinstance(denial, bool):
            raise _fail(path, prefix + "denial", "must be true or false")
        items.append(
            Item(
                f"{name}/{short}",
                _text(table, "name", path, prefix),
                _text(table, "name_en", path, prefix, required=False) or _text(table, "name", path, prefix),
                _text(table, "reference", path, prefix),
                _text(table, "hint", path, prefix),
                _text(table, "rule", path, prefix),
                _clauses(table.get("cover"), prefix + "cover", path, fragments),
                when,
                condition,
                ruled_out,
                tuple(_compile(p, prefix + "prefer", path, fragments) for p in prefer),
                denial,
                tuple(_compile(p, prefix + "veto", path, fragments) for p in veto),
                tuple(_compile(p, prefix + "pointer", path, fragments) for p in pointer),
                tuple(_compile(p, prefix + "pointer_needs", path, fragments) for p in needs),
                tuple(_compile(p, prefix + "demote", path, fragments) for p in demote),
                tuple(_compile(p, prefix + "soft_demote", path, fragments) for p in soft),
                tuple(_compile(p, prefix + "front_matter", path, fragments) for p in front),
                tuple(_compile(p, prefix + "title", path, fragments) for p in title),
                tuple(_compile(p, prefix + "parts", path, fragments) for p in parts),
                tuple(_compile(p, prefix + "parts_none", path, fragments) for p in parts_none),
                tuple(_compile(p, prefix + "parts_heading", path, fragments) for p in parts_heading),
                tuple(_compile(p, prefix + "demote_lead", path, fragments) for p in demote_lead),
            )
        )
    lang = data.get("lang", "en")
    if lang not in ("en", "zh-Hant", "zh-Hans"):
        raise _fail(path, "lang", f"must be en, zh-Hant or zh-Hans, not {echo(lang)}")
    scope = data.get("scope", {})
    if not isinstance(scope, dict) or not all(
        k in ("own", "elsewhere", "named", "opening", "general", "people") and isinstance(v, str) for k, v in scope.items()
    ):
        raise _fail(
            path,
            "scope",
            "must be a table with `own`, `elsewhere` and `general` heading patterns and `named`, `opening` and `people` text patterns",
        )
    if ("general" in scope) != ("people" in scope):
        raise _fail(path, "scope", "`general` and `people` go together")
    elsewhere = _compile(scope["elsewhere"], "scope.elsewhere", path, fragments) if "elsewhere" in scope else None
    own_law = _compile(scope["own"], "scope.own", path, fragments) if "own" in scope else None
    named = _compile(scope["named"], "scope.named", path, fragments) if "named" in scope else None
    opening = _compile(scope["opening"], "scope.opening", path, fragments) if "opening" in scope else None
    general = _compile(scope["general"], "scope.general", path, fragments) if "general" in scope else None
    people = _compile(scope["people"], "scope.people", path, fragments) if "people" in scope else None
    return Profile(
        name,
        _text(data, "title", path, ""),
        _text(data, "law", path, ""),
        lang,
        _text(data, "url", path, "", required=False),
        _text(data, "summary", path, "", required=False),
        tuple(items),
        path,
        elsewhere,
        own_law,
        named,
        opening,
        general,
        people,
    )


def resolve(names: Iterable[str], paths: Iterable[Path] = ()) -> tuple[Profile, ...]:
    """The profiles named, loaded and checked; an unknown name is a `UserError` listing the known ones."""
    known = available(tuple(paths))
    out = []
    for name in dict.fromkeys(names):
        if name not in known:
            raise UserError(f"unknown profile {echo(name)} (known: {', '.join(sorted(known))}; see `policylens profiles`)")
        out.append(load_profile(known[name]))
    return tuple(out)


def item_ids(profiles: Iterable[Profile]) -> set[str]:
    """Every item ID of the profiles."""
    return {item.id for p in profiles for item in p.items}
