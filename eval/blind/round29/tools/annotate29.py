#!/usr/bin/env python3
"""Source of truth for eval/blind/round29/holdout/*/annotation.json (hand annotations, round 29).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate29.py [name ...]

H(line, level) with no text copies the heading text from the line (tags, Markdown #/**, whitespace stripped);
an explicit text is checked against the line like every placeholder, title and look-alike text.
"""
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")
DOCS = {}
NOLIC = "none (no licence file)"


def H(line, level, text=None):
    return {"line": line, "level": level, "text": text}


def P(line, text, note):
    return {"line": line, "text": text, "note": note}


def L(line, text, note):
    return {"line": line, "text": text, "note": note}


def src(repo, path, commit, lic=NOLIC):
    return {"repo": repo, "path": path, "commit": commit, "license": lic}


def norm(s):
    return re.sub(r"\s+", "", html.unescape(s))


def read_lines(path):
    if path.lower().endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            x = z.read("word/document.xml").decode("utf-8")
        return [html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
                for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", x, re.S)]
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def line_text(raw):
    """The visible text of a heading line: tags, Markdown heading/bold markers and outer whitespace stripped."""
    t = html.unescape(re.sub(r"<[^>]*>", "", raw))
    t = re.sub(r"^\s*#+\s*", "", t).replace("**", "")
    return re.sub(r"\s+", " ", t).strip()


def check_and_write(name, d):
    folder = os.path.join(BASE, name)
    lines = read_lines(os.path.join(folder, d["file"]))
    errs = []

    def on(line, t):
        return 1 <= line <= len(lines) and norm(t) in norm(re.sub(r"<[^>]*>", "", lines[line - 1]) + lines[line - 1] + lines[line - 1].replace("**", "")
                                              + re.sub(r"<[^>]*>", "", lines[line - 1]).replace("**", ""))

    for h in d.get("headings", []):
        if h["text"] is None:
            h["text"] = line_text(lines[h["line"] - 1])
        if not on(h["line"], h["text"]):
            errs.append(f"heading L{h['line']} {h['text']!r} not on line: {lines[h['line'] - 1][:80]!r}")
    for p in d.get("placeholders", []):
        if not on(p["line"], p["text"]):
            errs.append(f"placeholder L{p['line']} {p['text']!r} not on line")
    if d.get("title") and not on(d["title"]["line"], d["title"]["text"]):
        errs.append(f"title L{d['title']['line']} not on line")
    for x in d.get("look_alike_lines", []):
        if not on(x["line"], x["text"]):
            errs.append(f"look-alike L{x['line']} {x['text']!r} not on line")
    lines_h = [h["line"] for h in d.get("headings", [])]
    if len(set(lines_h)) != len(lines_h):
        errs.append("duplicate heading line")
    if set(lines_h) & set(d.get("ambiguous_lines", [])):
        errs.append(f"heading line also ambiguous: {sorted(set(lines_h) & set(d.get('ambiguous_lines', [])))}")
    if errs:
        print(name, "ERRORS:\n  " + "\n  ".join(errs))
        return False
    out = dict(d)
    out.setdefault("placeholders", [])
    out.setdefault("ambiguous_lines", [])
    out.setdefault("ambiguous_placeholder_lines", [])
    out.setdefault("look_alike_lines", [])
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: ok  headings {len(d.get('headings', []))}  placeholders {len(d.get('placeholders', []))}")
    return True





NOID = ("unknown: index text only; the repository could not be identified (the search index gave the file's text by id, "
        "without its repository or path)")
IDX_BIG = ("unknown: index text only (the repository's snapshot is over the fetch size limit; the search index lists no "
           "licence file for it)")


def md_headings(name, fname, levels, skip=()):
    """Headings of a Markdown file from its '#' lines (line 1, the title, excluded); level = levels['#' count]."""
    lines = read_lines(os.path.join(BASE, name, fname))
    out = []
    for i, raw in enumerate(lines, 1):
        m = re.match(r"^(#{1,6})\s", raw)
        if m and i != 1 and i not in skip:
            out.append(H(i, levels[len(m.group(1))]))
    return out



# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot line; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["kenneth-txt"] = {
    "file": "privacy.txt",
    "source": src("Kenneth-cs/love_alipay", "src/assets/text/privacy.txt", "3a43863237afc12ea8f404468e2ffdbb82a2abe1"),
    "format": "text", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an Alipay/WeChat mini-program (a network-phone app) that ships its privacy agreement as a plain-text "
                 "asset; a generated template where the app's name was filled in some places and left as "
                 "[小程序名称] in others; byte-exact blob (deleted from the repository later)",
    "title": {"line": 1, "text": "《[小鹿网络电话]隐私协议》"},
    "headings": [H(n, 1) for n in (7, 15, 29, 37, 48, 71, 75, 79, 83)]
                + [H(n, 2) for n in (9, 12, 17, 20, 23, 26, 31, 34, 39, 42, 45, 50, 53, 56, 62, 68)],
    "placeholders": [
        P(5, "本隐私协议旨在向您说明我们在您使用[小程序名称]小程序时", "the product name left as a bracketed field name"),
        P(13, "当您使用[小程序名称]小程序时", "the product name left as a bracketed field name"),
        P(18, "我们会使用您的个人信息为您提供[小程序名称]小程序的各项服务", "the product name left as a bracketed field name"),
        P(81, "我们会在[小程序名称]小程序上发布变更后的隐私协议", "the product name left as a bracketed field name"),
    ],
    "ambiguous_placeholder_lines": [1, 10, 90, 92, 94],
    "look_alike_lines": [
        L(86, "[联系地址]：深圳市宝安区西乡街道河东社区", "a bracketed label with its real value after it (filled)"),
        L(87, "[联系电话]：17154880831", "a bracketed label with a real phone number (filled)"),
        L(88, "[电子邮箱]：1624792610@qq.com", "a bracketed label with a real e-mail (filled)"),
    ],
    "notes": "Lines 1, 10 and 90 keep the template's brackets around the filled product name ([小鹿网络电话]); 92 and 94 "
             "are the filled company name and date still in brackets ([深圳市奇幻星空传媒有限公司], [2024年10月21日]): "
             "bracket residue around filled values, ambiguous (not unfilled). Line 5 holds both a filled and an "
             "unfilled bracket. Numbered short lines ('1. 您主动提供的信息') are sub-headings.",
}

