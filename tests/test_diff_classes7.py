"""Diff classes found by a blind set of real version pairs (issues #9/#10 follow-up), both ways.

- the document title changed (a product rename) and no change line showed it;
- a language-switcher line (links to the other editions) was reported as an insertion;
- cross-script editions: regional word pairs (应用/應用程式, 本地/本機, 和/與…) are variants;
- section level: a renamed and rewritten section, a list line taken as a heading on one side.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import (
    cli,  # in-process `policylens` (typer CliRunner): exit code, stdout and stderr as from a process
    parse_file,
)
from policylens.diff import cross_script_key, diff_documents, has_changes, summary
from policylens.diff.keys import is_language_switcher

BODY_HANT = "## 一、我們收集的資料\n\n我們會收集您的裝置識別碼，用於提供服務。\n\n## 二、聯絡我們\n\n如有問題，請透過電子郵件 help@example.com 與我們聯絡。\n"


# --- the document title ---------------------------------------------------------------


def test_title_rename_is_a_change_in_every_format(tmp_path: Path) -> None:
    old = tmp_path / "old.md"
    new = tmp_path / "new.md"
    old.write_text("# 麻將大師隱私政策\n\n" + BODY_HANT, encoding="utf-8")
    new.write_text("# 麻雀大師隱私政策\n\n" + BODY_HANT, encoding="utf-8")
    result = cli("diff", str(old), str(new), "--format", "json")
    assert result.returncode == 1  # the only difference is the title: still a change
    data = json.loads(result.stdout)
    change = data["title_change"]
    assert (change["old_text"], change["new_text"], change["old_line"], change["new_line"]) == (
        "麻將大師隱私政策",
        "麻雀大師隱私政策",
        1,
        1,
    )
    assert [s for s in change["spans"] if s["op"] != "equal"] == [{"op": "delete", "text": "麻將"}, {"op": "insert", "text": "麻雀"}]
    assert data["summary"]["title_changed"] is True
    assert all(s["status"] == "unchanged" for s in data["sections"])
    text = cli("diff", str(old), str(new), "--format", "text").stdout
    assert "== (document title) [modified] (old L1 → new L1)" in text
    assert "[-麻將-]{+麻雀+}大師隱私政策" in text
    assert text.index("(document title)") < text.index("unchanged section")
    markdown = cli("diff", str(old), str(new), "--format", "markdown").stdout
    assert "### Document title" in markdown and "~~麻將~~" in markdown
    html = cli("diff", str(old), str(new), "--format", "html").stdout
    assert html.index('id="sec-title"') < html.index('id="sec-0"') and "<del>麻將</del><ins>麻雀</ins>" in html


def test_title_in_the_other_script_or_with_other_markup_is_not_a_change(tmp_path: Path) -> None:
    hant = parse_file(tmp_path, "hant.md", "# 隱私權政策\n\n## 一、我們收集的資訊\n\n我們會收集您的裝置識別碼。\n")
    hans = parse_file(tmp_path, "hans.md", "# 隐私政策\n\n## 一、我们收集的信息\n\n我们会收集您的设备标识符。\n")
    report = diff_documents(hans, hant)
    assert report.title is None and report.title_variants == 1 and not has_changes(report)
    assert diff_documents(hans, hant, show_variants=True).title.variant  # type: ignore[union-attr]
    bold = parse_file(tmp_path, "bold.md", "# **隐私政策**\n\n## 一、我们收集的信息\n\n我们会收集您的设备标识符。\n")
    report = diff_documents(bold, hans)
    assert report.title is None and not has_changes(report)


def test_title_on_one_side_only_is_not_compared(tmp_path: Path) -> None:
    titled = parse_file(tmp_path, "a.md", "# 麻將大師隱私政策\n\n" + BODY_HANT)
    untitled = parse_file(tmp_path, "b.md", "麻將大師隱私政策\n\n" + BODY_HANT)  # the same line, read as no title here
    assert diff_documents(titled, untitled).title is None
    # a title gone without a trace is a title deleted (twenty-second round: it was no change, exit 0)
    gone = diff_documents(titled, parse_file(tmp_path, "c.md", BODY_HANT)).title
    assert gone is not None and (gone.op, gone.old_text) == ("delete", "麻將大師隱私政策")


# --- language switchers -----------------------------------------------------------------

SWITCHERS = [
    "[English](./) | [简体中文](./zh-CN.md) | [繁體中文](./zh-TW.md)",
    '<p align="right"><a href="./privacy-policy.md">English</a></p>',
    '<p><a href="privacy_en.html">English version »</a></p>',
    "🌐 Language: [English](en.md) · [中文](zh.md)",
    "EN ｜ 中文",
]
NOT_SWITCHERS = [
    "详见[《第三方 SDK 列表》](./sdk.md)",
    "如有疑问，请[联系我们](mailto:help@example.com)。",
    "本政策以中文版本为准。",
    "英文版本与中文版本不一致时，以中文为准。",
    "[隐私政策英文版](./en.md)的内容与本政策相同。",
]


@pytest.mark.parametrize("line", SWITCHERS)
def test_language_switcher_added_under_the_title_is_noise(tmp_path: Path, line: str) -> None:
    old = tmp_path / "old.md"
    new = tmp_path / "new.md"
    old.write_text("# 隐私政策\n\n更新日期：2024年1月1日\n\n## 一、收集\n\n我们收集设备信息。\n", encoding="utf-8")
    new.write_text(f"# 隐私政策\n\n{line}\n\n更新日期：2024年1月1日\n\n## 一、收集\n\n我们收集设备信息。\n", encoding="utf-8")
    assert is_language_switcher(line.replace('<p align="right">', "").replace("</p>", "").replace("<p>", ""))
    plain = cli("diff", str(old), str(new), "--format", "json")
    assert plain.returncode == 0, plain.stdout  # a markup-only pair
    assert json.loads(plain.stdout)["summary"]["noise"] >= 1
    strict = cli("diff", str(old), str(new), "--format", "json", "--strict")
    assert strict.returncode == 1  # --strict shows it


@pytest.mark.parametrize("line", NOT_SWITCHERS)
def test_language_switcher_near_misses_are_changes(tmp_path: Path, line: str) -> None:
    assert not is_language_switcher(line)
    old = parse_file(tmp_path, "old.md", "# 隐私政策\n\n## 一、收集\n\n我们收集设备信息。\n")
    new = parse_file(tmp_path, "new.md", f"# 隐私政策\n\n## 一、收集\n\n我们收集设备信息。\n\n{line}\n")
    report = diff_documents(old, new)
    assert has_changes(report) and summary(report)["changes"] == 1


def test_language_switcher_check_is_bounded_on_hostile_lines() -> None:
    assert not is_language_switcher("简体中文" * 49 + "X")
    assert not is_language_switcher("en-" * 60 + "x")
    assert not is_language_switcher("中文 " * 1000)


# --- regional word pairs across scripts ------------------------------------------------

VARIANT_PAIRS = [
    ("应用", "應用程式"),
    ("本地", "本機"),
    ("设备标识符", "裝置識別碼"),
    ("共享", "分享"),
    ("您和我们", "您與我們"),
    ("历史记录", "歷史紀錄"),
    ("会话", "工作階段"),
    ("邮箱", "電子郵件"),
    ("邮箱地址", "電郵地址"),
    ("首选语言", "偏好語言"),
    ("日志", "記錄"),
    ("登录", "登入"),
    ("通过", "透過"),
    ("人脸识别", "臉部辨識"),
    ("获取", "取得"),
    # eleventh session (the lead): a zh-Hans/zh-Hant pair of one version
    ("在后台运行", "在背景執行"),
    ("根据法律法规", "依據法律法規"),
    ("云服务", "雲端服務"),
    ("云服务器", "雲端伺服器"),
]


@pytest.mark.parametrize(("hans", "hant"), VARIANT_PAIRS)
def test_regional_word_pairs_are_variants(hans: str, hant: str) -> None:
    assert cross_script_key(hans) == cross_script_key(hant)


def test_words_that_differ_in_meaning_stay_apart() -> None:
    assert cross_script_key("信息") != cross_script_key("訊息")  # information / a message
    assert cross_script_key("邮箱") != cross_script_key("信箱")  # a post-office box
    assert cross_script_key("二维码") != cross_script_key("條碼")  # a barcode
    assert cross_script_key("申请") != cross_script_key("請求")  # to apply / to request


HANS_EDITION = (
    "# 隐私政策\n\n## 一、我们如何收集信息\n\n"
    "当您登录应用时，我们会通过本地存储保存您的会话和首选语言，并记录设备标识符和历史记录。\n\n"
    "## 二、共享\n\n我们不会和第三方共享您的邮箱，日志仅保存在本地。\n"
)
HANT_EDITION = (
    "# 隱私權政策\n\n## 一、我們如何收集資訊\n\n"
    "當您登入應用程式時，我們會透過本機儲存保存您的工作階段和偏好語言，並記錄裝置識別碼和歷史紀錄。\n\n"
    "## 二、分享\n\n我們不會與第三方分享您的電子郵件，記錄僅保存在本機。\n"
)


def test_translated_edition_with_only_variants_has_no_change(tmp_path: Path) -> None:
    report = diff_documents(parse_file(tmp_path, "hans.md", HANS_EDITION), parse_file(tmp_path, "hant.md", HANT_EDITION))
    assert report.cross_script
    assert not has_changes(report), [(s.status, s.renamed, [c.spans for c in s.changes]) for s in report.sections]


def test_real_change_among_variants_marks_only_the_real_words(tmp_path: Path) -> None:
    edited = HANT_EDITION.replace("保存您的工作階段", "保存您的位置、工作階段")
    report = diff_documents(parse_file(tmp_path, "hans.md", HANS_EDITION), parse_file(tmp_path, "hant.md", edited))
    changes = [c for s in report.sections for c in s.changes if not c.variant]
    assert len(changes) == 1
    marked = [(sp.op, sp.text) for sp in changes[0].spans if sp.op != "equal"]
    assert marked == [("insert", "位置、")], marked


# --- section level: renamed and rewritten in place ------------------------------------

REWRITE_OLD = (
    "# 隐私政策\n\n## 一、我们如何收集您的信息\n\n"
    "我们会收集您在注册时提供的手机号码和昵称，用于创建账号。我们也会收集设备型号、操作系统版本和崩溃日志，用于排查故障。\n\n"
    "## 二、我们如何使用您的信息\n\n我们使用您的信息来提供服务、改进产品体验，并在必要时向您发送服务通知。\n\n"
    "## 三、联系我们\n\n如有问题请联系 a@b.com。\n"
)
REWRITE_NEW = (
    "# 隐私政策\n\n## 一、收集范围\n\n"
    "注册时我们收集手机号码、昵称。排查故障时收集设备型号、系统版本、崩溃日志，三十天后删除。部分功能需要位置权限。\n\n"
    "## 二、用途说明\n\n提供与改进服务；必要时发送服务通知；不会用于广告推送或出售给第三方。\n\n"
    "## 三、联系我们\n\n如有问题请联系 a@b.com。\n"
)


def _statuses(report) -> list[tuple[str | None, str | None, str, bool]]:
    return [(s.old.title if s.old else None, s.new.title if s.new else None, s.status, s.renamed) for s in report.sections]


def test_sections_renamed_and_rewritten_in_place_pair_as_renamed(tmp_path: Path) -> None:
    old, new = parse_file(tmp_path, "old.md", REWRITE_OLD), parse_file(tmp_path, "new.md", REWRITE_NEW)
    for report in (diff_documents(old, new), diff_documents(new, old)):
        statuses = _statuses(report)
        assert all(status != "added" and status != "removed" for _, _, status, _ in statuses), statuses
        assert sum(renamed for *_, renamed in statuses) == 2


def test_unrelated_section_in_the_same_place_stays_removed_and_added(tmp_path: Path) -> None:
    replaced = REWRITE_OLD.replace(
        "## 二、我们如何使用您的信息\n\n我们使用您的信息来提供服务、改进产品体验，并在必要时向您发送服务通知。",
        "## 二、Cookie\n\n本网站使用 Cookie 记住您的语言选择；您可以在浏览器设置中随时清除。",
    )
    report = diff_documents(parse_file(tmp_path, "old.md", REWRITE_OLD), parse_file(tmp_path, "new.md", replaced))
    statuses = _statuses(report)
    assert ("二、我们如何使用您的信息", None, "removed", False) in statuses
    assert (None, "二、Cookie", "added", False) in statuses


def test_another_number_in_the_same_place_is_not_the_same_section(tmp_path: Path) -> None:
    renumbered = REWRITE_NEW.replace("## 二、用途说明", "## 五、用途说明")
    report = diff_documents(parse_file(tmp_path, "old.md", REWRITE_OLD), parse_file(tmp_path, "new.md", renumbered))
    statuses = _statuses(report)
    assert ("二、我们如何使用您的信息", None, "removed", False) in statuses
    assert (None, "五、用途说明", "added", False) in statuses


# --- section level: the same line a heading on one side, a list line on the other ----

LIST_AS_HEADING = (
    "隐私政策\n\n二、信息使用\n\n我们将收集的信息用于以下目的：\n\n1. 提供服务\n\n为您提供基本功能，包括登录和同步。\n\n"
    "2. 改进产品\n\n分析使用情况以改进产品。\n\n三、联系我们\n\n如有问题请联系 a@b.com。\n"
)


def test_heading_that_became_a_list_line_is_no_change_line(tmp_path: Path) -> None:
    old = parse_file(tmp_path, "old.txt", LIST_AS_HEADING)
    new = parse_file(tmp_path, "new.txt", LIST_AS_HEADING.replace("1. 提供服务\n", "1. 提供服务。\n"))
    if len(old.sections) == len(new.sections):
        pytest.skip("heading detection reads both lines alike now: the class cannot occur")
    for report in (diff_documents(old, new), diff_documents(new, old)):
        assert [c for s in report.sections for c in s.changes] == [], _statuses(report)
        assert summary(report)["changes"] == 0


def test_list_line_with_new_words_under_a_merged_heading_is_still_a_change(tmp_path: Path) -> None:
    old = parse_file(tmp_path, "old.txt", LIST_AS_HEADING)
    text = LIST_AS_HEADING.replace("1. 提供服务\n", "1. 提供服务。\n").replace(
        "分析使用情况以改进产品。", "分析使用情况以改进产品。\n\n2. 提供服务。"
    )
    report = diff_documents(old, parse_file(tmp_path, "new.txt", text))
    inserted = [c.new_text for s in report.sections for c in s.changes if c.op == "insert"]
    assert len(inserted) == 1, inserted  # one merged title stands for one line only
