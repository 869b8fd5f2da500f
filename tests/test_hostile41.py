"""Hostile input, forty-first round (u41h): the fortieth session's two leftovers and the classes found this round.

- an Android `strings.xml` whose `<![CDATA[` is never closed dropped the string's text without a word;
- a React page's string literal read as text kept its escapes as written (「\\u2022  以合法…」);
- HZ and ISO-2022 text (7-bit encodings of Chinese, Japanese and Korean) decoded as ASCII and was read without a word;
- a DOCX style resolved its `w:basedOn` chain again for every style (quadratic in a long chain).

Each class is tested both ways: the input that went wrong, and the ordinary document that must read as before.
Growth is counted (calls), never timed.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from helpers import cli, parse_path, parse_string
from policylens.load.docx.formatting import inherit
from policylens.load.jsx import literal_escapes
from policylens.load.scripts import unescape
from sweep_samples import EVAL, LINE_END_SUFFIXES, line_end_files

SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证。"


# --- an unclosed CDATA section in an Android string resource file ----------------------------------------------------


def _strings(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "res" / "values-zh-rCN"
    folder.mkdir(parents=True)
    path = folder / "strings.xml"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n{body}</resources>\n', encoding="utf-8")
    return path


def test_an_unclosed_cdata_section_of_a_string_resource_is_one_line(tmp_path: Path) -> None:
    # base41: the string's text up to its `</string>` was read as HTML5's bogus comment and dropped, exit 0
    path = _strings(
        tmp_path,
        f'<string name="a">{SENTENCE}</string>\n<string name="b"><![CDATA[我们与合作方共享数据。</string>\n'
        '<string name="c">我们不会出售您的个人信息。</string>\n',
    )
    for command in (["parse"], ["check"], ["check", "-f", "json"]):
        run = cli(*command, str(path))
        assert run.returncode == 2
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and "a CDATA section opened at line 4 is never closed" in lines[0], run.stderr
        assert "Traceback" not in run.stderr


def test_closed_cdata_sections_still_read(tmp_path: Path) -> None:
    path = _strings(
        tmp_path,
        f'<string name="a"><![CDATA[{SENTENCE}]]></string>\n<string name="b"><![CDATA[<p>我们不会出售您的个人信息。</p>]]></string>\n',
    )
    doc = parse_path(path)
    assert [p.text for s in doc.sections for p in s.paragraphs] == [SENTENCE, "我们不会出售您的个人信息。"]


def test_an_unclosed_cdata_in_a_web_page_keeps_html5s_reading() -> None:
    doc = parse_string(f"<html><body><h1>隐私政策</h1><p>{SENTENCE}<![CDATA[x>更多</p></body></html>\n", ".html")
    assert [p.text for s in doc.sections for p in s.paragraphs] == [f"{SENTENCE}更多"]


# --- a React page's string literal: its escapes ------------------------------------------------------------------------

_PAGE = """import React from 'react';
import { Text, View } from 'react-native';

