"""Hostile input, forty-sixth session, second round (u46h2): this session's new code paths attacked from outside.

Each class was found on lead46 (350b7445) and its tests fail there (the look-alikes that pass there say what must not
change):

- a `.txt` that opens with 「<p>隐私政策</p>」 and is otherwise bare prose lines, a few ending in 「<br>」, was read as
  HTML (`load.sniff.html_in_text`, u46a): its lines ran into one paragraph and its three sections were lost.  Now a text with
  more bare lines than tagged ones stays text; a rich-text editor's HTML (every line tagged, or pretty-printed) is HTML.
- a Vue mustache with braces deeper than one level or a brace in a string (「{{ a || { b: { c: 1 } } }}」,
  「{{ '{' + a }}」, 「{{ a || { b: '}}' } }}」) was no slot (`patterns.SLOT`), and became the page's title.  Now a slot
  ends where Vue ends one, at the first 「}}」.
- a Vue template literal holding an escaped 「\\${」 (text: the page shows 「${」) was taken for a computed value
  (`load.vue_data.script._has_hole`): the policy was read as nothing, with a warning.
- a Dart triple-quoted document whose `${` is never closed (the file does not compile) was passed over and the file
  read as plain text, code and all, with no word (`load.dart.unclosed_triple` now says so, as for a `'''` never closed).
"""

from __future__ import annotations

from pathlib import Path

from cli_runner import cli
from parse_helpers import parse_file
from policylens.patterns import SLOT, slot_only

# --- a .txt of bare prose with a few tags ---------------------------------------------------------------------------

_PROSE_TXT = (
    "<p>隐私政策</p>\n更新日期：2024年1月1日<br>\n生效日期：2024年1月2日<br>\n\n一、我们收集的信息\n我们会收集您的手机号码。\n\n"
    "二、我们如何使用信息\n我们使用信息提供服务。<br>\n\n三、联系我们\n邮箱：privacy@example.com\n"
)


def test_a_prose_txt_with_a_few_tags_stays_text(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "privacy.txt", _PROSE_TXT)
    assert doc.source.format == "text"
    assert [(s.line, s.title) for s in doc.sections if s.title] == [
        (5, "一、我们收集的信息"),
        (8, "二、我们如何使用信息"),
        (11, "三、联系我们"),
    ]


def test_an_html_txt_is_still_html(tmp_path: Path) -> None:
    """Look-alike: every line tagged (eval/structure46 jinhe), or pretty-printed with the text on a line of its own."""
    tagged = "<h1>隐私政策</h1>\n<p>我们重视您的隐私。</p>\n<h2>一、收集</h2>\n<p>我们会收集您的手机号码。</p>\n<h2>二、联系</h2>\n<p>邮箱：a@b.cn</p>\n"
    pretty = (
        "<h1>隐私政策</h1>\n<p>\n  我们重视您的隐私。\n</p>\n<h2>一、收集</h2>\n<p>\n  我们会收集您的手机号码。\n</p>\n<h2>二、联系</h2>\n"
    )
    for k, text in enumerate((tagged, pretty)):
        doc = parse_file(tmp_path, f"p{k}.txt", text)
        assert doc.source.format == "html", text
        assert [s.title for s in doc.sections if s.title][-2:] == ["一、收集", "二、联系"], text


# --- a Vue mustache with deeper or quoted braces ---------------------------------------------------------------------

_MUSTACHES = ("{{ a || { b: { c: 1 } } }}", "{{ '{' + a }}", "{{ a || { b: '}}' } }}", "{{ {a: 1}}}")


def test_a_mustache_with_deep_or_quoted_braces_is_a_slot(tmp_path: Path) -> None:
    for k, slot in enumerate(_MUSTACHES):
        assert slot_only(slot), slot
        page = f"<template>\n  <div>\n    <h1>{slot}</h1>\n    <p>我们会收集您的信息，用于提供服务。</p>\n  </div>\n</template>\n"
        doc = parse_file(tmp_path, f"m{k}.vue", page)
        assert doc.metadata.title is None or "{{" not in doc.metadata.title, slot
        assert not any("{{" in (s.title or "") for s in doc.sections), slot


def test_a_slot_is_read_up_to_its_close_and_no_further() -> None:
    """Look-alikes: text beside a slot is text, a line of openers never closed is no slot (each start reads up to the
    next 「{{」), a one-level pair and a template literal's hole are read as before (u46l)."""
    assert not slot_only("{{ name }} 的隐私政策")
    assert not slot_only("{{ a " * 20_000)
    assert [m.group(0) for m in SLOT.finditer("{{ a }}x{{ b }}")] == ["{{ a }}", "{{ b }}"]
    assert slot_only("{{ title || `${$t('authentication.welcomeBack')} 👋🏻` }}")
    assert SLOT.fullmatch("{{ x ? { a: 1 } : y }}") is not None


# --- a Vue template literal with an escaped ${ ----------------------------------------------------------------------

_VUE = """<template>
  <pre>{{ policy }}</pre>
</template>
<script setup>
import { computed } from 'vue'
const policy = computed(() => `隐私政策

一、我们收集的信息
我们会收集您的手机号码，模板中的 BODY 不会被替换。`)
</script>
"""


