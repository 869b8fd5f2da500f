"""The review of the fourteenth session (rv14b): a change of meaning must never be shown as *reworded*.

Its probe pairs (/tmp/rv14b-copy/probe.py, probe2.py, h1–h4.md), each a zh-Hans sentence and a zh-Hant one
that differ in what they commit to; before the fix 38 + 6 of them were shown reworded (`diff.content`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_file
from policylens.diff import diff_documents, summary
from policylens.diff.content import reworded, same_title

# fmt: off
PROBES = [
 ("modal 应当->可", "我们应当在收集前征得您的同意，并告知您处理目的。", "我們可在收集前徵得您的同意，並告知您處理目的。"),
 ("modal 必须->可以", "您必须提供手机号码才能注册账户。", "您可以提供手機號碼以註冊帳號。"),
 ("time 立即->合理期限", "我们将立即删除您的个人信息。", "我們將於合理期限內刪除您的個人資訊。"),
 ("time 及时->尽快", "发生安全事件时，我们会及时通知您。", "發生安全事件時，我們會盡快通知您。"),
 ("cond 经您同意", "经您同意后，我们会向关联公司提供您的信息。", "我們會向關聯公司提供您的資訊。"),
 ("cond 如果", "如果您开启定位，我们会收集您的位置。", "我們會收集您的位置，以便提供服務。"),
 ("purpose 广告->安全", "我们会将您的设备信息用于个性化广告推送。", "我們會將您的設備資訊用於帳號安全保護。"),
 ("data same class id", "我们会收集您的身份证号码以完成实名认证。", "我們會收集您的護照號碼以完成實名認證。"),
 ("data unlisted", "我们会收集您的学历与工作经历。", "我們會收集您的婚姻狀況與宗教信仰。"),
 ("right 删除->更正", "您有权要求我们删除您的个人信息。", "您有權要求我們更正您的個人資訊。"),
 ("scope 全部->部分", "我们会删除您的全部个人信息。", "我們會刪除您的部分個人資訊。"),
 ("和->或 none", "我们会收集您的姓名和电话。", "我們會收集您的姓名或電話。"),
 ("party 关联->伙伴", "我们会与关联公司共享您的信息。", "我們會與合作夥伴共享您的資訊。"),
 ("party 第三方->服务商", "我们会与第三方共享您的信息。", "我們會與服務商共享您的資訊。"),
 ("境内->境外", "您的信息存储在中华人民共和国境内。", "您的資訊儲存在中華人民共和國境外。"),
 ("儿童->未成年人", "我们不会收集儿童的个人信息。", "我們不會收集未成年人的個人資訊。"),
 ("14->16 zh numerals", "如果您是不满十四周岁的儿童，请在监护人陪同下阅读。", "如果您是不滿十六週歲的兒童，請在監護人陪同下閱讀。"),
 ("不少于->少于", "我们会将日志保存不少于六个月。", "我們會將日誌保存少於六個月。"),
 ("以上->以下", "日志保存6个月以上。", "日誌保存6個月以下。"),
 ("至少->至多", "日志至少保存6个月。", "日誌至多保存6個月。"),
 ("一年->一个月", "我们会保存您的信息一年。", "我們會保存您的資訊一個月。"),
 ("半年->一年", "我们会保存您的信息半年。", "我們會保存您的資訊一年。"),
 ("neg moved", "我们不会出售您的信息，但会共享给合作伙伴。", "我們會出售您的資訊，但不會共享給合作夥伴。"),
 ("并非", "该信息并非提供服务所必需。", "該資訊是提供服務所必需。"),
 ("不得不/不得", "我们不得向第三方提供您的信息。", "我們不得不向第三方提供您的資訊。"),
 ("currency", "超过100元的订单需要验证。", "超過100美元的訂單需要驗證。"),
 ("percent", "我们会分享30%的收入。", "我們會分享30天的收入。"),
 ("sentence dropped", "我们会收集您的设备信息，用于保障账户安全。我们会定期审查收集范围，并在不再需要时删除。我们采取加密措施保护传输过程。", "我們會收集您的設備資訊，用於保障帳號安全。我們會定期審查收集範圍，並在不再需要時刪除。"),
 ("clause moved", "在您注销账户后，我们会删除您的信息。", "我們會刪除您的資訊，在您註銷帳號後。"),
 ("收集->使用 act", "我们会收集您的位置。", "我們會使用您的位置。"),
 ("共享->转让", "我们会共享您的信息。", "我們會轉讓您的資訊。"),
 ("不->拒绝 swap", "您可以拒绝提供。", "您不可以提供。"),
 ("自动->手动", "系统会自动上传您的照片。", "系統會手動上傳您的照片。"),
 ("加密->明文", "我们以加密方式存储您的密码。", "我們以明文方式儲存您的密碼。"),
 ("默认开启->关闭", "该功能默认开启。", "該功能預設關閉。"),
 ("we->you", "我们可以随时删除您的账户。", "您可以隨時刪除您的帳號。"),
 ("匿名化->去标识化", "我们会对信息进行匿名化处理。", "我們會對資訊進行去識別化處理。"),
 ("敏感", "我们不会收集您的敏感个人信息。", "我們不會收集您的個人資訊。"),
 ("单独同意", "我们会征得您的单独同意。", "我們會徵得您的同意。"),
 ("免费->收费", "您可以免费获取副本。", "您可以付費取得副本。"),
 ("工作日 vs 日 zh", "我们将在十五个工作日内答复。", "我們將在十五日內答覆。"),
 ("中国->中华人民共和国?", "适用中华人民共和国法律。", "適用香港法律。"),
 ("外国->中国", "数据存储于美国服务器。", "資料儲存於新加坡伺服器。"),
 ("ctrl 北京->上海", "争议提交北京仲裁委员会仲裁。", "爭議提交上海仲裁委員會仲裁。"),
 ("court", "提交被告所在地法院诉讼。", "提交原告所在地法院訴訟。"),
 ("之前->之后", "我们会在收集之前告知您。", "我們會在收集之後告知您。"),
 ("增加->减少", "我们会增加收集的信息类型。", "我們會減少收集的資訊類型。"),
 ("may->will", "我们可能会共享您的信息。", "我們一定會共享您的資訊。"),
 ("明示->默示", "我们会获得您的明示同意。", "我們會獲得您的默示同意。"),
]

# ordered marks: the same marks in another order
PROBES2 = [("num swap","账户信息保存30天，日志保存60天。","帳號資訊保存60天，日誌保存30天。"),
("place dir","我们会将数据从中国传输到美国。","我們會將資料從美國傳輸到中國。"),
("role dir","关联公司会向第三方提供您的信息。","第三方會向關聯公司提供您的資訊。"),
("data swap","我们会收集您的姓名，但不会收集您的电话。","我們會收集您的電話，但不會收集您的姓名。"),
("email swap","投诉请联系 a@x.com，删除请联系 b@x.com。","投訴請聯絡 b@x.com，刪除請聯絡 a@x.com。"),
("仅 moved","我们仅在您同意时向合作伙伴共享姓名和电话。","我們在您同意時僅向合作夥伴共享姓名和電話。"),
("未满->满", "如果您未满14周岁，请勿使用。", "如果您已满14周岁，请勿使用。"),
]
# fmt: on


@pytest.mark.parametrize(("name", "old", "new"), PROBES + [(n, a, b) for n, a, b in PROBES2])
def test_a_change_of_meaning_is_never_reworded(name: str, old: str, new: str) -> None:
    assert not reworded(old, new), name
    assert not reworded(new, old), name


# the look-alikes: the same content in the other script's words stays reworded
SAME = [
    ("如有隐私问题请联系我们。", "如有隱私問題，請聯絡我們。"),
    ("缓存保留 30 天，超过上限时删除。", "快取保留 30 日，超過上限時刪除。"),
    ("主机服务商为了把请求送达，必然会短暂处理它。", "主機供應商為了把請求送達，必然會短暫處理它。"),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_the_same_content_stays_reworded(old: str, new: str) -> None:
    assert reworded(old, new) and reworded(new, old)


def test_the_review_documents_report_every_change(tmp_path: Path) -> None:
    old = "# 隐私政策\n\n## 一、我们如何共享您的信息\n\n我们不会出售您的个人信息，但会共享给合作伙伴。\n\n您有权要求我们删除您的个人信息。\n\n## 二、信息存储\n\n我们会将日志保存不少于六个月。\n\n我们应当在收集前征得您的同意。\n"
    new = "# 隱私政策\n\n## 一、我們如何共享您的資訊\n\n我們會出售您的個人資訊，但不會共享給合作夥伴。\n\n您有權要求我們更正您的個人資訊。\n\n## 二、資訊儲存\n\n我們會將日誌保存少於六個月。\n\n我們可在收集前徵得您的同意。\n"
    info = summary(diff_documents(parse_file(tmp_path, "a.md", old), parse_file(tmp_path, "b.md", new)))
    assert info["changes"] == 4 and info.get("reworded", 0) == 0


# numbers: 一/半 before a unit, currencies, and units on the key's spelling (周 is keyed 赒)
@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("不满十四周岁", "不滿十四歲", True),
        ("保存一年", "保存一個月", False),
        ("保存半年", "保存一年", False),
        ("100元", "100美元", False),
        ("30%", "30天", False),
        ("2 周", "2 天", False),
    ],
)
def test_numbers_with_units(old: str, new: str, same: bool) -> None:
    from policylens.diff.content import content

    assert (content(old).numbers == content(new).numbers) is same


@pytest.mark.parametrize(("old", "new"), [("并非必需", "不是必需"), ("不同的设备", "不同的裝置"), ("非常重要", "非常重要")])
def test_negation_folds(old: str, new: str) -> None:
    from policylens.diff.content import content

    assert content(old).negations == content(new).negations
    assert content("不少于六个月").negations and not content("少于六个月").negations
    assert not content("不断改进，非常重要，不同设备").negations


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("如何联系我们", "本政策如何更新", False),
        ("隐私政策", "用户协议", False),
        ("儿童个人信息保护", "未成年人個人資訊保護", False),
        ("您的删除权", "您的更正權", False),
        ("我们如何收集信息", "我們如何保護資訊", False),
        ("第三方共享", "委托处理", False),
        ("3. 按你所在地区分成两种记录", "3. 依你所在地區分成兩種紀錄", True),
    ],
)
def test_heading_reworded_only_when_close_and_agreeing(old: str, new: str, same: bool) -> None:
    assert same_title(old, new) is same
    assert same_title(new, old) is same


@pytest.mark.parametrize(("old", "new"), [("h1.md", "h2.md"), ("h3.md", "h4.md")])
def test_the_review_headings_stay_renames(tmp_path: Path, old: str, new: str) -> None:
    docs = {
        "h1.md": "# 隐私政策\n\n## 儿童个人信息保护\n\n我们会收集您的姓名。\n\n## 您的删除权\n\n您可以联系我们。\n",
        "h2.md": "# 隱私政策\n\n## 未成年人個人資訊保護\n\n我們會收集您的姓名。\n\n## 您的更正權\n\n您可以聯絡我們。\n",
        "h3.md": "# 隐私政策\n\n## 如何联系我们\n\n我们会收集您的姓名。\n\n## 我们如何收集信息\n\n您可以联系我们。\n",
        "h4.md": "# 隱私政策\n\n## 本政策如何更新\n\n我們會收集您的姓名。\n\n## 我們如何保護資訊\n\n您可以聯絡我們。\n",
    }
    report = diff_documents(parse_file(tmp_path, old, docs[old]), parse_file(tmp_path, new, docs[new]))
    assert not any(s.title_reworded for s in report.sections)
    assert summary(report)["renamed"] == 2


def test_a_negation_is_tied_to_the_meaning_word_after_it() -> None:
    from policylens.diff.content import content

    moved = content("我们不会出售您的信息，但会共享给合作伙伴。"), content("我們會出售您的資訊，但不會共享給合作夥伴。")
    assert moved[0].negations != moved[1].negations
    # a plain verb after the negation is the translator's: 不读取 / 不去讀取 agree
    assert content("完全不会读取").negations == content("完全不會去讀取").negations
