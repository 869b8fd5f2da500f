"""A string a Vue page sets by its route from string constants is read (u59u; eval/blind/round59p huinong-zh-vue, not
blind: fixed from the set's dev part).

`const content = ref('')`, shown by 「<rich-text :nodes="content">」 (or `v-html`, `<mp-html :content>`), and in
`onMounted` 「content.value = type === 'user' ? userAgreement : privacyPolicy」 with both constants HTML template
literals: every text is read, each once, in the order the script writes them, each under its own title, at its own
lines.  Before, the page was read as empty.  A string assigned anything else (a response, a sum) stays unread, with
the warning that its script's text is not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from parse_helpers import parse_string, shown_lines

_PAGE = """<template>
  <view class="agreement">
    {binding}
  </view>
</template>

<script setup lang="ts">
import {{ ref, onMounted }} from 'vue'

const content = ref({initial})

const userAgreement = `
<div class="agreement-content">
  <h1>用户协议</h1>
  <p>1.1 本站的所有权和运营权归云帆科技有限公司所有。</p>
</div>
`

const privacyPolicy = `
<div class="agreement-content">
  <h1>隐私政策</h1>
  <h2>1. 信息收集</h2>
  <p>我们会收集您的手机号码，用于登录。</p>
</div>
`

onMounted(() => {{
  const type = getCurrentPages().pop().options.type
  uni.setNavigationBarTitle({{ title: type === 'user' ? '用户协议' : '隐私政策' }})
  {assignment}
}})
</script>

<style>
.agreement-content {{ font-size: 28rpx; }}
</style>
"""

_CHOICE = "content.value = type === 'user' ? userAgreement : privacyPolicy"


@pytest.mark.parametrize(
    ("binding", "initial", "assignment"),
    [
        ('<rich-text :nodes="content"></rich-text>', "''", _CHOICE),
        ('<div v-html="content"></div>', '""', _CHOICE),
        ('<mp-html :content="content" />', "null", _CHOICE),
        ('<rich-text :nodes="content"></rich-text>', "''", "content.value = type === 'user' ? userAgreement : privacyPolicy;"),
    ],
)
def test_both_texts_read_once_at_their_lines(binding: str, initial: str, assignment: str) -> None:
    doc = parse_string(_PAGE.format(binding=binding, initial=initial, assignment=assignment), ".vue")
    lines = shown_lines(doc)
    texts = [text for _, text in lines]
    assert doc.metadata.title == "用户协议" and doc.metadata.title_line == 14  # the page's first title
    assert (15, "1.1 本站的所有权和运营权归云帆科技有限公司所有。") in lines
    assert (21, "隐私政策") in lines
    assert (23, "我们会收集您的手机号码，用于登录。") in lines
    assert len(texts) == len(set(texts))  # no text read twice
    joined = "\n".join(texts)
    for code in ("agreement-content", "rpx", "setNavigationBarTitle", "getCurrentPages", "onMounted"):
        assert code not in joined


@pytest.mark.parametrize(
    ("initial", "assignment"),
    [
        ("''", "content.value = res.data.content"),  # a response: filled at run time
        ("''", "content.value = userAgreement + privacyPolicy"),  # a sum: no choice of names
        ("''", "content.value += privacyPolicy"),
        ("'加载中'", _CHOICE),  # a first value of its own
        ("''", "content.value = type === 'user' ? userAgreement : loadPolicy()"),
    ],
)
def test_a_string_set_from_anything_else_stays_unread(initial: str, assignment: str) -> None:
    page = _PAGE.format(binding='<rich-text :nodes="content"></rich-text>', initial=initial, assignment=assignment)
    doc = parse_string(page, ".vue")
    assert not any("我们会收集您的手机号码" in text for _, text in shown_lines(doc))


def test_a_countdown_set_from_a_number_stays_a_slot() -> None:
    """A countdown (`count: ""`, `this.count = TIME_COUNT` with `const TIME_COUNT = 60`) shows no text of the page."""
    page = (
        '<template>\n  <div class="sms-btn">{{ count }}</div>\n  <p>我们会收集您的手机号码，用于登录。</p>\n</template>\n'
        '<script>\nconst TIME_COUNT = 60;\nexport default {\n  data() {\n    return { count: "" };\n  },\n'
        "  methods: {\n    getCode() {\n      this.count = TIME_COUNT;\n      this.count--;\n    },\n  },\n};\n</script>\n"
    )
    assert not any(text == "60" for _, text in shown_lines(parse_string(page, ".vue")))


def test_round59p_huinong_page() -> None:
    path = ROOT / "eval/blind/round59p/dev/huinong-zh-vue/agreement.vue"
    if not path.exists():
        pytest.skip("round59p is on branch m59p")
    lines = shown_lines(parse_string(Path(path).read_text(encoding="utf-8"), ".vue"))
    assert (19, "1.1 惠农商城的所有权和运营权归XX公司所有。") in lines
    assert (83, "6. 未成年人隐私保护") in lines
