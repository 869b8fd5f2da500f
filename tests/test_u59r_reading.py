"""Issue #14 (u59r): what the profile matcher reads and where it looks (classes from spent sets; not blind).

1. A heading that names one contact field over a body that is only its value (「1、公司名称」 over the company's name) reads
   with it as one statement, 「公司名称：…」; a contact block of such fields reads as one section (the name and the phone
   of sibling headings together), cited at the value.  A heading alone never covers: not over an empty body, a sentence,
   two paragraphs, nor a topic heading (「关于我们」), nor under a third party's heading.
2. An accordion page, `{open === section.id && (<div>{section.content}</div>)}`: the page state equal to the item's id is a
   test every item passes (each body can be opened), so the `sections` array is read; `!==`, a constant, two fields of the
   item stay unread, with the warning.
3. A numbered line that lists a form's fields, 「甲、包含患者姓名/身分證字號/出生年月日/電話/電子郵件」, is a list's entry, not a
   heading; 「（5）含有色情、暴力、恐怖内容」 over its items stays a title.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from parse_helpers import parse_string
from profile_helpers import file_verdict, profile_verdict

_BLOCK = "## 八、如何联系到我们\n\n### 1、公司名称\n\n星河数据科技有限公司\n\n### 2、联系电话\n\n010-12345678\n"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    ("text", "line"),
    [
        (_BLOCK, 7),
        ("## 联系我们\n\n### 公司名称\n\n星河数据科技有限公司\n\n### 注册地址\n\n北京市海淀区中关村大街1号\n", 7),
        # a heading alone covers nothing: an empty body, a sentence, two paragraphs, a topic heading, a third party's block
        ("## 联系我们\n\n### 公司名称\n\n### 联系电话\n\n010-12345678\n", None),
        ("## 联系我们\n\n### 公司名称\n\n我们是一家热爱技术的团队。\n\n### 联系电话\n\n010-12345678\n", None),
        ("## 联系我们\n\n### 公司名称\n\n星河数据科技有限公司\n\n另有分公司。\n\n### 联系电话\n\n010-12345678\n", None),
        ("## 联系我们\n\n### 关于我们\n\n星河数据科技有限公司\n\n### 联系电话\n\n010-12345678\n", None),
        ("## 第三方服务\n\n### 公司名称\n\n星河数据科技有限公司\n\n### 联系电话\n\n010-12345678\n", None),
        ("## 目录\n\n- 公司名称\n- 联系电话\n\n## 联系我们\n\n如有问题请联系我们。\n", None),
    ],
)
def test_a_contact_field_heading_reads_with_its_value(text: str, line: int | None, item: str) -> None:
    found = profile_verdict(text, item)
    assert (found.status, found.evidence.line if found.evidence else None) == ("covered" if line else "missing", line)


def test_tizhong_company_under_a_name_heading() -> None:
    path = ROOT / "eval/precision57/tizhong-zh-txt/privacy_policy.txt"
    assert file_verdict(path, "cn-pipl/processor") == ("covered", 40)
    assert file_verdict(path, "cn-gbt35273/identity-contact") == ("covered", 40)


_ACCORDION = """import { useState } from 'react';

export function PrivacyPage() {
  const [open, setOpen] = useState<string | null>('a');
  const LIMIT = 'a';
  const sections = [
    { id: 'a', title: '一、信息收集', icon: <Shield size={18} />, content: `我们收集您的手机号码和电子邮箱地址，用于注册登录和身份验证。` },
    { id: 'b', title: '二、信息存储', icon: <Shield size={18} />, content: `您的个人信息保存至您注销账号之日，注销后我们将在15日内删除。` },
  ];
  return (
    <div>
      <h1>隐私政策</h1>
      {sections.map((section) => (
        <div key={section.id}>
          <button onClick={() => setOpen(open === section.id ? null : section.id)}>
            <span>{section.icon}</span>
            <span>{section.title}</span>
          </button>
          {TEST && (
            <div className="body">
              {section.content}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
"""


@pytest.mark.parametrize(
    ("test", "read"),
    [
        ("open === section.id", True),
        ("section.id === open", True),
        ("open == section.id", True),
        # shown while closed, a constant of the page, two fields of the item, a field holding no string: not read
        ("open !== section.id", False),
        ("LIMIT === section.id", False),
        ("section.title === section.id", False),
    ],
)
def test_an_accordion_shows_every_section(test: str, read: bool) -> None:
    doc = parse_string(_ACCORDION.replace("TEST", test), suffix=".tsx")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert any("手机号码" in t for t in texts) is read
    assert any("is not read" in w for w in doc.warnings) is not read


def test_tuandui_sections_array_is_read() -> None:
    path = ROOT / "eval/profiles57q/docs/tuandui-zh/PrivacyPage.tsx"
    assert file_verdict(path, "cn-gbt35273/copy") == ("covered", 58)
    assert file_verdict(path, "cn-pipl/rights") == ("covered", 62)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("甲、包含患者姓名/身分證字號/出生年月日/電話/電子郵件", False),
        ("1. 包括姓名／电话／电子邮箱", False),
        # a group's title (entries cut by 、), a title with one field
        ("（5）含有色情、暴力、恐怖内容", True),
        ("甲、包含的个人信息", True),
    ],
)
def test_a_numbered_list_of_fields_is_no_heading(line: str, heading: bool) -> None:
    text = f"<html><body><h1>隐私政策</h1><h3>患者資訊收集和使用目的</h3><p>{line}</p><h3>醫療資訊</h3><p>手術日期與手術醫師。</p></body></html>"
    doc = parse_string(text, suffix=".html")
    assert (line in [s.title for s in doc.sections]) is heading


def test_mentor_categories_line() -> None:
    path = ROOT / "eval/profiles57q/docs/mentor-tw/WarrantyAgreement.svelte"
    assert file_verdict(path, "tw-pdpa/categories") == ("covered", 137)