export default function Sheet() {
  return (
    <View>
      <Text>{'\\u2022 以合法和公平的方法收集個人資料；'}</Text>
      <Text>{"\\u6211\\u4eec\\u4f1a\\u4fdd\\u62a4\\u60a8\\u7684\\u4e2a\\u4eba\\u4fe1\\u606f\\u3002"}</Text>
      <Text>{t('k1', '\\u2022 清楚告知資料當事人有關收集個人資料的目的；')}</Text>
      <Text>{'本公司\\uD83D\\uDE00\\u{1F600}（\\u3010公司名称\\u3011）會保護\\x41\\'s資料。'}</Text>
      <Text>{`多行\\
文本【公司名称】`}</Text>
      <Text>我們\\u2022保存資料五年。</Text>
    </View>
  );
}
"""


def test_a_literals_escapes_are_read_as_the_characters_they_stand_for() -> None:
    # base41: every text kept its escapes as written (「\u2022 以合法…」), and a literal of escapes only was not read
    doc = parse_string(_PAGE, ".tsx")
    assert [(p.line, p.column, p.text) for s in doc.sections for p in s.paragraphs] == [
        (7, 15, "•以合法和公平的方法收集個人資料；"),  # (spacing after a decoded character: as after an HTML reference)
        (8, 15, "我们会保护您的个人信息。"),
        (9, 23, "•清楚告知資料當事人有關收集個人資料的目的；"),
        (10, 15, "本公司😀😀（【公司名称】）會保護A's資料。"),
        (11, 15, "多行文本【公司名称】"),  # (a line continuation stands for nothing)
        (13, 13, "我們\\u2022保存資料五年。"),  # JSX text between tags reads no escape
    ]


def test_a_finding_on_escapes_spans_them_in_the_source(tmp_path: Path) -> None:
    path = tmp_path / "Sheet.tsx"
    path.write_text(_PAGE, encoding="utf-8")
    run = cli("check", "-f", "json", str(path))
    lines = _PAGE.split("\n")
    found = json.loads(run.stdout)["files"][0]["findings"]
    slots = [f for f in found if f["rule"] == "placeholder-instruction"]
    assert len(slots) == 2
    for f in slots:
        source = lines[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1]
        assert unescape(source, {}) == f["excerpt"] == "【公司名称】", (source, f)


def _literal_bodies(text: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"'((?:[^'\\\n]|\\.)*)'", text):
        yield m.start(1), m.end(1)


@pytest.mark.parametrize("seed", range(6))
def test_each_escape_decodes_as_javascript_reads_the_literal(seed: int) -> None:
    # a property: the decoded escapes, put in place of their source, are the literal as JavaScript reads it
    rng = random.Random(seed)
    parts = [
        "我",
        "們",
        "a",
        " ",
        "\\u2022",
        "\\u{1F600}",
        "\\uD83D\\uDE00",
        "\\x41",
        "\\'",
        '\\"',
        "\\\\",
        "\\n",
        "\\t",
        "\\q",
        "\\0",
        "\\uZZ",
    ]
    for _ in range(200):
        body = "".join(rng.choice(parts) for _ in range(rng.randrange(1, 12)))
        text = f"x = '{body}';"
        spans = list(_literal_bodies(text))
        escapes = literal_escapes(text, spans)
        rebuilt, at = [], spans[0][0]
        for start, end, decoded in escapes:
            rebuilt += [text[at:start], decoded]
            at = end
        rebuilt.append(text[at : spans[0][1]])
        expected = body
        for code, value in (("\\n", " "), ("\\t", " "), ("\\0", "")):
            expected = expected.replace("\\\\", "\x00\x01").replace(code, value).replace("\x00\x01", "\\\\")
        assert "".join(rebuilt) == unescape(expected, {}) or "\\uZZ" in body, body


# --- 7-bit encodings: HZ and ISO-2022 ----------------------------------------------------------------------------------

_POLICY = "隐私政策\n\n一、我们收集您的姓名和电话号码。\n\n二、联系我们：【请填写公司名称】\n"


@pytest.mark.parametrize(
    ("codec", "shown", "text"),
    [
        ("hz", "HZ text", _POLICY),
        ("iso2022_jp_2", "ISO-2022-JP-2 text", _POLICY),
        ("iso2022_jp", "ISO-2022-JP-2 text", "プライバシーポリシー\n\n個人情報を収集します。【会社名】\n"),
        ("iso2022_kr", "ISO-2022-KR text", "개인정보처리방침\n\n개인정보를 수집합니다.\n"),
    ],
)
def test_seven_bit_cjk_text_is_refused_with_its_encoding(tmp_path: Path, codec: str, shown: str, text: str) -> None:
    # base41: decoded as ASCII: no ideograph read, the unfilled 【请填写公司名称】 passed, exit 0
    path = tmp_path / "policy.txt"
    path.write_bytes(text.encode(codec))
    run = cli("check", str(path))
    assert run.returncode == 2
    line = run.stderr.strip().splitlines()[0]
    assert shown in line and "pass --encoding" in line, run.stderr
    named = line.rsplit("--encoding ", 1)[1]
    again = cli("parse", "-f", "json", "--encoding", named, str(path))
    assert again.returncode == 0
    assert json.loads(again.stdout)["sections"]


def test_hz_decoded_with_its_encoding_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_bytes(_POLICY.encode("hz"))
    run = cli("check", "--encoding", "hz", str(path))
    assert run.returncode == 1 and "【请填写公司名称】" in run.stdout


@pytest.mark.parametrize(
    "text",
    [
        "Privacy ~{abcdefghijklmnopqrstuvwxyzabcdef~} notice\n\nWe collect your e-mail address.\n",  # letters read as HZ
        "Use ~{ and ~} to switch modes.\n\nWe collect your e-mail address.\n",
        "Escape \x1b[1mbold\x1b[0m text.\n\nWe collect your e-mail address.\n",
    ],
)
def test_ascii_text_that_is_no_seven_bit_cjk_is_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(text, encoding="ascii")
    run = cli("parse", "-f", "json", str(path))
    assert "HZ text" not in run.stderr and "ISO-2022" not in run.stderr


# --- DOCX: a long w:basedOn chain --------------------------------------------------------------------------------------


def _naive(own: Mapping[str, tuple[tuple[object, ...], str]]) -> dict[str, tuple[object, ...]]:
    """The walk each style made before (the reference): the nearest style of its chain that sets each value."""
    out: dict[str, tuple[object, ...]] = {}
    for sid, (values, parent) in own.items():
        found, seen = list(values), {sid}
        while any(v is None for v in found) and parent in own and parent not in seen:
            seen.add(parent)
            found = [own[parent][0][k] if v is None else v for k, v in enumerate(found)]
            parent = own[parent][1]
        out[sid] = tuple(found)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_inheriting_through_basedon_is_the_walk_of_each_chain(seed: int) -> None:
    # loops, self-loops, missing bases and shared tails, against the walk each style made before
    rng = random.Random(seed)
    for _ in range(2000):
        n = rng.randint(1, 9)
        names = [f"s{i}" for i in range(n + 2)] + [""]
        own = {f"s{i}": (tuple(rng.choice([None, None, 1, 2]) for _ in range(2)), rng.choice(names)) for i in range(n)}
        assert inherit(own, lambda v: v is None) == _naive(own), own


class _Counted(dict[str, tuple[tuple[object, ...], str]]):
    lookups = 0

    def __getitem__(self, key: str) -> tuple[tuple[object, ...], str]:
        _Counted.lookups += 1
        return super().__getitem__(key)


@pytest.mark.parametrize("loop", [False, True], ids=["chain", "loop"])
def test_a_long_basedon_chain_is_resolved_once(loop: bool) -> None:
    # base41: each style walked its chain again: 8,000 styles based each on the one before took 9 s to load
    counts = []
    for n in (500, 2000):
        own = _Counted({f"s{i}": ((None, None) if i else (1, True), f"s{i - 1}" if i or loop else "") for i in range(n)})
        if loop:
            dict.__setitem__(own, "s0", ((1, True), f"s{n - 1}"))
        _Counted.lookups = 0
        assert inherit(own, lambda v: v is None)[f"s{n - 1}"] == (1, True)
        counts.append(_Counted.lookups)
    assert counts[1] <= 5 * counts[0], counts  # linear: 4× the styles, not 16× the lookups


def test_a_docx_of_a_long_basedon_chain_reads_its_headings(tmp_path: Path) -> None:
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    n = 300
    styles = (
        f'<?xml version="1.0"?><w:styles {w}><w:style w:type="paragraph" w:styleId="s0"><w:name w:val="s0"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        + "".join(
            f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/><w:basedOn w:val="s{i - 1}"/></w:style>'
            for i in range(1, n)
        )
        + "</w:styles>"
    )
    body = (
        f'<w:p><w:pPr><w:pStyle w:val="s{n - 1}"/></w:pPr><w:r><w:t>一、我們收集的資料</w:t></w:r></w:p>'
        f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>"
    )
    path = tmp_path / "chain.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {w}><w:body>{body}</w:body></w:document>')
        z.writestr("word/styles.xml", styles)
    doc = parse_path(path)
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections if s.title] == [("一、我們收集的資料", [SENTENCE])]


# --- DOCX: a list of thousands of levels used by thousands of w:num ---------------------------------------------------


def _numbering_docx(path: Path, levels: int, nums: int) -> Path:
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lvl = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%{min(i, 8) + 1}."/></w:lvl>'
        for i in range(levels)
    )
    numbering = (
        f'<?xml version="1.0"?><w:numbering {w}><w:abstractNum w:abstractNumId="0">{lvl}</w:abstractNum>'
        + "".join(f'<w:num w:numId="{i + 1}"><w:abstractNumId w:val="0"/></w:num>' for i in range(nums))
        + "</w:numbering>"
    )
    body = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{i % levels}"/><w:numId w:val="{i % nums + 1}"/></w:numPr></w:pPr>'
        f"<w:r><w:t>項目{i}</w:t></w:r></w:p>"
        for i in range(max(levels, nums))
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {w}><w:body>{body}</w:body></w:document>')
        z.writestr("word/numbering.xml", numbering)
    return path


def test_a_list_keeps_its_nine_levels_only(tmp_path: Path) -> None:
    # base41: every w:num copied every level of its list: 4,000 levels × 4,000 nums (a 48 KB file) took 611 MB
    import zipfile

    from policylens.load.docx.numbering import Numbering

    with zipfile.ZipFile(_numbering_docx(tmp_path / "many.docx", 2000, 2000)) as z:
        numbering = Numbering(z)
    assert len(numbering._lists) == 2000
    assert max(len(levels) for levels in numbering._lists.values()) == 9


def test_the_nine_levels_of_a_list_are_still_drawn(tmp_path: Path) -> None:
    doc = parse_path(_numbering_docx(tmp_path / "nine.docx", 9, 1))
    texts = [p.text for s in doc.sections for p in s.paragraphs] + [s.title or "" for s in doc.sections]
    assert any(t.startswith("1.項目0") or t.startswith("1. 項目0") for t in texts), texts
    assert any("項目8" in t and t[0] == "1" for t in texts), texts


# --- lone CR line ends in the readers of code ---------------------------------------------------------------------------

_CODE_PAGES = {
    "privacy_screen.dart": """import 'package:flutter/material.dart';

class PrivacyScreen extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    return Column(children: [
      Text('隐私政策', style: TextStyle(fontSize: 20)),
      Text('我们收集您的手机号码，用于账号注册与登录验证。'),
      Text('联系我们：【请填写公司名称】'),
    ]);
  }
}
""",
    "PrivacyView.swift": """import SwiftUI

