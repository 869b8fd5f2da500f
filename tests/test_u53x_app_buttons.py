"""u53x class 4: a mini-program's or uni-app page's <button> is a block, as the platform lays it out: a row of buttons
between sections ran into one line with the text (eval/structure52 shuangbao-vue: 「📤 导出全部数据🗑️ 清除本地数据☁️ 删除服务器
数据」).  A web page's (and a web Vue page's, written with <div>) inline <button> inside a sentence stays in its sentence
(`load/html/feeding.py` `_html_extractor`).  Every text below is invented; the real document stays as a regression."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_LABELS = {
    "hans": ("导出全部数据", "清除本地数据", "删除服务器数据", "三、您的权利", "您可以随时查看、导出或删除您的数据。", "四、联系我们"),
    "hant": ("匯出全部資料", "清除本機資料", "刪除伺服器資料", "三、您的權利", "您可以隨時查看、匯出或刪除您的資料。", "四、聯絡我們"),
}


def _uni(lang: str, box: str = "view", text: str = "text", handler: str = "@click") -> str:
    a, b, c, rights, sentence, contact = _LABELS[lang]
    return f"""<template>
  <{box} class="page">
    <{text} class="section-title">{rights}</{text}>
    <{text} class="body">{sentence}</{text}>
    <{box} class="actions">
      <button class="action-btn" {handler}="exportAll"><{text}>{a}</{text}></button>
      <button class="action-btn" {handler}="clearLocal"><{text}>{b}</{text}></button>
      <button class="action-btn" {handler}="deleteServer">{c}</button>
    </{box}>
    <{text} class="section-title">{contact}</{text}>
    <{text} class="body">如有疑问，请发送邮件至 privacy@example.com。</{text}>
  </{box}>
</template>
"""


@pytest.mark.parametrize("lang", ["hans", "hant"])
@pytest.mark.parametrize("name,handler", [("privacy.vue", "@click"), ("privacy.wxml", "bindtap")])
def test_each_button_of_an_app_page_is_a_line_of_its_own(tmp_path: Path, lang: str, name: str, handler: str) -> None:
    a, b, c, rights, sentence, contact = _LABELS[lang]
    page = _uni(lang, handler=handler)
    if name.endswith(".wxml"):
        page = page.replace("<template>", "<!-- page -->").replace("</template>", "")  # (a .wxml's <template> is a definition)
    doc = parse_file(tmp_path, name, page)
    texts = paragraph_texts(doc)
    assert [a, b, c] == [t for t in texts if t in (a, b, c)]
    assert sentence in texts
    found = {p.text: (p.line, p.kind) for s in doc.sections for p in s.paragraphs}
    assert [found[a][0], found[b][0], found[c][0]] == [6, 7, 8]
    assert {found[a][1], found[b][1], found[c][1]} == {"item"}  # (a control's label: no title)
    assert [title for _, _, title in headings(doc)][-2:] == [rights, contact]


@pytest.mark.parametrize("lang", ["hans", "hant"])
def test_a_web_vue_pages_inline_button_stays_in_its_sentence(tmp_path: Path, lang: str) -> None:
    page = """<template>
  <div class="login">
    <p>请阅读一段说明文字，确认无误后继续。</p>
    <span>
      我已阅读并同意
      <button type="button" @click="open('service')">《服务协议》</button>
      与
      <button type="button" @click="open('privacy')">《隐私政策》</button>
    </span>
  </div>
</template>
"""
    doc = parse_file(tmp_path, "Login.vue", page)
    assert any("《服务协议》" in t and "《隐私政策》" in t for t in paragraph_texts(doc))


def test_an_html_pages_buttons_are_read_as_before(tmp_path: Path) -> None:
    page = """<!DOCTYPE html><html lang="zh"><body>
<h1>隐私政策</h1>
<p>请您仔细阅读本政策，<button onclick="agree()">同意</button>后继续使用。</p>
</body></html>
"""
    doc = parse_file(tmp_path, "privacy.html", page)
    assert "请您仔细阅读本政策，同意后继续使用。" in paragraph_texts(doc)


def test_real_shuangbao_vue() -> None:
    doc = parse_path(_ROOT / "eval" / "structure52" / "dev" / "shuangbao-vue" / "privacy.vue")
    found = {p.line: (p.text, p.kind) for s in doc.sections for p in s.paragraphs}
    assert [found[n] for n in (26, 29, 32)] == [
        ("📤 导出全部数据", "item"),
        ("🗑️ 清除本地数据", "item"),
        ("☁️ 删除服务器数据", "item"),
    ]
    assert [line for line, _, _ in headings(doc)] == [6, 13, 18, 36, 39]
