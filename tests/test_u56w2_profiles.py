"""Issue #14 (u56w2, fifty-sixth session, not blind: eval/profiles56p tinycrm-tw and longtou-zh read first): the way to
exercise the rights given through a contact the page prints at run time.

1. A React page's child expression printing an imported constant's member named as a contact (`{COMPANY.email}`,
   `{brand.phone}`, `{site.contactEmail}`) is the page's contact, kept in `Document.filled` by the loader; the same
   token in a Markdown or text policy is a template's blank (`_SLOT`), never a contact.  The way written as a label,
   「行使方式：來信 {COMPANY.email} 或致電 {COMPANY.phone}」, is a way where the document gives a contact (tw-pdpa `pointer`).
2. The way given as a pointer to the policy's contact section (「可通过本政策末尾的联系方式与我们联系」) counts where that section
   gives a contact: a written address, or a run-time contact of class 1; not a section of blank labels.
"""

from __future__ import annotations

from typing import Any

import pytest

from parse_helpers import parse_string
from profile_helpers import one_item


def _verdict(text: str, item: str, suffix: str) -> tuple[str, int | None]:
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_string(text, suffix=suffix), [one_item(item)])
    (found,) = result.items
    return str(found.status), found.evidence.line if found.evidence else None


def _page(imports: str, body: str) -> str:
    """A Next.js page of `body` (JSX) with the given import lines."""
    return (
        f'import type {{ Metadata }} from "next";\n{imports}\n\n'
        'export const metadata: Metadata = { title: "隱私權政策" };\n\n'
        "export default function PrivacyPage() {\n  return (\n    <main>\n"
        '      <h1 className="text-3xl">隱私權政策</h1>\n'
        f"{body}\n    </main>\n  );\n}}\n"
    )


# tinycrm-tw 69-74 (eval/profiles56p, m56p's set), the section as the page writes it
_TINYCRM_RIGHTS = """      <section>
        <h2>五、當事人權利</h2>
        <p>
          依個資法第 3 條，您就本公司保有之您的個人資料，得行使下列權利：查詢或請求閱覽、請求製給複製本、
          請求補充或更正、請求停止蒐集處理或利用、請求刪除。行使方式：來信 {COMPANY.email} 或致電{" "}
          {COMPANY.phone}，本公司將於法定期間內處理。
        </p>
      </section>"""
_COMPANY = 'import { COMPANY } from "@/lib/company";'


def test_real_tinycrm_rights_way_is_a_run_time_contact() -> None:
    assert _verdict(_page(_COMPANY, _TINYCRM_RIGHTS), "tw-pdpa/rights", ".tsx") == ("covered", 13)


@pytest.mark.parametrize(
    ("imports", "way", "status"),
    [
        (_COMPANY, "行使方式：來信 {COMPANY.email} 辦理。", "covered"),
        (_COMPANY, "行使方式：致電 {COMPANY.phone}。", "covered"),
        (_COMPANY, "申請方式：請來信 {COMPANY.contactEmail}。", "covered"),
        ('import { site } from "@/lib/site";', "行使方式：來信 {site.contactEmail}。", "covered"),
        ('import { brand } from "@/lib/data";', "行使方式：致電 {brand.tel}。", "covered"),
        # a member that names no contact, a prop the page does not import, a label that is no way
        (_COMPANY, "行使方式：來信 {COMPANY.legalName}。", "missing"),
        ("", "行使方式：來信 {props.email}。", "missing"),
        (_COMPANY, "通知方式：來信通知您 {COMPANY.email}。", "missing"),
    ],
)
def test_tsx_way_label_with_run_time_contact(imports: str, way: str, status: str) -> None:
    body = f"      <h2>當事人權利</h2>\n      <p>依個資法第 3 條，您得行使下列權利：查詢、請求刪除。{way}</p>"
    assert _verdict(_page(imports, body), "tw-pdpa/rights", ".tsx")[0] == status


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("slot", ["{COMPANY.email}", "{brand.email}", "{{ email }}", "${CONTACT_EMAIL}", ""])
def test_markdown_slot_stays_a_blank(suffix: str, slot: str) -> None:
    text = (
        "# 隱私權政策\n\n## 當事人權利\n\n依個資法第 3 條，您得行使下列權利：查詢、請求刪除。"
        f"行使方式：來信 {slot} 或致電 {{COMPANY.phone}}，本公司將於法定期間內處理。\n"
    )
    assert _verdict(text, "tw-pdpa/rights", suffix)[0] == "missing"


