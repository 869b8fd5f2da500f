"""Issue #13, forty-third session (u43m): no hidden state between a `Matcher`'s calls, and the checks on the tests'
own helpers (one copy of the compare helpers, no sleep standing in for a state).

Review r42 found `Matcher.first(parts=…)` learning which unit was cited through a mutable `self._cited`, which
`_first_of` set on every return: correct only as long as every path returned at once.  The cited unit is now
returned with the evidence (`matcher._Citation`), and a `Matcher` keeps caches only: every attribute is bound in
`__init__` and never rebound, so no call can leave something behind for the next one but a cached search.
"""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import one_item, paragraphs, parse_string
from policylens.profiles.coverage import Matcher, coverage

ROOT = Path(__file__).resolve().parent.parent
MATCHER = ROOT / "cli" / "policylens" / "profiles" / "coverage" / "matcher.py"


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
