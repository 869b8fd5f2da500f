"""Classes from eval/structure46 (forty-sixth session, helper u46a), each with invented cases and the real line as a
regression: an app's `.txt` asset holding HTML, an inline element whose class names a title, and the parse JSON's
`metadata.unread_title` (a contract field added, `/1` kept)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from helpers import cli, headings, parse_path, parse_string, written_file
from policylens.structure.shapes import heading_like

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval" / "structure46"
SCHEMA = json.loads((ROOT / "cli" / "policylens" / "data" / "schema" / "parse.schema.json").read_text(encoding="utf-8"))


# -- 1. HTML kept in a .txt asset ------------------------------------------------------------------------------------

_ASSET = (
    "\ufeff<h1><strong>隐私政策</strong></h1>\n"
    "<p><span>某某公司深知隐私对您的重要性。</span></p>\n"
    "<h2><strong>1. 我们如何收集信息</strong></h2>\n"
    "<p><span>我们收集您的手机号码。</span></p>\n"
    "<p>在某些情况下我们会共享。</p><h2><strong>2 如何联系我们</strong></h2>\n"
    "<p><span>请发邮件至 a@example.com。</span></p>\n"
)


def test_a_txt_asset_holding_html_is_read_as_html(tmp_path: Path) -> None:
    doc = parse_path(written_file(tmp_path, "privacy.txt", _ASSET))
    assert doc.source.format == "html"
    assert doc.metadata.title == "隐私政策" and doc.metadata.title_line == 1
    assert [(line, title) for line, _, title in headings(doc)] == [(3, "1. 我们如何收集信息"), (5, "2 如何联系我们")]
    assert any("HTML in a .txt file" in w for w in doc.warnings)


def test_a_txt_that_opens_with_a_sentence_or_quotes_a_tag_stays_text(tmp_path: Path) -> None:
    quoted = "隐私政策\n\n一、网页代码\n\n我们的网页使用 <p> 和 <div> 标签，例如 <br> 换行。\n\n二、联系我们\n\n请来信。\n"
    assert parse_path(written_file(tmp_path, "a.txt", quoted)).source.format == "text"
    one_tag = "<b>隐私政策</b>\n\n一、收集的信息\n\n我们收集手机号码。\n"
    assert parse_path(written_file(tmp_path, "b.txt", one_tag)).source.format == "text"  # one element: a tag or two quoted
    # another extension keeps its reader (a Markdown file's HTML is Markdown's business)
    assert parse_path(written_file(tmp_path, "c.md", _ASSET)).source.format == "markdown"


def test_a_whole_page_saved_as_txt_is_read_as_before() -> None:
    # a doctype or <html> first: a saved page, read line by line as before (eval/dev22g yunrou-txt's unclosed <h3> holds
    # its whole body; its eight 一、… titles are read right so)
    doc = parse_path(ROOT / "eval" / "dev22g" / "dev" / "yunrou-txt" / "隱私政策.txt")
    assert doc.source.format == "text"
    assert [line for line, _, _ in headings(doc)] == [16, 20, 26, 31, 35, 49, 53, 57]


def test_jinhe_regression() -> None:
    doc = parse_path(EVAL / "dev" / "jinhe-privacy-html" / "privacy.txt")
    assert doc.metadata.title_line == 1
    assert [line for line, _, _ in headings(doc)] == [15, 36, 37, 41, 44, 46, 50, 52, 53, 55, 56]


# -- 2. an inline element whose class names a title ------------------------------------------------------------------

_CELL = """<html><body><div class="G_leftLabelHuge">隐私与安全</div>
<table><tr><td class="G_contentBlack">本公司承诺保护用户的个人信息不受侵犯。<br /><br />
<span class="G_headTitle">您的隐私不会被泄露</span>
<br />简单地说，我们不会向任何人出售您的个人信息。
<br /><br />
<span class="G_headTitle">在线缓存信息仅用于改善体验</span><br />我们可能会收集一些技术和导航信息。
</td></tr></table></body></html>
"""


def test_title_class_spans_in_a_table_cell_are_titles() -> None:
    doc = parse_string(_CELL, ".html")
    assert [title for _, _, title in headings(doc)] == ["您的隐私不会被泄露", "在线缓存信息仅用于改善体验"]


def test_a_title_class_span_inside_a_sentence_is_no_title() -> None:
    page = _CELL.replace(
        '<span class="G_headTitle">您的隐私不会被泄露</span>\n<br />', '请阅读<span class="G_headTitle">隐私说明</span>的全部内容。<br />'
    )
    assert "隐私说明" not in [title for _, _, title in headings(parse_string(page, ".html"))]


def test_a_form_label_of_a_title_class_is_no_title() -> None:
    # a `<label>` is a form field's caption, whatever its class: a sign-up form's hint is no section title
    # (eval/profiles42c skm-tw signup.html:124 「此為登入密碼」)
    form = (
        '<html><body><h1>會員申請單</h1><form><div class="form_block"><label for="birthday" class="input_title">'
        '西元年生日<br>\n<span style="color:#ff0000;">此為登入密碼</span></label><input type="text" name="birthday"></div>'
        "<p>本會依個人資料保護法蒐集您的資料。</p></form></body></html>\n"
    )
    assert "此為登入密碼" not in [title for _, _, title in headings(parse_string(form, ".html"))]
    doc = parse_path(ROOT / "eval" / "profiles42c" / "docs" / "skm-tw" / "signup.html")
    assert "此為登入密碼" not in [title for _, _, title in headings(doc)]


def test_senseu_regression() -> None:
    doc = parse_path(EVAL / "dev" / "senseu-privacy-php" / "privacy.php")
    assert doc.metadata.title_line == 53
    assert [line for line, _, _ in headings(doc)][:2] == [57, 64]


# -- 3. metadata.unread_title in the parse JSON --------------------------------------------------------------------

_VUE = """<template>
  <div class="page">
    <h1>{title}</h1>
    <h2>一、收集的信息</h2><p>我们仅收集您主动提供的邮箱地址，用于找回密码。</p>
  </div>
