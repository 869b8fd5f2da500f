"""`policylens check` end to end: formats, exit codes, configuration, suppressions, baseline."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from helpers import cli
from policylens.check import CheckOptions, check_paths

NUVA = ROOT / "corpora" / "nuva-privacy" / "zh-Hant.2025-12-22.md"
CLEAN = "隱私權政策\n\n更新日期：2021年3月30日\n\n關於我們\n\n我們重視您的隱私，並依《個人資料保護法》保護您的個人資料（例如姓名）。\n"


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run `policylens ARGS` in this process (`helpers.cli`)."""
    return cli(*args, cwd=cwd, stdin=stdin)


def test_text_format_is_default_when_piped() -> None:
    result = run("check", str(SEED))
    assert result.returncode == 1  # one error-level finding (placeholder-empty)
    lines = result.stdout.splitlines()
    assert f"{SEED}:35:184: error placeholder-empty" in result.stdout
    assert lines[-1].startswith("1 file checked: 1 error,")
    assert "\x1b[" not in result.stdout


def test_json_contract() -> None:
    result = run("check", str(SEED), "--format", "json")
    data = json.loads(result.stdout)
    assert data["schema"] == "policylens.check/1"
    first = next(f for f in data["files"][0]["findings"] if f["rule"] == "placeholder-empty")
    assert first == {
        "rule": "placeholder-empty",
        "severity": "error",
        "line": 35,
        "column": 184,
        "end_line": 35,
        "end_column": 186,
        "message": first["message"],
        "excerpt": "【】",
        "suggestion": None,
    }
    assert data["summary"]["files"] == 1 and data["summary"]["error"] == 1
    residue = [f for f in data["files"][0]["findings"] if f["rule"] == "placeholder-residue"]
    assert residue[0]["suggestion"] == "2021年3月30日"


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on(fail_on: str, code: int) -> None:
    assert run("check", str(SEED), "--fail-on", fail_on).returncode == code


def test_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = run("check", str(path), "--fail-on", "info")
    assert result.returncode == 0, result.stdout
    assert "0 errors, 0 warnings, 0 info" in result.stdout


def test_select_ignore_and_unknown_rule() -> None:
    out = run("check", str(SEED), "--select", "placeholder-empty,entity-mismatch", "-f", "json").stdout
    assert {f["rule"] for f in json.loads(out)["files"][0]["findings"]} == {"placeholder-empty", "entity-mismatch"}
    out = run("check", str(SEED), "--ignore", "regional-vocabulary", "--ignore", "placeholder-residue", "-f", "json").stdout
    assert not {"regional-vocabulary", "placeholder-residue"} & {f["rule"] for f in json.loads(out)["files"][0]["findings"]}
    bad = run("check", str(SEED), "--select", "no-such-rule")
    assert bad.returncode == 2 and "unknown rule 'no-such-rule'" in bad.stderr and "Traceback" not in bad.stderr


def test_lang_messages() -> None:
    def message(lang: str | None) -> str:
        args = ["check", str(SEED), "--select", "placeholder-empty", "-f", "json"] + (["--lang", lang] if lang else [])
        return json.loads(run(*args).stdout)["files"][0]["findings"][0]["message"]

    assert message(None) == message("zh-Hant") and "預留位置" in message(None)
    assert "占位符" in message("zh-Hans")
    assert "empty placeholder" in message("en")
    assert run("check", str(SEED), "--lang", "fr").returncode == 2


def test_directory_recursion_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "p.md").write_text("# 政策\n\n請參閱【】。\n", encoding="utf-8")
    (tmp_path / "a" / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / "q.txt").write_text(CLEAN, encoding="utf-8")
    data = json.loads(run("check", str(tmp_path), "-f", "json").stdout)
    assert sorted(Path(f["path"]).name for f in data["files"]) == ["p.md", "q.txt"]
    result = run("check", "-", "-f", "json", stdin="隱私權政策：請參閱【】。\n")
    assert json.loads(result.stdout)["files"][0]["path"] == "<stdin>" and result.returncode == 1


