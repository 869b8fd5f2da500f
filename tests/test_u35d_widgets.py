"""Session 35 (u35d): a Flutter screen's text passed to its own helper methods (`load.dart_carriers`).

A screen that keeps its policy as `_buildSection('一、…', ['…', '…'])` calls, the helper's body showing the parameters in
`Text(title, style: …bold…)` / `items.map((item) => Text(item))`, was read as its few literal `Text('…')` widgets only
(eval/blind/round34c livestream-dart: 3 slot lines missed).  Both ways: a carrier's literals are read, in call order,
a bold title bold; a call's other arguments (keys, routes, icons, assets, logs), a method that does not show its
parameter, another object's method, and an app bar's title stay out.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers import dart_bold_titles
from policylens.load.arkts import render_ets
from policylens.load.dart import render_dart

ROOT = Path(__file__).resolve().parent.parent


def _paragraphs(src: str) -> list[str]:
    page = render_dart(src)
    assert page is not None
    return [re.sub(r"<[^>]+>", "", p).strip() for p in re.findall(r"<p>.*?</p>", page, re.S)]


_SECTION_PAGE = """
class PolicyPage extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('隐私政策')),
      body: ListView(children: [
        const Text('引言：我们重视您的隐私。'),
        _buildSection('一、信息收集', '我们会收集您的手机号码。'),
        _buildSection(
          '二、联系我们',
          '邮箱：【邮箱地址】',
        ),
        _item(title: '三、信息共享', content: '我们不会出售您的信息。', icon: Icons.share, route: '/share'),
        _list('四、您的权利', const ['• 查询', '• 删除']),
        debugPrint('section built'),
      ]),
    );
  }

  Widget _buildSection(String title, String content) {
    return Column(children: [
      Text(title, style: const TextStyle(fontWeight: FontWeight.bold, fontSize: 16)),
      Text(content, style: const TextStyle(fontSize: 14)),
    ]);
  }

  Widget _item({required String title, required String content, IconData? icon, String? route}) => ListTile(
        leading: Icon(icon),
        title: Text(title, style: TextStyle(fontWeight: FontWeight.w600)),
        subtitle: Text(content),
        onTap: () => Navigator.pushNamed(context, route!),
      );

  Widget _list(String title, List<String> items) {
    return Column(children: [
      Text(title, style: const TextStyle(fontWeight: FontWeight.bold)),
      ...items.map((item) => Text(item)),
    ]);
  }
}
"""


def test_helper_arguments_are_read_in_call_order_titlesdart_bold_titles() -> None:
    assert _paragraphs(_SECTION_PAGE) == [
        "引言：我们重视您的隐私。",
        "一、信息收集",
        "我们会收集您的手机号码。",
        "二、联系我们",
        "邮箱：【邮箱地址】",
        "三、信息共享",
        "我们不会出售您的信息。",
        "四、您的权利",
        "• 查询",
        "• 删除",
    ]
    assert dart_bold_titles(_SECTION_PAGE) == ["一、信息收集", "二、联系我们", "三、信息共享", "四、您的权利"]


def test_each_text_keeps_its_line() -> None:
    page = render_dart(_SECTION_PAGE)
    assert page is not None
    src_lines = _SECTION_PAGE.split("\n")
    texts = 0
    for n, line in enumerate(page.split("\n")):
        for text in re.findall(r"<p>(?:<b>)?([^<]+)", line):
            assert text in src_lines[n], text
            texts += 1
    assert texts == 10


def test_code_arguments_stay_out() -> None:
    paragraphs = _paragraphs(_SECTION_PAGE)
    for code in ("/share", "section built", "Icons.share", "隐私政策"):
        assert not any(code in p for p in paragraphs), code


_NOT_CARRIERS = """
class Page extends StatelessWidget {
  Widget build(BuildContext context) {
    return Column(children: [
      const Text('正文'),
      _icon('assets/logo.png', 'logo-key'),
      _route('/privacy'),
      SettingsUI.item(title: '隐私政策', trailing: '查看'),
      _log('loaded'),
      _computed('前缀' + name),
      _section(title),
    ]);
  }

  Widget _icon(String path, String key) => Image.asset(path, key: Key(key));
  Widget _route(String name) => TextButton(onPressed: () => go(name), child: const Icon(Icons.add));
  Widget _log(String message) { debugPrint(message); return const SizedBox(); }
  Widget _computed(String text) => Text(text);
  Widget _section(String text) => Text(text);
}
"""


def test_methods_that_do_not_show_their_parameter_are_no_carriers() -> None:
    assert _paragraphs(_NOT_CARRIERS) == ["正文"]


def test_a_method_declared_twice_in_one_class_is_no_carrier_but_one_per_class_is() -> None:
    twice = """
class A {
  Widget build(c) => Column(children: [const Text('正文'), _s('甲')]);
  Widget _s(String t) => Text(t);
  Widget _s(String u) => Text(u);
}
"""
    assert _paragraphs(twice) == ["正文"]
    per_class = """
