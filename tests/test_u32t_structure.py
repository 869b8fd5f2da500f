"""Heading classes of real app screens (`eval/structure32`, thirty-second session, helper u32t).

1. A Flutter screen named directly (`policy.dart`): its policy is the text of `Text('…')` widgets (`load.dart`).  Read
   as plain text, the whole file was one run of code and none of its headings was found (0 of 25 on four screens).
   Each `Text`/`SelectableText` widget whose first argument is a string literal is a paragraph at that literal's line,
   adjacent literals joined, bold when its style says so; the app bar's title, a computed literal (`'$name'`) and the
   code are left out.  A `.dart` file with no such widget is read as plain text as before, and a folder scan does not
   pick `.dart` files up.
2. A downlevel-revealed conditional comment 「<!--[if gte IE 8]><!-->」 around a page (a Laravel Blade view,
   `eval/structure32/dev/glonly-blade`): its closing `<!-->` was taken for an empty comment of its own, so the comment
   ran on to 「<!--<![endif]-->」 and the page was read as empty.  Only a `<!-->` that opens a comment is an empty one
   (`load.html.decode._empty_comments`).
"""

from __future__ import annotations

from pathlib import Path

from helpers import cli, titled_sections
from policylens.load import load
from policylens.load.dart import render_dart
from policylens.load.document import read_document

REPO = Path(__file__).resolve().parent.parent

SCREEN = """import 'package:flutter/material.dart';

class PrivacyPage extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('隐私政策')),
      body: SingleChildScrollView(
        child: Column(
          children: [
            Text('示例应用隐私政策', style: TextStyle(fontSize: 22, fontWeight: FontWeight.bold)),
            // Text('一、被注释掉的标题'),
            Text(
              '一、我们如何收集您的个人信息',
              style: TextStyle(fontWeight: FontWeight.w600),
            ),
            Text(
              '我们收集的信息包括：\\n'
              '• 账号信息\\n'
              '• 设备信息',
            ),
            Text("二、我们如何使用您的个人信息", style: TextStyle(fontWeight: FontWeight.bold)),
            Text('我们仅在实现本政策所述目的所必需的期限内使用您的信息。'),
            Text('当前用户：$userName'),
            Text(r'三、联系我们'),
            Text('如有疑问，请通过应用内反馈与我们联系。'),
          ],
        ),
      ),
    );
  }
}
"""


def test_flutter_screen_text_widgets_are_the_page(tmp_path: Path) -> None:
    sections = titled_sections(tmp_path, SCREEN, "privacy_page.dart")
    assert sections == [(14, 1, "一、我们如何收集您的个人信息"), (22, 1, "二、我们如何使用您的个人信息"), (25, 1, "三、联系我们")]
    loaded = load(str(tmp_path / "privacy_page.dart"))
    assert loaded.source.format == "html"
    texts = [b.text for b in loaded.parsed.blocks]
    assert "隐私政策" not in texts  # the app bar's title is chrome
    assert not any("被注释掉" in t or "$userName" in t or "当前用户" in t for t in texts)  # a comment, a computed value
    joined = " ".join(texts)
    assert "我们收集的信息包括：" in joined and "• 账号信息" in joined and "• 设备信息" in joined  # adjacent literals, each read
    assert not any("StatelessWidget" in t or "TextStyle" in t for t in texts)  # the code is not text


def test_rendering_keeps_line_numbers() -> None:
    page = render_dart(SCREEN)
    assert page is not None
    assert page.count("\n") == SCREEN.count("\n")
    lines = page.split("\n")
    assert "一、我们如何收集您的个人信息" in lines[13] and "<b>" in lines[13]
    assert "示例应用隐私政策" in lines[10]
    # a text keeps its column: a finding's line:column points into the source
    assert lines[13].index("一、") == SCREEN.split("\n")[13].index("一、")
    assert lines[24].index("三、") == SCREEN.split("\n")[24].index("三、")


def test_dart_file_without_text_widgets_stays_plain_text(tmp_path: Path) -> None:
    code = "class Config {\n  static const title = '一、不是页面';\n  static const body = '配置项';\n}\n"
    assert render_dart(code) is None
    path = tmp_path / "config.dart"
    path.write_text(code, encoding="utf-8")
    assert load(str(path)).source.format == "text"
    # a widget whose text is computed (`Text(title)`, `Text('${a}')`) is not a paragraph either
    assert render_dart("Widget b() => Column(children: [Text(title), Text('${a}')]);\n") is None


