"""placeholder-dummy-contact on ordinary text (a fresh-eyes review's false errors, kept silent):
real numbers whose digits happen to count up inside, the 555 exchange of a real area code, sample
numbers in form tips, a script key that only contains "tel" or "mobile", a product page named
示例, a mailbox that carries a ticket number, and "Your State" in US policies."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders


@pytest.mark.parametrize(
    "line",
    [
        "電話：(852) 2812 3456",
        "傳真：(852) 2345 6780",
        "WhatsApp：+852 5128 4567",
        "电话：+86 21 6258 4567",
        "Phone: +1 415 555 2671",
        "請輸入手機號碼，像是 0912-345-678。",
        "電話號碼請加上區碼，舉例來說 02-2345-6789。",
        "填写电话号码时，请参照：手机号码 13800138000 的格式填写。",
        "手机号码输入示意：13800138000。",
        '在"示例广场"浏览或分享作品。',
        "您在范例社区发布的模板仅自己可见。",
        "请发邮件至 ticket-1234567@help.example-support.cn 查询进度。",
        "Depending on Your State of residence, you may have additional rights.",
        "We may show offers relevant to Your City.",
    ],
)
def test_ordinary_text_is_no_dummy_contact(tmp_path: Path, line: str) -> None:
    found = _placeholders(tmp_path, f"# 隐私政策\n\n{line}\n")
    assert [f for f in found if f.rule == "placeholder-dummy-contact"] == []


def test_script_keys_name_a_phone_as_a_whole_word(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>隐私政策</h1><p>我们重视您的隐私。</p><script>var s = "
        '{"hotelCount":"1000000","contactId":"2000000","mobileUsers":"50000000","客服工作日":"9876543","servicePhone":"400-000-0000"};'
        "</script></body></html>\n"
    )
    found = [f for f in _placeholders(tmp_path, page, "html") if f.rule == "placeholder-dummy-contact"]
    assert [f.excerpt for f in found] == ["400-000-0000"]
