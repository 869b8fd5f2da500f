"""Structure of real policies from corpora/ (see corpora/SOURCES.md)."""

from __future__ import annotations

from conftest import CORPORA
from helpers import headings, parse_path


def titles(path: str) -> list[tuple[int | None, int, str | None]]:
    return headings(parse_path(CORPORA / path))


def test_tattoo_zh_hant_markdown_numbering() -> None:
    doc = parse_path(CORPORA / "tattoo-ntut-privacy/zh-Hant.2026-03-06.md")
    found = headings(doc)
    assert len(found) == 15
    assert found[0] == (7, 1, "一、隱私權保護政策的適用範圍")
    assert found[2] == (15, 2, "（一）臺北科大帳號密碼")
    assert found[-1] == (83, 1, "十、聯繫管道")
    assert (doc.metadata.title, doc.metadata.updated, doc.metadata.script, doc.metadata.region) == (
        "隱私權政策",
        "2026-03-06",
        "hant",
        "tw",
    )


def test_pocket_three_editions_align() -> None:
    editions = {ed: parse_path(CORPORA / f"mozilla-pocket-privacy/{ed}.2024-04-03.md") for ed in ("zh-Hans", "zh-Hant", "en")}
    shapes = {ed: [(s.level, s.line) for s in doc.sections if s.title] for ed, doc in editions.items()}
    assert len(shapes["zh-Hant"]) == len(shapes["zh-Hans"]) == len(shapes["en"]) == 19
    assert [lvl for lvl, _ in shapes["zh-Hant"]] == [lvl for lvl, _ in shapes["en"]]
    hant = editions["zh-Hant"]
    assert headings(hant)[0] == (25, 1, "使用者帳號及資訊收集")  # kramdown {: #accounts } removed
    assert hant.metadata.updated == "2024-04-03" and hant.metadata.controller == "Mozilla Corporation"


def test_google_setext_after_url_line() -> None:
    doc = parse_path(CORPORA / "google-privacy-cliqz/zh-Hant.crawl-2017-05.md")
    assert doc.metadata.title == "隱私權政策" and doc.metadata.title_line == 3
    assert [t for _, _, t in headings(doc)][:3] == ["我們收集的資訊", "我們如何使用收集到的資訊", "資訊透明化和選擇權"]
    assert len(headings(doc)) == 11


def test_gdeiassistant_html_pseudo_headings() -> None:
    found = titles("gdeiassistant-privacy/zh-Hans.2018-12-06.html")
    by_title = {t: (line, lvl) for line, lvl, t in found}
    assert by_title["一、我们如何收集和使用您的个人信息"] == (37, 1)
    assert by_title["1.2.2.1 用户注册"][1] == by_title["1.2.3 改进我们的产品与/或服务所必须的功能"][1] + 1
    assert by_title["2.1 Cookies的使用"] == (95, 2)
    assert by_title["七、免责声明（非常重要）"][1] == 1
    assert "1.2.2这些功能包括：" not in by_title  # a lead-in, not a heading


def test_filterbox_plain_paragraph_numbering() -> None:
    doc = parse_path(CORPORA / "filterbox-privacy/zh-Hans.2025-02-06.md")
    found = headings(doc)
    assert found[0] == (51, 1, "1.  引言")
    by_title = {t: lvl for _, lvl, t in found}
    assert by_title["3.1 向您提供产品和/或服务"] == 2
    assert by_title["B．向您提供通知滤盒产品和/或服务的附加业务功能"] == 3  # full-width 「．」
    assert doc.metadata.updated == "2025-02-06"  # 更新于, not 发布于 2021-02-24
    assert doc.metadata.controller == "成华区若昕电子产品经营部"


def test_qiushui_toc_is_not_headings() -> None:
    found = titles("qiushui-game-privacy/zh-Hans.2024-07-25.md")
    top = [(line, t) for line, lvl, t in found if lvl == 1]
    assert (36, "一、我们如何收集信息") in top and (326, "十一、如何联系我们") in top
    assert all(not 14 <= line <= 34 for line, _ in top)  # the contents list at lines 14–34


def test_qunachongdian_one_line_file() -> None:
    found = titles("qunachongdian-privacy/zh-Hans.2024-12-11.oneline.txt")
    assert [t[:2] for _, _, t in found] == ["一、", "二、", "三、", "四、", "五、"]
    assert all(line == 1 for line, _, _ in found)


def test_cyxbs_broken_and_fixed_atx_give_same_outline() -> None:
    broken = titles("cyxbs-privacy/zh-Hans.2017-08-15-adc841c.md")
    fixed = titles("cyxbs-privacy/zh-Hans.2017-08-15-46db3fb.md")
    assert [t for _, _, t in broken] == [t for _, _, t in fixed]
    # An explicit heading is a heading whatever its text (issue #8 §2): the ##### sentence stays one.
    assert any(t.startswith("在如下情况下") for _, _, t in broken)


def test_bom_crlf_markdown() -> None:
    doc = parse_path(CORPORA / "mozilla-firefox-privacy/zh-Hant.2022-03-10.md")
    assert (doc.source.encoding, doc.source.bom, doc.source.newline) == ("utf-8-sig", True, "crlf")
    assert doc.metadata.updated == "2022-03-10" and doc.metadata.script == "hant"


def test_front_matter_title_and_lastmod() -> None:
    doc = parse_path(CORPORA / "letsencrypt-privacy/zh-Hans.2026-07-06.md")
    assert doc.metadata.updated == "2026-07-06" and doc.metadata.script == "hans" and doc.metadata.region == "cn"
    assert doc.metadata.title is not None
