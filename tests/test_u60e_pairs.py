"""Helper u60e (sixtieth session): what `eval/pairs60e`'s blind run showed `diff` doing right on real Markdown
version history, kept as regressions with constructed inputs on both sides.

1. Blank lines that split one Markdown paragraph in two (a date line that ran into the greeting below it) are a reflow,
   no change; a word changed beside them is still one.
2. A product renamed on every line that names it (Neuron → Cyton): one title change and one entry per edited line,
   nothing else.
3. A Markdown table row edited (a count and an item added): one entry in its section; the other rows stay quiet.
4. (fixed, `diff/published_links.py`) A link pointed from the site's source file to the same page as published
   (「[cookie 指南](guide-cookies.md)」 → 「[cookie 指南](https://…/zh/guide-cookies.html)」) is no change; another page, another
   host, a word changed beside it, `--strict`: still a change.
5. (fixed, `compare/sentences/lacking._glossed_word`) A plain word of a Chinese sentence's bracketed English gloss
   (「零网络访问（No Network Access）」) whose counterpart writes another word of the gloss ("zero network policy") is no
   name the English edition left out; a coined name, an acronym, a gloss the counterpart shares nothing with
   (「数据库（Cloud Firestore）」) still is.
"""

from __future__ import annotations

from pathlib import Path

from helpers import change_texts, compare_folder, diff_strings
from policylens.compare.sentences.lacking import _glossed_word
from policylens.diff import diff_documents
from policylens.diff.published_links import only_published_links
from policylens.load import load
from policylens.structure import build_document

PAIRS = Path(__file__).resolve().parents[1] / "eval" / "pairs60e" / "pairs"

_PREAMBLE = (
    "# Neuron隐私政策\n\n最近更新于：2018年6月29日\n{gap}尊敬的用户：\n"
    "本基金会尊重并保护用户的隐私，您使用Neuron时，基金会将按照本隐私政策收集、使用您的个人信息。\n"
    "本政策可由基金会在线随时更新，如果您不接受修改后的条款，请立即{stop}使用Neuron。\n\n"
    "一、 我们收集您的哪些信息\n1. Neuron仅为了优化应用体验的目的，收集匿名的访问统计数据。\n"
    "2. 基金会不提供找回您的钱包密码、私钥、助记词的服务。\n"
)


def _pair(name: str):  # type: ignore[no-untyped-def]
    d = PAIRS / name
    return diff_documents(build_document(load(str(d / "old.md"))), build_document(load(str(d / "new.md"))))


# -- 1. blank lines splitting a paragraph ---------------------------------------------------------------------------


def test_blank_lines_that_split_a_markdown_paragraph_are_no_change() -> None:
    report = diff_strings(_PREAMBLE.format(gap="", stop="停止"), _PREAMBLE.format(gap="\n\n", stop="停止"))
    assert change_texts(report) == [] and report.title is None


def test_a_word_changed_beside_the_split_is_still_a_change() -> None:
    report = diff_strings(_PREAMBLE.format(gap="", stop="停止"), _PREAMBLE.format(gap="\n\n", stop="暂停"))
    changed = change_texts(report)
    assert len(changed) == 1 and "暂停" in changed[0]


def test_cyton_blanklines_regression_is_clean() -> None:
    report = _pair("cyton-blanklines")
    assert change_texts(report) == [] and report.title is None


# -- 2. a product renamed throughout --------------------------------------------------------------------------------


def test_a_product_renamed_on_every_line_is_one_entry_a_line() -> None:
    old = _PREAMBLE.format(gap="\n", stop="停止")
    report = diff_strings(old, old.replace("Neuron", "Cyton"))
    assert report.title is not None and (report.title.old_text, report.title.new_text) == ("Neuron隐私政策", "Cyton隐私政策")
    changed = change_texts(report)
    assert len(changed) == 3 and all("Neuron" in c and "Cyton" in c for c in changed)


def test_cyton_rename_regression_reports_every_edited_line() -> None:
    report = _pair("cyton-rename")
    assert report.title is not None and report.title.new_text == "Cyton隐私政策"
    changed = change_texts(report)
    assert len(changed) == 24 and all(c.count("Neuron") == c.count("Cyton") >= 1 for c in changed)


# -- 3. a table row edited ------------------------------------------------------------------------------------------

_TABLE = (
    "# 隐私声明\n\n## 收集什么\n\n| 数据 | 说明 |\n|------|------|\n"
    "| 匿名安装标识 | 首次运行时在本机随机生成的 UUID，不含任何身份信息 |\n"
    "| 事件计数（白名单{n}） | `install`（安装）/ `export`（导出）{extra} |\n"
    "| 导出格式 | `export` 附带格式名（pdf/xlsx/docx） |\n\n## 不收集什么\n\n- **对话内容**：一律不采集；\n"
)


def test_a_table_row_edited_is_one_entry() -> None:
    old = _TABLE.format(n="两种", extra="")
    new = _TABLE.format(n="三种", extra=" / `booking_link_shown`（预订链接呈现）")
    changed = change_texts(diff_strings(old, new))
    assert len(changed) == 1 and "三种" in changed[0] and "booking_link_shown" in changed[0]


def test_an_unedited_table_stays_quiet() -> None:
    old = _TABLE.format(n="两种", extra="")
    assert change_texts(diff_strings(old, old.replace("- **对话内容**", "- **对话内容**"))) == []


