"""Issue #13: one home for shared patterns, one glob matcher, and no collector tuning in library code."""

from __future__ import annotations

import functools
import gc
import re
from pathlib import Path, PurePosixPath

import pytest

from policylens.commands.collector import THRESHOLDS, batch_collector
from policylens.globs import glob_matches
from policylens.patterns import EMAIL, OPEN_ENDINGS, chinese_number

PACKAGE = Path(__file__).resolve().parent.parent / "cli" / "policylens"


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十一", 31),
        ("兩", 2),
        ("两百", 200),
        ("一百八十", 180),
        ("一百零五", 105),
        ("〇", 0),
        ("15", 15),
        ("一二", None),
        ("十十", None),
        ("十百", None),
        ("", None),
        ("十a", None),
    ],
)
def test_chinese_numbers_are_read_one_way(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


def test_the_shared_patterns_are_written_once() -> None:
    """The e-mail regex and the open-ending characters exist in patterns.py only (they were copied 4 times each)."""
    email_core = "@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"
    assert email_core in EMAIL
    endings = "".join(OPEN_ENDINGS)
    for path in _sources():
        if path.name == "patterns.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert email_core not in text, f"{path.relative_to(PACKAGE)} writes the e-mail regex again: import policylens.patterns.EMAIL"
        assert endings not in text, f"{path.relative_to(PACKAGE)} writes the open endings again: import policylens.patterns.OPEN_ENDINGS"
        if path.name != "normalise.py":
            assert "0xFF01, 0xFF5F" not in text, (
                f"{path.relative_to(PACKAGE)} builds the full-width table again: import policylens.normalise.FULLWIDTH"
            )


def test_the_email_pattern_is_bounded_and_finds_addresses() -> None:
    pattern = re.compile(EMAIL)
    assert pattern.findall("請寄至 privacy@smartmiglobal.com 或 dpo@example.co.uk。") == ["privacy@smartmiglobal.com", "dpo@example.co.uk"]
    assert pattern.search("a" * 65 + "@example.com").group(0) == "a" * 64 + "@example.com"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("path", "glob", "relative", "matches"),
    [
        ("docs/drafts/a.md", "drafts/*", None, True),  # a trailing part of the path
        ("docs/drafts/a.md", "docs/drafts/*", None, True),  # the path as given
        ("docs/drafts/a.md", "*.md", None, True),  # the name
        ("docs/final/a.md", "drafts/*", None, False),
        ("/repo/legacy/old.md", "legacy/*", "legacy/old.md", True),  # relative to the configuration
        ("/repo/site/legacy/old.md", "legacy/*", "site/legacy/old.md", True),  # per-file-ignores now match like exclude
        ("/repo/site/current/new.md", "legacy/*", "site/current/new.md", False),
        ("./drafts/a.md", "./drafts/*", None, True),
    ],
)
def test_one_glob_matcher(path: str, glob: str, relative: str | None, matches: bool) -> None:
    assert glob_matches(PurePosixPath(path), glob, relative=relative) is matches


