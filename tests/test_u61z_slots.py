"""Sixty-first session (u61z, issue #11): round61q's slot classes, both ways (the set's first runs were blind; these
fixes are taken from it, so its figures after them are not blind).

- A bracketed field with the template's note how or when to fill it inside the bracket: [运营者名称／个人或商号 — 上线时填写],
  [联系邮箱: 稍后提供], also as a table cell (`vocabulary._FILL_NOTE` in `slots`' `field`); a Markdown link, a reference
  link, [1], [Android], a task box and a filled value after the colon stay quiet.
- 公告日期: [YYYY-MM-DD] beside 施行日期: [YYYY-MM-DD]: the announcement date is the policy's own date too
  (`dates._NOTICE_DATE`); a date's format described in prose stays quiet.
- [运营者]（“运营者”）遵守…: a bare role in half-width brackets being defined (`vocabulary._ROLE_DEFINED`); the role word
  as a link or unbracketed stays quiet.
- 「；地址：」 ending a line of a TSX page, the JSX binding `{profile.address}` opening the next: the page prints the value
  (`placeholder_empty.contact_fields`); with nothing printed there the label is still found.
"""

from __future__ import annotations

from pathlib import Path

from check_helpers import framed_errors, written_severities
from conftest import ROOT
from policylens.check import CheckOptions, check_file

_errors = framed_errors
_ROUND = ROOT / "eval" / "blind" / "round61q"


def test_a_field_with_its_fill_note_inside_the_bracket(tmp_path: Path) -> None:
    body = (
        "运营者: [运营者名称／个人或商号 — 上线时填写]\n\n"  # 5
        "如需删除，请向 [联系邮箱: 稍后提供] 提出请求。\n\n"  # 7
        "| 区分 | 内容 |\n|---|---|\n| 个人信息保护负责人 | [姓名 — 上线时填写] |\n| 联系方式 | [联系邮箱: 稍后提供] |\n\n"  # 11, 12
        "客服电话: [客服电话 -- 待定]\n"  # 14
    )
    found = _errors(tmp_path, body)
    assert sorted(found) == [5, 7, 11, 12, 14]
    assert found[5] == ["[运营者名称／个人或商号 — 上线时填写]"]
    assert found[12] == ["[联系邮箱: 稍后提供]"]


def test_links_and_labels_in_brackets_stay_quiet(tmp_path: Path) -> None:
    body = (
        "请发送邮件至 [联系邮箱](mailto:privacy@yunfan.cn) 提出请求。\n\n"
        "详见 [隐私政策][1] 与 [Android] 版本的说明。\n\n"
        "- [ ] 已阅读\n- [x] 已同意\n\n"
        "联系方式：[联系邮箱: privacy@yunfan.cn]\n\n"
        "[1]: https://yunfan.cn/privacy\n"
    )
    assert _errors(tmp_path, body) == {}


def test_every_line_of_a_repeated_date_slot_is_found(tmp_path: Path) -> None:
    body = "- 公告日期: [YYYY-MM-DD]\n- 施行日期: [YYYY-MM-DD]\n\n发布日期：[YYYY-MM-DD]\n"  # 5, 6, 8
    assert _errors(tmp_path, body) == {5: ["[YYYY-MM-DD]"], 6: ["[YYYY-MM-DD]"], 8: ["[YYYY-MM-DD]"]}


def test_a_date_format_described_and_a_filled_notice_date_stay_quiet(tmp_path: Path) -> None:
    body = "- 公告日期: 2024-05-01\n- 施行日期: 2024-05-15\n\n导出文件中的日期格式为 YYYY-MM-DD。\n"
    assert _errors(tmp_path, body) == {}


def test_a_bracketed_role_being_defined_is_the_operators_slot(tmp_path: Path) -> None:
    body = "[运营者]（“运营者”）遵守《个人信息保护法》等相关法令。\n\n[开发者]（以下简称“我们”）重视您的隐私。\n"  # 5, 7
    assert _errors(tmp_path, body) == {5: ["[运营者]"], 7: ["[开发者]"]}


def test_the_role_word_as_a_link_or_unbracketed_stays_quiet(tmp_path: Path) -> None:
    body = (
        "运营者（“运营者”）遵守《个人信息保护法》。\n\n"
        "详见 [运营者](https://yunfan.cn/about)（“运营者”）的说明。\n\n"
        "[运营者]：指运营本服务的主体。\n"
    )
    assert _errors(tmp_path, body) == {}


_TSX = """export default function Privacy({ profile }: { profile: { phone: string; address: string } }) {
  return (
    <article>
      <h1>隐私政策</h1>
      <p>更新日期：2024年5月1日</p>
      <p>
        如有疑问请联系我们。电话：{profile.phone}
        ；地址：
        {profile.address}。我们将尽快回复。
      </p>
      <p>
        如有疑问请联系我们。电话：010-82345671
        ；地址：
        。我们将尽快回复。
      </p>
    </article>
  );
}
"""


def test_a_label_whose_value_is_a_binding_on_the_next_line_is_filled(tmp_path: Path) -> None:
    found = written_severities(tmp_path, "page.tsx", _TSX)
    errors = {line for line, _rule, severity, _excerpt in found if severity == "error"}
    assert 8 not in errors  # 「；地址：」 then {profile.address}: printed by the page
    assert 13 in errors  # 「；地址：」 then 「。」: nothing there


def test_round61q_real_lines() -> None:
    travel = _ROUND / "holdout" / "travel-zh-md" / "privacy-zh.md"
    found = written_lines(travel)
    assert {5, 7, 11, 63, 86, 87, 104, 105} <= found
    assert not found & {54, 95, 96, 97, 98}  # Markdown links
    yurong = _ROUND / "dev" / "yurong-zh-tsx" / "page.tsx"
    assert 93 not in written_lines(yurong)
    assert 25 in written_lines(yurong)


def written_lines(path: Path) -> set[int]:
    """The lines of the error-level findings of `check --no-config` on the file `path` (read in place)."""
    report = check_file(str(path), CheckOptions(no_config=True))
    return {f.line for f in report.findings if f.severity == "error"}
