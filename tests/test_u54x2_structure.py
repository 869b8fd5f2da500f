"""u54x2 (fifty-fourth session): structure classes of real documents.

1. A Taro page written one `<Text>` per paragraph (its style sheet, another file, makes each a block): a `<Text>`
   holding a whole numbered title on lines of its own (「8、简历投递服务」) or a lead-in ending in a colon (「目录：」),
   in a parent whose `<Text>` children already showed themselves as paragraphs (two rows after a sentence's end), ends
   its line: the text under it ran into it (「8、简历投递服务如您在使用…」, 「9、为您提供更个性化的服务1）…」, eval/blind/
   round53q ewangshenghuo-taro, 4 headings of 37).  A `<View>` whose `<Text>`s have shown no such paragraphs keeps
   them inline (tests/test_u34a_structure.py::test_taro_text_stays_inline), and so do a sentence cut into `<Text>`
   pieces and a numbered sentence.  Texts invented; the real document stays as a regression.
2. A local shell read at each use that picks its edition (`load/jsx_data/shell_uses.py`, u54x): its own text after its
   `{children}` slot (a footer's links 「用户服务协议 隐私政策」, 「返回登录」) was read before the page's text it wraps
   (eval/structure54x educationos-tsx); now after it, at the use's end tag.  A shell whose slot is not one `{children}`
   keeps its text at the use's start, and a shell read where it is declared is untouched.
3. A uni-app <text> whose class names a heading rank (「<text class="h1">」, 「<text class="h2">」) and is one the page's own
   style sheet sets as a block is read as that rank's heading, as a <view class="h2"> is: both ranks were level 1, the
   second document's title 「用户协议」 a paragraph or a sibling of its sections (eval/structure54x2 pengyouquan-vue, found
   blind; eval/precision27 lushuo-vue moved the same way).  A style sheet that leaves `.h2` inline keeps it a run.
4. A uni-app page's PascalCase navigation bar component (「<LegalNavBar title="隐私政策" />」, lower-cased 「legalnavbar」 by
   the parser, so no word boundary before 「navbar」) gives the page's title, as 「<uni-nav-bar title=…>」 does
   (eval/structure54x2 tiaoxingma-vue, held out: its only title, found in its one blind run; fixed after it).
5. A Taro page's own config, 「config = { navigationBarTitleText: "E网生活隐私政策" }」 (a class page) or 「definePageConfig({
   navigationBarTitleText: '隐私政策' })」, gives the title its navigation bar shows when the text has none
   (round53q ewangshenghuo-taro; topics43 bangbang's built `index.js` too).  A value that names no document (「首页」) does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_file, parse_path
from policylens.load import load

_ROOT = Path(__file__).resolve().parent.parent
_EWANG = _ROOT / "eval/blind/round53q/dev/ewangshenghuo-taro/index.jsx"


def _taro(body: str, source: str = "@tarojs/components") -> str:
    """A Taro class page whose <ScrollView> holds `body` (one <Text> per line of `body`)."""
    rows = "\n".join(f'          <Text className="notice__text">\n          {line}\n          </Text>' for line in body.splitlines())
    return f"""import Taro, {{ Component }} from "@tarojs/taro";
import {{ View, Text, ScrollView }} from "{source}";
import "./index.scss";