def test_library_code_leaves_the_garbage_collector_alone() -> None:
    """gc thresholds and gc.freeze are the command layer's choice (commands/collector.py, and the
    console-script entry point cli.py, which sets the thresholds before typer is imported), never the library's."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _sources()
        if path.parent.name != "commands"
        and path.relative_to(PACKAGE) != Path("cli.py")
        and re.search(r"^\s*import gc\b|\bgc\.(?:freeze|set_threshold)\(", path.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []


def test_batch_collector_restores_the_collector() -> None:
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    with batch_collector() as collector:
        assert gc.get_threshold() == THRESHOLDS
        assert gc.get_freeze_count() == before[1]  # nothing frozen until asked (before forking workers)
        collector.freeze()
        assert gc.get_freeze_count() > 0
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
    with batch_collector(fewer_collections=False, freeze=True):
        assert gc.get_threshold() == before[0] and gc.get_freeze_count() > 0
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
    gc.freeze()  # a caller's own freeze is neither undone nor extended
    try:
        frozen = gc.get_freeze_count()
        junk = [[i] for i in range(1000)]
        with batch_collector(freeze=True) as collector:
            collector.freeze()
            assert gc.get_freeze_count() <= frozen  # not extended (frozen objects may still be freed)
        assert gc.get_freeze_count() <= frozen and not collector.froze
        del junk
    finally:
        gc.unfreeze()


def test_check_freezes_only_right_before_forking(tmp_path: Path) -> None:
    """`check_paths` calls `before_fork` after the warm-up file and before the workers, and only when there are workers."""
    from policylens.check import CheckOptions, check_paths

    for i in range(3):
        (tmp_path / f"p{i}.txt").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    calls: list[int] = []
    check_paths([str(tmp_path)], CheckOptions(no_config=True), jobs=1, before_fork=lambda: calls.append(1))
    assert calls == []
    report = check_paths([str(tmp_path)], CheckOptions(no_config=True), jobs=2, before_fork=lambda: calls.append(2))
    assert calls == [2] and len(report.files) == 3


def test_batch_collector_can_be_switched_off_for_measuring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYLENS_GC", "default")
    before = gc.get_threshold()
    with batch_collector(freeze=True) as collector:
        collector.freeze()
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() == 0


def test_script_detection_keeps_no_call_history() -> None:
    """`script.py` holds no mutable module state (the old `_SET_SCANS_LEFT` counter chose a code path by call count)."""
    from policylens import script

    mutable = [
        name for name, value in vars(script).items() if isinstance(value, (list, dict, set, bytearray)) and not name.startswith("__")
    ]
    assert mutable == []


def test_script_detection_is_the_same_in_any_order() -> None:
    from policylens.script import detect_script

    corpus = Path(__file__).resolve().parent.parent / "corpora"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.md"))[:20]]
    texts += ["我們重視您的隱私權", "我们重视您的隐私", "我們重視隱私權，我们重视隐私权", "Privacy Policy", "𠮷野家的隱私權政策"]
    forward = [detect_script(t) for t in texts]
    backward = [detect_script(t) for t in reversed(texts)][::-1]
    assert forward == backward
    assert forward[-5:] == ["hant", "hans", "mixed", None, "hant"]


def test_both_ways_of_finding_script_characters_agree() -> None:
    """The compiled class search gives the set test's answer, on short and long texts, with and without astral characters."""
    from policylens import script

    samples = ["我們重視您的隱私權", "我们重视您的隐私", "Privacy", "𠮷野家", "乾隆", "", "𠮷我们"]
    for text in samples:
        long = (text + "。") * (100_000 // (len(text) + 1) + 1)
        for which, chars in zip(("hant", "hans"), script.script_sets(), strict=True):
            assert script._occurs(which, text) == script._occurs(which, long) == (not chars.isdisjoint(text))


def test_python_m_policylens_script_regenerates_or_checks_the_sets() -> None:
    """`python -m policylens.script` is the command older notes give: it must do the work, not exit 0 silently."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "policylens.script", "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "opencc_sets.json" in result.stdout + result.stderr


def test_opencc_data_command_reports_bad_outputs_in_one_line(tmp_path: Path) -> None:
    """Unwritable, folder or unreadable outputs: one `policylens: error:` line and exit 2, never a traceback; no rewrite when unchanged."""
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "policylens.opencc_data", *args], capture_output=True, text=True, timeout=120)

    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xab\xcd\xef")
    for args in (["--output", str(tmp_path / "missing" / "x.json")], ["--output", str(tmp_path)], ["--check", "--output", str(binary)]):
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith("policylens: error: ") and result.stderr.count("\n") == 1, result.stderr
    target = tmp_path / "sets.json"
    assert run("--output", str(target)).returncode == 0
    before = target.stat().st_mtime_ns
    again = run("--output", str(target))
    assert again.returncode == 0 and "unchanged" in again.stdout
    assert target.stat().st_mtime_ns == before


def test_the_han_class_and_the_chinese_date_are_written_once() -> None:
    """The Han range (U+3400–U+9FFF, escaped or as characters) and 年…月…日 after a year exist in
    patterns.py only (the range was written 13 times, the date twice)."""
    from policylens.patterns import HAN, ZH_MONTH_DAY

    assert re.fullmatch(f"[{HAN}]+", "隱私政策个人信息㐀") and not re.search(f"[{HAN}]", "ぁアA。")
    assert re.fullmatch(r"\d{4}" + ZH_MONTH_DAY, "2021 年 3 月 30 日")
    for path in _sources():
        if path.name == "patterns.py":
            continue
        text = path.read_text(encoding="utf-8")
        for written in ("\\u3400-\\u9fff", "\u3400-\u9fff"):
            assert written not in text, f"{path.relative_to(PACKAGE)} writes the Han range again: import policylens.patterns.HAN"
        assert "\\s*年\\s*(\\d{1,2})\\s*月" not in text, f"{path.relative_to(PACKAGE)} writes the date again: import ZH_MONTH_DAY"


@functools.cache  # four tests read the same package files: each file's tree is parsed once a process (issue #13)
def _imports(path: Path) -> frozenset[str]:
    """Every `policylens…` module a file imports, at its top or inside a function (`from policylens.x import y` names
    `policylens.x`, and `policylens.x.y` too when y is a module of the package)."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("policylens"):
            if node.module != "policylens":
                found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("policylens"))
    return frozenset(found)


