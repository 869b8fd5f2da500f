"""Precision of the app-code readers on ordinary app code (forty-fourth session, helper u44r2; review r44 items 3-8).

`load/app_literals.py` read a form's label alone (a false `placeholder-empty`), log and exception calls it did not know
(`Console.WriteLine("启动完成")` was a document's title), a control's caption glued into the policy's last paragraph, and
dropped a second document's title as a caption; a `'"'` char literal threw its string scanner off for the rest of the
line.  `load/swift_page.py` made every `Text` in a title font a heading, a sentence set in `.title3` and a button's label
included.  Each class is tested both ways: what is no page text is not read, what is stays read.
"""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_file, slot_findings
from policylens.load.app_literals import literal_text
from policylens.load.swift_page import render_swift


def _lines(src: str) -> list[str]:
    page = literal_text(src)
    assert page is not None
    lines = page.split("\n")
    assert len(lines) == src.count("\n") + 1  # every line kept
    return [line.strip() for line in lines]


# --- r44 item 3: SwiftUI title fonts --------------------------------------------------------------------------------

SWIFT = """import SwiftUI

struct PrivacyView: View {
    var body: some View {
        ScrollView {
            VStack(alignment: .leading) {
                Text("隐私政策").font(.largeTitle)
                Text("更新日期：2026年1月1日")
                Text("一、我们收集的信息").font(.headline)
                Text("我们会收集您的设备信息，用于提供服务。")
                Text("感谢您信任并使用我们的产品，请您在使用前仔细阅读并充分理解本政策的全部内容。").font(.title3)
                Text("二、信息的使用").font(.headline)
                Text("我们仅在必要范围内使用您的信息。")
                Button(action: {}) { Text("同意并继续").font(.title2) }
                Button { agree() } label: {
                    Text("同意").font(.title)
                }
            }
        }
    }
}
"""


def test_swift_a_sentence_or_a_button_label_in_a_title_font_is_no_heading(tmp_path: Path) -> None:
    # r44 /tmp/r44/s.swift: the sentence was a level-2 heading under 一、, the button's label a level-1 section
    doc = parse_file(tmp_path, "PrivacyView.swift", SWIFT)
    assert [(line, title) for line, _, title in headings(doc)] == [(9, "一、我们收集的信息"), (12, "二、信息的使用")]
    assert doc.metadata.title == "隐私政策"
    page = render_swift(SWIFT)
    assert page is not None
    lines = page.split("\n")
    assert "<p><b>感谢您信任" in lines[10]  # a paragraph in bold, its text kept
    assert "<li>同意并继续</li>" in lines[13] and "<li>同意</li>" in lines[15]  # as `Button("同意")` is read


def test_swift_a_short_title_in_a_title_font_stays_a_heading_of_its_rank() -> None:
    src = (
        'struct V: View {\n  var body: some View {\n    VStack {\n      Text("示例应用隐私政策").font(.title2.bold())\n'
        '      Text("一、我们如何收集信息").font(.title3)\n      Text("本应用不收集任何个人信息。")\n'
        '      Button("同意") { agree() }\n    }\n  }\n}\n'
    )
    page = render_swift(src)
    assert page is not None
    lines = page.split("\n")
    assert "<h1>示例应用隐私政策</h1>" in lines[3] and "<h2>一、我们如何收集信息</h2>" in lines[4]


# --- r44 item 4: a form's label with its value in another widget ------------------------------------------------------

PROFILE_JAVA = """public class ProfileActivity extends Activity {
    void bind() {
        setTitle("个人资料");
        introText.setText("您可以在此页面查看和修改您的个人资料。");
        phoneLabel.setText("手机号码：");
        phoneValue.setText(user.getPhone());
        mailLabel.setText("邮箱：");
        mailValue.setText(user.getMail());
    }
}
"""


def test_a_label_whose_value_is_another_widgets_is_no_empty_field(tmp_path: Path) -> None:
    # r44 /tmp/r44/H.java: `warning placeholder-empty 邮箱：此处应填写内容`
    lines = _lines(PROFILE_JAVA)
    assert lines[4] == "" and lines[6] == ""
    assert lines[3] == "您可以在此页面查看和修改您的个人资料。"
    path = tmp_path / "ProfileActivity.java"
    path.write_text(PROFILE_JAVA, encoding="utf-8")
    assert slot_findings(path) == []
    kotlin = 'phoneLabel.text = "电话："\nnameLabel.text = "姓名:"\nbody.text = "我们重视您的隐私。"\n'
    assert _lines(kotlin)[:2] == ["", ""]


def test_a_label_with_its_value_or_joined_to_a_literal_and_a_lead_in_stay_read() -> None:
    src = (
        'String a = "联系电话：400-800-1234";\n'
        'String b = "联系邮箱：" + "privacy@example.com";\n'
        'String c = "简介\\n" +\n    "主要功能：\\n" +\n    "离线阅读";\n'
        'Para("我们会收集以下信息：")\n'
        'Para("本政策适用范围较广，具体包括：")\n'
    )
    lines = _lines(src)
    assert lines[0] == "联系电话：400-800-1234"
    assert lines[1].startswith("联系邮箱：")
    assert lines[3] == "主要功能："
    assert lines[5] == "我们会收集以下信息：" and lines[6] == "本政策适用范围较广，具体包括："


