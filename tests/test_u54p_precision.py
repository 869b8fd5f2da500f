"""Issue #11 §1 and `check`'s precision, fifty-fourth session (u54p): the false findings of eval/blind/round53q, each fixed
as a class with constructed forms (Simplified, Traditional, English) and the look-alikes that stay, the real document a
regression case (not blind: round53q was measured before).

1. a Python f-string's `{field}` after a label is a value the code prints, not an empty field (`load.py_literals`,
   `Document.media`; `rules.placeholder_empty`);
2. a bold label alone on its line over a paragraph about its subject is a run-in heading, not an empty contact field
   (`rules.placeholder_empty.contact_fields`, `Document.emphasised`);
3. the first label of a list run into the title before it (a Taro <Text> is a <span>: 「9、…服务1）基于…」) over a paragraph
   that opens with the second label is no lone bracket (`rules.bracket_unbalanced.first_of_list`);
4. decided on real texts: an officer's label over the channels below it is their lead-in (`rules.placeholder_empty.
   field_single`); one-character options in a bracket after a label 「性别：[男/女/其他]」 stay a slot (every occurrence
   found in the code index is a fill-in template's);
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import written_findings

_ROOT = Path(__file__).resolve().parent.parent
_ROUND = _ROOT / "eval" / "blind" / "round53q" / "dev"


def _placeholders(folder: Path, name: str, text: str) -> list[tuple[int, str]]:
    """(line, rule) of the placeholder findings of `check` on `text` written as `folder/name`."""
    return [(line, rule) for line, rule, _ in written_findings(folder, name, text) if rule.startswith("placeholder")]


# --- 1. a host language's own template field in a code file --------------------------------------------------------

_FSTRING_HANS = '''def policy(company, email, phone, data_types, purposes, app_name):
    return f"""# {app_name} 隐私政策

## 一、我们收集的信息
本隐私政策适用于{app_name}的全部产品及服务。

SDK名称：{app_name}
收集个人信息类型：{data_types}
使用目的：{purposes}

## 二、联系我们
公司名称：{company}
联系邮箱：{email}
联系电话：{phone}
处理目的：{purposes}
"""


def prompt(company_name, app_name, data_types, purposes, retention):
    return f"""请根据以下信息生成隐私政策：
公司名称：{company_name}
应用名称：{app_name}
收集的个人信息类型：{data_types}
处理目的：{purposes}
保存期限：{retention}
"""
'''

_FSTRING_HANT = '''def policy(company, email, phone, kinds):
    return f"""# 隱私權政策

## 聯絡我們
公司名稱：{company}
電子郵件：{email}
聯絡電話：{phone}
個人資料類型：{kinds}
使用目的：{kinds}
"""
'''

_FSTRING_EN = '''def policy(company, email, phone, kinds, purposes):
    return f"""# Privacy Policy 隐私政策

## Contact
Company: {company}
Email: {email}
Phone: {phone}
Data collected: {kinds}
Purpose: {purposes}

## 联系我们
公司：{company}
邮箱：{email}
电话：{phone}
"""
'''

# a `str.format` literal keeps its `{name}` as written: no empty field, no slot either (the code fills it)
_FORMAT_HANT = '''def render(company, email, phone):
    return """# 隱私權政策
公司名稱：{company}
電子郵件：{email}
聯絡電話：{phone}
收集個人資料類型：{types}
使用目的：{purpose}
""".format(company=company, email=email, phone=phone, types="姓名", purpose="服務")
'''


@pytest.mark.parametrize("text", [_FSTRING_HANS, _FSTRING_HANT, _FSTRING_EN, _FORMAT_HANT])
def test_fstring_fields_after_labels_are_printed_values(tmp_path: Path, text: str) -> None:
    assert _placeholders(tmp_path, "policy.py", text) == []


def test_fields_are_recorded_where_the_code_prints_them(tmp_path: Path) -> None:
    from helpers import parse_path

    path = tmp_path / "policy.py"
    path.write_text(_FSTRING_HANT, encoding="utf-8")
    doc = parse_path(path)
    assert (5, 6) in doc.media and (8, 8) in doc.media  # 公司名稱：{company}, 個人資料類型：{kinds} (columns from 1)


_STILL_EMPTY = '''def policy(app_name):
    return f"""# {app_name} 隐私政策

