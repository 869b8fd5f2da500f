"""Profile verdict classes fixed in session 36 (u36v, issue #14) on eval/profiles35c's known disagreements.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case where it helps:
- cn-gbt35273/access: a permission to access pages or files (「网页访问权可以在首次使用引导中撤销」, sideask-zh 39) is no
  right of access; the person's 访问权 still is;
- cn-gbt35273/withdraw-consent: that permission revoked in a named place is a way to withdraw consent; a permission
  that cannot be revoked is none;
- cn-gbt35273/delete, cn-pipl/rights and cn-gbt35273/copy: a control in a named place of the app with no object after
  the verb (「Provider 可在管理页逐条删除」「您可以在设置中导出」); deleting the policy text or the app is none;
- cn-pipl/purposes and cn-gbt35273/functions: what a feature needs to send (「翻译聊天消息需要将待翻译的文本发送到翻译服务」);
  a person's own need (「您需要将设备连接到…」) is none;
- cn-pipl/categories, cn-pipl/methods and cn-gbt35273/sharing: a data-flow table's 发送的数据 and 目的地 columns
  (translateus-zh 74-77); a row that sends nothing (「**无**（离线 XML）」) is none;
- cn-gbt35273/sharing: data sent to a provider or an endpoint the person configures; a sending denied is none;
- the WeChat mini-program guide in the second person 你 (eval/profiles36 yierfu-mp): a device access or the person's
  selection is a method (a collection after consent only asks consent: eval/profiles35 xiaogang-mp) (cn-pipl and cn-gbt35273); a kind of data with its 用途 is a
  business function; 「或者向微信进行投诉」 is a complaint channel; 「若你…注册了账号，你可以申请注销」 a way to close the
  account; a denial or a bare mention is none;
- cn-gbt35273/close-account: closing the account granted as a right under a rights heading (「您有权…注销账号」,
  eval/profiles36 shuxue-tsx 93, chuanyou-tsx 60); a right denied is none;
- cn-gbt35273/methods: a duty on what the user posts (「您发布的内容应遵守相关法律法规」, xuno-tsx 60) is no method;
  the user posting content still is;
- cn-pipl/minors: 「我们不会主动收集未满14周岁未成年人的个人信息」 (xuno-tsx 211) says the data is not collected, so
  Art. 31 does not apply; a guardian's consent to collect still makes it apply;
- cn-pipl/purposes and cn-gbt35273/functions: the data put to a named use (「SideAsk 仅将网页内容与其他用户数据用于…功能」,
  eval/profiles35c sideask-zh 43); a use denied (「不会将数据用于广告」) is none;
- cn-gbt35273/methods: the person's act that starts the sending (「只有当用户主动划词并要求解释…后，这些内容才会…传给…」,
  sideask-zh 24); a sending with no act of the person is none.
"""

from __future__ import annotations

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私说明\n\n"


def test_page_access_permission_is_no_right_of_access() -> None:
    text = ZH + "## 控制与删除\n\nProvider 可在管理页逐条删除；网页访问权可以在首次使用引导中撤销。\n"
    assert status(text, "cn-gbt35273/access") == "missing"  # eval/profiles35c sideask-zh 39
    assert status(ZH + "## 您的权利\n\n您享有文件访问权。\n", "cn-gbt35273/access") == "missing"
    assert status(ZH + "## 您的权利\n\n您享有访问权，可发送邮件至 a@b.cn 查阅您的个人信息。\n", "cn-gbt35273/access") == "covered"


def test_page_access_revoked_in_a_place_withdraws_consent() -> None:
    text = ZH + "## 控制与删除\n\n网页访问权可以在首次使用引导中撤销。\n"
    found = verdict(text, "cn-gbt35273/withdraw-consent")
    assert found.status == "covered" and found.evidence.line == 7
    assert status(ZH + "## 控制\n\n网页访问权一经授予不可撤销。\n", "cn-gbt35273/withdraw-consent") == "missing"


def test_control_in_a_named_place_is_a_way_to_delete() -> None:
    text = ZH + "## 控制与删除\n\nProvider 可在管理页逐条删除。\n"
    for item in ("cn-gbt35273/delete", "cn-pipl/rights"):
        found = verdict(text, item)
        assert found.status == "covered" and found.evidence.line == 7, item
    assert status(ZH + "## 设置\n\n您可以在设置中删除。\n", "cn-gbt35273/delete") == "covered"
    assert status(ZH + "## 设置\n\n浏览器缓存可在设置页面一键清除。\n", "cn-gbt35273/delete") == "missing"
    assert status(ZH + "## 设置\n\nProvider 无法在管理页删除。\n", "cn-gbt35273/delete") == "missing"


