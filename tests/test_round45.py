"""Classes of eval/blind/round45's dev misses and eval/precision44's unread Hong Kong page (forty-fifth session, u45k),
each both ways; every text below is invented, the documents stay as regressions at the end.

1. A page that keeps several documents in one object keyed by name and shows the one its route asks for,
   `const DOCS: Record<string, Doc> = { agreement: {…}, privacy: {…} }`, `const doc = DOCS[params.doc ?? 'agreement']
   ?? DOCS.agreement` (`load.jsx_editions.documents`): each document read; not an object whose values differ in shape
   (a page's settings), nor one with no Chinese text (a theme).
2. 【待法务替换】 and 【待法务定稿】 opening a clause, and 【待法务替换 · 生效日期】 with its note after a middle dot
   (`placeholder_pending._PENDING`, `_REVIEW_TAG`); not a part the app lists as to be replaced (「点击【待替换的配件】」),
   nor a state it shows in a sentence (「设备显示为【待替换的滤芯】」).
3. A template's description of the control to name left in brackets: 「一旦您选择【参与体验计划】[类似“同意”按钮的选项]」
   (`placeholder_pending._CONTROL_HINT`); not a Markdown link (「[类似产品](…)」) nor a bracket that does not name a
   control (「[类似服务]」).
4. A constant's sections handed one by one to a component through an alias and a path, `const data = POLICY;`
   `{data.sections.map((section) => (<SectionBlock section={section as Section} />))}` (`load.jsx_data.item_components.
   _read_item_components`): read as prose where the map stands; not a component given children, nor an array of
   labels too short to be the policy's text.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, rule_excerpts, slot_findings
from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent
_ROUND45 = _ROOT / "eval" / "blind" / "round45"
_PRECISION44 = _ROOT / "eval" / "precision44"

# --- 1. documents keyed by name ---------------------------------------------------------------------------------------

_DOCS_PAGE = """import {{ View, Text }} from '@tarojs/components';

type Doc = {{ title: string; updated: string; sections: {{ h: string; body: string[] }}[] }};

const DOCS: Record<string, Doc> = {{
  terms: {{
    title: '用户协议',
    updated: '2026年3月1日',
    sections: [
      {{ h: '一、服务内容', body: ['本服务为用户提供记账与预算提醒功能，具体以页面展示为准。'] }},
      {{ h: '二、联系方式', body: ['{terms_contact}'] }},
    ],
  }},
  privacy: {{
    title: '隐私政策',
    updated: '2026年3月1日',
    sections: [
      {{ h: '一、我们收集的信息', body: ['我们收集您的手机号码和记账数据，用于同步您在多台设备上的账本。'] }},
      {{ h: '二、联系方式', body: ['{privacy_contact}'] }},
    ],
  }},
}};

export default function Legal() {{
  const params = getParams();
  const doc = DOCS[params.doc ?? 'terms'] ?? DOCS.terms;
  return (
    <View className="legal">
      <Text className="updated">更新日期：{{doc.updated}}</Text>
      {{doc.sections.map((sec) => (
        <View className="sec" key={{sec.h}}>
          <Text className="h">{{sec.h}}</Text>
          {{sec.body.map((p, i) => (
            <Text className="p" key={{i}}>{{p}}</Text>
          ))}}
        </View>
      ))}}
    </View>
  );
}}
"""


def _paragraphs(tmp_path: Path, text: str, name: str = "index.tsx") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [p.text for p in parse_path(path).paragraphs()]


def test_every_document_of_an_object_keyed_by_name_is_read(tmp_path: Path) -> None:
    page = _DOCS_PAGE.format(terms_contact="客服邮箱：help@ledgerbook.cn", privacy_contact="隐私邮箱：【待法务替换】")
    texts = "\n".join(_paragraphs(tmp_path, page))
    assert "本服务为用户提供记账与预算提醒功能" in texts
    assert "我们收集您的手机号码和记账数据" in texts
    path = tmp_path / "index.tsx"
    assert [(line, excerpt) for line, _, excerpt in slot_findings(path)] == [(19, "【待法务替换】")]


def test_an_object_whose_values_differ_in_shape_is_not_read_as_documents(tmp_path: Path) -> None:
    page = _DOCS_PAGE.format(terms_contact="客服邮箱：help@ledgerbook.cn", privacy_contact="隐私邮箱：【待法务替换】")
    page = page.replace("    title: '隐私政策',\n", "    heading: '隐私政策',\n")  # (privacy: another shape)
    texts = "\n".join(_paragraphs(tmp_path, page))
    assert "我们收集您的手机号码和记账数据" not in texts


def test_a_keyed_object_of_colours_adds_no_text(tmp_path: Path) -> None:
    page = """const THEMES: Record<string, Theme> = {
  light: { background: '#ffffff', text: '#111111' },
  dark: { background: '#000000', text: '#eeeeee' },
};

