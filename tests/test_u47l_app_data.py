"""App pages whose policy is data, read as the page shows it (forty-seventh session, u47l; eval/profiles47c, not blind
after the fix).  The texts below are invented, each class both ways; the set's real lines stay as regressions at the end.

1. A `.map` callback that shows a part of an item under several tests joined by `&&` (`{section.type === 'list' &&
   section.items && (<ul>…)}`, `{section.content && !section.subsections && (<p>…)}`): read on each item, the part shown
   when every test holds.  A test the reader cannot tell (`||`, a variable, a field holding an object) leaves the array
   unread with its warning.  A field the callback shows twice is read once; a bullet the callback writes before each item
   (「<span>•</span>{item}」) is not the item's text (its line was cited).
2. A script module keeping its documents keyed by language, `{ zh: { title, privacy: [{ h, ps }], terms: [...] }, en: {…} }`:
   `h` a heading, `ps` paragraphs, each edition and each of its arrays of sections read in order.  Labels, menus and an
   edition that is not prose leave it unread.
3. A layout component's date prop (`<LegalLayout updatedAt="April 7, 2026">`, `lastUpdated=`, `effectiveDate=`): the
   page's date, and a front matter line the CCPA `last-updated` item cites.  A prop holding code, a date in the body,
   or a prop of another name (`date=`) is not taken for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import file_verdict, parse_path
from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent
_SET = _ROOT / "eval" / "profiles47c" / "docs"

_PAGE = """const sections = [
  {
    title: '一、我们收集的信息',
    type: 'list',
    items: ['注册信息：姓名、电子邮件地址。', '订单信息：收货地址、支付信息。'],
  },
  {
    title: '二、信息的共享',
    content: '我们不会将您的个人信息出售给第三方。',
    items: ['服务提供商：仅限于提供服务所必需的信息。'],
  },
  {
    title: '三、信息的存储',
    subsections: [{ title: '3.1 存储地点', content: '您的个人信息将存储于中华人民共和国境内。' }],
    content: '我们采取合理措施保护您的个人信息安全。',
  },
]

