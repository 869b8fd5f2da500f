"""A document template literal's `${NAME}` naming a string constant of the same file is read as its text (u55j).

eval/profiles55p photospeak-bil: a TS backend keeps its policy as HTML in a template literal, with `const LAST_UPDATED =
'2026-05-05';` and `const SUPPORT_EMAIL = '…';` above it, shown as 「最后更新：${LAST_UPDATED}」 and 「请发邮件至
<a href="mailto:${SUPPORT_EMAIL}">${SUPPORT_EMAIL}</a>」.  `load.page_literals` kept each slot as written: a page with no
date (us-ccpa/last-updated missing) and no address.  The rule (`page_literals._constant_hole`): a name bound once in
the file, as a `const` of one plain string literal (`shown_constants.js_string_constants`), is written as that text,
at the slot's own line; any other slot (an import, a name bound twice, a computed value, a call) stays as written in
prose and HTML (blanked in Markdown, as before), and is no empty slot for the placeholder rules.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from helpers import parse_file, parse_path, shown_lines, written_findings

_BODY = "".join(
    f"<h3>{n}、第{n}节</h3>\n<p>我们会依照本政策说明的方式处理您的个人信息，并采取合理的安全措施加以保护，以免泄露。</p>\n"
    for n in "一二三四"
)
_SOURCE = f"""import {{ SITE }} from './site';

const LAST_UPDATED = '2026-05-05';
const SUPPORT_EMAIL = 'help@photospeak.cn';
EXTRA
export function privacyHtml(): string {{
  return `
<h2>隐私政策</h2>
<p>最后更新：${{LAST_UPDATED}}</p>
{_BODY}<p>如有疑问，请发邮件至 <a href="mailto:${{SUPPORT_EMAIL}}">${{SUPPORT_EMAIL}}</a>。</p>
<p>网站：${{SITE}}</p>
`;
}}
"""


def _texts(tmp_path: Path, name: str, source: str) -> list[tuple[int | None, str]]:
    return shown_lines(parse_file(tmp_path, name, source))


def test_a_same_file_string_constant_is_read_as_its_text_at_the_slot(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "legal.ts", _SOURCE.replace("EXTRA", ""))
    lines = shown_lines(doc)
    assert (9, "最后更新：2026-05-05") in lines
    assert (18, "如有疑问，请发邮件至help@photospeak.cn。") in lines
    assert (19, "网站：${SITE}") in lines  # (an import: kept as written, no value invented)
    assert doc.metadata.updated == "2026-05-05"  # type: ignore[attr-defined]
    findings = written_findings(tmp_path, "legal2.ts", _SOURCE.replace("EXTRA", ""))
    assert [f for f in findings if f[1].startswith("placeholder") or f[1] == "date-format"] == []


def test_a_name_that_is_no_plain_constant_stays_as_written(tmp_path: Path) -> None:
    cases = {
        "bound-twice": "let LAST_UPDATED = 'x';",
        "computed": "",  # (the constant itself made a call below)
    }
    for name, extra in cases.items():
        source = _SOURCE.replace("EXTRA", extra)
        if name == "computed":
            source = source.replace("const LAST_UPDATED = '2026-05-05';", "const LAST_UPDATED = new Date().toISOString();")
        lines = _texts(tmp_path, f"{name}.ts", source)
        assert (9, "最后更新：${LAST_UPDATED}") in lines, name
        assert (18, "如有疑问，请发邮件至help@photospeak.cn。") in lines, name
        findings = written_findings(tmp_path, f"{name}2.ts", source)
        assert [f for f in findings if f[1].startswith("placeholder")] == [], name


def test_a_shorter_value_leaves_no_space_behind(tmp_path: Path) -> None:
    """eval/profiles46c kinroster-tw (a prose literal, read as text): 「（暫行版本 ${CONSENT_TEXT_VERSION}）」 is the version
    and its bracket, not 「v0-provisional-2026-05 ）」 (the value padded to the slot's length, a space text keeps)."""
    doc = parse_path(ROOT / "eval" / "profiles46c" / "docs" / "kinroster-tw" / "consentText.ts")
    assert doc.metadata.title == "【個人資料處理同意書（暫行版本 v0-provisional-2026-05）】"  # type: ignore[attr-defined]


def test_a_markdown_literal_reads_the_constant_and_still_blanks_other_slots(tmp_path: Path) -> None:
    """In a Markdown literal a `${…}` was blanked: a same-file constant is now its text, anything else still blanked."""
    body = "".join(f"## {n}、第{n}节\n\n我们会依照本政策说明的方式处理您的个人信息，并采取合理的安全措施加以保护。\n\n" for n in "一二三")
    source = (
        "const UPDATED = '2026年5月5日';\n"
        "export const PRIVACY_MD = `# 隐私政策\n\n更新日期：${UPDATED}\n\n" + body + "联系邮箱：${getMail()}\n`;\n"
    )
    lines = _texts(tmp_path, "policy.ts", source)
    assert (4, "更新日期：2026年5月5日") in lines
    assert not any("getMail" in text or "${" in text for _, text in lines)
