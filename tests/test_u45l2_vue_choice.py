"""A Vue page that chooses which list of its script to show (forty-fifth session, helper u45l2; eval/profiles45c).

`load.vue_data._Script._chosen`: `const sections = computed(() => (isPrivacy.value ? privacySections : termSections))`
shown by `<section v-for="s in sections">{{ s.h }}<p v-for="p in s.ps">{{ p }}</p>` is read as every candidate list, in
the order the script writes them, each section at its own script line (jianzhang-zh: the service terms and the privacy
policy were read as nothing, a warning that 1,171 characters of script were not read).  The same for the block form
(`{ return a ? b : c; }`), a nested choice, and the Options-API form (`computed: { current() { return this.tab === 'p'
? this.privacy : this.terms } }`).  Anything else is read as before, with the warning.
"""

from __future__ import annotations

from pathlib import Path

from parse_helpers import parse_file, parse_path, shown_lines

EVAL = Path(__file__).resolve().parent.parent / "eval"
JIANZHANG = EVAL / "profiles45c" / "docs" / "jianzhang-zh" / "Agreement.vue"

_PAGE = """<script setup lang="ts">
import { computed } from 'vue'
import { useRoute } from 'vue-router'
const route = useRoute()
const isPrivacy = computed(() => route.path.startsWith('/privacy'))
const termSections = [
  { h: '一、服务内容', ps: ['本产品提供记账服务。'] },
]
const privacySections = [
  { h: '一、我们收集的信息', ps: ['我们收集您的邮箱。', '我们不读取您的通讯录。'] },
  { h: '二、您的权利', ps: ['您可以注销账号。'] },
]
CHOICE
</script>

<template>
  <main>
    <section v-for="s in sections" :key="s.h">
      <h2>{{ s.h }}</h2>
      <p v-for="(p, i) in s.ps" :key="i">{{ p }}</p>
    </section>
  </main>
</template>
"""
_CHOICES = (
    "const sections = computed(() => (isPrivacy.value ? privacySections : termSections))",
    "const sections = computed(() => isPrivacy.value ? privacySections : termSections)",
    "const sections = computed(() => {\n  return isPrivacy.value ? privacySections : termSections;\n})",
    "const sections = computed(() => (route.path === '/a' ? termSections : route.path === '/b' ? privacySections : termSections))",
)
_EXPECTED = [
    (7, "一、服务内容"),
    (7, "本产品提供记账服务。"),
    (10, "一、我们收集的信息"),
    (10, "我们收集您的邮箱。"),
    (10, "我们不读取您的通讯录。"),
    (11, "二、您的权利"),
    (11, "您可以注销账号。"),
]

_OPTIONS = """<template>
  <div>
    <div v-for="s in current" :key="s.title">
      <h3>{{ s.title }}</h3>
      <p v-for="p in s.paras" :key="p">{{ p }}</p>
    </div>
  </div>
</template>
<script>
export default {
  data() {
    return {
      tab: 'privacy',
      privacy: [
        { title: '一、我们收集的信息', paras: ['我们收集您的手机号码用于登录。'] },
      ],
      terms: [
        { title: '一、服务内容', paras: ['本服务为记账工具。'] },
      ],
    }
  },
  computed: {
    current() {
      RETURN
    },
  },
}
</script>
"""


def _lines(doc: object) -> list[tuple[int, str]]:
    return [(b.line, b.text) for b in doc.parsed.blocks if b.text.strip()]  # type: ignore[attr-defined]


def test_every_candidate_list_of_a_choice_is_read_in_script_order(tmp_path: Path) -> None:
    for k, choice in enumerate(_CHOICES):
        doc = parse_file(tmp_path, f"choice{k}.vue", _PAGE.replace("CHOICE", choice))
        assert shown_lines(doc) == _EXPECTED, choice
        assert next(s.title for s in doc.sections if s.title) == "一、服务内容"
        assert not doc.warnings, choice


def test_options_api_computed_choice_is_read(tmp_path: Path) -> None:
    for k, ret in enumerate(("return this.tab === 'privacy' ? this.privacy : this.terms", "return this.tab ? this.terms : this.privacy;")):
        doc = parse_file(tmp_path, f"options{k}.vue", _OPTIONS.replace("RETURN", ret))
        assert shown_lines(doc) == [
            (15, "一、我们收集的信息"),
            (15, "我们收集您的手机号码用于登录。"),
            (18, "一、服务内容"),
            (18, "本服务为记账工具。"),
        ], ret
        assert not doc.warnings


def test_what_is_no_choice_between_literal_lists_is_read_as_before(tmp_path: Path) -> None:
    cases = {
        "call": "const sections = computed(() => (isPrivacy.value ? load(privacySections) : termSections))",
        "nullish": "const sections = computed(() => privacySections ?? termSections)",
        "member": "const sections = computed(() => (isPrivacy.value ? privacySections.slice(1) : termSections))",
        "statements": "const sections = computed(() => {\n  const a = 1;\n  return isPrivacy.value ? privacySections : termSections;\n})",
        "assigned": "const sections = computed(() => (isPrivacy.value ? privacySections : termSections))\ntermSections.push(extra)",
        "undefined": "const sections = computed(() => (isPrivacy.value ? privacySections : otherSections))",
        "empty": "const otherSections = []\nconst sections = computed(() => (isPrivacy.value ? privacySections : otherSections))",
    }
    for name, choice in cases.items():
        doc = parse_file(tmp_path, f"{name}.vue", _PAGE.replace("CHOICE", choice))
        texts = [t for _, t in shown_lines(doc)]
        assert not any("我们收集您的邮箱" in t or "本产品提供记账服务" in t for t in texts), name
        assert any("not read" in w for w in doc.warnings), name
    options = {
        "method-call": "return this.tab ? this.load() : this.terms",
        "two-statements": "const x = 1\n      return this.tab ? this.privacy : this.terms",
    }
    for name, ret in options.items():
        doc = parse_file(tmp_path, f"{name}.vue", _OPTIONS.replace("RETURN", ret))
        assert not any("本服务为记账工具" in t for _, t in shown_lines(doc)), name
        assert any("not read" in w for w in doc.warnings), name


def test_a_large_choice_is_read_whole(tmp_path: Path) -> None:
    items = ",\n".join(f"  {{ h: '第{k}条', ps: ['我们收集信息{k}。'] }}" for k in range(2000))
    page = _PAGE.replace("{ h: '一、服务内容', ps: ['本产品提供记账服务。'] },", items).replace("CHOICE", _CHOICES[0])
    doc = parse_file(tmp_path, "large.vue", page)
    assert sum(1 for s in doc.sections if s.title and s.title.startswith("第")) == 2000


def test_jianzhang_terms_and_privacy_are_read() -> None:
    doc = parse_path(JIANZHANG)
    titles = [(s.line, s.title) for s in doc.sections if s.title]
    assert titles[0] == (21, "一、协议的接受与修改")
    assert (64, "一、我们收集的信息") in titles and (90, "五、您的权利") in titles
    assert len(titles) == 12
    lines = dict((line, text) for line, text in shown_lines(doc))
    assert lines[66].startswith("为向您提供记账服务，我们收集：")
    assert lines[99].startswith("如您对本协议或个人信息保护有任何疑问")
    assert not any("string literals are not read" in w for w in doc.warnings)
    # the page title `{{ title }}` is a computed choice of two strings: not read, and said so
    assert [w for w in doc.warnings if "not read" in w] == [
        "line 114: 1 {{ }} interpolation not filled from the script's literals (a computed value, a prop, a call or a "
        "translation): text not read at lines 114"
    ]
