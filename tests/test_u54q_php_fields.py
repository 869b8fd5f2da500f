"""Issue #11 §1, fifty-fourth session (u54q): a value a host language's string prints before a definition is the name it
defines, not a deleted one (eval/blind/round54q powerchi-tw-php, 4 false `placeholder-empty` errors).

A PHP interpolation in an echoed literal or a stored page (`{$company}`, `$company`, `{$site->name}` in a double-quoted
string or a heredoc) and a PHP template's echo (`<?= $company ?>`, `<?php echo $company; ?>`) opening a paragraph
「{$company}（以下簡稱「本公司」）…」 is recorded in `Document.media` (`load.server_code`), and the deleted-name scan asks
`Context.shown_before` (`rules.placeholder_gaps`).  Ruby `#{…}` and a JS template literal's `${…}` were already silent
(guarded).  Kept: an empty heredoc paragraph 「<p>（以下簡稱…）」 and a published Markdown text's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import written_findings

_ROOT = Path(__file__).resolve().parent.parent
_REAL = _ROOT / "eval" / "blind" / "round54q" / "holdout" / "powerchi-tw-php" / "LegalPageSeeder.php"


def _empty(folder: Path, name: str, text: str) -> list[int]:
    """The lines of `check`'s placeholder-empty findings on `text` written as `folder/name`."""
    return [line for line, rule, _ in written_findings(folder, name, text) if rule == "placeholder-empty"]


_SEEDER = "<?php\n\nclass LegalPageSeeder extends Seeder\n{\n    public function run(): void\n    {\n        $company = config('app.name', 'MH STUDIO');\n        $body = <<<HTML\n<h2>一、總則</h2>\n<p>{$company}（以下簡稱「本公司」）依據《個人資料保護法》制定本隱私權政策。</p>\n<h2>二、蒐集目的</h2>\n<p>本公司蒐集您的姓名及電子郵件，用於提供服務。</p>\n<h2>三、聯絡方式</h2>\n<p>如有疑問，請來信本公司客服信箱。</p>\nHTML;\n        Page::create(['body' => $body]);\n    }\n}\n"
_ECHO = "<?php $company = '示範公司'; ?>\n<html><body>\n<h2>一、總則</h2>\n<?php echo \"<p>{$company}（以下簡稱「本公司」）依據《個人資料保護法》制定本隱私權政策。</p>\"; ?>\n<h2>二、蒐集目的</h2>\n<p>本公司蒐集您的姓名及電子郵件，用於提供服務。</p>\n</body></html>\n"
_SHORT = "<?php $company = '示範公司'; ?>\n<html><body>\n<h2>一、總則</h2>\n<p><?= $company ?>（以下簡稱「本公司」）依據《個人資料保護法》制定本隱私權政策。</p>\n<h2>二、蒐集目的</h2>\n<p><?php echo $company; ?>（以下簡稱「本公司」）蒐集您的姓名及電子郵件，用於提供服務。</p>\n</body></html>\n"
_RUBY = 'class PrivacyController\n  def show\n    company = "示範公司"\n    render html: "<h2>一、總則</h2><p>#{company}（以下簡稱「本公司」）依據《個人資料保護法》制定本隱私權政策。</p><h2>二、蒐集目的</h2><p>本公司蒐集您的姓名及電子郵件，用於提供服務。</p><h2>三、聯絡</h2><p>請來信客服。</p>"\n  end\nend\n'
_JS = 'const company = "示範公司";\nexport const policy = `\n一、總則\n${company}（以下簡稱「本公司」）依據《個人資料保護法》制定本隱私權政策。\n二、蒐集目的\n本公司蒐集您的姓名及電子郵件，用於提供服務。\n`;\n'
_SLOT_MD = "# 隱私權政策\n\n本政策自 2024 年 1 月 1 日起生效。\n\n（以下簡稱「本公司」）依據《個人資料保護法》制定本隱私權政策。\n\n本公司蒐集您的姓名及電子郵件。\n"


@pytest.mark.parametrize(
    "field",
    ["{$company}", "$company", "{$site->name}"],
)
def test_heredoc_interpolation_names_the_definition(tmp_path: Path, field: str) -> None:
    assert _empty(tmp_path, "LegalPageSeeder.php", _SEEDER.replace("{$company}", field)) == []


@pytest.mark.parametrize(("name", "text"), [("echo.php", _ECHO), ("short.php", _SHORT), ("view.rb", _RUBY), ("page.js", _JS)])
def test_printed_value_before_a_definition(tmp_path: Path, name: str, text: str) -> None:
    assert _empty(tmp_path, name, text) == []


def test_kept_empty_heredoc_definition(tmp_path: Path) -> None:
    assert _empty(tmp_path, "LegalPageSeeder.php", _SEEDER.replace("<p>{$company}（", "<p>（")) == [10]


def test_kept_markdown_definition(tmp_path: Path) -> None:
    assert _empty(tmp_path, "policy.md", _SLOT_MD) == [5]


def test_real_powerchi_seeder(tmp_path: Path) -> None:
    assert _empty(tmp_path, "LegalPageSeeder.php", _REAL.read_text(encoding="utf-8")) == []
