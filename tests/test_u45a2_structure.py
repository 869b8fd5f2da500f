"""Structure of real pages, forty-fifth session (u45a2): what eval/structure45c (blind until this session fixed from it)
and eval/structure45 left.

- A uni-app `<view>` whose text is an outline written one line each (「一、…」, 「（一）…」, 「1、…」, 「（1）…」 over their
  text): its first line was cut as a title and its lower levels were not (`load.html.titles._later_source_titles`);
  now every level is, and a hard-wrapped paragraph with a number in a line is not (stsale-privacy-vue).
- A table of contents whose entry is written twice (「八、…」 「八、…」 「九、…」): the copy dropped broke the run, so the
  last entry became a section over the intro (`structure.headings.lists._same_style_runs`, raise-privacy-vue).
- A lead-in whose colon was left out (「您可以通过以下方式操作」) is no title; 「您可以管理您的个人信息」 still is
  (`structure.shapes._ANNOUNCING_SENTENCE`).
- A header bar's copy of the title the page's own title was taken over is chrome: no preamble paragraph
  (`structure.headings.title.bar_title_above`, unicom-privacy-vue).
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_string, title_places

ROOT = Path(__file__).resolve().parent.parent
SET45C = ROOT / "eval" / "structure45c"
TEXT = "我们会收集您的设备信息、账号信息与使用记录，用于提供服务、保障账号安全和改进产品体验，不会用于其他目的。"


def _view(body: str) -> str:
    return f'<template>\n\t<view class="wrap">\n{body}\t</view>\n</template>\n<script>\nexport default {{}}\n</script>\n'


# -- an outline in one <view>'s text -------------------------------------------------------------------------------


def test_every_level_of_an_outline_written_one_line_each_is_cut() -> None:
    body = (
        "\t\t一、我们如何收集和使用您的个人信息\n"
        f"\t\t{TEXT}\n\n"
        "\t\t（一）您须授权我们收集和使用您个人信息的情形\n"
        f"\t\t{TEXT}\n\n"
        "\t\t1、实现网上购物所必须的功能\n"
        "\t\t（1）用户注册\n"
        f"\t\t{TEXT}\n\n"
        "\t\t（2）商品信息展示和搜索\n"
        f"\t\t{TEXT}\n"
    )
    titles = title_places(parse_string(_view(body), suffix=".vue"))
    assert list(titles) == [
        "一、我们如何收集和使用您的个人信息",
        "（一）您须授权我们收集和使用您个人信息的情形",
        "1、实现网上购物所必须的功能",
        "（1）用户注册",
        "（2）商品信息展示和搜索",
    ]
    assert [level for _, level in titles.values()] == [1, 2, 3, 4, 4]


def test_a_numbered_line_inside_a_wrapped_paragraph_is_not_cut() -> None:
    # the same node, but the numbered lines go on from the line above (no clause end, no blank line) or over a short line
    body = (
        "\t\t一、我们如何收集和使用您的个人信息\n"
        f"\t\t{TEXT}我们在以下情形中收集信息并且会依照\n"
        "\t\t1、实现网上购物所必须的功能\n"
        f"\t\t{TEXT}\n\n"
        "\t\t（1）用户注册\n"
        "\t\t注册账号。\n"
    )
    titles = title_places(parse_string(_view(body), suffix=".vue"))
    assert list(titles) == ["一、我们如何收集和使用您的个人信息"]


def test_stsale_outline_regression() -> None:
    doc = parse_string((SET45C / "dev/stsale-privacy-vue/privacy.vue").read_text(encoding="utf-8"), suffix=".vue")
    places = title_places(doc)
    assert places["（一）您须授权我们收集和使用您个人信息的情形"] == (9, 2)
    assert places["1、实现网上购物所必须的功能"] == (12, 3)
    assert places["（1）用户注册"] == (13, 4) and places["（2）商品信息展示和搜索"] == (16, 4)


# -- a table of contents with an entry written twice ---------------------------------------------------------------


def _toc_page(twice: bool) -> str:
    names = ["我们如何收集信息", "我们如何使用信息", "我们如何保护信息", "如何联系我们"]
    numerals = "一二三四"
    toc = [f"<p>{numerals[k]}、{name}</p>" for k, name in enumerate(names)]
    if twice:
        toc.insert(3, toc[2])
    body = [f"<p>{numerals[k]}、{name}</p>\n<p>{TEXT}</p>" for k, name in enumerate(names)]
    return (
        "<html><body>\n<h1>隐私政策</h1>\n<p>本政策将帮助您了解以下内容：</p>\n"
        + "\n".join(toc)
        + f"\n<p>{TEXT}</p>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def test_a_toc_with_an_entry_written_twice_keeps_its_last_entry_out() -> None:
    for twice in (False, True):
        doc = parse_string(_toc_page(twice), suffix=".html")
        lines = [s.line for s in doc.sections if s.title == "四、如何联系我们"]
        assert len(lines) == 1 and lines[0] > 10, twice


def test_raise_toc_regression() -> None:
    doc = parse_string((SET45C / "holdout/raise-privacy-vue/index.vue").read_text(encoding="utf-8"), suffix=".vue")
    assert [s.line for s in doc.sections if s.title == "九、如何联系我们"] == [139]
    assert "您可以通过以下方式操作" not in title_places(doc)


# -- a lead-in without its colon -----------------------------------------------------------------------------------


def test_a_lead_in_without_colon_is_no_title_but_a_subject_title_still_is() -> None:
    def page(line: str) -> str:
        return (
            "<html><body><h1>隐私政策</h1>\n<p>一、您的权利</p>\n"
            f"<p>{TEXT}</p>\n<p>{line}</p>\n<p>发送邮件到help@example.com申请</p>\n<p>{TEXT}</p>\n</body></html>\n"
        )

    assert "您可以通过以下方式操作" not in title_places(parse_string(page("您可以通过以下方式操作"), suffix=".html"))
    text = "\n".join(f"{title}\n{TEXT}\n" for title in ("信息收集", "您可以管理您的个人信息", "您可以通过哪些方式联系我们", "信息安全"))
    titles = title_places(parse_string(f"隐私政策\n\n{text}"))
    assert "您可以管理您的个人信息" in titles and "您可以通过哪些方式联系我们" in titles


# -- a header bar's title -------------------------------------------------------------------------------------------


def test_the_bar_title_under_the_page_title_is_no_paragraph() -> None:
    doc = parse_string((SET45C / "dev/unicom-privacy-vue/index.vue").read_text(encoding="utf-8"), suffix=".vue")
    assert doc.metadata.title == "中国联通智能终端营业厅用户隐私政策"
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "用户隐私政策" not in texts and texts[0].startswith("本版发布日期")


def test_a_page_title_alone_keeps_the_line_above_it() -> None:
    # no bar copy: the line above the title that does not repeat it stays the page's text
    page = (
        '<template><div>\n<p>欢迎使用本应用</p>\n<div class="name">示例应用用户隐私政策</div>\n'
        f"<p>{TEXT}</p>\n<p>一、信息收集</p>\n<p>{TEXT}</p>\n</div></template>\n"
    )
    doc = parse_string(page, suffix=".vue")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "欢迎使用本应用" in texts


# -- Dart `'''` documents behind a menu (`load.dart.dart_documents`) and their levels (`named_second.named_documents`) -----

_SCREEN = """import 'package:flutter/material.dart';

