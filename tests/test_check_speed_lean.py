"""Issue #11, tenth round: `check` leaves out work no rule or output reads, and four fast paths give the plain form's answer.

* `check` loads without a digest and structures with `full=False` (no section anchors, no
  phone numbers, no postal address): its reports are those of the full document on every
  policy we have, and the lean document differs from the full one in those fields only.
* `has_astral` is `[\\U00010000-\\U0010ffff]` searched; `control_characters` is the count of
  `[\\x00-\\x08\\x0e-\\x1f]`; both are compared with the regex they replaced.
* `FindingStore` keeps a plain list up to `PLAIN` findings, columns beyond: the same findings.
* `_finding_json` writes what `json.dumps(_finding(f))` writes, for every finding.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.check import CheckOptions, _read_document, check_file
from policylens.check.discovery import is_project_file
from policylens.check.store import PLAIN, FindingStore
from policylens.config import ConfigCache
from policylens.lazyre import LazyPattern
from policylens.load import control_characters, load
from policylens.model import Document, FileReport, Finding
from policylens.profiles.branches import BranchedPattern
from policylens.render.json import _RULE_FINDING_FIELDS, _RULE_FINDING_JSON, _finding, _finding_json
from policylens.rules import all_rules
from policylens.script import _STRETCH, has_astral
from policylens.structure import build_document
from test_lazyre import store as fresh_store  # noqa: F401  # the fixture: a fresh pattern store in a temporary folder

ROOT = Path(__file__).resolve().parent.parent
# What the fast paths replaced, written as they were.
ASTRAL = re.compile("[\U00010000-\U0010ffff]")
CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


def _policies() -> list[Path]:
    """Every policy file of the corpus and the eval sets we may read (not eval/blind), without the sets' own notes (`_ours`)."""
    folders = [ROOT / "corpora", ROOT / "tests/data/real", *sorted((ROOT / "eval").glob("dev*")), *sorted((ROOT / "eval").glob("holdout*"))]
    suffixes = (".txt", ".md", ".html", ".htm", ".docx")
    return [
        p
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix in suffixes and p not in _REFUSED and not _ours(p.relative_to(ROOT))
    ]


# What a round wrote beside the policies it collected: policylens' own reports of the round (`runs/`, `runs-after/`: diff
# and compare output, read by a scorer), its scores and checksums.  They are no policy; with the READMEs and SOURCES
# lists they were 116 of the sweep's 441 files and 24.7 s of its 84 s of CPU (twenty-ninth session, u29s: 77 reports
# 13.1 s, 39 notes 11.6 s; `corpora/SOURCES.md` alone 3.7 s, the costliest file of the sweep).
_ROUND_OUTPUTS = frozenset({"runs", "runs-after"})
_ROUND_RECORDS = re.compile(r"^results-|(?:^|\.)score\.|^hashes\.", re.IGNORECASE)


def _ours(relative: Path) -> bool:
    """A file of the project's own about a policy set: README and SOURCES lists (`check`'s own rule for a folder scan,
    `discovery.is_project_file`), a round's reports, scores and checksums."""
    return (
        is_project_file(relative.name) or not _ROUND_OUTPUTS.isdisjoint(relative.parts[:-1]) or bool(_ROUND_RECORDS.search(relative.name))
    )


# A real page kept as collected though cut off inside a tag: `check` refuses it (malformed HTML, exit 2) on purpose
# (eval/dev21c/README.md), so it has no report to compare.
_REFUSED = frozenset({ROOT / "eval/dev21c/editions/jasperseed/en.2026-03-31.html"})


# -- check reads nothing of what it leaves out ---------------------------------------------


FIVE_PROFILES = ("cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa")


# The sweep is dealt into SWEEP_PARTS items, every SWEEP_PARTS-th policy each (so that each part
# mixes the corpus, the real files and the eval sets): as one item it was the suite's longest,
# 84 s of two workers' 200 s of wall, and no worker could share it (issue #13).  The parts are
# `unfolded`: folded into one family (tests/families.py) they were one 85 s item again.
SWEEP_PARTS = 12


