"""`compare` on the classes the edition set `eval/editions35` showed (u35c).

- A heading with nothing of its own whose first sub-section has a counterpart: the English edition's list item
  "1. Credential Management: You are solely responsible…" read as a sub-heading of "4. User Responsibilities", so the
  parent was an empty section with no counterpart, a sure `section-extra`, while 「4. 用户职责」 holds the same items as
  paragraphs (editions35 dbtools).  Such a gap is unsure now (`align._split_heading`); an empty heading whose children
  have no counterpart either, or a gap with a body of its own, stays sure.
- A labelled date of one edition that the other edition writes under a label `parse` does not read: 「有效日期: April 25,
  2025」 against "Effective Date: April 25, 2025" was a sure "date (effective) absent → 2025-04-25" (editions35
  dbtools).  Unsure now when the other edition's text writes that very date; a date the other edition never writes
  stays a sure divergence; so does a date the other edition reads under the other label (editions34 akshare's A12).
- A rewrite of the English base bringing in verbatim strings (an e-mail, a URL, a phone, a bare host name) that the
  older Chinese edition writes nowhere is a `rewritten` lag (editions35 vaporauth, held out, read after its one run:
  not blind); a rewrite of words only, or one the Chinese edition followed, is not.
- The reports a reviewer reads: a fact cell of unsure entries only is `? N`, an unsure extra section `?`; one verdict
  line in rich, HTML and Markdown ("one edition only", "all editions agree", "… N unsure entries to check by hand");
  an edition older than the base names the base version it was compared with.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder as _product
from helpers import compare_product, sure

ROOT = Path(__file__).resolve().parents[1] / "eval"


ZH = """# 插件隐私政策

### 1. 信息收集
本插件在运行过程中需要数据库的地址、端口、用户名和密码。

### 2. 数据安全
所有数据库通信均使用 TLS 加密。

### 3. 用户职责
1. 凭证管理：您需独自承担保护数据库凭证安全的责任。
2. 合规性：确保查询操作符合行业规范。

### 4. 联系方式
邮箱：someone@example.com
{zh_date}
"""

EN = """# Plugin Privacy Policy

### 1. Information Collection
This plugin requires the database address, port, username and password while it runs.

### 2. Data Security
All database communications are encrypted with TLS.

### 3. User Responsibilities
{en_items}

### 4. Contact Information
Email: someone@example.com
Effective Date: April 25, 2025
"""

# Items the Markdown reader takes for a sub-heading (no full stop, a short label) and for paragraphs.
ITEMS_AS_HEADING = "#### 1. Credential Management\nYou are solely responsible for safeguarding database credentials.\n\n#### 2. Compliance\nEnsure queries comply with industry norms."
ITEMS_AS_TEXT = "1. Credential Management: You are solely responsible for safeguarding database credentials.\n2. Compliance: Ensure queries comply with industry norms."


def _pair(tmp_path: Path, en_items: str = ITEMS_AS_TEXT, zh_date: str = "有效日期: April 25, 2025") -> dict[str, Any]:
    files = {"zh-Hans.2025-04-29.md": ZH.format(zh_date=zh_date), "en.2025-04-29.md": EN.format(en_items=en_items)}
    return _product(tmp_path / "db", files)


def test_an_empty_heading_over_a_paired_sub_section_is_no_sure_extra(tmp_path: Path) -> None:
    product = _pair(tmp_path, en_items=ITEMS_AS_HEADING)
    assert not [d for d in sure(product) if d["kind"].startswith("section-")]
    (gap,) = [d for d in product["divergences"] if d["kind"] == "section-extra" and d["other"]["title"] == "3. User Responsibilities"]
    assert gap["confidence"] < 0.5


def test_an_empty_heading_over_sub_sections_of_one_edition_only_stays_sure(tmp_path: Path) -> None:
    """The other direction: the empty heading's sub-section has no counterpart either: the whole chapter is missing."""
    en = EN + "\n### 5. Cookies\n#### 5.1 Browser cookies\nWe set no cookies and use no tracking of any kind on any device, ever.\n"
    files = {"zh-Hans.2025-04-29.md": ZH.format(zh_date="有效日期: April 25, 2025"), "en.2025-04-29.md": en.format(en_items=ITEMS_AS_TEXT)}
    extras = [d["other"]["title"] for d in sure(_product(tmp_path / "db", files)) if d["kind"] == "section-extra"]
    assert "5. Cookies" in extras


def test_a_date_the_other_edition_writes_under_an_unread_label_is_unsure(tmp_path: Path) -> None:
    product = _pair(tmp_path)
    assert not [d for d in sure(product) if d.get("fact") == "date"]
    (date,) = [d for d in product["divergences"] if d.get("fact") == "date"]
    assert date["value"] == "2025-04-25" and date["confidence"] < 0.5


@pytest.mark.parametrize("zh_date", ["有效日期: April 26, 2025", ""])
def test_a_date_the_other_edition_never_writes_stays_sure(tmp_path: Path, zh_date: str) -> None:
    (date,) = [d for d in sure(_pair(tmp_path, zh_date=zh_date)) if d.get("fact") == "date"]
    assert date["value"] == "2025-04-25" and date["confidence"] == 1.0


