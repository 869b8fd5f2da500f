"""script-mixed on documents that hold both scripts: editions side by side by design are checked
sentence by sentence, while text pasted from another edition is still reported (a real page
ran English, Simplified and Traditional paragraphs side by side and got 474 false errors)."""

from __future__ import annotations

from pathlib import Path

from helpers import cli

SENTENCES = [
    ("我们收到并存储您在创建帐户时填写的任何信息。", "我們收到並存儲您在創建帳戶時填寫的任何信息。"),
    ("您可以选择不向我们提供某些信息。", "您可以選擇不向我們提供某些信息。"),
    ("如果用户不确定哪些信息是强制性的，欢迎与我们联系。", "如果用戶不確定哪些信息是強制性的，歡迎與我們聯繫。"),
    ("我们不会出售您的个人信息。", "我們不會出售您的個人信息。"),
]


def _findings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "policy.html"
    path.write_text(text, encoding="utf-8")
    out = cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout
    return [line for line in out.splitlines() if " script-mixed " in line]


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"<html><body><h1>Privacy policy // 隐私政策 // 隱私政策</h1>\n{body}</body></html>\n"


def test_editions_side_by_side_are_not_mixed_scripts(tmp_path: Path) -> None:
    paragraphs = [f"<span>{hans}</span><span>{hant}</span>" for hans, hant in SENTENCES]
    assert _findings(tmp_path, _page(paragraphs)) == []


def test_a_stray_character_inside_a_sentence_of_a_parallel_document_is_still_reported(tmp_path: Path) -> None:
    paragraphs = [f"<span>{hans}</span><span>{hant}</span>" for hans, hant in SENTENCES]
    paragraphs.append("<span>我们会合并数据。</span><span>我們會合并數據。</span>")
    found = _findings(tmp_path, _page(paragraphs))
    assert len(found) == 1 and "并" in found[0] and "並" in found[0]


def test_a_simplified_section_pasted_into_a_traditional_policy_is_reported(tmp_path: Path) -> None:
    # no twin: the Simplified sentences are not an edition of anything in the document
    hant = [
        "我們重視您的隱私，並依法保護您的個人資料。",
        "本政策說明我們如何蒐集、處理及利用您的資料。",
        "您可隨時聯繫我們行使您的權利。",
        "我們會採取適當的安全措施保護您的資料。",
        "本公司得隨時修訂本政策，並於網站公告。",
    ]
    pasted = ["我们收集您的设备信息与位置信息。", "我们会将数据存储在境内服务器。", "您可以随时注销帐户。"]
    found = _findings(tmp_path, _page(hant + pasted))
    assert len(found) >= 6  # every Simplified run of the pasted paragraphs


def test_a_simplified_edition_then_its_traditional_edition_in_one_file(tmp_path: Path) -> None:
    # a text file of editions in blocks: 简体中文版, then 繁體中文版 (converted), then English
    hans = "\n\n".join(h for h, _ in SENTENCES)
    hant = "\n\n".join(t for _, t in SENTENCES)
    text = f"隐私政策-简体中文版\n\n{hans}\n\n隱私政策-繁體中文版\n\n{hant}\n\nPrivacy policy\n\nWe do not sell data.\n"
    path = tmp_path / "policy.txt"
    path.write_text(text, encoding="utf-8")
    out = cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout
    assert " script-mixed " not in out
    # a stray Simplified character inside the Traditional edition is still reported
    path.write_text(text.replace("我們不會出售", "我們不会出售"), encoding="utf-8")
    out = cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout
    assert [line for line in out.splitlines() if " script-mixed " in line and "会" in line]


