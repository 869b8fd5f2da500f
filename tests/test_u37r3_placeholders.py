"""Placeholder classes read from the misses of the thirty-seventh blind round 37d (eval/blind/round37d, helper u37r3),
each both ways (`cli/policylens/rules/placeholder_drafts.py`):

- a pending marker naming the staff member who must confirm: 「本站经营者名称（待幕僚长确认）」, 「（待律师审核）」; not
  the reader (「（待您确认）」), a party of the app's flows (「订单状态（待商家确认）」), nor 「如需确认，请联系…」;
- an English field label marked "(placeholder)": "Contact email (placeholder): …"; not 「提示文字（placeholder）」, a gloss;
- a release-draft mark after a title: 「隐私说明（发布草案）」; not inside a cited law's name in 《…》;
- the document called a draft in an English sentence of its own: "Draft terms.", "Draft privacy policy."; not the
  user's drafts ("Draft messages are stored…", "Draft terms are not shared");
- the refund policy called a draft: 「本站退款政策草稿。」 (as the terms' and privacy policy's drafts);
- a place slot naming the operator as its 运营主体 inside a sentence: 「提交【运营主体所在地】有管辖权人民法院处理」
  (`placeholder_instruction/vocabulary.py`); not 「【运营主体所在地】北京市…」, a label before its value;
- a note to the deployer, before release, to add a fact according to the deployment chosen: 「正式发布前，运营者应根据
  实际部署地域和所选服务商补充跨境处理说明与保存期限」; not without the step, nor with nothing to add.

The documents of round37d (read, no longer blind) are regression cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import slot_findings

ROUND37D = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round37d"

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"  # the line under test is line 5
HEAD_EN = "# Privacy Policy\n\nWe collect your e-mail address to sign you in.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "本站经营者名称（待幕僚长确认）。\n",
        HEAD + "数据保存期限（待律师审核）。\n",
        HEAD + "適用法律（待法務確認）。\n",
        HEAD_EN + "The operator of this site is （待幕僚长确认）.\n",
        HEAD_EN + "Contact email (placeholder): privacy@example.org\n",
        "# Healthy Body Manager 隐私说明（发布草案）\n\n我们收集您的手机号码用于登录。\n\n\n联系我们：a@b.cn\n",
        HEAD_EN + "Draft terms. This site is not an official website.\n",
        HEAD_EN + "Draft privacy policy. We use only the order id.\n",
        HEAD + "本站退款政策草稿。退款完成后凭证作废。\n",
        HEAD + "协商不成，提交【运营主体所在地】有管辖权人民法院处理。\n",
        HEAD + "第三方服务可能在其运营地区处理数据。正式发布前，运营者应根据实际部署地域和所选服务商补充跨境处理说明与保存期限。\n",
        HEAD + "正式上線前，部署者應依據所選雲端服務商補上資料區域與保存期限。\n",
    ],
)
def test_u37d_slot_classes_fire(lines_of, text: str) -> None:
    lines = lines_of(text)
    assert lines & {1, 5}, lines


@pytest.mark.parametrize(
    "prose",
    [
        "如需确认，请联系我们的客服。",
        "付款信息待您确认后提交（待您确认）。",
        "订单状态（待商家确认）会显示在订单页。",
        "根据《个人信息保护法（草案）》的规定，我们保护您的信息。",
        "根据《数据安全条例（发布草案）》的规定，我们保护您的信息。",
        "输入框的提示文字（placeholder）会在您输入后消失。",
        "页面上有「（待幕僚長確認）」字样的草稿不会发布。",
        "【运营主体所在地】北京市朝阳区",
        "正式发布前，运营者应根据实际经营情况确定是否开展跨境业务。",
        "运营者应根据所选服务商补充跨境处理说明。",
    ],
)
def test_zh_look_alikes_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


@pytest.mark.parametrize(
    "prose",
    [
        "Draft messages are stored on your device until you send them.",
        "Your drafts are saved locally. Draft terms are not shared.",
        "Release notes: fixed draft saving in the editor.",
        "Contact email: privacy@gatherup.app",
        "The search box shows a hint (placeholder) until you type.",
    ],
)
def test_english_look_alikes_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of(HEAD_EN + prose + "\n") == set()


@pytest.mark.parametrize(
    ("doc", "line"),
    [("dev/gatherup-tsx", 63), ("dev/voaslow-js", 56), ("dev/voaslow-js", 16), ("holdout/hbm-md", 1), ("holdout/memearchive-tsx", 100)],
)
def test_round37d_documents_regression(doc: str, line: int) -> None:
    folder = ROUND37D / doc
    annotation = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    path = folder / annotation["file"]
    assert line in {found for found, _, _ in slot_findings(path)}