def test_bad_input_exit_2_and_others_still_checked(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    result = run("check", str(good), str(tmp_path / "missing.txt"), "-f", "json")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"policylens: error: {tmp_path / 'missing.txt'}: no such file"]
    data = json.loads(result.stdout)
    assert data["files"][0]["findings"] and data["files"][1]["error"]
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    result = run("check", str(empty))
    assert result.returncode == 2 and "no policy files found" in result.stderr


def test_github_format() -> None:
    out = run("check", str(SEED), "-f", "github", "--select", "placeholder-empty").stdout
    assert out.startswith(f"::error file={SEED},line=35,col=184,endLine=35,endColumn=186,title=placeholder-empty::")


def test_junit_format() -> None:
    out = run("check", str(SEED), "-f", "junit", "--fail-on", "info").stdout
    root = ET.fromstring(out)
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == str(SEED)
    assert int(root.get("failures", "0")) == len(suite.findall("testcase")) > 10
    assert suite.find("testcase/failure").get("type") in ("error", "warning", "info")  # type: ignore[union-attr]


@pytest.mark.parametrize(("fail_on", "failing"), [("never", set()), ("error", {"error"}), ("warning", {"error", "warning"})])
def test_junit_failures_follow_fail_on(fail_on: str, failing: set[str]) -> None:
    root = ET.fromstring(run("check", str(SEED), "-f", "junit", "--fail-on", fail_on).stdout)
    failures = root.findall(".//failure")
    assert {f.get("type") for f in failures} == failing
    assert int(root.get("failures", "0")) == len(failures)
    assert len(root.findall(".//testcase")) > 10  # every finding is still a test case


@pytest.mark.parametrize(("fail_on", "error_results"), [("never", 0), ("error", 1), ("warning", None)])
def test_sarif_levels_follow_fail_on(fail_on: str, error_results: int | None) -> None:
    log = json.loads(run("check", str(SEED), "-f", "sarif", "--fail-on", fail_on).stdout)
    results = log["runs"][0]["results"]
    errors = [r for r in results if r["level"] == "error"]
    if error_results is None:
        assert len(errors) == sum(r["properties"]["severity"] in ("error", "warning") for r in results)
    else:
        assert len(errors) == error_results


def test_github_levels_follow_fail_on() -> None:
    out = run("check", str(SEED), "-f", "github", "--select", "placeholder-empty", "--fail-on", "never").stdout
    assert out.startswith("::warning file=")


def test_rich_format_with_caret(tmp_path: Path) -> None:
    from io import StringIO

    from rich.console import Console

    from policylens.render.rich import render_check

    report = check_paths([str(SEED)], CheckOptions(select=("placeholder-empty",), no_config=True))
    buffer = StringIO()
    render_check(report, buffer, console=Console(file=buffer, width=100, force_terminal=False, color_system=None))
    text = buffer.getvalue()
    lines = text.splitlines()
    source = next(i for i, line in enumerate(lines) if "【】" in line and "│" in line)
    from rich.cells import cell_len

    caret_line = lines[source + 1]
    assert caret_line.strip().endswith("^^^^")  # 【】 is two double-width cells
    assert cell_len(lines[source][: lines[source].index("【】")]) == cell_len(caret_line[: caret_line.index("^")])


def test_rules_and_explain() -> None:
    out = run("rules").stdout
    assert out.splitlines()[0].startswith("placeholder-empty")
    from policylens.rules import all_rules

    # every rule once, each line opening with its ID (not a count of lines: a narrow terminal left by another test in
    # this process may wrap a long description onto a second line)
    ids = [line.split()[0] for line in out.splitlines() if line and not line[0].isspace()]
    assert sorted(i for i in ids if i in all_rules()) == sorted(all_rules())
    explained = run("explain", "placeholder-residue").stdout
    assert "## What it does" in explained and "【20210330】" in explained
    assert run("explain", "nope").returncode == 2


# --- configuration ------------------------------------------------------------------


