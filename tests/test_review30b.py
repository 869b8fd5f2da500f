"""Review of round 30 (compare): the fixes of items 1b, 2d, 2e and 3, each with what must be found and its look-alikes.

1b: an explicit Chinese act read as Japan's or Korea's (a country earlier in the sentence, across a comma), a Taiwan act
with its amendment year read as another country's, "Indiana" read as India.  2d: everyday words ("We do not allow …",
关闭) held an objection and silenced a real `sentence-only`.  2e: "real-time tracking" read as time tracking.  3: the
countries whose act is a row of its own come from laws.tsv.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder as _product
from policylens.compare.facts import _FOREIGN_BEFORE, FOREIGN_GENERIC, GENERIC_LAW, _country_laws, laws
from policylens.compare.sentences import concepts, held_concepts

# --- 1b: a foreign country ties a generic act name only in its own clause, with no China/Taiwan word between --------


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # China's act, a foreign country earlier in the sentence (before: appi, pipa-kr, appi)
        ("我们的服务器位于日本东京，我们遵守《中华人民共和国个人信息保护法》。", {GENERIC_LAW}),
        ("我们在韩国首尔设有办公室，并遵守中国《个人信息保护法》。", {GENERIC_LAW}),
        ("我们在日本遵守中华人民共和国个人信息保护法。", {GENERIC_LAW}),  # no comma: the China word between keeps it
        ("我们在日本遵守中華人民共和國個人資料保護法。", {GENERIC_LAW}),
        (
            "Our servers are in Japan, and we comply with the Personal Information Protection Law of the People's Republic of China.",
            {GENERIC_LAW},
        ),
        ("In Japan we comply with the PIPL of China.", {GENERIC_LAW}),
        ("Japan residents: the Personal Data Protection Act of Taiwan applies.", {GENERIC_LAW}),
        # Taiwan's act with its amendment year; a Chinese name with any year (before: pdpa-other)
        ("本公司依據個人資料保護法 2023 年修正條文處理您的資料。", {GENERIC_LAW}),
        ("依個人資料保護法 2015 年修正施行", {GENERIC_LAW}),
        ("the Personal Data Protection Act 2023 amendments", {GENERIC_LAW}),
        # a country name inside another word (before: pdpa-other)
        ("Indiana residents: Personal Data Protection Act", {GENERIC_LAW}),
        # still another country's act
        ("我们在日本遵守《个人信息保护法》。", {"appi"}),
        ("Korean Personal Data Protection Act", {"pipa-kr"}),
        ("Under the Japanese Personal Information Protection Law, you may ask.", {"appi"}),
        ("the Indian Personal Data Protection Act", {FOREIGN_GENERIC}),
        ("Singaporean PDPA", {FOREIGN_GENERIC}),
        ("Malaysian users: the PDPA applies.", {FOREIGN_GENERIC}),
        ("Personal Data Protection Act 2012", {FOREIGN_GENERIC}),
        ("under Section 29 of the PDPA 2010", {FOREIGN_GENERIC}),
        ("the Personal Data Protection Act B.E. 2562", {FOREIGN_GENERIC}),
    ],
)
def test_1b_a_chinese_act_is_not_another_countrys(text: str, keys: set[str]) -> None:
    """False class: 「…日本东京，我们遵守《中华人民共和国个人信息保护法》」 was Japan's act (appi), so that an edition naming
    China's act and one naming it the same way diverged; look-alikes: a country's act in its own clause stays that act."""
    assert {key for key, _ in laws(text)} == keys


ZH_CN_LAW = """# 隐私政策

## 1. 您的权利

我们的服务器位于日本东京，我们遵守《中华人民共和国个人信息保护法》，您享有访问、更正和删除的权利。

## 2. 联系我们

邮箱：support@example.org
"""
EN_CN_LAW = """# Privacy Policy

## 1. Your Rights

Under the Personal Information Protection Law of the People's Republic of China, you have the right to access, correct and delete your data.

## 2. Contact Us

Email: support@example.org
"""


def _laws(product: dict[str, Any]) -> list[tuple[Any, Any]]:
    return [(d["base_value"], d["value"]) for d in product["divergences"] if d.get("fact") == "law"]


def test_1b_chinas_act_in_both_editions_is_one_law(tmp_path: Path) -> None:
    """False class at the report: China's act in both editions was two laws (appi against pipl)."""
    product = _product(tmp_path / "cn", {"zh-CN.2026-01-01.md": ZH_CN_LAW, "en.2026-01-01.md": EN_CN_LAW})
    assert _laws(product) == []


