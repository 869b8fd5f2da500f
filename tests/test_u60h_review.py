"""Review mends of the sixtieth session's changes (u60h; constructed inputs, both sides).

- cn-gbt35273/effect-of-not-providing: a promise to tell the effect (u60q `effect_promise_u60q`, read over the
  sentence) vetoes only a sentence that states no effect anywhere: the effect written before the promise
  (「若您拒绝提供，将无法使用该功能，我们会在收集时向您说明拒绝提供的影响。」) is still the disclosure.
- The operator's site defined as 本网站 (u60q `operator_site`): a name that opens with 及/以及/和/与/或/其 is no one's
  (「… aition.xin 及其子域」), but a name holding one of them inside is a name (「天与地」).
- 「在 NAME，我们…」 (u60r `brand_at_we_u59q`): a platform, store or network alone is no brand (「在 Steam，我们」), but a
  company whose name merely starts with such a word is (「在 Epic Games，我们」).
- A Vue route between strings (u60r `_routed_text`): the app's own short string beside a document is left out, but when
  no string is a document by markup or length (two short plain-text documents) every one is read, as before.
- compare (u60e `_glossed_word`): a plain word of a bracketed English gloss is no unwritten name, but a capitalised word
  opening the gloss is a brand before what it names (「零网络访问（Acme Network Access）」 keeps *acme*).
"""

from __future__ import annotations

import pytest

from parse_helpers import parse_string, shown_lines
from policylens.compare.sentences.lacking import _glossed_word
from profile_helpers import profile_status

_MAIL = "\n\n## 联系我们\n\n电子邮件：privacy@xingchen-example.com\n"
_EFFECT = "cn-gbt35273/effect-of-not-providing"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("若您拒绝提供，将无法使用该功能，我们会在收集时向您说明拒绝提供的影响。", "covered"),
        ("如您不提供手机号码，您将不能注册账号，我们会向您告知拒绝提供的后果。", "covered"),
        # the promise alone stays no disclosure (u60q)
        ("我方特此通过本政策向您告知收集、使用用户个人信息的目的、方式和范围,以及拒绝提供信息的影响。", "missing"),
        ("本政策将向您说明我们如何收集您的信息，以及您拒绝提供个人信息可能带来的影响。", "missing"),
    ],
)
def test_an_effect_before_the_promise_is_still_stated(text: str, status: str) -> None:
    assert profile_status(text, _EFFECT) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("天与地（以下简称“本网站”）非常重视您的隐私。" + _MAIL, "covered"),
        ("知和行（以下简称“本网站”）非常重视您的隐私。" + _MAIL, "covered"),
        ("其乐（以下简称“本网站”）非常重视您的隐私。" + _MAIL, "missing"),  # opens with 其 (u60q)
        ('【运营者全称】（以下简称"我们"）运营的网站 aition.xin 及其子域（以下简称"本站"）使用 Cookie。' + _MAIL, "missing"),
        ("网站 yunfan.cn 和其子网站（以下简称“本网站”）使用 Cookie。" + _MAIL, "missing"),
    ],
)
def test_a_site_name_holding_a_conjunction_is_a_name(text: str, status: str) -> None:
    assert profile_status(text, "cn-pipl/processor") == status


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("Epic Games", "covered"),
        ("Huawei Cloud", "covered"),
        ("Line Labs", "covered"),
        ("Steam", "missing"),
        ("HarmonyOS", "missing"),
        ("TapTap", "missing"),
        ("Google Cloud", "missing"),  # the base's own list: as before
    ],
)
def test_a_company_named_after_a_platform_word_is_a_brand(name: str, status: str) -> None:
    text = f"在 {name}，我们非常重视您的隐私。" + _MAIL
    assert profile_status(text, "cn-pipl/processor") == status


_ROUTE = """<template>
  <view><rich-text :nodes="content"></rich-text></view>
</template>
<script setup>
import { ref, onMounted } from 'vue'
const content = ref('')
const userAgreement = FIRST
const privacyPolicy = '本应用不收集您的任何个人信息，所有数据仅保存在您的设备本地。如有疑问，请发送邮件至 help@yunfan.cn 联系我们。'
onMounted(() => {
  content.value = type === 'user' ? userAgreement : privacyPolicy
})
</script>
"""


def test_short_plain_documents_a_route_chooses_between_are_read() -> None:
    text = " ".join(t for _, t in shown_lines(parse_string(_ROUTE.replace("FIRST", "'欢迎使用本应用，请您遵守法律法规。'"), ".vue")))
    assert "本应用不收集您的任何个人信息" in text and "欢迎使用本应用" in text


# -- compare: a brand opening an English gloss (u60e `_glossed_word`) ---------------------------------------------------

_ZH_GLOSS = "沙箱处于零网络访问（No Network Access）状态，无法发起任何外部网络请求。"
_EN_GLOSS = "The sandbox operates under a zero network policy and cannot make outbound requests."


@pytest.mark.parametrize(
    ("gloss", "name", "glossed"),
    [
        ("Acme Network Access", "acme", False),  # a brand before what it names: still a name the English leaves out
        ("Sentry Network Access", "sentry", False),
        ("Acme Network Access", "access", True),  # the gloss's plain word, as u60e reads it
        ("No Network Access", "access", True),
        ("network access", "access", True),
    ],
)
def test_a_brand_opening_a_gloss_stays_a_name(gloss: str, name: str, glossed: bool) -> None:
    assert _glossed_word(name, _ZH_GLOSS.replace("No Network Access", gloss), _EN_GLOSS) is glossed
