"""Forty-eighth session (u48k2): text still awaited from someone, said in its place (`rules.placeholder_awaited`): the
misses of eval/blind/round48d and the one eval/precision48 noticed, each class in other forms (Traditional, Simplified,
English; Markdown, TypeScript, TSX, C#), with its near misses, and the real lines as regressions."""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file
from policylens.model import Finding


def _slots(tmp_path: Path, text: str, suffix: str = "md") -> list[Finding]:
    """The placeholder findings of `check` on `text` written as policy.SUFFIX."""
    path = tmp_path / f"policy.{suffix}"
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f for f in report.findings if f.rule.startswith(("placeholder", "enumeration"))]


def _lines(findings: list[Finding]) -> set[int]:
    return {f.line for f in findings}


_HEAD = "# 私隱政策\n\n最後更新：2025年1月1日\n\nAKKI 重視你的私隱。AKKI 營運單車公園。AKKI 會保護資料。\n\n"


def _policy(lines: list[str], head: str = _HEAD) -> str:
    return head + "\n\n".join(lines) + "\n"


def _line_of(k: int) -> int:
    return 7 + 2 * k


# --- a pending note naming the operator ---------------------------------------------------------------------------


def test_operator_pending_notes_are_slots(tmp_path: Path) -> None:
    lines = [
        "保留期限：待 AKKI 確認。",
        "車手可要求查閱或更正個人資料。申請程序待 AKKI 確認。",
        "法律效力待 AKKI 法律顧問確認。",
        "正式條款由 AKKI 提供。",
        "Retention periods: to be confirmed by AKKI.",
        "Final terms are to be provided by AKKI.",
        "Legal effect to be confirmed by AKKI's legal adviser.",
        "The final waiver is to be written and approved by AKKI's legal adviser.",
    ]
    found = _slots(tmp_path, _policy(lines))
    assert _lines(found) == {_line_of(k) for k in range(len(lines))}, [(f.line, f.excerpt) for f in found]
    assert {f.severity for f in found} == {"error"}


def test_simplified_operator_note(tmp_path: Path) -> None:
    head = "# 隐私政策\n\n最后更新：2025年1月1日\n\nStratum 重视隐私。Stratum 提供服务。Stratum 保护数据。\n\n"
    found = _slots(tmp_path, _policy(["数据保存期限：待 Stratum 确认。", "责任条款将由 Stratum 法律顾问提供。"], head))
    assert _lines(found) == {7, 9}


def test_pending_steps_and_platforms_are_not_operator_notes(tmp_path: Path) -> None:
    lines = [
        "訂閱待 Apple 確認後生效。",  # a platform named once, and a step of a flow
        "你的預約待 AKKI 確認。",  # said to the reader
        "預約待 AKKI 確認後生效。",  # a step: 確認後
        "Your booking is to be confirmed by AKKI.",
        "Refunds are to be approved by the bank.",
        "Transfers are to be confirmed by Stripe.",  # named once
        "本應用程式使用 Firebase（由 AKKI 提供）作為身份驗證平台。",  # round48d mopup-hk-zh-en-tsx L104: a service's provider
        "Maps are provided by AKKI and are to be provided by AKKI partners.",
    ]
    assert _slots(tmp_path, _policy(lines)) == []


# --- the label 預留 / Placeholder opening a clause ---------------------------------------------------------------------


def test_reserved_and_placeholder_labels_are_slots(tmp_path: Path) -> None:
    lines = [
        "預留：山地單車運動存在受傷風險。",
        "預留預約條款，本條款稍後更新。",
        "预留联系方式，请稍候。",
        "Placeholder: transfer rules will follow.",
        "Placeholder booking terms. Final wording will follow.",
        "Send requests to the park office (placeholder contact, to be updated).",
    ]
    found = _slots(tmp_path, _policy(lines))
    assert _lines(found) == {_line_of(k) for k in range(len(lines))}, [(f.line, f.excerpt) for f in found]


def test_reserving_a_right_or_a_form_hint_is_not_a_label(tmp_path: Path) -> None:
    lines = [
        "本公司預留修改本政策之權利。",
        "我們會為你預留時段。",
        "Placeholder text in form fields shows an example of what to enter.",
        "We reserve a placeholder seat for guardians.",
    ]
    assert _slots(tmp_path, _policy(lines)) == []


# --- 占位符 as a value; the content still in preparation -------------------------------------------------------------------


