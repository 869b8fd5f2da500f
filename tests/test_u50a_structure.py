"""Classes of eval/structure50a (helper u50a, fiftieth session), each both ways; every text below is invented, the real
documents stay as regressions at the end of each part.

1. A `.vue` `<text>` whose class the page's own style sheet (or its style attribute) sets `white-space: pre-wrap`
   (pre, pre-line) shows its source newlines: a list written one item a line with no blank line between them ran into
   one paragraph (guanxian-vue 「四、信息存储」: 「1. 【存储地点】…。2. 【存储期限】…。3. …」).  Now one item a line
   (`load/html/styles.py` `_pre_classes`, `_laid_texts`).  Hard-wrapped prose in such a text, a list in a text with no
   such style, and a style on another class keep the one-paragraph reading.
2. A numbered line closed by ： over a paragraph whose siblings one number before or after it are headings without a
   colon is their peer, not a lead-in (mwss-vue 「一、我们如何收集和使用个人信息：」 beside 「二、…」 「三、…」;
   `structure/headings/colon.py` `_lone_colon_title`).  A line worded as announcing a list (以下, 包括 …), over list
   items stays a paragraph.
3. A first line asking the reader to read and agree (a first-launch bar, 「请阅读并同意以下协议才能继续使用小程序」) over a
   line naming a document is no title: the title is that line (bluetooth-vue; `structure/headings/kicker.py`
   `agree_prompt`).  A prompt over a line that names no document, or a title that only mentions agreeing, is read as before.
4. A `v-for` whose items show a counter of its index alias (「(section, idx) in sections」 with 「{{ idx + 1 }}」 beside
   「{{ section.title }}」) is read from the script's list: the counter slot is not read, the titles and contents are
   (jiaocai-vue: the whole page was unread, with a warning; `load/vue_data.py` `_without_counters`).  Any other
   expression (「{{ count + 1 }}」 of a name that is no index alias, 「{{ idx * 2 }}」) leaves the page unread as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent
_S50A = _ROOT / "eval" / "structure50a"

# --- 1. a pre-wrap <text> list ----------------------------------------------------------------------------------------

_PRE = """<template>
  <view class="page">
    <text class="title">示例隐私政策</text>
    <view class="section">
      <text class="section-title">一、信息存储</text>
      <text class="body"{ATTR}>
        1. 【存储地点】您的信息存储在境内的服务器。
        2. 【存储期限】我们仅在必要的期限内保留您的信息。
        3. 【安全保护】我们采用加密措施保护您的信息。
      </text>
    </view>
    <view class="section">
      <text class="section-title">二、联系我们</text>
      <text class="body"{ATTR}>
        我们非常重视对您信息的保护。若您有任何疑问，
        请发送邮件至 privacy@example.com 与我们联系。
      </text>
    </view>
  </view>
</template>

<style lang="scss" scoped>
.page {
  padding: 30rpx;
  {SHEET}
}
</style>
"""

_ITEMS = [
    "1. 【存储地点】您的信息存储在境内的服务器。",
    "2. 【存储期限】我们仅在必要的期限内保留您的信息。",
    "3. 【安全保护】我们采用加密措施保护您的信息。",
]


@pytest.mark.parametrize(
    ("attr", "sheet"),
    [
        ("", ".body { display: block; white-space: pre-wrap; }"),
        ("", ".section { .body { color: #666; white-space: pre-line; } }"),
        (' style="white-space: pre-wrap"', ""),
        ("", ".note, .body { white-space: pre; }"),
    ],
)
def test_a_pre_wrap_text_list_reads_one_item_a_line(tmp_path: Path, attr: str, sheet: str) -> None:
    doc = parse_file(tmp_path, "privacy.vue", _PRE.replace("{ATTR}", attr).replace("{SHEET}", sheet))
    texts = paragraph_texts(doc)
    assert all(item in texts for item in _ITEMS)
    # hard-wrapped prose in the same kind of text stays one paragraph
    assert any(t.startswith("我们非常重视") and t.endswith("与我们联系。") for t in texts)
    assert [title for _, _, title in headings(doc)] == ["一、信息存储", "二、联系我们"]


@pytest.mark.parametrize(
    "sheet",
    [
        ".body { display: block; color: #666; }",  # no white-space rule
        ".other { white-space: pre-wrap; }",  # the rule is another class's
        ".body { white-space: normal; }",
    ],
)
def test_a_text_list_without_a_pre_style_keeps_its_reading(tmp_path: Path, sheet: str) -> None:
    doc = parse_file(tmp_path, "privacy.vue", _PRE.replace("{ATTR}", "").replace("{SHEET}", sheet))
    texts = paragraph_texts(doc)
    assert not any(item in texts for item in _ITEMS)
    assert any(_ITEMS[0] in t and _ITEMS[2] in t for t in texts)


def test_a_pre_wrap_text_with_one_item_line_stays_one_paragraph(tmp_path: Path) -> None:
    source = _PRE.replace("{ATTR}", "").replace("{SHEET}", ".body { white-space: pre-wrap; }")
    source = source.replace("        2. 【存储期限】", "        【存储期限】").replace("        3. 【安全保护】", "        【安全保护】")
    doc = parse_file(tmp_path, "privacy.vue", source)
    assert any(t.startswith("1. 【存储地点】") and "【安全保护】" in t for t in paragraph_texts(doc))


def test_structure50a_guanxian_items() -> None:
    doc = parse_path(_S50A / "dev" / "guanxian-vue" / "privacy.vue")
    by_line = {p.line: p.text for s in doc.sections for p in s.paragraphs}
    assert by_line[62].startswith("1. 【存储地点】") and by_line[62].endswith("服务器。")
    assert by_line[63].startswith("2. 【存储期限】") and by_line[64].startswith("3. 【安全保护】")
    assert by_line[85].endswith("监护人的同意。")  # the hard-wrapped sentence of 六、 stays whole
    assert [line for line, _, _ in headings(doc)] == [10, 18, 33, 47, 60, 69, 83, 91, 99]


# --- 2. a colon title among colon-free siblings -------------------------------------------------------------------------

_COLON = """示例隐私协议

