"""The shared topic model: data file, folding, section topics with evidence, `parse --topics`, diff's use of it."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT, SEED
from helpers import cli, parse_path, parse_string
from policylens import lexicon, topics
from policylens.diff.topics import TOPICS as DIFF_TOPICS
from policylens.diff.topics import topics_of

PARSE_SCHEMA = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "parse.schema.json").read_text(encoding="utf-8"))
ISSUE_TOPICS = {
    "contact",  # controller identity and contact
    "data-collected",
    "sensitive-data",
    "purposes",
    "legal-basis",
    "cookies",
    "third-party-sdk",
    "sharing",
    "cross-border",
    "retention",
    "security",
    "user-rights",
    "withdrawal-deletion",
    "children",
    "automated-decisions",
    "effective-date",  # policy changes
    "complaints",
}


def test_topics_file_is_valid_and_covers_the_issue() -> None:
    assert lexicon.validate(lexicon.DATA / "topics.tsv") == []
    model = topics.model()
    assert {t.id for t in model} == ISSUE_TOPICS
    assert set(DIFF_TOPICS) <= ISSUE_TOPICS
    for t in model:
        assert t.label and t.label_hant and t.label_hans and t.opp115, t.id
        assert t.term or t.title, t.id


def test_every_topic_matches_in_both_scripts_and_english() -> None:
    samples = {
        "retention": ("保存期限", "保存期限", "retention"),
        "children": ("兒童", "儿童", "children"),
        "security": ("加密", "加密", "security"),
    }
    for topic, texts in samples.items():
        for text in texts:
            assert topic in topics.words_in(text), (topic, text)


@given(st.text(max_size=200))
def test_fold_keeps_every_offset(text: str) -> None:
    folded = topics.fold(text)
    assert len(folded) == len(text)
    assert topics.fold(folded) == folded


def test_fold_width_and_script() -> None:
    assert topics.fold("資料保存３０日　ＳＤＫ") == "资料保存30日 SDK"


def test_section_topics_on_the_seed() -> None:
    doc = parse_path(SEED)
    found = topics.document_topics(doc)
    by_title = {s.title: found[s.id] for s in doc.sections}
    retention = {m.topic: m for m in by_title["保留政策"]}["retention"]
    assert retention.score == 1.0
    assert retention.evidence[0].where == "title" and retention.evidence[0].line == 134
    assert retention.evidence[1].line == 136 and "保留期限" in retention.evidence[1].words
    assert "cookies" in {m.topic for m in by_title["Cookie和其他技術"]}
    assert "children" in {m.topic for m in by_title["未成年人/兒童隱私權"]}
    assert "cross-border" in {m.topic for m in by_title["傳輸個人資料至您所屬的司法管轄區之外"]}
    assert found["s0"] == ()  # 進行了更新 alone is a weak hint


def test_evidence_columns_count_characters_of_the_original() -> None:
    doc = parse_string("隱私權政策\n\n本政策說明。\n\n兒童隱私\n\n　　若您未滿１４歲，請由監護人同意。\n")
    (children,) = [m for s in doc.sections for m in topics.section_topics(s) if m.topic == "children"]
    body = next(e for e in children.evidence if e.where == "body")
    assert (body.line, body.column) == (7, 5)  # 未滿１４歲 starts after two U+3000 and 若您


def _parse(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `policylens parse ARGS` in this process (`helpers.cli`), 200 columns wide."""
    return cli("parse", *args, env={"COLUMNS": "200"})


def test_parse_topics_json_is_an_added_field() -> None:
    with_topics = json.loads(_parse(str(SEED), "--topics", "--format", "json").stdout)
    jsonschema.validate(with_topics, PARSE_SCHEMA)
    plain = json.loads(_parse(str(SEED), "--format", "json").stdout)
    assert all("topics" not in s for s in plain["sections"])
    for a, b in zip(plain["sections"], with_topics["sections"], strict=True):
        assert {k: v for k, v in b.items() if k != "topics"} == a
    retention = next(s for s in with_topics["sections"] if s["title"] == "保留政策")
    first = next(t for t in retention["topics"] if t["topic"] == "retention")
    assert first["score"] == 1.0
    assert first["evidence"][0] == {"section": retention["id"], "in": "title", "line": 134, "column": 1, "words": ["保留"]}


@pytest.mark.parametrize("fmt", ["text", "rich"])
def test_parse_topics_text_and_rich(fmt: str) -> None:
    out = _parse(str(SEED), "--topics", "--format", fmt).stdout
    assert "topics" in out
    assert "retention 1.00 (heading: 保留; L136:" in out


def test_parse_topics_markdown_is_refused() -> None:
    result = _parse(str(SEED), "--topics", "--format", "markdown")
    assert result.returncode == 2 and "--topics is not available with --format markdown" in result.stderr


def test_diff_topics_come_from_the_shared_model() -> None:
    assert topics_of("我們會在您註銷帳戶後三十日內刪除您的個人資料。") == ("data-collected", "retention", "user-rights")
    assert topics_of("我们接入了友盟SDK") == ("sharing",)  # SDK glued to Chinese text is still a word
    assert topics_of("我们会采集您的个人资料") == ("data-collected",)  # 个人资料 as well as 個人資料
    assert topics_of(None, "") == ()
    # diff reports only its ten documented topics, never the model's newer ones
    assert set(topics_of("Cookie 與敏感個人資料、法律依據、投訴")) <= set(DIFF_TOPICS)


def test_topic_data_is_not_loaded_by_a_plain_parse() -> None:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith(('policylens.profiles', 'policylens.topics'))))))\n"
        "from policylens.commands import main\n"
        f"sys.argv = ['policylens', 'parse', {str(SEED)!r}, '--format', 'json']\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stderr.endswith("[]")