</template>
"""


def _parse_json(tmp_path: Path, title: str) -> dict[str, object]:
    path = written_file(tmp_path, "privacy.vue", _VUE.format(title=title))
    result = cli("parse", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    return data


def test_parse_json_says_when_the_title_line_is_unread(tmp_path: Path) -> None:
    unread = _parse_json(tmp_path, "{{ $t('privacy.pageTitle') }}")["metadata"]
    assert isinstance(unread, dict) and unread["unread_title"] is True
    known = _parse_json(tmp_path, "某某App隐私政策")["metadata"]
    assert isinstance(known, dict) and known["unread_title"] is False and known["title"] == "某某App隐私政策"


# -- 4. plain-text classes: a service's bracketed host, a sentence ending in a date, a lead-in above the title ------


def _titles(text: str) -> list[str | None]:
    return [title for _, _, title in headings(parse_string(text, ".txt"))]


_SERVICES = """四、联网说明

应用在以下情形会联网：

1. 搜索/下载模组
   Modrinth（api.modrinth.com）
   CurseForge（官方 api.curseforge.com，或国内镜像 mcimirror.top）
   请求内容：你输入的关键词。

2. 检查应用更新
   向你自己在设置里指定的仓库读取 release 信息。
"""


def test_a_service_named_with_its_host_in_brackets_is_no_title() -> None:
    titles = _titles(_SERVICES)
    assert "Modrinth（api.modrinth.com）" not in titles
    assert "1. 搜索/下载模组" in titles and "2. 检查应用更新" in titles
    # a title with a bracketed qualifier, or a host name not in brackets at its end, keeps a title's shape
    assert heading_like("用户权利（可选）", limit=30) and heading_like("第三方SDK（友盟统计）", limit=30)
    assert not heading_like("友盟统计（umeng.com）", limit=30)
    # a package name read backwards from its domain is an SDK's name, not its host (corpora/qunachongdian-privacy
    # zh-Hans.2025-04-08.md:104, a bold sub-title over the SDK's table, as its sibling at line 127 is)
    assert heading_like("高德地图SDK（com.amap.api）", limit=30) and heading_like("穿山甲广告SDK（com.bytedance）", limit=30)
    # a host ends in a web domain: a storage key or a file name in brackets leaves a title a title (eval/blind/round26
    # webcrawler-md 「1. 本地存储（chrome.storage.local）」)
    assert heading_like("本地存储（chrome.storage.local）", limit=30) and heading_like("运行结果（见 cmp.py）", limit=30)
    doc = parse_path(ROOT / "corpora" / "qunachongdian-privacy" / "zh-Hans.2025-04-08.md")
    assert {"高德地图SDK（com.amap.api）", "穿山甲广告SDK（com.bytedance）"} <= {t for _, _, t in headings(doc)}


def test_a_sentence_that_ends_by_giving_a_date_is_no_title() -> None:
    text = (
        "某某隐私协议\n请您仔细阅读本协议。\n\n其他\n用户访问其他网站会留下Cookies信息。\n\n隐私策略调整\n如有变动作者会在此更新。\n\n"
        "本声明自更新之日起生效, 最近的更新时间是：2022年6月1日\n\n联系\n你可以通过邮件联系我。\n"
    )
    titles = _titles(text)
    assert not any(t and t.startswith("本声明") for t in titles)
    assert titles[-1] == "联系"
    # a date in a title that does not end by giving it keeps a title's shape (「2023年版本更新说明」)
    assert heading_like("2023年版本更新说明", limit=30) and heading_like("2023年6月1日更新内容", limit=30)
    assert not heading_like("最近的更新时间是：2022年6月1日", limit=40)


def test_a_lead_in_above_the_title_announces_it() -> None:
    doc = parse_string(
        "以下为隐私协议内容：\n\n某某隐私协议\n请您在使用本产品之前仔细阅读本协议。\n\n1.读写存储权限\n\n应用仅在私有目录创建文件。\n",
        ".txt",
    )
    assert doc.metadata.title == "某某隐私协议" and doc.metadata.title_line == 3
    # a lead-in that announces no document name below it leaves the page untitled as before
    plain = parse_string("以下为主要内容：\n\n我们收集您的手机号码，用于登录。\n", ".txt")
    assert plain.metadata.title is None


def test_a_release_date_line_is_no_title() -> None:
    text = "发布日期：2021年06月03日\n更新日期：2021年09月06日\n某某公司作为某某App的运营者，深知个人信息的重要性。\n1.我们如何收集信息\n我们收集手机号。\n"
    doc = parse_string(text, ".txt")
    assert doc.metadata.title is None and doc.metadata.updated == "2021-09-06"
    assert parse_string("日期：2021年06月03日\n\n某某公司深知个人信息的重要性。\n", ".txt").metadata.title is None


def test_xiu_regression() -> None:
    doc = parse_path(EVAL / "dev" / "xiu-privacy-txt" / "privacy.txt")
    assert doc.metadata.title_line == 3
    lines = [line for line, _, _ in headings(doc)]
    assert 21 in lines and 49 not in lines  # 5.…程序： between 4. and 6.; the effective-date sentence


# -- 5. a numbered title closed by a colon between two numbered titles ---------------------------------------------


def test_a_numbered_title_closed_by_a_colon_between_its_siblings_is_a_title() -> None:
    text = (
        "某某隐私协议\n\n4.浏览器访问哪些网络服务?\n浏览器启动的时候会请求网络。\n\n5.浏览器的网络服务程序：\n包括用户数据同步，用户登录，检查更新等。\n\n"
        "6.浏览器的麦克风使用\n当您使用语音助手功能时，应用将会申请此权限。\n"
    )
    assert "5.浏览器的网络服务程序：" in _titles(text)
    # a lead-in announcing its list stays a paragraph even between siblings
    announcing = text.replace("5.浏览器的网络服务程序：", "5.我们收集的信息包括以下内容：")
    assert not any(t and t.startswith("5.") for t in _titles(announcing))


# -- 6. text extracted from a PDF: sub-section numbers glued to their titles, a lettered list's last entry -------

_PDF = """3.我们如何共享、转让、公开披露个人信息
3.1共享
3.1.1共享原则
未经您的同意，我们不会共享您的个人信息，除非共享的个
人信息是去标识化处理后的信息。
3.1.2实现功能或服务的共享信息
3.2转让
我们不会转让您的个人信息给任何其他第三方，除非征得您的明确同意。
3.3公开展示
我们不会公开披露您的信息，除非遵循国家法律法规规定或者获得您的同意。
3.4依法豁免征得同意共享、转让、公开披露的个人信息
请您理解，在下列情形中，根据法律法规及国家标准，我们共享、转让、公开
披露您的个人信息无需征得您的授权同意：
a.与国家安全、国防安全直接相关的；
b.与公共安全、公共卫生、重大公共利益直接相关的；
c.法律法规规定的其他情形
4.我们如何存储个人信息
4.1存储地点
我们依照法律法规的规定，将个人信息存储于中华人民共和国境内。
"""


def test_sub_section_numbers_glued_to_their_titles_start_their_own_lines() -> None:
    titles = _titles(_PDF)
    for title in (
        "3.1共享",
        "3.1.1共享原则",
        "3.1.2实现功能或服务的共享信息",
        "3.2转让",
        "3.4依法豁免征得同意共享、转让、公开披露的个人信息",
    ):
        assert title in titles, title
    assert "c.法律法规规定的其他情形" not in titles  # the last entry of the lettered list a.–c.


def test_a_quantity_at_a_wrapped_line_start_is_no_number() -> None:
    text = "我们会按照约定的比例向您收取服务费用，费用的计算标准为每月\n1.5倍于基础价格的金额，详见收费说明。\n\n联系我们\n请来信。\n"
    doc = parse_string(text, ".txt")
    assert [p.text[:4] for s in doc.sections for p in s.paragraphs][:1] == ["我们会按"]
    assert all("1.5倍" not in (t or "") for t in _titles(text))
    assert any("每月1.5倍" in p.text for s in doc.sections for p in s.paragraphs)


def test_yaoji_regression() -> None:
    doc = parse_path(EVAL / "dev" / "yaoji-privacy-txt" / "privacy.txt")
    assert doc.metadata.title is None  # 「发布日期：…」 on the first line is the release date
    lines = {line for line, _, _ in headings(doc)}
    assert {43, 70, 71, 82, 83, 88} <= lines and 60 not in lines


def test_modmigrator_regression() -> None:
    lines = [line for line, _, _ in headings(parse_path(EVAL / "dev" / "modmigrator-privacy-txt" / "privacy.txt"))]
    assert 36 not in lines and [n for n in lines if 31 < n < 61] == [35, 41, 45, 49, 54]


# -- 7. a title wholly in 【】 with a colon inside ---------------------------------------------------------------------


def test_a_bracketed_title_with_a_colon_inside_is_no_label() -> None:
    text = "某某隐私政策\n\n一、收集的信息\n我们收集手机号码。\n\n【特别提示：关于本地存储机制】\n本应用采用系统私有目录存储数据。\n\n二、联系我们\n请来信。\n"
    assert "【特别提示：关于本地存储机制】" in _titles(text)
    # a label and its value, or a bracketed label before its value, stay what they were
    assert "地址：北京市海淀区" not in _titles(text.replace("【特别提示：关于本地存储机制】", "地址：北京市海淀区"))
    assert "【特别提示】请注意：本应用不联网" not in _titles(
        text.replace("【特别提示：关于本地存储机制】", "【特别提示】请注意：本应用不联网")
    )


def test_sleeptracker_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure45" / "holdout" / "sleeptracker-privacy-tsx" / "PrivacyPolicyScreen.tsx")
    assert (64, 1, "【特别提示：关于本地存储机制】") in headings(doc)