export default function Privacy() {
  const theme = THEMES[mode] ?? THEMES.light;
  return (
    <main style={{ background: theme.background }}>
      <h1>隐私政策</h1>
      <p>我们仅在您使用记账功能时收集必要的信息，并在您注销账号后删除。</p>
      <p>{theme.text}</p>
    </main>
  );
}
"""
    texts = _paragraphs(tmp_path, page)
    assert not any("#" in t for t in texts)
    assert any("我们仅在您使用记账功能时收集必要的信息" in t for t in texts)


# --- 2. 【待法务替换】 ------------------------------------------------------------------------------------------------------

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _instruction(tmp_path: Path, body: str) -> list[str]:
    return rule_excerpts(tmp_path, HEAD + body, "placeholder-instruction", "policy.md")


def test_a_clause_left_to_the_counsel_to_replace_is_a_slot(tmp_path: Path) -> None:
    assert _instruction(tmp_path, "【待法务替换】我们不向第三方出售你的个人信息。\n") == ["【待法务替换】"]
    assert _instruction(tmp_path, "更新日期：【待法务替换 · 生效日期】\n") == ["【待法务替换 · 生效日期】"]
    assert _instruction(tmp_path, "【待法務定稿】說明收集範圍與保存期限。\n") == ["【待法務定稿】"]
    assert _instruction(tmp_path, "七、联系我们\n\n【待法务替换】。\n") == ["【待法务替换】"]


def test_a_part_or_a_state_to_replace_named_by_the_app_is_no_slot(tmp_path: Path) -> None:
    assert _instruction(tmp_path, "您可以点击【待替换的配件】查看需要更换的零件。\n") == []
    assert _instruction(tmp_path, "检测到故障后，设备会显示为【待替换的滤芯】，请联系售后。\n") == []


# --- 3. [类似“同意”按钮的选项] -----------------------------------------------------------------------------------------


def test_the_templates_description_of_a_control_left_in_brackets_is_a_slot(tmp_path: Path) -> None:
    body = "一旦您选择【参与体验计划】[类似“同意”按钮的选项]并进行后续操作，即表示您同意本协议。\n"
    assert _instruction(tmp_path, body) == ["[类似“同意”按钮的选项]"]
    assert _instruction(tmp_path, "您点击【類似「同意」的按鈕】後即表示同意。\n") == ["【類似「同意」的按鈕】"]


def test_a_link_or_a_bracket_naming_no_control_is_no_slot(tmp_path: Path) -> None:
    assert _instruction(tmp_path, "更多说明见[类似功能的按钮](https://example.com/help)。\n") == []
    assert _instruction(tmp_path, "我们与[类似服务]的提供者不共享您的信息。\n") == []


# --- 4. sections handed to a component through an alias -------------------------------------------------------------

_ITEM_PAGE = """const POLICY = {{
  title: "私隱政策",
  sections: [
    {{
      id: "s1",
      title: "第一條　收集的資料",
      items: ["帳戶資料：姓名、電郵地址；", "交易信息及付款記錄；"],
    }},
    {{
      id: "s2",
      title: "第二條　資料用途",
      content: "我們只會為提供服務、處理查詢及履行法律責任而使用閣下的個人資料，不會出售予第三方。",
    }},
  ],
}};

function SectionBlock({{ section }}: {{ section: Section }}) {{
  return (
    <section>
      <h2>{{section.title}}</h2>
      {{section.content && <p>{{section.content}}</p>}}
      {{section.items && (
        <ul>{{section.items.map((item, i) => <li key={{i}}>{{item}}</li>)}}</ul>
      )}}
    </section>
  );
}}

export default function PrivacyPage() {{
  const data = POLICY;
  return (
    <main>
      <h1>{{data.title}}</h1>
      {{data.sections.map((section) => (
        {tag}
      ))}}
    </main>
  );
}}
"""


def test_sections_handed_to_a_component_through_an_alias_are_read(tmp_path: Path) -> None:
    page = _ITEM_PAGE.format(tag="<SectionBlock key={section.id} section={section as Section} />")
    texts = "\n".join(_paragraphs(tmp_path, page, "page.tsx"))
    assert "交易信息及付款記錄" in texts
    assert "不會出售予第三方" in texts


def test_a_component_given_children_is_not_read_as_the_sections(tmp_path: Path) -> None:
    page = _ITEM_PAGE.format(tag="<SectionBlock key={section.id} section={section}><p>備註</p></SectionBlock>")
    texts = "\n".join(_paragraphs(tmp_path, page, "page.tsx"))
    assert "交易信息及付款記錄" not in texts


# --- regressions: the documents themselves ----------------------------------------------------------------------------


def test_round45_junshi_every_slot_line_is_found() -> None:
    lines = {line for line, _, _ in slot_findings(_ROUND45 / "dev" / "junshi-taro-tsx" / "index.tsx")}
    assert {15, 16, 18, 20, 27, 42, 47, 55, 60, 67} <= lines
    assert not lines & {7, 8, 31, 36, 37, 52, 91}  # comments, the filled list, the page's own notice


def test_round45_feedback_the_control_hint_is_found() -> None:
    found = slot_findings(_ROUND45 / "dev" / "feedback-dart" / "report_info_page.dart")
    assert (39, "placeholder-instruction", "[类似“同意”按钮的选项]") in found


def test_precision44_hkaiff_sections_are_read() -> None:
    report = check_file(str(_PRECISION44 / "hkaiff-hk-tsx" / "page.tsx"), CheckOptions(no_config=True))
    assert report.error is None, report.error
    vocabulary = sorted((f.line, f.excerpt) for f in report.findings if f.rule == "regional-vocabulary")
    assert [line for line, _ in vocabulary] == [34, 35, 42, 43]
    assert not [f for f in report.findings if f.severity == "error"]
