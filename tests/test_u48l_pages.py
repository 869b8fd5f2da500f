"""Forty-eighth session (u48l): app pages that keep the policy in code, read where they were not (`load/`).

Each class is tested on forms constructed here, the real page of the evaluation set that showed it kept as a
regression case: a call of one string that gives the text shown (`{s('我們收集的資料')}`, eval/precision44
dsemarks-hk-jsx) and a JSX guard over the string `"0"` (`tests/test_hostile47.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from helpers import paragraph_texts, parse_file, parse_path

_CALLS = """export default function Privacy() {
  const en = lang === 'en';
  return (
    <section>
      <h2>{en ? 'Privacy Policy' : CALL('私隱政策')}</h2>
      <p>{CALL('我們只會在你同意後收集電郵地址。')}</p>
      <p>{t('privacy.body')}</p>
      <p>{CALL("本網站使用 Cookie 以改善服務。")}</p>
    </section>
  );
}
"""


@pytest.mark.parametrize("call", ["s", "toSimplified", "i18n.t", "tw", "_"])
def test_a_call_of_one_chinese_string_is_the_text_shown(tmp_path: Path, call: str) -> None:
    doc = parse_file(tmp_path, "Privacy.jsx", _CALLS.replace("CALL", call))
    assert doc.metadata.title == "私隱政策"
    assert paragraph_texts(doc) == ["我們只會在你同意後收集電郵地址。", "本網站使用 Cookie 以改善服務。"]


@pytest.mark.parametrize(
    "child",
    [
        "{s('我們收集') + name}",  # computed
        "{format('我們收集 {n} 項', n)}",  # two arguments
        "{t('privacy.body')}",  # a key: its text lives in another file
        "{s('privacy.我們')}",  # key-shaped
        "{items.map((x) => x.includes('我們'))}",
        "{new Intl.DisplayNames('我們')}",
    ],
)
def test_a_call_that_computes_stays_code(tmp_path: Path, child: str) -> None:
    source = f"export default function P() {{\n  return (\n    <main>\n      <h1>隱私權政策</h1>\n      <p>{child}</p>\n      <p>我們收集姓名。</p>\n    </main>\n  );\n}}\n"
    doc = parse_file(tmp_path, "P.jsx", source)
    assert paragraph_texts(doc) == ["我們收集姓名。"]


def test_dsemarks_chinese_edition_is_read() -> None:
    doc = parse_path(ROOT / "eval/precision44/dsemarks-hk-jsx/PrivacyPolicy.jsx")
    titles = [s.title for s in doc.sections if s.title]
    assert doc.metadata.title == "私隱政策" and titles[0] == "1. Information We Collect" and titles[5] == "1. 我們收集的資料"
    texts = paragraph_texts(doc)
    assert "最後更新：2026 年" in texts and texts[-1].startswith("如對本私隱政策有任何疑問")
    assert any(t.endswith("本網站不對因使用本工具所作的決定承擔責任。") for t in texts)


# ---- a text prop written as a language switch: both editions; an inline array of items -----------------------------

_PROPS = """export default function Terms({ locale }) {
  return (
    <LegalContent
      noticeTitle={locale === "zh" ? "模板提示" : "Template notice"}
      PROP={
        TEST
          ? "FIRST"
          : "SECOND"
      }
      ITEMS={[
        TEST
          ? "ITEM1"
          : "ITEM2",
        "我们可能更新本条款。",
      ]}
    />
  );
}
"""
_ZH = "当前页面为模板示例文本，正式上线前需替换。"
_EN = "This page contains template copy. Replace it before launch."


@pytest.mark.parametrize(
    ("test", "first", "second"),
    [
        ('locale === "zh"', _ZH, _EN),
        ("lang !== 'en'", _ZH, _EN),
        ("isZh", _ZH, _EN),
        ('locale === "en"', _EN, _ZH),  # the English edition first: read in its order
        ("isEnglish", _EN, _ZH),
    ],
)
def test_a_text_prop_written_as_a_language_switch_gives_both_editions(tmp_path: Path, test: str, first: str, second: str) -> None:
    source = _PROPS.replace("TEST", test).replace("FIRST", first).replace("SECOND", second).replace("PROP", "noticeBody")
    source = source.replace("ITEM1", "使用本网站即表示同意本条款。" if first == _ZH else "By using the site you agree.")
    source = source.replace("ITEM2", "By using the site you agree." if first == _ZH else "使用本网站即表示同意本条款。")
    doc = parse_file(tmp_path, "page.tsx", source.replace("ITEMS", "paragraphs"))
    paragraphs = paragraph_texts(doc)
    assert paragraphs[:2] == [first, second]
    assert set(paragraphs[2:4]) == {"使用本网站即表示同意本条款。", "By using the site you agree."}
    assert paragraphs[4:] == ["我们可能更新本条款。"]
    lines = [p.line for s in doc.sections for p in s.paragraphs]
    assert lines == [7, 8, 12, 13, 14]


@pytest.mark.parametrize(
    ("prop", "items"),
    [
        ("label", "paragraphs"),  # a caption: its Chinese edition only, as before
        ("noticeTitle2", "style"),  # no text prop; no data array
    ],
)
def test_a_caption_or_a_code_prop_keeps_one_edition_or_none(tmp_path: Path, prop: str, items: str) -> None:
    source = _PROPS.replace("TEST", 'locale === "zh"').replace("FIRST", _ZH).replace("SECOND", _EN).replace("PROP", prop)
    source = source.replace("ITEM1", "使用本网站即表示同意本条款。").replace("ITEM2", "By using the site you agree.")
    paragraphs = paragraph_texts(parse_file(tmp_path, "page.tsx", source.replace("ITEMS", items)))
    assert _EN not in paragraphs
    assert ("我们可能更新本条款。" in paragraphs) == (items == "paragraphs")


@pytest.mark.parametrize(
    "items",
    [
        '[{ title: "一、收集", body: "我们收集姓名。" }]',  # objects: data, not items
        '[intro, "我们收集姓名。"]',  # a name among them
        '[t("terms.a"), "我们收集姓名。"]',  # a call
        '[isZh ? "我们收集姓名。" : "We collect names.", "我们使用姓名。"]',  # one line: no room to name each value
        "[isZh ? <p>我们收集姓名。</p> : <p>We collect names.</p>]",  # markup
    ],
)
def test_an_inline_array_of_anything_but_literals_is_left(tmp_path: Path, items: str) -> None:
    source = f"export default function P() {{\n  return (\n    <LegalContent\n      paragraphs={{{items}}}\n    />\n  );\n}}\n"
    doc = parse_file(tmp_path, "page.tsx", source)
    assert "我们使用姓名。" not in paragraph_texts(doc)
    assert "We collect names." not in paragraph_texts(doc)


def test_handoffterms_english_notice_and_terms_are_read() -> None:
    doc = parse_path(ROOT / "eval/blind/round48/dev/handoffterms-zh-en-tsx/page.tsx")
    lines = [(p.line, p.text[:12]) for s in doc.sections for p in s.paragraphs]
    assert [line for line, _ in lines] == [48, 49, 57, 58, 62, 63, 65, 66]
    assert lines[3][1] == "This page co" and lines[6][1] == "若产品包含订阅、付费功能"


# ---- a constant array of tuples shown through a destructuring callback ------------------------------------------------

_TUPLES = """const DECLARATION = [
  ['一、蒐集的資料', '我們可能蒐集帳號資料與聯絡資料。'],
  ['二、使用目的', '資料會用於提供服務與客服支援。'],
] as const;

