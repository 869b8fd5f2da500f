"""u56j class 4 (eval/profiles56p cihui-bil, m56p's blind set): a script whose policy is a `Record<Lang, string>` of a
Chinese prose literal and its English edition (`{ 'zh-CN': `《隐私政策》…`, 'en-US': `Privacy Policy…` }`) reads the
English edition too (`load.page_literals._edition_in_another_language`); before, only the Chinese literal was read and
the English one blanked without a word.  Forms in .ts and .js; an English literal that names no document (a prompt)
stays code.  Every text is invented."""

from __future__ import annotations

from pathlib import Path

from helpers import headings, paragraph_texts, parse_file

_ZH = """《隐私政策》
生效日期：2026-01-08

我们尊重并保护您的隐私。本政策说明我们收集哪些信息、如何使用这些信息以及您享有的权利。

一、我们收集的信息
1) 登录信息：当您登录时，我们会获取一个匿名化的用户标识，用于识别您的账户。
2) 使用记录：包括您查询的单词与学习进度，仅用于在不同设备之间同步与功能优化。
3) 设备信息：如设备型号、系统版本与应用版本，用于改进产品体验与修复问题。

二、我们如何使用这些信息
我们仅将上述信息用于提供、维护与改进服务，不会将您的个人信息出售给任何第三方。

三、数据存储与安全
我们仅在提供服务所必需的期限内保存您的数据，超期将删除或匿名化处理。我们采取加密传输与访问控制等措施保护您的数据安全。

四、联系我们
如有问题或建议，请通过邮箱 support@example.org 联系我们。"""
_EN = """Privacy Policy
Effective Date: 2026-01-08

We respect and protect your privacy. This policy explains what information we collect, how we use it, and your rights.

1. Information We Collect
Login information: when you sign in, we receive an anonymised user identifier used to recognise your account.
Usage records: the words you look up and your learning progress, used only to sync between your devices.

2. Data Storage and Security
We retain your data only as long as necessary to provide the service, then delete or anonymise it.

3. Contact Us
If you have questions or suggestions, please contact support@example.org."""


def _module(en: str, *, typed: bool = True) -> str:
    head = (
        "export type Lang = 'zh-CN' | 'en-US';\n\nexport const privacyText: Record<Lang, string> = {\n"
        if typed
        else ("export const privacyText = {\n")
    )
    return head + f"  'zh-CN': `{_ZH}`,\n\n  'en-US': `{en}`,\n}};\n"


def test_english_edition_of_a_prose_literal_is_read_ts(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "legalTexts.ts", _module(_EN))
    text = "\n".join(paragraph_texts(doc))
    assert "We retain your data only as long as necessary" in text  # base56: the English edition blanked, no warning
    assert any(t == "Privacy Policy" for _, _, t in headings(doc))
    assert "我们仅在提供服务所必需的期限内保存您的数据" in text
    assert "export type" not in text and "Record<" not in text


def test_english_edition_of_a_prose_literal_is_read_js(tmp_path: Path) -> None:
    text = "\n".join(paragraph_texts(parse_file(tmp_path, "legal.js", _module(_EN, typed=False))))
    assert "We retain your data only as long as necessary" in text


def test_an_english_literal_naming_no_document_stays_code(tmp_path: Path) -> None:
    prompt = _EN.replace("Privacy Policy\n", "You are a helpful assistant for a vocabulary app.\n", 1)
    text = "\n".join(paragraph_texts(parse_file(tmp_path, "legal.ts", _module(prompt))))
    assert "We retain your data" not in text and "我们仅在提供服务所必需的期限内保存您的数据" in text
