"""Classes of eval/structure47c's dev misses fixed by helper u47l2 (forty-seventh session), each both ways; every
text below is invented, the documents stay as regressions at the end.

1. A page's editions keyed by market or region code, `const COPY: Record<string, {…}> = { UK: {…}, HK: {…}, CN: {…} }`
   picked with `COPY[lang] ?? COPY.CN`: neither language tags nor names, so the page read as empty
   (`load.jsx_editions.regional`).  A country list, a phone-prefix map or a price table keyed by the same codes
   stays unread.
   A name given an edition's field as its default (`const title = custom?.title || doc.title;`, the site's settings
   may override it) is that field (`load.jsx_editions.defaults`, eval/blind/round40d subshare-tsx: four documents
   unseen).
2. A numbered title run into the end of the line above, after its sentence's end, in one WeChat `<text>` block
   (「…将适用本政策。 6.本隐私政策的更改」): cut off when its style's titles around it vouch for its number
   (`structure.glued.split_trailing_titles`).
3. A plain lead-in above a bulleted list, in a document whose titles are bold lines, read as a level-2 heading
   (「Link to privacy policy of third party service providers used by the app」, the App Privacy Policy Generator's
   template as DOCX): a plain line over a list longer than every bold title is a lead-in
   (`structure.headings.lists.plain_lead_ins`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path

_ROOT = Path(__file__).resolve().parent.parent
_STRUCTURE47C = _ROOT / "eval" / "structure47c" / "dev"

# --- 1. editions keyed by market code ---------------------------------------------------------------------------------

_REGIONAL_PAGE = """const COPY: Record<string, {{ title: string; intro: string; sections: {{ title: string; content: string }}[] }}> = {{
  {first}: {{
    title: 'Privacy Policy',
    intro: 'This policy explains how we collect and use the personal data of our customers.',
    sections: [
      {{ title: '1. What We Collect', content: 'We collect your name, email address and order history when you shop with us.' }},
      {{ title: '2. Contact', content: 'Write to our privacy team at the address shown on the order page.' }},
    ],
  }},
  {second}: {{
    title: '隱私政策',
    intro: '本政策說明我們如何收集及使用顧客的個人資料，請細閱。',
    sections: [
      {{ title: '1. 我們收集的資料', content: '當您在本店購物時，我們會收集您的姓名、電郵地址及訂單紀錄。' }},
      {{ title: '2. 聯絡我們', content: '【待補充：私隱事務聯絡人及電郵地址，公開發布前必須填寫】' }},
    ],
  }},
}};

export default function Privacy() {{
  const lang = getLang();
  const t = {binding};
  return (
    <main>
      <h1>{{t.title}}</h1>
      <p>{{t.intro}}</p>
      {{t.sections.map((s, i) => (
        <section key={{i}}>
          <h2>{{s.title}}</h2>
          <p>{{s.content}}</p>
        </section>
      ))}}
    </main>
  );
}}
"""


def _texts(tmp_path: Path, text: str, name: str = "page.tsx") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    out = [doc.metadata.title] if doc.metadata.title else []
    out += [s.title for s in doc.sections if s.title]
    out += [p.text for p in doc.paragraphs()]
    return out


@pytest.mark.parametrize(
    ("first", "second", "binding"),
    [
        ("UK", "HK", "COPY[lang] ?? COPY.HK"),
        ("US", "TW", "COPY[lang] || COPY.US"),
        ("SG", "CN", "COPY[market]"),
        ("UK", "MO", "COPY[region]"),
        ("us", "hk", "COPY[market]"),
    ],
)
def test_editions_keyed_by_market_code_are_read(tmp_path: Path, first: str, second: str, binding: str) -> None:
    texts = _texts(tmp_path, _REGIONAL_PAGE.format(first=first, second=second, binding=binding))
    for expected in (
        "1. What We Collect",
        "We collect your name, email address and order history when you shop with us.",
        "1. 我們收集的資料",
        "【待補充：私隱事務聯絡人及電郵地址，公開發布前必須填寫】",
    ):
        assert expected in texts
    assert texts.index("1. What We Collect") < texts.index("1. 我們收集的資料")


def test_region_keys_without_a_binding_by_key_stay_unread(tmp_path: Path) -> None:
    # the same object never picked by an index: nothing on the page shows it
    page = _REGIONAL_PAGE.format(first="UK", second="HK", binding="COPY.HK").replace("COPY.HK", "pick(COPY)")
    assert "1. 我們收集的資料" not in _texts(tmp_path, page)


_DATA_PAGE = """const {name} = {{
{entries}
}};

