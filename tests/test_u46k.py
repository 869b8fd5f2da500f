"""A Flutter policy held in a same-file string constant that the page hands to what shows it (forty-sixth session,
u46k; eval/blind/round45d ecosorter-dart, the last miss of that set), each both ways; every text below is invented, the
document stays as a regression at the end.

1. A `void` helper that opens a dialog, a sheet or a page (`showDialog(… AlertDialog(content: Text(content)))`) and is
   called with a same-file constant (`_showTermsDialog('隐私政策', _privacyPolicy)`): the constant's literal is read
   where it is declared.  Not a literal passed to such a helper (a prompt, `_showTip('请输入手机号')`), nor a constant
   passed to a `void` helper that opens nothing (a snack bar, a log).
2. A text widget given the constant by name (`content: Text(_policy)` inside an inline `showDialog`): read.  Not a
   `var` (it may be assigned again), a member (`widget.policy`) or a call (`_policy.trim()`).
3. A document constant no widget of the file shows (a helper class's `static String agreement = \"\"\"…\"\"\";` shown
   by another file, the file's own widgets a toast and a sheet): the document is the file's text
   (`load.dart.shows_documents`).  Not when the file's widgets hold the policy beside a short unshown constant.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path
from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent
_POLICY = "一、我们收集的信息\n\n我们会收集您的手机号码与设备信息，用于账号注册与安全保障。\n\n二、联系我们\n\n客服电话：400-XXX-XXXX\n"


def _screen(body: str, constants: str) -> str:
    return (
        "import 'package:flutter/material.dart';\n\n"
        "class RegisterPage extends StatefulWidget {\n  const RegisterPage({super.key});\n"
        "  @override\n  State<RegisterPage> createState() => _RegisterPageState();\n}\n\n"
        "class _RegisterPageState extends State<RegisterPage> {\n"
        f"{body}\n"
        "  @override\n  Widget build(BuildContext context) {\n"
        "    return Scaffold(body: Column(children: [const Text('注册账号'), TextButton(onPressed: _open, child: const Text('查看'))]));\n"
        "  }\n}\n\n"
        f"{constants}"
    )


_DIALOG_HELPER = (
    "  void _showTermsDialog(String title, String content) {\n"
    "    showDialog(\n      context: context,\n      builder: (context) => AlertDialog(\n"
    "        title: Text(title),\n        content: SingleChildScrollView(child: Text(content)),\n      ),\n    );\n  }\n"
)


def _slots(tmp_path: Path, source: str) -> list[tuple[int, str]]:
    path = tmp_path / "register_page.dart"
    path.write_text(source, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.excerpt) for f in report.findings if f.rule.startswith("placeholder-")]


def _read(tmp_path: Path, source: str) -> str:
    path = tmp_path / "register_page.dart"
    path.write_text(source, encoding="utf-8")
    return "\n".join(p.text for s in parse_path(path).sections for p in s.paragraphs)


def _line(source: str, text: str) -> int:
    return source[: source.index(text)].count("\n") + 1


def test_a_constant_handed_to_a_dialog_helper_is_read(tmp_path: Path) -> None:
    body = _DIALOG_HELPER + "  void _open() => _showTermsDialog('隐私政策', _privacyPolicy);\n"
    source = _screen(body, f"const String _privacyPolicy = '''\n{_POLICY}''';\n")
    assert _slots(tmp_path, source) == [(_line(source, "客服电话"), "400-XXX-XXXX")]
    text = _read(tmp_path, source)
    assert "我们会收集您的手机号码与设备信息" in text
    assert "注册账号" in text  # (read on the screen's page, beside its own widgets)


def test_a_constant_shown_by_a_text_widget_in_an_inline_dialog_is_read(tmp_path: Path) -> None:
    body = (
        "  void _open() {\n    showDialog(context: context, builder: (_) => AlertDialog(\n"
        "      content: SingleChildScrollView(child: Text(_policy, style: const TextStyle(fontSize: 14))),\n    ));\n  }\n"
    )
    source = _screen(body, f"const String _policy = '''\n{_POLICY}''';\n")
    assert _slots(tmp_path, source) == [(_line(source, "客服电话"), "400-XXX-XXXX")]
    assert "注册账号" in _read(tmp_path, source)


def test_a_literal_handed_to_a_dialog_helper_is_not_read(tmp_path: Path) -> None:
    body = _DIALOG_HELPER + "  void _open() => _showTermsDialog('提示', '请输入XXX公司的邀请码');\n"
    source = _screen(body, "")
    assert "邀请码" not in _read(tmp_path, source)
    assert _slots(tmp_path, source) == []


def test_a_constant_handed_to_a_helper_that_opens_nothing_is_not_read(tmp_path: Path) -> None:
    body = (
        "  void _toast(String message) {\n"
        "    ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(message)));\n  }\n"
        "  void _open() => _toast(_policy);\n"
    )
    source = _screen(body, "const String _policy = '客服电话：400-XXX-XXXX';\n")
    assert _slots(tmp_path, source) == []


def test_a_variable_a_member_or_a_call_shown_by_a_text_widget_is_not_read(tmp_path: Path) -> None:
    for shown in ("_draft", "widget.policy", "_policy.trim()"):
        body = (
            "  var _draft = '客服电话：400-XXX-XXXX';\n"
            f"  void _open() {{\n    showDialog(context: context, builder: (_) => AlertDialog(content: Text({shown})));\n  }}\n"
        )
        source = _screen(body, "const String _policy = '客服电话：400-XXX-XXXX';\n")
        assert _slots(tmp_path, source) == [], shown


def test_round45d_ecosorter_the_policy_in_a_dialog_constant_is_read() -> None:
    path = _ROOT / "eval" / "blind" / "round45d" / "dev" / "ecosorter-dart" / "register_page.dart"
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [(f.line, f.rule, f.excerpt) for f in report.findings if f.severity == "error"] == [
        (521, "placeholder-instruction", "400-XXX-XXXX")
    ]


# --- 3. a document constant no widget of the file shows (eval/blind/round46 xingjishi-dart) ---------------------------

_HELPER = (
    "import 'package:flutter/material.dart';\n\n"
    "class Publicwidget {\n"
    "  static void showToast(BuildContext context, String message) {\n"
    "    toastification.show(context: context, title: Text(message));\n  }\n\n"
    "  static Future<void> showSupportSheet(BuildContext context) async {\n"
    "    await showModalBottomSheet<void>(context: context, builder: (context) {\n"
    "      return Column(children: [const Text('联系客服'), const Text('关闭')]);\n    });\n  }\n\n"
    '  static String agreement = """\n最后更新日期：2025年11月06日\n\n一、重要提示\n'
    "    请务必认真阅读本《用户服务协议》，一旦您下载、安装或使用本应用，即表示您已同意本协议。\n\n"
    "二、适用法律与争议解决\n    协商不成的，任何一方均有权将争议提交[公司所在地]有管辖权的人民法院诉讼解决。\n"
    '  """;\n}\n'
)