export default function PrivacyPage() {
  return (
    <main>
      <h1>隱私權政策</h1>
      {SECTIONS.map((PARAMS) => (
        <section key={KEY}>
          <h2>{TITLE}</h2>
          <p>{BODY}</p>
        </section>
      ))}
    </main>
  );
}
"""


@pytest.mark.parametrize(
    ("declaration", "params", "key", "title", "body"),
    [
        ("const sections", "[title, body]", "title", "title", "body"),
        ("const SECTIONS: [string, string][]", "[heading, text], i", "i", "heading", "text"),
        ("const items", "[t, b,]", "t", "t", "b"),
    ],
)
def test_a_tuple_array_shown_through_a_destructuring_map_is_read(
    tmp_path: Path, declaration: str, params: str, key: str, title: str, body: str
) -> None:
    name = declaration.split()[1].rstrip(":")
    source = _TUPLES.replace("const DECLARATION", declaration).replace("SECTIONS", name).replace("PARAMS", params)
    source = source.replace("KEY", key).replace("TITLE", title).replace("BODY", body)
    doc = parse_file(tmp_path, "page.tsx", source)
    assert doc.metadata.title == "隱私權政策"
    assert [(s.title, s.line) for s in doc.sections if s.title] == [("一、蒐集的資料", 2), ("二、使用目的", 3)]
    assert paragraph_texts(doc) == ["我們可能蒐集帳號資料與聯絡資料。", "資料會用於提供服務與客服支援。"]
    assert [(p.line, p.column) for s in doc.sections for p in s.paragraphs] == [(2, 16), (3, 15)]


@pytest.mark.parametrize(
    ("array", "params"),
    [
        ("[{ title: '一、蒐集的資料', body: '我們可能蒐集帳號資料。' }]", "[title, body]"),  # objects: no tuples
        ("[['一、蒐集的資料']]", "[title, body]"),  # shorter than the names
        ("[['一、蒐集的資料', '我們可能蒐集帳號資料。']]", "[title, ...rest]"),  # a rest element: not this reader's
    ],
)
def test_other_arrays_are_not_read_as_tuples(tmp_path: Path, array: str, params: str) -> None:
    source = (
        f"const sections = {array};\n\nexport default function P() {{\n  return (\n    <main>\n      <h1>隱私權政策</h1>\n"
        f"      {{sections.map(({params}) => (\n        <section>\n          <h2>{{title}}</h2>\n          <p>{{body}}</p>\n"
        "        </section>\n      ))}\n    </main>\n  );\n}\n"
    )
    doc = parse_file(tmp_path, "page.tsx", source)
    assert "一、蒐集的資料" not in [s.title for s in doc.sections]


def test_smartreturn_sections_are_read() -> None:
    doc = parse_path(ROOT / "eval/blind/round48/holdout/smartreturn-tw-tsx/page.tsx")
    assert [s.title for s in doc.sections if s.title][:2] == ["蒐集的資料", "使用目的"]
    assert any(p.line == 15 and "正式上線前會補齊供應商" in p.text for s in doc.sections for p in s.paragraphs)


# ---- an object chosen by a language test, its list sliced into columns ----------------------------------------------

_CHOSEN = """import { useTranslation } from "react-i18next";