def test_placeholder_word_as_a_value(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n最后更新：占位符 — 正式法律文案待 Wiki 审核\n\n我们重视您的隐私。\n\nLast updated: placeholder\n"
    assert _lines(_slots(tmp_path, text)) == {3, 7}


def test_content_in_preparation_is_a_slot(tmp_path: Path) -> None:
    for line in (
        "正式隐私政策内容正在准备中。",
        "本頁內容準備中。",
        "完整版隱私權政策將於正式上線前公告。",
        "此頁面尚在開發中，敬請期待更多內容。",
        "本页面正在建设中。",
    ):
        text = f"# 隱私權政策\n\n最後更新：2025年1月1日\n\n{line}\n"
        assert _lines(_slots(tmp_path, text)) == {5}, line


def test_features_in_development_are_not_the_page(tmp_path: Path) -> None:
    lines = ["新功能正在開發中，敬請期待。", "我們正在準備中文版說明書。", "更新後的隱私政策將於本頁公告。"]
    text = "# 隱私權政策\n\n最後更新：2025年1月1日\n\n" + "\n\n".join(lines) + "\n"
    assert _slots(tmp_path, text) == []


def test_real_pages_in_preparation(tmp_path: Path) -> None:
    """eval/blind/round48d stratum-tsx L12, L18 and nutribase-tw-tsx L18, their shape."""
    text = (
        "export default function PrivacyPage() {\n  return (\n    <main>\n      <h1>隐私政策</h1>\n"
        '      <p className="text-sm">最后更新：占位符 — 正式法律文案待 Wiki 审核</p>\n'
        "      <section>\n        <h2>数据收集</h2>\n        <p>\n          正式隐私政策内容正在准备中。\n        </p>\n      </section>\n"
        "      <p>本頁內容準備中。完整版隱私權政策將於正式上線前公告。</p>\n"
        "    </main>\n  );\n}\n"
    )
    assert _lines(_slots(tmp_path, text, "tsx")) == {5, 9, 12}


# --- an instruction to the admin as a value ------------------------------------------------------------------------


def test_admin_instruction_as_a_value(tmp_path: Path) -> None:
    """eval/precision48 kebiao-ts L62, L63 (a NestJS service's default content page)."""
    text = (
        "const DEFAULTS = {\n  about: {\n    title: '关于我们',\n"
        "    content: '课表提醒用于帮助用户管理课程。',\n"
        "    contacts: [\n"
        "      { label: '商务合作', value: '请在后台填写邮箱或微信号' },\n"
        "      { label: '问题反馈', value: '请在后台填写反馈渠道' },\n"
        "      { label: '客服', value: '請於後台設定客服信箱' },\n"
        "    ],\n  },\n};\n"
    )
    assert _lines(_slots(tmp_path, text, "ts")) == {6, 7, 8}


def test_admin_console_said_to_the_reader_is_not_a_slot(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n最后更新：2025年1月1日\n\n您可在后台填写您的邮箱。\n\n商家请在后台填写退货地址，我们据此寄回商品。\n"
    assert _slots(tmp_path, text) == []


# --- a bracketed descriptive slot beside a "your …" one -----------------------------------------------------------


def test_descriptive_bracket_beside_a_your_slot(tmp_path: Path) -> None:
    """eval/blind/round48d groot-hant-cs L18: three bracket slots in one C# string."""
    text = (
        "public partial class FrmLaw : Form {\n  public FrmLaw() {\n"
        '    this.box.Text = "使用條款\\r\\n\\r\\n1.1 此服務由[您的公司名稱]提供。\\r\\n\\r\\n'
        '隱私政策請見[隱私政策鏈接]。\\r\\n\\r\\n本條款受[法律適用的法律管轄機構]管轄。";\n  }\n}\n'
    )
    found = _slots(tmp_path, text, "cs")
    assert sorted(f.excerpt for f in found) == ["[您的公司名稱]", "[法律適用的法律管轄機構]", "[隱私政策鏈接]"]


def test_brackets_without_a_your_slot_are_left(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n最後更新：2025年1月1日\n\n請點選[帳號與安全設定]查看。詳見[隱私權政策全文](https://akki.hk/privacy)。\n"
    assert _slots(tmp_path, text) == []


def test_template_literals_of_a_catalogue_read_as_text(tmp_path: Path) -> None:
    """eval/blind/round48d akki-hk-zh-en-ts L19, L22, L41: a bilingual catalogue of `L(en, zh)` calls, read as plain text,
    its template literals with `${…}` (not Markdown code spans in a script)."""
    text = (
        "const L = (en: string, zh: string) => ({ en, zh });\n"
        "export const legalDocs = {\n  privacy: [\n"
        '    { id: "intro", h: L("Approach", "方針"), p: [L("AKKI designs its booking system with care.", "AKKI 審慎設計預約系統。")] },\n'
        '    { id: "retention", h: L("Retention", "保留期限"), p: [L("Retention periods: to be confirmed by AKKI.", "保留期限：待 AKKI 確認。")] },\n'
        '    { id: "requests", h: L("Privacy requests", "私隱查詢"), p: [L(`Send privacy requests to ${site.email} '
        "(placeholder contact, to be confirmed).`, `私隱查詢請發送至 ${site.email}（預留聯絡方式，待確認）。`)] },\n"
        '    { id: "waiver", h: L("Waiver", "免責聲明"), p: [L(`Placeholder waiver text, version ${site.v}.`, '
        "`預留免責聲明文本，版本 ${site.v}。`)] },\n"
        '    { id: "code", h: L("Code", "程式"), p: [L(`${a}`, `x`)] },\n'
        "  ],\n};\n"
    )
    found = _slots(tmp_path, text, "ts")
    assert _lines(found) == {5, 6, 7}, [(f.line, f.excerpt) for f in found]


def test_reader_side_brackets_are_no_anchor(tmp_path: Path) -> None:
    """eval/precision28 mstw-md L1144, precision36 fanpaizi-renewal-html: 「[您的手機]」, 「[您的姓名]」 are the reader's own
    fields; a bracket beside them is not made a slot."""
    text = "# 隱私權政策\n\n最後更新：2025年1月1日\n\n開啟[您的手機設定]，再到[您的手機]的[應用程式權限設定]關閉定位。\n"
    found = _slots(tmp_path, text)
    assert "[應用程式權限設定]" not in [f.excerpt for f in found]
