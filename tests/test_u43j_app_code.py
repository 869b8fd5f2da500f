"""Policy text in app code that was dropped or read with its code (forty-third session, helper u43j; eval/profiles43c).

1. JSX branches written over several lines, `{isZh ? (⏎ "中文…" ⏎) : (⏎ "English…" ⏎)}` (`load/jsx/`
   `_literal_before`): parenthesised string operands were not read at all, in either language, with no warning
   (guanai-tw).  They are read as the one-line form is.  And a language switch whose English branch is numbered in
   Chinese (「一、Scope of…」), in a heading, kept the longer English title: the Chinese edition is kept
   (`_chinese_edition`).
2. Strings of an array written in a component's prop, `<LegalClauseList items={[ "…", "…" ]} />` or
   `items={[{ title, body }]}` (`load/jsx_data/props.py` `_inline_arrays`): read where the component stands, in source order,
   when they are prose (aitrans-zh: its six GB/T rights).
3. A SwiftUI view (`load/swift_page.py` `render_swift`): its `Text("…")` and own views' strings are paragraphs, its
   title-labelled views (`PolicySection(title: "五、您的权利")`) headings, its code blank (esale-zh).  And a `.ts` data file
   whose sections hold template literals with `${…}` slots (`load/script_data.py`, eval/profiles43 pcm-tw) is read as
   a document, not as plain text with its code.
"""

from __future__ import annotations

from pathlib import Path

from helpers import headings
from policylens.load import load
from policylens.load.document import read_document

REPO = Path(__file__).resolve().parent.parent
C43 = REPO / "eval" / "profiles43c" / "docs"


def _write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _blocks(path: Path) -> list[tuple[str, int, str]]:
    return [(b.kind, b.line, b.text) for b in load(str(path)).parsed.blocks]


# --- 1. parenthesised branches, a heading's Chinese edition ------------------------------------------------------

SWITCH = """export default function Privacy({ isZh }: { isZh: boolean }) {
  return (
    <div>
      <h3 className="font-semibold">
        {isZh ? "一、 隱私權保護政策的適用範圍" : "一、Scope of application of privacy protection policy"}
      </h3>
      <p className="mb-3">
        {isZh ? (
          "依據個人資料保護法第8條規定，本會謹向您告知下列事項："
        ) : (
          "In accordance with Article 8 of the Personal Data Protection Act, we inform you of the following:"
        )}
      </p>
      <p>{isZh ? ("保存期間：於蒐集之特定目的存續期間保存。") : ("Period: for the duration of the purpose.")}</p>
      <p>{t("privacy.key")}</p>
      <p>{open ? ("展開後顯示的全文說明。" + suffix) : ""}</p>
    </div>
  );
}
"""


def test_parenthesised_string_branches_are_read_as_the_one_line_form(tmp_path: Path) -> None:
    blocks = _blocks(_write(tmp_path, SWITCH, "privacy.tsx"))
    assert ("paragraph", 9, "依據個人資料保護法第8條規定，本會謹向您告知下列事項：") in blocks
    assert ("paragraph", 11, "In accordance with Article 8 of the Personal Data Protection Act, we inform you of the following:") in blocks
    assert ("paragraph", 14, "保存期間：於蒐集之特定目的存續期間保存。") in blocks
    assert ("paragraph", 14, "Period: for the duration of the purpose.") in blocks
    texts = " ".join(t for _, _, t in blocks)
    assert "privacy.key" not in texts  # a call's argument is code
    assert "展開後顯示的全文說明" not in texts  # a value joined to code is computed, as `{"…" + suffix}` is


def test_a_heading_language_switch_keeps_its_chinese_edition(tmp_path: Path) -> None:
    path = _write(tmp_path, SWITCH, "privacy.tsx")
    assert headings(read_document(str(path)))[0][2] == "一、 隱私權保護政策的適用範圍"
    warnings = load(str(path)).parsed.warnings
    assert any("一、Scope of application" in w and "is not read" in w for w in warnings)  # the other is named


def test_a_condition_that_is_no_language_switch_keeps_the_longest_branch(tmp_path: Path) -> None:
    page = SWITCH.replace("isZh ?", "loading ?").replace("{ isZh }: { isZh: boolean }", "{ loading }: { loading: boolean }")
    path = _write(tmp_path, page, "privacy.tsx")
    assert (
        headings(read_document(str(path)))[0][2] == "一、Scope of application of privacy protection policy"
    )  # as before: not a language test