def test_a_date_the_other_edition_reads_under_the_other_label_stays_sure(tmp_path: Path) -> None:
    """Effective 2025-04-25 (updated 04-26) against a Chinese edition updated 2025-04-25, no effective date: what the
    date means differs (eval/editions34 akshare's A12), so the absent effective date stays sure."""
    en = EN.replace("Effective Date: April 25, 2025", "Effective Date: April 25, 2025\nLast updated: April 26, 2025")
    files = {"zh-Hans.2025-04-29.md": ZH.format(zh_date="最后更新: 2025-04-25"), "en.2025-04-29.md": en.format(en_items=ITEMS_AS_TEXT)}
    dates = [d for d in sure(_product(tmp_path / "db", files)) if d.get("fact") == "date"]
    assert {(d["detail"], d["base_value"], d["value"]) for d in dates} >= {("effective", None, "2025-04-25")}


@pytest.mark.parametrize("group", ["dbtools", "frame", "monocopy", "vaporauth2"])
def test_editions35_faithful_translations_report_nothing_sure(group: str) -> None:
    """Regression: eval/editions35's development groups are faithful translations (annotated before the first run)."""
    product = compare_product(ROOT / "editions35" / "editions" / group)
    assert sure(product) == []


# ---- the reports a reviewer reads (data of the matrices and the verdict line, not pixels) ------------------------------


def _report(divergences: list[dict[str, Any]], editions: tuple[str, ...] = ("zh-Hans", "en"), **more: Any) -> dict[str, Any]:
    """A product as `compare` returns it: base zh-Hans.2025-04-29, the other editions of that date."""
    ids = [f"{e}.2025-04-29" for e in editions]
    product: dict[str, Any] = {
        "product": "p",
        "base": ids[0],
        "editions": [{"id": i, "edition": e, "latest": True} for i, e in zip(ids, editions, strict=True)],
        "divergences": divergences,
        "sentences": [],
        "lagging": [],
        "errors": [],
        "compared": ids[1:],
    }
    product.update(more)
    return product


def _fact(fact: str, confidence: float) -> dict[str, Any]:
    return {
        "kind": "fact",
        "edition": "en.2025-04-29",
        "base": "zh-Hans.2025-04-29",
        "fact": fact,
        "base_value": None,
        "value": "x",
        "section": None,
        "confidence": confidence,
    }


def test_the_fact_matrix_marks_a_cell_of_unsure_entries_only_unsure() -> None:
    from policylens.render.compare import fact_matrix

    _, rows = fact_matrix(_report([_fact("date", 0.3), _fact("email", 1.0), _fact("url", 1.0), _fact("url", 0.3), _fact("url", 0.3)]))
    cells = {kind: cells[0] for kind, cells in rows}
    assert cells["date"] == "? 1" and cells["email"] == "✗ 1" and cells["url"] == "✗ 1, ? 2" and cells["phone"] == "="


def test_the_section_matrix_marks_an_unsure_extra_section_unsure() -> None:
    from policylens.render.compare import section_matrix

    extra = {"kind": "section-extra", "edition": "en.2025-04-29", "base": "zh-Hans.2025-04-29", "section": None}
    _, rows = section_matrix(
        _report(
            [
                {**extra, "other": {"title": "A", "line": 3}, "confidence": 0.3},
                {**extra, "other": {"title": "B", "line": 9}, "confidence": 1.0},
            ]
        )
    )
    assert rows == [("+ A (L3)", ["?"]), ("+ B (L9)", ["+"])]


def test_the_verdict_line_says_what_an_empty_report_means() -> None:
    from policylens.render.compare import verdict

    assert verdict(_report([], editions=("zh-Hant",))) == "one edition only (zh-Hant): no other edition to compare"
    assert verdict(_report([])) == "all editions agree"
    assert verdict(_report([_fact("date", 0.3)])) == "all editions agree on everything sure; 1 unsure entry to check by hand"
    assert verdict(_report([], errors=[{"path": "x", "error": "y"}])) == "the editions that could be read agree"
    # a sure entry, a lagging edition or no base: no verdict line (the entries or the errors speak)
    assert verdict(_report([_fact("date", 1.0)])) is None
    assert verdict(_report([], lagging=[{"edition": "en"}])) is None
    assert verdict({**_report([]), "base": None}) is None


def test_the_verdict_is_in_every_human_readable_report(tmp_path: Path) -> None:
    """The HTML and Markdown reports said nothing of a product that agrees; the rich one said "all editions agree" of a
    product of one edition (corpora/smartmi)."""
    import io

    from policylens.render.compare import render_markdown
    from policylens.render.compare_html import render_html
    from policylens.render.compare_rich import render_rich

    product = compare_product(ROOT.parent / "corpora" / "smartmi")
    frame = compare_product(ROOT / "editions35" / "editions" / "frame")
    for render in (render_markdown, render_html, render_rich):
        out = io.StringIO()
        render([product, frame], [], out)
        text = out.getvalue()
        assert "one edition only (zh-Hant): no other edition to compare" in text and "all editions agree" in text, render