export default function PrivacyPage() {
  return (
    <main>
      <h1>隐私政策</h1>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          {section.type === 'list' && section.items && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>
                  <span className="dot">•</span>
                  {item}
                </li>
              ))}
            </ul>
          )}
          {section.content && !section.subsections && (
            <p>{section.content}</p>
          )}
          {section.items &&
            section.type !== 'list' && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {section.subsections && (
            <div>
              {section.subsections.map((sub) => (
                <div key={sub.title}>
                  <h3>{sub.title}</h3>
                  {sub.content && <p>{sub.content}</p>}
                </div>
              ))}
            </div>
          )}
          GUARD
        </section>
      ))}
    </main>
  )
}
"""


def _outline(path: Path) -> list[tuple[int, str, list[tuple[int, str]]]]:
    doc = parse_path(path)
    return [(s.line, s.title, [(p.line, p.text) for p in s.paragraphs]) for s in doc.sections]


def _page(tmp_path: Path, guard: str = "") -> Path:
    path = tmp_path / "PrivacyPage.tsx"
    path.write_text(_PAGE.replace("GUARD", guard), encoding="utf-8")
    return path


def test_parts_shown_under_joined_tests_are_read_on_each_item(tmp_path: Path) -> None:
    doc = parse_path(_page(tmp_path))
    assert not [w for w in doc.warnings if "sections" in w]
    outline = _outline(_page(tmp_path))
    assert [(line, title) for line, title, _ in outline if title] == [
        (3, "一、我们收集的信息"),
        (8, "二、信息的共享"),
        (13, "三、信息的存储"),
        (14, "3.1 存储地点"),
    ]
    by_title = {title: paragraphs for _, title, paragraphs in outline}
    # the list type: its items once, without the callback's bullet, at their own line
    assert by_title["一、我们收集的信息"] == [(5, "注册信息：姓名、电子邮件地址。"), (5, "订单信息：收货地址、支付信息。")]
    # no type: its content, then its items (the page's order, not the data's)
    assert by_title["二、信息的共享"] == [(9, "我们不会将您的个人信息出售给第三方。"), (10, "服务提供商：仅限于提供服务所必需的信息。")]
    # sub-sections: the content is not shown (`!section.subsections`)
    assert by_title["三、信息的存储"] == []
    assert by_title["3.1 存储地点"] == [(14, "您的个人信息将存储于中华人民共和国境内。")]
    assert "我们采取合理措施保护您的个人信息安全。" not in {t for _, _, ps in outline for _, t in ps}


def test_a_field_shown_twice_is_read_once(tmp_path: Path) -> None:
    outline = _outline(_page(tmp_path, '{section.content && <p className="note">{section.content}</p>}'))
    texts = [t for _, _, ps in outline for _, t in ps]
    assert texts.count("我们不会将您的个人信息出售给第三方。") == 1
    assert "我们采取合理措施保护您的个人信息安全。" in texts  # (shown once here: by this guard, not by the one above)


@pytest.mark.parametrize(
    "guard",
    [
        "{(section.items || section.content) && <p>{section.title}</p>}",  # `||`: not a test this reader tells
        "{section.type === kind && <p>{section.title}</p>}",  # a comparison with a variable
        "{section.subsections === 'x' && <p>{section.title}</p>}",  # a field holding an array, compared with a string
        "{section.title.length > 0 && !section.type > 0 && <p>{section.title}</p>}",
        "{section.type == 'list' && visible && <p>{section.title}</p>}",  # a name of the code, not of the item
    ],
)
def test_tests_the_reader_cannot_tell_leave_the_array_unread(tmp_path: Path, guard: str) -> None:
    doc = parse_path(_page(tmp_path, guard))
    assert [w for w in doc.warnings if "`sections`" in w and "not read" in w]
    assert "我们不会将您的个人信息出售给第三方。" not in {p.text for s in doc.sections for p in s.paragraphs}


def test_axiso_regression() -> None:
    """eval/profiles47c axiso-zh: a `sections` array shown by `sections.map` under joined tests, read at its lines."""
    path = _SET / "axiso-zh" / "PrivacyPage.tsx"
    doc = parse_path(path)
    assert not [w for w in doc.warnings if "not read" in w]
    titles = [(s.line, s.title) for s in doc.sections if s.title]
    assert titles[:3] == [(6, "一、我们收集的信息"), (9, "1.1 您主动提供的信息"), (18, "1.2 我们自动收集的信息")]
    assert len(titles) == 15
    contact = next(s for s in doc.sections if s.title == "十、联系我们")
    assert [(p.line, p.text) for p in contact.paragraphs] == [
        (113, "我们将在15个工作日内回复您的请求。"),
        (109, "电子邮件：axis-o@qq.com"),
        (110, "客服电话：[请填写您的客服电话]"),
        (111, "办公地址：[请填写您的办公地址]"),
    ]
    assert file_verdict(path, "cn-gbt35273/access") == ("covered", 76)
    assert file_verdict(path, "cn-gbt35273/cross-border") == ("covered", 56)
    assert file_verdict(path, "cn-pipl/purposes")[1] in (22, 23, 32, 33, 34, 35, 36, 37, 38, 87, 88, 89)


_DOCS_JS = """const DOCS = {
  zh: {
    title: '隐私政策与用户协议',
    tabs: ['隐私政策', '用户协议'],
    privacy: [
      { h: '1. 我们收集的信息', ps: [
        '微信登录凭据：用于识别您的账号、同步报名与票务记录。',
        '设备与日志信息：为保障服务安全所必需的基础日志，我们不会将其用于与服务无关的任何其他目的。',
        '您主动发布的内容：活动名称、时间、地点、票价、海报图片等，仅用于在活动页面向其他用户展示。'
      ]},
      { h: '2. 信息的存储', ps: ['信息存储于中华人民共和国境内的服务器，仅在服务必需期限内保留，注销后三十日内删除。']}
    ],
    terms: [
      { h: '1. 协议范围', ps: ['本协议是您与本服务运营者之间关于使用本服务的约定，使用即视为同意本协议全部条款。']},
      { h: '2. 账号', ps: ['您须为十八周岁以上、具有完全民事行为能力的自然人，并对账号下的全部行为负责，不得将账号转让或出借给他人使用。']}
    ]
  },
  en: {
    title: 'Privacy & Terms',
    tabs: ['Privacy Policy', 'Terms of Service'],
    privacy: [
      { h: '1. What We Collect', ps: [
        'WeChat login credential for account identification and ticket sync, and basic device and log data kept for the security of the service and nothing else.',
        'Event content you publish, such as its title, time, venue, price and poster image, shown to other users on the event page only.',
        'We do not collect your location, your contacts or any other sensitive personal information through this mini program.'
      ]},
      { h: '2. Storage', ps: ['Data is stored on servers within the PRC, kept only as long as the service needs it, and deleted within thirty days after the account is cancelled by you.']}
    ],
    terms: [
      { h: '1. Scope', ps: [
        'This agreement governs your use of the service between you and its operator. Using the service constitutes acceptance of every term of it.',
        'The operator may update this agreement from time to time and will tell you of any material change before it takes effect.',
        'If you do not agree with the updated agreement, you may stop using the service and cancel your account at any time.'
      ]},
      { h: '2. Account', ps: ['You must be eighteen or older with full civil capacity, and you are responsible for every action taken under your account at any time.']}
    ]
  }
}

