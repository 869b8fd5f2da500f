"""regional-vocabulary on a Macau publisher's Simplified text (fifty-fourth session, m54r; eval/precision54, not blind).

A Simplified text that names Macau's personal data law as its own (《澳门个人资料保护法》, 「澳门特别行政区关于《个人资料保护法》
之规定」, 第8/2005号法律) and no other jurisdiction is a Macau policy in Simplified characters: Macau writes the Hong Kong wording
(私隐, 阁下, 电邮) and the Taiwan-table words Hong Kong shares (资讯, 讯息), so they are not reported, as in the Hong Kong
analogue; Taiwan's alone (网路, 软体) still are.  The mainland edition of a page published in more than one script (its file or
folder names it, or its menu offers both scripts) still reports them (u44k's convention), and so does a text that also names
the mainland's law, Hong Kong or Taiwan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts

_EVAL = Path(__file__).resolve().parent.parent / "eval" / "precision54"

_MO = "# 私隐声明\n\n{lead}我们会透过电邮联络阁下，并发送产品资讯及讯息。我们的网路与软体。\n"
_MO_LEADS = [
    "本公司遵守《澳门个人资料保护法》处理阁下的个人资料。",
    "本局的工作人员在处理有关资料时，均会遵守澳门特别行政区关于《个人资料保护法》之规定。",
    "本公司依据第8/2005号法律处理个人资料。",
    "本公司位于中华人民共和国澳门特别行政区，遵守澳门《个人资料保护法》。",
]


def _found(folder: Path, text: str, name: str = "policy.md") -> list[str]:
    return rule_excerpts(folder, text, "regional-vocabulary", name)


@pytest.mark.parametrize("lead", _MO_LEADS)
def test_a_macau_policy_in_simplified_keeps_its_wording(tmp_path: Path, lead: str) -> None:
    assert _found(tmp_path, _MO.format(lead=lead)) == ["网路", "软体"]  # Taiwan's alone


@pytest.mark.parametrize("name", ["privacy-sc.md", "zh-CN/privacy.md", "zh-Hans/privacy.md"])
def test_a_named_simplified_edition_of_a_macau_page_still_reports(tmp_path: Path, name: str) -> None:
    assert {"透过", "电邮", "阁下", "资讯", "讯息"} <= set(_found(tmp_path, _MO.format(lead=_MO_LEADS[0]), name))


def test_a_language_menu_offering_both_scripts_still_reports(tmp_path: Path) -> None:
    text = "繁體中文 | 简体中文 | Português\n\n" + _MO.format(lead=_MO_LEADS[1])
    assert {"电邮", "阁下"} <= set(_found(tmp_path, text))


@pytest.mark.parametrize(
    "lead",
    [
        "我们遵守《澳门个人资料保护法》及《中华人民共和国个人信息保护法》。",  # the mainland's law too
        "我们遵守澳门《个人资料保护法》及香港《个人资料（私隐）条例》。",  # Hong Kong too: a regional policy's sections
        "我们遵守澳门及台湾的《个人资料保护法》。",  # Taiwan too
        "我们在澳门设有办事处。",  # 澳门 alone, no law
        "我们遵守《个人资料保护法》。",  # the law's name alone (Taiwan and Malaysia have one too)
    ],
)
def test_a_text_without_macau_as_its_only_jurisdiction_still_reports(tmp_path: Path, lead: str) -> None:
    assert {"透过", "电邮", "阁下", "资讯"} <= set(_found(tmp_path, _MO.format(lead=lead)))


def test_a_mainland_policy_still_reports_hong_kong_wording(tmp_path: Path) -> None:
    assert {"电邮", "阁下"} <= set(_found(tmp_path, "# 隐私政策\n\n我们会透过电邮联络阁下。\n"))


@pytest.mark.parametrize("path", ["ctt-mo-hans-txt/page.txt", "dst-mo-hans-txt/page.txt"])
def test_the_macau_pages_of_precision54(path: str) -> None:
    from policylens.check import CheckOptions, check_file

    report = check_file(str(_EVAL / path), CheckOptions(no_config=True, select=("regional-vocabulary",)))
    assert not report.findings  # 7 and 16 warnings on the base (私隐, 阁下, 电邮, 资讯, 讯息), judged debatable
