"""Fifty-fourth session, helper u54w2 (issue #14, required-disclosure profiles; each class from eval/profiles54p, after its
blind run, so that set is no longer blind for these items):

- eu-gdpr/automated-decisions: profiling said as building a profile of the person, affirmed or denied ('The Service does
  not build a marketing or behavioural advertising profile of you', 「不会为您建立用户画像」, 「不會建立閣下的…剖析檔案」;
  autoslides-bil 239).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_verdict

P54P = ROOT / "eval" / "profiles54p" / "docs"

_BODY_EN = "## What we collect\n\nWe collect your email address to run the service.\n\n"

# --- profiling as building a profile of the person ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Service does not build a marketing or behavioural advertising profile of you.",
        "We do not create profiles about our users for advertising.",
        "We never profile you.",
        "我们不会为您建立用户画像。",
        "本服务不会建立您的营销或行为广告画像。",
        "本服務不會建立閣下的營銷或行為廣告剖析檔案。",
    ],
)
def test_building_a_profile_of_the_person_is_the_profiling_statement(sentence: str) -> None:
    found = profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/automated-decisions")
    assert found.status == "covered", found
    assert found.evidence.line == 7, found


@pytest.mark.parametrize(
    "sentence",
    [
        "You can create your profile on the settings page.",
        "Create a profile to save your favourite recipes.",
        "Your profile picture is visible to other users.",
        "您可以在设置中创建个人资料并上传头像。",
        "本应用可以为您生成画像风格的头像图片。",
    ],
)
def test_an_account_profile_is_no_profiling(sentence: str) -> None:
    assert profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/automated-decisions").status == "missing"


def test_autoslides_profiling_denial_is_cited_at_its_own_paragraph() -> None:
    # 94 ("cookies … are not used by the Developer to build a marketing profile of you") is a thing not used for it
    assert file_verdict(P54P / "autoslides-bil" / "privacy.ts", "eu-gdpr/automated-decisions") == ("covered", 239)
