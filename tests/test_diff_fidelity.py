"""`policylens diff` on real documents (issue #9): noise classes, cross-script keys,
alignment rounds, reviewer output, and the cost bounds of issue #12 §1.

Each class has a synthetic case and, where the issue names one, the real corpus pair.
"""

from __future__ import annotations

import functools
import itertools
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPORA
from helpers import cli, diff_strings, parse_path, unexplained_changes
from policylens.diff import diff_documents
from policylens.diff.align import has_changes, summary
from policylens.diff.keys import layout_key
from policylens.diff.sequence import opcodes
from policylens.diff.variants import cross_script_key
from policylens.model import DiffReport, Document


def changes(report: DiffReport) -> list[tuple[str | None, str | None]]:
    return [(c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.variant]


def rebuild(report: DiffReport) -> None:
    """Every replace change's spans rebuild both texts."""
    for s in report.sections:
        for c in s.changes:
            if c.op != "replace":
                continue
            old = "".join(x.old if x.op == "equal" and x.old is not None else x.text for x in c.spans if x.op != "insert")
            new = "".join(x.text for x in c.spans if x.op != "delete")
            assert (old, new) == (c.old_text, c.new_text)


HEAD = "# 隱私政策\n\n## 一、資料收集\n\n"


# ---- §1 noise: reflow ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("我們收集您的姓名。我們也收集電話號碼。\n", "我們收集您的姓名。\n\n我們也收集電話號碼。\n"),  # split
        ("我們收集您的姓名。\n\n我們也收集電話號碼。\n", "我們收集您的姓名。我們也收集電話號碼。\n"),  # joined
        (
            "第一段第一句。第一段第二句。\n\n第二段。\n",
            "第一段第一句。\n\n第一段第二句。第二段。\n",
        ),  # a sentence moved to the next paragraph
    ],
)
def test_reflow_across_paragraphs_is_noise(old: str, new: str) -> None:
    report = diff_strings(HEAD + old, HEAD + new)
    assert not has_changes(report) and summary(report)["noise"] >= 1
    assert has_changes(diff_strings(HEAD + old, HEAD + new, strict=True))


def test_reflow_with_a_real_edit_shows_only_the_edit() -> None:
    old = HEAD + "第一段第一句。第一段第二句保存三十天。\n\n第二段。\n"
    new = HEAD + "第一段第一句。\n\n第一段第二句保存六十天。第二段。\n"
    report = diff_strings(old, new)
    spans = [x for s in report.sections for c in s.changes for x in c.spans if x.op != "equal"]
    assert {x.text for x in spans} == {"三十", "六十"}
    rebuild(report)


def test_corpus_reflow_qunachongdian() -> None:
    base = CORPORA / "qunachongdian-privacy"
    report = diff_documents(parse_path(base / "zh-Hans.2024-12-12.md"), parse_path(base / "zh-Hans.2025-01-09.md"))
    by_title = {s.new.title: s for s in report.sections if s.new}
    assert by_title[None].status == "unchanged"  # the intro
    assert by_title["二、我们如何收集和使用您的个人信息"].status == "unchanged"
    report = diff_documents(parse_path(base / "zh-Hans.2025-01-09.md"), parse_path(base / "zh-Hans.2025-04-08.md"))
    updated = next(s for s in report.sections if s.new and s.new.title and "本政策如何更新" in s.new.title)
    assert updated.status == "unchanged"


# ---- §1 noise: inline markup --------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('請閱讀<a href="/docs/user">用戶協議</a>。', "請閱讀[用戶協議](/docs/user)。"),
        ("這是**重要**的內容。", "這是*重要*的內容。"),
        ("請使用 `privacy` 指令。", "請使用 privacy 指令。"),
        ("<privacy@example.com>", "privacy@example.com"),
        ("見[政策](https://example.com/p)。", '見[政策](https://example.com/p){ target="_blank" }。'),
    ],
)
def test_markup_syntax_is_noise(old: str, new: str) -> None:
    assert layout_key(old) == layout_key(new)
    report = diff_strings(HEAD + old + "\n", HEAD + new + "\n")
    assert not has_changes(report) and summary(report)["noise"] >= 1
    assert has_changes(diff_strings(HEAD + old + "\n", HEAD + new + "\n", strict=True))


