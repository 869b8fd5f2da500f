"""`check --profile` on a page the loader left partly unread: its missing items are no evidence (u55j).

eval/profiles55p buyile-tw (held out, blind; read by u55j after m55p's run): the loader warned that 1,106 characters
of the Vue page's script were not read, and `check --profile tw-pdpa` still gave ten `disclosure-missing` warnings, nine
false.  Now (`profiles.check.unread_text`, `coverage.findings.missing_findings`): each such finding is an `info` that
says why it is no evidence, the coverage listing marks the item `MISSING?`, and the JSON coverage carries
`unread_text` and `"unconfirmed": true` — only on such a page; a page read whole is reported as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from conftest import ROOT
from helpers import cli

# a Vue page whose sections the reader cannot follow (a call in a template literal): the loader warns
_UNREAD_PAGE = """<script setup>
const sections = [
  { title: '一、蒐集目的', content: `本公司蒐集您的個人資料，用於提供會員服務及客服聯繫，聯絡：${mail()}。` },
  { title: '二、資料類別', content: `我們蒐集您的姓名、電子郵件地址及行動電話號碼，並於帳戶存續期間保存。` },
]
</script>
<template>
  <div>
    <h1>隱私權政策</h1>
    <section v-for="s in sections"><h2>{{ s.title }}</h2><p>{{ s.content }}</p></section>
  </div>
</template>
"""
_READ_PAGE = "# 隱私權政策\n\n本公司蒐集您的個人資料，用於提供會員服務及客服聯繫。\n"


def _run(path: Path, *args: str) -> Any:
    return cli("check", str(path), "--profile", "tw-pdpa", "--no-config", *args)


def test_missing_items_of_a_page_left_unread_are_infos_that_say_why(tmp_path: Path) -> None:
    page = tmp_path / "privacy.vue"
    page.write_text(_UNREAD_PAGE, encoding="utf-8")
    result = _run(page, "--format", "json")
    report = json.loads(result.stdout)
    schema = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "check.schema.json").read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(report)  # (the two fields are in the contract)
    (file,) = report["files"]
    findings = [f for f in file["findings"] if f["rule"] == "disclosure-missing"]
    assert findings and {f["severity"] for f in findings} == {"info"}
    assert all("不足為證" in f["message"] and "not read" in f["message"] for f in findings)
    (coverage,) = file["coverage"]
    assert "the policy text is produced by script" in coverage["unread_text"]
    for item in coverage["items"]:  # (a missing item, or one not applicable only because nothing made it apply)
        expected = item["status"] == "missing" or (item["status"] == "not-applicable" and item["trigger"] is None)
        assert item.get("unconfirmed") is (True if expected else None), item["item"]
    assert any(item["status"] == "not-applicable" and item.get("unconfirmed") for item in coverage["items"])
    listing = _run(page, "--format", "text", "--explain-coverage").stdout
    assert "MISSING? tw-pdpa/agency" in listing and "(unconfirmed: text of the page was left unread)" in listing
    assert "n/a?     tw-pdpa/source" in listing
    assert "  MISSING " not in listing
    english = _run(page, "--format", "json", "--lang", "en").stdout
    assert "Not evidence: policylens left text of this page unread" in english


def test_a_configured_severity_does_not_make_them_evidence(tmp_path: Path) -> None:
    page = tmp_path / "privacy.vue"
    page.write_text(_UNREAD_PAGE, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('severity = { "disclosure-missing" = "error" }\n', encoding="utf-8")
    result = cli("check", str(page), "--profile", "tw-pdpa", "--format", "json", cwd=tmp_path)
    (file,) = json.loads(result.stdout)["files"]
    assert {f["severity"] for f in file["findings"] if f["rule"] == "disclosure-missing"} == {"info"}


def test_a_page_read_whole_is_reported_as_before(tmp_path: Path) -> None:
    page = tmp_path / "privacy.md"
    page.write_text(_READ_PAGE, encoding="utf-8")
    (file,) = json.loads(_run(page, "--format", "json").stdout)["files"]
    findings = [f for f in file["findings"] if f["rule"] == "disclosure-missing"]
    assert findings and {f["severity"] for f in findings} == {"warning"}
    assert not any("不足為證" in f["message"] for f in findings)
    (coverage,) = file["coverage"]
    assert "unread_text" not in coverage and not any("unconfirmed" in item for item in coverage["items"])


def test_a_page_whose_text_is_read_with_a_small_gap_keeps_its_warnings() -> None:
    """A page the loader read, beside a small gap it warns of, is not marked: mopcon-tw (profiles52b, a sign-up form whose
    notice is in its markup; the warning that its text is produced by script counts no script characters) and
    jianzhang-zh (profiles45c, one 「{{ title }}」 slot of a computed value not filled).  Their missing items are evidence."""
    for path, profile in (
        (ROOT / "eval" / "profiles52b" / "docs" / "mopcon-tw" / "Register.vue", "tw-pdpa"),
        (ROOT / "eval" / "profiles45c" / "docs" / "jianzhang-zh" / "Agreement.vue", "cn-pipl"),
    ):
        result = cli("check", str(path), "--profile", profile, "--no-config", "--format", "json")
        (file,) = json.loads(result.stdout)["files"]
        assert "unread_text" not in file["coverage"][0], path.name
        assert {f["severity"] for f in file["findings"] if f["rule"] == "disclosure-missing"} <= {"warning"}, path.name
