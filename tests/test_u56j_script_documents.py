"""u56j class 1: a document kept in a typed const object whose sections are named neither `sections`, `chapters` nor
`clauses` (`const PRIVACY: Doc = { title, intro, articles: [{ title, body }, …] }`) is read, in its .ts, .js, .tsx and
.vue forms; text a script module keeps that no reader places is named by a warning (never dropped without a word).
The real file (eval/blind/round55q mianya-zh-ts) is kept as a regression case.  Every other text is invented."""

from __future__ import annotations

from pathlib import Path

from helpers import headings, paragraph_texts, parse_file, parse_path
from policylens.profiles.check import unread_text

_ROOT = Path(__file__).resolve().parent.parent

_ARTICLES = """  articles: [
    { title: '第一条 我们收集的信息', body: '为向你提供服务，我们可能收集你的手机号码与设备标识，用于登录与安全校验。' },
    { title: '第二条 信息的存储期限', body: '我们仅在为你提供服务所必需的期间内保存你的信息，注销后删除或匿名化处理。' },
    { title: '第三条 我们如何使用信息', body: '上述信息用于完成身份识别与登录、处理订单与支付、安排发货与售后，以及保障交易与账户的安全。' },
    { title: '第四条 对外提供', body: '为完成支付与退款，相关交易信息会提供给支付服务商；除此之外，我们不会向任何第三方出售你的信息。' },
    { title: '第五条 联系我们', body: '如你对本政策有任何疑问，可通过应用内的客服入口与我们联系，我们将尽快处理。' },
  ],
"""
_HEAD = """  title: '隐私政策',
  updated: '2026-06',
  intro: `${APP}（以下称“本应用”）尊重并保护你的个人信息。本政策说明我们如何收集与使用你的信息。`,
"""
_TS = (
    "import { APP } from './brand'\n\nexport interface Article { title: string; body: string }\n"
    "export interface Doc { title: string; updated: string; intro: string; articles: Article[] }\n\n"
    "const PRIVACY: Doc = {\n" + _HEAD + _ARTICLES + "}\n\nexport function map(raw: unknown): Doc {\n"
    "  return raw ? (raw as Doc) : PRIVACY\n}\n"
)
_JS = (
    "import { APP } from './brand'\n\nconst PRIVACY = {\n"
    + _HEAD
    + _ARTICLES
    + "}\n\nexport function map(raw) {\n  return raw || PRIVACY\n}\n"
)
_TITLES = ["第一条 我们收集的信息", "第二条 信息的存储期限", "第三条 我们如何使用信息", "第四条 对外提供", "第五条 联系我们"]


def test_typed_const_document_with_articles_is_read_ts(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "mapPages.ts", _TS)
    titles = [t for _, _, t in headings(doc)]
    assert titles[-5:] == _TITLES  # base56: the file read as plain text, its code and interfaces as paragraphs
    text = "\n".join(paragraph_texts(doc))
    assert "尊重并保护你的个人信息" in text and "不会向任何第三方出售你的信息" in text
    assert "export interface" not in text and "import {" not in text


def test_const_document_with_articles_is_read_js(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "pages.js", _JS)
    assert [t for _, _, t in headings(doc)][-5:] == _TITLES
    assert "import {" not in "\n".join(paragraph_texts(doc))


def test_articles_shown_by_map_in_tsx_are_read(tmp_path: Path) -> None:
    page = (
        "const PRIVACY = {\n" + _HEAD.replace("${APP}", "本应用") + _ARTICLES + "}\n\nexport default function Page() {\n"
        "  return (\n    <main>\n      {PRIVACY.articles.map((a) => (\n        <section key={a.title}>\n"
        "          <h2>{a.title}</h2>\n          <p>{a.body}</p>\n        </section>\n      ))}\n    </main>\n  );\n}\n"
    )
    doc = parse_file(tmp_path, "page.tsx", page)
    assert [t for _, _, t in headings(doc)] == _TITLES  # base56: nothing read ("no Chinese text"), without a word
    assert headings(doc)[0][0] == 6  # each title at its line in the array
    assert any("不会向任何第三方出售" in t for t in paragraph_texts(doc))


def test_articles_in_vue_v_for_stay_read(tmp_path: Path) -> None:
    page = (
        '<template>\n  <view>\n    <text class="title">{{ doc.title }}</text>\n'
        '    <view v-for="(a, i) in doc.articles" :key="i">\n      <text class="h">{{ a.title }}</text>\n'
        '      <text class="p">{{ a.body }}</text>\n    </view>\n  </view>\n</template>\n<script setup lang="ts">\n'
        "const doc = {\n" + _HEAD.replace("${APP}", "本应用") + _ARTICLES + "}\n</script>\n"
    )
    doc = parse_file(tmp_path, "privacy.vue", page)
    assert [t for _, _, t in headings(doc)] == _TITLES


def test_text_no_reader_places_is_warned(tmp_path: Path) -> None:
    sections = "\n".join(
        f"  {{ title: '{k}、第{k}节', body: '我们依法保护你的个人信息安全，仅在必要的期间内保存，并在注销后删除或匿名化处理第{k}项信息。' }},"
        for k in "一二三四五"
    )
    clauses = "\n".join(
        f"    c{k}: '为向你提供服务，我们可能收集你的手机号码与设备标识，用于登录与安全校验，并在必要时向你发送第{k}类通知。',"
        for k in range(8)
    )
    module = f"const SECTIONS = [\n{sections}\n]\nconst PRIVACY = {{\n  name: '隐私政策',\n  clauses: {{\n{clauses}\n  }},\n}}\n"
    doc = parse_file(tmp_path, "legal.ts", module + "export { SECTIONS, PRIVACY }\n")
    assert len(headings(doc)) == 5
    warning = next(w for w in doc.warnings if "string literals of the script" in w)
    assert warning.startswith("lines 9-18: 9 string literals of the script (")  # base56: no word of the clauses
    assert unread_text(tuple(doc.warnings)) == warning  # (a document's worth: `check --profile` says so)
    short = parse_file(tmp_path, "short.ts", module.replace(clauses, clauses.split("\n")[0]))
    left = next(w for w in short.warnings if "string literals of the script" in w)
    assert left.endswith("fewer than a document's) are left out") and not unread_text(tuple(short.warnings))


def test_lead_of_paragraphs_is_read(tmp_path: Path) -> None:
    module = _TS.replace(
        _HEAD.splitlines()[2],
        "  intro: [\n    `${APP}尊重并保护你的个人信息。`,\n    '本政策说明我们如何收集与使用你的信息，请你仔细阅读。',\n  ],",
    ).replace("intro: string", "intro: string[]")
    text = "\n".join(paragraph_texts(parse_file(tmp_path, "lead.ts", module)))
    assert "本政策说明我们如何收集与使用你的信息" in text and "尊重并保护你的个人信息" in text


def test_mianya_real_file_reads_its_policy() -> None:
    doc = parse_path(_ROOT / "eval/blind/round55q/dev/mianya-zh-ts/mapPages.ts")
    titles = [t for _, _, t in headings(doc)]
    assert "隐私政策" in titles and "第十条 联系我们" in titles and "第十条 适用法律与争议解决" in titles
    assert titles.count("第一条 服务内容") == 1
    assert any(line == 211 for line, _, _ in headings(doc))
    left = next(w for w in doc.warnings if "string literals of the script" in w)
    assert left.startswith("lines 46-96:") and not unread_text(tuple(doc.warnings))  # (welcome and help labels)
