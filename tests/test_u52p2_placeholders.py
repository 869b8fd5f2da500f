"""Issue #11, fifty-second session (u52p2): eval/blind/round52d's missed slot classes, each with constructed texts both
ways (Traditional, Simplified, English; text, Markdown, HTML, JS); the real documents stay as regressions (the set is not
blind for these classes any more: m52p found them).

- WordPress's suggested-text label opening a source line inside a paragraph (「Media」 ⏎ 「建议文本:…」 with no blank line:
  `rules.placeholder_wp_guide`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings, written_slots

_ROOT = Path(__file__).resolve().parent.parent
_ROUND = _ROOT / "eval" / "blind" / "round52d"

_GRAVATAR_HANS = "由您的电子邮件地址所生成的匿名化字符串可能会被提供给Gravatar服务确认您是否有使用该服务。"

# --- WordPress's suggested-text label at a line start inside a paragraph ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        (
            "privacy.txt",
            "隐私政策\n\nMedia\n建议文本:如果您将图片上传到网站,则应避免上传包含嵌入位置数据的图片。\nComments\n建议文本:当访客留下评论时,我们会收集评论表单所显示的数据。\n"
            + _GRAVATAR_HANS
            + "\n",
            [4, 6],
        ),
        (
            "privacy.md",
            "# 隱私政策\n\n嵌入的內容\n建議文本：本網站上的文章可能包含嵌入的內容。\nCookies\n推薦的文本：如果您在我們的網站上留下評論，您可以選擇將姓名儲存在 Cookie 中。\n",
            [4, 6],
        ),
        (
            "privacy.txt",
            "Privacy Policy\n\nWho we are\nSuggested text: Our website address is: https://acme.org.\nMedia\nSuggested text: If you upload images to the website, you should avoid uploading images with location data.\n",
            [4, 6],
        ),
        (
            "privacy.html",
            "<h1>隐私政策</h1>\n<p>Media<br>\n建议文本:如果您将图片上传到网站,则应避免上传包含嵌入位置数据的图片。<br>\nComments<br>\n推荐的文本:当访客留下评论时,我们会收集数据。</p>\n",
            [3, 5],
        ),
    ],
)
def test_a_label_opening_a_line_inside_a_paragraph(tmp_path: Path, name: str, text: str, lines: list[int]) -> None:
    assert sorted({ln for ln, _ in written_slots(tmp_path, name, text)}) == lines


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a site's own tips, no sign of the guide: 建议内容 is a UI's word too
        ("privacy.txt", "隐私政策\n\n账号安全\n建议内容：定期更换您的密码，不要与他人共用账号。\n我们会保护您的信息。\n"),
        ("privacy.md", "# 隱私權政策\n\n帳號安全\n建議內容：定期更換密碼。\n我們會保護您的資料。\n"),
        # the label's word inside a line, not opening it
        ("privacy.txt", "隐私政策\n\nMedia\n我们的建议文本:如果您上传图片，请删除位置数据。\n" + _GRAVATAR_HANS + "\n"),
        # in a code block
        ("privacy.md", "# 隐私政策\n\n```\nMedia\n建议文本:如果您上传图片\n```\n\n推荐的文本：见下。\n"),
    ],
)
def test_no_label_at_a_line_start_no_finding(tmp_path: Path, name: str, text: str) -> None:
    assert written_slots(tmp_path, name, text) == []


def test_mockr_regression() -> None:
    """eval/blind/round52d mockr-zh-en-txt L4, L7, L14: 「建议文本:」 under an English heading line, no blank line."""
    found = slot_findings(_ROUND / "dev" / "mockr-zh-en-txt" / "page.txt")
    assert {line for line, rule, _ in found if rule == "placeholder-instruction"} >= {2, 4, 7, 9, 14}
