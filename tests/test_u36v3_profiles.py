"""Profile verdict classes fixed in session 36 (u36v3, issue #14): the controller's identity and contact, and storage places.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own text as a regression case where it helps:
- cn-pipl/processor and cn-gbt35273/identity-contact: a 「联系我们」 heading, or a pointer to that section
  (「您可通过"联系我们"一节向学院提出请求」), gives no contact channel when the section names none
  (eval/profiles36 chuanyou-tsx: 「请联系…相关负责人」); an e-mail, a number or an in-app path 「设置-联系我们」 still is one;
- the same items: a platform the policy runs on or uses, named with the company that provides it (WeChat's company, an app
  store's, a cloud provider's), is not the policy's own processor, nor is 「开发者为处理你的个人信息而制定」 a name; the
  policy's own company beside such a platform, or its own platform run by its company, still is;
- cn-gbt35273/cross-border (the decision in eval/profiles36/README.md): storage on the person's device names the storage
  place only when nothing leaves the device; device storage beside data sent to an outside service with no place given
  is none.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私政策\n\n"
IDS = ("cn-pipl/processor", "cn-gbt35273/identity-contact")
COLLEGE = (
    '四川某某职业技术学院信息工程学院（以下简称"我们"）重视您的个人信息保护。\n\n## 一、收集的信息\n\n我们收集您的手机号码，用于登录。\n\n'
)


@pytest.mark.parametrize("item", IDS)
def test_contact_heading_without_a_channel_is_no_contact(item: str) -> None:
    text = ZH + COLLEGE + "## 八、联系我们\n\n如对本隐私政策有任何疑问，请联系本学院相关负责人。\n"
    assert status(text, item) == "missing"  # eval/profiles36 chuanyou-tsx 70-72
    pointer = ZH + COLLEGE + '## 二、您的权利\n\n您可通过"联系我们"一节向学院提出请求。\n\n## 三、联系我们\n\n请联系相关负责人。\n'
    assert status(pointer, item) == "missing"  # chuanyou-tsx 60: a pointer to the section


@pytest.mark.parametrize("item", IDS)
def test_contact_section_with_a_channel_is_a_contact(item: str) -> None:
    assert status(ZH + COLLEGE + "## 八、联系我们\n\n邮箱：office@scyd.edu.cn\n", item) == "covered"
    assert status(ZH + COLLEGE + "## 八、联系我们\n\n电话：028-12345678\n", item) == "covered"
    assert status(ZH + COLLEGE + "## 八、联系我们\n\n您可以在「设置-联系我们」中留言。\n", item) == "covered"


GUIDE = (
    "# 小程序隐私保护指引\n\n本指引是小程序开发者为处理你的个人信息而制定。\n\n## 一、开发者处理的信息\n\n"
    "为了登录小程序，开发者将在获取你的明示同意后，收集你的手机号。\n\n## 二、其他\n\n"
)


@pytest.mark.parametrize("item", IDS)
def test_a_platforms_company_is_not_the_processor(item: str) -> None:
    wechat = (
        GUIDE + '本小程序运行于微信平台，微信由深圳市腾讯计算机系统有限公司（以下简称"腾讯"）提供。如有疑问，邮箱：kefu@jinchengtech.cn。\n'
    )
    assert status(wechat, item) == "missing"
    cloud = (
        ZH
        + "本服务由某某云计算（北京）有限责任公司提供云服务。\n\n我们收集您的手机号，用于登录。\n\n## 联系我们\n\n邮箱：privacy@jinchengtech.cn\n"
    )
    assert status(cloud, item) == "missing"
    store = (
        ZH + "本应用通过应用商店分发，应用商店由 Apple Inc. 运营。\n\n我们收集您的昵称。\n\n## 联系我们\n\n邮箱：privacy@jinchengtech.cn\n"
    )
    assert status(store, item) == "missing"
    tail = "\n\n我们收集您的昵称。\n\n## 联系我们\n\n邮箱：kefu@jinchengtech.cn\n"
    stored = ZH + '本服务的数据存储于阿里云计算有限公司（以下简称"阿里云"）。' + tail
    assert status(stored, item) == "missing"
    pay = ZH + '支付服务由支付宝（中国）网络技术有限公司（以下简称"支付宝"）提供。' + tail
    assert status(pay, item) == "missing"


@pytest.mark.parametrize("item", IDS)
def test_the_policys_own_company_beside_a_platform_is_the_processor(item: str) -> None:
    own = (
        GUIDE
        + '本小程序由成都某某科技有限公司（以下简称"我们"）开发运营。本小程序运行于微信平台，微信由深圳市腾讯计算机系统有限公司提供。\n\n'
        "如有疑问，邮箱：kefu@jinchengtech.cn。\n"
    )
    found = verdict(own, item)
    assert found.status == "covered" and "成都某某科技有限公司" in found.evidence.text, item
    run = (
        ZH
        + '本平台由北京某某云计算有限公司（以下简称"我们"）运营。\n\n我们收集您的手机号。\n\n## 联系我们\n\n邮箱：privacy@jinchengtech.cn\n'
    )
    assert status(run, item) == "covered"
    cloud = (
        ZH
        + '杭州某某科技有限公司（以下简称"我们"）使用阿里云计算有限公司提供的云服务器存储数据。\n\n## 联系我们\n\n邮箱：privacy@jinchengtech.cn\n'
    )
    assert status(cloud, item) == "covered"
    ours = ZH + '数据存储于北京锦程科技有限公司（以下简称"我们"）的服务器。\n\n## 联系我们\n\n邮箱：privacy@jinchengtech.cn\n'
    assert status(ours, item) == "covered"


def test_device_storage_beside_an_outside_service_names_no_storage_place() -> None:
    sent = ZH + "## 存储\n\n您的设置保存在浏览器的 chrome.storage.local 中。选中的文本会发送到您配置的 AI 服务商以生成解释。\n"
    assert status(sent, "cn-gbt35273/cross-border") == "missing"  # eval/profiles35c sideask-zh (decision u36v3)
    local = ZH + "## 存储\n\n所有数据仅保存在您的设备本地，不会上传到任何服务器或第三方。\n"
    assert status(local, "cn-gbt35273/cross-border") == "covered"
    abroad = ZH + "## 存储\n\n您的设置保存在设备本地；您提交的文本会存储在美国的服务器上。\n"
    assert status(abroad, "cn-gbt35273/cross-border") == "covered"
