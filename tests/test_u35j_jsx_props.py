"""A React page's sections kept as a data constant and PASSED AS A PROP to a component (`<LegalDocument
sections={sections} />`): read where the page shows them (`load.jsx_data`, u35j; eval/blind/round35b linguaflow)."""

from __future__ import annotations

from pathlib import Path

from policylens.load.html import read_html
from policylens.load.types import Parsed

_ROOT = Path(__file__).resolve().parents[1]
_ONE = "我们收集您的手机号码用于账户注册和登录，并在您注销账户后删除或匿名化处理您的个人信息。"
_TWO = "我们不会向第三方出售您的个人信息，仅在法律法规要求或取得您单独同意时对外提供。"

_IMPORTED = """import { LegalDocument } from "@/components/legal-document";

%s

export default function PrivacyPage() {
  return <LegalDocument title="隐私政策" %s />;
}
"""
_SECTIONS = f"""const sections = [
  {{ id: "collect", icon: Shield, href: "/privacy#collect", title: "一、信息收集", content: "{_ONE}" }},
  {{ id: "share", title: "二、信息共享", paragraphs: ["{_TWO}"], items: ["不出售", "不共享"] }},
]"""


def _read(text: str, path: str = "privacy.tsx") -> Parsed:
    return read_html(text, path=path)


def _texts(parsed: Parsed) -> list[tuple[str, int | None, str]]:
    return [(b.kind, b.level, b.text) for b in parsed.blocks]


def test_a_constant_passed_to_an_imported_component_is_read_in_order_at_its_source_positions() -> None:
    parsed = _read(_IMPORTED % (_SECTIONS, "sections={sections}"))
    # the component's own title= prop titles the page (u54x: every real page component's title= does), above its sections
    assert _texts(parsed) == [
        ("heading", 1, "隐私政策"),
        ("heading", 2, "一、信息收集"),
        ("paragraph", None, _ONE),
        ("heading", 2, "二、信息共享"),
        ("paragraph", None, _TWO),
        ("item", None, "不出售"),
        ("item", None, "不共享"),
    ]
    # ids, icons and routes are not read; each block stands at its string's line and column
    text = _IMPORTED % (_SECTIONS, "sections={sections}")
    lines = text.split("\n")
    title = parsed.blocks[0]
    assert lines[title.line - 1][title.column - 1 :].startswith("隐私政策")
    heading = parsed.blocks[3]
    assert lines[heading.line - 1][heading.column - 1 :].startswith("二、信息共享")
    body = parsed.blocks[2]
    assert lines[body.line - 1][body.column - 1 :].startswith(_ONE)


def test_typed_exported_and_as_const_constants_and_an_object_of_arrays() -> None:
    # a numbered title written without a space is prose, not a dotted key
    numbered = _SECTIONS.replace('"一、信息收集"', '"1.信息收集"')
    assert _read(_IMPORTED % (numbered, "sections={sections}")).blocks[1].text == "1.信息收集"
    typed = _SECTIONS.replace("const sections = [", "export const sections: Section[] = [") + " as const"
    assert len(_read(_IMPORTED % (typed, "sections={sections}")).blocks) == 7  # the title= prop and the six section blocks
    document = f"""const privacy = {{
  title: "隐私政策",
  updated: "2024-05-01",
  sections: [
    {{ heading: "一、信息收集", body: "{_ONE}" }},
    {{ heading: "二、信息共享", body: "{_TWO}" }},
  ],
}}"""
    assert _texts(_read(_IMPORTED % (document, "data={privacy}"))) == [
        ("heading", 1, "隐私政策"),
        ("heading", 2, "一、信息收集"),
        ("paragraph", None, _ONE),
        ("heading", 2, "二、信息共享"),
        ("paragraph", None, _TWO),
    ]
    # a path of it: `sections={privacy.sections}`, under the component's own title= (u54x)
    assert [b.text for b in _read(_IMPORTED % (document, "sections={privacy.sections}")).blocks] == [
        "隐私政策",
        "一、信息收集",
        _ONE,
        "二、信息共享",
        _TWO,
    ]


def test_a_component_of_the_same_file_that_maps_the_prop_shows_the_constant_there() -> None:
    page = f"""const privacySections = [
  {{ title: "一、信息收集", body: "{_ONE}" }},
  {{ title: "二、信息共享", body: "{_TWO}" }},
];

function PolicyLayout({{ sections }}: {{ sections: Section[] }}) {{
  return (
    <main>
      <h1>隐私政策</h1>
      {{sections.map((section) => (
        <section key={{section.title}}>
          <h2>{{section.title}}</h2>
          <p>{{section.body}}</p>
        </section>
      ))}}
    </main>
  );
}}

export default function Page() {{
  return <PolicyLayout sections={{privacySections}} />;
}}
"""
    assert _texts(_read(page)) == [
        ("heading", 1, "隐私政策"),
        ("heading", 2, "一、信息收集"),
        ("paragraph", None, _ONE),
        ("heading", 2, "二、信息共享"),
        ("paragraph", None, _TWO),
    ]
    # given two different constants in two places: which one the map shows cannot be told, nothing is read
    twice = page.replace(
        "return <PolicyLayout sections={privacySections} />;",
        "return <><PolicyLayout sections={privacySections} /><PolicyLayout sections={otherSections} /></>;",
    )
    assert _texts(_read(twice)) == [("heading", 1, "隐私政策")]
    # a component of the file that does not map the prop: its body shows what it does, the constant is not read
    unmapped = page.replace("{sections.map((section) => (", "{sections.length > 0 && [].map((section) => (")
    assert all(b.text not in (_ONE, _TWO) for b in _read(unmapped).blocks)


