"""Test helpers: parse a file or a string through the real pipeline; run the CLI in-process."""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from policylens.check import CheckOptions, check_file
from policylens.load import load
from policylens.model import Document
from policylens.structure import build_document

# Environment variables that change what the CLI prints; every run starts without them.
_PRESET_ENV = ("FORCE_COLOR", "NO_COLOR", "POLICYLENS_MAX_BYTES", "POLICYLENS_DEBUG")


def parse_path(path: str | Path, **kwargs: object) -> Document:
    """load → structure, as every command does."""
    return build_document(load(str(path), **kwargs))  # type: ignore[arg-type]


_SCRATCH: dict[int, Path] = {}  # process id → its folder for parse_string's files, made on first use


def parse_file(tmp_path: Path, name: str, text: str) -> Document:
    """`text` written (UTF-8) as `name` in `tmp_path`, then load → structure (`parse_path`)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def diff_strings(old: str, new: str, suffix: str = ".md", **kwargs: Any) -> Any:
    """The `diff` report of two policy texts, each parsed as a file with `suffix`."""
    from policylens.diff import diff_documents

    return diff_documents(parse_string(old, suffix), parse_string(new, suffix), **kwargs)


def slot_findings(path: Path) -> list[tuple[int, str, str]]:
    """(line, rule, excerpt) of the placeholder findings of `check` (default rules, no configuration) on the file `path`."""
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.rule, f.excerpt) for f in report.findings if f.rule.startswith("placeholder")]


def slot_lines(folder: Path, text: str) -> set[int]:
    """The lines of the placeholder findings on `text` written as `folder/policy.md`."""
    path = folder / "policy.md"
    path.write_text(text, encoding="utf-8")
    return {line for line, _, _ in slot_findings(path)}


def rule_excerpts(folder: Path, text: str, rule: str, name: str) -> list[str]:
    """The excerpts (or the messages, for a finding without excerpt) of `rule`'s findings on `text` saved as
    `folder/name` (`check --no-config --select rule`)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=(rule,)))
    assert report.error is None, report.error
    return [f.excerpt or f.message for f in report.findings]


def _scratch() -> Path:
    """One private folder per test process, removed at exit.

    A folder per call (`TemporaryDirectory`) cost about 6 ms of mkdir/rmdir on this
    machine's disk, 2,400 times a run; one file name is reused (see `parse_string`).  Each
    pytest-xdist worker is its own process, so workers never share a file.
    """
    pid = os.getpid()  # a forked child gets a folder of its own
    if pid not in _SCRATCH:
        _SCRATCH[pid] = Path(tempfile.mkdtemp(prefix="policylens-parse-"))
        atexit.register(shutil.rmtree, _SCRATCH[pid], ignore_errors=True)
    return _SCRATCH[pid]


def parse_string(text: str, suffix: str = ".txt") -> Document:
    """Parse `text` as if it were a file with this suffix.

    The previous file is unlinked, not truncated: on ext4, rewriting a file that has data
    (`open(…, "w")`) waits for its blocks to reach the disk when it is closed (the
    `auto_da_alloc` safeguard for replace-by-truncate), 5–6 ms a call on this machine, against
    0.1 ms for a new file; at 2,700 calls a run that was 15 s of waiting.
    """
    path = _scratch() / f"policy{suffix}"
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


