"""Hostile input, forty-fifth session (u45h): Flutter parameters shadowed by nested declarations, and new readers.

Each class was found on the session's branch point (`lead45`, 4cf4ed42) and its tests fail there (the look-alikes that
pass there say what must not change):

- a Flutter method declared inside another that names the same parameter (`Widget _g(String a) { Text(a) }` inside
  `Widget _f(String a) { … }`) made the outer one show `a` too, and each inner `Text(a)` was tried once per enclosing
  declaration (N × T: 2,000 nested declarations took 13 s).  As Dart scopes it, a call is the innermost declaration's
  that names it (`dart_carriers._owned_calls`); loops over a list parameter (`_list_loops`) likewise.
"""

from __future__ import annotations

import random
from pathlib import Path

from helpers import parse_path

# --- Flutter: a parameter shadowed by a nested declaration -----------------------------------------------------------

_DART_HEAD = (
    "import 'package:flutter/material.dart';\n\nclass PrivacyPage extends StatelessWidget {\n  @override\n"
    "  Widget build(BuildContext context) {\n    return ListView(children: [\n"
)


def _dart(tmp_path: Path, calls: str, methods: str) -> list[str]:
    path = tmp_path / "privacy_page.dart"
    path.write_text(_DART_HEAD + calls + "    ]);\n  }\n" + methods + "}\n", encoding="utf-8")
    return [p.text for p in parse_path(path).paragraphs()]


def test_dart_an_inner_declaration_shadows_the_parameter(tmp_path: Path) -> None:
    # `_outer` never shows its own `a`: the `Text(a)` is `_inner`'s (its own parameter `a`), so `_outer('…')` is a
    # literal no widget shows; `_inner('…')` is read
    methods = (
        "  Widget _outer(String a) {\n    Widget _inner(String a) {\n      return Text(a);\n    }\n"
        "    return _inner('我们收集您的信息。');\n  }\n"
    )
    texts = _dart(tmp_path, "      _outer('不显示的参数。'),\n", methods)
    assert texts == ["我们收集您的信息。"]


def test_dart_an_inner_declaration_of_another_name_sees_the_parameter(tmp_path: Path) -> None:
    # the look-alike: `_inner(String b)` shows the `a` of `_outer` (a closure), so `_outer('…')` is read
    methods = "  Widget _outer(String a) {\n    Widget _inner(String b) {\n      return Text(a);\n    }\n    return _inner('x');\n  }\n"
    assert _dart(tmp_path, "      _outer('我们收集您的信息。'),\n", methods) == ["我们收集您的信息。"]


def test_dart_nested_declarations_of_one_parameter(tmp_path: Path) -> None:
    # 1,500 declarations nested (never closed), each naming `a` and showing it: each `Text(a)` is its own
    # declaration's, tried once (it was tried once per enclosing declaration); the helper before them is read
    helper = "  Widget _buildSection(String title, List<String> items) {\n"
    helper += "    return Column(children: [Text(title), ...items.map((item) => Text(item))]);\n  }\n"
    nested = "".join(f"  Widget _f{k}(String a) {{\n    Text(a);\n" for k in range(1_500))
    nested += "".join(f"  Widget _g{k}(List<String> a) {{\n    a.map((x) => Text(x));\n" for k in range(1_500))
    path = tmp_path / "privacy_page.dart"
    path.write_text(
        _DART_HEAD + "      _buildSection('一、总则', ['我们收集您的信息。']),\n    ]);\n  }\n" + helper + nested, encoding="utf-8"
    )
    doc = parse_path(path)
    assert ([s.title for s in doc.sections], [p.text for p in doc.paragraphs()]) == (["一、总则"], ["我们收集您的信息。"])


def test_dart_owned_calls_are_the_innermost_declaration_naming_them() -> None:
    # the sweep gives each call to what a walk over every declaration gives: the latest begun that holds it and names
    # the call's name (the smaller of two begun at one place), nested, apart, crossing or left open
    from policylens.load.dart_carriers import _owned_calls

    rng = random.Random(45)
    for _ in range(300):
        declarations = [
            ((a, a + rng.randint(1, 80)), set(rng.sample(["a", "b", "c"], rng.randint(0, 2))))
            for a in sorted(rng.randrange(100) for _ in range(rng.randint(0, 10)))
        ]
        calls = {n: sorted(rng.sample(range(190), rng.randint(0, 12))) for n in ("a", "b")}
        expected: list[dict[str, list[int]]] = [{} for _ in declarations]
        for name, places in calls.items():
            for at in places:
                holding = [(-s, e, i) for i, ((s, e), names) in enumerate(declarations) if name in names and s <= at < e]
                if holding:
                    expected[min(holding)[2]].setdefault(name, []).append(at)
        assert _owned_calls(calls, declarations) == expected


