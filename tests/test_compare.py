"""`policylens compare` on an edition set built from the seed (issue #10): every divergence, nothing else."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from compare_helpers import replay_compare
from conftest import ROOT, SEED
from helpers import cli, compare_product, convert_keeping_misreadings, sure
from policylens.commands import build_app
from policylens.compare import CompareOptions, compare_products, discover_products

ENGLISH = ROOT / "tests" / "data" / "compare" / "en.2021-03-30.md"
DROPPED = "獲取您的裝置上的其他功能"  # the section the 2021 base added (absent from the older version)


def _without_section(text: str, title: str) -> str:
    """The seed's text with one unnumbered section (its heading line up to the next heading) removed."""
    lines = text.split("\n")
    start = lines.index(title)
    end = next(i for i in range(start + 1, len(lines)) if lines[i] == "您的權利")
    return "\n".join(lines[:start] + lines[end:])


def build_edition_set(folder: Path) -> Path:
    """smartmi/: the seed, an older zh-Hant, zh-Hans (OpenCC + edits), zh-HK (t2hk + HK wording + one edit), en."""
    import opencc

    product = folder / "smartmi"
    product.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    shutil.copy(SEED, product / "zh-Hant.2021-03-30.txt")
    older = _without_section(seed, DROPPED).replace("【20210330】", "【20200601】")
    (product / "zh-Hant.2020-06-01.txt").write_text(older, encoding="utf-8")
    # zh-Hans: OpenCC, then 45 → 30 days (both mentions) and the 2021 section left out (it lags)
    # (the seed's 登出 kept: OpenCC writes it 注销, deregistering, a change `diff` shows: variants.OPENCC_MISREADINGS)
    hans = convert_keeping_misreadings("tw2sp", _without_section(seed, DROPPED)).replace("45 天", "30 天")
    (product / "zh-Hans.2021-03-30.md").write_text(hans, encoding="utf-8")
    # zh-HK: OpenCC t2hk plus Hong Kong wording, plus one content edit (parents and guardians)
    hk = opencc.OpenCC("t2hk").convert(seed)
    for tw, hk_word in (("軟體", "軟件"), ("網路", "網絡"), ("帳戶", "賬戶")):
        hk = hk.replace(tw, hk_word)
    hk = hk.replace("我們認為父母有責任監督兒童", "我們認為父母及監護人有責任監督兒童")
    (product / "zh-HK.2021-03-30.txt").write_text(hk, encoding="utf-8")
    shutil.copy(ENGLISH, product / "en.2021-03-30.md")
    return product


@pytest.fixture(scope="module")
def edition_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_edition_set(tmp_path_factory.mktemp("editions"))


@pytest.fixture(scope="module")
def report(edition_set: Path) -> dict[str, Any]:
    return compare_product(edition_set)


def _title(d: dict[str, Any]) -> str | None:
    return (d["section"] or {}).get("title")


def _sure(report: dict[str, Any], edition: str) -> list[dict[str, Any]]:
    """The sure divergences of one edition."""
    return [d for d in sure(report, "divergences") if d["edition"] == edition]


def test_base_is_the_newest_traditional_edition(report: dict[str, Any]) -> None:
    assert report["product"] == "smartmi"
    assert report["base"] == "zh-Hant.2021-03-30"
    ids = {e["id"] for e in report["editions"]}
    assert ids == {"zh-Hant.2021-03-30", "zh-Hant.2020-06-01", "zh-Hans.2021-03-30", "zh-HK.2021-03-30", "en.2021-03-30"}
    base = next(e for e in report["editions"] if e["id"] == report["base"])
    assert (base["script"], base["region"], base["sections"], base["top_level"]) == ("hant", "tw", 33, 6)
    assert report["errors"] == []