def test_control_in_a_named_place_that_exports_is_a_copy() -> None:
    assert status(ZH + "## 您的选择\n\n您可以在设置中导出。\n", "cn-gbt35273/copy") == "covered"
    assert status(ZH + "## 您的选择\n\n您可以在设置中导出本政策。\n", "cn-gbt35273/copy") == "missing"
    # an export into another format is a feature (tests/test_profiles_classes10b.py)
    assert status(ZH + "## 游戏数据\n\n您可以在设置中导出为视频。\n", "cn-gbt35273/copy") == "missing"


def test_what_a_feature_needs_to_send_is_its_purpose() -> None:
    text = ZH + "## 翻译服务\n\n翻译聊天消息需要将**待翻译的文本**发送到翻译服务。\n"
    for item in ("cn-pipl/purposes", "cn-gbt35273/functions"):
        found = verdict(text, item)
        assert found.status == "covered" and found.evidence.line == 7, item  # eval/profiles35c translateus-zh 38
    assert status(ZH + "## 使用\n\n您需要将设备连接到电脑。\n", "cn-pipl/purposes") == "missing"


DATA_FLOW = (
    ZH
    + "## 数据流向总览\n\n"
    + "| 场景 | 发送的数据 | 目的地 | 何时 |\n"
    + "|------|-----------|--------|------|\n"
    + "| 术语查找 | **无**（离线 XML） | 无 | 始终 |\n"
    + "| 翻译（Google 模式） | 聊天消息文本 | `translate.googleapis.com` | 每条消息，未暂停时 |\n"
)


def test_data_flow_table_columns_disclose_data_and_recipient() -> None:
    for item in ("cn-pipl/categories", "cn-pipl/methods", "cn-gbt35273/sharing"):
        found = verdict(DATA_FLOW, item)
        assert found.status == "covered" and found.evidence.line == 10, item  # eval/profiles35c translateus-zh 74
    nothing = ZH + "## 数据流向\n\n| 场景 | 发送的数据 | 目的地 |\n|---|---|---|\n| 术语查找 | **无**（离线 XML） | 无 |\n"
    for item in ("cn-pipl/categories", "cn-pipl/methods", "cn-gbt35273/sharing"):
        assert status(nothing, item) == "missing", item


def test_data_sent_to_a_configured_provider_is_sharing() -> None:
    text = ZH + "## AI 模式\n\nTranslateUs 会将聊天消息发送到您配置的 API 端点。\n"
    found = verdict(text, "cn-gbt35273/sharing")
    assert found.status == "covered" and found.evidence.line == 7  # eval/profiles35c translateus-zh 53
    assert status(ZH + "## AI 模式\n\n暂停期间，不会向任何 API 端点发送任何文本。\n", "cn-gbt35273/sharing") == "missing"


GUIDE = ZH + "## 开发者处理的信息\n\n开发者将在获取你的明示同意后，收集你的手机号，用途是【保障用户与产品绑定】。\n"


def test_wechat_guide_device_access_or_selection_is_a_method() -> None:
    for item in ("cn-pipl/methods", "cn-gbt35273/methods"):
        assert status(GUIDE, item) == "missing", item  # consent asked, no method (eval/profiles35 xiaogang-mp 15)
        assert status(ZH + "## 信息\n\n开发者访问你的蓝牙，用于【连接设备】。\n", item) == "covered", item  # yierfu-mp 187
        assert status(ZH + "## 信息\n\n开发者收集你选中的文件，用于确保绑定信息无误。\n", item) == "covered", item  # 188
        assert status(ZH + "## 信息\n\n开发者不会在未获取你的同意前访问任何信息。\n", item) == "missing", item


def test_wechat_guide_data_with_its_use_is_a_function() -> None:
    found = verdict(GUIDE, "cn-gbt35273/functions")
    assert found.status == "covered" and found.evidence.line == 7
    assert status(ZH + "## 信息\n\n开发者收集你选中的文件，用于确保绑定信息无误。\n", "cn-gbt35273/functions") == "covered"
    assert status(ZH + "## 信息\n\n开发者仅处理实现小程序功能所必要的信息。\n", "cn-gbt35273/functions") == "missing"
    folder = ZH + "## 权限\n\n应用程序只会访问您的文件目录，用于数据保存。\n"  # eval/blind/profiles15 glassnotes-zh 6
    assert status(folder, "cn-gbt35273/functions") == "missing"