class A {
  Widget build(c) => Column(children: [const Text('正文'), _s('甲')]);
  Widget _s(String t) => Text(t);
}
class B {
  Widget build(c) => Column(children: [_s('乙', '丙')]);
  Widget _s(String a, String b) => Column(children: [Text(b)]);
}
"""
    assert _paragraphs(per_class) == ["正文", "甲", "丙"]


def test_a_parameter_shown_only_in_an_app_bar_is_chrome() -> None:
    src = """
class P {
  Widget build(c) => _page('用户协议', '第一条 总则');
  Widget _page(String title, String body) => Scaffold(appBar: AppBar(title: Text(title)), body: Text(body));
}
"""
    assert _paragraphs(src) == ["第一条 总则"]


def test_in_a_comment_or_string_a_call_is_no_call() -> None:
    src = """
class P {
  Widget build(c) => Column(children: [
    const Text('正文'),
    // _s('注释里的调用'),
    const Text("_s('字符串里的调用')"),
  ]);
  Widget _s(String t) => Text(t);
}
"""
    assert _paragraphs(src) == ["正文", "_s('字符串里的调用')"]


def test_real_screen_round34c_livestream() -> None:
    """eval/blind/round34c livestream-dart: four pages of `_buildSection('…', ['…'])` calls."""
    src = (ROOT / "eval/blind/round34c/holdout/livestream-dart/privacy_settings.dart").read_text(encoding="utf-8")
    paragraphs = _paragraphs(src)
    assert "1. 信息收集" in dart_bold_titles(src)
    assert "• 客服邮箱：support@example.com" in paragraphs
    assert "北京市朝阳区某某大厦" in paragraphs
    assert "• 注册信息：用户名、手机号、邮箱等" in paragraphs
    # the settings list's menu items (another class's `SettingsUI.item(title: …)`) and route names stay out
    assert "查看" not in paragraphs
    assert not any("PrivacyPolicy" in p for p in paragraphs)


# -- ArkTS: `@Builder` methods and `@Component` structs that show their parameters (`load.arkts_carriers`) -------------


def _ets_paragraphs(src: str) -> list[tuple[str, bool]]:
    page = render_ets(src)
    assert page is not None
    return [(re.sub(r"<[^>]+>", "", p), p.startswith("<p><b>")) for p in re.findall(r"<p>.*?</p>", page, re.S)]


def test_arkts_builders_and_components_are_read_bold_titles() -> None:
    src = (ROOT / "tests/data/u35d_builders.ets").read_text(encoding="utf-8")
    assert _ets_paragraphs(src) == [
        ("欢迎使用本应用。", False),
        ("一、信息收集", True),
        ("我们收集您的【手机号】。", False),
        ("二、您的权利", True),
        ("• 查询", False),
        ("• 删除", False),
        ("三、联系我们", True),
        ("邮箱：xx@example.com", False),
    ]


def test_arkts_non_carriers_stay_out() -> None:
    src = """
@Entry
@Component
struct P {
  @Builder icon(path: string) { Image(path) }
  @Builder go(route: string) { Button('打开').onClick(() => router.pushUrl({ url: route })) }
  @Builder log(message: string) { Text('固定') }
  build() {
    Column() {
      Text('正文')
      this.icon('/common/logo.png')
      this.go('pages/Privacy')
      this.log('不显示的参数')
      other.item('别的对象')
    }
  }
}
"""
    texts = [t for t, _ in _ets_paragraphs(src)]
    assert texts == ["固定", "正文"]


def test_a_trimmed_parameter_is_shown_a_cut_one_is_not() -> None:
    """`Text(content.trim())` shows the literal (an unseen screen passes `'''…'''` blocks); `content.substring(0, 3)` or
    `content.toUpperCase()` shows another text: not read."""
    src = """
class P {
  Widget build(c) => Column(children: [const Text('正文'), _s('''
一、收集的信息
  '''), _cut('不应读出的全文'), _up('abc')]);
  Widget _s(String content) => Text(content.trim());
  Widget _cut(String content) => Text(content.substring(0, 3));
  Widget _up(String content) => Text(content.toUpperCase());
}
"""
    assert _paragraphs(src) == ["正文", "一、收集的信息"]


def test_a_callback_parameter_keeps_the_positions_of_the_others() -> None:
    src = """
class P {
  Widget build(c) => Column(children: [_row('一、权限说明', () => open('/x'), '相机权限：用于扫码')]);
  Widget _row(String title, void Function() onTap, String body) => InkWell(onTap: onTap, child: Column(children: [
    Text(title, style: const TextStyle(fontWeight: FontWeight.bold)),
    Text(body),
  ]));
}
"""
    assert _paragraphs(src) == ["一、权限说明", "相机权限：用于扫码"]
    assert dart_bold_titles(src) == ["一、权限说明"]
