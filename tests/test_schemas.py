"""JSON contracts and SARIF output validated against their schemas (SARIF: the official OASIS schema)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import CORPORA, ROOT, SEED
from helpers import cli
from policylens.check import CheckOptions, check_paths
from policylens.render.json import check_to_dict
from policylens.render.sarif import sarif_log

SCHEMAS = ROOT / "cli" / "policylens" / "data" / "schema"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _validator(schema: dict) -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def corpus_report():
    return check_paths([str(CORPORA)], CheckOptions(no_config=True))


def test_check_json_matches_schema(corpus_report) -> None:
    schema = json.loads((SCHEMAS / "check.schema.json").read_text(encoding="utf-8"))
    data = check_to_dict(corpus_report)
    _validator(schema).validate(data)
    assert data["summary"]["files"] == len(data["files"]) > 40


def test_sarif_is_valid_sarif_2_1_0(corpus_report) -> None:
    log = sarif_log(corpus_report)
    _validator(SARIF_SCHEMA).validate(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "policylens"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    from policylens.rules import all_rules

    assert len(rules) == len(all_rules())
    for result in run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")


def test_sarif_seed_region_and_fix() -> None:
    report = check_paths([str(SEED)], CheckOptions(select=("placeholder-residue",), no_config=True))
    log = sarif_log(report)
    _validator(SARIF_SCHEMA).validate(log)
    first = log["runs"][0]["results"][0]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (5, 10, 20)
    assert region["snippet"]["text"] == "【20210330】"
    assert first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "2021年3月30日"
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_sarif_cli_output(tmp_path: Path) -> None:
    result = cli("check", str(SEED), "--format", "sarif")
    _validator(SARIF_SCHEMA).validate(json.loads(result.stdout))
    assert result.returncode == 1


def test_parse_schema_on_every_corpus_file() -> None:
    from conftest import corpus_files
    from helpers import shared_parse
    from policylens.render.json import document_to_dict

    validator = _validator(json.loads((SCHEMAS / "parse.schema.json").read_text(encoding="utf-8")))
    for path in corpus_files():
        validator.validate(document_to_dict(shared_parse(path).document))


def test_diff_json_matches_schema() -> None:
    from helpers import parse_path
    from policylens.diff import diff_documents
    from policylens.render.json import diff_to_dict

    validator = _validator(json.loads((SCHEMAS / "diff.schema.json").read_text(encoding="utf-8")))
    pairs = [
        ("letsencrypt-privacy/zh-Hans.2024-06-28.md", "letsencrypt-privacy/zh-Hans.2026-07-06.md"),
        ("mozilla-pocket-privacy/zh-Hans.2024-04-03.md", "mozilla-pocket-privacy/zh-Hant.2024-04-03.md"),
        ("gdeiassistant-privacy/zh-Hans.2018-12-06.html", "gdeiassistant-privacy/zh-Hans.2019-01-16.html"),
    ]
    for old, new in pairs:
        data = diff_to_dict(diff_documents(parse_path(CORPORA / old), parse_path(CORPORA / new)))
        validator.validate(data)
        assert data["sections"]
