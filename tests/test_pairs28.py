"""`diff` on the classes the twenty-eighth session's pair set showed (u28b, `eval/pairs28`: twenty real version pairs,
annotated before any run; the texts below are invented, not copied).

1. *A heading decorated with a pictograph* (pairs28 zenmaster-update): 「广告」 → 「📈 广告」 and 「数据安全」 → 「🔐 数据安全」 were
   two sections renamed.  Pictographs at a heading's start or end are no part of its name (`patterns.HEADING_PICTOGRAPHS`,
   read by `diff.align._title_key`); a heading reworded besides (「数据收集」 → 「📊 收集的数据」) and one whose pictograph says
   yes or no (「✅ 位置」 → 「❌ 位置」) stay renames.
2. *A footer address glued to the next link* (pairs28 daonale-redesign): a new site footer's 「<a href="mailto:…">a@…</a>
   <a href="…github…">GitHub</a>」 reads 「a@ex.comGitHub」, an address found nowhere else, so the line was kept as text and
   reported inserted though the policy names a@ex.com; `check`'s contact-inconsistent reported 「a@ex.com 与
   a@ex.comgithub」 for one role.  The address ends where the page's `mailto:` target does (`patterns.unglued_address`,
   read by `load.html.chrome._mail_chrome` and the rule); an address in the footer that the policy does not give stays a change,
   and an address that only starts with a target (a@ex.com.cn) stays another address.
3. *A subsection renamed and reworded in place* (pairs28 bookra-generic): 「我们在哪里存储您的数据」 → 「数据存储」 over a body
   0.44 alike, unnumbered, between the same neighbours, was a section removed and one added.  When one title's telling
   characters all occur in the other (`diff.align._title_within`) the place and the body (≥ 0.3) pair them; titles that
   share a generic word only (「数据收集」 / 「数据安全」) still need 0.45.
4. *A lone paragraph rewritten in its place* (pairs28 bookra-generic, the leftover of pairs27): that subsection's one
   paragraph, 0.44 alike, was a deletion and an insertion.  A block of one paragraph a side, the only thing changed
   between the same equal neighbours, is one modified paragraph from 0.3 alike when the two keep a run of eight
   characters and neither is more than twice the other (`diff.redline._rewritten`); an unrelated line in the same place,
   sentences sharing function words only (「例如：我们会…」, review u27w), a paragraph that absorbed moved text, and blocks
   of more paragraphs keep `PAIR_SIMILARITY` (0.45).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string, rule_excerpts
from policylens.diff import diff_documents, has_changes
from policylens.diff.align import _ratio, _title_within
from policylens.diff.keys import layout_key
from policylens.diff.redline import _ratio as redline_ratio
from policylens.model import DiffReport
from policylens.patterns import HEADING_PICTOGRAPHS


def _report(old: str, new: str, suffix: str = ".html") -> DiffReport:
    return diff_documents(parse_string(old, suffix), parse_string(new, suffix))


def _changes(report: DiffReport) -> list[tuple[str, str | None, str | None]]:
    return [(c.op, c.old_text, c.new_text) for s in report.sections for c in s.changes]


def _flags(report: DiffReport) -> list[tuple[str, str | None, str | None, bool]]:
    """(status, old title, new title, renamed) of every section that is not unchanged or is renamed."""
    return [
        (s.status, s.old.title if s.old else None, s.new.title if s.new else None, s.renamed)
        for s in report.sections
        if s.status != "unchanged" or s.renamed
    ]


# --- 1. pictographs on headings ---------------------------------------------------------------------------------------

MD = """# 隐私政策

## {first}

本应用仅在设备本地保存昵称，不会上传到服务器。

## {second}

应用可能显示第三方广告网络提供的广告。

## 联系方式

