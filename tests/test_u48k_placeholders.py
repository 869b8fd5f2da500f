"""Issue #11, forty-eighth session (u48k): the misses of eval/blind/round48's dev part, each a class with invented texts
both ways; the real documents stay as regressions at the end.

- A title whose bracket marks the text a draft and says the review still due: 「私隱政策（草稿，需法律審閱）」
  (`placeholder_drafting.title_marks`); not a bill cited, nor a bracket that says something else.
- A page's own component that hands its `title` on whole to another component's title prop (`<SectionHeader
  title={title} />`) shows it as that title: the self-closed tag's title is the section's heading (`load.jsx_local`).
- A run of text whose kana are outweighed by its Latin letters is not Japanese (`structure.language`): an English run
  of a script module that ends on a Japanese edition's title was skipped by `check`, its slot with it.
- A Japanese edition's string in a script module read as text, 「{ languageLabel: "日本語", title: "利用規約" }」, holds
  kanji, not Traditional characters in a Simplified text (`script_mixed.editions.japanese_string`).
- A drafting note listing what is still to be added, 「后续需补齐…说明。」, and the English drafting and handoff
  instructions, "Prepare final text covering …", "Replace it with … before production launch.", "This page contains
  template legal copy …" (`placeholder_owed`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import parse_path, rule_excerpts, slot_findings, written_file
from policylens.check import CheckOptions, check_file
from policylens.structure.language import detect_language

_ROOT = Path(__file__).resolve().parent.parent
_ROUND = _ROOT / "eval" / "blind" / "round48"


def _slots(tmp_path: Path, name: str, text: str) -> list[tuple[int, str]]:
    """(line, excerpt) of the placeholder findings (any severity) of `check` on `text` written as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(line, excerpt) for line, _, excerpt in slot_findings(path)]


_BODY = "\n\n生效日期：2024年1月1日\n\n我们收集您注册时提供的手机号码，用于登录和找回账号。\n"
_BODY_HANT = "\n\n生效日期：2024年1月1日\n\n我們收集您註冊時提供的手機號碼，用於登入和找回帳號。\n"

# --- a title marked as a draft, with the review still due ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("# 隐私政策（草稿，需法律审阅）", _BODY),
        ("# 私隱政策（草稿，需法律審閱）", _BODY_HANT),
        ("# 隐私政策（草案，仍需法务审核）", _BODY),
        ("# 隱私權政策（草稿、尚待律師確認）", _BODY_HANT),
    ],
)
def test_draft_title_with_review_due_is_reported(tmp_path: Path, title: str, body: str) -> None:
    slots = _slots(tmp_path, "privacy.md", title + body)
    assert [line for line, _ in slots] == [1], slots


@pytest.mark.parametrize(
    "title",
    [
        "# 个人信息保护法（草案，需审议）解读",  # a bill, and no review verb of the list
        "# 隐私政策（2024年版，需登录后查看）",  # no draft word
        "# 隐私政策（适用于中国大陆，需年满14周岁）",
    ],
)
def test_other_brackets_in_a_title_are_not(tmp_path: Path, title: str) -> None:
    assert _slots(tmp_path, "privacy.md", title + _BODY) == []


def test_bill_cited_in_a_paragraph_is_not(tmp_path: Path) -> None:
    text = "# 隐私政策" + _BODY + "\n我们参考了《个人信息保护法（草案，需审阅）》的相关规定。\n"
    assert _slots(tmp_path, "privacy.md", text) == []


# --- a local component handing its title on -------------------------------------------------------------------------

_TSX = """import {{ SectionHeader }} from "../../components/ui";

export default function PrivacyPage() {{
  return (
    <PolicyPage
      title="{title}"
      body="我们仅收集提供服务所必需的信息，并在您注销账号后删除。"
    />
  );
}}

function PolicyPage({{ title, body }}: {{ title: string; body: string }}) {{
  return (
    <div className="container">
      <SectionHeader eyebrow="法律文件" title={{title}} body={{body}} />
    </div>
  );
}}
"""


def test_title_handed_on_is_the_heading(tmp_path: Path) -> None:
    slots = _slots(tmp_path, "page.tsx", _TSX.format(title="隐私政策（草稿，需法律审阅）"))
    assert [line for line, _ in slots] == [6], slots


