"""False findings of `check` on unseen published documents (issue #11, eval/precision21, first run at 8b6e25bc).

Each class is reproduced on small texts written for it, both ways (the false finding gone, and the
true one it resembles still reported):

- bracket-unbalanced, a quotation nested with the same marks: 「进入““某某”平台-设置”页面」 (two “,
  two ”, balanced; a search-and-replace put a quoted app name inside a quotation) drew a finding at
  the inner “ and one at the inner ” (10 in eval/precision21/youxinjiang-privacy-cn/privacy.html).
  Nothing is unpaired: no finding.  A doubled “ whose outer quotation is never closed
  (「适用于““某某”平台提供的」) is still reported, once, at the second “: its ” is no longer reported
  as a second defect;
- bracket-unbalanced, the pairs after a reversed one: 「关于”SSR“服务（以下简称“服务”）……“用户”是指」
  drew the ” of ”SSR“, then the correct “用户” twice, the “ of ”SSR“ having been taken as an open
  quotation (eval/precision21/goatvpn-agreement-docx/agreement.docx).  The “ that closes a reversed
  pair (a short run after a lone ”, no clause's end between, no ” after it closing it) is reported
  with its ”, as 「”CCPA“」 always was, and opens nothing.  A lone ” followed by a correct quotation
  (「……。”“用户”是指」) still reports only the ”.
"""

from __future__ import annotations

from pathlib import Path

from policylens.check import CheckOptions, check_file


def _findings(tmp_path: Path, text: str, rule: str = "bracket-unbalanced") -> list[tuple[str, int]]:
    """(excerpt, column) of `rule`'s findings when `check` reads `text` as a zh-CN Markdown page."""
    path = tmp_path / "privacy.md"
    path.write_text("# 隐私政策\n\n更新日期：2024年1月1日\n\n" + text + "\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=(rule,)))
    assert report.error is None, report.error
    return [(f.excerpt, f.column) for f in report.findings]


def test_a_quotation_nested_with_the_same_marks_is_not_reported(tmp_path: Path) -> None:
    text = "您可以登录“某某”平台，进入““某某”平台-设置”页面修改资料，或在““某某”平台-账号管理”中注销账户。"
    assert _findings(tmp_path, text) == []


def test_a_doubled_opening_quote_is_reported_once(tmp_path: Path) -> None:
    text = "本政策适用于““某某”平台提供的所有产品和服务。"
    assert _findings(tmp_path, text) == [("“", text.index("“某某") + 1)]


def test_a_second_opening_quote_with_no_close_is_still_reported(tmp_path: Path) -> None:
    text = "“我们“将保护您的个人信息。"
    assert _findings(tmp_path, text) == [("“", 4)]


def test_the_pairs_after_a_reversed_pair_are_not_reported(tmp_path: Path) -> None:
    text = "本协议约定我们与用户之间关于”SSR“服务（以下简称“服务”）的权利义务。“用户”是指注册本服务的个人。"
    start = text.index("”SSR“")
    assert _findings(tmp_path, text) == [("”", start + 1), ("“", start + 5)]


def test_a_lone_closing_quote_before_a_correct_quotation_keeps_its_quotation(tmp_path: Path) -> None:
    text = "本协议适用于本服务。”“用户”是指注册本服务的个人。"
    assert _findings(tmp_path, text) == [("”", text.index("”") + 1)]
