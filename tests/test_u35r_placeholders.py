"""Placeholder classes of the thirty-fifth session's u35r (eval/blind/round35's dev part, and round34b's leftovers read
after its first run): each class both ways, and the documents themselves as regression cases.

- 以上协议内容复制粘贴的,不用太在意: the agreement said to be pasted from elsewhere (`placeholder-drafting`);
- 由 A有限公司（以下简称“我们”）提供: one capital letter as the company, a generator's stand-in (`placeholder-default-name`);
- 请通过 10086 与我们联系: a carrier's service number as the operator's contact (`placeholder-dummy-contact`);
- Developer: (your name), 开发者：（你的名字）: the reader's own field in parentheses as a name or contact label's value;
- 请联系 <email>: a field in lower-case angle brackets, a word no HTML element has (`placeholder-instruction`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = ("placeholder", "enumeration")


def _findings(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.excerpt) for f in report.findings if f.rule.startswith(PLACEHOLDER)]


def _doc(line: str) -> str:
    return f"隐私政策\n\n生效日期：2024年1月1日\n\n{line}\n"


# --- the text said to be pasted ---------------------------------------------------------------------------------------

_PASTED = [
    "以上协议内容复制粘贴的,不用太在意,app本着免费相互学习的原则。",
    "本协议内容均从网上复制而来，仅供学习。",
    "此内容为从某网站复制过来的。",
]
_NOT_PASTED = [
    "未经许可，任何人不得复制本协议内容。",
    "本协议内容不得复制粘贴或转载。",
    "本应用支持复制粘贴功能，您可将链接粘贴到输入框。",
    "以上操作复制粘贴链接即可完成。",
    "本政策不得拷贝。",
]


@pytest.mark.parametrize("line", _PASTED)
def test_pasted_text_is_a_note(tmp_path: Path, line: str) -> None:
    found = _findings(tmp_path, "p.txt", _doc(line))
    assert [rule for rule, ln, _ in found if ln == 5] == ["placeholder-drafting"]


@pytest.mark.parametrize("line", _NOT_PASTED)
def test_copying_in_prose_is_no_note(tmp_path: Path, line: str) -> None:
    assert _findings(tmp_path, "p.txt", _doc(line)) == []


# --- one capital letter as the company --------------------------------------------------------------------------------


def test_letter_company_as_operator(tmp_path: Path) -> None:
    found = _findings(tmp_path, "p.txt", _doc("lapAndroid 是一款由 A有限公司 （以下简称“我们”）提供的产品。"))
    assert [(rule, text) for rule, _, text in found] == [("placeholder-default-name", "A有限公司")]


@pytest.mark.parametrize(
    "line",
    [
        "例如A有限公司与B有限公司签订合同时，双方各自承担责任。",  # an example the policy gives
        "我们不会向A股上市公司提供您的信息。",  # A股: a word
        "如A公司收购我们，您的信息将随之转移。",  # no legal form
        "本服务由ZA有限公司提供。",  # two letters: a name
    ],
)
def test_letter_in_prose_is_no_default(tmp_path: Path, line: str) -> None:
    assert _findings(tmp_path, "p.txt", _doc(line)) == []


# --- a carrier's service number as the contact -------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["如对本政策有任何问题，请通过 10086 与我们联系。", "客服电话：10010", "如有疑问请拨打10000。"])
def test_carrier_number_as_contact(tmp_path: Path, line: str) -> None:
    found = _findings(tmp_path, "p.txt", _doc(line))
    assert [rule for rule, _, _ in found] == ["placeholder-dummy-contact"]


@pytest.mark.parametrize(
    "line",
    [
        "本服务由中国移动提供，客服电话：10086。",  # the carrier's own policy
        "我们已服务超过10000名用户。",
        "已有10000位用户通过10000次测试。",
        "客服10000人为您服务。",
        "电话：010-10086123",
    ],
)
def test_carrier_number_elsewhere_is_no_slot(tmp_path: Path, line: str) -> None:
    assert _findings(tmp_path, "p.txt", _doc(line)) == []


# --- the reader's own field in parentheses, a field in lower-case angle brackets ---------------------------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Developer: (your name)", "(your name)"),
        ("Contact: (your email)", "(your email)"),
        ("开发者：（你的名字）", "（你的名字）"),
        ("**邮箱**：（你的邮箱）", "（你的邮箱）"),
        ("如有问题，请联系 <email>。", "<email>"),
    ],
)
def test_reader_field_left(tmp_path: Path, line: str, text: str) -> None:
    found = _findings(tmp_path, "p.md", "# 隐私政策\n\n" + line + "\n")
    assert [(rule, t) for rule, _, t in found] == [("placeholder-instruction", text)]


@pytest.mark.parametrize(
    "line",
    [
        "联系人（您的姓名）将被记录，用于回复。",  # prose explaining a word
        "我们收集：（您的姓名）",  # an item after a list's lead-in
        "Name: (your name here, as shown on your ID)",  # a form's instruction to the user
        "We store it as a List<email> value.",  # a type's parameter
        "The <address> element holds the contact.",  # an HTML element named in prose
    ],
)
def test_reader_field_elsewhere_is_no_slot(tmp_path: Path, line: str) -> None:
    assert _findings(tmp_path, "p.md", "# 隐私政策\n\n" + line + "\n") == []


# --- the documents ----------------------------------------------------------------------------------------------------

_DOCS = [
    ("eval/blind/round35/dev/lapandroid-html/privacy.html", {7, 13}, {3, 4}),
    ("eval/blind/round35/dev/smsclient-html/agreement.html", {206}, {152, 204}),
    ("eval/blind/round35/dev/xiaoniu-wxml/agreement.wxml", {3, 4, 7, 8, 11}, set()),
    ("eval/blind/round35/dev/tclmxcx-wxml/agreement.wxml", set(), set()),
    ("eval/blind/round35/dev/bjca-txt/privacy.txt", set(), set()),
]


@pytest.mark.parametrize(("path", "slots", "ambiguous"), _DOCS)
def test_documents(path: str, slots: set[int], ambiguous: set[int]) -> None:
    report = check_file(str(ROOT / path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    found = [(f.line, f.end_line) for f in report.findings if f.rule.startswith(PLACEHOLDER)]
    assert all(any(a <= line <= b for a, b in found) for line in slots)  # every slot line found
    assert all(a in slots | ambiguous for a, _ in found)  # and no finding elsewhere