def test_changed_link_target_is_a_change() -> None:
    assert layout_key("[用戶協議](/docs/user)") != layout_key("[用戶協議](/docs/other)")
    report = diff_strings(HEAD + '請閱讀<a href="/docs/user">用戶協議</a>。\n', HEAD + "請閱讀[用戶協議](/docs/other)。\n")
    assert has_changes(report)


def test_code_fence_lines_are_noise() -> None:
    old = HEAD + "```\n我們收集您的姓名。\n```\n"
    new = HEAD + "我們收集您的姓名。\n"
    assert not has_changes(diff_strings(old, new))


def test_markup_tokens_never_split_into_redline_soup() -> None:
    old = HEAD + '請閱讀<a href="/docs/user">用戶協議</a>，我們保存三十天。\n'
    new = HEAD + "請閱讀[用戶協議](/docs/user)，我們保存六十天。\n"
    report = diff_strings(old, new)
    changed = [x.text for s in report.sections for c in s.changes for x in c.spans if x.op != "equal"]
    assert changed == ["三十", "六十"]
    rebuild(report)


def test_corpus_markup_pairs_show_no_tag_spans() -> None:
    for folder, old, new in (
        ("qiushui-game-privacy", "zh-Hans.2024-07-25.md", "zh-Hans.2025-08-04.mdx"),
        ("filterbox-privacy", "zh-Hans.2025-01-17.md", "zh-Hans.2025-02-06.md"),
    ):
        report = diff_documents(parse_path(CORPORA / folder / old), parse_path(CORPORA / folder / new))
        for s in report.sections:
            for c in s.changes:
                for x in c.spans:
                    if x.op != "equal":  # a link appears whole (its target changed), never as a fragment
                        assert ("<a href" in x.text) == ("</a>" in x.text) and x.text.strip() not in ("[", "](", "**", "<", ">")
        rebuild(report)


# ---- §1 noise: renumbering ----------------------------------------------------------


def test_renumbered_headings_and_items_are_unchanged() -> None:
    old = "# 政策\n\n## 1.5 新增\n\n新內容。\n\n## 1.6 保存\n\n我們保存資料。\n\n1. 第一項\n2. 第二項\n"
    new = "# 政策\n\n## 1.6 保存\n\n我們保存資料。\n\n2. 第一項\n3. 第二項\n"
    report = diff_strings(old, new)
    kept = next(s for s in report.sections if s.new and s.new.title and "保存" in s.new.title)
    assert kept.status == "unchanged" and not kept.renamed and not kept.changes
    assert kept.noise >= 1  # counted as noise …
    strict = diff_strings(old, new, strict=True)  # … and shown with --strict
    assert any(s.changes or s.renamed for s in strict.sections if s.new and s.new.title and "保存" in s.new.title)


def test_list_marker_change_inside_a_modified_item_is_not_marked() -> None:
    report = diff_strings(HEAD + "* 我們保存三十天；\n", HEAD + "- 我們保存六十天；\n")
    changed = [x.text for s in report.sections for c in s.changes for x in c.spans if x.op != "equal"]
    assert changed == ["三十", "六十"]
    rebuild(report)


def test_heading_end_punctuation_is_not_a_rename() -> None:
    report = diff_strings("## 一、我們收集的資料：\n\n姓名。\n", "## 一、我們收集的資料\n\n姓名。\n")
    assert not has_changes(report)


def test_corpus_gdeiassistant_renumbering_gives_no_change_lines() -> None:
    base = CORPORA / "gdeiassistant-privacy"
    for old, new in (("zh-Hans.2019-09-14.jsp", "zh-Hans.2022-11-15.jsp"), ("zh-Hans.2018-12-06.html", "zh-Hans.2019-01-16.html")):
        report = diff_documents(parse_path(base / old), parse_path(base / new))
        for s in report.sections:
            for c in s.changes:
                if c.op == "replace":
                    assert any(x.op != "equal" and x.text.strip(" .、") for x in c.spans)


# ---- §2 across scripts ----------------------------------------------------------------


