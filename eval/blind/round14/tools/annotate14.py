#!/usr/bin/env python3
"""Source of truth for eval/blind/round14/holdout/*/annotation.json (hand annotations, round 14).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate14.py [name ...]

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
        return 1 <= line <= len(lines) and norm(t) in norm(re.sub(r"<[^>]*>", "", lines[line - 1]) + lines[line - 1])

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
    out.setdefault("ambiguous_lines", [])
    out.setdefault("ambiguous_placeholder_lines", [])
    out.setdefault("look_alike_lines", [])
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: ok  headings {len(d.get('headings', []))}  placeholders {len(d.get('placeholders', []))}")
    return True



# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots
# ------------------------------------------------------------------------------------------------------



DOCS["yureny-jsp"] = {
    "file": "provacy.jsp",
    "source": src("Yu-Reny/-JavaWeb-", "MKCV/src/main/webapp/jsp/provacy.jsp", "9badf0f7d58d963784ce02e1590c12b8d8abc4e7"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh", "de"], "kind": "filled-in",
    "repo_kind": "student Java web project (a health-information site 医知便民网); JSP page; text as stored by the index "
                 "(no snapshot could be fetched: the repository name starts with '-')",
    "title": {"line": 12, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (18, 26, 34, 39, 47, 52, 57, 62)],
    "placeholders": [
        P(8, "在此处插入标题", "the IDE's default page title (Eclipse 'Insert title here', zh) left in <title>: the browser tab "
          "of the privacy page reads 在此处插入标题"),
        P(64, "[您的电子邮件地址]", "contact e-mail slot of the template, never filled"),
        P(65, "[您的联系电话]", "contact telephone slot of the template, never filled"),
    ],
    "notes": "Headings are <b>N. …</b><br> lead-ins of <div> blocks (1.-8.), all level 1; the <h1> 隐私政策 is the title. "
             "Line 62 leaks an English word ('疑问或 concerns'); the last block (74) is a German DSGVO notice: a language "
             "oddity, not a placeholder.",
}

DOCS["kupay-notice-tpl"] = {
    "file": "notice.html",
    "source": src("KuPayIo/kupay_wallet", "src/app/view/financialManagement/notice/notice.tpl", "8939fd9db6de078a649afc8024a4d93f59f93406"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "crypto-wallet app (FairBlock/KuPay); a Pi-framework HTML template (.tpl) of the consent panel that shows "
                 "the opening of the privacy policy; first committed version; byte-exact, saved as .html",
    "title": {"line": 4, "text": "服务及隐私服务"},
    "headings": [H(17, 1)],
    "placeholders": [
        P(11, "某某", "the operator's name is the template word 某某 ('so-and-so'), twice on this line (…某某将按照本隐私政策…)"),
        P(14, "某某", "某某 again for the operator, four times on this line (某某建议…, 某某《FairBlock服务协议》, 由某某在线随时更新, "
          "某某所自主拥有的DApp)"),
    ],
    "ambiguous_lines": [8, 26, 30],
    "ambiguous_placeholder_lines": [20],
    "look_alike_lines": [
        L(24, '{itype:"false",text:"我已经认证阅读并同意"}', "widget parameters of the framework's checkbox component "
          "(the rendered text is the checkbox label): not a slot"),
    ],
    "notes": "Short document: the panel shows only the first paragraphs of the policy; its one section heading is "
             "'一、 我们收集您的哪些信息' (17). 尊敬的用户 (8), the link label 隐私条约 (26) and the button 我已阅读 (30) are "
             "ambiguous lines. Line 20 stops mid-sentence ('…可能因此而受到'): unfinished text, an ambiguous placeholder "
             "line (a finding there is not a false positive). Placeholders: one entry per line; 某某 occurs 6 times on 2 lines.",
}

DOCS["mcl-medical-php"] = {
    "file": "privacy.html",
    "source": src("MedicaicloudLink/MCL", "WebApp/backend/views/login/privacy.php", "a5dee95a5572bc6ce545c08f3d2d66d08d9f962f"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "medical-data platform of a Beijing company (梅地卡尔); Yii PHP view saved as .html (bytes unchanged; "
                 "one <?php echo ?> in an img src)",
    "title": {"line": 95, "text": "隐私条款"},
    "headings": [H(110, 1), H(113, 2), H(122, 2), H(142, 2)] + [H(n, 1) for n in (151, 156, 161, 166, 171, 176, 179)],
    "placeholders": [],
    "ambiguous_placeholder_lines": [92, 193],
    "notes": "<h2> is the title, <h3> the sections; under 收集信息的类型 the items 1、用户反馈 / 2、用户登录与日志分析信息 / "
             "3、注册信息 are short <p> labels each followed by an indented <div> of paragraphs: level-2 headings. "
             "Line 92 is a server template tag inside an <img src> (<?php echo Yii::$app->request->baseUrl?>), line 193 a "
             "footer link to '#' (the current page): ambiguous placeholder lines. Footer address/phone/e-mail are real.",
}

DOCS["mine-tw-html"] = {
    "file": "privacy-zh-TW.html",
    "source": src("susu-pro/Mine", "privacy-zh-TW.html", "c0acf9b0f388ed19289d4482c435921011f4b333"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "support site of a macOS editor app (Mine); first committed zh-Hant page",
    "title": {"line": 30, "text": "隱私政策"},
    "headings": [H(n, 1) for n in (37, 40, 43, 46, 49, 52, 55)],
    "placeholders": [],
    "ambiguous_lines": [34],
    "notes": "<h2> '1. …'-'7. …'. The language switcher (20-27) is chrome; the bold 簡而言之： lead-in (34) is ambiguous. "
             "Region: zh-TW file name (Taiwan wording 資訊/網路).",
}

DOCS["andaugment-tw-html"] = {
    "file": "privacy.html",
    "source": src("andaugment/andaugment-website", "zh-TW/privacy.html", "4abf6729ceeac1076159ad77b79448e52bf2529b"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "company website (Japanese developer) with a zh-TW translation; first committed version",
    "title": {"line": 32, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in (36, 46, 56, 61, 66)],
    "placeholders": [],
    "notes": "Tailwind page, <h2> '1. …'-'5. …'. Header logo/back link are chrome.",
}

DOCS["grokdl-tw-html"] = {
    "file": "privacy.html",
    "source": src("tomsonleelee/GrokMediaDownloadWebSite", "zh-TW/privacy.html", "0d4519210a3fe0e46efdd3b6765ce6bbe3c5a413"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "landing site of a browser extension; first committed zh-TW privacy page (of 15 versions)",
    "title": {"line": 120, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in (134, 139, 149, 154, 159, 164)],
    "placeholders": [],
    "notes": "<h2> '1. …'-'6. …'; JSON-LD breadcrumb in <head> and the skip link (105) are not text of the policy.",
}

DOCS["career-wxml"] = {
    "file": "privacy.wxml",
    "source": src("iiilikeyy/career-assessment-miniprogram", "pages/privacy/privacy.wxml", "afcd3f3e54b0815a5590d972b851d9cba5e86c4c"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "WeChat mini-program (career-interest test); text as stored by the index (no snapshot)",
    "title": None,
    "headings": [H(n, 1) for n in (6, 11, 18, 25, 32, 38, 43, 50)],
    "placeholders": [],
    "notes": "<view class=doc-h2> headings 一、-八、; the page title is in the navigation bar (page .json), not in the markup.",
}

DOCS["homeappliance-wxml"] = {
    "file": "privacy.wxml",
    "source": src("JamesHa0/home-appliance-registry", "pages/privacy/privacy.wxml", "04f9aa5693aace4577391ae89edad792c3c14b65"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "WeChat mini-program (appliance warranty book 知屋家电保修簿); text as stored by the index (no snapshot)",
    "title": None,
    "headings": [H(n, 1) for n in (5, 10, 21, 29, 37, 44, 49, 57, 62, 67)],
    "placeholders": [],
    "ambiguous_placeholder_lines": [2],
    "notes": "<view class=h> headings 一、-十、. Line 2 '更新日期：{{updateDate}}' is a data binding filled by the page's JS at "
             "run time: ambiguous placeholder line (flagging it is not wrong, not flagging it is not a miss).",
}

DOCS["heartbuddy-wxml"] = {
    "file": "privacy.wxml",
    "source": src("WyattJHayes/heartbuddy-miniprogram", "pages/privacy/privacy.wxml", "406423862835b65d26ee40e9a832f873c29b1eb0"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "WeChat mini-program (AI mood companion 心语伴); text as stored by the index (no snapshot)",
    "title": {"line": 2, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (7, 12, 21, 27, 33, 40, 45, 51)],
    "placeholders": [],
    "ambiguous_placeholder_lines": [3],
    "look_alike_lines": [L(47, "12356", "a real national psychological-aid hotline number, not a dummy number")],
    "notes": "<view class=h> headings 一、-八、. Line 3 '更新日期：{{updated}}' is a run-time data binding: ambiguous "
             "placeholder line.",
}


DOCS["relaygo-driver-dart-txt"] = {
    "file": "privacy.txt",
    "source": src("easonliu0203/relaygo-backend", "mobile/lib/apps/driver/presentation/pages/privacy_policy_page.dart",
                  "57836cd428edb103cf4f51e19e6b1851515c57e5"),
    "format": "txt", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "Taiwanese chartered-car platform, Flutter driver app; the policy is a Dart widget tree. Extracted as the "
                 "publisher's user reads it: one line per Text/_buildSectionTitle/_buildSubsectionTitle/_buildParagraph/"
                 "_buildBulletPoint string, in source order, bullets prefixed '• ', the one '\\n' inside a paragraph "
                 "rendered as a line break, the AppBar label 隱私權政策 left out (source text as stored by the index; the "
                 "fetched snapshot no longer holds the mobile/ folder)",
    "title": {"line": 1, "text": "RELAY GO 司機端隱私權政策 (草案範本)"},
    "headings": [H(n, 1) for n in (3, 6, 24, 38, 46, 52, 57, 59)]
                + [H(n, 2) for n in (8, 15, 20, 26, 28, 31, 34, 40, 42, 44, 48, 50, 53, 55)],
    "placeholders": [
        P(1, "(草案範本)", "the published title still says '(draft template)': a drafting marker a reviewer must clear"),
        P(2, "[請填入您的生效日期，例如：2025 年 10 月 25 日]", "effective date is a fill-in instruction with an example"),
        P(62, "[請填入客服信箱]", "contact e-mail of the privacy contact is a fill-in instruction"),
    ],
    "notes": "Sections '1. …'-'8. …' (level 1); 'A. …：'-'D. …：' are rendered as subsection titles "
             "(_buildSubsectionTitle, bold, own line) and are level 2 although they end with a colon. Line 61 names the "
             "team (filled).",
}


if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
