"""Placeholders met while building eval/dev14 (issue #11, fourteenth session, c11p): one test per class, both ways.

dev14's first run (main d49a940) found 0 of its 8 placeholders.  The classes below are the forms it missed, each
seen in real published text first; every must-find line is quoted from a real policy, every must-not-fire line
is real clean text with the same words:

- the template's brackets left around each filled part of the policy's date: 「2019年【01】月【25】日」 (three apps'
  policies of one template in eval/dev14; 「更新日期：2025年【3】月【16】日」 in eval/dev2; 「更新日期：2021年【01】月
  【13】日」 in a published policy met while searching), `placeholder-residue`
  (`cli/policylens/rules/placeholder_residue.py`); not a footnote mark after an address 「1403室【2】」, nor a filled
  period 「【6】个月」, nor 「法释[2004]1号」;
- a note telling the operator what to add before the public beta: 「公开测试前必须补充运营主体、联系方式…完整隐私政策」
  (the first commit of a mini-program's privacy page, eval/dev14), `placeholder-drafting`
  (`cli/policylens/rules/placeholder_drafting/notes.py`); not a developer's plan 「公开测试前必须重新设计…」 with no edit of
  the text;
- a paragraph that is only a seed row's stand-in for the policy: 「黛西健康用户隐私政策示例内容。」, 「隐私政策示例」,
  「测试隐私政策」 (an admin's or a CMS's seed data shown as the policy page, three seed rows met while searching),
  `placeholder-instruction` (`cli/policylens/rules/placeholder_forms.py`); not 「隐私政策示例：」 opening the sample it
  introduces, nor a heading.

Left open, with its evidence: a bracketed phrase in running text that is not a field name (「当您使用本小程序的
[关联生信息] 时」, dev14's `onething-vue`; the brief's 「除非您主动开启[云同步功能]」 was not met in real text).  Its real
neighbours in clean text are link labels (「它拥有自己的[隐私政策](https://…)」, about a hundred in our real text),
numbered clause titles (「1. [条款的范围]」, eval/precision12), notes in an SDK list (「IMEI[后台获取]」) and filled names
left in brackets (「由[羊鸡场]」, eval/dev8); one slot is not enough to tell them apart, so no rule was written (the last
test keeps the neighbours silent).
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _placeholders


def _rules(tmp_path: Path, lines: list[str], suffix: str = "md") -> list[tuple[int, str, str]]:
    """(line, rule, excerpt) of every placeholder-* finding, each line its own paragraph (line 3, 5, 7, …)."""
    found = _placeholders(tmp_path, "# 隐私政策\n\n" + "\n\n".join(lines) + "\n", suffix)
    return [(f.line, f.rule, f.excerpt) for f in found if f.rule.startswith("placeholder")]


# --- 2019年【01】月【25】日: brackets left around the filled parts of a date ---------------------------


def test_brackets_left_around_the_parts_of_a_date_are_residue(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "2019年【01】月【25】日",
            "更新日期：2025年【3】月【16】日",
            "更新日期：2021年【01】月【13】日",
        ],
    )
    assert [(line, rule) for line, rule, _ in found] == [(3, "placeholder-residue"), (5, "placeholder-residue"), (7, "placeholder-residue")]
    assert found[0][2] == "2019年【01】月【25】日"


def test_the_residue_message_gives_the_date_written_out(tmp_path: Path) -> None:
    (finding,) = _placeholders(tmp_path, "# 隐私政策\n\n2020年【12】月【23】日\n")
    assert finding.suggestion == "2020年12月23日"
    assert "2020年12月23日" in finding.message


def test_bracketed_numbers_that_are_not_parts_of_a_date_are_not_date_residue(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "我们的注册地址为浙江省杭州市西湖区三墩镇智汇众创中心2号楼1403室【2】。",
            "我们将在您的账号注销之日起【6】个月后匿名化处理您的个人信息。",
            "生效日期：2024年03月08日",
            "根据《最高人民法院关于审理涉及计算机网络著作权纠纷案件适用法律若干问题的解释(法释[2004]1号)》处理。",
        ],
    )
    assert not [f for f in found if f[1] == "placeholder-residue"], found


# --- 公开测试前必须补充…: a note to the operator about the public beta ------------------------------


def test_a_step_before_the_public_beta_that_edits_the_policy_is_a_drafting_note(tmp_path: Path) -> None:
    found = _rules(tmp_path, ["公开测试前必须补充运营主体、联系方式、保存期限和用户权利等完整隐私政策，并重新征得同意。"])
    assert [(line, rule) for line, rule, _ in found] == [(3, "placeholder-drafting")]


def test_a_plan_before_the_public_beta_that_edits_nothing_is_not_a_drafting_note(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "公开测试前必须重新设计 verified recovery identity/flow，并重新审查账号删除、数据保留和用户所有业务数据的处置边界。",
            "当前仍允许 cleartext，用于内测公网 API 验证；公开公测前应完成 HTTPS / 域名 / 证书和 cleartext 收口。",
        ],
    )
    assert found == []


# --- 黛西健康用户隐私政策示例内容。: the policy is a seed row's stand-in -------------------------------


def test_a_paragraph_that_is_only_the_seed_stand_in_for_the_policy_is_a_slot(tmp_path: Path) -> None:
    # (a bare short line of Markdown is read as a heading, not checked: the seed rows hold HTML, tested below)
    found = _rules(tmp_path, ["黛西健康用户隐私政策示例内容。", "测试隐私政策内容。"])
    assert [(line, rule) for line, rule, _ in found] == [(3, "placeholder-instruction"), (5, "placeholder-instruction")]


def test_a_seed_stand_in_in_an_html_paragraph_is_a_slot(tmp_path: Path) -> None:
    found = _placeholders(tmp_path, "<html><body><h1>隐私政策</h1>\n<p>测试隐私政策</p>\n</body></html>\n", "html")
    assert [(f.line, f.excerpt) for f in found] == [(2, "测试隐私政策")]


def test_words_about_a_sample_policy_that_go_on_are_not_slots(tmp_path: Path) -> None:
    found = _rules(
        tmp_path,
        [
            "隐私政策示例：",
            "**隐私政策示例**：",
            "以下为隐私政策示例，供开发者参考。",
            "## 隐私政策示例\n\n我们非常重视您的隐私保护。",
        ],
    )
    assert found == []


# --- left open: a bracketed phrase in a sentence ----------------------------------------------------


def test_bracketed_phrases_of_real_clean_text_stay_silent(tmp_path: Path) -> None:
    # the real neighbours of 「[关联生信息]」: a link label, a numbered clause title, a note in an SDK list
    found = _rules(
        tmp_path,
        [
            "发送给我们的分析供应商 Adjust，它拥有自己的[隐私政策](https://www.adjust.com/terms/privacy-policy/)。",
            "1. [条款的范围]\n本条款的内容，包括但不限于以下与本软件相关协议、规则、规范等内容。",
            "唯一设备识别码（IMEI[后台获取]、IDFA、安卓ID）",
        ],
    )
    assert found == []