class AboutPage extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Column(
        children: [
          Row(
            children: [
              GestureDetector(onTap: () => Navigator.of(context).pop(), child: Icon(Icons.arrow_back)),
              Text(
                '关于我们',
                style: TextStyle(fontSize: 24, fontWeight: FontWeight.bold),
              ),
              Text('服务条款、隐私政策等'),
            ],
          ),
          SettingsItem(title: '服务条款', onTap: () => _open(context, '服务条款', _termsContent)),
          SettingsItem(title: '隐私政策', onTap: () => _open(context, '隐私政策', _privacyContent)),
        ],
      ),
    );
  }

  static const String _helpContent = '''
常见问题

问：传输需要联网吗？
答：不需要，只需设备连接到同一网络即可发现并传输文件。
''';

  static const String _termsContent = '''
服务条款

一、服务协议的接受
欢迎您使用本服务。在使用本服务前，请您仔细阅读并理解本服务协议的全部内容。

二、服务内容
本应用是一款跨平台文件传输工具，为用户提供便捷、安全的文件传输服务。
''';

  static const String _privacyContent = '''
隐私政策

一、引言
我们深知个人信息对您的重要性，我们将按照法律法规要求，采取相应安全保护措施。

二、我们收集的信息
为了向您提供服务，我们可能收集您的账号信息、设备信息与使用记录。
''';
}
"""


def test_dart_document_constants_are_the_page_with_the_header_as_title() -> None:
    doc = parse_string(_SCREEN, suffix=".dart")
    assert doc.metadata.title == "关于我们" and doc.metadata.title_line == 13
    places = title_places(doc)
    assert places["常见问题"] == (27, 1)
    assert places["服务条款"] == (34, 1) and places["一、服务协议的接受"] == (36, 1) and places["二、服务内容"] == (39, 1)
    assert places["隐私政策"] == (44, 1) and places["一、引言"] == (46, 1) and places["二、我们收集的信息"] == (49, 1)
    assert doc.sections[0].title is None and [p.text for p in doc.sections[0].paragraphs] == ["服务条款、隐私政策等"]
    texts = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "static" not in texts and "SettingsItem" not in texts and "Widget" not in texts


def test_dart_html_constants_and_code_strings_are_read_as_before() -> None:
    from policylens.load.dart import dart_documents

    html = _SCREEN.replace("'''\n服务条款\n", "'''<h1>服务条款</h1>\n")
    assert dart_documents(html) is None  # an HTML string is the page it holds
    assert dart_documents(_SCREEN.replace("'''", "'")) is None  # no triple-quoted literal
    sql = "const String schema = '''\nCREATE TABLE t (id INT);\n-- 用户\nINSERT INTO t VALUES (1);\n''';\n"
    assert dart_documents(sql) is None


def test_one_named_document_keeps_its_sections_under_it() -> None:
    # a single name over a numbered run (no second document): nested as before.  (Known limit, not changed: a page whose
    # first heading is itself a document's name is `levels.documents._second_documents`' and `parts.documents_by_name`' reading)
    text = f"关于本应用\n\n功能介绍\n{TEXT}\n\n隐私政策\n\n一、信息收集\n{TEXT}\n\n二、信息使用\n{TEXT}\n"
    places = title_places(parse_string(text))
    assert places["一、信息收集"][1] == places["隐私政策"][1] + 1


def test_linkdrop_regression() -> None:
    doc = parse_string((ROOT / "eval/structure45/dev/linkdrop-about-dart/about_page.dart").read_text(encoding="utf-8"), suffix=".dart")
    assert doc.metadata.title_line == 38
    places = title_places(doc)
    assert all(places[t][1] == 1 for t in ("服务条款", "一、服务协议的接受", "隐私政策", "五、联系我们", "联系我们"))


# -- a `\n` inside one Kotlin/Java/C# literal (`load.app_literals.literal_text`'s `breaks`, `load.text.read_text`) -----

_JAVA = """package com.example;

