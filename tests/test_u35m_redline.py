"""What the redline renderers show of app-rendered Markdown, second wave (thirty-fifth session, u35m).

`diff --format markdown` showed a Markdown source's markup escaped (`\\*\\*bold\\*\\*`, `\\<br\\>`) where text, rich and HTML
show the words (u35p, `render/markup.py`).  It now takes the same decision: the words shown, a change made only of
markup shown as its source and marked `_(markup only)_`, links kept as written; the Markdown escaping of everything
else stays (a `*` that is text is still escaped, so a viewer does not read emphasis into it).  The JSON is unchanged.
"""

from __future__ import annotations

import io
from pathlib import Path

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.model import Document

ROOT = Path(__file__).resolve().parents[1]

OLD = "# 隐私政策\n\n## 一、收集\n\n我们收集**手机号码**用于登录。<br> <br>\n\n<br> <br>\n\n我们不会出售您的信息。\n"
NEW = "# 隐私政策\n\n## 一、收集\n\n我们收集**手机号码和邮箱**用于登录。<br> <br>\n\n<br> <br>\n\n我们**不会**出售您的信息。\n"


def _pair(suffix: str, old: str = OLD, new: str = NEW) -> tuple[Document, Document]:
    return parse_string(old, suffix), parse_string(new, suffix)


def _markdown(old: Document, new: Document, *, strict: bool = False, **kwargs: object) -> str:
    from policylens.render.markdown import render_diff

    out = io.StringIO()
    render_diff(diff_documents(old, new, strict=strict), out, **kwargs)
    return out.getvalue()


def test_markdown_redline_shows_words_of_markdown() -> None:
    md = _markdown(*_pair(".md"))
    assert "我们收集手机号码**和邮箱**用于登录。\n" in md
    assert "\\*\\*" not in md and "\\<br\\>" not in md and "&lt;br" not in md


def test_markdown_redline_escapes_asterisks_of_plain_text() -> None:
    md = _markdown(*_pair(".txt"), strict=True)  # a .txt policy: its asterisks are what the reader reads
    assert "\\*\\*手机号码**和邮箱**\\*\\*用于登录。\\<br\\> \\<br\\>" in md


def test_markdown_redline_escapes_a_star_that_is_text() -> None:
    old = "# 政策\n\n## 一\n\n手机号码显示为 138****8888，注*：仅限中国大陆。\n"
    new = "# 政策\n\n## 一\n\n手机号码显示为 138****8888，注*：仅限中国大陆和香港。\n"
    md = _markdown(*_pair(".md", old, new), context=-1)
    assert "注\\*：仅限中国大陆**和香港**。" in md  # 注* is a footnote star: escaped, no emphasis


def test_markdown_redline_keeps_links_as_written() -> None:
    old = "# 政策\n\n## 一\n\n请参阅 [Apple 隐私政策](https://www.apple.com/legal/privacy/)。\n"
    new = "# 政策\n\n## 一\n\n请参阅 [Apple 隐私政策](https://www.apple.com/legal/privacy/) 了解详情。\n"
    md = _markdown(*_pair(".md", old, new), context=200)
    assert "\\[Apple 隐私政策\\](https://www.apple.com/legal/privacy/)" in md


def test_markdown_markup_only_change_is_marked_and_shown_as_source() -> None:
    md = _markdown(*_pair(".md"), strict=True)  # --strict: the bold added to 不会 is a change
    line = next(x for x in md.splitlines() if "出售" in x)
    assert "_(markup only)_" in line and "\\*\\*" in line  # its source, escaped: the reader sees the asterisks
    assert md.count("_(markup only)_") == 1  # the change that edits words is not marked


def test_markdown_side_by_side_marks_markup_only() -> None:
    md = _markdown(*_pair(".md"), strict=True, side_by_side=True)
    row = next(x for x in md.splitlines() if "出售" in x)
    assert "_(markup only)_" in row
    assert "\\<br\\>" not in md


def test_markdown_whole_document_skips_spacer_lines() -> None:
    md = _markdown(*_pair(".md"), context=-1)
    assert "\\<br\\>" not in md


def test_pairs35_tut_terms_hant_markdown_shows_words() -> None:
    pair = ROOT / "eval/pairs35/pairs/tut-terms-hant"
    md = _markdown(parse_path(pair / "old.md"), parse_path(pair / "new.md"))
    assert "最後更新：2026年~~6~~**8**月" in md
    assert "\\*\\*" not in md


def test_words_keep_a_masked_number() -> None:
    from policylens.render.markup import words

    # a run of four or more asterisks is text (a Markdown viewer shows 138****8888); bold and bold italics go
    assert words("手机号 138****8888 或 139****9999") == "手机号 138****8888 或 139****9999"
    assert words("**粗体**与***粗斜体***") == "粗体与粗斜体"


def test_markdown_redline_masked_number_in_a_markdown_source() -> None:
    old = "# 政策\n\n## 一\n\n客服电话 400****8888，注*：仅限中国大陆。\n"
    new = "# 政策\n\n## 一\n\n客服电话 400****8888，注*：仅限中国大陆和香港。\n"
    md = _markdown(*_pair(".md", old, new), context=200)
    assert "400\\*\\*\\*\\*8888" in md