Page({ data: { doc: DOCS.zh } })
"""


def test_documents_keyed_by_language_in_a_script_module(tmp_path: Path) -> None:
    path = tmp_path / "docs.js"
    path.write_text(_DOCS_JS, encoding="utf-8")
    doc = parse_path(path)
    assert doc.metadata.title == "隐私政策与用户协议"
    titles = [(s.line, s.title, s.level) for s in doc.sections if s.title]
    assert titles[:4] == [(6, "1. 我们收集的信息", 1), (11, "2. 信息的存储", 1), (14, "1. 协议范围", 1), (15, "2. 账号", 1)]
    assert (19, "Privacy & Terms", 1) in titles and (22, "1. What We Collect", 1) in titles
    first = doc.sections[[s.title for s in doc.sections].index("1. 我们收集的信息")]
    assert (first.paragraphs[0].line, first.paragraphs[0].text) == (7, "微信登录凭据：用于识别您的账号、同步报名与票务记录。")
    assert not [s for s in doc.sections for p in s.paragraphs if "ps:" in p.text or "'" in p.text]


@pytest.mark.parametrize(
    ("change", "read"),
    [
        (("{ h: '2. 账号', ps: [", "{ h: '2. 账号', route: '/account', ps: ["), True),  # a route is not read: still a document
        (("{ h: '2. Storage', ps: [", "{ h: 'storage.title', ps: ["), False),  # an i18n key as a title: not prose
        (("'This agreement governs", "t('terms.scope'), 'This agreement governs"), False),  # a call in a body: not told
    ],
)
def test_an_edition_that_is_not_prose_leaves_the_object_unread(tmp_path: Path, change: tuple[str, str], read: bool) -> None:
    path = tmp_path / "docs.js"
    assert change[0] in _DOCS_JS
    path.write_text(_DOCS_JS.replace(*change), encoding="utf-8")
    headings = [s.title for s in parse_path(path).sections if s.title]
    assert ("2. 账号" in headings) == read


def test_labels_keyed_by_language_are_no_document(tmp_path: Path) -> None:
    path = tmp_path / "i18n.js"
    path.write_text(
        "const LABELS = {\n  zh: { title: '设置', menu: [{ h: '首页', path: '/' }, { h: '我的', path: '/me' }] },\n"
        "  en: { title: 'Settings', menu: [{ h: 'Home', path: '/' }, { h: 'Me', path: '/me' }] }\n}\n"
        "const NOTE = '本页面仅用于展示设置菜单，不收集任何个人信息。我们尊重您的隐私，并遵守相关法律法规的规定。'\n",
        encoding="utf-8",
    )
    assert [s.title for s in parse_path(path).sections if s.title] == []


def test_larkygo_regression() -> None:
    """eval/profiles47c larkygo-zh: a WeChat mini-program's zh and en `{ h, ps }` arrays, privacy and terms."""
    path = _SET / "larkygo-zh" / "docs.js"
    doc = parse_path(path)
    titles = [(s.line, s.title) for s in doc.sections if s.title]
    assert len(titles) == 29 and titles[0] == (10, "1. 我们收集的信息") and (63, "Privacy & Terms") in titles
    assert file_verdict(path, "cn-pipl/categories") == ("covered", 11)
    assert file_verdict(path, "cn-gbt35273/cross-border") == ("covered", 27)