# Packages made of modules with one job each (issue #13: `load/html.py` was one module of 3,230 lines,
# `structure/headings.py` one of 1,878, `load/markdown.py` one of 1,261, `profiles/coverage.py` one of 1,786), lowest
# first: each module imports only modules before it in its list, and the package's `__init__` (its public entry:
# `read_html`, `read_markdown`, `find_headings`, `coverage`) is the last.
SPLIT_PACKAGES = {
    "load/html": (
        "tags",
        "decode",
        "reader",
        "branches",
        "tables",
        "styles",
        "page_scripts",
        "chrome_lines",
        "title_lists",
        "field_lines",
        "latin_titles",
        "titles",
        "bold_leads",
        "nav_bars",
        "state",
        "links",
        "blocks",
        "elements",
        "text_runs",
        "raw_text",
        "extractor",
        "feeding",
        "chrome",
        "aside_headings",
        "lead_ins",
        "meta_description",
        "__init__",
    ),
    # the DOCX reader (session 46, u46m2: `load/docx.py` was one module of 1,078 lines, beside its four `docx_*` helpers):
    # Word's numbering, symbol fonts, underlined blanks and direct formatting → the element names → the flood bound →
    # the zip package and its parts → the styles → the parts beside the body → what each paragraph and run is inside →
    # the runs in reading order → fields → the reader's warnings → typed emphasis → a paragraph's block → `read_docx`.
    "load/docx": (
        "numbering",
        "symbols",
        "blanks",
        "formatting",
        "tags",
        "flood",
        "parts",
        "styles",
        "side_parts",
        "places",
        "runs",
        "fields",
        "notices",
        "emphasis",
        "blocks",
        "reader",
        "__init__",
    ),
    # a React page's source (session 46, u46m2: `load/jsx.py` was one module of 1,260 lines): which sources are React
    # pages → ends found in the source → titles marked by style → string escapes → the element a component renders as →
    # values printed without being written → editions in both scripts → attributes read as text → markup and the
    # expressions in it → `blank_jsx` → the warning for data not read.
    "load/jsx": (
        "sources",
        "scanning",
        "styles",
        "escapes",
        "components",
        "shown",
        "editions",
        "attributes",
        "expressions",
        "blanking",
        "mapped_warnings",
        "__init__",
    ),
    # a React page's text kept as data (session 46, u46m2: `load/jsx_data.py` was one module of 1,362 lines): the forms
    # every reader matches → the page's names and literals → the page's code as a script → what is read → a callback's
    # markup rendered (the tests a part of it is shown under, `guards`, u47l) → a constant's prose as sections → constants
    # passed as props → editions keyed by locale → arrays written in the markup → sections handed to a component →
    # (u53x) a component's inline sections whose bodies are markup → (u56j) a named array's titles over its markup bodies →
    # `read_mapped`.
    "load/jsx_data": (
        "syntax",
        "names",
        "page_script",
        "mapped_data",
        "guards",
        "renderer",
        "sections",
        "typed_blocks",
        "role_props",
        "props",
        "shell_uses",
        "editions",
        "markup_arrays",
        "item_components",
        "prop_markup",
        "markup_fields",
        "reader",
        "__init__",
    ),
    # a Vue page's script data rendered into its template (session 57, u57k: `load/vue_data.py` was one module of 986
    # lines): what a literal is read into → the template's expressions → a script's names and literals → `expand` → a
    # child component's sections.
    "load/vue_data": (
        "values",
        "slots",
        "joined",
        "script",
        "render",
        "child_props",
        "__init__",
    ),
    "load/markdown": (
        "inline",
        "escapes",
        "headings",
        "front_matter",
        "front_content",
        "parser",
        "html_blocks",
        "chunks",
        "walker",
        "editor_notes",
        "__init__",
    ),
    "structure/headings": (
        "values",
        "pipe_rows",
        "box_titles",
        "atx",
        "kicker",
        "title_copy",
        "title",
        "shown_first",
        "stacked_names",
        "prelude",
        "plain_pairs",
        "short_items",
        "labels",
        "colon",
        "formal",
        "editions",
        "outline_runs",
        "lists",
        "numbered",
        "__init__",
    ),
    # heading levels (session 46, u46m2: `structure/levels.py` was one module of 751 lines): the keys of skipped Markdown
    # depths → the stack → what a number says → how a heading moves with what it holds → the corrections, in the order
    # the structure stage runs them, the unnumbered lines and every later pass last (`unnumbered`).
    "structure/levels": (
        "depths",
        "stack",
        "numbers",
        "moves",
        "numbering",
        "sequences",
        "counts",
        "bare_runs",
        "documents",
        "sub_titles",
        "top_titles",
        "unnumbered",
        "__init__",
    ),
    # `profiles/coverage.py` was one module of 1,786 lines (session 34, u34q): records → text → units → clauses →
    # matcher → verdicts → findings; (u56w3) the template slots `check`'s placeholder rules report, blanked by `text`.
    "profiles/coverage": (
        "records",
        "slots",
        "text",
        "sentences",
        "silent",
        "tables",
        "units",
        "clauses",
        "matcher",
        "verdicts",
        "findings",
        "__init__",
    ),
    # `structure/metadata.py` was one module of 675 lines (session 44, u44m2): the dates, the contacts and the controller
    # a policy states, each read apart, then `build_metadata` gathers them with the script and region.
    "structure/metadata": (
        "dates",
        "contacts",
        "controller",
        "__init__",
    ),
    # the rule `placeholder-instruction` (session 44, u44m2: its `__init__` was 681 lines): the words the forms are built
    # of → the forms by family → the one alternation (`forms`) and the forms scanned apart → where a slot stands and what
    # a bracket names instead → a bare 待定 that names a described state (`pending_states`, u56f2) → the rule and its scan
    # (`__init__`).
    "rules/placeholder_instruction": (
        "vocabulary",
        "dates",
        "format_hints",
        "instructions",
        "drafting_notes",
        "configurer_notes",
        "notes",
        "addresses",
        "default_values",
        "field_values",
        "instruction_values",
        "markers",
        "syntax",
        "slots",
        "forms",
        "scripts",
        "placement",
        "controls",
        "pending_states",
        "__init__",
    ),
    # the rule `placeholder-empty` (session 45, u45m2: one module of 837 lines): what counts as a Chinese character →
    # the blanks (brackets, fill-in lines, spaced numbers, boxes) → the holes of a deleted name → empty contact fields →
    # empty SDK fields (their labels read with the contact nouns) → fillers standing for the text → the rule (`__init__`).
    "rules/placeholder_empty": (
        "characters",
        "slots",
        "holes",
        "contact_fields",
        "field_runs",
        "field_single",
        "sdk_fields",
        "fillers",
        "__init__",
    ),
    # the rule `placeholder-drafting` (session 45, u45m2: one module of 694 lines, 360 of them patterns): whether a clause
    # says the text is final → status lines → draft marks after the text's name → the note patterns → the clause around a
    # note → the spans reported → the rule and its scan (`__init__`); (u56f) a fact deferred until the company confirms it
    # (`deferred`) and a request to consult a lawyer or put in the real facts before release (`before_launch`) beside the
    # pending legal review; (u56f2) the English deferral (`deferred_en`); (u57f) the text calling itself a placeholder or a
    # sample, and status notes (`self_described`).
    "rules/placeholder_drafting": (
        "finality",
        "pending_review",
        "deferred",
        "deferred_en",
        "before_launch",
        "self_described",
        "status_lines",
        "title_marks",
        "notes",
        "clauses",
        "spans",
        "__init__",
    ),
    # the rule `script-mixed` (session 45, u45m2: one module of 699 lines): OpenCC's character maps → the runs of Han
    # characters → editions of both scripts in one document → the runs a switcher writes on purpose (`labels`) and names
    # written as issued (`proper_names`) → every exception together → the characters both scripts write, judged by
    # their word (`shared_forms`, u47k) → the rule and its scans (`__init__`).
    "rules/script_mixed": (
        "converter",
        "han_runs",
        "editions",
        "labels",
        "proper_names",
        "exceptions",
        "shared_forms",
        "__init__",
    ),
    # `compare` (u57r, issue #13): the sentence aligner of 1,857 lines → its word tables, Latin words, sentences and
    # their anchors, a whole edition's reading, the beads, a pair's sides, what one side lacks, listed items.
    "compare/sentences": ("lexicon", "latin", "pieces", "readings", "beads", "sides", "lacking", "lists", "__init__"),
    # one product compared (1,470 lines) → its editions, same-language pairs, English ↔ Chinese pairs, facts, lagging.
    "compare/analyse": ("editions", "pairing", "across", "fact_entries", "lagging", "__init__"),
    # `diff`'s section alignment (1,445 lines) → keys and measures, the gap round, the rounds, the page's frame.
    "diff/align": ("scoring", "gaps", "matching", "frames", "__init__"),
    # English ↔ Chinese section alignment (942 lines) → section profiles, chapters, the monotone alignment, anchors.
    "compare/align": ("section_profiles", "chapters", "monotone", "anchored", "__init__"),
    # the facts every edition must agree on (934 lines) → controllers, durations, laws, notation, languages, glued words,
    # facts by line.
    "compare/facts": ("controllers", "periods", "law_names", "notation", "languages_named", "glued", "by_line", "__init__"),
    # `diff`'s paragraph redline (814 lines) → word-level spans, paragraphs paired in a changed block.
    "diff/redline": ("word_level", "blocks", "__init__"),
    # which files are which edition (763 lines) → file names, folders and manifests, git history.
    "compare/inputs": ("naming", "folders", "git_history", "__init__"),
    # the cross-script key (727 lines) → the reviewed regional wording, the table's derivation, the key; `__main__`
    # rebuilds the table (`python -m policylens.diff.variants`).
    "diff/variants": ("wording", "derivation", "__init__", "__main__"),
    # text moved between sections (667 lines) → kept sentences, the shapes of moved text, `find_moves`.
    "diff/moves": ("sentence_pairs", "paragraph_shapes", "__init__"),
    # the comparison keys (638 lines) → inline markup stripped, a page's switcher and home links, the keys.
    "diff/keys": ("markup", "page_links", "__init__"),
    # bytes → text (u57r2, issue #13; 740 lines) → the policy-character score, text another tool decoded wrongly, UTF-16
    # and UTF-32 without a BOM and wrong marks, `decode`.
    "load/encoding": ("scoring", "misreadings", "wide_units", "__init__"),
    # server code saved in a page (715 lines) → its tokens and blocks, the literals it echoes, a page kept whole in a PHP
    # string, the page rewritten (`blank_server_code`).
    "load/server_code": ("tokens", "echoes", "stored_pages", "__init__"),
    # a Flutter screen's text helpers (667 lines) → argument lists, class bodies and scopes, the file's string
    # constants, the carriers and their calls.
    "load/dart_carriers": ("syntax", "constants", "__init__"),
    # an app's message catalogue (607 lines) → its locale tables, a JSON catalogue read unit by unit and told a policy's,
    # the catalogue's own structure (`read_catalogue`).
    "load/catalogue": ("tables", "policy_json", "__init__"),
    # patterns compiled on first use and stored (609 lines) → the first characters and second-character guard put into
    # the compiled code, the store and `compile` (`store_path` names the policylens package's `__pycache__` as before).
    "lazyre": ("first_chars", "__init__"),
    # the backtracking probe (781 lines) → the pump strings, the static clearance, `probe` (tests/regex_store.py keys
    # the package's names by the package, so the engine key stays).
    "regexguard": ("pumps", "static", "__init__"),
    # (u58s) titles glued to their text (689 lines) → the shared words → on the same line by a space → the tests of a title
    # line kept with its text by a line break → a number fused to its title → a title run into the line above → a bare
    # title glued by a space → `split_title_lines`.
    "structure/glued": ("words", "same_line", "title_lines", "fused", "trailing", "bare", "__init__"),
}


