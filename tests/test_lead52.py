"""The lead's fixes of the fifty-second session (merges of u52p, u52p2, u52g).

- One defect, one finding (issue #11 §5): a date label left with no date (「更新日期」 alone, 「生效日期：」 empty) is the
  defect `placeholder-empty` reports; `date-format`'s "no date" stands on that label, so it is superseded there, and
  shown at the label when `placeholder-empty` is ignored.  Before, both were reported, "no date" at line 1.
- A page's skip link (「跳至內容」, "Skip to content") captured above the title is navigation, not the title
  (`structure.headings.kicker.skip_link`; eval/precision52 hkershop-hk-txt).
- A template variable's bare name that the source's code replaces (`raw.privacy.replace(/appName/g, "文案狗")`) is
  recorded by the loader in `doc.filled` (`load.scripts.replaced_names`); the rule no longer reads the file itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli, parse_path, parse_string
from policylens.load.scripts import replaced_names
from policylens.structure.headings.kicker import skip_link

_BODY = "我们收集您的手机号码用于登录，并在您注销账号后删除。\n"


def _findings(tmp_path: Path, text: str, *extra: str) -> list[tuple[str, int]]:
    path = tmp_path / "privacy.md"
    path.write_text(text, encoding="utf-8")
    run = cli("check", str(path), "--format", "json", "--no-config", "--fail-on", "never", *extra)
    assert run.returncode == 0, run.stderr
    return [(f["rule"], f["line"]) for file in json.loads(run.stdout)["files"] for f in file["findings"]]


@pytest.mark.parametrize("label", ["更新日期", "最后更新", "**更新日期**"])
def test_an_empty_date_label_is_one_finding(tmp_path: Path, label: str) -> None:
    text = f"# 隐私政策\n\n{label}\n\n{_BODY}"
    found = _findings(tmp_path, text)
    assert ("placeholder-empty", 3) in found
    assert not [f for f in found if f[0] == "date-format"], found
    # with placeholder-empty turned off, "no date" is still said, at the empty label
    assert ("date-format", 3) in _findings(tmp_path, text, "--ignore", "placeholder-empty")


def test_no_date_label_keeps_no_date_at_the_start(tmp_path: Path) -> None:
    assert ("date-format", 1) in _findings(tmp_path, f"# 隐私政策\n\n{_BODY}")


def test_a_slot_on_the_first_line_does_not_hide_no_date(tmp_path: Path) -> None:
    """eval/blind/round52d juguo-zh-txt L1: 「appName个人信息保护政策概要」 (a raw variable name, an error at 1:1) hid the
    page's true "no date", a finding about the whole document, by span overlap; both are reported now."""
    found = _findings(tmp_path, f"appName个人信息保护政策概要\n\n{_BODY}")
    assert ("placeholder-instruction", 1) in found and ("date-format", 1) in found, found


def test_a_dated_label_is_no_finding(tmp_path: Path) -> None:
    found = _findings(tmp_path, f"# 隐私政策\n\n更新日期：2024年3月1日\n\n{_BODY}")
    assert not [f for f in found if f[0] in ("date-format", "placeholder-empty")], found


def test_names_the_code_replaces_are_recorded() -> None:
    assert replaced_names("x.replace(/appName/g, \"文案狗\").replaceAll('companyName', n)") == {"appName", "companyName"}
    assert replaced_names("x.replace(/\\[公司名称\\]/g, n)") == frozenset()  # a bracketed token: `replaced_tokens`'s
    assert replaced_names("the appName field") == frozenset()


@pytest.mark.parametrize("skip", ["跳至內容", "跳到主要内容", "略過主要內容", "Skip to content", "Skip to main content"])
def test_a_skip_link_above_the_title_is_no_title(skip: str) -> None:
    """Class: a page's accessibility skip link captured with its text, above the title (eval/precision52 hkershop-hk-txt:
    「跳至內容」 over 「私隱政策」 was the title)."""
    doc = parse_string(f"{skip}\n\n私隱政策\n\n1. 前言\n\n我們承諾保障您的私隱及個人資料安全。\n", suffix=".txt")
    assert doc.metadata.title == "私隱政策"


def test_skip_words_inside_a_line_are_no_skip_link() -> None:
    assert not skip_link("跳至內容之前請先閱讀本政策")
    assert not skip_link("內容")
    assert skip_link("**跳至內容**") and skip_link("Skip to the main content")


def test_hkershop_regression() -> None:
    doc = parse_path(str(Path(__file__).resolve().parents[1] / "eval" / "precision52" / "hkershop-hk-txt" / "page.txt"))
    assert doc.metadata.title == "私隱政策"
