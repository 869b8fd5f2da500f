"""The lead's classes of the thirtieth session, each tested both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string, profile_verdict, rule_excerpts


@pytest.mark.parametrize(
    ("text", "updated", "effective"),
    [
        (
            "# 隐私政策\n\n## 1. 应用权限\n\n我们申请相机权限。\n\n## 8. 最后更新时间\n\n2024年10月14日\n\n网页监测\n\nLight\n\nDark\n\nCopy 2025 ©方糖气球\n",
            "2024-10-14",
            None,
        ),
        (
            "# 隐私政策\n\n正文第一段。\n\n**生效日期：**\n\n2023年5月1日\n\n网页监测\n\nLight\n\nDark\n\nCopy 2025 ©方糖气球\n",
            "2023-05-01",
            "2023-05-01",
        ),
        (
            "# Privacy Policy\n\nWe collect your e-mail.\n\n## Last updated\n\nMarch 3, 2025\n\nHome\n\nBlog\n\nAbout\n\nCopyright 2025 Example\n",
            "2025-03-03",
            None,
        ),
        ("# 隐私政策\n\n正文。\n\n## 更新\n\n2022年1月2日\n\n网页监测\n\nLight\n\nDark\n\nCopy 2025 ©方糖气球\n", "2022-01-02", None),
    ],
)
def test_a_date_alone_after_its_label_is_read(text: str, updated: str, effective: str | None) -> None:
    """eval/precision30 serverchan-android-html: the date is the paragraph under the heading 「8. 最后更新时间」,
    with the page's footer after it (a date among the last three texts was read before, as a signature)."""
    meta = parse_string(text, ".md").metadata
    assert (meta.updated, meta.effective) == (updated, effective)


@pytest.mark.parametrize(
    "text",
    [
        # the label is a sentence, the date a record of some other event
        "# 隐私政策\n\n我们将不定期更新本政策，并在更新后通知您。\n\n## 1. 账号\n\n注册时间\n\n2024年10月14日\n\n网页监测\n\nLight\n\nDark\n\nCopy 2025 ©方糖气球\n",
        # a heading that names no date, then a lone date: a history entry, not the policy's date
        "# 隐私政策\n\n## 1. 应用权限\n\n我们申请相机权限。\n\n## 9. 历史版本\n\n2020年1月1日\n\n旧版本的全文。\n\n第二段。\n\n第三段。\n",
        # a long title that mentions updates is no label
        "# 隐私政策\n\n正文第一段。\n\n正文第二段。\n\n## 本政策如何更新以及更新后如何通知您\n\n2021年3月30日\n\n正文。\n\n第二段。\n\n第三段。\n\n第四段。\n",
    ],
)
def test_a_lone_date_after_a_text_that_is_no_date_label_is_not_the_policys_date(text: str) -> None:
    assert parse_string(text, ".md").metadata.updated is None


def _date_findings(tmp_path: Path, line: str) -> list[str]:
    return rule_excerpts(tmp_path, f"# 隐私政策\n\n{line}\n\n我们收集您的邮箱。\n", "date-format", "policy.md")


@pytest.mark.parametrize(
    "line", ["最后更新：十二月 2025", "最后更新：2025年十二月", "最后更新：二〇二五年十二月", "更新日期：2025 年 十一月"]
)
def test_a_date_to_the_month_in_chinese_numerals_is_a_date(tmp_path: Path, line: str) -> None:
    """eval/editions30 savio: 「最后更新：十二月 2025」 was reported as no date at all."""
    assert _date_findings(tmp_path, line) == []


@pytest.mark.parametrize("line", ["最后更新：十二月", "我们于十二月 2025 开会。", "更新说明：第十二月报 2025 期"])
def test_a_month_without_its_year_or_label_is_still_no_date(tmp_path: Path, line: str) -> None:
    assert len(_date_findings(tmp_path, line)) == 1


def test_a_version_line_dates_the_policy() -> None:
    """eval/pairs30 cofacts: 「> Version 3, 14 February 2022」 under the title was no date (版本 was a cue, version not)."""
    text = "# 網站使用者條款\n\n> Version 3, 14 February 2022\n\n此使用者條款為協助網站協作者的使用規範。\n"
    assert parse_string(text, ".md").metadata.updated == "2022-02-14"
    plain = "# 網站使用者條款\n\n本服務支援 iOS version 14 以上。\n\n此使用者條款為協助網站協作者的使用規範。\n\n第二段。\n\n第三段。\n"
    assert parse_string(plain, ".md").metadata.updated is None


_ANGULAR = (
    '<div class="container">\n  <h1>隱私權政策</h1>\n  <p>最後更新日期：{{ lastUpdated }}</p>\n'
    "  <p>本服務由 {{ companyName }} 提供，電子郵件：{{ contactEmail }}。</p>\n</div>\n"
)


