"""Placeholder classes the twenty-second session's dev set missed on its first run (issue #11 §1, s22v): one test per
class, both ways.

`eval/dev22p` (13 real policies annotated before any run: i18n string tables, a Markdown annex table, Hong Kong
bilingual pages, React and uni-app pages) was 39 of 49 at its first run on main `5a85858f`; the misses were grouped into
the classes below, and the texts here are invented variants of each (the real file that shows the class is named in
each test's docstring):

1. where the data is kept, left as a bracketed slot: 「位于 [伺服器地區] 之伺服器」 (`placeholder_instruction.vocabulary`,
   `_GENERIC_SLOT`);
2. an English half's place slot: "servers we manage in [region]" (`vocabulary._EN_HEAD`);
3. a period the template proposes, kept in half-width brackets: 「於 [40 日] 內處理」, "within [40 days]"
   (`placeholder_instruction.markers`, `period`);
4. an e-mail whose host is the words "your domain", no TLD: "[privacy@yourdomain]" (`placeholder_instruction.addresses`,
   `barehost`);
5. the text calling itself a template: 「本文本为产品合规基线模板，不构成正式法律意见」 (`drafting_notes`, `istemplate`);
6. what the final text must say, told to its writer: 「最终政策应说明收集哪些数据、如何使用」 (`drafting_notes`, `finalshould`);
7. the text pointing to where its placeholders get filled: 「运营主体等占位信息见《待补充信息清单》」 (`drafting_notes`, `phnote`);
8. a generator's invented street and town: "123 Game Street, Tech City" (`placeholder_dummy_contact`, `anystreet`,
   `sampletown`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n"
HEAD_HANT = "# 私隱政策 Privacy Policy\n\n"


def _found(tmp_path: Path, text: str, suffix: str = "md") -> list[tuple[str, str, str]]:
    """(rule, severity, excerpt) of every placeholder finding in `text`."""
    return [(f.rule, f.severity, f.excerpt) for f in _placeholders(tmp_path, text, suffix)]


# --- 1. where the data is kept, a bracketed slot -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "line", "excerpt"),
    [
        (HEAD_HANT, "資料儲存於我們管理、位於 [伺服器地區] 之加密伺服器。", "[伺服器地區]"),
        (HEAD, "您的个人信息存储于【服务器所在地】的数据中心。", "【服务器所在地】"),
        (HEAD, "数据将保存在[数据存储国家]境内。", "[数据存储国家]"),
    ],
)
def test_the_storage_place_left_as_a_slot(tmp_path: Path, head: str, line: str, excerpt: str) -> None:
    """eval/dev22p/waclinic-hk-jsx/page.html (line 61): 「位於 [伺服器地區] 之加密伺服器」."""
    assert _found(tmp_path, head + line + "\n") == [("placeholder-instruction", "error", excerpt)]


def test_the_storage_place_named_is_no_slot(tmp_path: Path) -> None:
    body = (
        "我们的服务器所在地为中国境内。\n\n服务器地区：华东（上海）。\n\n【服务器所在地】中国境内（上海）。\n\n"
        "您可以在[设置](https://example.org/settings)中查看服务器地区。\n"
    )
    assert _found(tmp_path, HEAD + body) == []


# --- 2. an English half's place slot --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "excerpt"),
    [
        ("Data is stored on encrypted servers we manage in [region].", "[region]"),
        ("These terms are governed by the laws of [Country].", "[Country]"),
        ("Disputes go to the courts of [your jurisdiction].", "[your jurisdiction]"),
    ],
)
def test_an_english_place_slot(tmp_path: Path, line: str, excerpt: str) -> None:
    """eval/dev22p/waclinic-hk-jsx/page.html (line 65): the English paragraph's "in [region]"."""
    assert _found(tmp_path, HEAD_HANT + "資料儲存於香港。\n\n" + line + "\n") == [("placeholder-instruction", "error", excerpt)]


def test_an_english_place_in_a_link_is_no_slot(tmp_path: Path) -> None:
    body = "See the [region](https://example.org/regions) list and the [country][1] notes.\n\n[1]: https://example.org/c\n"
    assert _found(tmp_path, HEAD_HANT + body) == []


# --- 3. a proposed period in half-width brackets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "line", "excerpt"),
    [
        (HEAD_HANT, "請電郵至 privacy@clinic.hk，我們將於 [40 日] 內處理。", "[40 日]"),
        (HEAD_HANT, "Please email privacy@clinic.hk; we will respond within [40 days].", "[40 days]"),
        (HEAD, "我们将在 [15个工作日] 内答复您的请求。", "[15个工作日]"),
        (HEAD, "日志保存[6个月]后删除。", "[6个月]"),
    ],
)
def test_a_proposed_period_in_brackets(tmp_path: Path, head: str, line: str, excerpt: str) -> None:
    """eval/dev22p/waclinic-hk-jsx/page.html (lines 98 and 103): 「於 [40 日] 內處理」, "within [40 days]"."""
    assert _found(tmp_path, head + line + "\n") == [("placeholder-instruction", "error", excerpt)]


def test_bracketed_numbers_that_are_no_period(tmp_path: Path) -> None:
    body = (
        "依据《个人信息保护法》[1]，我们仅保存必要信息。\n\n"
        "参见国家标准 [2021] 的相关规定。\n\n"
        "详见[30天无理由退货](https://example.org/returns)说明。\n\n"
        "[1]: https://example.org/law\n"
    )
    assert _found(tmp_path, HEAD + body) == []