def test_complaint_to_the_platform_is_a_channel() -> None:
    text = ZH + "## 投诉建议\n\n你可以通过以下方式与开发者联系；或者向微信进行投诉。\n"
    found = verdict(text, "cn-gbt35273/complaint")
    assert found.status == "covered" and found.evidence.line == 7  # eval/profiles36 yierfu-mp 210
    assert status(ZH + "## 说明\n\n本小程序基于微信平台运行。\n", "cn-gbt35273/complaint") == "missing"


def test_account_registered_then_closing_requested() -> None:
    text = ZH + "## 你的权益\n\n若你在小程序中注册了账号，你可以申请注销。\n"
    found = verdict(text, "cn-gbt35273/close-account")
    assert found.status == "covered" and found.evidence.line == 7  # eval/profiles36 yierfu-mp 195
    assert status(ZH + "## 你的权益\n\n若你在小程序中注册了账号，账号不可注销。\n", "cn-gbt35273/close-account") == "missing"


def test_closing_the_account_granted_under_rights() -> None:
    text = ZH + "## 五、您的权利\n\n您有权依法查询、更正、复制、删除您的个人信息，或撤回授权、注销账号。\n"
    found = verdict(text, "cn-gbt35273/close-account")
    assert found.status == "covered" and found.evidence.line == 7  # eval/profiles36 chuanyou-tsx 60
    assert status(ZH + "## 五、您的权利\n\n您无权注销账号。\n", "cn-gbt35273/close-account") == "missing"
    assert status(ZH + "## 关于我们\n\n会员有权享受注销账号以外的服务。\n", "cn-gbt35273/close-account") == "missing"


def test_duty_on_posted_content_is_no_method() -> None:
    assert status(ZH + "## 规范\n\n您发布的内容应遵守相关法律法规，不得含有违法信息。\n", "cn-gbt35273/methods") == "missing"
    assert status(ZH + "## 收集\n\n您在社区发布的评论和图片会被保存。\n", "cn-gbt35273/methods") == "covered"


def test_minors_not_proactively_collected_do_not_apply() -> None:
    text = ZH + "## 未成年人保护\n\n如果您是未满14周岁的未成年人，请在监护人同意后使用。我们不会主动收集未满14周岁未成年人的个人信息。\n"
    assert status(text, "cn-pipl/minors") == "not-applicable"  # eval/profiles36 xuno-tsx 211
    applies = ZH + "## 未成年人保护\n\n对于不满14周岁的未成年人，我们会在其监护人同意的前提下收集和使用信息。\n"
    assert status(applies, "cn-pipl/minors") == "covered"  # eval/profiles36 shuxue-tsx 98


def test_data_put_to_a_named_use_is_a_purpose() -> None:
    text = ZH + "## 有限使用\n\nSideAsk 仅将网页内容与其他用户数据用于支线提问、返回原文、最近记录与收藏功能；不会出售数据。\n"
    for item in ("cn-pipl/purposes", "cn-gbt35273/functions"):
        found = verdict(text, item)
        assert found.status == "covered" and found.evidence.line == 7, item  # eval/profiles35c sideask-zh 43
        assert status(ZH + "## 有限使用\n\n我们不会将您的数据用于广告投放。\n", item) == "missing", item
    purposes_list = ZH + "## 用途\n\n我们将会员的数据用于：与会员联系、发送市场资讯。\n"
    assert status(purposes_list, "cn-gbt35273/functions") == "missing"  # tests/test_profiles_classes16d.py


def test_act_that_starts_the_sending_is_a_method() -> None:
    text = ZH + "## 发送\n\n只有当用户主动划词并要求解释或发送追问后，这些内容才会从扩展传给本地网关。\n"
    found = verdict(text, "cn-gbt35273/methods")
    assert found.status == "covered" and found.evidence.line == 7  # eval/profiles35c sideask-zh 24
    assert status(ZH + "## 发送\n\n只有在网络可用时，这些内容才会同步。\n", "cn-gbt35273/methods") == "missing"
