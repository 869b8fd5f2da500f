"""Issue #11 / #13, forty-sixth session (u46t): what a plain HTML or Markdown page's `check` no longer pays for.

* The React-only helpers of the HTML reader (`load.jsx_data`, `load.jsx_local`, `load.shown_constants`) are imported
  when a page is a React component, not by every HTML page; `dataclasses` (which imports `inspect`, `ast`, `dis` and
  `tokenize`) is not imported on the way to an HTML page's report.  Checked in a fresh process, where nothing an
  earlier test imported hides an import.
* The loaders' module-level patterns are `lazyre.lazy` patterns (compiled on first use, from the pattern store), not
  patterns `re` compiles at every import: each module named in `LAZY_MODULES` is checked for a compiled `re.Pattern`
  among its globals (a tuple or dict of them included).  The lazy form finds what `re.compile` of the same text and
  flags finds (`tests/test_lazyre.py`); here, every one of them is compared on the HTML pages of `corpora/`,
  three of its Markdown policies and two React pages.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policylens.lazyre import LazyPattern

ROOT = Path(__file__).resolve().parent.parent

# the modules whose module-level `re.compile` calls became `lazy` in the forty-sixth session (u46t; `load.jsx`,
# `load.vue_data`, `load.mdx`, `rules.context` and `language_names` by u46t2)
LAZY_MODULES = (
    "policylens.check.discovery",
    "policylens.language_names",
    "policylens.load.blade",
    "policylens.load.html",
    "policylens.load.html.branches",
    "policylens.load.html.decode",
    "policylens.load.html.extractor",
    "policylens.load.html.feeding",
    "policylens.load.html.page_scripts",
    "policylens.load.html.tags",
    "policylens.load.jsx_data.names",
    "policylens.load.jsx_data.page_script",
    "policylens.load.jsx_data.renderer",
    "policylens.load.jsx_data.sections",
    "policylens.load.jsx_data.props",
    "policylens.load.jsx_data.editions",
    "policylens.load.jsx_data.markup_arrays",
    "policylens.load.jsx_data.item_components",
    "policylens.load.jsx_data.reader",
    "policylens.load.jsx.attributes",
    "policylens.load.jsx.blanking",
    "policylens.load.jsx.components",
    "policylens.load.jsx.escapes",
    "policylens.load.jsx.expressions",
    "policylens.load.jsx.scanning",
    "policylens.load.jsx.shown",
    "policylens.load.jsx.styles",
    "policylens.load.jsx_editions",
    "policylens.load.jsx_local",
    "policylens.load.jsx_locale",
    "policylens.load.jsx_props",
    "policylens.load.markdown",
    "policylens.load.markdown.chunks",
    "policylens.load.markdown.escapes",
    "policylens.load.markdown.front_content",
    "policylens.load.markdown.front_matter",
    "policylens.load.markdown.headings",
    "policylens.load.markdown.html_blocks",
    "policylens.load.markdown.inline",
    "policylens.load.markdown.walker",
    "policylens.load.mdx",
    "policylens.load.scripts",
    "policylens.load.server_code",
    "policylens.load.site_tags",
    "policylens.load.vue_data",
    "policylens.load.vue_data.child_props",
    "policylens.load.vue_data.render",
    "policylens.load.vue_data.script",
    "policylens.load.vue_data.slots",
    "policylens.rules.context",
    "policylens.structure.headings.editions",
)

REACT_PAGES = (
    ROOT / "eval/structure45/dev/jiyifu-consent-jsx/ServiceAgreement.jsx",
    ROOT / "eval/structure34/dev/idns-user-tsx/UserAgreementView.tsx",
)

_PROBE = """
import json, sys
sys.path.insert(0, {cli!r})
from policylens.check import CheckOptions, check_file
report = check_file({path!r}, CheckOptions(no_config=True))
assert report.error is None, report.error
names = ("policylens.load.jsx_data", "policylens.load.jsx_local", "policylens.load.shown_constants", "dataclasses", "inspect")
print(json.dumps({{name: name in sys.modules for name in names}}))
"""


def _imported(path: Path) -> dict[str, bool]:
    """Which of the probed modules a fresh process imported to check `path` (with this tree's code)."""
    import policylens

    cli = str(Path(policylens.__file__).resolve().parent.parent)
    done = subprocess.run([sys.executable, "-c", _PROBE.format(cli=cli, path=str(path))], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_plain_html_page_imports_no_react_helper_and_no_dataclasses() -> None:
    found = _imported(ROOT / "corpora/gdeiassistant-privacy/zh-Hans.2018-12-06.html")
    assert found == dict.fromkeys(found, False)


def test_a_react_page_still_imports_its_helpers() -> None:
    # the same probe fails when they are imported anyway: it tells the two cases apart
    found = _imported(REACT_PAGES[0])
    assert found["policylens.load.jsx_data"] and found["policylens.load.jsx_local"] and found["policylens.load.shown_constants"]


def _module_patterns(name: str) -> list[tuple[str, object]]:
    """(global name, pattern) of every pattern a module assigns at its top level (not those it imports), one level into
    tuples, lists and dicts."""
    module = importlib.import_module(name)
    tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    own = {
        target.id
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and not _empty_cache(node.value)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    found: list[tuple[str, object]] = []
    for key in sorted(own):
        value = vars(module)[key]
        items = value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else (value,)
        found += [(key, item) for item in items if isinstance(item, (re.Pattern, LazyPattern))]
    return found


def _empty_cache(value: ast.expr | None) -> bool:
    """A global bound to an empty dict or list (`_CDATA_CLOSE: dict[str, re.Pattern[str]] = {}` in `load.html.feeding`):
    a cache filled at run time, so the patterns it holds were compiled by a use, not by the import.  Read, it failed the
    test below in a process where an earlier test had read an HTML page with a `<script>` (the whole suite with
    `-n 0`, forty-seventh session); alone, it passed."""
    return isinstance(value, (ast.Dict, ast.List)) and not (value.keys if isinstance(value, ast.Dict) else value.elts)


def test_the_loaders_compile_no_pattern_at_import() -> None:
    compiled = [f"{name}.{key}" for name in LAZY_MODULES for key, p in _module_patterns(name) if isinstance(p, re.Pattern)]
    assert compiled == []
    assert sum(len(_module_patterns(name)) for name in LAZY_MODULES) > 150  # the patterns are found at all


_COMPILE_PROBE = """
import json, sys
sys.path.insert(0, {cli!r})
import re._compiler
plain = re._compiler.compile
at_import = []
def counted(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_name != "<module>":
        frame = frame.f_back
    if frame is not None and "policylens" in frame.f_code.co_filename:  # a policylens module's own top level
        at_import.append(frame.f_code.co_filename.rsplit("policylens", 1)[-1] + " " + str(pattern)[:60])
    return plain(pattern, flags)
re._compiler.compile = counted
from policylens.check import CheckOptions, check_file
report = check_file({path!r}, CheckOptions(no_config=True))
assert report.error is None, report.error
print(json.dumps(at_import))
"""


@pytest.mark.parametrize(
    "page",
    [
        "corpora/gdeiassistant-privacy/zh-Hans.2018-12-06.html",
        "corpora/qiushui-game-privacy/zh-Hans.2023-12-04.md",
        "corpora/smartmi/zh-Hant.2021-03-30.txt",
        "eval/structure45/dev/paiju-privacy-tsx/PrivacyModal.tsx",
        "eval/blind/pairs12/pairs/qingxu-vue-format/new.vue",
    ],
)
def test_no_policylens_module_compiles_a_pattern_at_import(page: str) -> None:
    # (u46t2) in a fresh process, every `re` compilation whose nearest module body is a policylens module: an eager
    # `re.compile`, or a `re.search(f"[{HAN}]", ...)` run at import (`language_names`, 2.5 ms on every page).  The
    # standard library's and third-party modules' own patterns (html.parser, json, markdown-it, PyYAML) are not counted.
    import policylens

    cli = str(Path(policylens.__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", _COMPILE_PROBE.format(cli=cli, path=str(ROOT / page))], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


@pytest.mark.slow  # a differential of ~190 patterns over 14 files: 1.5-4 s of CPU
def test_the_lazy_loader_patterns_find_what_re_compile_finds() -> None:
    # the HTML pages of `corpora/`, three Markdown policies and two React pages, 12,000 characters of each at most
    paths = [*sorted((ROOT / "corpora").glob("*/*.html")), *sorted((ROOT / "corpora").glob("*/*.md"))[:3], *REACT_PAGES]
    texts = [p.read_text(encoding="utf-8")[:12_000] for p in paths]
    seen: set[tuple[str, int]] = set()
    for name in LAZY_MODULES:
        for _, lazy_pattern in _module_patterns(name):
            key = (lazy_pattern.pattern, lazy_pattern.flags)  # type: ignore[attr-defined]
            if key in seen:
                continue
            seen.add(key)
            plain = re.compile(*key)
            for text in texts:
                ours = [(m.span(), m.groups()) for m in lazy_pattern.finditer(text)]  # type: ignore[attr-defined]
                assert ours == [(m.span(), m.groups()) for m in plain.finditer(text)], (name, key[0][:60])