# --- 4. an e-mail on the bare words "your domain" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "excerpt"),
    [
        ("To request deletion, email [privacy@yourdomain] stating your number.", "privacy@yourdomain"),
        ("如需删除，请发送邮件至 dpo@your-company，我们将尽快处理。", "dpo@your-company"),
    ],
)
def test_an_email_on_a_bare_placeholder_host(tmp_path: Path, line: str, excerpt: str) -> None:
    """eval/dev22p/waclinic-hk-jsx/page.html (lines 103 and 115): "[privacy@yourdomain]"."""
    assert _found(tmp_path, HEAD + line + "\n") == [("placeholder-instruction", "error", excerpt)]


def test_your_domain_without_a_mailbox_is_no_slot(tmp_path: Path) -> None:
    body = "联系邮箱：privacy@xinghe.com。\n\n邮箱格式例如 name@yourdomain，仅为示意。\n\n`git config user.email me@yourdomain`\n"
    assert _found(tmp_path, HEAD + body) == []


# --- 5. the text calling itself a template --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "*本文本为产品合规基线模板，不构成正式法律意见。*",
        "本文件仅为参考范本，请勿直接使用。",
        "本页面是隐私政策模版，不代表最终条款。",
    ],
)
def test_the_text_calling_itself_a_template(tmp_path: Path, line: str) -> None:
    """eval/dev22p/animalpoke-md/privacy-policy.md (line 215): 「本文本为产品合规基线模板，不构成正式法律意见」."""
    found = _found(tmp_path, HEAD + "我们重视您的隐私。\n\n" + line + "\n")
    assert [(rule, severity) for rule, severity, _ in found] == [("placeholder-instruction", "error")], found
    assert found[0][2].startswith("本"), found


def test_a_template_that_is_no_self_description(tmp_path: Path) -> None:
    body = (
        "本政策参照国家标准《信息安全技术 个人信息安全规范》附录中的模板制定。\n\n"
        "本应用提供简历模板，您选择的模板仅保存在本地。\n\n"
        "本文本所称“个人信息”，是指以电子或者其他方式记录的各种信息。\n"
    )
    assert _found(tmp_path, HEAD + body) == []


# --- 6. what the final text must say, told to its writer -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "最终政策应说明收集哪些数据、如何使用、保留多久，以及访问者如何联系公司。",
        "最終版本須列明所有第三方服務商及其聯絡方式。",
    ],
)
def test_what_the_final_text_must_say(tmp_path: Path, line: str) -> None:
    """eval/dev22p/sos-i18n/strings.txt (line 7): 「最终政策应说明收集哪些数据、如何使用、保留多久…」."""
    found = _found(tmp_path, HEAD + "我们重视您的隐私。\n\n" + line + "\n")
    assert [(rule, severity) for rule, severity, _ in found] == [("placeholder-instruction", "error")], found


def test_a_final_version_clause_is_no_instruction(tmp_path: Path) -> None:
    body = "如中英文版本不一致，最终版本应以中文版本为准。\n\n我们对本政策享有最终解释权。\n"
    assert _found(tmp_path, HEAD + body) == []


# --- 7. a pointer to where the placeholders get filled ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "运营主体等占位信息见《待补充信息清单》。",
        "文中联系方式均为占位内容，请在上线前替换。",
    ],
)
def test_a_pointer_to_the_placeholders(tmp_path: Path, line: str) -> None:
    """eval/dev22p/animalpoke-md/privacy-policy.md (line 187): 「运营主体等占位信息见《待补充信息清单》」."""
    found = _found(tmp_path, HEAD + "我们重视您的隐私。\n\n" + line + "\n")
    assert found and all(severity == "error" for _, severity, _ in found), found


def test_a_placeholder_the_app_shows_is_no_note(tmp_path: Path) -> None:
    body = "图片加载完成前，页面显示灰色占位内容。\n\n输入框中的占位文字会在您输入后消失。\n"
    assert _found(tmp_path, HEAD + body) == []


# --- 8. a generator's invented street and town ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "excerpt"),
    [
        ("**郵寄地址**：Privacy Team, 123 Game Street, Tech City, TC1 2AB", "123 Game Street, Tech City"),
        ("邮寄地址：隐私团队，1234 Harbor Road, Sample City", "1234 Harbor Road, Sample City"),
        ("Mailing address: Data Office, Example City", "Example City"),
    ],
)
def test_an_invented_street_and_town(tmp_path: Path, line: str, excerpt: str) -> None:
    """eval/dev22p/mindseye-tw-i18n/privacy.txt (line 44): 「郵寄地址：Mindseye Privacy Team, 123 Game Street, Tech City」."""
    assert _found(tmp_path, HEAD + line + "\n") == [("placeholder-dummy-contact", "error", excerpt)]


def test_a_real_looking_street_or_a_district_named_is_no_sample(tmp_path: Path) -> None:
    body = (
        "邮寄地址：Privacy Office, 123 Queen Street, Toronto, Canada\n\nWe were founded in London's Tech City and moved to Leeds in 2019.\n"
    )
    assert _found(tmp_path, HEAD + body) == []


def test_a_template_note_to_the_publisher_stays_the_publisher_note(tmp_path: Path) -> None:
    """eval/dev7/xiaotuan-txt/隐私政策.txt (line 36): 「（说明：本文件为模板，正式发布到应用商店前请按实际情况补全…）」 is
    `placeholder-publisher-note`'s, one finding, not also the self-description of class 5."""
    line = "（说明：本文件为模板，正式发布到应用商店前请按实际情况补全带【】的内容。）"
    found = _found(tmp_path, HEAD + "我们重视您的隐私。\n\n" + line + "\n")
    assert [(rule, severity) for rule, severity, _ in found] == [("placeholder-publisher-note", "error")], found
