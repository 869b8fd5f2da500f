"""u56j class 2: an array whose items' bodies are markup written in the array (`a: (<><p>…</p></>)`), shown by
`{sections.map((s) => (<div><h2>{s.q}</h2><div>{s.a}</div></div>))}`: its titles are read over the bodies, all of it
where the `.map` stands (`load/jsx_data/markup_fields.py`), in .tsx, .jsx and .js forms.  The real file
(eval/blind/round55q yuguo-tw-tsx) is kept as a regression case.  Every other text is invented."""

from __future__ import annotations

from pathlib import Path

from helpers import headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_PAGE = """const sections: { q: string; a: React.ReactNode }[] = [
  {
    q: '我們會蒐集什麼',
    a: (
      <>
        <p>只有你主動填在官網表單裡的東西：稱呼、聯絡方式與你描述的問題。</p>
      </>
    ),
  },
  {
    q: '存在哪裡、存多久',
    a: <p>保存到你要求刪除為止；最後一次聯繫後滿三年，我們會主動刪除。</p>,
  },
  {
    q: '你可以要求什麼',
    a: (
      <p>依個人資料保護法，你隨時可以要求查詢、閱覽、複製、更正、停止使用或刪除你的資料。</p>
    ),
    note: '請來信告知你的姓名與聯絡方式，我們會在收到後七個工作天內回覆你的請求。',
  },
];

export default function PrivacyPage() {
  return (
    <main>
      <h1>隱私權說明</h1>
      {sections.map((s) => (
        <section key={s.q}>
          <h2>{s.q}</h2>
          <div>{s.a}</div>
          {s.note && <p>提醒：{s.note}</p>}
        </section>
      ))}
    </main>
  );
}
"""
_TITLES = ["我們會蒐集什麼", "存在哪裡、存多久", "你可以要求什麼"]


def _check(tmp_path: Path, name: str, page: str, shift: int = 0) -> None:
    doc = parse_file(tmp_path, name, page)
    assert doc.metadata.title == "隱私權說明"  # (the page's own heading first, as the page shows it)
    assert [(line, t) for line, _, t in headings(doc)] == [(3 + shift, _TITLES[0]), (11 + shift, _TITLES[1]), (15 + shift, _TITLES[2])]
    bodies = {s.title: [p.text for p in s.paragraphs] for s in doc.sections}
    assert bodies[_TITLES[1]] == ["保存到你要求刪除為止；最後一次聯繫後滿三年，我們會主動刪除。"]
    assert (
        bodies[_TITLES[2]][-1] == "提醒：請來信告知你的姓名與聯絡方式，我們會在收到後七個工作天內回覆你的請求。"
    )  # (after the body written before it)
    assert not any("an array of its code" in w for w in doc.warnings)


def test_titles_over_markup_bodies_tsx(tmp_path: Path) -> None:
    _check(tmp_path, "page.tsx", _PAGE)  # base56: the three titles dropped, the bodies read with a warning


def test_titles_over_markup_bodies_jsx_and_js(tmp_path: Path) -> None:
    page = _PAGE.replace(": { q: string; a: React.ReactNode }[]", "")
    _check(tmp_path, "page.jsx", page)
    _check(tmp_path, "page.js", "import React from 'react';\n" + page, 1)  # (a .js file is JSX by its React import)


def test_a_body_computed_by_code_stays_unread_and_warned(tmp_path: Path) -> None:
    page = _PAGE.replace("a: <p>保存到你要求刪除為止；最後一次聯繫後滿三年，我們會主動刪除。</p>,", "a: answer(2),")
    doc = parse_file(tmp_path, "page.tsx", page)
    assert not any(t in _TITLES for _, _, t in headings(doc))
    assert any("an array of its code" in w for w in doc.warnings)


def test_yuguo_real_file_reads_its_questions() -> None:
    doc = parse_path(_ROOT / "eval/blind/round55q/holdout/yuguo-tw-tsx/page.tsx")
    titles = [(line, t) for line, _, t in headings(doc)]
    assert titles[:6] == [
        (18, "我們會蒐集什麼"),
        (36, "會用在哪裡"),
        (50, "存在哪裡、存多久"),
        (63, "你可以要求什麼"),
        (80, "不填會怎樣"),
        (89, "網站上的第三方服務"),
    ]
    assert not any("an array of its code" in w for w in doc.warnings)
    text = paragraph_texts(doc)
    assert text.index("依個人資料保護法，你隨時可以要求我們：") > text.index(
        "保存到你要求刪除為止；若最後一次聯繫後滿三年仍未有進一步往來，我們會主動刪除。"
    )
