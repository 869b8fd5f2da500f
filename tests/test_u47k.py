"""The stand-in street of `placeholder-dummy-contact` needs more than a stand-in phone (forty-seventh session, u47k).

A street numbered 123號 after an address label, beside a stand-in phone (02-2345-6789), is a warning: 123號 is a real
number on many real streets (eval/blind/round41d shiba-vue L65 「台北市信義區松高路123號」, a real street, annotated
ambiguous).  It is an error only with a second stand-in in the same contact block: a template's mailbox
(privacy@example.com, service@yourdomain.com).  Without a stand-in phone, or without an address label, nothing.
A script whose policy is one prose template literal is read as that literal even when its code is commented in
Chinese: the share of the file's Chinese a document literal must hold (`load.page_literals`) counts no comment, since a
comment is shown to no reader (eval/blind/round47 butp-ts, held out: read as plain text, code and all, a false error on
`extractRawText({ arrayBuffer })`).  Chinese shown by the code itself (messages, labels) still counts.
`script-mixed` judges 后, a character both scripts write, by its word: in a Traditional text 「登入后即可」, 「登入后，」,
「之后」, 「最后更新」 are Simplified leaks (後), 「皇后大道」, 「王后」, 「后土」, 「太后，」 are not (eval/precision46
customercity-hk-java 「登入后，idToken會…」, a miss noted at its blind run; eval/profiles26 nthumods-tw 「在你登錄后，」).
The texts below are invented; the real lines stay as regressions at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path
from policylens.check import CheckOptions, check_file

_ROOT = Path(__file__).resolve().parent.parent


def _levels(tmp_path: Path, contact: str) -> list[str]:
    source = "<h1>隱私權政策</h1>\n<p>我們會保護您的個人資料。</p>\n<p>如對本政策有任何疑問，請聯絡我們：<br />\n" + contact + "\n</p>\n"
    path = tmp_path / "privacy.html"
    path.write_text(source, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [f.severity for f in report.findings if f.rule == "placeholder-dummy-contact" and "123號" in f.excerpt]


@pytest.mark.parametrize(
    ("contact", "levels"),
    [
        # a stand-in phone and a template's mailbox: the street is a stand-in too
        ("電話：02-2345-6789<br />\n電子郵件：privacy@example.com<br />\n地址：台北市大安區甜點街123號", ["error"]),
        ("電話：02-2345-6789<br />\n電子郵件：service@yourdomain.com<br />\n地址：台北市信義區松高路123號", ["error"]),
        # a stand-in phone only: a warning, the street may be real
        ("電話：02-2345-6789<br />\n電子郵件：service@bonbunny.com.tw<br />\n地址：台北市信義區松高路123號", ["warning"]),
        ("電話：(02) 2345-6789<br />\n地址：台北市大安區甜點街123號", ["warning"]),
        # no stand-in phone: nothing, even with a template's mailbox
        ("電話：02-2771-3859<br />\n電子郵件：privacy@example.com<br />\n地址：台北市信義區松高路123號", []),
        # a template's mailbox far from the street (another block): a warning
        (
            "電話：02-2345-6789<br />\n地址：台北市信義區松高路123號<br />\n<br />\n<br />\n<br />\n<br />\n電子郵件：privacy@example.com",
            ["warning"],
        ),
    ],
)
def test_counting_street_needs_a_second_stand_in_for_an_error(tmp_path: Path, contact: str, levels: list[str]) -> None:
    assert _levels(tmp_path, contact) == levels


def test_real_lines() -> None:
    """round41d shiba-vue L65 (a real street beside a stand-in phone) and round46d bonbunny-tw-tsx L99: warnings now."""
    shiba = check_file(str(_ROOT / "eval/blind/round41d/holdout/shiba-vue/PrivacyView.vue"), CheckOptions(no_config=True))
    assert [(f.line, f.severity) for f in shiba.findings if f.rule == "placeholder-dummy-contact"] == [(64, "error"), (65, "warning")]
    bonbunny = check_file(str(_ROOT / "eval/blind/round46d/dev/bonbunny-tw-tsx/page.tsx"), CheckOptions(no_config=True))
    assert [(f.line, f.severity) for f in bonbunny.findings if f.rule == "placeholder-dummy-contact"] == [(97, "error"), (99, "warning")]


_POLICY = (
    "隐私政策\n\n1. 信息收集\n我们收集您在使用本系统时提供的学号、成绩与使用记录，仅用于提供服务。\n\n"
    "2. 信息使用\n我们使用收集的信息改进系统功能，生成学业报告，不会用于与服务无关的目的。\n\n"
    "3. 信息共享\n我们不会向第三方出售、交易或转让您的个人信息，法律要求的情形除外。\n\n"
    "4. 信息保护\n我们采取加密传输、访问控制与定期审查等措施保护您的个人信息，防止泄露、篡改或丢失。\n\n"
    "5. 您的权利\n您有权访问、更正或删除您的个人信息，也可以随时撤回您此前给予的同意。\n\n"
    "6. 数据保留\n学业数据在校期间及毕业后两年内保留，系统日志保留十二个月，期满后删除。\n\n"
    "7. 联系我们\n如对本政策有疑问，请发送邮件至 support@campus-notes.cn，我们会在十五日内答复。\n"
)


def _script(code_chinese: str) -> str:
    return (
        "import mammoth from 'mammoth'\n" + code_chinese + "export async function read(url: string) {\n"
        "  const result = await mammoth.extractRawText({ arrayBuffer })\n"
        "  return result.value\n"
        "}\n\n"
        "export function fallback() {\n"
        "  return { content: `\n" + _POLICY + "`.trim() }\n"
        "}\n"
    )


_COMMENTS = "".join(
    f"// 第{n}步：从Word文档中读取隐私政策的全部文本内容，解析失败时使用下面的默认内容并记录警告信息\n" for n in range(1, 8)
)
_MESSAGES = "".join(
    f"const message{n} = '读取隐私政策文档失败，请检查网络连接后重新打开本页面，或联系学校信息中心的老师处理'\n" for n in range(1, 8)
)


def test_a_prose_literal_is_the_document_whatever_the_comments_hold(tmp_path: Path) -> None:
    path = tmp_path / "reader.ts"
    path.write_text(_script(_COMMENTS), encoding="utf-8")
    titles = [s.title for s in parse_path(path).sections if s.title]
    assert "1. 信息收集" in titles and not any("步" in t for t in titles), titles
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.severity == "error"] == [], report.findings


def test_chinese_the_code_shows_still_counts(tmp_path: Path) -> None:
    """Messages in string literals are shown text: with them the literal holds too little of the file's Chinese."""
    path = tmp_path / "reader.ts"
    path.write_text(_script(_MESSAGES), encoding="utf-8")
    text = " ".join(p.text for s in parse_path(path).sections for p in s.paragraphs)
    assert "读取隐私政策文档失败" in text  # read as text, code and all (as before)