@pytest.mark.parametrize("package", sorted(SPLIT_PACKAGES))
def test_split_packages_import_downward_only(package: str) -> None:
    order = SPLIT_PACKAGES[package]
    folder = PACKAGE / package
    dotted = "policylens." + package.replace("/", ".")
    assert sorted(path.stem for path in folder.glob("*.py")) == sorted(order), f"a new module of {package}: give it its place"
    for rank, name in enumerate(order):
        path = folder / f"{name}.py"
        source = path.read_text(encoding="utf-8")
        assert source.startswith('"""') and len(source.split('"""')[1]) > 80, f"{package}/{name}.py: say in a docstring what it does"
        for module in _imports(path):
            if module != dotted and not module.startswith(dotted + "."):
                continue
            below = module.removeprefix(dotted).lstrip(".").split(".")[0] or "__init__"
            assert below in order[:rank], f"{package}/{name}.py imports {module}: not below it in SPLIT_PACKAGES"


# A module of a split package a maintainer can read whole (the html package's `_Extractor` was 1,486 lines in one module
# until session 34 split it into a chain of layers: `state` … `extractor`).
SPLIT_MODULE_MAX_LINES = 600


@pytest.mark.parametrize("package", sorted(SPLIT_PACKAGES))
def test_split_package_modules_stay_small(package: str) -> None:
    sizes = {name: len((PACKAGE / package / f"{name}.py").read_text(encoding="utf-8").splitlines()) for name in SPLIT_PACKAGES[package]}
    assert sizes and {name: n for name, n in sizes.items() if n > SPLIT_MODULE_MAX_LINES} == {}


