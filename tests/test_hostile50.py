"""Hostile input, fiftieth session (u50h): the forty-ninth session's new load paths attacked from outside.

- A uni-app page of thousands of `<text>` start tags never closed, each over a line of its own (「<text>⏎…⏎」): the
  regex that finds a `<text>` laid out by its newlines (`load/html/styles.py`, u49x2's blank lines and u50a's
  `white-space: pre-wrap`) read each unclosed one to the page's end, quadratic (2,000: 2.3 s, 8,000: 38 s of CPU), and
  each match counted its line from the page's start.  A scan now finds the same elements (`_laid_elements`, held to the
  regex by a property below).
- A Flutter file of nested declarations each making a local copy of its text parameter (`final c = a.replaceAll('**',
  '');` then `Text(c)`, lead49's copies): each declaration's body was searched for the copies of its parameter, and each
  `Text(c)` walked every declaration of `c` (1,000: 11 s, 4,000: over 2 minutes).  The copies are found once and given to
  the innermost declaration naming the parameter (`load/dart_carriers._owned_copies`), and a name's declarations are
  sought until two reach the use (`in_scope`).
No timed assertion: an operation count, or the same answer as the reference.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from helpers import cli, parse_path

_P = "我们会收集您的手机号码，用于账号注册与安全保障。"

# the regex `_laid_elements` replaces (u49x2's `_LAID_TEXT`)
_LAID_TEXT = re.compile(r"<text(?![\w-])[^>]*>((?:(?!</text\s*>)[^\n])*+\n(?:(?!</text\s*>)[\s\S])*?)</text\s*>", re.IGNORECASE)


def test_laid_elements_are_what_the_regex_finds() -> None:
    from policylens.load.html.styles import _laid_elements

    rng = random.Random(50)
    pieces = ["<text>", "<TEXT class='a'>", "<text", "</text>", "</text >", "</TEXT\n>", "\n", "\n\n", "a", ">", "<texts>", "<text-x>", " "]
    for _ in range(3_000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = [(m.start(), m.start(1), m.end(1), m.end()) for m in _LAID_TEXT.finditer(source)]
        assert list(_laid_elements(source)) == expected, source


def test_unclosed_texts_are_each_read_once(tmp_path: Path, monkeypatch: object) -> None:
    # 4,000 <text>s never closed, each over a line: every newline and `>` is looked for once, not once per <text>
    from policylens.load.html import styles

    calls = {"find": 0}
    source = "<template><view>" + ("<text>\n" + _P + "\n") * 4_000 + "</view></template>\n<style>.a{white-space:pre-wrap}</style>\n"

    class Counting(str):
        def find(self, *args: object) -> int:  # type: ignore[override]
            calls["find"] += 1
            return super().find(*args)  # type: ignore[arg-type]

    assert list(styles._laid_elements(Counting(source))) == []
    assert calls["find"] <= 2
    path = tmp_path / "privacy.vue"
    path.write_text(source, encoding="utf-8")
    assert parse_path(path).paragraphs()  # (read: the text is kept)


def test_laid_texts_lines_are_counted_once() -> None:
    # 3,000 laid-out <text>s: the line of each is counted on from the one before (each counted from the page's start)
    from policylens.load.html.styles import _laid_texts

    one = "<text>\n一、总则\n\n" + _P + "\n</text>\n"
    assert _laid_texts("<template><view>\n" + one * 3_000 + "</view></template>") == frozenset(range(2, 2 + 5 * 3_000, 5))


_DART_HEAD = (
    "import 'package:flutter/material.dart';\n\nclass PrivacyPage extends StatelessWidget {\n  @override\n"
    "  Widget build(BuildContext context) {\n    return ListView(children: [\n"
)
_HELPER = "  Widget _buildSection(String title, String content) {\n    final c = content.replaceAll('**', '');\n"
_HELPER += "    return Column(children: [Text(title), Text(c)]);\n  }\n"


def _dart(tmp_path: Path, methods: str) -> list[str]:
    path = tmp_path / "privacy_page.dart"
    path.write_text(_DART_HEAD + "      _buildSection('一、总则', '**" + _P + "**'),\n    ]);\n  }\n" + _HELPER + methods, encoding="utf-8")
    return [p.text for p in parse_path(path).paragraphs()]


def test_dart_copies_of_nested_declarations(tmp_path: Path) -> None:
    # 2,000 declarations nested (never closed), each copying its `a` and showing the copy: the helper's copy is read
    nested = "".join(f"  Widget _f{k}(String a) {{\n    final c = a.replaceAll('**', '');\n    Text(c);\n" for k in range(2_000))
    assert _dart(tmp_path, nested) == [f"**{_P}**"]  # (the literal as written: the copy only tells the text is shown)


def test_dart_copy_is_its_own_declarations(tmp_path: Path) -> None:
    # a copy made in an inner declaration of its own `content` is the inner one's (its call 'x' read), as before
    inner = "  Widget _outer(String content) {\n    Widget _inner(String content) {\n"
    inner += "      final c = content.replaceAll('**', '');\n      return Text(c);\n    }\n    return _inner('x');\n  }\n"
    assert _dart(tmp_path, inner) == [f"**{_P}**", "x"]


def test_in_scope_seeks_two() -> None:
    from policylens.load.dart_carriers import in_scope

    classes = [(10, 10_000)]
    declared = list(range(20, 8_020, 2))
    seen = {"n": 0}

    class Counted(list[int]):
        def __iter__(self):  # type: ignore[no-untyped-def]
            for d in super().__iter__():
                seen["n"] += 1
                yield d

    assert in_scope(Counted(declared), classes, 5_000) == [20, 22]
    assert seen["n"] == 2


def test_repeats_on_one_line_are_merged_in_one_step_each() -> None:
    # 「TODO 」 80,000 times on one line (one finding each): each repeat asked the list of columns merged so far whether
    # its column was there (80,000: over 2 minutes, quadratic); a set answers in one comparison
    from policylens.check.repeats import merge_repeats
    from policylens.model import Finding

    compared = {"n": 0}

    class Column(int):
        def __eq__(self, other: object) -> bool:
            compared["n"] += 1
            return int(self) == other

        __hash__ = int.__hash__

    n = 5_000
    findings = [Finding("a", "error", 1, Column(1 + 5 * k), 1, 5 + 5 * k, "m", "TODO") for k in range(n)]
    merged = merge_repeats(findings, {"a"}, "en")
    assert [len(f.columns) for f in merged] == [n]
    assert merged[0].columns == tuple(range(1, 5 * n, 5))
    assert compared["n"] <= 2 * n
    again = merge_repeats(findings + [findings[3]], {"a"}, "en")  # (the same finding twice at one column: one occurrence)
    assert [len(f.columns) for f in sorted(again, key=lambda f: f.column)] == [n]


def test_python_comments_blanked_on_the_tokenizer_lines(tmp_path: Path) -> None:
    # a Python policy string holding a line separator `str.splitlines` splits at and the tokenizer does not (CR, U+2028,
    # U+0085, a form feed …): the comment below it was blanked on the wrong line, ten characters of the policy became
    # spaces and the comment stayed
    from policylens.load.py_comments import blank_py_comments

    for sep in ["\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85"]:
        source = f"POLICY = '''隐私政策{sep}{_P}'''\nx = 1  # 请替换为公司名称\n"
        blanked = blank_py_comments(source)
        assert blanked == source.replace("# 请替换为公司名称", " " * 10), repr(sep)
    path = tmp_path / "policy.py"
    path.write_text(f"POLICY = '''隐私政策\u2028{_P}'''\nx = 1  # 请替换为公司名称\n", encoding="utf-8")
    (text,) = [p.text for p in parse_path(path).paragraphs()]
    assert _P in text and "请替换" not in text


def test_script_module_comment_lines_as_the_readers_count_them(tmp_path: Path) -> None:
    # a script module read as text whose string holds a separator `str.splitlines` splits at: its comment lines (kept
    # out of the rules) moved one down each, and the error on the line below the comment was dropped without a word
    from policylens.load.catalogue import module_comment_lines

    for sep in ["\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x85"]:
        assert module_comment_lines(f"const a = '隐私政策{sep}说明';\n// 这是注释\nconst b = '…';\n") == {2}, repr(sep)
    path = tmp_path / "policy.ts"
    path.write_text(
        "const a = '隐私政策\u2028说明';\n// 这是注释\nconst b = '本政策由【公司名称】制定，我们会收集您的手机号码。';\n", encoding="utf-8"
    )
    findings = json.loads(cli("check", str(path), "-f", "json").stdout)["files"][0]["findings"]
    assert [(f["rule"], f["line"]) for f in findings if f["severity"] == "error"] == [("placeholder-instruction", 3)]


_VUE = """<template>
  <div v-for="(item, index) in currentContent.items" :key="index"><p>{{ item }}</p></div>
