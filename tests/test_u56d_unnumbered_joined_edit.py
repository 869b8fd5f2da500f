"""An edit in the first words under an UNnumbered title joined to its text is that edit alone (fifty-sixth session,
u56d: the case u55d left; 「自动收集的信息当您使用本程序时」 over the heading 「### 自动收集的信息」 and its text 「当您使用本应用时…」
on the line below was shown as the section removed and the title marked inserted into the section above).

u55d's fuzzy cut (`diff.runin._mostly`: four fifths of the first 48 key characters in order) stood on the title's number.
With no number, `runin` asks more: a title of `UNNUMBERED_MIN` key characters at least, and the whole rest of the joined
paragraph (its first `WHOLE_MAX` key characters) the other side's first paragraph but for the edit (`_alike`: four fifths
of the longer in common, in order).  Negatives: a short title, a text that starts alike and then says something else,
a text that is mostly another one."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import only_edit_both_ways, parse_path, parse_string, section_layout
from policylens.diff import diff_documents
from policylens.diff.runin import _alike, run_in_titles

EVAL = Path(__file__).resolve().parents[1] / "eval"

HANS = (
    "# 隐私政策\n\n## 2. 我们收集的信息\n我们不会收集个人身份信息。但是，我们可能会收集某些数据以改善用户体验，包括：\n\n"
    "### 自动收集的信息\n当您使用本应用时，可能会自动收集某些信息，这些信息用于改进服务，包括使用数据与崩溃报告。\n\n"
    "### 第三方服务\n本应用可能会集成第三方接口。我们不会存储发送到这些第三方服务的任何用户输入。\n\n"
    "## 3. 联系我们\n如有疑问，请通过电子邮件联系我们。\n"
)
HANT = (
    "# 隱私權政策\n\n## 二、我們蒐集的資料\n我們不會蒐集個人身分資料。但我們可能蒐集某些資料以改善使用體驗，包括：\n\n"
    "### 權限使用\n為了提供室內定位功能，本 App 可能會請求以下權限：定位權限與藍牙權限，僅於使用期間存取。\n\n"
    "### 資料儲存與分享\n本 App 不會將任何資訊儲存在我們的伺服器上，也不會將資料提供給其他第三方。\n\n"
    "## 三、聯絡方式\n若您對本隱私政策有任何問題，請聯絡我們：privacy@example.com\n"
)
EDITS = [
    (HANS, HANS.replace("### 自动收集的信息\n当您使用本应用时", "自动收集的信息当您使用本程序时"), "自动收集的信息", ("应用", "程序")),
    (HANT, HANT.replace("### 權限使用\n為了提供室內定位功能", "權限使用為了提供室內導航功能"), "權限使用", ("定位", "導航")),
]


@pytest.mark.parametrize("old, new, title, words", EDITS)
def test_an_edit_under_an_unnumbered_joined_title_is_the_only_change(old: str, new: str, title: str, words: tuple[str, str]) -> None:
    only_edit_both_ways(old, new, title, words)


def _not_cut(old: str, new: str) -> None:
    parsed = parse_string(new, ".md")
    assert section_layout(run_in_titles(parse_string(old, ".md"), parsed)[1]) == section_layout(parsed)


def test_a_short_unnumbered_title_needs_the_exact_start() -> None:
    old = HANS.replace("### 自动收集的信息\n", "### 概述\n")
    _not_cut(old, HANS.replace("### 自动收集的信息\n当您使用本应用时", "概述当您使用本程序时"))


def test_a_text_that_starts_alike_and_then_differs_is_not_cut() -> None:
    new = HANS.replace(
        "### 自动收集的信息\n当您使用本应用时，可能会自动收集某些信息，这些信息用于改进服务，包括使用数据与崩溃报告。",
        "自动收集的信息当您使用本程序时，可能会自动收集某些信息，这些信息用于改进服务。如需删除账户，请通过设置页面提交申请，"
        "我们将在十五个工作日内完成核验并删除您的全部个人信息，法律法规另有规定的除外。",
    )
    _not_cut(HANS, new)


def test_a_joined_text_that_is_mostly_another_is_not_cut() -> None:
    new = HANS.replace("### 自动收集的信息\n当您使用本应用时，可能会自动收集某些信息", "自动收集的信息如需删除账户，请通过设置页面提交申请")
    _not_cut(HANS, new)


def test_alike() -> None:
    theirs = "当您使用本应用时，可能会自动收集某些信息，这些信息用于改进服务。"
    assert _alike("当您使用本程序时，可能会自动收集某些信息，这些信息用于改进服务。", theirs)
    assert not _alike(
        "当您使用本程序时，可能会自动收集某些信息，这些信息用于改进服务。如需删除账户，请通过设置页面提交申请，我们将尽快处理。", theirs
    )


def test_real_document_with_an_edit_under_an_unnumbered_joined_title() -> None:
    """eval/pairs37 sw-edit: 「## 信息收集」 over its text on the next line, joined to it with a word of its first 24
    characters changed."""
    path = EVAL / "pairs37/pairs/sw-edit/old.md"
    text = path.read_text(encoding="utf-8")
    assert "## 信息收集\n当使用 Switshot app 时" in text
    new = text.replace("## 信息收集\n当使用 Switshot app 时", "信息收集当运行 Switshot app 时", 1)
    report = diff_documents(parse_path(path), parse_string(new, ".md"))
    changed = [(s.status, s.old and s.old.title) for s in report.sections if s.status != "unchanged"]
    assert changed == [("modified", "信息收集")]
