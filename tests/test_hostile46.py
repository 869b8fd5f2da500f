"""Hostile input, forty-sixth session (u46h): options given twice, and one spelling of a file name that is not UTF-8.

Each class was found on the session's base (3cc90e51) and its tests fail there (the look-alikes that pass there say
what must not change):

- an option that takes one value given twice (`--format json --format text`, `--fail-on error --fail-on never`,
  `compare --base en --base zh-Hant`, `-j 1 -j 2`) kept the last and dropped the first without a word; since the
  twenty-third round only the four file options were refused.  Now every one-value option of every command, and a
  flag with two forms (`--default-exclude --no-default-exclude`), is one line and exit 2 (`commands.given_once`),
  on typer's path and on `check`'s lean path alike.  A list option repeats and a plain flag may be said twice.
- a file name that is not UTF-8 (`bad\\xe9.md`) was spelt four ways: JSON `bad\\udce9.md` (a lone surrogate, which
  strict JSON readers refuse), SARIF `bad%E9.md` in its URI, GitHub `bad\\xe9.md`, JUnit `bad\\ufffd.md`.  Now every
  report spells it `bad\\xe9.md` (`render.safe.no_surrogates`; text and rich quote it whole), the SARIF URI keeps the
  percent-encoded bytes, and the baseline keeps the exact escape it matches names by.
"""

from __future__ import annotations

import json
import os
import re
import xml.dom.minidom
from pathlib import Path

import pytest

from cli_runner import cli
from policylens.commands import build_app, given_once

POLICY = "# 隱私權政策\n\n最後更新：2024年1月1日\n\n## 一、蒐集\n\n本公司【請填寫公司名稱】蒐集您的資料。\n"

# --- an option given twice -------------------------------------------------------------------------------------------

# the arguments each command needs besides its options
_POSITIONAL = {
    "parse": ["p.md"],
    "check": ["p.md"],
    "diff": ["p.md", "p.md"],
    "compare": ["."],
    "rules": [],
    "explain": ["placeholder-empty"],
    "profiles": [],
}


def _once_options() -> list[tuple[str, list[str]]]:
    """(command, the option's spellings) for every option of every command that may be given only once."""
    import typer

    group = typer.main.get_command(build_app())
    found = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            if given_once(param):
                found.append((name, [*param.opts, *param.secondary_opts]))
    return found


def test_every_one_value_option_given_twice_is_one_line(tmp_path: Path) -> None:
    """Class: every option of every command that takes one value (or a flag with two forms), given twice."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    options = _once_options()
    assert {"--format", "--fail-on", "--base", "--jobs", "--output", "--default-exclude"} <= {o[0] for _, o in options}
    for command, spellings in options:
        first, second = spellings[0], spellings[-1]
        is_flag = second.startswith("--no-")
        twice = [first, second] if is_flag else [first, "x1", second, "x2"]
        args = [command, *_POSITIONAL[command], *twice]
        result = cli(*args, cwd=tmp_path)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert result.stdout == "", args
        assert result.stderr.count("\n") == 1 and f"{first}" in result.stderr and "more than once" in result.stderr, (args, result.stderr)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["p.md"], args  # nothing written


def test_check_lean_path_refuses_a_repeated_option(tmp_path: Path) -> None:
    """`check` with plain arguments runs without typer (`lean_check`): the same refusal, in every spelling."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    runs = [
        ("-f", "json", "-f", "text"),
        ("--format", "json", "--format=text"),
        ("--fail-on", "error", "--fail-on", "never"),
        ("-j", "1", "-j", "2"),
        ("--lang", "zh", "--lang", "en"),
        ("--default-exclude", "--no-default-exclude"),
    ]
    for extra in runs:
        result = cli("check", "p.md", "--no-config", *extra, cwd=tmp_path)
        assert result.returncode == 2 and result.stdout == "", (extra, result.stdout)
        assert result.stderr.count("\n") == 1 and "is given more than once" in result.stderr, (extra, result.stderr)


def test_lists_and_plain_flags_may_repeat(tmp_path: Path) -> None:
    """Look-alikes: a list option (`-p`, `--select`, `--exclude`) and a plain flag said twice mean what they say once."""
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    once = cli("check", "p.md", "--no-config", "-f", "json", cwd=tmp_path)
    assert once.returncode == 1, once.stderr
    for extra in (
        ("--no-config",),
        ("--select", "placeholder-instruction", "--select", "date-format"),
        ("-p", "tw-pdpa", "--explain-coverage", "--explain-coverage"),
    ):
        result = cli("check", "p.md", "--no-config", "-f", "json", *extra, cwd=tmp_path)
        assert result.returncode == 1 and "placeholder-instruction" in result.stdout, (extra, result.stderr)
    assert cli("parse", "p.md", "--topics", "--topics", "-f", "json", cwd=tmp_path).returncode == 0