# longtou-zh 60-75 (eval/profiles56p): the rights pointed to the contact section, whose values the page prints at run time
_LONGTOU = """      <h2>六、您的权利</h2>
      <p>
        您有权查询、更正、删除您提供的信息，或撤回对我们的授权同意。如需行使上述权利，可通过本政策末尾的联系方式与我们联系，我们将在核实身份后依法处理。
      </p>

      <h2>九、联系我们</h2>
      <ul>
        <li>电话：{brand.phone}</li>
        <li>邮箱：{brand.email}</li>
        <li>地址：{brand.address}</li>
      </ul>"""
_BRAND = 'import { brand } from "@/lib/data";'


def test_real_longtou_rights_pointer_to_run_time_contacts() -> None:
    assert _verdict(_page(_BRAND, _LONGTOU), "cn-pipl/rights", ".tsx") == ("covered", 12)


_POINTERS = [
    "您有权查询、更正、删除您的个人信息。如需行使上述权利，可通过本政策末尾的联系方式与我们联系。",
    "您有權查詢、更正、刪除您的個人資料。如需行使上述權利，可透過本政策末尾之聯絡方式與我們聯繫。",
    "您有权查阅、删除您的个人信息。如需行使上述权利，请按本政策第九条所列联系方式与我们联系。",
]


@pytest.mark.parametrize("pointer", _POINTERS)
@pytest.mark.parametrize(
    ("imports", "contact", "status"),
    [
        (_BRAND, "<li>邮箱：{brand.email}</li>", "covered"),
        (_BRAND, "<li>电话：{brand.phone}</li>", "covered"),
        ("", "<li>邮箱：privacy@acme.cn</li>", "covered"),
        # no contact: a field that names none, a prop not imported, an empty label
        (_BRAND, "<li>公司：{brand.legalName}</li>", "missing"),
        ("", "<li>邮箱：{props.email}</li>", "missing"),
        ("", "<li>邮箱：</li>", "missing"),
    ],
)
def test_pointer_to_contact_section_in_a_page(pointer: str, imports: str, contact: str, status: str) -> None:
    body = f"      <h2>您的权利</h2>\n      <p>{pointer}</p>\n      <h2>联系我们</h2>\n      <ul>\n        {contact}\n      </ul>"
    assert _verdict(_page(imports, body), "cn-pipl/rights", ".tsx")[0] == status


@pytest.mark.parametrize("pointer", _POINTERS)
@pytest.mark.parametrize(
    ("contact", "status"), [("- 邮箱：privacy@acme.cn", "covered"), ("- 邮箱：{brand.email}", "missing"), ("- 邮箱：", "missing")]
)
def test_pointer_to_contact_section_in_markdown(pointer: str, contact: str, status: str) -> None:
    text = f"# 隐私政策\n\n## 您的权利\n\n{pointer}\n\n## 联系我们\n\n{contact}\n"
    assert _verdict(text, "cn-pipl/rights", ".md")[0] == status


@pytest.mark.parametrize(
    ("imports", "contact", "status"),
    [(_BRAND, "<li>Email: {brand.email}</li>", "covered"), ("", "<li>Email: {props.email}</li>", "missing")],
)
def test_english_request_pointed_to_contact_details(imports: str, contact: str, status: str) -> None:
    body = (
        "      <h2>Your privacy rights</h2>\n      <p>You have the right to request that we delete your personal information. "
        "To submit a request, please contact us using the contact details below.</p>\n"
        f"      <h2>Contact us</h2>\n      <ul>\n        {contact}\n      </ul>"
    )
    assert _verdict(_page(imports, body), "us-ccpa/how-to-submit", ".tsx")[0] == status