def test_guanai_tw_page_is_read_in_chinese() -> None:
    path = C43 / "guanai-tw" / "PrivacyPolicy.tsx"
    titles = [title for _, _, title in headings(read_document(str(path)))]
    assert titles[:3] == ["一、 隱私權保護政策的適用範圍", "二、 個人資料保護法應告知事項：", "三、 資料保護與安全"]
    blocks = _blocks(path)
    lines = {line for _, line, _ in blocks}
    assert {68, 70, 130, 168, 178, 188} <= lines  # the intro, purposes, period, area and recipients, before unread
    assert any(text.startswith("財團法人台灣關愛基金會（以下簡稱「本會」）") for _, _, text in blocks)


# --- 2. an array written in a component's prop -------------------------------------------------------------------

ARRAYS = """import { LegalClauseList, LegalPage, BreadcrumbJsonLd, Pills, Clauses } from "@/components/legal";

export default function PrivacyPage() {
  return (
    <LegalPage title="隐私政策">
      <BreadcrumbJsonLd items={[{ name: "首页", path: "/" }, { name: "隐私政策", path: "/privacy" }]} />
      <p>在适用法律法规允许的范围内，您可能享有以下权利：</p>
      <LegalClauseList
        items={[
          "查询、访问您的个人信息；",
          "撤回同意；",
        ]}
        className="mt-2"
      />
      <LegalClauseList items={["to withdraw consent;", "to object"]} />
      <Pills items={["安全", "隐私"]} />
      <Pills items={["text-sm font-bold", "p-4"]} />
      <Pills classNames={["text-sm font-bold；", "p-4"]} />
      <Clauses items={[{ id: "a1", title: "账户注销", body: "您有权随时注销您的账户。", icon: "trash" }]} />
      <p>最后一段。</p>
    </LegalPage>
  );
}
"""


def test_an_inline_array_props_strings_are_read_where_the_component_stands(tmp_path: Path) -> None:
    blocks = _blocks(_write(tmp_path, ARRAYS, "page.tsx"))
    assert blocks == [
        ("heading", 5, "隐私政策"),
        ("paragraph", 7, "在适用法律法规允许的范围内，您可能享有以下权利："),
        ("item", 10, "查询、访问您的个人信息；"),
        ("item", 11, "撤回同意；"),
        ("item", 15, "to withdraw consent;"),
        ("item", 15, "to object"),
        ("paragraph", 19, "账户注销"),
        ("paragraph", 19, "您有权随时注销您的账户。"),
        ("paragraph", 20, "最后一段。"),
    ]
    # not read: structured data for search engines, a list of words, class names, ids and icons


def test_aitrans_zh_rights_are_read_as_items() -> None:
    blocks = _blocks(C43 / "aitrans-zh" / "page.tsx")
    assert ("item", 374, "撤回同意；") in blocks
    assert ("item", 377, "提出投诉、异议或维权请求。") in blocks
    assert not any(line in (45, 46) for _, line, _ in blocks)  # the breadcrumb's structured data


# --- 3. a SwiftUI view; a `.ts` data file with slots --------------------------------------------------------------

SWIFT = """import SwiftUI

// 隐私政策页面（注释不是正文）
struct PrivacyView: View {
    let name = "用户"
    var body: some View {
        ScrollView {
            Text("隐私政策")
                .font(.largeTitle.bold())
            PolicySection(title: "一、我们收集的信息") {
                Text("我们收集您的手机号码，用于注册和登录。")
                PolicySubSection(title: "1. 设备信息") {
                    BulletPoint("设备型号、操作系统版本")
                }
            }
            PolicySection(title: "二、您的权利") {
                BulletPoint("账户注销：您有权随时注销您的账户")
                Text("您好，\\(name)")
                Button("同意并继续") { accept() }
                Image("logo")
            }
        }
        .navigationTitle("隐私")
    }
}
"""


def test_a_swiftui_view_is_read_as_a_page(tmp_path: Path) -> None:
    path = _write(tmp_path, SWIFT, "PrivacyView.swift")
    loaded = load(str(path))
    assert loaded.source.format == "html"
    blocks = [(b.kind, b.line, b.column, b.text) for b in loaded.parsed.blocks]
    assert blocks == [
        ("item", 5, 17, "用户"),  # a literal no view reads: Chinese, so read where it stands (nothing dropped)
        ("heading", 8, 19, "隐私政策"),  # (u44a) a title font: a heading of its rank (`.largeTitle`: the top)
        ("heading", 10, 35, "一、我们收集的信息"),
        ("paragraph", 11, 23, "我们收集您的手机号码，用于注册和登录。"),
        ("heading", 12, 42, "1. 设备信息"),
        ("paragraph", 13, 34, "设备型号、操作系统版本"),
        ("heading", 16, 35, "二、您的权利"),
        ("paragraph", 17, 30, "账户注销：您有权随时注销您的账户"),
        ("item", 19, 25, "同意并继续"),  # a button's caption: no view text, but Chinese
        ("item", 23, 27, "隐私"),
    ]
    # not read: the comment, `Image("logo")`, the interpolated greeting
    assert [b.level for b in loaded.parsed.blocks if b.kind == "heading"] == [1, 2, 3, 2]
    doc = read_document(str(path))
    assert (doc.metadata.title, doc.metadata.title_line) == ("隐私政策", 8)  # the page's title, as before


