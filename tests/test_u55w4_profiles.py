"""Fifty-fifth session, helper u55w4 (issue #14, required-disclosure profiles): classes left by this session's helpers
(u55j, u55w2, u55w3; eval/profiles55p is not blind for these items):

- us-ccpa/sold-or-shared, precision: u55w2's denial with a pronoun ('We don't sell it') covers only when the pronoun's
  antecedent is the data: a data noun in the denial's sentence or the one before it, with no product noun (app, service,
  website…) between them; 'We collect usage data. The app is free and we don't sell it' is about the app.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

P55P = ROOT / "eval" / "profiles55p" / "docs"

_BODY_EN = "## What we collect\n\nWe collect your email address to run the service.\n\n"
_BODY_ZH = "## 我们收集的信息\n\n我们收集您的电子邮箱地址以提供服务。\n\n"

# --- us-ccpa/sold-or-shared: the pronoun must stand for the data -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Account info is used to identify and recover your account. We don't sell or share it for marketing.",
        "We collect usage data to count sessions. We never sell it.",
        "Your contact details are used to reply to you, and we will not sell them.",
        "The app collects usage data and we don't sell it.",
        "账号信息仅用于识别您的账号，我们不会将其出售或共享。",
    ],
)
def test_a_pronoun_sale_denial_whose_antecedent_is_the_data_covers(sentence: str) -> None:
    assert profile_status(_BODY_EN + sentence + "\n", "us-ccpa/sold-or-shared") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "We collect usage data. The app is free and we don't sell it.",
        "We collect usage data. Our service is free; we will not sell it.",
        "We collect usage data to improve the app. We don't sell it.",
        "Usage data helps us fix bugs. The website is run by volunteers and we never sell it.",
        "We collect usage data. We are a small company. We don't sell it.",
        "We collect usage data. This software is open source and we do not sell them.",
        "本应用免费下载，我们不会将其出售。",
        "我们收集使用数据。\n\n本应用免费，我们不会将其出售。",
    ],
)
def test_a_pronoun_sale_denial_about_the_product_is_no_sale_statement(sentence: str) -> None:
    assert profile_status(_BODY_EN + sentence + "\n", "us-ccpa/sold-or-shared") == "missing"


def test_photospeak_pronoun_sale_denial_still_cited() -> None:
    assert file_verdict(P55P / "photospeak-bil" / "legal.ts", "us-ccpa/sold-or-shared") == ("covered", 88)
