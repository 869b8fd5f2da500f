"""Heading classes of real policies kept in app source (`eval/structure33`, thirty-third session, helper u33a).

1. A Qt Quick page named directly (`Ysxy.qml`): its policy is the text of `Text { text: qsTr("…") }` items
   (`load.qml`).  Read as plain text, the whole file was one run of code: none of its 7 headings was found, and a
   `Component.onCompleted: {` line was taken for a heading.  Each text item (`Text`, `Label`, `TextEdit`, `TextArea`)
   whose own `text:` is a string literal (bare, in `qsTr(…)`, joined by `+`) is a paragraph at that literal's line,
   bold when `font.bold: true` / `font.weight: Font.Bold`; bars, buttons, the page's `title:`, computed texts and the
   code are left out.  A `.qml` file with no such item is read as plain text as before; a folder scan does not pick
   `.qml` files up.
2. Markdown pasted with an indentation (`eval/structure33` dn-privacy-md): every `## 一、…` of a policy indented by 8
   spaces, so CommonMark reads the whole policy as one indented code block, and an indented block of Chinese text that
   opens with `#` was kept as code (0 of 6 headings).  An indented block that opens with an ATX heading of Chinese text,
   holds two or more, and whose lines are two thirds Chinese is prose: its `#` lines are headings
   (`load.markdown.walker._indented_markdown`).  An indented shell script with `# 安装依赖` comments stays code.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import titled_sections
from policylens.load import load
from policylens.load.document import read_document
from policylens.load.markdown import read_markdown
from policylens.load.qml import render_qml

REPO = Path(__file__).resolve().parent.parent

PAGE = """import QtQuick
import QtQuick.Controls
Page {
    title: qsTr("协议与政策")
    header: ToolBar {
        Label { text: qsTr("隐私政策") }
    }
    Flickable {
        ColumnLayout {
            Text {
                text: qsTr("示例应用隐私政策")
                font.pixelSize: 22
                font.bold: true
            }
            // Text { text: qsTr("一、被注释掉的标题") }
            Text {
                text: qsTr("一、我们收集的信息")
                font.pixelSize: 16
                font.bold: true
            }
            Text {
                text: qsTr("我们收集的信息包括：\\n• 设备信息\\n• 蓝牙状态")
                font.pixelSize: 14
                wrapMode: Text.Wrap
            }
            Label {
                text: "二、信息的使用"
                font.weight: Font.DemiBold
            }
            Text {
                text: qsTr("当前设备：%1").arg(deviceName)
            }
            Text {
                text: userName
            }
            Text {
                text: "我们仅在实现本政策所述目的" + "所必需的期限内使用您的信息。"
            }
            Button { text: qsTr("三、同意") }
        }
    }
    Component.onCompleted: {
        console.log("loaded")
    }
}
"""


def test_qml_text_items_are_the_page(tmp_path: Path) -> None:
    sections = titled_sections(tmp_path, PAGE, "Privacy.qml")
    assert sections == [(17, 1, "一、我们收集的信息"), (27, 1, "二、信息的使用")]
    loaded = load(str(tmp_path / "Privacy.qml"))
    assert loaded.source.format == "html"
    texts = [b.text for b in loaded.parsed.blocks]
    assert "隐私政策" not in texts and "协议与政策" not in texts  # the tool bar's label and the page's title: chrome
    assert not any("被注释掉" in t or "当前设备" in t or "userName" in t for t in texts)  # a comment, computed values
    assert not any("三、同意" in t for t in texts)  # a button's label
    joined = " ".join(texts)
    assert "• 设备信息" in joined
    # literals joined by `+` are read in order (the code between them is blank space, which keeps their columns)
    assert "我们仅在实现本政策所述目的所必需的期限内使用您的信息。" in joined.replace(" ", "")
    assert not any("onCompleted" in t or "pixelSize" in t or "console" in t for t in texts)  # the code is not text


def test_qml_rendering_keeps_line_numbers_and_columns() -> None:
    page = render_qml(PAGE)
    assert page is not None
    assert page.count("\n") == PAGE.count("\n")
    lines, source = page.split("\n"), PAGE.split("\n")
    assert "<b>" in lines[16] and lines[16].index("一、") == source[16].index("一、")
    assert "<b>" not in lines[21] and lines[21].index("我们收集") == source[21].index("我们收集")


def test_qml_file_without_text_items_stays_plain_text(tmp_path: Path) -> None:
    code = 'import QtQuick\nItem {\n    property string title: "一、不是页面"\n    Rectangle { color: "red" }\n}\n'
    assert render_qml(code) is None
    path = tmp_path / "Config.qml"
    path.write_text(code, encoding="utf-8")
    assert load(str(path)).source.format == "text"
    # items whose text is computed, and buttons, are no paragraphs either
    assert render_qml('Column {\n    Text { text: model.name }\n    Button { text: qsTr("一、确定") }\n}\n') is None
    # a plain `Text` that is not bold is a paragraph, not a heading
    assert titled_sections(tmp_path, 'Column {\n    Text { text: qsTr("我们重视您的隐私。") }\n}\n', "Plain.qml") == []


def test_folder_scan_does_not_pick_up_qml(tmp_path: Path) -> None:
    from policylens.load import EXTENSIONS

    assert ".qml" not in EXTENSIONS


def test_structure33_qml_regression() -> None:
    """The QML page of eval/structure33 reads with every annotated heading at its line and level, and no other."""
    folder = REPO / "eval" / "structure33" / "dev" / "ultrabms-qml"
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    doc = read_document(str(folder / ann["file"]))
    got = [(s.line, s.level) for s in doc.sections if s.title]
    assert got == [(h["line"], h["level"]) for h in ann["headings"]]


def test_qml_bold_is_the_items_own_font() -> None:
    """Bold in any of QML's spellings makes the item bold; a bold child item or `font.bold: false` does not."""
    for font in ("font.bold: true", "font.weight: Font.Bold", "font { bold: true; pixelSize: 16 }"):
        page = render_qml(f'Text {{\n    text: "一、甲"\n    {font}\n}}\n')
        assert page is not None and "<b>一、甲</b>" in page, font
    for font in ("font.bold: false", 'Text { text: "注"; font.bold: true }'):
        page = render_qml(f'Text {{\n    text: "一、甲"\n    {font}\n}}\n')
        assert page is not None and "<b>一、甲" not in page, font