def test_title_handed_on_clean(tmp_path: Path) -> None:
    path = tmp_path / "page.tsx"
    path.write_text(_TSX.format(title="隐私政策"), encoding="utf-8")
    doc = parse_path(path)
    titles = [(s.title, s.line) for s in doc.sections if s.title] + [(doc.metadata.title, doc.metadata.title_line)]
    assert ("隐私政策", 6) in titles, titles
    assert _slots(tmp_path, "page.tsx", _TSX.format(title="隐私政策")) == []


# --- kana outweighed by Latin letters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'body: [ "[English Privacy Policy content pending]", "Prepare the text." ] }, { label: "日本語", title: "プライバシーポリシー",',
            "en",
        ),
        ("We named the app after ポケモン cards we collected as children, long before this company existed.", "en"),
        ("Crosync Hub をインストールし、iPhone と同じローカルネットワークに接続してください。", "ja"),
        ("データ収集、ローカルネットワーク権限を含む正式文面を後で追加します。", "ja"),
        ("本应用名称取自「ポケモン」。我们收集您的设备信息。", "zh"),
        # kana outweighed, kanji among them: English, never Chinese (its Han are Japanese kanji)
        ('{"contactSectionHeading": "連絡先", "contactSectionBody": "お問い合わせ", "contactSectionFooterNote": "see above"}', "en"),
    ],
)
def test_kana_weighed_against_latin(text: str, lang: str) -> None:
    assert detect_language(text) == lang


_MODULE = """export const content = {{
  legal: {{
    privacy: {{
      sections: [
        {{
          languageLabel: "English",
          title: "Privacy Policy",
          body: [
            "{slot}",
            "We keep your files on your own devices."
          ]
        }},
        {{
          languageLabel: "日本語",
          title: "プライバシーポリシー",
          body: [
            "ファイルはお使いのデバイスに保存されます。"
          ]
        }},
        {{
          languageLabel: "中文",
          title: "隐私政策",
          body: [
            "我们不会上传您的文件。"
          ]
        }}
      ]
    }}
  }}
}};
"""


def test_english_slot_before_a_japanese_title_is_read(tmp_path: Path) -> None:
    slots = _slots(tmp_path, "content.js", _MODULE.format(slot="[English Privacy Policy content pending]"))
    assert [line for line, _ in slots] == [9], slots


# --- what the text still owes -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("后续需补齐数据收集、本地网络权限、文件传输范围、支持联系方式和更新说明。", _BODY),
        ("後續需補齊許可範圍、用戶責任、軟件分發、免責聲明和責任限制等正式內容。", _BODY_HANT),
        ("第三方服务清单尚未列出。之后仍需补全合作方名称和共享的信息。", _BODY),
        ("- 稍后需完善未成年人保护条款", _BODY),
    ],
)
def test_follow_up_note_is_reported(tmp_path: Path, sentence: str, body: str) -> None:
    slots = _slots(tmp_path, "privacy.md", "# 隐私政策" + body + "\n" + sentence + "\n")
    assert len(slots) == 1 and slots[0][0] == 7, slots


@pytest.mark.parametrize(
    "sentence",
    [
        "您后续需补全资料后方可使用提现功能。",  # said to the reader: its subject
        "我们后续将补充说明新增的第三方SDK。",  # the policy's own promise
        "如您后续需补充说明，请联系我们。",
        "后续需补齐材料的，我们将通知您。",  # no part of a text
    ],
)
def test_sentences_with_a_subject_or_no_text_part_are_not(tmp_path: Path, sentence: str) -> None:
    assert _slots(tmp_path, "privacy.md", "# 隐私政策" + _BODY + "\n" + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Prepare final text covering data collection, local network usage and support contact.",
        "Prepare the final wording of the retention section with counsel.",
        "Replace it with counsel- or compliance-approved language before production launch.",
        "Replace this text with your own policy before publishing.",
        "This page contains template legal copy for handoff purposes only.",
        "This document is a sample policy text for demonstration.",
    ],
)
def test_english_drafting_instruction_is_reported(tmp_path: Path, sentence: str) -> None:
    text = "# 隐私政策 Privacy Policy" + _BODY + "\nWe collect your phone number to sign you in.\n\n" + sentence + "\n"
    slots = _slots(tmp_path, "privacy.md", text)
    assert [line for line, _ in slots] == [9], slots


