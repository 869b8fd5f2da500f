"""Fiftieth session (u50k): issue #11's open classes, as classes.

- a note to whoever deploys the page left in the published policy (`rules.placeholder_deployer`): 「请按法规完成备案并在应用内
  展示有效备案编号」, its Traditional and English forms (eval/blind/round49e askar-zh-html L29);
- a trailing `// 注释` after code on a line of a script module read as text is code (`load.catalogue`): a slot word in it
  is no finding, the strings before it are still read.

Each in other forms (Traditional, Simplified, English; Markdown, HTML, TSX, Vue), with near misses that must stay quiet,
and the real lines as regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines, written_slots
from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parents[1]


# --- a deployer's filing note --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            HEAD_HANS,
            [
                "注：在大陆提供联网信息服务时，请按法规完成备案并在应用内展示有效备案编号。",
                "请在上架前办理ICP备案，并于页面底部标注备案号。",
                "务必依法取得许可证，并在首页公示许可证编号。",
            ],
        ),
        (HEAD_HANT, ["注：請依法辦理備案，並於頁面公示備案號。", "請按法規完成備案並在應用程式內顯示備案編號。"]),
        (
            HEAD_EN,
            [
                "Note: complete the ICP filing and display the record number in the app.",
                "Please obtain an ICP licence before launch and show the licence number in the footer.",
            ],
        ),
    ],
)
def test_filing_note_is_a_slot(tmp_path: Path, head: str, lines: list[str]) -> None:
    assert paragraph_slot_lines(tmp_path, head, lines) >= paragraph_lines(lines)


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            HEAD_HANS,
            [
                "本应用已按法规完成备案，备案编号：京ICP备12345678号。",
                "我们将按法规完成备案并在应用内展示备案编号。",
                "开发者请按法规完成备案并在小程序内展示备案编号。",
                "我们需按照法律规定完成备案，并展示备案编号。",
                "您可以在应用底部查看我们的备案编号。",
            ],
        ),
        (HEAD_HANT, ["本公司已依法辦理備案，備案號公示於網站底部。", "商家請依法辦理備案並於頁面公示備案號。"]),
        (
            HEAD_EN,
            [
                "We completed our ICP filing; the record number is shown below.",
                "Developers: please obtain an ICP licence and display the licence number in your mini program.",
            ],
        ),
    ],
)
def test_filing_statements_stay_quiet(tmp_path: Path, head: str, lines: list[str]) -> None:
    assert not paragraph_slot_lines(tmp_path, head, lines) & paragraph_lines(lines)


_HTML = (
    '<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>隐私政策</title></head>\n<body>\n'
    "<h1>隐私政策</h1>\n<p>我们重视您的隐私。我们收集您的邮箱，用于登录。</p>\n"
    '<div class="box">\n  <strong>运营商信息：</strong>\n  <p>名称：某某科技有限公司</p>\n'
    "  <p><em>注：在大陆提供联网信息服务时，请按法规完成备案并在应用内展示有效备案编号。</em></p>\n</div>\n</body>\n</html>\n"
)
_TSX = (
    "export default function Privacy() {\n  return (\n    <main>\n      <h1>隱私權政策</h1>\n"
    "      <p>我們重視您的隱私。我們蒐集您的電子郵件，用於登入。</p>\n"
    "      <p>注：請依法辦理備案，並於頁面公示備案號。</p>\n    </main>\n  );\n}\n"
)
_VUE = (
    '<template>\n  <div class="policy">\n    <h1>隐私政策</h1>\n    <p>我们重视您的隐私。我们收集您的邮箱，用于登录。</p>\n'
    "    <p>注：请按法规完成备案并在应用内展示有效备案编号。</p>\n  </div>\n</template>\n"
)


@pytest.mark.parametrize(("name", "text", "line"), [("p.html", _HTML, 10), ("page.tsx", _TSX, 6), ("Privacy.vue", _VUE, 5)])
def test_filing_note_in_pages(tmp_path: Path, name: str, text: str, line: int) -> None:
    assert line in {ln for ln, _ in written_slots(tmp_path, name, text)}


def test_askar_real_line() -> None:
    """eval/blind/round49e askar-zh-html L29: the filing note in the operator box is found with the box's other slots."""
    path = _ROOT / "eval/blind/round49e/dev/askar-zh-html/privacy-zh.html"
    report = check_file(str(path), CheckOptions())
    lines = {f.line for f in report.findings if f.rule.startswith("placeholder-")}
    assert lines == {25, 26, 27, 28, 29, 70}


