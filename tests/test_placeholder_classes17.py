"""Placeholder classes the seventeenth blind round missed on its first run (issue #11, lead): both ways.

- stand-in text where sections were never written: one short sentence that is the whole body of three sections or
  more and says nothing of the policy's subject, reading as a place held or written again to fill a body (「隨便寫寫」
  under 資料收集, 資料使用 and 您的權利 alike; `cli/policylens/rules/placeholder_empty/fillers.py`, `filler_bodies`); not
  「无。」, 「不适用」, 「同上」, 「详见第三条」, a short answer under each section (「履行合同所必需」) or a real sentence
  repeated, not the same short sentence in two sections only, nor a section of several paragraphs;
- an e-mail address or URL whose host is built from the xxx slot: privacy@xxxeditor.com, https://www.XXXgame.cn
  (`cli/policylens/rules/placeholder_instruction/addresses.py`, `xhost`); not a host named in prose without @ or www.,
  not an address given as an example (例如 name@xxxmail.com), not a host that only contains xxx (boxxxer.com).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders


def _errors(tmp_path: Path, text: str, suffix: str = "md") -> list[tuple[int, str, str]]:
    """(line, rule, excerpt) of every placeholder finding at error level."""
    return [(f.line, f.rule, f.excerpt) for f in _placeholders(tmp_path, text, suffix) if f.severity == "error"]


def _policy(bodies: list[str], head: str = "# 隱私權政策\n\n最後更新：2024年1月1日\n") -> str:
    titles = ["一、資料收集", "二、資料使用", "三、您的權利", "四、資料安全", "五、聯絡我們"]
    parts = [head]
    for title, body in zip(titles, bodies, strict=False):
        parts.append(f"\n## {title}\n\n{body}\n")
    return "".join(parts)


@pytest.mark.parametrize(
    "filler",
    ["隨便寫寫，之後再改", "这里随便写点东西", "先佔個位置哈哈", "敬请期待", "內容施工中，敬請見諒"],
)
def test_one_stand_in_sentence_as_the_body_of_three_sections(tmp_path: Path, filler: str) -> None:
    text = _policy([filler, filler, filler, "我們會以加密方式保存您的資料。"])
    found = _errors(tmp_path, text)
    assert [(rule, excerpt) for _, rule, excerpt in found] == [("placeholder-empty", filler)] * 3
    assert [line for line, _, _ in found] == [7, 11, 15]


@pytest.mark.parametrize(
    "body",
    [
        "无。",
        "不适用。",
        "同上。",
        "详见第三条。",
        "暫無。",
        "本应用不收集此类信息。",
        "我们不会这样做。",  # 我们: a statement of the operator
        "See above.",
        "履行合同所必需",  # a legal basis under each purpose
        "法定义务",
        "正當利益",
    ],
)
def test_a_repeated_answer_is_content(tmp_path: Path, body: str) -> None:
    assert _errors(tmp_path, _policy([body, body, body, body])) == []


def test_the_stand_in_written_again_to_fill_longer_bodies(tmp_path: Path) -> None:
    """The same sentence written once, three times and six times under three headings: one stand-in, each body marked whole."""
    filler = "這段之後再寫"
    text = _policy([filler, filler * 3, filler * 6, "我們會以加密方式保存您的資料。"])
    found = _errors(tmp_path, text)
    assert [(line, excerpt) for line, _, excerpt in found] == [(7, filler), (11, filler * 3), (15, filler * 6)]


def test_a_repeated_answer_written_twice_is_content(tmp_path: Path) -> None:
    assert _errors(tmp_path, _policy(["无。", "无。无。", "无。无。无。"])) == []


def test_the_same_stand_in_in_two_sections_only_is_not_enough(tmp_path: Path) -> None:
    assert _errors(tmp_path, _policy(["隨便寫寫", "隨便寫寫", "我們會以加密方式保存您的資料。"])) == []


def test_a_section_of_several_paragraphs_is_not_a_stand_in(tmp_path: Path) -> None:
    body = "隨便寫寫\n\n我們會以加密方式保存您的資料。"
    assert _errors(tmp_path, _policy([body, body, body])) == []


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("如有疑問，請來信 privacy@xxxeditor.com。", "privacy@xxxeditor.com"),
        ("联系邮箱：service@XXX-tech.cn", "service@XXX-tech.cn"),
        ("官方网站：https://www.xxxgame.com/about", "https://www.xxxgame.com"),
        ("Contact us at support@xxxapp.io for any question.", "support@xxxapp.io"),
    ],
)
def test_a_host_built_from_the_xxx_slot(tmp_path: Path, line: str, address: str) -> None:
    text = f"# 隐私政策\n\n我们重视您的隐私。\n\n{line}\n"
    found = [(rule, excerpt) for _, rule, excerpt in _errors(tmp_path, text)]
    assert ("placeholder-instruction", address) in found


@pytest.mark.parametrize(
    "line",
    [
        "邮箱格式例如 name@xxxmail.com，请勿填写他人邮箱。",  # an example of the format
        "我们的合作伙伴 xxxgames.com 提供排行榜服务。",  # a host named in prose
        "如有疑问，请联系 privacy@boxxxer.com。",  # xxx inside a name
    ],
)
def test_not_a_slot_host(tmp_path: Path, line: str) -> None:
    text = f"# 隐私政策\n\n我们重视您的隐私。\n\n{line}\n"
    assert _errors(tmp_path, text) == []