def test_butp_regression() -> None:
    """eval/blind/round47 holdout butp-ts (read after its blind run): the fallback literal read, no false error."""
    report = check_file(str(_ROOT / "eval/blind/round47/holdout/butp-ts/wordDocumentReader.ts"), CheckOptions(no_config=True))
    assert [(f.line, f.rule) for f in report.findings if f.severity == "error"] == [(127, "placeholder-dummy-contact")]


@pytest.mark.parametrize(
    ("sentence", "leaks"),
    [
        ("您登入后即可查閱及更正您的個人資料。", 1),
        ("登入后，應用程式會使用您的帳號資料。", 1),
        ("我們會在收到要求之后盡快回覆，然后通知您。", 2),
        ("最后更新：2025年1月1日", 1),
        ("我們的辦公室位於皇后大道中。", 0),
        ("王后像與后土廟不在此列，太后，亦然。", 0),
        ("本公司地址：臺中市后里區甲后路一段100號。", 0),
        ("服務據點：后庄里、后厝街及后寮巷。", 0),
        ("我們會在收到要求之後盡快回覆。", 0),  # 後 already
    ],
)
def test_hou_judged_by_its_word_in_a_traditional_text(tmp_path: Path, sentence: str, leaks: int) -> None:
    source = "<h1>私隱政策</h1>\n<p>我們重視您的個人資料，並只在您同意的情況下使用這些資料。</p>\n<p>" + sentence + "</p>\n"
    path = tmp_path / "privacy.html"
    path.write_text(source, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    found = [f for f in report.findings if f.rule == "script-mixed" and f.excerpt == "后"]
    assert sum(max(1, len(f.columns)) for f in found) == leaks, found  # (repeats on a line: one finding, `columns`)
    assert all(f.suggestion == "後" and f.severity == "error" for f in found)


def test_hou_in_a_simplified_text_is_no_finding(tmp_path: Path) -> None:
    path = tmp_path / "privacy.html"
    path.write_text("<h1>隐私政策</h1>\n<p>您登录后即可查阅和更正您的个人信息，之后我们会通知您。</p>\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.rule == "script-mixed"] == []


def test_hou_real_lines() -> None:
    """eval/precision46 customercity-hk-java 「登入后，」 (its line 33) and eval/profiles26 nthumods-tw 「在你登錄后，」 (L44)."""
    java = check_file(str(_ROOT / "eval/precision46/customercity-hk-java/PrivacyActivity.java"), CheckOptions(no_config=True))
    assert [(f.line, f.excerpt) for f in java.findings if f.rule == "script-mixed"] == [(33, "后")]
    tsx = check_file(str(_ROOT / "eval/profiles26/docs/nthumods-tw/page.tsx"), CheckOptions(no_config=True))
    assert [(f.line, f.excerpt) for f in tsx.findings if f.rule == "script-mixed"] == [(44, "后")]