# --- a trailing `// …` comment after code on a line of a script module -------------------------------------------------

_TS_MODULE = (
    "export const privacyContent = {\n"
    "  title: '隐私政策',\n"
    "  intro: '我们重视您的隐私。我们收集您的邮箱，用于登录。',\n"
    "  company: '深圳市某某科技有限公司', // TODO: 替换为真实公司名称\n"
    "  contact: 'support@realco.cn', // 待补充：客服电话\n"
    "  site: 'https://realco.cn/privacy', // 已确认，勿改\n"
    "  email: '[请填写邮箱]', // 上线前替换\n"
    "  note: `第一行 https://realco.cn/a\n第二行 // 不是注释 [请填写电话]`,\n"
    "};\n"
)


def test_trailing_comment_is_code(tmp_path: Path) -> None:
    """The note after `//` is the developer's; the strings before it on the line are still read (某某, 【请填写邮箱】), and
    `//` inside a string (a URL, a template across lines) opens no comment."""
    found = {(line, excerpt) for line, excerpt in written_slots(tmp_path, "content.ts", _TS_MODULE)}
    assert (4, "某某") in found and (7, "[请填写邮箱]") in found and (9, "[请填写电话]") in found
    assert not {line for line, excerpt in found if excerpt in ("TODO", "替换为真实公司名称", "待补充")}


_TW_TABLES = (
    "const messages = {\n"
    "  zh_TW: {\n"
    "    privacyTitle: '隱私權政策',\n"
    "    privacyBody: '我們重視您的隱私。我們蒐集您的電子郵件，用於登入。', // 文案待法務確認\n"
    "    privacyContact: '客服信箱：xxx@xxx.com', // 占位\n"
    "  },\n"
    "  en: {\n"
    "    privacyTitle: 'Privacy Policy', // TBD wording\n"
    "  },\n"
    "};\n"
    "export default messages;\n"
)


def test_trailing_comment_in_locale_tables(tmp_path: Path) -> None:
    found = written_slots(tmp_path, "messages.js", _TW_TABLES)
    assert 5 in {line for line, _ in found}  # the dummy mailbox in the string
    assert not [(line, excerpt) for line, excerpt in found if line in (4, 8)]


def test_trailing_comments_scanner() -> None:
    from policylens.load.catalogue import module_trailing_comments

    text = (
        "a = 'x' // one\n"
        "// whole line\n"
        "b = \"http://x\" + 'y' // two\n"
        "c = `multi\n"
        "// inside a template\n"
        "end` // three\n"
        "/* block // not */ d = 1\n"
        "e = 'it\\'s // still a string'\n"
        "f = 2 //\n"
    )
    assert module_trailing_comments(text) == ((1, 9), (3, 22), (6, 6))


# --- English holes where a name was deleted (placeholder-empty) --------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            HEAD_EN,
            [
                "When you use any product and/or service of , it means that you agree to this policy.",
                "Thank you for your use and trust in . We will continue to improve.",
                'We hope to adopt the " Privacy Policy" to explain how we handle your information.',
                "This policy is provided by , and applies to all services.",
            ],
        ),
        (HEAD_HANS, ["您可以阅读英文版本: Thank you for your trust in . We value it."]),
    ],
)
def test_english_deleted_name_is_a_slot(tmp_path: Path, head: str, lines: list[str]) -> None:
    assert paragraph_slot_lines(tmp_path, head, lines) >= paragraph_lines(lines)


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            HEAD_EN,
            [
                "We collect your name, email, phone number and so on .",
                "The data we rely on, and the purposes, are listed below.",
                'Read our "Privacy Policy" and our "Terms of Service" before use.',
                "Opt in or opt out at any time in Settings.",
                "Set `path.join(dir, '.')` to the current folder.",
            ],
        ),
    ],
)
def test_english_near_misses_stay_quiet(tmp_path: Path, head: str, lines: list[str]) -> None:
    assert not paragraph_slot_lines(tmp_path, head, lines) & paragraph_lines(lines)


