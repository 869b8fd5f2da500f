"""Diff classes of `eval/pairs46c` and `eval/pairs46` (forty-sixth session, u46d2; pairs46c actionmaster-english was a
blind set and is no longer blind for this class).

1. A block of another language appended at a section's end that opens a new part is an untitled part of its own
   (`diff.parts`, `diff_documents(parts=True)`, as `policylens diff` calls it): actionmaster-english's English intro,
   which has no part heading, read as inserted into the Chinese 「联系我们」 (then [modified] though its text is
   byte-identical).  Mirrored: diff(b, a) shows it removed.  A foreign sentence appended to a section whose next
   section is paired, in the section's language, or missing stays the section's change.
2. Mainland/Taiwan IT words the cross-script key lacked (`variants._EXTRA`): ocd-xscript's 响应时间 / 回應時間, and the
   common pairs reviewed with it; words with another sense stay apart (回复/回应, 主页/首页, 关注/追踪).
3. A removed section whose paragraph now sits, with sentences added around it, in a paragraph of another section is
   moved and edited (`moves._kept_sentences`): its whole sentences in common make at least half of the shorter
   paragraph, below the 0.8 likeness of `EDITED_SIMILARITY`.  The section stays [removed] with `moved_to`, and the
   paragraph is one replace at its new place; mirrored.  A boilerplate sentence in common that makes less than half of
   either paragraph stays a deletion and an insertion.  (pairs45c timetrace 「变更」, rewritten with no sentence kept,
   is not this class and stays removed.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli, parse_path, parse_string
from policylens.diff import cross_script_key, diff_documents
from policylens.diff.align import has_changes

ROOT = Path(__file__).resolve().parents[1]
AM = ROOT / "eval" / "pairs46c" / "pairs" / "actionmaster-english"
OCD = ROOT / "eval" / "pairs46" / "pairs" / "ocd-xscript"

_ZH = """# 隐私政策

## 1. 信息收集

我们收集您主动提供的姓名、电子邮件地址和电话号码。

## 2. 联系我们

如果您对本隐私政策有任何疑问，请通过以下方式与我们联系。

电子邮件：privacy@example.com
"""

_EN_INTRO = (
    "Example Corp attaches great importance to the protection of users' privacy and explains here how we collect your information.\n"
)

_EN_PART = """
## 1. Information Collection

We collect the name, email address and phone number you provide to us.

## 2. Contact Us

