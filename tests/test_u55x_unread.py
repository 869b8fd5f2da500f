"""u55x: text left unread on real pages, each class from a form constructed here, the real document kept as a regression.

Class 1: the component tags of a JSX page are read within a budget of work linear in the page
(`load/jsx_data/props.py` `_tag_budget`), no longer the first 200 only; where the budget stops the reading, a warning
says from which line.  Every text below is invented."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent


def _policy_pages(n: int) -> str:
    lines = ["import { PolicyPage } from './PolicyPage';", ""]
    for k in range(n):
        lines.append(
            f"const S_{k} = [{{ title: '第{k}条 信息收集', content: '我们收集您的手机号码用于账号注册（第{k}项）。"
            f"我们不会向第三方出售您的个人信息（第{k}项）。' }}];"
        )
    lines.append("export default function Page() {\n  return (\n    <div>")
    lines += [f"      <PolicyPage sections={{S_{k}}} />" for k in range(n)]
    lines.append("    </div>\n  );\n}\n")
    return "\n".join(lines)


def test_page_of_800_component_tags_read_in_full(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "policy.tsx", _policy_pages(800))
    text = "\n".join(paragraph_texts(doc))
    assert text.count("用于账号注册") == 800  # base55: 200 (the first 200 tags), without a word
    assert "（第799项）" in text
    assert not doc.warnings


def test_react_native_page_of_many_text_tags_reads_its_sections(tmp_path: Path) -> None:
    rows = "\n".join(f"      <Text style={{styles.p}}>第{k}段：我们依法保护您的个人信息安全。</Text>" for k in range(300))
    page = f"""import {{ Text, ScrollView }} from 'react-native';
import {{ PolicyPage }} from './PolicyPage';
const SECTIONS = [
  {{ title: '信息共享', content: '我们不会向任何第三方出售您的个人信息，除非获得您的明确同意。' }},
  {{ title: '联系我们', content: '如您对本政策有任何疑问，请通过客服邮箱与我们联系。' }},
];
export default function Privacy() {{
  return (
    <ScrollView>
{rows}
      <PolicyPage sections={{SECTIONS}} />
    </ScrollView>
  );
}}
"""
    doc = parse_file(tmp_path, "Privacy.tsx", page)
    text = "\n".join(paragraph_texts(doc))
    assert text.count("我们依法保护您的个人信息安全") == 300
    assert "除非获得您的明确同意" in text and "请通过客服邮箱与我们联系" in text  # base55: neither, no warning
    assert not doc.warnings


def test_spent_budget_is_said(tmp_path: Path) -> None:
    # tags left open (no `>`): each scans its attributes' window, the budget is spent, and the page says so
    page = (
        "const S = [{ title: '信息收集', content: '我们收集您的手机号码用于账号注册。我们不会出售您的个人信息。' }];\n"
        "export default function P() { return (<div>\n" + "<Box x={y} " * 3000 + "\n<PolicyPage sections={S} />\n</div>);}\n"
    )
    doc = parse_file(tmp_path, "p.tsx", page)
    assert any("were not all looked at" in w and "budget of work" in w for w in doc.warnings)


def test_sliver_regression() -> None:
    # eval/structure30 sliver-tsx: 459 component tags; every run of Chinese in its code is read
    path = _ROOT / "eval/structure30/dev/sliver-tsx/index.tsx"
    doc = parse_path(path)
    text = "".join([s.title or "" for s in doc.sections] + paragraph_texts(doc))
    source = path.read_text(encoding="utf-8")
    assert len(re.findall(r"<[A-Z]", source)) > 400
    assert all(run in text for run in re.findall(r"[\u4e00-\u9fff][\u4e00-\u9fff，、]{3,}", source))


# Class 2: two documents of one shape chosen by a condition that is no language's (`load/jsx_data/editions.py`
# `_either_documents`): both read, each under its own title, in the order the condition writes them.

_CHOSEN_PAGE = """import { useSearchParams } from 'react-router-dom'

const SERVICE = {
  title: '示例用户服务协议',
  updated: '2026年1月1日',
  sections: [
    { heading: '一、总则', content: `1.1 本协议是您与本平台之间关于使用服务所订立的协议。\\n\\n1.2 您使用服务即视为同意本协议。` },
  ],
}

