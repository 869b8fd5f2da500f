"""The lead's integration fixes of the thirty-seventh session, each a class both ways.

- A party's duty in a contract (「乙方应于上线前提供客服电话及负责人信息」) is a term the parties agreed, not a fact left
  for the launch (`rules.placeholder_drafts`, u37r2, found by tests/test_u36x_review.py on the merged branch); the same
  step with no party (「正式上线前需补上实际服务商清单」) is a note to the drafter and stays an error.
- A Hong Kong page that writes 使用者 often is still Hong Kong (`script.detect_region`: 使用者 is shared usage, no Taiwan
  word), found by eval/precision37's measure-only run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli, slot_lines
from policylens.script import detect_region

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "乙方应于上线前提供客服电话及负责人信息。",
        "开发者须在正式上线前提供联系方式。",
        "服務商應於上線前提供客服電話及負責人資訊。",
        "双方应当在上线前提供各自的联系方式。",
    ],
)
def test_a_partys_duty_before_the_launch_is_no_slot(tmp_path: Path, line: str) -> None:
    assert slot_lines(tmp_path, HEAD + line + "\n") == set()


@pytest.mark.parametrize(
    "line",
    ["正式上线前需补上实际服务商清单。", "上线前提供客服电话及负责人信息。", "正式版本會補上聯絡方式。"],
)
def test_a_fact_left_for_the_launch_is_still_a_slot(tmp_path: Path, line: str) -> None:
    assert slot_lines(tmp_path, HEAD + line + "\n") == {5}


# A Hong Kong page in standard written Chinese: 私隱 in its title and body, 網絡, 香港, and 使用者 many times (Hong Kong
# writes 使用者 too).  It was read as Taiwan text, and `regional-vocabulary` asked for 網路 in place of Hong Kong's 網絡
# (eval/precision37 wallpect-legal-hk-md, six false warnings).  A Taiwan page that names Hong Kong's 私隱 law once stays tw.
HK_PAGE = (
    "# 條款、私隱與資料政策\n\n本私隱政策說明使用者資料如何處理。使用者可透過網絡查閱私隱資料清單。\n\n"
    "使用者的裝置設定只保存在使用者的裝置。使用者可隨時刪除。參考香港私隱公署指引，使用者可以電郵查詢。\n\n"
    "使用者使用本服務即表示使用者同意本私隱政策。使用者如有疑問，可經網絡聯絡我們。\n"
)
TW_PAGE = (
    "# 隱私權政策\n\n本公司依個資法處理使用者的個人資料，並透過網路提供服務。\n\n"
    "我們的香港子公司依香港《個人資料（私隱）條例》處理當地使用者的個資。\n"
)


def test_a_hong_kong_page_that_writes_shiyongzhe_is_hong_kong() -> None:
    assert detect_region(HK_PAGE, "hant") == "hk"
    assert detect_region(TW_PAGE, "hant") == "tw"


def test_a_hong_kong_page_gets_no_taiwan_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(HK_PAGE, encoding="utf-8")
    result = cli("check", "--no-config", "--format", "json", "--fail-on", "never", str(path))
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [f for f in findings if f["rule"] == "regional-vocabulary"] == []
