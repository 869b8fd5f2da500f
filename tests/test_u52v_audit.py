"""The precision audit of the fifty-second session's merged `check` classes (helper u52v, issue #11).

`placeholder_empty.field_runs` reads a run of empty field labels as a template never filled, unless the reader is asked
to give those fields in a request just before the run (review u52r).  The cue was looked for within 16 characters of
請, so a request naming its address first (「请发送邮件至 privacy@mingshan-tech.cn，并在邮件中注明：」) still gave an error a
field; and a lead-in ending on the verb with no 請 (「邮件中注明以下内容：」) gave them too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import written_slots

_REQUEST = "# 隐私政策\n\n生效日期：2024年1月1日\n\n## 行使权利\n\n{}\n\n- 姓名：\n- 会员编号：\n- 问题描述：\n\n## 政策修订\n\n我们会不时修订本政策。\n"


@pytest.mark.parametrize(
    "lead_in",
    [
        "如需行使上述权利，请发送邮件至 privacy@mingshan-tech.cn，并在邮件中注明：",
        "如需行使上述权利，可发送邮件至 privacy@mingshan-tech.cn，邮件中注明以下内容：",
        "來信時，請於郵件標題及內文中寫明：",
    ],
)
def test_no_slot_in_fields_a_request_asks_for(tmp_path: Path, lead_in: str) -> None:
    assert written_slots(tmp_path, "p.md", _REQUEST.format(lead_in)) == []


@pytest.mark.parametrize(
    "lead_in",
    [
        "如有疑问，请联系我们：",
        "我们提供的服务：",
        "请注意，本节内容如下。以下为会员资料：",
    ],
)
def test_an_empty_run_not_asked_of_the_reader_still_found(tmp_path: Path, lead_in: str) -> None:
    assert [e for _, e in written_slots(tmp_path, "p.md", _REQUEST.format(lead_in))] == ["姓名", "会员编号", "问题描述"]


# --- `placeholder_builder`: a version bracket with its value after it is a label ------------------------------------

_VERSION = "# 隐私政策\n\n生效日期：2024年1月1日\n\n{}\n\n我们重视您的隐私。\n"


@pytest.mark.parametrize("line", ["本政策适用于 [版本] 3.0 及以上的客户端。", "隐私政策 [版本号] V2.1.0", "[Version] 4.2"])
def test_a_version_bracket_over_its_value_is_no_slot(tmp_path: Path, line: str) -> None:
    assert written_slots(tmp_path, "p.md", _VERSION.format(line)) == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("版本号:[版本号]", ["[版本号]"]),
        ("隐私政策 版本号:[版本号] 生效日期:[YYYY-MM-DD]", ["[版本号]", "[YYYY-MM-DD]"]),
        ("Version: [Version Number]", ["[Version Number]"]),
    ],
)
def test_a_version_slot_still_found(tmp_path: Path, line: str, found: list[str]) -> None:
    assert [e for _, e in written_slots(tmp_path, "p.md", _VERSION.format(line))] == found