If you have any questions about this privacy policy, please contact us at privacy@example.com.
"""


def _entries(old: str, new: str, *, parts: bool = True) -> list[tuple[str, str | None, str | None, int]]:
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"), parts=parts)
    return [(s.status, s.old.title if s.old else None, s.new.title if s.new else None, len(s.changes)) for s in report.sections]


# 1. a block of another language opening a new part ---------------------------------------------------------------


def test_foreign_intro_before_an_added_part_is_a_part_of_its_own() -> None:
    entries = _entries(_ZH, _ZH + "\n" + _EN_INTRO + _EN_PART)
    assert ("unchanged", "2. 联系我们", "2. 联系我们", 0) in entries
    assert entries[entries.index(("unchanged", "2. 联系我们", "2. 联系我们", 0)) + 1] == ("added", None, None, 1)
    assert [e[0] for e in entries].count("modified") == 0


def test_mirror_foreign_intro_is_a_removed_part() -> None:
    entries = _entries(_ZH + "\n" + _EN_INTRO + _EN_PART, _ZH)
    assert ("unchanged", "2. 联系我们", "2. 联系我们", 0) in entries
    assert ("removed", None, None, 1) in entries
    assert [e[0] for e in entries].count("modified") == 0


def test_without_parts_the_intro_stays_in_the_section() -> None:
    # compare looks entries' ids up in the documents: it keeps the default
    entries = _entries(_ZH, _ZH + "\n" + _EN_INTRO + _EN_PART, parts=False)
    assert ("modified", "2. 联系我们", "2. 联系我们", 1) in entries


def test_foreign_sentence_at_the_end_of_the_document_stays_a_change() -> None:
    entries = _entries(_ZH, _ZH + "\n" + _EN_INTRO)
    assert ("modified", "2. 联系我们", "2. 联系我们", 1) in entries
    assert not any(e[0] == "added" for e in entries)


def test_foreign_sentence_before_a_paired_section_stays_a_change() -> None:
    old = _ZH.replace("## 2. 联系我们", "## 2. 数据安全\n\n我们采取加密措施保护您的信息。\n\n## 3. 联系我们")
    new = old.replace("我们采取加密措施保护您的信息。\n", "我们采取加密措施保护您的信息。\n\n" + _EN_INTRO)
    entries = _entries(old, new)
    assert ("modified", "2. 数据安全", "2. 数据安全", 1) in entries
    assert not any(e[0] == "added" for e in entries)


def test_foreign_sentence_before_an_added_section_of_the_section_language_stays_a_change() -> None:
    new = _ZH + "\n" + _EN_INTRO + "\n## 3. 数据安全\n\n我们采取加密措施保护您的信息。\n"
    entries = _entries(_ZH, new)
    assert ("modified", "2. 联系我们", "2. 联系我们", 1) in entries
    assert ("added", None, "3. 数据安全", 1) in entries


def test_section_already_holding_that_language_stays_a_change() -> None:
    old = _ZH + "\nEmail: privacy@example.com (English enquiries welcome).\n"
    entries = _entries(old, old + "\n" + _EN_INTRO + _EN_PART)
    assert ("modified", "2. 联系我们", "2. 联系我们", 1) in entries


def test_actionmaster_english_both_ways() -> None:
    old, new = parse_path(str(AM / "old.html")), parse_path(str(AM / "new.html"))
    for a, b, status in ((old, new, "added"), (new, old, "removed")):
        report = diff_documents(a, b, parts=True)
        contact = next(s for s in report.sections if s.new is not None and s.new.title == "联系我们")
        assert contact.status == "unchanged" and contact.changes == ()
        part = report.sections[report.sections.index(contact) + 1]
        assert part.status == status and (part.new or part.old).title is None  # type: ignore[union-attr]
        assert [(c.old_text or c.new_text or "")[:13] for c in part.changes] == ["Action Master"]


def test_cli_names_the_untitled_part(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(_ZH, encoding="utf-8")
    (tmp_path / "b.md").write_text(_ZH + "\n" + _EN_INTRO + _EN_PART, encoding="utf-8")
    done = cli("diff", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--format", "text")  # in this process (issue #13)
    assert done.returncode == 1, done.stderr
    assert "== (untitled part) [added]" in done.stdout
    assert "(before the first heading) [added]" not in done.stdout


# 2. mainland/Taiwan IT words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mainland", "taiwan"),
    [
        ("响应时间", "回應時間"),
        ("隐私友好", "隱私友善"),
        ("教程页面", "教學頁面"),
        ("帖子", "貼文"),
        ("点赞", "按讚"),
        ("私信", "私訊"),
        ("群聊", "群組聊天"),
        ("短视频", "短影音"),
        ("通知栏", "通知列"),
        ("工具栏", "工具列"),
        ("地址栏", "網址列"),
        ("触摸屏", "觸控螢幕"),
        ("笔记本电脑", "筆記型電腦"),
        ("移动硬盘", "外接硬碟"),
        ("云计算", "雲端運算"),
        ("云平台", "雲端平台"),
        ("局域网", "區域網路"),
        ("蜂窝数据", "行動數據"),
        ("公钥", "公開金鑰"),
        ("控件", "控制項"),
        ("弹出窗口", "彈出式視窗"),
        ("收藏夹", "我的最愛"),
    ],
)
def test_taiwan_it_word_keys_the_same(mainland: str, taiwan: str) -> None:
    assert cross_script_key(mainland) == cross_script_key(taiwan)


@pytest.mark.parametrize(("a", "b"), [("回复", "回應"), ("主页", "首頁"), ("关注", "追蹤"), ("评论", "留言"), ("积分", "點數")])
def test_words_of_another_sense_stay_apart(a: str, b: str) -> None:
    assert cross_script_key(a) != cross_script_key(b)


def test_ocd_xscript_response_time_is_a_variant() -> None:
    report = diff_documents(parse_path(str(OCD / "old.md")), parse_path(str(OCD / "new.md")))
    changed = [c for s in report.sections for c in s.changes if not c.variant and not c.reworded]
    reworded = [(c.old_text or "")[-9:] for s in report.sections for c in s.changes if c.reworded]
    # the translator's 回复 → 回應 (annotated optional) is shown reworded, not counted (u61e: 应 of 回应 is no modality)
    assert changed == [] and "个工作日内回复您的请求"[-9:] in reworded
    assert not has_changes(report)


# 3. a removed section's paragraph kept in another section's paragraph, with sentences added -------------------------

_MERGE_OLD = """# 隐私政策

## 1. 信息收集

我们收集您主动提供的姓名和电话号码。

## 2. 变更

我们可能会不时更新本隐私政策的内容。更新后我们会在本页面公布新的版本。

## 3. 联系我们

请发送电子邮件至 privacy@example.com 与我们联系。
"""

_MERGE_NEW = """# 隐私政策

## 1. 信息收集

我们收集您主动提供的姓名和电话号码。

## 2. 联系我们

请发送电子邮件至 privacy@example.com 与我们联系。

我们可能会不时更新本隐私政策的内容。更新后我们会在本页面公布新的版本。如果您在修改后继续使用本服务，即表示您接受修改后的隐私政策以及相关条款。
"""


@pytest.mark.parametrize(("old", "new", "status"), [(_MERGE_OLD, _MERGE_NEW, "removed"), (_MERGE_NEW, _MERGE_OLD, "added")])
def test_merged_paragraph_with_sentences_added_is_moved_and_edited(old: str, new: str, status: str) -> None:
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    gone = next(s for s in report.sections if s.status == status)
    assert gone.changes == () and (gone.moved_to or gone.moved_from)
    contact = next(s for s in report.sections if s.status == "modified")
    assert [c.op for c in contact.changes] == ["replace"]
    assert "如果您在修改后继续使用本服务" in "".join(sp.text for sp in contact.changes[0].spans if sp.op != "equal")


def test_one_boilerplate_sentence_in_common_stays_two_changes() -> None:
    old = _MERGE_OLD.replace(
        "我们可能会不时更新本隐私政策的内容。更新后我们会在本页面公布新的版本。",
        "如您对本政策有疑问请与我们联系。我们保留对本政策进行解释和修订的权利，修订后的政策将在官方网站和应用内同步公布并生效。",
    )
    new = _MERGE_NEW.replace(
        "我们可能会不时更新本隐私政策的内容。更新后我们会在本页面公布新的版本。如果您在修改后继续使用本服务，即表示您接受修改后的隐私政策以及相关条款。",
        "如您对本政策有疑问请与我们联系。我们会在十五个工作日内答复您的请求，并告知您处理的结果以及进一步申诉的途径和方法。",
    )
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    gone = next(s for s in report.sections if s.status == "removed")
    assert [c.op for c in gone.changes] == ["delete"] and not gone.moved_to