export default function Checkout() {{
  const region = getRegion();
  const p = {name}[region];
  return (
    <div>
      <h1>結帳</h1>
      <p>{{p.{field}}}</p>
      <p>請確認您的訂單資料無誤後再付款，我們會以電郵寄出收據。</p>
    </div>
  );
}}
"""


@pytest.mark.parametrize(
    ("name", "entries", "field", "unread"),
    [
        # a price table: objects of one shape, but no prose in them
        (
            "PRICES",
            "  UK: { price: '£10', currency: 'GBP', label: '月費' },\n  HK: { price: 'HK$80', currency: 'HKD', label: '月費' },",
            "price",
            "HK$80",
        ),
        # a country list and a phone-prefix map: strings, no editions
        ("NAMES", "  UK: { name: '英國' },\n  HK: { name: '香港' },\n  CN: { name: '中國內地' },", "name", "中國內地"),
        ("PREFIXES", "  UK: '+44',\n  HK: '+852',\n  CN: '+86',", "x", "+852"),
        # shipping notes of one shape, Chinese but short (labels, not an edition's prose)
        (
            "SHIPPING",
            "  UK: { days: '3-5', note: 'Royal Mail' },\n  HK: { days: '1-2', note: '順豐速運送貨' },",
            "note",
            "順豐速運送貨",
        ),
    ],
)
def test_data_keyed_by_market_code_stays_unread(tmp_path: Path, name: str, entries: str, field: str, unread: str) -> None:
    texts = _texts(tmp_path, _DATA_PAGE.format(name=name, entries=entries, field=field))
    assert "請確認您的訂單資料無誤後再付款，我們會以電郵寄出收據。" in texts  # (the markup, read as before)
    assert not any(unread in t for t in texts)


def test_the_regional_test_itself() -> None:
    from policylens.load.jsx_editions import documents

    def text(s: str) -> tuple[str, tuple[()]]:
        return (s, ())

    prose_en = text("We collect your name and email address when you create an account.")
    prose_zh = text("我們會在您建立帳戶時收集您的姓名及電郵地址。")
    assert documents({"UK": {"body": prose_en}, "HK": {"body": prose_zh}}) is not None
    assert documents({"UK": {"body": prose_en}, "US": {"body": prose_en}}) is None  # (no Chinese edition)
    assert documents({"UK": {"body": prose_en}, "HK": {"text": prose_zh}}) is None  # (two shapes)
    assert documents({"uk": {"body": prose_en}, "hk": {"body": prose_zh}}) is not None  # (as a route writes them)
    assert documents({"uk": {"label": text("月費")}, "hk": {"label": text("月費")}}) is None  # (no prose)
    assert documents({"UK": {"body": prose_en}, "Hk": {"body": prose_zh}}) is None


_DEFAULTS_PAGE = """const DEFAULTS: Record<string, {{ title: string; body: string[] }}> = {{
  terms: {{
    title: '服务条款',
    body: ['一、本服务由示例团队提供，用户注册即表示同意本条款的全部内容。', '二、如对处理结果有异议，可在工单中申请复核。'],
  }},
  privacy: {{
    title: '隐私政策',
    body: ['一、我们仅收集提供服务所必需的手机号码与订单信息。', '二、联系邮箱：【待补充：正式上线前请填写真实客服邮箱】'],
  }},
}};

