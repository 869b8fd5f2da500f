"""Review u48r (forty-eighth session): precision fixes to what the session merged, each a class written from an invented
form, both ways.

1. `rules.placeholder_owed`: the drafting-note forms fired on ordinary sentences said to the user or about the page:
   「之后需完善实名认证信息。」 (完善…信息 is what an app asks of its user), "Replace it with a new password before the
   release of the app update." (no text named after `with`), "If this page contains template text from our vendor, …"
   (not the sentence's subject), "Prepare the final version of your documents …" (a version is no text of the page).
   The notes the round found (`tests/test_u48k_placeholders.py`) stay found.
2. `load.jsx.attributes._switch_attribute` (u48l): a text prop's language switch whose English branch opens a line
   right after the `:` (「… "当前页面…" :⏎"This page…"」) had its `_=` name written over the line break: every later
   line of the page was reported a line too high.  The name goes only where two blanked spaces are (`_marker_room`);
   without them the Chinese edition alone is read, at its lines.
3. `rules.script_mixed.editions.japanese_string` (u48k): a `ja:` key anywhere earlier in an object hid every later string
   of it, and a quoted key `"ja":` counted as a label: 「{ ja: "利用規約", zh: "…保護…" }」 lost the Chinese string's 護.
   Now a key names only its own string; a label is a value (`lang: 'ja'`, `languageLabel: "日本語"`).
4. `load.jsx_local._SHOWN` (u48k): a component that hands its `title` on whole to another (`title={title}`) renders it as
   its heading; so did one handing it to the page head, `<Seo title={title} />`, `<Helmet title={title} />`: every
   self-closed use's title became a section heading the page never shows.  Now not for a component that shows no text
   of the page (`load.jsx_props.not_shown`).
5. `load.jsx.expressions._TEXT_CALL` (u48l): a call of one Chinese string that is a whole operand is read as the text
   shown (`{s('我們收集的資料')}`); so was `{console.log('调试信息')}`.  Not a log, a dialog or a state setter now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_file, rule_excerpts, slot_findings

_BODY = "\n\n生效日期：2024年1月1日\n\n我们收集您注册时提供的手机号码，用于登录和找回账号。\n"
_BODY_HANT = "\n\n生效日期：2024年1月1日\n\n我們收集您註冊時提供的手機號碼，用於登入和找回帳號。\n"
_EN_HEAD = "# 隐私政策 Privacy Policy" + _BODY + "\nWe collect your phone number to sign you in.\n\n"


def _slots(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    """(line, excerpt) of the placeholder findings of `check` on `text` written as a Markdown file."""
    path = tmp_path / "privacy.md"
    path.write_text(text, encoding="utf-8")
    return [(line, excerpt) for line, _, excerpt in slot_findings(path)]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("之后需完善实名认证信息。", _BODY),
        ("注册完成后，您可继续使用本服务。之后需完善实名认证信息。", _BODY),
        ("之后需补全您的收货地址信息。", _BODY),
        ("- 后续需完善个人资料信息", _BODY),
        ("之後需完善實名認證資訊。", _BODY_HANT),
        ("日后还需完善您的联系信息。", _BODY),  # still owed, but said to the reader
    ],
)
def test_completing_ones_own_information_is_no_drafting_note(tmp_path: Path, sentence: str, body: str) -> None:
    assert _slots(tmp_path, "# 隐私政策" + body + "\n" + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("之后仍需补全合作方名称和共享的信息。", _BODY),  # still owed: 仍
        ("後續還需補齊第三方共享資訊。", _BODY_HANT),
        ("后续需补齐数据收集和更新说明。", _BODY),  # a text part, not 信息: as before
    ],
)
def test_information_still_owed_is_a_drafting_note(tmp_path: Path, sentence: str, body: str) -> None:
    slots = _slots(tmp_path, "# 隐私政策" + body + "\n" + sentence + "\n")
    assert [line for line, _ in slots] == [7], slots


@pytest.mark.parametrize(
    "sentence",
    [
        "Replace it with a new password before the release of the app update.",
        "Replace this with a stronger one before the launch.",
        "If this page contains template text from our vendor, please contact us.",
        "We check whether this page is a sample text of a form before publishing it.",
        "Prepare the final version of your documents before the meeting.",
    ],
)
def test_english_sentences_to_the_user_are_no_drafting_note(tmp_path: Path, sentence: str) -> None:
    assert _slots(tmp_path, _EN_HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Replace it with the approved policy text before the launch.",
        "Replace this with counsel-approved wording before publication.",
        "Note: this page contains placeholder text for review.",
        "- This page contains template legal copy for handoff purposes only.",
    ],
)
def test_english_drafting_notes_are_still_found(tmp_path: Path, sentence: str) -> None:
    slots = _slots(tmp_path, _EN_HEAD + sentence + "\n")
    assert [line for line, _ in slots] == [9], slots


_SWITCH_PAGE = """export default function Page({{ locale }}: {{ locale: string }}) {{
  return (
    <main>
      <h1>隐私政策</h1>
      <Notice noticeBody={{locale === "zh" ? "当前页面为模板示例文本，上线前需替换。"{between}"This page contains template legal copy."}} />
      <p>我们收集您的手机号码，用于登录和找回账号。</p>
    </main>
  );
}}
"""


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # the `:` ends the line, the English branch opens the next at column 1: no room to name it, Chinese alone
        (" :\n", [(5, 46, "当前页面为模板示例文本，上线前需替换。"), (7, 10, "我们收集您的手机号码，用于登录和找回账号。")]),
        (
            "\n  : ",  # room before the quote: both editions, each at its own line
            [
                (5, 46, "当前页面为模板示例文本，上线前需替换。"),
                (6, 6, "This page contains template legal copy."),
                (7, 10, "我们收集您的手机号码，用于登录和找回账号。"),
            ],
        ),
        (
            " : ",
            [
                (5, 46, "当前页面为模板示例文本，上线前需替换。"),
                (5, 70, "This page contains template legal copy."),
                (6, 10, "我们收集您的手机号码，用于登录和找回账号。"),
            ],
        ),
    ],
)
def test_a_switch_prop_keeps_every_later_line(tmp_path: Path, between: str, expected: list[tuple[int, int, str]]) -> None:
    doc = parse_file(tmp_path, "page.tsx", _SWITCH_PAGE.format(between=between))
    assert [(p.line, p.column, p.text) for s in doc.sections for p in s.paragraphs] == expected


_OBJECTS = """export const legal = {{
  terms: {other},
  note: "我们不会收集您传输的文件内容，相关数据仅保存在您的设备上。",
}};
"""


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ('{ ja: "利用規約", zh: "我们为您提供文件传输服务，并保護您的账号安全。" }', ["護"]),  # the zh string's own
        ('{ "ja": "利用規約", "zh": "我们为您提供文件传输服务，并保護您的账号安全。" }', ["護"]),  # a quoted key is no label
        ('{ "ja-JP": "我们为您提供文件传输服务，并保護您的账号安全。" }', []),  # its own key: Japanese
        ('{ zh: "我们为您提供文件传输服务。", ja: "利用規約" }', []),
        ("{ lang: 'ja', title: '利用規約' }", []),  # a label: the object is the Japanese edition
    ],
)
def test_a_japanese_key_names_only_its_own_string(tmp_path: Path, other: str, expected: list[str]) -> None:
    assert rule_excerpts(tmp_path, _OBJECTS.format(other=other), "script-mixed", "legal.js") == expected


_HANDED_ON = """function PolicyBlock({{ title, content }}: {{ title: string; content: string }}) {{
  return (
    <section>
      <{component} title={{title}} />
      <p>{{content}}</p>
    </section>
  );
}}

