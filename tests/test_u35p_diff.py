"""What `diff` shows of app-rendered Markdown (thirty-fifth session, u35p; `render/markup.py`).

The redline excerpts of the text, rich and HTML renderers showed the source of a Markdown policy written for an app's
Markdown view: 「…的内容。** <br> <br> <br>」 (eval/pairs34 jm-terms-safety), `**` markers split by a change, context lines
made only of `<br>` spacers.  They now show the words; the JSON keeps the source (`old_text`, `new_text`, `spans` as
they were).  A change made only of markup is never hidden: it is shown as its source with the mark `(markup only)`
(text, rich), a `markup only` badge (HTML) and `"markup_only": true` (JSON, an added field).  Plain text keeps its
asterisks: there they are what the reader reads.  The regression cases read eval/pairs34 and eval/pairs35 files.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.model import DiffSpan, Document
from policylens.render.markup import markup_only, shown_spans, spacer, words

ROOT = Path(__file__).resolve().parents[1]

OLD = "# 隐私政策\n\n## 一、收集\n\n我们收集**手机号码**用于登录。<br> <br>\n\n<br> <br>\n\n我们不会出售您的信息。\n"
NEW = "# 隐私政策\n\n## 一、收集\n\n我们收集**手机号码和邮箱**用于登录。<br> <br>\n\n<br> <br>\n\n我们**不会**出售您的信息。\n"


def _pair(suffix: str) -> tuple[Document, Document]:
    return parse_string(OLD, suffix), parse_string(NEW, suffix)


def _render(fmt: str, old: Document, new: Document, *, strict: bool = False, **kwargs: object) -> str:
    report = diff_documents(old, new, strict=strict)
    out = io.StringIO()
    if fmt == "text":
        from policylens.render.text import render_diff
    elif fmt == "html":
        from policylens.render.html import render_diff  # type: ignore[assignment]
    elif fmt == "json":
        from policylens.render.json import render_diff  # type: ignore[assignment]
    else:
        from policylens.render.rich import render_diff  # type: ignore[assignment]

        kwargs["console"] = Console(file=out, width=200, color_system=None)
    render_diff(report, out, **kwargs)
    return out.getvalue()


def test_words_drop_markup_keep_links_and_products() -> None:
    assert words("**最后更新：2026年6月**") == "最后更新：2026年6月"
    assert words("…的内容。** <br> <br> <br>") == "…的内容。 "
    assert words('<small>注：</small><span style="color:red">重要</span>') == "注：重要"
    assert words("*TutorAid 由 Lang Hongyu 开发。*") == "TutorAid 由 Lang Hongyu 开发。"
    # not markup: a link (its target is content), 2*3, a footnote star after a word, a blank to fill in
    assert (
        words("请参阅 [Apple 隐私政策](https://www.apple.com/legal/privacy/)。")
        == "请参阅 [Apple 隐私政策](https://www.apple.com/legal/privacy/)。"
    )
    assert words("2*3 天，注* 见下") == "2*3 天，注* 见下"
    assert words("姓名：____") == "姓名：____"


def test_spacer_and_markup_only() -> None:
    assert spacer("<br> <br>") and spacer("<br/>") and not spacer("") and not spacer("<br>联系我们")
    base = dict(old_line=1, new_line=1, spans=())
    from policylens.model import Change

    assert markup_only(Change("replace", old_text="我们**不会**出售", new_text="我们不会出售", **base))  # type: ignore[arg-type]
    assert not markup_only(Change("replace", old_text="我们**不会**出售", new_text="我们会出售", **base))  # type: ignore[arg-type]
    assert markup_only(Change("insert", old_text=None, new_text="<br> <br>", **base))  # type: ignore[arg-type]
    assert not markup_only(Change("insert", old_text=None, new_text="**新的一条**", **base))  # type: ignore[arg-type]
    # a link's target dropped while its text stays is a change of words here, not of markup
    link = Change("replace", old_text="请参阅 [Apple](https://a.com/p)。", new_text="请参阅 Apple。", **base)  # type: ignore[arg-type]
    assert not markup_only(link)


def test_shown_spans_drop_markup_pieces_and_join() -> None:
    spans = (
        DiffSpan("equal", '…使用"佳麦"。** <br> **'),
        DiffSpan("delete", "<br>"),
        DiffSpan("insert", "7.5 新条款。** <br> "),
        DiffSpan("equal", "<br> <br>"),
    )
    assert shown_spans(spans) == (DiffSpan("equal", '…使用"佳麦"。 '), DiffSpan("insert", "7.5 新条款。"))
    # a piece deleted and inserted with the same words reads as unchanged text, joined to its neighbours
    same = (DiffSpan("equal", "我们"), DiffSpan("delete", "**不会**"), DiffSpan("insert", "不会"), DiffSpan("equal", "出售"))
    assert shown_spans(same) == (DiffSpan("equal", "我们不会出售"),)


def test_text_redline_shows_words_of_markdown() -> None:
    text = _render("text", *_pair(".md"))
    assert "~ old L5 → new L5: 我们收集手机号码{+和邮箱+}用于登录。\n" in text
    assert "**" not in text and "<br>" not in text


def test_text_keeps_asterisks_of_plain_text() -> None:
    text = _render("text", *_pair(".txt"), strict=True)
    assert "我们收集**手机号码{+和邮箱+}**用于登录。<br> <br>" in text
    assert "(markup only)" not in text


def test_markup_only_change_is_shown_as_its_source() -> None:
    text = _render("text", *_pair(".md"), strict=True)  # --strict: the bold added to 不会 is a change
    assert "~ old L9 → new L9 (markup only): 我们{+**+}不会{+**+}出售您的信息。\n" in text
    rich = _render("rich", *_pair(".md"), strict=True)
    assert "我们{+**+}不会{+**+}出售您的信息。 (markup only)" in rich
    assert "我们收集手机号码{+和邮箱+}用于登录。" in rich
    html = _render("html", *_pair(".md"), strict=True)
    assert '我们<ins>**</ins>不会<ins>**</ins>出售您的信息。<span class="badge">markup only</span>' in html
    data = json.loads(_render("json", *_pair(".md"), strict=True))
    flags = [(c["old_line"], c.get("markup_only")) for s in data["sections"] for c in s["changes"]]
    assert flags == [(5, None), (9, True)]
    # the JSON keeps the source text
    assert data["sections"][-1]["changes"][0]["old_text"] == "我们收集**手机号码**用于登录。<br> <br>"


def test_html_drops_spacer_context_lines_of_markdown_only() -> None:
    html = _render("html", *_pair(".md"))
    assert '<span class="gutter">new L7</span>' not in html  # the `<br> <br>` line
    assert '<span class="gutter">new L9</span>我们<strong>不会</strong>出售您的信息。' in html  # context, rendered
    assert "<br><br>" not in html
    plain = _render("html", *_pair(".txt"))  # since u49a a .txt line of only <br> tags is a blank line too (load/text)
    assert '<span class="gutter">new L7</span>' not in plain
    assert '<span class="gutter">new L9</span>我们' in plain  # the changed line's context is still shown


def test_pairs34_terms_safety_redline() -> None:
    """eval/pairs34 jm-terms-safety: 「…的内容。** <br> <br> <br>」 and 「…"佳麦"。** <br> **[-<br>-]{+7.5 …** <br> +}<br> <br>」."""
    d = ROOT / "eval/pairs34/pairs/jm-terms-safety"
    old, new = parse_path(d / "old.md"), parse_path(d / "new.md")
    text = _render("text", old, new)
    assert '…道德或依据相关"佳麦"规则的规定不适合在[-"佳麦"上发布-]{+社区内部传播+}的{+内容+}。\n' in text
    assert '再开始使用"佳麦"。 {+7.5 作为社区内部交流平台' in text
    assert "<br>" not in text and "**" not in text
    report = json.loads(_render("json", old, new))
    sources = [c["new_text"] for s in report["sections"] for c in s["changes"]]
    assert any(t.endswith("** <br> <br> <br>") for t in sources)  # JSON: the source, unchanged
    assert not any(c.get("markup_only") for s in report["sections"] for c in s["changes"])


def test_pairs35_tut_privacy_link_dropped_stays_a_change() -> None:
    """eval/pairs35 tut-privacy: a link's target dropped (its words kept) is shown as written, not as markup only."""
    d = ROOT / "eval/pairs35/pairs/tut-privacy"
    text = _render("text", parse_path(d / "old.md"), parse_path(d / "new.md"))
    assert "请参阅 [-[Apple 隐私政策](https://www.apple.com/legal/privacy/)-]{+Apple 隐私政策+}。" in text
    assert "~ old L5 → new L9: 最后更新：2026年[-3-]{+6+}月\n" in text
    assert "(markup only)" not in text