def test_an_angular_component_template_interpolates_its_fields(tmp_path: Path) -> None:
    """eval/blind/round30b novus-tw-angular: `privacy-policy.component.html`'s {{ companyName }} is filled when the page renders."""
    assert rule_excerpts(tmp_path, _ANGULAR, "placeholder-instruction", "privacy-policy.component.html") == []
    assert rule_excerpts(tmp_path, _ANGULAR, "date-format", "privacy-policy.component.html") == []


def test_the_same_bindings_in_a_plain_page_are_still_slots(tmp_path: Path) -> None:
    assert len(rule_excerpts(tmp_path, _ANGULAR, "placeholder-instruction", "privacy.html")) == 3
    assert len(rule_excerpts(tmp_path, _ANGULAR, "placeholder-instruction", "component.html")) == 3


@pytest.mark.parametrize(("line", "updated"), [("更改日期：2025-11-19", "2025-11-19"), ("變更日期：2024年3月1日", "2024-03-01")])
def test_a_change_date_label_dates_the_policy(line: str, updated: str) -> None:
    """eval/structure30 sanos-html: 「更改日期：2025-11-19」 was no date (更改 was no cue)."""
    assert parse_string(f"# 用户协议\n\n{line}\n\n正文。\n\n第二段。\n\n第三段。\n\n第四段。\n", ".md").metadata.updated == updated


def test_a_change_without_a_date_label_is_no_cue() -> None:
    text = "# 用户协议\n\n如需更改，请于2024年1月1日前联系我们。\n\n正文。\n\n第二段。\n\n第三段。\n\n第四段。\n"
    assert parse_string(text, ".md").metadata.updated is None


_REACT_PAGE = """import React from "react";

export default function Privacy() {
  return (
    <main>
      <h1>隐私政策</h1>
      <p>
        如有疑问，请发送邮件至{" "}
        <a href="mailto:privacy@acme-app.com">privacy@acme-app.com</a>{" "}
        或致电我们。
      </p>
      <p>
        If you have questions, email us at{" "}
        <a href="mailto:help@acme-app.com">help@acme-app.com</a>.
      </p>
      <Text>Active</Text>
      <Text>2020-03-02</Text>
    </main>
  );
}
"""


def test_a_web_react_page_keeps_the_space_of_a_line_break() -> None:
    """Review u30x: the JSX trimming of text at line breaks (Taro and React Native pages, u30t) also ran on web pages,
    whose `{" "}` is blanked before the parser reads it: 「至{" "}⏎<a>」 read 「至privacy@…」, the address taken as
    「至privacy@acme-app.com」's neighbours glued, and Chakra `<Text>` blocks glued (「Active2020-03-02」)."""
    doc = parse_string(_REACT_PAGE, ".tsx")
    assert doc.metadata.emails == ("privacy@acme-app.com", "help@acme-app.com")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert not any("Active2020" in t for t in texts), texts


def test_a_denial_of_sharing_with_anyone_stays_the_cited_recipients_line() -> None:
    """Review u30x (eval/profiles mockgps-tw): u30v's demotion of a denial of one kind of recipient also demoted 'We do not
    share your data with any third parties.', and an unrelated storage line was cited instead."""
    text = "# Privacy Policy\n\n## Data Sharing\n\nWe do not share your data with any third parties.\n\nAll data is stored locally on your device.\n"
    verdict = profile_verdict(text, "eu-gdpr/recipients")
    assert verdict.status == "covered" and "any third parties" in verdict.evidence.text


_STATES = """# 隐私政策

更新日期：2025年1月1日

## 一、订单状态说明

| 状态 | 说明 |
| --- | --- |
| [待审核] | 订单提交后等待平台审核 |
| [待确认] | 商家尚未确认订单 |

【待审核】订单可在个人中心取消，取消后我们不会保留您的订单信息。

- [待审核] 订单会在 24 小时内完成审核。

1. 【待确认】的订单不会扣款。

您发布的评论在审核通过前将处于【待审核】状态，【待审核的评论】仅您本人可见。
"""


def test_an_apps_review_states_are_no_drafting_notes(tmp_path: Path) -> None:
    """Review u30x: an app's help text naming its order and comment states (a table's state column, a state before the
    thing in it, 【待审核的评论】) was reported as the drafter's review tags (u30q) and pending notes."""
    assert rule_excerpts(tmp_path, _STATES, "placeholder-instruction", "p.md") == []


@pytest.mark.parametrize(
    "line",
    [
        "- [待审核] 引入社交登录时：需确认第三方 SDK 名单。",
        "## ③自动收集的项目（通用）[待审核]",
        "| 公司名称 | [待确认] |",
        "联系地址：【待确认：注册地址】",
    ],
)
def test_the_drafters_tags_are_still_found(tmp_path: Path, line: str) -> None:
    text = f"# 隐私政策\n\n## 一、说明\n\n{line}\n"
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", "p.md") != []
