"""Fifty-first session (u51p3): issue #11, precision first.

- a Hugo shortcode that prints a value the site fills when it is built (`{{< param "x" >}}`, `{{% param "x" %}}`,
  `relref`, a theme's `siteparam`) was cut as markup, so the list or clause it fills read as empty: a false
  `enumeration-empty` on 「包括{{< param "collected" >}}等。」.  Such a shortcode now stays in the text as the site's value
  (`load.site_tags._VALUES`); a shortcode that prints no value (`youtube`) is still cut, and a list really left empty is
  still reported.  Docusaurus/MDX `{frontMatter.x}` and VuePress `{{ $page.x }}` were already read as the site's values.
- a name deleted between "of" and "and": "all products and/or services of and products and/or …" (eval/blind/round50
  immatch-en-txt L17), `placeholder-empty`; not "the use of and access to".
- a label whose value was deleted with the parenthesis' close: "(official website: and abides by …" (eval/blind/round51d
  commoncultures-hk-en-txt L4), 「（官方網站：並遵守…」; only with a conjunction after the colon and the parenthesis never
  closed in the paragraph.
- a page's `<meta name="description">` read as a browser gives it (`load.html.meta_description`): its character
  references decoded and its line breaks folded, each character located where it is written.
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


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("p.txt", "Privacy\n\nWe run its website (official website: and abides by the Ordinance (Cap. 486) of Hong Kong.\n"),
        ("p.md", "# Privacy\n\nContact us (email: or write to our office in Taipei.\n"),
        ("p.html", "<html><body><h1>Privacy</h1><p>Our site (URL: which we operate lists the terms.</p></body></html>\n"),
        ("p.md", "# 隱私權政策\n\n本公司經營其網站（官方網站：並遵守個人資料保護法之規定。\n"),
        ("p.md", "# 隐私政策\n\n本公司运营其网站(官方网站：并遵守《个人信息保护法》（2021年）的规定。\n"),
    ],
)
def test_label_without_value_in_unclosed_parenthesis(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert len(_lines(path, "placeholder-empty")) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Visit our site (website: www.acme.com) and read the terms.",
        "Visit our site (website: and app) for the terms.",
        "Our site (URL: which we operate) lists the terms.",
        "Two channels (email and phone) are open: and we answer within a day.",
        "本公司网站（官方网站：www.acme.cn）并遵守相关规定。",
        "本公司網站（官方網站：及應用程式）均適用本政策。",
        "Website: and that is all we say about it.",
    ],
)
def test_label_with_value_or_closed_is_quiet(tmp_path: Path, body: str) -> None:
    path = tmp_path / "p.md"
    path.write_text(f"# Privacy\n\n{body}\n", encoding="utf-8")
    assert _lines(path, "placeholder-empty") == set()


def test_commoncultures_l4_regression() -> None:
    page = _ROOT / "eval/blind/round51d/dev/commoncultures-hk-en-txt/page.txt"
    assert 4 in _lines(page, "placeholder-empty")


@pytest.mark.parametrize(
    ("content", "where", "slot"),
    [
        ("Privacy &amp; cookies of\n  [Company Name] for users", (3, 3), "[Company Name]"),
        ("  &#12304;公司名称&#12305;隐私政策", (2, 37), "【公司名称】"),
        ("【公司名稱】隱私權政策", (2, 35), "【公司名稱】"),
        ("&quot;【公司名称】&quot;隐私政策", (2, 41), "【公司名称】"),
    ],
)
def test_meta_description_read_as_a_browser(tmp_path: Path, content: str, where: tuple[int, int], slot: str) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        f'<html><head><title>隐私政策</title>\n<meta name="description" content="{content}">\n</head>'
        "<body><h1>隐私政策</h1><p>我们重视您的隐私。</p></body></html>\n",
        encoding="utf-8",
    )
    report = check_file(str(path), CheckOptions(no_config=True))
    found = [(f.line, f.column) for f in report.findings if f.rule == "placeholder-instruction" and slot in f.message]
    assert found == [where]


def test_meta_description_without_slot_is_quiet(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        '<html><head><title>隐私政策</title>\n<meta name="description" content="Acme &amp; Co.\n  隐私政策 &#8212; 我们如何保护您的信息">\n'
        "</head><body><h1>隐私政策</h1><p>我们重视您的隐私。</p></body></html>\n",
        encoding="utf-8",
    )
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.severity == "error"] == []
