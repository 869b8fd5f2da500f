"""Hostile input, thirty-fourth round (u34h): the surroundings of a run, and a review of the thirty-third's readers.

Each class is tested both ways: the hostile input now takes the short path (or is refused, or escaped), and ordinary
input reads as before.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from helpers import cli
from policylens.load import dart, load, qml, scripts
from policylens.load.scripts import bracket_ends, closing_bracket
from policylens.structure import build_document


def _nested_qml(n: int, closed: bool) -> str:
    items = "".join(f'Text {{ text: qsTr("第{i}段：我們收集您的個人資料。")\n' for i in range(n))
    return "import QtQuick 2.0\nPage {\n" + items + ("}\n" * n if closed else "") + "}\n"


def _nested_dart(n: int, closed: bool) -> str:
    rows = "".join(f"Row(children: [Text('第{i}段：我們收集您的個人資料。'),\n" for i in range(n))
    return "Widget build() {\n  return Column(children: [\n" + rows + ("])" * n if closed else "") + "]);\n}\n"


class _Calls:
    """Counts the calls of a function it stands in for."""

    def __init__(self, real: object) -> None:
        self.real = real
        self.count = 0

    def __call__(self, *args: object) -> object:
        self.count += 1
        return self.real(*args)  # type: ignore[operator]


# --- class 1: a bracket's closer walked again for each nested or unclosed widget (qml, dart): quadratic ---------------


@pytest.mark.parametrize("closed", [True, False])
def test_nested_qml_items_do_not_walk_each_body_again(closed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 nested (or never closed) `Text {` items took 40 s: each item's closer and own properties were found by
    walking its whole body, which holds every item nested in it.  Now one pass finds them all."""
    closer = _Calls(closing_bracket)
    walker = _Calls(qml._walk_props)
    monkeypatch.setattr(qml, "closing_bracket", closer)
    monkeypatch.setattr(qml, "_walk_props", walker)
    page = qml.render_qml(_nested_qml(300, closed))
    assert page is not None
    assert page.count("<p>") == 300
    assert (closer.count, walker.count) == (0, 0)