HANS = sorted(p for p in CORPORA.glob("*/zh-Hans.*") if "oneline" not in p.name)
HANT = sorted(CORPORA.glob("*/zh-Hant.*"))
# the OpenCC conversions with phrase tables (TWPhrases): their misreadings are shown (`variants.OPENCC_MISREADINGS`)
_PHRASES = ("s2twp", "tw2sp")


# Whole-corpus sweeps (every policy through pure-Python OpenCC, then parse and diff): the
# measurement the README cites, about 10 s.  The fast loop keeps the seed's tw2sp edition
# (tests/test_diff.py::test_cross_script_edition_through_opencc).


@pytest.fixture(scope="module")
def originals() -> Callable[[Path], Document]:
    """Each policy parsed once for its four conversions (issue #13; the diff only reads it).

    Module-scoped, not a process-wide cache: the documents are freed when the module's tests
    are done (`tests/test_memory_findings.py` counts the paragraphs alive in the process).
    """
    return functools.cache(parse_path)


@pytest.mark.slow
@pytest.mark.parametrize("conversion", ["s2t", "s2tw", "s2twp", "s2hk"])
def test_opencc_conversions_of_every_hans_policy_have_no_changes(
    conversion: str, tmp_path: Path, originals: Callable[[Path], Document]
) -> None:
    from opencc import OpenCC

    converter = OpenCC(conversion)
    for path in HANS:
        target = tmp_path / path.name
        target.write_text(converter.convert(path.read_text(encoding="utf-8")), encoding="utf-8")
        report = diff_documents(originals(path), parse_path(target))
        # the phrase conversions misread 注销 as 登出 (and back): the diff shows it, nothing else
        assert (unexplained_changes(report) == []) if conversion in _PHRASES else not has_changes(report), path


@pytest.mark.slow
@pytest.mark.parametrize("conversion", ["t2s", "tw2s", "tw2sp", "hk2s"])
def test_opencc_conversions_of_every_hant_policy_have_no_changes(
    conversion: str, tmp_path: Path, originals: Callable[[Path], Document]
) -> None:
    from opencc import OpenCC

    converter = OpenCC(conversion)
    for path in HANT:
        target = tmp_path / path.name
        target.write_text(converter.convert(path.read_text(encoding="utf-8")), encoding="utf-8")
        report = diff_documents(originals(path), parse_path(target))
        # the phrase conversions misread 注销 as 登出 (and back): the diff shows it, nothing else
        assert (unexplained_changes(report) == []) if conversion in _PHRASES else not has_changes(report), path


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("核心", "核心"),
        ("程序", "程序"),
        ("文件", "文件"),
        ("軟件", "軟體"),
        ("網絡", "網路"),
        ("賬戶", "帳戶"),
        ("私隱", "隐私"),
        ("電郵", "电子邮件"),
    ],
)
def test_cross_script_key_treats_regional_words_as_the_same(a: str, b: str) -> None:
    assert cross_script_key(a) == cross_script_key(b)


def test_no_false_variant_and_real_change_survives() -> None:
    old = HEAD + "我們的核心程序會將文件保存 30 天，預設啟用。\n"
    new = "# 隐私政策\n\n## 一、资料收集\n\n我们的核心程序会将文件保存 60 天，默认激活。\n"
    report = diff_strings(old, new)
    changed = [x.text for s in report.sections for c in s.changes for x in c.spans if x.op != "equal"]
    assert changed == ["30", "60"]


# ---- §3 alignment ------------------------------------------------------------------------


def test_preamble_pairs_with_preamble() -> None:
    old = "前言：本政策說明我們如何處理資料。\n\n## 一、收集\n\n我們收集姓名。\n"
    new = "完全改寫的前言內容。\n\n## 一、收集\n\n我們收集姓名。\n"
    report = diff_strings(old, new)
    first = report.sections[0]
    assert first.old is not None and first.new is not None and first.old.title is None and first.new.title is None


def test_equal_titles_after_numbering_pair_first() -> None:
    base = CORPORA / "qunachongdian-privacy"
    report = diff_documents(parse_path(base / "zh-Hans.2025-01-09.md"), parse_path(base / "zh-Hans.2025-04-08.md"))
    pair = next(s for s in report.sections if s.old and s.old.title == "四、我们如何共享、转让、公开披露您的个人信息")
    assert pair.new is not None and pair.new.title == "五、我们如何共享、转让、公开披露您的个人信息"


