"""The controller and its short name (u43a2): lead-ins kept in the name, third parties taken for the operator, and the
company forms the reader did not know (Japanese 株式會社/合同会社/有限會社, "Co., Ltd.", "Sdn. Bhd.", "LLP").

Regressions from eval/structure43c (qisu, twsite, mefar) and eval/blind/round43d (guanglian), each line as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document
from policylens.structure.metadata import extract_controller

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本政策仅适用于上海栖溯信息服务有限公司（以下简称“本公司”）独立运营的“栖溯光屿”小程序", "上海栖溯信息服务有限公司"),
        ("本平台运营权归广联二手车有限公司（以下简称“本公司”）所有", "广联二手车有限公司"),
        ("本隱私權政策適用於台灣樂活股份有限公司（以下簡稱「本公司」）所提供之服務", "台灣樂活股份有限公司"),
        ("感谢使用襄阳普际涯技术有限公司的产品", "襄阳普际涯技术有限公司"),
        ("本应用的运营主体智子科技（三河）有限公司", "智子科技（三河）有限公司"),
        ("本服务隶属于北京某某网络科技有限公司", "北京某某网络科技有限公司"),
        ("感谢您信任并使用北京数字认证股份有限公司的产品", "北京数字认证股份有限公司"),
        ("欢迎申请使用深圳某某科技有限公司提供的服务", "深圳某某科技有限公司"),
        ("感謝您造訪蔘樂見有限公司網站", "蔘樂見有限公司"),
    ],
)
def test_a_lead_in_is_not_part_of_the_name(text: str, name: str) -> None:
    assert extract_controller([text])[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上海于氏贸易有限公司（以下简称“于氏”）负责运营", "上海于氏贸易有限公司"),  # 于 inside a name is no lead-in
        ("北京属地科技有限公司", "北京属地科技有限公司"),
    ],
)
def test_names_with_the_characters_of_a_lead_in_stay_whole(text: str, name: str) -> None:
    assert extract_controller([text])[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "This website uses the services of Ezoic Inc. (“Ezoic”), including to manage third-party interest-based advertising.",
        "为了向您提供消息推送服务，我们的应用程序集成了阿里云EMAS移动推送 SDK。该 SDK 由阿里云计算有限公司提供。",
        "- **提供方**：IPinfo Inc.",
        "This app uses **Google AdMob**, a service provided by **Google Ireland Limited**.",
        "我们的第三方合作伙伴上海某某数据有限公司可能会收集设备信息。",
        "我们会将位置相关信息提供给每日互动股份有限公司，用于推送。",
        "<li>**TapSDK（TapTap 登录）**——易玩（上海）网络科技有限公司</li>",
    ],
)
def test_a_third_party_is_no_controller(text: str) -> None:
    assert extract_controller([text]) == (None, None)


def test_services_offered_by_the_operator_are_no_third_party() -> None:
    # corpora/google-privacy-cliqz: 「services of」 was found in "services offered by"
    assert (
        extract_controller(["Our Privacy Policy applies to all of the services offered by Google Inc. and its affiliates."])[0]
        == "Google Inc."
    )


def test_the_operator_named_before_a_third_party_is_kept() -> None:
    texts = ["本应用由深圳某某科技有限公司开发和运营。", "该 SDK 由阿里云计算有限公司提供。"]
    assert extract_controller(texts)[0] == "深圳某某科技有限公司"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "MEFAR 株式會社（以下簡稱「本公司」）針對 cocora 事前登記服務（以下簡稱「本服務」）中關於用戶個人資料之處理",
            ("MEFAR 株式會社", "本公司"),
        ),
        ("ABC株式会社（以下简称“ABC”）提供本服务", ("ABC株式会社", "ABC")),
        ("Sakura 合同会社（以下簡稱「本公司」）", ("Sakura 合同会社", "本公司")),
        ("本应用由 Acme Technology Co., Ltd.（以下简称“本公司”）提供", ("Acme Technology Co., Ltd.", "本公司")),
        ("Foo Bar Sdn. Bhd. operates this site.", ("Foo Bar Sdn. Bhd.", None)),
        ("Lion City Pte. Ltd.（以下簡稱「本公司」）", ("Lion City Pte. Ltd.", "本公司")),
        ("Shenmu Zhonghao New Energy Technology Co., Ltd.", ("Shenmu Zhonghao New Energy Technology Co., Ltd.", None)),
    ],
)
def test_company_forms(text: str, found: tuple[str, str | None]) -> None:
    assert extract_controller([text]) == found


@pytest.mark.parametrize("text", ["We use Google, Inc. services for sign-in.", "Zoracam is made by Co., Ltd. and friends."])
def test_no_name_from_a_comma_before_inc_or_a_bare_co_ltd(text: str) -> None:
    assert extract_controller([text])[0] is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("長沙市薩普新材料有限公司（簡稱“薩普”、“我們”）致力於保護您的隱私。", ("長沙市薩普新材料有限公司", "薩普")),
        ("深圳某某科技有限公司(简称“某某”)提供本服务", ("深圳某某科技有限公司", "某某")),
        ("深圳某某科技有限公司（简称“我们”）提供本服务", ("深圳某某科技有限公司", None)),  # a generic word is no short name
    ],
)
def test_a_short_name_in_brackets_without_yixia(text: str, found: tuple[str, str | None]) -> None:
    assert extract_controller([text]) == found


def test_a_japanese_form_before_the_name() -> None:
    assert extract_controller(["周周（周欣妤／株式会社アンドプラス）非常重視你的個人資料"])[0] == "株式会社アンドプラス"


def test_a_latin_name_does_not_take_chinese_words_before_it() -> None:
    assert extract_controller(["Shazam和ShazamKit是Apple Inc.的商标。"])[0] != "Shazam和ShazamKit是Apple Inc."


@pytest.mark.parametrize(
    ("path", "controller", "short"),
    [
        ("eval/structure43c/dev/qisu-privacy-wxml/privacy-policy.wxml", "上海栖溯信息服务有限公司", "本公司"),
        ("eval/structure43c/dev/twsite-privacy-blade/privacy.blade.php", None, None),
        ("eval/structure43c/holdout/mefar-privacy-tsx/page.tsx", "MEFAR 株式會社", "本公司"),
        ("eval/blind/round43d/holdout/guanglian-tsx/AgreementModal.tsx", "广联二手车有限公司", "本公司"),
        ("eval/structure41c/holdout/sapu-privacy-md/privacy.md", "長沙市薩普新材料有限公司", "薩普"),
    ],
)
def test_regressions(path: str, controller: str | None, short: str | None) -> None:
    meta = read_document(str(ROOT / path), encoding=None, max_bytes=20_000_000, input_format=None).metadata
    assert (meta.controller, meta.short_name) == (controller, short)