def test_dart_list_loops_by_name_find_what_the_search_finds() -> None:
    # `_shows_list` tried only where `_list_loops` says a loop over the name may start: a whole search's answer
    from policylens.load.dart_carriers import _list_loops, _shows_list

    pieces = ["items", "a", ".map(", " . map<Widget>(", "(item) => ", "(String item) {", "item", "for (", "final ", "var "]
    pieces += ["String ", " in ", "items)", "a )", "Text(", "TextSpan(text: ", "'$item'", ", ", ")", "...", "x", "\n"]
    rng = random.Random(45)
    for _ in range(3_000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        loops = _list_loops(body)
        for name in ("items", "a"):
            bold = [k for k in range(len(body)) if rng.random() < 0.3]
            expected = _shows_list(body, name, bold.__contains__)
            assert _shows_list(body, name, bold.__contains__, [0, *loops.get(name, [])]) == expected, (body, name)


# --- an app's source (Kotlin, Java, C#): raw strings, literals no page shows ----------------------------------------


def test_kotlin_and_csharp_raw_strings_end_at_their_quotes(tmp_path: Path) -> None:
    # a raw string ending in a backslash (no escape in a raw string) ran on to the next literal's opening quotes:
    # every other literal of the file was read as code
    for name in ("policy.kt", "Policy.cs"):
        lines = [f'val a{k} = """第{k}条 我们收集您的信息。\\"""' for k in range(6)]
        if name.endswith(".cs"):
            lines = [f'var a{k} = """第{k}条 我们收集您的信息。\\""";' for k in range(6)]
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        text = "".join(p.text for p in parse_path(path).paragraphs())
        assert all(f"第{k}条" in text for k in range(6)), (name, text)
        assert "val" not in text and "var" not in text, (name, text)


def test_kotlin_raw_string_quotes_before_its_end_are_its_own(tmp_path: Path) -> None:
    path = tmp_path / "policy.kt"
    path.write_text('val a = """我们说"你好"""""\nval b = "第二段。"\n', encoding="utf-8")
    assert "".join(p.text for p in parse_path(path).paragraphs()).startswith('我们说"你好""')


def test_java_text_blocks_keep_their_escapes(tmp_path: Path) -> None:
    # the look-alike: in a Java text block `\"""` is an escaped quote, the block goes on
    path = tmp_path / "Policy.java"
    path.write_text('String a = """\n    我们收集您的信息。\\"""\n    第二段。\n    """;\n', encoding="utf-8")
    texts = [p.text for p in parse_path(path).paragraphs()]
    assert any("第二段。" in t for t in texts) and not any("String" in t for t in texts)


def test_a_source_whose_chinese_literals_are_all_chrome_is_no_page(tmp_path: Path) -> None:
    # every Chinese literal a label whose value is computed, a log line, a toast: the code was read as the page
    src = 'a.setText("邮箱：" + b);\nLog.d("TAG", "加载失败");\nToast.makeText(this, "网络错误", 0).show();\n'
    path = tmp_path / "Settings.java"
    path.write_text(src, encoding="utf-8")
    doc = parse_path(path)
    assert list(doc.paragraphs()) == []
    assert any("none is read as the page" in w for w in doc.warnings)
    # the look-alike: one literal a page shows is read, and alone
    path.write_text(src + 'String s = "我们收集您的信息。";\n', encoding="utf-8")
    doc = parse_path(path)
    assert [p.text for p in doc.paragraphs()] == ["我们收集您的信息。"]
    assert not any("none is read as the page" in w for w in doc.warnings)


# --- compare: its own report written into the folder it compares ----------------------------------------------------


def test_compare_skips_its_own_reports_in_the_folder(tmp_path: Path) -> None:
    # `compare p -f html -o p/new.html`: the next run read the report as an edition `new` of the product (exit 1)
    from helpers import cli

    product = tmp_path / "p"
    product.mkdir()
    text = "# 隱私權政策\n\n## 一、總則\n\n本公司重視您的個人資料，並依法保護。\n"
    (product / "zh-Hant.2021-01-01.md").write_text(text, encoding="utf-8")
    (product / "zh-Hant.2022-01-01.md").write_text(text, encoding="utf-8")
    first = cli("compare", str(product), "--format", "json")
    for name, fmt in (("new.html", "html"), ("all.md", "markdown")):
        written = cli("compare", str(product), "--format", fmt, "-o", str(product / name))
        assert written.returncode == 0, written.stderr
    again = cli("compare", str(product), "--format", "json")
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout)
    assert "new.html: a policylens HTML report, not an edition; skipped" in again.stderr
    assert "all.md: a policylens Markdown report, not an edition; skipped" in again.stderr
    # the look-alike: a policy named as an edition of those names is read
    (product / "new.html").write_text("<html><body><h1>隱私權政策</h1><p>本公司重視您的個人資料。</p></body></html>", encoding="utf-8")
    assert '"edition":"new"' in cli("compare", str(product), "--format", "json").stdout.replace(" ", "")


def test_many_literals_on_one_line_are_each_read(tmp_path: Path) -> None:
    # each literal's window (a log call before it?) searched back to its line's start: quadratic on one long line; and
    # a log call ended by its `;` took the first literals after it on the line for its own (16 lost)
    from policylens.load.app_literals import literal_text

    src = 'Log.d("TAG", "加载失败"); val s = listOf(' + ", ".join(f'"第{k}条。"' for k in range(3_000)) + ")\n"
    page = literal_text(src, "Policy.kt")
    assert page is not None and page.count("\n") == 1
    assert page.split() == [f"第{k}条。" for k in range(3_000)]  # (the log line's literal left out)
