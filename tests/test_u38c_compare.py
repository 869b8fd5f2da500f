"""`compare` on editions whose sections come in another order (u38c, eval/editions38).

`compare.align` paired English and Chinese sections in order; a section one edition moved (eval/editions37 osmium:
"Storage on your device" before the network sections in English, after them in Chinese) or two sections one edition
lacks (eval/editions38 chatgpt2docx: the English Downloads and Changes to This Policy) shifted every pair after it,
reported sections that are there as missing and the real gaps not at all.  Words in Latin letters and numbers that a
section of each edition writes and few others do (`nativeMessaging`, `Ctrl`, 「26 个随机字符」 / "26 random
characters") tie the two sections wherever each stands (`align.anchor_pairs`); when the plain alignment contradicts
such a tie, the sections are aligned again around it (`align._anchored`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_product, parse_string
from policylens.compare import align
from policylens.compare import facts as factlib

ROOT = Path(__file__).resolve().parents[1] / "eval"

ENGLISH = """# TinyNotes Privacy Policy

This policy explains what the TinyNotes app does with your information.

## Data we collect

We collect your `deviceId` and crash reports through Sentry when the app fails.

## Cloud sync

Notes sync only through the WebDAV server you configure, over TLS 1.3.

## Analytics

We count visits with Plausible Analytics, which sets no cookies.

## Children

The app is not directed at children under 13 and we do not knowingly collect their data.

## Your rights

You may ask for a copy of your data or for its deletion at privacy@tinynotes.app.

## Contact

Write to us at support@tinynotes.app.
"""

CHINESE = {
    "intro": "# TinyNotes 隐私政策\n\n本政策说明 TinyNotes 应用如何处理您的信息。\n",
    "collect": "## 我们收集的数据\n\n应用出错时，我们通过 Sentry 收集您的 `deviceId` 和崩溃报告。\n",
    "children": "## 儿童\n\n本应用不面向 13 岁以下的儿童，我们不会故意收集他们的数据。\n",
    "sync": "## 云同步\n\n笔记只通过您配置的 WebDAV 服务器同步，使用 TLS 1.3 加密传输。\n",
    "analytics": "## 统计分析\n\n我们使用 Plausible Analytics 统计访问量，它不设置任何 Cookie。\n",
    "rights": "## 您的权利\n\n您可以发送邮件至 privacy@tinynotes.app 索取数据副本或要求删除数据。\n",
    "contact": "## 联系我们\n\n请写信至 support@tinynotes.app。\n",
}


def _chinese(*parts: str) -> str:
    return "\n".join(CHINESE[p] for p in parts)


def _pairs(chinese: str, english: str = ENGLISH) -> tuple[dict[str, str], list[str], list[str]]:
    """Title pairs (Chinese → English), Chinese sections surely missing, English sections surely extra."""
    zh, en = parse_string(chinese, ".md"), parse_string(english, ".md")
    result = align.align(align.profiles(zh, factlib.document_facts(zh)), align.profiles(en, factlib.document_facts(en)))
    pairs = {str(zh.sections[b].title): str(en.sections[o].title) for b, (o, _) in result.pairs.items()}
    missing = [str(zh.sections[b].title) for b, c in result.missing.items() if c >= 0.5]
    extra = [str(en.sections[o].title) for o, c in result.extra.items() if c >= 0.5]
    return pairs, missing, extra


def test_a_moved_section_pairs_with_its_counterpart() -> None:
    """The Chinese edition moved Children up: same outline shape, so the plain alignment paired in order (儿童 with
    Cloud sync, 云同步 with Analytics…)."""
    pairs, missing, extra = _pairs(_chinese("intro", "collect", "children", "sync", "analytics", "rights", "contact"))
    assert pairs["儿童"] == "Children"
    assert pairs["云同步"] == "Cloud sync"
    assert pairs["统计分析"] == "Analytics"
    assert (missing, extra) == ([], [])


def test_a_section_really_missing_is_still_reported() -> None:
    """Analytics only in English: the plain alignment left out Cloud sync instead (unsure); now Analytics, sure."""
    pairs, missing, extra = _pairs(_chinese("intro", "collect", "sync", "children", "rights", "contact"))
    assert pairs["云同步"] == "Cloud sync"
    assert (missing, extra) == ([], ["Analytics"])


def test_a_moved_section_and_a_missing_one() -> None:
    pairs, missing, extra = _pairs(_chinese("intro", "collect", "children", "sync", "rights", "contact"))
    assert pairs["儿童"] == "Children"
    assert pairs["云同步"] == "Cloud sync"
    assert (missing, extra) == ([], ["Analytics"])


def _profile(index: int, names: set[str]) -> align.Profile:
    return align.Profile(index, 2, 0.0, frozenset(), frozenset(), frozenset(), 1, frozenset(names))


def test_words_one_section_of_each_edition_writes_anchor_the_pair() -> None:
    base = [_profile(0, {"sentry", "deviceid"}), _profile(1, {"webdav", "tls"}), _profile(2, {"plausible", "cookie"})]
    other = [_profile(10, {"plausible", "cookies"}), _profile(11, {"sentry", "deviceid"}), _profile(12, {"webdav", "tls"})]
    assert align.anchor_pairs(base, other) == {0: 11, 1: 12, 2: 10}
    # a rival that also writes `plausible` (ties of 1/2 each) and `cookies` (1): it takes the anchor
    base.append(_profile(3, {"plausible", "cookies"}))
    assert align.anchor_pairs(base, other) == {0: 11, 1: 12, 3: 10}
    # a rival as close as the first: neither is anchored
    base[2] = _profile(2, {"plausible", "cookies"})
    assert align.anchor_pairs(base, other) == {0: 11, 1: 12}


@pytest.mark.parametrize(
    "other_names",
    [
        # the words spread over two sections of the other edition: a translator moved a sentence
        [{"sentry"}, {"deviceid"}],
        # each word written by three sections of the other edition: ties of 1/3
        [{"sentry", "deviceid"}, {"sentry", "deviceid"}, {"sentry", "deviceid"}],
    ],
)
def test_words_spread_over_sections_anchor_nothing(other_names: list[set[str]]) -> None:
    base = [_profile(0, {"sentry", "deviceid"}), _profile(1, {"webdav"})]
    other = [_profile(10 + k, names) for k, names in enumerate(other_names)]
    assert align.anchor_pairs(base, other) == {}


def test_two_sections_equally_tied_to_one_anchor_nothing() -> None:
    """Two Chinese sections that both say 「PBKDF2 + AES-256-GCM」 against one English section that does: no anchor
    for that section unless another pairing loses a whole tie."""
    base = [_profile(0, {"pbkdf2", "aes", "gcm"}), _profile(1, {"pbkdf2", "aes", "gcm"})]
    other = [_profile(10, {"pbkdf2", "aes", "gcm"}), _profile(11, {"webdav"})]
    assert align.anchor_pairs(base, other) == {}


def test_anchor_words_are_latin_words_and_numbers() -> None:
    assert align.anchor_words("通过 `nativeMessaging` 与 WPS Helper 通信，26 个随机字符，24 小时，第 1 步") == {
        "nativemessaging",
        "wps",
        "helper",
        "26",
        "24",
    }


def _product(group: str, where: str = "editions", edition_set: str = "editions38") -> dict:
    return compare_product(ROOT / edition_set / where / group)


def _sure_sections(product: dict) -> list[tuple[str, str]]:
    return [
        (d["kind"], (d["section"] or d["other"])["title"])
        for d in product["divergences"]
        if d["kind"] in ("section-missing", "section-extra") and d["confidence"] >= 0.5
    ]


def test_editions38_chatgpt2docx_reports_the_two_sections_the_chinese_lacks() -> None:
    """X1, X2: the frozen base reported Images and Network Requests and Clipboard Copy Enhancement (both there)."""
    assert _sure_sections(_product("chatgpt2docx")) == [("section-extra", "Downloads"), ("section-extra", "Changes to This Policy")]


def test_editions37_osmium_reads_the_moved_storage_section_in_place() -> None:
    """K9: "Storage on your device" moved; K1: Background execution only in English, now sure (was unsure, 0.4)."""
    assert _sure_sections(_product("osmium", edition_set="editions37")) == [("section-missing", "Background execution")]


@pytest.mark.parametrize("group", ["chatgpt2doc", "easycurl", "wallhaven"])
def test_faithful_editions_have_no_sure_section_gap(group: str) -> None:
    assert _sure_sections(_product(group)) == []


@pytest.mark.parametrize(
    "text",
    ["[English](PRIVACY.md) · [中文 README](README.zh-CN.md)", "[简体中文](PRIVACY.zh-CN.md) · [README](README.md)"],
)
def test_a_switcher_of_markdown_links_names_no_language(text: str) -> None:
    """eval/editions38 chatgpt2doc: the link targets' words (PRIVACY, md, README, zh, CN) made the switcher a sentence,
    and the Chinese edition's 「English」 a language fact the English edition lacked."""
    assert factlib.prose_languages(text) == {}


