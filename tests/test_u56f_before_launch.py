"""Fifty-sixth session (u56f): the drafter told to consult a lawyer or a professional, or to put in the real facts,
before the text goes live (issue #11 §1; the class of the blind check set m56p's misses, quoted in its notes, and of
eval/blind/round55q chainless-bil-md's review-before-submission note).

`placeholder-drafting` reports them (its `before_launch` module): a request said before the text's release (launch,
publication, going live; 上线, 正式发布).  Quiet: advice with no release ("If you are unsure, please consult a qualified
professional", 「如有疑问，请咨询专业人士」), what the company does (「上线前我们会咨询专业人士」), the reader's own duty
(「您须于上线前补充真实信息」, "Your profile must be completed with accurate information before release of funds").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_EN, "Please confirm with a qualified professional before launch that this policy satisfies that requirement."),
        (HEAD_EN, "Please consult a lawyer before launch to confirm this clause complies with local law."),
        (HEAD_EN, "Before publishing, confirm with your legal counsel that this section is accurate."),
        (HEAD_EN, "Unconfirmed fields must be completed with real operator information before launch, not invented."),
        (HEAD_EN, "Fields that are not yet confirmed must be filled in with the operator's real details before going live."),
        (HEAD_HANT, "請於上線前洽詢專業人士，確認此做法是否符合相關規定。"),
        (HEAD_HANS, "请于上线前咨询专业人士，确认此做法是否符合相关规定。"),
        (HEAD_HANT, "尚未確認之項目請勿自行創造內容，須於上線前由經營者補齊正確資訊。"),
        (HEAD_HANS, "尚未确认的项目请勿自行编造内容，须于上线前由运营者补齐正确信息。"),
    ],
)
def test_a_request_before_the_text_goes_live_is_a_slot(tmp_path: Path, head: str, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_EN, "Please confirm your email address before you can log in."),
        (HEAD_EN, "Before launch of a new feature, we confirm with our legal team that it complies with the law."),
        (HEAD_EN, "If you are unsure, please consult a qualified professional."),
        (HEAD_EN, "We ask a qualified professional to confirm our practices before each launch."),
        (HEAD_EN, "Your profile must be completed with accurate information before release of funds."),
        (HEAD_EN, "We recommend that you consult a lawyer before publication of your content."),
        (HEAD_HANS, "如有疑问，请咨询专业人士。"),
        (HEAD_HANS, "上线前我们会咨询专业人士，确认新功能符合相关规定。"),
        (HEAD_HANS, "请于付款前确认订单信息是否正确。"),
        (HEAD_HANS, "您须于上线前补充真实信息，否则账号无法通过审核。"),
    ],
)
def test_advice_a_practice_or_the_readers_duty_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)
