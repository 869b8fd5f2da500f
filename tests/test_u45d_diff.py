"""Diff classes of `eval/pairs45` and the known open items of `eval/pairs44` (forty-fifth session, u45d).

1. A gap whose only paragraph that is no list item, on each side, sits among list items is the same place as a gap of
   one paragraph a side: the paragraph rewritten there (`redline._rewritten`) is one modified paragraph
   (`redline._lone_paragraphs`).  pairs45 moody-sdk: an SDK's paragraph rewritten (0.43 alike, its closing sentence
   kept) over its link list, one item replaced by two, was a deletion and an insertion.  Two paragraphs a side, or
   an unrelated paragraph, stay as they were.
2. The only unpaired section on each side of a gap, both titled as a contact section and giving the same e-mail,
   web address or telephone number, is one renamed section (`align._same_contact`): pairs44 tb-script 「联系我们」 →
   「10. 聯絡方式」 (its lead-in and e-mail line rewritten as one sentence) was removed + added.  Another address, two
   different numbers (五、 / 六、) or a title that is no contact title stay removed + added.
4. A site's release in its copyright line is no version of the policy in the other spellings too
   (`load.html.chrome_lines._SITE_VERSION`): 「© 2024 某某科技 版权所有 v1.2.0」, 「V2.3」, 「Ver 1.2」, 「版本号 1.0.3」 (u44d2 took
   「Version 0.01」 and 「版本 2.1」; a footer replaced by a component still showed 「- © 2024 … v1.2.0」).  A line naming the
   policy, or without the reserved rights, keeps its version as before.
5. A Vue page whose title line became a translation call (「<h1>{{ $t('privacy.pageTitle') }}</h1>」, unread since u44d2)
   has no known title: another line (a bar's 「隐私政策」) or none stood in for it and diff reported 「title changed: 某某App隐私
   政策 → 隐私政策」 (exit 1) for words that did not change (`Document.unread_title`, `diff.title.diff_titles`; pairs44c
   kun-i18n's 「隐私政策 → (no title)」, optional there, is the same class).  A translation call in a paragraph leaves
   a real title change reported, and `--strict` reports it.
3. A section compared again with its footer lines back (`align`, 「Contact our DPO at …」 → a short footer line) keeps
   that reading only when it pairs a kept line with a footer line (`align._one_sided_count`): once tb-script's
   contact section was paired, its © line and menu were shown as changes beside a deletion they do not explain.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.align import has_changes
from policylens.load.html.chrome_lines import _page_chrome_text

EVAL = Path(__file__).resolve().parents[1] / "eval"

_SDK_OLD = """<h2>隐私政策</h2>
<h3>信息收集和使用</h3>
<p>我们会在 App 内集成第三方服务SDK。</p>
<p>当您使用我们的服务时，您需要一并同意第三方服务商提供的隐私政策，该SDK采集设备标识符，用于唯一标识设备，以便提供应用性能监控服务。以上信息仅帮助我们排查程序出现的错误，我们不会与第三方分享这些信息。</p>
<ul><li>友盟+SDK</li></ul>
<h3>联系我们</h3>
<p>电子邮件：a@example.com</p>
"""
_SDK_NEW = """<h2>隐私政策</h2>
<h3>信息收集和使用</h3>
<p>我们会在 App 内集成第三方服务SDK。</p>
<p>遇到程序错误时，我会经由第三方产品收集日志数据，例如机型、系统版本、网络类型、使用时长及出错时的操作。以上信息仅帮助我们排查程序出现的错误。</p>
<ul><li>Google Analytics for Firebase</li><li>Firebase Crashlytics</li></ul>
<h3>联系我们</h3>
<p>电子邮件：a@example.com</p>
"""


def _ops(old: str, new: str, suffix: str = ".html") -> list[str]:
    report = diff_documents(parse_string(old, suffix), parse_string(new, suffix))
    return [c.op for s in report.sections for c in s.changes]


def test_lone_paragraph_rewritten_among_items_is_one_change() -> None:
    assert _ops(_SDK_OLD, _SDK_NEW) == ["replace", "delete", "insert", "insert"]


def test_unrelated_paragraph_among_items_stays_deleted_and_inserted() -> None:
    other = "<p>我们不会向未满十四周岁的儿童提供任何服务，如发现将立即删除相关账号。</p>"
    new = _SDK_NEW.replace(_SDK_NEW.split("\n")[3], other)
    assert sorted(_ops(_SDK_OLD, new)) == ["delete", "delete", "insert", "insert", "insert"]


def test_two_paragraphs_a_side_among_items_are_not_forced() -> None:
    # a second paragraph in the gap on each side: no lone paragraph, the pairing bar (0.45) decides as before
    extra = "<p>我们定期审查这些合作方的数据安全能力，必要时终止合作。</p>\n"
    old = _SDK_OLD.replace("<ul><li>友盟+SDK", extra + "<ul><li>友盟+SDK")
    new = _SDK_NEW.replace("<ul><li>Google", "<p>该服务商不会获得您的姓名或手机号码。</p>\n<ul><li>Google")
    assert "replace" not in _ops(old, new)


def test_moody_sdk_regression() -> None:
    folder = EVAL / "pairs45" / "pairs" / "moody-sdk"
    report = diff_documents(parse_path(folder / "old.html"), parse_path(folder / "new.html"))
    changed = [s for s in report.sections if s.changes]
    assert len(changed) == 1 and changed[0].renamed
    assert [c.op for c in changed[0].changes] == ["replace", "delete", "insert", "insert"]
    assert "友盟+SDK采集设备标识符" in (changed[0].changes[0].old_text or "")


_PAGE = """<html><body><h1>隐私政策</h1>
<h2>{n[0]}概述</h2><p>本应用会逐页朗读演示文稿备注，帮助你提前练习、熟悉讲稿。</p>
<h2>{n[1]}{title}</h2><p>{body}</p>
<h2>{n[2]}数据保留与删除</h2><p>你导入的演示文稿保存在本应用本地，你可以随时从历史记录中删除任何演示文稿。</p>
</body></html>
"""
_ASK = "如果你对本隐私政策或本应用如何处理你的数据有任何疑问、意见或建议，欢迎随时联系我们，我们会在十五个工作日内答复：help@tingbo.example"
_MAIL = "有疑问请来信 help@tingbo.example 。"
_NONE, _DIGITS = ("", "", ""), ("1. ", "2. ", "3. ")


def _contact(old: tuple[str, str], new: tuple[str, str], numbers: tuple[tuple[str, ...], tuple[str, ...]]) -> list[tuple[str, bool]]:
    pages = [_PAGE.format(n=n, title=title, body=body) for (title, body), n in zip((old, new), numbers, strict=True)]
    report = diff_documents(parse_string(pages[0], ".html"), parse_string(pages[1], ".html"))
    return sorted((s.status, s.renamed) for s in report.sections if s.status != "unchanged")


def test_contact_section_retitled_with_the_same_address_is_renamed() -> None:
    # the new edition numbers its headings, the old one did not: only the address says it is the same section
    assert _contact(("联系我们", _ASK), ("联系方式", _MAIL), (_NONE, _DIGITS)) == [("modified", True)]
    assert _contact(("联系我们", _ASK), ("聯絡方式", _MAIL), (_NONE, _DIGITS)) == [("modified", True)]


def test_contact_section_with_another_address_stays_removed_and_added() -> None:
    other = _MAIL.replace("help@tingbo", "legal@other")
    assert _contact(("联系我们", _ASK), ("联系方式", other), (_NONE, _DIGITS)) == [("added", False), ("removed", False)]


def test_contact_sections_of_two_numbers_stay_removed_and_added() -> None:
    numbers = (("一、", "五、", "六、"), ("一、", "六、", "七、"))
    assert _contact(("联系我们", _ASK), ("联系方式", _MAIL), numbers) == [("added", False), ("removed", False)]


def test_a_title_that_is_no_contact_title_is_not_paired_by_its_address() -> None:
    child = ("儿童隐私", "未满十四周岁的儿童请由监护人来信 help@tingbo.example 。")
    assert _contact(("联系我们", _ASK), child, (_NONE, _DIGITS)) == [("added", False), ("removed", False)]


def test_a_shared_date_or_an_address_book_title_pairs_no_sections() -> None:
    # (r45 #8) a date or a post code is no telephone number; 「联系人权限」 / 「Contacts」 name an address book
    dated = (
        ("联系我们", "如对本政策有疑问，可写信至北京市邮政信箱，邮编 100 000，本节于 2023-01-01 修订。"),
        (
            "联系方式",
            "自 2023-01-01 起我们仅以书面方式受理个人信息相关请求，邮编 100 000。",
        ),
    )
    assert _contact(*dated, (_NONE, _DIGITS)) == [("added", False), ("removed", False)]
    book = ("联系人权限", _ASK), ("Contacts permission", _MAIL)
    assert _contact(*book, (_NONE, _DIGITS)) == [("added", False), ("removed", False)]
    phone = ("联系我们", "客服电话 400-888-9999，工作日答复。"), ("联系方式", "请致电 400-888-9999。")
    assert _contact(*phone, (_NONE, _DIGITS)) == [("modified", True)]


def test_tb_script_contact_section_is_one_renamed_section() -> None:
    folder = EVAL / "pairs44" / "pairs" / "tb-script"
    report = diff_documents(parse_path(folder / "old.html"), parse_path(folder / "new.html"))
    contact = [s for s in report.sections if s.old is not None and s.old.title == "联系我们"]
    assert len(contact) == 1 and contact[0].new is not None and contact[0].renamed
    assert contact[0].new.title == "10. 聯絡方式"
    assert not [s for s in report.sections if s.status in ("added", "removed")]
    # the page's © line and menu are not shown beside the paired section's rewritten lead-in
    shown = [c.old_text or c.new_text or "" for c in contact[0].changes]
    assert not any("©" in t or "HarmonyOS" in t for t in shown)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("© 2024 某某科技 版权所有 v1.2.0", True),
        ("Copyright © 2024 FooApp. All rights reserved. V2.3", True),
        ("© 2024 某某 版权所有 Ver 1.2", True),
        ("© 2024 某某 版權所有 版本號 1.0.3", True),
        ("隐私政策 v2.1 © 2024 某某 版权所有", False),  # names the policy: its version
        ("© 2024 Foo. v2.1", False),  # no rights reserved: kept as before
        ("v1.2.0", False),  # no copyright line
    ],
)
def test_a_site_release_in_other_spellings(line: str, chrome: bool) -> None:
    assert _page_chrome_text(line) is chrome


def test_a_versioned_copyright_footer_replaced_by_a_component_is_no_change() -> None:
    body = "<h2>一、收集的信息</h2><p>我们仅收集您主动提供的邮箱地址，用于找回密码。</p>"
    page = '<template>\n  <div class="page">\n    {body}\n    {foot}\n  </div>\n</template>\n'
    old = page.format(body=body, foot='<footer class="site-copyright">© 2024 某某科技 版权所有 v1.2.0</footer>')
    new = page.format(body=body, foot="<AppFooter />")
    assert not has_changes(diff_documents(parse_string(old, ".vue"), parse_string(new, ".vue")))


_VUE = """<template>
  <div class="page">
    <div class="nav"><i class="icon-back" @click="$router.back()"></i><span class="nav-title">隐私政策</span></div>
    <h1>{title}</h1>
    <h2>一、收集的信息</h2><p>我们仅收集您主动提供的邮箱地址，用于找回密码。</p>
    <p>{extra}</p>
  </div>
