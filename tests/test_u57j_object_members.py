"""u57j task 2: a JSX child or a template literal's slot naming a member of a same-file object constant
(`{PRIVACY.title}`, `${PRIVACY.email}`) is read as the string the page shows (`load/object_constants.py`); an imported
object's member, a computed member, an object the code changes or a root bound twice stay as before: an upper-case
path kept as written (a located slot), a lower-case one blanked.  Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_file
from policylens.load import load


def _texts(tmp_path: Path, name: str, page: str) -> list[str]:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return [" ".join(b.text.split()) for b in load(str(path)).parsed.blocks]


_PAGE = """import { COMPANY } from '@/lib/company';

DECLARATION

export default function Page() {
  return (
    <main>
      <h1>{PRIVACY.title}</h1>
      <p>最後更新：{PRIVACY.updated}</p>
      <h2>一、聯絡我們</h2>
      <p>如有任何問題，請來信 {PRIVACY.contact.email} 或致電 {COMPANY.phone}。</p>
      <p>資料蒐集者：{site.legalName}</p>
    </main>
  );
}
"""
_OBJECTS = """const PRIVACY = {
  title: '隱私權政策',
  updated: '2026-09-01',
  contact: { email: 'privacy@yuguo.com.tw' },
};
const site: SiteConfig = { legalName: '宇果國際行銷有限公司' } as const;"""


@pytest.mark.parametrize("name", ["page.tsx", "page.jsx"])
def test_a_member_of_a_same_file_object_is_read_as_its_string(tmp_path: Path, name: str) -> None:
    doc = parse_file(tmp_path, name, _PAGE.replace("DECLARATION", _OBJECTS))
    assert doc.metadata.title == "隱私權政策"  # base57: 「{PRIVACY.title}」
    assert doc.metadata.updated is not None
    texts = [" ".join(p.text.split()) for s in doc.sections for p in s.paragraphs]
    assert "如有任何問題，請來信 privacy@yuguo.com.tw 或致電 {COMPANY.phone}。" in texts  # (the import: kept as written)
    assert "資料蒐集者：宇果國際行銷有限公司" in texts  # base57: 「資料蒐集者：」
    assert "privacy@yuguo.com.tw" in doc.metadata.emails


@pytest.mark.parametrize(
    ("objects", "why"),
    [
        (_OBJECTS.replace("const ", "let "), "declared with let"),
        (_OBJECTS + "\nPRIVACY.title = '另一個標題';\nsite['legalName'] += '分公司';", "a member assigned"),
        (_OBJECTS + "\nObject.assign(PRIVACY, other);\nObject.assign(site, other);", "handed to Object.assign"),
        (_OBJECTS + "\nfunction Card({ PRIVACY, site }) { return null; }", "a parameter of the same name"),
        (_OBJECTS + "\nconst { PRIVACY, site } = useConfig();", "destructured again"),
        (_OBJECTS.replace("title: '隱私權政策',", "...base,").replace("{ legalName", "{ ...base, legalName"), "a spread"),
        ("// const PRIVACY = { title: '隱私權政策' };\nconst note = \"const site = { legalName: 'x' }\";", "in a comment or string"),
    ],
)
def test_an_uncertain_object_is_read_as_before(tmp_path: Path, objects: str, why: str) -> None:
    texts = _texts(tmp_path, "page.tsx", _PAGE.replace("DECLARATION", objects))
    assert "{PRIVACY.title}" in texts, why
    assert "資料蒐集者：" in texts, why


def test_computed_members_are_not_read_the_others_are(tmp_path: Path) -> None:
    objects = (
        "const PRIVACY = {\n  title: t('privacy.title'),\n  updated: `${year}-09-01`,\n  version: 3,\n"
        "  contact: { email: 'privacy@yuguo.com.tw', phone: ['02-1234-5678'] },\n};"
    )
    texts = _texts(tmp_path, "page.tsx", _PAGE.replace("DECLARATION", objects))
    assert texts[:2] == ["{PRIVACY.title}", "最後更新：{PRIVACY.updated}"]
    assert "如有任何問題，請來信 privacy@yuguo.com.tw 或致電 {COMPANY.phone}。" in texts


def test_a_template_literal_slot_naming_a_member(tmp_path: Path) -> None:
    page = (
        "import ReactMarkdown from 'react-markdown';\n\nconst PRIVACY = { email: 'privacy@yuguo.com.tw', updated: '2026年9月1日' };\n\n"
        "const content = `# 隱私權政策\n\n最後更新：${PRIVACY.updated}\n\n## 一、我們蒐集的資料\n\n"
        "我們只蒐集你主動填寫在表單中的姓名與電子郵件地址，用於回覆你的詢問，不作其他用途。\n\n## 二、聯絡我們\n\n"
        "如有任何問題，請來信 ${PRIVACY.email}，我們會在七個工作天內回覆你的請求，謝謝你的耐心。\n`;\n\n"
        "export default function Page() {\n  return <ReactMarkdown>{content}</ReactMarkdown>;\n}\n"
    )
    texts = _texts(tmp_path, "page.tsx", page)
    assert "最後更新：2026年9月1日" in texts
    assert "如有任何問題，請來信 privacy@yuguo.com.tw，我們會在七個工作天內回覆你的請求，謝謝你的耐心。" in texts
    imported = page.replace("const PRIVACY = {", "import { PRIVACY } from './c';\nconst OTHER = {")
    assert "最後更新：" in _texts(tmp_path, "page.tsx", imported)  # (an import: a Markdown literal's slot blanked, as before)