def test_zh_hans_edition_every_divergence_and_nothing_else(report: dict[str, Any]) -> None:
    found = sorted((d["kind"], _title(d), d.get("fact"), d.get("base_value"), d.get("value")) for d in _sure(report, "zh-Hans.2021-03-30"))
    assert found == [
        ("fact", "CCPA 規定的特殊權利", "duration", "45 天", "30 天"),
        ("section-content", "CCPA 規定的特殊權利", None, None, None),
        ("section-missing", DROPPED, None, None, None),
    ]
    content = next(d for d in report["divergences"] if d["kind"] == "section-content" and d["edition"] == "zh-Hans.2021-03-30")
    assert content["changes"] and all("45" in c["old_text"] and "30" in c["new_text"] for c in content["changes"])


def test_english_edition_wrong_email_and_missing_section(report: dict[str, Any]) -> None:
    found = sorted((d["kind"], _title(d), d.get("fact"), d.get("base_value"), d.get("value")) for d in _sure(report, "en.2021-03-30"))
    assert found == [
        ("fact", "關於我們", "email", "privacy@smartmiglobal.com", "privacy@smartmi.com"),
        ("section-missing", "根據監管要求共用", None, None, None),
    ]
    assert [d for d in report["divergences"] if d["edition"] == "en.2021-03-30" and d["confidence"] < 0.5] == []


def test_zh_hk_edition_only_its_one_content_edit(report: dict[str, Any]) -> None:
    found = sorted((d["kind"], _title(d)) for d in _sure(report, "zh-HK.2021-03-30"))
    assert found == [("section-content", "未成年人/兒童隱私權")]


def test_zh_hk_differences_are_the_one_edit_plus_what_opencc_t2hk_changes(report: dict[str, Any]) -> None:
    """Apart from the real edit, every zh-HK change attached to a divergence is exactly OpenCC t2hk plus HK wording."""
    import opencc

    to_hk = opencc.OpenCC("t2hk")

    def hk(text: str) -> str:
        text = to_hk.convert(text)
        for tw, hk_word in (("軟體", "軟件"), ("網路", "網絡"), ("帳戶", "賬戶")):
            text = text.replace(tw, hk_word)
        return text

    real = [
        (d["section"]["title"], c["new_text"])
        for d in report["divergences"]
        if d["edition"] == "zh-HK.2021-03-30"
        for c in d.get("changes", [])
        if hk(c["old_text"] or "") != (c["new_text"] or "")
    ]
    assert real == [("未成年人/兒童隱私權", "我們認為父母及監護人有責任監督兒童使用我們的產品和服務。智米不會刻意收集兒童的個人資料。")]
    assert not [d for d in report["divergences"] if d["edition"] == "zh-HK.2021-03-30" and d["kind"] != "section-content"]


def test_lagging_edition_is_the_one_without_the_2021_section(report: dict[str, Any]) -> None:
    assert report["lagging"] == [
        {"edition": "zh-Hans.2021-03-30", "lacks": [{"section": {"title": DROPPED, "line": 138}, "change": "added", "since": "2021-03-30"}]}
    ]


def test_version_timeline_of_the_base_edition(report: dict[str, Any]) -> None:
    (timeline,) = [v for v in report["versions"] if v["edition"] == "zh-Hant"]
    (step,) = timeline["steps"]
    assert (step["from"], step["to"]) == ("2020-06-01", "2021-03-30")
    assert step["summary"]["added"] == 1 and step["summary"]["removed"] == 0