## 联系我们
公司名称：{app_name}
联系电话：
邮寄地址：上海市浦东新区
联系邮箱：{app_name}
"""
'''


def test_a_label_with_nothing_in_an_fstring_stays_empty(tmp_path: Path) -> None:
    # the field beside it is printed; the phone label has no field and no value: still an empty field
    assert _placeholders(tmp_path, "policy.py", _STILL_EMPTY) == [(6, "placeholder-empty")]


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        # a published text's own template syntax is a slot, whatever braces it uses
        ("policy.md", "# 隐私政策\n\n## 联系我们\n\n公司名称：{{company_name}}\n\n联系邮箱：privacy@xingchen.cn\n", 5),
        ("policy.md", "# 隱私權政策\n\n## 聯絡我們\n\n公司名稱：星辰科技\n\n電子郵件：{contact_email}\n", 7),
        ("policy.md", "# Privacy Policy 隐私政策\n\n## Contact\n\nCompany: {{company_name}}\n\n邮箱：privacy@xingchen.cn\n", 5),
    ],
)
def test_template_syntax_in_a_published_text_is_still_a_slot(tmp_path: Path, name: str, text: str, line: int) -> None:
    assert line in {found for found, _ in _placeholders(tmp_path, name, text)}


def test_round53q_complianceforge_fstring_field() -> None:
    from helpers import slot_findings

    found = slot_findings(_ROUND / "complianceforge-py" / "index.py")
    assert not [f for f in found if f[0] == 469]  # 「收集的个人信息类型：{data_types}」 in the LLM prompt: no empty field
    assert sorted({line for line, _, _ in found}) == [156, 157, 158, 271, 272, 291, 292, 293]  # the eight real slots


# --- 2. a bold label alone on its line over its text ---------------------------------------------------------------

_BOLD_MD = """# 隱私權政策

## 五、資料分享

我們不會販售您的個人資料。

**第三方連結：**

本網站可能包含外部連結（如商家官方網站）。我們對這些第三方網站的隱私政策不負責任。

**網站：**

本政策適用於本網站及其所有子網域，我們會定期檢視本政策。

**聯絡電話：**

我們的客服人員將於上班時間為您服務。

## 六、联系我们

**联系方式**

如您对本政策有任何疑问，请通过客服中心与我们联系，我们将在十五个工作日内回复。

**官方网站：**

本政策适用于我们的网站及其全部子域名，我们会定期检查本政策。

**Website:**

This policy applies to our website and all of its subdomains.

**Email:**

Please allow up to ten working days for our reply to reach you.
"""

_BOLD_HTML = """<html><body><h1>隱私權政策</h1>
<h2>五、資料分享</h2>
<p>我們不會販售您的個人資料。</p>
<div><p><strong>第三方連結：</strong></p>
<p>本網站可能包含外部連結（如商家官方網站）。我們對這些第三方網站的隱私政策不負責任。</p></div>
<p><b>官方網站：</b></p>
<p>本政策適用於本網站及其所有子網域，我們會定期檢視本政策。</p>
<p>外部網站：</p>
<p>本網站可能連結至其他網站，這些網站的隱私權政策由其經營者訂定。</p>
<h2>六、聯絡我們</h2>
<p><strong>聯絡信箱：</strong></p>
<p>我們將於十個工作天內回覆您的來信。</p>
<p><strong>客服信箱：</strong></p>
<p>如有任何問題，請寄信至此信箱，我們將儘速回覆。</p>
</body></html>
"""


def test_bold_label_over_its_text_is_a_heading(tmp_path: Path) -> None:
    # silent: 第三方連結 (others' sites: a topic), 網站 / 官方网站 / Website over a paragraph about the site; kept: a phone
    # or e-mail label over a sentence on another subject (the value may be missing)
    assert _placeholders(tmp_path, "policy.md", _BOLD_MD) == [(15, "placeholder-empty"), (33, "placeholder-empty")]


def test_bold_html_label_over_its_text_is_a_heading(tmp_path: Path) -> None:
    # silent: <strong>第三方連結：</strong>, <b>官方網站：</b> over the site's paragraph, 外部網站 (a topic, not bold); kept:
    # 聯絡信箱 over a sentence on another subject, 客服信箱 over 「寄信至此信箱」 (pointing at an address not shown)
    assert _placeholders(tmp_path, "policy.html", _BOLD_HTML) == [(11, "placeholder-empty"), (13, "placeholder-empty")]


def test_round53q_moneysaver_bold_label() -> None:
    from helpers import slot_findings

    assert slot_findings(_ROUND / "moneysaver-tw-tsx" / "PrivacyPolicy.tsx") == []  # L94 「<strong>第三方連結：</strong>」


# --- 3. the first item's label run into the title before it ------------------------------------------------------------

_TARO = """import Taro, { Component } from "@tarojs/taro";
import { View, Text } from "@tarojs/components";