</template>
<script setup>
import { ref, computed } from "vue";
const activeTab = ref("privacy");
const contentData = {
  privacy: {
    items: [
      "我们会收集您的手机号码，用于账号注册与安全保障。",
      "我们不会向第三方出售您的个人信息。",
    ],
  },
};
const currentContent = computed(() => {
  return contentData[activeTab.value];
});
</script>
"""


def test_vue_script_data_read_alike_with_crlf(tmp_path: Path) -> None:
    # a .vue page saved with CR LF (Windows): the script reader's patterns allowed spaces, tabs and LF between tokens, so
    # 「computed(() => {⏎  return contentData[activeTab.value];」 was no selection and the page's policy was not read (a
    # warning, 「the policy text is produced by script」); eval/profiles45 udnlucky-tw Notice.vue, 27 paragraphs → 5
    udn = Path(__file__).resolve().parent.parent / "eval/profiles45/docs/udnlucky-tw/Notice.vue"
    for name, text in (("own.vue", _VUE), ("Notice.vue", udn.read_text(encoding="utf-8"))):
        lf, crlf = tmp_path / f"lf_{name}", tmp_path / f"crlf_{name}"
        lf.write_bytes(text.encode("utf-8"))
        crlf.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        read = [[(p.text, p.line, p.column) for p in parse_path(path).paragraphs()] for path in (lf, crlf)]
        assert read[0] == read[1] and len(read[0]) >= 2, name


_TSX = """export function LegalPage({ type }: { type: 'terms' | 'privacy' }) {
  const isTerms = type === 'terms'
  const terms = [
    { title: '知识产权', body: '本网站所载的全部内容的知识产权归本公司所有。' },
    { title: '免责声明', body: '我们对第三方网站的内容不承担任何责任。' },
  ]
  const privacy = [
    { title: '信息收集', body: '我们会收集您的手机号码，用于账号注册与安全保障。' },
    { title: '信息使用', body: '我们不会向第三方出售您的个人信息。' },
  ]
  const items = isTerms ? terms : privacy
  return (
    <main>
      {items.map((item) => (
        <section key={item.title}>
          <h2>{item.title}</h2>
          <p>{item.body}</p>
        </section>
      ))}
    </main>
  )
}
"""


def test_jsx_script_data_read_alike_with_crlf(tmp_path: Path) -> None:
    # a React page saved with CR LF: a statement's end was `;` or LF (`const items = isTerms ? terms : privacy`⏎), so
    # with CR LF the choice was not read and the page was its markup alone (eval/blind/round40 tongri-tsx: 6 headings
    # and 8 paragraphs with LF, none and 2 with CR LF)
    tongri = Path(__file__).resolve().parent.parent / "eval/blind/round40/dev/tongri-tsx/LegalPage.tsx"
    for name, text in (("own.tsx", _TSX), ("LegalPage.tsx", tongri.read_text(encoding="utf-8"))):
        lf, crlf = tmp_path / f"lf_{name}", tmp_path / f"crlf_{name}"
        lf.write_bytes(text.encode("utf-8"))
        crlf.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        docs = [parse_path(path) for path in (lf, crlf)]
        read = [([(s.title, s.line) for s in d.sections], [(p.text, p.line, p.column) for p in d.paragraphs()]) for d in docs]
        assert read[0] == read[1] and len(read[0][1]) >= 2, name