# --- r44 item 5: log and exception calls ------------------------------------------------------------------------------


def test_log_print_and_exception_calls_are_not_read() -> None:
    src = (
        'LogUtils.e("加载失败，请重试");\n'
        'Timber.d("网络连接错误");\n'
        'XLog.i("初始化完成");\n'
        'Console.WriteLine("启动完成");\n'
        'Debug.WriteLine("调试信息");\n'
        'Debug.LogWarning("警告信息");\n'
        'throw IllegalArgumentException("无效参数")\n'
        'throw new IllegalStateException("参数错误");\n'
        'error("不支持的操作")\n'
        'require(x > 0) { "数量必须大于零" }\n'
        'checkNotNull(user) { "用户不能为空" }\n'
        'print("调试输出")\n'
        'body.text = "我们重视您的隐私。"\n'
    )
    lines = _lines(src)
    assert lines[:12] == [""] * 12
    assert lines[12] == "我们重视您的隐私。"


def test_calls_that_only_look_like_logs_stay_read() -> None:
    src = (
        'Catalog.add("一、信息收集");\n'
        'dialog.setMessage("您的信息仅保存在本机。");\n'
        'errorText.text = "网络不可用时，本应用仍可离线使用。"\n'
        'checkBox.text = "我已阅读并同意隐私政策"\n'
        'Paragraph("printf 之外的文字")\n'
    )
    assert _lines(src)[:5] == [
        "一、信息收集",
        "您的信息仅保存在本机。",
        "网络不可用时，本应用仍可离线使用。",
        "我已阅读并同意隐私政策",
        "printf 之外的文字",
    ]


def test_a_console_line_is_no_title(tmp_path: Path) -> None:
    # r44 /tmp/r44/C.cs: 「启动完成」 was the title, and then 「隐私政策」 was dropped as a caption
    src = (
        "using UnityEngine;\npublic class Panel : MonoBehaviour {\n    void Start() {\n"
        '        Console.WriteLine("启动完成");\n        Debug.LogWarning("警告信息");\n'
        '        label.text = "隐私政策";\n        body.text = "我们重视您的隐私。";\n    }\n}\n'
    )
    doc = parse_file(tmp_path, "Panel.cs", src)
    assert doc.metadata.title == "隐私政策" and doc.metadata.title_line == 6


# --- r44 item 6: a second document's title -----------------------------------------------------------------------------

LEGAL_KT = """package com.example.legal

@Composable
fun LegalScreen() {
    Column {
        Heading("用户协议")
        Para("欢迎使用本应用。您在注册前应当仔细阅读本协议。")
        Heading("一、账户注册")
        Para("您应当使用真实的手机号码注册账户。")
        Heading("隐私政策")
        Para("我们非常重视您的个人信息保护。")
        Heading("一、我们收集的信息")
        Para("我们会收集您的设备信息。")
    }
}
"""


def test_a_second_documents_title_over_its_text_is_read(tmp_path: Path) -> None:
    # r44 /tmp/r44/G.kt: 「隐私政策」 dropped as a caption filed the policy's text under the agreement's 一、
    assert _lines(LEGAL_KT)[9] == "隐私政策"
    doc = parse_file(tmp_path, "LegalScreen.kt", LEGAL_KT)
    owner = {p.text: s.title for s in doc.sections for p in s.paragraphs}
    assert owner["我们非常重视您的个人信息保护。"] == "隐私政策"  # not the agreement's 「一、账户注册」
    assert owner["您应当使用真实的手机号码注册账户。"] == "一、账户注册"
    # (left: the policy's 「一、」 is still a level-1 sibling of its title, as a second document's sections are in
    # plain text; eval/structure44 datidashi's second document, a known-open item of the structure stage)


def test_a_second_title_written_as_a_multi_line_compose_text_is_read() -> None:
    src = (
        'Text(\n    text = "用户协议",\n    style = MaterialTheme.typography.titleLarge\n)\n'
        'Text(\n    text = "欢迎使用本应用。",\n    style = body\n)\n'
        'Text(\n    text = "隐私政策",\n    style = MaterialTheme.typography.titleLarge\n)\n'
        'Text(\n    text = "我们非常重视您的个人信息保护。",\n    style = body\n)\n'
    )
    lines = _lines(src)
    assert lines[1] == "用户协议" and lines[9] == "隐私政策" and lines[13] == "我们非常重视您的个人信息保护。"


