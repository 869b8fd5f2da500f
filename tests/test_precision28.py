"""False findings and misses on unseen published documents (issue #11, eval/precision28, first run at f3d24642).

Each class is reproduced on small texts written for it, both ways (the finding gone, and the look-alike kept):

- placeholder-instruction, the reader's own name in a menu label of a UI path: 「豆瓣网页“xxx的帐号”-“帐号管理”」
  (3 errors in eval/precision28/douban-md, 豆瓣个人信息保护政策): the page shows 「<name>的帐号」, so xxx stands for the
  reader's own name on purpose.  A mask that opens a quoted label ending 「的…」 is not a slot when the label is a step
  of a path (a dash or an arrow, then the next quoted step; or the step before it ends so); 「“XXX公司”」, a quoted
  label outside a path, and a mask that is the whole step are still reported;
- script-mixed in a code block: 「收录时间: 2022-01-26」, the YAML an archive keeps above a Traditional policy in the
  body of an MkDocs admonition (read as an indented code block; 1 error in eval/precision28/bbc-zhtc-md): code, not
  prose.  A Simplified character in the Traditional prose around it, indented or not, is still reported;
- placeholder-instruction, a miss: 「最后更新日期：待确定」, 「运营团队名称：待确定」, 「联系方式：待确定」 (eval/precision28/
  zhixin-forum-txt): 待确定 ("to be determined") as the whole value of a date, name or contact field is reported as
  待确认 was; 「订单状态：待确定」 (a state) and 「具体时间待确定。」 (a sentence) are not.

The held-out batch (collected after those fixes; eval/precision28 batch 2) showed these classes, fixed the same way:

- placeholder-instruction (6 errors in Microsoft's zh-TW statement, eval/precision28/mstw-md): a step of a menu path in
  bold (「選取 **[檔案]** > **[帳戶]** > **[帳戶隱私權]**」), a control the reader is told to select (「選取 [檢視帳戶]」), a
  link to a section whose title is in angle brackets (「[<我們共用個人資料的原因>](…#mainreasons)」), a bracketed list of
  kinds written with 、 (「文字 (輸入、著色、聽寫或其他方式)」); 「選擇[您的公司名稱]」, 「[<您的網站>](https://example.com)」 and
  「(請輸入您的電子郵件)」 stay slots;
- regional-vocabulary: Taiwan wording read across a word (行動數據, mobile data; 社交互動, 交互 across 社交 + 互動) and
  mainland news wording (城市资讯, the name 一点资讯); 數據, 交互 and 个人资讯 alone are still reported;
- broken-paragraph: 「…以改善我们的内容和服务; 和」 then 「用于…其他目的。」, the last two items of a list (a translation's
  "; and"), one paragraph each (eval/precision28/weilisync-md); 「…改善我们的内容和」 then its rest is still joined;
- a miss: a uni-app page whose policy is a script constant, 「const privacyAgreement = `…`」, shown through a data()
  field that names it, `privacyAgreement: privacyAgreement` (eval/precision28/chatmeowcat-vue: the name read as defined
  twice, the policy not read at all).  Such a field is the constant; a field computed from it, naming another value,
  or a name assigned again keeps the slot unread, with its warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string
from helpers import rule_excerpts as _findings

# ---- placeholder-instruction: the reader's own name in a UI path's menu label --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "你可以通过豆瓣网页“xxx的帐号”-“帐号管理”自行选择解绑手机号码。",
        "或豆瓣网页“xxx的帐号”-“个人主页”-“设置”-“隐私设置”关闭个性化推荐。",
        "通过“XXX的主页”>“设置”>“注销帐号”即可删除账号。",
        "进入「xxx的账户」→「安全中心」修改密码。",
        "通过“某某的帐号”-“删除帐号”注销。",
        # the last step of the path: the step before it ends the same way
        "打开“设置”-“xxx的主页”查看你的动态。",
    ],
)
def test_the_readers_own_name_in_a_menu_label_is_no_slot(tmp_path: Path, sentence: str) -> None:
    text = f"# 隐私政策\n\n更新日期：2026年1月1日\n\n{sentence}\n"
    assert _findings(tmp_path, text, "placeholder-instruction", "p.md") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("如有疑问请联系“XXX公司”客服。", "XXX公司"),  # a quoted name left unfilled, no path
        ("运营者：“xxx的团队”。", "xxx"),  # a quoted label, no path
        ("打开“xxx的帐号”页面。", "xxx"),  # a label, but no step of a path
        ("通过“设置”-“XXX”进入。", "XXX"),  # the mask is the whole step: a menu's name left unfilled
        ("本服务由xxx的团队提供，详见“设置”-“关于”。", "xxx"),  # not opening a quoted label
    ],
)
def test_a_mask_outside_a_menu_label_of_a_path_is_still_reported(tmp_path: Path, sentence: str, found: str) -> None:
    text = f"# 隐私政策\n\n更新日期：2026年1月1日\n\n{sentence}\n"
    assert found in _findings(tmp_path, text, "placeholder-instruction", "p.md")


# ---- script-mixed: code blocks are not prose ----------------------------------------------------------------------

_ARCHIVE = (
    "---\ntitle: 保密政策\n---\n\n"
    '!!! summary "元數據"\n\n'
    "    ```YAML\n"
    "    url: https://www.example.org/zhongwen/trad/privacy\n"
    "    收录时间: 2022-01-26\n"
    "    ```\n\n"
    "## 正文\n\n"
    "我們會保護你和你家人的個人資料。為了向你提供所有服務，我們有時候須要搜集一些有關你的資料。\n\n"
    "{prose}\n"
)


def test_simplified_text_in_a_code_block_of_a_traditional_page_is_no_finding(tmp_path: Path) -> None:
    text = _ARCHIVE.format(prose="你向我們提供這些資料時，我們必須按照法律的要求使用。")
    assert _findings(tmp_path, text, "script-mixed", "p.zh_TC.md") == []
    fenced = text.replace(
        "    ```YAML\n    url: https://www.example.org/zhongwen/trad/privacy\n    收录时间: 2022-01-26\n    ```\n",
        "```yaml\n收录时间: 2022-01-26\n```\n",
    )
    assert "收录时间" in fenced
    assert _findings(tmp_path, fenced, "script-mixed", "q.zh_TC.md") == []


@pytest.mark.parametrize(
    "prose",
    [
        "你向我們提供这些資料時，我們必須按照法律的要求使用。",  # a paragraph
        "    你向我們提供这些資料時，我們必須按照法律的要求使用。",  # an indented paragraph (prose, not code)
        "- 你向我們提供这些資料時，我們必須按照法律的要求使用。",  # a list item
        "你可以在 `设置` 中找到這些資料。",  # a code span stays checked: only code blocks are passed over
    ],
)
def test_simplified_text_in_traditional_prose_is_still_reported(tmp_path: Path, prose: str) -> None:
    assert _findings(tmp_path, _ARCHIVE.format(prose=prose), "script-mixed", "p.zh_TC.md") != []


# ---- placeholder-instruction: 待确定 as a field's value --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["最后更新日期：待确定", "运营团队名称：待确定", "联系方式：待确定", "客服邮箱：【待确定】", "聯絡電話：待確定"],
)
def test_to_be_determined_as_a_fields_value_is_reported(tmp_path: Path, line: str) -> None:
    text = f"隐私政策\n\n生效日期：2026年1月1日\n\n{line}\n"
    found = _findings(tmp_path, text, "placeholder-instruction", "p.txt")
    assert any("待确定" in f or "待確定" in f for f in found)


@pytest.mark.parametrize(
    "line",
    ["订单状态：待确定", "具体时间待确定，我们会另行通知。", "处理结果：待确定后通知您。", "我们会在待确定事项明确后更新本政策。"],
)
def test_to_be_determined_elsewhere_is_no_slot(tmp_path: Path, line: str) -> None:
    text = f"隐私政策\n\n生效日期：2026年1月1日\n\n{line}\n"
    assert _findings(tmp_path, text, "placeholder-instruction", "p.txt") == []


# ---- held-out batch: Microsoft's zh-TW statement, vivo's browser, 微力同步 ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a step of a menu path written in bold
        "您可以透過選取 **[檔案]** > **[帳戶]** > **[帳戶隱私權]**，以存取隱私權控制項。",
        "进入 __[设置]__ > __[账户]__ > __[隐私]__ 即可关闭。",
        # a control the reader is told to select
        "您可以瀏覽 Microsoft Store，然後選取 [檢視帳戶] 或 [訂購記錄]。",
        "請點選 [下載資料] 取得副本。",
        # a link to a section of the statement, its title in angle brackets
        "如本隱私權聲明之 [<我們共用個人資料的原因>](https://privacy.microsoft.com/zh-tw/privacystatement#mainreasons) 一節所述。",
        # a list of kinds in round brackets, the fill verb one of them
        "包括音訊、視訊、文字 (輸入、著色、聽寫或其他方式)。",
        "我们会记录您的操作（输入、点击、滑动等）以改进体验。",
    ],
)
def test_controls_paths_section_links_and_kinds_are_no_slots(tmp_path: Path, sentence: str) -> None:
    text = f"# 隱私權聲明\n\n更新日期：2026年1月1日\n\n{sentence}\n"
    assert _findings(tmp_path, text, "placeholder-instruction", "p.md") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("請選擇[您的公司名稱]後送出。", "[您的公司名稱]"),  # the reader's own field, not a control
        ("詳情請見 [<您的網站>](https://example.com)。", "<您的網站>"),  # a slot as link text, no section
        ("本服務由 <公司名稱> 提供。", "<公司名稱>"),  # angle brackets in prose
        ("聯絡我們：(請輸入您的電子郵件)", "(請輸入您的電子郵件)"),  # an instruction, not a list of kinds
    ],
)
def test_slots_beside_controls_and_links_are_still_reported(tmp_path: Path, sentence: str, found: str) -> None:
    text = f"# 隱私權聲明\n\n更新日期：2026年1月1日\n\n{sentence}\n"
    assert any(found in f for f in _findings(tmp_path, text, "placeholder-instruction", "p.md"))


def _taiwan(sentence: str) -> str:
    return (
        "# 隱私權聲明\n\n更新日期：2026年1月1日\n\n"
        "我們很重視您的隱私權。本隱私權聲明說明我們處理的個人資料、處理方式及其用途，以及您可如何存取和控制這些資料。\n\n"
        f"{sentence}\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Surface Duo 可支援行動數據和 Wi-Fi 連線。",
        "如果您的裝置正在使用行動數據服務，電信業者便能存取裝置的位置。",
        "有些產品會在您進行通訊、社交互動和公開張貼的過程中顯示您的姓名。",
    ],
)
def test_taiwan_wording_read_across_words_is_not_reported(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, _taiwan(sentence), "regional-vocabulary", "p.zh-TW.md") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("我們會收集與您的線上活動有關的數據。", "數據"),  # 數據 alone
        ("本服務提供人機交互介面。", "交互"),  # 交互 alone
        ("您可以向我們舉報問題。", "舉報"),
    ],
)
def test_mainland_wording_in_a_taiwan_text_is_still_reported(tmp_path: Path, sentence: str, found: str) -> None:
    assert found in _findings(tmp_path, _taiwan(sentence), "regional-vocabulary", "p.zh-TW.md")


def _mainland(sentence: str) -> str:
    return (
        "# 隐私政策\n\n更新日期：2026年1月1日\n\n"
        "我们非常重视您的个人信息和隐私保护。本政策说明我们如何收集、使用、存储和共享您的个人信息。\n\n"
        f"{sentence}\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "我们会收集您的地理位置信息，用于向您展示所在城市资讯、提供地方频道服务。",
        "我们会与北京一点网聚科技有限公司（一点资讯）共享您的设备信息。",
    ],
)
def test_mainland_news_wording_is_not_taiwan_wording(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, _mainland(sentence), "regional-vocabulary", "p.md") == []


@pytest.mark.parametrize("sentence", ["我们会保护您的个人资讯。", "我们会向您发送营销资讯。"])
def test_taiwan_information_wording_in_a_mainland_text_is_still_reported(tmp_path: Path, sentence: str) -> None:
    assert "资讯" in _findings(tmp_path, _mainland(sentence), "regional-vocabulary", "p.md")


# ---- broken-paragraph: the last two items of a list, "; and" ---------------------------------------------------------

_PURPOSES = (
    "# 隐私政策\n\n更新日期：2026年1月1日\n\n我们使用收集的信息用于以下目的：\n\n"
    "如果您通过本服务提出任何问题，我们可以与您联系;\n\n"
    "{first}\n\n"
    "{second}\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "分析服务和访问人员的使用情况，以改善我们的内容和服务; 和",
        "分析服务和访问人员的使用情况，以改善我们的内容和服务；以及",
        "analyse how visitors use the service to improve our content and services; and",
    ],
)
def test_the_last_two_items_of_a_list_are_no_broken_sentence(tmp_path: Path, first: str) -> None:
    text = _PURPOSES.format(first=first, second="用于我们在您请求您的信息时可能向您披露的其他目的。")
    assert _findings(tmp_path, text, "broken-paragraph", "p.md") == []


@pytest.mark.parametrize(
    "first",
    ["我们会将统计结果用于改善我们的内容和", "分析访问人员的使用情况; 并将统计结果用于改善我们的内容和"],
)
def test_a_sentence_broken_off_on_a_conjunction_is_still_reported(tmp_path: Path, first: str) -> None:
    text = _PURPOSES.format(first=first, second="改进我们的产品和服务。")
    assert _findings(tmp_path, text, "broken-paragraph", "p.md") != []


# ---- a uni-app page whose data() field names the constant that holds the policy --------------------------------------

_POLICY = "欢迎使用本应用。我们非常重视您的个人信息保护。\n\t\t\n\t\t1.我们收集的信息\n\t\t我们会收集您的昵称和头像，用于展示您的用户身份。"


def _aliased(field: str, extra: str = "") -> str:
    return (
        '<template>\n\t<view>\n\t\t<text class="title">{{ title }}</text>\n\t\t<text>{{ privacyAgreement }}</text>\n\t</view>\n'
        "</template>\n\n<script>\n"
        f"\tconst privacyAgreement = `\n\t\t{_POLICY}\n\t`\n{extra}"
        "\texport default {\n\t\tdata() {\n\t\t\treturn {\n"
        f"\t\t\t\tprivacyAgreement: {field},\n"
        "\t\t\t\ttitle: '隐私条款',\n\t\t\t}\n\t\t}\n\t}\n</script>\n"
    )


def _page_text(text: str) -> tuple[str, list[str]]:
    doc = parse_string(text, ".vue")
    return "\n".join(p.text for s in doc.sections for p in s.paragraphs) + "\n".join(s.title or "" for s in doc.sections), doc.warnings


def test_a_data_field_naming_its_constant_is_that_constant() -> None:
    text, warnings = _page_text(_aliased("privacyAgreement"))
    assert "我们会收集您的昵称和头像" in text
    assert not any("interpolation" in w for w in warnings)


@pytest.mark.parametrize(
    ("field", "extra"),
    [
        ("privacyAgreement.trim()", ""),  # computed from it
        ("otherText", ""),  # another name
        ("privacyAgreement", "\tprivacyAgreement = loadText()\n"),  # assigned again
    ],
)
def test_other_data_fields_leave_the_slot_unread(field: str, extra: str) -> None:
    text, warnings = _page_text(_aliased(field, extra))
    assert "我们会收集您的昵称和头像" not in text
    assert any("interpolation" in w for w in warnings)
