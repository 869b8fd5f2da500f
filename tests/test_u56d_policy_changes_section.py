"""A policy's section on its own changes, retitled and rewritten in its place, is one changed section (fifty-sixth
session, u56d: the class eval/pairs55d left, esendev-rewrite's 「6. 本隐私政策的更改」 → 「6. 政策变更」 shown removed +
added, so the rename was missed).

`diff.subjects.policy_changes`: a short title with a word for the document (政策, 协议, 条款, 声明; policy, notice) and a
word for changing it (更改, 变更, 修改, 修订, 更新; changes, updates).  Two such titles are one subject for
`align._same_subject` and `align._one_for_one`, whose place tests still hold: the same gap, level and number, bodies
`GAP_BODY_ONE_FOR_ONE` alike.  Negatives: another number, a title about the reader's own data (「更新您的信息」), and an
unrelated section in the old one's place stay removed + added."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.diff import diff_documents
from policylens.diff.subjects import policy_changes
from test_u46d_diff import _sections as _statuses

EVAL = Path(__file__).resolve().parents[1] / "eval"

HANS_OLD = (
    "# 隐私政策\n\n## 1. 信息收集\n\n我们收集您的手机号码与设备标识，用于登录与安全验证。\n\n"
    "## 2. 信息使用\n\n我们仅为提供服务而使用您的信息，不会用于其他目的。\n\n"
    "## 3. 本隐私政策的更改\n\n如果本隐私政策有任何更改，我们会通过适当的渠道告知您。请您经常查看以便了解最新信息。\n"
)
HANS_NEW = (
    "# 隐私政策\n\n## 1. 信息收集\n\n我们收集您的手机号码与设备标识，用于登录与安全验证。\n\n"
    "## 2. 信息使用\n\n我们仅为提供服务而使用您的信息，不会用于其他目的。\n\n"
    "## 3. 政策变更\n\n(a) 政策变更将通过本页面、公司网站等渠道公布；\n\n(b) 如有重大变更，我们将通过应用内通知提醒您。\n\n"
    "## 4. 联系我们\n\n如有疑问，请发送邮件至 privacy@example.org 与我们联系。\n"
)
HANT_OLD = (
    "# 隱私權政策\n\n## 一、資料蒐集\n\n我們蒐集您的手機號碼與裝置識別碼，用於登入與安全驗證。\n\n"
    "## 二、資料利用\n\n我們僅為提供服務而利用您的資料，不會用於其他目的。\n\n"
    "## 三、本隱私權政策之修訂\n\n本隱私權政策如有任何修訂，我們將透過適當的管道通知您。請您隨時查閱以了解最新資訊。\n"
)
HANT_NEW = (
    "# 隱私權政策\n\n## 一、資料蒐集\n\n我們蒐集您的手機號碼與裝置識別碼，用於登入與安全驗證。\n\n"
    "## 二、資料利用\n\n我們僅為提供服務而利用您的資料，不會用於其他目的。\n\n"
    "## 三、政策變更\n\n(a) 政策變更將於本頁面及公司網站等管道公告；\n\n(b) 如有重大變更，我們將以應用程式內通知提醒您。\n\n"
    "## 四、聯絡我們\n\n如有疑問，請寄送電子郵件至 privacy@example.org 與我們聯絡。\n"
)


@pytest.mark.parametrize(("old", "new"), [(HANS_OLD, HANS_NEW), (HANT_OLD, HANT_NEW)])
def test_retitled_and_rewritten_changes_section_is_one_section(old: str, new: str) -> None:
    for a, b in ((old, new), (new, old)):  # both ways
        statuses = _statuses(a, b)
        assert not any(policy_changes(o or n) for s, o, n in statuses if s in ("added", "removed")), statuses
        renamed = [(o, n) for s, o, n in statuses if o and n and o != n]
        assert len(renamed) == 1 and all(policy_changes(t) for t in renamed[0])
        assert [s for s, o, n in statuses if s in ("added", "removed")] == ["added" if a is old else "removed"]  # 联系我们


@pytest.mark.parametrize(
    ("old_title", "new_title"),
    [
        ("## 4. 本隐私政策的更改", "## 5. 政策变更"),  # another number, no renumbering step: another place
        ("## 3. 本隐私政策的更改", "## 3. 更新您的信息"),  # the reader's own data, not the policy
        ("## 3. 本隐私政策的更改", "## 3. 联系我们"),  # another subject in the old one's place
    ],
)
def test_other_sections_stay_removed_and_added(old_title: str, new_title: str) -> None:
    old = HANS_OLD.replace("## 3. 本隐私政策的更改", old_title)
    new = HANS_NEW.replace("## 3. 政策变更", new_title).replace("## 4. 联系我们", "## 9. 其他")
    statuses = _statuses(old, new)
    assert ("removed", old_title[3:], None) in statuses, statuses
    assert ("added", None, new_title[3:]) in statuses, statuses


def test_policy_changes_titles() -> None:
    for title in (
        "6. 本隐私政策的更改",
        "政策变更",
        "本政策如何更新",
        "七、本隱私權政策之修訂",
        "用户协议的修改",
        "Changes to This Policy",
        "Policy updates",
    ):
        assert policy_changes(title), title
    for title in ("隐私政策", "信息更新", "更新您的資料", "联系我们", "Updates", "Our policy", None, "政策" + "变更" * 20):
        assert not policy_changes(title), title


def test_esendev_rewrite_real() -> None:
    folder = EVAL / "pairs55d" / "pairs" / "esendev-rewrite"
    report = diff_documents(parse_path(folder / "old.html"), parse_path(folder / "new.html"))
    six = [s for s in report.sections if s.old and s.old.title == "6. 本隐私政策的更改"]
    assert len(six) == 1 and six[0].new is not None and six[0].new.title == "6. 政策变更" and six[0].renamed
    assert [s.new.title for s in report.sections if s.status == "added" and s.new] == ["7. 联系我们"]
