"""Section titles that name one subject in other words (fifty-sixth session, u56d).

`align._same_subject` and `align._one_for_one` pair a section renamed and rewritten in its old place (the same gap,
level and number, bodies `GAP_BODY_ONE_FOR_ONE` alike) when the two titles share a telling word or a topic.  A policy's
section on its own changes is retitled in words that share neither: `eval/pairs55d` esendev-rewrite's
「6. 本隐私政策的更改」 → 「6. 政策变更」 (政策 is a generic title word, 更改 and 变更 share one character; bodies 0.17
alike) was shown removed + added.  `policy_changes` says that a title is about changes to the policy itself: a word
for the document (政策, 协议, 条款, 声明, 指引; policy, notice, terms, statement) and a word for changing it (更改, 变更,
修改, 修订, 更新, 调整; changes, updates, amendments, revisions), both in a short title.  Two such titles are one
subject.  Precision first: a title with only a change word (「信息更新」, 「更新您的資料」: the reader's own data) or
only a document word (「隐私政策」) is not such a title, and the place tests of `align` still apply (another number,
another level, or bodies under `GAP_BODY_ONE_FOR_ONE` alike stay removed + added).
"""

from __future__ import annotations

from policylens import lazyre

# a title longer than this is a sentence, not a name for the section
MAX_TITLE = 30
_DOCUMENT = lazyre.lazy(r"政策|协议|協議|条款|條款|声明|聲明|指引|(?i:\b(?:policy|notice|terms|statement)\b)")
_CHANGE = lazyre.lazy(r"更改|变更|變更|修改|修订|修訂|更新|调整|調整|(?i:\b(?:changes?|updates?|amendments?|revisions?|modifications?)\b)")


def policy_changes(title: str | None) -> bool:
    """Is `title` (a section's, number included or not) about changes to the policy itself?"""
    if not title or len(title) > MAX_TITLE:
        return False
    return bool(_DOCUMENT.search(title)) and bool(_CHANGE.search(title))


def same_subject_in_other_words(old: str | None, new: str | None) -> bool:
    """Do two section titles name one subject that shares no word between them (both about the policy's changes)?"""
    return policy_changes(old) and policy_changes(new)
