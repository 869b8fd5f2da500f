"""Fifty-sixth session, u56j2 (not blind: eval/blind/round40 and round40d gobob-tsx 150): a finding in text a reader places
away from where it is written keeps its own source position.

A block rendered where a `.map` stands is made of the map's words (「待法务确认：{s.todo}」, line 150) and each item's string
written in the array above (line 43): its finding started on the map's words and ended on the string above, an end before
its start (the scorer's `line ≤ L ≤ end_line` then matched no line).  Every piece keeps where its characters are written;
a finding starts at its first character and ends on the last character written at or after it (`model.forward_end`).
The guard runs `check` on every constructed shape of an array read through a `.map` / `v-for` (array above or below the
map, string or markup fields, .tsx/.jsx/.js/.vue) and asserts each finding's start is where its first character is
written and its end is not before its start.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

ROOT = Path(__file__).resolve().parent.parent
GOBOB = [ROOT / "eval" / "blind" / d / "dev" / "gobob-tsx" / "page.tsx" for d in ("round40", "round40d")]

_ITEMS = """const SECTIONS = [
  {
    title: '一、我们是谁',
    body: '本政策适用于星河学堂提供的在线课程服务，我们会妥善保护你的个人信息。',
    todo: '运营主体全称、统一社会信用代码、注册地址',
  },
  {
    title: '二、我们收集哪些信息',
    body: '你注册时填写的手机号码与昵称，用于登录与找回账号。',
    todo: '逐项核对实际采集字段',
  },
];
"""
_MARKUP_ITEMS = """const SECTIONS = [
  {
    title: '一、我们是谁',
    body: (
      <>
        <p>本政策由 <strong>【待法务确认：运营主体全称】</strong> 运营，产品名称为星河学堂。</p>
      </>
    ),
    todo: '运营主体全称、统一社会信用代码、注册地址',
  },
  {
    title: '二、我们收集哪些信息',
    body: <p>你注册时填写的手机号码与昵称，用于登录与找回账号。</p>,
    todo: '逐项核对实际采集字段',
  },
];
"""
_PAGE = """export default function PrivacyPage() {
  return (
    <main>
      <h1>隐私政策</h1>
      <p>星河学堂重视你的隐私。我们仅在提供服务所必需的范围内收集和使用你的信息。</p>
      {SECTIONS.map((s) => (
        <section key={s.title}>
          <h2>{s.title}</h2>
          <div>{s.body}</div>
          {s.todo && (
            <p>
              待法务确认：{s.todo}
            </p>
          )}
        </section>
      ))}
    </main>
  );
}
"""
_STRINGS = """const NOTES = [
  '【请填写公司名称】负责处理你的个人信息。',
  '如有疑问，请发送邮件至【待补充邮箱】联系我们。',
];
"""
_STRINGS_PAGE = """export default function PrivacyPage() {
  return (
    <main>
      <h1>隐私政策</h1>
      <p>星河学堂重视你的隐私。我们仅在提供服务所必需的范围内收集和使用你的信息。</p>
      <ul>
        {NOTES.map((n) => (
          <li key={n}>请补充：{n}</li>
        ))}
      </ul>
    </main>
  );
}
"""
_VUE = """<template>
  <main>
    <h1>隐私政策</h1>
    <p>星河学堂重视你的隐私。我们仅在提供服务所必需的范围内收集和使用你的信息。</p>
    <section v-for="s in sections" :key="s.title">
      <h2>{{ s.title }}</h2>
      <p>{{ s.body }}</p>
      <p>待法务确认：{{ s.todo }}</p>
    </section>
  </main>
</template>

<script>
export default {
  data() {
    return {
      sections: [
        { title: '一、我们是谁', body: '本政策适用于星河学堂提供的在线课程服务。', todo: '运营主体全称、统一社会信用代码' },
        { title: '二、我们收集哪些信息', body: '你注册时填写的手机号码与昵称。', todo: '逐项核对实际采集字段' },
      ],
    };
  },
};
</script>
"""
_REACT = "import React from 'react';\n\n"

SHAPES = {
    "above.tsx": _ITEMS + "\n" + _PAGE,
    "above.jsx": _ITEMS + "\n" + _PAGE,
    "above.js": _REACT + _ITEMS + "\n" + _PAGE,
    "below.tsx": _PAGE + "\n" + _ITEMS,
    "markup-above.tsx": _MARKUP_ITEMS + "\n" + _PAGE,
    "markup-above.jsx": _MARKUP_ITEMS + "\n" + _PAGE,
    "markup-below.tsx": _PAGE + "\n" + _MARKUP_ITEMS,
    "strings-above.tsx": _STRINGS + "\n" + _STRINGS_PAGE,
    "strings-below.tsx": _STRINGS_PAGE + "\n" + _STRINGS,
    "page.vue": _VUE,
}


def _assert_located(path: Path) -> int:
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    lines = path.read_text(encoding="utf-8").splitlines()
    for f in report.findings:
        assert (f.line, f.column) <= (f.end_line, f.end_column), (f.rule, f.line, f.column, f.end_line, f.end_column, f.excerpt)
        first = (f.excerpt or "").lstrip("…")[:1]
        if f.rule.startswith("placeholder") and first and not first.isspace() and not f.excerpt.startswith("…"):
            assert lines[f.line - 1][f.column - 1 :].startswith(first), (f.rule, f.line, f.column, f.excerpt)
    return len(report.findings)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_gathered_block_keeps_each_finding_where_it_is_written(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(SHAPES[name], encoding="utf-8")
    assert _assert_located(path) > 0  # (every shape has a to-do or a slot to find)


def test_the_map_words_finding_ends_on_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "page.tsx"
    path.write_text(_ITEMS + "\n" + _PAGE, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    todo = [f for f in report.findings if f.excerpt.startswith("待法务确认：")]
    assert len(todo) == 2
    assert {(f.line, f.end_line) for f in todo} == {(25, 25)}  # the map's words, line 25, not the strings at 5 and 10


@pytest.mark.parametrize("path", GOBOB, ids=["round40", "round40d"])
def test_gobob_findings_keep_their_lines(path: Path) -> None:
    assert _assert_located(path) > 0
