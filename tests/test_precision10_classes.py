"""False-finding classes of `check` found on unseen published policies (issue #11, eval/precision10).

Twenty-seven published policies were checked at eb7f9fe and every finding judged by hand
before any fix (`eval/precision10/judgments.json`).  Each false class is reproduced here on
a small file written for it, both ways: the false finding is gone, and the true finding of
the same rule, in a shape close to it, is kept.

- bracket-unbalanced: a dotted clause number as a list label (「2.1）為提供…」 opening a
  paragraph, 「6.1）…：<br>6.1.1）…；<br>6.1.2）…」 read as one paragraph) was taken for half a
  bracket: 40 warnings on a Hong Kong retailer's two pages;
- regional-vocabulary: 交互運用 (Taiwan statutory wording for the cross-use of customer data)
  was reported as the mainland 交互 "interaction";
- date-format: a notice dated 「公告日期：2017-12-27」 (its announcement date), and a policy
  with no title that ends with its signature and date (「FunnySaltyFish 2021/12/26」), were
  reported as having no date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.model import Finding


def _findings(tmp_path: Path, text: str, rule: str, suffix: str = "md") -> list[Finding]:
    """The findings of `rule` when `check` runs (all rules) on `text` written as policy.SUFFIX."""
    path = tmp_path / f"policy.{suffix}"
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f for f in report.findings if f.rule == rule]


# --- bracket-unbalanced: a dotted clause number is a list label ------------------------------

_RETAILER = """<html><body><h3>個人資料(私隱)政策聲明</h3>
<p>生效日期：2024年1月1日</p>
<p><span class="d"><br>2.1）為提供本公司的產品及服務，閣下會被要求提供個人資料（包括姓名）。</span></p>
<p><span class="d">2.2）我們會要求閣下提供以下個人資料。</span></p>
<p><span class="d"><br>6.1）閣下有權知道 :<br>
&nbsp;&nbsp;6.1.1）本公司之私隱政策；<br>
&nbsp;&nbsp;6.1.2）本公司是否持有閣下任何之個人資料；及<br>
&nbsp;&nbsp;6.1.3）本公司持有個人資料之種類。<br>
</span></p>
<p>如有疑問，請電郵至 privacy@example.hk。</p>
</body></html>
"""


def test_a_dotted_clause_number_is_a_list_label(tmp_path: Path) -> None:
    assert _findings(tmp_path, _RETAILER, "bracket-unbalanced", "html") == []


def test_a_dotted_clause_number_opening_a_markdown_paragraph_is_a_label(tmp_path: Path) -> None:
    text = "# 私隱政策\n\n生效日期：2024年1月1日\n\n3.5）遵守香港之任何法例。\n\n12.10.2）其他用途。\n"
    assert _findings(tmp_path, text, "bracket-unbalanced") == []


@pytest.mark.parametrize(
    "line",
    [
        "服務費用為 3.5）元，按月收取。",  # a number mid-sentence, no list
        "請參閱版本 2.1）的說明。",  # after a space, but no 2.2） or 2.0） anywhere
        "詳見第2.1）條之規定。",  # 第 before it: a clause reference, not a label
        "我們會保存資料（詳見 2.1 節。",  # an opener never closed
    ],
)
def test_a_stray_bracket_near_a_dotted_number_is_still_reported(tmp_path: Path, line: str) -> None:
    text = f"# 私隱政策\n\n生效日期：2024年1月1日\n\n{line}\n"
    found = _findings(tmp_path, text, "bracket-unbalanced")
    assert [f.line for f in found] == [5], found


# --- regional-vocabulary: 交互運用 is Taiwan statutory wording --------------------------------


def test_cross_use_of_customer_data_is_taiwan_wording(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n生效日期：2024年1月1日\n\n（三）對象：本單位之共同行銷、交互運用客戶資料公司、合作推廣單位。\n\n資料之交互作用與交互參照，依個人資料保護法辦理。\n"
    assert _findings(tmp_path, text, "regional-vocabulary") == []


def test_the_mainland_interaction_is_still_reported(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n生效日期：2024年1月1日\n\n本網站提供良好的人機交互體驗，並蒐集您的個人資料。\n"
    assert [f.excerpt for f in _findings(tmp_path, text, "regional-vocabulary")] == ["交互"]


# --- date-format: an announcement date and a signature date are the policy's date ------------

_UNDATED = "找不到生效日期或最後更新日期"


@pytest.mark.parametrize("line", ["公告日期：2017-12-27 電話：06-7228488", "公告日期：2017年12月27日", "本告知事項於2017年12月27日公告。"])
def test_an_announcement_date_is_the_policys_date(tmp_path: Path, line: str) -> None:
    text = f"# 個人資料保護法告知事項\n\n本單位重視您的個人資料，依個資法第八條告知如下。\n\n{line}\n"
    assert _findings(tmp_path, text, "date-format") == []


def test_a_signature_date_ends_a_policy_without_a_title(tmp_path: Path) -> None:
    text = (
        "您好，欢迎使用由某某（下称“开发者”）开发的某应用（下称“本应用”）\n我们建议您在开始使用之前，完整阅读并熟悉该隐私政策。\n\n"
        "1.本应用尊重并保护所有用户的个人隐私权。\n2.本应用不会收集您的个人信息。\n\n如有疑问，请通过应用内反馈联系开发者。\n\n某某开发者 2021/12/26\n"
    )
    assert _findings(tmp_path, text, "date-format", "txt") == []


@pytest.mark.parametrize(
    "text",
    [
        # no title, a date in the middle of the text and a sentence at the end: no policy date
        "您好，欢迎使用本应用。\n\n2021/12/26\n\n1.本应用尊重您的隐私。\n\n2.本应用不会收集个人信息。\n\n3.如有疑问请联系我们。\n",
        # no title, the last line a sentence that mentions a date
        "您好，欢迎使用本应用。\n\n1.本应用尊重您的隐私。\n\n本应用于2021年12月26日上线，我们不会收集个人信息。\n",
        # 公告 with no date near it
        "# 隱私權政策\n\n本政策如有修改，將於網站公告。\n\n我們會蒐集您的姓名。\n",
    ],
)
def test_an_undated_policy_is_still_reported(tmp_path: Path, text: str) -> None:
    found = _findings(tmp_path, text, "date-format", "txt")
    assert len(found) == 1 and found[0].message in (_UNDATED, "找不到生效日期或最后更新日期"), found


# --- placeholder-empty: a short value that ends its line is no empty field ---------------------
# (the held-out batch: a Markdown SDK list in a blockquote, whose lines Markdown joins with no space,
# so 「> SDK 名称：支付宝」 + 「> 公司名称：…」 read 「名称：支付宝公司名称：」, a label followed by the next one)

_SDK_QUOTE = """# 隐私政策

