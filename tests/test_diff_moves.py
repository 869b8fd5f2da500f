"""Text moved between sections is a move, not a deletion plus an insertion (issue #9, second round).

One test per class: a sub-heading dropped with its text kept under the parent (merged),
a section split in two (split), two sections merged, a paragraph moved to another
section, a paragraph moved and edited (one replace at its new place), and what must
stay a change (short lines, --strict).  The jingwen pair is the real regression case.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.align import has_changes, summary
from policylens.model import DiffReport, SectionDiff

DATA = Path(__file__).parent / "data" / "diff_moves"

P1 = "我們會將您的個人資料儲存於位於台灣的伺服器，並採取加密措施保護資料安全。"
P2 = "資料傳輸過程一律使用 TLS 加密，防止第三方竊聽或竄改您的個人資料。"
P3 = "本服務僅在您的裝置上啟動本地 HTTP 服務，不會對外開放任何連接埠。"
P4 = "您可以隨時查詢、更正或刪除您的個人資料，並可撤回先前給予的同意。"


def diff(old: str, new: str, **kwargs: object) -> DiffReport:
    return diff_documents(parse_string(old, ".md"), parse_string(new, ".md"), **kwargs)  # type: ignore[arg-type]


def section(report: DiffReport, title: str) -> SectionDiff:
    return next(s for s in report.sections if (s.old and s.old.title == title) or (s.new and s.new.title == title))


def content_changes(report: DiffReport) -> list[tuple[str, str | None, str | None]]:
    return [(c.op, c.old_text, c.new_text) for s in report.sections for c in s.changes if not c.variant]


OLD = f"# 隱私政策\n\n## 一、資料儲存\n\n總則。\n\n### 1.1 儲存位置\n\n{P1}\n\n### 1.2 傳輸安全\n\n{P2}\n\n## 二、您的權利\n\n{P4}\n"


def test_dropped_subheading_is_merged_not_removed() -> None:
    new = f"# 隱私政策\n\n## 一、資料儲存\n\n總則。\n\n{P1}\n\n### 1.2 傳輸安全\n\n{P2}\n\n## 二、您的權利\n\n{P4}\n"
    report = diff(OLD, new)
    assert content_changes(report) == []
    gone = section(report, "1.1 儲存位置")
    assert gone.merged and gone.status == "unchanged" and gone.new is None
    parent = section(report, "一、資料儲存")
    assert parent.status == "unchanged" and parent.new is not None and gone.moved_to == (parent.new.id,)
    assert gone.old is not None and parent.moved_from == (gone.old.id,)
    info = summary(report)
    assert (info["removed"], info["merged"], info["changes"]) == (0, 1, 0)
    assert info["added"] + info["removed"] + info["modified"] + info["unchanged"] == len(report.sections)
    assert has_changes(report)  # a heading went away: the structure changed


def test_section_split_in_two_is_split_not_added() -> None:
    old = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n{P2}\n\n## 二、您的權利\n\n{P4}\n"
    new = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n## 二、傳輸安全\n\n{P2}\n\n## 三、您的權利\n\n{P4}\n"
    report = diff(old, new)
    assert content_changes(report) == []
    part = section(report, "二、傳輸安全")
    assert part.split and part.status == "unchanged" and part.old is None
    assert summary(report)["added"] == 0 and summary(report)["split"] == 1


def test_two_sections_merged_into_one() -> None:
    old = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n## 二、傳輸安全\n\n{P2}\n\n## 三、您的權利\n\n{P4}\n"
    new = f"# 隱私政策\n\n## 一、資料儲存與傳輸\n\n{P1}\n\n{P2}\n\n## 二、您的權利\n\n{P4}\n"
    report = diff(old, new)
    assert content_changes(report) == []
    assert section(report, "二、傳輸安全").merged


def test_paragraph_moved_to_another_section_is_not_a_change() -> None:
    old = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n{P3}\n\n## 二、您的權利\n\n{P4}\n"
    new = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n## 二、您的權利\n\n{P4}\n\n{P3}\n"
    report = diff(old, new)
    assert content_changes(report) == []
    source, target = section(report, "一、資料儲存"), section(report, "二、您的權利")
    assert source.status == target.status == "unchanged"
    assert target.new is not None and source.moved_to == (target.new.id,)
    assert summary(report)["moved_text"] == 1 and summary(report)["noise"] >= 1


def test_moved_and_edited_paragraph_is_one_replace_at_its_new_place() -> None:
    edited = P3.replace("任何連接埠", "任何網路連接埠")
    old = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n{P3}\n\n## 二、您的權利\n\n{P4}\n"
    new = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n## 二、您的權利\n\n{P4}\n\n{edited}\n"
    report = diff(old, new)
    assert content_changes(report) == [("replace", P3, edited)]
    target = section(report, "二、您的權利")
    assert target.status == "modified" and [c.op for c in target.changes] == ["replace"]
    assert section(report, "一、資料儲存").status == "unchanged"
    change = target.changes[0]
    assert "".join(s.text for s in change.spans if s.op != "delete") == edited


def test_unrelated_paragraphs_do_not_pair_as_moved() -> None:
    old = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n{P3}\n\n## 二、您的權利\n\n{P4}\n"
    new = f"# 隱私政策\n\n## 一、資料儲存\n\n{P1}\n\n## 二、您的權利\n\n{P4}\n\n{P2}\n"
    ops = sorted(op for op, _, _ in content_changes(diff(old, new)))
    assert ops == ["delete", "insert"]


def test_short_lines_are_not_taken_for_moves() -> None:
    old = "# 政策\n\n## 一、收集\n\n無。\n\n收集說明。\n\n## 二、分享\n\n分享說明。\n"
    new = "# 政策\n\n## 一、收集\n\n收集說明。\n\n## 二、分享\n\n分享說明。\n\n無。\n"
    report = diff(old, new)
    assert sorted(op for op, _, _ in content_changes(report)) == ["delete", "insert"]
    assert not any(s.moved_to or s.moved_from for s in report.sections)


def test_strict_keeps_moves_as_delete_and_insert() -> None:
    new = f"# 隱私政策\n\n## 一、資料儲存\n\n總則。\n\n{P1}\n\n### 1.2 傳輸安全\n\n{P2}\n\n## 二、您的權利\n\n{P4}\n"
    report = diff(OLD, new, strict=True)
    assert section(report, "1.1 儲存位置").status == "removed"
    assert ("insert", None, P1) in content_changes(report)


def test_moves_mirror() -> None:
    new = f"# 隱私政策\n\n## 一、資料儲存\n\n總則。\n\n{P1}\n\n{P2}\n\n## 二、您的權利\n\n{P4}\n"
    forward, backward = diff(OLD, new), diff(new, OLD)
    f, b = summary(forward), summary(backward)
    assert (f["merged"], f["split"], f["changes"]) == (b["split"], b["merged"], b["changes"]) == (2, 0, 0)


def test_jingwen_dropped_subheadings_are_merged() -> None:
    report = diff_documents(parse_path(DATA / "jingwen" / "old.md"), parse_path(DATA / "jingwen" / "new.md"))
    merged = [s.old.title for s in report.sections if s.merged and s.old]
    assert merged == ["2.1 存储位置", "2.2 传输安全", "2.3 本地 HTTP 服务"]
    parent = section(report, "二、信息的存储与安全")
    assert parent.status == "unchanged" and len(parent.moved_from) == 3
    modified = [s.new.title if s.new else None for s in report.sections if s.status == "modified"]
    assert modified == [None, "1.2 传输至服务器的信息", "五、您的权利", "八、联系我们"]
    assert not [s for s in report.sections if s.status in ("added", "removed")]


def test_json_carries_the_move_fields() -> None:
    from policylens.render.json import diff_to_dict

    new = f"# 隱私政策\n\n## 一、資料儲存\n\n總則。\n\n{P1}\n\n### 1.2 傳輸安全\n\n{P2}\n\n## 二、您的權利\n\n{P4}\n"
    data = diff_to_dict(diff(OLD, new))
    gone = next(s for s in data["sections"] if s["merged"])
    assert gone["status"] == "unchanged" and gone["new"] is None and gone["moved_to"]
    assert data["summary"]["merged"] == 1


def test_topics_of_finds_what_the_topic_model_finds() -> None:
    """The one-pass word search of diff.topics agrees with topics.words_in on real text, senses included: one reading
    of the topic model (u43t, `policylens.senses`), whichever search finds the words.  Texts where a word is read in an
    ordinary sense (感谢您访问, 删除违规内容, 分享给好友, 获取…副本) are among them."""
    from conftest import CORPORA
    from policylens import topics
    from policylens.diff.topics import TOPICS, topics_of

    texts = ["Cookies and cookie-like data", "We may SHARE it; sharing, shared", "卡號 cardinal email E-mail"]
    texts += ["感谢您访问本网站", "平台有权删除违规内容", "您可以将文章分享给好友", "您有权获取您的个人信息副本", "您可以删除您发布的内容"]
    for path in sorted(CORPORA.glob("*/*.md"))[:12]:
        texts += [p.text for p in parse_path(path).paragraphs()][:80]
    for text in texts:
        assert topics_of(text) == tuple(t for t in TOPICS if t in set(topics.words_in(text, TOPICS))), text


def test_paragraphs_joined_into_another_section_are_moves() -> None:
    """Headings flattened into one paragraph (a Word export re-saved as text): the old
    sections' paragraphs and titles make up the new paragraph, so nothing changed."""
    old = f"# 隱私政策\n\n{P4}\n\n## 資料儲存\n\n{P1}\n\n{P2}\n\n## 本地服務\n\n{P3}\n"
    new = f"# 隱私政策\n\n{P4}{'資料儲存'}{P1}{P2}本地服務{P3}\n"
    report = diff(old, new)
    assert content_changes(report) == []
    assert [s.old.title for s in report.sections if s.merged and s.old] == ["資料儲存", "本地服務"]
    back = diff(new, old)
    assert content_changes(back) == [] and summary(back)["split"] == 2


