"""Fifty-fifth session (u55f): the value printed before a definition must be the name it lacks (issue #11 §1).

`Context.shown_before` (u54q) accepted any entry of `Document.media` on the line before a paragraph, so an icon before a
nameless 「（以下簡稱「本公司」）」 hid an empty slot.  Now it asks `Document.printed` (the values the page's code prints,
no image or frame), adjacent: no image between, and the value not inside the paragraph before it on that line.  Both
ways: the PHP forms of u54q stay silent (tests/test_u54q_php_fields.py keeps them and the real document).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import written_findings

_SEEDER = (
    "<?php\n\nclass LegalPageSeeder extends Seeder\n{\n    public function run(): void\n    {\n"
    "        $company = config('app.name', 'MH STUDIO');\n        $body = <<<HTML\n<h2>一、總則</h2>\n"
    "<p>{$company}（以下簡稱「本公司」）依據《個人資料保護法》制定本隱私權政策。</p>\n<h2>二、蒐集目的</h2>\n"
    "<p>本公司蒐集您的姓名及電子郵件，用於提供服務。</p>\n<h2>三、聯絡方式</h2>\n<p>如有疑問，請來信本公司客服信箱。</p>\n"
    "HTML;\n        Page::create(['body' => $body]);\n    }\n}\n"
)
_HTML = (
    "<html><body><h1>隐私政策</h1><p>本政策自 2024 年 1 月 1 日起生效。</p>\n"
    "<p><img src='icon.png' alt=''>（以下简称“本公司”）依据相关法律制定本隐私政策。</p>\n<p>本公司收集您的姓名及邮箱。</p></body></html>\n"
)


def _empty_slot_lines(folder: Path, name: str, text: str) -> list[int]:
    """The sorted lines of the `placeholder-empty` findings on `text` written as `folder/name`."""
    return sorted({line for line, rule, _ in written_findings(folder, name, text) if rule == "placeholder-empty"})


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        ("LegalPageSeeder.php", _SEEDER, []),  # the name the code prints (u54q)
        ("LegalPageSeeder.php", _SEEDER.replace("<p>{$company}（", "<p><?= $company ?>（"), []),
        # an icon names nothing: the definition's name is missing
        ("LegalPageSeeder.php", _SEEDER.replace("<p>{$company}（", '<p><img src="/logo.png">（'), [10]),
        ("policy.html", _HTML, [2]),
        # the value printed in the paragraph before, on the same line: not this paragraph's name
        ("LegalPageSeeder.php", _SEEDER.replace("<p>{$company}（", "<p>本政策於 {$date} 起生效。</p><p>（"), [10]),
        # (u55r) an HTML block of a Markdown file: its printed values reach `Document.printed` too
        (
            "policy.md",
            "# 隐私政策\n\n更新日期：2024年1月1日\n\n<div>\n<p><?php echo $company; ?>（以下简称“我们”）重视隐私。</p>\n</div>\n",
            [],
        ),
    ],
)
def test_only_a_printed_value_right_before_names_the_definition(tmp_path: Path, name: str, text: str, lines: list[int]) -> None:
    assert _empty_slot_lines(tmp_path, name, text) == lines