def test_a_sentence_with_a_link_still_names_its_language() -> None:
    text = "如需帮助，请使用英语或越南语通过 [GitHub Issues](https://github.com/example/app/issues) 联系我们。"
    assert set(factlib.prose_languages(text)) == {"english", "vietnamese"}


def test_a_moved_section_among_sections_without_latin_words() -> None:
    """eval/editions38 pairnest's shape: only the moved section (and the contact) has words in Latin letters, all
    sections in one chapter (no chapters to reorder).  Read at its partner's rank with the others after the ones they
    follow, the moved section leaves four gaps; read before the section the plain alignment gave its partner (the
    in-order pairing of two outlines of one shape), every section pairs."""
    english = "\n".join(
        [
            "# Privacy\n",
            "## Your notes\n\nThis chapter covers what happens to your notes.\n",
            "### What we collect\n\nWe keep the notes you write and nothing else.\n",
            "### How long we keep it\n\nNotes stay until you delete them.\n",
            "### Sharing\n\nWe do not share your notes with anyone.\n",
            "### Sync\n\nSync uses WebDAV over HTTPS with your own Nextcloud server.\n",
            "### Contact\n\nWrite to help@acmenotes.app.\n",
        ]
    )
    chinese = "\n".join(
        [
            "# 隐私说明\n",
            "## 您的笔记\n\n本章说明您的笔记如何被处理。\n",
            "### 我们收集的信息\n\n我们只保存您写下的笔记，不保存其他内容。\n",
            "### 同步\n\n同步通过 HTTPS 使用 WebDAV 连接您自己的 Nextcloud 服务器。\n",
            "### 保存期限\n\n笔记会一直保存，直到您删除为止。\n",
            "### 共享\n\n我们不会与任何人共享您的笔记。\n",
            "### 联系我们\n\n请写信至 help@acmenotes.app。\n",
        ]
    )
    pairs, missing, extra = _pairs(chinese, english)
    assert pairs == {
        "您的笔记": "Your notes",
        "我们收集的信息": "What we collect",
        "同步": "Sync",
        "保存期限": "How long we keep it",
        "共享": "Sharing",
        "联系我们": "Contact",
    }
    assert (missing, extra) == ([], [])
