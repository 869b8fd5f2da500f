"""The classes of false or repeated errors left by the forty-ninth session's precision sweep (helper u49p2).

eval/precision-sweep49/README.md names them.  Here: one blank column of an HTML table reported once a row (134
findings in four files of eval/blind/pairs20 buttontouch) → one finding a column, the message counting the rows.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli

REPO = Path(__file__).resolve().parent.parent

HEAD = "<tr><th>SDK名称</th><th>第三方公司名称</th><th>使用目的</th><th>隐私政策链接</th></tr>\n"


def _page(rows: str, lang: str = "zh-Hans") -> str:
    title = "隐私政策" if lang == "zh-Hans" else "Privacy Policy"
    return f"<html><body><h1>{title}</h1>\n<p>SDK:</p>\n<table>\n{HEAD}{rows}</table>\n</body></html>\n"


def _row(name: str, party: str, link: str) -> str:
    return f"<tr><td>{name}</td><td>{party}</td><td>统计</td><td>{link}</td></tr>\n"


def _check(tmp_path: Path, text: str, name: str = "p.html", select: str = "enumeration-empty") -> list[dict[str, object]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = cli("check", str(path), "--select", select, "--format", "json", "--no-config", "--fail-on", "never").stdout
    return [f for file in json.loads(out)["files"] for f in file["findings"]]


def test_a_column_blank_in_most_rows_is_one_finding_counting_the_rows(tmp_path: Path) -> None:
    rows = _row("友盟SDK", "北京锐讯灵通科技有限公司", '<a href="https://a.cn">链接</a>') + "".join(
        _row(f"SDK{i}", f"公司{i}", "") for i in range(4)
    )
    found = _check(tmp_path, _page(rows))
    assert len(found) == 1, found
    assert found[0]["line"] == 6
    assert "隐私政策链接" in str(found[0]["message"]) and "共 4 行" in str(found[0]["message"]), found
    assert "6, 7, 8, 9" in str(found[0]["message"])


def test_the_count_in_english(tmp_path: Path) -> None:
    head = "<tr><th>Name</th><th>Party</th><th>Purpose</th><th>Privacy link</th></tr>\n"
    rows = "<tr><td>A</td><td>A Inc.</td><td>stats</td><td><a href='https://a.com'>link</a></td></tr>\n" + "".join(
        f"<tr><td>S{i}</td><td>P{i}</td><td>ads</td><td></td></tr>\n" for i in range(3)
    )
    page = f"<html><body><h1>Privacy Policy</h1>\n<p>We use these services.</p>\n<table>\n{head}{rows}</table>\n</body></html>\n"
    found = _check(tmp_path, page)
    assert len(found) == 1 and "(3 rows: lines 6, 7, 8)" in str(found[0]["message"]), found


def test_a_few_blanks_in_a_filled_column_are_each_reported(tmp_path: Path) -> None:
    # negative: two blank cells, or three blanks among more filled rows, stay one finding a cell
    filled = "".join(_row(f"S{i}", f"公司{i}", f'<a href="https://{i}.cn">链接</a>') for i in range(4))
    two = filled + _row("X", "", "<a href='https://x.cn'>链接</a>") + _row("Y", "", "<a href='https://y.cn'>链接</a>")
    assert [f["line"] for f in _check(tmp_path, _page(two))] == [9, 10]
    three = filled + "".join(_row(f"Z{i}", "", "<a href='https://z.cn'>链接</a>") for i in range(3))
    found = _check(tmp_path, _page(three))
    assert [f["line"] for f in found] == [9, 10, 11] and all("共" not in str(f["message"]) for f in found)


def test_buttontouch_blank_sdk_column_once() -> None:
    path = REPO / "eval/blind/pairs20/pairs/buttontouch-contact/new.html"
    out = cli("check", str(path), "--select", "enumeration-empty", "--format", "json", "--no-config", "--fail-on", "never").stdout
    found = [f for file in json.loads(out)["files"] for f in file["findings"]]
    sdk = [f for f in found if "是否有集成或调用其他SDK" in f["message"]]
    assert len(sdk) == 1 and "共 33 行" in sdk[0]["message"], sdk
    assert sum("隐私链接" in f["message"] for f in found) == 5  # five rows without a link among filled ones: each reported


def _rules(tmp_path: Path, text: str, name: str, select: str) -> list[str]:
    return [f"{f['line']} {f['message']}" for f in _check(tmp_path, text, name, select)]


SCRIPT_PAGE = (
    '<html><head><script>const GLOBAL_CONFIG = {{\n  ai: {{"enable":true,"gptName":"小助手",{entry},"Referer":"https://xx.xx/"}},\n}}</script></head>'
    "<body><h1>隐私政策</h1><p>我们收集您的手机号码，用于登录。</p></body></html>\n"
)


def test_a_credential_setting_in_a_script_is_no_slot(tmp_path: Path) -> None:
    # eval/pairs39 bl-links: 「"key":"xxxx"」 in a theme's configuration; also apiKey, token, appid, either quote
    for entry in ('"key":"xxxx"', "apiKey: 'XXXX'", '"token" : "xxxxxx"', "appid: 'xxxx'"):
        assert _rules(tmp_path, SCRIPT_PAGE.format(entry=entry), "p.html", "placeholder-instruction") == [], entry
    # negative: the same value under a key the page shows (a phone, a contact) is still a slot
    found = _rules(tmp_path, SCRIPT_PAGE.format(entry='"phone":"400-XXX-XXXX"'), "p.html", "placeholder-instruction")
    assert found, found


def test_redaction_advice_is_no_drafting_note(tmp_path: Path) -> None:
    advice = (
        "# 隐私政策\n\n日志里不应有消息正文。在分享诊断信息之前，逐行检查，把真实的标识和内容替换成合成占位符。\n\n我们收集您的设备信息。\n"
    )
    assert _rules(tmp_path, advice, "p.md", "placeholder-drafting") == []
    also = "# 隐私政策\n\n提交问题前，请把日志中的账号替换为占位符。\n"
    assert _rules(tmp_path, also, "p.md", "placeholder-drafting") == []
    # negative: the author's own slots to replace still fire
    note = "# 隐私政策\n\n发布前请替换文中的占位符。\n"
    assert len(_rules(tmp_path, note, "p.md", "placeholder-drafting")) == 1
    note2 = "# 隐私政策\n\n以下占位符需在发布前替换：[公司名称]。\n"
    assert _rules(tmp_path, note2, "p.md", "placeholder-drafting")


def test_a_japanese_policy_has_no_chinese_script_to_check(tmp_path: Path) -> None:
    page = (
        '<html lang="ja"><body><h1>プライバシーポリシー</h1>\n<p>本登録フォームを通じて、以下の情報を取得します。</p>\n<ul>\n'
        "<li>メールアドレス（必須）</li>\n<li>居住国・地域、希望言語</li>\n<li>興味内容、同伴人数</li>\n</ul>\n"
        "<p>取得した情報は、案内の配信のために利用します。</p>\n<p>ご本人からの開示等のご請求には、法令に従って対応いたします。</p>\n"
        "<p>お問い合わせは、本サイトのお問い合わせフォームからご連絡ください。</p></body></html>\n"
    )
    assert _rules(tmp_path, page, "ja.html", "script-mixed") == []
    # negative: a Traditional policy with one Japanese paragraph still has its own Simplified character reported
    mixed = (
        "<html><body><h1>隱私權政策</h1>\n<p>我們會蒐集您的電子郵件地址，以便寄送通知。</p>\n"
        "<p>本サイトの個人情報の取り扱いについて説明します。</p>\n<p>我們會保护您的個人資料。</p></body></html>\n"
    )
    assert any("保" in f or "护" in f for f in _rules(tmp_path, mixed, "p.html", "script-mixed"))


def test_a_social_handle_is_written_as_registered(tmp_path: Path) -> None:
    page = "<html><body><h1>隐私政策</h1>\n<p>我们会保护您的个人信息。</p>\n<p><strong>小红书：</strong>@星塵Chen</p></body></html>\n"
    assert _rules(tmp_path, page, "p.html", "script-mixed") == []
    # negative: the same character in the sentence, or after an e-mail's @, is reported
    bad = "<html><body><h1>隐私政策</h1>\n<p>我们会保护您的个人信息。</p>\n<p>联系：a@b.com 星塵工作室</p></body></html>\n"
    assert _rules(tmp_path, bad, "p.html", "script-mixed")


def test_the_real_lines() -> None:
    cases = {
        "eval/pairs39/pairs/bl-links/new.html": "placeholder-instruction",
        "eval/pairs42c/pairs/tt-add/new.md": "placeholder-drafting",
        "eval/editions48/editions/rata/ja.2026-06-28.html": "script-mixed",
        "eval/blind/pairs13/pairs/phesleep-cross-script/old.html": "script-mixed",
    }
    for path, rule in cases.items():
        out = cli("check", str(REPO / path), "--select", rule, "--format", "json", "--no-config", "--fail-on", "never").stdout
        found = [f for file in json.loads(out)["files"] for f in file["findings"] if f["severity"] == "error"]
        assert found == [], (path, found)


def test_a_python_comment_is_no_policy_text(tmp_path: Path) -> None:
    # eval/blind/round37 voicechanger-py line 49: a developer's comment on a placeholder image
    code = (
        'AGREEMENT = """\n<h2>用户协议</h2>\n<p>本服务由XXX公司提供，您同意遵守本协议。</p>\n"""\n\n'
        "def load():\n    # 使用临时占位图片，实际使用时请替换为真实图片路径\n    # TODO: replace this placeholder before release\n"
        '    return "qr.png"  # 请在此处填写贵公司的二维码\n'
    )
    found = _rules(tmp_path, code, "app.py", "placeholder-instruction,placeholder-drafting")
    assert [f.split(" ", 1)[0] for f in found] == ["3"], found  # the string's 「XXX公司」 only
    # a `#` inside the string (a Markdown heading) is text: the heading's line is kept
    from policylens.load.py_comments import blank_py_comments

    assert "占位图片" not in blank_py_comments(code) and len(blank_py_comments(code)) == len(code)
    markdown = 'TEXT = """\n# 隐私政策\n"""  # 请替换占位符\n'
    assert blank_py_comments(markdown).startswith('TEXT = """\n# 隐私政策\n"""') and "占位符" not in blank_py_comments(markdown)
    # a source Python cannot read is left as it is
    broken = '"""never closed\n# 请替换占位符\n'
    assert blank_py_comments(broken) == broken