def test_pilot_whitelist_regression_is_one_entry() -> None:
    changed = change_texts(_pair("pilot-whitelist"))
    assert len(changed) == 1 and "六种" in changed[0]


# -- 4. a link pointed from a site file to its published page ------------------------------------------------------

_LINKED = (
    "# 隐私声明\n\n[English]({lang})\n\n## 不收集什么\n\n"
    "- **cookie 与登录态**：`~/.pilot/cookies/` 只在本机使用，绝不{verb}（见 [cookie 指南]({target})）；\n"
    "- **精确位置**：不采集 GPS/精确坐标，目的地只到城市/地区级字符串；\n"
)
_SITE = "https://twisker.github.io/pilot-skill"


def _linked(target: str, *, verb: str = "上传", lang: str = "../en/privacy.md") -> str:
    return _LINKED.format(target=target, verb=verb, lang=lang)


def test_a_link_to_a_site_file_pointed_at_its_published_page_is_no_change() -> None:
    for new_target in (f"{_SITE}/zh/guide-cookies.html", f"{_SITE}/zh/guide-cookies", f"{_SITE}/zh/guide-cookies/"):
        report = diff_strings(_linked("guide-cookies.md"), _linked(new_target))
        assert change_texts(report) == [], new_target
        assert change_texts(diff_strings(_linked(new_target), _linked("guide-cookies.md"))) == []  # and back


def test_a_relative_path_with_directories_matches_the_published_path() -> None:
    assert only_published_links("见 [English](../en/privacy.md)。", f"见 [English]({_SITE}/en/privacy.html)。")
    assert only_published_links("见 [FAQ](./docs/faq.html#cookies)。", "见 [FAQ](https://ex.com/site/docs/faq.html#cookies)。")
    assert not only_published_links("见 [English](../en/privacy.md)。", f"见 [English]({_SITE}/zh/privacy.html)。")


def test_another_page_host_or_address_form_stays_a_change() -> None:
    old = _linked("guide-cookies.md")
    for new_target in (
        f"{_SITE}/zh/guide-privacy.html",  # another page
        f"{_SITE}/zh/guide-cookies.html?from=docs",  # a query
        f"{_SITE}/zh/guide-cookies.html#opt-out",  # a fragment the source link did not have
        "mailto:guide-cookies.md@example.com",
        "/zh/guide-cookies.html",  # a path from the site's root: no host to read
    ):
        assert len(change_texts(diff_strings(old, _linked(new_target)))) == 1, new_target
    # between two published addresses the host is what changed
    a, b = _linked("https://a.example.com/zh/guide-cookies.html"), _linked("https://b.example.com/zh/guide-cookies.html")
    assert len(change_texts(diff_strings(a, b))) == 1


def test_a_word_changed_beside_the_retargeted_link_stays_a_change() -> None:
    changed = change_texts(diff_strings(_linked("guide-cookies.md"), _linked(f"{_SITE}/zh/guide-cookies.html", verb="出售")))
    assert len(changed) == 1 and "出售" in changed[0]


def test_strict_shows_the_retargeted_link() -> None:
    report = diff_strings(_linked("guide-cookies.md"), _linked(f"{_SITE}/zh/guide-cookies.html"), strict=True)
    assert len(change_texts(report)) >= 1


def test_pilot_links_regression_is_clean() -> None:
    report = _pair("pilot-links")
    assert change_texts(report) == [] and report.title is None


# -- 5. a word of an English gloss in a Chinese sentence (compare) ------------------------------------------------

EDITIONS = PAIRS.parent / "editions"
_ZH = "沙箱处于零网络访问（No Network Access）状态，无法发起任何外部网络请求。"
_EN = "The sandbox operates under a zero network policy and cannot make outbound requests."


def test_a_plain_word_of_a_gloss_the_counterpart_words_otherwise_is_no_name() -> None:
    assert _glossed_word("access", _ZH, _EN)
    assert not _glossed_word("access", _ZH, "")  # no counterpart: nothing to read the gloss against
    assert not _glossed_word("access", _ZH, "The sandbox cannot make outbound requests.")  # no other gloss word there


def test_a_coined_name_or_acronym_in_a_gloss_stays_a_name() -> None:
    for gloss, name in (("Network SafeBox", "safebox"), ("Network WASM", "wasm"), ("Network Analytics", "analytics")):
        assert not _glossed_word(name, _ZH.replace("No Network Access", gloss), _EN), gloss
    # a name glossed after its Chinese name, whose other word is a common one: Firestore stays
    zh = "您的数据保存在云数据库（Cloud Firestore）中。"
    assert not _glossed_word("firestore", zh, "Your data is kept in a cloud database.")


def _loki(zh_text: str | None = None):  # type: ignore[no-untyped-def]
    files = {name: (EDITIONS / "loki" / name).read_text(encoding="utf-8") for name in ("en.md", "zh-Hans.md")}
    if zh_text is not None:
        files["zh-Hans.md"] = zh_text
    return files


def test_loki_regression_reports_no_gloss_word(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "loki", _loki())
    assert product["sentences"] == [] and product["divergences"] == []


def test_a_name_the_english_never_writes_in_the_gloss_is_still_reported(tmp_path: Path) -> None:
    zh = _loki()["zh-Hans.md"].replace("（No Network Access）", "（Network SafeBox）")
    product = compare_folder(tmp_path / "loki", _loki(zh))
    assert [entry["lacks"] for entry in product["sentences"]] == [["safebox"]]
