"""Classes the lead found in the twenty-sixth session (issue #11 §1 and §5) by writing template slot shapes one by one
(English halves, Hong Kong and Taiwan fields, dates and masked phones) and running `check` on each, before the
session's blind set was read.  One test per class, both ways.  Every text below is invented.

1. A date format left unfilled after the date's verb with no colon, 「本政策最后更新于 YYYY-MM-DD。」,
   "Last updated on MM/DD/YYYY", or before the verb of effect, 「本政策自 YYYY 年 MM 月 DD 日起生效」 (`dates._date_label`);
   not a format the policy asks of the user (「日期格式为 YYYY-MM-DD」).  A blank date after its label with no colon,
   「**生效日期** ____年__月__日」, starts at its first underscore, not at the space before it.
2. Each part of a date its own slot: "[Month] [Day], [Year]".
3. The template's "here" after an English field: "[your email here]", "[Company Name Goes Here]".
4. An English field in angle brackets written in capitals: "<EMAIL>", "<COMPANY NAME>" ("<CONTACT_EMAIL>" stays the
   constant's one finding); not
   "<ADDRESS>" alone, an HTML element in capitals.  A control the reader is told to use, "Tap [Edit Name]", is no slot
   (was flagged).
5. The officer's name described in round brackets as the whole value of its label, in a contact passage:
   「个人信息保护负责人：（姓名）」 (`placeholder_field_name`, which had the other contact labels); not a name with a note
   (「张明（法务部）」) nor a reference (「（详见官网）」).
6. A phone masked whole with its area code in brackets, "(XXX) XXX-XXXX", 「（XXX）XXX-XXXX」, "XXX.XXX.XXXX": one finding
   from the bracket (was two).
7. An address whose parts are slots a comma apart, "[Street], [City], [Postcode]": one finding (was [City] alone); two
   slots side by side with no comma (「【数据类型】【隐私政策连接】」, two cells) stay two.
8. A Taiwan template's date left blank after the full era name, 「本政策自中華民國　　年　　月　　日起施行」 (was missed:
   only 民國 was read as an era, `dates._ERAS`).
9. An address left blank part by part, 「台北市＿＿區＿＿路＿＿號」: one finding (was three), with the unit after the last
   blank; two blanks apart in a sentence stay two.
10. A DOCX `MACROBUTTON` field (the classic Word template's 「[按此輸入公司名稱]」): its display text is what Word shows,
    but it was dropped with the field code; it is now the paragraph's text, found by the rules, and named in the
    load warning about form fields never filled in (`load/docx._ButtonFields`).  A field with a result (a DATE) is not.
11. The letters a template writes for the company, where a name opens: 「ABC有限公司」, "ABC Company Limited",
    "XYZ Ltd." (`placeholder_default_name`, `letters`); not "ABC Crypto Night" (no company form), nor 「中国农业银行（ABC）」,
    nor 「例如 ABC 公司」 (an example).
12. An address written with doubled 某, 「某某省某某市」: one finding (was two).
13. A paragraph that only says the text is not there yet, 「暂无内容」, 「敬请期待」, 「内容建设中……」, "Coming soon." (a
    policy page published before its text; `placeholder_empty.fillers`, `unwritten_bodies`); not those words in a sentence (「新功能敬请期待」), nor
    「暂无。」 alone, an answer (no SDK at present), nor a table's cell.
14. Slots typed in full-width Latin letters, as a Chinese input method writes them: 「［Ｃｏｍｐａｎｙ　Ｎａｍｅ］」,
    「ＴＢＤ」, 「｛｛ｎａｍｅ｝｝」, 「ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｃｏｍ」, 「４００－ＸＸＸ－ＸＸＸＸ」 (was 「ＸＸＸ」 twice): the
    placeholder rules read a width-folded view of the text (`Context.width_folded`, `fold_width`: letters and digits
    character for character, so every offset holds) and quote the original characters.  Not ordinary full-width words
    (「ＡＰＰ」, 「ＩＤ」).  And "XXX@XXX.com" in capitals is one dummy address (was two XXX slots).
15. A Markdown line that is only a slot in angle brackets, "<COMPANY NAME>", "<EMAIL>": an HTML block to CommonMark,
    which the reader dropped unseen (`load/markdown/walker.py` `_Walker._html`); kept as text, as a heading keeps it.  Real HTML blocks
    (<div>…</div>, <br>, <custom-tag x="1">) are still markup.
16. A period's number still in the template's brackets, filled or left at its default: 「保存［6］个月」, 「[15] 个工作日」,
    "within [30] days", and 「在【15】个工作日内」 where the text keeps other values in 【】 (`placeholder-residue`, a warning;
    the rule had set periods aside; 【6】个月 beside 【姓名、身份证号码】 is the text's emphasis); not a date's
    parts (「【3】月【16】日」, one date finding of its own), a Minguo year (「民國【110】年」), nor a footnote (「1403室【2】」,
    "see [1]").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli
from test_placeholder_classes import _excerpts, _one_each, _placeholders


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("本政策最后更新于 YYYY-MM-DD。", "YYYY-MM-DD"),
        ("本政策更新於YYYY年MM月DD日。", "YYYY年MM月DD日"),
        ("This policy was last updated on MM/DD/YYYY.", "MM/DD/YYYY"),
        ("本政策自 YYYY 年 MM 月 DD 日起生效。", "YYYY 年 MM 月 DD 日"),
    ],
)
def test_a_date_format_after_its_verb_is_an_unfilled_date(tmp_path: Path, line: str, slot: str) -> None:
    (finding,) = _one_each(tmp_path, [line])
    assert finding.rule == "placeholder-instruction"
    assert finding.excerpt == slot


@pytest.mark.parametrize(
    "text",
    [
        "日期格式为 YYYY-MM-DD，例如 2024-01-01。",
        "请按 YYYY-MM-DD 的格式填写出生日期。",
        "导出的文件名为 YYYY-MM-DD.csv，按日期排列。",
    ],
)
def test_a_date_format_asked_of_the_user_is_no_slot(tmp_path: Path, text: str) -> None:
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{text}\n") == []


def test_a_blank_date_after_a_label_without_colon_starts_at_its_blank(tmp_path: Path) -> None:
    (finding,) = _one_each(tmp_path, ["**版本号** v0.2 ｜ **生效日期** ____年__月__日 ｜ **发布主体** 某某"[:-5]])
    assert finding.excerpt == "____年__月__日"


def test_each_part_of_a_date_as_its_own_slot_is_one_date(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["Effective Date: [Month] [Day], [Year]", "Last updated: [Day] [Month] [Year]"])
    assert [f.excerpt for f in findings] == ["[Month] [Day], [Year]", "[Day] [Month] [Year]"]


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("Email: [your email here]", "[your email here]"),
        ("We are [Company Name Goes Here].", "[Company Name Goes Here]"),
        ("Contact us at <EMAIL>.", "<EMAIL>"),
        ("Operator: <COMPANY NAME>", "<COMPANY NAME>"),
        ("如有疑问请联系 <CONTACT_EMAIL>。", "CONTACT_EMAIL"),  # the constant's one finding, not also the angle's
    ],
)
def test_english_fields_with_here_or_in_capitals_are_slots(tmp_path: Path, line: str, slot: str) -> None:
    (finding,) = _one_each(tmp_path, [line])
    assert finding.excerpt == slot


@pytest.mark.parametrize(
    "text",
    [
        "Click [here] to read more.",
        "Our office is at <ADDRESS> in the page's footer markup.",
        "Tap [Edit Name] to change it.",
        "Run `git config user.email <EMAIL>` in your terminal.",
    ],
)
def test_english_look_alikes_are_not_slots(tmp_path: Path, text: str) -> None:
    assert _excerpts(tmp_path, f"# Privacy Policy\n\n{text}\n") == []


CONTACT = "# 隐私政策\n\n本政策说明我们如何处理您的个人信息。\n\n## 如何联系我们\n\n"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("个人信息保护负责人：（姓名）", "姓名"),
        ("個人資料保護負責人：（負責人姓名）", "負責人姓名"),
        ("负责人：（姓名）", "姓名"),
        ("联系电话：（电话号码）", "电话号码"),
    ],
)
def test_the_officers_name_described_in_brackets_is_a_field_name(tmp_path: Path, line: str, field: str) -> None:
    (finding,) = _placeholders(tmp_path, CONTACT + line + "\n", "md")
    assert (finding.rule, finding.excerpt) == ("placeholder-field-name", field)


@pytest.mark.parametrize(
    "text",
    [
        "个人信息保护负责人：张明（法务部）",
        "个人信息保护负责人：（详见官网）",
        "联系方式：（见下文）",
        "电话：（仅工作日 9:00–18:00 接听）",
    ],
)
def test_notes_and_glosses_in_round_brackets_are_not_field_names(tmp_path: Path, text: str) -> None:
    assert _placeholders(tmp_path, CONTACT + text + "\n", "md") == []


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("Phone: +1 (XXX) XXX-XXXX", "(XXX) XXX-XXXX"),
        ("Tel: XXX.XXX.XXXX", "XXX.XXX.XXXX"),
        ("电话：（XXX）XXX-XXXX", "（XXX）XXX-XXXX"),
        ("電話：(852) XXXX XXXX", "XXXX XXXX"),
    ],
)
def test_a_phone_masked_whole_is_one_finding(tmp_path: Path, line: str, slot: str) -> None:
    (finding,) = _one_each(tmp_path, [line])
    assert finding.excerpt == slot


def test_an_address_of_slots_a_comma_apart_is_one_finding(tmp_path: Path) -> None:
    (finding,) = _one_each(tmp_path, ["Address: [Street], [City], [Postcode]"])
    assert finding.excerpt == "[Street], [City], [Postcode]"


def test_two_slots_side_by_side_stay_two(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n合作方名单：广告投放合作，收集设备型号、【数据类型】【隐私政策连接】\n"
    assert _excerpts(tmp_path, text) == ["【数据类型】", "【隐私政策连接】"]


def test_a_blank_date_after_the_full_era_name_is_a_slot(tmp_path: Path) -> None:
    (finding,) = _one_each(tmp_path, ["本政策自中華民國　　年　　月　　日起施行。"])
    assert finding.excerpt == "　　年　　月　　日"


def test_an_address_left_blank_part_by_part_is_one_finding(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["地址：台北市＿＿區＿＿路＿＿號", "地址：＿＿＿＿"])
    assert [f.excerpt for f in findings] == ["＿＿區＿＿路＿＿號", "＿＿＿＿"]


def test_two_blanks_apart_in_a_sentence_stay_two(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n本公司統一編號：＿＿＿＿，客服電話：＿＿＿＿。\n"
    assert len(_excerpts(tmp_path, text)) == 2


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with(path: Path, body: str) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
            ' Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return path


def _field(instruction: str, result: str | None = None) -> str:
    begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    code = f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
    shown = "" if result is None else f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r>'
    return begin + code + shown + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def test_a_macrobutton_prompt_is_text_and_an_unfilled_field(tmp_path: Path) -> None:
    title = "<w:p><w:r><w:t>隱私權政策</w:t></w:r></w:p>"
    # the instruction in two runs, as Word splits it: " MACROBUTTON  NoMacro " then "[按此輸入公司名稱]"
    button = _field(" MACROBUTTON  NoMacro ").replace(
        "</w:instrText></w:r>", "</w:instrText></w:r><w:r><w:instrText>[按此輸入公司名稱]</w:instrText></w:r>"
    )
    body = (
        title
        + f'<w:p><w:r><w:t xml:space="preserve">本政策由 </w:t></w:r>{button}<w:r><w:t>提供。</w:t></w:r></w:p>'
        + f'<w:p><w:r><w:t xml:space="preserve">生效日期：</w:t></w:r>{_field(" DATE ", "2024年5月1日")}</w:p>'
    )
    path = _docx_with(tmp_path / "p.docx", body)
    result = cli("check", str(path), "--format", "text", "--no-config")
    assert "2:6: error placeholder-instruction" in result.stdout and "[按此輸入公司名稱]" in result.stdout, result.stdout
    assert "MACROBUTTON prompt): paragraph 2 「[按此輸入公司名稱]」" in result.stderr, result.stderr
    assert "2024年5月1日" not in result.stderr


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ('This policy is issued by ABC Company Limited ("we").', "ABC Company Limited"),
        ("Company: XYZ Ltd.", "XYZ Ltd."),
        ("本公司（ABC有限公司）重视您的隐私。", "ABC有限公司"),
        ("本應用由 XYZ科技股份有限公司 提供。", "XYZ科技股份有限公司"),
    ],
)
def test_a_companys_stand_in_letters_are_a_default_name(tmp_path: Path, line: str, name: str) -> None:
    (finding,) = _one_each(tmp_path, [line])
    assert (finding.rule, finding.excerpt) == ("placeholder-default-name", name)


@pytest.mark.parametrize(
    "text",
    [
        "We sponsored the ABC Crypto Night 2019 in San Francisco.",
        "您可以通过中国农业银行（ABC）的网银支付。",
        "例如 ABC 公司的员工可以通过企业账号登录。",
        "The XYZ axis of the chart shows usage.",
    ],
)
def test_letters_that_are_no_stand_in_company_are_not_flagged(tmp_path: Path, text: str) -> None:
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{text}\n") == []


def test_an_address_of_doubled_mou_is_one_finding(tmp_path: Path) -> None:
    (finding,) = _one_each(tmp_path, ["地址：某某省某某市某某区"])
    assert finding.excerpt == "某某省某某市某某区"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("暂无内容", "暂无内容"),
        ("敬請期待！", "敬請期待"),
        ("……内容建设中……", "内容建设中"),
        ("網站施工中", "網站施工中"),
        ("Coming soon.", "Coming soon"),
    ],
)
def test_a_body_that_says_it_is_not_written_yet_is_a_slot(tmp_path: Path, body: str, words: str) -> None:
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{body}\n") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "## 第三方 SDK\n\n暂无。\n",
        "新功能敬请期待，届时我们会更新本政策。\n",
        "| SDK | 说明 |\n|---|---|\n| 暂无内容 | 敬请期待 |\n",
    ],
)
def test_those_words_in_a_sentence_an_answer_or_a_cell_are_not_flagged(tmp_path: Path, text: str) -> None:
    assert _excerpts(tmp_path, f"# 隐私政策\n\n本政策说明我们如何处理个人信息。\n\n{text}") == []


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("运营者：［Ｃｏｍｐａｎｙ　Ｎａｍｅ］", "［Ｃｏｍｐａｎｙ　Ｎａｍｅ］"),
        ("公司：ＴＢＤ", "ＴＢＤ"),
        ("联系人：｛｛ｎａｍｅ｝｝", "｛｛ｎａｍｅ｝｝"),
        ("联系邮箱：ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
        ("邮箱：ＸＸＸ＠ＸＸＸ．ｃｏｍ", "ＸＸＸ＠ＸＸＸ．ｃｏｍ"),
        ("电话：４００－ＸＸＸ－ＸＸＸＸ", "４００－ＸＸＸ－ＸＸＸＸ"),
        ("邮箱：XXX@XXX.com", "XXX@XXX.com"),
    ],
)
def test_slots_typed_in_full_width_letters_are_found_and_quoted_as_typed(tmp_path: Path, line: str, slot: str) -> None:
    (finding,) = _one_each(tmp_path, [line])
    assert finding.excerpt == slot
    assert slot in finding.message
    assert finding.column == line.index(slot) + 1  # columns count characters of the original line


def test_ordinary_full_width_words_are_not_slots(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n当您使用本ＡＰＰ时，我们会收集您的设备ＩＤ和ＩＰ地址，用于保障账号安全（例如识别异常登录）。\n"
    assert _excerpts(tmp_path, text) == []


def test_fold_width_keeps_every_offset() -> None:
    from policylens.rules.context import fold_width

    for text in ("［Ｃｏｍｐａｎｙ　Ｎａｍｅ］", "ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｃｏｍ。", "全形　空格：Ａ　中", "no wide", "＠．－＿　"):
        folded = fold_width(text)
        assert len(folded) == len(text)
    assert fold_width("［Ｃｏｍｐａｎｙ　Ｎａｍｅ］") == "［Company Name］"
    assert fold_width("电话：（０２）１２３４") == "电话：（02）1234"  # brackets stay full-width
    assert fold_width("Ａ　中") == "A　中"  # a space between a letter and a Chinese character stays
    assert fold_width("no wide") == "no wide"


def test_a_slot_in_angle_brackets_alone_on_a_markdown_line_is_kept(tmp_path: Path) -> None:
    text = "# Privacy Policy\n\nIntro text here.\n\n<COMPANY NAME>\n\n<EMAIL>\n\n<div>\n\nWe keep data safe.\n\n</div>\n"
    assert _excerpts(tmp_path, text) == ["<COMPANY NAME>", "<EMAIL>"]


def test_real_html_blocks_stay_markup(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text('# Privacy Policy\n\n<div class="note">We keep data safe.</div>\n\n<br>\n\n<x-card x="1">\n', encoding="utf-8")
    result = cli("parse", str(path), "--format", "json")
    assert "<div" not in result.stdout and "<br>" not in result.stdout and "x-card" not in result.stdout
    assert "We keep data safe." in result.stdout


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("保存［6］个月后删除。", "6"),
        ("我们将在 [15] 个工作日内回复。", "15"),
        ("We reply within [30] days.", "30"),
    ],
)
def test_a_periods_number_in_template_brackets_is_residue(tmp_path: Path, text: str, value: str) -> None:
    found = [f for f in _placeholders(tmp_path, f"# 隐私政策\n\n{text}\n") if f.rule == "placeholder-residue"]
    assert [(f.severity, f.suggestion) for f in found] == [("warning", value)]


def test_a_period_in_lenticular_brackets_is_residue_only_where_they_hold_values(tmp_path: Path) -> None:
    """【15】个工作日 beside 【privacy@…】 (the template's value brackets) is residue; beside 【姓名、身份证号码】 (the text's
    emphasis, eval/dev13/signet-assets-txt) it is emphasis too."""
    template = "# 隐私政策\n\n请发送邮件至【privacy@mingyuan-tech.cn】。\n\n我们将在【15】个工作日内答复。\n"
    found = [f.suggestion for f in _placeholders(tmp_path, template) if f.rule == "placeholder-residue"]
    assert found == ["privacy@mingyuan-tech.cn", "15"]
    emphasis = "# 隐私政策\n\n我们收集【姓名、身份证号码、手机号码】。\n\n我们将在注销之日起【6】个月后匿名化处理。\n"
    assert [f for f in _placeholders(tmp_path, emphasis) if f.rule == "placeholder-residue"] == []


@pytest.mark.parametrize(
    "text",
    [
        "更新日期：2021年【3】月【16】日",
        "本政策於民國【110】年修訂。",
        "地址：1403室【2】。",
        "See [1] for the list of 3 partners.",
        "详见[2]条。",
    ],
)
def test_dates_years_and_footnotes_are_no_period_residue(tmp_path: Path, text: str) -> None:
    found = [f for f in _placeholders(tmp_path, f"# 隐私政策\n\n{text}\n") if f.rule == "placeholder-residue"]
    assert len(found) <= 1 and all("月" in f.excerpt for f in found)  # the date's own finding, whole, or none


@pytest.mark.parametrize(
    "text",
    [
        "详见参考文献[2]天然气相关规定。",
        "根据《个人信息保护法》[1] 天津市的用户数据由本地存储。",
        "会议在[3]日内瓦举行。",
        "参见[1]周边设备的说明。",
        "As noted in [2] days of processing are counted.\n\n[2]: https://example.org/ref",
    ],
)
def test_citation_marks_before_a_word_are_no_period_residue(tmp_path: Path, text: str) -> None:
    """Review u26w: 天 in 天然气/天津, 日内 in 日内瓦, 周 in 周边 open words, and [2] defined as a reference is a link."""
    assert [f for f in _placeholders(tmp_path, f"# 隐私政策\n\n{text}\n") if f.rule == "placeholder-residue"] == []


def test_an_ascii_bracket_value_does_not_make_lenticular_emphasis_residue(tmp_path: Path) -> None:
    """Review u26w: only other values kept in 【】 show that 【】 holds values; [privacy@…] in square brackets does not."""
    text = "# 隐私政策\n\n我们收集【姓名、身份证号码】。邮箱：[privacy@mingyuan-tech.cn]\n\n注销之日起【6】个月后匿名化处理。\n"
    assert [f.suggestion for f in _placeholders(tmp_path, text) if f.rule == "placeholder-residue"] == ["privacy@mingyuan-tech.cn"]


def test_an_english_message_quotes_a_full_width_slot_as_typed(tmp_path: Path) -> None:
    """Review u26w: the fields of a message are taken from the text as written, not from its width-folded view."""
    path = tmp_path / "p.md"
    path.write_text("# Privacy\n\nOperator: ［Ｃｏｍｐａｎｙ　Ｎａｍｅ］, ｛｛ｎａｍｅ｝｝\n", encoding="utf-8")
    result = cli("check", str(path), "--lang", "en", "--format", "text", "--no-config")
    assert "unfilled template text ［Ｃｏｍｐａｎｙ　Ｎａｍｅ］" in result.stdout, result.stdout
    assert "Company Name" not in result.stdout.replace("Ｃｏｍｐａｎｙ　Ｎａｍｅ", "")
