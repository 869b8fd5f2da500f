"""Issue #13, forty-third session (u43m): no hidden state between a `Matcher`'s calls, and the checks on the tests'
own helpers (one copy of the compare helpers, no sleep standing in for a state).

Review r42 found `Matcher.first(parts=…)` learning which unit was cited through a mutable `self._cited`, which
`_first_of` set on every return: correct only as long as every path returned at once.  The cited unit is now
returned with the evidence (`matcher._Citation`), and a `Matcher` keeps caches only: every attribute is bound in
`__init__` and never rebound, so no call can leave something behind for the next one but a cached search.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from helpers import one_item, paragraphs, parse_string
from policylens.profiles.coverage import Matcher, coverage

ROOT = Path(__file__).resolve().parent.parent
MATCHER = ROOT / "cli" / "policylens" / "profiles" / "coverage" / "matcher.py"
TESTS = ROOT / "tests"
KNOWN_COPIES = TESTS / "known_helper_copies.txt"


def _bound(target: ast.expr) -> list[str]:
    """The attributes of `self` an assignment target rebinds (`self.x`, `self.x, y`; not `self.x[k]`, a store into it)."""
    if isinstance(target, ast.Tuple | ast.List):
        return [name for elt in target.elts for name in _bound(elt)]
    if isinstance(target, ast.Starred):
        return _bound(target.value)
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
        return [target.attr]
    return []


def _rebound(source: str, cls: str) -> list[str]:
    """`self.x = …` (or `+=`, or in a tuple target) in a method of `cls` other than `__init__`."""
    (found,) = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == cls]
    out = []
    for method in found.body:
        if not isinstance(method, ast.FunctionDef) or method.name == "__init__":
            continue
        for node in ast.walk(method):
            targets = (
                node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else []
            )
            out += [f"{method.name}: self.{name}" for target in targets for name in _bound(target)]
    return out


def test_a_matcher_binds_its_state_once() -> None:
    """A method stores into its caches (`self._searched[p][id(unit)] = …`), never rebinds an attribute (`self._cited = …`)."""
    assert _rebound(MATCHER.read_text(encoding="utf-8"), "Matcher") == []


def test_the_rebinding_finder_sees_the_old_side_channel() -> None:
    old = "class Matcher:\n    def __init__(self):\n        self._cited = None\n    def first(self):\n        self._cited, x = None, 1\n        self._searched[1] = 2\n"
    assert _rebound(old, "Matcher") == ["first: self._cited"]


def test_parts_choose_the_same_citation_after_any_other_call() -> None:
    """cn-pipl/purposes with `parts`: the pointer sentence covers first, the unit that holds the data and the use is cited,
    on a fresh matcher and on one that judged every other item first (in either order)."""
    text = "# 隐私政策\n\n" + paragraphs(
        "我们仅会出于本政策所述的以下目的，收集和使用您的个人信息：",
        "- 我们会收集您的手机号码，用于创建账户和登录。",
        "如您不同意，请停止使用。我们不会向第三方出售您的信息。",
    )
    doc = parse_string(text, ".md")
    (alone,) = coverage(doc, [one_item("cn-pipl/purposes")])
    assert alone.items[0].status == "covered" and alone.items[0].evidence is not None
    assert "手机号码" in alone.items[0].evidence.text
    from policylens.profiles import resolve

    (profile,) = resolve(["cn-pipl"])
    for order in (profile.items, tuple(reversed(profile.items))):
        (result,) = coverage(doc, [profile._replace(items=order)])
        (judged,) = [v for v in result.items if v.item.id == "cn-pipl/purposes"]
        assert judged == alone.items[0]
    assert isinstance(Matcher(doc).units("sentence"), list)


# --- helpers copied between test modules ------------------------------------------------------------------------------


def _helper_copies(sources: dict[str, str]) -> set[str]:
    """`module:function` of each module-level helper (a function not named test_…) whose arguments and body (its docstring
    left out) are those of a helper in another module: the compare tests' `_product`, `_sure` and `_write` were written
    again in four modules, `_sure` alone in five, `lines_of` in fifteen (review r42)."""
    found: dict[str, set[str]] = {}
    for module, source in sources.items():
        for node in ast.parse(source).body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("test_"):
                continue
            body = node.body
            if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
                body = body[1:]
            if body:
                key = ast.dump(node.args) + "".join(ast.dump(statement) for statement in body)
                found.setdefault(key, set()).add(f"{module}:{node.name}")
    return {name for names in found.values() if len({n.split(":")[0] for n in names}) > 1 for name in names}


def test_no_test_helper_is_copied_again() -> None:
    modules = sorted(TESTS.glob("test_*.py")) + sorted(TESTS.glob("*/test_*.py"))
    copies = _helper_copies({path.relative_to(TESTS).as_posix(): path.read_text(encoding="utf-8") for path in modules})
    lines = KNOWN_COPIES.read_text(encoding="utf-8").splitlines()
    known = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert sorted(copies - known) == [], "a helper written again: put one in tests/helpers.py (or a conftest fixture) and import it"
    assert sorted(known - copies) == [], "no longer copied: take it out of tests/known_helper_copies.txt"


def test_the_copy_finder_sees_a_helper_written_twice() -> None:
    helper = 'def _product(folder):\n    """The product."""\n    (product,) = compare(folder)\n    return product\n'
    other = helper.replace('    """The product."""\n', "")  # the same helper without its docstring
    renamed = helper.replace("_product", "_compared")
    assert _helper_copies({"a.py": helper, "b.py": other, "c.py": renamed}) == {"a.py:_product", "b.py:_product", "c.py:_compared"}
    assert _helper_copies({"a.py": helper, "b.py": helper.replace("return product", "return [product]")}) == set()
    assert _helper_copies({"a.py": helper + "\n\n" + renamed}) == set()  # within one module: not a copy between modules


def test_the_helpers_are_one_module() -> None:
    """`helpers`, never `tests.helpers`: 52 modules imported it under that second name, which loads the file again as
    another module, with its own caches (`shared_parse`) and scratch folder, and its own copy of every helper."""
    modules = sorted(TESTS.glob("*.py")) + sorted(TESTS.glob("*/*.py"))
    second = re.compile(r"^[ \t]*(?:from[ \t]+tests(?:\.\w+)*[ \t]+import|import[ \t]+tests\b)", re.M)
    assert [path.name for path in modules if second.search(path.read_text(encoding="utf-8"))] == []
