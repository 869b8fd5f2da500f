"""Classes of eval/structure51s (helper u51s, fifty-first session), each both ways; every text below is invented, the real
documents stay as regressions at the end of each part.

1. A first numbered line right under a heading whose sibling numbered 2 follows it at once, written as a sentence, is
   the first of a run of numbered sentences that lost its full stop, not a sub-title over nothing (gofarm-tsx, a Taro
   page: 「5. 信息的使用规则」 / 「5.1 信息的使用规则 开发者将会…信息」 / 「5.2 开发者承诺，…。」 gave a level-2 section;
   `structure/headings/lists.py` `_bare_first_entry`).  A sub-title over a body of its own, a first line whose sibling is
   a title too, and an explicit `###` keep their reading.
2. An eyebrow label naming a category (「合规与服务」, 「Legal & Compliance」) directly over a line naming the document
   (「隐私政策」) is no title: the name is (hegui-tsx, a `<PageHeader eyebrow=… title=…>`: no title was found and the name
   was a level-1 section; `structure/headings/kicker.py` `label_over_name`).  A label that itself names a document, a
   long first line, and a line below that names no document keep their reading.
3. A line that is only a link back to the site's home or list page (「← 回首頁」, 「返回首页」, 「← Back to home」) after
   the policy's last sentence is page chrome (pain-php: a paragraph of 七、聯絡我們; `load/html/chrome.py` `_back_links`):
   `parse` still shows it, `diff` compares it as nothing.  A longer line, a sentence, and a back link among the
   policy's sentences stay text.
4. A `<footer>` inside `<main>` after the policy, with no heading, holds the site's link row: its chrome lines are
   chrome as in the page's own footer, one with an e-mail address only when the page gives the address elsewhere
   (structure50 nightjar-hant-html L149; `load/html/chrome.py` `_inner_footers`).  The policy's own date, a sentence,
   and a footer holding a heading stay text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import chrome_texts, headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent
_S51S = _ROOT / "eval" / "structure51s"

# --- 1. a numbered sentence without its full stop, first under a heading -----------------------------------------------

_RUNS = {
    "hans": (
        "示例隐私指引",
        "4. 信息的存储",
        "4.1 我们将信息存储在境内的服务器。",
        "5. 信息的使用规则",
        "5.1 我们将会在本指引所明示的用途内使用收集的信息",
        "5.2 我们承诺，不会对外公开披露你的信息。",
        "6. 联系我们",
        "电话：010-12345678",
    ),
    "hant": (
        "示例隱私權指引",
        "4. 資料的儲存",
        "4.1 我們將資料儲存於境內的伺服器。",
        "5. 資料的使用規則",
        "5.1 我們將在本指引所明示的用途內使用蒐集的資料",
        "5.2 我們承諾，不會對外公開揭露你的資料。",
        "6. 聯絡我們",
        "電話：02-1234-5678",
    ),
    "en": (
        "Example Privacy Guide",
        "4. Storage",
        "4.1 We store the information on servers in the country.",
        "5. Use of information",
        "5.1 We use the information only for the purposes in this guide",
        "5.2 We will not disclose your information, unless the law requires it.",
        "6. Contact",
        "Phone: 010-12345678",
    ),
}


def _markdown(run: tuple[str, ...]) -> str:
    name, h4, s41, h5, s51, s52, h6, tel = run
    return f"# {name}\n\n## {h4}\n\n{s41}\n\n## {h5}\n\n{s51}\n\n{s52}\n\n## {h6}\n\n{tel}\n"


def _html(run: tuple[str, ...]) -> str:
    name, h4, s41, h5, s51, s52, h6, tel = run
    return (
        f"<html><body>\n<h1>{name}</h1>\n<h2>{h4}</h2>\n<p>{s41}</p>\n<h2>{h5}</h2>\n<p>{s51}</p>\n<p>{s52}</p>\n"
        f"<h2>{h6}</h2>\n<p>{tel}</p>\n</body></html>\n"
    )


def _taro(run: tuple[str, ...]) -> str:
    name, h4, s41, h5, s51, s52, h6, tel = run
    n51, t51 = s51.split(" ", 1)
    return (
        "import { View } from '@tarojs/components';\n\nexport default function Index() {\n  return (\n"
        '    <View className="clause-detail">\n'
        f'      <View className="title-1">{name}</View>\n'
        f'      <View className="title-2">{h4}</View>\n'
        f'      <View className="content">{s41}</View>\n'
        f'      <View className="title-2">{h5}</View>\n'
        f'      <View className="content">\n        {n51}\n        {t51}\n      </View>\n'
        f'      <View className="content">{s52}</View>\n'
        f'      <View className="title-2">{h6}</View>\n'
        f'      <View className="content">{tel}</View>\n'
        "    </View>\n  );\n}\n"
    )


_FORMS = {"privacy.md": _markdown, "privacy.html": _html, "privacy.tsx": _taro}


@pytest.mark.parametrize("script", sorted(_RUNS))
@pytest.mark.parametrize("name", sorted(_FORMS))
def test_a_first_numbered_sentence_without_its_stop_is_no_sub_title(tmp_path: Path, script: str, name: str) -> None:
    run = _RUNS[script]
    doc = parse_file(tmp_path, name, _FORMS[name](run))
    titles = [title for _, _, title in headings(doc)]
    assert titles == [run[1], run[3], run[6]]
    assert any(text.startswith("5.1") for text in paragraph_texts(doc))


def test_a_sub_title_over_its_own_body_stays(tmp_path: Path) -> None:
    text = (
        "# 示例隐私指引\n\n## 5. 信息的使用\n\n5.1 使用的目的\n\n我们只在本指引所述的目的内使用信息。\n\n"
        "5.2 使用的期限\n\n我们只在必要的期限内使用信息。\n"
    )
    doc = parse_file(tmp_path, "privacy.md", text)
    assert [(level, title) for _, level, title in headings(doc)] == [
        (1, "5. 信息的使用"),
        (2, "5.1 使用的目的"),
        (2, "5.2 使用的期限"),
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the sibling is no sentence (a title over the text): read as before, both lines text of 5.
        (["5.1 使用的目的", "5.2 使用的期限", "我们只在必要的期限内使用信息。"], ["5. 信息的使用", "6. 联系我们"]),
        # an explicit heading is a heading whatever follows it
        (["### 5.1 使用的目的", "5.2 我们只在必要的期限内使用信息。"], ["5. 信息的使用", "5.1 使用的目的", "6. 联系我们"]),
        # not first under its heading: a paragraph above it, out of this class (read as before)
        (
            ["总则。", "5.1 我们只在必要的期限内使用信息", "5.2 我们不会公开你的信息。"],
            ["5. 信息的使用", "5.1 我们只在必要的期限内使用信息", "6. 联系我们"],
        ),
    ],
)
def test_near_misses_keep_their_reading(tmp_path: Path, lines: list[str], expected: list[str]) -> None:
    body = "\n\n".join(lines)
    text = f"# 示例隐私指引\n\n## 5. 信息的使用\n\n{body}\n\n## 6. 联系我们\n\n电话：010-12345678\n"
    assert [title for _, _, title in headings(parse_file(tmp_path, "privacy.md", text))] == expected


def test_structure51s_gofarm_sections() -> None:
    doc = parse_path(_S51S / "dev" / "gofarm-tsx" / "privacy.tsx")
    assert [(line, level) for line, level, _ in headings(doc)] == [(12, 1), (33, 1), (51, 1), (57, 1), (66, 1), (75, 1)]


# --- 2. an eyebrow label over the document's name ----------------------------------------------------------------------

_HEADER = """import PageHeader from '../components/PageHeader'