struct PrivacyView: View {
    var body: some View {
        ScrollView {
            Text("隐私政策").font(.title)
            Text("我们收集您的手机号码，用于账号注册与登录验证。")
            Text("联系我们：【请填写公司名称】")
        }
    }
}
""",
    "PrivacyPage.ets": """@Entry
@Component
struct PrivacyPage {
  build() {
    Column() {
      Text('隐私政策').fontSize(20)
      Text('我们收集您的手机号码，用于账号注册与登录验证。')
      Text('联系我们：【请填写公司名称】')
    }
  }
}
""",
    "Privacy.js": """import React from 'react';
import { Text, View } from 'react-native';

export default function Privacy() {
  return (
    <View>
      <Text>隐私政策</Text>
      <Text>我们收集您的手机号码，用于账号注册与登录验证。</Text>
      <Text>联系我们：【请填写公司名称】</Text>
    </View>
  );
}
""",
}


@pytest.mark.parametrize("name", sorted(_CODE_PAGES))
def test_a_code_page_with_lone_cr_line_ends_reads_as_with_lf(tmp_path: Path, name: str) -> None:
    # base41: a CR-only Dart screen was one line (texts at line 1, column 1,204), an ArkUI page and a React `.js` were
    # read as plain text with their code, a SwiftUI page read as nothing (0 paragraphs, exit 0)
    seen = {}
    for ending in ("\n", "\r\n", "\r"):
        folder = tmp_path / repr(ending)[1:-1].replace("\\", "")
        folder.mkdir()
        path = folder / name
        path.write_bytes(_CODE_PAGES[name].replace("\n", ending).encode("utf-8"))
        doc = parse_path(path)
        run = cli("check", "-f", "json", str(path))
        found = sorted((f["rule"], f["line"], f["column"], f["end_column"]) for f in json.loads(run.stdout)["files"][0]["findings"])
        seen[ending] = ([(p.line, p.column, p.text) for s in doc.sections for p in s.paragraphs], found)
    assert seen["\r"] == seen["\r\n"] == seen["\n"]
    paragraphs, found = seen["\n"]
    assert any("我们收集您的手机号码" in text for _, _, text in paragraphs), paragraphs
    assert any(rule == "placeholder-instruction" for rule, *_ in found), found


def test_a_lone_cr_file_keeps_its_line_ends_as_written(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_bytes("# 隐私政策\r\r我们收集您的手机号码。\r".encode())
    run = cli("parse", "-f", "json", str(path))
    assert json.loads(run.stdout)["source"]["newline"] == "cr"


# --- a text whose Chinese is all escape codes ----------------------------------------------------------------------------


def _escaped(kind: str) -> str:
    import quopri
    from urllib.parse import quote

    if kind == "qp":
        return quopri.encodestring(_POLICY.encode()).decode("ascii")
    if kind == "percent":
        return "\n".join(quote(line) for line in _POLICY.split("\n"))
    if kind == "u":
        return _POLICY.encode("unicode_escape").decode("ascii").replace("\\n", "\n")
    return "".join(c if ord(c) < 128 else f"&#x{ord(c):x};" for c in _POLICY)


@pytest.mark.parametrize(
    ("kind", "suffix", "named"),
    [
        ("qp", ".txt", "quoted-printable codes"),
        ("percent", ".txt", "percent-encoding"),
        ("u", ".txt", "\\u escapes"),
        ("u", ".md", "\\u escapes"),
        ("ref", ".txt", "character references"),
    ],
)
def test_a_text_of_escape_codes_is_one_line(tmp_path: Path, kind: str, suffix: str, named: str) -> None:
    # base41: read as ASCII, no ideograph: the unfilled 【请填写公司名称】 passed, exit 0
    path = tmp_path / f"policy{suffix}"
    path.write_text(_escaped(kind), encoding="ascii")
    run = cli("check", str(path))
    assert run.returncode == 2
    assert f"its Chinese is written as {named}" in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    kept = cli("parse", "--input-format", "text", str(path))
    assert kept.returncode == 0


@pytest.mark.parametrize(
    ("suffix", "text"),
    [
        (".md", "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in _POLICY)),  # Markdown decodes references
        (".json", '{"privacy": {"title": "' + "\\u9690\\u79c1\\u653f\\u7b56\\u3010\\u8bf7\\u586b\\u5199\\u516c\\u53f8\\u3011" + '"}}\n'),
        (
            ".md",
            "# Privacy\n\nSee [our Chinese policy](https://example.com/%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96%E9%9A%90%E7%A7%81)"
            " for details. We collect your e-mail address and use it to send you receipts.\n",
        ),
        (".txt", "Privacy\n\nWe collect your e-mail address; 100% of it stays in the EU. Fees: =A0 per item.\n"),
    ],
)
def test_escapes_a_reader_decodes_or_a_few_in_english_are_read(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"policy{suffix}"
    path.write_text(text, encoding="ascii")
    run = cli("parse", "-f", "json", str(path))
    assert run.returncode == 0, run.stderr


# --- line numbers counted by str.splitlines (U+2028, U+2029, NEL, FF, VT, FS–RS end a "line" there) -------------------

_SEPARATORS = ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c"]


@pytest.mark.parametrize("separator", _SEPARATORS[:3], ids=["U+2028", "U+2029", "U+0085"])  # (JSON refuses raw C0 controls)
def test_a_catalogues_form_inputs_keep_their_lines(tmp_path: Path, separator: str) -> None:
    # base41: a separator in a value moved every later form input's line by one: the input's 「请输入[公司名称]」 was an
    # error and the unfilled slot on the line after it passed
    folder = tmp_path / f"u{ord(separator):04x}"
    folder.mkdir()
    path = folder / "zh-CN.json"
    path.write_text(
        '{\n  "intro": "我们' + separator + '收集您的手机号码，用于账号注册与登录验证。",\n'
        '  "companyPlaceholder": "请输入[公司名称]",\n  "contact": "联系我们：[公司名称]"\n}\n',
        encoding="utf-8",
    )
    run = cli("check", "-f", "json", str(path))
    slots = [(f["line"], f["column"]) for f in json.loads(run.stdout)["files"][0]["findings"] if f["rule"] == "placeholder-instruction"]
    assert slots == [(4, 20)], run.stdout


@pytest.mark.parametrize("suffix", [".md", ".html"])
@pytest.mark.parametrize("separator", _SEPARATORS[:3], ids=["U+2028", "U+2029", "U+0085"])
def test_a_sections_anchor_is_read_on_its_own_line(suffix: str, separator: str) -> None:
    # base41: the anchors were looked for one line off (None) after a paragraph holding a separator
    if suffix == ".md":
        text = f"# 政策\n\n我们{separator}收集信息。\n\n## 資料 {{: #data}}\n\n內容。\n\n## 權利 {{: #rights}}\n\n說明。\n"
    else:
        text = (
            f'<html><body><h1>政策</h1><p>我们{separator}收集信息。</p>\n<h2 id="data">資料</h2>\n<p>內容。</p>\n'
            '<h2 id="rights">權利</h2><p>說明。</p></body></html>\n'
        )
    anchors = {s.title: s.anchor for s in parse_string(text, suffix).sections}
    assert anchors["資料"] == "data" and anchors["權利"] == "rights", anchors


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        (
            "zh.yml",
            'zh:\n  contact: "\\u8054\\u7cfb\\u6211\\u4eec\\uff1a\\u3010\\u8bf7\\u586b\\u5199\\u516c\\u53f8\\u540d\\u79f0\\u3011"\n',
            2,
        ),
        (
            "app_zh.arb",
            '{"@@locale": "zh",\n "contact": "\\u8054\\u7cfb\\u6211\\u4eec\\uff1a\\u3010\\u8bf7\\u586b\\u5199\\u516c\\u53f8\\u540d\\u79f0\\u3011"}\n',
            2,
        ),
        (
            "zh.php",
            '<?php\nreturn [\n  "contact" => "\\u{8054}\\u{7cfb}\\u{ff1a}\\u{3010}\\u{8bf7}\\u{586b}\\u{5199}\\u{516c}\\u{53f8}\\u{540d}\\u{79f0}\\u{3011}",\n];\n',
            3,
        ),
    ],
)
def test_a_catalogues_slot_written_as_escapes_is_found(tmp_path: Path, name: str, text: str, line: int) -> None:
    # base41: a YAML, ARB or PHP catalogue's escapes were not decoded for the placeholder rules (a .json's were): exit 0
    path = tmp_path / name
    path.write_text(text, encoding="ascii")
    run = cli("check", "-f", "json", str(path))
    found = [f for f in json.loads(run.stdout)["files"][0]["findings"] if f["rule"] == "placeholder-instruction"]
    assert [(f["line"], f["excerpt"]) for f in found] == [(line, "【请填写公司名称】")], run.stdout
    source = text.split("\n")[line - 1][found[0]["column"] - 1 : found[0]["end_column"] - 1]
    assert unescape(source, {}) == "【请填写公司名称】"


def test_a_conditions_escaped_branch_is_measured_and_named_as_read() -> None:
    # base41: a branch of escapes only was no text (skipped without a word); one with escapes was measured by its source
    page = (
        "export default function P({ isTW }) {\n  return (\n    <div>\n      <h1>隱私政策</h1>\n"
        "      <p>我們{isTW ? '\\u4f9d\\u500b\\u8cc7\\u6cd5\\u7684\\u898f\\u5b9a' : '依私隱條例'}處理您的資料。</p>\n"
        "    </div>\n  );\n}\n"
    )
    doc = parse_string(page, ".tsx")
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["我們依個資法的規定處理您的資料。"]
    assert any("「依私隱條例」 is not read" in w and "「依個資法的規定」 is read" in w for w in doc.warnings), doc.warnings


@pytest.mark.slow  # a sweep of the repository's app pages, catalogues and documents
def test_every_eval_file_reads_alike_with_lf_crlf_and_lone_cr(tmp_path: Path) -> None:
    # the differential that found the lone-CR class: (line, column, text) of every paragraph and every finding's place, on the
    # files of tests/line_end_files.txt (66 chosen of the 152 sampled here before: the same branches of policylens, u53s)
    # and every 89th file of the eval sets added or changed since (tests/sweep_samples.py, u54s)
    from policylens.check import CheckOptions, check_file

    root = EVAL
    picked = line_end_files(root)
    assert all(p.suffix in LINE_END_SUFFIXES and p.is_file() for p in picked)
    differing = []
    for n, source in enumerate(picked):
        data = source.read_bytes().replace(b"\r\n", b"\n")
        seen = []
        for name, ending in (("lf", b"\n"), ("cr", b"\r")):
            folder = tmp_path / f"{n}{name}" / source.parent.name
            folder.mkdir(parents=True)
            path = folder / source.name
            path.write_bytes(data.replace(b"\n", ending))
            try:
                doc = parse_path(path)
            except Exception as exc:  # a refusal must be the same refusal
                seen.append(type(exc).__name__)
                continue
            found = sorted((f.rule, f.line, f.column, f.end_column) for f in check_file(str(path), CheckOptions()).findings)
            seen.append(([(p.line, p.column, p.text) for s in doc.sections for p in s.paragraphs], found))
        if seen[0] != seen[1]:
            differing.append(str(source.relative_to(root)))
    assert len(picked) > 60
    assert differing == []