export default class Index extends Component {
  render() {
    return (
      <View className="wrap">
        <Text className="wrap__text">
        我们重视您的隐私。
        </Text>
        <Text className="wrap__text">
        9、为您提供更个性化的服务
        </Text>
        <Text className="wrap__text">
        1）基于位置信息的个性化推荐功能：我们会收集您的位置信息（我们仅收集您当时所处的地理位置）来判断您所处的地点。
        </Text>
        <Text className="wrap__text">
        2）基于摄像头（相机）的服务功能：您可以使用这个功能完成视频拍摄。
        </Text>
      </View>
    );
  }
}
"""


def _brackets(folder: Path, name: str, text: str) -> list[int]:
    return [line for line, rule, _ in written_findings(folder, name, text) if rule == "bracket-unbalanced"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("index.jsx", _TARO),
        # the same run-in in a text (Traditional), a letter label, and a Chinese numeral
        ("p.txt", "隱私權政策\n\n九、個人化服務1）基於位置資訊的推薦功能（僅在您授權時）。\n\n2）基於相機的服務功能。\n"),
        ("p.txt", "隐私政策\n\n三、共享对象a）关联公司（仅限必要信息）。\n\nb）合作伙伴。\n"),
        ("p.txt", "隐私政策\n\n四、您的权利一）查阅权（可随时行使）。\n\n二）更正权。\n"),
    ],
)
def test_first_label_run_into_a_title_is_no_bracket(tmp_path: Path, name: str, text: str) -> None:
    assert _brackets(tmp_path, name, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an opener lost: the next paragraph opens no second item
        "隐私政策\n\n详情请参阅本政策附件1）。\n\n我们会保护您的信息。\n",
        # the next paragraph opens with another label than the second
        "隐私政策\n\n详情请参阅本政策附件1）。\n\n3）我们会保护您的信息。\n",
        # a clause number, not a label: 第1）条
        "隐私政策\n\n详见第1）条。\n\n2）我们会保护您的信息。\n",
    ],
)
def test_a_lone_bracket_stays(tmp_path: Path, text: str) -> None:
    assert _brackets(tmp_path, "p.txt", text) == [3]


def test_round53q_ewangshenghuo_run_in_labels() -> None:
    from policylens.check import CheckOptions, check_file

    report = check_file(str(_ROUND / "ewangshenghuo-taro" / "index.jsx"), CheckOptions(no_config=True))
    assert not [f for f in report.findings if f.rule == "bracket-unbalanced"]  # L198, L216 「…服务1）…」
    assert [f.line for f in report.findings if f.rule.startswith("placeholder")] == [58]  # 「发送邮件至XX咨询」 still found


# --- 4. an officer's label over its channels; one-character options ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "p.txt",
            "隱私權政策\n\n公司名稱：晴天網路股份有限公司\n統一編號：12345678\n個資保護負責人：\n電子郵件：privacy@qingtian.com.tw\n電話：02-8765-4321\n\n我們蒐集您的手機號碼。\n",
        ),
        (
            "p.txt",
            "隐私政策\n\n公司名称：晴天网络科技有限公司\n统一社会信用代码：91310000123456789X\n数据保护官：\n电子邮箱：privacy@qingtian.cn\n电话：021-55556666\n\n我们收集您的手机号码。\n",
        ),
        (
            "p.md",
            "# Privacy Policy 隐私政策\n\n- Company: Qingtian Ltd\n- Data Protection Officer:\n- Email: privacy@qingtian.cn\n- Phone: 021-55556666\n\n我们收集您的手机号码。\n",
        ),
    ],
)
def test_officer_label_over_its_channels_is_their_lead_in(tmp_path: Path, name: str, text: str) -> None:
    assert [f for f in _placeholders(tmp_path, name, text) if f[1] == "placeholder-empty"] == []


def test_a_contact_persons_empty_name_stays(tmp_path: Path) -> None:
    text = "隐私政策\n\n公司名称：晴天网络科技有限公司\n联系人：\n电话：021-55556666\n邮箱：privacy@qingtian.cn\n\n我们收集您的手机号码。\n"
    assert _placeholders(tmp_path, "p.txt", text) == [(4, "placeholder-empty")]


@pytest.mark.parametrize("label", ["项目负责人", "客服负责人", "負責人"])
def test_a_person_in_charge_left_empty_stays(tmp_path: Path, label: str) -> None:
    """(u54r review) only an office of data protection or privacy is its channels' lead-in: a person in charge
    (「项目负责人：」) left empty between filled fields is a name missing (base54's finding, lost on lead54 f0130f6a)."""
    text = (
        f"隐私政策\n\n公司名称：晴天网络科技有限公司\n{label}：\n电话：021-55556666\n邮箱：privacy@qingtian.cn\n\n我们收集您的手机号码。\n"
    )
    assert _placeholders(tmp_path, "p.txt", text) == [(4, "placeholder-empty")]


def test_one_character_options_after_a_label_stay_a_slot(tmp_path: Path) -> None:
    text = "隐私政策\n\n我们收集您的昵称和性别。\n\n用户性别：[男/女/其他]\n\n我们每[日/周/月]备份一次数据。\n"
    assert _placeholders(tmp_path, "p.txt", text) == [(5, "placeholder-instruction"), (7, "placeholder-instruction")]


@pytest.mark.parametrize(
    "text",
    [
        "**联系邮箱：**\n\n如有疑问，请发送邮件至联系邮箱，我们将在15日内回复。\n",
        "**客服信箱：**\n\n如有任何問題，請寄信到信箱，我們將儘速回覆。\n",
        "<p><strong>官方網站：</strong></p>\n<p>如需協助，請透過網站與我們聯絡，我們將儘速回覆。</p>\n",
        # (u54r2) English: the channel used ("send an email", "by phone", "via our website"), not the subject of a heading
        "**Email:**\n\nPlease send an email to us and we will reply within 15 days.\n",
        "**Phone:**\n\nYou can reach our support team by phone on weekdays.\n",
        "**Email:**\n\nYou may also reach our team via email, and we will reply soon.\n",
    ],
)
def test_a_bold_label_over_a_sentence_using_its_channel_stays(tmp_path: Path, text: str) -> None:
    """(u54r review) a sentence below the bold label that sends or reaches through the channel (「发送邮件至联系邮箱」,
    「寄信到信箱」, 「透過網站」) uses it, not shows it: the label stays an empty field (on lead54 f0130f6a it was read as a run-in
    heading and the base's finding was lost)."""
    name = "policy.html" if text.startswith("<p>") else "policy.md"
    head = "<h1>隱私權政策</h1>\n<p>最後更新：2025年1月1日</p>\n" if name.endswith(".html") else "# 隐私政策\n\n更新日期：2025年1月1日\n\n"
    if text.isascii():
        head = "# Privacy Policy\n\nLast updated: 1 January 2025\n\n"
    found = _placeholders(tmp_path, name, head + text)
    assert [kind for _, kind in found] == ["placeholder-empty"], found


@pytest.mark.parametrize(
    "text",
    [
        "**Website:**\n\nThis policy covers the information collected by our website and our apps.\n",
        "**Website:**\n\nThis policy applies to our website and every service we offer.\n",
    ],
)
def test_an_english_bold_label_over_its_subject_stays_a_heading(tmp_path: Path, text: str) -> None:
    """(u54r2) the site named as the collector or the subject ('collected by our website') is a run-in heading's subject,
    not a channel used: no finding."""
    found = _placeholders(tmp_path, "policy.md", "# Privacy Policy\n\nLast updated: 1 January 2025\n\n" + text)
    assert found == [], found
