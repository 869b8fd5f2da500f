"""Issue #13, x13s: two name fragments of the profiles start with what they consume, not with a lookaround.

`{owner_name}` ran its excluded words as a lookahead in front of each branch, so `re`
entered both lookaheads (23 Chinese words, 47 product names) at every position of every
unit that a pattern with `{owner_name}` is searched in.  The rewrite consumes the first
character by its class and checks each excluded word after it, with the word's first
character behind (`(?<=我)(?:们|方)`).  `{company}` looked behind for two name characters
before 有限公司 or 工作室 at every position; now the ending comes first and the look behind
it (`有限(?<=[…]{4})`).  Both give the same matches at every position as the plain forms,
in `shared/zh.toml` and in `eu-gdpr.toml`'s copies, before the context the profiles put
after them.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
import tomllib
from hypothesis import example, given, settings
from hypothesis import strategies as st

from policylens.profiles import BUILTIN, _fold_pattern

# The fragment as it was written before (34c73bb): the reference the rewrite must match like.
CHINESE = (
    "我们|我方|本公司|本网站|本站|本应用|本平台|本团队|第三方|他人|用户|所有|全部|相关|其他|合作|独立|个人|自主|自己|一个|团队|公司|开发"
)
LATIN = (
    r"AI|ChatGPT|GPT|Claude|Gemini|Copilot|Flutter|React|Vue|Swift|SwiftUI|Kotlin|Java|Python|Unity|Electron|WordPress|Hexo|Hugo|Jekyll|"
    r"GitHub Pages|GitHub|Gitee|GitLab|Android Studio|Android|Xcode|Visual Studio|VS ?Code|IntelliJ|Eclipse|Godot|Unreal|Cursor|Trae|"
    r"uni-app|Taro|Next\.js|Node\.js|TypeScript|JavaScript|Rust|Dart|HarmonyOS|ArkTS|DevEco Studio"
)
PLAIN = rf"(?:(?!{CHINESE})[\u4e00-\u9fff]{{2,4}}|(?!(?:{LATIN})\b)[A-Za-z][\w.\-]{{1,30}}(?: [A-Za-z][\w.\-]{{1,30}}){{0,3}})"
EXCLUDED = CHINESE.split("|") + [w.replace("\\", "").replace(" ?", " ") for w in LATIN.split("|")]
# What follows the name in the profiles: an alias in brackets (alias_role), the verb (owner), 和/与 (owner), the end.
AFTER = ("", r"[ \t]*[(（]", r"[ \t]{0,2}(?:独立|个人|自主)?(?:开发|提供|运营)", r"[ \t]{0,2}(?:和|与|及)", r"$", r"\b")
FILES = [BUILTIN / "shared/zh.toml", BUILTIN / "eu-gdpr.toml"]
# {company}: its Chinese endings before (34c73bb) and now; the English branches after them are the same text in both.
COMPANY_PLAIN = r"(?<=[\u4e00-\u9fffA-Za-z0-9()]{2})(?:股份)?有限(?:责任)?公司|(?<=[\u4e00-\u9fff]{2})(?:经营部|工作室|基金会)|"
COMPANY_NOW = (
    r"股份(?<=[\u4e00-\u9fffA-Za-z0-9()]{4})有限(?:责任)?公司|有限(?<=[\u4e00-\u9fffA-Za-z0-9()]{4})(?:责任)?公司"
    r"|(?:经营部|工作室|基金会)(?<=[\u4e00-\u9fff]{5})|"
)
# What follows a company in the profiles ({processor_name}, tw-pdpa/agency).
COMPANY_AFTER = ("", r"[^。;|]{0,40}(?:以下简称|本公司|operated by)", r"\W{0,3}(?:营运|运营|经营)", r"\b")


@functools.cache  # read once a process: parsing the 130-170 KB file for every example was most of these tests' CPU (issue #13)
def _fragment(path: Path, name: str = "owner_name") -> str:
    return str(tomllib.loads(path.read_text(encoding="utf-8"))["patterns"][name])


def _assert_same_matches(fragment: str, reference: str, afters: tuple[str, ...], text: str) -> None:
    """The same match (or none) from every position, and the same finditer, with each context after the fragment."""
    for after in afters:
        fast, plain = re.compile(f"(?:{fragment}){after}", re.I), re.compile(f"(?:{reference}){after}", re.I)
        for start in range(len(text) + 1):
            a, b = fast.match(text, start), plain.match(text, start)
            assert (a and a.span()) == (b and b.span()), (after, start, text)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], after


PIECES = st.sampled_from(
    EXCLUDED
    + ["vscode", "CHATGPT", "android", "github pages", "next.js", "NODE.JS", "Uni-App", "devEco studio", "Nextjs", "Pythonic", "Rusty"]
    + list("我们方本公司网站第三他人用户所有全部相关其合作独立个自主己一团队开发王小明张")
    + list("aAiIsSkKxZ09_.- \t（(）)和与开发提供“”\n")
    + ["\u212a", "\u017f", "\u0131", "\u0130", "ﬁ", "é"]  # Kelvin sign, long s, dotless i, dotted I: what re.I folds to ASCII
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@settings(max_examples=120, deadline=None)
@given(text=st.lists(PIECES, max_size=14).map("".join))
@example(text="王小明（下称“开发者”）")
@example(text="由我们开发和 ChatGPT Plus 与 GitHubPages 和 Kotlinx")
@example(text="本团队开发；Android Studio开发、Android.x 提供")
def test_owner_name_matches_like_the_plain_form_at_every_position(path: Path, text: str) -> None:
    _assert_same_matches(_fragment(path), PLAIN, AFTER, text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_owner_name_branches_start_with_a_character_class(path: Path) -> None:
    """What makes it cheap: `re` rejects a position on the branch's first character (no lookahead in front)."""
    fragment = _fragment(path)
    assert _fold_pattern(fragment) == fragment  # folding the profile's patterns leaves it as written
    from re import _parser  # type: ignore[attr-defined]

    (op, (_, branches)), *rest = _parser.parse(fragment, re.I).data
    assert not rest and str(op) == "BRANCH" and [str(branch.data[0][0]) for branch in branches] == ["IN", "IN"]