const PRIVACY = {
  title: '示例隐私政策',
  updated: '2026年1月1日',
  sections: [
    { heading: '一、我们收集的信息', content: `1.1 您注册账号时提供的手机号码。\\n\\n1.2 您使用服务时产生的日志信息。` },
    { heading: '二、您的权利', content: '您有权访问、更正和删除您的个人信息。' },
  ],
}

export default function Agreement() {
  const [searchParams] = useSearchParams()
  const type = searchParams.get('type') || 'service'
  const data = %s

  return (
    <div>
      <h1>{data.title}</h1>
      <p>更新日期：{data.updated}</p>
      {data.sections.map((section, i) => (
        <div key={i}>
          <h2>{section.heading}</h2>
          <div>{section.content}</div>
        </div>
      ))}
    </div>
  )
}
"""


def test_two_documents_chosen_by_a_condition_both_read(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "Agreement.tsx", _CHOSEN_PAGE % "type === 'privacy' ? PRIVACY : SERVICE")
    texts = [t.split("\n")[0] for t in paragraph_texts(doc)]
    assert "1.1 您注册账号时提供的手机号码。" in texts and "您有权访问、更正和删除您的个人信息。" in texts
    assert "1.1 本协议是您与本平台之间关于使用服务所订立的协议。" in texts  # base55: neither document, no warning
    titles = [t for _, _, t in headings(doc)] + [doc.metadata.title]
    assert "示例用户服务协议" in titles and "二、您的权利" in titles
    # the branch the condition writes first is read first
    assert texts.index("1.1 您注册账号时提供的手机号码。") < texts.index("1.1 本协议是您与本平台之间关于使用服务所订立的协议。")


def test_two_documents_chosen_by_a_condition_traditional(tmp_path: Path) -> None:
    page = (_CHOSEN_PAGE % "kind !== 'terms' ? PRIVACY : SERVICE;").replace("隐私政策", "隱私權政策").replace("信息", "資訊")
    texts = [t.split("\n")[0] for t in paragraph_texts(parse_file(tmp_path, "Agreement.jsx", page))]
    assert "您有權訪問、更正和刪除您的個人資訊。" in texts or "您有权访问、更正和删除您的个人資訊。" in texts


def test_two_objects_of_other_shapes_not_read_as_documents(tmp_path: Path) -> None:
    page = _CHOSEN_PAGE.replace(
        "  updated: '2026年1月1日',\n  sections: [\n    { heading: '一、我们收集", "  sections: [\n    { heading: '一、我们收集"
    )
    doc = parse_file(tmp_path, "Agreement.tsx", page % "type === 'privacy' ? PRIVACY : SERVICE")
    assert not any("本协议是您与本平台之间" in t for t in paragraph_texts(doc))  # as base55


def test_yinping_regression() -> None:
    # eval/profiles54q yinping-zh: 用户服务协议 and 隐私政策 as two constants, `type === 'privacy' ? PRIVACY_POLICY : SERVICE_AGREEMENT`
    doc = parse_path(_ROOT / "eval/profiles54q/docs/yinping-zh/Agreement.tsx")
    titles = [t for _, _, t in headings(doc)]
    assert "五、您的权利" in titles and "六、协议终止" in titles and "音瓶用户服务协议" in titles
    assert doc.metadata.title == "音瓶隐私政策"
    assert len(paragraph_texts(doc)) >= 15  # base55: 3 (返回, 更新日期, the footer)


# Class 3: a section component's `title=` holding a character reference (`load/jsx/components.py` `title_prop`)


def test_title_prop_with_entities_is_a_heading(tmp_path: Path) -> None:
    page = """export default function P() {
  return (
    <main>
      <Section title="1. 我们收集的信息"><p>我们收集您的手机号码。</p></Section>
      <Section title="2. Children&apos;s Privacy"><p>We do not knowingly collect data from children.</p></Section>
      <Section title="3. 条款 &amp; 条件"><p>本条款适用于全部服务。</p></Section>
      <Section title="4. 「用户」&quot;权利&quot;"><p>您有权删除您的个人信息。</p></Section>
    </main>
  );
}
"""
    doc = parse_file(tmp_path, "p.tsx", page)
    titles = [t for _, _, t in headings(doc)]
    assert "2. Children's Privacy" in titles  # base55: read as a paragraph under 1.
    assert "3. 条款 & 条件" in titles and '4. 「用户」"权利"' in titles
    assert not any("Children" in t for t in paragraph_texts(doc))
    line = next(line for line, _, t in headings(doc) if t == "2. Children's Privacy")
    assert line == 5


def test_oneppt_children_title_regression() -> None:
    doc = parse_path(_ROOT / "eval/profiles54q/docs/oneppt-bil/page.tsx")
    assert (208, "7. Children's Privacy") in [(line, t) for line, _, t in headings(doc)]


# Class 4: structure.  A navigation bar's title at its line (`load/html/nav_bars.py` `nav_bar_title_at`); a Taro page's
# paragraph class read over the whole page (`load/html/raw_text.py` `paragraph_classes`); the page's own line of a title
# its code names (`structure._named_title_line`).


def test_nav_bar_title_has_its_line(tmp_path: Path) -> None:
    page = """<template>
  <view class="page">
    <uni-nav-bar
      left-icon="back"
      title="示例隐私政策"
    />
    <view class="content">
      <text class="p">我们仅收集提供服务所必需的个人信息。</text>
    </view>
  </view>