# --- a file name that is not UTF-8: one spelling in every report -------------------------------------------------------

SHOWN = "bad\\xe9.md"  # the name as every report writes it (`ls -b` shows it so)


@pytest.fixture
def bad_name(tmp_path: Path) -> Path:
    try:
        path = tmp_path / os.fsdecode(b"bad\xe9.md")
        path.write_text(POLICY, encoding="utf-8")
    except (OSError, UnicodeEncodeError):  # pragma: no cover
        pytest.skip("the file system refuses a name that is not UTF-8")
    (tmp_path / "good.md").write_text(POLICY.replace("【請填寫公司名稱】", "努法有限公司"), encoding="utf-8")
    return tmp_path


def _report(args: tuple[str, ...], cwd: Path) -> str:
    done = cli(*args, cwd=cwd, text=False)
    assert done.returncode in (0, 1), (args, done.stderr)
    text = done.stdout.decode("utf-8")  # strict: a raw byte or a lone surrogate would fail here
    assert "\ufffd" not in text and not re.search("[\ud800-\udfff]", text), args
    return text


_BAD = os.fsdecode(b"bad\xe9.md")
_REPORTS = [
    *(("check", "--no-config", _BAD, "-f", f) for f in ("text", "rich", "json", "sarif", "github", "junit")),
    *(("parse", _BAD, "-f", f) for f in ("text", "rich", "json")),
    *(("diff", _BAD, "good.md", "-f", f) for f in ("text", "rich", "json", "markdown", "html")),
]


@pytest.mark.parametrize("args", _REPORTS, ids=lambda a: "-".join(a[:1] + a[-1:]))
def test_every_report_spells_a_name_that_is_not_utf8_one_way(bad_name: Path, args: tuple[str, ...]) -> None:
    """Class: JSON held `bad\\udce9.md` (a lone surrogate), JUnit `bad\\ufffd.md`, GitHub `bad\\xe9.md`, text
    `"bad\\xe9.md"`: each report now names the file `bad\\xe9.md` (quoted whole where text quotes names)."""
    text = _report(args, bad_name)
    fmt = args[-1]
    if fmt in ("json", "sarif"):
        data = json.loads(text)
        decoded = json.dumps(data, ensure_ascii=False)
        assert not re.search("[\ud800-\udfff]", decoded)  # no lone surrogate once decoded, as strict readers require
        if fmt == "sarif":  # SARIF names a file by its URI only: the bytes, percent-encoded
            assert data["runs"][0]["artifacts"][0]["location"]["uri"] == "bad%E9.md"
        else:
            assert SHOWN.replace("\\", "\\\\") in decoded, decoded[:400]
    elif fmt == "junit":
        xml.dom.minidom.parseString(text.encode("utf-8"))
        assert f'name="{SHOWN}"' in text
    elif fmt == "html":
        assert SHOWN in text
    else:
        assert SHOWN in text, text[:400]


def test_compare_names_a_folder_that_is_not_utf8_one_way(tmp_path: Path) -> None:
    try:
        product = tmp_path / os.fsdecode(b"prod\xe9")
        product.mkdir()
    except (OSError, UnicodeEncodeError):  # pragma: no cover
        pytest.skip("the file system refuses a name that is not UTF-8")
    (product / "zh-Hant.2024-01-01.md").write_text(POLICY, encoding="utf-8")
    (product / "zh-Hant.2024-06-01.md").write_text(POLICY.replace("蒐集", "收集"), encoding="utf-8")
    for fmt in ("json", "markdown", "html", "rich", "csv"):
        text = _report(("compare", ".", "-f", fmt, "--details"), tmp_path)
        if fmt == "json":
            decoded = json.dumps(json.loads(text), ensure_ascii=False)
            assert "prod\\\\xe9" in decoded and not re.search("[\ud800-\udfff]", decoded)
        elif fmt != "csv":
            assert "prod\\xe9" in text or "prod\\\\xe9" in text, (fmt, text[:300])


# --- a same-file constant shadowed by a parameter ----------------------------------------------------------------------

_JSX_PAGE = """const lastUpdated = '2020年1月1日';

{footer}

export default function Privacy() {{
  return (
    <div>
      <h1>隐私政策</h1>
      <p>我们非常重视您的个人信息保护，本政策说明我们如何收集、使用和保护您的信息。</p>
      {use}
    </div>
  );
}}
"""


