"""u54k: a React page's mapped sections whose items carry an icon element beside their text (`icon: <FileText
className="…" />`, shown as `{section.icon}`), read as the page renders them (`load/jsx_data/renderer.py`
`_markup_field`).  eval/precision54 qimeng-tw-jsx's `sections` (1,047 Chinese characters) was left unread, with a
warning, because the icon is no string.  Every text below is invented; the real page stays as a regression at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_ITEMS = """
    {
      icon: <FileText className="w-5 h-5 text-orange" />,
      title: "一、適用範圍",
      content: "本政策適用於您使用本網站服務時提供的個人資料。",
      list: ["查詢或請求閱覽您的個人資料。", "請求刪除您的個人資料。"]
    },
    {
      icon: %s,
      title: "二、資料的蒐集",
      content: "我們僅蒐集提供服務所必要的資料。",
      bullets: [{ label: "會員資料", text: "姓名、電子郵件地址。" }]
    }
"""

_PAGE = """import React from 'react';
import { FileText, Users } from 'lucide-react';

export default function Policy() {
  const sections = [%s];
  return (
    <div>
      <h1>示例隱私權政策</h1>
      {sections.map((section, idx) => (
        <div key={idx}>
          <div className="head">
            <div className="icon">{section.icon}</div>
            <h2>{section.title}</h2>
          </div>
          <p>{section.content}</p>
          {section.bullets && (
            <div>
              {section.bullets.map((b, bIdx) => (
                <div key={bIdx}>
                  <span>✦ {b.label}</span>
                  <p>{b.text}</p>
                </div>
              ))}
            </div>
          )}
          {section.list && (
            <ul>
              {section.list.map((item, lIdx) => (
                <li key={lIdx}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
"""


def _page(icon: str) -> str:
    return _PAGE % (_ITEMS % icon)


@pytest.mark.parametrize("icon", ['<Users className="w-5 h-5" />', "<Users size={20} strokeWidth={2}/>", "<Users />"])
def test_icon_elements_are_shown_and_the_text_is_read(tmp_path: Path, icon: str) -> None:
    doc = parse_file(tmp_path, "Policy.jsx", _page(icon))
    assert [t for _, _, t in headings(doc)][-2:] == ["一、適用範圍", "二、資料的蒐集"]
    texts = paragraph_texts(doc)
    for sentence in (
        "本政策適用於您使用本網站服務時提供的個人資料。",
        "請求刪除您的個人資料。",
        "我們僅蒐集提供服務所必要的資料。",
        "姓名、電子郵件地址。",
    ):
        assert sentence in texts


@pytest.mark.parametrize(
    "icon",
    [
        "Users",  # a name: what it holds is not known here
        "makeIcon('users')",  # a call
    ],
)
def test_any_other_icon_value_leaves_the_array_unread(tmp_path: Path, icon: str) -> None:
    texts = " ".join(paragraph_texts(parse_file(tmp_path, "Policy.jsx", _page(icon))))
    assert "我們僅蒐集提供服務所必要的資料。" not in texts


@pytest.mark.parametrize("icon", ['<Users title="會員" />', "<span>會員</span>"])
def test_markup_written_in_the_array_is_read_in_place(tmp_path: Path, icon: str) -> None:
    # (u56j, `load/jsx_data/markup_fields.py`; u54k left the array unread) markup written in the array is read where it
    # is written, as the page reader reads any markup; the items' strings are read over it, where each item stands
    doc = parse_file(tmp_path, "Policy.jsx", _page(icon))
    assert [t for _, _, t in headings(doc)] == ["一、適用範圍", "二、資料的蒐集"]
    texts = paragraph_texts(doc)
    assert "我們僅蒐集提供服務所必要的資料。" in texts
    assert ("會員" in texts) == icon.startswith("<span")  # (a title attribute is no text of the page)


def test_a_field_that_is_markup_in_one_item_and_text_in_another_is_read_as_each_shows(tmp_path: Path) -> None:
    # (u56j; u54k left the array unread) the string 「圖示」 is what the page shows in the first item's icon box
    page = _page('<Users className="w-5" />').replace('icon: <FileText className="w-5 h-5 text-orange" />', 'icon: "圖示"')
    texts = paragraph_texts(parse_file(tmp_path, "Policy.jsx", page))
    assert "我們僅蒐集提供服務所必要的資料。" in texts and "圖示" in texts


def test_precision54_qimeng_is_read_in_full() -> None:
    doc = parse_path(_ROOT / "eval/precision54/qimeng-tw-jsx/PrivacyPolicy.jsx")
    titles = [t for _, _, t in headings(doc)]
    assert titles[:8] == [
        "一、 隱私權保護政策的適用範圍",
        "二、 個人資料的收集與使用方式",
        "三、 兒童及青少年之隱私特別保護",
        "四、 資料的保護與安全",
        "五、 資料對外提供與分享之政策",
        "六、 Cookie 之使用",
        "七、 當事人的權利（查閱、修正與刪除）",
        "八、 隱私權保護政策之修正",
    ]
    texts = paragraph_texts(doc)
    assert "請求製給複製本。" in texts
    assert "姓名、聯絡電話、電子郵件地址、通訊地址等。" in texts


_CARD_PAGE = """import React from 'react';
import { FileText, Users } from 'lucide-react';

function SectionCard({ section }) {
  return (
    <div className="card">
      <div className="icon">{section.icon}</div>
      <h2>{section.title}</h2>
      <p>{section.content}</p>
    </div>
  );
}

export default function Policy() {
  const sections = [
    { icon: <FileText className="w-5" />, title: "一、適用範圍", content: "本政策適用於您使用本網站服務時提供的個人資料。" },
    { icon: <Users className="w-5" />, title: "二、資料的蒐集", content: "我們僅蒐集提供服務所必要的資料。" },
  ];
  return (
    <div>
      <h1>示例隱私權政策</h1>
      {sections.map(MAP)}
    </div>
  );
}
"""


@pytest.mark.parametrize(
    "callback",
    [
        "(section, idx) => (\n        <SectionCard key={idx} section={section} />\n      )",
        "(section) => <SectionCard key={section.title} section={section} />",
        "section => <SectionCard section={section} />",
    ],
)
def test_a_page_name_handed_to_a_local_component_is_read(tmp_path: Path, callback: str) -> None:
    """(u54k) `{sections.map((section, idx) => <SectionCard key={idx} section={section} />)}`: a bare name of the page,
    with or without an index parameter, handed item by item to a component (u45k read only `data.sections`, one
    parameter)."""
    doc = parse_file(tmp_path, "Policy.jsx", _CARD_PAGE.replace("MAP", callback))
    assert [t for _, _, t in headings(doc)] == ["一、適用範圍", "二、資料的蒐集"]
    assert "我們僅蒐集提供服務所必要的資料。" in paragraph_texts(doc)


def test_a_component_with_children_is_still_not_followed(tmp_path: Path) -> None:
    callback = "(section, idx) => (\n        <SectionCard key={idx} section={section}>更多</SectionCard>\n      )"
    doc = parse_file(tmp_path, "Policy.jsx", _CARD_PAGE.replace("MAP", callback))
    assert "我們僅蒐集提供服務所必要的資料。" not in paragraph_texts(doc)