def test_what_is_no_section_list_is_not_read() -> None:
    # a menu: titles and routes, no prose body
    menu = """const links = [
  { name: "首页", href: "/" },
  { name: "隐私政策", href: "/privacy" },
  { name: "用户协议", href: "/terms" },
]"""
    assert _read(_IMPORTED % (menu, "items={links}")).blocks == []
    # i18n keys, markup and values that are no literal
    keys = """const sections = [
  { title: "privacy.collect.title", content: "privacy.collect.body" },
  { title: "privacy.share.title", content: "privacy.share.body" },
]"""
    assert _read(_IMPORTED % (keys, "sections={sections}")).blocks == []
    for key in ("collectTitle", "/privacy#collect", "https://example.com/privacy", "privacy_collect"):
        assert _read(_IMPORTED % (_SECTIONS.replace('"一、信息收集"', f'"{key}"'), "sections={sections}")).blocks == []
    # an English title of one word, ending its sentence, is a title
    english = _SECTIONS.replace('"一、信息收集"', '"Introduction."')
    assert _read(_IMPORTED % (english, "sections={sections}")).blocks[1].text == "Introduction."
    markup = _SECTIONS.replace(f'content: "{_ONE}"', f'content: "<p>{_ONE}</p>"')
    assert _read(_IMPORTED % (markup, "sections={sections}")).blocks == []
    computed = _SECTIONS.replace(f'content: "{_ONE}"', "content: <CollectBody />")
    assert _read(_IMPORTED % (computed, "sections={sections}")).blocks == []
    # an object of arrays by language: which one the component shows cannot be told
    locales = _SECTIONS.replace("const sections = [", "const sections = { zh: [").rstrip("]") + "], en: [] }"
    assert _read(_IMPORTED % (locales, "sections={sections}")).blocks == []
    # an object without sections: a page's meta, `{ title, description }`, is not shown as the policy
    meta = f'const meta = {{ title: "隐私政策", description: "{_ONE}{_TWO}" }}'
    assert _read(_IMPORTED % (meta, "meta={meta}")).blocks == []
    # too little text: labels
    short = """const sections = [{ title: "一", content: "我们收集信息。" }, { title: "二", content: "我们使用信息。" }]"""
    assert _read(_IMPORTED % (short, "sections={sections}")).blocks == []


def test_a_constant_passed_twice_or_assigned_again_is_not_read() -> None:
    twice = _IMPORTED % (_SECTIONS, "sections={sections}")
    twice = twice.replace("<LegalDocument", "<><Toc sections={sections} /><LegalDocument").replace("/>;", "/></>;")
    assert _read(twice).blocks == []
    pushed = _IMPORTED % (_SECTIONS + '\nsections.push({ title: "三", content: "…" });', "sections={sections}")
    assert _read(pushed).blocks == []
    # a lower-case element's attribute is no component's prop
    element = (_IMPORTED % (_SECTIONS, "")).replace("<LegalDocument", "<div data={sections}></div>; <LegalDocument")
    assert all(b.text != _ONE for b in _read(element).blocks)


def test_round35b_linguaflow_pages_are_read() -> None:
    # each page's <LegalPage title="隐私政策" …/> is its title (u54x), then the sections from line 11
    for name, headings, paragraphs in (("linguaflow-tmpl-tsx", 8, 14), ("linguaflow-tsx", 9, 22)):
        path = _ROOT / "eval/blind/round35b/holdout" / name / "page.tsx"
        text = path.read_text(encoding="utf-8")
        parsed = _read(text, str(path))
        kinds = [b.kind for b in parsed.blocks]
        assert kinds.count("heading") == headings and len(kinds) - headings == paragraphs, name
        assert (parsed.blocks[0].text, parsed.blocks[0].level) == ("隐私政策", 1)
        assert parsed.blocks[1].text == "1. 我们处理的信息" and parsed.blocks[1].line == 11
        assert parsed.blocks[2].text.startswith("账户信息：邮箱地址") and parsed.blocks[2].line == 13
        # the props that are strings (the title, the effective date) and the routes are not read as sections
        assert all("/terms" not in b.text and "LEGAL" not in b.text for b in parsed.blocks)
