"""Profile verdict classes fixed in session 36 (u36v4, issue #14) on eval/profiles36c's disagreements on the final code.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case:
- cn-pipl Art. 39 items and cn-gbt35273/cross-border: processing or storage outside the person's own country or region
  (「信息可能会在你所在国家或地区以外处理和存储」, tcgcards-zh 149; "outside your country") is a transfer abroad; storage 「境内」
  or a mere mention of international users is not;
- cn-pipl/abroad-rights: a legal request made to the operator (「用户提交 issue 或法律请求时涉及的…平台」) is no right
  exercised with the recipient abroad;
- cn-pipl/retention and cn-gbt35273/retention: removing the extension erases only its settings (「卸载会移除扩展的本地
  设置」, markdang-zh 28): a removal control, no retention period; erasing the data on removal still is one;
- cn-pipl/rights: a hedged list of rights (「你可能拥有以下权利：」) whose way stands in the next paragraph (tcgcards-zh
  128-137); rights the operator only respects are none;
- cn-gbt35273/effect-of-not-providing: the effect of opting out on data already produced (「关闭后…但不影响您在关闭前已
  生成的匿名聚合数据的使用」, augura-zh 27) is no effect of not providing; a feature lost on refusal still is.
"""

from __future__ import annotations

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私说明\n\n"
ABROAD = ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights")


def test_outside_your_country_is_a_transfer_abroad() -> None:
    text = ZH + "## 跨境处理\n\n服务可能使用多个地区的基础设施运营。使用本服务即表示信息可能会在你所在国家或地区以外处理和存储。\n"
    for item in ABROAD:
        assert status(text, "cn-pipl/" + item) != "not-applicable", item  # eval/profiles36c tcgcards-zh 149
    found = verdict(text, "cn-pipl/abroad-methods")
    assert found.status == "covered" and found.evidence.line == 7
    found = verdict(text, "cn-gbt35273/cross-border")
    assert found.status == "covered" and found.evidence.line == 7
    english = ZH + "## 数据存储\n\n您的信息可能会被传输到 outside your country 的服务器进行处理。\n"
    assert status(english, "cn-pipl/abroad-purposes") != "not-applicable"


def test_inside_the_country_or_international_users_is_no_transfer_abroad() -> None:
    for text in (
        ZH + "## 数据存储\n\n你的信息存储在你所在国家境内的服务器上。\n",
        ZH + "## 国际用户\n\n本服务面向国际用户开放，我们处理你提供的信息以提供服务。\n",
        ZH + "## 数据存储\n\n我们不会在你所在国家或地区以外处理或存储你的信息。\n",
    ):
        for item in ABROAD:
            assert status(text, "cn-pipl/" + item) == "not-applicable", (item, text)
    assert status(ZH + "## 服务\n\n本服务面向国际用户开放。\n", "cn-gbt35273/cross-border") == "missing"


def test_a_legal_request_is_no_right_with_the_recipient_abroad() -> None:
    head = ZH + "## 跨境\n\n我们会将你的信息传输至境外服务器存储。\n\n## 共享\n\n"
    legal = head + "- 用户提交 issue 或法律请求时涉及的源码托管平台\n- 在法律需要时的相关接收方\n"
    assert status(legal, "cn-pipl/abroad-rights") == "missing"
    way = head + "你可以通过 privacy@example.cn 向境外接收方行使查阅、删除等权利。\n"
    assert status(way, "cn-pipl/abroad-rights") == "covered"


def test_settings_removed_on_uninstall_are_no_retention_period() -> None:
    text = ZH + "## 权限与控制\n\n你可以关闭阅读器，或卸载扩展。卸载会移除扩展的本地设置。\n"
    for item in ("cn-pipl/retention", "cn-gbt35273/retention"):
        assert status(text, item) == "missing", item  # eval/profiles36c markdang-zh 28
        data = ZH + "## 权限与控制\n\n卸载会移除扩展的本地设置和浏览记录。\n"
        assert status(data, item) == "covered", item
        assert status(ZH + "## 数据\n\n卸载应用后，您的数据将被一并删除。\n", item) == "covered", item


def test_a_hedged_list_of_rights_with_its_way_in_the_next_paragraph() -> None:
    text = (
        ZH + "## 你的选择和权利\n\n根据你的所在地和适用法律，你可能拥有以下权利：\n\n"
        "- 访问与你账号相关的个人信息\n- 更正不准确的信息\n- 删除账号或部分个人信息\n\n"
        "如需提出请求，请创建 GitHub issue，并在标题中包含 `Privacy`。\n"
    )
    found = verdict(text, "cn-pipl/rights")  # eval/profiles36c tcgcards-zh 128-137
    assert found.status == "covered" and found.evidence.line in (7, 9, 10, 11, 13)
    no_way = ZH + "## 你的权利\n\n你可能拥有以下权利：\n\n- 访问与你账号相关的个人信息\n- 删除部分个人信息\n"
    assert status(no_way, "cn-pipl/rights") == "missing"
    respected = ZH + "## 你的权利\n\n我们尊重你的以下权利：\n\n- 访问个人信息\n- 删除个人信息\n\n如有疑问，请发送邮件至 a@b.cn。\n"
    assert status(respected, "cn-pipl/rights") == "missing"


def test_opting_out_and_data_already_produced_is_no_effect_of_not_providing() -> None:
    text = ZH + "## 遥测\n\n关闭后，我们不会继续收集上述信息，但不影响您在关闭前已生成的匿名聚合数据的使用。\n"
    assert status(text, "cn-gbt35273/effect-of-not-providing") == "missing"  # eval/profiles36c augura-zh 27
    lost = ZH + "## 遥测\n\n关闭定位权限后，附近门店功能将无法使用，但不影响其他功能。\n"
    assert status(lost, "cn-gbt35273/effect-of-not-providing") == "covered"
    refused = ZH + "## 收集\n\n如您拒绝提供手机号码，将无法注册账号。\n"
    assert status(refused, "cn-gbt35273/effect-of-not-providing") == "covered"