export default class Index extends Component {{
  render() {{
    return (
      <View className="notice">
        <ScrollView className="notice__view" scrollY>
{rows}
        </ScrollView>
      </View>
    );
  }}
}}
"""


_HANS = """【特别提示】请您仔细阅读本政策，并确定了解我们对您个人信息的处理规则。
本政策适用于示例生活平台的全部产品和服务。
我们深知个人信息对您的重要性，并会尽全力保护您的个人信息安全可靠。
一、我们如何收集和使用您的个人信息
（一）帮助您成为我们的注册用户
1、您自行注册成为示例生活的用户
您在使用示例生活提供的服务时，首先需要成为我们的注册用户。
2、简历投递服务
如您在使用招聘服务时，可以自行创建简历信息，并对简历进行隐私设置。
3、为您提供更个性化的服务
1）基于位置信息的个性化推荐功能：我们会收集您的位置信息来判断您所处的地点。
2）基于摄像头的服务功能：您可以使用这个功能完成拍照。
二、您管理个人信息的权利
您的权利包括：
（一）个人信息的查询、更正
您有权访问您的个人信息，法律法规规定的例外情况除外。"""

_HANT = """【特別提示】請您仔細閱讀本政策，並確定了解我們對您個人資料的處理規則。
本政策適用於示例生活平台的全部產品與服務。
我們深知個人資料對您的重要性，並會盡全力保護您的個人資料安全。
一、我們如何蒐集和使用您的個人資料
1、帳號註冊
您註冊帳號時，我們會蒐集您的手機號碼。
2、為您提供更個人化的服務
1）基於位置資訊的推薦功能：我們會蒐集您的位置資訊。
2）基於相機的服務功能：您可以使用這個功能完成拍照。"""


def _titles(doc):  # type: ignore[no-untyped-def]
    return [section.title for section in doc.sections if section.title]


def _texts(doc):  # type: ignore[no-untyped-def]
    return [paragraph.text for section in doc.sections for paragraph in section.paragraphs]


def test_numbered_title_texts_in_a_paragraph_parent_end_their_lines(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.jsx", _taro(_HANS))
    titles = _titles(doc)
    for title in ("一、我们如何收集和使用您的个人信息", "（一）帮助您成为我们的注册用户", "2、简历投递服务", "3、为您提供更个性化的服务"):
        assert title in titles
    assert "（一）个人信息的查询、更正" in titles  # after the lead-in 「您的权利包括：」
    texts = _texts(doc)
    assert "您的权利包括：" in texts
    assert any(text.startswith("1）基于位置信息") for text in texts)
    assert not any("服务1）" in text or "服务如您" in text for text in texts + titles)


def test_traditional_numbered_title_texts_end_their_lines(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.tsx", _taro(_HANT))
    titles = _titles(doc)
    assert "1、帳號註冊" in titles and "2、為您提供更個人化的服務" in titles
    assert not any("服務1）" in text for text in _texts(doc) + titles)


def test_a_parent_without_paragraph_rows_keeps_its_texts_inline(tmp_path: Path) -> None:
    """The first sentence row only: the parent has not shown itself as one <Text> per paragraph (u34a's decision)."""
    body = "本政策适用于示例生活平台的全部产品和服务。\n一、服务说明\n1.1 服务内容本应用是一款家庭网络守护工具"
    path = tmp_path / "index.jsx"
    path.write_text(_taro(body), encoding="utf-8")
    assert "一、服务说明1.1 服务内容本应用是一款家庭网络守护工具" in [block.text for block in load(str(path)).parsed.blocks]


def test_a_sentence_cut_into_texts_and_a_numbered_sentence_stay_one_line(tmp_path: Path) -> None:
    body = (
        "【特别提示】请您仔细阅读本政策。\n本政策适用于示例生活平台。\n我们会尽全力保护您的个人信息。\n"
        "1、如您不同意本政策，您应立即停止使用\n本平台的服务。\n请您阅读\n《隐私政策》\n并同意。"
    )
    texts = _texts(parse_file(tmp_path, "index.jsx", _taro(body)))
    assert "1、如您不同意本政策，您应立即停止使用本平台的服务。" in texts
    assert "请您阅读《隐私政策》并同意。" in texts


def test_a_label_over_its_value_stays_one_line(tmp_path: Path) -> None:
    """A colon lead-in ends its line only before a numbered or bulleted entry: a label's value stays with it."""
    body = (
        "【特别提示】请您仔细阅读本政策。\n本政策适用于示例生活平台。\n我们会尽全力保护您的个人信息。\n"
        "联系电话：\n400-123-4567\n您的权利包括：\n（一）个人信息的查询、更正\n您有权访问您的个人信息。"
    )
    doc = parse_file(tmp_path, "index.jsx", _taro(body))
    assert "联系电话：400-123-4567" in _texts(doc)
    assert "（一）个人信息的查询、更正" in _titles(doc)


def test_a_react_native_page_is_untouched(tmp_path: Path) -> None:
    """A React Native <Text> in a <View> is a block already (u34a): the same page reads the same titles."""
    doc = parse_file(tmp_path, "index.jsx", _taro(_HANS, "react-native"))
    assert "2、简历投递服务" in _titles(doc)


def test_ewangshenghuo_reads_its_sections() -> None:
    doc = parse_path(_EWANG)
    titles = _titles(doc)
    assert len(titles) >= 37
    for title in ("8、简历投递服务", "9、为您提供更个性化的服务", "（一）个人信息的查询、更正", "一、我们处理个人信息的法律依据"):
        assert title in titles
    texts = _texts(doc)
    assert any(text.startswith("1）基于位置信息的个性化推荐功能") for text in texts)
    assert not any("服务1）" in text or "服务如您" in text for text in texts + titles)


_SHELL = """import React from 'react';

const META = {
  terms: { title: '用户服务协议', subtitle: '使用本平台前，请仔细阅读本协议全部条款。' },
  privacy: { title: '隐私政策', subtitle: '我们重视您的个人信息保护，请了解我们如何收集与使用数据。' },
};

function LegalShell({ kind, children }: { kind: string; children: React.ReactNode }) {
  const meta = META[kind];
  return (
    <article>
      <h1>{meta.title}</h1>
      <p>{meta.subtitle}</p>
      <div>SLOT</div>
      <footer>
        <a href="/legal/terms">用户服务协议</a>
        <a href="/legal/privacy">隐私政策</a>
        <p>返回登录页面</p>
      </footer>
    </article>
  );
}

export const TermsPage = () => (
  <LegalShell kind="terms">
    <h2>一、服务内容</h2>
    <p>本平台向学校和教师提供教学相关的数字化服务，具体以实际开通为准。</p>
  </LegalShell>
);

export const PrivacyPage = () => (
  <LegalShell kind="privacy">
    <h2>一、我们收集的信息</h2>
    <p>我们会收集您的手机号、姓名和所属学校，用于创建和管理您的账号。</p>
  </LegalShell>
);
"""


def _order(tmp_path: Path, slot: str) -> list[str]:
    path = tmp_path / "Legal.tsx"
    path.write_text(_SHELL.replace("SLOT", slot), encoding="utf-8")
    return [block.text for block in load(str(path)).parsed.blocks]


def test_a_shells_footer_is_read_after_the_page_it_wraps(tmp_path: Path) -> None:
    texts = _order(tmp_path, "{children}")
    first = texts.index("本平台向学校和教师提供教学相关的数字化服务，具体以实际开通为准。")
    second = texts.index("我们会收集您的手机号、姓名和所属学校，用于创建和管理您的账号。")
    footers = [k for k, text in enumerate(texts) if text == "返回登录页面"]
    assert len(footers) == 2 and first < footers[0] < texts.index("隐私政策") < second < footers[1]
    assert texts.index("用户服务协议") < first  # (the title, META's, stays over its page)


def test_a_shell_without_one_children_slot_keeps_its_footer_at_the_start(tmp_path: Path) -> None:
    texts = _order(tmp_path, "{props.body}")
    footer = texts.index("返回登录页面")
    assert footer < texts.index("本平台向学校和教师提供教学相关的数字化服务，具体以实际开通为准。")


def test_educationos_footer_after_each_page() -> None:
    doc = load(str(_ROOT / "eval/structure54x/holdout/educationos-tsx/LegalPages.tsx")).parsed
    order = [(block.line, block.text) for block in doc.blocks]
    lines = [line for line, _ in order]
    footers = [k for k, (line, _) in enumerate(order) if line == 78]  # 「返回登录」
    assert len(footers) == 2
    assert lines.index(155) < footers[0] < lines.index(162) and lines.index(234) < footers[1]


def _uni(style: str, first: str = "隐私政策", second: str = "用户协议") -> str:
    return f"""<template>
\t<view class="page">
\t\t<view class="article">
\t\t\t<text class="h1">{first}</text>
\t\t\t<text class="p">更新日期：2026年6月13日</text>
\t\t\t<text class="h2">一、我们收集的信息</text>
\t\t\t<text class="p">为提供核心功能，我们可能收集您主动输入的文案内容。</text>
\t\t\t<text class="h2">二、联系我们</text>
\t\t\t<text class="p">如有隐私相关问题，请通过小程序页面反馈。</text>
\t\t</view>
\t\t<view class="article">
\t\t\t<text class="h1">{second}</text>
\t\t\t<text class="p">欢迎使用本小程序。使用前请仔细阅读本协议。</text>
\t\t\t<text class="h2">一、服务说明</text>
\t\t\t<text class="p">本小程序提供文案参考等工具服务。</text>
\t\t\t<text class="h2">二、协议变更</text>
\t\t\t<text class="p">我们可能适时修订本协议，修订后继续使用即视为同意。</text>
\t\t</view>
\t</view>
</template>

<style scoped>
{style}
</style>
"""


_BLOCKS = ".h1 {\n\tfont-size: 36rpx;\n\tdisplay: block;\n}\n.h2 {\n\tfont-weight: 600;\n\tdisplay: block;\n}\n.p {\n\tdisplay: block;\n}"


def test_ranked_text_classes_set_as_blocks_are_headings_of_their_rank(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.vue", _uni(_BLOCKS))
    assert doc.metadata.title == "隐私政策"
    assert headings(doc) == [
        (6, 1, "一、我们收集的信息"),
        (8, 1, "二、联系我们"),
        (12, 1, "用户协议"),
        (14, 2, "一、服务说明"),
        (16, 2, "二、协议变更"),
    ]


def test_traditional_ranked_text_classes(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.vue", _uni(_BLOCKS, "隱私權政策", "使用者條款"))
    assert doc.metadata.title == "隱私權政策"
    assert (12, 1, "使用者條款") in headings(doc) and (14, 2, "一、服务说明") in headings(doc)


def test_ranked_text_classes_left_inline_stay_runs(tmp_path: Path) -> None:
    """A style sheet that sets only `.p` as a block: the `.h1` / `.h2` <text>s are no ranked headings (read as before)."""
    doc = parse_file(tmp_path, "index.vue", _uni(".p {\n\tdisplay: block;\n}\n.h2 { font-weight: 600; }"))
    assert (14, 1, "一、服务说明") in headings(doc)


def test_pengyouquan_reads_both_documents() -> None:
    doc = parse_path(_ROOT / "eval/structure54x2/dev/pengyouquan-vue/index.vue")
    assert doc.metadata.title == "隐私政策"
    outline = headings(doc)
    assert (46, 1, "用户协议") in outline and (49, 2, "一、服务说明") in outline and (22, 1, "一、我们收集的信息") in outline


def _nav_page(bar: str) -> str:
    return f"""<template>
  <view class="page">
    {bar}
    <view class="doc">
      <text class="p">本政策说明我们如何收集、使用、存储及保护您的信息。请您在使用前仔细阅读。</text>
      <text class="h2">一、我们收集的信息范围</text>
      <text class="p">本小程序为工具类应用，不强制要求您注册账号。</text>
    </view>
  </view>
</template>

<script setup>
import LegalNavBar from "@/components/LegalNavBar/LegalNavBar.vue";
</script>
"""


@pytest.mark.parametrize(
    ("bar", "title"),
    [
        ('<LegalNavBar title="隐私政策" />', "隐私政策"),
        ('<AppNavigationBar title="隱私權政策"></AppNavigationBar>', "隱私權政策"),
        ('<LegalNavBar :title="pageTitle" />', None),
        ('<legalnavbar title="隐私政策" />', None),
        ('<SnavBar title="隐私政策" />', None),
    ],
)
def test_a_pascal_case_nav_bar_gives_the_title(tmp_path: Path, bar: str, title: str | None) -> None:
    assert parse_file(tmp_path, "privacy.vue", _nav_page(bar)).metadata.title == title


@pytest.mark.parametrize(
    ("config", "title"),
    [
        ('  config = {\n    navigationBarTitleText: "示例生活隐私政策",\n  };\n', "示例生活隐私政策"),
        ("  config = { navigationBarTitleText: '隱私權政策' };\n", "隱私權政策"),
        ('  config = { navigationBarTitleText: "首页" };\n', None),
    ],
)
def test_a_taro_page_config_gives_the_bar_title(tmp_path: Path, config: str, title: str | None) -> None:
    page = _taro("本政策适用于示例生活平台的全部产品和服务。\n我们会尽全力保护您的个人信息。").replace(
        "  render() {", config + "\n  render() {"
    )
    assert parse_file(tmp_path, "index.jsx", page).metadata.title == title


def test_ewangshenghuo_title_from_its_config() -> None:
    assert parse_path(_EWANG).metadata.title == "E网生活隐私政策"
