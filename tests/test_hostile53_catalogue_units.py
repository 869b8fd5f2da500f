"""Hostile YAML and JS/TS catalogues for `compare`'s unit readers (u53e, `load.catalogue_units`): deep nesting, huge
strings, aliases that multiply, unclosed comments and strings are refused or read whole, never a crash or a hang."""

from __future__ import annotations

from pathlib import Path

from helpers import compare_folder
from policylens.load.catalogue_units import MAX_CHARS, MAX_DEPTH, script_units, yaml_units

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_deep_nesting_is_refused() -> None:
    assert script_units("export default " + "{a:" * 100_000 + "'x'" + "}" * 100_000) is None
    assert script_units("export default " + "[" * 100_000) is None
    assert script_units("export default " + "{a:" * (MAX_DEPTH + 1) + "'x'" + "}" * (MAX_DEPTH + 1)) is None
    inside = script_units("export default " + "{a:" * (MAX_DEPTH - 1) + "'x'" + "}" * (MAX_DEPTH - 1))
    assert inside is not None and len(inside) == 1
    assert yaml_units("a:\n" + "".join(" " * (k + 1) + "b:\n" for k in range(5_000))) is None
    assert yaml_units("a: " + "{b: " * 20_000 + "c" + "}" * 20_000) is None
    assert yaml_units("a: " + "[" * 100_000) is None


def test_aliases_that_multiply_are_refused() -> None:
    assert yaml_units(LAUGHS) is None


def test_huge_strings_are_read_whole_or_refused_past_the_cap() -> None:
    found = script_units("export default {a: '" + "中" * 3_000_000 + "'}")
    assert found is not None and len(found[0].text) == 3_000_000
    assert script_units("export default {a: '" + "中" * MAX_CHARS + "'}") is None
    many = yaml_units("k: " + "x" * 1_000_000 + "\n")
    assert many is not None and len(many[0].text) == 1_000_000
    assert yaml_units("k: " + "x" * MAX_CHARS + "\n") is None


def test_unclosed_strings_comments_and_templates_are_refused() -> None:
    for text in (
        "export default {a: '" + "\\\\" * 100_000 + "}",
        "export default {a: `" + "$" * 100_000 + "}",
        "export default {" + "/*" * 100_000 + "}",
        "export default {a: 'x' " + "+ " * 100_000 + "}",
    ):
        assert script_units(text) is None
    # an escape JavaScript would not accept is read as its letter, not a crash
    odd = script_units("export default {" + "a:'x'," * 1_000 + "b: '" + "\\u{" * 10_000 + "'}")
    assert odd is not None and odd[-1].text == "u{" * 10_000


def test_a_hostile_catalogue_edition_is_compared_as_one_document(tmp_path: Path) -> None:
    pairs = "".join(f"  k{k}: '隐私政策第{k}条：我们保护您的个人信息。',\n" for k in range(5))
    files = {
        "zh-CN.2024-01-01.ts": "export default {\n" + pairs + "  bad: () => 1,\n};\n",
        # a merge key (`<<: *base`) refuses the file; its lines are key–string pairs naming privacy: still an edition
        "zh-TW.2024-01-01.yml": "base: &b\n  a: '隱私權政策'\nzh:\n  <<: *b\n"
        + "".join(f"  k{k}: '隱私權政策第{k}條：我們保護您的個人資料。'\n" for k in range(5)),
    }
    product = compare_folder(tmp_path / "app", files)
    assert len(product["warnings"]) == 2 and product["errors"] == []
