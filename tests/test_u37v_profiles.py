"""Profile verdict classes fixed in session 37 (u37v, issue #14) on cn-pipl and cn-gbt35273, from eval/profiles37's dev part.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own text as a regression case where it helps:
- cn-pipl/processor and cn-gbt35273/identity-contact: a pointer in quotes to the policy's own contact section
  (「请通过本政策"如何联系我们"中的联系方式联系我们」) and an address label whose value is an unfilled slot
  (「**地址：** [请填写公司注册地址]」) give no channel (tallynest-md); a filled address or e-mail still does;
- the same items: a purpose clause 「坐标用于通过 Apple Weather 获取当地天气」 is no brand saying it uses a service
  (plantsage-md); 「某某 App 使用 Firebase 收集」 still names one;
- cn-gbt35273/complaint: a complaint invitation over labels whose values are unfilled slots (「- **开发者**：{{…}}」
  「- **邮箱**：{{联系邮箱}}」) gives no channel (wealth-md); a filled e-mail does;
- cn-pipl abroad items and cn-gbt35273/cross-border: a server abroad in a table row (「我们的服务器(AWS,位于美国)」) states
  the place even when another cell of the row holds a 不 (「仅文本,不含照片」); a condition or a negation on the server
  clause itself (「如需…」「服务器不位于…」) still vetoes it.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私政策\n\n"
IDS = ("cn-pipl/processor", "cn-gbt35273/identity-contact")
BRAND = (
    'TallyNest（以下简称"我们"）深知个人信息对您的重要性。\n\n## 一、收集的信息\n\n我们收集您的手机号码，用于登录。\n\n'
    '## 二、副本\n\n请通过本政策"如何联系我们"中的联系方式联系我们。\n\n'
)


@pytest.mark.parametrize("item", IDS)
def test_a_pointer_to_the_contact_section_and_an_empty_address_are_no_channel(item: str) -> None:
    slots = "## 八、如何联系我们\n\n**邮箱：** [请填写您的联系邮箱]  \n**地址：** [请填写公司注册地址]  \n**个人信息保护负责人：** [请填写负责人信息]\n"
    assert status(ZH + BRAND + slots, item) == "missing"  # eval/profiles37 tallynest-md 5, 263, 343-345


@pytest.mark.parametrize("item", IDS)
def test_a_filled_address_or_e_mail_is_a_channel(item: str) -> None:
    assert status(ZH + BRAND + "## 八、如何联系我们\n\n**地址：** 上海市徐汇区漕溪北路 88 号\n", item) == "covered"
    assert status(ZH + BRAND + "## 八、如何联系我们\n\n**邮箱：** privacy@tallynest.cn\n", item) == "covered"
    assert status(ZH + BRAND + '## 八、联系方式\n\n您可以在"设置-联系我们"中留言。\n', item) == "covered"


PLANT = (
    '# Plantsage 隐私政策\n\nPlantsage(以下称"本应用")由个人开发者(以下称"我们")运营。\n\n## 我们收集的信息\n\n'
    "| 数据 | 用途 | 去向 |\n|---|---|---|\n"
    "| 大致位置(仅在使用应用时) | 判断种植区域并显示当地天气 | 转换为区域;坐标用于通过 Apple Weather 获取当地天气 |\n\n"
    "## 联系方式\n\n- 邮箱:plantsage.app@gmail.com\n"
)


@pytest.mark.parametrize("item", IDS)
def test_a_purpose_clause_is_no_brand_using_a_service(item: str) -> None:
    assert status(PLANT, item) == "missing"  # eval/profiles37 plantsage-md 14
    brand = ZH + "## 一、收集的信息\n\n青禾记账使用 Firebase Analytics 收集匿名的使用统计。\n\n## 二、联系方式\n\n邮箱：hi@qinghe.app\n"
    assert status(brand, item) == "covered"


WEALTH = (
    ZH
    + "## 6. 你的权利\n\n### 6.3 删除权 / 注销账号\n你可以在 App 内 **「设置 → 删除账号」** 永久删除你的账号及所有相关数据。\n\n"
    + "如遇技术问题无法在 App 内删除，可发送邮件至 **{{联系邮箱}}**，我们将在 7 个工作日内为你处理。\n\n"
    + "## 10. 联系我们\n\n如对本隐私政策有任何疑问、建议或投诉，请联系：\n\n"
)


def test_a_complaint_over_unfilled_labels_gives_no_channel() -> None:
    slots = "- **开发者**：{{开发者姓名 / 公司名称}}\n- **邮箱**：{{联系邮箱，例如 support@yourdomain.com}}\n"
    assert status(WEALTH + slots, "cn-gbt35273/complaint") == "missing"  # eval/profiles37 wealth-md 140-143


def test_a_complaint_with_a_filled_channel_is_covered() -> None:
    filled = "- **开发者**：杭州青禾网络科技有限公司\n- **邮箱**：support@qinghe.app\n"
    assert status(WEALTH + filled, "cn-gbt35273/complaint") == "covered"


ROW = (
    ZH + "## 我们收集的信息\n\n| 数据 | 用途 | 去向 |\n|---|---|---|\n"
    "| 花园数据(花坛、植物、任务 — 仅文本,不含照片) | 花园数据的同步与备份 | 我们的服务器(AWS,位于美国) |\n"
)


@pytest.mark.parametrize("item", ("cn-pipl/abroad-recipient", "cn-pipl/abroad-methods"))
def test_a_server_abroad_in_a_table_row_applies(item: str) -> None:
    assert status(ROW, item) != "not-applicable"  # eval/profiles37 plantsage-md 13
    condition = ZH + "## 存储\n\n如需使用位于美国的服务器，我们会另行征得您的同意。我们的服务器不位于美国。\n"
    assert status(condition, item) == "not-applicable"


def test_a_server_abroad_with_its_provider_in_brackets_is_the_storage_place() -> None:
    assert status(ROW, "cn-gbt35273/cross-border") == "covered"
    assert status(ZH + "## 存储\n\n数据保存在我们的服务器(AWS)中。\n", "cn-gbt35273/cross-border") == "missing"


GUIDE = (
    "# 用户隐私保护指引\n\n本指引是“肿瘤营养管理与干预”公众号内服务开发者收集、使用和存储你的信息而制定。\n\n开发者收集的信息\n\n"
    "• 开发者收集你的用户信息（微信昵称、头像、性别、地区），用于注册、登录服务系统。\n\n"
)
RETENTION = ("cn-pipl/retention", "cn-gbt35273/retention")


@pytest.mark.parametrize("item", RETENTION)
def test_a_storage_period_label_ending_with_the_service_is_a_retention_period(item: str) -> None:
    text = GUIDE + "开发者对信息的存储\n\n存储地点：境内 \n\n存储期限：项目停止运营后及时删除 \n"
    assert status(text, item) == "covered"  # eval/profiles37 zhongliu-vue 131


@pytest.mark.parametrize("item", RETENTION)
def test_the_closing_clause_on_ceasing_operations_is_no_retention_period(item: str) -> None:
    text = GUIDE + "## 停止运营\n\n如我们停止运营，我们将及时停止收集您的个人信息，并对所持有的个人信息进行删除或匿名化处理。\n"
    assert status(text, item) == "missing"


COMPLAINT = "若你认为开发者未遵守上述约定，或有其他的投诉建议、未成年人个人信息相关问题，可通过以下方式与开发者联系。\n\n"


def test_a_complaint_pointing_to_a_labelled_number_below_is_covered() -> None:
    assert status(GUIDE + COMPLAINT + "联系电话：400-8585-095\n", "cn-gbt35273/complaint") == "covered"  # zhongliu-vue 144-145


def test_a_complaint_pointing_below_to_nothing_or_a_slot_is_missing() -> None:
    assert status(GUIDE + COMPLAINT + "更新日期：2020-12-02\n", "cn-gbt35273/complaint") == "missing"
    assert status(GUIDE + COMPLAINT + "联系电话：{{客服电话}}\n", "cn-gbt35273/complaint") == "missing"


def test_minors_named_only_as_a_contact_topic_do_not_make_the_item_apply() -> None:
    assert status(GUIDE + COMPLAINT + "联系电话：400-8585-095\n", "cn-pipl/minors") == "not-applicable"  # zhongliu-vue 144
    guardian = GUIDE + "若你是未满14周岁的未成年人，请在监护人同意后使用本服务。\n"
    assert status(guardian, "cn-pipl/minors") == "covered"


@pytest.mark.parametrize("item", ("cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"))
def test_a_patients_case_data_is_sensitive(item: str) -> None:
    case = GUIDE + "• 开发者收集你的病例信息（姓名、性别、出生日期、所患疾病、身高、体重、病例照片等），用于给您提供营养管理服务。\n"
    assert status(case, item) == "missing"  # zhongliu-vue 124: applies, neither the necessity nor a mark is given
    assert status(GUIDE, item) == "not-applicable"


KIDS = "# 隐私政策\n\n## 一、收集的信息\n\n我们收集您的昵称，用于显示。\n\n## 二、未成年人\n\n"
SENSITIVE = ("cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked")


@pytest.mark.parametrize("item", SENSITIVE)
def test_data_of_children_under_14_said_to_be_processed_is_sensitive(item: str) -> None:
    # the decision in eval/profiles37/README.md; eval/profiles36 shuxue-tsx 98
    text = KIDS + "2. 对于不满14周岁的未成年人，我们会在其监护人同意的前提下收集和使用信息。\n"
    assert status(text, item) == "missing"


@pytest.mark.parametrize("item", SENSITIVE)
def test_an_under_14_user_told_to_ask_a_guardian_is_no_processing_of_childrens_data(item: str) -> None:
    advice = KIDS + "如果您是14周岁以下的未成年人，请在监护人陪同下阅读本政策，并在取得监护人同意后使用本服务。\n"
    assert status(advice, item) == "not-applicable"
    denied = KIDS + "我们不会主动收集不满14周岁未成年人的个人信息，如发现将尽快删除。\n"
    assert status(denied, item) == "not-applicable"


TALLY = (
    "# TallyNest 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n### 1.1 账号注册与登录\n\n**收集的信息：**\n"
    "- 通过手机号注册：手机号码、验证码\n\n**使用目的：**\n- 创建和管理您的账号\n- 验证用户身份\n\n"
    "## 三、共享\n\n我们可能与以下类型的授权合作伙伴共享必要信息：\n\n| 合作伙伴类型 | 共享信息 | 使用目的 |\n|------------|---------|---------|\n"
    "| 推送服务商（APNS、FCM） | 设备推送令牌 | 发送通知消息 |\n\n"
    "## 四、删除\n\n在以下情形下,您可以要求我们删除个人信息：\n\n1. 处理目的已实现、无法实现或不再必要\n2. 您撤回同意\n\n"
)


def test_purposes_are_cited_at_their_list_not_at_a_header_cell_or_a_deletion_case() -> None:
    found = verdict(TALLY, "cn-pipl/purposes")  # eval/profiles37 tallynest-md: 183 and 233 were cited
    assert found.status == "covered"
    assert found.evidence is not None
    assert "验证用户身份" in found.evidence.text or "创建和管理" in found.evidence.text
    assert (
        status("# 隐私政策\n\n我们可能与以下类型的合作伙伴共享信息：\n\n| 合作伙伴类型 | 使用目的 |\n|---|---|\n", "cn-pipl/purposes")
        == "missing"
    )


def test_withdrawing_consent_as_a_case_of_deletion_is_no_way_to_withdraw() -> None:
    assert status(TALLY, "cn-gbt35273/withdraw-consent") == "missing"  # tallynest-md 235
    way = TALLY + "## 五、撤回同意\n\n您可以随时撤回您对我们处理个人信息的同意：通过系统设置关闭相机权限。\n"
    assert status(way, "cn-gbt35273/withdraw-consent") == "covered"


EXT = "# 隐私声明\n\nMarkDang 读取 Markdown 文档并在浏览器内显示阅读视图。\n\n## 本地处理与存储\n\n"
PURPOSES = ("cn-pipl/purposes", "cn-gbt35273/functions")


@pytest.mark.parametrize("item", PURPOSES)
def test_a_purpose_written_with_yi_or_lai_is_a_purpose(item: str) -> None:
    assert status(EXT + "扩展读取当前文档 URL，以解析相对链接，并在用户需要时列出其父目录。\n", item) == "covered"  # markdang-zh 11
    assert status(EXT + "扩展申请 storage 权限来保存设置。\n", item) == "covered"  # markdang-zh 26


@pytest.mark.parametrize("item", PURPOSES)
def test_yi_as_and_or_by_is_no_purpose(item: str) -> None:
    assert status(EXT + "扩展读取当前文档 URL，以及页面标题。\n", item) == "missing"
    assert status(EXT + "扩展保存阅读设置，以免每次重新设置。\n", item) == "missing"


AUGURA = "# 隐私政策\n\n我们收集匿名的使用统计，用于改进本工具。\n\n## 六、联系我们\n\n"


def test_an_issue_tracker_named_for_complaints_is_a_channel() -> None:
    text = (
        AUGURA + "如对本政策有任何疑问、意见或投诉，可通过以下方式联系我们：\nGitHub Issues（https://github.com/augura-os/augura/issues）\n"
    )
    assert status(text, "cn-gbt35273/complaint") == "covered"  # eval/profiles36c augura-zh 82-83
    questions = AUGURA + "如有使用问题，可通过以下方式联系我们：\nGitHub Issues（https://github.com/augura-os/augura/issues）\n"
    assert status(questions, "cn-gbt35273/complaint") == "missing"


def test_a_server_abroad_getting_only_anonymous_data_is_no_transfer() -> None:
    sentry = (
        ZH
        + "## 存储\n\n我们使用的第三方服务（Sentry）服务器位于海外，但我们仅向其传输匿名的崩溃报告和设备信息，不传输任何可识别个人身份的信息。\n"
    )
    assert status(sentry, "cn-pipl/abroad-methods") == "not-applicable"  # eval/profiles36 xuno-tsx 169
    assert status(ROW, "cn-pipl/abroad-methods") != "not-applicable"