def test_1b_japans_act_against_chinas_still_diverges(tmp_path: Path) -> None:
    """Control: Japan's act in one edition and China's in the other are two laws."""
    zh = ZH_CN_LAW.replace("我们的服务器位于日本东京，我们遵守《中华人民共和国个人信息保护法》", "我们遵守日本《个人信息保护法》")
    product = _product(tmp_path / "jp", {"zh-CN.2026-01-01.md": zh, "en.2026-01-01.md": EN_CN_LAW})
    assert len(_laws(product)) == 1


# --- 2d: an objection is held only when the reader refuses ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("We do not allow advertisers to contact you.", False),
        ("Advertisers are not allowed to use it, and we turn off logging at night.", False),
        ("We choose not to keep logs.", False),
        ("我们不允许广告商联系您。", False),
        ("我们会关闭您的账户。", False),
        ("系统将在维护期间关闭。", False),
        ("您的设备关闭后，数据不会上传。", False),
        # the reader refuses
        ("If you do not allow access, the feature will not work.", True),
        ("You can turn them off in Settings.", True),
        ("If you choose not to provide it, some features may not work.", True),
        ("如您不允许访问，该功能将无法使用。", True),
        ("您可以在设置中关闭个性化推荐。", True),
        ("如您不同意提供，可能影响风控验证。", True),
    ],
)
def test_2d_an_everyday_refusal_word_holds_no_objection(text: str, held: bool) -> None:
    """False class: "We do not allow advertisers …", 关闭 or 不允许 anywhere in a section held the `object` concept and so
    silenced a sentence of the other language with a real objection."""
    assert ("object" in held_concepts(text)) is held


ZH_OBJ = """# 隐私政策

## 1. 安全运行与风控

我们不允许广告商使用您的设备信息。

为确保您的信息和账户安全，我们会收集设备信息（如设备型号、网络地址、IP地址等）用于风控验证。该信息仅用于风控，不会用于其他目的。您有权随时反对我们基于合法利益处理您的个人信息。

## 2. 联系我们

邮箱：support@example.org
"""
EN_OBJ = """# Privacy Policy

## 1. Security and Risk Control

We do not allow advertisers to use your device information.

To ensure the safety of your information and account, we collect device information (such as device model, network address, IP address, etc.) for risk control. This information is used only for risk control and for no other purpose.

## 2. Contact Us

Email: support@example.org
"""


def test_2d_an_objection_the_english_lacks_is_reported(tmp_path: Path) -> None:
    """Miss class: 「您有权随时反对…」 in zh-CN only was silenced by "We do not allow advertisers …" in the English section."""
    product = _product(tmp_path / "obj", {"zh-CN.2026-01-01.md": ZH_OBJ, "en.2026-01-01.md": EN_OBJ})
    assert [(s["only_in"].split(".")[0], s["lacks"]) for s in product["sentences"]] == [("zh-CN", ["object"])]


def test_2d_an_objection_the_reader_can_turn_off_is_not_reported(tmp_path: Path) -> None:
    """Control: the English section lets the reader turn it off: it holds the objection."""
    en = EN_OBJ.replace("for no other purpose.", "for no other purpose. You can turn it off in Settings.")
    product = _product(tmp_path / "off", {"zh-CN.2026-01-01.md": ZH_OBJ, "en.2026-01-01.md": en})
    assert product["sentences"] == []


# --- 2e: real-time tracking is tracking ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "track"),
    [
        ("We use real-time tracking of your device location.", True),
        ("Real-time tracking of your location is used for delivery.", True),
        ("We use real time tracking of your device.", True),
        ("The app offers time tracking for your projects.", False),
        ("Time tracking for teams.", False),
        ("A built-in time tracker records your working hours.", False),
    ],
)
def test_2e_real_time_tracking_is_tracking(text: str, track: bool) -> None:
    """Miss class: "time tracking" (working hours the app records for you) also matched "real-time tracking"."""
    assert ("track" in concepts(text)) is track


# --- 3: the countries whose act is a row of its own come from laws.tsv ----------------------------------------------


def test_3_country_rows_come_from_the_law_table() -> None:
    """Korea's and Japan's acts: their countries as laws.tsv writes them, each matched by the country pattern."""
    table = dict(_country_laws())
    assert table == {"japan": "appi", "日本": "appi", "韓國": "pipa-kr", "韩国": "pipa-kr", "korea": "pipa-kr"}
    for country in table:
        assert _FOREIGN_BEFORE.search(f"{country} ")