def _shown(path: Path) -> tuple[object, list[str]]:
    from parse_helpers import parse_path

    doc = parse_path(path)
    return doc.metadata.updated, [p.text for p in doc.paragraphs() if "更新" in p.text]


def test_jsx_a_constant_shadowed_by_a_parameter_is_not_shown(tmp_path: Path) -> None:
    """Class: a function whose parameter has the constant's name (`function Footer({ lastUpdated })`, `(lastUpdated) =>`)
    printed `{lastUpdated}` as the file's constant, a date the page never shows there (the prop's is shown)."""
    path = tmp_path / "privacy.jsx"
    shadowing = [
        ("export function Footer({ lastUpdated }) {\n  return <p>最后更新：{lastUpdated}</p>;\n}", "<Footer {...meta} />"),
        ("export function Footer(lastUpdated) {\n  return <p>最后更新：{lastUpdated}</p>;\n}", "{Footer(meta.date)}"),
        ("const Footer = (a, lastUpdated) => <p>最后更新：{lastUpdated}</p>;", "{Footer(1, meta.date)}"),
        ("const Footer = lastUpdated => <p>最后更新：{lastUpdated}</p>;", "{Footer(meta.date)}"),
        ("const Footer = ({ lastUpdated }: Props): JSX.Element => <p>最后更新：{lastUpdated}</p>;", "<Footer {...meta} />"),
    ]
    for footer, use in shadowing:
        path.write_text(_JSX_PAGE.format(footer=footer, use=use), encoding="utf-8")
        updated, texts = _shown(path)
        assert updated is None and all("2020" not in t for t in texts), (footer, updated, texts)
    # look-alike: a parameter of another name leaves the constant the page prints
    path.write_text(
        _JSX_PAGE.format(footer="function Footer({ date }) {\n  return <p>最后更新：{lastUpdated}</p>;\n}", use="<Footer {...meta} />"),
        encoding="utf-8",
    )
    updated, texts = _shown(path)
    assert str(updated) == "2020-01-01" and texts == ["最后更新：2020年1月1日"], (updated, texts)


_DART_PAGE = """import 'package:flutter/material.dart';

const String _lastUpdated = '2020年1月1日';

class PrivacyPage extends StatelessWidget {{
  @override
  Widget build(BuildContext context) {{
    return ListView(children: [
      Text('隐私政策'),
      Text('我们非常重视您的个人信息保护，本政策说明我们如何收集、使用和保护您的信息。'),
      _footer('2026年3月1日'),
    ]);
  }}

  Widget _footer({param}) {{
    return Text('最后更新：$_lastUpdated');
  }}
}}
"""


def test_dart_a_constant_shadowed_by_a_parameter_is_not_shown(tmp_path: Path) -> None:
    """Class: `'最后更新：$_lastUpdated'` inside `Widget _footer(String _lastUpdated)` printed the file's constant."""
    path = tmp_path / "privacy_page.dart"
    for param in ("String _lastUpdated", "{required String _lastUpdated}", "final String? _lastUpdated"):
        path.write_text(_DART_PAGE.format(param=param), encoding="utf-8")
        updated, texts = _shown(path)
        assert updated is None and all("2020" not in t for t in texts), (param, updated, texts)
    path.write_text(_DART_PAGE.format(param="String date"), encoding="utf-8")  # look-alike: another name
    updated, texts = _shown(path)
    assert str(updated) == "2020-01-01" and texts == ["最后更新：2020年1月1日"], (updated, texts)


# --- a Dart ''' document that interpolates ----------------------------------------------------------------------------

_DART_DOCUMENT = """import 'package:flutter/material.dart';

class PrivacyPage extends StatelessWidget {{
  @override
  Widget build(BuildContext context) {{
    return Scaffold(body: SingleChildScrollView(child: Text(_policy)));
  }}
}}

const String _policy = '''
隐私政策

一、我们收集的信息
我们收集您的手机号码，用于{slot}的登录。

二、联系我们
如有疑问，请通过客服与我们联系。
''';
"""