def test_joined_paragraph_with_new_text_is_not_a_move() -> None:
    old = f"# 隱私政策\n\n{P4}\n\n## 資料儲存\n\n{P1}\n\n{P2}\n"
    new = f"# 隱私政策\n\n{P4}\n\n{P1}我們也會與合作夥伴分享您的資料。{P2}\n"
    report = diff(old, new)
    assert not any(s.merged for s in report.sections)
    assert any(op == "insert" for op, _, _ in content_changes(report))


def test_huanji_word_export_resaved_as_text_changes_nothing() -> None:
    base = DATA / "huanji"
    new = parse_path(base / "new.html")
    # new.html holds no markup at all: it is read as plain text (its blank lines part its
    # paragraphs and titles), so its sections pair with the old page's one by one; read as
    # HTML it was one paragraph, and four old sections were reported merged into one
    assert new.source.format == "text"
    report = diff_documents(parse_path(base / "old.html"), new)
    assert content_changes(report) == []
    assert summary(report)["merged"] == 0 and summary(report)["modified"] == 0


def test_paragraph_merged_next_to_a_similar_one_is_not_an_edit() -> None:
    """The redline of the receiving section paired 內容2 with the arriving 內容3 (they are
    similar); both were only moved, so neither is a change and 第3條 is merged."""
    boiler = "本條款之解釋與適用，以及與本條款有關的爭議，均應依照中華民國法律予以處理。"
    old = "".join(f"## 第{k}條 標題{k}\n\n{boiler}\n\n內容{k}內容內容內容內容內容。\n\n" for k in range(6))
    new = "".join(f"## 第{k}條 標題{k}\n\n內容{k}內容內容內容內容內容。\n\n{boiler}\n\n" for k in range(6)).replace(
        "## 第3條 標題3\n\n", ""
    )
    for a, b, flag in ((old, new, "merged"), (new, old, "split")):
        report = diff(a, b)
        assert content_changes(report) == []
        assert [getattr(s, flag) for s in report.sections].count(True) == 1


def test_two_paragraphs_swapped_inside_a_section_are_reordered_both_ways() -> None:
    """Class: a short paragraph and a long one swap places in one section.  Which one the redline
    keeps in place depends on the direction, so the short one must count as reordered too, or
    old → new and new → old disagree (found by the mirror property)."""
    from policylens.diff import diff_documents, summary
    from test_diff import parse_string

    a = parse_string("隱私權政策\n\n關於我們\n\n關於我們\n\n我們收集您的姓名與電話。\n\n。\n")
    b = parse_string("隱私權政策\n\n關於我們\n\n關於我們\n\n。\n\n我們收集您的姓名與電話。\n")
    forward, backward = summary(diff_documents(a, b)), summary(diff_documents(b, a))
    assert (forward["modified"], forward["changes"]) == (backward["modified"], backward["changes"]) == (0, 0)
    assert forward["noise"] == backward["noise"] == 1
