#!/usr/bin/env python3
"""Source of truth for eval/blind/round30b/holdout/*/annotation.json (hand annotations, round 30b).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate30b.py [name ...]

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





BOLD_LEADINS = [i for i, l in enumerate(open(os.path.join(BASE, "zhihui-vue", "policy-content.html"),
                                             encoding="utf-8").read().split("\n"), 1)
                if re.match(r"^ *<strong>[^<]*：</strong>$", l)]


def idx(index_id, what):
    """A document whose repository the search index does not name: index text only (licence unknown)."""
    return {"repo": None, "path": None, "commit": None, "index_id": index_id,
            "license": "unknown: index text only; the search index gave the file's text by id without its "
                       "repository or path (" + what + ")"}


# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot line; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["suntzu-tsx"] = {
    "file": "page.tsx",
    "source": idx("37062473838", "whole file, 3099 characters, stored as the index gives it"),
    "format": "html (Next.js TSX)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Next.js AI app (孙子智策 | SunTzu Strategist AI); its privacy page in JSX, numbered <h2> sections, "
                 "the contact e-mail left as [您的联系邮箱]",
    "title": {"line": 8, "text": "隐私政策"},
    "headings": [H(18, 1), H(28, 1), H(41, 1), H(51, 1), H(56, 1), H(61, 1), H(66, 1)],
    "ambiguous_lines": [7],
    "placeholders": [
        P(68, "请通过 [您的联系邮箱] 与我们联系", "contact e-mail left as a bracketed field name"),
    ],
    "look_alike_lines": [
        L(12, "生效日期: {new Date().toLocaleDateString('zh-CN')}",
          "the effective date is a JSX expression filled at run time (today's date): not a slot"),
        L(15, "SunTzu Strategist AI（以下简称\"本服务\"）", "a real product name with its short form"),
    ],
}

DOCS["fintrack-dart"] = {
    "file": "privacy.md",
    "source": idx("12717460828", "Flutter screen lib/…/privacy_policy_screen.dart, 2421 characters, kept in "
                                 "tools/index/; privacy.md extracted by tools/extract30b.py"),
    "format": "markdown (extracted from Dart)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "template",
    "repo_kind": "a Flutter personal-finance app (FinTrack); the privacy screen's Text widgets, extracted by rule: "
                 "fontSize 24 -> '# ', fontSize 18 -> '## ', other Text literals paragraphs",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(7, 1), H(11, 1), H(15, 1), H(19, 1), H(23, 1)],
    "placeholders": [
        P(25, "请通过 [您的联系邮箱] 与我们联系", "contact e-mail left as a bracketed field name"),
    ],
    "look_alike_lines": [
        L(17, "（如 aweb-api.com）", "a real third-party service named in parentheses"),
    ],
}

DOCS["openclaw-py"] = {
    "file": "privacy.txt",
    "source": idx("53072044213", "a Python/tkinter installer (22,230 characters); the show_privacy_agreement method "
                                 "kept in tools/index/; privacy.txt = add_title() text, a blank line, the value of the "
                                 "agreement_text literal (tools/extract30b.py)"),
    "format": "text (extracted from Python)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "template",
    "repo_kind": "a desktop installer (OpenClaw manager, tkinter) whose last page shows a privacy policy held in a "
                 "triple-quoted string; the complaint contact left as [客服邮箱] / [客服电话]",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(3, 1), H(7, 1), H(21, 1), H(35, 1), H(46, 1), H(54, 1), H(66, 1)],
    "placeholders": [
        P(64, "可发送邮件至 [客服邮箱] 或拨打 [客服电话]", "support e-mail and phone left as bracketed field names"),
    ],
    "look_alike_lines": [
        L(58, "\"设置 - 关于 - 隐私政策\"", "a UI path in quotes, not a slot"),
        L(60, "\"设置 - 应用权限\"", "a UI path in quotes, not a slot"),
        L(11, "设备基础信息：", "a bold-less lead-in label followed by its content, not an empty label"),
    ],
}

DOCS["washed-i18n"] = {
    "file": "consent.txt",
    "source": idx("68455693167", "a JS translation table (12,577 characters) loaded after i18n.js; its consent-form "
                                 "part kept in tools/index/; consent.txt = every entry's Chinese value, then every "
                                 "entry's English value, one paragraph each (tools/extract30b.py)"),
    "format": "text (extracted from i18n data)", "script": "hans", "region": "cn", "languages": ["zh", "en"],
    "kind": "template",
    "repo_kind": "a Korean dormitory-laundry reservation web app (Washed); the personal-data collection and use "
                 "consent translated in an i18n table (ko key -> [en, zh, ja]); support e-mail and phone left as "
                 "bracketed field names in every language",
    "headings": [H(n, 1) for n in (3, 9, 23, 29, 37, 49, 53, 66, 72, 86, 92, 100, 112, 116)],
    "placeholders": [
        P(57, "邮箱：[客服邮箱]", "support e-mail left as a bracketed field name"),
        P(59, "电话：[客服电话]", "support phone left as a bracketed field name"),
        P(120, "Email: [support email]", "the same slot in the English half"),
        P(122, "Phone: [support number]", "the same slot in the English half"),
    ],
    "look_alike_lines": [
        L(11, "会员注册及管理", "a bare short list item (purposes), not a heading"),
        L(33, "邮件发送服务提供商", "a bare short list item (processors), not a heading"),
        L(74, "Sign-up and account management", "a list item, not a heading"),
    ],
    "notes": "No title line (the form opens with a sentence). The English half has no title either; its numbered "
             "sections are level-1 headings like the Chinese ones.",
}

DOCS["jobboard-sql"] = {
    "file": "privacy.md",
    "source": idx("69078896619", "a Supabase migration 004_matching_legal.sql (11,795 characters); the 'privacy' "
                                 "INSERT of legal_documents kept in tools/index/; privacy.md = '# '+title_zh, "
                                 "content_zh, '# '+title_en, content_en (tools/extract30b.py)"),
    "format": "markdown (extracted from an SQL seed)", "script": "hans", "region": "cn", "languages": ["zh", "en"],
    "kind": "template",
    "repo_kind": "a DACH–China tech job board; trilingual (de/en/zh) short-form legal documents seeded in SQL with "
                 "the controller left as '[公司名称 GmbH、地址、邮箱]' and a placeholder privacy contact; the seed's "
                 "comment says 'Replace [PLACEHOLDERS] before publishing'",
    "title": {"line": 1, "text": "隐私政策 v1.0（简版）"},
    "headings": [],
    "ambiguous_lines": [5],
    "placeholders": [
        P(3, "[公司名称 GmbH、地址、邮箱]；隐私联系：[privacy@example.com]",
          "controller's name, address, e-mail and the privacy contact left as bracketed fields"),
        P(7, "[Company GmbH, address, email] — privacy contact: [privacy@example.com]",
          "the same slots in the English half"),
    ],
    "notes": "Each edition is one physical line (sections 第1条…第6条 run in one paragraph), so there are no heading "
             "lines; line 5 is the English edition's title (README rule b). Both content lines also end with "
             "'short version — full text to follow' (注：此为简版，完整版…待后续发布).",
}

DOCS["fango-privacy-cn"] = {
    "file": "privacy.txt",
    "source": idx("68930265658", "a TS/JS module of multilingual legal texts (111,394 characters); the "
                                 "PRIVACY_ZH_CN template literal kept in tools/index/; privacy.txt = its body "
                                 "(tools/extract30b.py)"),
    "format": "text (extracted from a JS template literal)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "template",
    "repo_kind": "a Korean K-pop fan-travel app (FAN:GO) with ko/en/zh-CN/zh-TW/th legal texts in code; the "
                 "simplified-Chinese personal-data consent still carries review tags [待审核] and a note that the "
                 "collected items will be settled once the implementation is decided",
    "title": {"line": 1, "text": "【必须】个人信息收集、使用同意（FAN:GO）"},
    "headings": [H(3, 1), H(5, 2), H(9, 2), H(13, 2), H(19, 1), H(27, 1)],
    "placeholders": [
        P(7, "[待审核] 引入社交登录时：需确认是否新增", "an item tagged 'pending review' with a question to settle"),
        P(13, "③自动收集的项目（应用、网页通用）[待审核]", "a section tagged 'pending review'"),
        P(16, "※上述项目的实际收集与否及范围，须在实现方案确定后予以反映。",
          "a note that the list must be updated once the implementation is decided"),
    ],
    "look_alike_lines": [
        L(5, "①会员注册时收集的项目（必须）", "（必须） marks mandatory items, not a slot"),
        L(34, "※您有权拒绝同意上述个人信息的收集、使用。", "a ※ notice to the user (the right to refuse), not a drafting note"),
    ],
}

DOCS["fango-location-tw"] = {
    "file": "location-terms.txt",
    "source": idx("68930265658", "the same module; the LOCATION_ZH_TW template literal kept in tools/index/; "
                                 "location-terms.txt = its body (tools/extract30b.py)"),
    "format": "text (extracted from a JS template literal)", "script": "hant", "region": "tw", "languages": ["zh"],
    "kind": "template",
    "repo_kind": "the same app's zh-TW location-information terms (articles 10–18: personal location data rights, "
                 "guardians, operator identity, the location-information manager); the operator's name, "
                 "representative, address, phone and the manager's name and e-mail left as bracketed fields",
    "headings": [H(n, 1) for n in (3, 11, 17, 29, 40, 45, 48, 52, 60)],
    "placeholders": [
        P(31, "商號：[經營主體商號或團隊名稱]", "operator's trade name left as a field description"),
        P(32, "代表：[代表人姓名]", "representative's name left as a field"),
        P(33, "地址：[地址]", "address left as a field"),
        P(34, "代表電話：[代表電話]", "phone left as a field"),
        P(36, "姓名：[位置資訊管理責任人姓名]", "the location-information manager's name left as a field"),
        P(37, "代表電話：[代表電話]", "phone left as a field (second time)"),
        P(38, "電子郵箱：[位置資訊管理責任人電子郵箱]", "the manager's e-mail left as a field"),
    ],
    "look_alike_lines": [
        L(1, "※以下為位置資訊服務使用條款中的第10條至第18條。", "a ※ note telling the reader which articles follow"),
        L(9, "客服中心（代表電話）", "a parenthesised channel name, not a slot"),
    ],
    "notes": "No title (the literal opens with a ※ note). Location terms rather than a privacy policy, but all of "
             "articles 10–18 govern personal location data.",
}

DOCS["zhihui-vue"] = {
    "file": "policy-content.html",
    "source": idx("19124367878", "a Vue 3 + Element Plus login page frontend/src/views/Login.vue (37,247 characters); "
                                 "the privacy dialog's <div class=\"policy-content\"> element kept verbatim as "
                                 "policy-content.html (index text, from the line '    <div class=\"policy-content\">' to its "
                                 "closing '          </div>')"),
    "format": "html (extracted from a Vue page)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "template",
    "repo_kind": "a Vue web app for AI-assisted online meetings (智会西湖云端论剑 / AI Meeting); the privacy policy "
                 "and the user agreement are el-dialog modals of the login page; the policy's dates, the account-"
                 "deletion method and a complaint e-mail are left as bracketed instructions",
    "headings": [H(n, 1) for n in (6, 21, 120, 124, 164, 178, 189, 194, 206)]
                + [H(n, 2) for n in (25, 81, 95, 105, 125, 140, 146, 152, 165, 170)],
    "ambiguous_lines": BOLD_LEADINS,
    "placeholders": [
        P(3, "最后更新日期：2024年5月 [请填写具体日期]", "the day of the update date left as an instruction"),
        P(4, "生效日期：2024年5月 [请填写具体日期]", "the day of the effective date left as an instruction"),
        P(184, "您可以通过 [请说明用户注销账户的方式，例如：在‘设置’页面提供注销入口，或联系我们] 申请注销",
          "a drafting instruction with an example in place of the account-deletion method"),
        P(186, "还可以通过[您的联系邮箱]进行投诉", "complaint e-mail left as a bracketed field name"),
    ],
    "look_alike_lines": [
        L(11, "一、我们如何收集和使用您的个人信息", "a table-of-contents list item, not a heading"),
        L(208, "电子邮箱：sky1470719422@gmail.com", "the real contact e-mail"),
        L(7, "智会西湖云端论剑（AI Meeting）（以下简称“本服务”或“我们”）", "a real service name"),
    ],
    "notes": "No title in the excerpt (the dialog's title attribute 隐私政策 is outside it). Bold lead-ins that sit "
             "alone on their line (<strong>账号注册与登录：</strong>) are ambiguous (README rule c).",
}

# ------------------------------------------------------------------------------------------------------
# Clean documents
# ------------------------------------------------------------------------------------------------------

DOCS["chengjing-tw-txt"] = {
    "file": "privacy.txt",
    "source": src("Coyoter/chengjing-browser", "app/src/main/assets/privacy.txt",
                  "15d4cd4e76aedac30084fe9e48caf9ce5e1fd253",
                  "unknown: index text (fetch: 'no snapshot can be had'); 2684 characters checked"),
    "format": "text (Android asset)", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "an Android WebView browser (澄境瀏覽器) from Taiwan; its privacy notice shipped as an app asset",
    "title": {"line": 1, "text": "澄境瀏覽器｜隱私與資料"},
    "headings": [H(6, 1), H(9, 1), H(14, 1), H(17, 2), H(20, 2), H(23, 1), H(26, 1), H(29, 1), H(34, 1)],
    "placeholders": [],
    "look_alike_lines": [
        L(3, "開發者：Coyoter", "a real developer handle"),
        L(21, "data_collection=deny", "a real API parameter"),
    ],
}

DOCS["dahuang-sql-html"] = {
    "file": "privacy.html",
    "source": idx("68542616967", "a MySQL dump (146,745 characters) of a video-surveillance platform; the "
                                 "sys_agreement 'privacy' row kept in tools/index/; privacy.html = '<h1>'+title+'</h1>' "
                                 "and the row's HTML content (tools/extract30b.py)"),
    "format": "html (extracted from an SQL dump)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "clean",
    "repo_kind": "a RuoYi/WVP video-surveillance platform (大荒安防) whose mobile client's agreement and privacy "
                 "policy are rows of sys_agreement",
    "headings_annotated": False,
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [],
    "placeholders": [],
    "look_alike_lines": [
        L(2, "可通过本应用「关于我们」中的联系方式", "a pointer to the app's About page, not a slot"),
    ],
    "notes": "The whole policy is one physical line (line 2), so headings are not annotated (per-line scoring).",
}

DOCS["hengjian-sql"] = {
    "file": "agreements.txt",
    "source": idx("58145773626", "a Postgres init script (7,683 characters); the agreements INSERT kept in "
                                 "tools/index/ (index offsets 5800–6889); agreements.txt = each row's title, a "
                                 "blank line, its content (tools/extract30b.py)"),
    "format": "text (extracted from an SQL seed)", "script": "hans", "region": "cn", "languages": ["zh"],
    "kind": "clean",
    "repo_kind": "an AI contract-drafting service (衡简叙约); user agreement and privacy policy seeded together",
    "title": {"line": 1, "text": "用户协议"},
    "headings": [H(n, 1) for n in (5, 8, 11, 16, 19, 22, 25, 32, 38, 44, 49, 55, 61, 64, 67)],
    "ambiguous_lines": [28, 30],
    "placeholders": [],
    "look_alike_lines": [
        L(35, "- 昵称（可选）", "an optional field, not a slot"),
        L(26, "support@hengseen.com", "a real support e-mail"),
    ],
    "notes": "Line 28 (隐私政策) is the second document's title and line 30 its own title line: ambiguous.",
}

DOCS["novus-tw-angular"] = {
    "file": "privacy-policy.component.html",
    "source": idx("1271671064", "an Angular standalone component (10,779 characters) kept whole in tools/index/; "
                                "the .html is its inline template literal, verbatim (tools/extract30b.py)"),
    "format": "html (Angular template)", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a Taiwanese site (Novus晶礦人生) whose zh-TW policy is a translation of a PrivacyPolicies.com "
                 "generator text; the company, country, service, site, URL, date and e-mail are Angular bindings "
                 "({{ companyName }} …) filled from the component's own fields",
    "title": {"line": 3, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in (14, 67, 152, 218, 228, 242, 258, 282, 290, 300, 310, 324)]
                + [H(n, 2) for n in (16, 21, 69, 96, 260, 265, 270)] + [H(71, 3), H(81, 3)],
    "placeholders": [],
    "ambiguous_placeholder_lines": [4, 35, 41, 49, 59, 330],
    "look_alike_lines": [
        L(11, "本隱私權政策是透過隱私權政策產生器製作。", "the generator's credit line, not a drafting note"),
    ],
    "notes": "Clean by design: the bindings are run-time values set in the same component (lastUpdated '2024年09月18日', "
             "companyName 'Novus晶礦人生', contactEmail '131419snm@gmail.com' …). Whether a checker should flag "
             "{{ name }} in a standalone .html is debatable, so those six lines are ambiguous_placeholder_lines.",
}


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(DOCS)
    ok = all([check_and_write(n, DOCS[n]) for n in names])
    sys.exit(0 if ok else 1)