const Disclaimer = () => {
  const { i18n } = useTranslation();
  const TEST_NAME = TEST;
  const copy = FIRST_NAME
    ? FIRST
    : SECOND;
  const left = copy.items.slice(0, 1);
  const right = copy.items.slice(1);
  return (
    <div>
      <h2>{copy.title}</h2>
      <p>{copy.intro}</p>
      <ul className="d-lg-none">
        {left.map((item) => (<li key={item.heading}><h6>{item.heading}</h6><span>{item.desc}</span></li>))}
        {right.map((item) => (<li key={item.heading}><h6>{item.heading}</h6><span>{item.desc}</span></li>))}
      </ul>
      <ul className="d-none d-lg-block">
        {right.map((item) => (<li key={item.heading}><h6>{item.heading}</h6><span>{item.desc}</span></li>))}
      </ul>
    </div>
  );
};
"""
_ZH_COPY = (
    '{ title: "免責聲明", intro: "本系統僅提供數據分析，純屬參考用途，不構成任何建議。", items: [{ heading: "不保證準確性", '
    'desc: "本平台之所有預測均基於歷史數據產生，不保證準確。" }, { heading: "私隱承諾", desc: "本公司遵守《個人資料（私隱）條例》。" }] }'
)
_EN_COPY = (
    '{ title: "Disclaimer", intro: "This platform provides data analysis for reference only.", items: [{ heading: '
    '"No Guarantee", desc: "All predictions are based on historical data." }, { heading: "Privacy", desc: "We comply '
    'with the Personal Data (Privacy) Ordinance." }] }'
)


@pytest.mark.parametrize(
    ("name", "test", "first", "second"),
    [
        ("isChinese", 'i18n.language.startsWith("zh")', _ZH_COPY, _EN_COPY),
        ("isEnglish", "i18n.language === 'en'", _EN_COPY, _ZH_COPY),  # the English edition first
        ("isZh", "locale.startsWith('zh')", _ZH_COPY, _EN_COPY),
    ],
)
def test_an_object_chosen_by_a_language_test_is_read_as_editions(tmp_path: Path, name: str, test: str, first: str, second: str) -> None:
    source = _CHOSEN.replace("TEST_NAME", name).replace("FIRST_NAME", name).replace("TEST", test)
    doc = parse_file(tmp_path, "Disclaimer.tsx", source.replace("FIRST", first).replace("SECOND", second))
    titles = [s.title for s in doc.sections if s.title]
    zh = ["免責聲明", "不保證準確性", "私隱承諾"]
    en = ["Disclaimer", "No Guarantee", "Privacy"]
    # each item once (the desktop column repeats one); the Chinese title first is the document's title
    assert titles == (zh[1:] + en if first == _ZH_COPY else en + zh)
    paragraphs = paragraph_texts(doc)
    assert "本公司遵守《個人資料（私隱）條例》。" in paragraphs and "All predictions are based on historical data." in paragraphs
    assert len(paragraphs) == len(set(paragraphs))


@pytest.mark.parametrize(
    ("test", "first", "second"),
    [
        ("isDark", _ZH_COPY, _EN_COPY),  # no language test
        ("isZh", _ZH_COPY, _ZH_COPY.replace("免責聲明", "免责声明")),  # two Chinese variants: no language's editions
        ("isZh", _ZH_COPY, '{ title: "Disclaimer" }'),  # not of the same fields
    ],
)
def test_other_chosen_objects_are_not_editions(tmp_path: Path, test: str, first: str, second: str) -> None:
    source = _CHOSEN.replace("const TEST_NAME = TEST;\n", "").replace("FIRST_NAME", test)
    doc = parse_file(tmp_path, "Disclaimer.tsx", source.replace("FIRST", first).replace("SECOND", second))
    assert "不保證準確性" not in [s.title for s in doc.sections]


def test_footballai_disclaimer_is_read_in_both_editions() -> None:
    doc = parse_path(ROOT / "eval/blind/round46/dev/footballai-hk-en-tsx/DisclaimerSection.tsx")
    titles = [s.title for s in doc.sections if s.title]
    assert titles[:2] == ["不保證準確性", "禁止用於非法博彩"] and titles[5] == "Disclaimer" and len(titles) == 11
    assert doc.metadata.title == "免責聲明"


# ---- typed blocks handed to a component imported from another file ---------------------------------------------------

_TYPED = """import PageHero from "@/components/PageHero";
import GuideArticle from "@/components/GuideArticle";

