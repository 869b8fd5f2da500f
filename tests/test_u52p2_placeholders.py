"""Issue #11, fifty-second session (u52p2): eval/blind/round52d's missed slot classes, each with constructed texts both
ways (Traditional, Simplified, English; text, Markdown, HTML, JS); the real documents stay as regressions (the set is not
blind for these classes any more: m52p found them).

- WordPress's suggested-text label opening a source line inside a paragraph (「Media」 ⏎ 「建议文本:…」 with no blank line:
  `rules.placeholder_wp_guide`).
- a template variable's name printed raw, glued to Chinese prose (「appName个人信息保护政策概要」), and DCloud's editing note
  「(DCloud用户服务条款超链至https://…)」 (`rules.placeholder_raw_name`).
- an edition whose whole value says it is being prepared, under a key naming a policy (`"privacyKo": "준비중입니다."`:
  `rules.placeholder_pending_text`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings, written_slots

_ROOT = Path(__file__).resolve().parent.parent
_ROUND = _ROOT / "eval" / "blind" / "round52d"

_GRAVATAR_HANS = "由您的电子邮件地址所生成的匿名化字符串可能会被提供给Gravatar服务确认您是否有使用该服务。"

# --- WordPress's suggested-text label at a line start inside a paragraph ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        (
            "privacy.txt",
            "隐私政策\n\nMedia\n建议文本:如果您将图片上传到网站,则应避免上传包含嵌入位置数据的图片。\nComments\n建议文本:当访客留下评论时,我们会收集评论表单所显示的数据。\n"
            + _GRAVATAR_HANS
            + "\n",
            [4, 6],
        ),
        (
            "privacy.md",
            "# 隱私政策\n\n嵌入的內容\n建議文本：本網站上的文章可能包含嵌入的內容。\nCookies\n推薦的文本：如果您在我們的網站上留下評論，您可以選擇將姓名儲存在 Cookie 中。\n",
            [4, 6],
        ),
        (
            "privacy.txt",
            "Privacy Policy\n\nWho we are\nSuggested text: Our website address is: https://acme.org.\nMedia\nSuggested text: If you upload images to the website, you should avoid uploading images with location data.\n",
            [4, 6],
        ),
        (
            "privacy.html",
            "<h1>隐私政策</h1>\n<p>Media<br>\n建议文本:如果您将图片上传到网站,则应避免上传包含嵌入位置数据的图片。<br>\nComments<br>\n推荐的文本:当访客留下评论时,我们会收集数据。</p>\n",
            [3, 5],
        ),
    ],
)
def test_a_label_opening_a_line_inside_a_paragraph(tmp_path: Path, name: str, text: str, lines: list[int]) -> None:
    assert sorted({ln for ln, _ in written_slots(tmp_path, name, text)}) == lines


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a site's own tips, no sign of the guide: 建议内容 is a UI's word too
        ("privacy.txt", "隐私政策\n\n账号安全\n建议内容：定期更换您的密码，不要与他人共用账号。\n我们会保护您的信息。\n"),
        ("privacy.md", "# 隱私權政策\n\n帳號安全\n建議內容：定期更換密碼。\n我們會保護您的資料。\n"),
        # the label's word inside a line, not opening it
        ("privacy.txt", "隐私政策\n\nMedia\n我们的建议文本:如果您上传图片，请删除位置数据。\n" + _GRAVATAR_HANS + "\n"),
        # in a code block
        ("privacy.md", "# 隐私政策\n\n```\nMedia\n建议文本:如果您上传图片\n```\n\n推荐的文本：见下。\n"),
    ],
)
def test_no_label_at_a_line_start_no_finding(tmp_path: Path, name: str, text: str) -> None:
    assert written_slots(tmp_path, name, text) == []


def test_mockr_regression() -> None:
    """eval/blind/round52d mockr-zh-en-txt L4, L7, L14: 「建议文本:」 under an English heading line, no blank line."""
    found = slot_findings(_ROUND / "dev" / "mockr-zh-en-txt" / "page.txt")
    assert {line for line, rule, _ in found if rule == "placeholder-instruction"} >= {2, 4, 7, 9, 14}


# --- a template variable's name printed raw ---------------------------------------------------------------------------

_BODY = "我们深知个人信息对你的重要性，并会全力保护你的个人信息安全。我们将按照法律法规的规定，采取相应的安全保护措施。"


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("privacy.txt", "appName个人信息保护政策概要\n\n" + _BODY + "你可以通过appName的功能页面查阅你的信息。\n", ["appName", "appName"]),
        ("privacy.md", "# 隱私權政策\n\n歡迎使用shopName！" + _BODY + "\n\n本政策由companyName制定。\n", ["shopName", "companyName"]),
        ("privacy.html", "<h1>隐私政策</h1>\n<p>欢迎使用storeName的服务。" + _BODY + "</p>\n", ["storeName"]),
        ("privacy.txt", "隐私政策\n\n《APP_NAME隐私政策》由site_name发布。" + _BODY + "\n", ["APP_NAME", "site_name"]),
        (
            "terms.js",
            'export default {\n  privacy:\n      "appName隐私政策\\n\\n" +\n'
            + "".join(f'      "第{i}条 {_BODY}\\n" +\n' for i in range(1, 6))
            + '      "你可以通过appName的功能页面查阅你的信息。\\n",\n};\n',
            ["appName", "appName"],
        ),
    ],
)
def test_a_variable_s_name_printed_raw(tmp_path: Path, name: str, text: str, found: list[str]) -> None:
    assert [excerpt for _, excerpt in written_slots(tmp_path, name, text)] == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("privacy.md", "# 隐私政策\n\n配置 appName 参数即可。" + _BODY + "\n"),  # apart from Chinese
        ("privacy.md", "# 隐私政策\n\n应用名称（appName）由开发者填写。" + _BODY + "\n"),  # a gloss
        ("privacy.md", "# 隐私政策\n\nappName：文案狗。" + _BODY + "\n"),  # a key and its value
        ("privacy.md", "# 隐私政策\n\n`appName`的值见设置。" + _BODY + "\n"),  # a code span
        ("privacy.md", "# 隐私政策\n\n访问https://x.cn/p?appName=文案狗查看。" + _BODY + "\n"),  # a URL's query
        ("privacy.md", "# Privacy Policy\n\nThe appName field holds your app's name. We value your privacy.\n"),
        ("privacy.md", "# 隐私政策\n\n我们的应用名为appNameless。" + _BODY + "\n"),  # another word
        (
            "terms.js",
            'const raw = {\n  privacy:\n      "appName隐私政策\\n\\n" +\n'
            + "".join(f'      "第{i}条 {_BODY}\\n" +\n' for i in range(1, 6))
            + '      "你可以通过appName的功能页面查阅你的信息。\\n",\n};\n'
            + 'export default { privacy: raw.privacy.replace(/appName/g, "文案狗") };\n',
        ),  # the code replaces it
    ],
)
def test_a_variable_s_name_where_it_is_no_slot(tmp_path: Path, name: str, text: str) -> None:
    assert [e for _, e in written_slots(tmp_path, name, text) if "appName" in e] == []


def test_juguo_regression() -> None:
    """eval/blind/round52d juguo-zh-txt L1, L5, L17, L45: appName printed as is."""
    found = slot_findings(_ROUND / "dev" / "juguo-zh-txt" / "page.txt")
    assert [line for line, _, excerpt in found if excerpt == "appName"] == [1, 5, 17, 45]


# --- an editing note to link a name -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "privacy.txt",
            "隐私政策\n\n"
            + _BODY
            + "详情请访问《DCloud用户服务条款》。(DCloud用户服务条款超链至https://ask.dcloud.net.cn/protocol.html)。\n",
            1,
        ),
        ("privacy.md", "# 隱私權政策\n\n" + _BODY + "詳見《用戶協議》（用戶協議超連結至 https://a.tw/terms）。\n", 1),
        ("privacy.html", "<h1>隐私政策</h1>\n<p>" + _BODY + "请阅读《隐私政策》(《隐私政策》链接至https://a.cn/p)。</p>\n", 1),
        # a reader's instruction or a link's label: no note
        ("privacy.txt", "隐私政策\n\n" + _BODY + "（点击用户协议链接至https://a.cn/terms）\n", 0),
        ("privacy.txt", "隐私政策\n\n" + _BODY + "（用户协议链接：https://a.cn/terms）\n", 0),
        ("privacy.txt", "隐私政策\n\n" + _BODY + "（请访问隐私政策链接至https://a.cn/p）\n", 0),
    ],
)
def test_an_editing_note_to_link_a_name(tmp_path: Path, name: str, text: str, found: int) -> None:
    assert len([e for _, e in written_slots(tmp_path, name, text) if "http" in e]) == found


def test_mcc_regression() -> None:
    """eval/blind/round52d mcc-zh-txt L2 (held out): DCloud's 「(DCloud用户服务条款超链至https://…)」."""
    found = slot_findings(_ROUND / "holdout" / "mcc-zh-txt" / "page.txt")
    assert [line for line, _, excerpt in found if "超链至" in excerpt] == [2]