def test_pyproject_config_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.policylens]\nignore = ["placeholder-residue"]\nbrands = ["Aqara"]\n'
        'severity = {regional-vocabulary = "error"}\nfail-on = "warning"\n',
        encoding="utf-8",
    )
    sub = tmp_path / "docs" / "zh-TW"
    sub.mkdir(parents=True)
    policy = sub / "policy.txt"
    policy.write_bytes(SEED.read_bytes())
    data = json.loads(run("check", str(policy), "-f", "json", cwd=tmp_path).stdout)
    rules = [f["rule"] for f in data["files"][0]["findings"]]
    assert "placeholder-residue" not in rules and "entity-mismatch" not in rules
    assert {f["severity"] for f in data["files"][0]["findings"] if f["rule"] == "regional-vocabulary"} == {"error"}
    assert data["fail_on"] == "warning"


def test_policylens_toml_and_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "policylens.toml").write_text('[per-file-ignores]\n"legacy/*" = ["placeholder-empty"]\n', encoding="utf-8")
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.txt").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    data = json.loads(run("check", ".", "-f", "json", cwd=tmp_path).stdout)
    by_name = {Path(f["path"]).name: [x["rule"] for x in f["findings"]] for f in data["files"]}
    assert "placeholder-empty" not in by_name["old.txt"] and "placeholder-empty" in by_name["new.txt"]


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("unknown-key = 1\n", "unknown-key"),
        ('select = "placeholder-empty"\n', "select"),
        ('ignore = ["no-such-rule"]\n', "ignore"),
        ('region = "us"\n', "region"),
        ('severity = {placeholder-empty = "fatal"}\n', "severity.placeholder-empty"),
        ('placeholder-patterns = ["(unclosed"]\n', "placeholder-patterns"),
        ("select = [\n", None),
    ],
)
def test_bad_config_exit_2(tmp_path: Path, content: str, key: str | None) -> None:
    (tmp_path / "policylens.toml").write_text(content, encoding="utf-8")
    (tmp_path / "p.txt").write_text(CLEAN, encoding="utf-8")
    result = run("check", "p.txt", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (f"'{key}'" in result.stderr) if key else ("invalid TOML" in result.stderr)


def test_explicit_config_option(tmp_path: Path) -> None:
    config = tmp_path / "strict.toml"
    config.write_text('select = ["placeholder-empty"]\n', encoding="utf-8")
    data = json.loads(run("check", str(SEED), "--config", str(config), "-f", "json").stdout)
    assert {f["rule"] for f in data["files"][0]["findings"]} == {"placeholder-empty"}
    assert run("check", str(SEED), "--config", str(tmp_path / "missing.toml")).returncode == 2


# --- suppressions and baseline ------------------------------------------------------


def test_inline_suppression_comments(tmp_path: Path) -> None:
    md = (
        "# 隱私權政策\n\n請參閱【】。\n\n"
        "<!-- policylens-disable-next-line placeholder-empty -->\n請參閱【】瞭解。\n\n"
        "<!-- policylens-disable placeholder-empty -->\n\n第一【】。\n\n第二【】。\n\n<!-- policylens-enable placeholder-empty -->\n\n"
        "第三【】。\n\n<!-- policylens-disable -->\n\n第四【】。\n"
    )
    path = tmp_path / "p.md"
    path.write_text(md, encoding="utf-8")
    data = json.loads(run("check", str(path), "--select", "placeholder-empty", "-f", "json").stdout)
    assert [f["line"] for f in data["files"][0]["findings"]] == [3, 16]


def test_html_suppression(tmp_path: Path) -> None:
    html = "<h1>政策</h1>\n<!-- policylens-disable-next-line -->\n<p>請參閱【】。</p>\n<p>請參閱【】。</p>\n"
    path = tmp_path / "p.html"
    path.write_text(html, encoding="utf-8")
    data = json.loads(run("check", str(path), "--select", "placeholder-empty", "-f", "json").stdout)
    assert [f["line"] for f in data["files"][0]["findings"]] == [4]


def test_baseline_reports_only_new_findings(tmp_path: Path) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_bytes(SEED.read_bytes())
    baseline = tmp_path / "baseline.json"
    result = run("check", "policy.txt", "--write-baseline", "baseline.json", cwd=tmp_path)
    assert result.returncode == 0 and baseline.exists()
    assert json.loads(baseline.read_text(encoding="utf-8"))["schema"] == "policylens.baseline/1"
    clean = run("check", "policy.txt", "--baseline", "baseline.json", "--fail-on", "info", cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout
    # a new defect (and lines shifted by one) is still reported; the known ones are not
    policy.write_text("新增：請參閱【】。\n" + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    data = json.loads(run("check", "policy.txt", "--baseline", "baseline.json", "-f", "json", cwd=tmp_path).stdout)
    assert [(f["rule"], f["line"]) for f in data["files"][0]["findings"]] == [("placeholder-empty", 1)]
    (tmp_path / "policylens.toml").write_text('baseline = "baseline.json"\n', encoding="utf-8")
    data = json.loads(run("check", "policy.txt", "-f", "json", cwd=tmp_path).stdout)
    assert len(data["files"][0]["findings"]) == 1


# Three products in three formats (text, HTML/JSP, Markdown/MDX): nine files, enough for two workers.
MIXED = [str(ROOT / "corpora" / name) for name in ("smartmi", "gdeiassistant-privacy", "qiushui-game-privacy")]


def test_jobs_give_the_same_report(tmp_path: Path) -> None:
    one = check_paths(MIXED, CheckOptions(no_config=True), jobs=1)
    two = check_paths(MIXED, CheckOptions(no_config=True), jobs=2)
    assert len(one.files) == 9 and one == two


def test_files_are_not_modified(tmp_path: Path) -> None:
    policy = tmp_path / "p.txt"
    policy.write_bytes(SEED.read_bytes())
    run("check", str(policy), "-f", "sarif")
    assert policy.read_bytes() == SEED.read_bytes()


def test_nuva_placeholder_is_an_error() -> None:
    result = run("check", str(NUVA), "--select", "placeholder-instruction", "-f", "json")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [f["excerpt"] for f in findings] == [
        "（請填寫公司地址，例如）"
    ]  # its sample value (XX市XX區…) is the same slot: one finding (issue #11 §5)
    assert result.returncode == 1


def test_exclude_globs(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "a.md").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    (tmp_path / "policies" / "README.md").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    (tmp_path / "policies" / "SOURCES.md").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    names = lambda out: sorted(Path(f["path"]).name for f in json.loads(out)["files"])  # noqa: E731
    with_defaults_off = run("check", "policies", "-f", "json", "--no-default-exclude", "--exclude", "README.md", cwd=tmp_path)
    assert names(with_defaults_off.stdout) == ["SOURCES.md", "a.md"]
    (tmp_path / "policylens.toml").write_text('exclude = ["SOURCES.md", "README.md"]\ndefault-exclude = false\n', encoding="utf-8")
    assert names(run("check", "policies", "-f", "json", cwd=tmp_path).stdout) == ["a.md"]
    # a file named on the command line is always checked
    assert names(run("check", "policies/README.md", "-f", "json", cwd=tmp_path).stdout) == ["README.md"]


def test_suppression_ranges_close_per_rule(tmp_path: Path) -> None:
    md = (
        "# 政策\n\n<!-- policylens-disable placeholder-empty date-format -->\n\n第一【】。\n\n"
        "<!-- policylens-enable placeholder-empty -->\n\n第二【】。\n\n"
        "<!-- policylens-disable placeholder-empty -->\n\n第三【】。\n\n<!-- policylens-enable -->\n\n第四【】。\n"
    )
    path = tmp_path / "p.md"
    path.write_text(md, encoding="utf-8")
    data = json.loads(run("check", str(path), "--select", "placeholder-empty,date-format", "-f", "json").stdout)
    found = [(f["rule"], f["line"]) for f in data["files"][0]["findings"]]
    assert found == [("date-format", 1), ("placeholder-empty", 9), ("placeholder-empty", 17)]  # no date at all: line 1


def test_per_file_ignores_and_fail_on_follow_the_config_location(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "legacy").mkdir(parents=True)
    (docs / "policylens.toml").write_text('fail-on = "never"\n[per-file-ignores]\n"legacy/*" = ["placeholder-empty"]\n', encoding="utf-8")
    (docs / "legacy" / "a.txt").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    (docs / "b.txt").write_text("隱私權政策：請參閱【】。\n", encoding="utf-8")
    for cwd in (tmp_path, docs, docs / "legacy"):
        target = str((docs / "legacy" / "a.txt").relative_to(cwd) if cwd != docs / "legacy" else "a.txt")
        data = json.loads(run("check", target, "-f", "json", "--select", "placeholder-empty", cwd=cwd).stdout)
        assert data["files"][0]["findings"] == [], cwd
    result = run("check", "docs/b.txt", cwd=tmp_path)
    assert result.returncode == 0  # fail-on = "never" from docs/policylens.toml


def test_unwritable_outputs_are_user_errors(tmp_path: Path) -> None:
    result = run("check", str(SEED), "--write-baseline", str(tmp_path / "missing" / "b.json"))
    assert result.returncode == 2 and "cannot write the baseline" in result.stderr and "Traceback" not in result.stderr
    diff = run("diff", str(SEED), str(SEED), "-o", str(tmp_path / "missing" / "r.html"))  # in this process, as the check above
    assert diff.returncode == 2 and "cannot write the report" in diff.stderr


def test_check_paths_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    check_paths([str(ROOT / "corpora" / "smartmi")], CheckOptions(no_config=True), jobs=1)
    # the pool's path (two jobs, several files) on five small files: the settings it changes do not depend on how many
    # files it checks (the whole corpus here too until u57s: 2 s of CPU; the frozen run below keeps the whole corpus)
    small = [str(ROOT / "corpora" / name) for name in ("cyxbs-privacy", "secondspace-privacy")]
    assert len(check_paths(small, CheckOptions(no_config=True), jobs=2).files) == 5
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
    # A caller's own freeze is neither undone nor extended.  Not by its count alone: a frozen object may still die by its
    # reference count (a bounded cache's entry made before the freeze, evicted during the run: eight lru_cache links of
    # `rules.context._backticks` since u55h), which lowers the count without touching the freeze.  So: an object frozen
    # before stays frozen (absent from the collector's lists), objects allocated after stay collectable (present), and
    # the count has not grown.
    kept_frozen = [object()]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        junk = [[i] for i in range(1000)]  # allocated after the caller's freeze: must stay collectable
        check_paths([str(ROOT / "corpora")], CheckOptions(no_config=True), jobs=2)
        tracked = {id(o) for o in gc.get_objects()}
        assert id(kept_frozen) not in tracked  # not undone (gc.unfreeze would put it back)
        assert all(id(j) in tracked for j in junk)  # not extended (gc.freeze would take them)
        assert 0 < gc.get_freeze_count() <= frozen
        del junk
    finally:
        gc.unfreeze()


def test_one_defect_one_finding_on_the_seed() -> None:
    """The most specific rule reports a span once: 【20210330】 is residue, not also a date-format finding."""
    report = check_paths([str(SEED)], CheckOptions(no_config=True))
    by_line: dict[int, list[str]] = {}
    for f in report.files[0].findings:
        by_line.setdefault(f.line, []).append(f.rule)
    assert "date-format" not in by_line[5] and "placeholder-residue" in by_line[5]
    assert "contact-inconsistent" not in by_line[13] and "placeholder-residue" in by_line[13]
    residue = next(f for f in report.files[0].findings if f.line == 5)
    assert "2021年3月30日" in residue.message  # the date aspect is kept in the message


def test_less_specific_rule_still_reports_when_the_specific_one_is_off() -> None:
    report = check_paths([str(SEED)], CheckOptions(no_config=True, ignore=("placeholder-residue",)))
    assert any(f.rule == "date-format" and f.line == 5 for f in report.files[0].findings)


def test_placeholder_inside_other_findings_is_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("隐私政策\n\n更新日期：2024年1月1日\n\n地址：（請填寫公司地址）。\n", encoding="utf-8")
    findings = check_paths([str(path)], CheckOptions(no_config=True)).files[0].findings
    assert [f.rule for f in findings if f.line == 5] == ["placeholder-instruction"]


def test_output_file_is_written_and_replaced(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("old", encoding="utf-8")
    report.chmod(0o644)
    result = run("check", str(SEED), "-f", "json", "-o", str(report))
    assert result.returncode == 1 and result.stdout == ""
    assert json.loads(report.read_text(encoding="utf-8"))["schema"] == "policylens.check/1"
    assert report.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


def test_output_file_problems_are_one_line_errors(tmp_path: Path) -> None:
    result = run("check", str(SEED), "-o", str(tmp_path / "missing" / "r.txt"))
    assert result.returncode == 2 and result.stderr.startswith("policylens: error: ") and len(result.stderr.splitlines()) == 1
    result = run("check", str(SEED), "-o", str(tmp_path))
    assert result.returncode == 2 and "is a directory" in result.stderr


def test_output_never_overwrites_a_checked_file(tmp_path: Path) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_text(CLEAN, encoding="utf-8")
    result = run("check", str(tmp_path), "-o", str(policy))
    assert result.returncode == 2 and "onto the input file" in result.stderr
    assert policy.read_text(encoding="utf-8") == CLEAN


def test_empty_file_is_warned_about(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    result = run("check", str(empty))
    assert result.returncode == 0
    assert f"policylens: warning: {empty}: the document is empty" in result.stderr


def test_no_files_message_lists_the_loader_extensions(tmp_path: Path) -> None:
    from policylens.load import EXTENSIONS

    (tmp_path / "README.md").write_text(CLEAN, encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    listed = result.stderr.split("known extensions: ")[1].split(";")[0].split()
    assert sorted(listed) == sorted(EXTENSIONS)
    assert "--no-default-exclude" in result.stderr


def test_directory_scan_skips_project_files_by_default(tmp_path: Path) -> None:
    for name in ("README.md", "readme.zh-TW.md", "SOURCES.md", "external-SOURCES.md", "CHANGELOG.md", "privacy.md"):
        (tmp_path / name).write_text(CLEAN, encoding="utf-8")
    scanned = check_paths([str(tmp_path)], CheckOptions(no_config=True)).files
    assert [Path(f.path).name for f in scanned] == ["privacy.md"]
    assert len(check_paths([str(tmp_path)], CheckOptions(no_config=True, default_exclude=False)).files) == 6
    (tmp_path / "policylens.toml").write_text("default-exclude = false\n", encoding="utf-8")
    assert len(check_paths([str(tmp_path)], CheckOptions()).files) == 6
    assert run("check", str(tmp_path / "README.md")).returncode == 0  # a file named explicitly is always checked
    result = run("check", str(tmp_path), "--no-default-exclude", "-f", "json")
    assert len(json.loads(result.stdout)["files"]) == 6


def test_html_disable_next_line_covers_the_next_element(tmp_path: Path) -> None:
    """Not the next source line: the element after the comment, on the same line or over several lines."""
    html = (
        "<html><body><h1>政策</h1><!-- policylens-disable-next-line --><p>請參閱【】。</p><p>請參閱【】。</p>\n"
        "<!-- policylens-disable-next-line placeholder-empty -->\n<p>第一行【】\n第二行【】</p>\n<p>後面【】</p>\n</body></html>\n"
    )
    path = tmp_path / "p.html"
    path.write_text(html, encoding="utf-8")
    findings = check_paths([str(path)], CheckOptions(no_config=True, select=("placeholder-empty",))).files[0].findings
    assert [(f.line, f.column) for f in findings] == [(1, 80), (5, 6)]