电子邮箱：help@example.com
"""


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (("数据收集", "广告"), ("数据收集", "📈 广告")),
        (("数据安全", "广告"), ("🔐 数据安全", "📈 广告")),
        (("数据收集", "广告"), ("数据收集", "广告 📢")),  # at the end
        (("📊 数据收集", "广告"), ("📈 数据收集", "广告")),  # one pictograph for another
        (("数据收集", "广告"), ("👨\u200d👩\u200d👧 数据收集", "☎️ 广告")),  # a ZWJ family, a variation selector
    ],
)
def test_pictograph_on_a_heading_is_no_rename(old: tuple[str, str], new: tuple[str, str]) -> None:
    """A pictograph put before or after a heading, or swapped for another: the same section, no change (class 1)."""
    report = _report(MD.format(first=old[0], second=old[1]), MD.format(first=new[0], second=new[1]), ".md")
    assert _flags(report) == []
    assert not has_changes(report)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("广告", "📈 广告位"),  # reworded besides
        ("✅ 广告", "❌ 广告"),  # a yes/no pictograph is what the heading says
        ("广告", "🚫 广告"),
        ("🇹🇼 广告", "🇭🇰 广告"),  # a flag names a region
    ],
)
def test_heading_reworded_or_with_a_telling_pictograph_stays_a_rename(old: str, new: str) -> None:
    """A heading reworded besides its pictograph, or whose pictograph says yes/no or names a region: a rename."""
    report = _report(MD.format(first="数据收集", second=old), MD.format(first="数据收集", second=new), ".md")
    assert [(o, n) for _, o, n, renamed in _flags(report) if renamed] == [(old, new)]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("📈 广告", "广告"),
        ("隐私 🔒", "隐私"),
        ("👍🏽 好", "好"),
        ("✅ 位置", "✅ 位置"),
        ("数据📊收集", "数据📊收集"),
        ("1️⃣ 第一", "1️⃣ 第一"),
    ],
)
def test_heading_pictographs_pattern(title: str, name: str) -> None:
    """Only pictographs at a heading's ends go; yes/no marks, pictographs inside and keycaps stay."""
    assert HEADING_PICTOGRAPHS.sub("", title).strip() == name


