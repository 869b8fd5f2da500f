"""Issue #11, precision: the false error-level findings of the forty-ninth session's sweep (u49p,
eval/precision-sweep49), each a class with invented texts both ways; the real documents stay as regressions at the end.

- A Japanese postal address copied as written into a Traditional page, 「地址：埼玉県草加市瀬崎１丁目11-9パークハイツ202号」:
  its 号 and 区 are Japanese forms, not Simplified characters.  The clause around the run holds kana and a mark only a
  Japanese address has (丁目, 番地, 県, 〒, 東京都…) (`script_mixed.proper_names._japanese_address`).  A Simplified
  character in another clause of the line, or in a clause with a katakana brand and no address mark, is still reported.
- A slot bracket that ends in the fill verb (【…待补充】) takes no opening bracket inside it: in a script array
  「body: [ "[中文隐私政策内容待补充]", … ]」 the slot is the inner bracket, reported on its own line with its own text, not
  the array's bracket on the line before (`placeholder_instruction.instructions`, `fillend`).
- A rule of underscores opening a line, then a label between rule marks (「＿＿＿…＿＿=声明=」) or, after a wide gap, a
  copyright footer, is the document's decoration, not a blank (`placeholder_empty.slots`, `_RULE_OPENING`); a blank
  with its label or its note after it, or after a label, is still reported.
- A page that declares an AngularJS controller on a tag (`<body ng-controller="getAppController">`) has the controller's
  scope fill every `{{item2_1}}` when it runs: the page's own syntax, as a .vue file's (`load.html`, `_ANGULAR_APP`); a
  page without one (also one with `ng-app` alone: tests/test_precision26.py), or a bracketed slot in such a page, is
  still reported.
- A consent form's signature block, 「簽署: ____」 and the 「姓名: ____」, 「日期: ____」 lines right after it, is the
  signer's to fill, not the writer's slots (`placeholder_empty.slots`, `_SIGNATURE_LABEL`); a blank with no signature
  label before it is still reported.

Found in the edition pairs (eval/pairs*, eval/editions*; not judged in the committed table, see the README):

- A language menu's entries in the script they name: a Japanese menu's 「中国語（簡体）」 / 「中国語（繁体）」, and an entry
  named by its region alone between the menu's separators, 「English · 简体 · 香港 · 台灣」 (`script_mixed.labels`); 台湾 in
  a sentence, or 中国語 with no form named, is still reported.
- An import's two modes in brackets, 「从先前导出的 ZIP 导入(替换全部或合并)」, are no fill-in instruction
  (`placeholder_instruction.instructions`, `fillin`); 「（替换为你的邮箱）」 still is.
- A passive 「被包含；」 / 「被包括。」 (included) announces no list (`enumeration_empty`, `_INCLUDE`); 「包括。」 still does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent

_HEAD_HANT = "# 隱私權政策\n\n最後更新：2025年8月1日\n\n我們非常重視您的個人資料，本政策說明我們如何蒐集、處理及利用您的資料。\n\n"


def _findings(path: Path, rule: str) -> list[tuple[int, str]]:
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.excerpt) for f in report.findings if f.rule == rule]


def _mixed(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [excerpt for _, excerpt in _findings(path, "script-mixed")]


@pytest.mark.parametrize(
    "line",
    [
        "地址：埼玉県草加市瀬崎１丁目11-9パークハイツ202号",
        "地址：東京都港区六本木1-2-3 六本木ヒルズ森タワー15階",
        "營業所：〒150-0043 東京都渋谷区道玄坂1-12-1 マークシティ",
        "Address: 大阪府大阪市北区梅田3丁目1番3号 ノースゲートビル",
        # in a long Chinese paragraph (kana a small share of it: the paragraph is read as Chinese)
        "本公司日本總部的聯絡地址為埼玉県草加市瀬崎１丁目11-9パークハイツ202号，如對本政策有任何疑問，歡迎來信或來電洽詢，"
        "我們將儘速回覆您的問題。",
    ],
)
def test_a_japanese_address_is_not_simplified(tmp_path: Path, line: str) -> None:
    assert _mixed(tmp_path, "privacy.md", _HEAD_HANT + line + "\n") == []


def test_a_japanese_address_in_a_page_joined_by_line_breaks(tmp_path: Path) -> None:
    # the real page's shape: <br /> lines joined into one paragraph, 「…202号公司名稱：…」
    html = (
        '<html lang="zh-Hant"><body><h1>隱私權政策</h1><p>我們非常重視您的個人資料，本政策說明我們如何蒐集、處理及利用您的資料。</p>'
        "<p>\n地址：埼玉県草加市瀬崎１丁目11-9パークハイツ202号<br />\n公司名稱：MEFAR 株式會社<br />\n"
        "電子郵件地址：cocora@mefar.jp\n</p></body></html>\n"
    )
    assert _mixed(tmp_path, "privacy.html", html) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the Simplified characters are in another clause than the address
        (
            "地址：埼玉県草加市瀬崎１丁目11-9パークハイツ202号；我們会依照個人資料保護法及相關法令妥善保管您提供的各項資料，"
            "不會任意提供給第三人，並於目的達成後刪除。",
            ["会"],
        ),
        # kana (a brand) but no address mark: a Simplified character next to it is still reported
        (
            "我們使用 Sony（ソニー）提供的設备，並依照個人資料保護法及相關法令妥善保管您提供的各項資料，不會任意提供給第三人。",
            ["备"],
        ),
        # an address mark but no kana: 東京都港区 written in a Chinese sentence (Traditional writes 港區)
        ("本公司設於東京都港区六本木。", ["区"]),
    ],
)
def test_a_simplified_character_outside_a_japanese_address_is_reported(tmp_path: Path, line: str, expected: list[str]) -> None:
    assert _mixed(tmp_path, "privacy.md", _HEAD_HANT + line + "\n") == expected


def _instructions(tmp_path: Path, name: str, text: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _findings(path, "placeholder-instruction")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "content.js",
            'export const legal = {\n  privacy: {\n    body: [\n      "[中文隐私政策内容待补充]",\n'
            '      "我们重视您的隐私。"\n    ]\n  }\n};\n',
            [(4, "[中文隐私政策内容待补充]")],
        ),
        (
            "content.ts",
            "export const terms = {\n  zh: [\n    '【使用條款內容待補充】',\n    '我們重視您的權益。',\n  ],\n};\n",
            [(3, "【使用條款內容待補充】")],
        ),
        (
            "privacy.md",
            "# 隐私政策\n\n我们重视您的隐私。以下内容说明我们如何处理您的个人信息：\n\n[\n[中文隐私政策内容待补充]\n]\n",
            [(6, "[中文隐私政策内容待补充]")],
        ),
    ],
)
def test_a_slot_inside_an_array_is_the_inner_bracket(tmp_path: Path, name: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert _instructions(tmp_path, name, text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "隐私政策：[按业务目的和法定义务逐项补充]",
        "运营主体：【运营者上线前必须填写】",
        "第三方名单：[待运营主体确认并补充]",
    ],
)
def test_a_fill_bracket_still_fires(tmp_path: Path, line: str) -> None:
    text = "# 隐私政策\n\n生效日期：2024年1月1日\n\n" + line + "\n"
    assert [excerpt for _, excerpt in _instructions(tmp_path, "privacy.md", text)] == [line.split("：", 1)[1]]


_HEAD_HANS = "# 免责声明\n\n感谢使用本工具。在您使用前，请提前阅读本声明，一旦启动本工具即表示您同意本声明。\n\n"


def _blanks(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [excerpt for _, excerpt in _findings(path, "placeholder-empty")]


@pytest.mark.parametrize(
    "line",
    [
        "＿" * 52 + "=声明=",
        "_" * 30 + " —— 条款 ——",
        "＿" * 16 + "               PAT Laboratory Inc. 2023-2024 保留一切权利",
        "_" * 20 + "    © 2024 Example Ltd. All rights reserved.",
    ],
)
@pytest.mark.parametrize("name", ["disclaimer.md", "disclaimer.txt"])
def test_an_underscore_rule_before_a_label_or_footer_is_no_blank(tmp_path: Path, name: str, line: str) -> None:
    assert _blanks(tmp_path, name, _HEAD_HANS + line + "\n") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("＿" * 16 + "（签名）", "＿" * 16),
        ("_" * 16 + "    （请填写公司名称）", "_" * 16),
        ("公司名称：" + "＿" * 16 + "      保留一切权利", "＿" * 16),
        ("＿" * 8 + "=声明=", "＿" * 8),
    ],
)
def test_a_blank_is_still_reported(tmp_path: Path, line: str, expected: str) -> None:
    assert _blanks(tmp_path, "disclaimer.md", _HEAD_HANS + line + "\n") == [expected]


_ANGULAR = (
    "<!DOCTYPE html>\n<html{app}>\n<head><title>隱私權宣告</title></head>\n<body{controller}>\n<h2>隱私權宣告</h2>\n"
    "<h6>第一條、隱私權保護政策的適用範圍</h6>\n<p>{{{{item1}}}}</p>\n<h6>第二條、資料之蒐集與使用方式</h6>\n"
    "<p>{{{{item2_1}}}}</p>\n<p>{line}</p>\n</body>\n</html>\n"
)


@pytest.mark.parametrize("name", ["privacy.jsp", "privacy.html", "privacy.php"])
@pytest.mark.parametrize(
    ("app", "controller"),
    [(' ng-app="myApp"', ' ng-controller="getAppController"'), ("", ' ng-controller="PrivacyCtrl"'), ("", ' data-ng-controller="x"')],
)
def test_an_angularjs_page_fills_its_bindings(tmp_path: Path, name: str, app: str, controller: str) -> None:
    text = _ANGULAR.format(app=app, controller=controller, line="本網站依個人資料保護法蒐集、處理及利用您的個人資料。")
    assert _instructions(tmp_path, name, text) == []


def test_a_page_without_angularjs_or_a_bracketed_slot_is_still_reported(tmp_path: Path) -> None:
    plain = _ANGULAR.format(app="", controller="", line="本網站依個人資料保護法蒐集、處理及利用您的個人資料。")
    assert [excerpt for _, excerpt in _instructions(tmp_path, "plain.html", plain)] == ["{{item1}}", "{{item2_1}}"]
    app_only = _ANGULAR.format(app=' ng-app="myApp"', controller="", line="本網站依個人資料保護法蒐集、處理及利用您的個人資料。")
    assert [excerpt for _, excerpt in _instructions(tmp_path, "app.html", app_only)] == ["{{item1}}", "{{item2_1}}"]
    slot = _ANGULAR.format(app=' ng-app="myApp"', controller=' ng-controller="C"', line="本網站由【公司名稱】經營。")
    assert [excerpt for _, excerpt in _instructions(tmp_path, "slot.html", slot)] == ["【公司名稱】"]


_FORM = "如你同意收取上述資訊，請在本表格上簽署，以表示你的同意。\n\n"


@pytest.mark.parametrize(
    ("name", "block"),
    [
        ("statement.md", "簽署:\n\n_____________________\n\n姓名: ____________________\n\n日期: ____________________（年/月/日）\n"),
        ("statement.txt", "签名：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿\n"),
        ("statement.md", "Signature: ______________  Name: ______________  Date: ____/____/______\n"),
        ("statement.html", "<p>簽署：____________________</p>\n<p>姓名：____________________</p>\n"),
    ],
)
def test_a_signature_block_is_no_slot(tmp_path: Path, name: str, block: str) -> None:
    text = _HEAD_HANT + _FORM + block
    if name.endswith(".html"):
        text = "<html><body><h1>收集個人資料聲明</h1><p>" + _FORM.strip() + "</p>\n" + block + "</body></html>\n"
    assert _blanks(tmp_path, name, text) == []


@pytest.mark.parametrize(
    "block",
    [
        "姓名: ____________________\n",
        "本公司名稱：＿＿＿＿＿＿＿＿（以下簡稱「本公司」）\n",
    ],
)
def test_a_blank_without_a_signature_label_is_still_reported(tmp_path: Path, block: str) -> None:
    assert len(_blanks(tmp_path, "statement.md", _HEAD_HANT + _FORM + block)) == 1


_MENU_HANS = "# 隐私政策\n\n生效日期：2024年1月1日\n\n我们非常重视您的个人信息，本政策说明我们如何收集、使用和保护您的信息。\n\n"


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (_HEAD_HANT, "[日本語](../ja/privacy.html) | [中国語（簡体）](../cn/privacy.html) | [中国語（繁体）](../tw/privacy.html)"),
        (_MENU_HANS, "[日本語](../ja/privacy.html) | [中国語（簡体）](../cn/privacy.html) | [中国語（繁体）](../tw/privacy.html)"),
        (_MENU_HANS, "[English](privacy.en.html) · [简体](privacy.html) · [香港](privacy.zh-HK.html) · [台灣](privacy.zh-TW.html)"),
        (_MENU_HANS, "English · 简体 · 澳門"),
    ],
)
def test_a_language_menu_entry_is_not_mixed(tmp_path: Path, head: str, line: str) -> None:
    assert _mixed(tmp_path, "privacy.md", head + line + "\n") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("我们在台灣设有办公室，负责处理当地用户的请求。", ["灣"]),
        ("本服务提供英语与中國語两种界面。", ["國語"]),
    ],
)
def test_a_region_or_language_in_a_sentence_is_still_reported(tmp_path: Path, line: str, expected: list[str]) -> None:
    assert _mixed(tmp_path, "privacy.md", _MENU_HANS + line + "\n") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本应用可从先前导出的 ZIP 导入(替换全部或合并)，导入操作仅在用户设备上进行。", []),
        ("本應用可從先前匯出的檔案匯入（替換全部或合併），匯入僅在您的裝置上進行。", []),
        ("联系邮箱：（替换为你的邮箱）", ["（替换为你的邮箱）"]),
        ("本页面内容：（替换全部示例文字）", ["（替换全部示例文字）"]),
    ],
)
def test_an_import_mode_is_no_instruction(tmp_path: Path, line: str, expected: list[str]) -> None:
    text = "# 隐私政策\n\n生效日期：2024年1月1日\n\n" + line + "\n"
    assert [excerpt for _, excerpt in _instructions(tmp_path, "privacy.md", text)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("配置在该根之外的附件目录同样不会被包含；请单独清点和保护这些路径。", 0),
        ("您的草稿不會被包括。我們只會備份已發布的內容。", 0),
        ("我们收集的信息包括。", 1),
        ("我们收集的信息包括但不限于等。", 1),
    ],
)
def test_a_passive_include_announces_no_list(tmp_path: Path, line: str, expected: int) -> None:
    path = tmp_path / "privacy.md"
    path.write_text("# 隐私政策\n\n生效日期：2024年1月1日\n\n" + line + "\n", encoding="utf-8")
    assert len(_findings(path, "enumeration-empty")) == expected


def test_real_documents() -> None:
    wederm = _ROOT / "eval/structure43/dev/wederm-pics-rn/PersonalInformationCollectionStatementZH.js"
    assert _findings(wederm, "placeholder-empty") == []
    jsp = _ROOT / "eval/structure45/dev/taiwan-privacy-jsp/privacy.jsp"
    assert _findings(jsp, "placeholder-instruction") == []
    corgi = _ROOT / "eval/structure36/holdout/corgi-disclaimer-docx/disclaimer.docx"
    assert _findings(corgi, "placeholder-empty") == []
    mefar = _ROOT / "eval/structure43c/holdout/mefar-privacy-tsx/page.tsx"
    assert [line for line, _ in _findings(mefar, "script-mixed")] == [40]  # 「導覽案内」 (内 in a Chinese sentence) stays
    crosync = _ROOT / "eval/blind/round48/dev/crosync-en-zh-js/siteContent.js"
    lines = [line for line, _ in _findings(crosync, "placeholder-instruction")]
    assert 244 not in lines and 274 not in lines
    assert {245, 275} <= set(lines)
