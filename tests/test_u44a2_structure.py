"""Levels and titles of app code and Markdown pages (forty-fourth session, helper u44a2; eval/structure44 "left open").

Each class is tested on a small page written for it, and the real document of eval/structure44 as a regression.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, parse_string

REPO = Path(__file__).resolve().parent.parent
S44 = REPO / "eval" / "structure44"
SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存，期满后删除或匿名化处理。"


def _levels(text: str, suffix: str = ".txt") -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in parse_string(text, suffix=suffix).sections if s.title]


def _runs(names: str, titles: list[str]) -> str:
    return "".join(f"{n}、{t}\n\n{SENTENCE}\n\n" for n, t in zip(names, titles, strict=True))


def test_later_document_sections_keep_their_own_levels() -> None:
    # the several-documents convention (docs/headings.md): a later document's name is a level-1 heading and no parent,
    # its sections take the levels their own numbering gives (eval/structure42 triz-about-js); structure44's
    # datidashi-agreement-java annotation nests them one level deeper, against it (left to the lead)
    page = "用户许可协议\n\n" + _runs("一二三", ["服务条款", "账户安全", "知识产权"])
    page += "隐私政策\n\n" + _runs("一二三", ["我们收集的信息", "信息的共享", "您的权利"])
    levels = dict(_levels(page))
    assert levels["一、服务条款"] == levels["隐私政策"] == levels["一、我们收集的信息"] == levels["三、您的权利"] == 1


VERBATIM = """using UnityEngine;

public class Popup : MonoBehaviour
{
    const string Path = @"C:\\temp\\";
    const string Policy = @"隐私政策

一、我们收集的信息
我们收集您的设备型号与""游戏进度""，用于保存存档。

二、联系我们
如有问题请发送邮件至 help@example.com。";
    void Show() { Debug.Log(@"隐私弹窗已显示"); }
}
"""


def test_csharp_verbatim_string_keeps_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "Popup.cs"
    path.write_text(VERBATIM, encoding="utf-8")
    doc = parse_path(path)
    assert doc.metadata.title == "隐私政策"
    assert [(s.title, s.line) for s in doc.sections if s.title] == [("一、我们收集的信息", 8), ("二、联系我们", 11)]
    text = "".join(p.text for s in doc.sections for p in s.paragraphs)
    assert '" 游戏进度" ' in text  # `""` is one quote (and a space, so columns hold), as `\\"` in a plain literal
    assert "隐私弹窗已显示" not in text  # a log line, verbatim or not


def test_verbatim_end_ignores_backslash() -> None:
    from policylens.load.app_literals import _app_string_end

    src = 'x = @"C:\\temp\\"; y = "中文";'
    assert _app_string_end(src, 5) == (6, 14, 15)
    assert _app_string_end('@"a""b"', 1) == (2, 6, 7)
    assert _app_string_end('"a\\"b"', 0) == (1, 5, 6)  # an ordinary literal keeps its escapes


DIALOGS = """public class SettingsFragment extends Fragment {
    private void showAccount() {
        new AlertDialog.Builder(getContext())
                .setTitle("账户信息")
                .setMessage("您的账户已绑定手机号。")
                .setPositiveButton("确定", null)
                .show();
    }

    private void showPrivacy() {
        String privacyText = "隐私政策\\n\\n" +
                "1. 信息收集\\n" +
                "我们收集您主动提供的信息，包括用户名、邮箱等基本信息。\\n\\n" +
                "2. 信息使用\\n" +
                "我们使用收集的信息来提供和改进我们的服务。";
        new AlertDialog.Builder(getContext())
                .setTitle("隐私政策")
                .setMessage(privacyText)
                .setNegativeButton("取消", null)
                .show();
    }
}
"""


def test_other_dialogs_captions_and_buttons_are_no_headings(tmp_path: Path) -> None:
    path = tmp_path / "SettingsFragment.java"
    path.write_text(DIALOGS, encoding="utf-8")
    titles = [s.title for s in parse_path(path).sections if s.title]
    assert "账户信息" not in titles and "确定" not in titles and "取消" not in titles
    assert "1. 信息收集" in titles and "2. 信息使用" in titles
    # with no document string opened by its name, a dialog's caption is its only title and stays
    alone = tmp_path / "Alone.java"
    alone.write_text(DIALOGS.replace('"隐私政策\\n\\n" +', '"" +'), encoding="utf-8")
    assert "账户信息" in [s.title for s in parse_path(alone).sections if s.title] or parse_path(alone).metadata.title == "账户信息"


def test_shoestore_other_dialogs_are_not_read() -> None:
    doc = parse_path(S44 / "dev" / "shoestore-settings-java" / "SettingsFragment.java")
    titles = [s.title for s in doc.sections if s.title]
    assert not {"账户信息", "关于应用", "清除缓存", "退出登录"} & set(titles)
    assert [s.line for s in doc.sections if s.title and s.title[0].isdigit()] == [116, 118, 120, 122]


TEMPLATE_MD = """# 上架準備文件

