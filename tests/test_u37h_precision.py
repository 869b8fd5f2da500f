"""u37h, thirty-seventh session (issue #11: no error-level finding on a clean real policy).

- A key passed to a localization function (`localized("隱私權政策")` in a Simplified SwiftUI file, `t('…')`,
  `_('…')`, `tr('…')`, `NSLocalizedString(…)`, `String(localized:)`) is code the app looks up: shown as-is only when no
  translation exists.  `script-mixed` on it is uncertain, so a warning that says so, never an error
  (`cli/policylens/rules/lookup_key.py`; `eval/blind/round37/dev/moyue-swift`: three false errors).  The same
  characters in a literal the app shows (`Text("…")`, a plain string) are still errors.
- Kotlin and Java sources named on the command line have their comments blanked as Swift's are
  (`cli/policylens/load/swift.py`'s `blank_comments`, reused by the loader for `.kt`, `.kts`, `.java`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.load.swift import BLANKED_SUFFIXES
from policylens.rules.lookup_key import in_lookup_key

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "eval" / "blind" / "round37" / "dev"
BODY = "我们非常重视你的隐私。本政策说明我们如何处理你的数据，你使用本应用即表示你阅读并理解本政策。"


def _mixed(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.severity, f.line, f.excerpt) for f in report.findings if f.rule == "script-mixed"]


# --- lookup keys ------------------------------------------------------------------------------------------------------

_KEYS = [
    'return localized("隱私權政策")',
    'NSLocalizedString("隱私權政策", comment: "")',
    'String(localized: "隱私權政策")',
    'LocalizedStringKey("隱私權政策")',
    "{t('隱私權政策')}",
    "i18n.t('隱私權政策')",
    "{{ $t('隱私權政策') }}",
    "this.$t(`隱私權政策`)",
    "_('隱私權政策')",
    "gettext('隱私權政策')",
    "self.tr('隱私權政策')",
    'qsTr("隱私權政策")',
    "QCoreApplication.translate('Policy', '隱私權政策')",
]
_SHOWN = [
    'Text("隱私權政策")',
    'let title = "隱私權政策"',
    'format("隱私權政策")',
    'start("隱私權政策")',
    'localized("key") + "隱私權政策"',
    "隱私權政策 t('a')",
    "QCoreApplication.translate('隱私權政策', 'key')",
]


@pytest.mark.parametrize("line", _KEYS)
def test_a_lookup_key_is_recognised(line: str) -> None:
    i = line.index("隱")
    assert in_lookup_key(line, i, i + 2)


@pytest.mark.parametrize("line", _SHOWN)
def test_a_shown_literal_is_no_lookup_key(line: str) -> None:
    i = line.index("隱")
    assert not in_lookup_key(line, i, i + 2)


@pytest.mark.parametrize(
    ("name", "line"), [("Policy.swift", _KEYS[0]), ("Policy.swift", _KEYS[2]), ("page.tsx", _KEYS[4]), ("policy.py", _KEYS[8])]
)
def test_script_mixed_in_a_lookup_key_is_a_warning(tmp_path: Path, name: str, line: str) -> None:
    found = _mixed(tmp_path, name, f"{line}\n{BODY}\n")
    assert found, "still reported"
    assert {sev for sev, _, _ in found} == {"warning"}, found


@pytest.mark.parametrize(("name", "line"), [("Policy.swift", _SHOWN[0]), ("Policy.swift", _SHOWN[1]), ("policy.txt", _SHOWN[4])])
def test_script_mixed_in_a_shown_literal_is_still_an_error(tmp_path: Path, name: str, line: str) -> None:
    # (u43j) a SwiftUI view is read as its views' text, its code blank: the body is a view's text there too
    body = f'Text("{BODY}")' if name.endswith(".swift") else BODY
    found = _mixed(tmp_path, name, f"{line}\n{body}\n")
    assert found and {sev for sev, _, _ in found} == {"error"}, found


def test_dev_swift_lookup_keys_are_no_errors() -> None:
    report = check_file(str(DEV / "moyue-swift" / "MoYueLegalDocument.swift"), CheckOptions(no_config=True))
    keys = [f for f in report.findings if f.rule == "script-mixed"]
    assert [f.line for f in keys] == [16, 16, 18]
    assert {f.severity for f in keys} == {"warning"}
    assert [f for f in report.findings if f.severity == "error"] == []


# --- Kotlin and Java comments -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".kt", ".kts", ".java"])
def test_kotlin_and_java_comments_are_no_text(tmp_path: Path, suffix: str) -> None:
    src = f'// 上游应用「閱讀」的网页不再引用。\n/* 舊版說明 */\nval body = "{BODY}"\nval url = "https://example.com/隱私"\n'
    found = _mixed(tmp_path, "Policy" + suffix, src)
    assert [line for _, line, _ in found] == [4], found  # the literal's characters are read, the comments' are not


def test_the_same_comment_in_a_text_file_is_read(tmp_path: Path) -> None:
    found = _mixed(tmp_path, "Policy.txt", f"// 上游应用「閱讀」的网页不再引用。\n{BODY}\n")
    assert [line for _, line, _ in found] == [1], found


def test_the_loader_blanks_the_named_suffixes() -> None:
    src = (ROOT / "cli" / "policylens" / "load" / "__init__.py").read_text(encoding="utf-8")
    assert "endswith((" + ", ".join(f'"{s}"' for s in BLANKED_SUFFIXES) + "))" in src


# --- an admonition's title over a policy --------------------------------------------------------------------------------

_HANT_BODY = "我們非常重視您的隱私。本政策說明我們如何處理您的資料，您使用本服務即表示您閱讀並理解本政策。"


def test_an_admonition_title_is_a_warning(tmp_path: Path) -> None:
    src = f'# 隱私政策\n\n!!! summary "元数据"\n\n    ```yaml\n    收录时间: 2022-01-26\n    ```\n\n{_HANT_BODY}\n'
    found = _mixed(tmp_path, "privacy.zh_TC.md", src)
    assert found == [("warning", 3, "数")], found


@pytest.mark.parametrize(
    "line",
    [
        "!!! summary 元数据",  # no quoted title: an ordinary paragraph
        '注意 "元数据" 的说明',  # a quotation in prose
        '!!! summary "元數據" 元数据',  # after the title
    ],
)
def test_text_outside_an_admonition_title_is_still_an_error(tmp_path: Path, line: str) -> None:
    found = _mixed(tmp_path, "privacy.zh_TC.md", f"# 隱私政策\n\n{line}\n\n{_HANT_BODY}\n")
    assert found and {sev for sev, _, _ in found} == {"error"}, found


def test_precision_archive_titles_are_no_errors() -> None:
    for path in (
        ROOT / "eval" / "precision12" / "xiaomi-tc" / "小米隐私政策.zh_TC.md",
        ROOT / "eval" / "precision28" / "bbc-zhtc-md" / "保密政策.zh_TC.md",
    ):
        report = check_file(str(path), CheckOptions(no_config=True))
        head = [f for f in report.findings if f.rule == "script-mixed" and f.line <= 12]
        assert head and {f.severity for f in head} == {"warning"}, (path, head)
