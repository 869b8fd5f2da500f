"""Diff classes of the pair set `eval/pairs48` (forty-eighth session, u48d; fixed from its dev pairs, so the set is no
longer blind for these classes).

1. A stretch of the outline renumbered by sections inserted before it (「2.」 and 「3.」 inserted, so 3. → 4. … 7. → 8.)
   keeps its places: when the two paired neighbours that bound a gap were renumbered by the same step, a section of the
   gap whose number moved by that step is in the same place (`align._gap_shift`), as 四、 → 四、 is where nothing was
   inserted.  szvip-restructure's 「4. 数据共享」 → 「5. 数据共享与保护」 and 「5. 数据保留」 → 「6. 数据保留与删除」, renamed
   and rewritten (0.27 and 0.33 alike), were removed + added.  Another step (a section inserted inside the gap), the
   document's ends and another subject under the moved number stay removed + added.
2. A title kept whole with words added after it (「6. 您的选择」 → 「7. 您的选择与权利」) is the same subject from bodies
   0.1 alike (`align._title_kept`, `GAP_BODY_TITLE_KEPT`): its one sentence replaced by two (0.12) was removed + added.
3. Across scripts the mainland 邮箱 is what Taiwan writes 信箱 (支持邮箱 / 支援信箱, buwan-xscript, a late pair), read one way
   (`variants.READINGS`): a mainland 信箱 (perhaps a post-office box) against a Taiwan 郵箱 stays a change.
All are read the same way in diff(b, a).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents

PAIRS = Path(__file__).resolve().parents[1] / "eval" / "pairs48" / "pairs"

_HEAD = "# 隐私政策\n\n## 1. 我们处理的数据\n\n蓝牙连接状态与设备连接结果。\n\n"
_PERM = "## {n}. 权限说明\n\n蓝牙用于连接云台硬件；相机仅在您主动拍摄时使用。\n\n"
_MINOR = "## {n}. 未成年人\n\n如您为未成年人，请在监护人指导下使用本应用。\n\n"
_CONTACT = "## {n}. 联系方式\n\n如有隐私相关问题，请发送邮件至 help@example.com 与我们联系。\n"
_OLD_SHARE = "## {n}. 数据共享\n\n我们不会出售您的个人数据。仅在法律法规要求，或为保障应用稳定必须接入且合规的第三方 SDK 时，才会处理或共享数据。\n\n"
_NEW_SHARE = (
    "## {n}. 数据共享与保护\n\n除上述诊断处理、法律法规要求或保护用户及公众安全所必需的情形外，我们不会向第三方共享诊断数据。"
    "我们要求服务提供方按照本政策提供同等保护。\n\n"
)
_OLD_CHOICE = "## {n}. 您的选择\n\n您可在系统设置中拒绝或撤回相关权限，但对应功能可能无法使用。\n\n"
_NEW_CHOICE = (
    "## {n}. 您的选择与权利\n\n首次显示隐私政策时，您可以拒绝诊断数据共享并继续使用拍照、录像和云台控制等基础功能。此后可在 App 的"
    "“我的－诊断数据共享”中随时开启或撤回同意；撤回后会停止诊断服务并清除 App 本地诊断文件。\n\n"
    "您可以通过下方邮箱申请查询、更正或删除云端诊断数据。我们可能需要匿名安装标识等必要信息来定位相应记录。\n\n"
)
_INSERTED = "## 2. 诊断数据\n\n只有在您开启“诊断数据共享”后，我们才会初始化崩溃分析 SDK，收集崩溃堆栈与设备型号。\n\n"


def _doc(parts: list[str]) -> str:
    return _HEAD + "".join(parts)


def _changed(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    return [(s.status, s.old.title if s.old else None, s.new.title if s.new else None) for s in report.sections if s.status != "unchanged"]


_OLD = _doc([_PERM.format(n=2), _OLD_SHARE.format(n=3), _OLD_CHOICE.format(n=4), _MINOR.format(n=5), _CONTACT.format(n=6)])
_NEW = _doc([_INSERTED, _PERM.format(n=3), _NEW_SHARE.format(n=4), _NEW_CHOICE.format(n=5), _MINOR.format(n=6), _CONTACT.format(n=7)])


def test_a_renumbered_stretch_keeps_its_places_both_ways() -> None:
    forward = _changed(_OLD, _NEW)
    assert forward == [
        ("added", None, "2. 诊断数据"),
        ("modified", "3. 数据共享", "4. 数据共享与保护"),
        ("modified", "4. 您的选择", "5. 您的选择与权利"),
    ]
    assert _changed(_NEW, _OLD) == [("removed" if s == "added" else s, n, o) for s, o, n in forward]


def test_another_step_inside_the_gap_is_no_place() -> None:
    """A section inserted inside the gap moves the upper neighbour by two, the lower by one: no common step."""
    old = _doc([_PERM.format(n=2), _OLD_SHARE.format(n=3), _MINOR.format(n=4), _CONTACT.format(n=5)])
    new = _doc(
        [
            _INSERTED,
            _PERM.format(n=3),
            "## 4. 数据安全\n\n我们采用加密传输与访问控制保护您的数据，并定期审查安全措施。\n\n",
            _NEW_SHARE.format(n=5),
            _MINOR.format(n=6),
            _CONTACT.format(n=7),
        ]
    )
    changed = _changed(old, new)
    assert ("removed", "3. 数据共享", None) in changed and ("added", None, "5. 数据共享与保护") in changed


def test_another_subject_under_the_moved_number_stays_removed_and_added() -> None:
    old = _doc([_PERM.format(n=2), _OLD_SHARE.format(n=3), _MINOR.format(n=4), _CONTACT.format(n=5)])
    new = _doc([_INSERTED, _PERM.format(n=3), _COOKIES.format(n=4), _MINOR.format(n=5), _CONTACT.format(n=6)])
    assert _changed(old, new) == [
        ("added", None, "2. 诊断数据"),
        ("removed", "3. 数据共享", None),
        ("added", None, "4. Cookie 与同类技术"),
    ]


_COOKIES = "## {n}. Cookie 与同类技术\n\n我们的网站使用必要的 Cookie 记住您的语言偏好，不用于广告。\n\n"


def test_a_kept_title_pairs_a_rewritten_body_in_a_gap_of_two() -> None:
    """Two sections a side in the gap (no `_one_for_one`): 您的选择 → 您的选择与权利 pairs on its kept title, the shared
    section replaced by another subject stays removed + added."""
    old = _doc([_PERM.format(n=2), _OLD_CHOICE.format(n=3), _OLD_SHARE.format(n=4), _CONTACT.format(n=5)])
    new = _doc([_PERM.format(n=2), _NEW_CHOICE.format(n=3), _COOKIES.format(n=4), _CONTACT.format(n=5)])
    assert _changed(old, new) == [
        ("modified", "3. 您的选择", "3. 您的选择与权利"),
        ("removed", "4. 数据共享", None),
        ("added", None, "4. Cookie 与同类技术"),
    ]
    assert _changed(new, old) == [
        ("modified", "3. 您的选择与权利", "3. 您的选择"),
        ("removed", "4. Cookie 与同类技术", None),
        ("added", None, "4. 数据共享"),
    ]


@pytest.mark.parametrize("forward", [True, False])
def test_szvip_restructure_pairs_the_renumbered_sections(forward: bool) -> None:
    old, new = parse_path(PAIRS / "szvip-restructure" / "old.html"), parse_path(PAIRS / "szvip-restructure" / "new.html")
    report = diff_documents(old, new) if forward else diff_documents(new, old)
    pairs = {(s.old.title, s.new.title) for s in report.sections if s.old and s.new}
    expected = {("4. 数据共享", "5. 数据共享与保护"), ("5. 数据保留", "6. 数据保留与删除"), ("6. 您的选择", "7. 您的选择与权利")}
    assert expected <= (pairs if forward else {(b, a) for a, b in pairs})
    one_sided = sorted((s.status, (s.old or s.new).title) for s in report.sections if not (s.old and s.new))  # type: ignore[union-attr]
    gone, came = ("removed", "added") if forward else ("added", "removed")
    assert one_sided == sorted([(gone, "2. 处理目的"), (came, "2. 可选的诊断数据共享"), (came, "3. 数据关联与跟踪"), (came, "9. 政策更新")])


# 3. a one-way reading across scripts: the mainland 邮箱 is Taiwan's 信箱 ------------------------------------------------

_HANT = "# 隱私權政策\n\n## 聯絡我們\n\n發布者：王小明\n\n支援信箱：help@example.com\n"
_HANS = "# 隐私政策\n\n## 联系我们\n\n发布者：王小明\n\n支持邮箱：help@example.com\n"


@pytest.mark.parametrize("forward", [True, False])
def test_a_mainland_mailbox_is_the_taiwan_one(forward: bool) -> None:
    """`eval/pairs48` buwan-xscript: 支援信箱 / 支持邮箱 made 聯絡我們 [modified] (`variants.READINGS`)."""
    old, new = parse_string(_HANT, ".md"), parse_string(_HANS, ".md")
    report = diff_documents(old, new) if forward else diff_documents(new, old)
    assert [s.status for s in report.sections if s.status != "unchanged"] == []


def test_a_mainland_post_office_box_is_not_an_e_mail_box() -> None:
    """Not the reverse: a mainland 信箱 against a Taiwan 郵箱, and 邮箱 → 信箱 within one script, stay changes."""
    tw_mail = _HANT.replace("支援信箱", "支援郵箱")
    cn_box = _HANS.replace("支持邮箱", "支持信箱")
    assert [s.status for s in diff_documents(parse_string(tw_mail, ".md"), parse_string(cn_box, ".md")).sections][-1] == "modified"
    assert [s.status for s in diff_documents(parse_string(_HANS, ".md"), parse_string(cn_box, ".md")).sections][-1] == "modified"
