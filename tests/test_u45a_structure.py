"""Structure of real pages, forty-fifth session (u45a): documents kept in a script's literals and data objects.

Two classes from eval/structure45 (dev), each with the look-alikes that must stay as they were:

- A template literal that opens with a document's name over numbered sections (``const PRIVACY_TEXT = `牌局环境守护 ·
  隐私政策⏎⏎一、信息收集…` ``, a mini-program's ``wx.showModal({ content: `AI智能菜谱隐私政策⏎⏎一、…` })``) is a document
  even when the code around it holds much of the file's Chinese (a consent dialog's JSX, toasts, comments) or its items
  end in no sentence mark (`load.page_literals._named_document`): paiju-privacy-tsx (12 headings missed, the dialog's
  `title="隐私政策"` props two false ones), chilema-login-ts (its `// 登录状态` comments false headings, its title a
  comment).
- A script constant holding one document as an object, ``const privacyZh: LegalDocument = { title: "私隱資料收集聲明",
  notice: "…", sections: [{ title: "私隱保護承諾", paragraphs: […] }, …] }`` (`load.script_data._document_object`):
  tianji-legal-hk-ts, four such objects, 25 titles missed (the code read as 26 paragraphs).
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_string, title_places
from policylens.load.page_literals import literal_page
from policylens.load.script_data import script_document

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "structure45" / "dev"
ITEM = "我们仅收集您的设备标识码，用于绑定试用时间和会员权益"


# -- a literal opening with a document's name (`load.page_literals`) -------------------------------------------------


def _named(name: str, count: int = 3) -> str:
    numerals = "一二三四五六七八九"
    return f"{name}\n\n" + "\n\n".join(f"{numerals[k]}、{name[-2:]}第{k + 1}节\n{ITEM}" for k in range(count))


def _dialog(literals: str) -> str:
    chrome = "".join(f"        <Text>为保障功能正常使用，本应用需要获取以下权限第{k}项说明文字</Text>\n" for k in range(6))
    return (
        "import { Text, View } from 'react-native';\n"
        f"{literals}"
        "export default function Consent() {\n"
        "  return (\n"
        "      <View>\n"
        f"{chrome}"
        '        <DocModal title="隐私政策" content={PRIVACY_TEXT} />\n'
        "      </View>\n"
        "  );\n"
        "}\n"
    )


def test_named_literals_beside_a_dialog_are_the_documents() -> None:
    literals = f"export const PRIVACY_TEXT = `{_named('应用 · 隐私政策')}`;\n\nconst AGREEMENT_TEXT = `{_named('应用 · 用户协议')}`;\n"
    source = _dialog(literals)
    assert literal_page("m.tsx", source) is not None
    doc = parse_string(source, suffix=".tsx")
    assert doc.metadata.title == "应用 · 隐私政策"
    titles = title_places(doc)
    assert titles["一、政策第1节"] == (4, 1) and titles["三、政策第3节"] == (10, 1) and titles["一、协议第1节"][1] == 1
    assert titles["应用 · 用户协议"][1] == 1  # the second document's name: level 1, no parent (several-documents convention)
    assert "隐私政策" not in titles  # the modal's caption prop is no section


def test_literal_without_a_name_or_with_one_section_is_left_as_before() -> None:
    unnamed = f"export const PRIVACY_TEXT = `{_named('说明文字如下')}`;\n"  # (its first line names no document)
    assert literal_page("m.tsx", _dialog(unnamed)) is None
    single = f"export const PRIVACY_TEXT = `{_named('应用 · 隐私政策', 1)}`;\n"  # (one numbered line: a note)
    assert literal_page("m.tsx", _dialog(single)) is None


def test_mini_program_script_modal_contents_not_its_comments() -> None:
    toasts = "".join(f"    wx.showToast({{ title: '请阅读并勾选用户协议{k}', icon: 'none' }});\n" for k in range(10))
    source = (
        "// 登录页面：微信一键登录\n"
        "Page({\n"
        "  data: {\n"
        "    // 登录状态\n"
        "    isAgreed: false,\n"
        "  },\n"
        "  onLogin() {\n"
        f"{toasts}"
        "  },\n"
        "  onViewPrivacy() {\n"
        "    wx.showModal({\n"
        "      title: '隐私政策',\n"
        "      content: `AI智能菜谱隐私政策\n\n一、信息收集\n1. 头像和昵称：您主动选择上传的内容\n2. 微信账号信息：通过微信授权获取，用于账号绑定\n"
        "3. 收藏记录：您主动收藏的菜谱数据\n\n二、信息使用\n1. 您的微信账号用于账号绑定，一个微信一个账号\n"
        "2. 您的信息将用于提供个性化服务和保存您的偏好设置\n\n三、信息存储\n1. 数据采用加密存储，保障信息安全`,\n"
        "    });\n"
        "  },\n"
        "});\n"
    )
    doc = parse_string(source, suffix=".ts")
    assert doc.metadata.title == "AI智能菜谱隐私政策"
    titles = title_places(doc)
    assert titles["一、信息收集"] == (24, 1) and titles["二、信息使用"] == (29, 1) and titles["三、信息存储"] == (33, 1)
    assert not any("登录" in t for t in titles)  # comments and toasts are no headings


def test_structure45_literal_documents_read_at_their_lines() -> None:
    paiju = parse_string((SET / "paiju-privacy-tsx" / "PrivacyModal.tsx").read_text(encoding="utf-8"), suffix=".tsx")
    assert paiju.metadata.title == "牌局环境守护 · 隐私政策"
    lines = {s.line for s in paiju.sections if s.title}
    assert lines == {37, 40, 43, 46, 49, 52, 57, 59, 62, 65, 68, 71}
    chilema = parse_string((SET / "chilema-login-ts" / "login.ts").read_text(encoding="utf-8"), suffix=".ts")
    assert chilema.metadata.title == "AI智能菜谱用户服务协议"
    assert {s.line for s in chilema.sections if s.title} == {334, 337, 341, 346, 350, 361, 363, 368, 372, 376, 380}


# -- a document object in a script (`load.script_data`) --------------------------------------------------------------

BODY_ZH = "本公司一般不會向第三方披露可辨識閣下身份的個人資料，除非得到閣下同意或法律要求我們向執法機關披露。"
BODY_EN = "The Company generally does not disclose identifiable personal data to third parties unless you consent to it. "


def _document(name: str, title: str, sections: list[tuple[str, str]]) -> str:
    items = "".join(f'    {{\n      title: "{t}",\n      paragraphs: ["{body}"],\n    }},\n' for t, body in sections)
    return f'const {name}: LegalDocument = {{\n  title: "{title}",\n  notice: "重要：請細閱。",\n  sections: [\n{items}  ],\n}};\n\n'


def test_document_objects_and_their_english_edition() -> None:
    source = (
        "type LegalDocument = { title: string; notice: string; sections: object[] };\n\n"
        + _document("privacyZh", "私隱資料收集聲明", [("私隱保護承諾", BODY_ZH * 3), ("資料的收集", BODY_ZH * 2)])
        + _document("privacyEn", "Privacy policy", [("Privacy commitment", BODY_EN * 3), ("Data collection", BODY_EN * 2)])
        + "export function get(locale: string) { return locale === 'zh' ? privacyZh : privacyEn; }\n"
    )
    assert script_document("legal.ts", source) is not None
    doc = parse_string(source, suffix=".ts")
    assert doc.metadata.title == "私隱資料收集聲明"
    titles = title_places(doc)
    assert titles["私隱保護承諾"][1] == 1 and titles["資料的收集"][1] == 1
    assert titles["Privacy policy"][1] == 1 and titles["Data collection"][1] == 1


def test_objects_that_are_no_document_are_not_read() -> None:
    menu = 'const nav = {\n  title: "首页",\n  sections: [{ title: "关于", path: "/about" }, { title: "帮助", path: "/help" }],\n};\n'
    assert script_document("nav.ts", menu) is None  # (no prose body: a menu)
    untitled = _document("doc", "私隱資料收集聲明", [("私隱保護承諾", BODY_ZH * 3), ("資料的收集", BODY_ZH * 2)]).replace(
        '  title: "私隱資料收集聲明",\n', ""
    )
    assert script_document("legal.ts", untitled) is None  # (no name: left to the other readers)
    english_only = _document("privacyEn", "Privacy policy", [("Privacy commitment", BODY_EN * 3), ("Data collection", BODY_EN * 2)])
    assert script_document("legal.ts", english_only) is None  # (an English edition alone: no Chinese document read before it)


def test_structure45_tianji_four_documents() -> None:
    doc = parse_string((SET / "tianji-legal-hk-ts" / "legal.ts").read_text(encoding="utf-8"), suffix=".ts")
    assert doc.metadata.title == "私隱資料收集聲明"
    titles = title_places(doc)
    assert titles["私隱保護承諾"] == (20, 1) and titles["使用條款"] == (102, 1) and titles["Terms of use"] == (147, 1)
    # the English edition whose lists hold one-word entries (「Name」, 「Position」: `_edition_section`)
    assert titles["Privacy policy"] == (59, 1) and titles["Data collection"] == (70, 1) and titles["Access to data"] == (93, 1)
    assert len(titles) == 25
    assert all(level == 1 for _, level in titles.values())


# -- a bar's title, then the page's own with the product's name (`structure/headings/title._named_copy`) ------------


def _uni_page(own: str) -> str:
    return (
        "<template>\n"
        '  <view class="container">\n'
        '    <view class="top-header">\n'
        '      <view class="back-btn" @click="goBack"><text>←</text></view>\n'
        '      <text class="page-title">隐私政策</text>\n'
        "    </view>\n"
        '    <view class="privacy-content">\n'
        f'      <view class="privacy-title">{own}</view>\n'
        '      <view class="privacy-date">更新日期：2023年11月15日</view>\n'
        f"      <view><text>{ITEM}。</text></view>\n"
        '      <view class="section-title">1. 我们收集的信息</view>\n'
        f"      <view><text>{ITEM}。</text></view>\n"
        '      <view class="section-title">2. 联系我们</view>\n'
        f"      <view><text>{ITEM}。</text></view>\n"
        "    </view>\n"
        "  </view>\n"
        "</template>\n"
    )


def test_page_title_naming_the_product_wins_over_the_bar() -> None:
    doc = parse_string(_uni_page("澳科保姆隐私政策"), suffix=".vue")
    assert (doc.metadata.title, doc.metadata.title_line) == ("澳科保姆隐私政策", 8)


def test_bar_title_kept_when_the_next_line_is_no_copy_of_it() -> None:
    doc = parse_string(_uni_page("欢迎使用本应用"), suffix=".vue")  # (no document named below the bar: as before)
    assert (doc.metadata.title, doc.metadata.title_line) == ("隐私政策", 5)


def test_page_title_naming_the_product_in_latin_letters_wins_over_the_bar() -> None:
    doc = parse_string(_uni_page("SleepTracker 隐私政策"), suffix=".vue")  # (eval/structure45 sleeptracker-privacy-tsx)
    assert (doc.metadata.title, doc.metadata.title_line) == ("SleepTracker 隐私政策", 8)


def test_bar_title_kept_when_the_next_line_is_a_sentence_ending_with_it() -> None:
    # (r45 #3: what stands before the bar's words must read as a product's name)
    for own in ("请您在使用前仔细阅读本隐私政策", "以下内容为本应用的隐私政策", "更新了用户协议和隐私政策", "点击查看完整版隐私政策"):
        doc = parse_string(_uni_page(own), suffix=".vue")
        assert (doc.metadata.title, doc.metadata.title_line) == ("隐私政策", 5), own


def test_structure44c_mustapp_title() -> None:
    path = ROOT / "eval" / "structure44c" / "dev" / "mustapp-privacy-vue" / "privacy.vue"
    doc = parse_string(path.read_text(encoding="utf-8"), suffix=".vue")
    assert (doc.metadata.title, doc.metadata.title_line) == ("澳科保姆隐私政策", 11)


# -- a bold first block before bold numbered sections (`structure/headings._bold_intro`) ------------------------------


def _bold_page(first: str, numbered: str = "<p><b>{}</b></p>") -> str:
    body = f"<p>{ITEM}，并按照本政策收集、保护、使用您的个人信息。</p>"
    heads = ["一、我们如何收集和使用个人信息", "二、我们如何对外提供个人信息", "三、联系我们"]
    return (
        "<html><body>\n<p><b>隐私政策</b></p>\n"
        f"<p><b>{first}</b></p>\n{body}\n{body}\n" + "".join(f"{numbered.format(h)}\n{body}\n" for h in heads) + "</body></html>\n"
    )


def test_bold_intro_before_bold_numbered_sections_is_a_section() -> None:
    titles = title_places(parse_string(_bold_page("概述和声明"), suffix=".html"))
    assert titles["概述和声明"] == (3, 1) and titles["一、我们如何收集和使用个人信息"] == (6, 1)


def test_bold_intro_rule_leaves_the_title_again_and_explicit_headings() -> None:
    again = title_places(parse_string(_bold_page("某某科技隐私政策"), suffix=".html"))
    assert "某某科技隐私政策" not in again  # (the policy's name again under its title)
    explicit = title_places(parse_string(_bold_page("概述和声明", "<h2>{}</h2>"), suffix=".html"))
    assert "概述和声明" not in explicit  # (sections in <h*>: the rule is for bold paragraphs written alike)


def test_bold_document_names_and_instructions_are_no_intro_section() -> None:
    # (r45 #4: a bold line naming a document, or an instruction, stays in the preamble as before)
    for line in ("儿童个人信息保护指引", "某某科技个人信息保护声明", "用户须知", "请仔细阅读以下内容"):
        assert line not in title_places(parse_string(_bold_page(line), suffix=".html")), line
    assert "概况与声明" in title_places(parse_string(_bold_page("概况与声明"), suffix=".html"))


def test_structure45_jiuding_intro() -> None:
    path = SET / "jiuding-privacy-dart" / "yisizhuce_page.dart"
    titles = title_places(parse_string(path.read_text(encoding="utf-8"), suffix=".dart"))
    assert titles["概述和声明"] == (48, 1) and titles["一、我们如何收集和使用个人信息"] == (58, 1)


# -- JSX branches of a condition whose text holds an apostrophe (`load/jsx.matching`) ------------------------------


def _bilingual_page(english: str) -> str:
    return (
        "import React from 'react'\n"
        "import Layout from '@theme/Layout'\n"
        "let page = <div className='box'>\n"
        "  {lang === 'en' ? (\n"
        f"    <span><h1>Privacy Policy</h1><p><strong>One. Collection</strong><br/>{english}<br/></p></span>\n"
        "  ) : (\n"
        f"    <span><h1>隐私协议</h1><p><strong>一、信息收集</strong><br/>{ITEM}。<br/></p></span>\n"
        "  )}\n"
        "  <div className='foot'>边无际（北京）科技有限公司</div>\n"
        "</div>\n"
        "export default function Disclaimer() {\n"
        "  return (\n"
        "      <Layout>\n"
        "        {page}\n"
        "      </Layout>\n"
        "  )\n"
        "}\n"
    )


def test_apostrophe_in_a_branch_text_is_no_string() -> None:
    doc = parse_string(_bilingual_page("In the course of your use of Edgenesis' services we collect your data."), suffix=".js")
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "一、信息收集" in title_places(doc) or "一、信息收集" in text
    assert "边无际（北京）科技有限公司" in text  # (the markup after the condition: blanked as code when the branch ran on)


def test_structure45_shifu_is_read() -> None:
    path = ROOT / "eval" / "structure45" / "holdout" / "shifu-disclaimer-jsx" / "index.js"
    doc = parse_string(path.read_text(encoding="utf-8"), suffix=".js")  # (refused as malformed HTML before)
    titles = title_places(doc)
    assert titles["隐私协议"][0] == 157 and titles["八、联系我们"][0] == 263