def test_dart_a_document_constant_with_an_interpolation_is_read(tmp_path: Path) -> None:
    """Class: one `$appName` or `${app.name}` in a `'''` policy made the document reader pass it over, so the file was
    read as plain text: its `import` and `class` lines became the policy's paragraphs, and `${app.name}` a placeholder
    finding.  Now the slot is blank (its value is computed) and the document is read, its columns kept."""
    from parse_helpers import parse_path

    path = tmp_path / "privacy_page.dart"
    for slot in ("", "$appName", "${app.name}", "${ {'a': 1}['a'] }"):
        path.write_text(_DART_DOCUMENT.format(slot=slot), encoding="utf-8")
        doc = parse_path(path)
        texts = [p.text for p in doc.paragraphs()]
        assert doc.metadata.title == "隐私政策", (slot, texts)
        assert not any("import" in t or "class" in t for t in texts), (slot, texts)
        (line,) = [p for p in doc.paragraphs() if p.text.startswith("我们收集")]
        assert line.text.replace(" ", "") == "我们收集您的手机号码，用于的登录。" and line.line == 14, (slot, line)
        result = cli("check", str(path), "--no-config", "-f", "json")
        findings = json.loads(result.stdout)["files"][0]["findings"]
        assert not [f for f in findings if f["rule"].startswith("placeholder")], (slot, findings)


# --- TypeScript generics before the page's markup ---------------------------------------------------------------------

_TSX_PAGE = """import React from 'react';

{generic}

export default function PrivacyPolicy() {{
  return (
    <main>
      <h1>隐私政策</h1>
      <h2>一、我们收集的信息</h2>
      <p>我们收集您的手机号码，用于账号注册和登录。</p>
    </main>
  );
}}
"""


def test_tsx_a_generic_arrow_before_the_markup_is_code(tmp_path: Path) -> None:
    """Class: a top-level generic arrow (`const pick = <T,>(…) =>`, `<T extends object>(x: T) =>`) was taken for the
    page's first element, which never closed: the page was refused as malformed HTML (exit 2), or the arrow's code
    read as a paragraph.  A generic's `<name` is followed by `,` or `extends`, an element's by a blank, `/` or `>`."""
    from parse_helpers import parse_path

    path = tmp_path / "privacy.tsx"
    for generic in (
        "const pick = <T,>(items: T[], i: number): T => items[i];",
        "const wrap = <T extends object>(x: T) => ({ ...x });",
        "const cmp = <K extends keyof Item,>(k: K) => (a: Item, b: Item) => (a[k] > b[k] ? 1 : -1);",
        "const f = <T,>(x: T) => x;\nconst g = <U extends string>(u: U) => u;",
    ):
        path.write_text(_TSX_PAGE.format(generic=generic), encoding="utf-8")
        doc = parse_path(path)
        assert doc.metadata.title == "隐私政策", generic
        assert [p.text for p in doc.paragraphs()] == ["我们收集您的手机号码，用于账号注册和登录。"], generic
    # look-alike: an element assigned to a name is still a root (`const note = <p>…</p>`)
    path.write_text(_TSX_PAGE.format(generic="const note = <p>本政策自2024年1月1日起生效。</p>;"), encoding="utf-8")
    assert "本政策自2024年1月1日起生效。" in [p.text for p in parse_path(path).paragraphs()]


# --- a Kotlin or C# raw string has no escapes ---------------------------------------------------------------------------

_KOTLIN_PAGE = '''package com.nuofa.app

class PrivacyActivity : AppCompatActivity() {{
    private {declaration} policy = """
隐私政策

一、我们收集的信息
我们收集您的手机号码，路径为 C:\\new\\table 的文件不会上传。

二、联系我们
如有疑问，请通过客服与我们联系。
""";
}}
'''


def test_kotlin_and_csharp_raw_strings_keep_their_backslashes(tmp_path: Path) -> None:
    """Class: a backslash in a Kotlin or C# raw string (`\"\"\"…\"\"\"`) was read as an escape: `C:\\new\\table` became
    「C:」, a line break, and 「ew  able」 (the text cut in two and two letters lost).  Java's text blocks keep their
    escapes (the look-alike)."""
    from parse_helpers import parse_path

    for name, declaration in (("PrivacyActivity.kt", "val"), ("Privacy.cs", "string")):
        path = tmp_path / name
        path.write_text(_KOTLIN_PAGE.format(declaration=declaration), encoding="utf-8")
        texts = [p.text for p in parse_path(path).paragraphs()]
        assert "我们收集您的手机号码，路径为 C:\\new\\table 的文件不会上传。" in texts, (name, texts)
    path = tmp_path / "Privacy.java"
    path.write_text(_KOTLIN_PAGE.format(declaration="String"), encoding="utf-8")
    texts = [p.text for p in parse_path(path).paragraphs()]
    assert not any("\\new" in t for t in texts), texts  # a text block's `\n` is a line break


