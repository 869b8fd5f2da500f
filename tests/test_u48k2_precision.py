"""Forty-eighth session (u48k2): the false findings eval/precision48 and eval/blind/round48d found on the session's start,
each as a class written in other forms, with its near misses that must still be reported, and the real lines as
regressions: written Cantonese's particle 晒 (script-mixed), a code object's `status: 'draft',` (placeholder-drafting), a
named provider's regions 「Upstash Inc.（美國 / 歐盟）」 (placeholder-hedge) and a notice signed 「中華民國 105 年 7 月 25 日」
under its signatory (date-format "no date")."""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file
from policylens.model import Finding


def _findings(tmp_path: Path, text: str, suffix: str = "md", rule: str = "") -> list[Finding]:
    """The findings of `check` on `text` written as policy.SUFFIX whose rule starts with `rule`."""
    path = tmp_path / f"policy.{suffix}"
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f for f in report.findings if f.rule.startswith(rule)]


# --- script-mixed: written Cantonese's 晒 ---------------------------------------------------------------------------

_CANTONESE = "# 私隱政策\n\n你嘅紀錄只會儲存喺你部電話。我哋唔會上傳。\n\n{line}\n"


def test_cantonese_particle_sai_is_not_simplified(tmp_path: Path) -> None:
    for line in ("入「設定 > 清除所有資料」就可以一次過刪除晒。", "你可以隨時刪除晒啲紀錄。", "用晒所有額度之後，服務會暫停。"):
        found = _findings(tmp_path, _CANTONESE.format(line=line), rule="script-mixed")
        assert found == [], (line, [f.message for f in found])


def test_sai_outside_written_cantonese_or_as_drying_is_reported(tmp_path: Path) -> None:
    formal = "# 私隱政策\n\n本公司重視您的個人資料。您可於設定中刪除晒資料。\n"
    assert [f.severity for f in _findings(tmp_path, formal, rule="script-mixed")] == ["error"]
    drying = _CANTONESE.format(line="我哋唔會晒太陽。")
    assert [f.excerpt for f in _findings(tmp_path, drying, rule="script-mixed")] != []
    other = _CANTONESE.format(line="刪除晒之后就冇辦法復原。")  # 后 beside it: still a Simplified character
    assert _findings(tmp_path, other, rule="script-mixed") != []


def test_cantonese_particle_in_a_dart_screen(tmp_path: Path) -> None:
    """eval/blind/round48d checkin-hk-dart L45 (its lines, shortened)."""
    text = (
        "final sections = [\n"
        "  _PolicySection(\n"
        "    title: '我哋會睇到你填乜嘢嗎？',\n"
        "    body: '唔會。呢個 demo 冇賬戶登入、冇雲端同步，'\n"
        "        '亦都冇任何人可以遠端讀取你填嘅嘢。',\n"
        "  ),\n"
        "  _PolicySection(\n"
        "    title: '我點樣刪除所有紀錄？',\n"
        "    body: '入「設定 > 清除所有資料」就可以一次過刪除晒。'\n"
        "        '動作完成之後冇辦法復原，請保留需要嘅內容先刪除。',\n"
        "  ),\n"
        "];\n"
    )
    assert _findings(tmp_path, text, "dart", rule="script-mixed") == []


# --- placeholder-drafting: a code object's status field -----------------------------------------------------------


def test_code_object_status_draft_is_not_a_status_line(tmp_path: Path) -> None:
    """eval/precision48 kebiao-ts L191, L209 and other spellings of the same field."""
    text = (
        "const PAGES = {\n"
        "  about: {\n"
        "    title: '隐私政策',\n"
        "    content: '我们重视您的个人信息，仅在提供服务所必需时收集。',\n"
        "  },\n"
        "};\n"
        "function build(definition) {\n"
        "  return {\n"
        "    content: definition.content,\n"
        "    status: 'draft',\n"
        "    extraJson: definition.extraJson,\n"
        "  };\n"
        "}\n"
        "function normalize(row) {\n"
        "  return {\n"
        "    status: row.status || 'draft',\n"
        '    state: { status: "draft" },\n'
        "    next: row.status ?? `draft`,\n"
        "  };\n"
        "}\n"
    )
    assert _findings(tmp_path, text, "ts", rule="placeholder-drafting") == []


