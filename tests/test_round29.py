"""Classes the twenty-ninth blind round missed on its first run (issue #11 §1, u29r): one test per class, both ways.
Every text below is invented; the round's documents (eval/blind/round29, read since its first run) showed the classes,
in `laoyao-word-html/隐私政策.html`, `quanticoral-en-docx/privacy-policy.docx`, `smartlingo-tsx-md/privacy.md` and
`hkaaa-hk-md/privacy-terms-draft.md`.

1. The product's generic word alone in brackets where its name goes: 「在使用【app】各项服务前」, 「【app】希望…」 opening its
   paragraph, 「（五）【****app****】所调用的系统权限」 (bold markers pasted in as text), [APP] (`slots._APP_WORD`,
   `_app_label`); not 【App Store】, a label before its colon (【App】：…), a step of a UI path (【设置】-【App】), a link,
   nor the tag that opens its line (【APP】关于我们).
2. An English field described by its qualifier or its example: [Specific Country/Region Where Servers Are Located],
   [Specific Region for Legal Application], [Specific Response Time, e.g., 15 working days], [Retention Period]
   (`vocabulary._EN_QUALIFIED`, the period heads of `_EN_HEAD`); not a link's text, a note with digits or punctuation
   ([specific to your account, see §3]), a note on scope ([applicable to iOS only]), nor a shortcut reference the text
   defines.
3. A legal review the text still has to pass: 「草案 · 待正式法律审核」, 「仍须完成正式法律与地区隐私审核」, "Formal legal and
   regional privacy review remains required", "A solicitor should review before …" (`placeholder_drafting`); not a step
   the policy describes (您的申请须经法律审核, 实名认证仍需完成身份审核), advice to the reader (consult a lawyer), nor a hold
   (while a legal review is pending).  An English note's finding starts at its sentence, not inside a word.
4. A setup left for every market: 「每个上线地区都必须配置…规则」, "… must be configured for each launch region", and
   "Edit this file." (`configurer_notes._REGION_SETUP`, `_EN_NOTE`); not the reader's settings (您可在设置中配置…), a setup
   done (我们为每个运营地区配置了…), nor a docs site's "Edit this page on GitHub".
5. A bracket telling the drafter to change a part to fit the product: 「【第三方SDK隐私政策根据app的引入的第三方改，下面是之前
   做过的app的第三方】」 (`drafting_notes` `adaptnote`); not 【根据您的需要修改设置】 (the reader) nor prose without brackets.
"""

from __future__ import annotations

from pathlib import Path

from test_round26 import HEAD, _errors, _placeholders

EN_HEAD = "# Privacy Policy\n\nThis policy applies to all our services. Please read it carefully.\n\n"


# --- 1. the product's generic word in brackets ------------------------------------------------------------------------


def test_the_products_generic_word_in_brackets_is_a_slot(tmp_path: Path) -> None:
    body = (
        "在使用【app】各项产品或服务前，请您务必仔细阅读本政策。\n\n"
        "【app】希望通过本政策向您说明我们如何收集您的信息。\n\n"
        "当您注册[APP]账号时，我们会收集您的手机号码。\n\n"
        "您可以联系【App】客服。\n"
    )
    assert _errors(tmp_path, HEAD + body) == ["【app】", "【app】", "[APP]", "【App】"]


def test_the_generic_word_split_by_pasted_bold_markers_in_a_heading_is_a_slot(tmp_path: Path) -> None:
    # a Word page of a Markdown text: the asterisks are text, in runs of another font
    page = (
        "<html><body><p>本政策适用于我们的全部服务。</p>"
        '<p><span>**（五）【</span><span style="font-family:Calibri">****app****</span><span>】所调用的系统权限**</span></p>'
        "<p>我们会在您同意后调用相机权限。</p></body></html>"
    )
    assert _errors(tmp_path, page, "html") == ["【****app****】"]


