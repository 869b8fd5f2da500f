"""A mini-program page's document kept in its `data` (u61r, issue #14; from spent sets, not blind).

`Page({ data: { sections: [{ title, items }, …] } })` (and `Component({ data })`): the policy the WXML shows with
`wx:for`, read as the page shows it (`load.mini_page_data`): titles headings, items list items, in order, at their
lines; keys, ids, icons, routes, toasts, modal texts and button words stay out.  Before, the file was plain text, its
code lines paragraphs (eval/profiles60p jeffery-zh, held out: purposes missed; eval/precision38 carguide-privacy-js).
A menu, a settings list or a short feature grid in a page's data is left as it was.
"""

from __future__ import annotations

from conftest import ROOT
from parse_helpers import parse_string, shown_lines

_PAGE = """Page({
  data: {
    loading: false,
    updatedAt: '2026-08-02',
    sections: [
      {
        id: 'collect',
        icon: '/images/collect.png',
        title: '我们收集的信息',
        items: [
          '您主动填写的手机号码，用于注册和登录账号。',
          '您上传的照片，用于生成训练作品并在作品页展示。',
        ],
      },
      {
        id: 'use',
        icon: '/images/use.png',
        title: '信息如何使用',
        items: [
          '保存训练进度并展示您的成长记录，便于下次继续使用。',
          '我们不会将您的信息用于广告营销或任何商业推送。',
        ],
      },
      {
        id: 'contact',
        title: '联系我们',
        items: ['如有隐私相关问题，请发送邮件至 privacy@yunfan.cn 与我们联系。'],
      },
    ],
  },
  onAgree() {
    wx.showToast({ title: '已同意隐私政策', icon: 'success' })
  },
})
"""


def _read(text: str) -> list[tuple[int | None, str]]:
    return shown_lines(parse_string(text, ".js"))


def test_page_data_sections_are_read_as_the_page_shows_them() -> None:
    doc = parse_string(_PAGE, ".js")
    assert [(s.line, s.title) for s in doc.sections if s.title] == [(9, "我们收集的信息"), (18, "信息如何使用"), (26, "联系我们")]
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts[0] == "您主动填写的手机号码，用于注册和登录账号。"
    assert {p.kind for s in doc.sections for p in s.paragraphs} == {"item"}
    assert len(texts) == 5
    shown = " ".join(t for _, t in shown_lines(doc))
    for code in ("collect", "images", "showToast", "已同意隐私政策", "success", "loading", "Page"):
        assert code not in shown
    assert doc.metadata.updated is not None  # (the data's date field: no false "no date")


def test_component_data_is_read_alike() -> None:
    shown = _read(_PAGE.replace("Page({", "Component({", 1))
    assert (9, "我们收集的信息") in shown


def test_a_document_object_in_the_data_is_read() -> None:
    text = _PAGE.replace("    sections: [", "    policy: {\n      title: '隐私政策',\n      sections: [", 1).replace(
        "    ],\n  },\n  onAgree", "    ],\n    },\n  },\n  onAgree", 1
    )
    doc = parse_string(text, ".js")
    assert doc.metadata.title == "隐私政策"
    assert "我们收集的信息" in [s.title for s in doc.sections]


_MENU = """Page({
  data: {
    menus: [
      { title: '我的订单', path: '/pages/order/index', icon: 'order' },
      { title: '收货地址', path: '/pages/address/index', icon: 'address' },
      { title: '隐私政策', path: '/pages/privacy/index', icon: 'privacy' },
    ],
    features: [
      { title: '智能记账', desc: '自动分类每一笔支出' },
      { title: '预算提醒', desc: '超支时及时提醒你' },
    ],
  },
  onTap(e) { wx.navigateTo({ url: e.currentTarget.dataset.path }) },
})
"""


def test_a_menu_or_a_short_feature_grid_stays_as_it_was() -> None:
    doc = parse_string(_MENU, ".js")
    assert not [s for s in doc.sections if s.title]  # (plain text, as before: no heading made of a menu's words)
    assert any("path:" in p.text for s in doc.sections for p in s.paragraphs)


def test_a_call_of_another_name_is_no_page() -> None:
    for call in ("myPage({", "wx.Page({", "createPage({"):
        doc = parse_string(_PAGE.replace("Page({", call, 1), ".js")
        assert not [s for s in doc.sections if s.title], call


def test_data_arrays_that_are_not_prose_leave_the_page_as_it_was() -> None:
    text = _PAGE.replace("'您主动填写的手机号码，用于注册和登录账号。'", "'privacy.collect.phone'")
    doc = parse_string(text, ".js")
    # (an i18n key among the items: that array is no document; the others are too short together)
    assert "我们收集的信息" not in [s.title for s in doc.sections]


def test_the_held_out_mini_program_page_is_read() -> None:
    doc = parse_string((ROOT / "eval/profiles60p/docs/jeffery-zh/privacy.js").read_text(encoding="utf-8"), ".js")
    titles = [(s.line, s.title) for s in doc.sections if s.title]
    assert titles[0] == (5, "我们收集哪些信息") and titles[-1] == (29, "联系我们") and len(titles) == 6
    lines = shown_lines(doc)
    assert (15, "录音和录像用于训练打卡、作品回看和点评反馈") in lines
    assert not any("items:" in t or "title:" in t for _, t in lines)


def test_carguide_page_keeps_its_date() -> None:
    doc = parse_string((ROOT / "eval/precision38/carguide-privacy-js/privacy.js").read_text(encoding="utf-8"), ".js")
    assert len([s for s in doc.sections if s.title]) == 6
    assert doc.metadata.updated is not None
