"""Disclosure profiles, twenty-fifth session (u25w, issue #14): the coverage mechanism, measured set-out.

The mechanism left on the branch (`eval/profiles-setout25.md`, `docs/profiles.md`): a list item read with what it sits
under (its section's heading, its parent item, a lead-in that closes the section above its subsections), never for an
item's applicability, never on a heading's words alone.  Each is tested both ways with invented text: what it covers, and the near miss it must leave alone.
"""

from __future__ import annotations

from helpers import profile_status, profile_verdict

# --- a list item reads with its heading, its parent item, or a closing lead-in -----------------------------------


def test_a_list_item_reads_with_the_heading_it_sits_under() -> None:
    """Heading carries the meaning: 「## 数据保存期限」 over 「- 账户资料：注销后 30 日」 states the period; the item is cited
    (eval/blind/profiles7/docs/guance-sdk-zh holds the shape, a token's 「有效期为7天」 in a list)."""
    verdict = profile_verdict("## 数据保存期限\n\n- 账户资料：注销后 30 日\n- 日志：6 个月\n", "cn-pipl/retention")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


def test_the_same_item_under_another_heading_covers_nothing() -> None:
    """The other side: without the heading's words the item alone states no period."""
    assert profile_status("## 其他说明\n\n- 账户资料：注销后 30 日\n- 日志：6 个月\n", "cn-pipl/retention") == "missing"


def test_a_heading_alone_never_covers() -> None:
    """A heading naming the item over an item that states nothing: still missing."""
    assert profile_status("## 数据保存期限\n\n- 我们重视您的隐私。\n", "cn-pipl/retention") == "missing"


def test_one_match_running_from_the_heading_into_the_item_is_no_evidence() -> None:
    """The item must hold words of its own: 「利用方式」 in the heading and 「電子」 of 電子郵件 in the item is one match
    across both, not a method (a false covered on eval/blind/profiles5/docs/shengfeng-tw, met while building)."""
    text = "## 個人資料的蒐集、處理及利用方式\n\n- 本網站會保留您提供的姓名、電子郵件地址。\n"
    assert profile_status(text, "tw-pdpa/methods") == "missing"


def test_a_link_target_is_not_the_items_words() -> None:
    """A word inside a link's target is no words of the item: "automatically" in a support URL under "Data we collect" is no
    source (tests/test_profiles_classes7e.py holds the same look-alike)."""
    text = "## Data we collect\n\n- Update checks ([how to stop](https://support.example.org/firefox-automatically-connects))\n"
    assert profile_status(text, "us-ccpa/sources") == "missing"


def test_a_heading_never_makes_a_conditional_item_apply() -> None:
    """Applicability is read from statements: a duty in a list under the policy's title is no transfer abroad
    (tests/test_profiles_lead19.py holds the same look-alike)."""
    text = "## 用户义务\n\n- (2) 从中国大陆向境外传输资料信息必须符合中国有关法规；\n"
    assert profile_status(text, "cn-pipl/abroad-recipient") == "not-applicable"


def test_a_table_of_contents_under_a_heading_covers_nothing() -> None:
    """A list of in-page links under a heading is a table of contents, not items of the heading."""
    assert profile_status("## Contents\n\n- [Data protection officer](#dpo)\n- [Your rights](#rights)\n", "eu-gdpr/dpo") == "missing"


def test_a_closing_lead_in_reads_with_the_items_of_its_subsections() -> None:
    """A list that goes on in titled subsections: "We use the information we collect to:" closing its section, then
    "### 1. Provide Core Services" over "- Sync data across your devices" (eval/blind/profiles9/docs/logyourbody-en)."""
    text = (
        "## How We Use Your Information\n\nWe use the information we collect to:\n\n"
        "### 1. Provide Core Services\n\n- Create and manage your account\n- Sync data across your devices\n"
    )
    verdict = profile_verdict(text, "eu-gdpr/purposes")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 10


def test_a_subsection_without_a_lead_in_above_it_covers_nothing() -> None:
    """The other side: the same subsection under a heading with no lead-in states no purpose."""
    text = "## How We Use Your Information\n\n### 1. Provide Core Services\n\n- Create and manage your account\n- Sync across devices\n"
    assert profile_status(text, "eu-gdpr/purposes") == "missing"


def test_a_statement_is_cited_before_a_line_read_with_its_heading() -> None:
    """A line read with a context is cited after every statement: the sentence that states the period is cited."""
    text = "## 数据保存期限\n\n- 日志：6 个月\n\n我们会在您注销账户后 30 日内删除您的个人信息。\n"
    verdict = profile_verdict(text, "cn-pipl/retention")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 7
