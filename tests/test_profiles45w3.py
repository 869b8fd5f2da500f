"""Issue #14, session 45 (u45w3): citing lines of a list item whose label stands alone on its source line.

Every "covered" must cite a line a reviewer can verify.  Two classes of wrong citing lines, tested both ways, with the real
lines of eval/profiles45c solphire-zh kept as regressions (fixing from that set makes it less blind; its README says so):

- a match that opens with the colon ending the label's line (「<strong>账户信息：</strong>⏎注册账户时提供的用户名…」) is cited
  at its own words, on the value's line, as `_opening` already did outside a lead-in's item (cn-gbt35273/functions 69 → 70);
- a lead-in ending with a colon that the HTML reader joins to its first item at a `<br>`
  (「我们可能会收集以下类型的信息：<br>个人信息：当您注册账号…」) is cited at the item's line when a match reaches it (eval/profiles40c
  yizhi-zh 19 → 20 for cn-pipl/categories and cn-gbt35273/functions); a lead-in that is a whole sentence is not passed over;
- a short label alone on its source line and ending with a colon (「<strong>设备信息：</strong>」, 「- **设备信息：**」) is cited at
  the value under it, on the next line (cn-pipl/categories 95 → 96); a label with its value on the same line stays cited there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import file_verdict
from profile_helpers import profile_verdict

ROOT = Path(__file__).resolve().parent.parent
YIZHI = ROOT / "eval" / "profiles40c" / "docs" / "yizhi-zh" / "provacy.jsp"
SOLPHIRE = ROOT / "eval" / "profiles45c" / "docs" / "solphire-zh" / "PrivacyPolicy.jsx"

LEAD = "<p>在您使用我们的服务过程中，我们会自动收集以下技术信息：</p>\n<ul>\n"  # lines 3-4 under the helper's title


def _line(text: str, item: str, suffix: str) -> int | None:
    found = profile_verdict(text, item, suffix=suffix)
    assert found.status == "covered", found
    return found.evidence.line if found.evidence else None


@pytest.mark.parametrize(
    ("text", "suffix", "line"),
    [
        # the label alone on its line: the value under it (line 7) is cited
        (LEAD + "<li>\n<strong>设备信息：</strong>\n设备型号、操作系统版本、设备标识符等\n</li>\n</ul>\n", ".html", 7),
        ("我们会自动收集以下技术信息：\n\n- **设备信息：**\n  设备型号、操作系统版本、设备标识符等\n", ".md", 6),
        # the label and its value on one line: that line
        (LEAD + "<li><strong>设备信息：</strong>设备型号、操作系统版本、设备标识符等</li>\n</ul>\n", ".html", 5),
        ("我们会自动收集以下技术信息：\n\n- **设备信息：** 设备型号、操作系统版本、设备标识符等\n", ".md", 5),
    ],
)
def test_a_label_alone_on_its_line_is_cited_at_its_value(text: str, suffix: str, line: int) -> None:
    assert _line(text, "cn-pipl/categories", suffix) == line


def test_a_long_lead_in_ending_with_a_colon_is_no_label() -> None:
    # (more than a label's 12 characters: the lead-in is the statement, it is not passed over)
    text = "我们会收集您的设备型号和操作系统版本，用于以下目的：\n用于保障账号安全。\n"
    assert _line(text, "cn-pipl/categories", ".md") == 3


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "<p>在使用我们的服务时，您可能会向我们提供以下信息：</p>\n<ul>\n<li>\n<strong>账户信息：</strong>\n"
            "注册账户时提供的用户名、电子邮箱、手机号码、密码等\n</li>\n</ul>\n",
            7,
        ),
        (
            "<p>在使用我们的服务时，您可能会向我们提供以下信息：</p>\n<ul>\n<li><strong>账户信息：</strong>"
            "注册账户时提供的用户名、电子邮箱、手机号码、密码等</li>\n</ul>\n",
            5,
        ),
    ],
)
def test_a_match_opening_with_the_labels_colon_is_cited_at_its_words(text: str, line: int) -> None:
    assert _line(text, "cn-gbt35273/functions", ".html") == line


def test_solphire_regressions() -> None:
    assert file_verdict(SOLPHIRE, "cn-gbt35273/functions") == ("covered", 70)  # was 69, 「<strong>账户信息：</strong>」
    assert file_verdict(SOLPHIRE, "cn-pipl/categories") == ("covered", 96)  # was 95, 「<strong>设备信息：</strong>」


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # the lead-in and its first item joined at a <br>: the item's line
        ("<p>在您访问本网站时，我们可能会收集以下类型的信息：<br>\n个人信息：您的姓名、电子邮件地址、联系电话。<br>\n</p>\n", 4),
        # a lead-in that does not end with a colon: its own line, as before
        ("<p>在您访问本网站时，我们会收集您的设备信息<br>\n例如设备型号、操作系统版本。<br>\n</p>\n", 3),
    ],
)
def test_a_lead_in_joined_at_a_br_is_cited_at_its_item(text: str, line: int) -> None:
    assert _line(text, "cn-pipl/categories", ".html") == line


def test_yizhi_regressions() -> None:
    assert file_verdict(YIZHI, "cn-pipl/categories") == ("covered", 20)  # was 19, the lead-in
    assert file_verdict(YIZHI, "cn-gbt35273/functions") == ("covered", 20)


def test_a_label_over_a_list_of_its_own_items_stays_cited() -> None:
    # (「- 删除与撤回：」 then its own nested list: the items are paragraphs of their own, the label holds 撤回)
    bpsys = ROOT / "eval" / "blind" / "profiles9" / "docs" / "bpsys-wpf-zh" / "隐私政策.md"
    assert file_verdict(bpsys, "cn-gbt35273/withdraw-consent") == ("covered", 43)