export default function PrivacyPolicyPage() {
  return (
    <div className="space-y-10">
      <PageHeader
        eyebrow="{LABEL}"
        title="{NAME}"
        description="我们会以最小必要原则处理你的个人信息。"
      />
      <div>
        <div className="font-semibold">1. 我们收集的信息</div>
        <div>账号信息（用户名、邮箱）以及为提供服务所需的日志信息。</div>
        <div className="font-semibold">2. 你的权利</div>
        <div>你可在合理范围内查询、更正或删除你的个人资料。</div>
      </div>
    </div>
  )
}
"""

_VIEW = """<template>
  <view class="page">
    <view class="eyebrow">{LABEL}</view>
    <view class="name">{NAME}</view>
    <view class="lead">本政策说明我们如何处理你的个人信息。</view>
    <view class="section-title">一、信息收集</view>
    <view class="para">我们收集你的手机号码，用于登录。</view>
    <view class="section-title">二、联系我们</view>
    <view class="para">如有疑问，请发送邮件与我们联系。</view>
  </view>
</template>
"""


_EYEBROWS = [
    ("合规与服务", "隐私政策"),
    ("法律與合規", "隱私權政策"),
    ("Legal & Compliance", "Privacy Policy"),
    ("服务条款", "用户服务协议"),
]


@pytest.mark.parametrize(
    ("label", "name", "file", "page"),
    [
        (label, name, file, page)
        for label, name in _EYEBROWS
        for file, page in (("privacy.tsx", _HEADER), ("privacy.vue", _VIEW))
        # a JSX prop's Latin-only string is not read at all (a page's code strings): out of this class
        if not (file == "privacy.tsx" and label.isascii())
    ],
)
def test_an_eyebrow_label_over_the_name_leaves_the_name_the_title(tmp_path: Path, label: str, name: str, file: str, page: str) -> None:
    doc = parse_file(tmp_path, file, page.replace("{LABEL}", label).replace("{NAME}", name))
    if label == "服务条款":  # a label that names a document itself: left to the other tests, read as before
        assert doc.metadata.title != name
        return
    assert doc.metadata.title == name
    assert name not in [title for _, _, title in headings(doc)]
    assert label in paragraph_texts(doc)  # the label stays text above the title


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("合规与服务", "我们如何处理你的信息"),  # the line below names no document: read as before
        ("我们非常重视你的个人信息保护", "隐私政策"),  # no label: too long
    ],
)
def test_near_miss_labels_keep_the_first_reading(tmp_path: Path, label: str, name: str) -> None:
    doc = parse_file(tmp_path, "privacy.vue", _VIEW.replace("{LABEL}", label).replace("{NAME}", name))
    assert doc.metadata.title is None  # as the session's start read both pages (no eyebrow rule applies)


def test_structure51s_hegui_title() -> None:
    doc = parse_path(_S51S / "dev" / "hegui-tsx" / "privacy.tsx")
    assert (doc.metadata.title, doc.metadata.title_line) == ("隐私政策", 13)
    assert [(line, level) for line, level, _ in headings(doc)] == [(25, 1), (30, 1), (35, 1), (40, 1), (45, 1)]


# --- 3. a back link after the policy -----------------------------------------------------------------------------------

_BACK = """<html><body>
<main>
  <h1>{NAME}</h1>
  <p>{LEAD}</p>
  <h2>{H1}</h2>
  <p>{P1}</p>
  <p>{MIDDLE}</p>
  <h2>{H2}</h2>
  <p>{P2}</p>
  <p><a class="btn" href="/">{BACK}</a></p>