INDENTED = """# 示例应用隐私政策

更新日期：2025年3月8日

        ## 一、我们收集的信息
        我们收集您的设备型号和操作系统版本。

        ## 二、我们如何使用信息
        我们仅为提供服务使用这些信息。
        support@example.com
"""


def test_indented_markdown_headings_are_headings() -> None:
    parsed = read_markdown(INDENTED)
    heads = [(b.line, b.level, b.text) for b in parsed.blocks if b.kind == "heading"]
    assert heads == [(1, 1, "示例应用隐私政策"), (5, 2, "一、我们收集的信息"), (8, 2, "二、我们如何使用信息")]
    first = next(b for b in parsed.blocks if b.text == "一、我们收集的信息")
    assert first.column == INDENTED.split("\n")[4].index("一") + 1  # the column of the title's text in the source
    texts = [b.text for b in parsed.blocks]
    assert any("设备型号" in t for t in texts) and not any(b.kind == "code" for b in parsed.blocks)


def test_indented_code_with_chinese_comments_stays_code() -> None:
    script = "# 安装\n\n    # 安装依赖\n    npm install\n    # 启动服务\n    npm run dev\n"
    parsed = read_markdown(script)
    assert [b.text for b in parsed.blocks if b.kind == "heading"] == ["安装"]
    assert any(b.kind == "code" and "npm install" in b.text for b in parsed.blocks)
    # one indented heading alone is not enough: the block stays as before (code)
    single = "# 标题\n\n    ## 一、说明\n    这是一段缩进的中文说明。\n"
    assert [b.text for b in read_markdown(single).blocks if b.kind == "heading"] == ["标题"]


def test_structure33_indented_markdown_regression() -> None:
    """dn-privacy-md of eval/structure33 reads with its annotated headings at their lines and levels."""
    folder = REPO / "eval" / "structure33" / "dev" / "dn-privacy-md"
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    doc = read_document(str(folder / ann["file"]))
    got = {(s.line, s.level) for s in doc.sections if s.title}
    assert {(h["line"], h["level"]) for h in ann["headings"]} <= got
    assert got - {(h["line"], h["level"]) for h in ann["headings"]} <= {(line, 1) for line in ann["ambiguous_lines"]}