COMPANY_PIECES = st.sampled_from(
    ["股份有限公司", "有限责任公司", "有限公司", "经营部", "工作室", "基金会", "股份", "有限", "责任", "公司", "以下简称", "运营"]
    + list("某某科技深圳股有限责公司经营部工作室基金会")
    + list("aAkKsSZ09() （）_.,&-\n。;|")
    + ["\u212a", "\u017f", "Acme Labs", "Acme Inc", "Foo Studio", "the studio", "BarGames", "GmbH", "Ltd", "operated by"]
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@settings(max_examples=100, deadline=None)
@given(text=st.lists(COMPANY_PIECES, max_size=14).map("".join))
@example(text="深圳市某某科技有限公司（以下简称“本公司”）")
@example(text="某某股份有限公司、(某)有限责任公司、1A有限公司、张三工作室运营；Acme Labs operated by")
@example(text="有限公司在开头，一个有限公司与K有限公司")
def test_company_matches_like_the_plain_form_at_every_position(path: Path, text: str) -> None:
    fragment = _fragment(path, "company")
    assert fragment.startswith(COMPANY_NOW)
    _assert_same_matches(fragment, COMPANY_PLAIN + fragment[len(COMPANY_NOW) :], COMPANY_AFTER, text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_company_s_chinese_endings_start_with_a_literal(path: Path) -> None:
    from re import _parser  # type: ignore[attr-defined]

    fragment = _fragment(path, "company")
    assert _fold_pattern(fragment) == fragment
    (op, (_, branches)), *rest = _parser.parse(fragment, re.I).data
    assert not rest and str(op) == "BRANCH" and [str(b.data[0][0]) for b in branches[:2]] == ["LITERAL", "LITERAL"]
    assert re.search(f"(?:{fragment})", "某某科技有限公司", re.I) and not re.search(f"(?:{fragment})", "有限公司", re.I)


def test_an_excluded_word_is_no_name_and_a_longer_word_is() -> None:
    """Both sides, on the reference and on each file's fragment: 我们…, ChatGPT are no name; 王我们, ZChatGPT are."""
    assert len(EXCLUDED) == 23 + 47
    for pattern in [PLAIN, *map(_fragment, FILES)]:
        compiled = re.compile(pattern, re.I)
        for word in EXCLUDED:
            chinese = "\u4e00" <= word[0] <= "\u9fff"
            assert compiled.match(word + ("王小明" if chinese else " 1")) is None, word
            assert compiled.match(("王" + word) if chinese else ("Z" + word)) is not None, word
