"""Placeholder classes from the fortieth blind round (eval/blind/round40, helper u40r), each both ways.

A text handed over unfinished, and a document's name where its address belongs
(`cli/policylens/rules/placeholder_handover.py`), from the round's dev part and the thirty-ninth session's leftovers
(eval/blind/round39d hkchat-tsx and secagent-md, eval/blind/round39 held out gh2gitee-md, read after that session):

- a linked document's name left in square brackets after a verb of place (「可在[港话通 (HKChat) 私隐政策]浏览」,
  "available at [HKChat Privacy Policy]"); not a UI path, a Markdown link, nor a bare menu item;
- the text said to be unfinished (「本页尚未定稿」); a note asking the publisher to host the text (「上架商店前，请将本文托管
  为…URL」); brackets to fill before publication, or the text not to be published as the final one; a line or clause
  that only asks for what follows before publication (「发布前必须填写：」), or item by item (「发布前必须逐项填写…」);
  an English contact field whose value is an instruction ("Support email: _replace before store submission_");
- the page calling itself a placeholder template (「本页为占位模板」, `placeholder_stubs`), a placeholder mark naming what it
  stands for after a date (「2026-09-27（占位日期）」) and a qualified draft after the policy's name (「隐私政策（事实披露版
  草案）」, `placeholder_drafting`).

The set's documents are regression cases: its dev part's slot lines found as annotated, its clean documents without a
placeholder finding.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import slot_findings
from policylens.check import CheckOptions, check_file

ROUND40 = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round40"

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"  # the line under test is line 5


@pytest.mark.parametrize(
    "line",
    [
        "本服务受港话通私隐政策约束（可在[港话通 (HKChat) 私隐政策]浏览）。",
        "相关规则可於[本平台用户服务协议]閱讀。",
        "The privacy policy (available at [HKChat Privacy Policy]) applies to the service.",
        "Our terms are published on [Acme Terms of Service].",
        "本页尚未定稿。",
        "本隱私政策目前仍未正式定稿。",
        "本文说明扩展如何处理数据。上架商店前，请将本文托管为可公开访问的 URL。",
        "发布前必须将所有方括号中的内容补充完整。",
        "以下项目未完成前，不应将本文作为最终隐私政策公开发布：",
        "发布前必须填写：",
        "服务器所在地区和保存期限如下，发布前必须填写：",
        "发布前必须逐项填写具体期限或确定方法。",
        "发布前必须针对每一个实际境外接收方补充以下信息。",
        "- Support email: _replace before store submission_",
        "Phone: insert the hotline here",
        "本页为占位模板，正式文本请由公司法务审定后替换。",
        "最近更新：2026-09-27（占位日期）",
        "隐私政策（事实披露版草案）",
    ],
)
def test_a_handed_over_note_or_a_label_is_found(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert 5 in lines_of(HEAD + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "您可在[设置]中查看并管理授权。",
        "您可在[隐私政策]查看我们的完整说明。",
        "您可在[港话通隐私政策](https://www.hkchat.hk/privacy)浏览完整内容。",
        "The full text is available at [the link below](https://acme.cn/privacy).",
        "You can find the settings at [Settings] in the app.",
        "双方的合同尚未定稿，本政策不受影响。",
        "请在发布前检查您的内容，避免泄露他人信息。",
        "发布前必须填写标题和正文。",
        "我们不会将您的信息作为营销用途。",
        "Email: we reply within two business days.",
        "Contact: add us on WeChat.",
        "本页为隐私政策，说明我们如何处理信息。",
        "最近更新：2026-09-27（星期日）",
        "隐私政策（2025 年版）",
        "隐私政策（非草案）",
    ],
)
def test_a_look_alike_is_not_found(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert 5 not in lines_of(HEAD + line + "\n")


def test_the_qualified_draft_title_is_a_drafting_note(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text("# SecAgent 隐私政策（事实披露版草案）\n\n我们收集您的手机号码用于登录。\n", encoding="utf-8")
    assert [(line, rule) for line, rule, _ in slot_findings(path)] == [(1, "placeholder-drafting")]


def _annotated(part: str, name: str) -> tuple[Path, set[int]]:
    folder = ROUND40 / part / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    return folder / ann["file"], {p["line"] for p in ann["placeholders"]}


def _covered(path: Path) -> set[int]:
    """The lines the placeholder findings of `check` cover (from a finding's line to its end line)."""
    report = check_file(str(path), CheckOptions(no_config=True))
    return {n for f in report.findings if f.rule.startswith("placeholder") for n in range(f.line, (f.end_line or f.line) + 1)}


@pytest.mark.parametrize("name", ["blockrunner-html", "gobob-tsx"])
def test_every_slot_line_of_a_dev_document_is_found(name: str) -> None:
    path, slots = _annotated("dev", name)
    assert slots <= _covered(path)


def test_the_placeholder_template_page_is_found_but_its_meta_description_is_not_read() -> None:
    path, slots = _annotated("dev", "tongri-tsx")
    assert slots - _covered(path) == {12, 13}  # `usePageMeta({ description: `…（占位模板）` })`: the page head's, not read


@pytest.mark.parametrize("name", ["blockrunner-filled-html", "certifine-hk-tsx"])
def test_a_clean_dev_document_has_no_placeholder_finding(name: str) -> None:
    path, _ = _annotated("dev", name)
    assert slot_findings(path) == []
