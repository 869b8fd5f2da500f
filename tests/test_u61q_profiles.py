"""Issue #14 classes of eval/profiles60q (last session's blind final set, spent) and eval/profiles60p's dev (u61q; not blind).

Precision first:
- a name defined as 我们 that is the product names no processor: the document signs as the name's service provider
  (「云宽带服务提供方」, chmura-zh 15/386); an app's name defined as 我们 with a real contact stays named (earlier decisions);
- deletion after the account is closed, done at the person's request (「…并根据您的要求删除您的个人信息」, chmura-zh 326), is the
  deletion right, not a retention criterion; deletion that follows the closure by itself stays one;
- third-party SDKs denied by kind only (「未集成任何统计、广告、推送类第三方 SDK」, prepbox-zh 62) are no "no SDK at all";
- withdrawn consent as a ground for deletion (prepbox-zh 77) is no way to withdraw consent; staff unable to export the data
  (eval/profiles61p wuliu-zh 87) give no copy.
Misses: no server with device storage as the storage place (xinliu-zh 25); a named isolation measure (star-zh 30); the deletion
right as deletion done at the person's request (churili-zh 319).  Left by decision: rights the operator promises to protect
(churili-zh 294: round 1's promise, eval/profiles pandnext-txt), a list lead-in whose aim is the whole service (prepbox-zh 25:
eval/profiles53w lianyu-zh 63 accepts one), a complaint to a government body alone (churili-zh 405: round 4).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

SET60Q = ROOT / "eval" / "profiles60q" / "docs"
SET60P = ROOT / "eval" / "profiles60p" / "docs"
_ZH = "\n\n## 联系我们\n\n电子邮箱：privacy@xingchen.com\n"
_HANT = "\n\n## 聯絡我們\n\n電子郵件：privacy@xingchen.com\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ('云宽带（以下简称"我们"）深知个人信息对您的重要性。' + _ZH + "\n云宽带服务提供方\n", "missing"),
        ("雲寬帶（以下簡稱「我們」）深知個人資訊對您的重要性。" + _HANT + "\n雲寬帶服務提供方\n", "missing"),
        ("星辰（以下简称“我们”）深知个人信息对您的重要性。" + _ZH + "\n星辰产品的运营方\n", "missing"),
        ('StarNote App ("we") respects your privacy.\n\n## Contact\n\nEmail: privacy@starnote.com\n', "missing"),
        # a slot-only contact block reaches no one (as before)
        (
            '云宽带（以下简称"我们"）深知个人信息对您的重要性。\n\n## 联系我们\n\n客服热线：400-XXX-XXXX\n\n通信地址：[公司地址]\n',
            "missing",
        ),
        # a brand defined as 我们 and not used as the product, a company, a 平台 still name the processor
        ("星辰（以下简称“我们”）深知个人信息对您的重要性。" + _ZH, "covered"),
        ("星辰科技有限公司（以下简称“我们”）深知个人信息对您的重要性。" + _ZH + "\n星辰科技有限公司\n", "covered"),
        ("星辰工作室（以下简称“我们”）开发了星辰 App。" + _ZH, "covered"),
        # an app's name defined as 我们 with a real contact stays named (f16b, round 4, u46w: earlier decisions)
        ("星辰 App（以下简称“我们”）深知个人信息对您的重要性。" + _ZH, "covered"),
        ("TradeCraft 跨境电商平台（以下简称“我们”）重视您的隐私。" + _ZH, "covered"),
        ('欢迎使用 Nimbus 云笔记应用（以下简称"我们"）。' + _ZH, "covered"),
    ],
)
def test_a_product_defined_as_we_names_no_processor(text: str, status: str) -> None:
    assert profile_status(text, "cn-pipl/processor") == status
    assert profile_status(text, "cn-gbt35273/identity-contact") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("在您注销账户后，我们将停止为您提供产品或服务，并根据您的要求删除您的个人信息，法律法规另有规定的除外。", "missing"),
        ("注销后，我们将停止为您提供服务，并依据您的要求，删除您的个人信息。", "missing"),
        ("在您註銷帳戶後，我們將停止為您提供產品或服務，並根據您的要求刪除您的個人資訊。", "missing"),
        ("在您注销账号后，我们将删除您的个人信息。", "covered"),
        ("在您註銷帳號後，我們將刪除您的個人資訊。", "covered"),
        ("在您注销账号后，我们将停止提供服务，并删除您的个人信息。", "covered"),
    ],
)
def test_deletion_at_the_persons_request_is_no_retention_criterion(text: str, status: str) -> None:
    assert profile_status(text, "cn-pipl/retention") == status
    assert profile_status(text, "cn-gbt35273/retention") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("本小程序当前未集成任何统计、广告、推送类第三方 SDK。", "missing"),
        ("本小程序當前未集成任何統計、廣告、推送類第三方 SDK。", "missing"),
        ("本小程序未集成任何第三方 SDK。", "covered"),
    ],
)
def test_sdks_denied_by_kind_only_deny_no_sharing(text: str, status: str) -> None:
    assert profile_status(text, "cn-gbt35273/sharing") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("删除权：在下列情形您可申请删除：处理目的已实现 / 我们停止提供服务 / 您撤回同意 / 我们违反法律或约定。", "missing"),
        ("刪除權：在下列情形您可申請刪除：處理目的已實現 / 我們停止提供服務 / 您撤回同意 / 我們違反法律或約定。", "missing"),
        ("撤回同意权：您随时可以撤回此前作出的同意。", "covered"),
        ("在以下情形中，您可以要求删除：您撤回同意。您可以在设置中撤回同意。", "covered"),
    ],
)
def test_withdrawn_consent_as_a_ground_for_deletion_is_no_way_to_withdraw(text: str, status: str) -> None:
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == status


_LOCAL = "上述信息仅保存在你的手机本地，不设固定保存期限。"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("本小程序没有服务器，不进行云端存储和信息上传。" + _LOCAL, "covered"),
        ("本小程序沒有伺服器，不進行雲端儲存和資訊上傳。上述資訊僅保存在你的手機本地。", "covered"),
        ("本小程序没有服务器，使用云开发存储数据。" + _LOCAL, "missing"),
        (_LOCAL + "我们的服务器会接收你的反馈。", "missing"),
        (_LOCAL, "missing"),
    ],
)
def test_no_server_with_device_storage_is_the_storage_place(text: str, status: str) -> None:
    assert profile_status(text, "cn-gbt35273/cross-border") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("我们采用业界通行的安全措施保护您的数据，每个用户的数据库严格隔离，确保数据不会交叉泄露。", "covered"),
        ("我們採用業界通行的安全措施保護您的資料，每個使用者的資料庫嚴格隔離。", "covered"),
        ("存储采用访问权限隔离。", "covered"),
        ("我们采取合理的安全措施保护您的数据。", "missing"),
        ("如您处于居家隔离期间，我们会收集您的健康信息。", "missing"),
        ("我们的数据没有隔离。", "missing"),
    ],
)
def test_a_named_isolation_measure_is_security(text: str, status: str) -> None:
    assert profile_status(text, "cn-gbt35273/security") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("在注销帐号之后，我们将停止为您提供产品或服务，并依据您的要求，删除您的个人信息。", "covered"),
        ("在註銷帳號之後，我們將停止為您提供產品或服務，並依據您的要求，刪除您的個人資訊。", "covered"),
        ("我们将根据您的要求删除您的个人信息。", "covered"),
        # rights the operator promises to protect stay a promise (round 1, tests/test_profiles_classes.py)
        ("我们非常重视您对个人信息的关注，并尽全力保护您对于自己个人信息访问、更正、删除以及撤回同意的权利。", "missing"),
        ("我们会保护您的个人信息，删除过期的日志。", "missing"),
        ("当您删除数据后，我们会根据您的要求清除缓存。", "missing"),
    ],
)
def test_deletion_done_at_the_persons_request(text: str, status: str) -> None:
    assert profile_status(text, "cn-gbt35273/delete") == status


@pytest.mark.parametrize(
    ("doc", "item", "verdict"),
    [
        ("chmura-zh/privacy-policy.wxml", "cn-pipl/processor", ("missing", None)),
        ("chmura-zh/privacy-policy.wxml", "cn-gbt35273/identity-contact", ("missing", None)),
        ("chmura-zh/privacy-policy.wxml", "cn-pipl/retention", ("missing", None)),
        ("chmura-zh/privacy-policy.wxml", "cn-gbt35273/retention", ("missing", None)),
        ("xinliu-zh/privacy.wxml", "cn-gbt35273/cross-border", ("covered", 25)),
        ("prepbox-zh/privacy.wxml", "cn-gbt35273/withdraw-consent", ("covered", 78)),
        ("prepbox-zh/privacy.wxml", "cn-gbt35273/sharing", ("covered", 61)),
    ],
)
def test_profiles60q_regressions(doc: str, item: str, verdict: tuple[str, int | None]) -> None:
    assert file_verdict(SET60Q / doc, item) == verdict


@pytest.mark.parametrize(
    ("doc", "item", "verdict"),
    [
        ("churili-zh/index.tsx", "cn-gbt35273/delete", ("covered", 319)),
        ("churili-zh/index.tsx", "cn-pipl/retention", ("covered", 356)),
        ("star-zh/privacy.vue", "cn-gbt35273/security", ("covered", 30)),
    ],
)
def test_profiles60p_regressions(doc: str, item: str, verdict: tuple[str, int | None]) -> None:
    assert file_verdict(SET60P / doc, item) == verdict


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("运营人员仅能通过受密码保护的后台查看，无法导出您的个人身份信息。", "missing"),
        ("運營人員僅能通過受密碼保護的後台查看，無法匯出您的個人身份資訊。", "missing"),
        ("我们的员工无法导出您的个人信息。", "missing"),
        ("您可以在设置中导出您的个人信息。", "covered"),
        ("如您无法自行导出，您可以联系我们获取您的个人信息副本。", "covered"),
    ],
)
def test_staff_unable_to_export_is_no_copy_right(text: str, status: str) -> None:
    """eval/profiles61p wuliu-zh 87 (m61p's Part A dev, not blind after)."""
    assert profile_status(text, "cn-gbt35273/copy") == status