@pytest.mark.parametrize(
    "sentence",
    [
        "We prepare the final text of each contract with you before you sign it.",
        "Replace the battery with a new one before the trip.",
        "You may replace it with another payment method before the release of your order.",
        "Our emails use templates that contain no tracking pixels.",
        "This page contains the English and Chinese versions of the privacy policy.",
    ],
)
def test_other_english_sentences_are_not(tmp_path: Path, sentence: str) -> None:
    text = "# 隐私政策 Privacy Policy" + _BODY + "\nWe collect your phone number to sign you in.\n\n" + sentence + "\n"
    assert _slots(tmp_path, "privacy.md", text) == []


# --- the real documents (eval/blind/round48 dev) ----------------------------------------------------------------------


def _annotated(name: str) -> tuple[Path, dict]:
    folder = _ROUND / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    return folder / ann["file"], ann


@pytest.mark.parametrize("name", ["crosync-en-zh-js", "hkdraft-hk-tsx"])
def test_round48_slot_lines_found(name: str) -> None:
    path, ann = _annotated(name)
    report = check_file(str(path), CheckOptions(no_config=True))
    spans = [(f.line, f.end_line or f.line) for f in report.findings if f.severity == "error" and f.rule.startswith("placeholder")]
    for slot in ann["placeholders"]:
        assert any(lo <= slot["line"] <= hi for lo, hi in spans), slot
    allowed = {p["line"] for p in ann["placeholders"]} | set(ann["ambiguous_placeholder_lines"])
    assert all(any(lo <= a <= hi for a in allowed) for lo, hi in spans), spans


@pytest.mark.parametrize("name", ["artconsulting-hk-en-js", "petdining-hk-tsx"])
def test_round48_clean_documents_have_no_error(name: str) -> None:
    path, _ = _annotated(name)
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.severity == "error"] == []


# --- a prop written as a language switch ------------------------------------------------------------------------------

_SWITCH_TSX = """export default function TermsPage({{ locale }}: {{ locale: string }}) {{
  return (
    <main>
      <PageIntro
        description={{locale === "zh" ? "{zh}" : "{en}"}}
      />
    </main>
  );
}}
"""


def test_prop_language_switch_reads_both_editions(tmp_path: Path) -> None:
    path = tmp_path / "page.tsx"
    path.write_text(
        _SWITCH_TSX.format(zh="我们仅在提供服务所必需的范围内收集您的手机号码。", en="We collect your phone number only as needed."),
        encoding="utf-8",
    )
    doc = parse_path(path)
    texts = [(p.line, p.text) for s in doc.sections for p in s.paragraphs]
    # (u48l) a text prop's English edition too, each its own paragraph
    assert texts == [(5, "我们仅在提供服务所必需的范围内收集您的手机号码。"), (5, "We collect your phone number only as needed.")], texts


