"""u57j task 1: a sidebar's `<h*>` over the policy's own sentences is a section heading (`load/html/aside_headings.py`),
whatever other headings the page has; a sidebar's table of contents or menu stays page chrome.  The chrome headings a
page with no other heading promotes are named by position, not by an index a `.map`'s inserted blocks shift.  The real
file (eval/profiles55q yuguo-tw, whose aside headings u56j's array titles turned into paragraphs) is the regression;
every other text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_file, parse_path
from policylens.load import load

_ROOT = Path(__file__).resolve().parent.parent

_MAIN = """export default function Page() {
  return (
    <section>
      <div>
        <h2>我們蒐集的資料</h2>
        <p>我們只蒐集你主動填寫在表單中的姓名與電子郵件地址，用於回覆你的詢問。</p>
      </div>
      <aside>
        <div className="card">
          <h2>個資聯絡窗口</h2>
          <p>資料蒐集者為本公司，統一由以下窗口受理，不另設專線。</p>
        </div>
ASIDE      </aside>
    </section>
  );
}
"""


def _blocks(tmp_path: Path, name: str, page: str) -> list[tuple[int, str, int | None, str]]:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return [(b.line, b.kind, b.level, b.text) for b in load(str(path)).parsed.blocks]


@pytest.mark.parametrize("name", ["page.tsx", "page.jsx"])
def test_an_aside_heading_over_a_sentence_is_a_heading(tmp_path: Path, name: str) -> None:
    doc = parse_file(tmp_path, name, _MAIN.replace("ASIDE", ""))
    assert [t for _, _, t in headings(doc)] == ["我們蒐集的資料", "個資聯絡窗口"]  # base57: the second a paragraph
    section = next(s for s in doc.sections if s.title == "個資聯絡窗口")
    assert [p.text for p in section.paragraphs] == ["資料蒐集者為本公司，統一由以下窗口受理，不另設專線。"]


def test_an_aside_heading_over_a_question_and_answer(tmp_path: Path) -> None:
    card = "        <div>\n          <h3>想先聊聊再留資料？</h3>\n          <p>可以。加 LINE 直接問，什麼都不用填寫任何資料。</p>\n        </div>\n"
    blocks = _blocks(tmp_path, "page.tsx", _MAIN.replace("ASIDE", card))
    assert [(kind, level, text) for _, kind, level, text in blocks if kind == "heading"][-2:] == [
        ("heading", 2, "個資聯絡窗口"),
        ("heading", 3, "想先聊聊再留資料？"),
    ]


@pytest.mark.parametrize(
    "card",
    [
        # a table of contents: the sections' titles as links
        '        <h2>目錄</h2>\n        <nav>\n          <a href="#a">我們蒐集的資料</a>\n          <a href="#b">個資聯絡窗口</a>\n        </nav>\n',
        # a menu of other pages
        '        <h3>相關頁面</h3>\n        <ul>\n          <li><a href="/terms">服務條款</a></li>\n          <li><a href="/cookies">Cookie 政策</a></li>\n        </ul>\n',
        # a label and a value, no sentence
        "        <h3>客服專線</h3>\n        <p>週一至週五 09:00-18:00</p>\n",
        # a sentence too short to be the policy's
        "        <h3>訂閱電子報</h3>\n        <p>歡迎訂閱。</p>\n",
    ],
)
def test_a_sidebar_menu_or_label_stays_chrome(tmp_path: Path, card: str) -> None:
    page = _MAIN.replace('        <div className="card">\n          <h2>個資聯絡窗口</h2>\n', "").replace(
        "          <p>資料蒐集者為本公司，統一由以下窗口受理，不另設專線。</p>\n        </div>\n", ""
    )
    blocks = _blocks(tmp_path, "page.tsx", page.replace("ASIDE", card))
    assert [text for _, kind, _, text in blocks if kind == "heading"] == ["我們蒐集的資料"]


def test_an_html_page_aside_over_the_policy_s_prose_is_a_heading_too(tmp_path: Path) -> None:
    """(u58l: an HTML page's sidebar the same way when its sentence speaks of personal data, `tests/test_u58l_aside_html.py`)"""
    html = "<html><body>" + _MAIN.split("return (")[1].split(");")[0].replace("ASIDE", "").replace("className", "class") + "</body></html>"
    blocks = _blocks(tmp_path, "page.html", html)
    assert [text for _, kind, _, text in blocks if kind == "heading"] == ["我們蒐集的資料", "個資聯絡窗口"]


_STALE = """const items = [
  '我們只蒐集你主動填寫在表單中的姓名與電子郵件地址，用於回覆你的詢問。',
  '我們不會把你的資料提供給其他公司，也不會用於廣告投放。',
  '你可以隨時來信要求查詢、更正或刪除你的資料，我們會在七日內回覆。',
];

export default function Page() {
  return (
    <div>
      <p>以下說明本站如何處理你的個人資料，請仔細閱讀。</p>
      {items.map((item) => (
        <p key={item}>{item}</p>
      ))}
      <aside>
        <h2>聯絡窗口</h2>
        <p>客服信箱</p>
      </aside>
    </div>
  );
}
"""


def test_a_page_with_only_chrome_headings_promotes_them_by_place(tmp_path: Path) -> None:
    """base57 promoted the chrome heading's block index after the `.map`'s three paragraphs were inserted above it:
    the array's first sentence became a heading, 「聯絡窗口」 stayed a paragraph."""
    blocks = _blocks(tmp_path, "page.tsx", _STALE)
    assert [(line, text) for line, kind, _, text in blocks if kind == "heading"] == [(15, "聯絡窗口")]
    assert sum(kind == "paragraph" for _, kind, _, _ in blocks) == 5


def test_yuguo_aside_headings_are_headings_again() -> None:
    doc = parse_path(_ROOT / "eval/profiles55q/docs/yuguo-tw/page.tsx")
    titles = [(line, t) for line, _, t in headings(doc)]
    assert titles[-2:] == [(125, "個資聯絡窗口"), (164, "想先聊聊再留資料？")]  # (as at cfcf1eb89; base57: paragraphs)
    assert [t for _, t in titles[:6]] == [
        "我們會蒐集什麼",
        "會用在哪裡",
        "存在哪裡、存多久",
        "你可以要求什麼",
        "不填會怎樣",
        "網站上的第三方服務",
    ]
    section = next(s for s in doc.sections if s.title == "個資聯絡窗口")
    assert section.paragraphs[1].text == "統一由以下窗口受理，不另設專線。"