export default function Legal() {{
  const {{ kind = 'terms' }} = useParams();
  const custom = useSettings()?.legal?.[kind];
  const doc = DEFAULTS[kind] ?? DEFAULTS.terms;
  const title = {title};
  const body: string[] = {body};
  return (
    <div>
      <h1>{{title}}</h1>
      {{body.map((p, i) => (
        <p key={{i}}>{{p}}</p>
      ))}}
    </div>
  );
}}
"""


@pytest.mark.parametrize("title", ["custom?.title || doc.title", "custom?.title ?? doc.title", "custom ? custom.title : doc.title"])
def test_names_defaulting_to_an_edition_s_fields_show_each_edition(tmp_path: Path, title: str) -> None:
    body = "Array.isArray(custom?.body) && custom.body.length ? custom.body : doc.body"
    texts = _texts(tmp_path, _DEFAULTS_PAGE.format(title=title, body=body))
    for expected in (
        "服务条款",
        "隐私政策",
        "一、我们仅收集提供服务所必需的手机号码与订单信息。",
        "二、联系邮箱：【待补充：正式上线前请填写真实客服邮箱】",
    ):
        assert expected in texts


@pytest.mark.parametrize("computed", ["doc.{f}.concat(extra)", "custom?.{f} || other.{f}", "format(doc.{f})", "doc.{f} || custom?.{f}"])
def test_names_computed_otherwise_leave_the_page_as_before(tmp_path: Path, computed: str) -> None:
    # the edition's field is not the names' default (or not the last resort): what the page shows is not told here
    page = _DEFAULTS_PAGE.format(title=computed.format(f="title"), body=computed.format(f="body"))
    assert "二、联系邮箱：【待补充：正式上线前请填写真实客服邮箱】" not in _texts(tmp_path, page)


# --- 2. a numbered title run into the end of a line ------------------------------------------------------------------

_WXML = """<view>
  <text>
    本应用重视用户的个人信息保护，请您仔细阅读本政策。
    1. 信息收集
    (a) 您注册帐号时提供的手机号码及昵称；
    (b) 您使用服务时我们自动记录的设备信息。
    2. 信息使用
    (a) 我们使用您的信息提供、维护和改进本服务。
    (b) 我们不会向无关第三方出售您的个人信息。{glued}
    (a) 我们会在本页面发布政策的更新，请您经常查看。
    (b) 如有重大更改，我们会通过站内通知告知您。
    更新日期：2026-01-01
  </text>
