"""u61j: a locale copy object's strings read by the role the page's components give them (`load.jsx_data.role_props`,
eval/structure61s demox-tsx): section titles, list items, the page's date and intro, one paragraph per `<LegalP>`;
a control's title or items, a self-closing tag's title and a component used with other children stay as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import paragraph_texts, parse_file, parse_path

_COPY = """import React from "react";
import { LegalArticle, LegalList, LegalP, LegalSection } from "@/components/LegalArticle";

const copy = {
  zh: {
    title: "示例隐私政策",
    updated: "最近更新：2026-01-02",
    intro: "本政策说明我们如何收集和使用您的个人信息。",
    collectTitle: "一、我们收集的信息",
    collectLead: "我们可能会收集以下信息：",
    collectItems: ["账号信息：邮箱地址。", "设备信息：设备型号。"],
    collectNote: "我们不会收集与服务无关的信息。",
    contactTitle: "二、联系我们",
    contactBody: "如有问题请通过站内反馈与我们联系。",
  },
  en: {
    title: "Example Privacy Policy",
    updated: "Last updated: 2 January 2026",
    intro: "This policy explains how we collect and use personal information.",
    collectTitle: "1. Information we collect",
    collectLead: "We may collect:",
    collectItems: ["Account data: email address.", "Device data: model."],
    collectNote: "We do not collect data unrelated to the service.",
    contactTitle: "2. Contact",
    contactBody: "Contact us through in-product feedback.",
  },
} as const;

const PrivacyPage: React.FC = () => {
  const { language } = useLanguage();
  const t = copy[language === "en" ? "en" : "zh"];
  return (
    <LegalArticle title={t.title} updated={t.updated} intro={t.intro}>
      <SECTION title={t.collectTitle}>
        <LegalP>{t.collectLead}</LegalP>
        <LIST items={t.collectItems} />
        <LegalP>{t.collectNote}</LegalP>
      </SECTION>
      <SECTION title={t.contactTitle}>
        <LegalP>{t.contactBody}</LegalP>
      </SECTION>
    </LegalArticle>
  );
};

export default PrivacyPage;
"""


def _page(tmp_path: Path, section: str = "LegalSection", items: str = "LegalList") -> str:
    return _COPY.replace("</SECTION>", f"</{section}>").replace("<SECTION", f"<{section}").replace("LIST", items)


def test_a_locale_copy_shown_through_role_props_is_read_as_the_page_shows_it(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _page(tmp_path))
    assert doc.metadata.title == "示例隐私政策"
    titles = [s.title for s in doc.sections if s.title]
    assert titles[:2] == ["一、我们收集的信息", "二、联系我们"]
    paragraphs = paragraph_texts(doc)
    zh = paragraphs[: paragraphs.index("Last updated: 2 January 2026")]
    assert zh == [
        "最近更新：2026-01-02",
        "本政策说明我们如何收集和使用您的个人信息。",
        "我们可能会收集以下信息：",
        "账号信息：邮箱地址。",
        "设备信息：设备型号。",
        "我们不会收集与服务无关的信息。",
        "如有问题请通过站内反馈与我们联系。",
    ]
    items = [p for s in doc.sections for p in s.paragraphs if p.kind == "item"]
    assert [p.text for p in items][:2] == ["账号信息：邮箱地址。", "设备信息：设备型号。"]
    # the other locale: the same page in English, read after it (as every edition of a page keyed by locale is)
    assert "Example Privacy Policy" in titles and "1. Information we collect" in titles


@pytest.mark.parametrize(
    ("section", "items"),
    [
        ("Tooltip", "LegalList"),  # a tooltip's title is a label, not a heading
        ("LegalSection", "Select"),  # a select's items are options
    ],
)
def test_a_control_s_title_or_items_are_not_read_by_role(tmp_path: Path, section: str, items: str) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _page(tmp_path, section, items))
    titles = [s.title for s in doc.sections if s.title]
    paragraphs = paragraph_texts(doc)
    if section == "Tooltip":
        assert "一、我们收集的信息" not in titles
    else:
        assert "一、我们收集的信息" in titles
        assert "账号信息：邮箱地址。" not in paragraphs


def test_a_button_s_title_and_a_self_closing_title_are_no_heading(tmp_path: Path) -> None:
    source = _page(tmp_path).replace(
        "<LegalP>{t.contactBody}</LegalP>",
        "<LegalP>{t.contactBody}</LegalP>\n        <Button title={t.collectNote} />\n        <Card title={t.intro} />",
    )
    doc = parse_file(tmp_path, "privacy.tsx", source)
    titles = [s.title for s in doc.sections if s.title]
    assert "我们不会收集与服务无关的信息。" not in titles and "本政策说明我们如何收集和使用您的个人信息。" not in titles


def test_a_component_with_other_children_stays_inline(tmp_path: Path) -> None:
    # `<Em>` holds only a path, but with text beside it: inline in its paragraph, as before
    source = _page(tmp_path).replace("<LegalP>{t.collectLead}</LegalP>", "<p>请注意：<Em>{t.collectLead}</Em></p>")
    doc = parse_file(tmp_path, "privacy.tsx", source)
    assert "请注意：我们可能会收集以下信息：" in paragraph_texts(doc)
    # `<Em>` used with other children somewhere: no box either (the note runs on after its section's list, as before)
    source = (
        _page(tmp_path)
        .replace("<LegalP>{t.collectNote}</LegalP>", "<Em>{t.collectNote}</Em>")
        .replace("<LegalP>{t.contactBody}</LegalP>", "<LegalP>{t.contactBody}</LegalP><p>注：<Em>见上</Em></p>")
    )
    assert "我们不会收集与服务无关的信息。" in paragraph_texts(parse_file(tmp_path, "privacy2.tsx", source))


def test_demox_locale_copy_regression() -> None:
    doc = parse_path(Path(__file__).parent.parent / "eval/structure61s/dev/demox-tsx/privacy.tsx")
    assert doc.metadata.title == "Demox 隐私政策"
    titles = [s.title for s in doc.sections if s.title]
    assert titles[:11] == [
        "一、我们收集的信息",
        "二、我们如何使用这些信息",
        "三、内容自动审核与合规要求",
        "四、我们如何存储和保护信息",
        "五、Cookie 政策",
        "六、信息共享、转让与公开披露",
        "七、您的权利",
        "八、与第三方服务的关系",
        "九、未成年人保护",
        "十、本政策的更新",
        "十一、联系我们",
    ]
    zh = [p for s in doc.sections[:12] for p in s.paragraphs]
    assert sum(p.kind == "item" for p in zh) == 25
    assert zh[0].text == "最近更新：2026-07-21" and zh[0].line == 9
    assert len({p.text for p in zh}) == len(zh)  # each string once
