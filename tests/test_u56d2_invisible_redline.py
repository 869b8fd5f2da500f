"""Zero-width characters inside a changed span are named in the text, Markdown and HTML redlines (fifty-sixth session,
u56d2; `render/invisible.py`): eval/pairs56d rikka-reword wrote 特性 → 「功\\u200b\\u200b能」 and every report showed 功能."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents, has_changes
from policylens.render import html, markdown, text
from policylens.render.invisible import NAMES, named

EVAL = Path(__file__).resolve().parents[1] / "eval"
OLD = "# 隐私政策\n\n## 1. 权限\n\n我们使用基于摄像头的特性扫描二维码。\n\n## 2. 联系我们\n\n请通过\u200b电子邮件联系我们。\n"


def _reports(old: str, new: str, **kw: object) -> dict[str, str]:
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"), **kw)  # type: ignore[arg-type]
    out = {}
    for name, mod in (("text", text), ("markdown", markdown), ("html", html)):
        buf = io.StringIO()
        mod.render_diff(report, buf)
        out[name] = buf.getvalue()
    return out


@pytest.mark.parametrize("ch", sorted(NAMES))
def test_a_zero_width_character_in_an_inserted_word_is_named(ch: str) -> None:
    new = OLD.replace("的特性", f"的功{ch}能")
    for name, shown in _reports(OLD, new).items():
        assert f"功⟨{NAMES[ch]}⟩能" in shown, name
        assert ch not in shown.split("请通过")[0] or name == "html", name


def test_a_deleted_word_and_a_removed_paragraph_too() -> None:
    old = OLD.replace("的特性", "的特\u200d性") + "\n本条款由\u2060我们解释。\n"
    for name, shown in _reports(old, OLD.replace("的特性", "的功能")).items():
        assert "特⟨ZWJ⟩性" in shown, name
        assert "本条款由⟨WJ⟩我们解释" in shown, name


def test_unchanged_text_keeps_its_characters() -> None:
    """The zero-width space in the unchanged 「请通过\\u200b电子邮件」 (context of no change) and in the equal part of a
    changed paragraph is shown as it is."""
    old = OLD.replace("我们使用", "我们\u200b使用")
    new = old.replace("特性", "功能")
    for name, shown in _reports(old, new).items():
        assert "⟨ZWSP⟩" not in shown, name
        assert "我们\u200b使用" in shown, name


def test_a_change_of_only_zero_width_characters_is_noise_shown_named_under_strict() -> None:
    """As the diff docs say (docs/hostile-input.md, `diff.keys.layout_key`): the words a reader sees are the same, so
    no change (exit 0); `--strict` reports it, and then the span is not empty to the eye."""
    new = OLD.replace("的特性", "的特\u200b性")
    assert not has_changes(diff_documents(parse_string(OLD, ".md"), parse_string(new, ".md")))
    strict = diff_documents(parse_string(OLD, ".md"), parse_string(new, ".md"), strict=True)
    assert has_changes(strict)
    for name, shown in _reports(OLD, new, strict=True).items():
        assert "⟨ZWSP⟩" in shown, name


def test_named() -> None:
    assert named("功\u200b\ufeff能") == "功⟨ZWSP⟩⟨ZWNBSP⟩能"
    assert named("功能") == "功能"
    assert named("a\u200cb\u200dc") == "a⟨ZWNJ⟩b⟨ZWJ⟩c"


def test_real_pair_rikka_reword() -> None:
    folder = EVAL / "pairs56d/pairs/rikka-reword"
    report = diff_documents(parse_path(folder / "old.md"), parse_path(folder / "new.md"))
    for mod, want in ((text, "{+功⟨ZWSP⟩⟨ZWSP⟩能+}"), (markdown, "**功⟨ZWSP⟩⟨ZWSP⟩能**"), (html, "<ins>功⟨ZWSP⟩⟨ZWSP⟩能</ins>")):
        buf = io.StringIO()
        mod.render_diff(report, buf)
        assert want in buf.getvalue()
        assert "\u200b" not in buf.getvalue()
