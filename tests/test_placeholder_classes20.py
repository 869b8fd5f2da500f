"""Placeholder classes the twentieth blind round (eval/blind/round20) missed on its first run (issue #11 §1): one test per
class, both ways.  Every text below is invented; the shapes are round20's.

1. a white box left where a value goes (⬜ ☐ □ ▢): 「生效日期⬜回填」, 「账号 ID ⬜（字段以实际接入回填）」, 「另立项⬜。」,
   「【具体条号⬜】」 (`placeholder_empty.slots._box_slot`); not a bullet or a check box opening its line (「□ 姓名」, 「☐ 同意」), not a
   form's boxes (「同意□ 不同意□」, 「☑是 □否」), not a box whose blank before it is already the slot (「邮箱：＿＿ ⬜」: one finding);
2. an aside naming a step before publication or final review and an edit, without 请: 「（上架前补充开发者邮箱）」,
   「（占位·终审前回填）」 (`drafting_notes`, group `prestep`); not a step told to the user (「（您上架前补充商品信息）」), nor one
   that edits nothing (「（上线前需完成安全评估）」) or the user's content (「（发布前删除照片中的他人信息）」);
3. a code host's organisation account never renamed, github.com/yourorg/…, and an address under a TLD reserved for
   examples, privacy@shop.example (`addresses._DUMMY_HOST`); not the .example TLD named in prose, nor a sample shown
   (「例如 a@b.example」);
4. the text's own date named by its event in the sentence that dates it: 「本政策自【生效日期】起生效」 (`field_values.
   _date_sentence_place`); not a label before its value (「【生效日期】：2024年1月1日」) nor a datum (「自【登录时间】起」);
5. a Word mail-merge field never merged, «公司名稱» (`syntax`, group `merge`); not guillemets around a quotation;
6. false errors removed: 「灰色方块（占位）」, a placeholder element the app shows, and 「（上线后 7×24 小时服务）」, a
   service promised (`markers`); and a dummy address as the value of a user's field in a sample record in a code block
   (`{"user_email": "xxx@company.com"}`, `addresses._sample_record`); an operator's contact there is still flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _excerpts(tmp_path: Path, body: str) -> list[str]:
    """The excerpt of every placeholder finding at error level in HEAD + body."""
    return [f.excerpt for f in _placeholders(tmp_path, HEAD + body, "md") if f.severity == "error"]


@pytest.mark.parametrize(
    "line",
    [
        "生效日期⬜回填。",
        "| 账号识别 | 平台侧账号 ID ⬜（字段以实际接入回填） | 识别用户 |\n|---|---|---|",
        "数据出境合规另立项⬜。",
        "依据：《条例》【记忆引证·具体条号⬜】；《办法》第⬜条细则⬜。",
        "终审前须：⬜项核验回填",
        "客服通道☐待补充",
        "个人信息保护负责人：□",
    ],
)
def test_a_white_box_left_where_a_value_goes_is_a_slot(tmp_path: Path, line: str) -> None:
    found = _excerpts(tmp_path, line + "\n")
    assert any(set(e) & set("⬜☐□") for e in found), found


@pytest.mark.parametrize(
    "line",
    [
        "□ 姓名\n□ 手机号码",
        "☐ 同意　☐ 不同意",
        "同意□ 不同意□",
        "☑是 □否",
        "请勾选：□ 查阅 □ 更正",
        "- ☐ 查阅您的个人信息",
    ],
)
def test_bullets_and_check_boxes_are_not_slots(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == []


def test_a_box_after_a_blank_is_one_finding(tmp_path: Path) -> None:
    assert _excerpts(tmp_path, "- 受理邮箱：＿＿ ⬜\n") == ["＿＿"]


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("## 七、联系方式（占位·终审前回填）", "（占位·终审前回填）"),
        ("（上架前补充开发者邮箱）", "（上架前补充开发者邮箱）"),
        ("客服电话（定稿前核实）", "（定稿前核实）"),
        ("生效日期（发布前更新）", "（发布前更新）"),
    ],
)
def test_an_aside_with_a_step_before_publication_is_a_drafting_note(tmp_path: Path, line: str, note: str) -> None:
    assert note in _excerpts(tmp_path, line + "\n")


@pytest.mark.parametrize(
    "line",
    ["（您上架前补充商品信息即可）", "我们会在上线前完成安全评估（上线前需完成安全评估）。", "（发布前删除照片中的他人信息）"],
)
def test_an_aside_told_to_the_user_or_editing_nothing_is_not(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == []


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("- **GitHub Issues**: https://github.com/yourorg/invoice/issues", "https://github.com/yourorg"),
        ("源代码：https://gitlab.com/your-org/app", "https://gitlab.com/your-org"),
        ("- **Email**: privacy@invoice-assistant.example", "privacy@invoice-assistant.example"),
        ("网址：https://shop.example/privacy", "https://shop.example"),
    ],
)
def test_template_accounts_and_reserved_hosts_are_dummy_addresses(tmp_path: Path, line: str, address: str) -> None:
    assert address in _excerpts(tmp_path, line + "\n")


@pytest.mark.parametrize(
    "line", ["我们不使用 .example 域名。", "邮箱格式例如 a@b.example，仅为示例。", "https://github.com/yourorganic/app 是一个真实项目。"]
)
def test_reserved_tld_in_prose_and_real_accounts_are_not(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == []


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("本隐私政策自【生效日期】起生效。", "【生效日期】"),
        ("本政策于［更新日期］更新。", "［更新日期］"),
        ("自[发布日期]起施行。", "[发布日期]"),
    ],
)
def test_a_date_slot_in_the_sentence_that_dates_the_text(tmp_path: Path, line: str, slot: str) -> None:
    assert slot in _excerpts(tmp_path, line + "\n")


@pytest.mark.parametrize("line", ["【生效日期】：2024年1月1日", "我们会保存您自【登录时间】起的操作记录。"])
def test_a_date_label_or_a_datum_is_not(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == []


def test_a_sample_record_of_user_data_in_code_is_not_a_slot(tmp_path: Path) -> None:
    body = '## 我们不收集\n\n```\n{\n  "user_email": "xxx@company.com",\n  "support": "privacy@example.com"\n}\n```\n'
    assert _excerpts(tmp_path, body) == ["privacy@example.com"]


# --- 5. «公司名稱»: a Word mail-merge field never merged (q20h's finding) -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [("本政策由«公司名稱»制定。", "«公司名稱»"), ("聯絡信箱：«Email»", "«Email»"), ("«Company Name» operates it.", "«Company Name»")],
)
def test_a_mail_merge_field_is_a_slot(tmp_path: Path, line: str, slot: str) -> None:
    assert slot in _excerpts(tmp_path, line + "\n")


@pytest.mark.parametrize("line", ["Le mot « oui » est français.", "«这是一句话，不是字段。»"])
def test_guillemets_around_a_quotation_are_not(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == []


# --- 7. false errors of older forms that q20v met on invented text ------------------------------------------------------


@pytest.mark.parametrize("line", ["图片加载时显示灰色方块（占位），加载完成后显示图片。", "客服电话：400-820-8820（上线后 7×24 小时服务）"])
def test_an_app_s_placeholder_element_and_a_service_promise_are_not_drafting_marks(tmp_path: Path, line: str) -> None:
    """`markers`: （占位） after the element an app shows while loading; 上线后 with no edit after it (a promise of service)."""
    assert _excerpts(tmp_path, line + "\n") == []


@pytest.mark.parametrize(
    ("line", "slot"), [("联系邮箱：privacy@demo.cn（占位）", "（占位）"), ("客服电话：400-820-8820（上线后更新）", "（上线后更新）")]
)
def test_the_same_marks_after_a_contact_value_still_are(tmp_path: Path, line: str, slot: str) -> None:
    assert slot in _excerpts(tmp_path, line + "\n")