def test_a_taiwan_edition_alternating_with_a_mainland_one(tmp_path: Path) -> None:
    # regional words differ (資料/信息, 登入/登录, 聯絡/联系): twins by their character pairs, not whole sentences
    pairs = [
        ("我们非常重视您的个人信息保护。", "我們非常重視您的個人資料保護。"),
        ("我们收集您的手机号码用于账号登录。", "我們蒐集您的手機號碼用於帳號登入。"),
        ("我们不会向第三方出售您的个人信息。", "我們不會向第三方出售您的個人資料。"),
        ("如有疑问，请通过应用内反馈联系我们。", "如有疑問，請透過應用程式內的意見回饋與我們聯絡。"),
        ("您可以随时在设置中删除您的账号。", "您可以隨時在設定中刪除您的帳號。"),
    ]
    text = "# 隐私政策 / 隱私權政策\n\n" + "".join(f"{a}\n\n{b}\n\nEnglish line.\n\n" for a, b in pairs)
    path = tmp_path / "p.md"
    path.write_text(text, encoding="utf-8")
    assert " script-mixed " not in cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout
    path.write_text(text.replace("我們不會向第三方出售", "我們不会向第三方出售"), encoding="utf-8")
    found = [
        line
        for line in cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout.splitlines()
        if " script-mixed " in line
    ]
    assert len(found) == 1 and "会" in found[0]


def test_a_taiwan_language_menu_entry_in_a_simplified_page(tmp_path: Path) -> None:
    page = "<html><body><h1>隐私政策</h1><p>我们重视您的隐私。</p><p>语言：简体中文 | 中文(台灣) | 繁體中文（香港） | English</p></body></html>"
    assert _findings(tmp_path, page) == []


TW_EDITION = [
    "我們蒐集您的電子郵件與 Google 帳號識別碼，用於登入。",
    "我們會保存當機紀錄與診斷資訊，以維持應用程式穩定。",
    "您可以隨時透過電子郵件要求刪除您的資料。",
    "我們不會出售您的個人資料。",
]
CN_EDITION = [
    "当您使用 Google 登录时，我们会获取您的邮箱与帐户标识。",
    "维护稳定性所需的崩溃日志、诊断信息与应用内分析数据。",
    "您可以随时通过邮件请求删除数据。",
    "我们仅与运营所需的服务商共享数据。",
]


def _two_editions(tw_heading: str, cn_heading: str, cn: list[str]) -> str:
    tw_body = "\n\n".join(TW_EDITION)
    cn_body = "\n\n".join(cn)
    return f"# 隱私權政策 / 隐私政策\n\n## {tw_heading}\n\n{tw_body}\n\n## {cn_heading}\n\n{cn_body}\n"


def test_a_taiwan_and_a_mainland_edition_written_apart_under_headings_naming_them(tmp_path: Path) -> None:
    # a real trilingual page: the two Chinese editions share only about half their words (資訊/信息,
    # 蒐集/收集), so they are not one text converted; the headings say they are editions
    path = tmp_path / "policy.md"
    path.write_text(_two_editions("繁體中文 (ZH-TW)", "简体中文 (ZH-CN)", CN_EDITION), encoding="utf-8")
    out = cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout
    assert " script-mixed " not in out, out
    # a stray Traditional character inside the mainland edition is still reported
    path.write_text(_two_editions("繁體中文", "zh-CN", [*CN_EDITION[:3], "我们仅与運营所需的服务商共享数据。"]), encoding="utf-8")
    out = cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout
    found = [line for line in out.splitlines() if " script-mixed " in line]
    assert len(found) == 1 and "運" in found[0], out


def test_a_block_under_headings_that_do_not_name_an_edition_is_still_pasted_text(tmp_path: Path) -> None:
    # the same blocks, but no heading names the Simplified edition: pasted text, reported
    path = tmp_path / "policy.md"
    path.write_text(_two_editions("繁體中文", "資料分享", CN_EDITION), encoding="utf-8")
    out = cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout
    assert len([line for line in out.splitlines() if " script-mixed " in line]) >= 10, out
    # one heading naming both (a language menu) is not two editions either
    path.write_text(_two_editions("繁體中文 | 简体中文", "資料分享", CN_EDITION), encoding="utf-8")
    out = cli("check", str(path), "--select", "script-mixed", "--format", "text").stdout
    assert len([line for line in out.splitlines() if " script-mixed " in line]) >= 10, out
