"""u60h's leftovers (u61r; not blind): a salutation over a letter's text is no <br> title, and a short plain policy a
Vue route shows beside a long one is read."""

from __future__ import annotations

import pytest

from parse_helpers import parse_string, shown_lines

_LETTER = """<html><body>
<p>亲爱的用户<br />感谢您使用本应用，我们非常重视您的个人信息和隐私保护。</p>
<p>GREETING<br />请您在使用前仔细阅读本政策，尤其是加粗的条款。</p>
<p>信息收集和使用<br />我们会收集您的手机号码，用于注册和登录账号。</p>
</body></html>
"""


@pytest.mark.parametrize("greeting", ["尊敬的会员", "各位玩家", "会员用户您好"])
def test_a_salutation_is_no_title(greeting: str) -> None:
    doc = parse_string(_LETTER.replace("GREETING", greeting), ".html")
    titles = [s.title for s in doc.sections if s.title]
    assert "亲爱的用户" not in titles
    assert greeting not in titles
    assert "信息收集和使用" not in titles  # (one opening title left: no page of bare titles, as on the base)


def test_bare_titles_are_still_read() -> None:
    text = _LETTER.replace("亲爱的用户", "引言").replace("GREETING", "特别提示")
    titles = [s.title for s in parse_string(text, ".html").sections if s.title]
    assert titles == ["引言", "特别提示", "信息收集和使用"]


_ROUTE = """<template>
  <view><rich-text :nodes="content"></rich-text></view>
</template>
<script setup>
import { ref, onMounted } from 'vue'
const content = ref('')
const SHORT
const privacyPolicy = `<h1>隐私政策</h1>
<p>我们会收集您的手机号码，用于登录。</p>`
onMounted(() => {
  content.value = type === 'terms' ? terms : privacyPolicy
})
</script>
"""


def test_a_short_plain_policy_beside_a_long_one_is_read() -> None:
    terms = "terms = '本应用为单机工具，不提供账号注册，也不收集您的任何个人信息。您使用本应用即表示同意遵守相关法律法规。'"
    lines = shown_lines(parse_string(_ROUTE.replace("SHORT", terms), ".vue"))
    assert any(text.startswith("本应用为单机工具") for _, text in lines)
    assert (9, "我们会收集您的手机号码，用于登录。") in lines


def test_an_app_string_beside_a_policy_stays_out() -> None:
    lines = shown_lines(parse_string(_ROUTE.replace("SHORT", "terms = '加载失败，请稍后重试。'"), ".vue"))
    assert not any("加载失败" in text for _, text in lines)