def test_parents_without_body_are_not_paired_by_empty_bodies() -> None:
    base = CORPORA / "mozilla-firefox-privacy"
    report = diff_documents(parse_path(base / "zh-Hans.2022-03-10.md"), parse_path(base / "zh-Hans.2026-05-04.md"))
    for s in report.sections:
        if s.old and s.old.title == "默认情况下，Firefox 出于以下目的共享数据：":
            assert s.new is None or s.new.title != "您的权利和选择"


def test_renamed_and_rewritten_section_keeping_most_text_pairs() -> None:
    body = "我們會在變更前通知您。重大變更時我們會以電子郵件通知。您可以隨時查閱舊版本。\n\n我們會保留舊版本三年。\n"
    old = f"## 一、收集\n\n我們收集姓名。\n\n## 九、變更\n\n{body}"
    new = f"## 一、收集\n\n我們收集姓名。\n\n## 八、通知和修訂\n\n{body}\n新增一段關於修訂的說明。\n"
    report = diff_strings(old, new)
    pair = next(s for s in report.sections if s.old and "變更" in (s.old.title or ""))
    assert pair.new is not None and pair.renamed and pair.status == "modified"


def test_corpus_qiushui_renamed_and_rewritten_section_pairs() -> None:
    base = CORPORA / "qiushui-game-privacy"
    report = diff_documents(parse_path(base / "zh-Hans.2022-08-01.md"), parse_path(base / "zh-Hans.2023-12-04.md"))
    pair = next(s for s in report.sections if s.old and s.old.title == "九、变更")
    assert pair.new is not None and pair.new.title == "八、通知和修订" and pair.renamed and pair.status == "modified"
    first = next(c for c in pair.changes if c.op == "replace")
    changed = "".join(x.text for x in first.spans if x.op != "equal")
    assert "法规" not in changed and "如果" not in changed  # 「法 规」/「如 果」 hard-wrap spaces are noise