def test_facts_agree_in_every_notation(tmp_path: Path) -> None:
    """【20210330】 = 2021年3月30日 = March 30, 2021; 45 天 = 45 days; 12 個月 = 12 months; 18 歲 = 18 years."""
    from policylens.compare.facts import controller_key, durations, laws
    from policylens.structure.metadata import find_dates, find_english_dates

    assert find_dates("更新於【20210330】")[0][2] == find_dates("2021年3月30日")[0][2] == find_english_dates("March 30, 2021")[0][2]
    for text in ("30 March 2021", "Mar. 30th 2021", "Ｍａｒｃｈ ３０, ２０２１", "updated on march 30 2021"):
        assert [d for _, _, d in find_english_dates(text)] == ["2021-03-30"], text
    for text in ("Summar 30 2021", "123 March 2021", "Marching 30, 2021", "February 30, 2021"):
        assert find_english_dates(text) == [], text
    assert [k for k, _ in durations("在 45 天內")] == [k for k, _ in durations("within 45 days")] == ["45 day"]
    assert [k for k, _ in durations("過去 12 個月")] == [k for k, _ in durations("the past 12 months")] == ["12 month"]
    assert [k for k, _ in durations("18 歲以下")] == [k for k, _ in durations("under 18 years of age")] == ["18 year"]
    assert [k for k, _ in durations("三十 (30) 天後")] == [k for k, _ in durations("thirty (30) days after")] == ["30 day"]
    assert durations("2021年3月30日生效，每日更新") == []
    # one unit is as often "some day" / "each year" as a commitment; "under 10 GB" is not an age
    assert durations("有一天我們會每一年更新一次 one day, twice a year, under 10 GB") == []
    assert [k for k, _ in durations("children under 13")] == [k for k, _ in durations("13 歲以下的兒童")] == ["13 year"]
    assert (
        {k for k, _ in laws("依《個人資料保護法》及 GDPR")}
        == {k for k, _ in laws("under the GDPR and the personal data protection act")}
        == {"gdpr", "pipl"}
    )
    assert laws("the gdpr") == [] and laws("CCPAX or XCCPA") == []  # acronyms by case, whole words only
    assert {k for k, _ in laws("个人信息保护法")} == {k for k, _ in laws("個人資料保護法")} == {"pipl"}
    assert controller_key("杭州耶裡資訊科技有限責任公司") == controller_key("杭州耶里信息技术有限责任公司")  # Taiwan vs mainland phrasing
    assert controller_key("Mozilla Corporation")[0] != controller_key("北京智米科技有限公司")[0]


