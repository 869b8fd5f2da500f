"""Fifty-sixth session (u56f): the family of drafter's notes that the text still awaits its lawyer, in English and
Chinese, left in a published policy (issue #11 §1; eval/blind/round55q chainless-bil-md L157, the English twin its
Chinese line was already found by).

Seen in real templates (the code index): "This template was drafted internally and has not undergone legal review",
"Before App Store submission, have this reviewed by company legal counsel", "DRAFT — have this reviewed by a qualified
professional before real clients", "Have This Reviewed by a Lawyer Before Launch", "NOTE TO DRAFTER - Please complete
all sections", 「本模板为团队内部起草，未经法务专业审核」.  `placeholder-drafting` reports them (its `notes` module).
Quiet: a published policy's own disclaimer ("This Privacy Policy has not been reviewed by legal counsel"), a
review the policy describes ("Our legal counsel reviews this policy every year"), a review the reader may ask for
("you can have this decision reviewed by a human"), advice to the reader ("You may wish to have this policy reviewed by
your own legal adviser"), a price in New Taiwan dollars ("[NTD: 300]").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines, slot_findings

_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_EN, "Disclaimer: This template was drafted internally and **has not undergone legal review**."),
        (HEAD_EN, "This template has not been reviewed by a lawyer. Please consult legal counsel before publishing."),
        (HEAD_EN, "This privacy policy template is provided for reference only and has not been reviewed by a lawyer."),
        (HEAD_EN, "This draft has not yet been reviewed by counsel and must not be published as is."),
        (HEAD_EN, "Before App Store submission, have this reviewed by company legal counsel or external attorneys."),
        (HEAD_EN, "Terms of Service (Template — Have This Reviewed by a Lawyer Before Launch)"),
        (HEAD_EN, "v2026-07 · DRAFT — have this reviewed by a qualified professional before real clients."),
        (HEAD_EN, "Note: Demo content – have this reviewed by a legal professional before going live."),
        (HEAD_EN, "The owner must have this reviewed by a qualified adviser before launch."),
        (HEAD_EN, "For production use, please have this reviewed by a qualified data protection officer and legal counsel."),
        (HEAD_EN, "Please have a lawyer review this policy before you publish it."),
        (HEAD_EN, "This section should be reviewed by legal counsel before publication."),
        (HEAD_EN, "This policy must be reviewed by a lawyer before release."),
        (HEAD_EN, "Note to drafter: confirm the retention period with the data team."),
        (HEAD_EN, "NOTE TO DRAFTER - Please complete all sections in yellow."),
        (HEAD_EN, "[NTD: confirm with client whether cookies are used.]"),
        (HEAD_HANS, "法律免责声明：本模板为团队内部起草，未经法务专业审核。"),
        (HEAD_HANT, "本範本為團隊內部起草，未經法務專業審核。"),
    ],
)
def test_a_note_that_the_text_awaits_its_lawyer_is_a_slot(tmp_path: Path, head: str, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_EN, "This Privacy Policy was drafted internally by our compliance team and reviewed by external counsel."),
        (HEAD_EN, "This policy has been reviewed by our legal team and is effective from 1 January 2025."),
        (HEAD_EN, "Our legal counsel reviews this policy every year."),
        (HEAD_EN, "Our lawyers review this policy before each release."),
        (HEAD_EN, "This policy is reviewed by our legal team before each release."),
        (HEAD_EN, "You may wish to have this policy reviewed by your own legal adviser."),
        (HEAD_EN, "If you disagree with our response, you can have this reviewed by our Data Protection Officer."),
        (HEAD_EN, "You have the right to have this decision reviewed by a human."),
        (HEAD_EN, "If your request is refused, you may have this reviewed by a lawyer of your choice."),
        (HEAD_EN, "Apps submitted to the App Store are reviewed by Apple; we do not control that review."),
        (HEAD_EN, "We have not undergone a third-party security certification yet, but we follow industry practices."),
        (HEAD_EN, "Prices are listed in [NTD: 300] per month."),
        (HEAD_EN, "This template message is sent when you reset your password."),
        (HEAD_EN, "This draft order has not been paid yet."),
        (HEAD_EN, "Drafts you save have not been reviewed by our moderators."),
        (HEAD_EN, "Templates you create have not been reviewed by a lawyer; use them at your own risk."),
        (HEAD_HANS, "本政策由我们的法务团队起草并经外部律师审核。"),
        (HEAD_HANS, "未经您的同意，我们不会向第三方提供您的个人信息。"),
    ],
)
def test_a_review_the_policy_describes_or_offers_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


def test_round55q_chainless_english_twin_regression() -> None:
    """eval/blind/round55q chainless-bil-md: the drafter's disclaimer in Chinese (L155) and its English twin (L157)."""
    path = _ROOT / "eval/blind/round55q/dev/chainless-bil-md/privacy-policy.md"
    assert {n for n, _, _ in slot_findings(path)} == {155, 157}