def test_a_document_constant_no_widget_of_the_file_shows_is_the_files_text(tmp_path: Path) -> None:
    assert _slots(tmp_path, _HELPER) == [(_line(_HELPER, "[公司所在地]"), "[公司所在地]")]
    text = _read(tmp_path, _HELPER)
    assert "请务必认真阅读本《用户服务协议》" in text
    assert "联系客服" not in text  # (the helper's sheet is no part of the document)


def test_a_screen_whose_widgets_hold_the_policy_keeps_them_beside_a_short_constant(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"      const Text('第{n}条 我们会收集您的手机号码、设备信息与使用记录，用于提供、维护和改进服务，并保障账号安全。'),\n"
        for n in range(1, 6)
    )
    source = (
        "import 'package:flutter/material.dart';\n\nclass PolicyPage extends StatelessWidget {\n"
        "  const PolicyPage({super.key});\n\n"
        "  static const _sms = '''\n【验证码】您的验证码为1234，请勿泄露。\n如非本人操作，请忽略本短信。\n请在五分钟内完成验证。\n''';\n\n"
        "  @override\n  Widget build(BuildContext context) {\n"
        f"    return Column(children: [\n{paragraphs}    ]);\n  }}\n}}\n"
    )
    text = _read(tmp_path, source)
    assert "第5条 我们会收集您的手机号码" in text
    assert "验证码" not in text