# Every module of the package, split package or not, is at most SPLIT_MODULE_MAX_LINES lines (u56r2, issue #13:
# `load/script_data.py` and `render/compare.py` grew to 610 lines unseen, being in no split package).  The modules
# below were over it when this guard came: each a single concern not yet split along a seam, recorded at its size then
# so that it can shrink but never grow; one brought to the limit or under must leave the list (the test says so).
_OVERSIZED: dict[str, int] = {
    # one concern each, not split yet (issue #13 debt); the number is the module's size when the guard came.  Empty since
    # the fifty-eighth session (u58s split structure/glued.py and profiles/__init__.py, the last two).
}


def test_every_module_stays_small() -> None:
    sizes = {path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines()) for path in _sources()}
    over = {name: n for name, n in sizes.items() if n > _OVERSIZED.get(name, SPLIT_MODULE_MAX_LINES)}
    assert over == {}, f"modules over {SPLIT_MODULE_MAX_LINES} lines (or over their size in _OVERSIZED): split them along a seam"
    shrunk = sorted(name for name in _OVERSIZED if sizes.get(name, 0) <= SPLIT_MODULE_MAX_LINES)
    assert shrunk == [], f"{shrunk}: no longer over {SPLIT_MODULE_MAX_LINES} lines (or gone): take them out of _OVERSIZED"


