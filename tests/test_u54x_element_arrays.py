"""u54x class 1: an array of elements (and strings) handed to a component, 「<UL items={[<><b>會員註冊</b>：姓名…</>, …]} />」
with `UL` declared in the page and mapping its prop into `<li>`s, read at each element's own line (items), where before
it was only warned of (u53h, eval/precision37 redcode-privacy-hk-tsx).  Every text below is invented; the real
documents stay as regressions at the end."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_UL = """function UL({ items }: { items: React.ReactNode[] }) {
  return (
    <ul className="list-disc">
      {items.map((it, i) => (
        <li key={i}>{it}</li>
      ))}
    </ul>
  );
}
"""


def _page(items: str, component: str = _UL, tag: str = "UL", prop: str = "items") -> str:
    return f"""{component}
export default function Privacy() {{
  return (
    <main>
      <h1>隱私權政策</h1>
      <h2>一、我們蒐集的資料</h2>
      <{tag}
        {prop}={{[
{items}
        ]}}
      />
      <h2>二、聯絡我們</h2>
      <p>如對本政策有任何疑問，請以電子郵件與我們聯絡，我們將於十個工作天內回覆。</p>
    </main>
  );
}}
"""


_ELEMENTS = """          <>
            <b>會員註冊</b>：姓名、電話號碼及電子郵件地址，用於建立及管理您的帳號
          </>,
          <>
            <b>訂單資料</b>：商品、數量及收件地址，用於安排出貨及售後服務
          </>,
          '我們不會蒐集您的信用卡號碼或銀行帳戶密碼，付款由支付服務商處理。',"""


def _paragraphs(doc):  # type: ignore[no-untyped-def]
    return [(p.line, p.kind, p.text) for s in doc.sections for p in s.paragraphs]


def test_element_array_to_a_local_list_component_is_read_as_items_at_their_lines(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Privacy.tsx", _page(_ELEMENTS))
    shown = _paragraphs(doc)
    items = [(line, text) for line, kind, text in shown if kind == "item"]
    assert [line for line, _ in items] == [19, 22, 24]  # (the text's own lines: 「<b>會員註冊</b>」, 「<b>訂單資料</b>」, the string)
    assert items[0][1].startswith("會員註冊") and "建立及管理您的帳號" in items[0][1]
    assert items[2][1].startswith("我們不會蒐集您的信用卡號碼")
    assert not doc.warnings
    titles = [s.title for s in doc.sections if s.title]
    assert titles == ["一、我們蒐集的資料", "二、聯絡我們"]


def test_one_string_given_to_a_local_list_component_is_an_item(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Privacy.tsx", _page("          '發送優惠活動、直播預告及新品資訊——詳情請見第七節「行銷訊息」',"))
    assert [(kind, text[:6]) for _, kind, text in _paragraphs(doc)][:1] == [("item", "發送優惠活動")]


def test_an_imported_component_given_elements_reads_them_as_paragraphs(tmp_path: Path) -> None:
    page = "import { Notes } from '@/components/Notes'\n" + _page(_ELEMENTS, component="", tag="Notes", prop="notes")
    doc = parse_file(tmp_path, "Privacy.tsx", page)
    kinds = [kind for _, kind, text in _paragraphs(doc) if "會員註冊" in text or "訂單資料" in text]
    assert kinds == ["paragraph", "paragraph"]
    assert not doc.warnings


def test_short_labels_given_to_a_local_list_component_are_not_read(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Privacy.tsx", _page("          '首頁',\n          '關於我們',\n          '聯絡方式',"))
    assert not [text for _, kind, text in _paragraphs(doc) if text in ("首頁", "關於我們", "聯絡方式")]


def test_strings_to_a_local_component_that_lists_nothing_are_left_to_the_array_reader(tmp_path: Path) -> None:
    tags = "function Tags({ items }) {\n  return <span>{items.join(' ')}</span>;\n}\n"
    doc = parse_file(
        tmp_path, "Privacy.tsx", _page("          '發送優惠活動、直播預告及新品資訊——詳情請見第七節',", component=tags, tag="Tags")
    )
    assert not any("發送優惠活動" in text for _, _, text in _paragraphs(doc))


def test_an_array_of_icons_is_neither_read_nor_warned_of(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Privacy.tsx", _page('          <Icon name="a" />,\n          <Icon name="b" />,'))
    assert not doc.warnings
    assert [s.title for s in doc.sections if s.title] == ["一、我們蒐集的資料", "二、聯絡我們"]


def test_an_entry_that_is_code_leaves_the_array_unread_and_said_so(tmp_path: Path) -> None:
    items = _ELEMENTS + "\n          renderExtra(),"
    doc = parse_file(tmp_path, "Privacy.tsx", _page(items))
    assert any("an array of elements (items=): that text is not read" in w for w in doc.warnings)
    assert not any("會員註冊" in text for _, _, text in _paragraphs(doc))


def test_redcode_privacy_reads_every_array_of_elements() -> None:
    doc = parse_path(_ROOT / "eval/precision37/redcode-privacy-hk-tsx/Privacy.tsx")
    assert not [w for w in doc.warnings if "array of elements" in w]
    shown = _paragraphs(doc)
    assert next((line, kind) for line, kind, text in shown if text.startswith("會員註冊")) == (97, "item")
    assert any(line == 185 and kind == "item" for line, kind, _ in shown)  # (a one-string array, 4.2)
    assert any(line == 278 and text.startswith("我哋第一次向你發送推廣訊息時") for line, _, text in shown)  # (mixed)
    assert len([s for s in doc.sections if s.title]) == 23


def test_redcode_terms_reads_every_array_of_elements() -> None:
    doc = parse_path(_ROOT / "eval/precision37/redcode-terms-hk-tsx/Terms.tsx")
    assert not [w for w in doc.warnings if "array of elements" in w]


def _constants_page(extra: str = "") -> str:
    return (
        _UL
        + """