# ---- a Chinese edition that has not followed an English rewrite (eval/editions35 vaporauth, held out, not blind) -------

EN_V1 = """# Privacy Policy

## 1. Data stored on your device

The app stores your settings and session tokens on your device only.

## 2. Network connections

The app connects directly to Steam's servers at api.steampowered.com for sign-in and confirmations.
The app makes no connection to any server operated by the developers.

## 3. Contact

Open an issue on the project repository.
"""

ZH_V1 = """# 隐私政策

## 1. 存储在你设备上的数据

本应用仅在你的设备本地存储设置与会话令牌。

## 2. 网络连接

本应用直接连往 Steam 的服务器 api.steampowered.com，用于登录与交易确认。
本应用不会连接任何由开发者运营的服务器。

## 3. 联系方式

请在项目仓库提交 issue。
"""

FEEDBACK_EN = "When you send feedback, your message is delivered to feedback.example.pro, a relay operated by the developer."
FEEDBACK_ZH = "发送反馈时，你的留言会送达由开发者运营的中转服务 feedback.example.pro。"
WORDS_EN = "These requests go straight from your device to Valve and to nobody else."


def _lagging(tmp_path: Path, added_en: str, zh_newer: str | None = None) -> list[dict[str, Any]]:
    en_v2 = EN_V1.replace("The app makes no connection", f"{added_en}\nThe app makes no connection")
    files = {"en.2026-07-01.md": EN_V1, "en.2026-07-02.md": en_v2, "zh-Hans.2026-07-01.md": ZH_V1}
    if zh_newer is not None:
        files["zh-Hans.2026-07-02.md"] = ZH_V1.replace("本应用不会连接", f"{zh_newer}\n本应用不会连接")
    product = _product(tmp_path / "ava", files)
    return [lack for lag in product["lagging"] for lack in lag["lacks"]]


def test_a_rewrite_bringing_in_a_host_the_other_language_never_writes_is_lagged(tmp_path: Path) -> None:
    (lack,) = _lagging(tmp_path, FEEDBACK_EN)
    assert lack["change"] == "rewritten" and lack["section"]["title"] == "2. Network connections" and lack["since"] == "2026-07-02"


def test_a_rewrite_the_other_language_followed_is_not_lagged(tmp_path: Path) -> None:
    """The Chinese edition updated the same day writes the host: nothing lags."""
    assert _lagging(tmp_path, FEEDBACK_EN, zh_newer=FEEDBACK_ZH) == []


def test_a_rewrite_of_words_only_is_not_lagged_across_languages(tmp_path: Path) -> None:
    """A rewrite bringing in only words (and a name a translation may write otherwise) cannot be told without translation."""
    assert _lagging(tmp_path, WORDS_EN) == []


def test_editions35_vaporauth_lags_the_feedback_relay() -> None:
    """Regression (not blind: read after the held-out run): V1/V3, the English edition's feedback relay."""
    product = compare_product(ROOT / "editions35" / "heldout" / "vaporauth")
    assert [(lag["edition"], [x["section"]["title"] for x in lag["lacks"]]) for lag in product["lagging"]] == [
        ("zh-Hans.2026-07-01", ["3. Network connections"])
    ]


def test_an_edition_older_than_the_base_says_which_base_version_it_was_compared_with() -> None:
    """Its column said "=" under "base en.2026-07-02" while it was compared with en.2026-07-01 (editions35 vaporauth)."""
    from policylens.render.compare import behind_lines, version_lines

    editions = [
        {"id": "en.2026-07-01", "edition": "en", "date": "2026-07-01"},
        {"id": "en.2026-07-02", "edition": "en", "date": "2026-07-02"},
        {"id": "zh-Hans.2026-07-01", "edition": "zh-Hans", "date": "2026-07-01"},
    ]
    product = {
        **_report([]),
        "base": "en.2026-07-02",
        "editions": editions,
        "compared": ["zh-Hans.2026-07-01"],
        "compared_with": {"zh-Hans.2026-07-01": "en.2026-07-01"},  # (the analysis's answer: tests/test_lead36.py)
        "versions": [],
    }
    (line,) = behind_lines(product)
    assert line.startswith("zh-Hans.2026-07-01 compared with en.2026-07-01 (the base version of its date), not with en.2026-07-02")
    assert line in version_lines(product)
    # an edition of the base's date, or one older than every base version, was compared with the base itself
    same_day = [*editions[:2], {"id": "zh-Hans.2026-07-02", "edition": "zh-Hans", "date": "2026-07-02"}]
    compared_with = {"zh-Hans.2026-07-02": "en.2026-07-02"}
    assert behind_lines({**product, "editions": same_day, "compared": ["zh-Hans.2026-07-02"], "compared_with": compared_with}) == []
    older = [*editions[1:2], {"id": "zh-Hans.2026-06-01", "edition": "zh-Hans", "date": "2026-06-01"}]
    compared_with = {"zh-Hans.2026-06-01": "en.2026-07-02"}
    assert behind_lines({**product, "editions": older, "compared": ["zh-Hans.2026-06-01"], "compared_with": compared_with}) == []
