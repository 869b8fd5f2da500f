"""A privacy policy kept as an i18n Record's strings, one edition per language (u58l, `load.i18n_records`).

eval/profiles57q civiltools-multi (not blind: the class was found by that set's run): `export const translations:
Record<LanguageType, Translations> = { en: { privacyPageTitle, privacyIntro, … }, zh: {…}, ja: {…}, es: {…} }` in a
`LanguageContext.tsx` was read as empty ("the document is empty", 11 false "missing" profile items).  Read now: the
policy's strings of each edition in source order, heading keys as headings; the menu, the terms, buttons, metadata and
the code not read; a module read as text otherwise keeps its reading when the Record holds another document's prose.
"""

from __future__ import annotations

from pathlib import Path

from check_helpers import written_findings
from parse_helpers import parse_file, parse_path, shown_lines

ROOT = Path(__file__).resolve().parent.parent
CIVILTOOLS = ROOT / "eval/profiles57q/docs/civiltools-multi/LanguageContext.tsx"

_EN_INTRO = "This Privacy Policy explains how we collect, use, and disclose your information when you use our services."
_EN_COLLECT = "We collect your email address and device information to provide the service and to keep it secure."
_ZH_INTRO = "本隐私政策说明我们在您使用服务时如何收集、使用和披露您的信息。"
_ZH_COLLECT = "我们收集您的电子邮箱地址和设备信息，以便提供服务并保障服务安全。"

# a component with no text in its markup, its strings in a flat Record (the civiltools-multi shape)
_FLAT_TSX = f""""use client";
import {{ createContext, ReactNode }} from "react";

export const translations: Record<LanguageType, Translations> = {{
  en: {{
    home: "Home",
    privacyPolicy: "Privacy Policy",
    privacyPageTitle: "Privacy Policy",
    privacyLastUpdated: "Last Updated: July 1, 2024",
    privacyIntro: "{_EN_INTRO}",
    privacyCollectTitle: "Information We Collect",
    privacyCollect: "{_EN_COLLECT}",
    privacyBackButton: "Back",
    termsIntro: "These Terms of Service govern your use of our website and services, so please read them carefully.",
  }},
  zh: {{
    home: "首页",
    privacyPolicy: "隐私政策",
    privacyPageTitle: "隐私政策",
    privacyLastUpdated: "最后更新：2024年7月1日",
    privacyIntro: "{_ZH_INTRO}",
    privacyCollectTitle: "我们收集的信息",
    privacyCollect: "{_ZH_COLLECT}",
    privacyBackButton: "返回",
    termsIntro: "本服务条款规定您对我们网站和服务的使用，请仔细阅读并遵守本条款的全部内容。",
  }},
}};

export function LanguageProvider({{ children }}: {{ children: ReactNode }}) {{
  return <LanguageContext.Provider value={{{{ t: translations.en }}}}>{{children}}</LanguageContext.Provider>;
}}
"""

_FLAT_READ = [  # (the first title is the document's: `metadata.title`)
    (9, "Last Updated: July 1, 2024"),
    (10, _EN_INTRO),
    (11, "Information We Collect"),
    (12, _EN_COLLECT),
    (19, "隐私政策"),
    (20, "最后更新：2024年7月1日"),
    (21, _ZH_INTRO),
    (22, "我们收集的信息"),
    (23, _ZH_COLLECT),
]

# nested, `as const`, arrays of sections with paragraphs and items, the site's menu beside the policy
_NESTED_TS = f"""export const messages = {{
  en: {{
    nav: {{ home: 'Home', about: 'About us' }},
    privacy: {{
      title: 'Privacy Policy',
      meta: {{ description: 'Read how Example collects and uses the personal data of the people who use its apps.' }},
      intro: '{_EN_INTRO}',
      sections: [
        {{ heading: 'Information We Collect', paragraphs: ['{_EN_COLLECT}'] }},
        {{ heading: 'Your Rights', items: ['Access your personal data.', 'Delete your personal data.'] }},
      ],
    }},
  }},
  zh: {{
    nav: {{ home: '首页', about: '关于我们' }},
    privacy: {{
      title: '隐私政策',
      meta: {{ description: '了解本公司如何收集和使用您在使用本应用时提供的个人信息以及您享有的权利。' }},
      intro: '{_ZH_INTRO}',
      sections: [
        {{ heading: '我们收集的信息', paragraphs: ['{_ZH_COLLECT}'] }},
        {{ heading: '您的权利', items: ['访问您的个人信息。', '删除您的个人信息。'] }},
      ],
    }},
  }},
}} as const;
"""