def test_json_validates_against_the_published_schema(edition_set: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    result = CliRunner().invoke(build_app(), ["compare", str(edition_set), "--format", "json", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    schema = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "compare.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["schema"] == "policylens.compare/1" and data["errors"] == []


_EVERY_FORMAT: dict[str, dict[str, Any]] = {}  # the edition set compared once for the four formats (`replay_compare`)


@pytest.mark.parametrize("fmt", ["rich", "csv", "markdown", "html"])
def test_every_format_renders_the_report(edition_set: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    replay_compare(monkeypatch, _EVERY_FORMAT)
    result = CliRunner().invoke(build_app(), ["compare", str(edition_set), "--format", fmt, "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert "privacy@smartmi.com" in result.stdout
    if fmt == "html":
        assert "<script" not in result.stdout and "http://" not in result.stdout.replace("http://www.w3.org", "")
    if fmt == "csv":
        rows = result.stdout.splitlines()
        assert rows[0].startswith("product,edition,base,kind")


def test_html_escapes_policy_text(tmp_path: Path) -> None:
    product = tmp_path / "p"
    product.mkdir()
    (product / "zh-Hant.2021-01-01.txt").write_text("隱私權政策\n\n關於我們\n\n我們的聯絡信箱：a@example.com\n", encoding="utf-8")
    (product / "zh-Hans.2021-01-01.txt").write_text(
        "隐私政策\n\n关于我们\n\n<script>alert(1)</script> 联系邮箱：b@example.com\n", encoding="utf-8"
    )
    result = CliRunner().invoke(build_app(), ["compare", str(product), "--format", "html", "--jobs", "1"])
    assert "<script>alert" not in result.stdout and "&lt;script&gt;" in result.stdout


def test_bad_input_is_an_error_entry_and_the_rest_is_compared(tmp_path: Path) -> None:
    product = build_edition_set(tmp_path)
    (product / "zh-TW.2021-03-30.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    shutil.copy(product / "zh-Hans.2021-03-30.md", product / "zh-Hans.2021-03-30.txt")
    result = CliRunner().invoke(build_app(), ["compare", str(product), "--format", "json", "--jobs", "1"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    errors = data["products"][0]["errors"]
    assert any(e["path"].endswith("zh-TW.2021-03-30.txt") and "binary" in e["error"] for e in errors)
    duplicates = [e for e in errors if "two files claim" in e["error"]]
    (duplicate,) = duplicates
    assert "zh-Hans.2021-03-30.md" in duplicate["error"] and "zh-Hans.2021-03-30.txt" in duplicate["error"]
    assert any(d["edition"] == "en.2021-03-30" for d in data["products"][0]["divergences"])


def test_folder_without_editions_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    done = cli("compare", str(tmp_path))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"policylens: error: {tmp_path}: no recognisable editions") and done.stderr.count("\n") == 1


def test_agreeing_editions_exit_0(tmp_path: Path) -> None:
    product = tmp_path / "same"
    product.mkdir()
    shutil.copy(SEED, product / "zh-Hant.2021-03-30.txt")
    shutil.copy(SEED, product / "zh-TW.2021-03-30.txt")
    result = CliRunner().invoke(build_app(), ["compare", str(product), "--format", "json", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["products"][0]["divergences"] == []


def test_manifest_names_files_named_otherwise(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED, folder / "privacy-tw.txt")
    shutil.copy(ENGLISH, folder / "privacy-en.md")
    (folder / "policylens.toml").write_text(
        '[[editions]]\nproduct = "smartmi"\nedition = "zh-Hant"\ndate = 2021-03-30\npath = "privacy-tw.txt"\n\n'
        '[[editions]]\nproduct = "smartmi"\nedition = "en"\ndate = "2021-03-30"\npath = "privacy-en.md"\n',
        encoding="utf-8",
    )
    product = compare_product(folder)
    assert product["product"] == "smartmi" and product["base"] == "zh-Hant.2021-03-30"
    assert any(d["fact"] == "email" for d in product["divergences"] if d["kind"] == "fact")


def test_explicit_base(report: dict[str, Any], edition_set: Path) -> None:
    (product,) = compare_products(discover_products([str(edition_set)]), CompareOptions(base="en"))
    assert product["base"] == "en.2021-03-30"


def test_special_files_and_hostile_names_are_skipped_with_one_safe_line(tmp_path: Path) -> None:
    import os

    product = tmp_path / "p"
    product.mkdir()
    shutil.copy(SEED, product / "zh-Hant.2021-03-30.txt")
    (product / "zh-Hans.2021-03-30\nforged: error.txt").write_text("x", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(product / "zh-HK.2021-03-30.txt")
    done = subprocess.run(
        [sys.executable, "-m", "policylens", "compare", str(product), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert all(line.startswith("policylens: warning: ") for line in lines)
    assert any("\\x0aforged" in line for line in lines)
    if hasattr(os, "mkfifo"):
        assert any("zh-HK.2021-03-30.txt: not a regular file" in line for line in lines)


def test_a_defect_on_one_product_is_that_products_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.compare import analyse

    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        shutil.copy(SEED, folder / "zh-Hant.2021-03-30.txt")
        shutil.copy(ENGLISH, folder / "en.2021-03-30.md")
    real = analyse.fact_divergences

    def flaky(base, other, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "/a/" in base.input.path:
            raise ValueError("boom")
        return real(base, other, *args, **kwargs)

    monkeypatch.setattr(analyse, "fact_divergences", flaky)
    a, b = compare_products(discover_products([str(first), str(second)]), CompareOptions())
    assert a["errors"] == [{"path": "a", "error": "internal error while comparing (ValueError: boom)"}]
    assert b["errors"] == [] and b["divergences"]


def test_manifest_in_pyproject_and_check_still_reads_that_configuration(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "policy.txt")
    shutil.copy(ENGLISH, tmp_path / "policy-en.md")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.policylens]\nignore = ["regional-vocabulary"]\n\n'
        '[[tool.policylens.editions]]\nedition = "zh-Hant"\ndate = "2021-03-30"\npath = "policy.txt"\n\n'
        '[[tool.policylens.editions]]\nedition = "en"\ndate = "2021-03-30"\npath = "policy-en.md"\n',
        encoding="utf-8",
    )
    product = compare_product(tmp_path)
    assert product["product"] == tmp_path.name and [e["id"] for e in product["editions"]] == ["en.2021-03-30", "zh-Hant.2021-03-30"]
    done = cli("check", str(tmp_path / "policy.txt"), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert not any(f["rule"] == "regional-vocabulary" for f in json.loads(done.stdout)["files"][0]["findings"])


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('edition = "zh-Hant"\npath = "missing.txt"', "no such file"),
        ('edition = "Chinese"\npath = "policy.txt"', "is not an edition tag"),
        ('edition = "zh-Hant"\ndate = "2021-02-30"\npath = "policy.txt"', "must be a date"),
        ('edition = "zh-Hant"\npath = "policy.txt"\ncolour = "red"', "unknown key"),
    ],
)
def test_bad_manifest_entries_are_named(tmp_path: Path, entry: str, message: str) -> None:
    shutil.copy(SEED, tmp_path / "policy.txt")
    (tmp_path / "policylens.toml").write_text(f"[[editions]]\n{entry}\n", encoding="utf-8")
    done = cli("compare", str(tmp_path), "--format", "json")
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_url_keys_ignore_locale_only() -> None:
    from policylens.compare.facts import url_key

    assert url_key("https://www.mozilla.org/en-US/privacy/") == url_key("http://mozilla.org/zh-TW/privacy") == "mozilla.org/privacy"
    assert url_key("https://example.com/zh-hant/a?lang=zh") == url_key("https://example.com/en/a") == "example.com/a"
    assert url_key("https://support.mozilla.org/kb/a") != url_key("https://support.mozilla.org/a")  # /kb/ is not a locale
    assert url_key("https://zh.wikipedia.org/wiki/X") == url_key("https://en.wikipedia.org/wiki/X")
    assert url_key("https://google.com.tw/intl/zh-TW/policies/privacy/") == url_key("http://www.google.com/intl/en/policies/privacy/")
    assert url_key("https://support.mozilla.org/x") != url_key("https://mozilla.org/x")


def test_edition_tags_are_case_insensitive(tmp_path: Path) -> None:
    product = tmp_path / "p"
    product.mkdir()
    shutil.copy(SEED, product / "zh-hant.2021-03-30.txt")
    shutil.copy(SEED, product / "zh-tw.2021-03-30.txt")
    (found,) = discover_products([str(product)]).products
    assert sorted(e.edition or "" for e in found.editions) == ["zh-Hant", "zh-TW"]


def test_lagging_removed_and_rewritten_across_languages(tmp_path: Path) -> None:
    """The 2021 base removed a section and rewrote 30 天 → 45 天; the English edition still has both in their old form.

    English ↔ Chinese lags are reported only on sure evidence: the removed section pairs
    confidently with the edition's extra section, and the rewrite changed a fact (the
    duration) that the edition's paired section still holds in its old value.
    """
    product = build_edition_set(tmp_path)
    older = (product / "zh-Hant.2020-06-01.txt").read_text(encoding="utf-8").replace("45 天", "30 天")
    officer = "\n資料保護專員\n\n您可以寫信至 dpo@smartmi.com 連絡我們的資料保護專員，我們將在 90 天內回覆。\n"
    (product / "zh-Hant.2020-06-01.txt").write_text(older.replace("\n您的權利\n", officer + "\n您的權利\n", 1), encoding="utf-8")
    english = (product / "en.2021-03-30.md").read_text(encoding="utf-8").replace("45 days", "30 days")
    english = english.replace(
        "\n### Access to Other Features",
        "\n### Data Protection Officer\n\nYou can write to our data protection officer at dpo@smartmi.com; we answer within 90 days.\n"
        "\n### Access to Other Features",
        1,
    )
    (product / "en.2021-03-30.md").write_text(english, encoding="utf-8")
    report = compare_product(product)
    lags = {lag["edition"]: [(x["change"], x["section"]["title"]) for x in lag["lacks"]] for lag in report["lagging"]}
    assert lags == {
        "en.2021-03-30": [("removed", "資料保護專員"), ("rewritten", "CCPA 規定的特殊權利")],
        # same language: the zh-Hans edition has 30 天 too, and lacks the section added in 2021
        "zh-Hans.2021-03-30": [("added", DROPPED), ("rewritten", "CCPA 規定的特殊權利")],
    }


def test_no_lag_across_languages_without_sure_evidence(tmp_path: Path) -> None:
    """A rewrite that changed only words (no fact) cannot be seen across languages: not reported for the English edition."""
    product = build_edition_set(tmp_path)
    older = (product / "zh-Hant.2020-06-01.txt").read_text(encoding="utf-8")
    older = older.replace("我們認為父母有責任監督兒童", "我們認為學校有責任監督兒童")
    (product / "zh-Hant.2020-06-01.txt").write_text(older, encoding="utf-8")
    report = compare_product(product)
    english = [lag for lag in report["lagging"] if lag["edition"] == "en.2021-03-30"]
    assert english == []


@pytest.mark.parametrize("product", ["=HYPERLINK(1)", "+cmd", "@SUM(A1)", "-2+3"])
def test_csv_guards_the_product_and_edition_cells(tmp_path: Path, product: str) -> None:
    folder = tmp_path / "products" / product
    folder.mkdir(parents=True)
    (folder / "zh-Hant.2021-03-30.txt").write_text("隱私權政策\n\n一、資料收集\n我們會收集您的姓名。\n", encoding="utf-8")
    (folder / "zh-TW.2021-03-30.txt").write_text("隱私權政策\n\n一、資料收集\n我們會收集您的姓名與地址。\n", encoding="utf-8")
    out = cli("compare", str(tmp_path / "products"), "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) > 1
    for row in rows[1:]:
        assert all(cell[:1] not in ("=", "+", "-", "@") for cell in row), row
        assert row[0] == "'" + product


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh-Hant.2021-03-30-v1.2.txt", ("zh-Hant", "2021-03-30", "2021-03-30-v1.2")),
        ("zh-Hant.2021-03-30-v1.3.txt", ("zh-Hant", "2021-03-30", "2021-03-30-v1.3")),
        ("zh-Hans.2017-08-15-46db3fb.md", ("zh-Hans", "2017-08-15", "2017-08-15-46db3fb")),
        ("en.2020-01-01.draft.md", ("en", "2020-01-01", "2020-01-01.draft")),
        ("zh-Hant.txt", ("zh-Hant", None, "")),
    ],
)
def test_every_part_of_a_version_name_is_kept(name: str, expected: tuple[str, str | None, str]) -> None:
    from policylens.compare.inputs import parse_name

    assert parse_name(name) == expected  # -v1.2 and -v1.3 were both cut to -v1 and collided


def test_versions_of_one_date_are_ordered_by_their_numbers_and_told_apart(tmp_path: Path) -> None:
    folder = tmp_path / "products" / "app"
    folder.mkdir(parents=True)
    (folder / "en.2021-03-30-v1.9.md").write_text("# Privacy\n\n## Data\n\nWe collect your email.\n", encoding="utf-8")
    (folder / "en.2021-03-30-v1.10.md").write_text(
        "# Privacy\n\n## Data\n\nWe collect your email.\n\n## Sharing\n\nWe sell your data to advertisers.\n", encoding="utf-8"
    )
    (folder / "en.2021-03-30-v1.10.md.bak").write_text("# Privacy\n\nold\n", encoding="utf-8")  # a backup is no edition
    report = json.loads(cli("compare", str(tmp_path / "products"), "--format", "json").stdout)
    (timeline,) = report["products"][0]["versions"]
    assert timeline["versions"] == ["en.2021-03-30-v1.9", "en.2021-03-30-v1.10"]
    assert timeline["steps"][0]["summary"]["added"] == 1
    out = cli("compare", str(tmp_path / "products"), "--format", "markdown").stdout
    assert "en en.2021-03-30-v1.9 → en.2021-03-30-v1.10: 1 added" in out
