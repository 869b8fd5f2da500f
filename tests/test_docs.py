"""Honest instructions: every file, folder and module that the documentation names exists.

Class: dead references.  README.md, docs/, benchmarks/README.md, pyproject.toml, the CI
script, the pre-commit manifest and every module docstring are read for paths into this
repository's folders (`benchmarks/README.md`, `cli/policylens/data/schema/…`, a package
docstring's `cli/policylens/data/opencc_sets.json`) and for dotted names of policylens modules
(`structure.headings`, `policylens.diff.variants`, `python -m policylens.script`); each
must exist.  Paths under `eval/` are not followed: tests never read `eval/`.  Also the
GitHub Actions workflow that the README shows is the file shipped in docs/.
"""

from __future__ import annotations

import ast
import importlib
import io
import pkgutil
import re
import tokenize
from pathlib import Path

import pytest

import policylens
from conftest import ROOT

PACKAGE = ROOT / "cli" / "policylens"
# Documents read as a whole, and Python files whose module docstring is read.
DOCUMENTS = [
    ROOT / "README.md",
    ROOT / "pyproject.toml",
    ROOT / ".pre-commit-hooks.yaml",
    ROOT / ".ci" / "run",
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "benchmarks" / "README.md",
]
PYTHON = sorted(p for folder in ("cli", "benchmarks", "fuzz", "tests") for p in (ROOT / folder).rglob("*.py") if ".venv" not in p.parts)
# Top-level folders a path may point into (`eval/` is left out on purpose, see above).
# Hidden folders are tools' state (.venv, .hypothesis, .git), except the CI script's.
FOLDERS = sorted(p.name for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name != "eval") + [".ci"]
_PATH = re.compile(r"(?<![\w/@:-])((?:\.{1,2}/)*(?:[\w.+*-]+/)+[\w.+*-]*)")
_SCHEMA_VERSION = re.compile(r"^\w+/(?:\d+|N)$")  # `diff/1`, `check/N`: contract versions, not paths
# Paths in examples that stand for a user's repository, not this one.
EXAMPLES = {
    "docs/about/privacy-policy.zh.md",  # README: a file of pyheight/ttk-file-explorer, measured for issue #9
    "../en/privacy.md",  # diff/published_links.py: link targets in a published site's pages
    "./docs/faq.html",
}
_DOTTED = re.compile(r"`(?:python -m )?((?:policylens\.)?[a-z_]+(?:\.[A-Za-z_]\w*)+)`")
_MODULE_RUN = re.compile(r"python3? -m (policylens(?:\.\w+)*)")
_FILE_SUFFIX = re.compile(r"\.(?:py|json|toml|tsv|txt|md|mdx|yml|yaml|html?|jsp|docx|csv|sarif|xml|xsd|cfg|ini|lock)$")
TOP_MODULES = {m.name for m in pkgutil.iter_modules(policylens.__path__)}


def _first_statement(text: str) -> str | None:
    """The lines up to the end of a module's first statement (`None` when there is none, or it does not tokenize)."""
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.NEWLINE:
                return "".join(text.splitlines(keepends=True)[: token.end[0]])
            if token.type == tokenize.ENDMARKER:
                return None
    except (tokenize.TokenError, SyntaxError):
        return None
    return None


def _docstring(path: Path) -> str:
    """The module's docstring: its first statement parsed alone, the whole file only when that statement is compound.

    A docstring is the module's first statement, so parsing the lines up to its end gives the same one; parsing every
    one of the 589 files whole was 0.9 of this test's 1.3 s of CPU (issue #13).  (A file whose later lines do not
    parse now has its docstring read too; none does, and its references are then checked, not skipped.)
    """
    text = path.read_text(encoding="utf-8")
    head = _first_statement(text)
    if head is not None:
        try:
            return ast.get_docstring(ast.parse(head)) or ""
        except SyntaxError:
            pass  # a compound statement's first line (`def f():`): the whole file says
    try:
        return ast.get_docstring(ast.parse(text)) or ""
    except SyntaxError:
        return ""


def _texts() -> list[tuple[str, str, Path]]:
    """(label, text, folder that relative package paths start from) for every source read."""
    out = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"), p.parent) for p in DOCUMENTS if p.exists()]
    for path in PYTHON:
        text = _docstring(path)
        if text:
            out.append((str(path.relative_to(ROOT)), text, path.parent))
    return out