def _kinds(tmp_path: Path, name: str, text: str) -> list[tuple[int | None, str | None, str]]:
    doc = parse_file(tmp_path, name, text)
    out: list[tuple[int | None, str | None, str]] = []
    for s in doc.sections:
        if s.title:
            out.append((s.line, "title", s.title))
        out.extend((p.line, p.kind, p.text) for p in s.paragraphs)
    return out


def test_a_component_s_flat_record_is_read_per_language_in_order(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "LanguageContext.tsx", _FLAT_TSX)
    assert shown_lines(doc) == _FLAT_READ  # the menu's label, the button, the terms and the code: not read
    assert doc.metadata.title == "Privacy Policy" and doc.metadata.title_line == 8
    assert any("i18n record" in w and "(en, zh)" in w for w in doc.warnings)
    assert "the document is empty (no text)" not in doc.warnings
    columns = {p.line: p.column for s in doc.sections for p in s.paragraphs}
    assert columns[10] == 20  # after `    privacyIntro: "`


def test_the_same_record_in_a_jsx_page_and_a_ts_module(tmp_path: Path) -> None:
    assert shown_lines(parse_file(tmp_path, "LanguageContext.jsx", _FLAT_TSX)) == _FLAT_READ
    # a module read as text otherwise (every string seen): read so when the policy is all the Record's prose…
    module = _FLAT_TSX.split("export function")[0]
    without_terms = "\n".join(line for line in module.split("\n") if "termsIntro" not in line)
    assert shown_lines(parse_file(tmp_path, "translations.ts", without_terms)) == [
        (line - 1 if line > 14 else line, t) for line, t in _FLAT_READ
    ]
    # …and as before when the terms' sentences stand beside it, or Chinese text of the module outside the Record
    assert not any("i18n record" in w for w in parse_file(tmp_path, "translations.ts", module).warnings)
    coded = without_terms + "\nexport const NOTICE = '本页面为内部评审草案，正式发布前请由法务部门审核。'\n"
    assert not any("i18n record" in w for w in parse_file(tmp_path, "coded.ts", coded).warnings)


def test_nested_records_with_sections_and_items(tmp_path: Path) -> None:
    read = _kinds(tmp_path, "messages.ts", _NESTED_TS)
    assert read == [
        (7, "paragraph", _EN_INTRO),
        (9, "title", "Information We Collect"),
        (9, "paragraph", _EN_COLLECT),
        (10, "title", "Your Rights"),
        (10, "item", "Access your personal data."),
        (10, "item", "Delete your personal data."),
        (17, "title", "隐私政策"),
        (19, "paragraph", _ZH_INTRO),
        (21, "title", "我们收集的信息"),
        (21, "paragraph", _ZH_COLLECT),
        (22, "title", "您的权利"),
        (22, "item", "访问您的个人信息。"),
        (22, "item", "删除您的个人信息。"),
    ]  # the menu and the page's metadata: not read


def test_a_json_file_of_the_same_shape(tmp_path: Path) -> None:
    body = (
        '{\n  "en": {\n    "privacy": {\n      "title": "Privacy Policy",\n'
        f'      "intro": "{_EN_INTRO}",\n      "collect": "{_EN_COLLECT}"\n    }}\n  }},\n'
        '  "zh-CN": {\n    "privacy": {\n      "title": "隐私政策",\n'
        f'      "intro": "{_ZH_INTRO}",\n      "collect": "{_ZH_COLLECT}"\n    }}\n  }}\n}}\n'
    )
    lines = shown_lines(parse_file(tmp_path, "privacy.json", body))
    assert lines == [
        (5, _EN_INTRO),
        (6, _EN_COLLECT),
        (11, "隐私政策"),
        (12, _ZH_INTRO),
        (13, _ZH_COLLECT),
    ]


