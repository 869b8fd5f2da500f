"""Levels and titles of app code and Markdown pages (forty-fourth session, helper u44a2; eval/structure44 "left open").

Each class is tested on a small page written for it, and the real document of eval/structure44 as a regression.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path, parse_string

REPO = Path(__file__).resolve().parent.parent
S44 = REPO / "eval" / "structure44"
SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存，期满后删除或匿名化处理。"


def _levels(text: str, suffix: str = ".txt") -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in parse_string(text, suffix=suffix).sections if s.title]


def _runs(names: str, titles: list[str]) -> str:
    return "".join(f"{n}、{t}\n\n{SENTENCE}\n\n" for n, t in zip(names, titles, strict=True))


def test_numbering_starting_over_under_a_document_name_nests_under_it() -> None:
    page = "用户许可协议\n\n" + _runs("一二三", ["服务条款", "账户安全", "知识产权"])
    page += "隐私政策\n\n" + _runs("一二三", ["我们收集的信息", "信息的共享", "您的权利"])
    levels = dict(_levels(page))
    assert levels["一、服务条款"] == levels["三、知识产权"] == levels["隐私政策"]
    assert levels["一、我们收集的信息"] == levels["三、您的权利"] == levels["隐私政策"] + 1


def test_a_document_name_whose_numbering_goes_on_stays_a_peer() -> None:
    page = "用户许可协议\n\n" + _runs("一二", ["服务条款", "账户安全"])
    page += "隐私政策\n\n" + _runs("三四", ["我们收集的信息", "信息的共享"])
    levels = dict(_levels(page))
    assert levels["三、我们收集的信息"] == levels["一、服务条款"] == levels["隐私政策"]


def test_a_document_name_after_a_single_section_is_not_a_second_document() -> None:
    # the run before it never got past 一: nothing says the numbering starts over
    page = "用户许可协议\n\n" + _runs("一", ["服务条款"]) + "隐私政策\n\n" + _runs("一二", ["我们收集的信息", "信息的共享"])
    levels = dict(_levels(page))
    assert levels["一、我们收集的信息"] == levels["隐私政策"]


def test_datidashi_policy_sections_under_its_name() -> None:
    doc = parse_path(S44 / "dev" / "datidashi-agreement-java" / "AgreementActivity.java")
    got = {s.line: s.level for s in doc.sections if s.title}
    assert got[133] == got[148] == got[157] == 1
    assert all(got[line] == 2 for line in (158, 160, 164, 169, 175, 178, 180))
