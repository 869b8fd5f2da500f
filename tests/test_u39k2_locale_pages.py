"""Locale tables inside a React page or script module not read as a catalogue (u39k2, eval/blind/round39d hkchat-tsx).

A `.tsx` hook whose `translations` object holds a zh-HK, a zh-CN and an English dictionary, its terms and policy a
template literal in each, was read as one Simplified document: 346 false `script-mixed` errors on the zh-HK edition's
Traditional text.  Its locale tables are now judged each in its own script, as a catalogue's are
(`cli/policylens/load/catalogue/`, `cli/policylens/rules/script_mixed/__init__.py`); a stray character inside a table is
still found, a table written mostly in the other script is reported once, and a table tagged only `zh` is held to the
script its own text uses.
"""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file

_HK = "港話通私隱政策。我們會收集您的電郵地址及裝置資料，用於提供服務、維護帳戶安全及改善產品。您可隨時查閱、更正或刪除個人資料。"
_CN = "港话通隐私政策。我们会收集您的电子邮箱及设备信息，用于提供服务、维护账户安全及改进产品。您可随时查阅、更正或删除个人信息。"
_EN = "HKChat privacy policy. We collect your email address and device data to provide the service."


def _page(hk: str, cn: str = _CN, key: str = "zh-HK") -> str:
    return (
        "import React, { createContext } from 'react';\n\n"
        "const translations = {\n"
        f"  '{key}': {{\n"
        "    'app.name': '港話通',\n"
        f"    'privacy.content': `<h3>私隱政策</h3>\n<p>{hk}</p>\n<p>{hk}</p>\n<p>{hk}</p>`,\n"
        "  },\n"
        "  'zh-CN': {\n"
        "    'app.name': '港话通',\n"
        f"    'privacy.content': `<h3>隐私政策</h3>\n<p>{cn}</p>\n<p>{cn}</p>\n<p>{cn}</p>`,\n"
        "  },\n"
        "  'en': {\n"
        "    'app.name': 'HKChat',\n"
        f"    'privacy.content': `<h3>Privacy</h3>\n<p>{_EN}</p>\n<p>{_EN}</p>\n<p>{_EN}</p>`,\n"
        "  },\n"
        "};\n\n"
        "export const LanguageContext = createContext(translations);\n"
    )


def _script_errors(tmp_path: Path, name: str, text: str) -> list[tuple[int, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.excerpt, f.message) for f in report.findings if f.rule == "script-mixed" and f.severity == "error"]


def test_a_tsx_page_of_zh_hk_and_zh_cn_tables_has_no_script_error(tmp_path: Path) -> None:
    assert _script_errors(tmp_path, "useLanguage.tsx", _page(_HK)) == []
    assert _script_errors(tmp_path, "messages.ts", _page(_HK).replace("`", "'").replace("\n<p>", "<p>")) == []


def test_a_stray_simplified_character_in_the_zh_hk_table_is_still_reported(tmp_path: Path) -> None:
    found = _script_errors(tmp_path, "useLanguage.tsx", _page(_HK.replace("我們會收集", "我们會收集", 1)))
    assert [(line, excerpt) for line, excerpt, _ in found] == [(7, "们"), (8, "们"), (9, "们")]


def test_a_zh_hk_table_written_mostly_in_simplified_is_reported_once(tmp_path: Path) -> None:
    found = _script_errors(tmp_path, "useLanguage.tsx", _page(_CN))
    assert len(found) == 1
    assert found[0][0] == 7 and ("mostly" in found[0][2] or "大多" in found[0][2])


def test_a_table_tagged_zh_is_held_to_its_own_script(tmp_path: Path) -> None:
    # a Taiwan page whose Chinese table is keyed `zh`: its Traditional text is right
    page = _page(_HK, cn=_HK, key="zh").replace("'zh-CN'", "'zh-TW'").replace("隐私政策", "隱私政策")
    assert _script_errors(tmp_path, "Privacy.tsx", page) == []
    stray = page.replace("資料", "资料", 1)
    assert [excerpt for _, excerpt, _ in _script_errors(tmp_path, "Privacy2.tsx", stray)] == ["资"]


def test_a_page_of_one_chinese_table_is_judged_as_before(tmp_path: Path) -> None:
    one = _page(_HK).replace("'zh-CN'", "'ja'").replace(_CN, _EN)
    stray = one.replace("我們會收集", "我们會收集", 1)
    assert [excerpt for _, excerpt, _ in _script_errors(tmp_path, "Page.tsx", stray)] == ["们"]


def _slots(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "policy.md"
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    return [f.excerpt for f in report.findings if f.rule == "placeholder-instruction"]


def test_input_beside_output_glossing_nouns_is_no_instruction(tmp_path: Path) -> None:
    # eval/blind/round39d hkchat-tsx: 输入 contrasted with 输出 is the noun "input", not a fill verb
    text = (
        "# 隐私政策\n\n服务使用资料：聊天指令（输入内容）、模型回应（输出内容）、操作记录。\n\n我们收集提示词（输入）与生成结果（輸出）。\n"
    )
    assert _slots(tmp_path, text) == []
    # still instructions: a field after the verb, a request, a bracket with no counterpart, one after a colon
    kept = (
        "# 隐私政策\n\n运营者（输入公司名称）与模型回应（输出内容）。\n\n指令（请输入内容）、回应（输出内容）。\n\n"
        "聊天指令（输入内容）、操作记录。\n\n联系方式：（输入内容）（输出内容）\n"
    )
    assert len(_slots(tmp_path, kept)) == 4
