#!/usr/bin/env python3
"""Source of truth for eval/blind/round30/holdout/*/annotation.json (hand annotations, round 30).

Each DOCS entry is written to holdout/<name>/annotation.json after checking that every heading text,
placeholder text, title and look-alike text occurs on its line of the stored file (whitespace-insensitive;
DOCX: the line is the 1-based index of the <w:p> paragraph in word/document.xml, policylens' numbering).

    python3 tools/annotate30.py [name ...]

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


NOID = ("unknown: index text only; the repository could not be identified (the search index gave the file's text by id, "
        "without its repository or path)")


def md_headings(name, fname, levels, skip=()):
    """Headings of a Markdown file from its '#' lines (line 1, the title, excluded); level = levels['#' count]."""
    lines = read_lines(os.path.join(BASE, name, fname))
    out = []
    for i, raw in enumerate(lines, 1):
        m = re.match(r"^(#{1,6})\s", raw)
        if m and i != 1 and i not in skip:
            out.append(H(i, levels[len(m.group(1))]))
    return out


def idx(id_, note=""):
    return {"repo": None, "path": None, "commit": None, "index_id": id_, "license": NOID, "note": note}


# ------------------------------------------------------------------------------------------------------
# Documents with unfilled slots (one placeholder entry per slot line; the scorer matches by line)
# ------------------------------------------------------------------------------------------------------

DOCS["chattree-bi-md"] = {
    "file": "PRIVACY.md", "kind": "template", "repo_kind": "index", "script": "latin+hans", "lang": "en+zh",
    "source": idx("54877110031", "whole file, 4,659 characters as the index stores them"),
    "title": {"line": 1, "text": "ChatTree Privacy Policy"},
    "headings": [H(9, 1)] + [H(n, 2) for n in (11, 15, 24, 30, 36, 44, 48, 57, 61)] + [H(69, 1)]
                + [H(n, 2) for n in (77, 81, 90, 96, 102, 110, 114, 123, 127)],
    "placeholders": [
        P(65, "Before public submission, replace this line with a support email or public issue tracker URL.",
          "English half: the support contact is an instruction to replace this line"),
        P(131, "公开提交前，请把这一行替换为支持邮箱或公开 issue tracker URL。",
          "Chinese half: the same instruction; the contact is missing"),
    ],
    "ambiguous_placeholder_lines": [7, 75],
    "look_alike_lines": [
        L(3, "[简体中文](#chattree-隐私政策)", "Markdown link to the other edition"),
        L(63, "Maintainer: `liberate-sfe`", "a filled maintainer name in a code span"),
        L(71, "[English](#english)", "Markdown link"),
    ],
    "notes": "Lines 7/75 call the text a publishable draft and tell the operator to host it (a publishing note, "
             "not a slot): ambiguous.",
}

DOCS["islemind-draft-md"] = {
    "file": "privacy-draft.md", "kind": "draft", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
    "source": idx("68815676751", "extraction (tools/index/islemind.rule): the section '## 隐私政策草稿…' of a Google "
                  "Play release-preparation document, up to the line before '## 官方依据'"),
    "headings_annotated": False,
    "title": {"line": 1, "text": "隐私政策草稿（待确认，勿直接发布）"},
    "placeholders": [
        P(1, "隐私政策草稿（待确认，勿直接发布）", "draft marker: to be confirmed, not to be published"),
        P(3, "必须填写全部 `【待确认】`", "instruction to the drafter: fill every 【待确认】"),
        P(4, "公开版本需提供面向上架地区的对应语言", "instruction to the operator: language versions still to provide"),
        P(8, "生效日期：【待确认】。运营者／数据责任主体：【待确认】。隐私与支持联系方式：【待确认公开邮箱】",
          "effective date, operator and contact e-mail unfilled"),
        P(15, "【待确认：运营者是否提供任何中转", "recipients still to list"),
        P(18, "【待确认：准确权限清单及拒绝后的可用功能。】", "permission list still to write"),
        P(21, "【待确认：备份范围、所有传输协议、访问控制和保护措施。】", "security measures still to write"),
        P(24, "【待确认：本地残留", "retention periods still to write"),
        P(26, "【待确认：目标受众、年龄要求", "audience, regions and rights still to write"),
        P(28, "【待确认的通知方式】", "notification channel unfilled"),
    ],
    "look_alike_lines": [L(6, "**IsleMind 隐私政策**", "the quoted policy's bold title")],
}

DOCS["wangdai-agreement-tsx"] = {
    "file": "agreement.tsx", "kind": "template", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
    "source": idx("63181951442", "whole file (Taro TSX page), 8,551 characters; a user agreement of a local-only tool, "
                  "with its privacy statement (1.2)"),
    "title": {"line": 31, "text": "网贷利率测 · 用户协议"},
    "ambiguous_lines": [26],
    "headings": [H(n, 1) for n in (56, 73, 92, 130, 143, 153, 166, 176, 189)],
    "placeholders": [
        P(37, "[开发者名称]", "the operator's name unfilled"),
        P(171, "[开发者所在地]", "the court's place unfilled"),
        P(194, "[填写联系邮箱]", "contact e-mail: a filling instruction in brackets"),
        P(197, "[填写联系地址]", "contact address: a filling instruction in brackets"),
    ],
    "look_alike_lines": [
        L(27, '<View className="placeholder" />', "a layout element whose class is called placeholder"),
        L(32, "版本：V1.0", "a filled version"),
        L(33, "更新日期：2026年7月6日", "a filled date"),
    ],
}

DOCS["leyun-sdk-md"] = {
    "file": "sdk-list.md", "kind": "template", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
    "source": idx("61659381044", "whole file, 1,835 characters: a third-party SDK and permission list (part of the "
                  "app's privacy disclosures)"),
    "title": {"line": 1, "text": "乐云音乐第三方SDK与权限清单"},
    "headings": [H(9, 1), H(11, 2), H(20, 2), H(30, 1), H(32, 2), H(40, 2), H(51, 1), H(60, 1), H(67, 1)],
    "placeholders": [
        P(4, "**生效日期：20XX年XX月XX日**", "effective date: X-run year, month and day"),
        P(5, "**更新日期：20XX年XX月XX日**", "update date: X-run"),
    ],
    "look_alike_lines": [
        L(3, "**版本：V1.0**", "a filled version in bold"),
        L(17, "FOREGROUND_SERVICE / FOREGROUND_SERVICE_MEDIA_PLAYBACK", "upper-case permission names"),
        L(75, "（全文完）", "end mark"),
    ],
}

DOCS["ime-template-md"] = {
    "file": "privacy-template.md", "kind": "template", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
    "source": idx("52001587821", "extraction (tools/index/ime.rule): the ```markdown block under '### 9.1 隐私政策模板' "
                  "of an Android input-method security audit report, fence lines excluded"),
    "title": {"line": 1, "text": "隐私政策"},
    "headings": [H(n, 1) for n in (5, 11, 20, 29, 36, 43, 47, 51, 55)],
    "placeholders": [
        P(3, "最后更新日期：2024年XX月XX日", "month and day left as XX"),
        P(7, "【输入法应用名称】", "the app's name: a field name in 【】"),
        P(57, "privacy@example.com", "contact e-mail on the reserved example.com domain"),
    ],
    "look_alike_lines": [L(13, "**本应用不收集任何个人信息。**", "a bold statement, not a heading")],
}

DOCS["szr-clone-vue-md"] = {
    "file": "clone-agreement.md", "kind": "template", "repo_kind": "index", "script": "hans/cn", "lang": "zh",
    "source": idx("3528837780", "extraction (tools/extract30.py) of the agreement dialog of a Vue page: a digital-human "
                  "clone agreement with a personal-information section"),
    "title": {"line": 1, "text": "数字人克隆协议"},
    "headings": [H(n, 1) for n in (3, 9, 19, 33, 51, 59, 67, 75)],
    "placeholders": [P(5, "[]（以下简称“我们”或“公司”）", "the company's name: empty square brackets")],
    "look_alike_lines": [L(17, "《隐私政策》", "a reference to the privacy policy")],
}

DOCS["xdag-bi-md"] = {
    "file": "PRIVACY.md", "kind": "template", "repo_kind": "index", "script": "latin+hans", "lang": "en+zh",
    "source": idx("71562463873", "whole file, 2,533 characters; the repository named in the text (xdagx/xdagx) has no "
                  "snapshot here"),
    "title": {"line": 1, "text": "__NAME__ — Privacy Policy / 隐私政策"},
    "headings": [H(5, 1), H(33, 1)],
    "placeholders": [
        P(1, "__NAME__", "the product's name: a double-underscore token in the title"),
        P(7, "__NAME__ (\"the extension\")", "English half: the name token"),
        P(35, "__NAME_ZH__（以下简称“本插件”）", "Chinese half: the Chinese name token"),
    ],
    "look_alike_lines": [
        L(3, "_Last updated / 最后更新：2026-09-25_", "a filled date in italics"),
        L(15, "`mainnet-rpc.xdagj.org`", "host names in code spans"),
    ],
    "notes": "The tokens are replaced by a build step; the file as kept (and as a reviewer reads it) names no product.",
}

DOCS["kpet-tw-tsx"] = {
    "file": "privacy.tsx", "kind": "template", "repo_kind": "index", "script": "hant/tw", "lang": "zh",
    "source": idx("58551295476", "whole file (Expo React Native screen), 6,076 characters"),
    "title": {"line": 45, "text": "隱私政策"},
    "headings": [H(n, 1) for n in (62, 76, 92, 103, 111, 123, 127, 138, 142, 146)],
    "placeholders": [
        P(54, "生效日期：【西元○○○○年○○月○○日】", "effective date: circle blanks in 【】"),
        P(55, "最後更新日期：【西元○○○○年○○月○○日】", "update date: circle blanks"),
        P(59, "【服務名稱】（以下簡稱「本服務」）由【公司名稱／經營者姓名】提供", "service and operator names"),
        P(148, "個人資料保護聯絡窗口：【姓名／部門】", "contact person unfilled"),
        P(149, "電子郵件：【privacy@example.com】", "example e-mail in 【】"),
        P(150, "服務時間：【週一至週五 09:00–18:00】", "example service hours in 【】 (to be confirmed)"),
        P(151, "地址：【公司地址】", "address unfilled"),
        P(158, "請務必依實際資料流程逐項核實填寫【　】處內容", "note to the drafter: fill every 【　】, legal review"),
    ],
    "look_alike_lines": [
        L(79, "資料類別", "a table header cell"),
        L(108, "請透過本政策第十二點所列聯絡方式提出申請", "a cross-reference (to a section that is 十), not a slot"),
        L(152, "您亦得向國家發展委員會或其他權責機關提出申訴。", "a filled authority"),
    ],
}

# ------------------------------------------------------------------------------------------------------
# Clean documents
# ------------------------------------------------------------------------------------------------------

DOCS["clearcache-md"] = {
    "file": "PRIVACY_zh_CN.md", "kind": "clean", "repo_kind": "blob", "script": "hans/cn", "lang": "zh",
    "source": src("soyof/clearCache", "privacy/PRIVACY_zh_CN.md", "af493e07cd46cd6dac6a5272e24b1d36bb34bb2f",
                  "MIT (LICENSE file)"),
    "title": {"line": 1, "text": "隐私政策 (Privacy Policy)"},
    "headings": md_headings("clearcache-md", "PRIVACY_zh_CN.md", {2: 1, 3: 2}),
    "placeholders": [],
    "look_alike_lines": [
        L(228, "somuns.os@qq.com", "a real e-mail"),
        L(208, "[https://github.com/soyof/clearCache](https://github.com/soyof/clearCache)", "Markdown link"),
        L(340, "**本隐私政策最后更新于：2025 年 10 月 21 日**", "a filled date in bold"),
    ],
}

DOCS["createhub-hk-tsx"] = {
    "file": "page.tsx", "kind": "clean", "repo_kind": "index", "script": "hant/hk", "lang": "zh (Cantonese)",
    "source": idx("57107742255", "whole file (Next.js page), 4,975 characters"),
    "title": {"line": 14, "text": "私隱政策"},
    "ambiguous_lines": [5],
    "headings": [H(n, 1) for n in (22, 27)] + [H(28, 2), H(37, 2)]
                + [H(n, 1) for n in (44, 56, 93, 107, 112, 126, 135, 140, 145, 150)],
    "placeholders": [],
    "look_alike_lines": [
        L(155, "{SITE.email}", "a contact value from a constant (filled at build), not a slot"),
        L(157, "地址：{SITE.address}", "likewise"),
        L(34, "付款卡片資料**完全由 Stripe 處理", "literal asterisks in JSX text"),
    ],
}

DOCS["wecareu-bi-md"] = {
    "file": "privacy.md", "kind": "clean", "repo_kind": "index", "script": "latin+hans", "lang": "en+zh",
    "source": idx("33374135433", "extraction (tools/extract30.py): the en and zh-CN objects of an i18next resource"),
    "title": {"line": 1, "text": "Privacy Policy"},
    "ambiguous_lines": [31],
    "headings": [H(n, 1) for n in (5, 11, 17, 21, 25, 35, 41, 47, 51, 55)],
    "placeholders": [],
    "ambiguous_placeholder_lines": [3, 33],
    "look_alike_lines": [
        L(3, "[wecareu]", "brackets kept around the filled app name (the pt-BR edition has the same names without "
                          "brackets): the project's placeholder-residue warning by design, not a slot"),
        L(33, "[Lameditech]", "the same in the Chinese half"),
        L(29, "These terms are effective from February 1, 2024.", "a filled date"),
    ],
}

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(DOCS)
    ok = all([check_and_write(n, DOCS[n]) for n in names])
    sys.exit(0 if ok else 1)