</template>
"""


def _vue_pair(old_title: str, new_title: str, extra: str = "如有疑问请来信 a@example.com。", strict: bool = False) -> bool:
    old = parse_string(_VUE.format(title=old_title, extra="如有疑问请来信 a@example.com。"), ".vue")
    new = parse_string(_VUE.format(title=new_title, extra=extra), ".vue")
    return diff_documents(old, new, strict=strict).title is not None


def test_a_title_become_a_translation_call_is_no_title_change() -> None:
    assert not _vue_pair("某某App隐私政策", "{{ $t('privacy.pageTitle') }}")
    assert not _vue_pair("{{ $t('privacy.pageTitle') }}", "某某App隐私政策")


def test_kun_i18n_title_is_no_longer_reported() -> None:
    pair = EVAL / "pairs44c" / "pairs" / "kun-i18n"
    assert diff_documents(parse_path(pair / "old.vue"), parse_path(pair / "new.vue")).title is None


def test_a_translation_call_in_a_paragraph_leaves_a_title_change() -> None:
    assert _vue_pair("某某App隐私政策", "某某Pro隐私政策", extra="{{ $t('privacy.contact') }}")


def test_strict_reports_the_title_line_become_a_translation_call() -> None:
    assert _vue_pair("某某App隐私政策", "{{ $t('privacy.pageTitle') }}", strict=True)


def test_a_section_title_as_a_translation_call_leaves_the_page_title_known() -> None:
    # an <h1> of words stays the title: a translation call in an <h2> does not hide the <h1>'s change
    old = parse_string(_VUE.format(title="某某App隐私政策", extra="x"), ".vue")
    new = parse_string(_VUE.format(title="某某Pro隐私政策", extra="x").replace("一、收集的信息", "{{ $t('s1') }}"), ".vue")
    assert diff_documents(old, new).title is not None
