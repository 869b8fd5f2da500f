#!/usr/bin/env python3
"""Source of truth for /work/eval5/holdout/*/annotation.json.

Each document: source, format/script/region/languages, title, headings (line, level), placeholders
(line, text, note), ambiguous_lines (heading doubts), ambiguous_placeholder_lines, look_alike_lines, notes.
Heading texts are taken from the file (markup stripped) and checked to be non-empty; every placeholder
text and every expected heading fragment is checked to occur on its line. Run: python3 tools/annotate5.py
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")
SOURCES = {}
with open(os.path.join(HERE, "sources.tsv"), encoding="utf-8") as f:
    for row in f:
        n, r, p, c = row.rstrip("\n").split("\t")
        SOURCES[n] = (r, p, c)

LICENCE = {
    "parrot-md": "MIT (repository LICENSE at the commit)",
    "deadweek-txt": "MIT (repository LICENSE at the commit)",
    "lovebook-md": "Apache-2.0 (repository LICENSE at the commit)",
    "cagov-tw-md": "none at repository root (California state government site text)",
}


def clean(line):
    s = re.sub(r"<br\s*/?>.*", "", line) if "<h1" in line and "<br" in line else line
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).strip()
    s = re.sub(r"^#+\s*", "", s)
    s = s.replace("**", "").strip()
    return s


D = {}


def doc(name, fmt, script, region, langs, title, heads, ph=(), amb=(), amb_ph=(), look=(), notes=""):
    D[name] = dict(fmt=fmt, script=script, region=region, langs=langs, title=title, heads=heads, ph=ph,
                   amb=amb, amb_ph=amb_ph, look=look, notes=notes)


def L(level, *lines):
    return [(l, level) for l in lines]


# ---------------------------------------------------------------- documents with placeholders
doc("softlight-md", "md", "hans", "cn", ["zh"], 1,
    L(1, 5, 9, 28, 35, 39, 46, 50, 58, 64) + L(2, 11, 20),
    ph=[(7, "[您的姓名/公司名]", "developer/company name slot in the opening sentence"),
        (68, "[您的邮箱]", "contact e-mail slot"),
        (69, "[您的支持页面URL]", "support-page URL slot")],
    amb_ph=[(62, "（如适用） after 'show a notice in the app' - hedge, maybe a drafting aside")],
    notes="iOS screen-light app, AI-drafted, published with three bracket slots. ## sections, ### subsections.")

doc("gameclock-md", "md", "hans", "cn", ["zh"], 1,
    L(1, 5, 8, 26, 33, 36, 39, 42, 45, 49) + L(2, 16),
    ph=[(47, "[您的联系邮箱]", "contact e-mail slot, alone on its line")],
    amb_ph=[(3, "最后更新：[2024-10-28] - date filled in but the template brackets left around it (residue)")],
    notes="Chess-clock app. Zh translation of an English policy; only the contact slot is unfilled.")

doc("woyun-html", "html", "hans", "cn", ["zh"], 35,
    L(1, 45, 53, 59, 81, 87, 90, 94, 101, 105),
    ph=[(39, "填写说明（发布前请删除本框）", "instruction box for the publisher, says itself it must be deleted before release"),
        (46, "{{运营者姓名}}", "operator name slot"),
        (49, "{{联系邮箱}}", "e-mail slot"),
        (50, "{{联系电话}}", "phone slot"),
        (108, "{{运营者姓名}}", "operator name slot (contact section)"),
        (109, "{{联系邮箱}}", "e-mail slot (contact section)"),
        (110, "{{联系电话}}", "phone slot (contact section)"),
        (113, "{{生效日期}}", "effective-date slot")],
    amb_ph=[(40, "continuation of the instruction box"),
            (41, "{{隐私政策URL}} inside the instruction box: an example slot in the note, not in the policy text"),
            (42, "end of the instruction box")],
    look=[(36, "应用名称/版本/包名 meta line - filled")],
    notes="Android motion-sickness app. Published HTML with a yellow {{…}} slot style and a note box to delete; "
          "<h1> title, <h2> 一、… sections, permission table.")

doc("focusstar-md", "md", "hans", "cn", ["zh"], 1,
    L(1, 7, 22, 31, 45, 52, 61, 65, 69, 73) + L(2, 9, 15, 33, 36, 39),
    ph=[(3, "[当前日期]", "effective-date slot (in a ## line)"),
        (78, "[您的公司地址]", "company address slot"),
        (82, "[当前日期]", "last-updated date slot in the closing italic line")],
    amb=[3],
    look=[(77, "support@healthrecord.app - a filled address (domain not verified)")],
    notes="HealthRecord app. Line 3 is a `## 生效日期：[当前日期]` line: rendered as an h2 but it is a date line, "
          "so it is in ambiguous_lines for headings; as a placeholder it is certain.")

doc("watchweb-tw-html", "html", "hant", "tw", ["zh"], 68,
    L(1, 72, 76, 88, 93, 101, 115, 125, 130, 134, 141, 146, 150, 155, 160, 165),
    ph=[(79, "02-1234-5678", "dummy phone number (1234-5678 filler)"),
        (80, "a123456789@watch.com.tw", "dummy e-mail (a123456789 filler)"),
        (161, "a123456789@watch.com.tw", "same dummy e-mail repeated in the notice clause")],
    amb=[173, 182, 190],
    amb_ph=[(77, "【寶島鐘錶股份有限公司】 - name filled but template brackets left (residue)"),
            (81, "地址：PH35+J3Q 武藏野市 日本東京都 - a Google plus code in Tokyo for a Taiwanese company; odd but filled"),
            (162, "continuation of the address in the notice clause")],
    notes="Student watch-shop site (links to 127.0.0.1). Page titled 隱私權政策 but the text is a terms-of-service page "
          "(經銷商/代理商網站服務條款) with a personal-data clause. Headings are <h5><b>; body text is in <h6> "
          "(not headings). Footer column titles <h4> 品牌/用戶服務/條款相關 are site chrome: ambiguous_lines. "
          "Contact data are obvious fillers.")

doc("danchi-md", "md", "hans", "cn", ["zh"], 1,
    L(1, 7, 18, 23, 27),
    ph=[(1, "草案", "draft marker in the title (DanChi 隐私政策草案)"),
        (25, "商业发布前应补充监护人同意、客服反馈和注销删除流程", "note to the author: what to add before commercial release")],
    amb_ph=[(29, "后续账号版本需要提供应用内注销与云端数据删除入口 - future requirement, reads like a to-do"),
            (20, "为后续…预留 - describes a reserved permission; not a slot")],
    notes="Vocabulary app for middle-school students; short draft in docs/. No operator, no contact at all "
          "(not annotated as a slot: there is no field).")

doc("ericocz-md", "md", "hans", "cn", ["zh"], 1,
    L(1, 8, 26, 31, 35, 40, 45) + L(2, 10, 14, 17, 22),
    ph=[(6, "上架 Chrome/Edge 商店时需提供本政策的可访问 URL，并补充英文版本", "note to the publisher inside the intro blockquote"),
        (46, "<待填写：维护者邮箱>", "maintainer e-mail slot"),
        (50, "待办（上架前）", "TODO blockquote at the end: publish URL, add English version")],
    notes="Browser translation extension. Bold-only lines (账号信息… etc.) are sub-headings of 一、 (level 2).")

doc("parrot-md", "md", "hans", "cn", ["zh"], None,
    L(1, 1, 5, 20, 28, 33, 37, 41, 45),
    ph=[(49, "以上模版仅供参考", "template disclaimer left at the end (customise before use)")],
    amb=[7, 11, 16],
    amb_ph=[(47, "联系我们 section with no contact data at all (missing, not a slot)")],
    notes="Language-learning app 语鹦助手. No title line; sections are `一、**引言**` lines (plain text numbering with "
          "bold). `1. **收集的信息**：` list items followed by nested lists look like sub-headings: ambiguous_lines.")

doc("ibox-md", "md", "hans", "cn", ["zh"], 1,
    L(1, 5, 10, 15, 24, 29),
    ph=[(34, "这只是一个基本的用户协议和隐私政策的示例", "AI-template closing note: adapt and consult a lawyer")],
    amb_ph=[(32, "请通过我们的联系方式与我们联系 - no contact given anywhere (missing, not a slot)")],
    notes="Screen-casting app; generic AI text, operator never named.")

# ---------------------------------------------------------------- clean documents (precision)
doc("vojing-txt", "txt", "hans", "cn", ["zh"], 2,
    L(1, 13, 23, 33, 43, 58, 67, 77, 88, 94),
    look=[(18, "Cloud/<您的用户名>/ - a path pattern, not a slot")],
    notes="Plain text with ==== frame around the title and ---- underlines under 一、… headings; hard-wrapped lines.")

doc("xiujia-txt", "txt", "hans", "cn", ["zh"], 1,
    L(1, 22, 38, 42, 46, 50, 54, 58, 62),
    amb=[6],
    look=[(13, "lines 13-20 repeat the section titles as a contents list (not headings)")],
    notes="Offline web game 锈甲长歌. Plain text; title repeated on line 6 (ambiguous). Contents list 13-20 has the same "
          "text as the real headings 22-62.")

doc("cagov-tw-md", "md", "hant", "us", ["zh"], 11,
    L(1, 32, 50, 67, 87, 97, 112, 124, 128, 135, 139, 147),
    look=[(156, "電話：[916-239-8193](tel:916-238-8193) - link target differs from the text, filled")],
    notes="California Office of Data and Innovation, Traditional Chinese for US readers (region us, Taiwan-style wording; "
          "see README). Jekyll front matter with title; visible # title on line 11; no final newline.")

doc("deadweek-txt", "txt", "hans", "cn", ["zh"], 1,
    L(1, 27, 84, 96, 107, 144, 154, 165, 214, 223, 232)
    + L(2, 29, 49, 59, 69, 109, 113, 119, 123, 127, 169, 173, 182, 188, 194, 200)
    + L(3, 33, 37, 41, 45),
    amb=[98, 102],
    look=[(13, "bold lead-in before the contents list"), (125, "本合同 in a policy - template residue, not a slot")],
    notes="Game 期末周 Dead Week. A .txt file written in Markdown (#, ##, ###, bold, tables): a reader of the raw text "
          "still sees the outline. `**1. 完成登录**` bold lines are level 3 under （一）. `1. **我们如何使用 Cookies**` "
          "numbered bold list items (98, 102) are ambiguous.")

doc("changzheng-html", "html", "hans", "cn", ["zh"], 81,
    L(1, 90, 102, 150, 173, 186, 194, 203, 217) + L(2, 92, 95, 142, 152, 159, 166, 175, 178),
    amb=[212],
    amb_ph=[(170, "（如功能支持） aside on the export right - hedge, maybe a drafting leftover")],
    look=[(83, "birthday dedication under the title - odd but intended")],
    notes="History-education app. <h1> in a hero header with date lines, <h2> 一、, <h3> 1.1; <b>应用信息</b> box label ambiguous.")

doc("gigalpha-tw-html", "html", "hant", "tw", ["zh", "en"], 75,
    L(1, 82, 105, 115, 123, 126, 129, 135, 141, 144, 147, 150, 153, 165) + L(2, 84, 94),
    notes="Taiwanese delivery-driver app; site header/nav above the <h1>, title with an English subtitle in "
          "<br><span>, bilingual headings 中文 (English).")

doc("vlimo-tw-html", "html", "hant", "tw", ["zh"], 86,
    L(1, 92, 117, 130, 141) + L(2, 93, 95, 102, 104, 106),
    amb=[156, 170, 177, 186],
    notes="Taiwanese car-rental company site: mobile nav, eyebrow 'Privacy Policy' above the <h2> title, <h3>/<h4> "
          "sections, footer with <h3> column titles (site chrome: ambiguous_lines).")

doc("memopill-html", "html", "hans", "cn", ["zh"], 84,
    L(1, 92, 98, 128, 151, 168, 178, 189, 198, 207) + L(2, 100, 107, 113, 119, 130, 136, 143, 153, 159),
    notes="iOS to-do app 小胶囊; <header><h1> + subtitle, <section><h2>/<h3>, footer with the date.")

doc("lovebook-md", "md", "hans", "cn", ["zh"], 1,
    L(1, 7, 26, 53, 63, 83, 88) + L(2, 12, 21, 28, 38, 45),
    amb=[67, 69, 71],
    amb_ph=[(3, "【恋爱记录本】 - app name filled but the template brackets left (residue)")],
    notes="Couple diary app. Inconsistent depths: `##` is the title, `###` the sections, `####` the subsections. "
          "Numbered rights 1./2./3. with indented text (67, 69, 71) read like sub-headings: ambiguous_lines.")

doc("conflux-md", "md", "hans", "cn", ["zh"], 1,
    L(1, 7, 40, 52, 58, 64, 74, 88, 92) + L(2, 11, 15, 20, 25, 30, 34, 76, 80, 85),
    amb_ph=[(25, "（如适用） in a sub-heading - hedge on a feature the app has; maybe a drafting aside")],
    look=[(34, "（按系统实际申请为准） - a real qualification, not a slot"), (96, "（正文完） end marker")],
    notes="Link-collection app. Markdown file with no markup at all: bare title line, 一、 sections, `1. 账号信息` "
          "title lines followed by · bullets (level 2; in a Markdown renderer they merge with the next line, the "
          "outline a reader perceives is from the numbering). Numbered lines with body text (44-48, 60-62, 68-72) "
          "are list content.")

doc("speedmath-hk-md", "md", "hant", "hk", ["zh"], 1,
    L(1, 9, 24, 34, 41, 48, 55, 64),
    notes="Hong Kong Traditional Chinese (私隱, 流動) version of a math-game policy; sections separated by --- rules.")


def main():
    errors = 0
    tot_h = tot_p = 0
    for name, d in sorted(D.items()):
        folder = os.path.join(BASE, name)
        files = [x for x in os.listdir(folder) if x != "annotation.json"]
        assert len(files) == 1, (name, files)
        with open(os.path.join(folder, files[0]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        repo, path, commit = SOURCES[name]
        title = None
        if d["title"]:
            title = {"line": d["title"], "text": clean(lines[d["title"] - 1])}
        heads = []
        for ln, lv in sorted(d["heads"]):
            t = clean(lines[ln - 1])
            if not t:
                print(f"{name}: empty heading text at {ln}"); errors += 1
            heads.append({"line": ln, "level": lv, "text": t})
        seen = set()
        for h in heads:
            if h["line"] in seen:
                print(f"{name}: duplicate heading line {h['line']}"); errors += 1
            seen.add(h["line"])
        phs = []
        for ln, text, note in d["ph"]:
            if text not in lines[ln - 1]:
                print(f"{name}: placeholder {text!r} not on line {ln}: {lines[ln - 1][:80]!r}"); errors += 1
            phs.append({"line": ln, "text": text, "note": note})
        ann = {
            "source": {"repo": repo, "path": path, "commit": commit,
                       "license": LICENCE.get(name, "none (no licence file)")},
            "format": d["fmt"], "script": d["script"], "region": d["region"], "languages": d["langs"],
            "title": title, "headings": heads, "placeholders": phs,
            "ambiguous_lines": list(d["amb"]),
            "ambiguous_placeholder_lines": [ln for ln, _ in d["amb_ph"]],
            "ambiguous_placeholder_notes": [{"line": ln, "note": n} for ln, n in d["amb_ph"]],
            "look_alike_lines": [{"line": ln, "note": n} for ln, n in d["look"]],
            "notes": d["notes"],
        }
        with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        tot_h += len(heads); tot_p += len(phs)
        print(f"{name:20s} headings {len(heads):3d}  placeholders {len(phs):2d}  title {title['text'] if title else None}")
    print(f"total: {len(D)} documents, {tot_h} headings, {tot_p} placeholders")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
