"""Defects found reviewing the fifty-third session's merged work (u53r), each a class built from a constructed form."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, profile_status
from parse_helpers import parse_file

_EN = "We respect your privacy and protect the personal data you give us when you use the app."
_ZH = "我们尊重您的隐私，并保护您在使用本应用时提供给我们的个人数据。"

# each catalogue kind `compare` reads key by key, its title escaping a character beyond the BMP as a UTF-16 pair (as JS
# writes an emoji) and another string escaping half a pair: a lone surrogate, which UTF-8 cannot write
_CATALOGUES = {
    "ts": (
        "export default {{\n  privacy: {{\n    title: '{title} \\ud83d\\udd12',\n    half: '{title} \\ud83d',\n    intro: '{intro}',\n  }},\n}};\n"
    ),
    "yml": '{locale}:\n  privacy:\n    title: "{title} \\ud83d\\udd12"\n    half: "{title} \\ud83d"\n    intro: "{intro}"\n',
    "json": '{{"privacy": {{"title": "{title} \\ud83d\\udd12", "half": "{title} \\ud83d", "intro": "{intro}"}}}}',
}


@pytest.mark.parametrize("suffix", sorted(_CATALOGUES))
def test_compare_reads_a_catalogue_escaping_surrogates(tmp_path: Path, suffix: str) -> None:
    form = _CATALOGUES[suffix]
    files = {
        f"en.2024-01-01.{suffix}": form.format(locale="en", title="Privacy Policy", intro=_EN),
        f"zh-CN.2024-01-01.{suffix}": form.format(locale="zh-CN", title="隐私政策", intro=_ZH),
    }
    product = compare_folder(tmp_path / "app", files)
    assert product["errors"] == []  # was: internal error while comparing (UnicodeEncodeError: … surrogates not allowed)
    assert len(product["editions"]) == 2


def test_a_surrogate_pair_is_its_character_and_half_a_pair_a_replacement() -> None:
    from policylens.compare.catalogue import _whole
    from policylens.load.catalogue import Unit

    unit = _whole(Unit("a.\ud83d", "锁 \ud83d\udd12 半 \ud83d", 1, 1, 20, False))
    assert (unit.key, unit.text) == ("a.\ufffd", "锁 \U0001f512 半 \ufffd")


_CODE_PAGE = """public class PrivacyActivity extends Activity {
    protected void onCreate(Bundle savedInstanceState) {
        titleView.setText("隐私政策");
        VIEWTitle.setText("个人信息收集说明");
        VIEWContent.setText("我们会收集您的手机号码，用于注册和登录。");
        otherTitle.setText("注销账号");
        otherContent.setText("您可以在设置中注销账号，注销后我们将删除您的个人信息。");
    }
}
"""


def test_a_section_view_named_a_notice_or_an_action_is_the_pages_text(tmp_path: Path) -> None:
    """(l53j's words for a form message's view: notice, error, login, close…) A page built in code names its section views
    after what they show: `noticeTitle`, `loginTitle`, `errorHeader`, `closeContent` hold the page's headings and text."""
    for view in ("notice", "login", "error", "close", "register"):
        doc = parse_file(tmp_path, "PrivacyActivity.java", _CODE_PAGE.replace("VIEW", view))
        assert [s.title for s in doc.sections if s.title] == ["个人信息收集说明", "注销账号"], view


def test_besides_as_moreover_is_no_exception() -> None:
    """(u53e's dropped exceptions) "Besides," with its comma opens a sentence as "moreover" does: the English promise has no
    exception, and 「此外，我们不会收集您的姓名…」 drops none; "besides your e-mail address" is one."""
    from policylens.compare import modes

    assert modes.excepted_promises("Besides, we do not collect your name, contacts or location.") == []
    assert modes.excepted_promises("Besides your e-mail address, we do not collect any personal data.") == ["collect"]
    assert modes.excepted_promises("Except for crash reports, we do not collect any data.") == ["collect"]


