"""False errors and misses of the fortieth session's blind round 40d (eval/blind/round40d, helper u40k2), each both ways.

Not blind: fixed from the round's read findings.  The false errors of vkpi-ts, a TypeScript catalogue read as text:

- an indexed-access type in a script module's code line (`(typeof LEGAL_PAGE_KEYS)[number]`) was read as an English
  slot; in prose, or inside a string after a label or a space, `[number]` stays one
  (`placeholder_instruction.syntax.index_access`);
- the format of a reference number the service issues (「回执号(DSAR-xxxxxxxx)」, "a reference (DSAR-xxxxxxxx)") was
  read as a masked value to fill; a masked hotline (400-XXX-XXXX) or the operator's own number (备案号：ICP-XXXXXXXX)
  stays a slot (`placeholder_instruction.dates._issued_number`).

The set's vkpi-ts keeps its true findings and loses the three false ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts, slot_findings

ROUND40D = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round40d"

_TS = """// 隐私政策文案
export const PRIVACY = {{
  zh: "隐私政策。我们收集您的手机号码用于登录。",
}};
{line}
"""

_MD = "# 隐私政策\n\n更新日期：2024年1月1日\n\n我们收集您的手机号码用于登录。\n\n{line}\n"


@pytest.mark.parametrize(
    "line",
    [
        "export type LegalPageKey = (typeof LEGAL_PAGE_KEYS)[number];",
        "type Item = Items[number];",
        "const first = rows[index];",
    ],
)
def test_an_index_access_in_a_script_module_is_code(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _TS.format(line=line), "placeholder-instruction", "legal.ts") == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ('export const CONTACT = "联系电话：[number]";', "legal.ts"),  # a label's value in a string
        ('export const CONTACT = "Call us at [number].";', "legal.ts"),  # after a space
        ("请拨打电话 [number] 联系我们。", "policy.md"),
        ("Phone: [number]", "policy.md"),
    ],
)
def test_a_number_slot_in_text_stays_one(tmp_path: Path, line: str, name: str) -> None:
    text = (_TS if name.endswith(".ts") else _MD).format(line=line)
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", name) == ["[number]"]


@pytest.mark.parametrize(
    "line",
    [
        "提交后你会得到一个回执号(DSAR-xxxxxxxx),请保留以便跟进。",
        "You receive a reference (DSAR-xxxxxxxx) after submitting; keep it for follow-up.",
        "我们会在受理后发送工单号：TK-XXXXXX，请凭此查询进度。",
    ],
)
def test_the_format_of_a_number_the_service_issues_is_not_a_slot(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("客服热线：400-XXX-XXXX", "400-XXX-XXXX"),
        ("备案号：ICP-XXXXXXXX", "XXXXXXXX"),  # the operator's own number, not one issued to the reader
        ("联系电话：XXXXXXXX", "XXXXXXXX"),
    ],
)
def test_a_masked_contact_or_the_operators_number_stays_a_slot(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == [found]


def test_vkpi_ts_keeps_its_true_findings_and_loses_the_false_ones() -> None:
    lines = {line for line, _, _ in slot_findings(ROUND40D / "dev" / "vkpi-ts" / "legalContent.ts")}
    assert not lines & {8, 195, 202}  # (typeof …)[number], the two DSAR-xxxxxxxx formats
    assert {63, 64, 69, 81, 82, 86, 106, 120, 125, 134, 165} <= lines


# --- the misses of round 40d, as classes (`placeholder_undecided`) -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("我们是运营网址为【少网址】的网站的公司。", "【少网址】"),
        ("联系地址【缺地址】，请来信。", "【缺地址】"),
        ("客服电话：【缺少联系电话】", "【缺少联系电话】"),
        (
            "运营主体：SubShare Demo Team（示例；正式上线请在后台「站点设置」填写真实公司名称）",
            "（示例；正式上线请在后台「站点设置」填写真实公司名称）",
        ),
        ("[Pending legal review] Governing law will be set in the final version.", "[Pending legal review]"),
        ("Cross-border transfer arrangements: [pending legal review].", "[pending legal review]"),
        ("We respect each platform's robots rules [pending per-platform legal check].", "[pending per-platform legal check]"),
        ("尊重各平台的服务条款与 robots 规则【待法务逐平台核对】。", "【待法务逐平台核对】"),
        ("争议解决地【待律师逐条审核】。", "【待律师逐条审核】"),
        ("创作者档案的保留期尚未定案(待办)。", "尚未定案(待办)"),
        ("視頻證據的保存期限尚未決定（待辦）。", "尚未決定（待辦）"),
        ("Retention of creator profiles is still to be decided (open item).", "still to be decided (open item)"),
    ],
)
def test_a_note_of_what_is_missing_or_undecided_is_a_slot(tmp_path: Path, line: str, found: str) -> None:
    assert found in rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md")


@pytest.mark.parametrize(
    "line",
    [
        "您可在【缺省设置】中恢复默认选项。",
        "请前往【少儿频道地址】查看适龄内容。",
        "商品显示【缺货】时无法下单。",
        "商品图片仅为示例（请以实物为准，上线后可在商品页更换）。",
        "订单状态为 [Pending] 时可取消。",
        "您可在【待核对订单】列表中查看。",
        "相关法规尚未定案，我们将持续关注。",
        "The regulation is still to be decided by the authority.",
        "Your request is [pending review] until staff act on it.",
    ],
)
def test_neighbours_of_those_notes_are_not_slots(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _MD.format(line=line), "placeholder-instruction", "policy.md") == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ('  title: "删除 / 勿联系 / 查询申请(草案)",', ["删除 / 勿联系 / 查询申请(草案)"]),
        ('  title: "Data Sources Statement (draft)",', ["Data Sources Statement (draft)"]),
        ('  title: "草案说明",', []),  # no draft mark closing the title
        ('  note: "查询申请(草案)",', []),  # not a title's value
    ],
)
def test_a_title_value_marked_as_a_draft(tmp_path: Path, line: str, found: list[str]) -> None:
    assert rule_excerpts(tmp_path, _TS.format(line=line), "placeholder-instruction", "legal.ts") == found


def test_the_notes_are_read_in_a_pages_script_strings(tmp_path: Path) -> None:
    page = (
        "const DEFAULTS = {\n"
        "  about: ['运营主体：Demo Team（示例；正式上线请在后台填写真实公司名称）', '我们通过网站提供服务。'],\n"
        "  request: ['提交后你会得到一个回执号(DSAR-xxxxxxxx)，请保留。'],\n"
        "};\n"
        "export default function Legal() {\n"
        "  return <main><h1>隐私政策</h1><p>我们收集您的手机号码用于登录。</p>{DEFAULTS.about.map((t) => <p>{t}</p>)}</main>;\n"
        "}\n"
    )
    found = rule_excerpts(tmp_path, page, "placeholder-instruction", "Legal.tsx")
    assert found == ["（示例；正式上线请在后台填写真实公司名称）"]
