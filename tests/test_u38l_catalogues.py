"""Message catalogues (the thirty-eighth session's u38l, eval/locale38): each class both ways, and the dev documents.

- an i18n library's interpolation arguments in a catalogue (ICU `{name}` and plural blocks, i18next `{{appName}}`,
  vue-i18n `{count}` and `@:key`, printf `%s`/`%1$s`/`%@`, Rails `%{name}`) are filled by the app: no slot, while a
  bracketed Chinese field, a dummy address and a template constant (`{{COMPANY_NAME}}`) in a value still are, and
  the same arguments in a plain text file still are (`cli/policylens/load/catalogue/`);
- the strings of a form's inputs (a key named `*Placeholder`, `*Hint`, `*Label`, `*Tip`, `input*`, or a value that
  is an input's prompt 「請輸入…」) are no policy slots;
- a module of locale tables is several editions: `script-mixed` holds each table to its own locale's script and
  still finds a stray character inside one (`cli/policylens/rules/script_mixed/__init__.py`);
- a catalogue whose strings hold HTML is read as text (its values checked where they stand), and a `.json` file
  that is not a catalogue says so on stderr.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.load import load
from policylens.load.catalogue import argument, is_catalogue

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "eval" / "locale38" / "docs"


def _findings(tmp_path: Path, name: str, text: str, prefix: tuple[str, ...] = ("placeholder",)) -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.excerpt) for f in report.findings if f.rule.startswith(prefix)]


_CATALOGUE = {
    "privacy": {
        "intro": "欢迎使用{appName}。本政策说明我们如何收集您的个人信息。",
        "intro2": "欢迎使用{{appName}}，我们重视您的隐私。",
        "count": "我们已为您保存 {count, plural, one {# 条记录} other {# 条记录}}。",
        "updated": "最后更新于%s",
        "updated2": "生效日期：%1$s",
        "ios": "联系我们：%@",
        "rails": "您好，%{name}，感谢您的信任。",
        "linked": "@:common.appName 尊重您的隐私。",
        "contact": "如有疑问，请发送邮件至 {email} 联系我们。",
        "emailPlaceholder": "请输入邮箱",
        "companyHint": "请输入公司名称",
        "searchBox": "[請輸入關鍵字]",
        "inputEmail": "<您的电子邮件>",
    }
}
_SLOTS = {"privacy": {"slot": "本服务由[公司名称]提供。", "dummy": "联系邮箱：xxx@xxx.com", "constant": "运营方：{{COMPANY_NAME}}"}}


def test_catalogue_arguments_and_form_strings_are_no_slots(tmp_path: Path) -> None:
    text = json.dumps(_CATALOGUE, ensure_ascii=False, indent=2)
    assert _findings(tmp_path, "locales/zh-CN.json", text) == []


def test_slots_in_a_catalogues_values_are_still_found(tmp_path: Path) -> None:
    both = {"privacy": {**_CATALOGUE["privacy"], **_SLOTS["privacy"]}}
    found = _findings(tmp_path, "zh-CN.json", json.dumps(both, ensure_ascii=False, indent=2))
    excerpts = [f[2] for f in found]
    assert excerpts == ["[公司名称]", "xxx@xxx.com", "{{COMPANY_NAME}}"], found


def test_a_sentence_under_a_form_key_is_still_text(tmp_path: Path) -> None:
    text = json.dumps(
        {"privacyTip": "温馨提示：本应用由[公司名称]运营，请您在使用前仔细阅读本隐私政策的全部内容。"}, ensure_ascii=False, indent=2
    )
    assert [f[2] for f in _findings(tmp_path, "zh-CN.json", text)] == ["[公司名称]"]


def test_the_same_arguments_in_a_text_file_are_still_slots(tmp_path: Path) -> None:
    found = _findings(tmp_path, "policy.txt", "欢迎使用{appName}，联系 {email}。\n\n运营方：{{appName}}。\n")
    assert [f[2] for f in found] == ["{appName}", "{email}", "{{appName}}"], found


@pytest.mark.parametrize(
    ("excerpt", "expected"),
    [
        ("{count}", True),
        ("{ name }", True),
        ("{{appName}}", True),
        ("{{count, number}}", True),
        ("{count, plural, one {# 项} other {# 项}}", True),
        ("%s", True),
        ("%1$s", True),
        ("%@", True),
        ("%{name}", True),
        ("@:common.appName", True),
        ("{{COMPANY_NAME}}", False),
        ("{YOUR_EMAIL}", False),
        ("{公司名称}", False),
        ("[公司名称]", False),
        ("xxx@xxx.com", False),
    ],
)
def test_argument(excerpt: str, expected: bool) -> None:
    assert argument(excerpt) is expected


def test_a_module_of_locale_tables_is_judged_table_by_table(tmp_path: Path) -> None:
    hans = [
        "我们会收集您的设备信息和网络信息，用于提供服务。",
        "您可以随时删除您的个人信息，并撤回同意。",
        "我们不会向第三方出售您的个人信息。",
    ]
    hant = ["我們會蒐集您的裝置資訊和網路資訊，用於提供服務。", "您可以隨時刪除您的個人資料，並撤回同意。"]
    lines = ["export const messages = {", "  'zh-CN': {"]
    lines += [f"    p{i}: '{hans[i % 3]}'," for i in range(12)]
    lines += ["  },", "  zhHant: {"]
    lines += [f"    p{i}: '{t}'," for i, t in enumerate(hant)]
    lines += ["  },", "  en: {", "    p0: 'We collect your device information.',", "  },", "}"]
    text = "\n".join(lines) + "\n"
    assert _findings(tmp_path, "messages.js", text, ("script-mixed",)) == []
    # a stray character inside a table is still reported, held to that table's script
    stray = text.replace("我們會蒐集您的裝置資訊", "我們會蒐集您的裝置资讯").replace("我们会收集您的设备", "我们会收集您的設備", 1)
    found = _findings(tmp_path, "messages2.js", stray, ("script-mixed",))
    assert [(f[1], f[2]) for f in found] == [(3, "設備"), (17, "资讯")], found


def test_a_catalogue_whose_strings_hold_html_is_read_as_text(tmp_path: Path) -> None:
    text = (
        "const messages = {\n"
        "  'site_name': '好天氣',\n"
        "  'about': {\n"
        "    'contact': '你可以寄信到 {email}，或透過社群與 {site_name} 互動',\n"
        "    'full_text': '<p>更新日期：2019/03/01</p><p>我們重視您的隱私。</p><h5>1. 蒐集方式</h5><p>我們透過本網站蒐集您的個人資料。</p>'\n"
        "  }\n"
        "}\n\nexport default messages\n"
    )
    assert _findings(tmp_path, "lang/zh-TW.js", text) == []
    path = tmp_path / "lang" / "zh-TW.js"
    assert load(str(path)).source.format == "text"


def test_a_component_is_no_catalogue() -> None:
    page = (
        "export default function Privacy() {\n  return (\n    <div>\n      <h1>隐私政策</h1>\n      <p>{company}</p>\n    </div>\n  );\n}\n"
    )
    assert not is_catalogue("privacy.js", page)
    assert not is_catalogue("data.json", "[1, 2, 3]")


def test_a_json_file_that_is_no_catalogue_says_so(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text('[{"p": 1}, "隐私政策"]', encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert any("not a message catalogue" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("name", ["timer-json", "poka-tw-js", "poka-cn-js", "interco-ts", "mondpacks-ts"])
def test_locale38_dev_documents_have_no_false_slot_or_script_error(name: str) -> None:
    ann = json.loads((DOCS / name / "annotation.json").read_text(encoding="utf-8"))
    report = check_file(str(DOCS / name / ann["file"]), CheckOptions(no_config=True))
    wrong = [f for f in report.findings if f.severity == "error" and (f.rule.startswith("placeholder") or f.rule == "script-mixed")]
    assert wrong == []


def test_a_php_catalogue_and_a_flutter_arb_keep_their_arguments(tmp_path: Path) -> None:
    php = (
        "<?php\n"
        "$lang['Last updated on %s'] = '最后更新于%s';\n"
        '$lang[\'intro_1\'] = \'<a href="%s" target="_blank">应用A</a> 与 <a href="%s">应用B</a>是开源客户端。\';\n'
        "$lang['intro_2'] = '本隐私政策说明我们如何收集、使用您的信息，运营方：%1$s。';\n"
        "$lang['contact'] = '联系邮箱：xxx@xxx.com';\n"
    )
    assert [f[2] for f in _findings(tmp_path, "privacy.lang.php", php)] == ["xxx@xxx.com"]
    arb = {
        "@@locale": "zh",
        "privacyIntro": "欢迎使用{appName}，本政策说明我们如何处理您的个人信息。",
        "@privacyIntro": {"placeholders": {"appName": {"type": "String"}}},
        "privacyCount": "已保存{count, plural, other{{count} 条记录}}",
        "privacyOperator": "本应用由【公司名称】运营。",
    }
    found = _findings(tmp_path, "app_zh.arb", json.dumps(arb, ensure_ascii=False, indent=2))
    assert [f[2] for f in found] == ["【公司名称】"], found