</main>
</body></html>
"""

_BACK_TEXTS = {
    "hans": (
        "示例隐私政策",
        "本政策说明我们如何处理你的信息。",
        "一、信息收集",
        "我们收集你的电子邮箱。",
        "二、联系我们",
        "请发送邮件给我们。",
    ),
    "hant": (
        "示例隱私權政策",
        "本政策說明我們如何處理你的資料。",
        "一、資料蒐集",
        "我們蒐集你的電子郵件。",
        "二、聯絡我們",
        "請寄信給我們。",
    ),
}
# an English back link under a Chinese policy (a bilingual site's button): the HTML reader finds a policy's sentences by
# their Chinese full stops, so a page with none has no 「after the policy」 (and no back link is marked)
_BACK_TEXTS["en"] = _BACK_TEXTS["hans"]


def _back_page(script: str, back: str, middle: str = "") -> str:
    name, lead, h1, p1, h2, p2 = _BACK_TEXTS[script]
    page = _BACK.replace("{NAME}", name).replace("{LEAD}", lead).replace("{H1}", h1).replace("{P1}", p1)
    page = page.replace("{H2}", h2).replace("{P2}", p2).replace("{BACK}", back)
    return page.replace("<p>{MIDDLE}</p>", f"<p>{middle}</p>" if middle else "")


@pytest.mark.parametrize(
    ("script", "back"),
    [
        ("hant", "← 回首頁"),
        ("hans", "返回首页"),
        ("hans", "← 返回"),
        ("hans", "返回简体中文首页"),
        ("en", "← Back to home"),
        ("en", "Back to top"),
    ],
)
@pytest.mark.parametrize("file", ["privacy.html", "privacy.php", "privacy.vue"])
def test_a_back_link_after_the_policy_is_page_chrome(tmp_path: Path, script: str, back: str, file: str) -> None:
    page = _back_page(script, back)
    if file == "privacy.vue":
        page = "<template>\n" + page.replace("<html><body>\n", "").replace("</body></html>\n", "") + "</template>\n"
    doc = parse_file(tmp_path, file, page)
    assert back in paragraph_texts(doc)  # still shown: `parse` keeps chrome lines, `diff` compares them as nothing
    assert chrome_texts(doc) == {back}


@pytest.mark.parametrize(
    ("back", "middle"),
    [
        ("返回首页查看我们如何处理你的个人信息与相关权利", ""),  # a longer line says more than where it goes
        ("如需返回首页，请点击页面上方的标志。", ""),  # a sentence
        ("", "← 回首頁"),  # among the policy's sentences, not after them
    ],
)
def test_other_lines_are_no_back_links(tmp_path: Path, back: str, middle: str) -> None:
    doc = parse_file(tmp_path, "privacy.html", _back_page("hant", back or "請寄信給我們。", middle))
    assert not chrome_texts(doc) & {back, middle} - {""}


def test_structure51s_pain_back_link() -> None:
    doc = parse_path(_S51S / "dev" / "pain-php" / "privacy.php")
    assert (45, 64) in doc.chrome
    assert [(line, level) for line, level, _ in headings(doc)] == [(17, 1), (22, 1), (25, 1), (31, 1), (34, 1), (37, 1), (40, 1)]


# --- 4. a site's footer inside <main>, after the policy -----------------------------------------------------------------

_INNER = """<html><body>
<main>
  <h1>示例App 隱私權政策</h1>
  <section><h2>資料蒐集</h2><p>我們不蒐集任何個人資料。</p></section>
  <section><h2>變更與聯絡</h2><p>如有疑問，請來信：<a href="mailto:help@example.com">help@example.com</a>。</p></section>
  {FOOTER}