# --- 2. a footer address glued to the next link ------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>隐私政策</title></head>
<body>
<h1>隐私政策</h1>
<h2>一、我们收集的信息</h2>
<p>我们仅收集您主动填写的昵称与位置，用于向家人显示您的位置。</p>
<h2>二、如何联系我们</h2>
<p>如有疑问，请发送邮件至 <a href="mailto:help@example.com">help@example.com</a>。</p>
{footer}
</body></html>
"""

FOOTER = """<footer class="footer">
<div class="footer-col"><h4>产品</h4><a href="index.html#features">功能</a><a href="index.html#download">下载</a></div>
<div class="footer-col"><h4>联系我们</h4><a href="mailto:{mail}">{mail}</a><a href="https://github.com/example">GitHub</a></div>
<p>&copy; 2026 Example. All rights reserved.</p>
</footer>"""


def test_footer_address_glued_to_a_link_given_in_the_policy_is_chrome() -> None:
    """A site footer added whose address (the policy's own) is glued to the next link's text: no change (class 2)."""
    assert not has_changes(_report(PAGE.format(footer=""), PAGE.format(footer=FOOTER.format(mail="help@example.com"))))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", FOOTER.format(mail="sales@example.com")),  # an address the policy does not give, added
        (FOOTER.format(mail="help@example.com"), FOOTER.format(mail="sales@example.com")),  # the footer's address changed
    ],
)
def test_footer_address_not_in_the_policy_stays_a_change(old: str, new: str) -> None:
    """A glued footer address that the policy does not give is substance: reported."""
    changes = _changes(_report(PAGE.format(footer=old), PAGE.format(footer=new)))
    assert any("sales@example.com" in (n or "") for _, _, n in changes)


def test_glued_footer_address_is_one_address_for_check(tmp_path: Path) -> None:
    """contact-inconsistent: 「help@example.comGitHub」 in the footer is help@example.com, not a second address (class 2)."""
    page = PAGE.format(footer=FOOTER.format(mail="help@example.com"))
    assert rule_excerpts(tmp_path, page, "contact-inconsistent", "p.html") == []


def test_address_longer_than_a_target_stays_another_address(tmp_path: Path) -> None:
    """An address that only starts with the page's target (help@example.com.cn) is another one for the same role."""
    page = PAGE.format(footer="<footer><p>备用邮箱：help@example.com.cn</p></footer>")
    assert rule_excerpts(tmp_path, page, "contact-inconsistent", "p.html") != []


# --- 3. an unnumbered subsection renamed and reworded in place ----------------------------------------------------------

OUTLINE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>隐私政策</title></head>
<body>
<h1>隐私政策</h1>
<h2>数据存储与安全</h2>
<h3>{title}</h3>
<p>{body}</p>
<h3>安全措施</h3>
<p>我们使用传输加密与静态加密，并定期进行安全审查。</p>
<h2>联系我们</h2>
<p>邮件：help@example.com</p>
</body></html>
"""
OLD_BODY = "您的资料保存在我们租用的数据库中，服务器位于新加坡，并有访问控制。"
NEW_BODY = "您的资料由可信赖的云端服务商保存，并受到严格的访问控制保护。所选服务商均通过国际安全认证。"


def test_reworded_bodies_are_between_the_bars() -> None:
    """The premise of the two tests below: the bodies are over GAP_BODY_MIN and under GAP_BODY_UNNUMBERED alike."""
    assert 0.3 <= _ratio(layout_key(OLD_BODY), layout_key(NEW_BODY)) < 0.45


def test_subsection_renamed_in_place_whose_title_names_the_same_is_one_section() -> None:
    """「我们在哪里保存您的数据」 → 「数据保存」, body reworded: one section renamed (class 3)."""
    report = _report(OUTLINE.format(title="我们在哪里保存您的数据", body=OLD_BODY), OUTLINE.format(title="数据保存", body=NEW_BODY))
    assert _flags(report) == [("modified", "我们在哪里保存您的数据", "数据保存", True)]


def test_subsection_replaced_by_one_sharing_a_generic_word_stays_removed_and_added() -> None:
    """「数据收集」 → 「数据安全」 over the same bodies: another subject in the old one's place, removed and added."""
    report = _report(OUTLINE.format(title="数据收集", body=OLD_BODY), OUTLINE.format(title="数据安全", body=NEW_BODY))
    assert sorted(status for status, _, _, _ in _flags(report)) == ["added", "removed"]


@pytest.mark.parametrize(
    ("old", "new", "within"),
    [
        ("我们在哪里存储您的数据", "数据存储", True),
        ("国际用户", "跨境数据传输", False),
        ("数据收集", "数据安全", False),
        ("Where we store your data", "Data storage", False),  # Chinese characters only
        ("存储", "存", False),  # two at least
    ],
)
def test_title_within(old: str, new: str, within: bool) -> None:
    assert _title_within(old, new) is within


# --- 4. a lone paragraph rewritten in its place ----------------------------------------------------------------------

SECTION = """# 隐私政策

## 数据存储

我们重视您的数据安全。

{body}

如需删除数据，请联系 help@example.com。
"""
REWRITE_OLD = (
    "我们把您的记录保存在 Example Cloud（一家总部位于新加坡的数据库与存储服务商）租用的服务器上，并采取行业通行的加密措施加以保护。"
)
REWRITE_NEW = "您的记录由经过审核的云端服务商保存，并采取行业通行的加密措施加以保护。所选服务商均已通过国际安全认证。"


def test_rewrite_is_between_the_bars() -> None:
    """The premise: the two paragraphs are 0.3–0.45 alike and keep a run of at least REWRITE_RUN characters."""
    a, b = layout_key(REWRITE_OLD), layout_key(REWRITE_NEW)
    assert 0.3 <= redline_ratio(a, b) < 0.45
    assert "并采取行业通行的加密措施加以保护" in a and "并采取行业通行的加密措施加以保护" in b


def test_lone_paragraph_rewritten_in_place_is_one_modified_paragraph() -> None:
    """One paragraph replaced by one 0.3–0.45 alike between the same neighbours: one replace (class 4)."""
    changes = _changes(_report(SECTION.format(body=REWRITE_OLD), SECTION.format(body=REWRITE_NEW), ".md"))
    assert changes == [("replace", REWRITE_OLD, REWRITE_NEW)]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (REWRITE_OLD, "本应用仅供年满十八岁的用户使用，未成年人请在监护人陪同下阅读本政策。"),  # another subject
        (REWRITE_OLD + "\n\n我们每年审查一次存储安排。", REWRITE_NEW),  # two paragraphs for one: pairing by likeness only
        ("例如：我们会将您的手机号码用于账号登录和安全验证。", "例如：在您参加抽奖活动时，我们会收集您的收货地址。"),  # function words only
        (REWRITE_NEW, REWRITE_NEW + "我们在每个季度复核服务商的资质，并在发现问题时更换服务商，届时会另行通知您。" * 4),  # grown past twice
    ],
)
def test_unrelated_or_uneven_rewrite_stays_deleted_and_inserted(old: str, new: str) -> None:
    """An unrelated line in the same place, two old paragraphs for one, sentences sharing function words only, or a
    paragraph grown past twice its length: no pairing under 0.45."""
    ops = sorted(op for op, _, _ in _changes(_report(SECTION.format(body=old), SECTION.format(body=new), ".md")))
    assert "replace" not in ops
    assert "delete" in ops and "insert" in ops
