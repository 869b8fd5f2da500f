"""An app's Kotlin, Java or C# source: its Chinese string literals are the page, its code is not (forty-fourth
session, helper u44a; eval/structure44).

Read as plain text with only its comments blanked, a Compose screen's `Section("一、总则")`, an Activity's
`"一、服务条款的接受\\n" +` and a Unity panel's `const string … = "《球球战争》隐私政策\\n\\n" + …` were lines of code: titles
glued to code were missed and `package …` was the document's title (`load/app_literals.py` `literal_text`).  The
literals a page never shows (a toast, a log line, an exception's message) are not read, nor a caption naming a document
after the page's first line (`setTitle("隐私政策")`, `ShowDocument("用户协议", text, url)`).
"""

from __future__ import annotations

from pathlib import Path

from helpers import headings
from helpers import parse_file as _doc
from policylens.load.app_literals import literal_text
from policylens.load.document import read_document

REPO = Path(__file__).resolve().parent.parent
S44 = REPO / "eval" / "structure44" / "dev"


COMPOSE = """package com.example.privacy

import androidx.compose.material3.Text

@Composable
fun PrivacyScreen() {
    Column {
        Text("隐私政策", fontSize = 20.sp)
        Section("一、总则")
        Paragraph("本应用为纯单机应用，不上传任何数据。" +
            "所有信息仅保存在您的手机本机。")

        Section("二、权限说明")
        Paragraph("本应用仅读取应用使用统计信息，不读取通讯录、短信等个人数据。")
    }
}

@Composable
private fun Section(title: String) {
    Text(title, fontWeight = FontWeight.SemiBold)
}
"""


def test_compose_helpers_titles_are_headings_and_code_is_no_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "PrivacyScreen.kt", COMPOSE)
    assert headings(doc) == [(9, 1, "一、总则"), (13, 1, "二、权限说明")]
    assert doc.metadata.title == "隐私政策"
    assert doc.metadata.title_line == 8


JAVA = """package com.example.app;

public class PrivacyActivity extends AppCompatActivity {
    private void setContent() {
        String content = "隐私政策\\n\\n" +
                "欢迎使用本应用！\\n\\n" +
                "1. 信息收集\\n" +
                "1.1 我们可能收集您的账号信息，包括用户名、密码等。\\n\\n" +
                "2. 信息使用\\n" +
                "2.1 我们使用收集的信息为您提供更好的服务。";
        tvContent.setText(content);
        Toast.makeText(this, "加载隐私政策失败", Toast.LENGTH_SHORT).show();
        Log.d(TAG, "隐私政策已显示");
        throw new IllegalStateException("隐私政策内容为空");
    }
}
"""


def test_java_concatenation_is_read_line_for_line(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "PrivacyActivity.java", JAVA)
    assert headings(doc) == [(7, 1, "1. 信息收集"), (9, 1, "2. 信息使用")]
    assert doc.metadata.title_line == 5


def test_a_toast_a_log_line_and_an_exception_are_not_read() -> None:
    page = literal_text(JAVA)
    assert page is not None
    lines = page.split("\n")
    assert len(lines) == JAVA.count("\n") + 1  # every line kept
    assert lines[6].strip() == "1. 信息收集"  # its `\\n` escape written as spaces
    assert lines[6].index("1.") == JAVA.split("\n")[6].index("1.")  # and its column
    for k in (11, 12, 13):
        assert lines[k].strip() == "", lines[k]
    assert "package" not in page and "setText" not in page


CSHARP = """public class PrivacyConsentPanel : BasePanel
{
    private const string SummaryTitle = "隐私政策与用户协议";
    private const string PrivacyPolicyText =
        "《示例游戏》隐私政策\\n\\n" +
        "一、信息收集与使用\\n" +
        "我们可能会在必要范围内处理设备信息、网络状态。\\n\\n" +
        "二、联系我们\\n" +
        "如你对隐私政策有疑问，可与开发者联系。";

    public override void ClickButton(string controlName)
    {
        if (controlName == "PrivacyPolicyButton")
        {
            ShowDocument("隐私政策", PrivacyPolicyText, privacyPolicyUrl);
            Debug.Log("[隐私政策] 已打开");
        }
    }
}
"""


def test_csharp_constants_and_a_caption_after_the_text(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "PrivacyConsentPanel.cs", CSHARP)
    found = [(line, title) for line, _, title in headings(doc)]
    assert (6, "一、信息收集与使用") in found and (8, "二、联系我们") in found
    assert all(line < 10 for line, _ in found)  # nothing of the code after the text
    assert doc.metadata.title_line == 3
    page = literal_text(CSHARP)
    assert page is not None
    assert page.split("\n")[14].strip() == ""  # ShowDocument("隐私政策", …): a caption, not a heading
    assert page.split("\n")[15].strip() == ""  # a log line