@pytest.mark.parametrize(
    "expression",
    [
        'isOpen ? "我们收集您的信息。" : "我们不收集。"',  # no language test
        'locale === "zh" ? t("terms.body") : "Terms"',  # a branch that is no plain literal
        'locale === "zh" ? "Terms" : "Conditions"',  # no Chinese edition
    ],
)
def test_other_prop_expressions_stay_code(tmp_path: Path, expression: str) -> None:
    path = tmp_path / "page.tsx"
    path.write_text(
        "export default function P() {\n  return (\n    <main>\n      <PageIntro\n        description={"
        + expression
        + "}\n      />\n    </main>\n  );\n}\n",
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert [p.text for s in doc.sections for p in s.paragraphs] == []


def test_prop_language_switch_over_lines_keeps_every_line(tmp_path: Path) -> None:
    path = tmp_path / "page.tsx"
    path.write_text(
        "export default function P({ locale }: { locale: string }) {\n  return (\n    <main>\n      <PageIntro\n"
        '        description={\n          locale === "zh"\n            ? "本页面为模板，请在上线前根据实际数据处理流程补充。"\n'
        '            : "This is a template."\n        }\n      />\n      <p>我们收集您的手机号码。</p>\n    </main>\n  );\n}\n',
        encoding="utf-8",
    )
    doc = parse_path(path)
    texts = [(p.line, p.text) for s in doc.sections for p in s.paragraphs]
    assert texts == [
        (7, "本页面为模板，请在上线前根据实际数据处理流程补充。"),
        (8, "This is a template."),
        (11, "我们收集您的手机号码。"),
    ], texts


# --- a Japanese edition's kanji in a Simplified script module -----------------------------------------------------

_CATALOGUE = """export const legal = {{
  sections: [
    {{
      languageLabel: "中文",
      title: "使用条款",
      body: [
        "我们为您提供文件传输服务，您应当遵守相关法律法规，不得利用本服务传输违法内容。",
        "我们不会收集您传输的文件内容，相关数据仅保存在您的设备上。"
      ]
    }}, {other}
  ]
}};
"""


@pytest.mark.parametrize(
    "other",
    [
        '{ languageLabel: "日本語", title: "利用規約", body: [] }',
        "{ lang: 'ja', title: '利用規約', body: [] }",
        '{ zh: "使用条款", ja: "利用規約" }',
    ],
)
def test_japanese_edition_kanji_are_not_traditional(tmp_path: Path, other: str) -> None:
    assert rule_excerpts(tmp_path, _CATALOGUE.format(other=other), "script-mixed", "legal.js") == []


@pytest.mark.parametrize(
    "other",
    [
        '{ languageLabel: "中文", title: "使用條款", body: [] }',  # a Chinese edition's Traditional title
        '{ languageLabel: "日本語" }, { title: "使用條款" }',  # another object
    ],
)
def test_traditional_outside_a_japanese_edition_is_reported(tmp_path: Path, other: str) -> None:
    assert rule_excerpts(tmp_path, _CATALOGUE.format(other=other), "script-mixed", "legal.js") == ["條"]


def test_japanese_named_in_prose_does_not_hide_traditional(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n生效日期：2024年1月1日\n\n本应用支持日本語界面，我们收集您的设备信息，使用條款另行约定。\n"
    assert "條" in rule_excerpts(tmp_path, text, "script-mixed", "privacy.md")


# --- a block's text prop beside an inline data array ------------------------------------------------------------------

_LEGAL_TSX = """export default function TermsPage({{ locale }}: {{ locale: string }}) {{
  return (
    <LegalContent
      locale={{locale}}
      {prop}={{locale === "zh" ? "{zh}" : "This page contains template legal copy."}}
      {data}
    />
  );
}}
"""


def test_block_text_prop_beside_inline_array_is_read(tmp_path: Path) -> None:
    text = _LEGAL_TSX.format(
        prop="noticeBody",
        zh="当前页面为模板示例文本，正式上线前需由法务审核后替换。",
        data='paragraphs={[locale === "zh" ? "我们收集手机号码。" : "We collect phone numbers."]}',
    )
    doc = parse_path(written_file(tmp_path, "page.tsx", text))
    # (u48l) both editions of the prop, and of the inline array's switch
    assert [(p.line, p.text) for s in doc.sections for p in s.paragraphs] == [
        (5, "当前页面为模板示例文本，正式上线前需由法务审核后替换。"),
        (5, "This page contains template legal copy."),
        (6, "我们收集手机号码。"),
        (6, "We collect phone numbers."),
    ]
    assert [line for line, _ in _slots(tmp_path, "page.tsx", text)] == [5, 5]


@pytest.mark.parametrize(
    ("prop", "data"),
    [
        ("noticeBody", "sections={sections}"),  # data another reader reads at its own lines: where the text stands is not told
        ("okText", ""),  # a control's caption
        ("placeholderText", ""),
    ],
)
def test_other_props_are_not_read(tmp_path: Path, prop: str, data: str) -> None:
    text = _LEGAL_TSX.format(prop=prop, zh="我们收集您的手机号码。", data=data)
    doc = parse_path(written_file(tmp_path, "page.tsx", text))
    assert [p.text for s in doc.sections for p in s.paragraphs] == []


def test_round48_handoff_notice_both_editions_found() -> None:
    # (u48l) its English edition (L58) too: a text prop's switch gives both editions
    path, _ = _annotated("handoffterms-zh-en-tsx")
    report = check_file(str(path), CheckOptions(no_config=True))
    found = [(f.line, f.rule) for f in report.findings if f.severity == "error"]
    assert found == [(57, "placeholder-instruction"), (58, "placeholder-instruction"), (58, "placeholder-instruction")]
