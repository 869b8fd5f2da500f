"""u53x class 1: a React page passing its sections to a layout component as an inline prop array whose bodies are markup
(`<LegalPage sections={[{ heading: 'Who we are', body: (<p>…</p>) }]} />`, eval/profiles52b elevate-en, read as an
empty page before), read at each string's and element's own line (`load/jsx_data/prop_markup.py`).  Every text below is
invented; the real document stays as a regression at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

# (title, intro, section 1, its sentence, section 2, list items, section 3, its sentence) per language
_TEXTS = {
    "hans": (
        "隐私政策",
        "本政策说明我们如何处理您的个人信息。",
        "我们是谁",
        "示例公司是您个人信息的处理者，您可以通过电子邮件联系我们。",
        "我们收集什么",
        ("您提供的姓名和电子邮件地址，用于回复您的咨询；", "设备信息，用于保障服务安全。"),
        "您的权利",
        "您可以查阅、更正或删除您的个人信息，我们将在十五个工作日内答复。",
    ),
    "hant": (
        "隱私權政策",
        "本政策說明我們如何處理您的個人資料。",
        "我們是誰",
        "示例公司是您個人資料的蒐集者，您可以透過電子郵件聯絡我們。",
        "我們蒐集什麼",
        ("您提供的姓名與電子郵件地址，用於回覆您的詢問；", "裝置資訊，用於維護服務安全。"),
        "您的權利",
        "您可以查詢、更正或刪除您的個人資料，我們將於十五個工作日內回覆。",
    ),
    "en": (
        "Privacy Policy",
        "This policy explains how we handle your personal data.",
        "Who we are",
        "Example Ltd is the controller of your personal data and you can reach us by email.",
        "What we collect",
        ("Your name and email address, to answer your enquiry;", "Device details, to keep the service secure."),
        "Your rights",
        "You can ask for access, correction or deletion of your personal data at any time.",
    ),
}


def _page(lang: str, *, bare: bool = False, intro: str = "quoted") -> str:
    title, lead, h1, s1, h2, items, h3, s3 = _TEXTS[lang]
    open_, close = ("", "") if bare else ("(", ")")
    intro_prop = {"quoted": f'intro="{lead}"', "template": f"intro={{`{lead}`}}", "none": ""}[intro]
    return f"""import {{ LegalPage }} from '@/components/LegalPage'

export default function Privacy() {{
  return (
    <LegalPage
      title="{title}"
      {intro_prop}
      sections={{[
        {{
          id: 'who',
          heading: '{h1}',
          body: {open_}
            <p>
              {s1}
            </p>
          {close},
        }},
        {{
          heading: '{h2}',
          body: {open_}
            <ul className="list-disc">
              <li>{items[0]}</li>
              <li>{items[1]}</li>
            </ul>
          {close},
        }},
        {{
          heading: '{h3}',
          body: {open_}
            <>
              <p>{s3}</p>
            </>
          {close},
        }},
      ]}}
    />
  )
}}
"""


@pytest.mark.parametrize("lang", ["hans", "hant", "en"])
@pytest.mark.parametrize("bare", [False, True])
def test_sections_with_markup_bodies_are_read_at_their_lines(tmp_path: Path, lang: str, bare: bool) -> None:
    _, _, h1, s1, h2, items, h3, s3 = _TEXTS[lang]
    doc = parse_file(tmp_path, "privacy.tsx", _page(lang, bare=bare, intro="none"))
    assert [(line, title) for line, _, title in headings(doc)] == [(11, h1), (19, h2), (28, h3)]
    assert len({level for _, level, _ in headings(doc)}) == 1  # (peers)
    found = {p.text: (p.line, p.kind) for s in doc.sections for p in s.paragraphs}
    assert found[s1] == (14, "paragraph")
    assert found[items[0]] == (22, "item") and found[items[1]] == (23, "item")
    assert found[s3] == (31, "paragraph")


@pytest.mark.parametrize("lang", ["hans", "hant", "en"])
@pytest.mark.parametrize("intro", ["quoted", "template"])
def test_the_components_intro_is_read_once_before_the_sections(tmp_path: Path, lang: str, intro: str) -> None:
    lead = _TEXTS[lang][1]
    doc = parse_file(tmp_path, "privacy.tsx", _page(lang, intro=intro))
    texts = paragraph_texts(doc)
    assert texts.count(lead) == 1
    assert texts.index(lead) == 0
    assert doc.sections[0].paragraphs[0].line == 7


@pytest.mark.parametrize("lang", ["hans", "hant"])
def test_a_chinese_intro_the_attribute_reader_leaves_is_read_once(tmp_path: Path, lang: str) -> None:
    lead = _TEXTS[lang][1].replace("我", "「我", 1).replace("如何", "」如何", 1).replace("「", '"').replace("」", '"')
    page = _page(lang, intro="none").replace('      title="', f'      intro={{`{lead}`}}\n      title="', 1)
    doc = parse_file(tmp_path, "privacy.tsx", page)
    texts = paragraph_texts(doc)
    assert texts.count(lead) == 1 and texts.index(lead) == 0


def test_a_value_the_code_prints_leaves_its_sentence_read(tmp_path: Path) -> None:
    page = """import { LegalPage } from '@/components/LegalPage'
import { site } from '@/content'