{FIRST}

{BELOW}

二、我们如何使用Cookie

我们可能通过Cookie收集和使用您的信息，并用于记住您的偏好。

三、我们如何保护个人信息

我们会按照法律法规的规定，将信息存储于中国境内。
"""

_PARAGRAPH = "个人信息是指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份的各种信息。"


@pytest.mark.parametrize("name", ["privacy.txt", "privacy.md"])
@pytest.mark.parametrize("first", ["一、我们如何收集和使用个人信息：", "一、信息收集："])
def test_a_colon_title_beside_colon_free_siblings_is_their_peer(tmp_path: Path, name: str, first: str) -> None:
    doc = parse_file(tmp_path, name, _COLON.replace("{FIRST}", first).replace("{BELOW}", _PARAGRAPH))
    assert [title for _, _, title in headings(doc)] == [first, "二、我们如何使用Cookie", "三、我们如何保护个人信息"]


def test_colon_title_in_html_view_lines(tmp_path: Path) -> None:
    page = "<template>\n<view>\n" + "".join(
        f'<view class="mb10">{line}</view>\n'
        for line in _COLON.replace("{FIRST}", "一、我们如何收集和使用个人信息：").replace("{BELOW}", _PARAGRAPH).split("\n")
        if line
    )
    doc = parse_file(tmp_path, "privacy.vue", page + "</view>\n</template>\n")
    assert [title for _, _, title in headings(doc)][:1] == ["一、我们如何收集和使用个人信息："]


@pytest.mark.parametrize(
    ("first", "below"),
    [
        ("一、我们会收集以下信息：", _PARAGRAPH),  # worded as announcing a list
        ("一、您在注册时需要提供：", "1. 手机号码；\n\n2. 电子邮箱。"),  # over list items
    ],
)
def test_colon_lead_ins_stay_paragraphs(tmp_path: Path, first: str, below: str) -> None:
    doc = parse_file(tmp_path, "privacy.txt", _COLON.replace("{FIRST}", first).replace("{BELOW}", below))
    assert first not in [title for _, _, title in headings(doc)]


def test_structure50a_mwss_titles() -> None:
    doc = parse_path(_S50A / "dev" / "mwss-vue" / "privacy.vue")
    assert [(line, level) for line, level, _ in headings(doc)] == [(5, 1), (7, 1), (11, 1), (12, 2), (15, 2)]


# --- 3. a read-and-agree prompt over the title ---------------------------------------------------------------------------

_PROMPT = """<template>
  <view class="page">
    <view v-if="first" class="first-bar"><text class="first-tip">{PROMPT}</text></view>
    <text class="doc-title">{NAME}</text>
    <text class="update-date">更新日期：2024年5月1日</text>
    <text class="section-title">第一条 信息收集</text>
    <text class="para">1.1 我们收集您的手机号码，用于登录。</text>
    <text class="section-title">第二条 信息使用</text>
    <text class="para">2.1 我们仅将信息用于提供服务。</text>
  </view>