def test_a_swift_file_without_views_is_read_as_before(tmp_path: Path) -> None:
    text = 'let policy = """\n一、我们收集的信息\n我们收集您的手机号码。\n"""  // 注释\n'
    loaded = load(str(_write(tmp_path, text, "Policy.swift")))
    assert loaded.source.format == "text"
    assert "注释" not in " ".join(b.text for b in loaded.parsed.blocks)


def test_esale_zh_rights_section_has_its_heading() -> None:
    path = C43 / "esale-zh" / "PrivacyPolicyView.swift"
    found = headings(read_document(str(path)))
    assert (85, 1, "五、您的权利") in found
    assert (49, 1, "二、信息的使用") in found
    blocks = _blocks(path)
    assert ("paragraph", 91, "账户注销：您有权随时注销您的账户") in blocks
    assert ("paragraph", 50, "我们收集的信息将用于以下目的：") in blocks  # no longer joined to line 49's title


DATA = """import { LEGAL_NAME, CONTACT_EMAIL } from '@/lib/site-config';

export const PRIVACY_SECTIONS: LegalSection[] = [
  {
    heading: '一、蒐集機構',
    paragraphs: [`${LEGAL_NAME}(聯絡方式同服務條款第 1 條)。`],
  },
  {
    heading: '二、蒐集目的',
    paragraphs: ['會員註冊與管理、訂單處理與出貨、金流付款與對帳、客戶服務與售後、退換貨處理、依法令保存交易紀錄。'],
    items: [`客服信箱:${CONTACT_EMAIL}`],
  },
  {
    heading: '三、利用期間',
    paragraphs: [
      '於蒐集之特定目的存續期間及依法令所定保存期間內利用您的個人資料，期滿後刪除或匿名化處理。',
      '本公司依個人資料保護法第三條規定，您得向本公司請求查詢、閱覽、製給複製本、補充或更正、停止蒐集處理利用或刪除。',
      '本公司將於收到您的請求後十五日內回覆；如需延長，將以書面通知延長之原因，延長期間不超過十五日。',
      '您可自由選擇是否提供個人資料；若您不提供，本公司將無法為您完成會員註冊、訂單處理與出貨等服務。',
    ],
  },
];

export const PRIVACY_DOC = { key: 'PRIVACY', title: '隱私政策', path: '/privacy', sections: PRIVACY_SECTIONS };
export const MENU = { title: '選單', items: ['首頁'] };
"""


def test_a_data_file_whose_strings_hold_slots_is_read_as_a_document(tmp_path: Path) -> None:
    path = _write(tmp_path, DATA, "legal-content.ts")
    loaded = load(str(path))
    assert loaded.source.format == "html"
    headings = [(b.line, b.text) for b in loaded.parsed.blocks if b.kind == "heading"]
    assert headings == [(5, "一、蒐集機構"), (9, "二、蒐集目的"), (14, "三、利用期間")]
    assert not any("import" in b.text for b in loaded.parsed.blocks)
    texts = [(b.line, b.column, b.text) for b in loaded.parsed.blocks]
    assert (6, 19, "${LEGAL_NAME}(聯絡方式同服務條款第 1 條)。") in texts  # the slot as written: the file's own syntax
    assert (11, 14, "客服信箱:${CONTACT_EMAIL}") in texts
    assert texts[-1][2] == "隱私政策"  # the page object's title; not its key or path, nor an object naming no sections


def test_a_slot_after_a_label_is_no_empty_field(tmp_path: Path) -> None:
    from policylens.check import CheckOptions, check_file

    path = _write(tmp_path, DATA, "legal-content.ts")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.severity == "error"] == []


def test_pcm_tw_data_file_is_read_as_a_document() -> None:
    path = REPO / "eval" / "profiles43" / "docs" / "pcm-tw" / "legal-content.ts"
    titles = [(line, title) for line, _, title in headings(read_document(str(path)))]
    assert (194, "一、蒐集機構") in titles and (220, "五、您得行使之權利及方式") in titles
    blocks = load(str(path)).parsed.blocks
    assert not any(b.line < 80 for b in blocks)  # its imports and comments are code
    # the page object beside its sections: its title, subtitle and description (the operator named there)
    assert [(b.line, b.text[:20]) for b in blocks if b.line in (294, 295, 297)] == [
        (294, "隱私政策"),
        (295, "個人資料蒐集、處理及利用告知"),
        (297, "PCM Motorsports(派達有限"),
    ]
