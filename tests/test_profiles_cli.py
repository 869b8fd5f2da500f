"""`check --profile`, `policylens profiles`, `explain PROFILE`: end to end, every format, config and baseline."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SEED
from helpers import cli
from policylens.check import CheckOptions, check_paths
from policylens.render.sarif import sarif_log

CHECK_SCHEMA = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "check.schema.json").read_text(encoding="utf-8"))
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
SEED_MISSING = ["tw-pdpa/methods", "us-ccpa/right-to-limit", "us-ccpa/authorized-agent"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `policylens ARGS` in this process (`helpers.cli`), 200 columns wide."""
    return cli(*args, cwd=cwd, env={"COLUMNS": "200"})


def _seed(*args: str) -> subprocess.CompletedProcess[str]:
    return run("check", str(SEED), "--no-config", "--profile", "tw-pdpa", "--profile", "us-ccpa", *args)


def test_json_carries_item_and_reference_and_coverage() -> None:
    result = _seed("--format", "json")
    data = json.loads(result.stdout)
    jsonschema.validate(data, CHECK_SCHEMA)
    file = data["files"][0]
    missing = [f for f in file["findings"] if f["rule"] == "disclosure-missing"]
    assert [f["item"] for f in missing] == SEED_MISSING
    assert missing[0]["reference"] == "個資法第8條第1項第4款"
    assert all("item" not in f for f in file["findings"] if f["rule"] != "disclosure-missing")
    tw = file["coverage"][0]
    assert (tw["profile"], tw["covered"], tw["missing"], tw["not_applicable"]) == ("tw-pdpa", 9, 1, 0)
    period = next(i for i in tw["items"] if i["item"] == "tw-pdpa/period")
    assert period["status"] == "covered" and period["evidence"]["line"] == 136
    source = next(i for i in tw["items"] if i["item"] == "tw-pdpa/source")
    assert source["trigger"]["line"] == 44  # 我們會從第三方收集關於您的個人資料


def test_text_lists_findings_and_explains_coverage() -> None:
    result = _seed("--format", "text", "--select", "disclosure-missing", "--explain-coverage")
    assert result.returncode == 0  # warnings only
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{SEED}:1:1: warning disclosure-missing 缺少應揭露事項 tw-pdpa/methods：")
    assert f"{SEED}: tw-pdpa: 9/10 covered, 1 missing" in lines
    assert any(
        line.startswith(f"  covered  tw-pdpa/period [個資法第8條第1項第4款] {SEED}:136 (保留政策) 個人資料的保留期限") for line in lines
    )
    assert any(line.startswith("  MISSING  us-ccpa/authorized-agent") for line in lines)
    assert lines[-1] == "1 file checked: 0 errors, 3 warnings, 0 info"


def test_rich_prints_the_coverage_table() -> None:
    result = _seed("--format", "rich", "--select", "disclosure-missing")
    assert "tw-pdpa: 9/10 covered, 1 missing" in result.stdout
    assert "tw-pdpa/period" in result.stdout and "L136 § 保留政策" in result.stdout
    assert "MISSING" in result.stdout


def test_rich_coverage_totals_never_wrap_or_read_markup(tmp_path: Path) -> None:
    """A long path or one with rich markup in it: the totals line stays whole and the path is printed as is."""
    folder = tmp_path / ("a-very-long-folder-name-" * 6) / "[bold]x[/bold]"
    folder.mkdir(parents=True)
    copy = folder / "policy.txt"
    copy.write_bytes(SEED.read_bytes())
    result = run("check", str(copy), "--no-config", "--profile", "tw-pdpa", "--format", "rich", "--select", "disclosure-missing")
    assert f"{copy} — tw-pdpa: 9/10 covered, 1 missing" in result.stdout.splitlines()


def test_github_and_junit_carry_the_findings() -> None:
    github = _seed("--format", "github", "--select", "disclosure-missing").stdout.splitlines()
    assert len(github) == 3 and github[0].startswith("::warning file=")
    assert "title=disclosure-missing tw-pdpa/methods::" in github[0]
    root = ET.fromstring(_seed("--format", "junit", "--select", "disclosure-missing").stdout)
    names = [case.get("name") for case in root.iter("testcase")]
    assert names == [f"disclosure-missing:{item}" for item in SEED_MISSING]


def test_sarif_is_valid_and_names_the_item() -> None:
    report = check_paths([str(SEED)], CheckOptions(no_config=True, profiles=("tw-pdpa",)))
    log = sarif_log(report)
    jsonschema.validate(log, SARIF_SCHEMA)
    run_ = log["runs"][0]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    (result,) = [r for r in run_["results"] if r["ruleId"] == "disclosure-missing"]
    assert rules[result["ruleIndex"]] == "disclosure-missing"
    assert result["properties"] == {"item": "tw-pdpa/methods", "reference": "個資法第8條第1項第4款"}


def test_select_and_ignore_items_like_rules() -> None:
    only = json.loads(_seed("--format", "json", "--select", "us-ccpa/authorized-agent").stdout)["files"][0]["findings"]
    assert [f.get("item") for f in only] == ["us-ccpa/authorized-agent"]
    rest = json.loads(_seed("--format", "json", "--ignore", "tw-pdpa/methods,us-ccpa/right-to-limit").stdout)["files"][0]["findings"]
    assert [f["item"] for f in rest if f["rule"] == "disclosure-missing"] == ["us-ccpa/authorized-agent"]
    none = json.loads(_seed("--format", "json", "--ignore", "disclosure-missing").stdout)["files"][0]["findings"]
    assert not [f for f in none if f["rule"] == "disclosure-missing"]


