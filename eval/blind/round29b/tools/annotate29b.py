#!/usr/bin/env python3
"""Source of truth for eval/blind/round29b/holdout/*/annotation.json (hand annotations, round 29b).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text, placeholder
text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive; tags and Markdown
emphasis ignored).

    python3 tools/annotate29b.py [name ...]

H(line, level) with no text copies the heading text from the line (tags, Markdown #/**, whitespace stripped);
an explicit text is checked against the line like every placeholder, title and look-alike text.
The annotations were written by reading each document in full, before policylens was run on any of them.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")
DOCS = {}
NOLIC = "none (no licence file)"
IDX = "unknown: index text only (repository not identified); treat as all rights reserved, test fixture only"


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
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def line_text(raw):
    t = html.unescape(re.sub(r"<[^>]*>", "", raw))
    t = re.sub(r"^\s*#+\s*", "", t).replace("**", "").strip()
    t = re.sub(r"^\*(.*)\*$", r"\1", t)
    return re.sub(r"\s+", " ", t).strip()


def check_and_write(name, d):
    folder = os.path.join(BASE, name)
    lines = read_lines(os.path.join(folder, d["file"]))
    errs = []

    def on(line, t):
        if not 1 <= line <= len(lines):
            return False
        raw = lines[line - 1]
        hay = norm(re.sub(r"<[^>]*>", "", raw)) + norm(raw) + norm(raw.replace("**", ""))
        return norm(t) in hay

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
    ph = [p["line"] for p in d.get("placeholders", [])]
    if set(ph) & set(d.get("ambiguous_placeholder_lines", [])):
        errs.append("placeholder line also ambiguous")
    if errs:
        print(name, "ERRORS:\n  " + "\n  ".join(errs))
        return False
    out = dict(d)
    for k in ("placeholders", "ambiguous_lines", "ambiguous_placeholder_lines", "look_alike_lines"):
        out.setdefault(k, [])
    with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: ok  headings {len(d.get('headings', []))}  placeholders {len(d.get('placeholders', []))}")
    return True


IDXN = "unknown: index text only (repository not identified); treat as all rights reserved, test fixture only"


def idx(ident, what):
    return src("(not identified)", what, f"(index id {ident})", IDXN)


DOCS["luminous-sql-md"] = {
    "file": "privacy.md",
    "source": idx("59553157626", "a Prisma/SQL migration (.sql) that seeds a legal_documents table; the 'privacy' row's "
                  "content_zh and content_en string literals, joined by a blank line (rule in ../README.md)"),
    "format": "md (from SQL string literals)", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "a health-management app ('Luminous': medication and health records); the seeded privacy policy is a "
                 "skeleton whose controller facts are '待填充' / 'TBD' under a 'pending legal review' note, in both languages",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(5, 1), H(11, 1), H(19, 1), H(29, 1), H(33, 1), H(37, 1), H(41, 1),
                 H(49, 1), H(55, 1), H(63, 1), H(73, 1), H(77, 1), H(81, 1), H(85, 1)],
    "ambiguous_lines": [45],
    "placeholders": [
        P(3, "待法务审阅填充", "drafting note: the text is to be filled in after legal review"),
        P(7, "待填充", "company name not filled"),
        P(8, "待填充", "contact e-mail not filled"),
        P(9, "待填充", "personal-information protection officer not filled"),
        P(47, "Pending legal review", "drafting note, English half"),
        P(51, "TBD", "company name, English half"),
        P(52, "TBD", "contact e-mail, English half"),
        P(53, "TBD", "data protection officer, English half"),
    ],
    "look_alike_lines": [
        L(15, "账户注销后 30 天", "a filled retention period in a table"),
        L(31, "具体第三方 SDK 清单请参阅第三方 SDK 清单页面。", "a cross-reference to another page, not a slot"),
        L(75, "Please refer to the Third-party SDK List page for details.", "the same cross-reference in English"),
    ],
    "notes": "line 45 ('# Privacy Policy') is the title of the English edition in the same file: ambiguous (convention b).",
}

DOCS["ntub-tw-swift-md"] = {
    "file": "privacy.md",
    "source": idx("6016654356", "a SwiftUI view (PrivacyPolicyView.swift); its Text(...) and SectionView(title:) literals in "
                  "order, extracted to Markdown (rule in ../README.md)"),
    "format": "md (from SwiftUI literals)", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Taiwan campus-life app ('NTUB 校園生活'); an AI-drafted policy template with bracketed "
                 "[請填寫…]/[…請補充] slots and a closing note that the text is a template",
    "title": {"line": 1, "text": "隱私權政策"},
    "headings": [H(7, 1), H(17, 1), H(37, 1), H(51, 1), H(55, 1), H(71, 1), H(75, 1), H(79, 1), H(83, 1)],
    "placeholders": [
        P(3, "[請填寫日期]", "last-updated date not filled"),
        P(15, "[其他可能收集的資訊，例如從第三方服務取得的資訊，若有請補充]", "bracketed drafting instruction in a list of collected data"),
        P(35, "[其他特定用途，請補充]", "bracketed drafting instruction in the purposes list"),
        P(49, "[其他分享情況，例如匿名化或匯總後的數據，請補充]", "bracketed drafting instruction in the sharing list"),
        P(69, "[請提供聯繫方式，例如 App 內設定或客服信箱]", "contact channel not filled (mid-sentence)"),
        P(77, "[請根據目標使用者和法規確認具體年齡限制]", "age limit not decided (bold bracketed instruction)"),
        P(87, "[請填寫您的聯繫電子郵件或其他聯繫方式]", "contact e-mail not filled"),
        P(91, "以上為隱私權政策範本內容，僅供參考", "closing note: this is template text; consult a lawyer before publishing"),
    ],
    "look_alike_lines": [
        L(11, "您提供的資訊：", "bold label starting a bullet"),
        L(89, "---", "a thematic break"),
    ],
}

DOCS["shike-swift-txt"] = {
    "file": "legal.txt",
    "source": idx("56678940082", "a SwiftUI profile view (ProfileView.swift) whose private struct legalTexts holds a user "
                  "agreement, a privacy policy and a copyright notice as multi-line string literals (rule in ../README.md)"),
    "format": "txt (from Swift string literals)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an iOS cooking-notes app ('食刻'); user agreement, privacy policy and copyright notice together, the "
                 "complaint e-mail left as '待定'",
    "title": {"line": 1, "text": "用户协议"},
    "headings": [H(11, 1), H(21, 1)],
    "placeholders": [
        P(31, "待定", "infringement-complaint e-mail not decided"),
    ],
    "look_alike_lines": [
        L(9, "权利人可通过侵权投诉通道进行投诉", "refers to the complaint channel (the slot is on line 31)"),
    ],
    "notes": "three documents in one file; line 1 is read as the title, the second and third document titles as top-level sections.",
}

DOCS["carsub-tsx-md"] = {
    "file": "privacy.md",
    "source": idx("62543477708", "a Next.js page (privacy/page.tsx) whose sections live in a JS array rendered by map(); "
                  "h1, lead paragraph, each section's title and body, and the closing link, extracted to Markdown "
                  "(rule in ../README.md)"),
    "format": "md (from TSX array)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a car-subscription customer portal; a privacy page marked as a version awaiting legal confirmation, "
                 "to be replaced by the formal text before launch",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(5, 1), H(9, 1), H(13, 1), H(17, 1), H(21, 1)],
    "placeholders": [
        P(3, "待法务确认版本。上线前请替换为正式文本。", "drafting note: awaiting legal confirmation, replace before launch"),
        P(7, "本页面为隐私政策的待法务确认版本。", "the same note inside the first section's body"),
    ],
    "look_alike_lines": [
        L(25, "返回登录", "a Markdown link back to the login page"),
    ],
}

DOCS["idns-children-md"] = {
    "file": "rules.md",
    "source": idx("38794362046", "a React Native view (ChildProtectionRulesView.tsx); title, update date, sectionTitle and "
                  "paragraph Text elements in order, {'\\n'} as a line break, extracted to Markdown (rule in ../README.md)"),
    "format": "md (from React Native Text)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a family DNS-filtering app ('iDNS家庭守护'); its children's personal-information rules (儿童个人信息保护规则)",
    "title": {"line": 1, "text": "儿童个人信息保护规则"},
    "headings": [H(5, 1), H(11, 1), H(21, 1), H(23, 2), H(26, 2), H(31, 2), H(37, 1), H(39, 2), H(44, 2), H(49, 1),
                 H(51, 2), H(54, 2), H(60, 1), H(62, 2), H(67, 2), H(72, 2), H(75, 1), H(77, 2), H(80, 2), H(83, 2),
                 H(86, 2), H(89, 2), H(92, 1), H(94, 2), H(97, 2), H(100, 2), H(103, 1), H(111, 1)],
    "placeholders": [],
    "look_alike_lines": [
        L(3, "更新日期：2025年12月", "a month-precision date, filled"),
        L(13, "1.1 若您的被监护人使用我们的服务", "a numbered full sentence (not a heading)"),
        L(115, "邮箱：admin@wnluo.com", "a filled contact e-mail"),
        L(116, "地址：贵州省贵阳市贵州师范大学", "a filled address"),
    ],
    "notes": "numbered short labels (2.1 基本原则 …) followed by their text on the next line are level-2 headings; numbered "
             "full sentences (1.1–1.4, 4.3, 8.1–8.3) are list content.",
}

DOCS["xuanshu-tsx"] = {
    "file": "PolicyModal.tsx",
    "source": idx("11888178529", "a React modal (PolicyModal.tsx) holding the user agreement and the privacy policy as two "
                  "JSX branches; whole file as stored"),
    "format": "html (tsx)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a fortune-telling (命理) AI web app ('玄枢 Xuan-Shu'); user agreement with disclaimers and privacy policy in one component",
    "headings": [H(26, 1), H(31, 2), H(37, 2), H(47, 2), H(53, 2), H(59, 2),
                 H(64, 1), H(69, 2), H(78, 2), H(85, 2), H(92, 2), H(100, 2), H(108, 2)],
    "ambiguous_lines": [17, 19],
    "placeholders": [],
    "look_alike_lines": [
        L(111, "联系邮箱：[sinslust@163.com]", "a real e-mail address written inside square brackets"),
        L(39, "请您特别注意：", "a lead-in ending in a colon"),
        L(65, "生效日期：2026年01月21日", "a filled effective date"),
    ],
    "notes": "the modal header (lines 17–19) shows either document's name from an expression: ambiguous. Each document's "
             "centred bold name is level 1, its numbered bold labels level 2.",
}

DOCS["thevale-hk-tsx"] = {
    "file": "page.tsx",
    "source": idx("40698244521", "a Next.js page (privacy/page.tsx); whole file as stored"),
    "format": "html (tsx)", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a Hong Kong anonymous sharing site ('山谷'); its 私隱聲明 under the PDPO (個人資料（私隱）條例)",
    "title": {"line": 8, "text": "私隱聲明"},
    "headings": [H(26, 1), H(40, 1), H(51, 1), H(53, 1), H(55, 1)],
    "ambiguous_lines": [13],
    "placeholders": [],
    "look_alike_lines": [
        L(16, "最後更新日期：2025年9月4日", "a filled date"),
        L(33, "「與此回聲共鳴...」", "an ellipsis inside a quoted page name, not an omission"),
        L(54, "請透過GitHub或", "contact given as GitHub or a mailto link"),
    ],
    "notes": "line 13 (the card title '山谷 —— 私隱聲明') repeats the page title: ambiguous.",
}

DOCS["gpstest-strings-md"] = {
    "file": "privacy.md",
    "source": src("lrst6963/GPSTest", "app/src/main/res/values-zh/strings.xml (string privacy_policy_content), decoded "
                  "as Android does (rule in ../README.md)", "9eba0c6186a0081f6c337d8294b061de5902e984"),
    "format": "md (from Android strings.xml)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "an Android GPS test app; a short privacy policy kept as a string resource",
    "title": {"line": 1, "text": "【隐私政策】"},
    "headings": [H(3, 1), H(7, 1), H(11, 1)],
    "placeholders": [],
    "look_alike_lines": [
        L(1, "【隐私政策】", "a title in lenticular brackets, not a slot"),
        L(15, "最后更新：2025年4月", "a month-precision date, filled"),
    ],
}


if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