DOCS["banban-md"] = {
    "file": "privacy-policy.md",
    "source": src("chanran324234/banban-app", "docs/privacy-policy.md", "3822dab717548c4ea4a920b03bb31a2de9efd4b6",
                  "see the repository's LICENSE (open-source app)"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an open-source AI companion / workflow app; the store-submission privacy policy in docs/, whose "
                 "contact e-mail is an instruction to replace it before submission; byte-exact blob (newest version)",
    "title": {"line": 1, "text": "伴办隐私政策"},
    "headings": md_headings("banban-md", "privacy-policy.md", {2: 1}),
    "placeholders": [
        P(33, "开发者联系邮箱：提交前替换为真实公开支持邮箱",
          "the developer's e-mail is an instruction: replace with a real public support e-mail before submission"),
    ],
    "look_alike_lines": [
        L(5, "AI 陪伴 + 工作流自动化 App", "a plus-joined product description"),
        L(23, "替换或删除 DeepSeek API Key。", "a fill verb (替换) describing what the user may do"),
        L(29, "https://github.com/chanran324234/banban-app", "a real repository address"),
    ],
    "notes": "The first version (904376aa) ended with 「正式上架前需要补充开发者联系邮箱和开源仓库地址。」; the newest one "
             "(used here) filled the repository and left the e-mail as an instruction.",
}

DOCS["quanticoral-en-docx"] = {
    "file": "privacy-policy.docx",
    "source": src("qyquqcoral/official", "privacy-policy.docx", "7e2174b7c3c7899fd8f124bde675ecac6f0c5196"),
    "format": "docx", "script": "latin", "region": "", "languages": ["en"], "kind": "template",
    "repo_kind": "a Singapore-registered game studio run from China (QuantiCoral / ShanhuGamer); the English game "
                 "privacy policy as a DOCX on its site, translated from a Chinese template ('people's court') with "
                 "three bracketed fill-in fields left; byte-exact blob",
    "title": {"line": 1, "text": "Game Privacy Policy"},
    "headings": [H(n, 1) for n in (3, 10, 17, 20, 23, 28, 31, 34)],
    "placeholders": [
        P(18, "[Specific Country/Region Where Servers Are Located]", "storage location left as a bracketed field"),
        P(19, "will be deleted within [X] days after you cancel your account",
          "retention periods left as [X] days / [X] months (missed by the annotator, found by the first run: "
          "added after it, see README)"),
        P(32, "[Specific Region for Legal Application]", "governing law left as a bracketed field"),
        P(39, "[Specific Response Time, e.g., 15 working days]", "response time left as a bracketed field with an example"),
    ],
    "look_alike_lines": [
        L(36, "Email: shanhugames@gmail.com", "a real e-mail"),
        L(37, "Customer Service Phone: 8689109582", "a real phone number"),
        L(41, "Specific Date: September 22, 2025", "a label that starts like the slots ('Specific') with a real date"),
        L(11, "Sharing:", "a bold label, not a heading"),
    ],
    "notes": "English only (the studio's site has no Chinese edition of this text). DOCX lines are <w:p> paragraphs.",
}

DOCS["laoyao-word-html"] = {
    "file": "隐私政策.html",
    "source": src("LaoYao121/Privacy.github.io", "隐私政策.html", "171e5dbb855dec5dcb05cc117423351eedd5083a"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a dating/social app's policy published on GitHub Pages: a Word 'save as web page' (WPS, mso "
                 "conditional comments) of a Markdown text pasted into Word (literal ** marks); the app name is "
                 "filled as 【逛游街APP】 twice and left as 【app】 everywhere else, with a note to the drafter "
                 "about the SDK list; byte-exact blob (deleted from the repository later)",
    "title": None,
    "headings": [H(n, 1, t) for n, t in (
        (351, "前言"), (363, "引言"), (471, "一、我们如何收集和使用您的个人信息"), (777, "二、我们如何使用Cookie 和同类技术"),
        (807, "三、我们如何共享、转让、公开披露您的个人信息"), (993, "四、我们如何保护您的个人信息"),
        (1047, "五、您如何管理您的个人信息"), (1263, "六、我们如何处理未成年人的个人信息"),
        (1295, "八、第三方SDK隐私政策"), (1441, "九、本隐私权政策如何更新"), (1501, "十、如何联系我们"))]
    + [H(n, 2, t) for n, t in (
        (477, "（一）个人敏感信息说明"), (525, "（二）我们所提供产品或服务的功能分别收集的个人信息类型"),
        (555, "（三）向您提供产品或服务过程中我们不动收集的个人信息"), (615, "（四）向您提供产品服务过程中App在后台状态下获取的你的信息"),
        (645, "（五）【app】所调用的系统权限"), (711, "（六）我们从第三方获取的您的个人信息"), (729, "（七）征得同意的例外"),
        (783, "（一）Cookie"), (795, "（二）Cookie同类技术"), (819, "（一）共享"), (885, "（二）转让"), (909, "（三）公开披露"),
        (933, "（四）共享、转让、公开披露个人信息时事先征得授权同意的例外"),
        (1059, "（一）查询、更正和补充您的个人信息"), (1095, "（二）删除您的个人信息"), (1155, "（三）改变您授权同意的范围"),
        (1173, "（四）注销您的账号"), (1197, "（五）响应您的上述请求"))],
    "placeholders": [P(n, "【app】", "the app's name left as the template's 【app】") for n in (
        369, 387, 393, 399, 531, 543, 567, 579, 585, 591, 597, 609, 621, 651, 657, 675, 681, 717, 825, 843, 927,
        1017, 1023, 1161, 1179, 1209, 1507)]
    + [P(645, "app", "the app's name left as 【app】 in a heading (bold split: 【****app****】)"),
       P(1307, "第三方", "a note to the drafter in 【**…**】: change the SDK list to the app's own third parties; "
                        "the list below is from an app done before")],
    "ambiguous_lines": [405, 939],
    "ambiguous_placeholder_lines": [357, 375],
    "look_alike_lines": [
        L(1349, "https://www.umeng.com/page/policy", "a Markdown link pasted into Word (real address)"),
        L(489, "歧视性待遇", "待 inside an ordinary word"),
    ],
    "notes": "Lines 357 and 375 keep the template's 【】 around the filled name 【逛游街APP】 (ambiguous). Line 1507 "
             "also has the e-mail filled in brackets 【13028802038@163.com邮箱】 after 【app】. The table of contents "
             "(411-465, plain lines) is not headings; 405 (its bold title) and 939 (a bold sentence) are ambiguous. "
             "There is no section 七 in the body. Each text run sits on its own source line inside spans.",
}

DOCS["smartlingo-tsx-md"] = {
    "file": "privacy.md",
    "source": {"repo": "not identified", "path": "index id 58026860001 (a Next.js app/[lang]/privacy/page.tsx)",
               "commit": "", "license": NOID},
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "a language-learning platform (SmartLingo); a Next.js page rendering a bilingual (zh/en) privacy "
                 "draft from a `copy` object, with a 'draft, formal legal review pending' box and a section telling "
                 "the operator what must still be configured; extracted by tools/index/smartlingo-tsx-md.rule "
                 "(zh page, then en page) from the whole index text (4,946 characters, kept as "
                 "tools/index/smartlingo-page.tsx)",
    "title": {"line": 5, "text": "让语言学习、课程、社区与语音资料的处理方式清楚易懂。"},
    "headings": [H(n, 1) for n in (7, 11, 15, 19, 23, 27, 31, 35, 39, 51, 55, 59, 63, 67, 71, 75, 79, 83)],
    "ambiguous_lines": [49],
    "placeholders": [
        P(1, "草案 · 待正式法律审核", "draft box: draft for preview, formal legal and regional privacy review still required"),
        P(41, "每个上线地区都必须配置年龄资格与监护人同意规则。完成法律审核的版本会注明生效日期",
          "a note to the operator: age and guardian-consent rules still to configure; no effective date until review"),
        P(45, "DRAFT · FORMAL LEGAL REVIEW PENDING", "the English draft box (legal review pending)"),
        P(85, "Age eligibility and guardian-consent rules must be configured for each launch region.",
          "the same note to the operator in English"),
    ],
    "look_alike_lines": [
        L(29, "待领取的挑战与积分", "待 in 待领取 ('provisional points to be claimed'), a product term"),
        L(73, "provisional challenge attempts", "the same term in English"),
        L(3, "隐私政策", "the page kicker"),
    ],
    "notes": "Line 49 is the English page's h1 (a second edition title: ambiguous as a heading). The title of the "
             "browser tab (generateMetadata: 'Privacy Policy — Draft' / 「隐私政策（草案）」) is not part of the "
             "extraction.",
}

DOCS["hkaaa-hk-md"] = {
    "file": "privacy-terms-draft.md",
    "source": {"repo": "not identified", "path": "index id 70582577275 (a Markdown draft of a Hong Kong agency's site)",
               "commit": "", "license": NOID},
    "format": "markdown", "script": "hant", "region": "hk", "languages": ["en", "zh"], "kind": "template",
    "repo_kind": "a Hong Kong web-design / AI-automation agency; the working draft of its bilingual privacy policy "
                 "and terms (English, then 繁體 Hong Kong): a memo header to the owner, a table of open decisions "
                 "('Your note' column unfilled), then the four texts, with lock references [L6] left in the terms; "
                 "whole index text (13,511 characters)",
    "title": {"line": 1, "text": "Privacy Policy and Terms of Use — draft for review"},
    "headings": md_headings("hkaaa-hk-md", "privacy-terms-draft.md", {2: 1, 3: 2}),
    "placeholders": [
        P(6, "A solicitor should review before you treat it as a finished legal product.",
          "drafting note: not legal advice, to be reviewed by a solicitor"),
        P(10, "Edit this file. When you lock it, we build", "a note to the owner: edit and lock before the pages are built"),
        P(19, "Keep / we will send offers", "an open decision: the owner's choice not made (Your note column)"),
        P(20, "OK / other period", "an open decision: retention period not confirmed"),
        P(21, "OK / other inbox", "an open decision: privacy contact not confirmed"),
        P(22, "| L5 | Effective date | Date we publish the pages. | |", "the effective date is not set; the note cell is empty"),
        P(23, "OK / 繁體 controls", "an open decision: governing language not confirmed"),
        P(208, "[L6]", "a reference to open decision L6 left in the English terms"),
        P(377, "［L6］", "the same reference in full-width brackets in the Chinese terms"),
    ],
    "ambiguous_placeholder_lines": [1, 3, 4, 7, 8, 14, 18, 37, 52, 151, 221, 320],
    "look_alike_lines": [
        L(53, "Email: [info@hkaiautomation.com](mailto:info@hkaiautomation.com)", "a Markdown e-mail link in brackets"),
        L(222, "電郵：[info@hkaiautomation.com](mailto:info@hkaiautomation.com)", "the same in 繁體"),
        L(129, "[https://www.pcpd.org.hk](https://www.pcpd.org.hk)", "a link to the Privacy Commissioner"),
        L(35, "If we add Google Analytics later, this policy must change.", "a conditional statement"),
    ],
    "notes": "Lines 1-10 and 27-39 are a memo to the site owner (status, voice rules, what the site does); only the "
             "drafting notes and open decisions are counted; memo lines that are status or style notes are "
             "ambiguous (3, 4, 7, 8, 37), and so is the title's 'draft for review', 'Open locks (please mark)' (14, a "
             "heading) and the locked L1 row that says 'Update this when you incorporate' (18). 'Room N, 9/F' "
             "(52, 151, 221, 320) may be a real unit letter or a placeholder (ambiguous). Region hk: 私隱, 電郵, "
             "《個人資料（私隱）條例》.",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (no placeholder lines)
# ------------------------------------------------------------------------------------------------------

DOCS["oneforall-md"] = {
    "file": "隐私政策.md",
    "source": src("Fater666/QingBrother", "docs/隐私政策.md", "def81b38f32d74b93ffc5f28aae5442dbda82ac9"),
    "format": "markdown", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a single-player strategy game (战国·与伍同行) by a Shanghai studio; its published privacy policy in "
                 "Markdown, written from the game-industry template (the repository also holds that template as "
                 "DOCX, already in the project); byte-exact blob (newest version)",
    "title": {"line": 1, "text": "战国·与伍同行 隐私政策"},
    "headings": md_headings("oneforall-md", "隐私政策.md", {2: 1, 3: 2}),
    "look_alike_lines": [
        L(3, "更新日期：2026 年 2 月 11 日", "a real date in bold"),
    ],
    "notes": "Clean: every field filled (operator, registered address, e-mail).",
}

DOCS["clear-html"] = {
    "file": "隐私政策.html",
    "source": src("adamsoloman/clear", "隐私政策.html", "8d88bb18ee99094579221b060b5f2afb38a725a2"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a phone-cleaner app's long HTML policy (<br>-separated lines): the app's own notice, then appendix "
                 "one (the privacy policy), two (an SDK list) and three (children's guide); byte-exact blob",
    "title": {"line": 7, "text": "极速清理大师软件隐私政策"},
    "headings_annotated": False,
    "look_alike_lines": [
        L(148, "【legalnotice@gmail.com】", "a real e-mail inside 【】"),
        L(270, "见word文档https://cheetahmobile.feishu.cn", "a pointer to another document's address (real link)"),
        L(11, "（附于本文尾一）", "a parenthesised cross-reference"),
    ],
    "notes": "Annotated for placeholders only (its appendices nest three levels of plain <br> lines). The children's "
             "guide names another company (北京猎户移动科技有限公司) than the operator: a copy residue, not a slot.",
}

DOCS["zhisixing-html"] = {
    "file": "privacy.html",
    "source": src("sbc95/Open-Website-Privacy-Policy", "privacy.html", "6f9fd73daece25a7a337d2b5cf656eb741f3c36d"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "an iOS knowledge-card app (知思行) that keeps everything on the device; its privacy page on GitHub "
                 "Pages (h3 sections, bold lead-ins); byte-exact blob (newest version)",
    "title": {"line": 45, "text": "知思行"},
    "headings": [H(n, 1) for n in (54, 59, 65, 72, 79, 86, 92, 98, 103, 108)],
    "ambiguous_lines": [46],
    "ambiguous_placeholder_lines": [55],
    "look_alike_lines": [
        L(116, "最后更新日期：", "a bold label with a real (month-only) date"),
        L(60, "本地优先存储", "bold lead-ins, not headings"),
    ],
    "notes": "Line 55 announces a list ('本隐私政策将帮助您了解以下内容：') that the page does not give (an empty "
             "section follows): an empty enumeration, not a slot (ambiguous for placeholder rules).",
}


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(DOCS)
    ok = all([check_and_write(n, DOCS[n]) for n in names])
    sys.exit(0 if ok else 1)