_LAYOUT = """import { LegalLayout } from '@/components/legal-layout'

export default function PrivacyPage() {
  return (
    <LegalLayout title="Privacy Policy" PROPS>
      <section>
        <h2>1. Information We Collect</h2>
        <p>We collect your email address and the content you submit, and we use it only to provide the service.</p>
        BODY
      </section>
    </LegalLayout>
  )
}
"""


@pytest.mark.parametrize(
    ("props", "body", "updated", "effective"),
    [
        ('updatedAt="April 7, 2026"', "", "2026-04-07", None),
        ("lastUpdated='2026-01-05'", "", "2026-01-05", None),
        ('effectiveDate="2025年3月1日"', "", "2025-03-01", "2025-03-01"),
        ('\n      last_updated="March 2, 2026"', "", "2026-03-02", None),
        ('date="April 7, 2026"', "", None, None),  # a prop of no date's name
        ('updatedAt="version two"', "", None, None),  # no year
        ('updatedAt="April 7, 2026"', "<p>Last updated: May 1, 2026</p>", "2026-05-01", None),  # the body's date first
    ],
)
def test_a_layouts_date_prop_dates_the_page(tmp_path: Path, props: str, body: str, updated: str | None, effective: str | None) -> None:
    path = tmp_path / "page.tsx"
    path.write_text(_LAYOUT.replace("PROPS", props).replace("BODY", body), encoding="utf-8")
    meta = parse_path(path).metadata
    assert (meta.updated, meta.effective) == (updated, effective)
    missing = [f for f in check_file(str(path), CheckOptions(no_config=True)).findings if f.rule == "date-format"]
    assert bool(missing) == (updated is None)
    if props.startswith("\n"):
        assert file_verdict(path, "us-ccpa/last-updated") == ("covered", 6)  # the prop's own line


def test_atrox_regression() -> None:
    """eval/profiles47c atrox-en: `<LegalLayout title="Privacy Policy" updatedAt="April 7, 2026">` (line 11)."""
    path = _SET / "atrox-en" / "page.tsx"
    assert parse_path(path).metadata.updated == "2026-04-07"
    assert file_verdict(path, "us-ccpa/last-updated") == ("covered", 11)


def test_documents_by_language_are_read_all_or_none(tmp_path: Path) -> None:
    """A second document keyed by language whose string is built by code (`"…" + KEY + "…"`) cannot be read: the file
    stays plain text, every document of it read, rather than the first document alone (eval/blind/round40d vkpi-ts)."""
    second = (
        _DOCS_JS.replace("const DOCS", "const OTHER")
        .replace("'信息存储于中华人民共和国境内的服务器，", "'信息存储于' + REGION + '的服务器，")
        .replace("Page({ data: { doc: DOCS.zh } })", "")
    )
    path = tmp_path / "docs.js"
    path.write_text(_DOCS_JS + "\n" + second, encoding="utf-8")
    doc = parse_path(path)
    assert not [w for w in doc.warnings if "kept as data" in w]
    texts = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "REGION" in texts  # (the second document's text, read with the rest)


def test_vkpi_regression() -> None:
    """eval/blind/round40d vkpi-ts: four legal pages by language, one with strings joined to code: read as before."""
    doc = parse_path(_ROOT / "eval" / "blind" / "round40d" / "dev" / "vkpi-ts" / "legalContent.ts")
    assert not [w for w in doc.warnings if "kept as data" in w]
    assert "隐私政策(草案)" in " ".join(p.text for s in doc.sections for p in s.paragraphs)