## 1) 權限說明

**使用的權限**
- 位置權限：用於模擬定位與路線播放。

## 2) 隱私政策模板

> 請將「公司名稱」替換。

**隱私政策**

**1. 我們收集的資料**
- 本 App 不會收集可識別使用者身分的個人資料。

**2. 資料使用方式**
- 路線與收藏僅用於 App 功能運作。

## 3) 商店描述

**App 名稱**
躺著逛街

**English Version**
**Short Description**
- Plan cute routes and go at your rhythm.

**Full Description**
- A playful, handy location tool.
"""


def test_bold_name_under_a_ranked_numbered_heading_stays_inside_it() -> None:
    levels = dict(_levels(TEMPLATE_MD, suffix=".md"))
    assert levels["2) 隱私政策模板"] == 1
    assert levels["隱私政策"] == 2
    assert levels["1. 我們收集的資料"] == levels["2. 資料使用方式"] == 3
    assert levels["3) 商店描述"] == 1


def test_two_bold_lines_over_a_list_are_two_titles() -> None:
    levels = dict(_levels(TEMPLATE_MD, suffix=".md"))
    assert levels["Short Description"] == levels["Full Description"] == 2


def test_tangzhe_levels_and_bold_pair() -> None:
    doc = parse_path(S44 / "dev" / "tangzhe-tw-md" / "PLAY_STORE.md")
    got = {s.line: s.level for s in doc.sections if s.title}
    assert got[30] == 1 and got[34] == 2
    assert all(got[line] == 3 for line in (38, 42, 46, 49, 52, 55, 58))
    assert got[87] == got[90] == 2


HUB = """import SwiftUI

struct LegalHubView: View {
    var body: some View {
        List {
            Section("合规与条款") {
                NavigationLink {
                    PolicyView()
                } label: {
                    Label("隐私政策", systemImage: "hand.raised.fill")
                }
                NavigationLink {
                    TermsView()
                } label: {
                    Label("用户服务协议", systemImage: "doc.text.fill")
                }
            }
            Text("全本地存储").font(.headline)
        }
        .navigationTitle("合规与隐私")
    }
}

struct PolicyView: View {
    var body: some View {
        ScrollView {
            VStack {
                Text("示例隐私政策").font(.title2.bold())
                Text("一、我们如何收集信息").font(.headline)
                Text("我们不收集您的姓名、手机号码或电子邮件地址，所有数据仅保存在您的设备本地。")
                Text("二、联系我们").font(.headline)
                Text("如有任何疑问，请通过应用内反馈功能与我们联系，我们将在十五个工作日内答复。")
            }
        }
    }
}

struct TermsView: View {
    var body: some View {
        Text("示例用户服务协议").font(.title2.bold())
    }
}
"""


def test_swift_menu_view_is_no_part_of_the_page(tmp_path: Path) -> None:
    path = tmp_path / "LegalHubView.swift"
    path.write_text(HUB, encoding="utf-8")
    doc = parse_path(path)
    assert doc.metadata.title == "示例隐私政策"
    levels = {s.title: s.level for s in doc.sections if s.title}
    assert "全本地存储" not in levels and "合规与条款" not in levels
    assert levels["一、我们如何收集信息"] == levels["二、联系我们"] == 1
    # a view linking to one other view of the file is no menu: its text stays
    single = tmp_path / "Single.swift"
    single.write_text(HUB.replace("TermsView()\n", "Color.clear\n", 1), encoding="utf-8")
    assert "全本地存储" in {s.title for s in parse_path(single).sections if s.title} | {
        p.text for s in parse_path(single).sections for p in s.paragraphs
    }


def test_zhijian_title_and_levels() -> None:
    doc = parse_path(S44 / "dev" / "zhijian-legal-swift" / "PrivacyLegalHubView.swift")
    assert doc.metadata.title_line == 58
    got = {s.line: s.level for s in doc.sections if s.title}
    assert all(got[line] == 1 for line in (68, 76, 83, 89, 95, 113, 161))
    # (u45a2) the several-documents convention (docs/headings.md): the later documents' 一、… from level 1 too
    assert all(got[line] == 1 for line in (123, 129, 136, 143, 167, 175, 181))


TITLE_LAST = """package com.example.ui