def cyclic_garbage(run: Callable[[], object]) -> list[str]:
    """The type names of the objects that `run()` left in reference cycles: what the cyclic collector frees after it.

    The objects alive before `run()` are frozen first (`gc.freeze`: moved out of the collector's sight until
    `gc.unfreeze`), so the one collection after it walks only what `run()` made; the garbage found is saved
    for reading (`gc.DEBUG_SAVEALL`) and dropped afterwards.  Collecting the whole heap before and after, as
    `tests/test_u33t_cycles.py` did, cost 0.1-0.25 s of CPU a call in a process that had run other tests
    (its size is every module and shared document alive), and the earlier garbage it freed was never read
    (docs/history/test-suite.md, thirty-fourth session).  A cycle among objects made by `run()` is found
    either way; a cycle that also passes through an object older than `run()` was garbage before it too.
    """
    flags = gc.get_debug()
    gc.freeze()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)
    try:
        run()
        gc.collect()
        return [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
        gc.unfreeze()


def drop_shared_parses() -> None:
    """Forget every `shared_parse`: for a test that counts the objects alive in its process."""
    _PARSED.clear()


def yaml_load(text: str) -> Any:
    """`yaml.safe_load`, by libyaml's C loader when PyYAML was built with it.

    The rule and profile cases are read at collection by four test modules in every pytest-xdist
    worker: the pure-Python loader spent 0.2-0.4 s of CPU on each (issue #13); the C loader gives
    the same data for every YAML file of the repository, in about a seventh of the time.
    """
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def last_section(tmp_path: Path, name: str, text: str) -> tuple[Any, Any]:
    """The last section of a small document written to `tmp_path / name`, and the document's `compare` `Reading`."""
    from policylens.compare.sentences import reading

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    return doc.sections[-1], reading([p.text for s in doc.sections for p in s.paragraphs], doc.metadata.title)


def write_files(folder: Path, files: Mapping[str, str]) -> Path:
    """Write `files` (name → text, UTF-8) into `folder`, made with its parents if needed; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def compare_product(folder: Path) -> dict[str, Any]:
    """The one `compare` product of a product folder, with the default options (as `policylens compare FOLDER`)."""
    from policylens.compare import CompareOptions, compare_products, discover_products

    (product,) = compare_products(discover_products([str(folder)]), CompareOptions())
    return product


def compare_folder(folder: Path, files: Mapping[str, str]) -> dict[str, Any]:
    """Write `files` (name → text) into a product folder and return its one `compare` product (default options)."""
    return compare_product(write_files(folder, files))


def sure(report: Mapping[str, Any], *lists: str) -> list[dict[str, Any]]:
    """The sure entries (confidence `compare.SURE` or more) of a product or report: its `divergences` and `sentences`, or
    the lists named (`sure(product, "sentences")`)."""
    from policylens.compare import SURE

    return [entry for key in lists or ("divergences", "sentences") for entry in report[key] if entry["confidence"] >= SURE]


def sure_summary(product: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """The sure entries in short: (kind, its fact, else its section's title) of each divergence, then ("sentence-only",
    its text) of each sentence."""
    out = []
    for entry in sure(product, "divergences"):
        where = entry.get("section") or entry.get("other") or {}
        out.append((entry["kind"], entry.get("fact") or where.get("title")))
    return out + [("sentence-only", entry["text"]) for entry in sure(product, "sentences")]


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


def headings(doc: Document) -> list[tuple[int | None, int, str | None]]:
    """(line, level, title) of every titled section."""
    return [(s.line, s.level, s.title) for s in doc.sections if s.title is not None]


@contextlib.contextmanager
def _inside(cwd: Path | str | None) -> Iterator[None]:
    """Change the working directory for one run, and put it back."""
    before = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(before)


def cli(
    *args: str,
    stdin: bytes | str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    text: bool = True,
) -> subprocess.CompletedProcess[Any]:
    """Run `policylens ARGS` in this process, through the same `main()` as the console script.

    Typer's `CliRunner.isolation` swaps stdin/stdout/stderr for byte buffers (not terminals,
    as in a pipe) and sets the environment; `main()` turns errors into one stderr line and an
    exit code exactly as in a subprocess.  Returns a `CompletedProcess` like `subprocess.run`,
    so a test reads the same whichever way it ran.  What only a real process can show (the
    console script, `python -m`, signals, closed or full stdout, `--jobs` forking) is tested
    with `subprocess` instead.
    """
    from typer.testing import CliRunner

    import policylens.commands as commands

    overrides: dict[str, str | None] = dict.fromkeys(_PRESET_ENV)
    overrides.update(env or {})
    argv, handler = sys.argv, signal.getsignal(signal.SIGTERM)
    hangup = signal.getsignal(signal.SIGHUP) if hasattr(signal, "SIGHUP") else None
    silence = commands._silence_stdout
    commands._silence_stdout = lambda: None  # it would point pytest's own descriptor 1 at /dev/null
    code: int = 0
    try:
        with CliRunner().isolation(input=stdin, env=overrides) as (out, err, _), _inside(cwd):
            sys.argv = ["policylens", *args]
            try:
                commands.main()
            except SystemExit as exc:
                if exc.code is None:
                    code = 0
                elif isinstance(exc.code, int):
                    code = exc.code
                else:  # sys.exit("message"): Python prints it and exits 1
                    sys.stderr.write(f"{exc.code}\n")
                    code = 1
            finally:
                for stream in (sys.stdout, sys.stderr):
                    with contextlib.suppress(ValueError, OSError):
                        stream.flush()
            stdout, stderr = out.getvalue(), err.getvalue()
    finally:
        sys.argv = argv
        signal.signal(signal.SIGTERM, handler)
        if hangup is not None:
            signal.signal(signal.SIGHUP, hangup)
        commands._silence_stdout = silence
    if text:
        return subprocess.CompletedProcess(["policylens", *args], code, stdout.decode("utf-8"), stderr.decode("utf-8"))
    return subprocess.CompletedProcess(["policylens", *args], code, stdout, stderr)


def cli_process(
    *args: str,
    stdin: bytes | str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    text: bool = True,
    timeout: float = 120,
) -> subprocess.CompletedProcess[Any]:
    """Run `python -m policylens ARGS` as a real subprocess (for what only a process shows)."""
    environment = {k: v for k, v in os.environ.items() if k not in _PRESET_ENV}
    environment.update(env or {})
    if text and isinstance(stdin, bytes):
        stdin = stdin.decode("utf-8")
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        input=stdin,
        capture_output=True,
        text=text,
        cwd=cwd,
        env=environment,
        timeout=timeout,
    )


def profile_verdict(text: str, item: str, *, suffix: str = ".md") -> Any:
    """The verdict (`ItemCoverage`) on one disclosure item (`profile/item`) for a policy text under a title.

    Only that item is judged (`one_item`): an item's verdict depends on the document and the
    item alone, never on the profile's other items (tests/test_profiles_one_item.py holds the
    two equal on every corpus policy for every item), and judging the other 10-20 items was
    about 2 ms of a profile test's 4 (issue #13).
    """
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_string("# Privacy Policy\n\n" + text, suffix=suffix), [one_item(item)])
    (found,) = result.items
    return found


def cited_line(text: str, item: str) -> str:
    """The line a covered item cites, for a policy text under `profile_verdict`'s title (asserts it is covered)."""
    found = profile_verdict(text, item)
    assert found.status == "covered", found
    return ("# Privacy Policy\n\n" + text).splitlines()[found.evidence.line - 1]