def test_selecting_rules_keeps_the_profile_asked_for() -> None:
    data = json.loads(_seed("--format", "json", "--select", "placeholder-empty").stdout)["files"][0]["findings"]
    assert {f["rule"] for f in data} == {"placeholder-empty", "disclosure-missing"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--profile", "tw-pdp"), "unknown profile 'tw-pdp'"),
        (("--profile", "tw-pdpa", "--ignore", "tw-pdpa/periods"), "unknown profile item 'tw-pdpa/periods'"),
        (("--explain-coverage",), "--explain-coverage needs --profile"),
    ],
)
def test_bad_profile_options_are_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run("check", str(SEED), "--no-config", *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_baseline_records_missing_items(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    assert _seed("--write-baseline", str(baseline)).returncode == 0
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert {f["excerpt"] for f in recorded if f["rule"] == "disclosure-missing"} == set(SEED_MISSING)
    again = json.loads(_seed("--format", "json", "--baseline", str(baseline)).stdout)["files"][0]["findings"]
    assert again == []


USER_PROFILE = """schema = "policylens.profile/1"
id = "house-rules"
title = "House rules"
law = "Internal checklist"
[[item]]
id = "dpo-named"
name = "DPO named"
reference = "Checklist §1"
hint = "Name the data protection officer."
rule = "A body sentence names the DPO."
[[item.cover]]
all = ['數據保護專員|data protection officer']
[[item]]
id = "bug-bounty"
name = "Bug bounty"
reference = "Checklist §2"
hint = "Say where to report security problems."
rule = "A body sentence mentions the bug bounty."
[[item.cover]]
all = ['bug bounty|漏洞']
"""


def test_user_profiles_from_profile_paths(tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "house-rules.toml").write_text(USER_PROFILE, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text(
        'profiles = ["house-rules"]\nprofile-paths = ["profiles"]\nselect = ["disclosure-missing"]\nseverity = { "house-rules/bug-bounty" = "error" }\n',
        encoding="utf-8",
    )
    policy = tmp_path / "policy.txt"
    policy.write_bytes(SEED.read_bytes())
    result = run("check", str(policy), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (finding,) = json.loads(result.stdout)["files"][0]["findings"]
    assert (finding["item"], finding["severity"], finding["reference"]) == ("house-rules/bug-bounty", "error", "Checklist §2")
    listed = run("profiles", cwd=tmp_path).stdout
    assert "house-rules  Internal checklist  (2 items)" in listed and "tw-pdpa/period" in listed
    explained = run("explain", "house-rules/dpo-named", cwd=tmp_path).stdout
    assert "Reference: Checklist §1" in explained


def test_missing_profile_folder_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "policylens.toml").write_text('profile-paths = ["nowhere"]\n', encoding="utf-8")
    policy = tmp_path / "policy.txt"
    policy.write_bytes(SEED.read_bytes())
    result = run("check", str(policy), "--profile", "tw-pdpa", cwd=tmp_path)
    assert result.returncode == 2 and "profile-paths" in result.stderr and "not found" in result.stderr, (
        result.stderr
    )  # (from the configuration now)


def test_profiles_and_explain() -> None:
    listed = run("profiles").stdout
    for name in ("cn-gbt35273", "cn-pipl", "eu-gdpr", "tw-pdpa", "us-ccpa"):
        assert f"\n{name}  " in "\n" + listed
    assert "cn-pipl/abroad-recipient" in listed and "(conditional)" in listed
    data = json.loads(run("profiles", "--format", "json").stdout)
    assert [p["profile"] for p in data] == ["cn-gbt35273", "cn-pipl", "eu-gdpr", "tw-pdpa", "us-ccpa"]
    explained = run("explain", "tw-pdpa").stdout
    assert explained.startswith("# tw-pdpa: ")
    assert "## tw-pdpa/period: 個人資料利用之期間" in explained and "Reference: 個資法第8條第1項第4款" in explained
    assert "Applies when:" in explained  # tw-pdpa/source is conditional
    assert "## What it does" in run("explain", "disclosure-missing").stdout
    bad = run("explain", "tw-pdpa/nothing")
    assert bad.returncode == 2 and "unknown item 'tw-pdpa/nothing'" in bad.stderr


def test_parallel_run_gives_the_same_report(tmp_path: Path) -> None:
    paths = []
    for k in range(3):  # three files: the same path named three times is checked once
        copy = tmp_path / f"seed{k}.txt"
        copy.write_bytes(SEED.read_bytes())
        paths.append(str(copy))
    one = check_paths(paths, CheckOptions(no_config=True, profiles=("tw-pdpa",)), jobs=1)
    two = check_paths(paths, CheckOptions(no_config=True, profiles=("tw-pdpa",)), jobs=2)
    assert [f.findings for f in one.files] == [f.findings for f in two.files]
    assert [len(f.coverage) for f in two.files] == [1, 1, 1]


def test_coverage_is_a_plain_function_for_compare() -> None:
    from helpers import parse_path
    from policylens.profiles import resolve
    from policylens.profiles.coverage import coverage, coverage_to_dict

    data = coverage_to_dict(coverage(parse_path(SEED), resolve(["tw-pdpa"])))
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data[0]["missing"] == 1


def test_profiles_are_not_loaded_without_profile() -> None:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith(('policylens.profiles', 'policylens.topics'))))))\n"
        "from policylens.commands import main\n"
        f"sys.argv = ['policylens', 'check', {str(SEED)!r}, '--no-config', '--format', 'json']\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stderr.endswith("[]")
