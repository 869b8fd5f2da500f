"""A Markdown link whose `mailto:`/`tel:` target gains a space after its scheme (fifty-third session, u53d; eval/pairs52b
clipboard-mailto, held out by m52y): 「[a@b.com](a@b.com)」 → 「[a@b.com](mailto: a@b.com)」 is formatting, not content.

CommonMark no longer reads 「(mailto: a@b.com)」 as a link destination, so the base showed the brackets and the target as
inserted text around an unchanged address.  `diff.keys` now keys such a target without the space; a target that names
another address, another number or another scheme stays a change (both scripts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents, has_changes

EVAL = Path(__file__).resolve().parents[1] / "eval"

HEAD = "# 隐私政策\n\n本应用不收集任何个人信息。\n\n## 联系我们\n\n"
HEAD_HANT = "# 隱私權政策\n\n本應用程式不蒐集任何個人資料。\n\n## 聯絡我們\n\n"

SAME = [
    (
        HEAD + "请通过 [privacy@ex.com](privacy@ex.com) 与我们联系。\n",
        HEAD + "请通过 [privacy@ex.com](mailto: privacy@ex.com) 与我们联系。\n",
    ),
    (HEAD + "请通过 [privacy@ex.com](mailto:privacy@ex.com) 联系。\n", HEAD + "请通过 [privacy@ex.com](mailto:  privacy@ex.com) 联系。\n"),
    (
        HEAD_HANT + "請透過 [聯絡我們](mailto:privacy@ex.com) 與我們聯繫。\n",
        HEAD_HANT + "請透過 [聯絡我們](mailto: privacy@ex.com) 與我們聯繫。\n",
    ),
    (HEAD_HANT + "客服專線：[02-1234-5678](tel:0212345678)。\n", HEAD_HANT + "客服專線：[02-1234-5678](tel: 0212345678)。\n"),
]

CHANGED = [
    # another address behind the same words
    (HEAD + "请通过 [联系我们](mailto:privacy@ex.com) 联系。\n", HEAD + "请通过 [联系我们](mailto: support@ex.com) 联系。\n"),
    (HEAD_HANT + "請透過 [聯絡我們](mailto:privacy@ex.com) 聯繫。\n", HEAD_HANT + "請透過 [聯絡我們](mailto: privacy@ex.org) 聯繫。\n"),
    # another number
    (HEAD_HANT + "客服專線：[客服](tel:0212345678)。\n", HEAD_HANT + "客服專線：[客服](tel: 0212345679)。\n"),
    # the address written out changed with it
    (HEAD + "请通过 [a@ex.com](mailto:a@ex.com) 联系。\n", HEAD + "请通过 [b@ex.com](mailto: b@ex.com) 联系。\n"),
]


def _diff(old: str, new: str) -> bool:
    a, b = parse_string(old, ".md"), parse_string(new, ".md")
    return has_changes(diff_documents(a, b)) or has_changes(diff_documents(b, a))


@pytest.mark.parametrize(("old", "new"), SAME)
def test_space_after_scheme_is_formatting(old: str, new: str) -> None:
    assert not _diff(old, new)


@pytest.mark.parametrize(("old", "new"), CHANGED)
def test_another_target_stays_a_change(old: str, new: str) -> None:
    assert _diff(old, new)


def test_real_pair_clipboard_mailto() -> None:
    folder = EVAL / "pairs52b" / "pairs" / "clipboard-mailto"
    report = diff_documents(parse_path(folder / "old.md"), parse_path(folder / "new.md"))
    assert not has_changes(report)


def test_real_pair_email_swap_still_found() -> None:
    folder = EVAL / "pairs52b" / "pairs" / "clipboard-email1"
    report = diff_documents(parse_path(folder / "old.md"), parse_path(folder / "new.md"))
    assert has_changes(report)
