"""Every `compare` renderer formats one fixed report (no analysis, no files): marks, escaping, streaming."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rich.console import Console

from policylens.render.compare import render_markdown, section_matrix
from policylens.render.compare_html import render_html
from policylens.render.compare_rich import render_rich
from policylens.render.compare_streams import CsvStream, JsonStream

BASE = "zh-Hant.2021-03-30"
PRODUCT: dict[str, Any] = {
    "product": "smartmi",
    "base": BASE,
    "editions": [
        {
            "id": BASE,
            "edition": "zh-Hant",
            "date": "2021-03-30",
            "path": "a",
            "script": "hant",
            "region": "tw",
            "sections": 3,
            "top_level": 2,
            "latest": True,
        },
        {
            "id": "en.2021-03-30",
            "edition": "en",
            "date": "2021-03-30",
            "path": "b",
            "script": None,
            "region": None,
            "sections": 2,
            "top_level": 2,
            "latest": True,
        },
        {
            "id": "ja.2021-03-30",
            "edition": "ja",
            "date": "2021-03-30",
            "path": "c",
            "script": None,
            "region": None,
            "sections": 3,
            "top_level": 2,
            "latest": True,
        },
    ],
    "divergences": [
        {
            "kind": "section-missing",
            "edition": "en.2021-03-30",
            "base": BASE,
            "section": {"title": "保留政策", "line": 134},
            "other": None,
            "confidence": 0.9,
        },
        {
            "kind": "section-content",
            "edition": "en.2021-03-30",
            "base": BASE,
            "section": {"title": "<script>x\x1b[2J</script>", "line": 9},
            "other": {"title": "About", "line": 7},
            "renamed": False,
            "topics": [],
            "changes": [{"op": "replace", "spans": [{"op": "delete", "text": "45"}, {"op": "insert", "text": "=30"}]}],
            "confidence": 0.3,
        },
        {
            "kind": "fact",
            "edition": "en.2021-03-30",
            "base": BASE,
            "fact": "email",
            "base_value": "privacy@smartmiglobal.com",
            "value": '=HYPERLINK("x")',
            "section": {"title": "關於我們", "line": 9},
            "confidence": 1.0,
        },
    ],
    "versions": [],
    "lagging": [
        {"edition": "en.2021-03-30", "lacks": [{"section": {"title": "保留政策", "line": 134}, "change": "added", "since": "2021-03-30"}]}
    ],
    "errors": [{"path": "smartmi/zh-TW.2021-03-30.txt", "error": "binary data"}],
    "summary": {"editions": 3, "divergences": 2},
}


def test_matrix_marks_each_cell_once() -> None:
    editions, rows = section_matrix(PRODUCT)
    assert editions == ["en.2021-03-30", "ja.2021-03-30"]
    assert rows == [("<script>x\\x1b[2J</script> (L9)", ["?", "·"]), ("保留政策 (L134)", ["✗", "·"])]  # ja: compared by facts only


def test_rich_at_fixed_width_escapes_control_characters() -> None:
    out = io.StringIO()
    render_rich([PRODUCT], [], out, console=Console(file=out, width=100, color_system=None, highlight=False))
    text = out.getvalue()
    assert "\x1b" not in text and "\\x1b[2J" in text
    assert "en.2021-03-30: section missing: 保留政策 (L134)" in text
    assert "email privacy@smartmiglobal.com → =HYPERLINK" in text
    assert "lacks: added 保留政策 (L134)" in text and "binary data" in text


def test_json_stream_is_one_document() -> None:
    out = io.StringIO()
    stream = JsonStream(out, pretty=False)
    stream.add(PRODUCT)
    stream.add(PRODUCT)
    stream.close([{"path": "x", "error": "no recognisable editions"}], {"products": 2})
    data = json.loads(out.getvalue())
    assert data["schema"] == "policylens.compare/1" and len(data["products"]) == 2 and data["errors"][0]["path"] == "x"


def test_empty_json_stream_is_still_valid() -> None:
    out = io.StringIO()
    JsonStream(out, pretty=True).close([], {"products": 0})
    assert json.loads(out.getvalue())["products"] == []


def test_csv_rows_quote_formulas() -> None:
    out = io.StringIO()
    stream = CsvStream(out)
    stream.add(PRODUCT)
    stream.close([], {})
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["kind"] for r in rows] == ["section-missing", "section-content", "fact", "lagging", "error"]
    assert rows[2]["value"] == '\'=HYPERLINK("x")'


def test_markdown_and_html_escape_policy_text() -> None:
    md, html = io.StringIO(), io.StringIO()
    render_markdown([PRODUCT], [], md)
    render_html([PRODUCT], [], html)
    assert "<script>" not in md.getvalue() and "&lt;script&gt;" in md.getvalue()
    page = html.getvalue()
    assert "<script>" not in page and "&lt;script&gt;" in page and "\x1b" not in page
    assert "<del>45</del><ins>=30</ins>" in page
    assert "http://" not in page and "https://" not in page and "src=" not in page