</template>
"""
    doc = parse_file(tmp_path, "privacy.vue", page)
    assert (doc.metadata.title, doc.metadata.title_line) == ("示例隐私政策", 5)  # base55: line None


_TARO = """import Taro, { Component } from "@tarojs/taro";
import { View, Text } from "@tarojs/components";
import "./index.scss";

export default class Index extends Component {
  config = {
    navigationBarTitleText: "示例隐私政策",
  };

  render() {
    return (
      <View className="wrap">
          <Text className="wrap__text">
          【特别提示】请您仔细阅读本政策并确定了解我们对您个人信息的处理规则。
          </Text>
          <Text className={classNames("wrap__text", "wrap__text-center")}>
          示例隐私政策
          </Text>
          <Text className="wrap__text">
          引言
          </Text>
          <Text className="wrap__text">本政策将帮助您了解以下内容：</Text>
          <Text className="wrap__text">
          1、我们如何收集您的个人信息
          </Text>
          <Text className="wrap__text">
          2、如何联系我们
          </Text>
          <Text className="wrap__text">
          我们深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。
          </Text>
          <Text className="wrap__text">
          一、我们如何收集您的个人信息
          </Text>
          <Text className="wrap__text">
          我们仅收集提供服务所必需的信息。
          </Text>
      </View>
    );
  }
}
"""


def test_taro_paragraph_class_rows_before_the_parents_second_row(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.jsx", _TARO)
    texts = paragraph_texts(doc)
    titles = [t for _, _, t in headings(doc)]
    assert "引言" in titles and "一、我们如何收集您的个人信息" in titles  # base55: 「示例隐私政策引言本政策…」 one paragraph
    assert "本政策将帮助您了解以下内容：" in texts
    assert "1、我们如何收集您的个人信息" in texts and "2、如何联系我们" in texts
    # the centred line is the page's own title line (its config names the title)
    assert (doc.metadata.title, doc.metadata.title_line) == ("示例隐私政策", 17)
    assert next(level for _, level, t in headings(doc) if t == "一、我们如何收集您的个人信息") == 1


def test_taro_class_without_paragraphs_stays_inline(tmp_path: Path) -> None:
    # one sentence-ending <Text> of the class only: no evidence the class is a block (u34a: a Taro <Text> is a <span>)
    page = _TARO.replace("保护您的个人信息安全。", "保护您的个人信息安全").replace("所必需的信息。", "所必需的信息")
    texts = paragraph_texts(parse_file(tmp_path, "index.jsx", page))
    assert not any(t.startswith("本政策将帮助您了解以下内容：") and t.endswith("：") for t in texts)


def test_ewangshenghuo_regression() -> None:
    doc = parse_path(_ROOT / "eval/blind/round53q/dev/ewangshenghuo-taro/index.jsx")
    assert (doc.metadata.title, doc.metadata.title_line) == ("E网生活隐私政策", 24)  # base55: line 11 (its config)
    found = {t: (line, level) for line, level, t in headings(doc)}
    assert found["引言"] == (27, 1) and found["一、我们处理个人信息的法律依据"] == (95, 1)
    assert "《E网生活隐私政策》将帮助您了解以下内容：" in paragraph_texts(doc)


def test_tiaoxingma_nav_bar_title_line_regression() -> None:
    doc = parse_path(_ROOT / "eval/structure54x2/holdout/tiaoxingma-vue/privacy.vue")
    assert (doc.metadata.title, doc.metadata.title_line) == ("隐私政策", 3)
