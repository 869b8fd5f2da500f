"""u53r2 review of the fifty-third session's later merges: each test names a defect class it guards."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import rule_excerpts
from profile_helpers import profile_status

CLI = Path(__file__).resolve().parents[1] / "cli" / "policylens"


def test_named_control_has_a_public_home() -> None:
    """`named_control` serves four placeholder rules: no module imports it by a private name."""
    from policylens.rules import placeholder_instruction

    assert callable(placeholder_instruction.named_control)
    assert placeholder_instruction.named_control("点击 [具体说明] 按钮", 3, 9)
    private = re.compile(r"import[^\n]*\b_named_control\b")
    users = [p.relative_to(CLI).as_posix() for p in CLI.rglob("*.py") if private.search(p.read_text(encoding="utf-8"))]
    assert users == []


def _profile_patterns() -> dict[str, str]:
    """Every named pattern of the shipped profiles and their shared fragments, by `file:name`."""
    import tomllib

    found: dict[str, str] = {}

    def walk(where: str, table: dict[str, object]) -> None:
        for key, value in table.items():
            if isinstance(value, dict):
                walk(where, value)
            elif isinstance(value, str):
                found[f"{where}:{key}"] = value

    for path in sorted((CLI / "data" / "profiles").rglob("*.toml")):
        with path.open("rb") as f:
            walk(path.relative_to(CLI).as_posix(), tomllib.load(f))
    return found


def test_no_unanchored_lookahead_over_the_rest_of_the_text() -> None:
    """A lookahead that runs lazily over the rest of the text, `(?=[\\s\\S]*?…)`, is tried at every place the pattern
    before it matches: 4,000 pumped 「泽思科技（以下简称“我们”）」 made `app_named_we_u48w2` take 27 s of CPU on one
    `within = "document"` unit.  Such a lookahead, or the pattern, is anchored (`\\A`, `^` without MULTILINE), or it is
    bounded."""
    unbounded = re.compile(r"(?<!\\A)(?<!\^)\(\?[=!]\[\\s\\S\]\*")
    anchored = ("\\A", "^")  # tried once (eu-gdpr's software_we_u48w2: \A and an atomic group)
    found = [name for name, text in _profile_patterns().items() if not text.startswith(anchored) and unbounded.search(text)]
    assert found == []


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    "head, tail",
    [
        ("脉动（以下简称“我们”）重视您的隐私。", "当您注册、登录脉动及相关服务时，我们会收集您的昵称。"),
        ("泽思 AI（以下简称“我们”）重视您的隐私。", "我们为您提供的 泽思 AI 产品和/或服务会收集您的昵称。"),
    ],
)
def test_brand_as_we_still_read_within_its_window(head: str, tail: str, item: str) -> None:
    """The bound keeps u48w2's and u53w's readings: a use 3,000 characters after the definition still names no processor."""
    gap = "我们会遵守法律法规。" * 300
    assert profile_status(f"{head}\n\n{gap}\n\n{tail}\n\n如有问题，请发送邮件至 dev@foo.cn。\n", item) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "您可以在发布动态时选择[公开/好友可见/仅自己可见]，我们会按您的选择展示内容。",
        "您可將個人檔案設為[公開/僅好友/僅自己]。",
        "您可以将提醒方式设置为[声音/振动/静音]。",
    ],
)
def test_choices_after_a_verb_of_choosing_are_no_slot(tmp_path: Path, text: str) -> None:
    """u53p's unspaced bracket choices: the options a setting offers, after 选择 / 设为 / 设置为, are the reader's to pick."""
    assert rule_excerpts(tmp_path, f"隐私政策\n\n更新日期：2024年5月1日\n\n{text}\n", "placeholder-instruction", "p.txt") == []


def test_a_choice_slot_is_still_found(tmp_path: Path) -> None:
    """The template's own choice, with no verb of choosing before it, still is (u53p)."""
    text = "隐私政策\n\n更新日期：2024年5月1日\n\n我们提供[顺丰速运/中国邮政/门店自提]等配送方式。\n"
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", "p.txt") == ["[顺丰速运/中国邮政/门店自提]"]


@pytest.mark.parametrize(
    "text",
    [
        "We list our partners on our website (links will be updated as the list changes).",
        "Our sub-processors are named on the status page (URLs will be provided on request).",
        "You can share posts in the app (add a link to any public page you like).",
    ],
)
def test_what_a_parenthesis_tells_the_reader_is_no_link_note(tmp_path: Path, text: str) -> None:
    """u53p's English link notes: a link pending on a condition, or an action the reader may take, is the text's own."""
    assert rule_excerpts(tmp_path, f"Privacy Policy\n\nLast updated: 1 May 2024\n\n{text}\n", "placeholder-instruction", "p.txt") == []


class _CountedText(str):
    """A text that counts the characters read from it one at a time (`text[i]`)."""

    reads = 0

    def __getitem__(self, key: object) -> str:  # type: ignore[override]
        _CountedText.reads += 1
        return str.__getitem__(self, key)  # type: ignore[index]


def test_a_prop_array_owner_is_found_without_reading_its_tag_char_by_char() -> None:
    """u53x's `prop_markup._owner` walked from the component's `<` to each prop array one character at a time in Python
    (200 arrays × up to 200,000 characters: a 190 KB page parsed in 2.3 s, 0.2 s before); a plain run is skipped at once."""
    from policylens.load.jsx_data.prop_markup import _owner

    text = "<Comp " + "a " * 10_000 + 'title="x" extra={{ a: 1 }} sections={[1]} />'
    at = text.index("sections=")
    counted = _CountedText(text)
    _CountedText.reads = 0
    assert _owner(counted, [0], at) == (0, "Comp")
    assert _CountedText.reads < 100
    # the same answers as before on the tag's own forms: a `>` before the prop, the prop inside an expression
    assert _owner('<Comp a="1">text sections={[1]}', [0], 17) is None
    assert _owner("<Comp a={f(sections={[1]})} />", [0], 11) is None
    assert _owner('<Comp a="x>y" sections={[1]} />', [0], 14) == (0, "Comp")