@pytest.mark.parametrize("closed", [True, False])
def test_nested_dart_rows_do_not_walk_each_body_again(closed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 nested (or never closed) `Row(` calls of a Flutter screen took 19 s, for the same reason."""
    closer = _Calls(closing_bracket)
    monkeypatch.setattr(dart, "closing_bracket", closer)
    page = dart.render_dart(_nested_dart(300, closed))
    assert page is not None
    assert page.count("<p>") == 300
    assert closer.count == 0


def test_an_ordinary_qml_page_reads_as_before() -> None:
    """Own properties only: a child's `text:` or bold font is not its parent's; a property after a child's closing
    brace is the item's; strings, comments and a `header:` bar are skipped as before."""
    src = (
        "Page {\n"
        '  header: ToolBar { Label { text: qsTr("標題列") } }\n'
        "  Column {\n"
        '    Text { text: qsTr("一、收集的資料"); font.bold: true }\n'
        "    Text {\n"
        "      anchors {\n"
        "        margins: 4\n"
        "      }\n"
        "      Text { font.bold: true }\n"
        '      // text: "a comment"\n'
        '      text: "我們收集您的姓名。" + "及電話。"\n'
        "    }\n"
        "    Text { font { bold: true }\n"
        '      text: "}{ 括號在字串中"\n'
        "    }\n"
        "  }\n"
        "}\n"
    )
    page = qml.render_qml(src)
    assert page is not None
    assert "標題列" not in page
    assert "<p><b>一、收集的資料</b></p>" in page
    assert "我們收集您的姓名。" in page and "<b>我們收集" not in page
    assert "<p><b>}{ 括號在字串中</b></p>" in page
    assert "a comment" not in page
    assert page.count("\n") == src.count("\n")


def test_a_dart_app_bar_and_bold_widget_read_as_before() -> None:
    src = (
        "Widget build() {\n"
        "  return Scaffold(appBar: AppBar(title: Text('隱私政策')),\n"
        "    body: Column(children: [\n"
        "      Text('一、收集', style: TextStyle(fontWeight: FontWeight.bold)),\n"
        "      Text('我們收集您的姓名。'),\n"
        "    ]));\n"
        "}\n"
    )
    page = dart.render_dart(src)
    assert page is not None
    assert "隱私政策" not in page
    assert "<p><b>一、收集</b></p>" in page
    assert "<p>我們收集您的姓名。</p>" in page


_ATOMS = [
    "Text {", "}", "{", "(", ")", "[", "]", "\n", ";", " ", "text: ", 'qsTr("一")', '"段"', "'x", '"', "// c\n",
    "/* c */", "/*", "font.bold: true", "font { bold: true }", "r'c'", "r", "_r'x'", "'''x\n'''", "\\",
]  # fmt: skip


def test_the_one_pass_tables_agree_with_the_walks_they_replace() -> None:
    """`bracket_ends` gives `closing_bracket`'s answer for every bracket, and `_Layout.own_props` the walk's spots, on
    random C-like source with strings, comments, unclosed quotes and stray closers (both string readers)."""
    rng = random.Random(34)
    checked = 0
    for _ in range(1500):
        src = "".join(rng.choice(_ATOMS) for _ in range(rng.randint(1, 40)))
        for string_end in (dart._string_end, qml._string_end):
            for i, end in bracket_ends(src, string_end).items():
                assert closing_bracket(src, i, string_end) == end, (src, i)
                checked += 1
        layout = qml._Layout(src)
        for i, ch in enumerate(qml._code_only(src)):
            if ch in "([{":
                end = layout.close(i + 1)
                assert end == closing_bracket(src, i + 1, qml._string_end)
                assert layout.own_props(i + 1, end) == qml._walk_props(src, i + 1, end), (src, i)
    assert checked > 1000


def test_a_position_inside_a_string_still_gets_its_walk() -> None:
    """A brace found in a string (the table holds only the code's) falls back to the walk, as before."""
    src = 'x: "{ a ( b" }'
    assert 4 not in bracket_ends(src, qml._string_end)
    assert qml._Layout(src).close(4) == closing_bracket(src, 4, qml._string_end)
    assert scripts.closing_bracket is closing_bracket


def test_qml_file_of_unclosed_items_parses_whole(tmp_path: Path) -> None:
    """The document itself, through the loader: every item's text is a paragraph."""
    path = tmp_path / "policy.qml"
    path.write_text(_nested_qml(200, closed=False), encoding="utf-8")
    doc = build_document(load(str(path)))
    assert sum(len(s.paragraphs) for s in doc.sections) == 200


# --- class 2: a file name that is a GitHub Actions workflow command, at the start of a line of `check -f text` ---------

SLOT = "# 隱私政策\n\n更新日期：2024年1月1日\n\n本服務（以下簡稱【請填寫公司名稱】）收集您的個人資料。\n"


@pytest.mark.parametrize("name", ["::error ::forged.md", "::add-mask::x.md", " ::warning file=a.md::y.md"])
def test_a_path_that_reads_as_a_workflow_command_is_quoted(name: str) -> None:
    from policylens.render.safe import quote_path

    shown = quote_path(name)
    assert shown.startswith('"') and not shown.lstrip().startswith("::")


@pytest.mark.parametrize("name", ["docs/a::b.md", "a.md", "x:/y.md", ":colon.md"])
def test_a_path_with_colons_elsewhere_is_shown_as_it_is(name: str) -> None:
    from policylens.render.safe import quote_path

    assert quote_path(name) == name


def test_check_text_lines_never_start_a_workflow_command(tmp_path: Path) -> None:
    """In a CI log, every line of `check -f text` starts with the quoted path, never with `::` (a forged annotation);
    `-f github` escapes the name inside its own annotation, as before."""
    (tmp_path / "::error ::forged.md").write_text(SLOT, encoding="utf-8")
    (tmp_path / "plain.md").write_text(SLOT, encoding="utf-8")
    text = cli("check", ".", "-f", "text", cwd=tmp_path)
    assert text.returncode == 1
    lines = text.stdout.splitlines()
    assert any(line.startswith('"::error ::forged.md":5:') for line in lines)
    assert any(line.startswith("plain.md:5:") for line in lines)
    assert not any(line.lstrip().startswith("::") for line in lines)
    github = cli("check", ".", "-f", "github", cwd=tmp_path)
    assert any("file=%3A%3Aerror %3A%3Aforged.md," in line for line in github.stdout.splitlines())


# --- class 3: a React page's mapped data (load.jsx_data): each `.map` and each title searched the whole page ----------


def _mapped_page(maps: int, padding: int) -> str:
    decl = "".join(f"const a{i} = ['第{i}條：我們收集您的姓名。'];\n" for i in range(maps))
    shown = "".join(f"<div>{{a{i}.map((x) => (<p>{{x}}</p>))}}</div>\n" for i in range(maps))
    pad = ("// " + "x" * 60 + "\n") * padding
    return decl + pad + "export default function P() {\n  return (<div><h1>隱私政策</h1>" + shown + "</div>);\n}\n"


def test_names_of_a_page_are_indexed_once_for_all_its_maps(monkeypatch: pytest.MonkeyPatch) -> None:
    """200 `.map` expressions on a 3 MB page took 45 s: each looked its name's declarations and assignments up with two
    searches over the whole page.  Now one index serves every map, and each is read as before."""
    from policylens.load import jsx_data
    from policylens.load.jsx_data import item_components, props, reader

    made = _Calls(jsx_data._Names)
    for module in (reader, item_components, props):  # (each module of the package that builds the index)
        monkeypatch.setattr(module, "_Names", made)
    found = jsx_data.read_mapped(_mapped_page(150, 50), frozenset({"p", "div"}))
    assert made.count == 1
    assert len(found.inserts) == 150 and found.names == {f"a{i}" for i in range(150)}


@pytest.mark.parametrize(
    ("script", "read"),
    [
        ("const a = ['一、收集'];\n", True),
        ("const a: string[] = ['一、收集'];\n", True),
        ("const a = ['一、收集'];\na = [];\n", False),  # assigned again
        ("const a = ['一、收集'];\nthis.a = [];\n", False),
        ("const a = ['一、收集'];\na.push('二、使用');\n", False),
        ("const a = ['一、收集'];\nlet a = [];\n", False),  # defined twice
        ("const a = ['一、收集'];\nconst ab = [];\nab = 1;\nx.a = 2;\nif (a == 1) {}\n", True),  # other names, a comparison
        ("// const a = [];\nconst a = ['一、收集'];\n", True),  # a comment defines nothing
        ("var x = 1;\nvar let a = ['一、收集'];\n", True),  # (`let a` inside `var let a`: a declaration still)
    ],
)
def test_a_mapped_array_is_read_only_when_defined_once_and_never_assigned(script: str, read: bool) -> None:
    from policylens.load import jsx_data

    page = script + "function P() { return (<div>{a.map((x) => (<p>{x}</p>))}</div>); }\n"
    found = jsx_data.read_mapped(page, frozenset({"p", "div"}))
    assert bool(found.inserts) is read


def test_twice_is_count_of_two_or_more() -> None:
    from policylens.load.jsx_data.renderer import _twice

    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab甲 ") for _ in range(rng.randint(0, 12)))
        part = "".join(rng.choice("ab甲") for _ in range(rng.randint(1, 3)))
        assert _twice(text, part) is (text.count(part) >= 2), (text, part)


def test_a_table_of_contents_is_still_told_and_a_huge_page_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    """A `<nav>` of the page's own headings is left as it is; a page whose titles × length pass the search budget is
    read without the search (4,000 titles on a 3 MB page counted each over the page: 80 s)."""
    from policylens.load import jsx_data
    from policylens.load.jsx_data import renderer

    toc = (
        "const s = [{ id: 'a', title: '一、我們收集的資料' }, { id: 'b', title: '二、資料的使用' }];\n"
        "function P() { return (<div><nav><ul>{s.map((x) => (<li>{x.title}</li>))}</ul></nav>\n"
        "<h2>一、我們收集的資料</h2><p>姓名。</p><h2>二、資料的使用</h2><p>提供服務。</p></div>); }\n"
    )
    tags = frozenset({"p", "div", "li", "ul", "nav", "h2"})
    assert jsx_data.read_mapped(toc, tags).inserts == []
    monkeypatch.setattr(renderer, "_TOC_SEARCH", 100)  # (where `_table_of_contents` reads it)
    assert len(jsx_data.read_mapped(toc, tags).inserts) == 1


def test_parse_text_outline_never_starts_a_workflow_command(tmp_path: Path) -> None:
    """A heading of the policy that reads as a workflow command (`## ::warning::x`, at any level: the runner trims the
    indent) is quoted in the `parse -f text` outline; any other heading is shown as written."""
    path = tmp_path / "p.md"
    path.write_text("# 隱私政策\n\n## ::warning::標題\n\n內容。\n\n## 一、收集 ::x\n\n內容。\n", encoding="utf-8")
    result = cli("parse", str(path), "-f", "text")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert not any(line.lstrip().startswith("::") for line in lines)
    assert any(line.lstrip().startswith('"::warning::標題"  [line 3') for line in lines)
    assert any(line.lstrip().startswith("一、收集 ::x  [line 7") for line in lines)


# --- class 4: compare aligned every section pair whose sentences name a kind of data (u33c's list rule) --------------


def _list_sections(n: int, zh_extra: str, en_extra: str) -> tuple[str, str]:
    zh_words = ["姓名", "電話", "地址", "位置", "聯絡人"]
    en_words = ["name", "phone number", "address", "location", "contacts"]
    zh = "# 隱私權政策\n\n## 一、我們收集的資料\n\n" + "".join(
        f"我們收集您的{'、'.join(zh_words[i % 5 :] + zh_words[: i % 5])}{zh_extra}，用於第{i}項服務。\n\n" for i in range(n)
    )
    en = "# Privacy Policy\n\n## 1. Data we collect\n\n" + "".join(
        f"We collect your {', '.join(en_words[i % 5 :] + en_words[: i % 5])}{en_extra} for service {i}.\n\n" for i in range(n)
    )
    return zh, en


def test_sections_whose_lists_name_the_same_kinds_are_not_aligned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two sections of many sentences whose lists name kinds of data (a location, contacts) that the other section says
    too: nothing can be reported, so the quadratic alignment is not run (400 sentences a side: 6.7 s → 1.0 s)."""
    from helpers import compare_folder
    from policylens.compare import sentences

    aligned = _Calls(sentences.align)
    monkeypatch.setattr(sentences, "align", aligned)
    zh, en = _list_sections(30, "", "")
    product = compare_folder(tmp_path / "p", {"zh-Hant.2026-01-01.md": zh, "en.2026-01-01.md": en})
    assert aligned.count == 0
    assert product["sentences"] == []


def test_a_list_naming_a_kind_the_other_section_lacks_is_still_aligned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A password in the Chinese lists only, never said in English: the sections are aligned and the list rule reads
    them, as before."""
    from helpers import compare_folder
    from policylens.compare import sentences

    aligned = _Calls(sentences.align)
    monkeypatch.setattr(sentences, "align", aligned)
    zh, en = _list_sections(3, "和密碼", "")
    product = compare_folder(tmp_path / "p", {"zh-Hant.2026-01-01.md": zh, "en.2026-01-01.md": en})
    assert aligned.count >= 1
    assert any("password" in s["lacks"] for s in product["sentences"])
