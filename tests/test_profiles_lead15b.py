"""Disclosure profiles, fifteenth session (cf15a, issue #14): false "covered" in the operator patterns.

A reviewer found that the patterns added for an operator not styled as a company ({operator_named}, {platform_we} with
{copyright_company} in `shared/zh.toml`) named an operator where the text names none: a third party's team providing a
service, a template slot as the team or the developer, an SDK's developer, a developer label inside an SDK list, a
group named in a denial, a template or a third party's copyright.  Each input keeps a contact, so only the operator is
missing; the positive side stays in `test_profiles_classes15.py`.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status

IDENTITY = ("cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency", "eu-gdpr/controller")

CONTACT = "\n\n联系邮箱：kefu@xinghuo.cn\n"

NOT_THE_OPERATOR = [
    # (1) a third party's team providing a service, or a framework built by a team: not what the app is built by
    "本服务由阿里云团队提供技术支持。",
    "本应用由 Cloudflare 团队提供 CDN 服务。",
    "本插件由 OpenAI 团队提供的接口驱动。",
    "本服務由 Cloudflare 團隊提供託管。",
    "本应用指 Tauri 团队开发的框架所构建的桌面程序。",
    # (2) a template slot as the operator
    "本应用由 XX 团队开发。",
    "本应用由 AppName 团队开发。",
    "本应用由 YourCompany 团队开发。",
    "本应用由某某团队开发。",
    "本应用由【团队名称】团队开发。",
    "## Contact\n\nDeveloper Name: Developer\n",
    "## Contact\n\nDeveloper Name: TODO\n",
    "## Contact\n\nDeveloper: ${DEVELOPER_NAME}\n",
    "## Contact\n\nDeveloper Name: Your Name\n",
    # (3) an SDK's developer to reach
    "如对广告 SDK 有疑问，请联系开发者 Unity Technologies。",
    "如对第三方插件有疑问，请联系开发者 John Smith。",
    # (4) a big platform's name before CJK text on the next line (Markdown joins the two lines)
    "Developer Name: Google\n如有问题，请联系我们。",
    # (5) a group named in a denial
    "本政策不适用于腾讯集团旗下的其他产品。",
    "本政策并不适用于阿里巴巴集团旗下的其他服务。",
    # (6) a template copyright, a third party's copyright of a named work
    '元膳健康平台（以下简称"我们"）重视您的隐私。\n\nCopyright © 2024 XX科技有限公司\n',
    '元膳健康平台（以下简称"我们"）重视您的隐私。\n\n本站字体 Copyright © 2024 思源字体有限公司\n',
    '元膳健康平台（以下简称"我们"）重视您的隐私。\n\n© 2024 某某科技有限公司 版权所有\n',
]


# (4) a developer label inside an SDK entry.  (eu-gdpr/controller is left out: its own older label clause, "Developer:"
# anywhere, still takes an SDK row; not one of the patterns reviewed here.)
SDK_ENTRIES = [
    "## 第三方 SDK\n\n- SDK: Unity Ads\n- Developer: Unity Technologies\n",
    "## 第三方 SDK\n\n- SDK 名称: Unity Ads\n- Developer: Unity Technologies\n- 用途: 广告\n",
]


@pytest.mark.parametrize("text", SDK_ENTRIES)
@pytest.mark.parametrize("item", IDENTITY[:3])
def test_an_sdk_entry_names_no_operator(text: str, item: str) -> None:
    assert status(text + CONTACT, item) == "missing"


@pytest.mark.parametrize("text", NOT_THE_OPERATOR)
@pytest.mark.parametrize("item", IDENTITY)
def test_no_operator_is_named(text: str, item: str) -> None:
    assert status(text + CONTACT, item) == "missing"


NAMED = [
    "本应用由 Tauri 团队开发。",  # the app itself built by the team (not a framework)
    "本应用由星火团队开发与维护。",
    "本服务由 Acme 团队运营。",
    "如对本应用有疑问，请联系开发者 Top King。",
    "## Contact\n\nDeveloper Name: ilexl\n",
    "Developer Name: Ilexl\n如有问题，请联系我们。",
    "本政策适用于腾讯集团旗下的产品。",
    '元膳健康平台（以下简称"我们"）重视您的隐私。\n\nCopyright © 2024 杭州元膳科技有限公司\n',
]


@pytest.mark.parametrize("text", NAMED)
def test_the_operator_stays_named(text: str) -> None:
    assert status(text + CONTACT, "cn-pipl/processor") == "covered"
