"""A Vue UI kit's description item: its label read before its content (u61r, issue #14; from spent sets, not blind).

「<el-descriptions-item label="電子郵件">support@ilive.com</el-descriptions-item>」 (and <a-descriptions-item>,
<n-descriptions-item>, PascalCase <ElDescriptionsItem>) is a row 「電子郵件：support@ilive.com」, a line of its own at the
item's place (`load.html.nav_bars.item_label`).  Before, the labels were dropped and the rows ran into one line
(eval/blind/round58q ilive-tw-vue: 「support@ilive.com 0800-000-000台中市…」, no contact labelled).  A form's item
(<el-form-item label>: an input's label), a bound or interpolated label and a self-closed item stay as before.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from parse_helpers import parse_path, parse_string


def _page(items: str) -> str:
    return f"""<template>
  <div>
    <h2>聯繫我們</h2>
    <p>如有任何問題，請透過以下方式聯繫我們：</p>
    <el-descriptions :column="1" border>
{items}
    </el-descriptions>
    <p>我們會在十五個工作日內回覆。</p>
  </div>
</template>
"""


_ITEMS = """      <el-descriptions-item label="電子郵件">
        <el-link href="mailto:privacy@yunfan.tw">privacy@yunfan.tw</el-link>
      </el-descriptions-item>
      <el-descriptions-item label="客服電話">02-2345-6789</el-descriptions-item>"""


def _lines(text: str) -> list[tuple[int, str]]:
    doc = parse_string(text, ".vue")
    return [(p.line, p.text) for s in doc.sections for p in s.paragraphs]


def test_each_item_is_its_label_and_its_content() -> None:
    lines = _lines(_page(_ITEMS))
    assert (6, "電子郵件：privacy@yunfan.tw") in lines
    assert (9, "客服電話：02-2345-6789") in lines
    assert lines[-1] == (11, "我們會在十五個工作日內回覆。")


@pytest.mark.parametrize("tag", ["a-descriptions-item", "n-descriptions-item", "ElDescriptionsItem"])
def test_other_kits_alike(tag: str) -> None:
    items = _ITEMS.replace("el-descriptions-item", tag)
    assert (9, "客服電話：02-2345-6789") in _lines(_page(items))


@pytest.mark.parametrize(
    ("item", "shown"),
    [
        ('<el-descriptions-item :label="emailLabel">privacy@yunfan.tw</el-descriptions-item>', "privacy@yunfan.tw"),
        ('<el-descriptions-item label="{{ t.email }}">privacy@yunfan.tw</el-descriptions-item>', "privacy@yunfan.tw"),
    ],
)
def test_a_bound_label_is_not_read(item: str, shown: str) -> None:
    lines = [t for _, t in _lines(_page("      " + item))]
    assert shown in lines and not any("：" + shown in t for t in lines)


def test_a_form_item_label_stays_out() -> None:
    form = """<template>
  <el-form :model="form">
    <el-form-item label="手機號碼">
      <el-input v-model="form.phone" placeholder="請輸入手機號碼" />
    </el-form-item>
    <el-form-item label="電子郵件"><el-input v-model="form.email" /></el-form-item>
  </el-form>
  <p>我們僅將您填寫的聯絡方式用於回覆您的問題。</p>
</template>
"""
    texts = " ".join(t for _, t in _lines(form))
    assert "手機號碼" not in texts and "電子郵件" not in texts


def test_ilive_contacts_are_labelled() -> None:
    doc = parse_path(ROOT / "eval/blind/round58q/dev/ilive-tw-vue/Privacy.vue")
    lines = [(p.line, p.text) for s in doc.sections for p in s.paragraphs]
    assert (52, "電子郵件：support@ilive.com") in lines
    assert (55, "客服電話：0800-000-000") in lines
    assert (58, "聯繫地址：台中市西屯區文華路100號") in lines
