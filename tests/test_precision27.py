"""False findings and misreadings of unseen published documents (issue #11, eval/precision27, first run at b49e36c6).

Each class is reproduced on small texts written for it, both ways (the misreading gone, and the reading it
resembles kept):

- broken-paragraph, two items of a list of conditions: 「與刑事偵查、起訴、審判和判決執行直接相關的」 (its ；
  lost in a Word export) and 「為保護個人信息主體…權益，但又難以取得本人授權同意的；」 (1 warning in
  eval/precision27/xtest-hk-word-html).  A paragraph that stops on 的 before one that ends on 的； is the next
  item of the same list, not the rest of a sentence; a paragraph that stops on 的 before its noun (「…直接相关的」 /
  「设备信息和日志信息。」) is still joined and reported;
- a mini-program or uni-app `<text>` that its page sets as a block: the page's style sheet makes the class a block
  (「.p { display: block; }」, eval/precision27/lushuo-vue: 「<text class="h2">一、适用范围</text>⏎<text class="p">本隐私
  政策适用于…</text>」 read as one line 「一、适用范围本隐私政策适用于…」), or the class names a paragraph (「paragraph」,
  「privacy-paragraph」, 「para」; eval/precision27/qingduanshi-wxml, whose style sheet is its .wxss).  Such a <text> on a
  source line of its own starts a row; any other <text> stays inline (「请阅读<text class="link">《隐私政策》</text>」);
- a uni-app page whose policy is Markdown in a script template literal, converted by its own method and shown by
  `<rich-text :nodes>` (eval/precision27/yuwo-vue: read as nothing, 「the policy text is produced by script」): when
  the markup shows almost nothing and one literal is a policy in Markdown (two headings, 200 Chinese characters,
  written as read), it is read as Markdown in place; escapes, two such literals, a literal without headings, or a
  page whose markup holds the text keep the reading as it was;
- an interpolation that falls back on a string, 「<view class="section-title">{{t1 || '引言'}}</view>」
  (eval/precision27/qingduanshi-wxml): the page shows 引言 unless its script names another, so it is read as 引言, a
  title, in place (its line and column kept); 「{{ title }}」 and 「{{ a || b }}」 stay slots, and a plain HTML page's
  braces are not touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string
from helpers import rule_excerpts as _findings
from policylens.check import CheckOptions, check_file


def _paragraphs(text: str, suffix: str) -> list[str]:
    return [p.text for s in parse_string(text, suffix).sections for p in s.paragraphs]


def _titles(text: str, suffix: str) -> list[str]:
    return [s.title for s in parse_string(text, suffix).sections if s.title]


# ---- broken-paragraph: items of a list of conditions --------------------------------------------------------------

_CONDITIONS = (
    "<html><body><h1>隐私政策</h1><p>生效日期：2026年1月1日</p>\n"
    "<p>在以下情形中，我们可能会依法收集、使用您的个人信息而无需征得您的授权同意：</p>\n"
    "<p>{first}</p>\n"
    "<p>{second}</p>\n"
    "<p>我们会在法律允许的范围内处理上述信息。</p>\n"
    "</body></html>\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "與刑事偵查、起訴、審判和判決執行直接相關的",
            "為保護個人信息主體或其他個人的生命、財產等重大合法權益，但又難以取得本人授權同意的；",
        ),
        ("与国家安全、国防安全直接相关的", "所收集的个人信息是您自行向社会公众公开的。"),
    ],
)
def test_two_items_of_a_list_of_conditions_are_no_broken_sentence(tmp_path: Path, first: str, second: str) -> None:
    assert _findings(tmp_path, _CONDITIONS.format(first=first, second=second), "broken-paragraph", "p.html") == []
    texts = _paragraphs(_CONDITIONS.format(first=first, second=second), ".html")
    assert first in texts and second in texts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("我们会收集与您使用的设备直接相关的", "设备型号、操作系统版本和日志信息。"),
        ("我们仅在实现本条所述目的所必需的", "期限内保存您的个人信息；"),
        # (review u27w: the rest of the sentence ends on 的。 after a clause of its own)
        ("在获得您的同意后，我们会与合作伙伴共享您主动提供的", "个人信息，但仅限于实现本政策所述目的所必需的。"),
    ],
)
def test_a_sentence_broken_off_after_its_de_is_still_reported(tmp_path: Path, first: str, second: str) -> None:
    assert _findings(tmp_path, _CONDITIONS.format(first=first, second=second), "broken-paragraph", "p.html") != []


# ---- <text> rows: a class the page sets as a block ----------------------------------------------------------------


def _uniapp(body: str, style: str) -> str:
    return f'<template>\n\t<view class="content">\n{body}\t</view>\n</template>\n\n<style>\n{style}\n</style>\n'


_LUSHUO = (
    '\t\t<text class="h1">隐私政策</text>\n'
    '\t\t<text class="h2">一、适用范围</text>\n'
    '\t\t<text class="p">本隐私政策适用于所有下载、安装及使用本应用全部功能与服务的用户。</text>\n'
    '\t\t<text class="h2">二、信息收集与使用规则</text>\n'
    '\t\t<text class="p">本应用为纯本地运行工具类应用，默认不会主动收集您的个人信息。</text>\n'
)


@pytest.mark.parametrize(
    "style",
    [
        ".h1 { font-size: 36rpx; display: block; }\n.h2 { font-weight: 600; display: block; }\n.p { display: block; }",
        ".h1, .h2, .p {\n\tdisplay: flex;\n}",
        ".content {\n\t.h1 { display: block; }\n\t.h2 { display: block; }\n\t.p { display: block; }\n}",
    ],
)
def test_a_text_whose_class_the_style_sheet_makes_a_block_is_a_row(style: str) -> None:
    texts = _paragraphs(_uniapp(_LUSHUO, style), ".vue") + _titles(_uniapp(_LUSHUO, style), ".vue")
    assert "本隐私政策适用于所有下载、安装及使用本应用全部功能与服务的用户。" in texts
    assert not any("一、适用范围本隐私政策" in t for t in texts)


@pytest.mark.parametrize(
    "style",
    [
        ".h1 { font-size: 36rpx; }\n.txt { color: #aaa; }",
        ".h2 { display: none; }\n.txt { display: inline; }",
        ".h1, .h2 { display: inline-block; }\n.txt { display: inline-block; width: 50%; }",
    ],
)
def test_a_text_the_style_sheet_leaves_inline_stays_inline(style: str) -> None:
    body = _LUSHUO.replace('class="p"', 'class="txt"')  # (a class named 「p」 is a paragraph by its name)
    texts = _paragraphs(_uniapp(body, style), ".vue") + _titles(_uniapp(body, style), ".vue")
    assert any("一、适用范围本隐私政策" in t for t in texts), texts


_QINGDUANSHI = (
    '<view class="doc-section">\n'
    '  <view class="section-title">一、我们如何收集和使用信息</view>\n'
    '  <view class="section-body">\n'
    '    <text class="{cls} bold">（一）账号登录与基本信息</text>\n'
    '    <text class="{cls}">\n'
    "      当您使用微信授权登录时，我们将获取您的微信昵称和头像。\n"
    "    </text>\n"
    "  </view>\n"
    "</view>\n"
)


@pytest.mark.parametrize("cls", ["paragraph", "privacy-paragraph", "para", "p"])
def test_a_text_whose_class_names_a_paragraph_is_a_row(cls: str) -> None:
    doc = parse_string('<view class="doc-title">隐私政策</view>\n' + _QINGDUANSHI.format(cls=cls), ".wxml")
    texts = [s.title for s in doc.sections] + [p.text for s in doc.sections for p in s.paragraphs]
    assert "（一）账号登录与基本信息" in texts, texts
    assert "当您使用微信授权登录时，我们将获取您的微信昵称和头像。" in texts, texts


@pytest.mark.parametrize("cls", ["link", "paragraph-link", "para2", "text"])
def test_another_text_stays_inline(cls: str) -> None:
    page = (
        '<view class="doc-title">隐私政策</view>\n<view class="body">\n'
        "  <text>请您仔细阅读</text>\n"
        f'  <text class="{cls}">《隐私政策》</text>\n'
        "  <text>并确认同意后使用本服务。</text>\n</view>\n"
    )
    assert any("请您仔细阅读《隐私政策》并确认同意后使用本服务。" in t for t in _paragraphs(page, ".wxml"))


# ---- an interpolation's string fallback ---------------------------------------------------------------------------

_FALLBACK = (
    '<view class="doc-title">《小小轻断食》隐私政策</view>\n'
    '<view class="doc-update-time">更新日期：2026年5月22日</view>\n'
    '<view class="doc-section">\n'
    '  <view class="section-title">{slot}</view>\n'
    '  <view class="section-body"><text class="paragraph">我们深知个人信息对您的重要性，将尽力保护您的个人信息安全可控。</text></view>\n'
    "</view>\n"
)


@pytest.mark.parametrize("slot", ["{{t1 || '引言'}}", '{{ intro.title || "引言" }}'])
@pytest.mark.parametrize("suffix", [".wxml", ".vue"])
def test_an_interpolations_string_fallback_is_read_in_place(slot: str, suffix: str) -> None:
    page = _FALLBACK.format(slot=slot)
    if suffix == ".vue":
        page = f"<template>\n<view>\n{page}</view>\n</template>\n"
    doc = parse_string(page, suffix)
    section = next(s for s in doc.sections if s.title == "引言")
    lines = page.split("\n")
    line = next(k for k, text in enumerate(lines, 1) if "section-title" in text)
    assert section.title_pieces and section.title_pieces[0].line == line
    assert section.title_pieces[0].column == lines[line - 1].index("引言") + 1


@pytest.mark.parametrize("slot", ["{{ title }}", "{{ a || b }}", "{{t1 ? '引言' : '前言'}}"])
def test_other_interpolations_stay_slots(slot: str) -> None:
    doc = parse_string(_FALLBACK.format(slot=slot), ".wxml")
    assert "引言" not in [s.title for s in doc.sections]


def test_a_plain_html_pages_braces_are_not_read_as_a_fallback() -> None:
    page = "<html><body><h1>隐私政策</h1><h2>{{t1 || '引言'}}</h2><p>我们深知个人信息对您的重要性。</p></body></html>\n"
    assert "引言" not in [s.title for s in parse_string(page, ".html").sections]


# ---- a template's translation of its own Chinese wording -----------------------------------------------------------

_BLADE = (
    "@extends('layouts.app')\n\n@section('title', __('隐私政策'))\n\n@section('content')\n<div class=\"container\">\n"
    "    <h1>{title}</h1>\n    <p>{date}</p>\n    @if(config('app.notice'))\n    <p>{body}</p>\n    @endif\n"
    "    <h2>一、我们收集的信息</h2>\n    <p>我们会收集您注册时填写的手机号码和邮箱地址。</p>\n</div>\n@endsection\n"
)


@pytest.mark.parametrize(
    ("title", "date", "body"),
    [
        ("{{ __('隐私政策') }}", "@lang('更新日期：2024年3月1日')", "{{ __('本政策适用于本网站提供的全部服务。') }}"),
        ('{!! trans("隐私政策") !!}', "{{ trans('更新日期：2024年3月1日') }}", "{{ _('本政策适用于本网站提供的全部服务。') }}"),
    ],
)
def test_a_translation_of_the_pages_own_wording_is_its_text(tmp_path: Path, title: str, date: str, body: str) -> None:
    page = _BLADE.format(title=title, date=date, body=body)
    doc = parse_string(page, ".blade.php")
    texts = [s.title for s in doc.sections] + [p.text for s in doc.sections for p in s.paragraphs]
    assert doc.metadata.title == "隐私政策" or "隐私政策" in texts, texts
    assert "本政策适用于本网站提供的全部服务。" in texts
    assert _findings(tmp_path, page, "date-format", "privacy.blade.php") == []  # the date is read: no "no date"


def test_a_django_trans_tag_of_chinese_wording_is_its_text() -> None:
    page = (
        "{% extends 'base.html' %}{% load i18n %}\n{% block content %}\n<h1>{% trans \"隐私政策\" %}</h1>\n"
        "<p>{% translate '我们仅收集提供服务所必需的信息。' %}</p>\n{% endblock %}\n"
    )
    texts = _paragraphs(page, ".html")
    assert "我们仅收集提供服务所必需的信息。" in texts, texts


@pytest.mark.parametrize(
    "date",
    ["@lang('privacy.updated_at')", "{{ __('privacy.updated_at') }}", "{{ __($key) }}", "{% trans 'privacy.updated' as updated %}"],
)
def test_a_translation_key_is_no_text(tmp_path: Path, date: str) -> None:
    page = _BLADE.format(title="{{ __('隐私政策') }}", date=date, body="本政策适用于本网站提供的全部服务。")
    texts = _paragraphs(page, ".blade.php")
    assert all("{" in t for t in texts if "privacy" in t), texts  # a slot as written (the rules judge it), or nothing


# ---- a policy kept as Markdown in a script literal -----------------------------------------------------------------

_CLAUSE = "本服务包括但不限于我们运营的网站、移动应用程序、微信小程序等各类平台上提供的服务内容，我们将依法保护您的个人信息。"


def _markdown_page(literal: str, markup: str = "", second: str = "") -> str:
    return (
        '<template>\n  <view class="container">\n    <scroll-view scroll-y>\n'
        f'      <rich-text :nodes="agreementHtml"></rich-text>{markup}\n    </scroll-view>\n  </view>\n</template>\n\n'
        "<script>\nexport default {\n  data() {\n    return {\n"
        f"      agreementText: `{literal}`,{second}\n      agreementHtml: '',\n"
        "    };\n  },\n"
        "  onLoad() {\n    this.agreementHtml = this.toHtml(this.agreementText);\n  },\n};\n</script>\n"
    )


def _policy(clauses: int = 4, head: str = "## ") -> str:
    body = "".join(f"\n{head}第{k}条 总则\n\n{k}.1 {_CLAUSE}\n" for k in range(1, clauses + 1))
    return f"\n# 隐私政策和用户使用协议\n\n**生效日期：2025-4-3**\n{body}"


def test_a_policy_in_markdown_in_a_script_literal_is_read_in_place(tmp_path: Path) -> None:
    page = _markdown_page(_policy())
    doc = parse_string(page, ".vue")
    assert "第1条 总则" in [s.title for s in doc.sections]
    assert any(_CLAUSE in p.text for s in doc.sections for p in s.paragraphs)
    line = next(k for k, text in enumerate(page.split("\n"), 1) if "生效日期" in text)
    dates = _findings(tmp_path, page, "date-format", "privacy.vue")
    assert dates == ["2025-4-3"], dates  # the date is read, where it stands (no "no date")
    report = check_file(str(tmp_path / "privacy.vue"), CheckOptions(no_config=True, select=("date-format",)))
    finding_lines = [f.line for f in report.findings]
    assert finding_lines == [line]


@pytest.mark.parametrize(
    ("literal", "markup", "second"),
    [
        (_policy().replace("我们运营", "我们\\`运营"), "", ""),  # an escape: the literal is not the source text
        (_policy(), "", "\n      englishText: `" + _policy() + "`,"),  # two such literals: which one is shown?
        (_policy(head=""), "", ""),  # no heading: not a policy in Markdown
        (_policy(), "<text>" + _CLAUSE * 7 + "</text>", ""),  # the markup holds the text (300 characters or more)
    ],
)
def test_other_script_literals_keep_the_reading(literal: str, markup: str, second: str) -> None:
    doc = parse_string(_markdown_page(literal, markup, second), ".vue")
    assert "第1条 总则" not in [s.title for s in doc.sections]
