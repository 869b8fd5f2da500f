"""One defect, one finding: the same text a rule finds again on one line is one finding (issue #11 §5, helper u42k2).

WebRamber's terms page (eval/blind/round42, webramber-jsp) leaves one company name 「XXXX」 unfilled: L88 gave seven
`placeholder-instruction` errors, one per 「XXXX」, 80 errors for the one slot.  Now one finding a line, at the first
column, whose message says how often and where (`check.repeats`), with `occurrences` and `columns` in the JSON (added
fields only), the other occurrences as SARIF related locations, and baselines written before or after still matching.
The script and vocabulary rules' terms likewise (信息 four times on a line is one word to change).  Two different
slots on a line, and two empty slots (「【】」 twice: two values to fill in), stay two findings.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from helpers import cli
from policylens.check import CheckOptions, check_file
from policylens.model import CheckReport, Finding
from policylens.render.json import check_to_dict
from policylens.render.sarif import sarif_log

ROOT = Path(__file__).resolve().parent.parent
WEBRAMBER = ROOT / "eval" / "blind" / "round42" / "dev" / "webramber-jsp" / "terms.jsp"
CHECK_SCHEMA = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "check.schema.json").read_text(encoding="utf-8"))
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _findings(folder: Path, text: str, *, name: str = "policy.md", rule: str | None = None, **options: object) -> list[Finding]:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=(rule,) if rule else (), **options))  # type: ignore[arg-type]
    assert report.error is None, report.error
    return list(report.findings)


def test_webramber_one_slot_is_one_finding_a_line() -> None:
    report = check_file(str(WEBRAMBER), CheckOptions(no_config=True, select=("placeholder-instruction",)))
    on_88 = [f for f in report.findings if f.line == 88]
    assert len(on_88) == 1
    (f,) = on_88
    assert (f.column, f.excerpt, f.columns) == (13, "XXXX", (13, 73, 118, 151, 214, 229, 266))
    assert f.message == "模板文字未填写：XXXX（本行共 7 处，第 13、73、118、151、214、229、266 列）"
    # no line lost: every line that had a finding still has one, and no line has the same text twice
    lines = {f.line for f in report.findings}
    assert len(lines) == 35 and {70, 88, 106, 118, 271, 290} <= lines
    assert len({(f.line, f.excerpt) for f in report.findings}) == len(report.findings) == 36
    assert sum(len(f.columns) or 1 for f in report.findings) == 80  # the 80 occurrences, all accounted for
    # 「XXXX有限公司」 and 「XXXX」 on L70 are two texts: two findings
    assert [(f.column, f.excerpt, len(f.columns)) for f in report.findings if f.line == 70] == [(24, "XXXX有限公司", 0), (36, "XXXX", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two different slots on one line: two findings
        ("联系我们：[公司名称]，电话：[联系电话]。\n", [("[公司名称]", ()), ("[联系电话]", ())]),
        # the same slot twice on a line: one, with both columns
        ("[公司名称]（以下简称“[公司名称]”）收集信息。\n", [("[公司名称]", (1, 13))]),
        # the same slot on two lines: one a line
        ("请勿在XXXX的页面与XXXX的应用输入资料。\n\n由XXXX提供服务。\n", [("XXXX", (4, 12)), ("XXXX", ())]),
        # two empty slots on a line are two values to fill in: two findings
        ("甲方：【】，乙方：【】。\n", [("【】", ()), ("【】", ())]),
    ],
)
def test_repeats_merge_only_the_same_named_text_on_one_line(tmp_path: Path, text: str, expected: list[tuple[str, tuple[int, ...]]]) -> None:
    found = [(f.excerpt, f.columns) for f in _findings(tmp_path, text) if f.rule.startswith("placeholder-")]
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", " (3 times on this line, at columns 4, 12, 20)"),
        ("zh-Hans", "（本行共 3 处，第 4、12、20 列）"),
        ("zh-Hant", "（本行共 3 處，第 4、12、20 字）"),
    ],
)
def test_the_message_says_how_often_and_where(tmp_path: Path, lang: str, note: str) -> None:
    (f,) = _findings(tmp_path, "請勿在XXXX的頁面與XXXX的應用及XXXX的網站輸入資料。\n", rule="placeholder-instruction", lang=lang)
    assert f.message.endswith(note)
    assert f.message.count("XXXX") == 1  # the note adds no text of the slot


def test_json_adds_fields_only_and_matches_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text("请勿在XXXX的页面与XXXX的应用输入资料。\n\n由XXXX提供服务。\n", encoding="utf-8")
    data = json.loads(cli("check", "--no-config", "--select", "placeholder-instruction", "--format", "json", str(path)).stdout)
    jsonschema.validate(data, CHECK_SCHEMA)
    merged, single = data["files"][0]["findings"]
    assert (merged["line"], merged["column"], merged["occurrences"], merged["columns"]) == (1, 4, 2, [4, 12])
    assert "occurrences" not in single and "columns" not in single
    assert set(merged) - set(single) == {"occurrences", "columns"}
    # the compact stream (a finding at a time) and the dict of a terminal's pretty output agree
    report = check_file(str(path), CheckOptions(no_config=True, select=("placeholder-instruction",)))
    assert check_to_dict(CheckReport((report,)))["files"][0]["findings"] == data["files"][0]["findings"]


def test_sarif_lists_every_occurrence_and_fixes_them_all(tmp_path: Path) -> None:
    # a Taiwan text with a mainland term twice on a line: one warning, whose fix replaces it at both columns
    path = tmp_path / "policy.md"
    path.write_text("# 隱私權政策\n\n我們會透過移動設備收集信息，並保護您的信息與個人資料。\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=("regional-vocabulary",)))
    assert [(f.excerpt, f.columns) for f in report.findings] == [("移動設備", ()), ("信息", (12, 20))]
    log = sarif_log(CheckReport((report,)))
    jsonschema.validate(log, SARIF_SCHEMA)
    single, merged = log["runs"][0]["results"]
    assert "relatedLocations" not in single and "occurrences" not in single["properties"]
    assert (merged["properties"]["occurrences"], merged["properties"]["columns"]) == (2, [12, 20])
    assert [r["physicalLocation"]["region"]["startColumn"] for r in merged["relatedLocations"]] == [20]
    (change,) = merged["fixes"][0]["artifactChanges"]
    regions = [
        (r["deletedRegion"]["startColumn"], r["deletedRegion"]["endColumn"], r["insertedContent"]["text"]) for r in change["replacements"]
    ]
    assert regions == [(12, 14, "資訊"), (20, 22, "資訊")]
    assert merged["message"]["text"].endswith("（本行共 2 處，第 12、20 字）")


def test_text_github_and_junit_say_the_same(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text("请勿在XXXX的页面与XXXX的应用输入资料。\n", encoding="utf-8")
    note = "（本行共 2 处，第 4、12 列）"
    for fmt in ("text", "github", "junit"):
        out = cli("check", "--no-config", "--select", "placeholder-instruction", "--format", fmt, str(path)).stdout
        assert out.count(note) >= 1, fmt
        assert out.count("模板文字未填写") == (2 if fmt == "junit" else 1), fmt  # JUnit: the failure's message and text


def test_baselines_written_before_and_after_still_match(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    line = "请勿在XXXX的页面与XXXX的应用及XXXX的网站输入资料。"
    path.write_text(line + "\n", encoding="utf-8")
    # written now: one entry, which matches
    cli("check", "--no-config", "--write-baseline", str(tmp_path / "new.json"), str(path))
    (entry,) = [
        e for e in json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))["findings"] if e["rule"] == "placeholder-instruction"
    ]
    assert entry["count"] == 1
    result = cli("check", "--no-config", "--select", "placeholder-instruction", "--baseline", str(tmp_path / "new.json"), str(path))
    assert result.returncode == 0, result.stdout
    # written before the merge: one entry per occurrence, each with its own context; the merged finding is the first
    old = [
        {
            "path": "policy.md",
            "rule": "placeholder-instruction",
            "excerpt": "XXXX",
            "context": line[max(0, c - 11) : c + 3 + 10],
            "count": 1,
        }
        for c in (3, 11, 19)
    ]
    (tmp_path / "old.json").write_text(json.dumps({"schema": "policylens.baseline/1", "findings": old}), encoding="utf-8")
    result = cli("check", "--no-config", "--select", "placeholder-instruction", "--baseline", str(tmp_path / "old.json"), str(path))
    assert result.returncode == 0, result.stdout


def test_an_inline_suppression_still_silences_the_line(tmp_path: Path) -> None:
    text = "<!-- policylens-disable-next-line placeholder-instruction -->\n请勿在XXXX的页面与XXXX的应用输入资料。\n\n由XXXX提供服务。\n"
    assert [(f.line, f.columns) for f in _findings(tmp_path, text, rule="placeholder-instruction")] == [(4, ())]


def test_which_rules_merge_repeats() -> None:
    from policylens.rules import all_rules

    merging = {rule for rule, cls in all_rules().items() if cls.repeats_merged()}
    placeholders = {rule for rule, cls in all_rules().items() if "placeholder" in cls.groups}
    terms = {"regional-vocabulary", "script-mixed", "lookalike-character", "conversion-error", "wrong-word"}
    assert merging == placeholders - {"enumeration-empty", "enumeration-lead-in"} | terms
    # brackets, dates, contacts, entities, empty lists and a one-line table's empty cells (each row's): each its own
    assert not merging & {"bracket-unbalanced", "date-format", "contact-inconsistent", "entity-mismatch", "broken-paragraph"}


def test_empty_cells_of_a_one_line_table_stay_one_finding_each(tmp_path: Path) -> None:
    names, full, last = ["用途", "是否收集"] * 3, ["账号信息", "N"] * 3, ["手机号", "Y", "", "", "", ""]
    rows = "".join("<tr>" + "".join(f"<{t}>{x}</{t}>" for x in r) + "</tr>" for t, r in (("th", names), ("td", full), ("td", last)))
    text = "<h1>隐私政策</h1>\n<p>更新日期：2024年1月1日</p>\n<table>" + rows + "</table>\n"
    found = [(f.line, f.column, f.columns) for f in _findings(tmp_path, text, name="policy.html", rule="enumeration-empty")]
    assert found == [(3, 193, ()), (3, 211, ())]


def test_merge_keeps_other_rules_and_unnamed_texts_apart() -> None:
    from policylens.check.repeats import merge_repeats

    def at(rule: str, column: int, excerpt: str) -> Finding:
        return Finding(rule, "warning", 3, column, 3, column + len(excerpt), f"m {excerpt}", excerpt)

    findings = [at("a", 1, "XX"), at("b", 2, "XX"), at("a", 5, "XX"), at("b", 6, "XX"), at("a", 9, "＿＿"), at("a", 12, "＿＿")]
    merged = merge_repeats(findings, {"a"}, "en")
    assert [(f.rule, f.column, f.columns) for f in merged] == [("a", 1, (1, 5)), ("b", 2, ()), ("b", 6, ()), ("a", 9, ()), ("a", 12, ())]
    assert merged[0].message == "m XX (2 times on this line, at columns 1, 5)"
    # a different width (an entity in the source) or another suggestion: not the same occurrence
    assert len(merge_repeats([at("a", 1, "XX"), at("a", 5, "XX")._replace(end_column=12)], {"a"}, "en")) == 2
    assert len(merge_repeats([at("a", 1, "XX"), at("a", 5, "XX")._replace(suggestion="Y")], {"a"}, "en")) == 2
    # past eight columns the message lists the first eight; the JSON columns hold them all
    (many,) = merge_repeats([at("a", c, "XX") for c in range(1, 40, 3)], {"a"}, "zh-Hans")
    assert len(many.columns) == 13 and many.message.endswith("（本行共 13 处，第 1、4、7、10、13、16、19、22… 列）")


# (u42k2) several editions on one line: each string held to its own tag's script (u42k's locale leaves were a key at
# the start of its line only; two titles on one line were one sentence, held to one script)
_ONE_LINE = """export const policy = {{
  title: {{ "zh-Hant": "私隱政策", "zh-Hans": "隐私政策", en: "Privacy Policy" }},
  intro: {{ "zh-Hant": "我們不會出售你的個人資料，也不做廣告追蹤。", "zh-Hans": "我们不会出售你的个人资料，也不做广告追踪。", en: "We do not sell it." }},
  scope: {{ 'zh-Hant': '本私隱政策適用於我們的應用程式及網站。', 'zh-Hans': '本隐私政策适用于我们的应用程序及网站。' }},
  rights: {{ zh_TW: `你可隨時要求查閱資料。`, zh_CN: `你可随时要求查阅资料。` }},
{extra}
}};
"""


@pytest.mark.parametrize("more", ["", '  more: { "zh-Hans": "我们保存数据。", "zh-Hant": "我們保存資料。", "zh-CN": "我们保存数据。" },'])
def test_editions_on_one_line_are_each_held_to_their_own_script(tmp_path: Path, more: str) -> None:
    found = _findings(tmp_path, _ONE_LINE.format(extra=more), name="content.ts", rule="script-mixed")
    assert [f.excerpt for f in found] == []


@pytest.mark.parametrize(
    ("extra", "found"),
    [
        # a Simplified character in a zh-Hant string
        ('  del: { "zh-Hant": "你可隨時要求删除資料", "zh-Hans": "你可随时要求删除资料" },', [("删", "刪")]),
        # a Traditional character in a zh-Hans string
        ('  ask: { "zh-Hant": "如有疑問請聯絡我們", "zh-Hans": "如有疑問请联系我们" },', [("問", "问")]),
    ],
)
def test_a_stray_character_in_a_string_on_such_a_line_is_still_found(tmp_path: Path, extra: str, found: list[tuple[str, str]]) -> None:
    findings = _findings(tmp_path, _ONE_LINE.format(extra=extra), name="content.ts", rule="script-mixed")
    assert [(f.excerpt, f.suggestion) for f in findings] == found


def test_a_string_keyed_by_one_script_alone_is_no_edition(tmp_path: Path) -> None:
    # only zh-Hant and English keys: no Simplified edition beside it, so a Simplified string is still mixed script
    text = 'export const p = {\n  a: { "zh-Hant": "我們不會出售你的個人資料", en: "No." },\n  b: { "zh-Hant": "你可隨時要求删除资料", en: "Delete." },\n};\n'
    assert [f.excerpt for f in _findings(tmp_path, text, name="content.ts", rule="script-mixed")] == ["删", "资"]