def test_a_caption_that_is_the_first_literal_stays_unless_its_document_starts_later() -> None:
    top_bar = 'TopAppBar(title = { Text("隐私政策") })\nSection("一、总则")\n'
    page = literal_text(top_bar)
    assert page is not None and page.split("\n")[0].strip() == "隐私政策"
    named = 'title.setText("用户许可协议");\nreturn "用户许可协议\\n\\n" +\n    "一、服务条款的接受\\n";\n'
    page = literal_text(named)
    assert page is not None
    assert page.split("\n")[0].strip() == ""
    assert page.split("\n")[1].strip() == "用户许可协议"


def test_a_source_with_no_chinese_literal_is_read_as_before(tmp_path: Path) -> None:
    src = '// 隐私政策\nconst val URL = "https://example.com/privacy"\nfun main() { println("hello") }\n'
    assert literal_text(src) is None
    doc = _doc(tmp_path, "Main.kt", src)
    assert "const val URL" in " ".join(p.text for s in doc.sections for p in s.paragraphs)


def test_structure44_dev_regressions() -> None:
    cases = {
        "shiji-privacy-kt/PrivacyPolicyScreen.kt": ([52, 56, 61, 68, 74, 77, 81], 38),
        "datidashi-agreement-java/AgreementActivity.java": (
            [133, 135, 138, 141, 143, 146, 148, 157, 158, 160, 164, 169, 175, 178, 180],
            132,
        ),
        "qiuqiu-consent-cs/PrivacyConsentPanel.cs": ([27, 28, 30, 32, 34, 36, 38, 42, 43, 45, 47, 49, 51, 53], 20),
    }
    for name, (lines, title) in cases.items():
        doc = read_document(str(S44 / name))
        assert [line for line, _, _ in headings(doc)] == lines, name
        assert doc.metadata.title_line == title, name
    shoes = read_document(str(S44 / "shoestore-settings-java" / "SettingsFragment.java"))
    found = [line for line, _, _ in headings(shoes)]
    assert [line for line in found if 115 < line < 125] == [116, 118, 120, 122]
    assert 126 not in found  # setTitle("隐私政策"): the dialog's caption


SWIFT_RANKS = """import SwiftUI

struct LegalView: View {
    var body: some View {
        ScrollView {
            VStack(alignment: .leading) {
                Text("示例应用隐私政策")
                    .font(.title2.bold())
                Text("一、我们如何收集信息")
                    .font(.headline)
                Text("本应用不收集任何个人信息，所有数据保存在本地。")
                Text("示例应用用户服务协议")
                    .font(.title2.bold())
                Text("一、服务说明")
                    .font(.headline)
                Text("本应用提供本地阅读服务，不提供任何在线内容。")
            }
        }
    }
}
"""


def test_swift_title_fonts_are_headings_of_their_rank(tmp_path: Path) -> None:
    # (u44a) `.font(.title2)` over `.font(.headline)`: a later document's name is a section over its own sections
    found = headings(_doc(tmp_path, "LegalView.swift", SWIFT_RANKS))
    levels = {line: level for line, level, _ in found}
    assert levels[12] < levels[14]
    assert 9 in levels and levels[12] == 1


def test_a_label_whose_value_the_code_computes_is_not_an_empty_field(tmp_path: Path) -> None:
    # (u44a) `"邮箱：" + email`: read alone, 「邮箱：」 was a false placeholder-empty (shoestore-settings-java L101)
    src = 'String message = "用户名：" + username + "\\n" +\n        "邮箱：" + email + "\\n" +\n        "注册时间：2024-01-01";\n'
    page = literal_text(src)
    assert page is not None
    lines = page.split("\n")
    assert lines[0].strip() == "" and lines[1].strip() == ""
    assert lines[2].strip() == "注册时间：2024-01-01"
    assert literal_text('String s = "联系邮箱：" + "a@b.com";\n') is not None  # joined to a literal: read
    assert "联系邮箱：" in (literal_text('String s = "联系邮箱：" + "a@b.com";\n') or "")


def test_many_captions_before_any_text_are_each_judged_once() -> None:
    # (u44a) `_named_again` reads one map built in one pass (it searched the rest of the file for every caption)
    src = "".join(f'f("应用{k % 10}隐私政策");\n' for k in range(2000)) + 'return "应用3隐私政策\\n\\n" +\n    "一、总则\\n";\n'
    page = literal_text(src)
    assert page is not None
    lines = page.split("\n")
    assert lines[0].strip() == "应用0隐私政策"  # the first literal: its document does not start later, so it may be the title
    assert all(not line.strip() for line in lines[1:2000])  # every other caption follows the page's first line
    assert lines[2000].strip() == "应用3隐私政策" and lines[2001].strip() == "一、总则"