private val POLICY_UPDATED_AT = "2026 年 3 月 1 日"
private val LONG_VALUE = "这是一个非常非常非常非常非常非常长的值，比它的模板名称要长得多"

private val SECTIONS = listOf(
    "一、我们收集哪些信息" to
        "1. 账号信息：手机号，用于注册与登录，我们不保存明文密码。\\n" +
        "2. 设备信息：一条设备令牌，用来实现免验证码快速登录。",
    "二、联系我们" to
        "如果对本政策有疑问，可以通过应用内的反馈渠道联系我们，我们会在合理期限内处理。"
)

@Composable
fun PrivacyScreen() {
    Column {
        Text("示例 · 隐私政策", fontSize = 20.sp, fontWeight = FontWeight.SemiBold)
        Text("更新日期：$POLICY_UPDATED_AT", fontSize = 14.sp)
        Text("说明：${LONG_VALUE}")
        SECTIONS.forEach { (title, body) -> Text(title, fontWeight = FontWeight.SemiBold); Text(body) }
    }
}
"""


def test_title_written_after_the_sections_data(tmp_path: Path) -> None:
    path = tmp_path / "PrivacyScreen.kt"
    path.write_text(TITLE_LAST, encoding="utf-8")
    doc = parse_path(path)
    assert (doc.metadata.title, doc.metadata.title_line) == ("示例 · 隐私政策", 17)
    assert [s.title for s in doc.sections if s.title] == ["一、我们收集哪些信息", "二、联系我们"]


def test_kotlin_template_of_a_constant_is_its_value(tmp_path: Path) -> None:
    path = tmp_path / "PrivacyScreen.kt"
    path.write_text(TITLE_LAST, encoding="utf-8")
    doc = parse_path(path)
    assert doc.metadata.updated == "2026-03-01"
    from policylens.load.app_literals import literal_text

    page = literal_text(TITLE_LAST, "PrivacyScreen.kt")
    assert page is not None
    lines = page.split("\n")
    assert len(lines) == TITLE_LAST.count("\n") + 1  # the page keeps the source's lines
    assert lines[17].index("2026") == TITLE_LAST.split("\n")[17].index("$POLICY_UPDATED_AT")  # at the template's column
    assert "${LONG_VALUE}" in lines[18]  # a value wider than its template is left as written
    # Java has no templates: `$NAME` there is text
    assert "$POLICY_UPDATED_AT" in (literal_text(TITLE_LAST, "PrivacyScreen.java") or "")


def test_plain_text_title_is_not_replaced_by_a_styled_text(tmp_path: Path) -> None:
    source = TITLE_LAST.replace("package com.example.ui\n", 'package com.example.ui\nprivate val HEAD = "示例应用隐私政策"\n')
    path = tmp_path / "PrivacyScreen.kt"
    path.write_text(source, encoding="utf-8")
    assert parse_path(path).metadata.title == "示例应用隐私政策"  # the page's own first line wins


def test_suibianchi_title_and_date() -> None:
    doc = parse_path(S44 / "holdout" / "suibianchi-privacy-kt" / "PrivacyScreen.kt")
    assert (doc.metadata.title, doc.metadata.title_line) == ("随便吃 · 隐私政策", 72)
    assert doc.metadata.updated == "2026-10-08"


CONTENT_JS = """const contentMap = {
  privacy: {
    title: '隐私政策',
    sections: [
      ['我们收集的信息', '报名时收集姓名、手机号和你主动填写的备注，用于活动确认、通知和现场服务。'],
      ['你的权利', '你可以申请查询、更正或删除个人信息，也可以撤回同意或申请注销账号。']
    ]
  }
}

