#!/usr/bin/env python3
"""Source of truth for eval/blind/round28b/holdout/*/annotation.json (hand annotations, round 28b).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text, placeholder
text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive; tags and Markdown
emphasis ignored).

    python3 tools/annotate28b.py [name ...]

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


DOCS["anxin-miniapp-md"] = {
    "file": "privacy.md",
    "source": idx("70716714386", "a WeChat mini-program page (.js) whose NOTICE_MAP.privacy object holds the policy; "
                  "extracted to Markdown by the rule in tools/extract28b.py (source excerpt tools/index/anxin-miniapp-md.src.js)"),
    "format": "md (from JS object)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a parent-child companionship mini-program ('安心陪伴'); a draft policy (version ...-privacy-v4-draft) "
                 "whose operator, contact and retention facts are bracketed '[待填写：…]' fields",
    "title": {"line": 1, "text": "安心陪伴隐私政策"},
    "headings": [H(5, 1), H(10, 1), H(18, 1), H(25, 1), H(32, 1), H(38, 1), H(45, 1), H(52, 1), H(59, 1), H(66, 1),
                 H(74, 1), H(81, 1), H(87, 1)],
    "placeholders": [
        P(3, "待填写的信息尚未确认", "the page subtitle says the to-be-filled information is not confirmed (drafting note)"),
        P(8, "标为[待填写]的主体与期限信息须由负责人补齐核定后用于正式对外发布", "drafting instruction: bracketed fields must be completed before publication"),
        P(12, "[待填写：与小程序登记主体一致的全称]", "operator name field"),
        P(13, "[待填写：实际可接收隐私申请的邮箱或电话]", "privacy contact field"),
        P(14, "[待填写：实际负责团队或岗位]", "responsible role field"),
        P(15, "[待填写：经负责人确认并能够履行的响应时限]", "response time field"),
        P(43, "[待填写：设备端保留或主动清理规则及适用范围]", "local-draft retention rule field"),
        P(50, "[待填写：期限、起算点及完成请求后的处理规则]", "support-data retention field"),
        P(64, "[待填写：实际使用的处理者/服务、数据类型、目的及相应政策位置]", "processor list field"),
        P(68, "[待填写：具体期限或可执行的判定标准、起算条件]", "account-data retention field"),
        P(69, "[待填写：具体期限及适用依据]", "audit-log retention field"),
        P(70, "[待填写：备份保留周期及删除后备份处理方式]", "backup retention field"),
        P(84, "[待填写：真实部署及已批准例外的范围和依据]", "transport-protection scope field"),
    ],
    "ambiguous_placeholder_lines": [7, 72, 83, 90],
    "look_alike_lines": [
        L(90, "负责人完成待填信息后，须同步正文与小程序展示内容", "a process sentence that mentions the pending fields (ambiguous)"),
        L(79, "本机清缓存、退出账号和删除服务器数据不是同一操作。", "a complete sentence, no slot"),
    ],
    "notes": "Line 7 shows the version string '2026.10-privacy-v4-draft' (a draft label; ambiguous). Lines 72, 83 and "
             "90 speak of the engineering draft / release checks in the published voice (ambiguous). Thirteen "
             "bracketed slot lines; at most 5 count per document.",
}

DOCS["consent-vue"] = {
    "file": "PrivacyPolicy.vue",
    "source": idx("30409842688", "a Vue 3 + Element Plus consent page (PrivacyPolicy.vue)"),
    "format": "html (vue)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a web app's privacy-policy/consent component; the contact block keeps the template's example e-mail, "
                 "a 555 phone number and a made-up street address",
    "title": {"line": 3, "text": "隐私政策"},
    "headings": [H(7, 1), H(18, 1), H(30, 1), H(41, 1), H(52, 1), H(63, 1), H(75, 1), H(87, 1), H(99, 1), H(104, 1),
                 H(114, 1)],
    "placeholders": [
        P(117, "privacy@example.com", "contact e-mail on the reserved example.com domain"),
        P(118, "+1 (555) 123-4567", "dummy phone number (555-123-4567, the fictional-number convention)"),
        P(119, "123 Privacy Street, Security City, 12345", "made-up address (street, city and postcode are placeholders)"),
    ],
    "look_alike_lines": [
        L(4, "{{ lastUpdated }}", "a Vue interpolation filled at run time (ref('2024-03-20'))"),
        L(109, "更新\"最后更新\"日期", "a quoted label, not a slot"),
        L(124, "接受隐私政策", "button text"),
    ],
    "notes": "Vue single-file component: template, script and scoped style. The date is bound from script.",
}

DOCS["geo-tsx-md"] = {
    "file": "privacy.md",
    "source": idx("54498383805", "a Next.js page whose DEFAULT_PRIVACY template literal (Markdown) is rendered under an "
                  "<h1>隐私政策</h1> and a date line; extracted by the rule in tools/extract28b.py"),
    "format": "md (from TSX template literal)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a GEO/SEO SaaS ('GEO优化助手Pro'); the contact block keeps a 400 number with X-runs and two bracketed fields",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(5, 1), H(8, 1), H(10, 2), H(16, 2), H(22, 2), H(25, 1), H(33, 1), H(38, 1), H(46, 1), H(49, 1),
                 H(52, 1), H(55, 1), H(58, 1), H(61, 1), H(69, 1)],
    "placeholders": [
        P(63, "400-XXX-XXXX", "customer-service number with X-runs"),
        P(64, "[公司注册地址]", "company address field in square brackets"),
        P(65, "[姓名]", "name of the person in charge of personal-information protection, in square brackets"),
    ],
    "look_alike_lines": [
        L(62, "privacy@geo-optimizer.com", "a real-looking contact e-mail on the product's domain"),
        L(72, "| 支付宝 | 支付处理 | 订单金额、商品描述 |", "an SDK table row"),
        L(3, "最后更新日期：2026年6月21日 · 版本：V2.0", "a filled date and version"),
    ],
    "notes": "Lines 1 and 3 are the page's JSX <h1> and date paragraph, prepended by the extraction rule.",
}

DOCS["qiangxin-tsx-md"] = {
    "file": "privacy.md",
    "source": idx("14428575091", "a Next.js page whose getPrivacyContent() returns a Markdown template literal; extracted "
                  "by the rule in tools/extract28b.py (the ${new Date()...} date rendered as 2026/12/3)"),
    "format": "md (from TSX template literal)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "a site ('强心') with a generic policy whose contact block keeps example.com, a sequential phone number "
                 "and an X-run address",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(5, 1), H(9, 1), H(19, 1), H(33, 1), H(45, 1), H(55, 1), H(59, 1), H(63, 1), H(67, 1), H(71, 1)],
    "placeholders": [
        P(75, "privacy@example.com", "contact e-mail on the reserved example.com domain"),
        P(76, "+86 123 4567 8910", "dummy sequential phone number"),
        P(77, "中国北京市朝阳区XXX大厦X层", "address with X-runs for the building and floor"),
    ],
    "look_alike_lines": [
        L(3, "最后更新日期：2026/12/3", "the rendered run-time date"),
        L(13, "2.1 **您提供的信息**：", "a numbered bold label starting a sentence (list content, not a heading)"),
    ],
    "notes": "Numbered 'N.N **label**：sentence' lines are list content, not headings.",
}

DOCS["aicompanion-tsx-md"] = {
    "file": "privacy.md",
    "source": idx("68969636970", "a Next.js dialog component (LegalDocuments) whose privacyPolicyContent template literal "
                  "is rendered line by line (## → h2, ### → h3, **…** → bold paragraph); extracted by the rule in "
                  "tools/extract28b.py (source excerpt tools/index/aicompanion-tsx-md.src.tsx)"),
    "format": "md (from TSX template literal)", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "template",
    "repo_kind": "an AI virtual-companion chat app; the policy's contact lines keep example.com addresses",
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(5, 1), H(9, 1), H(11, 2), H(13, 3), H(18, 3), H(24, 3), H(28, 2), H(33, 1), H(35, 2), H(37, 3),
                 H(43, 3), H(48, 3), H(53, 3), H(58, 1), H(60, 2), H(62, 2), H(64, 3), H(69, 3), H(74, 3), H(78, 1),
                 H(80, 2), H(87, 2), H(92, 1), H(94, 2), H(98, 2), H(102, 2), H(106, 2), H(110, 2), H(114, 2),
                 H(118, 1), H(120, 2), H(122, 3), H(127, 3), H(132, 3), H(137, 2), H(142, 1), H(146, 1), H(150, 1),
                 H(157, 1), H(166, 1)],
    "placeholders": [
        P(116, "privacy@example.com", "contact for exercising rights on the reserved example.com domain"),
        P(169, "privacy@example.com", "contact e-mail on example.com"),
        P(170, "dpo@example.com", "DPO e-mail on example.com"),
    ],
    "look_alike_lines": [
        L(3, "**最后更新日期：2026年9月6日**", "a filled date in bold"),
        L(71, "保护 ourselves、用户或公众的权利和安全", "an untranslated English word, not a slot"),
        L(162, "更新\"最后生效日期\"", "a quoted label"),
    ],
    "ambiguous_lines": [3],
    "notes": "The component renders '## ' as h2 (the title), '### ' as h3 and whole-line '**…**' as bold paragraphs "
             "(counted as level-3 headings; numbered '2.1 **…**' lines as level 2). Line 60 '4.1 **我们不会出售您的个人信息**' "
             "is a numbered statement used as a subheading.",
}

DOCS["hklend-hk-md"] = {
    "file": "privacy.md",
    "source": idx("58011799943", "a Next.js [locale]/privacy page whose COPY object holds zh (Hong Kong) and en copy; "
                  "both locales rendered to Markdown by the rule in tools/extract28b.py (source tools/index/hklend-hk-md.src.tsx)"),
    "format": "md (from TSX object)", "script": "hant", "region": "hk", "languages": ["zh", "en"], "kind": "template",
    "repo_kind": "a Hong Kong money-lender review site (HK Lend), PDPO; the page shows a box saying this is a first "
                 "version and the formal legal review is still pending, in both languages",
    "title": {"line": 1, "text": "私隱政策"},
    "headings": [H(9, 1), H(15, 1), H(19, 1), H(23, 1), H(31, 1), H(35, 1), H(39, 1), H(43, 1), H(55, 1), H(61, 1),
                 H(65, 1), H(69, 1), H(77, 1), H(81, 1), H(85, 1), H(89, 1)],
    "ambiguous_lines": [47],
    "placeholders": [
        P(3, "本文為初版；正式法律審閱尚待完成。", "drafting note shown under the title: first version, legal review pending"),
        P(49, "This is a preliminary version; formal legal review is pending.", "the same drafting note in the English half"),
    ],
    "look_alike_lines": [
        L(45, "contact@hklend.hk", "a real-looking contact e-mail (the source comment calls it a placeholder; rendered text looks filled)"),
        L(41, "若日後有正式修訂，會於本頁公佈。", "a normal future-update clause"),
        L(17, "除非日後推出可選的手機驗證功能，屆時會另行說明", "a conditional future feature, not a slot"),
    ],
    "notes": "Line 47 is the English edition's title inside the same file (ambiguous by convention (b)). The source "
             "file's header comment says 'Contact email is a placeholder'; the rendered address contact@hklend.hk is on "
             "the product's own domain and is not counted (a finding on line 45/91 is neither hit nor FP: ambiguous).",
    "ambiguous_placeholder_lines": [45, 91],
}

DOCS["ridehub-tw-tsx"] = {
    "file": "PrivacyPolicy.tsx",
    "source": idx("62311368488", "a React (Mantine) page, PrivacyPolicy.tsx; headings are <Section heading=…> props"),
    "format": "html (tsx)", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "template",
    "repo_kind": "a Taiwanese ride-booking platform (RideHub); operator name / tax ID and contact e-mail left as bracketed fields",
    "title": {"line": 6, "text": "隱私權政策"},
    "headings": [H(7, 1, "1. 總則"), H(14, 1, "2. 蒐集的資料"), H(25, 1, "3. 利用目的"), H(35, 1, "4. 資料揭露與第三方"),
                 H(59, 1, "5. Cookie 與本機儲存"), H(66, 1, "6. 外部連結"), H(73, 1, "7. 保存期間"), H(80, 1, "8. 您的權利"),
                 H(91, 1, "9. 兒童"), H(95, 1, "10. 政策修改"), H(99, 1, "11. 聯絡方式")],
    "placeholders": [
        P(9, "[營運者名稱／統一編號]", "operator name / unified business number in square brackets"),
        P(88, "[聯絡信箱]", "contact e-mail field in square brackets"),
        P(101, "[聯絡信箱]", "contact e-mail field (link text and mailto href)"),
    ],
    "look_alike_lines": [
        L(29, "（見第 4 點）", "a cross-reference in parentheses"),
        L(6, 'updated="2026-08-28"', "a filled update date prop"),
    ],
    "notes": "Headings are JSX string props (Section heading=…), the title a LegalPage title prop.",
}

DOCS["silversole-tw-md"] = {
    "file": "PRIVACY.zh-TW.md",
    "source": src("SilverSole-Studio/silversole-app", "PRIVACY.zh-TW.md", "(index text; the file is not in the snapshot's history)",
                  "unknown (index text only); treat as all rights reserved, test fixture only"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a Taiwanese smart-insole app (動域科技); a complete policy; an HTML comment at the end lists the "
                 "pre-release to-do items, all ticked",
    "title": {"line": 1, "text": "SilverSole 應用程式隱私權政策"},
    "headings": [H(8, 1), H(21, 1), H(33, 1), H(35, 2), H(45, 2), H(60, 2), H(67, 2), H(77, 1), H(94, 1), H(109, 1),
                 H(111, 2), H(123, 2), H(136, 1), H(149, 2), H(155, 1), H(168, 1), H(179, 1), H(201, 1), H(209, 1),
                 H(215, 1)],
    "ambiguous_lines": [12],
    "placeholders": [],
    "look_alike_lines": [
        L(227, "【發布前待補項目】", "inside an HTML comment (not rendered): the pre-release to-do list"),
        L(228, "[x] 統一編號、登記地址、客服電話、隱私權信箱", "ticked to-do item inside the comment"),
        L(233, "若日後啟用「量測資料自動上傳雲端」功能", "a future note inside the comment"),
        L(26, "62134975", "a filled unified business number"),
    ],
    "notes": "Line 12 '**適用範圍**' is a bold lead-in above a list (ambiguous heading). Clean: the comment block is "
             "not rendered and every item in it is filled. Repository SilverSole-Studio/silversole-app was claimed "
             "but not used by precision17 (the zh-TW file is not in its snapshot); the text here is the index's.",
}

DOCS["threeb-hk-md"] = {
    "file": "privacy.md",
    "source": idx("56770712090", "a React page whose privacyContent object holds en / zh-TW / zh-CN copy; the zh-TW "
                  "(Hong Kong company) entry rendered to Markdown by the rule in tools/extract28b.py"),
    "format": "md (from TSX object)", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a Hong Kong company site (3B Solutions Limited); short complete policy",
    "title": {"line": 1, "text": "私隱政策"},
    "headings": [H(5, 1), H(9, 1), H(13, 1), H(17, 1), H(21, 1), H(25, 1), H(29, 1), H(33, 1)],
    "placeholders": [],
    "look_alike_lines": [L(35, "info@3bs.com.hk", "a real contact e-mail")],
    "notes": "",
}

DOCS["hkfamilyfun-hk-tsx"] = {
    "file": "page.tsx",
    "source": idx("69268645613", "a Next.js page; headings are <InfoSection title=…> props"),
    "format": "html (tsx)", "script": "hant", "region": "hk", "languages": ["zh"], "kind": "clean",
    "repo_kind": "a Hong Kong family-activities site (HK Family Fun); short complete policy",
    "title": {"line": 7, "text": "私隱政策"},
    "headings": [H(10, 1, "1. 我們收集哪些資料"), H(15, 1, "2. 我們為何收集"), H(19, 1, "3. 是否必須提供"),
                 H(23, 1, "4. 我們與誰共享資料"), H(27, 1, "5. Cookies 及分析工具"), H(31, 1, "6. 直接促銷"),
                 H(35, 1, "7. 保留期限"), H(39, 1, "8. 資料安全"), H(43, 1, "9. 查閱及更正"), H(47, 1, "10. 聯絡方式"),
                 H(58, 1, "11. 政策更新")],
    "placeholders": [],
    "look_alike_lines": [
        L(50, '{" "}', "a JSX space expression before the e-mail link"),
        L(52, "info@hkfamilyfun.com", "a real contact e-mail"),
        L(6, 'eyebrow="Privacy Policy"', "an English eyebrow prop"),
    ],
    "notes": "The contact sentence runs over lines 49-54 (text, {\" \"}, link, 。).",
}


if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
