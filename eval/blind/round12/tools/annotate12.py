#!/usr/bin/env python3
"""Source of truth for eval/blind/round12/holdout/*/annotation.json (hand annotations, round 12).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate12.py [name ...]

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
DOCS["limi-uniapp-vue"] = {
    "file": "privacy-policy.vue",
    "source": src("yueyefengs/limi-app", "pages/settings/privacy-policy.vue", "02b13cf186edb55368d9c5ec29cc6de8d4840cec"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "uni-app children's AI study app; the policy is a .vue page (scroll-view of <view>/<text> elements)",
    "title": {"line": 8, "text": "隐私政策"},
    "headings": [H(20, 1), H(23, 2), H(34, 2), H(47, 1), H(62, 1), H(75, 1), H(88, 1), H(101, 1), H(117, 1),
                 H(125, 1), H(133, 1)],
    "placeholders": [
        P(138, "400-123-4567", "dummy sequential hotline number standing in for the operator's real number (a sample value, not a filled one)"),
    ],
    "ambiguous_placeholder_lines": [137, 139],
    "notes": "The whole contact block reads as sample data: 400-123-4567 is the dummy number (placeholder); the e-mail "
             "privacy@xiaozhi.com (137) cannot be checked and the address '北京市海淀区中关村软件园' (139) has no street "
             "number: ambiguous placeholder lines. Date line 13 is not a heading. No operator (company) is named anywhere: a "
             "missing disclosure, not a slot.",
}

DOCS["postwork-uniapp-vue"] = {
    "file": "PrivacyPolicy.vue",
    "source": src("kakajun/postwork", "src/pages-me/PrivacyPolicy.vue", "838da11b277b0ab1b2e30ef456ff767458f5cb93",
                  "MIT (repository licence)"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "filled-in",
    "repo_kind": "uni-app (Vue 3 <script setup>) job app; the policy is a .vue page of <text> elements",
    "title": {"line": 22, "text": "隐私政策"},
    "headings": [H(35, 1), H(36, 2), H(43, 2), H(53, 1), H(67, 1), H(81, 1), H(82, 2), H(87, 2), H(99, 1), H(113, 1),
                 H(121, 1), H(129, 1), H(137, 1)],
    "placeholders": [
        P(141, "privacy@example.com", "contact e-mail on the reserved example.com domain: a sample address, never filled"),
        P(142, "400-123-4567", "dummy sequential hotline number"),
        P(143, "xxx街道xxx号", "address with its street and number left as xxx"),
    ],
    "look_alike_lines": [
        L(23, "{{ lastUpdateTime }}", "Vue binding to lastUpdateTime = ref('2024年1月15日') in the page's script: filled"),
        L(152, "{{ lastUpdateTime }}", "same binding (effective date)"),
    ],
    "notes": "The contact block (141-143) is the template's sample data. The operator is never named ('我们的应用程序'): a "
             "missing disclosure, not a slot. {{ lastUpdateTime }} is bound in <script setup> (look-alike). "
             "section-title (1.-9.) and section-subtitle (1.1, 1.2, 4.1, 4.2) texts are the headings; the bullet lines "
             "inside <text class=\"section-content\"> are list content.",
}

# ------------------------------------------------------------------------------------------------------
# Clean policies (precision)
# ------------------------------------------------------------------------------------------------------
DOCS["voice-tw-vue"] = {
    "file": "privacy-policy.vue",
    "source": src("one-liang/voice-static", "pages/privacy-policy.vue", "22560baaab3d1cc77c25db266710004377be8745"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Nuxt site of a Taiwanese audio-book service (鏡好聽, 鏡文學股份有限公司); .vue page",
    "title": {"line": 9, "text": "隱私政策"},
    "headings": [H(n, 1) for n in (18, 29, 47, 58, 66, 93, 108, 134, 145)],
    "ambiguous_lines": [6, 17, 28, 46, 57, 65, 92, 107, 133, 144],
    "placeholders": [],
    "notes": "Each <h2> opens on one line and holds its text on the next: the text line is the heading, the tag line "
             "ambiguous. '(一)…(九)' numbering. The English 'privacy policy' slot (6) is a second title: ambiguous. "
             "'前項但書之情形包括不限於：' (72) is a list lead-in, not a heading.",
}

DOCS["swustmeow-dart-html"] = {
    "file": "privacy_text.html",
    "source": src("swust-store/swustmeow-app", "lib/data/privacy_text.dart", "7e9971167aa3b5315165078c09f7d579dccbac8e"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Flutter campus app; the policy is an HTML string constant in Dart (extracted: lines 1-243, the "
                 "`const privacyHTMLText = '''` opener removed)",
    "title": {"line": 1, "text": "西科喵隐私政策"},
    "headings": [H(26, 1), H(27, 2), H(61, 2), H(73, 2), H(89, 2), H(107, 1), H(108, 2), H(115, 2), H(151, 2),
                 H(183, 1), H(203, 1), H(236, 1)],
    "ambiguous_lines": [18, 30, 47, 129, 208, 227],
    "placeholders": [],
    "notes": "<h2>/<h3> headings; two h3 end in a colon ('1. 我们不会：', '2. 本应用可能需要的权限：') and are headings. "
             "List labels <p>账户信息</p> / <p>其他信息</p> (30, 47) and bold colon lead-ins (18, 129, 208, 227) are "
             "ambiguous. The table of contents (20-24) is an <ol>, not headings.",
}

DOCS["hongdou-js-html"] = {
    "file": "privacy.html",
    "source": src("czl0325/hondou-applet", "hongdou-applet/miniprogram/utils/text.js", "6025b680e4304043769d341a24f1059475ec6ddd"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "WeChat mini-program of an outdoor-travel company; the policy is a Word-exported HTML template string "
                 "returned by privacy() in utils/text.js (extracted: lines 2-287, the `  return `` opener removed)",
    "title": None,
    "headings": [H(48, 1, "一、我们如何收集和使用您的个人信息"), H(54, 2, "（一）实名注册并且登录"),
                 H(66, 2, "（二）向您提供产品及服务"), H(90, 2, "（三）为您提供安全保障"), H(99, 2, "（四）其他用途"),
                 H(108, 2, "（五）征得授权同意的例外"), H(150, 1, "二、我们如何使用Cookie和同类技术"),
                 H(159, 1, "三、如何共享、转让、公开披露您的个人信息"), H(162, 2, "（一）共享"), H(171, 2, "（二）转让"),
                 H(186, 2, "（三）公开披露"), H(198, 1, "四、我们如何保护您的个人信息"), H(216, 1, "五、您的信息保护权利"),
                 H(228, 1, "六、我们如何处理未成年人的个人信息"), H(237, 1, "七、跨境传输"),
                 H(249, 1, "八、个人敏感信息提示"), H(255, 1, "九、信息安全事件如何处置"),
                 H(261, 1, "十、本隐私权政策如何更新"), H(267, 1, "十一、适用法律及管辖"), H(273, 1, "十二、我们的联系方式")],
    "ambiguous_lines": [6],
    "placeholders": [],
    "notes": "MsoNormal <p>/<span> export: no heading markup, titles only by 一、/（一） numbering. The table of contents "
             "(9-42, same titles, '七、信息保存及跨境传输' differs from the body's '七、跨境传输') is not headings. Numbered "
             "'1.…' items are sentences (list content); section 四 skips item 3 (not a slot). No title in the string (the "
             "page title lives in the mini-program). Contact: company, phone 15960275146, address: filled.",
}

DOCS["beaver-uniapp-vue"] = {
    "file": "privacy.vue",
    "source": src("wsrh8888/beaver-mobile", "src/pages/privacy/privacy.vue", "1ca2b1d74be05252c58da1069775788c1a451d1e"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "uni-app chat app (海狸); .vue page whose app name and e-mail are Vue bindings to APP_CONFIG",
    "title": {"line": 11, "text": "{{ APP_CONFIG.name }}隐私政策"},
    "headings": [H(n, 1) for n in (18, 30, 44, 59, 64, 69, 80, 85)],
    "ambiguous_lines": [3],
    "placeholders": [],
    "look_alike_lines": [
        L(11, "{{ APP_CONFIG.name }}", "Vue data binding filled from the app config at run time (the previous commit had 海狸 here): not an unfilled slot"),
        L(15, "{{ APP_CONFIG.name }}", "same binding"),
        L(52, "{{ APP_CONFIG.name }}", "same binding"),
        L(92, "{{ APP_CONFIG.email }}", "binding to the configured contact e-mail"),
    ],
    "notes": "The {{ APP_CONFIG.* }} mustaches are bindings of the .vue page (filled when rendered), not template slots; "
             "a placeholder finding on 11/15/52/92 is a false positive. title=\"隐私政策\" on the layout component (3) is "
             "chrome: ambiguous. 'section-title' views '1. …'-'8. …' are the headings.",
}

DOCS["maxvision-js-md"] = {
    "file": "privacy.md",
    "source": src("JyHu/MaxVision", "js/privacy.js", "84827cd1c31ecf1cb5b5fd9d510447587c32bde9"),
    "format": "md", "script": "hans", "region": "cn", "languages": ["zh", "en"], "kind": "clean",
    "repo_kind": "macOS app's site; the bilingual Markdown policy is a JS template string rendered by the page "
                 "(extracted: lines 2-66)",
    "title": None,
    "headings": [H(n, 1) for n in (3, 9, 25, 33, 39, 45, 51, 57)],
    "placeholders": [],
    "notes": "Every '## n. 中文 / English' heading is one bilingual heading. No title inside the string (the page supplies "
             "it); line 1 is the bold update line. 'Last Updated: 2025' (year only) is vague, not a slot.",
}

DOCS["vmct-tw-md"] = {
    "file": "privacy.md",
    "source": src("Wulian233/vmct-cn.top", "src/tw/privacy.md", "c105ca4634beb8f5f09e1720e25e0a541538cb2c", "MIT (repository licence)"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "VitePress site of a Minecraft translation group; the Traditional Chinese page (first committed version)",
    "title": {"line": 2, "text": "隱私政策"},
    "headings": [H(n, 1) for n in (7, 19, 23, 27)],
    "placeholders": [],
    "notes": "Title in YAML front matter; '###' headings are the top level. Short policy.",
}

DOCS["phpweb-tw-html"] = {
    "file": "privacy_policy.html",
    "source": src("2112121/PHP-web", "privacy_policy.php", "4936570b5959100b70a7afd9f5d6be51f68f87ac"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "PHP shop site; the CKEditor HTML of privacy_policy.php (extracted: lines 13-71, between the PHP header "
                 "and footer includes)",
    "title": {"line": 8, "text": "隱私權聲明"},
    "headings": [H(n, 1) for n in (28, 38, 44)],
    "ambiguous_lines": [24],
    "placeholders": [],
    "notes": "Headings are bold <div><strong> labels; the bold lead-in ending in a colon (24) is ambiguous. The closing "
             "italic contact sentence (52) is not a heading. Contact e-mail filled.",
}

DOCS["cardowo-tw-dart-html"] = {
    "file": "policy_zh.html",
    "source": src("cyan92128505/cardowo", "lib/resources/policy_html.dart", "0d1417b1824bcd305724d76a26683bd7c5533e65"),
    "format": "html", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Flutter app; the Traditional Chinese policy is the HTML string returned by PolicyHTML.cnHTML(appName) "
                 "(extracted: lines 7-107, the Dart string body)",
    "title": None,
    "headings": [H(5, 1), H(7, 2), H(8, 3), H(13, 3), H(15, 3), H(26, 1), H(37, 1), H(42, 1), H(43, 2), H(52, 1),
                 H(54, 1), H(67, 1), H(72, 1), H(73, 2), H(82, 1), H(84, 1), H(87, 1), H(90, 1), H(93, 1), H(97, 1)],
    "ambiguous_placeholder_lines": [2, 3, 27, 41, 44, 47, 57, 71, 74, 77],
    "placeholders": [],
    "notes": "A Traditional Chinese translation of a privacypolicies.com generator policy. $appName is Dart string "
             "interpolation of the function's argument, filled when the app renders the page; in the extracted text it "
             "stands bare, so its lines are ambiguous placeholder lines (neither gold nor a false positive). Lines 57-86 "
             "repeat lines 27-56 (a copy-paste slip: the 資訊傳輸/資訊披露/資訊安全性/服務提供商 headings occur twice; "
             "each occurrence is a heading). No title inside the string. Contact e-mail filled.",
}

DOCS["kong-tw-md"] = {
    "file": "privacy.md",
    "source": src("kong0107/php-website-template", "data/privacy.md", "ab831b9781b82e54219abc53f513b3da89d706e1"),
    "format": "md", "script": "hant", "region": "tw", "languages": ["zh"], "kind": "clean",
    "repo_kind": "PHP website template (Taiwan); the site's Markdown privacy page, first committed version "
                 "(modelled on the Executive Yuan's site policy)",
    "title": {"line": 1, "text": "隱私權政策"},
    "headings": [H(n, 1) for n in (5, 10, 24, 29, 35, 40)],
    "placeholders": [],
    "notes": "Government-site style policy: no operator and no contact named (gaps a reviewer would raise, not slots). "
             "Nested '*' bullets are list content. Date line 3 is not a heading. One sentence (本網站主機均設有防火牆…) is "
             "common Taiwanese boilerplate also found in other documents of the project's data.",
}

DOCS["weixun-wxml-txt"] = {
    "file": "privacy.txt",
    "source": src("Jaric-x/drinking_diary_cursor", "pages/privacy/privacy.wxml", "53598a0dc5f85f372fe2e085007ffe9cbeebe68d"),
    "format": "txt", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "WeChat mini-program (drinking diary); the policy is a .wxml page, extracted as plain text (lines 21-130, "
                 "tags and comments removed, one source line per line)",
    "title": {"line": 1, "text": "微醺手记小程序隐私协议"},
    "headings": [H(n, 1) for n in (19, 33, 40, 60, 73, 80, 93, 103)],
    "placeholders": [],
    "notes": "Headings 一、…八、 sit directly above their first paragraph (no blank line between). The bold-label list items "
             "('为实现用户展示功能：…', '查阅、复制、更正和删除权：…', '存储期限：…') are list content. Dates 3-4 are not "
             "headings; the closing confirmation (110) is a paragraph.",
}

DOCS["zhishi-vue"] = {
    "file": "PrivacyPolicy.vue",
    "source": src("demokelite/zhishihunzi", "src/views/PrivacyPolicy.vue", "7ade5bcb9654627cc7840262a97bc70278081749"),
    "format": "html", "script": "hans", "region": "cn", "languages": ["zh"], "kind": "clean",
    "repo_kind": "Vue site (知识混子); short .vue policy page",
    "title": {"line": 9, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (17, 22, 32, 43, 48, 53, 58, 63)],
    "ambiguous_lines": [11],
    "placeholders": [],
    "notes": "<h2> '1. …'-'8. …'. The breadcrumb (11) is chrome: ambiguous.",
}

if __name__ == "__main__":
    only = sys.argv[1:]
    ok = True
    for name, d in DOCS.items():
        if only and name not in only:
            continue
        ok &= check_and_write(name, d)
    sys.exit(0 if ok else 1)