def test_marks_next_to_punctuation_become_tags() -> None:
    from policylens.render.markdown import deleted, delimited, inserted

    # 「日历**、蓝牙**」: `**` after a letter and before 、 opens no emphasis (CommonMark flanking): a tag instead
    assert delimited("日历" + inserted("、蓝牙、通知") + " |") == "日历<strong>、蓝牙、通知</strong> |"
    assert delimited(deleted("注册/") + "登录") == "<del>注册/</del>登录"
    assert delimited("发送" + deleted("到本机 ") + "x") == "发送<del>到本机 </del>x"  # a space inside the mark
    # where the delimiters flank, they stay
    assert delimited("保障" + inserted("和网络状态监控") + " \\|") == "保障**和网络状态监控** \\|"
    assert delimited("x " + deleted("、旧") + inserted("新") + "。") == "x ~~、旧~~**新**。"
    assert delimited("2026年" + deleted("6") + inserted("8") + "月") == "2026年~~6~~**8**月"


def test_markdown_redline_renders_marks_around_cjk_punctuation() -> None:
    from markdown_it import MarkdownIt

    pair = ROOT / "eval/pairs34/pairs/jm-collect-layout"
    md = _markdown(parse_path(pair / "old.md"), parse_path(pair / "new.md"))
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    assert "~~" not in html and "**" not in html  # every mark was read as a mark
    assert "<del>注册/</del>登录" in html and "日历<strong>、蓝牙、通知</strong>" in html


def test_fold_window_does_not_cut_a_word_or_number() -> None:
    from policylens.render.diffview import fold_context

    # before a change: the window starts at the word it would cut, when that word starts within half a window
    text = "我们使用 Firebase 提供的服务，通过 Google Messaging Platform 管理"
    assert fold_context(text, 20, first=True, last=False) == "…Messaging Platform 管理"  # not 「…ogle Messaging」
    # after a change: the window ends after the number or the address it would cut
    assert fold_context("更新于 2026-08-09 的版本中，我们调整了以下条款的内容和表述方式", 10, first=False, last=True) == (
        "更新于 2026-08-09…"
    )
    # a word too long to finish within half a window: the window ends before it
    assert fold_context("更新于 2026-08-09 的版本中，我们调整了以下条款的内容和表述方式", 8, first=False, last=True) == "更新于 …"
    # a word longer than half a window: cut where it was (no window of a whole URL)
    url = "https://example.com/" + "a" * 60
    assert fold_context(url + "。", 20, first=False, last=True) == url[:20] + "…"


def test_fold_window_ends_and_starts_on_a_clause() -> None:
    from policylens.render.diffview import fold_context

    text = "如希望报名参加活动，您可根据相关指引完成活动报名，此过程中，我们还会收集您的姓名和手机号码"
    assert fold_context(text, 20, first=False, last=True) == "如希望报名参加活动，您可根据相关指引完成活动报名，…"
    tail = fold_context("我们会收集您的设备型号与设备标识符、网络状态信息与位置信息，用于", 12, first=True, last=False)
    assert tail == "…网络状态信息与位置信息，用于"  # starts after the 、 two characters further back
    # an ASCII colon or comma inside an address or a number is no clause end
    assert fold_context("详见 (https://example.com/privacy) 与我们的服务条款全文内容", 6, first=False, last=True) == "详见 (…"
    # no clause mark or space near: the window starts at the nearest word's edge (`_word_edge`: 「…看到」, not 「…到」)
    plain = "我们在部分活动页面里为您提供留言及评论功能同时您也可以在留言区看到其他用户发布的内容"
    assert fold_context(plain, 10, first=True, last=False) == "…" + plain[-11:]
    assert fold_context(plain, 10, first=False, last=True) == plain[:10] + "…"  # 「提供」 whole: already a word's end


def test_bullet_marker_of_a_list_made_a_sentence_is_no_piece() -> None:
    from policylens.model import DiffSpan
    from policylens.render.markup import shown_spans

    spans = (
        DiffSpan("equal", "您不得："),
        DiffSpan("equal", " ", "\n"),
        DiffSpan("delete", "-"),
        DiffSpan("equal", " 逆向工程"),
        DiffSpan("delete", "\n- "),
        DiffSpan("insert", "；或"),
        DiffSpan("equal", "嘗試"),
    )
    shown = shown_spans(spans)
    assert [s for s in shown if s.op != "equal"] == [DiffSpan("insert", "；或")]
    # a minus sign or a country code is text (no space after it), and so is a hyphen inside a line
    keep = (DiffSpan("equal", "温度 "), DiffSpan("insert", "-"), DiffSpan("equal", "5 度"))
    assert DiffSpan("insert", "-") in shown_spans(keep)
    start = (DiffSpan("insert", "+"), DiffSpan("equal", "86 电话"))  # 「+86」 at a paragraph's start
    assert DiffSpan("insert", "+") in shown_spans((start[0], DiffSpan("equal", "86 电话")))


def test_pairs35_tut_terms_hant_list_made_a_sentence() -> None:
    pair = ROOT / "eval/pairs35/pairs/tut-terms-hant"
    md = _markdown(parse_path(pair / "old.md"), parse_path(pair / "new.md"))
    line = next(x for x in md.splitlines() if x.startswith("- L44→L50"))
    assert "~~-~~" not in line and "⏎" not in line and "目的<strong>；或</strong>嘗試" in line


def test_a_change_only_of_bullet_markers_is_shown_as_its_source() -> None:
    # --strict reports a list item made a line; its only pieces are a bullet: never shown without a mark
    old = "# 政策\n\n## 一\n\n我们不会：\n- 出售您的信息\n- 共享您的信息\n"
    new = "# 政策\n\n## 一\n\n我们不会：\n出售您的信息\n- 共享您的信息\n"
    md = _markdown(*_pair(".md", old, new), strict=True)
    assert "- L6→L6 _(markup only)_: <del>- </del>出售您的信息" in md
