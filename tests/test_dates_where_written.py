"""A policy's own date where real pages write it, and no "no date found" when it is there.

Classes (from a blind set of real policies, where `date-format` said "no effective or
last-updated date found" on four policies that had one):
- a published page whose menus come before the policy: the date right below the title was
  outside the first 60 texts that were read for it;
- a date alone on the line below the title, with no label (「隐私权政策 / 2019年 6月26日」);
- a date written to the month only: 「最後更新：2025年7月」, "Last Updated: June 2025"; also after a label with
  both a preposition and a colon (「使用條款更新於：2013年8月」, "Last updated on: August 2013": eval/precision38).
Near misses stay as they were: a date in running text with no cue is not the policy's date,
and a date in the middle of the policy is not taken for a bare date line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli, parse_string


def _dates(text: str, suffix: str = ".txt") -> tuple[str | None, str | None]:
    meta = parse_string(text, suffix).metadata
    return meta.updated, meta.effective


def test_the_date_below_a_title_after_long_menus_is_found() -> None:
    menu = "".join(f'<li><a href="/p{i}">产品{i}</a></li>\n' for i in range(120))
    page = (
        f"<html><body><nav><ul>\n{menu}</ul></nav>\n<main><h1>隐私政策</h1>\n"
        "<p>更新日期：2022/3/10 &nbsp;&nbsp; 生效日期：2022/3/10</p>\n"
        + "".join(f"<h2>{i}. 第{i}节</h2>\n<p>我们会收集您的姓名用于第{i}项服务。</p>\n" for i in range(1, 40))
        + "</main></body></html>\n"
    )
    assert _dates(page, ".html") == ("2022-03-10", "2022-03-10")


def test_a_bare_date_line_below_the_title_is_the_policys_date() -> None:
    body = "\n\n".join(f"第{i}条 我们会收集您的姓名。" for i in range(1, 6))
    assert _dates(f"隐私权政策\n2019年 6月26日 \n\n{body}\n") == ("2019-06-26", None)
    # at the end of the policy, as a signature date
    assert _dates(f"隐私权政策\n\n{body}\n\n2019年6月26日\n") == ("2019-06-26", None)
    # a labelled date wins over a bare one
    assert _dates(f"隐私权政策\n2019年6月26日\n\n更新日期：2020年1月2日\n\n{body}\n") == ("2020-01-02", None)


def test_a_date_that_is_not_a_line_of_its_own_or_sits_mid_policy_is_not_the_policys_date() -> None:
    body = [f"第{i}条 我们会收集您的姓名。" for i in range(1, 12)]
    middle = body[:5] + ["2019年6月26日"] + body[5:]
    assert _dates("隐私权政策\n\n" + "\n\n".join(middle) + "\n") == (None, None)
    assert _dates("隐私权政策\n\n我们于2019年6月26日成立。\n\n" + "\n\n".join(body) + "\n") == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "最後更新：2025年7月",
        "更新日期：2025-07",
        "最后更新于 2025/7",
        "Last Updated: June 2025",
        "Effective: Sept. 2024",
        "使用條款更新於：2013年8月",
        "最后更新于：2025年7月",
        "本政策生效於： 2025年7月",
        "Last updated on: August 2013",
        "最後更新於：2025",
    ],
)
def test_a_date_to_the_month_after_a_cue_is_not_reported_missing(tmp_path: Path, line: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(f"隱私權政策\n\n{line}\n\n我們會收集您的姓名。\n", encoding="utf-8")
    result = cli("check", str(path), "--select", "date-format", "--format", "text")
    assert "date-format" not in result.stdout, result.stdout


@pytest.mark.parametrize(
    "line",
    [
        "本公司成立於2019年7月。",
        "我們在 June 2025 推出新功能。",
        "版本 2025-07 的功能說明。",
        "本公司成立於：2019年7月",
        "更新於：請見官網",
    ],
)
def test_a_month_date_without_a_cue_still_leaves_the_policy_undated(tmp_path: Path, line: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(f"隱私權政策\n\n{line}\n\n我們會收集您的姓名。\n", encoding="utf-8")
    out = cli("check", str(path), "--select", "date-format", "--format", "text").stdout.splitlines()
    assert out[0].endswith("info date-format 找不到生效日期或最後更新日期"), out


def test_a_signature_line_at_the_end_dates_the_policy() -> None:
    body = "\n\n".join(f"第{i}条 我们会收集您的姓名。" for i in range(1, 6))
    assert _dates(f"隐私政策\n\n{body}\n\n**Signed,** laosji.net Jan 2, 2026\n", ".md") == ("2026-01-02", None)
    assert _dates(f"隐私政策\n\n{body}\n\n某某工作室 2026.01.02\n") == ("2026-01-02", None)
    # a sentence with a date at the end is not a signature; nor is a long line
    assert _dates(f"隐私政策\n\n{body}\n\n我们于2026年1月2日成立了客服团队。\n") == (None, None)
    assert _dates(f"隐私政策\n\n{body}\n\n我们的客服团队会在收到请求后尽快处理 2026.01.02 之前的订单\n") == (None, None)


def test_an_ambiguous_date_offers_no_replacement_text(tmp_path: Path) -> None:
    # which reading is meant is unknown: the message shows the form, and SARIF must not offer
    # the literal "YYYY-MM-DD" as a fix to apply
    import json

    path = tmp_path / "p.md"
    path.write_text("# Privacy Policy\n\n_Last updated: 07/06/2025_\n\nWe collect your e-mail address.\n", encoding="utf-8")
    data = json.loads(cli("check", str(path), "--select", "date-format", "--format", "json").stdout)
    [finding] = data["files"][0]["findings"]
    assert finding["message"] == "ambiguous date 07/06/2025; write it as YYYY-MM-DD" and finding.get("suggestion") is None
    sarif = json.loads(cli("check", str(path), "--select", "date-format", "--format", "sarif").stdout)
    assert "fixes" not in sarif["runs"][0]["results"][0]
    # a date that only one order makes valid cannot be misread: no finding (it is the policy's date)
    path.write_text("# Privacy Policy\n\n_Last updated: 07/30/2025_\n\nWe collect your e-mail address.\n", encoding="utf-8")
    data = json.loads(cli("check", str(path), "--select", "date-format", "--format", "json").stdout)
    assert data["files"][0]["findings"] == []
    # a compact date still gets its written-out form as the replacement
    path.write_text("# Privacy Policy\n\nLast updated: 20250730\n\nWe collect your e-mail address.\n", encoding="utf-8")
    data = json.loads(cli("check", str(path), "--select", "date-format", "--format", "json").stdout)
    assert data["files"][0]["findings"][0]["suggestion"] == "2025-07-30"


def test_a_version_history_and_a_date_announced_for_later_do_not_date_the_policy(tmp_path: Path) -> None:
    body = "\n\n".join(f"第{i}条 我们会收集您的姓名。" for i in range(1, 4))
    history = "版本记录\n\nV1.0 2020年1月1日\n\nV2.0 2023年5月1日\n\nV3.0 2025年2月1日\n"
    assert _dates(f"隐私政策\n\n{body}\n\n{history}") == (None, None)
    path = tmp_path / "p.txt"
    path.write_text(f"隐私政策\n\n{body}\n\n我们会不定期更新本政策，下一次更新预计在2026年3月进行。\n", encoding="utf-8")
    out = cli("check", str(path), "--select", "date-format", "--format", "text").stdout.splitlines()
    assert out[0].endswith("info date-format 找不到生效日期或最后更新日期"), out