Page({
  data: { title: '', sections: [] },
  onLoad() { this.setData(contentMap.privacy) }
})
"""


def test_title_in_script_data(tmp_path: Path) -> None:
    path = tmp_path / "agreement.js"
    path.write_text(CONTENT_JS, encoding="utf-8")
    meta = parse_path(path).metadata
    assert (meta.title, meta.title_line) == ("隐私政策", 3)
    # a title naming no document (a page's 「首页」) is no title
    other = tmp_path / "home.js"
    other.write_text(CONTENT_JS.replace("title: '隐私政策'", "title: '首页'"), encoding="utf-8")
    assert parse_path(other).metadata.title is None


WXML = """<view class="page">
  <view class="p">我们重视您的隐私。我们收集您的手机号码，用于账号注册与登录验证，期满后删除或匿名化处理。</view>
  <view class="p">如对本指引有任何疑问，您可以通过小程序内的客服功能与我们联系，我们将在十五日内答复。</view>
</view>
"""


def test_navigation_bar_title_in_the_sibling_json(tmp_path: Path) -> None:
    page = tmp_path / "privacy.wxml"
    page.write_text(WXML, encoding="utf-8")
    assert parse_path(page).metadata.title is None
    (tmp_path / "privacy.json").write_text('{"navigationBarTitleText": "隐私保护指引", "usingComponents": {}}', encoding="utf-8")
    assert parse_path(page).metadata.title == "隐私保护指引"
    (tmp_path / "privacy.json").write_text('{"navigationBarTitleText": "我的"}', encoding="utf-8")
    assert parse_path(page).metadata.title is None  # names no document
    (tmp_path / "privacy.json").write_text('{"navigationBarTitleText": ', encoding="utf-8")
    assert parse_path(page).metadata.title is None  # broken JSON is ignored


def test_sibling_json_that_is_no_regular_file_is_not_opened(tmp_path: Path) -> None:
    import os

    page = tmp_path / "privacy.wxml"
    page.write_text(WXML, encoding="utf-8")
    os.mkfifo(tmp_path / "privacy.json")  # opening it would wait for a writer
    assert parse_path(page).metadata.title is None
    from policylens.load.data_titles import sibling_bar_title

    big = tmp_path / "big.wxml"
    (tmp_path / "big.json").write_text('{"navigationBarTitleText": "隐私政策", "x": "' + "a" * 70000 + '"}', encoding="utf-8")
    assert sibling_bar_title(str(big)) is None


def test_mindwell_and_pindan_titles_from_data() -> None:
    blind = REPO / "eval" / "blind"
    mindwell = parse_path(blind / "round42d" / "dev" / "mindwell-js" / "agreement.js").metadata
    pindan = parse_path(blind / "round43d" / "dev" / "pindan-js" / "app.js").metadata
    assert (mindwell.title, mindwell.title_line) == ("隐私政策", 3)
    assert (pindan.title, pindan.title_line) == ("隐私政策", 42)


def test_many_dialog_captions_read_in_one_pass() -> None:
    from policylens.load.app_literals import literal_text

    dialogs = "".join(f'    void d{n}() {{ builder.setTitle("对话框{n}"); }}\n' for n in range(2000))
    src = 'class A {\n    String t = "隐私政策\\n\\n" + "1. 信息收集\\n";\n' + dialogs + "}\n"
    page = literal_text(src, "A.java")
    assert page is not None and "对话框" not in page and "1. 信息收集" in page
    assert page.count("\n") == src.count("\n")


def test_data_title_only_the_first_and_never_a_toast_or_a_section() -> None:
    from policylens.load.data_titles import data_title

    assert data_title("const doc = {\n  title: '隐私政策',\n  sections: []\n}\n") == ("隐私政策", 2)
    # a toast's title is skipped; the next data title counts
    assert data_title("wx.showToast({ title: '请先同意用户协议' })\nconst d = { title: '用户协议' }\n") == ("用户协议", 2)
    assert data_title("Page({ onTap() { wx.showToast({ title: '请先同意用户协议', icon: 'none' }) } })\n") is None
    # sections kept as data: their titles are sections, numbered or not (eval/structure38 kecheng, precision38 carguide)
    assert data_title("const S = [{ title: '十、免责声明', body: '…' }]\n") is None
    assert data_title("const S = [{ title: '我们收集的信息' }, { title: '免责声明' }]\n") is None
    # a message table whose first title is escaped or names no document
    assert data_title('const m = { home: { title: "\\\\u52a8\\\\u6001" }, privacy: { title: "隐私声明" } }\n') is None
