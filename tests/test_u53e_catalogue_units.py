"""`compare` on YAML and JS/TS message catalogues (u53e): read a string at a time and paired by key, as JSON and ARB are
(u52e); a module the reader does not understand is compared as one document, with a note."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import compare_folder, compare_product, sure_summary
from policylens.load.catalogue_units import catalogue_units, script_units, yaml_units

ROOT = Path(__file__).resolve().parent.parent

EN_YML = """en:
  privacy:
    title: Privacy Policy
    intro: "We respect your privacy and protect the personal data you give us when you use the app."
    collect: We collect your e-mail address and device identifier to provide the service to you.
    delete: If you wish to delete all of your data from our servers, contact us at privacy@example.com.
    share: We never sell your personal information to advertisers or other third parties.
"""
ZH_YML = """zh-TW:
  privacy:
    title: 隱私權政策
    intro: "我們尊重您的隱私，並保護您在使用本應用程式時提供給我們的個人資料。"
    collect: 我們收集您的電子郵件地址與裝置識別碼，以便向您提供服務。
    delete: 如有任何疑問，請透過 privacy@example.com 與我們聯絡。
"""
ZH_TS = """// 隐私政策
import type { Messages } from './types';
const zh: Messages = {
  privacy: {
    title: '隐私政策',
    intro: "我们尊重您的隐私，并保护您在使用本应用时提供给我们的个人数据。",
    collect: `我们收集您的电子邮件地址与设备标识符，以便向您提供服务。`,
    delete: '如有任何疑问，' +
      '请通过 privacy@example.com 与我们联系。',
  },
};
export default zh;
"""


def test_yaml_units_step_into_a_locale_root_and_keep_lines() -> None:
    text = "zh-TW:\n  privacy:\n    title: 隱私\n    body: |\n      第一段\n    items:\n      - 一\n      - '二'\n    n: 3\n"
    found = yaml_units(text)
    assert found is not None
    assert [(u.key, u.text, u.line, u.column, u.item) for u in found] == [
        ("privacy.title", "隱私", 3, 12, False),
        ("privacy.body", "第一段\n", 5, 1, False),
        ("privacy.items[0]", "一", 7, 9, True),
        ("privacy.items[1]", "二", 8, 10, True),
    ]
    # two locales at the root are two keys, not stepped into
    two = yaml_units("en:\n  a: x\nzh:\n  a: y\n")
    assert two is not None and [u.key for u in two] == ["en.a", "zh.a"]


def test_yaml_units_refuse_aliases_merges_lists_and_several_documents() -> None:
    assert yaml_units("a: &x\n  b: c\nd: *x\n") is None
    assert yaml_units("base: &b\n  x: y\nzh:\n  <<: *b\n  z: w\n") is None
    assert yaml_units("- a\n- b\n") is None
    assert yaml_units("a: b\n---\nc: d\n") is None
    assert yaml_units("a: [\n") is None


def test_script_units_read_the_usual_module_forms() -> None:
    forms = [
        "export default { a: 'x', b: { c: \"y\" } };\n",
        "'use strict';\nmodule.exports = {\n  a: 'x',\n  b: { c: 'y' },\n};\n",
        "const zh: Record<string, string> = { a: `x`, b: { c: 'y' } } as const;\nexport default zh;\n",
        "/* head */\nexport const zh = { // c\n a: 'x', /* c */ b: { c: 'y' }, n: 3, t: true };\nexport { zh as default };\n",
        "export default { 'zh-TW': { a: 'x', b: { c: 'y' } } };\n",
    ]
    for text in forms:
        found = script_units(text)
        assert found is not None, text
        assert [(u.key, u.text) for u in found] == [("a", "x"), ("b.c", "y")], text
    found = script_units("export default {\n  a: 'it\\'s \\u4e2d',\n  b: 'x' +\n    'y',\n  l: ['p', `q`],\n};\n")
    assert found is not None
    assert [(u.key, u.text, u.line, u.column, u.width, u.item) for u in found] == [
        ("a", "it's 中", 2, 7, 12, False),
        ("b", "xy", 3, 7, -1, False),  # joined by `+`: no single run in the source
        ("l[0]", "p", 5, 8, 1, True),
        ("l[1]", "q", 5, 13, 1, True),
    ]


def test_script_units_refuse_what_they_do_not_understand() -> None:
    refused = [
        "export default { a: () => 'x' };",  # a function
        "export default { a: foo };",  # a name used as a value
        "export default { ...base, a: 'x' };",  # a spread
        "export default { [k]: 'x' };",  # a computed key
        "export default { a: `x ${y}` };",  # a template that computes
        "const en = { a: 'x' };\nconst zh = { a: 'y' };\n",  # two literals: a module of two locales
        "const zh = { a: 'x' };\nconsole.log(zh);\n",  # code
        "export default defineMessages({ a: 'x' });",
        "export default { a: 'x'",  # not closed
    ]
    for text in refused:
        assert script_units(text) is None, text
    assert catalogue_units("a.json", '{"a": "x"}') is None  # JSON is `load.catalogue.units`'


def test_yaml_editions_are_paired_by_key(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "app", {"en.2024-01-01.yml": EN_YML, "zh-TW.2024-01-01.yml": ZH_YML})
    assert [e["sections"] for e in product["editions"]] == [5, 4]
    assert sure_summary(product) == [
        ("section-extra", "privacy.share"),  # the sell promise only the English has, as a key
        ("sentence-only", "If you wish to delete all of your data from our servers, contact us at privacy@example.com."),
    ]


def test_a_ts_edition_against_yaml_editions_by_key(tmp_path: Path) -> None:
    product = compare_folder(tmp_path / "app", {"en.2024-01-01.yml": EN_YML, "zh-CN.2024-01-01.ts": ZH_TS, "zh-TW.2024-01-01.yml": ZH_YML})
    assert [(e["id"], e["sections"]) for e in product["editions"]] == [
        ("en.2024-01-01", 5),
        ("zh-CN.2024-01-01", 4),
        ("zh-TW.2024-01-01", 4),
    ]
    assert ("section-extra", "privacy.share") in sure_summary(product)
    assert not [d for d in product["divergences"] if d["edition"] == "zh-CN.2024-01-01"]  # the same four keys, converted
    assert "warnings" not in product


def test_a_module_the_reader_refuses_is_one_document_with_a_note(tmp_path: Path) -> None:
    en = (
        "export default {\n  privacy: {\n    title: 'Privacy Policy',\n    year: () => new Date().getFullYear(),\n"
        "    intro: 'We respect your privacy and protect the personal data you give us when you use the app.',\n"
        "    collect: 'We collect your e-mail address and device identifier to provide the service to you.',\n  },\n};\n"
    )
    product = compare_folder(tmp_path / "app", {"en.2024-01-01.ts": en, "zh-CN.2024-01-01.ts": ZH_TS})
    assert [w["warning"] for w in product["warnings"]] == [
        "a module catalogue not read key by key (not one object literal of strings its reader understands): compared as one document"
    ]
    # its keys are no sections of a policy: no sure section entry; its facts are still read (the e-mail it lacks)
    assert sure_summary(product) == [("fact", "email")]


def test_an_i18n_tree_of_yaml_catalogues(tmp_path: Path) -> None:
    (tmp_path / "locales" / "en").mkdir(parents=True)
    (tmp_path / "locales" / "zh-TW").mkdir(parents=True)
    (tmp_path / "locales" / "en" / "privacy.yml").write_text(EN_YML, encoding="utf-8")
    (tmp_path / "locales" / "zh-TW" / "privacy.yml").write_text(ZH_YML, encoding="utf-8")
    (tmp_path / "locales" / "en" / "config.yml").write_text("a: b\nc: d\n", encoding="utf-8")  # no policy text: no product
    product = compare_product(tmp_path / "locales")
    assert product["product"] == "locales/privacy"
    assert [e["id"] for e in product["editions"]] == ["en", "zh-TW"]


def test_a_real_js_catalogue_pair_reads_as_its_keys_and_agrees(tmp_path: Path) -> None:
    """eval/locale38 poka-cn-js / poka-tw-js (PokaPlayer's `pravicy.js`, zh-CN and its zh-TW): twelve keys each, a
    faithful conversion; before, each was one paragraph of the module's text (0 sections)."""
    folder = tmp_path / "poka"
    folder.mkdir()
    shutil.copy(ROOT / "eval/locale38/docs/poka-cn-js/pravicy.js", folder / "zh-CN.2020-01-01.js")
    shutil.copy(ROOT / "eval/locale38/docs/poka-tw-js/pravicy.js", folder / "zh-TW.2020-01-01.js")
    # named in a manifest: a settings page's strings that never say 隐私 in a sentence are no policy a folder scan takes
    manifest = "".join(f'[[editions]]\nedition = "{t}"\ndate = 2020-01-01\npath = "{t}.2020-01-01.js"\n' for t in ("zh-CN", "zh-TW"))
    (folder / "policylens.toml").write_text(manifest, encoding="utf-8")
    product = compare_product(folder)
    assert [(e["id"], e["sections"]) for e in product["editions"]] == [("zh-CN.2020-01-01", 12), ("zh-TW.2020-01-01", 12)]
    assert product["divergences"] == [] and product["sentences"] == []