# --- an edition whose whole value says it is being prepared -----------------------------------------------------------


def test_an_edition_being_prepared(tmp_path: Path) -> None:
    import json

    data = {
        "privacyKo": "준비중입니다.",
        "termsEs": "En preparación.",
        "privacyPolicyEn": "Coming soon.",
        "userAgreementJa": "準備中です",
        "privacyFr": "En préparation.",
        "termsDe": "In Vorbereitung",
        "featureKo": "준비중입니다.",  # a key naming no document
        "privacyNoteEn": "Our new app is coming soon to more stores.",  # the phrase inside a longer value
        "privacy": "\n".join(f"第{i}条 {_BODY}" for i in range(1, 8)),
    }
    found = written_slots(tmp_path, "terms.json", json.dumps(data, ensure_ascii=False, indent=1))
    assert [excerpt for _, excerpt in found] == [
        "준비중입니다.",
        "En preparación.",
        "Coming soon.",
        "準備中です",
        "En préparation.",
        "In Vorbereitung",
    ]


def test_an_edition_being_prepared_in_a_script(tmp_path: Path) -> None:
    """A JS module whose Korean editions outweigh the code of their lines (a Korean paragraph, which the rules skip)."""
    lines = "".join(f'      "第{i}条 {_BODY}\\n" +\n' for i in range(1, 8))
    js = (
        'export default {\n  userTermsKo: "준비중입니다.",\n  privacyTermsEs: "En preparación.",\n  privacyTermsEn: "Coming soon.",\n'
        '  featureKo: "준비중입니다.",\n  userTerms:\n' + lines + '      "",\n};\n'
    )
    found = written_slots(tmp_path, "terms.js", js)
    assert found == [(2, "준비중입니다."), (3, "En preparación."), (4, "Coming soon.")]


def test_eryuan_regression() -> None:
    """eval/blind/round52d eryuan-zh-js L2, L3: `userTermsKo: "준비중입니다."`, `privacyTermsKo: "준비중입니다."`."""
    found = slot_findings(_ROUND / "dev" / "eryuan-zh-js" / "terms.js")
    assert [line for line, _, excerpt in found if excerpt == "준비중입니다."] == [2, 3]