export default () => (
  <LegalPage
    sections={[
      {
        heading: 'Who we are',
        body: (
          <p>
            {site.name} is the data controller. You can reach us at {site.email} at any time.
          </p>
        ),
      },
      {
        heading: 'Cookies',
        body: <p>We set one cookie to remember your consent choice, and nothing else.</p>,
      },
    ]}
  />
)
"""
    doc = parse_file(tmp_path, "privacy.tsx", page)
    assert [(line, title) for line, _, title in headings(doc)] == [(8, "Who we are"), (16, "Cookies")]
    assert paragraph_texts(doc)[0] == "is the data controller. You can reach us at at any time."
    assert doc.sections[0].paragraphs[0].column == 25


def test_a_literal_body_beside_markup_bodies_is_read_too(tmp_path: Path) -> None:
    page = _page("hans", intro="none").replace(
        "      ]}\n",
        "        { heading: '联系我们', body: '如有疑问，请发送邮件至 privacy@example.com 与我们联系。' },\n      ]}\n",
    )
    doc = parse_file(tmp_path, "privacy.tsx", page)
    assert [title for _, _, title in headings(doc)][-1] == "联系我们"
    assert paragraph_texts(doc)[-1] == "如有疑问，请发送邮件至 privacy@example.com 与我们联系。"


# --- negatives ------------------------------------------------------------------------------------------------------


def test_a_menu_array_is_not_read(tmp_path: Path) -> None:
    page = """import { Nav } from '@/components/Nav'

export default function Page() {
  return (
    <main>
      <Nav items={[{ title: 'Home', href: '/' }, { title: 'About', href: '/about' }]} />
      <h1>隐私政策</h1>
      <p>我们仅在必要的范围内收集您的个人信息，并采取合理措施保护其安全。</p>
    </main>
  )
}
"""
    doc = parse_file(tmp_path, "privacy.tsx", page)
    assert "Home" not in " ".join(paragraph_texts(doc))
    assert paragraph_texts(doc) == ["我们仅在必要的范围内收集您的个人信息，并采取合理措施保护其安全。"]


def test_tabs_and_icons_are_not_sections(tmp_path: Path) -> None:
    page = """import { Tabs } from 'antd'
import { Shield } from 'lucide-react'

export default function Page() {
  return (
    <main>
      <h1>隐私政策</h1>
      <Tabs items={[{ label: '概览', children: (<p>这是一个标签页里的说明文字，一次只显示一个。</p>) }]} />
      <Card items={[{ title: '安全', icon: <Shield /> }]} />
      <p>我们仅在必要的范围内收集您的个人信息，并采取合理措施保护其安全。</p>
    </main>
  )
}
"""
    doc = parse_file(tmp_path, "privacy.tsx", page)
    texts = " ".join(paragraph_texts(doc))
    assert "标签页" not in texts and "安全" not in [t for _, _, t in headings(doc)]


def test_a_body_the_code_chooses_is_not_read_and_said_so(tmp_path: Path) -> None:
    page = """import { LegalPage } from '@/components/LegalPage'

export default function Privacy({ lang }) {
  return (
    <LegalPage
      sections={[
        {
          heading: '我们是谁',
          body: lang === 'zh' ? (<p>示例公司是您个人信息的处理者，您可以通过电子邮件联系我们。</p>) : (<p>Example Ltd.</p>),
        },
      ]}
    />
  )
}
"""
    doc = parse_file(tmp_path, "privacy.tsx", page)
    assert any("an array of sections written as markup" in w for w in doc.warnings)


def test_a_literal_array_alone_is_read_as_before(tmp_path: Path) -> None:
    page = """import { LegalClauseList } from './LegalClauseList'

export default function Privacy() {
  return (
    <main>
      <h1>隐私政策</h1>
      <LegalClauseList items={[{ title: '查询权', body: '您有权查询我们持有的您的个人信息，我们将及时答复。' }]} />
    </main>
  )
}
"""
    doc = parse_file(tmp_path, "privacy.tsx", page)
    assert "您有权查询我们持有的您的个人信息，我们将及时答复。" in paragraph_texts(doc)
    assert [t for _, _, t in headings(doc)] != ["查询权"]  # (`_inline_arrays`: its title a paragraph, as before)


# --- the real document ----------------------------------------------------------------------------------------------


def test_real_elevate_en() -> None:
    doc = parse_path(_ROOT / "eval" / "profiles52b" / "docs" / "elevate-en" / "Privacy.tsx")
    assert [(line, title) for line, _, title in headings(doc)] == [
        (16, "Who we are"),
        (25, "What we collect"),
        (43, "How we use it"),
        (54, "Who we share it with"),
        (65, "How long we keep it"),
        (75, "Your rights"),
        (86, "Cookies"),
        (96, "Changes"),
    ]
    found = {p.line: p for s in doc.sections for p in s.paragraphs}
    assert found[13].text.startswith("This policy explains how")
    assert [found[n].kind for n in (46, 47, 48, 49)] == ["item"] * 4
    assert found[78].text.endswith("right to complain to the Information Commissioner's Office (ICO) at ico.org.uk.")
    assert not doc.warnings
    assert doc.metadata.updated is not None and doc.metadata.updated.startswith("2026-07-22")  # (the self-closed layout's `updated=`)


@pytest.mark.parametrize("closed", [True, False])
def test_a_layouts_date_prop_is_read_closed_or_not(tmp_path: Path, closed: bool) -> None:
    end = "/>" if closed else "></LegalPage>"
    page = _page("hans", intro="none").replace('      title="隐私政策"', '      title="隐私政策"\n      updatedAt="2026-03-01"')
    page = page.replace("    />\n", f"    {end}\n")
    doc = parse_file(tmp_path, "privacy.tsx", page)
    assert doc.metadata.updated is not None and doc.metadata.updated.startswith("2026-03-01")