def _titles(old: str, new: str) -> list[tuple[str | None, str | None, bool, bool]]:
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    return [
        (s.old.title, s.new.title, s.renamed, s.title_reworded)
        for s in report.sections
        if s.old and s.new and s.old.title and s.old.title.startswith(("7", "七"))
    ]


_BODY = "\n\n## 8. 导出\n\n导出由你主动触发。\n"


def test_location_dropped_from_a_heading_across_scripts_is_a_rename() -> None:
    """pairs35 pr-location-hk (held out, read after its first run): 「7. 权限与定位」 → 「7. 權限」 was `≃` reworded (same
    content) because bare 定位 named no data item; it is the location item (`diff.content._DATA_ITEMS`)."""
    old = "# 隐私政策\n\n## 7. 权限与定位\n\n权限为可选，你可随时在设置中关闭。" + _BODY
    new = "# 隱私政策\n\n## 7. 權限\n\n權限為可選，你可隨時在設置中關閉。" + _BODY
    assert _titles(old, new) == [("7. 权限与定位", "7. 權限", True, False)]


def test_location_kept_in_other_words_stays_no_rename() -> None:
    same = "# 隐私政策\n\n## 7. 定位权限\n\n权限为可选，你可随时在设置中关闭。" + _BODY
    assert _titles(same, same.replace("权限", "權限").replace("隐私", "隱私")) == [("7. 定位权限", "7. 定位權限", False, False)]
    # 位置 / 定位: one item, other words: reworded, not renamed (a rename before: 定位 named nothing)
    old = "# 隐私政策\n\n## 七、位置权限\n\n权限为可选，你可随时在设置中关闭。" + _BODY
    new = "# 隱私政策\n\n## 七、定位許可權\n\n權限為可選，你可隨時在設置中關閉。" + _BODY
    assert _titles(old, new) == [("七、位置权限", "七、定位許可權", False, True)]


def test_pairs35_location_hk_heading_renamed() -> None:
    d = ROOT / "eval/pairs35/pairs/pr-location-hk"
    report = diff_documents(parse_path(d / "old.md"), parse_path(d / "new.md"))
    [s] = [s for s in report.sections if s.old and s.old.title == "7. 权限与定位"]
    assert s.renamed and not s.title_reworded and s.new is not None and s.new.title == "7. 權限"


def test_whole_document_listing_shows_words_of_markdown() -> None:
    """`--context -1` lists unchanged sections whole: their Markdown lines read as words, spacer lines left out."""
    tail = "\n## 二、联系\n\n**邮箱**：a@example.com<br> <br>\n\n<br> <br>\n"
    old, new = parse_string(OLD + tail, ".md"), parse_string(NEW + tail, ".md")
    text = _render("text", old, new, context=-1)
    assert "  new L13: 邮箱：a@example.com\n" in text and "new L15" not in text
    rich = _render("rich", old, new, context=-1)
    assert "邮箱：a@example.com" in rich and "L15" not in rich
    plain = _render("text", parse_string(OLD + tail, ".txt"), parse_string(NEW + tail, ".txt"), context=-1)
    assert "  new L13: **邮箱**：a@example.com<br> <br>\n" in plain