def test_an_app_store_a_label_a_path_step_or_a_link_is_no_app_slot(tmp_path: Path) -> None:
    body = (
        "您可以在【App Store】或【应用市场】下载本应用。\n\n"
        "【App】：指本公司开发的移动应用程序。\n\n"
        "您可以进入【设置】-【App】-【权限】关闭授权。\n\n"
        "下载地址见 [App](https://www.acme-games.cn/download)。\n\n"
        "本 app 不会收集您的通讯录。\n\n"
        "## 【APP】关于我们\n\n"
        "【App】新版本说明：本次更新优化了权限弹窗。\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 2. English fields described by their qualifier or example --------------------------------------------------------


def test_an_english_field_described_by_its_qualifier_or_example_is_a_slot(tmp_path: Path) -> None:
    body = (
        "Your data will be stored in [Specific Country/Region Where Servers Are Located].\n\n"
        "This policy is governed by the laws of [Specific Region for Legal Application].\n\n"
        "We will reply within [Specific Response Time, e.g., 15 working days] after receiving your request.\n\n"
        "We keep your account data for [Retention Period].\n\n"
        "Disputes go to the courts of [Actual Jurisdiction Name].\n"
    )
    assert _errors(tmp_path, EN_HEAD + body) == [
        "[Specific Country/Region Where Servers Are Located]",
        "[Specific Region for Legal Application]",
        "[Specific Response Time, e.g., 15 working days]",
        "[Retention Period]",
        "[Actual Jurisdiction Name]",
    ]


def test_a_link_a_note_or_a_defined_reference_is_no_english_field(tmp_path: Path) -> None:
    body = (
        "Read the [specific terms](https://policies.acme-games.cn/terms) for each service.\n\n"
        "Some settings are [specific to your account, see section 3].\n\n"
        "Location data [applicable to iOS only] is kept on the device; rules [relevant in the EU] apply there.\n\n"
        "See the [Applicable Law] for details.\n\n"
        "[Applicable Law]: https://policies.acme-games.cn/law\n"
    )
    assert _errors(tmp_path, EN_HEAD + body) == []


# --- 3. a legal review still to pass ----------------------------------------------------------------------------------


def test_a_legal_review_still_to_pass_is_a_draft_note(tmp_path: Path) -> None:
    body = (
        "**草案 · 待正式法律审核** 预览草案，日期为 2026 年 7 月 31 日。\n\n"
        "启用收费前，仍须完成正式法律与地区隐私审核。\n\n"
        "**Not legal advice.** This is copy aligned to those rules. A solicitor should review before you publish it.\n\n"
        "Formal legal and regional privacy review remains required before production billing.\n"
    )
    assert _errors(tmp_path, HEAD + body) == [
        "草案 · 待正式法律审核** 预览草案，日期为 2026 年 7 月 31 日",
        "启用收费前，仍须完成正式法律与地区隐私审核",
        "A solicitor should review before you publish it.",
        "Formal legal and regional privacy review remains required before production billing.",
    ]


def test_a_review_the_policy_describes_or_advice_to_the_reader_is_no_draft_note(tmp_path: Path) -> None:
    body = (
        "您的申请须经法律审核后生效。实名认证仍需完成身份审核。\n\n"
        "We keep the data while a legal review is pending. You may wish to consult a lawyer before you sign.\n\n"
        "Our legal team reviews every request for access.\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 4. a setup left for every market, the draft's own file ------------------------------------------------------------


def test_a_setup_left_for_every_market_or_the_drafts_file_is_a_note(tmp_path: Path) -> None:
    body = (
        "每个上线地区都必须配置年龄资格与监护人同意规则。\n\n"
        "Age eligibility and guardian-consent rules must be configured for each launch region.\n\n"
        "Edit this file. When you lock it, we build the pages.\n"
    )
    assert _errors(tmp_path, HEAD + body) == [
        "每个上线地区都必须配置年龄资格与监护人同意规则",
        "Age eligibility and guardian-consent rules must be configured for each launch region",
        "Edit this file.",
    ]


def test_the_readers_settings_a_done_setup_or_a_docs_edit_link_is_no_note(tmp_path: Path) -> None:
    body = (
        "您可在设置中配置每个地区的显示语言。我们为每个运营地区配置了独立的服务器。\n\n"
        "Edit this page on GitHub. We have configured servers for each region we operate in.\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 5. a bracket telling the drafter to adapt a part -----------------------------------------------------------------


def test_a_bracket_telling_the_drafter_to_adapt_a_part_is_a_slot(tmp_path: Path) -> None:
    body = (
        "具体接入的第三方 SDK 列表如下：\n\n"
        "【**第三方****SDK****隐私政策根据****app****的引入的第三方改，下面是之前做过的****app****的第三方**】\n\n"
        "【本节根据产品实际接入的服务修改】\n"
    )
    assert _errors(tmp_path, HEAD + body) == [
        "【**第三方****SDK****隐私政策根据****app****的引入的第三方改，下面是之前做过的****app****的第三方**】",
        "【本节根据产品实际接入的服务修改】",
    ]


def test_a_bracket_to_the_reader_or_prose_is_no_adapt_note(tmp_path: Path) -> None:
    body = "【根据您的需要修改设置】后，我们会根据产品的更新调整功能。\n\n【温馨提示】我们会根据应用的版本修改说明。\n"
    assert _errors(tmp_path, HEAD + body) == []


def test_an_english_notes_finding_starts_at_its_sentence(tmp_path: Path) -> None:
    text = EN_HEAD + "**Not legal advice.** This is website copy. A solicitor should review before you publish it.\n"
    found = [f for f in _placeholders(tmp_path, text) if f.rule == "placeholder-drafting"]
    assert [(f.excerpt, f.column) for f in found] == [("A solicitor should review before you publish it.", 45)]