def test_text_style_and_rich_text_are_not_widgets_of_text() -> None:
    assert render_dart("final s = TextStyle(fontFamily: 'Roboto');\nfinal r = RichText(text: TextSpan(text: '一、标题'));\n") is None


def test_structure32_screens_regression() -> None:
    """The dev screens of eval/structure32 read with every annotated heading at its line and level."""
    import json

    for name in ("eams-dart", "thumbsir-dart"):
        folder = REPO / "eval" / "structure32" / "dev" / name
        ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
        doc = read_document(str(folder / ann["file"]))
        got = [(s.line, s.level) for s in doc.sections if s.title]
        assert got == [(h["line"], h["level"]) for h in ann["headings"]], name


def test_downlevel_revealed_conditional_comment_does_not_swallow_the_page(tmp_path: Path) -> None:
    """2. 「<!--[if gte IE 8]><!-->」 is one whole comment: the page after it is read (eval/structure32 glonly-blade)."""
    page = (
        "<html><body>\n<!--[if gte IE 8]><!-->\n<h3>隱私權政策</h3>\n<p>我們重視您的隱私。</p>\n"
        "<h3>Privacy Policies</h3>\n<p>We value your privacy.</p>\n<!--<![endif]-->\n</body></html>\n"
    )
    path = tmp_path / "privacy.html"
    path.write_text(page, encoding="utf-8")
    texts = [b.text for b in load(str(path)).parsed.blocks]
    assert "我們重視您的隱私。" in texts and "We value your privacy." in texts


def test_abrupt_empty_comments_still_end_at_once(tmp_path: Path) -> None:
    """`<!-->` and `<!--->` outside a comment stay empty comments: the text after them is read."""
    path = tmp_path / "abrupt.html"
    path.write_text("<p>前言</p>\n<!-->\n<p>一、我们收集的信息</p><!--->\n<p>正文</p>\n<!-- 注释 -->\n", encoding="utf-8")
    texts = [b.text for b in load(str(path)).parsed.blocks]
    assert texts == ["前言", "一、我们收集的信息", "正文"]
    # a downlevel-hidden conditional comment stays one comment: its words are not text
    path.write_text("<p>前言</p>\n<!--[if lt IE 9]><p>请升级浏览器</p><![endif]-->\n<p>正文</p>\n", encoding="utf-8")
    assert [b.text for b in load(str(path)).parsed.blocks] == ["前言", "正文"]


def test_hand_made_navigation_row_is_chrome() -> None:
    """3. A `Row` with a back button and the page's name is a navigation bar (thumbsir-dart's title was its 「服务协议」)."""
    bar = (
        "Column(children: [\n"
        "  Row(children: [GestureDetector(onTap: () { Navigator.pop(context); }, child: Icon(Icons.arrow_back)),\n"
        "    Text('服务协议')]),\n"
        "  Text('服务协议', style: TextStyle(fontSize: 20, fontWeight: FontWeight.bold)),\n"
        "]);\n"
    )
    page = render_dart(bar)
    assert page is not None and page.count("服务协议") == 1 and "<b>服务协议" in page
    # a row without a back button, or one of several texts, is the page's text
    plain = "Row(children: [Text('一、总则'), Text('本协议适用于全部服务。')]);\n"
    assert (render_dart(plain) or "").count("<p>") == 2
    rows = "Row(children: [IconButton(onPressed: () => Navigator.of(context).pop()), Text('一'), Text('二'), Text('三')]);\n"
    assert (render_dart(rows) or "").count("<p>") == 3


def test_folder_scan_does_not_pick_dart_files(tmp_path: Path) -> None:
    """A `.dart` file is read only when named: an app's folder holds hundreds of them.

    In-process (`helpers.cli`, the same `main()` and stdout as `python -m policylens`): the folder scan is the claim,
    which a process of its own does not change (issue #13: 0.4 s of CPU a run in the fast loop).
    """
    (tmp_path / "privacy_page.dart").write_text(SCREEN, encoding="utf-8")
    (tmp_path / "policy.txt").write_text("隐私政策\n\n一、我们收集的信息\n我们收集设备信息。\n", encoding="utf-8")
    run = cli("check", str(tmp_path), "--no-config", "--format", "json")
    assert run.returncode in (0, 1), run.stderr
    assert "policy.txt" in run.stdout and "privacy_page.dart" not in run.stdout