def test_a_caption_after_the_text_is_still_not_read() -> None:
    src = (
        'Text("隐私政策", fontSize = 20.sp)\n'  # the page's first literal: its title
        'Para("我们非常重视您的个人信息保护。")\n'
        'dialog.setTitle("隐私政策")\n'
        'Para("一、我们收集的信息")\n'
        'supportActionBar?.title = "用户协议"\n'
        'Para("我们会收集您的设备信息。")\n'
        'titleText.text = "隐私政策"\n'
        'body.text = "二、联系我们"\n'
        'ShowDocument("用户协议", AgreementText, url)\n'
        'ShowDocument("隐私政策", PolicyText, url)\n'
        "\n\n\n"
        'Text("隐私政策", fontSize = 19.sp)\n'  # written last, nothing under it
    )
    lines = _lines(src)
    assert lines[0] == "隐私政策"
    assert [lines[k] for k in (2, 4, 6, 8, 9, 13)] == [""] * 6
    assert lines[3] == "一、我们收集的信息" and lines[7] == "二、联系我们"


def test_a_menu_of_names_is_not_read() -> None:
    src = 'Para("本页列出本应用的法律文件。")\nItem("用户协议")\nItem("隐私政策")\nItem("儿童隐私保护指引")\n'
    assert _lines(src)[1:4] == ["", "", ""]


# --- r44 item 7 (first part): a control's caption set in code ----------------------------------------------------------

UNITY = """using UnityEngine;

public class PrivacyPanel : MonoBehaviour
{
    private const string Policy = "《星球探险》隐私政策\\n\\n" +
        "一、我们收集的信息\\n" +
        "我们会收集您的设备标识符，用于保存游戏进度。\\n\\n" +
        "二、联系我们\\n" +
        "如有疑问，请发送邮件至 support@example.com。\\n";

    void Start()
    {
        titleText.text = "隐私政策";
        bodyText.text = Policy;
        agreeLabel.text = "同意";
        refuseLabel.text = "不同意";
        exitLabel.text = "退出游戏";
        tipText.text = "您需要同意隐私政策才能继续游戏";
        btnAgree.setText("同意并继续");
        versionText.text = "版本：" + Application.version;
    }
}
"""


def test_a_controls_caption_is_not_glued_into_the_last_paragraph(tmp_path: Path) -> None:
    # r44 /tmp/r44/U.cs: 二、联系我们 got a paragraph 「同意不同意退出游戏您需要同意隐私政策才能继续游戏」
    lines = _lines(UNITY)
    assert lines[12:20] == [""] * 8
    doc = parse_file(tmp_path, "PrivacyPanel.cs", UNITY)
    last = doc.sections[-1]
    assert last.title == "二、联系我们"
    text = " ".join(p.text for p in last.paragraphs)
    assert "同意" not in text and "退出" not in text


def test_text_set_on_other_views_stays_read() -> None:
    src = (
        'title.text = "隐私政策";\n'
        'sectionLabel.text = "一、信息收集";\n'
        'body.text = "我们收集设备信息。";\n'
        'hintLabel.text = "本应用不会收集您的位置信息。";\n'
        'noteLabel.text = "更新后的政策自发布之日起生效";\n'
        'label.text = "用户协议";\n'
        'Button(onClick = { agree() }) {\n    Text("同意并继续")\n}\n'
        'Card {\n    Text("二、信息使用")\n}\n'
    )
    lines = _lines(src)
    assert lines[:6] == [
        "隐私政策",
        "一、信息收集",
        "我们收集设备信息。",
        "本应用不会收集您的位置信息。",
        "更新后的政策自发布之日起生效",
        "用户协议",
    ]
    assert lines[7] == "" and lines[10] == "二、信息使用"
    icon = 'Icon(Icons.Filled.ArrowBack, contentDescription = "返回")\nText("我们重视您的隐私。")\n'
    assert _lines(icon)[:2] == ["", "我们重视您的隐私。"]


# --- r44 item 8: char literals ----------------------------------------------------------------------------------------


def test_a_quote_char_literal_does_not_open_a_string() -> None:
    # r44 /tmp/r44/D.kt line 13: both 是 and 否 were lost
    src = 'val x = if (c == \'"\') "是" else "否"\nval y = if (c == \'\\\'\') "单引号" else ""\nval z = \'中\'\n'
    lines = _lines(src)
    assert lines[0].split() == ["是", "否"]
    assert lines[1] == "单引号"
    assert lines[2] == ""  # a char literal is no text of the page


def test_many_buttons_and_titles_are_each_judged_once() -> None:
    # the controls' extents are merged and bisected (a walk over every control for every title was quadratic)
    rows = "".join('Button(action: {}) { Text("同意").font(.title) }\nText("一、标题").font(.title)\n' for _ in range(2000))
    page = render_swift("struct V: View { var body: some View { VStack {\n" + rows + "}}}\n")
    assert page is not None
    lines = page.split("\n")
    assert all("<li>同意</li>" in lines[k] for k in range(1, 4001, 2))
    assert all("<h1>一、标题</h1>" in lines[k] for k in range(2, 4001, 2))
