"""Round27b's miss classes (twenty-seventh session, `u27q`), with invented text both ways.

- the text calling itself placeholder text: 「本文为占位条款」, 「（以上为占位草案，…）」, a version line ending
  「・ 占位内容」 (`drafting_notes` `isplaceholder`, `phtail`); not a placeholder the app shows (占位符, 占位内容 loaded
  before an image), nor 「以上为我们收集的全部信息」;
- a contact's e-mail field named with the Latin word in full-width brackets, qualified as the operator's:
  「【聯絡 Email】」, 「【客服E-mail】」, 「【联系 email 地址】」 (`vocabulary._FIELD_QUALIFIED`); not 【Email】 alone (emphasis
  of a data item) nor a bracket followed by its value;
- a contact lead-in whose value a React page prints from its code (「请联系：{siteConfig.company.email}」) is not
  empty (read, at the lead's merge, by round27's mechanism: `load.jsx.blank_jsx` records the printed values, `Context.shown_after`); a spacer `{" "}`, an attribute's
  value or nothing after it is no such value.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from test_placeholder_classes import _placeholders


def _found(tmp_path: Path, text: str, suffix: str = "md") -> list[tuple[int, str]]:
    """(line, rule) of every placeholder finding of `check` on `text` written as policy.SUFFIX."""
    return [(f.line, f.rule) for f in _placeholders(tmp_path, text, suffix)]


_HANS = "# 隐私政策\n\n## 一、我们收集的信息\n\n我们收集您的手机号码。\n\n{line}\n"
_HANT = "# 隱私政策\n\n## 一、我們收集的資料\n\n我們收集您的手機號碼。\n\n{line}\n"


@pytest.mark.parametrize(
    "line",
    [
        "草案，上线前需专业复核。本文为占位条款，不构成正式法律文件。",
        "（以上为占位草案，正式内容待专业法律复核后发布。）",
        "版本：draft-2026-07 ・ 占位内容",
        "本页面内容均为占位文本，请勿引用。",
        "此页为占位页面。",
        "版本：v0.3 | 占位草稿",
    ],
)
def test_text_calling_itself_placeholder_is_found(tmp_path: Path, line: str) -> None:
    assert (7, "placeholder-instruction") in _found(tmp_path, _HANS.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "本文為佔位條款，正式內容待法律審閱後發布。",
        "版本：2026-07 · 佔位內容",
    ],
)
def test_text_calling_itself_placeholder_is_found_hant(tmp_path: Path, line: str) -> None:
    assert (7, "placeholder-instruction") in _found(tmp_path, _HANT.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "图片加载前，本应用会显示占位内容。",
        "以上为我们收集的全部信息。",
        "本应用使用占位符显示未加载的图片。",
        "版本：v1.0 ・ 正式版",
        "本政策为正式版本，自发布之日起生效。",
        "加载时显示灰色方块 · 占位内容由系统生成",
    ],
)
def test_placeholder_words_of_the_app_are_not_found(tmp_path: Path, line: str) -> None:
    assert _found(tmp_path, _HANS.format(line=line)) == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (_HANT.format(line="您可隨時要求刪除帳號與相關資料，請來信【聯絡 Email】。"), 7),
        (_HANT.format(line="如對本政策有任何疑問，請聯絡：【聯絡 Email】"), 7),
        (_HANT.format(line="客服信箱：【客服E-mail】"), 7),
        (_HANS.format(line="如有疑问，请发送邮件至【联系 email 地址】。"), 7),
        (_HANS.format(line="隐私问题请联系【隐私 Email】。"), 7),
    ],
)
def test_latin_email_field_in_brackets_is_found(tmp_path: Path, text: str, line: int) -> None:
    assert (line, "placeholder-instruction") in _found(tmp_path, text)


@pytest.mark.parametrize(
    "line",
    [
        "我們會收集您的【Email】及手機號碼。",
        "請於【設定】頁面更改您的 Email。",
        "【聯絡 Email】：privacy@hk-shop.com.hk",
    ],
)
def test_latin_email_look_alikes_are_not_found(tmp_path: Path, line: str) -> None:
    assert _found(tmp_path, _HANT.format(line=line)) == []


def test_the_round27b_pages_in_tsx(tmp_path: Path) -> None:
    """The two classes in a React page, as round27b met them (invented text)."""
    page = (
        "export default function Privacy() {\n"
        "  return (\n"
        "    <main>\n"
        '      <p className="notice">草案。本文为占位条款，不构成正式法律文件。</p>\n'
        "      <h1>某某 隐私政策</h1>\n"
        "      <h2>一、联系我们</h2>\n"
        "      <p>如对本政策有任何疑问，请联系：【联系 Email】</p>\n"
        "    </main>\n"
        "  );\n"
        "}\n"
    )
    found = _found(tmp_path, page, "tsx")
    assert (4, "placeholder-instruction") in found
    assert (7, "placeholder-instruction") in found


# --- a lead-in whose contact a React page prints from its code ----------------------------------------------------------

_COMPUTED = """export default function P() {
  return (
    <main>
      <h1>隐私政策</h1>
      <h2>一、我们收集的信息</h2>
      <p>我们收集以下信息：{" "}</p>
      <h2>二、联系我们</h2>
      <p>如对本政策有任何疑问，请联系：</p>
      <h2>三、其他</h2>
      <p>如对本政策有任何疑问，请联系：{siteConfig.company.email}</p>
      <p>如需行使上述权利，请联系：</p>
      <p>{contact.email}</p>
      <h2 className={cls}>四、再次</h2>
      <p style={{color: "red"}}>如需帮助，请联系：</p>
    </main>
  );
}
"""


def test_lead_in_before_a_computed_value_is_not_empty(tmp_path: Path) -> None:
    """「请联系：{siteConfig.company.email}」 prints the contact at run time (round27b's false error); a spacer
    `{" "}`, an attribute's value and an empty lead-in are no such value."""
    path = tmp_path / "page.tsx"
    path.write_text(_COMPUTED, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    lines = sorted(f.line for f in report.findings if f.rule == "enumeration-lead-in")
    assert lines == [6, 8, 14]