const COLLECTED = [
  <>
    <b>會員註冊</b>：姓名、電話號碼及電子郵件地址，用於建立及管理您的帳號
  </>,
  '我們不會蒐集您的信用卡號碼或銀行帳戶密碼，付款由支付服務商處理。',
];

const RIGHTS: string[] = [
  '查詢或請求閱覽您的個人資料，我們將於十五日內回覆。',
  '請求補充或更正您的個人資料，我們將於三十日內處理。',
];

export default function Privacy() {
  return (
    <main>
      <h1>隱私權政策</h1>
      <h2>一、我們蒐集的資料</h2>
      <UL items={COLLECTED} />
      <h2>二、您的權利</h2>
      <UL items={RIGHTS} />
"""
        + extra
        + """      <h2>三、聯絡我們</h2>
      <p>如對本政策有任何疑問，請以電子郵件與我們聯絡，我們將於十個工作天內回覆。</p>
    </main>
  );
}
"""
    )


def test_constants_given_to_a_local_list_component_twice_are_read_where_it_stands(tmp_path: Path) -> None:
    """A list component of the page given two declared arrays: neither was read (`props._prop_source` takes one
    source), and the element of the first was read as a stray paragraph at the top of the page."""
    doc = parse_file(tmp_path, "Privacy.tsx", _constants_page())
    by_section = [(s.title, [(p.line, p.kind, p.text[:4]) for p in s.paragraphs]) for s in doc.sections if s.title or s.paragraphs]
    assert by_section[0] == ("一、我們蒐集的資料", [(13, "item", "會員註冊"), (15, "item", "我們不會")])
    assert by_section[1] == ("二、您的權利", [(19, "item", "查詢或請"), (20, "item", "請求補充")])
    assert not doc.warnings


def test_a_constant_the_page_also_maps_is_left_to_the_page(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Privacy.tsx", _constants_page("      <ol>{RIGHTS.map((r) => <li key={r}>{r}</li>)}</ol>\n"))
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts.count("查詢或請求閱覽您的個人資料，我們將於十五日內回覆。") == 1  # (the page's own map: read once)


def test_text_after_an_element_across_a_line_break_joins_as_jsx_shows_it(tmp_path: Path) -> None:
    """JSX drops the blanks of a line break next to a tag: 「<b>會員註冊</b>⏎：姓名…」 shows 「會員註冊：姓名…」 (the renderer
    wrote a space there); two lines of one text are joined by a space, and a blank on the tag's own line is kept."""
    items = """          <>
            <b>會員註冊</b>
            ：姓名、電話號碼及電子郵件地址，用於建立及管理您的帳號
          </>,
          <>
            <b>Sign up</b> with your name
            and e-mail address so that we can manage your account.
          </>,"""
    doc = parse_file(tmp_path, "Privacy.tsx", _page(items))
    texts = [p.text for s in doc.sections for p in s.paragraphs if p.kind == "item"]
    assert texts == [
        "會員註冊：姓名、電話號碼及電子郵件地址，用於建立及管理您的帳號",
        "Sign up with your name and e-mail address so that we can manage your account.",
    ]
