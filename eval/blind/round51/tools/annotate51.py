"""Write eval/blind/round51's annotation.json files (u51k, by hand, before any run of policylens on the documents).

    python3 eval/blind/round51/tools/annotate51.py SRC_DIR

SRC_DIR holds one folder per document (the texts as written out from the search tool); the held-out draw is
ref/holdout-draw.txt (drawn before any run).
"""

import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE_LIC = "unknown (a published web page): all rights reserved; test fixture only"


def page(url, note, chars, fmt="plain text"):
    return {
        "repo": None,
        "path": None,
        "commit": None,
        "index_id": None,
        "url": url,
        "corpus": "pages",
        "license": PAGE_LIC,
        "note": note,
        "format": f"{fmt} as the pages corpus stores the page's beginning (an excerpt of {chars} characters, written out "
        "character for character; the corpus's punctuation kept), LF",
    }


def P(line, text, note):
    return {"line": line, "text": text, "note": note}


DOCS = {
    "xinghuo-legal-js": dict(
        file="legal-docs.js",
        kind="zh-Hans 综合服务协议 + 个人信息保护政策 of a tutoring platform (星火学伴), both as HTML strings in a browser script that opens them in a modal; the operator, its credit code and every contact left as the template's 【…】",
        script="hans/cn",
        lang="zh",
        source={
            "repo": None,
            "path": None,
            "commit": None,
            "index_id": "69428814239",
            "license": "unknown (no licence file could be read: the search index gives the text by id without its repository; file name chosen here)",
            "note": "whole file as the index gives it (11,953 characters, total_chars checked); the header comment names docs/服务协议.md and docs/个人信息保护政策.md as the synced drafts",
            "format": "JavaScript IIFE (browser script): `var SERVICE_HTML = DEMO_BANNER + '<p>…</p>' + …` string concatenations, shown by innerHTML in a modal",
        },
        placeholders=[
            P(
                13,
                "运营主体占位：【运营主体名称】，统一社会信用代码：【统一社会信用代码】",
                "the operator and its credit code left as slots (the demo banner, shown atop both documents); the same line says 正式上线前请委托专业律师审定",
            ),
            P(20, "指由【运营主体名称】运营的", "the operator's name, a slot in the terms' definitions"),
            P(
                54,
                "提交【运营主体名称】住所地有管辖权的人民法院",
                "the operator's name, a slot in the jurisdiction clause (the line also says 演示模板，正式版以审定条款为准)",
            ),
            P(60, "客服邮箱【客服邮箱】、客服电话【客服电话】", "contact mailbox and phone left as slots (「联系方式（演示占位）」)"),
            P(
                101,
                "运营主体：【运营主体名称】；个人信息保护负责人/邮箱：【隐私邮箱】；客服电话：【客服电话】；联系地址：【联系地址】",
                "the privacy policy's contact section: every value a slot",
            ),
        ],
        ambiguous=[12, 18, 64],
        ambiguous_note="L12 「本文本为「星火学伴」产品演示 / MVP 法律页面模板，仅供界面展示」 (the text calls itself a demo template: a publisher's note, debatable as a slot of its own; L13 is the banner's slot line); L18, L64 「版本：演示模板 v1.0」 (a version label naming the template); not scored either way",
        lookalikes="L52 「演示环境中的数据…可能为模拟或样例」, L78 「演示产品默认不跨境」, L95 「演示环境中的统计能力可能简化或关闭」: statements about the demo, not slots; 「一课一约、一课一消」 quoted terms",
    ),
    "haoluo-zh-txt": dict(
        file="page.txt",
        kind="published zh-Hans 用户隐私政策 of a home-services platform (海螺姑娘), hosted by Tencent's privacy-policy service; the defined name of the operator deleted from its 下称 bracket",
        script="hans/cn",
        lang="zh",
        source=page(
            "https://cftweb.3g.qq.com/privacy/privacyPolicy?content_id=44b7f782fb92cc50265b92c1b1ebbf00",
            "「海螺姑娘经营者(下称或称“我们”)」: the template's 「(下称“XX”或称“我们”)」 with its short name deleted; the operator is never named in the excerpt (the same host served round50's x8sandbox, a different policy of a different company)",
            711,
        ),
        placeholders=[P(7, "(下称或称“我们”)", "a deleted defined name: 下称 with nothing before 或称")],
    ),
    "yiyou-en-txt": dict(
        file="page.txt",
        kind="published English 'Application Privacy Policy' of a Chinese developer (yiyoukeji) whose company name and app name were never filled",
        script="latin",
        lang="en",
        source=page(
            "http://foreignfiles-ger2.yiyoukeji.cn/english/file/privacy.html",
            "the first sentence opens on the bracket that should follow the company's name: '(hereinafter referred to as \"Company\", …), recognizes'; the product is 'our software product [APP]'",
            2001,
        ),
        placeholders=[
            P(
                7,
                '(hereinafter referred to as "Company", "we", "our company"), recognizes … our software product [APP]',
                "the company's name deleted before its definition bracket (the sentence has no subject), and [APP] standing for the app's name",
            ),
        ],
    ),
    "jaeyeon-en-txt": dict(
        file="page.txt",
        kind="published English privacy page that is still the template: 'Example App', and notes telling the publisher to tailor and replace the text",
        script="latin",
        lang="en",
        source=page(
            "https://jaeyeon423.com/privacy",
            "the page says 'This template explains how Example App may handle personal information. Review and tailor each section … before launch or app submission.'; the retention section keeps 'Replace this template language with your actual retention periods …'; the sharing list opens 'Do not list providers here unless they are' (cut by the excerpt)",
            1977,
        ),
        placeholders=[
            P(
                5,
                "This template explains how Example App … Review and tailor each section so it matches your actual data flows before launch or app submission.",
                "the template's own note to the publisher, and the app's name left as Example App",
            ),
            P(12, "Example App may collect", "the app's name left as the template's Example App"),
            P(
                30,
                "Replace this template language with your actual retention periods …",
                "a drafting instruction left in the published text",
            ),
            P(40, "Do not list providers here unless they are", "a drafting instruction standing as the sharing list's item"),
        ],
    ),
    "velcro-en-txt": dict(
        file="page.txt",
        kind="published English privacy policy of a generator's output whose version line has no date and whose service is 'Our Service'",
        script="latin",
        lang="en",
        source=page(
            "https://terms.studio-velcro.com/privacy",
            "'Version 1.0 —' with nothing after the dash (the date of the version left empty); the service is 'Our Service (the \"Service\")' and the publisher 'the Developer'",
            1999,
        ),
        placeholders=[P(2, "Version 1.0 —", "an empty value after the version's dash: the date never filled")],
        ambiguous=[3],
        ambiguous_note="L3 'when you use Our Service (the \"Service\")': a generator's default where the service's name belongs (capitalised 'Our Service'); 'the Developer' is a normal generic; not scored",
    ),
    "abg-zh-en-txt": dict(
        file="page.txt",
        kind="clean; published zh-Hans + English privacy page (each paragraph Chinese then English) of an app",
        script="hans/cn",
        lang="zh+en",
        source=page(
            "https://www.abg8838.net/obprivacy.html", "clean; a sibling page www.abg8878.net (same operator) was claimed and not used", 1259
        ),
        placeholders=[],
    ),
    "mcjdhjj-tw-txt": dict(
        file="page.txt",
        kind="clean; published **Taiwan** 個人資料暨隱私權保護政策 of a digital-marketing company (易亨數位行銷有限公司), 個資法 purposes with their codes",
        script="hant/tw",
        lang="zh",
        source=page("https://mcjdhjj.com/privateN.html", "clean; indented with runs of spaces as the page's text", 762),
        placeholders=[],
    ),
    "hejiaoyu-zh-txt": dict(
        file="page.txt",
        kind="clean; published zh-Hans 和教育产品隐私政策 (China Mobile's education product)",
        script="hans/cn",
        lang="zh",
        source=page(
            "https://edu.10086.cn/cloud/pages/Intro/privacy_policy.jsp",
            "clean; blank lines holding a space, 「IDFA  、」 with two spaces as the page has them",
            752,
        ),
        placeholders=[],
    ),
    "qiaoran-zh-vue": dict(
        file="page.vue",
        kind="clean; published zh-Hans 隐私政策 of a voice app (悄然声色) whose page is a Vue template (the corpus stored the page's source); cut off by the excerpt inside the address",
        script="hans/cn",
        lang="zh",
        source=page(
            "http://dzwap.txyapp.com",
            "clean; the mailbox is written 「47698888&nbsp;</span>@qq.com」 (split by markup: a real QQ mailbox); the file is cut at the excerpt's end (tags never closed)",
            1151,
            fmt="Vue single-file component (template only)",
        ),
        placeholders=[],
    ),
    "yijian-zh-txt": dict(
        file="page.txt",
        kind="clean; published zh-Hans 用户隐私政策 of a phone-migration app (一键换机)",
        script="hans/cn",
        lang="zh",
        source=page(
            "https://short.ss.bscstorage.com/privacy/a520cb3e64a3other.html",
            "clean; blank lines holding a space as the corpus stores them",
            749,
        ),
        placeholders=[],
    ),
    "weishi-zh-en-txt": dict(
        file="page.txt",
        kind="clean; published zh-Hans + English privacy policy of an app named 「什么?」 (English: Weishiwujing), each paragraph in both languages, a Markdown-like table",
        script="hans/cn",
        lang="zh+en",
        source=page(
            "https://weishiwujing.com/Privacy_Policy.html",
            "clean; the Chinese names the app 「\"什么?\"」 (a name that is a question word), the English 'our mobile application (the \"App\")' then 'Weishiwujing'",
            1375,
        ),
        placeholders=[],
    ),
}


def main():
    src = sys.argv[1]
    with open(os.path.join(ROOT, "ref", "holdout-draw.txt"), encoding="utf-8") as f:
        draw = f.read()
    held = set(next(ln for ln in draw.splitlines() if ln.startswith("HELD OUT:")).split()[2:])
    for name, d in DOCS.items():
        part = "holdout" if name in held else "dev"
        out = os.path.join(ROOT, part, name)
        os.makedirs(out, exist_ok=True)
        shutil.copyfile(os.path.join(src, name, d["file"]), os.path.join(out, d["file"]))
        ann = {
            "file": d["file"],
            "kind": d["kind"],
            "repo_kind": "index" if d["source"].get("index_id") else "page",
            "script": d["script"],
            "lang": d["lang"],
            "source": d["source"],
            "headings_annotated": False,
            "headings": [],
            "placeholders": d["placeholders"],
        }
        if d.get("ambiguous"):
            ann["ambiguous_placeholder_lines"] = d["ambiguous"]
            ann["ambiguous_note"] = d["ambiguous_note"]
        if d.get("lookalikes"):
            ann["lookalikes"] = d["lookalikes"]
        with open(os.path.join(out, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(part, name, len(d["placeholders"]))


if __name__ == "__main__":
    main()