# --- a pane whose text was never set -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("page.txt", "Login\n\nInfo\n\nNot Set\n\nPrivacy\n\n本網站重視您的隱私。我們僅蒐集必要的資料，用於提供服務。\n", 5),
        ("policy.md", "# 網站資訊\n\n## 簡介\n\n未設定\n\n## 隱私權政策\n\n本網站重視您的隱私。我們僅蒐集必要的資料。\n", 5),
        ("policy.md", "# 关于我们\n\n## 说明\n\n尚未设置\n\n## 隐私政策\n\n我们重视您的隐私。我们收集您的邮箱，用于登录。\n", 5),
    ],
)
def test_unset_pane_is_a_slot(tmp_path: Path, name: str, text: str, line: int) -> None:
    assert line in {ln for ln, _ in written_slots(tmp_path, name, text)}


@pytest.mark.parametrize(
    "text",
    [
        "# 帳號設定\n\n## 電子郵件\n\n未設定\n\n## 手機號碼\n\n0912345678\n",  # a field's value in a settings screen
        "# Privacy Policy\n\nInfo\n\nThe cookie is not set until you agree.\n",  # a sentence
        "# 隐私政策\n\n## 简介\n\n我们重视您的隐私。默认情况下该选项未设置。\n",  # inside prose
    ],
)
def test_unset_value_stays_quiet(tmp_path: Path, text: str) -> None:
    found = {ln for ln, _ in written_slots(tmp_path, "policy.md", text)}
    assert not found


def test_round50_real_lines() -> None:
    """eval/blind/round50 (dev): apsc-tw-txt L9 「Not Set」 under Info; immatch-en-txt L3, L4, L16, and L17 'services of
    and products and/or' (u51p3: products/services on both sides, the second ending its phrase; not 'the use of and
    access to')."""
    for name, lines in (("apsc-tw-txt", {9}), ("immatch-en-txt", {3, 4, 16, 17})):
        path = _ROOT / "eval/blind/round50/dev" / name / "page.txt"
        report = check_file(str(path), CheckOptions())
        found = {f.line for f in report.findings if f.rule.startswith("placeholder-") and f.severity == "error"}
        assert found == lines, name


# --- Chinese holes where a name was deleted, with ASCII marks (after round50's held-out xinguad) ----------------------


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (HEAD_HANS, ["欢迎来到 !", "感谢您访问 !(以下简称:)重视您的隐私。", "我们感谢您对的信任。", "本应用(以下简称: )为您提供服务。"]),
        (HEAD_HANT, ["歡迎光臨 !", "感謝您對的支持與信任。", "本服務（以下簡稱：）由本公司提供。"]),
    ],
)
def test_chinese_deleted_name_is_a_slot(tmp_path: Path, head: str, lines: list[str]) -> None:
    assert paragraph_slot_lines(tmp_path, head, lines) >= paragraph_lines(lines)


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            HEAD_HANS,
            [
                "欢迎使用！",
                "欢迎来到星河科技!",
                "感谢您对我们的信任。",
                "我们感谢您对本应用的支持。",
                "本应用(以下简称“星河”)为您提供服务。",
                "对的信息负责的是您本人。",
            ],
        ),
        (HEAD_HANT, ["歡迎光臨本網站！", "感謝您對本公司的信任。"]),
    ],
)
def test_chinese_frames_with_names_stay_quiet(tmp_path: Path, head: str, lines: list[str]) -> None:
    assert not paragraph_slot_lines(tmp_path, head, lines) & paragraph_lines(lines)


def test_an_empty_definition_opening_its_paragraph_is_one_finding(tmp_path: Path) -> None:
    found = written_slots(tmp_path, "policy.md", "# 隐私政策\n\n## 引言\n\n(以下简称:)重视您的隐私。\n")
    assert [line for line, _ in found] == [5]