def test_compare_reports_no_dropped_exception_for_besides_as_moreover(tmp_path: Path) -> None:
    en = (
        "# Privacy Policy\n\n## Information We Collect\n\nWe collect the e-mail address you give us to answer your questions. "
        "Besides, we do not collect your name, contacts or location.\n\n## Contact\n\nWrite to privacy@example.com.\n"
    )
    zh = (
        "# 隐私政策\n\n## 我们收集的信息\n\n我们收集您提供的电子邮件地址，用于回复您的问题。此外，我们不会收集您的姓名、通讯录或位置。"
        "\n\n## 联系我们\n\n请写信至 privacy@example.com。\n"
    )
    product = compare_folder(tmp_path / "app", {"en.2024-01-01.md": en, "zh-Hans.2024-01-01.md": zh})
    assert not [e for e in product["sentences"] if e["lacks"] == ["exception"]]


def test_an_exception_of_another_clause_excepts_nothing_from_the_promise() -> None:
    """(u53e's dropped exceptions) The exception must scope the promise: in its clause, leading the next clause, or opening
    the sentence.  "every feature except sync works offline" after "We do not collect your location," excepts nothing
    from it, and 「我们不会收集您的位置。」 drops no exception."""
    from policylens.compare import modes

    assert modes.excepted_promises("We do not collect your location, and every feature except sync works offline.") == []
    assert modes.excepted_promises("We do not share your data with third parties, except as required by law.") == ["share"]
    assert modes.excepted_promises("Except for crash reports, which are anonymous, we do not collect any data.") == ["collect"]
    assert modes.excepted_promises("We do not share your data with anyone other than Valve.") == ["share"]


def test_compare_reports_no_dropped_exception_of_another_clause(tmp_path: Path) -> None:
    en = (
        "# Privacy Policy\n\n## Information We Collect\n\nWe collect the e-mail address you give us to answer your questions.\n\n"
        "We do not collect your location, and every feature except sync works offline.\n\n## Contact\n\nWrite to privacy@example.com.\n"
    )
    zh = (
        "# 隐私政策\n\n## 我们收集的信息\n\n我们收集您提供的电子邮件地址，用于回复您的问题。\n\n"
        "我们不会收集您的位置。除同步外，所有功能均可离线使用。\n\n## 联系我们\n\n请写信至 privacy@example.com。\n"
    )
    product = compare_folder(tmp_path / "app", {"en.2024-01-01.md": en, "zh-Hans.2024-01-01.md": zh})
    assert not [e for e in product["sentences"] if e["lacks"] == ["exception"]]


def test_a_body_acting_on_the_agencys_query_is_no_agency_name() -> None:
    """(u53w's tw-pdpa agency, a named body that calls itself 本單位) Only the notice's own sentence — one that tells the
    person (告知) or cites the Act — names the agency so: 「財團法人金融聯合徵信中心依本單位之查詢…」 is another body acting
    on the agency's query, and a notice whose agency calls itself 本單位 alone names nobody."""
    head = "# 個人資料蒐集告知事項\n\n本單位依個人資料保護法第八條規定，告知您下列事項。\n\n一、蒐集之目的：會員管理、信用查核。\n\n"
    third = "二、財團法人金融聯合徵信中心依本單位之查詢，提供您的信用資料，以利本單位辦理審核作業。\n"
    assert profile_status(head + third, "tw-pdpa/agency") == "missing"
    named = "二、臺北市立建國高級中學依個人資料保護法第八條規定，於本校蒐集您的個人資料前告知下列事項。\n"
    assert profile_status(head + named, "tw-pdpa/agency") == "covered"


def test_the_folder_scan_reads_every_catalogue_compare_reads() -> None:
    """`compare.inputs` lists the catalogue suffixes again (it imports `compare.catalogue` only on use): the two lists
    must not drift, or a catalogue kind is read key by key but never found in a product folder."""
    from policylens.compare import catalogue, inputs

    assert set(inputs._CATALOGUE_SUFFIXES) == set(catalogue.SUFFIXES)
