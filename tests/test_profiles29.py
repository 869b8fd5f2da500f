"""Disclosure profiles, twenty-ninth session (u29v, issue #14): classes of a fresh set's first run.

The set is `eval/profiles29` (seven real policies annotated before any run; five read for the fixes, two held out).
Each class is tested both ways with invented texts modelled on the real ones: what the changed reading finds and the
near miss it must leave alone (a false "covered" costs more than a miss), plus the real files as regression cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import paragraphs, parse_string, profile_status, profile_verdict

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "profiles29" / "docs"


# --- a React component saved as .js is read as JSX: its code and its {/* … */} comments are not the page ---------------

_REACT_JS = """import React from 'react';

const Legal = () => {
  return <>
    <h2>Your rights</h2>
    <p>You can ask for the deletion of your personal information by writing to privacy@example.org.</p>
    {/* <p>You can withdraw your consent at any time by contacting us.</p> */}
  </>;
};

export default Legal;
"""


def test_a_react_component_in_a_js_file_hides_its_commented_out_text() -> None:
    """eval/profiles29 termly-en: a commented-out marketing opt-out was cited as the GDPR withdrawal of consent."""
    assert profile_status(_REACT_JS, "eu-gdpr/withdraw-consent", suffix=".js") == "missing"
    assert profile_status(_REACT_JS, "eu-gdpr/rights", suffix=".js") == "covered"


def test_the_same_comment_uncommented_is_read() -> None:
    text = _REACT_JS.replace("{/* ", "").replace(" */}", "")
    assert profile_status(text, "eu-gdpr/withdraw-consent", suffix=".js") == "covered"


def test_a_js_file_without_react_is_not_read_as_jsx() -> None:
    """A script that only builds markup in a string is no React component: its code stays text (as before)."""
    from policylens.load.jsx import is_jsx_source

    assert is_jsx_source("legal.js", _REACT_JS)
    assert is_jsx_source("legal.mjs", _REACT_JS)
    assert not is_jsx_source("legal.js", "const html = '<p>Privacy</p>';\ndocument.body.innerHTML = html;\n")
    assert not is_jsx_source("legal.js", "import React from 'react';\nexport const x = 1 < 2;\n")  # no JSX returned
    assert not is_jsx_source("legal.ts", _REACT_JS)  # (a `.ts` file cannot hold JSX)


def test_a_react_js_file_is_sniffed_as_a_page() -> None:
    """eval/profiles29 ntu-tw: a `.js` component without `<p>`/`<div>` in its head was read as plain text, its tags too."""
    doc = parse_string(_REACT_JS.replace("<h2>", '<Text fontWeight="800">').replace("</h2>", "</Text>"), suffix=".js")
    assert doc.source.format == "html"
    assert all("</Text>" not in p.text for s in doc.sections for p in s.paragraphs)


# --- a page's own typography component (<TypoText level={2}>) is a block, and with a rank a heading ----------------------

_TYPO = """import { TypoText } from '@/components/typography';