def test_vue_i18n_messages_template_literals_satisfies_and_quoted_keys(tmp_path: Path) -> None:
    js = (
        "import { createI18n } from 'vue-i18n'\n\nconst i18n = createI18n({\n  locale: 'zh',\n  messages: {\n"
        f"    zh: {{ privacy: {{ title: '隐私政策', intro: `{_ZH_INTRO}{_ZH_COLLECT}` }} }},\n"
        f"    en: {{ privacy: {{ title: 'Privacy Policy', intro: '{_EN_INTRO}' }} }},\n  }},\n}})\n\nexport default i18n\n"
    )
    assert shown_lines(parse_file(tmp_path, "i18n.js", js)) == [
        (6, _ZH_INTRO + _ZH_COLLECT),
        (7, "Privacy Policy"),
        (7, _EN_INTRO),
    ]
    ts = (
        "type Lang = 'zh-TW' | 'en'\nexport const copy = {\n"
        "  'zh-TW': {\n    privacy_title: '隱私權政策',\n"
        "    privacy_intro: '本網站重視您的隱私，以下說明我們如何蒐集、處理及利用您的個人資料，以及您依法享有的權利。',\n"
        "    privacy_back: '返回',\n  },\n"
        "  \"en\": {\n    privacy_title: 'Privacy Policy',\n"
        "    privacy_intro: 'We value your privacy. This page explains how we collect and use your personal data.',\n"
        "    privacy_back: 'Back',\n  },\n} satisfies Record<Lang, Record<string, string>>\n"
    )
    assert [line for line, _ in shown_lines(parse_file(tmp_path, "copy.ts", ts))] == [5, 9, 10]


def test_what_stays_as_before(tmp_path: Path) -> None:
    # a Record with no policy (the menu, an about page), one language only, a slot `${…}` or a function in it
    unread = {
        "menu.ts": _NESTED_TS.replace("privacy", "about"),
        "one.ts": _NESTED_TS.replace("  zh: {", "  zz: {"),
        "slot.ts": _NESTED_TS.replace(f"intro: '{_ZH_INTRO}'", "intro: `${APP}" + _ZH_INTRO + "`"),
        "call.ts": _NESTED_TS.replace("title: '隐私政策'", "title: t('隐私政策')"),
    }
    for name, text in unread.items():
        doc = parse_file(tmp_path, name, text)
        assert not any("i18n record" in w for w in doc.warnings), name
    # a module that keeps its terms' sentences beside the policy: read as text as before, every string seen
    both = _NESTED_TS.replace(
        "    nav: { home: '首页', about: '关于我们' },",
        "    terms: { intro: '【请在此填写服务条款正文，上线前由法务部门审核并替换本段占位内容】' },",
    )
    doc = parse_file(tmp_path, "both.ts", both)
    assert not any("i18n record" in w for w in doc.warnings)
    assert any("请在此填写服务条款正文" in t for _, t in shown_lines(doc))


def test_a_page_whose_markup_has_text_is_read_by_the_page_reader(tmp_path: Path) -> None:
    shown = "<main><h1>隐私政策</h1><p>我们重视您的隐私，本页说明我们如何处理您的个人信息。</p>{children}</main>"
    page = _FLAT_TSX.replace("{children}</LanguageContext.Provider>", shown + "</LanguageContext.Provider>")
    doc = parse_file(tmp_path, "Page.tsx", page)
    assert not any("i18n record" in w for w in doc.warnings)
    assert doc.metadata.title == "隐私政策"
    assert [t for _, t in shown_lines(doc)] == ["我们重视您的隐私，本页说明我们如何处理您的个人信息。"]


def test_a_slot_in_the_records_other_strings_is_still_a_finding(tmp_path: Path) -> None:
    page = _FLAT_TSX.replace('home: "首页",', 'home: "首页",\n    footerEmail: "联系邮箱：xxx@xxx.com",')
    assert "联系邮箱：xxx@xxx.com" not in [t for _, t in shown_lines(parse_file(tmp_path, "A.tsx", page))]
    found = written_findings(tmp_path, "LanguageContext.tsx", page)
    assert [line for line, _, excerpt in found if "xxx@xxx.com" in excerpt] == [18]


def test_civiltools_multi_is_read_in_its_four_editions() -> None:
    doc = parse_path(CIVILTOOLS)
    lines = shown_lines(doc)
    assert doc.metadata.title == "Privacy Policy" and doc.metadata.title_line == 77
    assert [t for line, t in lines if line in (135, 193, 251)] == ["隐私政策", "プライバシーポリシー", "Política de Privacidad"]
    texts = [t for _, t in lines]
    assert any(t.startswith("GDPR Compliance: For users in the European Economic Area") for t in texts)
    assert not any(t.startswith("These Terms of Service") for t in texts)  # the terms' strings are not the policy's
    assert len(lines) == 48
