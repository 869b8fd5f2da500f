"""Hostile input, round 8: every JSON output validates against its published schema.

The JSON outputs are versioned contracts (`cli/policylens/data/schema/*.json`): fields are
added, never renamed or removed, and each schema closes its objects
(`additionalProperties: false`), so a field a renderer adds without listing it fails
here.  `diff` is validated with every option that adds fields (a title change,
`--show-variants`, `--strict`, each granularity, a one-sided preamble, moved text), `parse`
with and without `--topics` in every input format, `check` with an unreadable file and a
profile, `compare` on a folder of editions with a date in their names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "cli" / "policylens" / "data" / "schema"
SEED = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


def _validate(output: str, name: str) -> dict[str, object]:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(output)
    jsonschema.Draft202012Validator(schema).validate(data)
    return data


OLD = "# 小米隱私權政策\n\n## 一、資料收集\n\n我們收集您的姓名。\n\n## 二、資料使用\n\n我們使用您的資料。\n\n## 三、聯絡我們\n\n電郵：privacy@example.com\n"
NEW = (
    "English | 简体中文\n\n# 米家隱私權政策\n\n## 一、數據收集\n\n我們收集您的姓名與電話。\n\n"
    "## 二、資料使用\n\n我們使用您的資料。\n\n電郵：privacy@example.com\n\n## 四、兒童\n\n我們不收集兒童的資料。\n"
)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("schema")
    old, new = folder / "old.md", folder / "new.md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


@pytest.mark.parametrize(
    "options",
    [[], ["--show-variants"], ["--strict"], ["--granularity", "char"], ["--granularity", "sentence"]],
    ids=["default", "variants", "strict", "char", "sentence"],
)
def test_diff_json_validates_with_every_option(pair: tuple[Path, Path], options: list[str], tmp_path: Path) -> None:
    old, new = pair
    done = cli("diff", str(old), str(new), "--format", "json", *options)
    assert done.returncode == 1, done.stderr
    data = _validate(done.stdout, "diff")
    assert data["title_change"] is not None and data["summary"]["title_changed"] is True  # type: ignore[index]
    # the same report written with -o validates too, and equals stdout
    report = tmp_path / "r.json"
    assert cli("diff", str(old), str(new), "--format", "json", *options, "-o", str(report)).returncode == 1
    assert json.loads(report.read_text(encoding="utf-8")) == data


def test_diff_json_of_identical_and_one_sided_documents_validates(pair: tuple[Path, Path]) -> None:
    old, new = pair
    for a, b in ((old, old), (new, old)):
        done = cli("diff", str(a), str(b), "--format", "json")
        _validate(done.stdout, "diff")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("p.txt", SEED.read_text(encoding="utf-8")),
        ("p.md", NEW),
        ("p.html", "<title>隱私政策</title><h1>隱私政策</h1><p>我們收集&lt;公司名称&gt;。</p><h2>一、範圍</h2><p>本政策。</p>"),
        ("p.txt", "隱私政策\r\n\r\n一、總則\r\u3000本政策適用於【】。\r\n"),
    ],
    ids=["seed", "markdown", "html", "mixed-line-ends"],
)
@pytest.mark.parametrize("topics", [False, True], ids=["plain", "topics"])
def test_parse_json_validates(tmp_path: Path, name: str, text: str, topics: bool) -> None:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    done = cli("parse", str(path), "--format", "json", *(["--topics"] if topics else []))
    assert done.returncode == 0, done.stderr
    _validate(done.stdout, "parse")


def test_check_json_validates_with_errors_and_a_profile(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("隱私政策\n\n一、總則\n\n請填寫【】。我們收集您的個人資料。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    done = cli("check", str(tmp_path), "--format", "json", "--profile", "tw-pdpa")
    assert done.returncode == 2, done.stderr
    _validate(done.stdout, "check")


def test_compare_json_validates(tmp_path: Path) -> None:
    product = tmp_path / "prod"
    product.mkdir()
    (product / "zh-Hant.2024-03-01.md").write_text(OLD, encoding="utf-8")
    (product / "zh-Hans.2024-03-01.md").write_text(NEW.replace("資料", "数据"), encoding="utf-8")
    (product / "en.2024-03-01.md").write_text("# Privacy Policy\n\n## 1. Data\n\nWe collect your name.\n", encoding="utf-8")
    done = cli("compare", str(tmp_path), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    _validate(done.stdout, "compare")
