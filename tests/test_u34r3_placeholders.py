"""Placeholder classes of the thirty-fourth session's u34r3 (eval/blind/round34c, dev part): each class both ways, and
the documents themselves as regression cases.

- 增值电信业务经营许可证：【如有请填写】: a fill request after a condition (如有, 若有, 如适用) opening a square or
  lenticular bracket is an instruction left in; （如有请填写） in round brackets may be a form's hint to the user;
- 本人在此作出如下授权声明： then the next numbered section: the lead-in announces the text itself (a declaration,
  terms, an agreement), whose sections follow; 我们收集以下信息： then the next section still has no list;
- a Vue page's 「{{ form.phone || '________' }}」: a form's value whose fallback is a blank line, read as the
  interpolation it is, not as a blank left in the text; a blank written in the text is still one.
"""

from __future__ import annotations

from pathlib import Path

from helpers import written_file
from policylens.check import CheckOptions, check_file

ROOT = Path(__file__).resolve().parents[1]
ROUND = ROOT / "eval" / "blind" / "round34c" / "dev"
PLACEHOLDER = ("placeholder", "enumeration")


def _findings(path: Path) -> list[tuple[str, int, int, str, str]]:
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.end_line, f.excerpt, f.severity) for f in report.findings if f.rule.startswith(PLACEHOLDER)]


def _lines(findings: list[tuple[str, int, int, str, str]]) -> set[int]:
    return {line for _, first, last, _, _ in findings for line in range(first, last + 1)}


# --- a fill request after a condition ------------------------------------------------------------------------------


def test_conditional_fill_request_in_brackets_is_found(tmp_path: Path) -> None:
    md = "# 法律声明\n\n增值电信业务经营许可证：【如有请填写】\n\n网络文化经营许可证：【若有，请填写】\n\n备案号：[如适用请填写备案号]\n"
    found = _findings(written_file(tmp_path, "a.md", md))
    assert {3, 5, 7} <= _lines(found)
    assert all(sev == "error" for rule, line, _, _, sev in found if line in (3, 5, 7))


def test_conditional_words_alone_or_in_round_brackets_are_no_slot(tmp_path: Path) -> None:
    md = (
        "# 隐私政策\n\n"
        "紧急联系人（如有请填写）：用于紧急情况下联系您。\n\n"
        "我们会收集【如有】的订单信息。\n\n"
        "注册时，如有疑问请填写反馈表。\n"
    )
    assert _lines(_findings(written_file(tmp_path, "b.md", md))) == set()


# --- a lead-in that announces the text itself ------------------------------------------------------------------------

_DECLARATION = (
    "# 个人信息出境授权声明\n\n"
    "## 一、声明背景\n\n"
    "本人为完成预订申请，需要将部分个人信息跨境传输。本人在此作出如下授权声明：\n\n"
    "## 二、出境信息范围\n\n"
    "本人同意将姓名、手机号码传输至境外接收方。\n\n"
    "## 三、信息使用目的\n\n"
    "我们收集以下信息：\n\n"
    "## 四、法律效力\n\n"
    "本声明自本人确认之日起生效。\n"
)


def test_lead_in_to_the_declaration_itself_is_not_empty(tmp_path: Path) -> None:
    found = _findings(written_file(tmp_path, "c.md", _DECLARATION))
    assert 5 not in _lines(found)
    # 以下信息 names what a list holds: before the next numbered section, still no list
    assert any(rule == "enumeration-lead-in" and line == 13 for rule, line, _, _, _ in found)


def test_declaration_lead_in_at_the_end_is_still_empty(tmp_path: Path) -> None:
    md = "# 授权声明\n\n## 一、声明背景\n\n本人在此作出如下授权声明：\n"
    found = _findings(written_file(tmp_path, "d.md", md))
    assert any(rule == "enumeration-lead-in" and line == 5 for rule, line, _, _, _ in found)


# --- a blank fallback of a Vue interpolation -------------------------------------------------------------------------

_FORM = """<template>
  <div>
    <h3>订房授权书</h3>
    <p>本授权书由授权人签署，自确认之日起生效。</p>
    <div class="table-row">
      <span class="table-label">联系电话：</span>
      <span class="table-value">{{ flow.applicant.phone || '________' }}</span>
    </div>
    <div class="table-row">
      <span class="table-label">电子邮箱：</span>
      <span class="table-value">{{ flow.applicant.email || "——" }}</span>
    </div>
    <p>{{ t1 || '隐私政策' }}</p>
    <p>紧急联系电话：________</p>
  </div>
</template>
"""


def test_blank_fallback_of_an_interpolation_is_no_slot(tmp_path: Path) -> None:
    found = _findings(written_file(tmp_path, "form.vue", _FORM))
    assert not {7, 11} & _lines(found)


def test_blank_written_in_the_page_is_still_a_slot(tmp_path: Path) -> None:
    found = _findings(written_file(tmp_path, "form.vue", _FORM))
    assert any(rule == "placeholder-empty" and line == 14 and sev == "error" for rule, line, _, _, sev in found)


# --- the round's documents -------------------------------------------------------------------------------------------


def test_round34c_mcnlegal_conditional_requests() -> None:
    lines = _lines(_findings(ROUND / "mcnlegal-tsx" / "page.tsx"))
    assert {51, 142, 152, 157, 164, 165, 166, 186, 194} <= lines


def test_round34c_apartment_dialog() -> None:
    found = _findings(ROUND / "apartment-vue" / "AgreementDialog.vue")
    assert {231, 232, 233} <= _lines(found)
    assert not {17, 21, 25, 29, 69} & _lines(found)  # the form's fallbacks, the declaration's lead-in


def test_round34c_clean_page_has_no_finding() -> None:
    report = check_file(str(ROUND / "yinshi-html" / "privacy_policy.html"), CheckOptions(no_config=True))
    assert report.error is None
    assert [f for f in report.findings if f.severity == "error"] == []
