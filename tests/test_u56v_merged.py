"""Fifty-sixth session (u56v): precision audit of the session's merged placeholder-drafting forms (u56f's `deferred`
and `before_launch` modules), probed with clean published sentences.

- `deferred`: a way confirmed per request of the reader (「如您申请更正，具体更正方式待我们确认后提供」: the reader named
  before the subject, in an earlier clause of the sentence) is a step the policy describes, not a fact it leaves open;
- `notes`: "have this / the policy reviewed by counsel" after a subject — the company's own practice ("We will have the policy
  reviewed by our legal team whenever the law changes") or another party's — is no note to the drafter;
- `notes` (base too): 「用户在社区发布的内容未经法务审核」 — another party's text, not this one, unreviewed;
- `before_launch`: advice to the reader (a merchant) to consult a lawyer before the reader's own launch (「请在正式上线前
  咨询律师，以确保您的店铺政策合规」) is no drafter's note.

- `placeholder-instruction`: 「待办事项（TODO）功能」, TODO glossing a to-do feature after 事项, is no marker (the probe
  list's TODO-like word; found on the base too).

The targets u56f found stay found (tests/test_u56f_deferred.py, tests/test_u56f_before_launch.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANS, "如您申请更正，具体更正方式待我们确认后提供。"),
        (HEAD_HANT, "若您要求查詢，資料查詢方式將由本公司確認後提供。"),
        (HEAD_HANS, "用户注销账号后，相关数据的保存期限将由公司确认后说明。"),
        (HEAD_HANS, "请在正式上线前咨询律师，以确保您的店铺政策合规。"),
        (HEAD_HANT, "您的商店頁面請於正式上線前諮詢律師。"),
    ],
)
def test_the_readers_own_step_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANS, "具体更正方式待公司确认后提供。"),
        (HEAD_HANT, "資料查詢方式將由本公司確認後提供。"),
        (HEAD_HANT, "請於上線前洽詢專業人士，確認此做法是否符合相關規定。"),
    ],
)
def test_the_drafts_own_open_fact_still_found(tmp_path: Path, head: str, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


@pytest.mark.parametrize(
    "line",
    [
        "We will have the policy reviewed by our legal team whenever the law changes.",
        "Each year we have the policy reviewed by a qualified data protection officer.",
        "We regularly have the text reviewed by outside counsel to keep it accurate.",
        "Sellers are responsible for their own store terms and should have the terms reviewed by a lawyer.",
    ],
)
def test_a_review_the_company_or_another_party_has_done_is_no_drafters_note(tmp_path: Path, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, HEAD_EN, [line]) & paragraph_lines([line], first=HEAD_EN.count("\n") + 1)


@pytest.mark.parametrize(
    "line",
    [
        "Before App Store submission, have this reviewed by company legal counsel or external attorneys.",
        "The owner must have this reviewed by a qualified adviser before launch.",
    ],
)
def test_the_drafter_told_to_have_it_reviewed_still_found(tmp_path: Path, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, HEAD_EN, [line]) & paragraph_lines([line], first=HEAD_EN.count("\n") + 1)


@pytest.mark.parametrize(
    ("head", "line", "found"),
    [
        (HEAD_HANS, "待办事项（TODO）功能会保存您创建的任务内容。", False),
        (HEAD_HANT, "待辦事項 (TODO) 功能會保存您建立的任務。", False),
        (HEAD_HANS, "联系邮箱：TODO", True),
        (HEAD_HANS, "保存期限：（TODO）", True),
    ],
)
def test_todo_glossing_a_to_do_feature_is_no_marker(tmp_path: Path, head: str, line: str, found: bool) -> None:
    assert bool(paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("用户在社区发布的内容未经法务审核，我们不对其准确性负责。", False),
        ("第三方商家的店铺政策未经律师审核，请您自行判断。", False),
        ("本模板为团队内部起草，未经法务专业审核。", True),
        ("本政策未经法律审核，请勿对外发布。", True),
    ],
)
def test_another_partys_text_not_reviewed_is_no_drafters_note(tmp_path: Path, line: str, found: bool) -> None:
    lines = paragraph_lines([line], first=HEAD_HANS.count("\n") + 1)
    assert bool(paragraph_slot_lines(tmp_path, HEAD_HANS, [line]) & lines) is found
