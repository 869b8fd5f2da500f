#!/usr/bin/env python3
"""Source of truth for eval/blind/round39/{dev,holdout}/*/annotation.json (hand annotations, round 39, helper u39r).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (the layout and fields are round38d's, ../round38d/tools/annotate38d.py).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it);
* look_alike_lines: lines that look like slots but are not (scored: such a finding there is a false positive);
* ambiguous_placeholder_lines: lines not scored either way (code comments, a unit letter that may be real, a
  contact on a domain that cannot be checked, advice to whoever modifies an open-source app, another language).

    python3 tools/annotate39.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "none in the repository; treat as all rights reserved, test fixture only"
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "storyhenge-tsx": ("dev", "page.tsx",
        {"kind": "template (Taiwan privacy page marked as placeholder content)", "index_id": "33296453702",
         "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Next.js TSX page (2,266 characters); file name chosen here",
         "note": "Storyhenge (AI writing editor) privacy page: a banner says the text is placeholder content to be completed before launch; contact left as [聯絡信箱待補]"},
        [("⚠️ 這是佔位內容。正式隱私政策將在產品正式上線前補充。", "the page declares itself placeholder content; the real policy is to be added before launch"),
         ("如有任何問題，請聯絡我們：[聯絡信箱待補]", "contact mailbox left as a bracketed to-do")],
        [("我們收集您主動提供的資訊，包括但不限於：帳號資訊、您撰寫的文字內容、使用數據等。", "an enumeration that is given (not an empty list)")],
        [("{/* Placeholder Content */}", "a JSX comment the reader does not see")]),
    "chemindex-tsx": ("dev", "PrivacyPolicyPanel.tsx",
        {"kind": "template (offline privacy panel of an open-source education app, zh-Hans)", "index_id": "53818781856",
         "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "React TSX component (4,553 characters); file name from the component's name",
         "note": "Chemistry Index (junior-school chemistry equations) privacy panel: the contact section is an instruction to replace it before store submission; a children's section tells the distributor to assess local law and update the policy"},
        [("上架前请替换为实际支持邮箱或网站；用户也可通过应用商店页面与您联系。", "contact section left as an instruction: replace with the real support mailbox before store submission"),
         ("本应用面向教育场景。若您面向特定地区分发，请根据当地法律（如 COPPA 等）自行评估并更新本政策。", "the children's section is advice to the publisher to assess the law and update this policy (not a statement to users)")],
        [("本应用可能仅在您的设备上使用本地存储（如 localStorage）保存：", "a list that follows (not an empty enumeration)")],
        [("AI、云同步），请在应用内与商店资料中同步更新说明。", "advice to whoever adds network features later (a conditional of an open-source app; not scored)")]),
    "lollipop-ts": ("dev", "enroll.ts",
        {"kind": "template (publisher-onboarding locale module whose privacy policy and agreement bodies are stubs; zh-CN, zh-TW, en, pt)",
         "index_id": "65724620550", "license": IDX, "script": "hans+hant", "lang": "zh+en+pt",
         "format": "TypeScript locale module (19,627 characters): an interface, then one table of strings per locale; {s}/{company}/{terms}/{privacy} arguments filled by the component; file name chosen here",
         "note": "Lollipop (AI video platform) publisher onboarding form: the privacy policy and the cooperation agreement shown in the form's dialogs are one-line stubs 「【隐私政策正文待补充】请在此填入…」 in every locale; the form's input hints (请输入公司名称) are UI strings"},
        [("privacyBody: \"【隐私政策正文待补充】请在此填入《隐私政策》正式内容。\",", "the privacy policy's body is a stub to be filled (zh-CN)"),
         ("termsBody: \"【协议正文待补充】请在此填入《平台入驻合作协议》正式条款。\",", "the agreement's body is a stub (zh-CN)"),
         ("privacyBody: \"【隱私政策正文待補充】請在此填入《隱私政策》正式內容。\",", "the same (zh-TW)"),
         ("termsBody: \"【協議正文待補充】請在此填入《平台入駐合作協議》正式條款。\",", "the same (zh-TW)"),
         ("privacyBody: \"[Privacy Policy text pending] Please insert the official Privacy Policy here.\",", "the same (en)"),
         ("termsBody: \"[Agreement text pending] Please insert the official Platform Onboarding Agreement here.\",", "the same (en)")],
        [("companyNamePlaceholder: \"请输入公司名称\",", "an input hint of the form (UI string, not a slot)"),
         ("vCompanyRequired: \"请输入公司名称\",", "a validation message (UI string)"),
         ("resendIn: \"{s}s 后重发\",", "the i18n argument {s} (seconds), filled by the component"),
         ("approvedDesc: \"恭喜，{company} 的入驻申请已通过审核，欢迎加入 Lollipop 平台！\",", "the i18n argument {company}, filled by the component"),
         ("agreement: \"我已阅读并同意{terms}和{privacy}\",", "i18n arguments replaced by links"),
         ("companyNamePlaceholder: \"請輸入公司名稱\",", "an input hint (zh-TW)", "\"zh-TW\": {"),
         ("legalPersonIdNoPlaceholder: \"Enter 18-digit ID number\",", "an input hint (en)")],
        [("// TODO(verify): 占位正文，待法务/产品提供《隐私政策》正式条款后替换", "a code comment (hidden), beside the scored stub"),
         ("// TODO(verify): 占位正文，待法务/产品提供《平台入驻合作协议》正式条款后替换", "a code comment (hidden)"),
         ("/** 隐私政策正文（占位，TODO(verify) 待补真实条款） */", "an interface doc comment (hidden)"),
         ("/** 合作协议正文（占位，TODO(verify) 待补真实条款） */", "an interface doc comment (hidden)"),
         (" * en 同步；zh-TW / pt 机翻占位，结构一致。", "the module's header comment"),
         ("privacyBody: \"[Texto da política pendente] Insira aqui a Política de Privacidade oficial.\",", "the Portuguese stub (a language outside the tool's scope; not scored)"),
         ("termsBody: \"[Texto do acordo pendente] Insira aqui o Acordo de Integração da Plataforma oficial.\",", "the Portuguese stub (not scored)"),
         ("supportEmail: \"support@lollipop.com\",", "a support mailbox on a domain that cannot be checked against the operator (not scored)"),
         ("supportEmail: \"support@lollipop.com\",", "the same (zh-TW)", "\"zh-TW\": {"),
         ("supportEmail: \"support@lollipop.com\",", "the same (en)", "  en: {"),
         ("supportEmail: \"support@lollipop.com\",", "the same (pt)", "  pt: {"),
         ("// TODO(verify): 占位正文，待法務/產品提供《隱私政策》正式條款後替換", "a code comment (zh-TW)"),
         ("// TODO(verify): 占位正文，待法務/產品提供《平台入駐合作協議》正式條款後替換", "a code comment (zh-TW)"),
         ("// TODO(verify): placeholder body, replace with the official Privacy Policy text", "a code comment (en)"),
         ("// TODO(verify): placeholder body, replace with the official Platform Onboarding Agreement text", "a code comment (en)"),
         (" * 含 {s}（倒计时秒）/ {company}（公司名）占位，由组件 replace。", "the module's header comment")]),
    "fanshiji-jsx": ("dev", "PrivacyCenter.jsx",
        {"kind": "clean (zh-Hans policy whose bracketed fields the module fills itself before display)", "index_id": "69452278374",
         "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "React JSX module (5,388 characters): sections as [title, body] pairs, each body passed through fillPolicyFields(), which replaces [项目维护者] [联系渠道] [联系地址] with environment values or filled defaults; file name from the default export",
         "note": "饭时记 (meal-log app with DeepSeek AI) privacy gate and policy dialog: the operator, contact channel and address are written as bracketed field names in the source and replaced at render time by the module's own function, with defaults 「饭时记开源项目维护者」, 「请通过 GitHub 仓库 Issues 联系维护者」, 「本应用不收集联系地址」 (the reader sees filled text)"},
        [],
        [("个人信息处理者：[项目维护者]。联系渠道：[联系渠道]。联系地址：[联系地址]。", "bracketed fields replaced by fillPolicyFields() before display (the module defines the values)"),
         ("需要帮助时可通过以下渠道联系维护者：[联系渠道]。", "the same"),
         ("项目维护者：[项目维护者]；联系渠道：[联系渠道]。", "the same (terms dialog)"),
         (".replaceAll('[项目维护者]', policyInfo.operator)", "the replacement itself (code)")],
        []),
    "hkaaa-ts": ("dev", "legal.ts",
        {"kind": "clean (Hong Kong privacy policy and terms, English + zh-Hant)", "index_id": "70520357070", "license": IDX,
         "script": "hant/hk", "lang": "zh+en",
         "format": "TypeScript data module (19,498 characters): LegalDoc objects of {type: 'p', text} blocks per locale; file name chosen here",
         "note": "Hong Kong AI Automation Agency (HKAAA) privacy policy and terms under Cap. 486, filled: mailbox, phone, office address"},
        [],
        [("text: 'Write to info@hkaiautomation.com with “Personal data request” in the subject.", "a filled contact instruction"),
         ("text: '請電郵 info@hkaiautomation.com，主旨註明「個人資料要求」。", "the same (zh-Hant)")],
        [("text: 'Office: Room N, 9/F, Kwun Tong Industrial Centre, 460 Kwun Tong Road, Kowloon, Hong Kong',", "a unit letter N: plausibly a real unit of the building, possibly a stand-in (not scored)"),
         ("text: '辦事處：Room N, 9/F, Kwun Tong Industrial Centre, 460 Kwun Tong Road, Kowloon, Hong Kong',", "the same (zh-Hant)"),
         ("text: 'Office: Room N, 9/F, Kwun Tong Industrial Centre, 460 Kwun Tong Road, Kowloon, Hong Kong',", "the same (terms, en)", "const termsEn"),
         ("text: '辦事處：Room N, 9/F, Kwun Tong Industrial Centre, 460 Kwun Tong Road, Kowloon, Hong Kong',", "the same (terms, zh-Hant)", "const termsZh")]),
    "imagetoolkit-md": ("dev", "PRIVACY_POLICY_zh-TW.md",
        {"kind": "clean (Taiwan privacy policy of a browser extension)", "repo": "tomelilla/image-toolkit-extension",
         "commit": "8cd437e9b275f6324234383eb5425dccf3f515a5", "path": "docs/PRIVACY_POLICY_zh-TW.md", "license": NOLIC,
         "script": "hant/tw", "lang": "zh", "format": "Markdown",
         "note": "Image Toolkit Chrome extension: no data collected; the author line names the generating model in braces ({gemini-2.0-flash-exp}); byte-exact blob"},
        [],
        [("**作者：** GeminiCLI {gemini-2.0-flash-exp}", "a model name in braces on the author line (written as is, not a template variable)"),
         ("- **活動分頁（Active Tab）**（如適用）：僅在必要時用於與當前網頁互動", "（如適用） on a permission that may not be requested (a filled policy's hedge)")],
        []),
    "pigpig-md": ("dev", "PRIVACY_POLICY_zh-TW.md",
        {"kind": "clean (Taiwan privacy policy of a Discord bot)", "repo": "starpig1129/ai-discord-bot-PigPig",
         "commit": "d02eca5546ccab04b21c54bc06201c816c09ab5e", "path": "docs/PRIVACY_POLICY_zh-TW.md",
         "license": "MIT (repository LICENSE)", "script": "hant/tw", "lang": "zh", "format": "Markdown",
         "note": "豬豬 (PigPig) Discord bot privacy policy, filled: developer, effective date, mailbox, support server; byte-exact blob (the file was later removed from the repository)"},
        [],
        [("- **電子郵件：** james911129@gmail.com", "a filled contact")],
        []),
    "ohmyskill-tsx": ("holdout", "page.tsx",
        {"kind": "template (zh-Hans + English privacy page, contact left to be added)", "index_id": "63523771150",
         "license": IDX, "script": "hans/cn", "lang": "zh+en",
         "format": "Next.js TSX page (2,586 characters): every paragraph a <P zh=… en=…> element whose two attributes stand on their own lines; file name chosen here",
         "note": "oh-my-skill (skill store) privacy page: the deletion paragraph's contact is 「(联系方式待补)」 / “(contact to be added)”"},
        [("zh=\"要删除账号、邮箱或发布过的内容,联系我们:(联系方式待补)。", "contact left as a to-do (zh-Hans)"),
         ("en=\"To delete your account, email or posted content, contact us: (contact to be added).", "the same (en)")],
        [],
        []),
    "gh2gitee-md": ("holdout", "privacy-policy.md",
        {"kind": "template (zh-Hans + English privacy policy of a browser extension, pre-store-submission)", "index_id": "70668769370",
         "license": IDX, "script": "hans/cn", "lang": "zh+en",
         "format": "Markdown with CRLF line ends (2,509 characters as the index counts them); file name chosen here; the text names its repository chennqqi/github2gitee, whose snapshot could not be fetched",
         "note": "GitHub → Gitee extension privacy policy: a note to the publisher to host the text before store submission, and the support mailbox left as 「上架前请替换为真实邮箱」 / “replace before store submission”"},
        [("本文说明扩展如何处理数据。上架商店前，请将本文托管为", "a note to the publisher left in the text (host this before store submission)"),
         ("- 支持邮箱：_*上架前请替换为真实邮箱*_", "support mailbox left as an instruction (zh-Hans)"),
         ("- Support email: _replace before store submission_", "the same (en)")],
        [],
        []),
    "scout-tsx": ("holdout", "PrivacyPage.tsx",
        {"kind": "clean (Hong Kong privacy page of a scout troop's availability form)", "index_id": "59236624520",
         "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "React (wouter) TSX page (2,901 characters): sections in an array of {title, body} objects; file name from the component's name",
         "note": "3rd Scout Troop Availability form: purpose, storage, 180-day retention, AI helper note; requests go to the leaders' team (no mailbox by design, not a slot)"},
        [],
        [],
        []),
}


def lines_of(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def locate(lines, text, start):
    for i in range(start, len(lines)):
        if text in lines[i]:
            return i + 1
    sys.exit(f"not found after line {start}: {text!r}")


def place(lines, entries, chain):
    """Line of each entry: after its anchor's line, or (chain) after the previous entry of the list."""
    out, pos = [], 0
    for entry in entries:
        text, note = entry[0], entry[1]
        start = locate(lines, entry[2], 0) if len(entry) > 2 else (pos if chain else 0)
        ln = locate(lines, text, start)
        out.append({"line": ln, "text": text, "note": note})
        pos = ln
    return out


