"""Fifty-fourth session (u54v): the precision audit of the session's merged `check` classes, together.

The sweep of eval/precision-sweep49 (base 735b9f5b against lead54 22eefd45) moved no finding but the ones the helpers
meant (eval/precision-sweep49/README.md, "Fifty-fourth session (helper u54v)").  Constructed probes of the new classes found
five false classes, fixed here: `placeholder_confirm_note` read the sentence's own verb set in brackets for emphasis, its object
or complement right after it, as a drafting note — 「会在收到您的申请后【需要确认】您的身份信息」, 「部分功能[需更新]至最新版本」,
"we contact you [to confirm] your identity" (a note to the drafter is a parenthesis: never followed by the reader as
its object, a 至/到/成 of its verb, or a 后/时/方可 that makes it the clause's predicate); and a control or a state
named in quotes or at the end of a menu path, 「点击“[待确认]”」, 「“我的-订单-[待确认]”中」, 「“设置”→“[需确认]”」.  And one in
`placeholder_empty.sdk_fields` with its new party words (u54f: 开发者, 运营方): a party's label over its name's field,
「运营方：」 then 「公司名称：…」「注册地址：…」, read as an empty field — it heads the party's details; and a state of content or
data under review read as a note (「内容【待审核】期间」, 「将[待审核]」, 「若您的账户资料【待完善】，」), and a duty with no team set in
brackets before its object (「证件照片【需核实】真实性」).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_slot_lines, slot_findings


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANS, "我们的客服会在收到您的申请后【需要确认】您的身份信息。"),
        (HEAD_HANS, "部分功能[需更新]至最新版本后方可使用。"),
        (HEAD_HANS, "首次登录时【需确认】你已阅读并同意本政策。"),
        (HEAD_HANS, "您的实名信息[需核实]后方可提现。"),
        (HEAD_HANS, "注销申请[待审核]时，您的账号将被冻结。"),
        (HEAD_HANS, "相关材料【需提供】给我们的客服人员。"),
        (HEAD_HANT, "客服會在收到申請後【需要確認】您的身分資料。"),
        (HEAD_HANT, "部分功能[需更新]到最新版本後方可使用。"),
        (HEAD_EN, "We will contact you [to confirm] your identity before we act on the request."),
        (HEAD_EN, "Our staff may call [to verify] whether the request came from you."),
        # a control or a state in quotes, the last step of a menu path
        (HEAD_HANS, "您可以点击“[待确认]”查看尚未完成的订单。"),
        (HEAD_HANS, "您提交的申请将显示为“【待审核】”，审核通过后我们会通知您。"),
        (HEAD_HANS, "您可以在“我的-订单-[待确认]”中查看。"),
        (HEAD_HANS, "您可在“设置”→“[需确认]”中修改。"),
        (HEAD_HANT, "您可在「我的」＞「【待確認】」查看訂單。"),
    ],
)
def test_the_sentences_own_verb_in_brackets_is_no_note(tmp_path: Path, head: str, line: str) -> None:
    assert 7 not in paragraph_slot_lines(tmp_path, head, [line])


@pytest.mark.parametrize(
    ("head", "line", "note"),
    [
        (HEAD_HANS, "我们会收集访问日期和时间及您访问的网页记录[需要技术确认]等。", "[需要技术确认]"),
        (HEAD_HANS, "我们会将您的信息保存[待确认]个月，到期后删除。", "[待确认]"),
        (HEAD_HANS, "我们会收集您的设备标识符[待产品确认]，用于安全风控。", "[待产品确认]"),
        (HEAD_HANS, "我们会收集您的设备标识符【需技术确认】以及网络状态。", "【需技术确认】"),
        (HEAD_HANT, "我們會收集您的裝置識別碼【待確認】，用於安全風控。", "【待確認】"),
        (HEAD_HANS, "本应用（以下简称“[待确认]”）由我们提供。", "（以下简称“[待确认]”）"),
        (HEAD_HANS, "本政策生效日期-[待确认]，请您仔细阅读。", "[待确认]"),
        (HEAD_EN, "We collect your device identifier [to confirm] for security.", "[to confirm]"),
        (HEAD_EN, "We keep server logs [to be verified with engineering] for 30 days.", "[to be verified with engineering]"),
    ],
)
def test_a_note_before_other_words_stays_a_slot(tmp_path: Path, head: str, line: str, note: str) -> None:
    path = tmp_path / "policy.md"
    path.write_text(head + line + "\n", encoding="utf-8")
    assert (7, note) in {(n, e) for n, _, e in slot_findings(path)}


def test_round54p_xiongshare_note_kept() -> None:
    """eval/blind/round54p xiongshare-zh-vue L45 「网页记录[需要技术确认]等」: still the one placeholder finding."""
    path = Path(__file__).resolve().parents[1] / "eval/blind/round54p/dev/xiongshare-zh-vue/index.vue"
    assert [(n, e) for n, _, e in slot_findings(path)] == [(45, "[需要技术确认]")]


def _empty_lines(tmp_path: Path, name: str, text: str) -> set[int]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {line for line, rule, _ in slot_findings(path) if rule == "placeholder-empty"}


_HEAD_SECTION = "# 隐私政策\n\n更新日期：2024年1月1日\n\n## 十、如何联系我们\n\n"


@pytest.mark.parametrize(
    "fields",
    [
        "运营方：\n公司名称：上海星河网络科技有限公司\n注册地址：上海市浦东新区张江路100号\n联系电话：021-61234567\n",
        "开发者：\n名称：上海星河网络科技有限公司\n地址：上海市浦东新区张江路100号\n邮箱：privacy@xinghe.cn\n",
        "運營方：\n公司全稱：星河網路科技股份有限公司\n地址：臺北市信義區松仁路100號\n",
        "提供方：\n企业名称：上海星河网络科技有限公司\n联系电话：021-61234567\n",
    ],
)
def test_a_partys_label_over_its_name_is_no_empty_field(tmp_path: Path, fields: str) -> None:
    """(u54v probe) the SDK field words 开发者 / 运营方 (u54f): a party's label over its own details is their heading."""
    assert _empty_lines(tmp_path, "policy.md", _HEAD_SECTION + fields + "\n## 十一、其他\n\n本政策自发布之日起生效。\n") == set()