</main>
</body></html>
"""

_ROW = '<p>macOS 版 示例App · <a href="./">首頁</a> · <a href="support.html">支援</a> · <a href="privacy.html">隱私權</a>{MAIL}</p>'


@pytest.mark.parametrize(
    ("mail", "chrome"),
    [
        ("", True),
        (' · <a href="mailto:help@example.com">help@example.com</a>', True),  # the policy gives the address too
        (' · <a href="mailto:other@example.com">other@example.com</a>', False),  # an address found nowhere else: kept
    ],
)
def test_a_link_row_in_a_footer_inside_main_is_page_chrome(tmp_path: Path, mail: str, chrome: bool) -> None:
    page = _INNER.replace("{FOOTER}", "<footer>" + _ROW.replace("{MAIL}", mail) + "</footer>")
    doc = parse_file(tmp_path, "privacy.html", page)
    row = next(text for text in paragraph_texts(doc) if text.startswith("macOS"))  # still shown by `parse`
    assert (row in chrome_texts(doc)) is chrome


@pytest.mark.parametrize(
    "footer",
    [
        "<footer><p>最後更新：2024年1月1日</p></footer>",  # the policy's own date: substance
        "<footer><p>本政策由示例股份有限公司制定並負責解釋。</p></footer>",  # a sentence
        "<footer><h3>相關連結</h3><p>首頁 · 支援</p></footer>",  # a footer holding a heading
    ],
)
def test_other_footers_inside_main_stay_text(tmp_path: Path, footer: str) -> None:
    doc = parse_file(tmp_path, "privacy.html", _INNER.replace("{FOOTER}", footer))
    assert not chrome_texts(doc)


def test_structure50_nightjar_footer() -> None:
    doc = parse_path(_ROOT / "eval" / "structure50" / "holdout" / "nightjar-hant-html" / "privacy.html")
    assert (149, 4) in doc.chrome
