"""A Vue page whose sections are a `<script setup>` array of template literals, shown by `v-for` (u55j).

eval/profiles55p buyile-tw (held out, blind; read by u55j after m55p's run): `const sections = [{ title, content:
\\`…：${CONTACT_EMAIL}。\\n\\n本平台…\\` }]` with `import { CONTACT_EMAIL } from '@/config/site'`, rendered by
`v-for="(sec, idx) in sections"` and `<p v-for="(line, li) in sec.content.split('\\n')">{{ line }}</p>`.  The reader
left the whole policy unread (a warning: 154 characters of markup read, 1,106 of script not) for two reasons: a
template literal with an escape and a `${…}` was no value (`vue_data._Script.read`), and a loop over a string's lines
was no loop it knew (`vue_data.parse_v_for`).  Now the script is read as a React page's code is
(`jsx_data._PageScript`, `_each_slot`): a slot naming a string constant of the script is its text, one naming an
import is kept as written (and is no placeholder: `jsx.imported_expressions`); and `X.split('\\n')` is a loop over
X's lines (`vue_data._lines`), each line at its own place in the script.  Anything else keeps the page unread, and
says so.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_file, shown_lines, written_findings

_PAGE = """<script setup lang="ts">
import { CONTACT_EMAIL } from '@/config/site'
const LAST = '2026年7月31日'
const sections = [
  {
    title: '一、資料管理者',
    content: `本政策適用於本平台。若有疑問請以 Email 聯絡：${CONTACT_EMAIL}。\\n\\n本平台主要處理與服務營運直接相關之資料。`,
    open: true,
  },
  {
    title: '二、您的權利',
    content: `您有權查詢、請求更正或刪除您的個人資料（更新於 ${LAST}）。\\n請來信 ${CONTACT_EMAIL}。`,
    open: false,
  },
]
</script>

<template>
  <div>
    <p>最後更新：2026 年 7 月 31 日</p>
    <div v-for="(sec, idx) in sections" :key="sec.title">
      <button type="button" @click="toggle(idx)"><span>{{ sec.title }}</span></button>
      <div v-if="open(idx)">
        <p v-for="(line, li) in SPLIT" :key="li" :class="line === '' ? 'mt-2' : ''">
          {{ line }}
        </p>
      </div>
    </div>
  </div>
</template>
"""

_READ = [
    (20, "最後更新：2026 年 7 月 31 日"),
    (6, "一、資料管理者"),
    (7, "本政策適用於本平台。若有疑問請以 Email 聯絡：${CONTACT_EMAIL}。"),
    (7, "本平台主要處理與服務營運直接相關之資料。"),
    (11, "二、您的權利"),
    (12, "您有權查詢、請求更正或刪除您的個人資料（更新於 2026年7月31日）。"),
    (12, "請來信 ${CONTACT_EMAIL}。"),
]


def _page(split: str = "sec.content.split('\\n')", script: str = "") -> str:
    page = _PAGE.replace("SPLIT", split)
    return page.replace("</script>", script + "</script>") if script else page


def test_a_loop_over_each_line_of_a_template_literal_section_is_read(tmp_path: Path) -> None:
    for name, split in {"single": "sec.content.split('\\n')", "double": 'sec.content.split("\\n")'}.items():
        page = _page(split)
        if name == "double":  # (an attribute in the other quotes)
            page = page.replace(f'v-for="(line, li) in {split}"', f"v-for='(line, li) in {split}'")
        doc = parse_file(tmp_path, f"{name}.vue", page)
        assert shown_lines(doc) == _READ, name
        assert not any("not read" in w for w in doc.warnings), name  # type: ignore[attr-defined]


def test_an_imported_value_kept_as_written_is_no_placeholder(tmp_path: Path) -> None:
    findings = written_findings(tmp_path, "page.vue", _page())
    assert [f for f in findings if f[1].startswith("placeholder")] == []


def test_anything_else_keeps_the_page_unread_and_says_so(tmp_path: Path) -> None:
    cases = {
        # a slot of the page's own code that is no string constant: a call, a name assigned twice, an operator
        "call": ("${CONTACT_EMAIL}。\\n\\n本平台", "${mail()}。\\n\\n本平台", ""),
        "variable": ("${CONTACT_EMAIL}。\\n\\n本平台", "${who}。\\n\\n本平台", "let who = 'a'\nwho = 'b'\n"),
        "operator": ("${CONTACT_EMAIL}。\\n\\n本平台", "${CONTACT_EMAIL + 1}。\\n\\n本平台", ""),
    }
    for name, (old, new, script) in cases.items():
        doc = parse_file(tmp_path, f"{name}.vue", _page(script=script).replace(old, new))
        assert [t for _, t in shown_lines(doc)] == ["最後更新：2026 年 7 月 31 日", "{{ sec.title }}", "{{ line }}"], name
        assert any("not read" in w for w in doc.warnings), name  # type: ignore[attr-defined]
    for name, split in {
        "comma": "sec.content.split(',')",
        "call": "lines(sec.content)",
        "trimmed": "sec.content.trim().split('\\n')",
    }.items():
        doc = parse_file(tmp_path, f"split-{name}.vue", _page(split))
        assert "{{ line }}" in [t for _, t in shown_lines(doc)], name
        assert any("not read" in w for w in doc.warnings), name  # type: ignore[attr-defined]