更新日期：2024年1月1日

支付服务类 SDK：

> SDK 名称：微信开放平台
公司名称：腾讯科技（深圳）有限公司
>
> SDK 名称：支付宝
> 公司名称：支付宝（中国）网络技术有限公司
> 使用目的：支付
> 隐私协议：https://opendocs.alipay.com/open/54/01g6qm
"""


def test_a_short_value_ending_its_line_is_a_value(tmp_path: Path) -> None:
    assert _findings(tmp_path, _SDK_QUOTE, "placeholder-empty") == []


def test_a_short_value_glued_to_the_next_label_on_its_line_is_a_value(tmp_path: Path) -> None:
    # 「名称：支付宝公司名称：某公司」 on one source line: since w11p only the words that qualify a label
    # (公司, 联系, 客服…) may stand between an empty label and the next, so 支付宝 is 名称's value
    text = "# 隐私政策\n\n更新日期：2024年1月1日\n\n名称：支付宝公司名称：某公司\n"
    assert _findings(tmp_path, text, "placeholder-empty") == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("联系方式：电话：邮箱：a@b.cn\n", 5),  # 电话： with the next field right after it on its line
        ("SDK名称：友盟；隐私说明：收集个人信息类型：设备信息\n", 5),  # 隐私说明： with the next field after it
    ],
)
def test_an_empty_field_before_the_next_one_is_still_reported(tmp_path: Path, text: str, line: int) -> None:
    found = _findings(tmp_path, f"# 隐私政策\n\n更新日期：2024年1月1日\n\n{text}", "placeholder-empty")
    assert [f.line for f in found] == [line], found