def test_the_html_builder_is_one_chain_of_layers() -> None:
    """`_Extractor` is built of one class per module, each the subclass of the one below it (no mixins that call upward)."""
    from policylens.load.html import extractor

    chain = [
        cls.__module__.rsplit(".", 1)[-1] for cls in extractor._Extractor.__mro__ if cls.__module__.startswith("policylens.load.html.")
    ]
    assert chain == ["extractor", "raw_text", "text_runs", "elements", "blocks", "links", "state", "branches", "reader"]
    order = SPLIT_PACKAGES["load/html"]
    assert [order.index(name) for name in chain] == sorted((order.index(name) for name in chain), reverse=True)


@pytest.mark.parametrize("package", sorted(SPLIT_PACKAGES))
def test_split_packages_are_used_through_their_entry(package: str) -> None:
    """Outside the package, the code imports its public entry (`policylens.load.html`), never a module inside it."""
    dotted = "policylens." + package.replace("/", ".")
    for path in _sources():
        if path.is_relative_to(PACKAGE / package) or dotted not in path.read_text(encoding="utf-8"):
            continue  # (parsed only when it names the package: parsing every module took 2.5 s)
        inner = {
            m
            for m in _imports(path)
            if m.startswith(dotted + ".") and m.removeprefix(dotted + ".").split(".")[0] in SPLIT_PACKAGES[package]
        }
        assert inner == set(), f"{path.relative_to(PACKAGE)} imports {sorted(inner)}: import {dotted}"


# What the layers below may not import: `load` reads files into blocks and knows nothing of the structure built on them,
# the rules, the checks, the reports or the commands (issue #13: load → structure → rules/check → render → commands).
_ABOVE_LOAD = ("structure", "rules", "check", "render", "commands", "diff", "compare", "profiles", "config")
# `load.document.read_document` reads a file into a `Document` (structure built), the one entry that crosses on purpose.
_LOAD_CROSSING = {Path("load/document.py")}


def test_load_imports_nothing_above_it() -> None:
    offenders = []
    for path in sorted((PACKAGE / "load").rglob("*.py")):
        if path.relative_to(PACKAGE) in _LOAD_CROSSING:
            continue
        for module in _imports(path):
            if module.split(".")[1] in _ABOVE_LOAD:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_structure_imports_no_rules_checks_reports_or_commands() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in sorted((PACKAGE / "structure").rglob("*.py"))
        for module in _imports(path)
        if module.split(".")[1] in ("rules", "check", "render", "commands", "diff", "compare", "profiles", "config")
    ]
    assert offenders == []
