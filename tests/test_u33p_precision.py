"""Precision classes of the thirty-third session's set `eval/precision33` (u33p), both ways.

The set's first run on the frozen base had no false finding.  One class was mis-described: a role's mailbox on
email.com left by the template, 「请联系我们：[contact@email.com]」, was reported as residue (a warning whose suggestion
kept the dummy address, 「contact@email.com」, as if it were the operator's).  It is an address never filled, so
`placeholder-instruction` now reports it (error, no suggestion), in or out of brackets.  Not a person's mailbox on
email.com (it may be real), a role mailbox on another host (support@mail.com, service@qq.com), nor an example in prose
or a command in code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import rule_excerpts
from policylens.check import CheckOptions, check_file

_SET = Path(__file__).resolve().parent.parent / "eval" / "precision33"

_TEXT = """日日守护隐私政策
更新日期：2024年5月1日
本程序由星河科技有限公司运营。
{line}
"""


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("如有疑问，请联系我们：contact@email.com", "contact@email.com"),
        ("行使上述权利请联系：[contact@email.com]", "contact@email.com"),
        ("联系邮箱：【support@email.com】", "support@email.com"),
        ("客服邮箱：info@EMAIL.com，我们将尽快回复。", "info@EMAIL.com"),
        ("Contact us at privacy@email.com.", "privacy@email.com"),
        ("個資窗口：service@email.com", "service@email.com"),
    ],
)
def test_a_role_mailbox_on_email_com_is_an_address_never_filled(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _TEXT.format(line=line), "placeholder-instruction", "role.txt") == [found]


@pytest.mark.parametrize(
    "line",
    [
        "如有疑问，请联系：zhang.wei@email.com",  # a person's mailbox there may be real
        "如有疑问，请联系：support@mail.com",  # another host
        "如有疑问，请联系：service@qq.com",
        "如有疑问，请联系：contact@myemail.com",
        "如有疑问，请联系：contact@email.com.cn",
        "邮箱格式例如 info@email.com，请填写您自己的邮箱。",  # an example in prose
        "运行 `git config user.email contact@email.com` 即可。",  # a command shown in code
    ],
)
def test_no_finding_for_other_mailboxes_or_samples(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _TEXT.format(line=line), "placeholder-instruction", "other.txt") == []


def test_in_brackets_one_error_and_no_residue(tmp_path: Path) -> None:
    """The bracketed dummy is one finding, the unfilled address (before: residue whose suggestion kept the dummy)."""
    path = tmp_path / "bracketed.txt"
    path.write_text(_TEXT.format(line="行使上述权利请联系：[contact@email.com]"), encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    found = [(f.rule, f.severity, f.excerpt) for f in report.findings if f.rule.startswith("placeholder")]
    assert found == [("placeholder-instruction", "error", "contact@email.com")]


def test_a_real_address_in_brackets_is_still_residue(tmp_path: Path) -> None:
    excerpts = rule_excerpts(tmp_path, _TEXT.format(line="行使上述权利请联系：[privacy@xinghe.cn]"), "placeholder-residue", "real.txt")
    assert excerpts == ["[privacy@xinghe.cn]"]


def _findings(name: str) -> list[tuple[int, int, str]]:
    entry = next(e for e in json.loads((_SET / "sources.json").read_text(encoding="utf-8")) if e["name"] == name)
    report = check_file(str(_SET / entry["file"]), CheckOptions(no_config=True))
    assert report.error is None, report.error
    # (u42k2) a finding for the same text again on its line stands for each occurrence (`check.repeats`)
    return sorted((f.line, column, f.rule) for f in report.findings for column in f.columns or (f.column,))


def _first_run(name: str) -> list[tuple[int, int, str]]:
    entry = next(e for e in json.loads((_SET / "sources.json").read_text(encoding="utf-8")) if e["name"] == name)
    judged = json.loads((_SET / "judgments.json").read_text(encoding="utf-8"))
    return sorted((j["line"], j["column"], j["rule"]) for j in judged if j["file"] == entry["file"] and j.get("seen") == "first run")


def test_the_set_document_reports_its_dummy_contact_as_unfilled() -> None:
    """scoreboost-agreement-wxml (batch 1): the operator's slot and the dummy contact, both unfilled (errors)."""
    assert _findings("scoreboost-agreement-wxml") == [(11, 30, "placeholder-instruction"), (76, 20, "placeholder-instruction")]


@pytest.mark.parametrize(
    "name",
    ["futurelearn-disclaimer-php", "suan-privacy-wxml", "poker-privacy-wxml", "youyou-privacy-tsx"],
)
def test_the_set_keeps_its_first_run_findings(name: str) -> None:
    """Batch-1 documents of the set: the same findings as on the frozen base (less `wrong-word`, a rule added since:
    u55f, the set's own note 「導至」 for 導致 on futurelearn L66, asserted below)."""
    assert [f for f in _findings(name) if f[2] != "wrong-word"] == _first_run(name)


def test_the_taiwan_disclaimer_typo_the_set_noted_is_found() -> None:
    """futurelearn-disclaimer-php: 「可能會導至網站某些功能無法正常執行」, noted by the set as a typo with no rule (u55f)."""
    assert [f for f in _findings("futurelearn-disclaimer-php") if f[2] == "wrong-word"] == [(66, 113, "wrong-word")]


def test_the_taiwan_page_keeps_its_findings_and_gains_its_noted_miss() -> None:
    """debuganywhere-tw-html: the first run's findings, and the mis-conversion 註重 (注重) the set's README noted as a
    miss, now a `conversion-error` (the lead, thirty-third session); and (u53p) the 于 of 「关于」 in the Simplified footer whose
    联/们/隐 the first run already marked (a shared character read by its word beside other Simplified-only errors)."""
    expected = [*_first_run("debuganywhere-tw-html"), (5, 12, "conversion-error"), (30, 177, "script-mixed")]
    assert _findings("debuganywhere-tw-html") == sorted(expected)