# ---- §4 output -----------------------------------------------------------------------------


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `policylens diff ARGS` in this process (`helpers.cli`)."""
    return cli("diff", *args, stdin=stdin)


def test_stdin_twice_is_refused() -> None:
    result = run("-", "-", stdin="一\n")
    assert result.returncode == 2 and "standard input" in result.stderr and not result.stdout


def test_output_format_follows_the_extension(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(HEAD + "我們保存三十天。\n", encoding="utf-8")
    b.write_text(HEAD + "我們保存六十天。\n", encoding="utf-8")
    for name, check in (("r.html", "<!DOCTYPE html>"), ("r.json", '"schema"'), ("r.md", "~~"), ("r.txt", "[-")):
        assert run(str(a), str(b), "-o", str(tmp_path / name)).returncode == 1
        assert check in (tmp_path / name).read_text(encoding="utf-8")
    run(str(a), str(b), "-o", str(tmp_path / "x.html"), "--format", "json")
    assert json.loads((tmp_path / "x.html").read_text(encoding="utf-8"))["schema"] == "policylens.diff/1"
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hant">' in html


def test_rich_into_a_pipe_keeps_the_marks(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(HEAD + "我們保存三十天。\n", encoding="utf-8")
    b.write_text(HEAD + "我們保存六十天。\n", encoding="utf-8")
    out = run(str(a), str(b), "--format", "rich").stdout
    assert "[-三十-]" in out and "{+六十+}" in out


def test_context_minus_one_shows_unchanged_sections(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("## 甲\n\n不變的段落。\n\n## 乙\n\n保存三十天。\n", encoding="utf-8")
    b.write_text("## 甲\n\n不變的段落。\n\n## 乙\n\n保存六十天。\n", encoding="utf-8")
    assert "不變的段落" not in run(str(a), str(b), "--format", "text").stdout
    assert "不變的段落" in run(str(a), str(b), "--format", "text", "--context", "-1").stdout


def test_english_against_chinese_warns_once_and_still_diffs() -> None:
    result = run(
        str(CORPORA / "mozilla-pocket-privacy" / "en.2024-04-03.md"), str(CORPORA / "mozilla-pocket-privacy" / "zh-Hant.2024-04-03.md")
    )
    assert result.returncode == 1 and result.stderr.count("policylens compare") == 1 and result.stdout


def test_summary_counts_add_up() -> None:
    base = CORPORA / "qiushui-game-privacy"
    report = diff_documents(parse_path(base / "zh-Hans.2022-08-01.md"), parse_path(base / "zh-Hans.2023-12-04.md"))
    info = summary(report)
    assert info["added"] + info["removed"] + info["modified"] + info["unchanged"] == len(report.sections)  # type: ignore[operator]


# ---- issue #12 §1: inputs whose cost used to explode (bounded by construction; timed in benchmarks/) ----


def test_markup_pattern_on_adversarial_line() -> None:
    line = "我們收集資料 <a " + "://" * 3000
    assert layout_key(line).startswith("我們收集資料")
    assert diff_strings(HEAD + line + "\n", HEAD + line + "x\n").sections


def test_coarse_alignment_is_reported(tmp_path: Path) -> None:
    old = HEAD + "我們同意。\n\n" * 600
    new = HEAD + "我們不同意。\n\n" * 600
    report = diff_strings(old, new)
    assert report.notes and "without anchors" in report.notes[0]
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    result = run(str(a), str(b), "--format", "json")
    assert json.loads(result.stdout)["notes"] and result.stderr.count("policylens: warning:") == 1


def test_large_repetitive_paragraphs_diff() -> None:
    old = "我們收集您的個人資料並依法保存。" * 800
    new = old[:6000] + "刪除" + old[6000:]
    report = diff_strings(HEAD + old + "\n", HEAD + new + "\n")
    rebuild(report)
    assert any(x.op == "insert" and "刪除" in x.text for s in report.sections for c in s.changes for x in c.spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("abcdefgh"), max_size=60), st.lists(st.sampled_from("abcdefgh"), max_size=60))
def test_sequence_opcodes_rebuild_both_sides(a: list[str], b: list[str]) -> None:
    out = []
    for tag, i1, i2, j1, j2 in opcodes(a, b).opcodes:
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        out.append((i1, i2, j1, j2))
    assert [x for i1, i2, _, _ in out for x in a[i1:i2]] == a
    assert [x for _, _, j1, j2 in out for x in b[j1:j2]] == b


def test_sequence_opcodes_large_inputs_anchor_on_unique_items() -> None:
    a = [f"p{k}" for k in range(5000)]
    b = [x if k % 2 else x + "'" for k, x in enumerate(a)]
    alignment = opcodes(a, b)
    assert not alignment.fallback
    assert sum(i2 - i1 for tag, i1, i2, _, _ in alignment.opcodes if tag == "equal") == 2500


# ---- §4 the HTML redline ---------------------------------------------------------------------


def html_report(old: str, new: str, **kwargs: object) -> str:
    import io

    from policylens.render.html import render_diff

    report = diff_strings(old, new, show_variants=bool(kwargs.get("show_variants")))
    out = io.StringIO()
    render_diff(report, out, **kwargs)
    return out.getvalue()


REDLINE_OLD = (
    "## 一、收集\n\n我們收集**姓名**，詳見[說明](https://example.com/a)。\n\n## 二、保存\n\n資料保留期限三十天。\n\n其他不變的段落。\n"
)
REDLINE_NEW = "## 一、收集\n\n我們收集**姓名**，詳見[說明](https://example.com/a)。\n\n## 二、保存\n\n資料保留期限六十天，以便處理您的請求。\n\n其他不變的段落。\n"


def test_html_redline_is_the_whole_document_with_unchanged_sections_collapsed() -> None:
    html = html_report(REDLINE_OLD, REDLINE_NEW)
    assert "<script" not in html
    assert html.count("<details") == 1 and "我們收集" in html.split("<details", 1)[1]  # the unchanged section, collapsed
    assert "其他不變的段落" in html  # unchanged paragraphs of a changed section are there too


def test_html_redline_shows_old_and_new_line_numbers() -> None:
    html = html_report(REDLINE_OLD, REDLINE_NEW)
    assert "old L7 · new L7" in html


def test_html_renders_markup_as_text() -> None:
    html = html_report(REDLINE_OLD, REDLINE_NEW)
    assert "<strong>姓名</strong>" in html and '<span class="link" title="https://example.com/a">說明</span>' in html
    assert "](https" not in html and "**" not in html


def test_html_topic_badges_only_on_changed_paragraphs() -> None:
    html = html_report(REDLINE_OLD, REDLINE_NEW)
    heading = html.split('<section class="sec modified"', 1)[1].split("</h2>", 1)[0]
    assert "topic" not in heading
    changed = html.split('<div class="change replace">', 1)[1].split("</div>", 1)[0]
    assert "badge topic" in changed


def test_html_side_by_side_and_view_switch() -> None:
    plain = html_report(REDLINE_OLD, REDLINE_NEW)
    sbs = html_report(REDLINE_OLD, REDLINE_NEW, side_by_side=True)
    assert 'id="v-inline" checked' in plain and 'id="v-sbs" checked' in sbs
    assert "#v-sbs:checked~header label[for=v-sbs]" in plain  # the selected view is highlighted


def test_html_show_variants() -> None:
    old = "## 一、收集\n\n我們透過軟體收集資料。\n"
    new = "## 一、收集\n\n我们通过软件收集数据。\n"
    assert 'class="variant"' not in html_report(old, new)
    assert 'class="variant"' in html_report(old, new, show_variants=True)


# ---- §3 anchors ---------------------------------------------------------------------------------


def diff_with_anchors(old_path: Path, new_path: Path) -> DiffReport:
    """The library call as any caller makes it: the documents carry their anchors."""
    return diff_documents(parse_path(old_path), parse_path(new_path))


def test_anchors_pair_translated_titles() -> None:
    base = CORPORA / "mozilla-pocket-privacy"
    report = diff_with_anchors(base / "zh-Hans.2024-04-03.md", base / "zh-Hant.2024-04-03.md")
    pair = next(s for s in report.sections if s.old and s.old.title == "信息保存")
    assert pair.new is not None and pair.new.title == "保留資訊"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "## 資料保存期限 {: #keeping }\n\n我們保存三十天。\n",
            "## 完全不同的標題\n{: #keeping }\n\n另一種寫法的內容，幾乎沒有共同文字。\n",
        ),
        (
            '<h2 id="keeping">資料保存期限</h2>\n<p>我們保存三十天。</p>\n',
            '<h2 id="keeping">完全不同的標題</h2>\n<p>另一種寫法的內容。</p>\n',
        ),
        (
            '<a name="keeping"></a>\n<h2>資料保存期限</h2>\n<p>我們保存三十天。</p>\n',
            '<a name="keeping"></a>\n<h2>完全不同的標題</h2>\n<p>另一種寫法的內容。</p>\n',
        ),
    ],
)
def test_anchor_forms_are_strong_keys(old: str, new: str, tmp_path: Path) -> None:
    suffix = ".md" if old.startswith("#") else ".html"
    a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    lead = "# 政策\n\n## 其他\n\n其他內容。\n\n" if suffix == ".md" else "<h1>政策</h1>\n<h2>其他</h2>\n<p>其他內容。</p>\n"
    a.write_text(lead + old, encoding="utf-8")
    b.write_text(lead + new, encoding="utf-8")
    report = diff_with_anchors(a, b)
    pair = next(s for s in report.sections if s.old and s.old.title == "資料保存期限")
    assert pair.new is not None and pair.new.title == "完全不同的標題" and pair.renamed


def test_generated_ids_are_not_anchors(tmp_path: Path) -> None:
    from policylens.diff.anchors import section_anchors

    path = tmp_path / "a.html"
    path.write_text('<h2 id="_Toc123">一</h2><p>甲。</p>\n<h2 id="section-3">二</h2><p>乙。</p>\n<h2 id="h2-4">三</h2>\n', encoding="utf-8")
    assert section_anchors(path.read_text(encoding="utf-8"), parse_path(path)) == {}
    assert [s.anchor for s in parse_path(path).sections] == [None, None, None]


def test_parsed_sections_carry_their_anchor(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# 政策\n\n## 資料保存 {: #keeping }\n\n內容。\n\n## 其他\n\n其他。\n", encoding="utf-8")
    doc = parse_path(path)
    assert {s.title: s.anchor for s in doc.sections} == {"資料保存": "keeping", "其他": None}


# ---- §5 properties on every corpus pair ----------------------------------------------------------


def _corpus_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for folder in sorted(p for p in CORPORA.iterdir() if p.is_dir()):
        editions: dict[str, list[Path]] = {}
        for f in sorted(folder.iterdir()):
            if f.name.startswith(("zh-Hans.", "zh-Hant.", "en.")) and "oneline" not in f.name:
                editions.setdefault(f.name.split(".")[0], []).append(f)
        for files in editions.values():
            pairs += list(itertools.pairwise(files))
    return pairs


# A whole-corpus sweep (every version pair, diffed both ways): slow; the fast loop keeps the
# same properties on generated documents (test_property_markup_and_scripts_rebuild).
CORPUS_PAIRS = _corpus_pairs()
CHAIN_HEADS = {old for old, _ in CORPUS_PAIRS} - {new for _, new in CORPUS_PAIRS}  # each edition's first version


@pytest.mark.slow
@pytest.mark.parametrize(("old", "new"), CORPUS_PAIRS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_pairs_rebuild_mirror_and_self(old: Path, new: Path, originals: Callable[[Path], Document]) -> None:
    """Both diffs of a pair rebuild and mirror each other; every version diffed with itself has no changes.

    A version in the middle of an edition's history is in two pairs: it is parsed once a
    module (`originals`) and diffed with itself in the pair where it is the newer one, and an
    edition's first version in its first pair, so each version once (issue #13).
    """
    a, b = originals(old), originals(new)
    forward, backward = diff_documents(a, b), diff_documents(b, a)
    rebuild(forward)
    rebuild(backward)
    f, r = summary(forward), summary(backward)
    assert (f["added"], f["removed"], f["modified"]) == (r["removed"], r["added"], r["modified"])
    for version, document in ((old, a), (new, b)) if old in CHAIN_HEADS else ((new, b),):
        assert not has_changes(diff_documents(document, document)), version


MARKUP_LINE = st.sampled_from(
    [
        "我們收集您的**姓名**。",
        "請閱讀[用戶協議](/docs/user)。",
        '請閱讀<a href="/docs/user">用戶協議</a>。',
        "請使用 `privacy` 指令。",
        "１. 我們使用資料，",
        "1.6 保存期限",
        "我們收集資料 <a ://://://",
        "我們保存三十天。\r\n我們保存六十天。",
        "我们收集您的个人信息　并通过软件处理。",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(MARKUP_LINE, min_size=1, max_size=8), st.lists(MARKUP_LINE, min_size=1, max_size=8))
def test_property_markup_and_scripts_rebuild(a: list[str], b: list[str]) -> None:
    report = diff_strings("# 政策\n\n" + "\n\n".join(a) + "\n", "# 政策\n\n" + "\n\n".join(b) + "\n")
    rebuild(report)
    assert not has_changes(diff_strings("# 政策\n\n" + "\n\n".join(a) + "\n", "# 政策\n\n" + "\n\n".join(a) + "\n"))


def _diff_patterns() -> list[tuple[str, object]]:
    import re

    from policylens.diff import anchors, keys, tokens
    from policylens.render import html

    out = []
    for module in (keys, tokens, anchors, html):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                out.append((f"{module.__name__}.{name}", value))
    return out


ADVERSARIAL = ["<a ", "://", "[", "](", "{:", "{ a=", "**", "`", "<a href=", "\\*", " #", "a=b ", "[x](", "<b>", "_x", "&lt;"]


@pytest.mark.parametrize(("name", "pattern"), _diff_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_diff_patterns_on_adversarial_repeats(name: str, pattern) -> None:  # type: ignore[no-untyped-def]
    """Every pattern of the diff and its HTML renderer on 20,000-character repeats of the
    fragments that start its constructs (timed by benchmarks/bench_worst_diff.py; a
    backtracking pattern would hang here)."""
    for fragment in ADVERSARIAL:
        text = "我們收集資料 " + fragment * (20_000 // len(fragment))
        for _ in pattern.finditer(text):
            pass


def test_rich_side_by_side_wraps_long_lines() -> None:
    import io

    from rich.console import Console

    from policylens.render.rich import render_diff

    long = "我們收集您的個人資料並依法保存" * 12
    report = diff_strings(HEAD + long + "三十天。\n", HEAD + long + "六十天。\n")
    out = io.StringIO()
    render_diff(report, out, side_by_side=True, console=Console(file=out, width=80, color_system=None))
    text = out.getvalue()
    assert "[-三十-]" in text and "{+六十+}" in text  # the end of the line is there: wrapped, not cut


def test_html_renders_split_emphasis_and_list_markers_as_text() -> None:
    old = "## 一、收集\n\n* __互動資料__：我們保存*三十天*。\n"
    new = "## 一、收集\n\n* __互動資料__：我們保存*六十天*。\n"
    html = html_report(old, new)
    body = html.split("<main>", 1)[1]
    assert "<strong>互動資料</strong>" in body and "• " in body
    assert "*" not in body.replace("*/", "") and "__" not in body


def test_long_single_paragraph_is_aligned_by_sentences() -> None:
    body = "".join(f"第{k}條：我們依法保存您的資料{k}天。" for k in range(400))
    edited = body.replace("第7條：我們依法保存您的資料7天。", "第7條：我們依法保存您的資料70天。")
    report = diff_strings(HEAD + body + "\n", HEAD + edited + "\n")
    changed = [x.text for s in report.sections for c in s.changes for x in c.spans if x.op != "equal"]
    assert changed == ["7", "70"] and not report.notes
    rebuild(report)


def test_narrowed_section_window_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from policylens.diff.align import matching  # where match_sections reads them

    monkeypatch.setattr(matching, "SCORE_ALL_PAIRS", 4)
    monkeypatch.setattr(matching, "MAX_SCORED_PAIRS", 10)
    old = "".join(f"## 舊標題{k}\n\n第{k}段保存三十天。\n\n" for k in range(30))
    new = "".join(f"## 新名稱{k}\n\n第{k}段保存三十天，並通知您。\n\n" for k in range(30))
    report = diff_strings(old, new)
    assert any("near their old place" in note for note in report.notes)
    assert sum(s.renamed for s in report.sections) == 30  # still paired by their neighbourhood


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("abcdefgh"), max_size=80), st.lists(st.sampled_from("abcdefgh"), max_size=80))
def test_sequence_anchor_and_diagonal_paths_rebuild_both_sides(a: list[str], b: list[str]) -> None:
    """The same property with the exact step disabled: every gap goes through the unique
    anchors and, failing those, the diagonal walk."""
    from policylens.diff import sequence

    saved = sequence.EXACT_CELLS
    sequence.EXACT_CELLS = 0
    try:
        result = opcodes(a, b).opcodes
    finally:
        sequence.EXACT_CELLS = saved
    for tag, i1, i2, j1, j2 in result:
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
    assert [x for _, i1, i2, _, _ in result for x in a[i1:i2]] == a
    assert [x for _, _, _, j1, j2 in result for x in b[j1:j2]] == b


def test_variant_table_is_valid_and_in_sync_with_opencc() -> None:
    """diff-variants.tsv: sorted, no duplicates, and exactly what `derive_table` builds from
    the installed OpenCC data plus the reviewed additions and exclusions."""
    from policylens import lexicon
    from policylens.diff.variants import TABLE, derive_table

    path = lexicon.DATA / TABLE
    assert lexicon.validate(path, min_columns=3) == []
    rows = [tuple(row) for row in lexicon.rows(path)]
    assert rows == derive_table()
    # no single-character entries but the reviewed ones (variants._SINGLE: 與/和, and since the
    # twelfth session 及, 只, 若)
    from policylens.diff.variants import _SINGLE

    assert sorted(word for word, *_ in rows if len(word) < 2) == sorted(w for pair in _SINGLE for w in pair[1:2] if len(w) < 2)
    assert {word for word, *_ in rows if len(word) < 2} == {"与", "及", "只", "若"}
