"""A pseudo-heading that a Markdown re-wrap joined to its text is the same document (fifty-fourth session, u54d2: the
class u54d left, 「2.1 自动收集的信息」 on the same line as its text; eval/pairs49 ginkgo-xscript and eval/pairs26
mta-hant-consent re-wrapped).

A title line with its text on the line below and no blank line between is one Markdown paragraph; prettier's proseWrap
joins the two lines with no space between ideographs.  `diff.runin` cuts the title back out of the joined paragraph
(at its start, or after a sentence end in its middle), and cuts a title lengthened by the text's first words back to
the other side's title, when the other side has the title on the line just above the same text.  A title demoted with
a blank line between it and its text on the other side (no re-wrap joins that), or a cut inside a Latin word, stays a
change."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string, section_layout
from policylens.diff import diff_documents, has_changes
from policylens.diff.runin import _glued, run_in_titles

EVAL = Path(__file__).resolve().parents[1] / "eval"

HANS = (
    "# 隐私政策\n\n2. 我们收集的信息\n我们不会收集个人身份信息。但是，我们可能会收集某些数据以改善用户体验，包括：\n\n"
    "2.1 自动收集的信息\n当您使用本应用时，可能会自动收集某些信息，这些信息用于改进服务，包括：\n\n"
    "使用数据：与应用程序的交互，例如所选功能。\n崩溃报告：用于帮助诊断技术问题的匿名数据。\n"
    "2.2 第三方服务\n本应用可能会集成第三方接口。我们不会存储发送到这些第三方服务的任何用户输入。\n\n"
    "3. 联系我们\n如有疑问，请通过电子邮件联系我们。\n"
)
HANT = (
    "# 隱私權政策\n\n二、權限使用\n為了提供室內定位功能，本 App 可能會請求以下權限：定位權限與藍牙權限。\n\n"
    "四、資料儲存與分享\n本 App 不會將任何資訊儲存在我們的伺服器上，也不會將資料提供給其他第三方。\n\n"
    "七、聯絡方式\n若您對本隱私政策有任何問題，請聯絡我們：privacy@example.com\n"
)

REWRAPS = [
    (  # Simplified: the title joined to its text at a paragraph's start, and in the middle after a sentence end
        HANS,
        HANS.replace("2.1 自动收集的信息\n当您", "2.1 自动收集的信息当您").replace(
            "匿名数据。\n2.2 第三方服务\n本应用", "匿名数据。 2.2 第三方服务 本应用"
        ),
    ),
    (  # Traditional: joined at the start, and a title lengthened by its text's first words
        HANT,
        HANT.replace("二、權限使用\n為了", "二、權限使用為了")
        .replace("四、資料儲存與分享\n本 App 不會將任何資訊", "四、資料儲存與分享本 App 不會將任何\n資訊")
        .replace("七、聯絡方式\n若您對本隱私政策有任何問題，請聯絡我們：", "七、聯絡方式若您對本隱私政策有任何\n問題，請聯絡我們：\n"),
    ),
]


@pytest.mark.parametrize("old, new", REWRAPS)
def test_rewrapped_pseudo_headings_are_no_change(old: str, new: str) -> None:
    assert old != new
    for a, b in ((old, new), (new, old)):
        report = diff_documents(parse_string(a, ".md"), parse_string(b, ".md"))
        assert not has_changes(report), [(s.status, s.old and s.old.title, s.new and s.new.title) for s in report.sections]


def test_an_edit_inside_the_joined_paragraph_is_the_only_change() -> None:
    # past the first 24 characters the cut compares (an edit there leaves the re-wrap as the base shows it)
    new = HANS.replace("2.1 自动收集的信息\n当您", "2.1 自动收集的信息当您").replace("用于改进服务", "用于改善服务")
    report = diff_documents(parse_string(HANS, ".md"), parse_string(new, ".md"))
    changed = [s for s in report.sections if s.status != "unchanged"]
    assert [(s.status, s.old.title if s.old else None) for s in changed] == [("modified", "2.1 自动收集的信息")]
    marked = [[(sp.op, sp.text) for sp in c.spans if sp.op != "equal"] for s in changed for c in s.changes]
    assert marked == [[("delete", "进"), ("insert", "善")]] or marked == [[("delete", "改进"), ("insert", "改善")]]


def test_no_cut_where_a_blank_line_parts_the_title_from_its_text() -> None:
    # no re-wrap joins a title and a text a blank line parts: the joined paragraph is not cut on that evidence
    old = parse_string(HANS.replace("2.1 自动收集的信息\n当您", "2.1 自动收集的信息\n\n当您"), ".md")
    new = parse_string(HANS.replace("2.1 自动收集的信息\n当您", "2.1 自动收集的信息当您"), ".md")
    cut_old, cut_new = run_in_titles(old, new)
    assert section_layout(cut_new) == section_layout(new) and section_layout(cut_old) == section_layout(old)


def test_no_glued_cut_inside_a_latin_word() -> None:
    assert not _glued("CookieCookies", 6)
    assert not _glued("2.1 版本22", 7)
    assert _glued("2.1 自动收集的信息当您", 10)
    assert _glued("二、關於 Cookie本 App", 11)


@pytest.mark.parametrize("name", ["pairs49/pairs/ginkgo-xscript", "pairs26/pairs/mta-hant-consent"])
def test_real_rewrapped_documents(name: str) -> None:
    """The real documents with their title lines joined as a re-wrap does (prettier joins ideographs with no space)."""
    path = next((EVAL / name).glob("old.md"))
    text = path.read_text(encoding="utf-8")
    joined = _join_titles(text)
    assert joined != text
    report = diff_documents(parse_path(path), parse_string(joined, ".md"))
    assert not has_changes(report)


def _join_titles(text: str) -> str:
    """Each numbered title line joined to the line below it when no blank line parts them."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        numbered = (line[:1].isdigit() and "." in line[:4]) or line[:2].endswith("、")
        if numbered and len(line) < 30 and k + 1 < len(lines) and lines[k + 1].strip() and not lines[k + 1][:1].isdigit():
            out.append(line + lines[k + 1])
            k += 2
            continue
        out.append(line)
        k += 1
    return "\n".join(out)