export default function Page() {{
  return (
    <main>
      <h1>隐私政策</h1>
      <PolicyBlock title="信息收集" content="我们收集您的手机号码，用于登录和找回账号。" />
      <PolicyBlock title="信息共享" content="我们不会向第三方出售您的个人信息。" />
    </main>
  );
}}
"""


@pytest.mark.parametrize(
    ("component", "titles"),
    [
        ("SectionHeader", ["信息收集", "信息共享"]),  # shown on the page: the section's heading (u48k)
        ("Seo", []),  # the page head's: no heading
        ("Helmet", []),
        ("Head", []),
    ],
)
def test_a_title_handed_to_the_page_head_is_no_heading(tmp_path: Path, component: str, titles: list[str]) -> None:
    doc = parse_file(tmp_path, "page.tsx", _HANDED_ON.format(component=component))
    assert [s.title for s in doc.sections if s.title and s.level >= 1] == titles


_CALL_PAGE = """export default function Page() {{
  return (
    <main>
      <h1>隐私政策</h1>
      <p>我们收集您的手机号码，用于登录和找回账号。</p>
      <p>{{{call}('我们不会向第三方出售您的个人信息。')}}</p>
    </main>
  );
}}
"""


@pytest.mark.parametrize(
    ("call", "read"),
    [
        ("s", True),  # the page's converter: its argument is the text shown (u48l)
        ("i18n.t", True),
        ("console.log", False),
        ("console.warn", False),
        ("alert", False),
        ("setNotice", False),
        ("window.alert", False),
    ],
)
def test_a_call_that_shows_nothing_is_not_read(tmp_path: Path, call: str, read: bool) -> None:
    doc = parse_file(tmp_path, "page.jsx", _CALL_PAGE.format(call=call))
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts == ["我们收集您的手机号码，用于登录和找回账号。"] + (["我们不会向第三方出售您的个人信息。"] if read else [])