def _path_exists(token: str, base: Path) -> bool | None:
    """Whether a path into the repository exists; None when the token is not such a path."""
    token = token.rstrip(".,:;")
    if "*" in token or "<" in token or "{" in token or "…" in token or _SCHEMA_VERSION.match(token) or token in EXAMPLES:
        return None
    if token.startswith(("./", "../")):  # a Markdown link, relative to the document
        return (base / token).exists()
    first = token.split("/", 1)[0]
    if first in FOLDERS:
        return (ROOT / token).exists()
    if first.startswith("."):  # `.venv/bin/ruff`: the user's environment, not this repository
        return None
    starts = (base, PACKAGE) if base in (ROOT, PACKAGE) or PACKAGE in base.parents else (base,)
    for start in starts:  # a module docstring's `data/…`, `rules/…`: relative to its folder or the package
        if (start / first).is_dir():
            return (start / token).exists()
    return None


def _dotted_exists(name: str) -> bool | None:
    """Whether `policylens.a.b` (or `a.b` naming a policylens module) is a module or an attribute of one."""
    parts = name.split(".")
    if parts[0] == "policylens":
        parts = parts[1:]
    if not parts or parts[0] not in TOP_MODULES or _FILE_SUFFIX.search(name):
        return None
    for cut in range(len(parts), 0, -1):
        try:
            value: object = importlib.import_module("policylens." + ".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(value, attribute):
                return False
            value = getattr(value, attribute)
        return True
    return False


def dead_references() -> list[str]:
    dead = []
    for label, text, base in _texts():
        for token in _PATH.findall(text):
            if _path_exists(token, base) is False:
                dead.append(f"{label}: path {token}")
        for name in _DOTTED.findall(text) + _MODULE_RUN.findall(text):
            if _dotted_exists(name) is False:
                dead.append(f"{label}: module {name}")
    return dead


def test_every_referenced_path_and_module_exists() -> None:
    assert dead_references() == []


def test_the_dead_reference_check_finds_dead_references(tmp_path: Path) -> None:
    """The check itself can fail: a made-up path, a made-up module, and a real pair of each."""
    assert _path_exists("benchmarks/no-such-file.md", ROOT) is False
    assert _path_exists("benchmarks/bench_parse.py", ROOT) is True
    assert _path_exists("data/no-such.json", PACKAGE / "structure") is False
    assert _path_exists("data/schema/parse.schema.json", PACKAGE / "structure") is True
    assert _path_exists("policies/zh-TW.md", ROOT) is None  # a user's folder in an example
    assert _dotted_exists("structure.no_such_module") is False
    assert _dotted_exists("structure.levels.assign_levels") is True
    assert _dotted_exists("policylens.diff.cross_script_key") is True
    assert _dotted_exists("sys.stdout") is None


def test_readme_github_actions_workflow_is_the_shipped_file() -> None:
    workflow = (ROOT / "docs" / "github-actions.yml").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"```yaml\n{workflow}```" in readme
    yaml = pytest.importorskip("yaml")
    steps = yaml.safe_load(workflow)["jobs"]["check"]["steps"]
    installs = [s["run"] for s in steps if "run" in s and s["run"].startswith("pip install")]
    assert installs == ['pip install "policylens @ git+https://github.com/policylens/policylens@v0.3.0"']


def test_json_contract_page_lists_every_schema_with_its_version() -> None:
    import json

    page = (ROOT / "docs" / "json-contract.md").read_text(encoding="utf-8")
    schemas = sorted((PACKAGE / "data" / "schema").glob("*.schema.json"))
    assert len(schemas) >= 5
    for path in schemas:
        version = json.loads(path.read_text(encoding="utf-8"))["properties"]["schema"]["const"]
        assert f"`{version}`" in page, version
        assert f"({Path('..') / path.relative_to(ROOT)})" in page, path.name


def test_readme_rule_table_lists_every_rule_with_its_default_severity() -> None:
    """The README's rule table is the user's catalogue: every registered rule has a row, and no row names a rule that does not
    exist (four rules added over the sessions were once missing from it)."""
    from policylens.rules import all_rules

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z]+(?:-[a-z]+)+)` \| ([a-z /]+) \|", readme, flags=re.M))
    rules = all_rules()
    assert sorted(rows) == sorted(rules)
    for rule_id, severities in rows.items():
        assert str(rules[rule_id].severity) in severities.split(" / "), rule_id
