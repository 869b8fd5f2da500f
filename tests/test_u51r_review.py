"""Review of the fifty-first session's merged work (u51r, on lead51 cf630cc8): the defects found, each a class.

Each test fails on lead51 (the look-alikes beside it say what must not change):

- cn-gbt35273/close-account: u51w made 如您/如你 a hypothetical that keeps an account (「如您不提供…，不注册、登录账号」), but
  the pattern also read 例如您 and 比如你 (for example): 「本应用无需注册账号，例如您可以直接…」 lost its not-applicable and the
  item asked for a way to close an account that the policy says does not exist.
- us-ccpa/sources: u51w's 'We may receive … from Apple' clause took a denial by its object for a source ('We receive no
  personal information from Apple or Google', 'We get nothing from Google'): a false covered.
"""

from __future__ import annotations

import pytest

from profile_helpers import profile_status

# --- cn-gbt35273/close-account: 例如您 is no hypothetical ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本应用无需注册账号，例如您可以直接打开应用使用全部功能。",
        "本应用无需注册账号，比如你可以直接打开应用使用全部功能。",
        "本應用無需註冊帳號，例如您可以直接開啟應用程式使用全部功能。",
    ],
)
def test_for_example_you_keeps_no_account(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/close-account") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "如您不提供上述信息，不注册、登录账号，将可能会影响您使用部分功能。",
        "如你不需要注册账号，也可以浏览公开内容。",
        "本应用无需注册账号，但如您需要同步，可以登录。",
    ],
)
def test_if_you_is_still_a_hypothetical(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/close-account") == "missing"


# --- us-ccpa/sources: a denial by its object -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "This app is a simple calculator. We receive no personal information from Apple or Google.",
        "This app is a simple calculator. We get nothing from Google.",
        "This app is a simple calculator. We obtain none of your data from Apple.",
    ],
)
def test_receiving_nothing_from_a_platform_is_no_source(line: str) -> None:
    assert profile_status(f"# Privacy Policy\n\n{line}\n", "us-ccpa/sources") == "missing"


def test_receiving_data_from_a_platform_is_a_source() -> None:
    text = "# Privacy Policy\n\nWe may receive transaction confirmation data from Apple.\n"
    assert profile_status(text, "us-ccpa/sources") == "covered"