def test_an_escaped_hole_in_a_vue_literal_is_text(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "e.vue", _VUE.replace("BODY", "\\${name}"))
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "我们会收集您的手机号码，模板中的 ${name} 不会被替换。" in texts
    assert any(s.title == "一、我们收集的信息" for s in doc.sections)


def test_a_real_hole_in_a_vue_literal_is_still_computed(tmp_path: Path) -> None:
    """Look-alike: 「\\\\${name}」 is a backslash, then a hole; 「${name}」 a hole: the value is computed, not read."""
    for k, body in enumerate(("${name}", "\\\\${name}")):
        path = tmp_path / f"h{k}.vue"
        path.write_text(_VUE.replace("BODY", body), encoding="utf-8")
        result = cli("parse", str(path))
        assert result.returncode == 0
        assert "produced by script" in result.stderr, body
        assert "一、我们收集的信息" not in result.stdout, body


# --- a Dart document whose ${ never closes ----------------------------------------------------------------------------

_DART = """import 'package:flutter/material.dart';

const String privacyPolicy = QUOTE
隐私政策

一、我们收集的信息
我们会收集您的手机号码，HOLE提供服务。

二、联系我们
邮箱：privacy@example.com
''';

class PrivacyPage extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    return Scaffold(body: SingleChildScrollView(child: Text(privacyPolicy)));
  }
}
"""


def test_a_dart_hole_never_closed_is_said(tmp_path: Path) -> None:
    path = tmp_path / "p.dart"
    path.write_text(_DART.replace("QUOTE", "'''").replace("HOLE", "${号码"), encoding="utf-8")
    result = cli("parse", str(path))
    assert result.returncode == 0
    lines = [line for line in result.stderr.splitlines() if "never closed" in line]
    assert len(lines) == 1 and "line 7:" in lines[0] and "${" in lines[0], result.stderr


def test_a_dart_hole_closed_or_raw_is_no_warning(tmp_path: Path) -> None:
    """Look-alikes: a closed `${…}` (blanked, u46h) and a raw string's 「${」 (text) say nothing."""
    for k, (quote, hole) in enumerate((("'''", "${app.name}"), ("'''", "$appName"), ("r'''", "${号码"))):
        path = tmp_path / f"q{k}.dart"
        path.write_text(_DART.replace("QUOTE", quote).replace("HOLE", hole), encoding="utf-8")
        result = cli("parse", str(path))
        assert result.returncode == 0
        assert "never closed" not in result.stderr, (quote, hole)
        assert "一、我们收集的信息" in result.stdout, (quote, hole)


# --- a glued decimal quantity at the start of a wrapped line ----------------------------------------------------------

_WRAPPED = "隐私政策\n\n一、位置信息\n我们会在您授权后获取您的位置信息，并向您展示您周围约\nNEXT\n\n二、联系我们\n邮箱：a@b.cn\n"


def test_a_wrapped_sentence_runs_on_to_a_glued_quantity(tmp_path: Path) -> None:
    """「…向您展示您周围约」 over 「2.5公里范围内的门店，…」: one paragraph (u46a's glued sub-section rule cut it in two)."""
    for k, rest in enumerate(("2.5公里范围内的门店，我们不会保存您的精确位置。", "1.5公斤以内的包裹，我们会为您免费配送。")):
        doc = parse_file(tmp_path, f"w{k}.txt", _WRAPPED.replace("NEXT", rest))
        first = next(s for s in doc.sections if s.title == "一、位置信息")
        assert len(first.paragraphs) == 1 and first.paragraphs[0].text.endswith(rest), rest


def test_a_glued_title_or_sibling_still_starts_a_block(tmp_path: Path) -> None:
    """Look-alikes: a glued title under a wrapped line (eval/precision22 pingan-health's 「1.3搜索功能」), and a glued
    number under its numbered sibling (eval/structure46 yaoji's 「5.1…，点击即可查看」 over 「5.2停止运营向您告知」)."""
    # (lead, at merge) under a line cut mid-sentence a short glued line is ambiguous (「5.0以上的系统版本」 is the sentence's
    # quantity: u46r's `_outline_goes_on` keeps it in the sentence); pingan-health's title follows a sentence's end
    # (「…您可以自主删除浏览记录。**」), where it starts a block
    wrapped = _WRAPPED.replace("周围约\n", "周围的门店。\n").replace("NEXT", "1.3搜索功能")
    doc = parse_file(tmp_path, "t.txt", wrapped)
    assert [(s.line, s.title) for s in doc.sections if s.title and s.title.startswith("1.3")] == [(5, "1.3搜索功能")]
    sibling = "隐私政策\n\n5.1您可以在设置页面最底部查看到隐私政策，点击即可查看\n5.2停止运营时，我们会向您告知。\n"
    doc = parse_file(tmp_path, "s.txt", sibling)
    texts = [p.text for s in doc.sections for p in s.paragraphs] + [s.title or "" for s in doc.sections]
    assert not any("点击即可查看5.2" in t for t in texts), texts