public class PrivacyActivity extends Activity {
    private String content() {
        return "隐私政策\\n\\n" +
            "一、定义\\n本协议中的用户是指注册并使用本应用服务的个人，我们会依法保护您的个人信息。\\n\\n二、信息收集\\n我们仅收集提供服务所必需的设备信息与账号信息。\\n" +
            "三、联系我们\\n" +
            "如您对本政策有任何疑问，可以通过应用内的反馈渠道联系我们，我们会在十五日内答复。";
    }
}
"""


def test_a_line_break_inside_one_literal_starts_a_page_line_at_its_column() -> None:
    doc = parse_string(_JAVA, suffix=".java")
    got = {s.title: (s.line, s.column, s.level) for s in doc.sections if s.title}
    line6 = _JAVA.split("\n")[5]
    assert got["一、定义"] == (6, line6.index("一、") + 1, 1)
    assert got["二、信息收集"] == (6, line6.index("二、") + 1, 1)
    assert got["三、联系我们"][:1] == (7,)
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts[0].startswith("本协议中的用户") and texts[1].startswith("我们仅收集")


def test_a_break_ending_its_line_adds_no_line_and_a_sentence_break_stays_text() -> None:
    # 「…\\n" +」 at a line's end: the source's line break stands for it (one paragraph of two lines, as before);
    # a break inside a sentence's list makes its items lines, not titles
    src = _JAVA.replace("一、定义\\n本协议", "我们会收集：\\n1. 您的设备信息；\\n2. 您的账号信息。本协议")
    doc = parse_string(src, suffix=".java")
    titles = [s.title for s in doc.sections if s.title]
    assert (
        "1. 您的设备信息；" not in titles
        and "2. 您的账号信息。本协议中的用户是指注册并使用本应用服务的个人，我们会依法保护您的个人信息。" not in titles
    )


# -- a Flutter bar's document name as the fallback title (`load.dart.bar_title`) -------------------------------------


def test_a_bar_naming_the_document_titles_a_page_with_none_of_its_own() -> None:
    orion = ROOT / "eval/structure45/holdout/orion-privacy-dart/privacy_screen.dart"
    doc = parse_string(orion.read_text(encoding="utf-8"), suffix=".dart")
    assert (doc.metadata.title, doc.metadata.title_line) == ("隐私协议", 26)
    lulab = ROOT / "eval/structure35/dev/lulab-agreement-dart/user_agreement.dart"
    doc = parse_string(lulab.read_text(encoding="utf-8"), suffix=".dart")
    assert (doc.metadata.title, doc.metadata.title_line) == ("用户协议", 14)


def test_a_bar_key_or_a_page_title_of_its_own_wins_over_nothing() -> None:
    eams = ROOT / "eval/structure32/dev/eams-dart/policy.dart"  # `Text("privacyPolicy".tr)`: a key, no title
    assert parse_string(eams.read_text(encoding="utf-8"), suffix=".dart").metadata.title is None
    podcast = ROOT / "eval/structure32/holdout/podcast-privacy-dart/privacy_policy_page.dart"  # its own 24-pt title (25)
    assert parse_string(podcast.read_text(encoding="utf-8"), suffix=".dart").metadata.title_line == 25