@pytest.mark.slow  # a sweep of every policy file
@pytest.mark.unfolded  # twelve items, for the workers to share (tests/families.py)
@pytest.mark.parametrize("part", range(SWEEP_PARTS))
def test_check_reports_are_those_of_the_full_document_on_every_policy(part: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole check (every rule, suppressions, context lines, disclosure profiles) on the lean and the full document: equal reports.

    One sweep with the five profiles holds the check without them: the rules run and their
    findings are kept before, and apart from, the profiles' (`check_file`), so a rule that
    read an anchor, a phone or the address would differ here too.  The lean reports' findings
    (every rule's and every profile item's: a superset of those of a check without profiles)
    are also written by `_finding_json` and compared with `json.dumps`.  Each part checks
    every `SWEEP_PARTS`-th policy; together the parts check every policy once.

    Every policy's lean document (the one `check_file` builds) is compared with its full one
    (`_lean_differs_only_in_what_it_leaves_out`).  The full check runs where the two differ
    in more than the digest (a section anchor, a phone, the address: 48 of 325 policies) and
    on each part's first policy; elsewhere the full document is the lean one with a digest,
    and a check of it could differ only by reading the digest or by a second check of a path
    differing from the first, which the first policy asks (issue #13, u52m: asked of planted
    defects, `docs/history/test-suite.md`).

    The lean check itself leaves out the policies of `tests/lean_sweep_covered.txt` (152 of
    325; each part's first and those checked in full are checked all the same): the lean
    checks of the others reach every line and branch of policylens that those of all 325
    reach (coverage.py, u53s).  Their documents are built as `check_file` builds them
    (`_read_document`) and compared like the others'.
    """
    every = _policies()
    assert len(every) > 40
    files = every[part::SWEEP_PARTS]
    options = CheckOptions(no_config=True, profiles=FIVE_PROFILES)
    import policylens.load as load_module
    import policylens.structure as structure_module

    real_load, real_build = load_module.load, structure_module.build_document
    built: dict[str, dict[str, Document]] = {"lean": {}, "full": {}, "checked full": {}}

    def record(side: str, loading: dict[str, bool], building: dict[str, bool]) -> None:
        """`check_file` loads and builds through these: each document it builds is kept under the path it read; the lean
        side also builds the full document of that path, from a load of its own with the same arguments."""
        reading: list[tuple[str, tuple[object, ...], dict[str, object]]] = []

        def build(*a: object, **k: object) -> Document:
            path, load_a, load_k = reading[-1]
            if side == "lean":
                twin = real_load(path, *load_a, **{**load_k, "digest": True})
                built["full"].setdefault(path, real_build(twin, *a[1:], **{**k, "full": True}))
            return built[side].setdefault(path, real_build(*a, **{**k, **building}))

        monkeypatch.setattr(
            load_module, "load", lambda path, *a, **k: reading.append((path, a, k)) or real_load(path, *a, **{**k, **loading})
        )
        monkeypatch.setattr(structure_module, "build_document", build)

    _searches_remembered(monkeypatch)
    record("lean", {}, {})  # `check_file`'s own arguments: no digest, not `full`
    covered = _covered(every)
    lean: dict[Path, FileReport] = {}
    for path in files:
        if path == files[0] or str(path.relative_to(ROOT)) not in covered:
            lean[path] = check_file(str(path), options)
        else:  # read and structured as `check_file` does, not checked
            _read_document(str(path), options, set(all_rules()), ConfigCache())
    assert list(built["lean"]) == list(built["full"]) == [str(p) for p in files]  # every file read, once
    for path in built["lean"]:
        _lean_differs_only_in_what_it_leaves_out(built["lean"][path], built["full"][path])
    assert sum(f.item is None for r in lean.values() for f in r.findings) > 100 // SWEEP_PARTS  # the rules' findings
    assert any(f.item is not None for r in lean.values() for f in r.findings)  # and the profile items'
    _finding_json_is_json_dumps_on(list(lean.values()))
    fuller = [p for p in files if p == files[0] or not _same_but_the_digest(built["lean"][str(p)], built["full"][str(p)])]
    for path in fuller:  # a listed policy that now differs beyond the digest: checked both ways
        if path not in lean:
            lean[path] = check_file(str(path), options)
    record("checked full", {"digest": True}, {"full": True})
    for path in fuller:
        assert check_file(str(path), options) == lean[path], path
    assert built["checked full"] == {str(p): built["full"][str(p)] for p in fuller}  # the documents compared above


def _covered(every: list[Path]) -> frozenset[str]:
    """The policies whose lean check the sweep leaves out (`tests/lean_sweep_covered.txt`: paths from the root), each one of `every`."""
    lines = (ROOT / "tests/lean_sweep_covered.txt").read_text(encoding="utf-8").splitlines()
    listed = frozenset(line for line in lines if line and not line.startswith("#"))
    assert listed <= {str(p.relative_to(ROOT)) for p in every}, "a line of tests/lean_sweep_covered.txt names no policy"
    return listed


def _same_but_the_digest(lean: Document, full: Document) -> bool:
    """Whether the full document is the lean one with the digest: no anchor, phone or address to leave out."""
    return lean == full._replace(source=full.source._replace(sha256=""))


def _searches_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each built-in profile pattern's `search(text)` answered once per text for this test: the second answer is the
    first one's match object.

    A regex search is a function of the pattern and the text alone, so the lean and the full check still run every line
    of their own (units, literals, clauses, verdicts; the rules) on their own documents, and only `re`'s search of a
    text already searched is not done again: the two sides' units mostly hold the same texts, and a one-sentence
    paragraph is searched as a sentence and as a paragraph.  The parts cost about a fifth less (issue #13, u48m).
    """
    from policylens import profiles

    profiles.resolve(FIVE_PROFILES)  # every built-in pattern made (`profiles._LAZY`: one object per pattern text)
    for pattern in list(profiles._LAZY.values()):
        assert isinstance(pattern, LazyPattern)
        monkeypatch.setattr(pattern, "search", _remembered(pattern), raising=False)


def _remembered(pattern: LazyPattern) -> Callable[..., re.Match[str] | None]:
    """`pattern.search`, its answer for a text (searched whole: no `pos`) kept by the text; compiled when first asked (a long
    alternation's own search, by alternatives: `profiles.branches`, u49m)."""
    answers: dict[str, re.Match[str] | None] = {}
    own = pattern._search if isinstance(pattern, BranchedPattern) else None

    def searched(text: str, *bounds: int) -> re.Match[str] | None:
        search = own or pattern.compiled.search
        if bounds:
            return search(text, *bounds)
        try:
            return answers[text]
        except KeyError:
            found = answers[text] = search(text)
            return found

    return searched


def _lean_differs_only_in_what_it_leaves_out(lean: Document, full: Document) -> None:
    """The lean document (`check`'s) is the full one without section anchors, phones, the address and the digest."""
    assert lean.source == full.source._replace(sha256="") and len(full.source.sha256) == 64
    assert lean.metadata == full.metadata._replace(phones=(), address=None)
    assert lean.sections == tuple(s._replace(anchor=None) for s in full.sections)
    assert lean[3:] == full[3:]  # everything after the sections


@pytest.mark.slow  # the sweep it serves is slow
def test_the_corpus_has_anchors_phones_and_an_address() -> None:
    """The lean/full sweep above compares documents that hold all three, so its comparison sees them.

    The sweep compares the lean and full documents its two checks build (issue #13: this test
    built both of every policy again for that); here the first policies that show the three.
    """
    anchored = phoned = addressed = False
    for path in _policies():
        full = build_document(load(str(path)), full=True)
        anchored |= any(s.anchor for s in full.sections)
        phoned |= bool(full.metadata.phones)
        addressed |= full.metadata.address is not None
        if anchored and phoned and addressed:
            return
    pytest.fail(f"no policy with a section anchor ({anchored}), a phone ({phoned}) and an address ({addressed})")


# -- has_astral, control_characters -------------------------------------------------------

EDGES = [
    "\U00010000",
    "\U0010ffff",
    "\uffff",
    "\ud800",
    "\udfff",
    "\ud83d",
    "\ude00",
    "a",
    "中",
    "\x00",
    "\x08",
    "\x09",
    "\x0d",
    "\x0e",
    "\x1f",
    "\x20",
    "\x7f",
    "\x80",
]
TEXT = st.text(alphabet=st.sampled_from(EDGES) | st.characters(), max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_has_astral_is_the_class_search(text: str) -> None:
    assert has_astral(text) == bool(ASTRAL.search(text))


def test_has_astral_across_stretches() -> None:
    for n in (_STRETCH - 1, _STRETCH, _STRETCH + 1, 3 * _STRETCH):
        assert not has_astral("中" * n)
        for at in (0, _STRETCH - 1, _STRETCH, n - 1):
            if at < n:
                text = "中" * at + "\U00020000" + "中" * (n - at)
                assert has_astral(text) and ASTRAL.search(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_control_characters_is_the_class_count(text: str) -> None:
    assert control_characters(text) == len(CONTROL.findall(text))


def test_control_bytes_are_the_class_and_no_other_character_encodes_to_them() -> None:
    """UTF-8: a code point below 0x80 is its own byte; every byte of any other (lone surrogates too) is 0x80 or more."""
    for code in range(0x80):
        assert control_characters(chr(code)) == (1 if CONTROL.match(chr(code)) else 0)
    for code in (*range(0x80, 0x3000), *range(0xD700, 0xE100), 0xFFFF, 0x10000, 0x10FFFF):
        assert min(chr(code).encode("utf-8", "surrogatepass")) >= 0x80


@pytest.mark.slow  # a sweep of every policy file
def test_every_policy_file_counts_the_same() -> None:
    for path in _policies():
        if path.suffix != ".docx":
            text = path.read_text(encoding="utf-8", errors="surrogateescape")[:65536]
            assert control_characters(text) == len(CONTROL.findall(text)), path
            assert has_astral(text) == bool(ASTRAL.search(text)), path


# -- FindingStore ---------------------------------------------------------------------------


def _made(k: int) -> Finding:
    return Finding(
        "placeholder-instruction" if k % 3 else "date-format",
        "error" if k % 2 else "info",
        k + 1,
        3,
        k + 1 + k % 2,
        9,
        f"m{k % 5}",
        "e",
        None,
    )


@pytest.mark.parametrize("count", [0, 1, PLAIN - 1, PLAIN, PLAIN + 1, 2 * PLAIN + 7])
def test_the_store_gives_back_its_findings_on_both_sides_of_the_switch(count: int) -> None:
    findings = [_made(k) for k in range(count)]
    findings[count // 2 : count // 2 + 1] = [f._replace(item="an item", reference="Art. 13") for f in findings[count // 2 : count // 2 + 1]]
    store = FindingStore()
    for f in findings:
        store.append(f)
    assert len(store) == count
    assert store.take() == findings
    assert len(store) == 0 and store.take() == []


# -- _finding_json ---------------------------------------------------------------------------

STRINGS = st.text(
    alphabet=st.sampled_from(['"', "\\", "\n", "\x00", "\x1f", "\u2028", "\ud800", "中", "a", "/"]) | st.characters(), max_size=12
)
NUMBERS = st.integers(-5, 2**45) | st.booleans()
FINDINGS = st.builds(
    Finding,
    STRINGS,
    STRINGS,
    NUMBERS,
    NUMBERS,
    NUMBERS,
    NUMBERS,
    STRINGS,
    STRINGS,
    st.none() | STRINGS,
    st.none() | STRINGS,
    st.none() | STRINGS,
)


def test_the_template_keys_are_the_rule_finding_fields() -> None:
    assert list(json.loads(_RULE_FINDING_JSON % tuple(range(len(_RULE_FINDING_FIELDS))))) == list(_RULE_FINDING_FIELDS)


@settings(max_examples=400, deadline=None)
@given(FINDINGS)
def test_finding_json_is_json_dumps_of_the_dict(finding: Finding) -> None:
    assert _finding_json(finding) == json.dumps(_finding(finding), ensure_ascii=False, separators=(",", ":"))


def _finding_json_is_json_dumps_on(reports: list[FileReport]) -> None:
    """`_finding_json` writes `json.dumps` of the finding's dict for every finding of `reports` (the sweep above)."""
    seen = 0
    for report in reports:
        for f in report.findings:
            assert _finding_json(f) == json.dumps(_finding(f), ensure_ascii=False, separators=(",", ":")), report.path
            seen += 1
    assert seen > 100 // SWEEP_PARTS


# -- the pattern store keeps code as bytes -------------------------------------------------


def test_stored_code_is_bytes_and_comes_back_as_the_compiled_list(fresh_store: Path) -> None:  # noqa: F811  # the fixture
    import marshal

    from policylens import lazyre

    patterns = [("[\u3400-\u9fff]+(?P<tail>年)", re.I), ("(?=[与與][的])[与與]的", 0), ("a|b", 0)]
    for pattern, flags in patterns:
        lazyre.compile(pattern, flags)
    lazyre._STORE.save()
    _, entries = marshal.loads(fresh_store.read_bytes())
    assert all(type(entry[1]) is bytes for entry in entries.values())
    lazyre._STORE = lazyre._Store()  # a new process
    for pattern, flags in patterns:
        assert lazyre._STORE.get((pattern, flags)) == lazyre._sre_entry(pattern, flags)
    assert lazyre.compile("(?=[与與][的])[与與]的").findall("與的与的") == ["與的", "与的"]


def test_a_damaged_code_is_compiled_afresh(fresh_store: Path) -> None:  # noqa: F811  # the fixture
    import marshal

    from policylens import lazyre

    fresh_store.parent.mkdir()
    fresh_store.write_bytes(marshal.dumps((lazyre._interpreter(), {("ab", 0): (32, b"\x01\x02\x03", 0, {}, ()), ("cd", 0): 7})))
    assert lazyre.compile("ab").fullmatch("ab")
    assert lazyre.compile("cd").fullmatch("cd")
