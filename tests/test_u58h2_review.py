"""Defects found by u58h2's review of the fifty-eighth session's merged changes (u58t, u58w, u58l, u58q2).

`load.i18n_records` (u58l) dropped an i18n Record's short strings as a menu's or a button's labels even where no label
stands: the items of a list (「设备型号」「IP地址」「位置信息」: what is collected) and a value holding a number (a
contact's phone, the policy's date).  The base read every string of such a module as text; the new reading lost them.
A label directly under the policy's key (`privacy_back: 'Back'`, the menu's 「Privacy Policy」) is still not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from check_helpers import written_findings
from parse_helpers import parse_file

_RECORD = """export const translations = {
  en: {
    privacy: {
      title: "Privacy Policy",
      intro: "This Privacy Policy explains how we collect, use and share your personal information when you use our app.",
      back: "Back",
      collect: {
        title: "What we collect",
        items: ["Device model", "IP address", "Location"],
      },
    },
  },
  zh: {
    privacy: {
      title: "隐私政策",
      intro: "本隐私政策说明我们在您使用本应用及相关服务时如何收集、使用、共享和保护您的个人信息，请您仔细阅读并充分理解本政策的全部内容。",
      back: "返回",
      updated: "2024年7月1日",
      collect: {
        title: "我们收集的信息",
        items: ["设备型号", "IP地址", "位置信息"],
      },
      contact: {
        title: "联系我们",
        phone: "400-820-1234",
      },
    },
  },
};
"""


def test_short_list_items_and_numbers_of_a_record_are_read(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "translations.ts", _RECORD)
    assert any("i18n record" in w for w in doc.warnings)
    read = [p.text for s in doc.sections for p in s.paragraphs]
    for text in ("Device model", "IP address", "Location", "设备型号", "IP地址", "位置信息", "400-820-1234", "2024年7月1日"):
        assert text in read
    assert "Back" not in read and "返回" not in read  # a button's label stays out


_ZH_INTRO = "本隐私政策说明我们在您使用本应用及相关服务时如何收集、使用、共享和保护您的个人信息，请您仔细阅读并充分理解本政策的全部内容。"
_EN_INTRO = "This Privacy Policy explains how we collect, use and share your personal information when you use our app and services."


def _forms_record(tail: str) -> str:
    return (
        "{\n"
        '  "en": {\n'
        f'    "privacy": {{ "title": "Privacy Policy", "intro": "{_EN_INTRO}" }},\n'
        '    "form": {\n      "companyPlaceholder": "Enter [Company Name]",\n      "nameHint": "Please enter [your name]"\n    }\n'
        "  },\n"
        '  "zh": {\n'
        f'    "privacy": {{ "title": "隐私政策", "intro": "{_ZH_INTRO}" }},\n'
        '    "form": {\n      "companyPlaceholder": "请输入[公司名称]",\n      "tip": "请填写[公司名称]"' + tail + "\n    }\n"
        "  }\n"
        "}\n"
    )


def test_a_records_form_input_strings_stay_quiet_as_in_a_catalogue(tmp_path: Path) -> None:
    """(u58l) A JSON Record's other strings were checked as a page's script literals, its form inputs' hints too:
    「请输入[公司名称]」, "Enter [Company Name]" under `companyPlaceholder` were five false errors, which the base (a
    message catalogue: the form inputs' lines silenced) did not give.  A slot in another string stays a finding."""
    for name in ("locales.json", "translations.ts"):
        text = _forms_record("")
        if name.endswith(".ts"):
            text = "export const translations = " + text.replace('"en"', "en").replace('"zh"', "zh")
        doc = parse_file(tmp_path, name, text)
        assert any("i18n record" in w for w in doc.warnings), name
        assert [f for f in written_findings(tmp_path, name, text) if f[1].startswith("placeholder")] == [], name
    slot = _forms_record(',\n      "footer": "如有疑问，请联系[公司名称]客服部门，我们将尽快回复您。"')
    assert [line for line, _, excerpt in written_findings(tmp_path, "locales.json", slot) if "[公司名称]" in excerpt] == [14]


def test_unless_anywhere_outside_not_applicable_is_refused(tmp_path: Path) -> None:
    """(u58q2) `unless_anywhere` is read only in a `not_applicable` clause (its schema says so); the loader took it in a
    `cover` or `when` clause too and ignored it there, so a profile's author believed a cover guarded that was not."""
    from policylens.errors import UserError
    from policylens.profiles import load_profile

    head = (
        'schema = "policylens.profile/1"\nid = "mine"\ntitle = "Mine"\nlaw = "x"\n[[item]]\nid = "kids"\nname = "k"\nreference = "r"\n'
        'hint = "h"\nrule = "r"\ncondition = "c"\n'
    )
    for n, clause in enumerate(("cover", "when")):
        (tmp_path / str(n)).mkdir()
        path = tmp_path / str(n) / "mine.toml"
        cover = "" if clause == "cover" else "[[item.cover]]\nall = ['监护人同意']\n"
        path.write_text(f"{head}{cover}[[item.{clause}]]\nall = ['儿童']\nunless_anywhere = ['应取得']\n", encoding="utf-8")
        with pytest.raises(UserError, match="unless_anywhere"):
            load_profile(path)
    for n, clause in enumerate(("[[item.not_applicable]]\nfirm = true", "[[item.unless]]"), 2):
        (tmp_path / str(n)).mkdir()
        path = tmp_path / str(n) / "mine.toml"
        ruled_out = f"{clause}\nall = ['不收集儿童']\nunless_anywhere = ['应取得']\n"
        path.write_text(f"{head}[[item.cover]]\nall = ['监护人同意']\n{ruled_out}", encoding="utf-8")
        assert [p.pattern for c in load_profile(path).items[0].not_applicable for p in c.unless_anywhere] == ["应取得"]
