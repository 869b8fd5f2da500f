"""Write eval/blind/round50's annotation.json files (u50k, by hand, before any run of policylens on the documents)."""

import json
import os
import shutil

ROOT = "/work/wt/u50k/eval/blind/round50"
SRC = "/tmp/u50k_docs"
HOLDOUT = {"xinguad-zh-txt", "pandagift-en-txt", "kuasts-tw-txt"}
LIC = "unknown (a published web page): all rights reserved; test fixture only"


def src(url, note, chars):
    return {
        "repo": None,
        "path": None,
        "commit": None,
        "index_id": None,
        "url": url,
        "corpus": "pages",
        "license": LIC,
        "note": note,
        "format": f"plain text as the pages corpus stores the page's beginning (an excerpt of {chars} characters, written out character for character; the corpus's punctuation kept: ASCII , : ; ( ) in Chinese text), LF",
    }


def P(line, text, note):
    return {"line": line, "text": text, "note": note}


DOCS = {
    "youch-zh-en-txt": dict(
        kind="published zh-Hans + en 协议与政策 page (user agreement first) of an E2EE messaging app whose header is the template's: name, date and contact still bracketed instructions",
        script="hans/cn",
        lang="zh+en",
        source=src(
            "https://youch.xyz/terms-privacy.html",
            "the page's title and header fields were never filled: 【替换为公司/应用名称】, 【填写日期,如 2025-08-30】, 【support@example.com】",
            1369,
        ),
        placeholders=[
            P(1, "【替换为公司/应用名称】", "a drafting instruction standing as the page title: replace with the company/app name"),
            P(6, "【填写日期,如 2025-08-30】", "unfilled slot: the effective date, with the template's example"),
            P(7, "【support@example.com】", "a stand-in mailbox (example.com) in the template's brackets"),
        ],
    ),
    "shashidi-xxx-txt": dict(
        kind="published zh-Hans 隐私政策 of a photo-translator app (an h5 help page) whose app name is XXX throughout",
        script="hans/cn",
        lang="zh",
        source=src(
            "http://shashidi.weiapp8.cn/h5/help/detail-467-2518.html?appname=%E6%8B%8D%E7%85%A7%E7%BF%BB%E8%AF%91%E5%99%A8",
            "the app's name is 「XXX」 in the title, the introduction and the contents lead-in (the page's query names the app 拍照翻译器); the 【我的】>【隐私政策】 menu paths are UI labels, not slots",
            740,
        ),
        placeholders=[
            P(1, "XXX隐私政策》", "unfilled name: XXX"),
            P(10, "XXX隐私政策与您所使用的XXX …《XXX隐私政策》", "unfilled name: XXX three times"),
            P(20, "XXX隐私政策》将帮助您了解以下内容:", "unfilled name: XXX"),
        ],
        lookalikes="L14, L16: 【我的】, 【隐私政策】, 【右上角撤销按钮】, 【注销账户】 are the app's menu labels in 【】 (UI paths), not slots",
    ),
    "xinguad-zh-txt": dict(
        kind="published zh-Hans 隐私政策 of an advertising company's site whose name was left out wherever it belongs (rendered empty)",
        script="hans/cn",
        lang="zh",
        source=src(
            "http://xinguad.com/privacy-policy.html",
            "the company's name is missing at every mention: 「欢迎来到 !」, 「感谢您访问 !(以下简称:)」, 「我们感谢您对的信任」, 「您在 网站上」, 「关于任何 产品或服务」, 「关于 处理其供应商」 (the contact mailbox mtyy@xcmad.com is real)",
            725,
        ),
        placeholders=[
            P(2, "欢迎来到 !", "the site's name missing"),
            P(3, "感谢您访问 !(以下简称:)重视您的私隐, 我们感谢您对的信任。", "the name missing three times"),
            P(4, "对于您在 网站上的个人信息", "the name missing before 网站"),
            P(6, "关于任何 产品或服务", "the name missing before 产品或服务"),
            P(7, "关于 处理其供应商之个人信息", "the name missing as the subject"),
        ],
    ),
    "immatch-en-txt": dict(
        kind="published English privacy policy (machine-translated from a Chinese template) whose company and product names were left out",
        script="other",
        lang="en",
        source=src(
            "https://www.immatch.xyz/privacy.html",
            "the company's and product's names are empty where the Chinese template had them: '(hereinafter referred to as \"the company\")' opens with no name, 'We hope to adopt the \" Privacy Policy\"', 'any product and/or service of , It means', 'trust in .', 'services of platform', 'services of and products'",
            1999,
        ),
        placeholders=[
            P(
                3,
                '(hereinafter referred to as "the company") … the " Privacy Policy"',
                "the company's name missing at the start and before Privacy Policy",
            ),
            P(4, "any product and/or service of , It means", "the product's name missing"),
            P(16, "trust in .", "the name missing"),
            P(17, "services of platform … services of and products", "the name missing twice"),
        ],
    ),
    "pandagift-en-txt": dict(
        kind='published English privacy policy of a gift-card app whose operator is "XX"',
        script="other",
        lang="en",
        source=src(
            "https://api.pandagiftcard.com/upload/2025-03-26/other/policy.html",
            "the provider is 'provided by \"XX\"'; the 'Third-party SDKs:' list is empty in the stored text (a table the text extraction may have dropped: ambiguous)",
            2001,
        ),
        placeholders=[P(2, 'provided by "XX"', "unfilled name: XX")],
        ambiguous=[48],
    ),
    "apsc-tw-txt": dict(
        kind="published Taiwan site's login page with its Info, Privacy (隱私權保護政策) and Terms panes; the Info pane's text was never set",
        script="hant/tw",
        lang="zh+en",
        source=src(
            "https://apsc.xms.tw/index/login?next=%2F",
            "the Info pane shows the CMS default 'Not Set' where its text belongs; the privacy text is the common Taiwan government-site template, filled",
            574,
        ),
        placeholders=[P(9, "Not Set", "an unset field shown as the pane's whole text")],
    ),
    "junling-zh-txt": dict(
        kind="clean; published zh-Hans 隐私政策 of a health-management software company (Shanghai)",
        script="hans/cn",
        lang="zh",
        source=src("https://hsms.junlinghealth.com/jl/privacy.html", "clean: operator, phone, mailbox and address filled", 747),
        placeholders=[],
    ),
    "hkelderly-hk-txt": dict(
        kind="clean; published Hong Kong 私隱政策 (PDPO, Cap. 486) of an elderly-care directory site",
        script="hant/hk",
        lang="zh",
        source=src("https://hkelderly.net/privacy-policy", "clean: the operator 安老院一站通 named, lists (a)–(g) filled", 750),
        placeholders=[],
    ),
    "kuasts-tw-txt": dict(
        kind="clean; published Taiwan 隱私政策 of a Discord bot site named 「✐๓雫✾」",
        script="hant/tw",
        lang="zh",
        source=src("https://ku.asts.tw/隱私政策", "clean: the odd name 「✐๓雫✾」 is the bot's real name", 715),
        placeholders=[],
    ),
    "x8sandbox-zh-txt": dict(
        kind="clean; published zh-Hans 隐私政策 of 【X8沙箱】 (hosted by Tencent's privacy-page service): filled values left inside the template's 【】",
        script="hans/cn",
        lang="zh",
        source=src(
            "https://cftweb.3g.qq.com/privacy/privacyPolicy?content_id=885a678b1317c1b989ee0068ebf8f7f0",
            "filled: 【X8沙箱】, 【四川珩安科技有限公司 】, 【珩安】, 【 珩安】 are real values left in the generator's brackets (no slot: the value is there; a finding calling them unfilled would be false); 【特别提示】 is a heading label",
            720,
        ),
        placeholders=[],
        lookalikes="L1, L5: real values in 【】 (the generator's brackets kept); L7 【特别提示】",
    ),
}
for name, d in DOCS.items():
    part = "holdout" if name in HOLDOUT else "dev"
    out = os.path.join(ROOT, part, name)
    os.makedirs(out, exist_ok=True)
    shutil.copy(os.path.join(SRC, name, "page.txt"), os.path.join(out, "page.txt"))
    ann = {
        "file": "page.txt",
        "kind": d["kind"],
        "repo_kind": "page",
        "script": d["script"],
        "lang": d["lang"],
        "source": d["source"],
        "headings_annotated": False,
        "headings": [],
        "placeholders": d["placeholders"],
    }
    if d.get("ambiguous"):
        ann["ambiguous_placeholder_lines"] = d["ambiguous"]
    if d.get("lookalikes"):
        ann["lookalikes"] = d["lookalikes"]
    with open(os.path.join(out, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(part, name, len(d["placeholders"]))
