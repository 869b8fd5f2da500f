"""Classes the twenty-eighth blind round (b) showed on its first run (issue #11, u28q): one test per class, both ways.
Every text below is invented; the round's documents (eval/blind/round28b, read since its first run) showed the classes,
in `hklend-hk-md`, `anxin-miniapp-md`, `consent-vue` and `silversole-tw-md`.

1. A legal review the text has not had, its noun first and the pending after it: 「正式法律審閱尚待完成」,
   「法务审核仍未完成」 (`placeholder_drafting.notes._NOTES`); not 「经法律审核通过后生效」, 「您的申请审核尚未完成」 (not a legal
   review), 「须经法务审核」, 「在合规审核尚未完成前，我们不会…」 (the clause goes on: a step the policy describes).
2. The same box in English: "This is a preliminary version", "formal legal review is pending", "pending legal review"
   (`placeholder_drafting.notes._NOTE_EN`); not "This policy is the final version", "Reviews of your posts are pending",
   "we keep the records while a legal review is pending" (a hold the policy describes),
   nor a published policy's own final disclaimer "This Privacy Policy has not been reviewed by legal counsel".
3. The text saying the facts left to fill in are unconfirmed: 「待填写的信息尚未确认」, 「待补充的内容仍未核实」; not
   「请完善待填写资料」 (a form's state the user completes).
4. An invented English address: a counting street number, a "<Word> City" town and the postcode 12345 together
   (「地址：123 Privacy Street, Security City, 12345」, `placeholder_dummy_contact._INVENTED_TOWN_ZIP`); not
   123 Queen Street, Kansas City, MO 64105 (a real postcode), nor 「Security City 12345 号仓库」 without the street.
5. An HTML comment that is a checklist with every box ticked is a record of work done (`placeholder_comment
   ._ticked_checklist`): no `placeholder-comment`; one open box `[ ]`, or an unticked request line under it, keeps it.
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _placeholders

HEAD_HANT = "# 私隱政策\n\n本政策適用於我們提供的全部服務，請您仔細閱讀。\n\n"
HEAD_HANS = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _hits(tmp_path: Path, text: str, rule: str, suffix: str = "md") -> list[tuple[int, str]]:
    """(line, excerpt) of every finding of `rule` in `text`."""
    return [(f.line, f.excerpt) for f in _placeholders(tmp_path, text, suffix) if f.rule == rule]


# --- 1. a legal review still pending, noun first -----------------------------------------------------------------------


def test_a_legal_review_still_pending_is_a_drafting_note(tmp_path: Path) -> None:
    text = (
        HEAD_HANT + "本文為初版；正式法律審閱尚待完成。\n\n聯絡方式：privacy@qingyun.example.hk\n\n本政策的法务审核仍未完成，请勿转发。\n"
    )
    hits = _hits(tmp_path, text, "placeholder-drafting")
    assert [line for line, _ in hits] == [5, 9], hits


def test_a_review_done_or_not_legal_is_no_drafting_note(tmp_path: Path) -> None:
    text = (
        HEAD_HANS
        + "本政策经法律审核通过后生效。\n\n"
        + "您的申请审核尚未完成时，我们会以短信通知您。\n\n"
        + "对外提供个人信息前，须经法务审核。\n\n"
        + "在合规审核尚未完成前，我们不会向第三方提供您的信息。\n"
    )
    assert _hits(tmp_path, text, "placeholder-drafting") == []


# --- 2. the same box in English -----------------------------------------------------------------------------------------


def test_a_preliminary_version_awaiting_legal_review_is_a_drafting_note(tmp_path: Path) -> None:
    text = (
        "# Privacy Policy\n\nThis is a preliminary version; formal legal review is pending.\n\n"
        "## Contact\n\nThis notice is pending legal review by our counsel.\n"
    )
    hits = _hits(tmp_path, text, "placeholder-drafting")
    assert sorted({line for line, _ in hits}) == [3, 7], hits


def test_a_final_text_or_a_users_review_is_no_drafting_note(tmp_path: Path) -> None:
    text = (
        "# Privacy Policy\n\nThis policy is the final version and replaces all earlier ones.\n\n"
        "Reviews of your posts are pending moderation for up to 24 hours.\n\n"
        "We keep the records while a legal review is pending, then delete them.\n\n"
        "> **Disclaimer:** This Privacy Policy has not been reviewed by legal counsel. It is written in good faith.\n"
    )
    assert _hits(tmp_path, text, "placeholder-drafting") == []


# --- 3. the facts left to fill in, unconfirmed ---------------------------------------------------------------------------


def test_facts_left_to_fill_in_said_unconfirmed_are_a_drafting_note(tmp_path: Path) -> None:
    text = HEAD_HANS + "请阅读实际数据用途；待填写的信息尚未确认。\n\n待补充的内容仍未核实，发布前由负责人补齐。\n"
    hits = _hits(tmp_path, text, "placeholder-drafting")
    assert 5 in {line for line, _ in hits} and 7 in {line for line, _ in hits}, hits


def test_a_form_left_to_complete_is_no_drafting_note(tmp_path: Path) -> None:
    text = HEAD_HANS + "注册后，请在个人中心完善待填写资料，以便我们为您提供服务。\n\n待填写的字段会以红色标出。\n"
    assert _hits(tmp_path, text, "placeholder-drafting") == []


# --- 4. an invented English address --------------------------------------------------------------------------------------


def test_a_counting_street_an_invented_city_and_12345_are_a_dummy_address(tmp_path: Path) -> None:
    text = HEAD_HANS + "- 邮箱：privacy@qingyun.example.cn\n- 地址：123 Privacy Street, Security City, 12345\n"
    hits = _hits(tmp_path, text, "placeholder-dummy-contact")
    assert hits == [(6, "123 Privacy Street, Security City, 12345")], hits


def test_a_real_looking_address_is_no_dummy_address(tmp_path: Path) -> None:
    text = (
        HEAD_HANS
        + "- Address: 123 Queen Street, Kansas City, MO 64105\n"
        + "- 地址：Security City 12345 号仓库\n"
        + "- Address: 88 Harbour Road, Wan Chai City, 12345\n"
    )
    assert _hits(tmp_path, text, "placeholder-dummy-contact") == []


# --- 5. a ticked checklist in a comment ----------------------------------------------------------------------------------


def test_a_checklist_with_every_box_ticked_is_no_drafting_comment(tmp_path: Path) -> None:
    text = (
        HEAD_HANT
        + "<!--\n【發布前待補項目】\n1. [x] 統一編號、登記地址、客服電話 —— 2026-08-31 補上\n"
        + "2. [x] 各類資料之保存期間 —— 採用原建議值\n3. 若日後啟用雲端上傳，需同步更新第 3.2 節之描述\n-->\n"
    )
    assert _hits(tmp_path, text, "placeholder-comment") == []


def test_an_open_box_or_an_unticked_request_keeps_the_comment(tmp_path: Path) -> None:
    text = (
        HEAD_HANT
        + "<!--\n【發布前待補項目】\n1. [x] 統一編號 —— 補上\n2. [ ] 客服電話\n-->\n\n正文。\n\n"
        + "<!--\n發布前待補項目\n- [x] 統一編號\n- [x] 地址\n- 請補充客服信箱\n-->\n"
    )
    assert [line for line, _ in _hits(tmp_path, text, "placeholder-comment")] == [5, 13]
