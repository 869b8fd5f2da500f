"""Fifty-seventh session (u57f, issue #11): the text calling itself a placeholder or a sample, and drafting status notes
(the classes of eval/blind/round56q's misses, placeholder-en-jsx:11 and mochi-en-tsx:15/:20; not blind).

`placeholder-drafting` reports them (`placeholder_drafting.self_described`).  Quiet: an example *of* something, a sample
the policy describes, a template the service offers, a status said of another noun, a legal review the policy describes
as a practice or of the reader's content.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_EN, "This placeholder Privacy Policy explains how Acme collects and uses your information."),
        (HEAD_EN, "This Privacy Policy page is a draft placeholder for the Mochi platform."),
        (HEAD_EN, "This is a sample privacy policy for demonstration purposes."),
        (HEAD_EN, "This sample Privacy Policy describes how we handle data."),
        (HEAD_EN, "This is a boilerplate privacy notice."),
        (HEAD_EN, "Draft copy only — updated policy will be published before launch."),
        (HEAD_EN, "**Draft copy only** — replace before launch."),
        (HEAD_EN, "Draft — do not publish."),
        (HEAD_EN, "(For internal review only)"),
        (HEAD_EN, "Privacy Policy — Draft copy only"),
        (HEAD_EN, "Internal review only."),
        (HEAD_EN, "To be reviewed by legal before launch."),
        (HEAD_EN, "This section is to be reviewed by legal before launch."),
        (HEAD_EN, "Retention periods: this text is pending approval by counsel before publication."),
        (HEAD_HANS, "本政策仅为示例。"),
        (HEAD_HANS, "本页面仅作为示例文本，请勿直接使用。"),
        (HEAD_HANT, "範本，請依實際情況修改。"),
        (HEAD_HANS, "模板内容：请根据贵公司实际情况修改。"),
        (HEAD_HANS, "仅供内部审阅。"),
        (HEAD_HANS, "【仅供内部审阅】"),
        (HEAD_HANT, "內部審閱用，請勿公開。"),
        (HEAD_HANS, "草稿，上线前替换。"),
        (HEAD_HANS, "初稿，待法务审核。"),
        (HEAD_HANS, "版本：初稿"),
        (HEAD_HANS, "初稿 v0.1"),
        (HEAD_HANS, "本版本为初稿。"),
        (HEAD_HANS, "【初稿】"),
        (HEAD_HANT, "草案（2026-01-01）"),
    ],
)
def test_a_text_calling_itself_a_placeholder_or_a_draft_is_reported(tmp_path: Path, head: str, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_EN, "This policy is an example of our commitment to your privacy."),
        (HEAD_EN, "We collect a sample of crash logs to improve stability."),
        (HEAD_EN, "This sample of users is selected at random for surveys."),
        (HEAD_EN, "We may use placeholder images while content loads."),
        (HEAD_EN, "You can save a draft copy only on your device."),
        (HEAD_EN, "Drafts you create are stored on your device until you publish them."),
        (HEAD_EN, "Internal reviews of our security practices are done yearly."),
        (HEAD_EN, "Access is limited to staff for internal review only when needed."),
        (HEAD_EN, "Access logs are kept for 30 days (for internal review only)."),
        (HEAD_HANS, "访问日志保存三十天后删除（仅供内部审阅），不会对外提供。"),
        (HEAD_EN, "Marketing campaigns are to be reviewed by legal before launch."),
        (HEAD_EN, "Your content is to be reviewed by legal before publication."),
        (HEAD_EN, "Requests to delete data are to be reviewed by our legal team within 30 days."),
        (HEAD_EN, "This page explains how we collect, use, and share your information."),
        (HEAD_HANS, "本文档为示例代码的说明。"),
        (HEAD_HANS, "以下示例仅供参考，帮助您理解本政策。"),
        (HEAD_HANS, "本产品提供多种合同范本，请依实际情况修改后使用。"),
        (HEAD_HANS, "会议纪要仅供内部审阅，请勿外传。"),
        (HEAD_HANS, "您上传的范本文件仅供内部审阅使用。"),
        (HEAD_HANS, "您可以在草稿箱中保存初稿，发布前可随时修改。"),
        (HEAD_HANS, "我们会对您的初稿进行审核。"),
        (HEAD_HANS, "初稿完成后，您可以邀请好友审阅。"),
        (HEAD_HANS, "我们会在初稿阶段征求您的意见。"),
        (HEAD_HANS, "版本：初稿功能已下线。"),
        (HEAD_HANT, "內部審閱流程由資安團隊負責。"),
    ],
)
def test_an_example_of_a_practice_or_another_nouns_status_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)