def cited_line_number(text: str, item: str) -> int | None:
    """The line a disclosure item's evidence is on (None without evidence), for a policy text under `profile_verdict`'s title."""
    found = profile_verdict(text, item)
    return found.evidence.line if found.evidence else None


def file_verdict(path: Path, item: str) -> tuple[str, int | None]:
    """One disclosure item (`profile/item`) judged alone on a file: its status and the line of its evidence (None without)."""
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_path(path), [one_item(item)])
    (found,) = result.items
    return str(found.status), found.evidence.line if found.evidence else None


def one_item(item: str) -> Any:
    """The built-in profile of `item` (`profile/item`) with that one item: `coverage` judges it alone."""
    from policylens.profiles import resolve

    (profile,) = resolve([item.split("/", 1)[0]])
    (wanted,) = [i for i in profile.items if i.id == item]
    return profile._replace(items=(wanted,))


def paragraphs(*texts: str) -> str:
    """A policy body of these paragraphs, one blank line apart (under `profile_verdict`'s title the first is line 3)."""
    return "\n\n".join(texts) + "\n"


def profile_status(text: str, item: str, *, suffix: str = ".md") -> str:
    """Only the status of `profile_verdict`: covered, missing or not-applicable."""
    return str(profile_verdict(text, item, suffix=suffix).status)


# The package's patterns are probed on pumps of at most PROBE_CHARS characters, with the
# budget scaled by the square of the length: a quadratic search that took over
# `regexguard.BUDGET` on a pump of `regexguard.MAX_CHARS` characters takes over the scaled
# budget on one of PROBE_CHARS, so the test catches what the full-length probe catches,
# while a linear pattern is searched on a fraction of the characters (the probe was most of
# the suite's CPU).
#
# An unbounded pattern is pumped to 17,000 characters (PROBE_CHARS), with 16,384 repeats
# added to the growth schedule (PROBE_STEPS), so that a one-character body and the
# alternating pumps reach 16,384 characters, compared with 4,096 (4× apart): a quadratic
# search over 0.023 s on 32,768 characters (the previous cap, 40,000) takes over 0.0058 s on
# 16,384, above the scaled budget (0.0042 s).  A bounded pattern (`regexguard.attempt_reach`)
# is pumped only to 16 × its reach by `probe` itself, and keeps the previous cap and budget:
# a smaller budget would see the growth inside its window on pumps of a few hundred
# characters (`cookie[^。;.]{0,60}[。;.]?[^。;.]{0,60}?…`, linear past 192 characters, was then a finding).
PROBE_CHARS = 17_000
PROBE_STEPS = (4, 8, 12, 16, 20, 24, 32, 64, 256, 1024, 4096, 16384)
BOUNDED_PROBE_CHARS = 40_000


def probe_settings(compiled: Any) -> dict[str, Any]:
    """The `regexguard.probe` arguments the tests use for `compiled` (see above)."""
    from policylens.regexguard import _STEPS, BUDGET, MAX_CHARS, attempt_reach

    chars, steps = (
        (BOUNDED_PROBE_CHARS, _STEPS) if attempt_reach(compiled.pattern, compiled.flags) is not None else (PROBE_CHARS, PROBE_STEPS)
    )
    return {"budget": BUDGET * (chars / MAX_CHARS) ** 2, "max_chars": chars, "steps": steps}


def probe_pattern(compiled: Any, *, static: bool = True) -> Any:
    """`regexguard.probe` as the package's own patterns get it: a `Finding`, or None.

    A pattern proven linear by `regexguard.statically_linear` is cleared without searching
    (`static=False` searches it anyway).  A machine loaded by other processes can stretch
    one search and its shorter sibling unevenly; a catastrophic pattern passes any budget on
    a longer pump, so a finding is confirmed by two more probes with twice the budget (a
    super-linear pattern is found every time; a linear alternation of 120 branches, about
    25 ms on 16k characters, was once found twice in a row in a CI run on two loaded workers).
    """
    from policylens.regexguard import probe

    settings = probe_settings(compiled)
    slow = probe(compiled, static=static, **settings)
    for _ in range(2):
        if not slow:
            break
        slow = probe(compiled, static=static, **{**settings, "budget": 2 * settings["budget"]})
    return slow
