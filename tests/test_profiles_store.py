"""Disclosure profiles' patterns are compiled once per installation (issue #14, n19s).

`profiles.PATTERN_STORE` keeps the compiled SRE code of every profile pattern (and of the
coverage module's own patterns) in a file beside the package's bytecode, as `lazyre` does for
the rules; `profiles.literals` keeps each pattern's required strings (its prefilter) in another.
A second process compiles and parses nothing; a stale or damaged file is ignored; nothing is
written when Python writes no bytecode; a user's profile works whether its patterns are stored
or not; and a stored pattern matches exactly as `re.compile(pattern, re.I)` does.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPORA, ROOT, SEED
from policylens import lazyre, profiles
from policylens.errors import UserError
from policylens.profiles import BUILTIN, literals, load_profile
from policylens.topics import fold
from test_u39s2_compile_once import _reference_entries  # the earlier two-step compilation, and `re.compile`'s entry

PROFILES = ("cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa")

# Runs `coverage` of the seed under every built-in profile, and prints what it had to work out: how many patterns it
# compiled (not found in a store), how many required-string sets it parsed, and the verdicts.
_RUN = """
import json, sys
from pathlib import Path
from policylens import lazyre
lazyre.store_path = lambda name="lazyre": Path(sys.argv[1]) / f"{name}.patterns"
from policylens.profiles import literals
compiled, parsed = [], []
entry, computed = lazyre._sre_entry, literals._computed
lazyre._sre_entry = lambda p, f: compiled.append(p) or entry(p, f)
literals._computed = lambda p: parsed.append(p.pattern) or computed(p)
from policylens.profiles import resolve
from policylens.profiles.coverage import coverage, coverage_to_dict
from policylens.load import load
from policylens.structure import build_document
doc = build_document(load(sys.argv[2]))
result = coverage_to_dict(coverage(doc, resolve(sys.argv[3:])))
print(json.dumps({"compiled": len(compiled), "parsed": len(parsed), "result": result}, ensure_ascii=False))
"""


def _run(folder: Path, *, write: bool = True) -> dict[str, object]:
    """`_RUN` in a fresh process (the seed under cn-pipl) whose pattern stores are in `folder` (its bytecode where the tests'
    is)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPATH": str(ROOT / "cli")}
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(folder), str(SEED), "cn-pipl"], capture_output=True, text=True, env=env, timeout=300, check=True
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _stores(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.patterns") if p.name.split(".")[0] in ("profiles", "literals"))


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """One fresh process on empty stores (a folder of their own), and what it printed: two tests below start from it.

    Each of them ran this same first process before (issue #13: about 1 s of CPU apiece); they copy the folder it wrote.
    """
    folder = tmp_path_factory.mktemp("cold")
    return folder, _run(folder)


def _copy(folder: Path, into: Path) -> Path:
    into.mkdir()
    for path in folder.iterdir():
        (into / path.name).write_bytes(path.read_bytes())
    return into


@pytest.mark.slow  # (fresh processes, or every pattern of five profiles)
def test_a_second_process_compiles_and_parses_nothing(cold: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    written, first = cold
    assert first["compiled"] and first["parsed"]  # an empty store: the first process works them out
    assert [p.name.split(".")[0] for p in _stores(written)] == ["literals", "profiles"]
    second = _run(_copy(written, tmp_path / "warm"))
    assert second["compiled"] == 0 and second["parsed"] == 0
    assert second["result"] == first["result"]
    assert {item["status"] for profile in second["result"] for item in profile["items"]} >= {"covered"}  # type: ignore[index, union-attr]


@pytest.mark.slow  # (fresh processes, or every pattern of five profiles)
def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path: Path) -> None:
    cold = _run(tmp_path, write=False)
    assert _stores(tmp_path) == []
    assert _run(tmp_path, write=False)["compiled"] == cold["compiled"]


@pytest.mark.slow  # (fresh processes, or every pattern of five profiles)
def test_a_stale_or_damaged_store_is_ignored(cold: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    """A file written by another interpreter or another version of `literals`, or an entry of the wrong shape, is not read."""
    folder, expected = _copy(cold[0], tmp_path / "stale"), cold[1]["result"]
    for path in _stores(folder):
        header, entries = marshal.loads(path.read_bytes())
        if path.name.startswith("literals"):
            # another version of the analysis (its source's checksum): nothing of it is used
            path.write_bytes(marshal.dumps(((*header[:-1], header[-1] + 1), {key: (frozenset({"never"}),) for key in entries})))
        else:
            # every entry replaced by code this interpreter rejects: each pattern is compiled afresh
            path.write_bytes(marshal.dumps((header, {key: (0, [999, 999], 0, {}, ()) for key in entries})))
    again = _run(folder)
    assert again["compiled"] and again["parsed"]
    assert again["result"] == expected


def test_a_wrong_entry_in_the_literals_store_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(literals, "_STORE", lazyre.Store("literals-test"))
    monkeypatch.setattr(lazyre, "store_path", lambda name="lazyre": tmp_path / f"{name}.patterns")
    pattern = re.compile("只在这个测试里的存储模式", re.I)
    literals._STORE.load()[(pattern.pattern, pattern.flags)] = ("not a set of strings",)
    assert literals.required(pattern) == frozenset({"只在这个测试里的存储模式"})


@pytest.mark.slow  # (fresh processes, or every pattern of five profiles)
def test_a_user_profile_pattern_works_with_and_without_a_stored_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern of a `profile-paths` profile is compiled when the profile is loaded (an error names its key), through the
    same store: found there or not, it covers the same sentence."""
    head = 'schema = "policylens.profile/1"\nid = "house"\ntitle = "t"\nlaw = "l"\n'
    item = '[[item]]\nid = "a"\nname = "n"\nreference = "r"\nhint = "h"\nrule = "r"\n[[item.cover]]\n'
    path = tmp_path / "house.toml"
    path.write_text(head + item + "all = ['保[存留]期[限間]']\n", encoding="utf-8")
    # Loading a user profile asks `_builtin_patterns()`, which loads every built-in profile once a process (`load_profile`'s
    # cache): loaded here first, with the real store, so that the cached built-ins never carry this test's store (the
    # pickling test below failed after this one in a process that had not loaded `cn-pipl` before).
    profiles._builtin_patterns()
    monkeypatch.setattr(profiles, "PATTERN_STORE", lazyre.Store("profiles-test"))
    monkeypatch.setattr(lazyre, "store_path", lambda name="lazyre": tmp_path / f"{name}.patterns")
    cold = load_profile.__wrapped__(path)  # type: ignore[attr-defined]
    stored = profiles.PATTERN_STORE.get(("保[存留]期[限间]", int(re.I)))
    assert stored is not None  # compiled at load (folded to Simplified) and kept
    warm = load_profile.__wrapped__(path)  # type: ignore[attr-defined]
    for loaded in (cold, warm):
        (pattern,) = loaded.items[0].cover[0].all
        assert isinstance(pattern, re.Pattern)
        found = pattern.search(fold("我們的保留期間為三年"))  # (coverage folds the text before it searches)
        assert found is not None and found.group(0) == "保留期间"
        assert pattern.search("保存期限") is not None and pattern.search("保存方式") is None
    path.write_text(head + item + "all = ['保存期限(']\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"item\.a\.cover\[0\]\.all': invalid regex"):
        load_profile.__wrapped__(path)  # type: ignore[attr-defined]


def _builtin_patterns() -> list[re.Pattern[str]]:
    """Every pattern of the built-in profiles (lazy ones included), one per text."""
    found: dict[str, re.Pattern[str]] = {}
    for name in PROFILES:
        profile = load_profile(BUILTIN / f"{name}.toml")
        for p in (profile.elsewhere, profile.own, profile.named):
            if p is not None:
                found[p.pattern] = p
        for item in profile.items:
            for clause in (*item.cover, *item.when, *item.not_applicable):
                for p in (*clause.all, *clause.none, *clause.unless_anywhere, clause.heading, clause.column, clause.not_under):
                    if p is not None:
                        found[p.pattern] = p
            for p in (
                *item.prefer,
                *item.veto,
                *item.pointer,
                *item.pointer_needs,
                *item.demote,
                *item.soft_demote,
                *item.front_matter,
                *item.parts,
                *item.parts_none,
                *item.parts_heading,
                *item.demote_lead,
            ):
                found[p.pattern] = p
    return list(found.values())


@pytest.mark.slow  # (fresh processes, or every pattern of five profiles)
def test_every_built_in_pattern_compiles_and_matches_like_re_compile() -> None:
    """Built-in profile patterns are compiled when a document first needs them: each one compiles, and the stored code
    (with `lazyre`'s first-character classes and guards) finds what `re.compile(pattern, re.I)` finds, on the start of
    corpus files in both scripts and English, folded as coverage folds it.

    And each one's compiled entry (`lazyre._sre_entry`, which compiles a pattern once) is the one the earlier form made
    (`test_u39s2_compile_once._reference_entries`: compile, guard when there is no literal prefix, compile again).  That
    was a test of its own (`test_u39s2_compile_once.py::test_every_profile_pattern_compiles_to_the_same_code`); the
    reference's first compilation is `re.compile`'s, so one parse and compile by `re` now serves both comparisons (issue
    #13, forty-first session: 7.4 + 4.6 s of CPU in two tests before).
    """
    # five heads, two zh-Hans, one zh-Hant, two English: of 15 defects planted in `lazyre`'s first- and second-character
    # analysis, they found every one the nine heads before them found (u51m: 2.6 of the test's 10.5 s of CPU were those
    # nine heads searched twice; docs/history/test-suite.md, fifty-first session)
    files = [
        *sorted(CORPORA.glob("*/zh-Hans.*.md"))[::12],
        *sorted(CORPORA.glob("*/zh-Hant.*.md"))[::6],
        *sorted(CORPORA.glob("*/en.*.md"))[::6],
    ]
    texts = [fold(p.read_text(encoding="utf-8", errors="replace")[:3_000]) for p in files]
    patterns = _builtin_patterns()
    assert len(patterns) > 1000
    assert set(profiles._builtin_patterns()) <= {p.pattern for p in patterns}  # the texts `lazyre`'s store holds, every one
    for number, pattern in enumerate(patterns):
        assert pattern.flags & re.I
        reference, by_re = _reference_entries(pattern.pattern, pattern.flags)
        assert lazyre._sre_entry(pattern.pattern, pattern.flags) == reference, pattern.pattern[:200]
        plain = lazyre._sre.compile(pattern.pattern, *by_re)  # what `re.compile(pattern.pattern, pattern.flags)` returns
        if number % 50 == 0:  # (and it is: equal patterns have the same flags, text and code)
            assert plain == re.compile(pattern.pattern, pattern.flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], (
                pattern.pattern[:80]
            )


def test_built_in_patterns_are_compiled_only_when_used() -> None:
    """Loading a profile compiles none of its patterns; one pattern text is one object (the coverage caches share it)."""
    profile = load_profile(BUILTIN / "us-ccpa.toml")
    patterns = [p for item in profile.items for c in item.cover for p in c.all]
    assert all(isinstance(p, lazyre.LazyPattern) for p in patterns)
    by_text: dict[str, re.Pattern[str]] = {}
    for p in patterns:
        assert by_text.setdefault(p.pattern, p) is p


def test_a_profile_pattern_is_pickled_small_and_comes_back_searching_the_same() -> None:
    """A `check --jobs` worker sends its coverage (items and their patterns) back by pickle: a lazy pattern travels as its
    text, flags and store name (never its compiled code or its store's entries) and searches the same on arrival; unpickling
    one used to recurse without end in `__getattr__` (a broken process pool on `check corpora --profile cn-pipl`)."""
    import pickle

    profile = load_profile(BUILTIN / "cn-pipl.toml")
    pattern = profile.items[0].cover[0].all[0]
    assert isinstance(pattern, lazyre.LazyPattern)
    text = fold("本政策由上海某某信息科技有限公司（以下简称“我们”）制定。")
    pattern.search(text)  # compiled here: what travels is the same
    data = pickle.dumps(profile.items[0])
    assert len(data) < 100_000
    back = pickle.loads(data).cover[0].all[0]
    assert isinstance(back, lazyre.LazyPattern) and back.store is profiles.PATTERN_STORE
    assert (back.pattern, back.flags) == (pattern.pattern, pattern.flags)
    found, expected = back.search(text), pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())
