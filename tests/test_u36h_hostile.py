"""Hostile input, thirty-sixth round (u36h): the code added in sessions 34–35, and every renderer's lines.

Each class is tested both ways: the hostile input now takes the short path (or is escaped, or named), and ordinary
input reads and renders as before.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from helpers import cli
from policylens.render.ci_lines import CommandGuard, starts_command

_COMMAND = re.compile(r"^[ \t]*(?:::|##\[|##vso\[)", re.M)
_P = "我们会收集您的手机号码，用于账号注册。"

# --- a line a CI runner reads as a workflow command, in every human-readable report ---------------------------------

_COLONS = (
    "# 隐私政策\n\n::warning file=x,line=1::" + _P + "\n\n##[error]" + _P + "\n\n## ::set-output name=x::y\n\n" + _P + "\n\n"
    "```\n::error ::in code\n##[group]x\n##vso[task.setvariable variable=x]1\n```\n"
)


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "{new}", "-f", "markdown"),
        ("parse", "{new}", "-f", "text"),
        ("parse", "{new}", "-f", "rich"),
        ("check", "{new}", "-f", "text"),
        ("check", "{new}", "-f", "rich"),
        ("check", "{new}", "-f", "junit"),
        ("diff", "{old}", "{new}", "-f", "text"),
        ("diff", "{old}", "{new}", "-f", "text", "--side-by-side"),  # (left by u34h)
        ("diff", "{old}", "{new}", "-f", "rich"),
        ("diff", "{old}", "{new}", "-f", "rich", "--side-by-side"),
        ("diff", "{old}", "{new}", "-f", "markdown"),
        ("diff", "{old}", "{new}", "-f", "markdown", "--side-by-side"),
        ("diff", "{old}", "{new}", "-f", "html"),
        ("compare", "{dir}", "-f", "markdown"),
        ("compare", "{dir}", "-f", "html"),
        ("compare", "{dir}", "-f", "rich"),
    ],
)
def test_no_report_line_reads_as_a_ci_command(tmp_path: Path, args: tuple[str, ...]) -> None:
    folder = tmp_path / "set" / "prod"
    folder.mkdir(parents=True)
    old = folder / "zh-Hans.2024-01-01.md"
    new = folder / "zh-Hans.2024-06-01.md"
    old.write_text("# 隐私政策\n\n## 一、收集\n\n" + _P + "\n", encoding="utf-8")
    new.write_text(_COLONS, encoding="utf-8")
    result = cli(*(a.format(old=old, new=new, dir=tmp_path / "set") for a in args), env={"COLUMNS": "100"})
    assert result.returncode in (0, 1), result.stderr
    assert not _COMMAND.search(result.stdout), [ln for ln in result.stdout.splitlines() if _COMMAND.match(ln)]
    if args[-1] == "markdown" and args[0] == "parse":
        assert "\\##[error]" + _P in result.stdout  # the text is still there, escaped only


def test_github_format_keeps_its_own_commands(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 隐私政策\n\n联系邮箱：【请填写邮箱】\n", encoding="utf-8")
    result = cli("check", str(path), "-f", "github")
    assert result.stdout.startswith("::"), result.stdout


@pytest.mark.parametrize("markup", [False, True])
def test_guard_sees_a_marker_split_over_writes(markup: bool) -> None:
    out = io.StringIO()
    guard = CommandGuard(out, markup=markup)
    for piece in ("a\n  ", ":", ":err", "or::x\n#", "#", "[group]\n", "##v", "so[x]y\n", "::"):
        guard.write(piece)
    guard.finish()
    lines = out.getvalue().split("\n")
    if markup:
        assert lines == ["a", "  &#58;:error::x", "&#35;#[group]", "&#35;#vso[x]y", "&#58;:"]
    else:
        assert lines == ["a", "\\  ::error::x", "\\##[group]", "\\##vso[x]y", "\\::"]
    assert not any(starts_command(line) for line in lines)


@pytest.mark.parametrize(
    "text",
    ["a: b::c\n", "# 標題\n", "## 二、共享\n", "x ::y\n", "#[x]\n", "  :x\n", "   \n", "\t\n", ":\n", "#", "", "ab" * 5000],
)
def test_guard_leaves_other_lines_alone(text: str) -> None:
    out = io.StringIO()
    guard = CommandGuard(out)
    for k in range(0, len(text), 3):
        guard.write(text[k : k + 3])
    guard.finish()
    assert out.getvalue() == text


# --- a page builder's YAML front matter (`load.markdown.front_content`): values read by YAML, dropped by the reader ----


def _front(tmp_path: Path, yaml_text: str) -> list[tuple[str, int, int]]:
    """(text, line, column) of each paragraph of a page whose YAML front matter is its content."""
    from policylens.load import load

    path = tmp_path / "page.md"
    path.write_text("---\n" + yaml_text + "---\n", encoding="utf-8")
    return [(b.text, b.line, b.column) for b in load(str(path)).parsed.blocks if b.kind == "paragraph"]


def test_front_matter_with_a_tab_after_a_key_is_read(tmp_path: Path) -> None:
    # valid YAML 1.2 (libyaml and the JavaScript builders read it); PyYAML's Python loader refused it: an empty page
    found = _front(tmp_path, "title: 隐私政策\nsections:\n  - title:\t一、收集\n    content: " + _P + "\n")
    assert found == [(_P, 5, 14)]


def test_tagged_and_escaped_values_are_read_where_written(tmp_path: Path) -> None:
    found = _front(
        tmp_path,
        "title: 隐私政策\nsections:\n  - content: !!str " + _P + "\n"
        '  - text: "我们使用\\"Cookie\\"技术。\\u3010请填写\\u3011"\n'
        "  - text: 'It''s 我们的''政策''。'\n",
    )
    assert found == [(_P, 4, 20), ('我们使用"Cookie"技术。【请填写】', 5, 12), ("It's 我们的'政策'。", 6, 12)]
    result = cli("check", str(tmp_path / "page.md"), "-f", "text")
    assert ":5:29: error placeholder-instruction" in result.stdout  # the escape `\u3010`'s own column


def test_a_value_read_otherwise_than_yaml_reads_it_is_not_read(tmp_path: Path) -> None:
    # YAML's `\U0001F600` and `\_` are no JavaScript escapes: the text would differ from YAML's, so it stays unread
    found = _front(tmp_path, 'title: 隐私政策\ntext: "\\U0001F600 \\_ 我们收集您的信息"\nbody: ' + _P + "\n")
    assert found == [(_P, 4, 7)]


@pytest.mark.parametrize(
    "yaml_text",
    [
        # a billion laughs: every alias names a node read once
        'title: 隐私政策\na: &a ["'
        + _P
        + '", "'
        + _P
        + '"]\n'
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(10))
        + "sections:\n  - title: 一、收集\n    content: *k\n",
        # a node holding itself
        "title: 隐私政策\nsections: &s\n  - title: 一、收集\n    text: " + _P + "\n    children: *s\n  - *s\n",
    ],
)
def test_aliases_read_each_node_once(tmp_path: Path, yaml_text: str) -> None:
    from timings import timed

    with timed(f"front matter: aliases ({len(yaml_text):,} characters)", 5.0):
        found = _front(tmp_path, yaml_text)
    assert 1 <= len(found) <= 2 and {text for text, _, _ in found} == {_P}


# --- a React constant passed as a prop (`load.jsx_data`) that cannot be read: its text was dropped with no word -------

_LONG = "我们会收集您的手机号码，用于账号注册。我们会将您的信息保存在中国境内，保存期限为三年。"


def _page(tmp_path: Path, constants: str, markup: str = "<LegalDocument sections={sections} />") -> tuple[list[str], list[str]]:
    from policylens.load import load

    path = tmp_path / "page.tsx"
    path.write_text(
        'import { LegalDocument } from "./legal";\n'
        + constants
        + "\nexport default function P() {\n  return <div><h1>隐私政策</h1>"
        + markup
        + "</div>;\n}\n",
        encoding="utf-8",
    )
    parsed = load(str(path)).parsed
    return [b.text for b in parsed.blocks], [w for w in parsed.warnings if "passes" in w]


@pytest.mark.parametrize(
    "constants",
    [
        "const sections = [...sections, { title: '一、收集', content: '" + _LONG + "' }];",  # holds itself
        "const sections = [{ title: '一、收集', content: '" + _LONG + "' + extra }];",  # a value of code
        "const a = [];\nconst sections = [...a, { title: '一、收集', content: '" + _LONG + "' }];",  # spreads another constant
    ],
)
def test_prop_constant_left_unread_is_named(tmp_path: Path, constants: str) -> None:
    blocks, notes = _page(tmp_path, constants)
    assert blocks == ["隐私政策"]
    assert len(notes) == 1 and "the page passes `sections`, a constant of its code" in notes[0] and "to <LegalDocument>" in notes[0]


@pytest.mark.parametrize(
    ("constants", "markup"),
    [
        ("const sections = [{ title: '一、收集', content: '" + _LONG + "' }];", "<LegalDocument sections={sections} />"),  # read
        # labels with no sentence: a menu, a list of cities
        (
            "const sections = ["
            + ", ".join(
                f"{{ label: '{c}', value: {k} }}"
                for k, c in enumerate(
                    [
                        "北京市",
                        "上海市",
                        "广州市",
                        "深圳市",
                        "杭州市",
                        "南京市",
                        "武汉市",
                        "成都市",
                        "重庆市",
                        "天津市",
                        "西安市",
                        "苏州市",
                        "长沙市",
                        "郑州市",
                    ]
                )
            )
            + "];",
            "<Select options={sections} />",
        ),
        # mapped by the page itself: `jsx.mapped_data_warnings` names it
        ("const sections = [...x, { title: '一、收集', body: '" + _LONG + "' }];", "{sections.map((s) => (<p>{s.body}</p>))}"),
    ],
)
def test_prop_constant_read_or_not_prose_is_not_named(tmp_path: Path, constants: str, markup: str) -> None:
    _, notes = _page(tmp_path, constants, markup)
    assert notes == []


@pytest.mark.parametrize("shown", ["map", "prop"])
def test_array_longer_than_the_scan_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: str) -> None:
    # past `jsx.mapped_warnings._MAX_ARRAY` characters an array is not read; a 9.5 MB page of 100,000 mapped sections
    # lost them with no word (the scan's end was taken for a broken array).  The limit made small here, as the page made
    # long there.
    from policylens.load import jsx
    from policylens.load.jsx import mapped_warnings

    for module in (jsx, mapped_warnings):  # (`_array_end` reads it in its module, `load.jsx_data` through the entry)
        monkeypatch.setattr(module, "_MAX_ARRAY", 3000)
    items = "".join(f"  {{ title: '第{i}条', content: '{_LONG}' }},\n" for i in range(200))
    markup = (
        "{sections.map((s) => (<section><h2>{s.title}</h2><p>{s.content}</p></section>))}"
        if shown == "map"
        else "<LegalDocument sections={sections} />"
    )
    _, _ = _page(tmp_path, "const sections = [\n" + items + "  ...extra,\n];", markup)  # a spread: not read
    from policylens.load import load

    warnings = load(str(tmp_path / "page.tsx")).parsed.warnings
    named = [w for w in warnings if "over 3,000 characters" in w and "that text is not read" in w]
    assert len(named) == 1, warnings
    # within the limit: named as before with its lines; without the spread, read
    for module in (jsx, mapped_warnings):
        monkeypatch.setattr(module, "_MAX_ARRAY", 2_000_000)
    _, _ = _page(tmp_path, "const sections = [\n" + items + "  ...extra,\n];", markup)
    assert [w for w in load(str(tmp_path / "page.tsx")).parsed.warnings if "(lines 2-204, " in w and "not read" in w]
    blocks, _ = _page(tmp_path, "const sections = [\n" + items + "];", markup)
    assert len(blocks) == 401 and not [w for w in load(str(tmp_path / "page.tsx")).parsed.warnings if "not read" in w]


def test_front_matter_too_long_to_read_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.load import load
    from policylens.load.markdown import front_content

    monkeypatch.setattr(front_content, "MAX_SOURCE", 200)
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: 隐私政策\ncontent: " + _LONG * 5 + "\n---\n", encoding="utf-8")
    warnings = load(str(path)).parsed.warnings
    assert [w for w in warnings if "is longer than policylens reads as a page's content (200 characters): not read" in w], warnings
    monkeypatch.setattr(front_content, "MAX_SOURCE", 65_536)  # within it: read, and no such warning
    parsed = load(str(path)).parsed
    assert [b.text for b in parsed.blocks if b.kind == "paragraph"] == [_LONG * 5]
    assert not [w for w in parsed.warnings if "longer than" in w]


def test_anchored_values_are_read_where_written(tmp_path: Path) -> None:
    # an anchor's mark is the value's (`&t 文字`): the value was dropped, and a page of one anchored value and its
    # 8,000 aliases read as empty
    found = _front(tmp_path, "title: 隐私政策\ntext: &t " + _P + '\nnote: !!str &u "我们不会出售。"\nitems:\n' + "  - *t\n" * 50)
    assert found == [(_P, 3, 10), ("我们不会出售。", 4, 17)]