export default function Privacy() {
  return (
    <View>
      <TypoText level={2}>五、信息存储</TypoText>
      <TypoText>
        本系统收集的信息将保存在本系统的服务器上，可能传送至境外并在境外被存储。
      </TypoText>
      <TypoText level={2}>六、账号注销</TypoText>
      <TypoText>
        您可以通过点击"其他"——"注销"进行注销账号操作。
      </TypoText>
      <TypoText>联系地址：湖北省武汉市洪山区珞喻路152号</TypoText>
    </View>
  );
}
"""


def test_typography_components_are_blocks_and_headings() -> None:
    """eval/profiles29 ccnubox-zh: every <TypoText> ran into the next one, so its whole page was one paragraph, headings
    and all, and a clause matched across sections (an address line cited as the categories sent abroad)."""
    doc = parse_string(_TYPO, suffix=".tsx")
    assert [s.title for s in doc.sections if s.title] == ["五、信息存储", "六、账号注销"]
    assert profile_status(_TYPO, "cn-pipl/abroad-categories", suffix=".tsx") == "missing"


def test_a_typography_heading_is_not_cited_for_its_body() -> None:
    found = profile_verdict(_TYPO, "cn-gbt35273/close-account", suffix=".tsx")
    assert found.status == "covered" and found.evidence is not None
    assert "点击" in found.evidence.text


def test_a_typography_component_without_rank_is_no_heading() -> None:
    from policylens.load.jsx import rendered_tag

    assert rendered_tag("TypoText", {"level": "3"}) == "h3"
    assert rendered_tag("TypoText", {}) == "div"
    assert rendered_tag("TypoText", {"level": "9"}) == "div"
    assert rendered_tag("Typography", {"variant": "h2"}) == "h2"  # MUI's, as before
    assert rendered_tag("Text", {"level": "2"}) == "text"  # another name, as before


# --- the sensitive items: a sensitive kind named as what is NOT shared triggers nothing --------------------------------

_NOT_SHARED = "## 8. 如何分享您的信息\n\n我们可能与广告合作伙伴共享信息，但我们不会共享用于识别您个人身份的信息（姓名、身份证号），仅会提供去标识化的设备信息。"


@pytest.mark.parametrize("item", ["cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"])
def test_a_sensitive_kind_denied_sharing_does_not_apply(item: str) -> None:
    """eval/profiles29 psych-zh: both items applied, and the necessity was 'covered' by that sentence."""
    assert profile_status(_NOT_SHARED, item) == "not-applicable"


@pytest.mark.parametrize("item", ["cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"])
def test_a_sensitive_kind_collected_still_applies(item: str) -> None:
    text = "## 一、我们收集的信息\n\n实名认证时，我们会收集您的身份证号，用于核验身份；我们不会共享给任何第三方。"
    assert profile_status(text, item) != "not-applicable"


# --- retention: advice to the person to clear or uninstall is no retention practice -----------------------------------


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_advice_to_clear_data_is_no_retention(item: str) -> None:
    """eval/profiles29 ccnubox-zh: 「建议您在退出账号后将应用数据与缓存一并清除，必要时可将应用卸载」 was cited as retention."""
    text = "## 本地数据\n\n建议您在退出账号后将应用数据与缓存一并清除，必要时可将应用卸载，或将设备硬盘执行标准格式化。"
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_data_erased_on_uninstall_stays_retention(item: str) -> None:
    text = "## 本地数据\n\n您的记录仅保存在本机，卸载应用后将被一并删除。"
    assert profile_status(text, item) == "covered"


# --- categories: 「您根据…要求提供的注册信息」 names no kind of data and is cited after one that does -----------------------


def test_registration_information_is_cited_after_a_concrete_kind() -> None:
    """eval/profiles29 psych-zh: 「您根据 706 在线心理要求提供的个人注册信息」 (a name between 根据 and 要求) was cited."""
    text = paragraphs(
        "a) 在您注册账号时，您根据 706 在线心理要求提供的个人注册信息；",
        "b) 在您使用服务时，我们会收集您的 IP 地址、设备型号和访问日期。",
    )
    found = profile_verdict(text, "cn-pipl/categories")
    assert found.status == "covered" and found.evidence is not None and "IP" in found.evidence.text


def test_registration_information_alone_is_still_read() -> None:
    """Cited last, not dropped: a policy that names nothing better keeps the verdict it had."""
    text = "在您注册账号时，您根据 706 在线心理要求提供的个人注册信息，例如手机号码。"
    assert profile_status(text, "cn-pipl/categories") == "covered"


# --- tw-pdpa: use until the purpose ends; data given for a named recipient to use; a data list is no channel ------------


def test_use_until_the_purpose_ends_is_the_period() -> None:
    """eval/profiles29 ntu-tw (the statutory notice's wording)."""
    text = "您的個人資料僅供本團隊及相關業務合作夥伴，於上述蒐集目的之必要合理範圍內加以利用至前述蒐集目的消失時為止。"
    assert profile_status(text, "tw-pdpa/period") == "covered"
    assert profile_status(text, "tw-pdpa/recipients") == "covered"


def test_a_purpose_that_merely_exists_is_no_period() -> None:
    assert profile_status("本網站蒐集您的個人資料之目的為提供會員服務。", "tw-pdpa/period") == "missing"


def test_a_service_for_the_person_to_use_names_no_recipient() -> None:
    assert profile_status("本網站之內容僅供您個人使用，不得轉載。", "tw-pdpa/recipients") == "missing"


def test_a_channel_word_in_a_list_of_data_is_no_way_to_exercise_rights() -> None:
    """eval/profiles29 ntu-tw: 「姓名、電話、E-mail」 (data collected) gave the Art. 3 rights paragraph its 'channel'."""
    text = (
        "1. 蒐集目的及類別：為招聘之目的，須獲取您下列個人資料：姓名、電話、E-mail或其他得以識別您個人之資料。"
        "3. 當事人權利行使：依據個人資料保護法第3條規定，您可向本團隊請求查詢或閱覽、製給複製本、補充或更正、停止蒐集或刪除您的個人資料。"
    )
    assert profile_status(text, "tw-pdpa/rights") == "missing"


def test_a_channel_word_as_the_way_in_still_counts() -> None:
    text = "## 當事人權利\n\n您可以請求查詢、更正或刪除您的個人資料，請來電 電話 02-1234-5678 與我們聯繫。"
    assert profile_status(text, "tw-pdpa/rights") == "covered"


# --- eu-gdpr requirement: the business's own duty is not the person's --------------------------------------------------


def test_we_are_not_obligated_to_provide_is_no_requirement() -> None:
    """eval/profiles29 termly-en (a CCPA section of a Termly notice)."""
    text = (
        "In accordance with applicable law, we are not obligated to provide or delete consumer information that is "
        "de-identified in response to a consumer request."
    )
    assert profile_status(text, "eu-gdpr/requirement") == "missing"


def test_you_are_not_obligated_to_provide_stays_the_requirement() -> None:
    text = "You are not obligated to provide your e-mail address; without it we cannot send you a receipt."
    assert profile_status(text, "eu-gdpr/requirement") == "covered"


# --- the real files (regression cases) ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "item", "status", "line"),
    [
        ("termly-en/Legal.js", "eu-gdpr/withdraw-consent", "covered", 92),
        ("termly-en/Legal.js", "eu-gdpr/requirement", "covered", 39),
        ("ccnubox-zh/privacy.tsx", "cn-pipl/abroad-categories", "missing", None),
        ("ccnubox-zh/privacy.tsx", "cn-pipl/abroad-rights", "missing", None),
        ("ccnubox-zh/privacy.tsx", "cn-pipl/retention", "covered", 290),
        ("ccnubox-zh/privacy.tsx", "cn-gbt35273/close-account", "covered", 290),
        ("psych-zh/隐私政策.md", "cn-pipl/sensitive-necessity", "not-applicable", None),
        ("ntu-tw/RecruitingPageContainer.js", "tw-pdpa/period", "covered", 299),
        ("ntu-tw/RecruitingPageContainer.js", "tw-pdpa/recipients", "covered", 299),
        ("ntu-tw/RecruitingPageContainer.js", "tw-pdpa/rights", "missing", None),
        ("ntu-tw/RecruitingPageContainer.js", "tw-pdpa/purposes", "covered", 295),
    ],
)
def test_profiles29_files(name: str, item: str, status: str, line: int | None) -> None:
    from helpers import one_item, parse_path
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_path(SET / name), [one_item(item)])
    (found,) = result.items
    assert (found.status, found.evidence.line if found.evidence else None) == (status, line)
