"""Issue #14 (u56w3, fifty-sixth session, not blind): a template slot that `check`'s placeholder rules report is blank to
coverage too (`profiles.coverage.slots`), so a slot is never a way to exercise rights or a contact.

Coverage's own `_SLOT` missed forms the rules know: a bare `[EMAIL]`, `{公司邮箱}`, `【联系邮箱】`, `<your email>`,
`[請填寫客服信箱]`, `XXX@XXX.com`, 「邮箱：____」; each read as the word e-mail/邮箱, a channel.  Near-misses still count: a
real address, a bracketed real value, a pointer to the contact section where a contact is written, and a React page's
run-time contact `{COMPANY.email}` (tests/test_u56w2_profiles.py).
"""

from __future__ import annotations

import pytest

from parse_helpers import parse_string
from profile_helpers import one_item


def _verdict(text: str, item: str, suffix: str = ".md") -> tuple[str, int | None]:
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_string(text, suffix=suffix), [one_item(item)])
    (found,) = result.items
    return str(found.status), found.evidence.line if found.evidence else None


_SLOTS = ["[EMAIL]", "[Email]", "{公司邮箱}", "【联系邮箱】", "<your email>", "[請填寫客服信箱]", "XXX@XXX.com", "____", "{{ email }}"]
_REAL = ["privacy@foo.com", "[privacy@foo.cn]", "service@beichen.com.tw"]


def _tw(way: str) -> str:
    return f"# 隱私權政策\n\n## 當事人權利\n\n依個資法第 3 條，您得行使下列權利：查詢、請求刪除。行使方式：來信 {way} 辦理。\n"


def _cn(way: str) -> str:
    return f"# 隐私政策\n\n## 您的权利\n\n您有权查阅、复制、更正、删除您的个人信息。如需行使上述权利，请发送邮件至 {way} 与我们联系。\n"


@pytest.mark.parametrize("slot", _SLOTS)
def test_slot_is_no_way_to_exercise_rights_tw(slot: str) -> None:
    assert _verdict(_tw(slot), "tw-pdpa/rights")[0] == "missing"


@pytest.mark.parametrize("slot", ["XXX@XXX.com", "xxx@xxx.com", "你的邮箱@example.com"])
def test_dummy_address_is_no_way_to_exercise_rights_cn(slot: str) -> None:
    assert _verdict(_cn(slot), "cn-pipl/rights")[0] == "missing"


@pytest.mark.parametrize("real", _REAL)
def test_real_address_still_a_way(real: str) -> None:
    assert _verdict(_tw(real), "tw-pdpa/rights") == ("covered", 5)
    assert _verdict(_cn(real), "cn-pipl/rights") == ("covered", 5)


def test_pointer_to_contact_section_with_a_real_contact_still_counts() -> None:
    text = (
        "# 隐私政策\n\n## 您的权利\n\n您有权查阅、复制、更正、删除您的个人信息。如需行使上述权利，请通过本页面下方的"
        '"联系我们"与我们联系。\n\n## 联系我们\n\n邮箱：privacy@foo.cn\n'
    )
    assert _verdict(text, "cn-pipl/rights") == ("covered", 5)


def test_slot_spans_are_the_rules_findings() -> None:
    """One definition: the spans coverage blanks are the spans `check` reports (no finding, no blank)."""
    from policylens.profiles.coverage.slots import slot_spans

    doc = parse_string(_tw("[EMAIL]") + "\n聯絡人：[王小明]\n", suffix=".md")
    found = sorted(p.text[s:e] for sec in doc.sections for p in sec.paragraphs for s, e in slot_spans(doc).get(id(p), ()))
    assert found == ["[EMAIL]"]
