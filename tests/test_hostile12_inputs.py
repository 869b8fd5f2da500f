"""Hostile input, round 12: what a file's path says about its edition.

`script.named_region` reads a locale tag (zh_HK, zh-Hant-TW) in a Traditional file's name or
its folders.  It read the path as written: `check privacy.md` run inside `zh_HK/` saw no folder
(the same file then drew mainland-wording warnings it did not draw as `zh_HK/privacy.md`),
`zh_HK/../policy.md` was taken for a file in `zh_HK/`, and the path is now made absolute
first.  Standard input has no name, whatever folder the command runs in.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import cli
from policylens.script import named_region

# Traditional text with Hong Kong words and no Hong Kong marker (私隱, 電郵): read as Taiwan text
# unless its path names Hong Kong.
HONG_KONG = "隱私政策\n\n一、收集\n\n我們的軟件會收集使用者的資訊，並透過網絡上傳到伺服器。\n"


def _regional(path: str, cwd: Path, stdin: str | None = None) -> list[str]:
    done = cli("check", "--no-config", "--format", "json", path, cwd=cwd, stdin=stdin)
    assert done.returncode in (0, 1), done.stderr
    return [f["excerpt"] for report in json.loads(done.stdout)["files"] for f in report["findings"] if f["rule"] == "regional-vocabulary"]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "zh_HK").mkdir()
    (tmp_path / "zh_HK" / "privacy.txt").write_text(HONG_KONG, encoding="utf-8")
    (tmp_path / "policy.txt").write_text(HONG_KONG, encoding="utf-8")
    return tmp_path


def test_the_folder_counts_when_the_command_runs_inside_it(tree: Path) -> None:
    assert _regional("zh_HK/privacy.txt", tree) == []
    assert _regional("privacy.txt", tree / "zh_HK") == []  # ['軟件', '網絡'] before
    assert _regional(".", tree / "zh_HK") == []


def test_a_path_out_of_a_locale_folder_is_not_in_it(tree: Path) -> None:
    assert _regional("zh_HK/../policy.txt", tree) == ["軟件", "網絡"]  # [] before: read as a Hong Kong file
    assert _regional("policy.txt", tree) == ["軟件", "網絡"]


def test_standard_input_takes_no_region_from_the_folder(tree: Path) -> None:
    assert _regional("-", tree / "zh_HK", stdin=HONG_KONG) == ["軟件", "網絡"]


def test_a_link_is_read_by_its_own_name(tree: Path) -> None:
    (tree / "zh_HK" / "linked.txt").symlink_to(tree / "policy.txt")
    (tree / "privacy_zh-TW.txt").symlink_to(tree / "zh_HK" / "privacy.txt")
    assert _regional("zh_HK/linked.txt", tree) == []
    assert _regional("privacy_zh-TW.txt", tree) == ["軟件", "網絡"]


@pytest.mark.parametrize(
    ("path", "cwd", "region"),
    [
        ("privacy.md", "/srv/site/zh_HK", "hk"),
        ("privacy.md", "/srv/locales/zh-Hant-TW", "tw"),
        ("zh_HK/../privacy.md", "/srv/site", None),
        ("zh_TW/../zh_HK/privacy.md", "/srv/site", "hk"),
        ("./zh-hk/./privacy.md", "/srv", "hk"),
        ("-", "/srv/site/zh_HK", None),
    ],
)
def test_named_region_reads_the_absolute_path(path: str, cwd: str, region: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "getcwd", lambda: cwd)
    assert named_region(path, "hant") == region


# --- a flood of suppression-comment warnings ------------------------------------------------------


def _directives(count: int) -> str:
    return "# 隐私政策\n\n" + "".join(f"<!-- policylens-disable: foo-bar{i} -->\n\n段落{i}。\n\n" for i in range(count))


def test_thousands_of_misspelt_directives_are_counted_not_listed(tmp_path: Path) -> None:
    page = tmp_path / "policy.md"
    page.write_text(_directives(3_000), encoding="utf-8")
    done = cli("check", "--no-config", "--format", "text", str(page))
    lines = done.stderr.splitlines()
    assert len(lines) == 21, lines[-3:]  # 3,000 lines before
    assert "foo-bar19'" in lines[19] and lines[20].endswith("2,980 more warnings about suppression comments are not listed")


def test_a_few_misspelt_directives_are_each_listed(tmp_path: Path) -> None:
    page = tmp_path / "policy.md"
    page.write_text(_directives(20), encoding="utf-8")
    lines = cli("check", "--no-config", "--format", "text", str(page)).stderr.splitlines()
    assert len(lines) == 20 and all("which is no rule" in line for line in lines)


# --- invisible characters inside a slot -------------------------------------------------------------
#
# A zero-width space, joiner, word joiner, BOM or soft hyphen shows nothing: 【公司\u200b名稱】 reads as 【公司名稱】
# on every screen, and was not found (the check passed).  The rules now read a paragraph as it is seen
# (`rules.context.seen_through`); the finding's columns still count every character of the source.

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SLOTS = [("【公司{z}名稱】", "【公司名稱】"), ("XXX{z}XXX", "XXXXXX"), ("{{{{company{z}_name}}}}", "{{company_name}}")]


def _findings(path: Path) -> list[dict[str, object]]:
    done = cli("check", "--no-config", "--format", "json", str(path))
    assert done.returncode in (0, 1), done.stderr
    return [f for f in json.loads(done.stdout)["files"][0]["findings"] if f["rule"] != "date-format"]


@pytest.mark.parametrize("z", INVISIBLE)
@pytest.mark.parametrize(
    ("ext", "line"),
    [
        (".txt", "本公司{z}將蒐集{slot}之資料。"),
        (".md", "本公司{z}將蒐集**{slot}**之資料。"),
        (".html", "<p>本公司{z}將蒐集<b>{slot}</b>之資料。</p>"),
    ],
)
def test_a_slot_split_by_an_invisible_character_is_found(tmp_path: Path, z: str, ext: str, line: str) -> None:
    for written, seen in SLOTS:
        slot = written.format(z=z)
        text = "隱私權政策\n\n最後更新日期：2024年1月1日\n\n" + line.format(z=z, slot=slot) + "\n"
        path = tmp_path / f"policy{ext}"
        path.write_text(text, encoding="utf-8")
        found = _findings(path)
        assert [f["excerpt"] for f in found] == [seen], (slot, found)
        source = text.split("\n")[found[0]["line"] - 1]  # type: ignore[operator]
        assert source[found[0]["column"] - 1 : found[0]["end_column"] - 1] == slot  # type: ignore[operator]


@pytest.mark.parametrize("z", INVISIBLE)
def test_invisible_characters_add_no_finding(tmp_path: Path, z: str) -> None:
    path = tmp_path / "policy.txt"
    text = f"隱私權政策\n\n最後更新日期：2024年1月1日\n\n本公司{z}將蒐集您的{z}姓名與電{z}話。\n\n【聯絡{z}方式】：privacy@nufa.com.tw\n"
    path.write_text(text, encoding="utf-8")
    assert _findings(path) == []


def test_a_finding_after_invisible_characters_counts_them_in_its_column(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text("隱私權政策\n\n最後更新日期：2024年1月1日\n\n本\u200b公\u200b司將蒐集【公司名稱】。\n", encoding="utf-8")
    (found,) = _findings(path)
    assert (found["line"], found["column"], found["end_column"]) == (5, 9, 15)  # 【 is the ninth character of its line


@pytest.mark.parametrize("ext", [".md", ".html"])
def test_a_heading_is_read_as_it_is_seen_too(tmp_path: Path, ext: str) -> None:
    heading = "## 一、關於 {{company\u200b_name}} 的說明" if ext == ".md" else "<h2>一、關於 {{company\u200b_name}} 的說明</h2>"
    text = f"隱私權政策\n\n{heading}\n\n最後更新日期：2024年1月1日\n\n本公司將蒐集資料。\n"
    path = tmp_path / f"policy{ext}"
    path.write_text(text, encoding="utf-8")
    (found,) = _findings(path)
    assert found["excerpt"] == "{{company_name}}"
    assert text.split("\n")[2][found["column"] - 1 : found["end_column"] - 1] == "{{company\u200b_name}}"  # type: ignore[operator]