def main():
    total = capped_total = 0
    for name, (s, fname, meta, phs, look, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out = place(lines, phs, False)
        look_out = place(lines, look, False)
        amb_out = place(lines, amb, False)
        clash = {x["line"] for x in look_out + amb_out} & {x["line"] for x in out}
        if clash:
            sys.exit(f"{name}: a look-alike or ambiguous line is also a slot line: {sorted(clash)}")
        if "repo" in meta:
            source = {"repo": meta["repo"], "path": meta["path"], "commit": meta["commit"], "license": meta["license"],
                      "note": meta["note"]}
            repo_kind = "repository"
        else:
            source = {"repo": None, "path": None, "commit": None, "index_id": meta["index_id"], "license": meta["license"],
                      "note": "whole file as the index gives it; " + meta["note"]}
            repo_kind = "index"
        source["format"] = meta["format"]
        ann = {"file": fname, "kind": meta["kind"], "repo_kind": repo_kind, "script": meta["script"], "lang": meta["lang"],
               "source": source, "headings_annotated": False, "headings": [],
               "placeholders": out, "look_alike_lines": look_out, "ambiguous_lines": [],
               "ambiguous_placeholder_lines": sorted({x["line"] for x in amb_out}),
               "ambiguous_placeholder_notes": amb_out}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        slot_lines = sorted({p["line"] for p in out})
        capped = min(5, len(slot_lines))
        total += len(slot_lines)
        capped_total += capped
        print(f"{s:8} {name:16} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