def test_status_lines_in_prose_stay_reported(tmp_path: Path) -> None:
    for line in ("Status: Draft", "状态：草稿", "Status: 'Draft'", "狀態：草案，待法務確認"):
        text = f"# 隐私政策\n\n{line}\n\n我们重视您的个人信息。\n"
        assert [f.rule for f in _findings(tmp_path, text, rule="placeholder-drafting")] == ["placeholder-drafting"], line


# --- placeholder-hedge: the regions of a named provider -----------------------------------------------------------


def test_named_providers_regions_are_not_a_hedge(tmp_path: Path) -> None:
    lines = [
        "資料快取 <strong>Upstash Inc.</strong>（美國 / 歐盟）— Redis 配額紀錄",  # eval/precision48 aistock-tw-tsx L84
        "雲端服務 **Amazon Web Services**（美國/歐盟）",
        "数据由某某科技有限公司（中国大陆/香港）处理",
    ]
    text = "# 隱私權政策\n\n" + "\n\n".join(f"- {line}" for line in lines) + "\n"
    assert _findings(tmp_path, text, rule="placeholder-hedge") == []


def test_undecided_regions_stay_a_hedge(tmp_path: Path) -> None:
    for line in ("本公司將資料存放於（中國大陸/香港）的伺服器。", "数据将存储于【中国大陆/香港】。"):
        text = f"# 隱私權政策\n\n{line}\n"
        assert [f.rule for f in _findings(tmp_path, text, rule="placeholder-hedge")] == ["placeholder-hedge"], line


# --- date-format: a notice signed with its date ---------------------------------------------------------------------

_SIGNED = "# 蒐集個人資料告知事項\n\n本院依個人資料保護法第8條告知您下列事項。\n\n{sign}\n\n{date}\n\n【同意事項】\n\n本人已閱讀並同意。\n\n姓名\n\nEmail\n\n提交\n\n送出\n"


def test_date_under_a_signatory_dates_the_notice(tmp_path: Path) -> None:
    for sign, date in (
        ("職 稱：產業經濟與趨勢中心主任", "中華民國 105 年 7 月 25 日"),  # eval/precision48 itri-tw-jsp L138-L142
        ("財團法人工業技術研究院", "中華民國105年7月25日"),
        ("某某股份有限公司", "2016 年 7 月 25 日"),
        ("负责人：张三", "2016年7月25日"),
    ):
        found = _findings(tmp_path, _SIGNED.format(sign=sign, date=date), rule="date-format")
        assert found == [], (sign, date)


def test_bare_date_under_other_lines_is_still_no_date(tmp_path: Path) -> None:
    found = _findings(tmp_path, _SIGNED.format(sign="我們的服務介紹", date="2016 年 7 月 25 日"), rule="date-format")
    assert [f.rule for f in found] == ["date-format"]


def test_itri_notice_in_its_jsp_markup(tmp_path: Path) -> None:
    """The real shape: tab-indented spans of a Struts JSP page, the consent form after the signed date."""
    spans = [
        "十、對本院所持有您的個資，本院會按照政府相關法規予以保密並妥善保管。",
        "財團法人工業技術研究院",
        "姓 名：蘇孟宗",
        "職 稱：產業經濟與趨勢中心主任",
        "中華民國 105 年 7 月 25 日",
    ]
    body = "".join(f"\t\t\t\t<span>\n\t\t\t\t\t{s}\n\t\t\t\t</span><br><br>\n" for s in spans)
    text = (
        '<%@ page contentType="text/html; charset=UTF-8" %>\n<html><body>\n<div>\n<h2>蒐集個人資料告知事項暨個人資料提供同意書</h2>\n'
        + body
        + "\t\t\t</div>\n\t\t\t<span>【同意事項】</span><br>\n\t\t\t<span>\n\t\t\t\t本人已閱讀並瞭解上述告知事項。\n\t\t\t</span>\n"
        + '<ul><li><b>姓名</b><s:textfield name="name"/></li><li><b>Email</b><s:textfield name="email"/></li></ul>\n'
        + '<input type="submit" value="提交">\n</body></html>\n'
    )
    assert _findings(tmp_path, text, "jsp", rule="date-format") == []
