"""Fifty-first session (u51p3): issue #11, precision first.

- a Hugo shortcode that prints a value the site fills when it is built (`{{< param "x" >}}`, `{{% param "x" %}}`,
  `relref`, a theme's `siteparam`) was cut as markup, so the list or clause it fills read as empty: a false
  `enumeration-empty` on 「包括{{< param "collected" >}}等。」.  Such a shortcode now stays in the text as the site's value
  (`load.site_tags._VALUES`); a shortcode that prints no value (`youtube`) is still cut, and a list really left empty is
  still reported.  Docusaurus/MDX `{frontMatter.x}` and VuePress `{{ $page.x }}` were already read as the site's values.
- a name deleted between "of" and "and": "all products and/or services of and products and/or …" (eval/blind/round50
  immatch-en-txt L17), `placeholder-empty`; not "the use of and access to".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file


def _lines(path: Path, rule: str) -> set[int]:
    report = check_file(str(path), CheckOptions(no_config=True))
    return {f.line for f in report.findings if f.rule == rule and f.severity == "error"}


@pytest.mark.parametrize(
    "body",
    [
        '我们收集的信息包括{{< param "collected" >}}等。',
        "我們蒐集的資料包括{{% param collected %}}等。",
        '我们会将信息共享给以下伙伴，{{< siteparam "partners" >}}。',
        '我們蒐集的資料包括 {{< relref "data.md" >}} 等。',
    ],
)
def test_value_shortcode_fills_the_list(tmp_path: Path, body: str) -> None:
    path = tmp_path / "privacy.md"
    path.write_text(f"# 隐私政策\n\n{body}\n\n我们收集的信息包括等。\n", encoding="utf-8")
    assert _lines(path, "enumeration-empty") == {5}  # the list really left empty is still reported


def test_value_shortcode_alone_on_its_line_is_text(tmp_path: Path) -> None:
    path = tmp_path / "privacy.md"
    path.write_text('# Privacy\n\nWe share data with partners, {{< param "p" >}}.\n\n{{< param "intro" >}}\n', encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.severity == "error"] == []


def test_other_shortcodes_still_cut(tmp_path: Path) -> None:
    path = tmp_path / "privacy.md"
    path.write_text("# 隱私權政策\n\n我們蒐集的資料包括{{< youtube abc >}}等。\n", encoding="utf-8")
    assert _lines(path, "enumeration-empty") == {3}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("privacy.mdx", "# 隐私政策\n\n我们收集的信息包括 {frontMatter.data} 等。\n"),
        ("privacy.md", "# 隐私政策\n\n我们收集的信息包括{{ $page.frontmatter.data }}等。\n"),
    ],
)
def test_docusaurus_and_vuepress_values(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.severity == "error"] == []


_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "p.md",
            "# Privacy\n\nAll products and/or services of platform (including all products and/or services of and products and/or apps).\n",
        ),
        ("p.txt", "Privacy Policy\n\nThis policy applies to the services of and products, and to the website.\n"),
        (
            "p.html",
            "<html><body><h1>Privacy</h1><p>It covers every product or service of  and products or apps we run.</p></body></html>\n",
        ),
    ],
)
def test_name_deleted_between_of_and(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert len(_lines(path, "placeholder-empty")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Your use of and access to the services is governed by these terms.",
        "We describe the products of and services offered by our partners.",
        "You are aware of and agree to this policy.",
        "This covers services of and products made by Acme.",
        "It covers services of Acme and products of Acme.",
    ],
)
def test_of_and_in_good_english_is_quiet(tmp_path: Path, sentence: str) -> None:
    path = tmp_path / "p.md"
    path.write_text(f"# Privacy\n\n{sentence}\n", encoding="utf-8")
    assert _lines(path, "placeholder-empty") == set()


def test_immatch_l17_regression() -> None:
    page = _ROOT / "eval/blind/round50/dev/immatch-en-txt/page.txt"
    assert 17 in _lines(page, "placeholder-empty")