def test_filled_holds_imported_members_only() -> None:
    doc: Any = parse_string(_page(_BRAND, "      <p>电话：{brand.phone}，{local.email}，{UPDATED}</p>"), suffix=".tsx")
    assert "{brand.phone}" in doc.filled
    assert "{local.email}" not in doc.filled


# Class 2: the way a pointer to the contact section — the end of the policy, a numbered section, the section by its name —
# counts where the document gives a contact (written here), not where the section has only blank labels.
_CONTACT_GIVEN = "\n\n## 九、联系我们\n\n- 邮箱：privacy@acme.cn\n"
_CONTACT_BLANK = "\n\n## 九、联系我们\n\n- 邮箱：\n"
_TW_LISTED = "您得依個人資料保護法第3條行使下列權利：查詢或請求閱覽、請求刪除。"


@pytest.mark.parametrize(
    "pointer",
    [
        "請依本政策末尾所列之聯絡方式提出請求。",
        "請以本政策第九條之聯絡資訊與我們聯繫。",
        "请按本政策第 9 条所列联系方式与我们联系。",
        "請依「聯絡我們」一節所列方式與本公司聯繫。",
    ],
)
@pytest.mark.parametrize(("contact", "status"), [(_CONTACT_GIVEN, "covered"), (_CONTACT_BLANK, "missing")])
def test_pipl_rights_listed_then_pointer_to_contact_section(pointer: str, contact: str, status: str) -> None:
    text = f"# 隐私政策\n\n## 六、您的权利\n\n{_TW_LISTED}{pointer}{contact}"
    assert _verdict(text, "cn-pipl/rights", ".md")[0] == status


@pytest.mark.parametrize(
    "pointer",
    [
        # near-misses: a numbered section with no contact word, a pointer to another document, no pointer at all
        "請依本政策第九條所列方式辦理。",
        "請參閱《會員服務條款》第九條。",
        "本公司將依法處理。",
    ],
)
def test_pipl_rights_listed_near_misses(pointer: str) -> None:
    text = f"# 隐私政策\n\n## 六、您的权利\n\n{_TW_LISTED}{pointer}\n\n## 九、其他\n\n本政策適用中華民國法律。\n"
    assert _verdict(text, "cn-pipl/rights", ".md")[0] == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "To exercise these rights, please use the contact details below.",
        "You may submit a request through the contact information at the end of this policy.",
        "To make a request, please contact us using the contact details in Section 9 below.",
        "如需行使上述权利，请按本政策第九条所列联系方式与我们联系。",
        "如欲行使上述權利，請依「聯絡我們」一節所列方式與本公司聯繫。",
    ],
)
@pytest.mark.parametrize(("contact", "status"), [("- Email: privacy@acme.com", "covered"), ("- Email:", "missing")])
def test_ccpa_request_pointed_to_contact_section(sentence: str, contact: str, status: str) -> None:
    text = (
        "# Privacy Policy\n\n## Your California privacy rights\n\nYou have the right to request that we delete your personal "
        f"information. {sentence}\n\n## Contact us\n\n{contact}\n"
    )
    assert _verdict(text, "us-ccpa/how-to-submit", ".md")[0] == status


def test_ccpa_pointer_to_a_section_of_another_topic_is_no_way() -> None:
    text = (
        "# Privacy Policy\n\n## Your California privacy rights\n\nYou have the right to request that we delete your personal "
        "information. Our retention periods are described in Section 9 below.\n\n## Contact us\n\n- Email: privacy@acme.com\n"
    )
    assert _verdict(text, "us-ccpa/how-to-submit", ".md")[0] == "missing"