</view>
"""


def _headings(tmp_path: Path, text: str, name: str) -> list[tuple[str, int]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.title, s.line) for s in parse_path(path).sections if s.title]


@pytest.mark.parametrize("glued", [" 3.本政策的更改", "3. 本政策的更改", " 3、本政策的更改"])
def test_a_numbered_title_after_a_sentence_end_is_cut_off(tmp_path: Path, glued: str) -> None:
    text = _WXML.format(glued=glued)
    if "、" in glued:
        text = text.replace("1. ", "1、").replace("2. ", "2、")
    found = _headings(tmp_path, text, "p.wxml")
    assert [line for _, line in found] == [4, 7, 9]
    assert found[-1][0].endswith("本政策的更改")


@pytest.mark.parametrize(
    "glued",
    [
        " 4.本政策的更改",  # not the next number
        " 3.",  # no title
        " 3.如有疑问请联系我们",  # a sentence, not a title
        "3.本政策的更改，请您查看",  # no sentence end before it (「…个人信息3.…」 as written)
        " (c) 其他情形",  # a letter: an item, not a title of this outline
    ],
)
def test_other_numbers_at_a_line_end_stay_text(tmp_path: Path, glued: str) -> None:
    text = _WXML.format(glued=glued)
    if glued.startswith("3.本政策的更改，"):
        text = text.replace("第三方出售您的个人信息。", "第三方出售您的个人信息")
    assert [line for _, line in _headings(tmp_path, text, "p.wxml")] == [4, 7]


def test_a_title_at_a_line_end_with_no_outline_around_it_stays_text(tmp_path: Path) -> None:
    text = "本应用重视用户的个人信息保护，请您仔细阅读本政策。 1.信息收集\n我们会收集您的手机号码，用于登录与找回帐号。\n"
    assert _headings(tmp_path, text, "p.txt") == []


# --- 3. a plain lead-in above a list among bold titles ---------------------------------------------------------------


def _docx(tmp_path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    """A DOCX of `(kind, text)` paragraphs: kind `b` bold, `p` plain, `li` a bulleted item."""
    import docx  # type: ignore[import-untyped]
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    for kind, text in paragraphs:
        if kind == "li":  # numbered in the paragraph itself, as Word and Google Docs write a bulleted list
            item = document.add_paragraph(text)
            item._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
        else:
            document.add_paragraph().add_run(text).bold = kind == "b"
    path = tmp_path / "p.docx"
    document.save(str(path))
    return path


_TEMPLATE = [
    ("p", "This page is used to inform visitors regarding our policies with the collection and use of personal information."),
    ("b", "Information Collection and Use"),
    ("p", "For a better experience, while using our Service, we may require you to provide us with certain information."),
    ("p", "The app does use third party services that may collect information used to identify you."),
    ("p", "{lead}"),
    ("li", "Google Play Services"),
    ("li", "Firebase Analytics"),
    ("b", "Log Data"),
    ("p", "We want to inform you that whenever you use our Service, we collect data and information called Log Data."),
    ("b", "Security"),
    ("p", "We value your trust in providing us your personal information, thus we are striving to protect it."),
    ("b", "Contact Us"),
    ("p", "If you have any questions or suggestions about our Privacy Policy, do not hesitate to contact us."),
]


def _docx_titles(tmp_path: Path, lead: str, bold_lead: bool = False) -> list[str]:
    paragraphs = [(("b" if bold_lead else k) if t == "{lead}" else k, lead if t == "{lead}" else t) for k, t in _TEMPLATE]
    return [s.title for s in parse_path(_docx(tmp_path, paragraphs)).sections if s.title]


def test_a_plain_lead_in_over_a_list_among_bold_titles_is_text(tmp_path: Path) -> None:
    lead = "Link to privacy policy of third party service providers used by the app"
    assert _docx_titles(tmp_path, lead) == ["Information Collection and Use", "Log Data", "Security", "Contact Us"]


def test_a_bold_or_short_line_over_a_list_stays_a_heading(tmp_path: Path) -> None:
    # bold like the other titles, or no longer than they are: the author's sub-title
    long = "Link to privacy policy of third party service providers used by the app"
    assert long in _docx_titles(tmp_path, long, bold_lead=True)
    assert "Third party services" in _docx_titles(tmp_path, "Third party services")


# --- regressions ------------------------------------------------------------------------------------------------------


def test_cloth_privacy_tsx_reads_its_three_editions() -> None:
    doc = parse_path(_STRUCTURE47C / "cloth-privacy-tsx" / "Privacy.tsx")
    titles = {s.title: s.line for s in doc.sections if s.title}
    assert "the document is empty" not in " ".join(doc.warnings)
    assert titles.get("1. Information We Collect") == 24
    assert titles.get("1. 我們收集的資訊") == 75
    assert titles.get("10. 政策变更") == 162
    assert sum(1 for t in titles if t[:1].isdigit()) == 30


def test_subshare_tsx_reads_its_four_documents() -> None:
    doc = parse_path(_ROOT / "eval" / "blind" / "round40d" / "dev" / "subshare-tsx" / "Legal.tsx")
    texts = [s.title for s in doc.sections if s.title] + [p.text for p in doc.paragraphs()]
    assert {"隐私政策", "退款与售后规则", "关于我们 · 运营主体与联系方式"} <= set(texts)
    assert any(t.startswith("运营主体：SubShare Demo Team（示例；正式上线请") for t in texts)


def test_gechen_ysxy_wxml_cuts_off_section_6() -> None:
    found = [(s.title, s.line) for s in parse_path(_STRUCTURE47C / "gechen-ysxy-wxml" / "ysxy.wxml").sections if s.title]
    assert found[-2:] == [("5. Cookie的使用", 28), ("6.本隐私政策的更改", 31)]


def test_zawia_privacy_docx_lead_in_is_text() -> None:
    doc = parse_path(_STRUCTURE47C / "zawia-privacy-docx" / "privacy_policy.docx")
    titles = [s.title for s in doc.sections if s.title]
    assert "Link to privacy policy of third party service providers used by the app" not in titles
    assert len(titles) == 9