@pytest.mark.parametrize("name", ["名称", "公司名称"])
def test_a_partys_label_glued_to_its_name_is_no_empty_field(tmp_path: Path, name: str) -> None:
    """<br> lines of one paragraph, read glued: 「运营方：名称：上海…」."""
    html = (
        "<html><body><h1>隐私政策</h1><p>更新日期：2025年5月13日</p><h2>联系我们</h2>"
        f"<p>运营方：<br>{name}：上海星河网络科技有限公司<br>联系电话：021-61234567</p></body></html>"
    )
    assert _empty_lines(tmp_path, "policy.html", html) == set()


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        # an SDK entry's developer left empty, the entry's next field below: still found
        ("SDK名称：glide\n开发者：\n使用目的：图片加载\n收集信息范围：存储的个人文件\n", 8),
        ("SDK名称：glide\n开发者名称：\n名称：glide\n使用目的：图片加载\n", 8),
        # the party's name missing: its details start with another field
        ("运营方：\n注册地址：上海市浦东新区张江路100号\n联系电话：021-61234567\n", 7),
    ],
)
def test_an_empty_party_field_still_found(tmp_path: Path, fields: str, line: int) -> None:
    assert line in _empty_lines(tmp_path, "policy.md", _HEAD_SECTION + fields + "\n## 十一、其他\n\n本政策自发布之日起生效。\n")


@pytest.mark.parametrize(
    ("head", "line"),
    [
        # (u54v probe) a state of content or data under review, not a drafting note
        (HEAD_HANS, "内容【待审核】期间，仅您本人可见。"),
        (HEAD_HANS, "发布后内容将[待审核]，通过后展示。"),
        (HEAD_HANS, "您的作品处于审核队列【待审核】，我们会尽快处理。"),
        (HEAD_HANS, "身份信息【待核实】期间，部分功能受限。"),
        (HEAD_HANS, "若您的账户资料【待完善】，我们会提醒您补充。"),
        (HEAD_HANS, "对于【待核实】信息，我们将暂停展示。"),
        (HEAD_HANT, "若您的帳戶資料【待完善】，我們會提醒您補充。"),
    ],
)
def test_a_state_under_review_is_no_note(tmp_path: Path, head: str, line: str) -> None:
    assert 7 not in paragraph_slot_lines(tmp_path, head, [line])


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("如您连续[待确认]天未登录，我们将注销您的账号。", "[待确认]"),
        ("请确认我们收集的网页记录[需要技术确认]等。", "[需要技术确认]"),
        ("当前版本的保存期限为【待核实】，到期后删除。", "【待核实】"),
    ],
)
def test_a_note_in_a_condition_or_after_its_verb_stays_a_slot(tmp_path: Path, line: str, note: str) -> None:
    path = tmp_path / "policy.md"
    path.write_text(HEAD_HANS + line + "\n", encoding="utf-8")
    assert (7, note) in {(n, e) for n, _, e in slot_findings(path)}


@pytest.mark.parametrize(
    "line",
    [
        # (u54v probe) a duty set in brackets for emphasis, its object right after it
        "用户【须确认】本人已年满18周岁。",
        "注册前【需确认】已阅读本协议全部条款。",
        "上传的证件照片【需核实】真实性。",
    ],
)
def test_a_duty_in_brackets_before_its_object_is_no_note(tmp_path: Path, line: str) -> None:
    assert 7 not in paragraph_slot_lines(tmp_path, HEAD_HANS, [line])


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("我们会收集IP地址[需确认]及设备型号。", "[需确认]"),
        ("我们会收集IP地址【需核实】、设备型号。", "【需核实】"),
        ("我们会将日志保存【需确认】天，到期后删除。", "【需确认】"),
    ],
)
def test_a_duty_note_before_a_list_word_or_a_unit_stays_a_slot(tmp_path: Path, line: str, note: str) -> None:
    path = tmp_path / "policy.md"
    path.write_text(HEAD_HANS + line + "\n", encoding="utf-8")
    assert (7, note) in {(n, e) for n, _, e in slot_findings(path)}


def test_a_state_filling_a_table_cell_is_no_note(tmp_path: Path) -> None:
    """lead54 failed tests/test_lead30.py and tests/test_round25.py here: a state column's value 「| [待审核] | … |」 and a
    state row 「| 订单状态 | [待确认] |」 were read as notes (the cells are `placeholder_pending`'s); a note inside a cell's
    sentence still is one."""
    rows = "| 状态 | 说明 |\n| --- | --- |\n| [待审核] | 订单提交后等待平台审核 |\n| 订单状态 | [待确认] |\n"
    path = tmp_path / "policy.md"
    path.write_text(HEAD_HANS + rows + "\n| 日志 | 保存访问日志[需要技术确认]等 |\n", encoding="utf-8")
    assert [(n, e) for n, _, e in slot_findings(path)] == [(12, "[需要技术确认]")]