</template>
<style>
.doc-title { font-weight: bold; display: block; }
.section-title { font-weight: bold; display: block; }
.para { display: block; }
</style>
"""


@pytest.mark.parametrize(
    "prompt", ["请阅读并同意以下协议才能继续使用小程序", "請詳細閱讀並同意以下條款後繼續使用", "请您仔细阅读并同意本协议"]
)
def test_a_read_and_agree_prompt_over_the_title_is_no_title(tmp_path: Path, prompt: str) -> None:
    doc = parse_file(tmp_path, "privacy.vue", _PROMPT.replace("{PROMPT}", prompt).replace("{NAME}", "示例平台服务协议"))
    assert doc.metadata.title == "示例平台服务协议"
    assert [title for _, _, title in headings(doc)] == ["第一条 信息收集", "第二条 信息使用"]
    assert prompt in paragraph_texts(doc)


@pytest.mark.parametrize(
    ("prompt", "name"),
    [
        ("请阅读并同意以下协议才能继续使用小程序", "欢迎使用示例小程序"),  # the line below names no document
        ("欢迎使用示例小程序", "示例平台服务协议"),  # no prompt
    ],
)
def test_near_misses_keep_the_first_reading(tmp_path: Path, prompt: str, name: str) -> None:
    doc = parse_file(tmp_path, "privacy.vue", _PROMPT.replace("{PROMPT}", prompt).replace("{NAME}", name))
    # as before: the prompt over a line naming no document stays the title; a welcome line over the name gives none
    assert doc.metadata.title == (prompt if name.startswith("欢迎") else None)


def test_structure50a_bluetooth_title() -> None:
    doc = parse_path(_S50A / "dev2" / "bluetooth-vue" / "privacy.vue")
    # (u53x) the document's name, set larger than the eyebrow over it (32rpx / 36rpx), as annotated: no longer the prompt,
    # nor the eyebrow (`structure.headings.stacked_names`)
    assert doc.metadata.title == "蓝牙云大数据平台服务协议"
    assert "请阅读并同意以下协议才能继续使用小程序" in paragraph_texts(doc)


# --- 4. a loop's counter slot ----------------------------------------------------------------------------------------

_LOOP = """<template>
  <view class="page">
    <text class="title">示例隐私说明</text>
    <view v-for="{FOR}" :key="idx" class="section">
      <view class="row">
        <text class="num">{COUNTER}</text>
        <text class="section-title">{{ section.title }}</text>
      </view>
      <text class="body">{{ section.content }}</text>
    </view>
  </view>
</template>

<script setup>
const count = 0
const sections = [
  {
    title: '信息收集',
    content: '我们仅收集提供服务所必需的设备信息。',
  },
  {
    title: '信息使用',
    content: '我们仅将信息用于提供查询服务。',
  },
]
</script>
"""


@pytest.mark.parametrize(
    ("loop", "counter"),
    [
        ("(section, idx) in sections", "{{ idx + 1 }}"),
        ("(section, idx) in sections", "{{idx}}"),
        ("(section, i) of sections", "{{ i + 1 }}."),
    ],
)
def test_a_loop_counter_beside_the_title_is_not_read(tmp_path: Path, loop: str, counter: str) -> None:
    source = _LOOP.replace("{FOR}", loop).replace("{COUNTER}", counter.replace("idx", "i") if " of " in loop else counter)
    doc = parse_file(tmp_path, "privacy.vue", source)
    assert [(line, title) for line, _, title in headings(doc)] == [(18, "信息收集"), (22, "信息使用")]
    assert "我们仅将信息用于提供查询服务。" in paragraph_texts(doc)
    assert not doc.warnings


@pytest.mark.parametrize(
    ("loop", "counter"),
    [
        ("(section, idx) in sections", "{{ count + 1 }}"),  # not the loop's index
        ("(section, idx) in sections", "{{ idx * 2 }}"),  # not a counter
        ("section in sections", "{{ idx + 1 }}"),  # no index alias
    ],
)
def test_other_slots_in_a_loop_leave_it_unread(tmp_path: Path, loop: str, counter: str) -> None:
    doc = parse_file(tmp_path, "privacy.vue", _LOOP.replace("{FOR}", loop).replace("{COUNTER}", counter))
    assert headings(doc) == []
    assert doc.warnings


def test_structure50a_jiaocai_sections() -> None:
    doc = parse_path(_S50A / "dev2" / "jiaocai-vue" / "privacy.vue")
    assert [line for line, _, _ in headings(doc)] == [64, 69, 74, 79, 83]
    assert not doc.warnings


def test_a_counter_and_title_in_one_line_read_the_title(tmp_path: Path) -> None:
    source = _LOOP.replace("{FOR}", "(section, idx) in sections").replace("{COUNTER}", "")
    source = source.replace(
        '<text class="section-title">{{ section.title }}</text>', '<text class="section-title">{{ idx + 1 }}. {{ section.title }}</text>'
    )
    doc = parse_file(tmp_path, "privacy.vue", source)
    assert [title for _, _, title in headings(doc)] == ["信息收集", "信息使用"]