# --- a Vue prop of the same name as a script literal ---------------------------------------------------------------------

_VUE_PAGE = """<template>
  <view class="page">
    <text class="title">隐私政策</text>
    <view v-for="s in sections" :key="s.title">
      <text class="section-title">{{{{ s.title }}}}</text>
      <text class="content">{{{{ s.content }}}}</text>
    </view>
  </view>
</template>

<script>
const sections = [
  {{ title: '一、示例章节', content: '这是开发时的示例文字，页面实际显示父组件传入的内容。' }},
]
export default {{
{props}
  data() {{
    return {{ demo: sections }}
  }}
}}
</script>
"""


def test_vue_a_prop_named_as_a_string_is_not_the_script_literal(tmp_path: Path) -> None:
    """Class: `props: ['sections']` (or `defineProps(['sections'])`) names the prop as a string, which the reader's
    scan of definitions blanks: the script's `const sections = [...]` was read as the page, a sample the page never
    shows.  Now the name is the prop's and the page is left as written, with the warning that script makes its text."""
    from parse_helpers import parse_path

    path = tmp_path / "privacy.vue"
    for props in ("  props: ['sections'],", '  props: ["id", "sections"],', "  props: [\n    'sections',\n  ],"):
        path.write_text(_VUE_PAGE.format(props=props), encoding="utf-8")
        texts = [p.text for p in parse_path(path).paragraphs()]
        assert not any("示例" in t for t in texts), (props, texts)
    path.write_text(_VUE_PAGE.format(props="  props: ['id'],"), encoding="utf-8")  # look-alike: another prop, read as before
    texts = [p.text for p in parse_path(path).paragraphs()]
    assert "这是开发时的示例文字，页面实际显示父组件传入的内容。" in texts, texts


def test_dart_a_raw_document_constant_keeps_its_dollar_signs(tmp_path: Path) -> None:
    """Look-alike of the interpolation class: in a raw `r'''…'''` string `$price` is text (Dart interpolates nothing
    there), so it is read as written; on the base the document was passed over and the file read with its code."""
    from parse_helpers import parse_path

    path = tmp_path / "privacy_page.dart"
    path.write_text(_DART_DOCUMENT.format(slot="$price").replace("_policy = '''", "_policy = r'''"), encoding="utf-8")
    doc = parse_path(path)
    assert doc.metadata.title == "隐私政策"
    assert "我们收集您的手机号码，用于$price的登录。" in [p.text for p in doc.paragraphs()]


# --- a language menu naming one language in two scripts ----------------------------------------------------------------

_EDITION = """<html><body>
{menu}
<h1>{title}</h1>
<h2>一、{collect}</h2><p>{body}</p>
<h2>二、{contact}</h2><p>{ask} privacy@nuofa.tw。</p>
</body></html>
"""


def test_compare_a_language_menu_is_no_language_fact(tmp_path: Path) -> None:
    """Class: a `<select>` of 「繁體中文」「简体中文」「English」 (its options joined, 「繁體中文简体中文English」) named Chinese twice;
    only the first writing was dropped as a name, so 「简体中文」 counted as four Han characters of prose and the menu's
    languages became `language` facts: two divergences (confidence 1.0) against an edition without the menu."""
    from policylens.compare.facts import prose_languages

    product = tmp_path / "prod"
    product.mkdir()
    select = "<select><option>繁體中文</option><option>简体中文</option><option>English</option></select>"
    (product / "zh-Hant.2024-01-01.html").write_text(
        _EDITION.format(
            menu=select,
            title="隱私權政策",
            collect="蒐集之資料",
            body="本公司蒐集您的姓名與電子郵件地址，用於提供服務。",
            contact="聯絡我們",
            ask="如有疑問，請來信",
        ),
        encoding="utf-8",
    )
    (product / "zh-Hans.2024-01-01.html").write_text(
        _EDITION.format(
            menu="",
            title="隐私权政策",
            collect="收集的资料",
            body="本公司收集您的姓名与电子邮件地址，用于提供服务。",
            contact="联系我们",
            ask="如有疑问，请来信",
        ),
        encoding="utf-8",
    )
    result = cli("compare", str(tmp_path), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["divergences"] == 0
    assert prose_languages("繁體中文简体中文English") == {}
    # look-alikes: a sentence naming the languages still names them
    assert prose_languages("本服务提供繁體中文和简体中文两种版本。") == {"chinese": "繁體中文"}
    assert set(prose_languages("我們提供繁體中文、简体中文及English客服。")) == {"chinese", "english"}
