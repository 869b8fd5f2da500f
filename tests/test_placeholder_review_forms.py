"""Placeholder forms an acceptance review found missed or doubled, each as a class.

- template variables glued to Chinese text (`\\w` matches Han, so `{company}` and
  `%COMPANY%` were found only between spaces or punctuation), and `{公司名称}`;
- English slots in angle and round brackets: `<Company Name>`, `<Email>`, `(insert … here)`;
- not slots: Windows variables (`%APPDATA%`), template syntax inside a code block, a masked
  name given as an example (「例如，“张某某”会显示为“张**”」), an HTML tag name (`<address>`);
- one defect, one finding: an instruction bracket that announces a sample value and the
  sample right after it (「（請填寫公司地址，例如）臺灣XX市XX區」).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _excerpts


@pytest.fixture
def _slots(tmp_path: Path):  # type: ignore[no-untyped-def]
    return lambda text: _excerpts(tmp_path, text)


@pytest.mark.parametrize(
    ("sentence", "slot"),
    [
        ("本应用由{company}运营。", "{company}"),
        ("客服邮箱为%EMAIL%。", "%EMAIL%"),
        ("本應用程式由%COMPANY%營運。", "%COMPANY%"),
        ("本服务由{公司名称}提供。", "{公司名称}"),
        ("本服务由 {公司名称} 提供。", "{公司名称}"),
        ("This service is operated by <Company Name>.", "<Company Name>"),
        ("Write to <Email> with your request.", "<Email>"),
        ("Our office is at <Hong Kong Address>.", "<Hong Kong Address>"),
        ("Our office is at (insert address here).", "(insert address here)"),
        ("Reach us at (enter your support e-mail here).", "(enter your support e-mail here)"),
        ("本应用由 [您的姓名/公司名] 开发。", "[您的姓名/公司名]"),
        ("支持页面：[您的支持页面URL]。", "[您的支持页面URL]"),
    ],
)
def test_glued_and_english_slots_are_found(_slots, sentence: str, slot: str) -> None:  # type: ignore[no-untyped-def]
    assert _slots(f"# 隐私政策\n\n## 一、联系我们\n\n{sentence}\n") == [slot]


@pytest.mark.parametrize(
    "sentence",
    [
        "日志保存在 %APPDATA%\\App\\logs 中，或 %LOCALAPPDATA% 下。",
        "例如，“张某某”会显示为“张**”。",
        "Use the <address> element for the postal address.",
        "请点击[您的头像](https://example.cn/me)查看资料。",  # a link whose text names the reader's avatar
        "您可以在[您的设置]中关闭通知。",  # the reader's own settings: no name, contact or page
    ],
)
def test_not_slots(_slots, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _slots(f"# 隐私政策\n\n## 一、说明\n\n{sentence}\n") == []


def test_template_syntax_in_a_code_block_is_code(_slots) -> None:  # type: ignore[no-untyped-def]
    text = '# 隐私政策\n\n## 一、接口\n\n请求示例：\n\n```json\n{"name": "{name}", "email": "${email}", "site": "{{site}}"}\n```\n'
    assert _slots(text) == []
    assert _slots(text.replace("```json\n", "").replace("```\n", "")) != []  # the same outside a code block is reported


def test_an_instruction_and_its_sample_value_are_one_finding(_slots) -> None:  # type: ignore[no-untyped-def]
    text = "# 隱私權政策\n\n## 一、聯絡\n\n公司地址：（請填寫公司地址，例如）臺灣XX市XX區。\n"
    assert _slots(text) == ["（請填寫公司地址，例如）"]
    two = "# 隱私權政策\n\n## 一、聯絡\n\n公司地址：（請填寫公司地址）臺灣XX市XX區。\n"
    assert len(_slots(two)) == 2  # without 例如 the filler is a slot of its own


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("商业发布前应补充监护人同意、客服反馈和注销删除流程。", True),
        ("这只是一个基本的用户协议和隐私政策的示例，请根据需要修改。", True),
        ("以上模版仅供参考。", True),
        ("本范本仅供参考。", True),
        ("以下示例仅供参考：您可以在设置中关闭个性化推荐。", False),  # an example the policy gives the reader
        ("我们会在商业化前评估数据处理的必要性。", False),  # no step left to the author
    ],
)
def test_template_disclaimers_and_release_notes_are_drafting_leftovers(_slots, sentence: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_slots(f"# 隐私政策\n\n## 一、说明\n\n{sentence}\n")) is found


@pytest.mark.parametrize(
    "text",
    [
        '## 数据导出\n\n```json\n{"name": "张三", "email": null, "address": null}\n```\n',  # a data sample in a code block
        "## 链接\n\n请访问[您的個人主頁](https://www.shop.com.tw/me)或[您的訂單連結](https://www.shop.com.tw/orders)。\n",
        "## Add-ons\n\nExtensions (Add-ons are managed here) may read pages.\n",
        '## 地区\n\n在"设置"-[地区]中选择您的地区。\n',
        "## Cookies\n\nValues such as `{sessionId}` are random.\n",
        "## Data\n\nYour email is stored as typed (for example <Name> fields are trimmed).\n",
        "## Devices\n\nThe app reads data only when you insert a memory card (insert the card here).\n",
    ],
)
def test_more_ordinary_text_is_not_a_slot(_slots, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _slots(f"# 隐私政策\n\n{text}") == []


def test_a_word_cross_reference_is_no_review_comment(tmp_path: Path) -> None:
    from test_placeholder_classes import _placeholders

    page = "<html><head><!--[if gte mso 9]><xml></xml><![endif]--></head><body><h1>隐私政策</h1><p>见附表[A1]，合作方详见[B2]。</p></body></html>"
    assert _placeholders(tmp_path, page, "html") == []