const content = {
  "zh-hk": {
    title: "私隱政策",
    blocks: [
      { type: "p", text: "本私隱政策說明本公司如何收集及使用你的個人資料。" },
      { type: "h", text: "我們收集的資料" },
      { type: "ul", items: ["你的稱呼及電話", "你提供的行程需求"] },
      { type: "KIND", text: "使用本網站即表示你同意本私隱政策。" },
    ],
  },
  en: {
    title: "Privacy Policy",
    blocks: [
      { type: "p", text: "This policy explains how we collect and use your personal data." },
      { type: "h", text: "Information we collect" },
      { type: "ul", items: ["Your name and phone", "Your trip details"] },
      { type: "KIND", text: "By using this website you agree to this policy." },
    ],
  },
};

export default function PrivacyPage({ params }) {
  const c = content[params.locale] ?? content["zh-hk"];
  return (
    OPEN
      <PageHero title={c.title} />
      <GuideArticle PROP={c.blocks} />
    CLOSE
  );
}
"""


@pytest.mark.parametrize(
    ("open_", "close", "prop", "kind"),
    # (a `content={…}` prop beside a constant named `content` reads as its second assignment: left unread, as before)
    [("<>", "</>", "blocks", "note"), ("<main>", "</main>", "body", "p"), ("<>", "</>", "sections", "paragraph")],
)
def test_typed_blocks_handed_to_an_imported_component_are_read(tmp_path: Path, open_: str, close: str, prop: str, kind: str) -> None:
    source = _TYPED.replace("OPEN", open_).replace("CLOSE", close).replace("PROP", prop).replace("KIND", kind)
    doc = parse_file(tmp_path, "page.tsx", source)
    assert doc.metadata.title == "私隱政策"
    assert [s.title for s in doc.sections if s.title] == ["我們收集的資料", "Privacy Policy", "Information we collect"]
    paragraphs = paragraph_texts(doc)
    assert paragraphs[0] == "本私隱政策說明本公司如何收集及使用你的個人資料。"
    assert "你提供的行程需求" in paragraphs and "By using this website you agree to this policy." in paragraphs
    assert len(paragraphs) == 8


@pytest.mark.parametrize(
    "change",
    [
        ('type: "KIND"', 'type: "image"'),  # a block of a type not known: what it shows is not told
        ('{ type: "h", text: "我們收集的資料" }', '{ kind: "h", text: "我們收集的資料" }'),  # no type
        ("<GuideArticle PROP={c.blocks} />", "<GuideArticle PROP={blocks} />"),  # no path of the edition
    ],
)
def test_other_component_data_is_not_read_as_typed_blocks(tmp_path: Path, change: tuple[str, str]) -> None:
    source = _TYPED.replace(*change).replace("OPEN", "<>").replace("CLOSE", "</>").replace("PROP", "blocks")
    doc = parse_file(tmp_path, "page.tsx", source.replace("KIND", "note"))
    assert "本私隱政策說明本公司如何收集及使用你的個人資料。" not in paragraph_texts(doc)


def test_rental819_editions_are_read() -> None:
    doc = parse_path(ROOT / "eval/blind/round44/holdout/rental819-hk-tsx/page.tsx")
    assert doc.metadata.title == "私隱政策"
    assert [s.title for s in doc.sections if s.title][:2] == ["我們收集的資料", "資料用途"]
    assert any(p.line == 38 and "請電郵 ${site.email}" in p.text for s in doc.sections for p in s.paragraphs)
