#!/usr/bin/env python3
"""Source of truth for eval/blind/round43d/{dev,holdout}/*/annotation.json (hand annotations, round 43d, helper m43p).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round42d, tools/annotate42d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it; Issue #11's
  figure, tools/issue11.py, counts only error-level placeholder-* findings);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way (a filled field whose template label was left, a code
  comment quoting the template's markers, a drafting note that is not a slot).

    python3 tools/annotate43d.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown (no licence file could be read: the search index gives the text by id without its repository; file name chosen here)"
NOLIC = "none found in the repository (no LICENSE file at the commit)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "pindan-js": ("dev", "app.js",
        {"kind": "published app route serving the 关于我们 and 隐私政策 texts, with stand-in contacts left in (Express router, JSON payloads)",
         "index_id": "15978342151", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Node.js Express router (.js): GET /app/about and GET /app/privacy return JSON whose content strings are the app's texts; the privacy text is one string with \\\\n escapes (the index's text, 2,225 characters, LF, 19 trailing newlines; file name chosen here)",
         "note": "拼单商城 (campus second-hand trading app, 河南工业大学): the about text's contact_info and the privacy text's 六、联系我们 give support@example.com / privacy@example.com and the sequence number 400-123-4567, while the privacy payload's own contact_info holds a real QQ mailbox and mobile"},
        [("email: \"support@example.com\",", "stand-in mailbox on example.com in the published 关于我们 contact block"),
         ("phone: \"400-123-4567\",", "stand-in hotline (the sequence 123-4567) in the same block"),
         ("\\n邮箱：privacy@example.com\\n电话：400-123-4567\",", "the privacy text's contact section: stand-in mailbox on example.com and the stand-in hotline")],
        [("email: \"3112644828@qq.com\",", "a real QQ mailbox (not a slot)"),
         ("phone: \"13140400073\",", "a real mobile number (not a slot)"),
         ("address: \"河南工业大学\"", "a real address (not a slot)"),
         ("publish_date: \"2026-01-25\",", "a filled date (not a slot)"),
         ("app_version: \"1.0.0\",", "a version (not a slot)")],
        [("address: \"中国广东省深圳市南山区科技园\"", "a district-level address next to two stand-ins: possibly a stand-in too, possibly real (not scored)")]),
    "guanglian-tsx": ("holdout", "AgreementModal.tsx",
        {"kind": "published modal with the 用户注册协议 and 隐私政策 texts, the privacy contact left as stand-ins (React TSX)",
         "index_id": "59498417435", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "React TSX component: two template-literal texts (userAgreement, privacyPolicy) shown with whitespace-pre-line (the index's text, 2,954 characters, LF; file name chosen here)",
         "note": "广联二手车 (used-car auction app): the user agreement names the operator 广联二手车有限公司; the privacy policy's 九、联系我们 gives privacy@example.com and 400-xxx-xxxx"},
        [("- 邮箱：privacy@example.com", "stand-in mailbox on example.com"),
         ("- 电话：400-xxx-xxxx", "hotline left as 400-xxx-xxxx")],
        [("本应用所有权和运营权归广联二手车有限公司（以下简称\"本公司\"）所有。", "the operator named (not a slot)"),
         ("2. 车辆信息（VIN、车牌、品牌型号等）", "an enumeration ending in 等 (not a slot)"),
         ("4. 其他本公司不时推出的服务", "a catch-all item (not a slot)")],
        []),
    "cunkebao-tsx": ("dev", "index.tsx",
        {"kind": "published 用户隐私协议 page with all three contact lines left as stand-ins (React TSX, antd-mobile)",
         "index_id": "54158345821", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "React TSX page: Layout + Card, sections as <h3>/<ul> (the index's text, 3,399 characters, LF; file name chosen here)",
         "note": "存客宝管理系统 (WeChat customer-management tool) 用户隐私协议, 更新时间 2025年8月1日: 10. 联系我们 gives privacy@example.com, 400-123-4567 and 北京市朝阳区xxx大厦"},
        [("<li>邮箱：privacy@example.com</li>", "stand-in mailbox on example.com"),
         ("<li>电话：400-123-4567</li>", "stand-in hotline (the sequence 123-4567)"),
         ("<li>地址：北京市朝阳区xxx大厦</li>", "address with the building left as xxx")],
        [("<p className={style[\"update-time\"]}>更新时间：2025年8月1日</p>", "a filled date (not a slot)"),
         ("<li>账户信息：用户名、手机号、邮箱等注册信息</li>", "an enumeration ending in 等 (not a slot)"),
         ("<p>感谢您使用存客宝管理系统！</p>", "the product named (not a slot)")],
        []),
    "spsconsent-tw-tsx": ("dev", "PersonalDataConsentNotice.tsx",
        {"kind": "published Taiwan 蒐集個人資料告知事項 (government-commissioned project) keeping the official form's drafting instruction (React TSX)",
         "index_id": "70542058891", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "React TSX component: a header comment, then the notice as <p>/<ul>/<li> (the index's text, 2,654 characters, LF; file name chosen here)",
         "note": "經濟部產業發展署 / 中華民國工業安全衛生協會, 智慧石化永續發展計畫: item 一 fills the 特定目的 and 個資類別 but keeps the form's own instruction 「(前述特定目的與個資類別，請參照《法務部…》依實填列。)」; the opening sentence keeps the field labels (計畫執行單位)/(計畫名稱)_ before their filled values; the header comment says both were kept on purpose, copied from the official docx"},
        [("(前述特定目的與個資類別，請參照《法務部個人資料保護法之特定目的及個人資料類別》依實填列。)", "the form's drafting instruction (fill in per the Ministry of Justice list) left in the published notice")],
        [("（聯絡管道：承辦人簡先生,電話:07-5503115#21,EMAIL: jjian0225@mail.isha.org.tw）", "a real contact (not a slot)"),
         ("<li>(一)查詢或請求閱覽。</li>", "a numbered right (not a slot)")],
        [("委託(計畫執行單位) 中華民國工業安全衛生協會，執行(計畫名稱)_智慧石化永續發展計畫", "the form's field labels left before their filled values (template residue rather than an unfilled slot; not scored)"),
         ("文件裡有幾處是範本留下來的填寫標記，照原文保留（「(計畫執行單位)」「(計畫名稱)_」，", "a code comment quoting the markers (not published text; not scored)"),
         ("以及第一項最後那句「請參照《法務部個人資料保護法之特定目的及個人資料類別》依實填列」），", "a code comment quoting the instruction (not published text; not scored)")]),
    "xingluo-dart": ("dev", "terms_page.dart",
        {"kind": "published in-app 用户服务协议 with a stand-in hotline (Flutter)",
         "index_id": "56710563886", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Flutter screen (.dart): _Title/_UpdateDate/_Section/_Body widgets holding adjacent string literals (the index's text, 4,618 characters, LF; file name chosen here)",
         "note": "星络 (instant-messaging app, package lpp_mobile) 用户服务协议 by 星络科技有限公司: 七、联系我们 gives 客服电话：400-000-0000 (all zeros) beside a mailbox on lpp.com"},
        [("'客服电话：400-000-0000',", "hotline left as the all-zero stand-in 400-000-0000")],
        [("'电子邮件：support@lpp.com\\n'", "a mailbox on the product's own short domain (lpp, the app's package name): not a stand-in"),
         ("'公司名称：星络科技有限公司\\n'", "the operator named (not a slot)"),
         ("_UpdateDate('生效日期：2026年1月1日'),", "a filled date (not a slot)"),
         ("_Footer('© 2026 星络科技有限公司 保留所有权利'),", "a copyright line (not a slot)")],
        []),
    "turtlesoup-hk-tsx": ("dev", "page.tsx",
        {"kind": "published Hong Kong 私隱政策 (Cantonese) with the author's to-do to replace a made-up mailbox (Next.js TSX)",
         "index_id": "52834886469", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "Next.js app-router page (.tsx): sections of <p>/<ul> in colloquial Cantonese (the index's text, 3,116 characters, LF, no final newline)",
         "note": "《海龜湯》 lateral-thinking game site 私隱政策, 最後更新 2026-03-03: 聯絡 gives support@turtle-soup-mu.vercel.app (a made-up address on the deployment host) followed by 「（你之後可換成真 email）」 (you can swap in a real email later)"},
        [("聯絡：<span className=\"font-mono\">support@turtle-soup-mu.vercel.app</span>{\" \"}", "a made-up mailbox on the vercel deployment host, declared a stand-in by the next line"),
         ("（你之後可換成真 email）", "the author's note to replace it with a real email, left in the published page")],
        [("<div className=\"text-xs text-white/45\">最後更新：2026-03-03</div>", "a filled date (not a slot)"),
         ("本網站可能使用第三方服務（例如 Supabase、Google 相關服務）以提供登入、分析、驗證或廣告功能。", "named processors (not a slot)"),
         ("<strong className=\"text-white/90\">帳戶登入資料</strong>：你用電郵註冊/登入（由 Supabase Auth", "a named processor (not a slot)")],
        []),
    "coffee-js": ("holdout", "policy.js",
        {"kind": "published mini-program 隐私政策 whose rich text keeps a bracketed slot and the generator's drafting notes (WeChat mini-program page data)",
         "repo": "hsiaofa-wei/coffee-shop-mini-program-master", "commit": "3cfa4430bc2be302b2c7cfc15374f2ce7609965c", "path": "pages/policy/policy.js",
         "license": NOLIC, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program page script: data { pushTime, activeTime, content } where content is one rich-text string with <br />/<b> markup, rendered by policy.wxml's <rich-text> (byte-exact blob ddfd7901)",
         "note": "coffee-shop mini-program 隐私政策 (发布 2021年10月28日, 生效 2021年11月4日): 五、您的权利 says 「通过[指定邮箱/电话]联系我们行使权利」 and the text ends with 「注意事项：根据业务实际补充数据处理的法律依据…；若涉及跨境数据传输，需单独说明；建议由法律顾问审核以确保合规性。」 — the drafting notes of a generated template, all on one source line"},
        [("通过[指定邮箱/电话]联系我们行使权利", "the contact left as 「[指定邮箱/电话]」 and the template's 注意事项 (drafting notes) published on the same line")],
        [("pushTime:\"2021年10月28日\",", "a filled date (not a slot)"),
         ("activeTime:\"2021年11月4日\",", "a filled date (not a slot)")],
        []),
    "forge-tw-tsx": ("dev", "page.tsx",
        {"kind": "clean", "index_id": "57921640645", "license": IDX, "script": "hant/tw+en", "lang": "zh+en",
         "format": "Next.js page (.tsx): each section in Traditional Chinese followed by its English sentence, date through a LAST_UPDATED constant (the index's text, 3,325 characters, LF; file name chosen here)",
         "note": "clean; Taiwan + English Forge (taiwan-ui component docs site) 隱私權政策 / Privacy Policy, last updated 2026-04-15, contact privacy@taiwan-ui.dev, 個資法 第 3 條"},
        [],
        [("const LAST_UPDATED = \"2026-04-15\";", "a filled date in code (not a slot)"),
         ("<p className=\"text-[var(--muted)] text-sm mb-8\">Privacy Policy · Last updated: {LAST_UPDATED}</p>", "a binding to the date constant (not a slot)"),
         ("請來信 <a href=\"mailto:privacy@taiwan-ui.dev\" className=\"text-blue-400 underline\">privacy@taiwan-ui.dev</a>。", "a real mailbox on the site's domain (not a slot)"),
         ("本網站 (taiwan-ui.vercel.app) 為一靜態元件文件站。", "the site's real host (not a slot)")],
        []),
    "receiptbridge-tw-tsx": ("holdout", "page.tsx",
        {"kind": "clean", "index_id": "58714569087", "license": IDX, "script": "en+hant/tw", "lang": "en+zh",
         "format": "Next.js page (.tsx): English terms, then 繁體中文 terms, as Section components (the index's text, 5,374 characters, LF; file name chosen here)",
         "note": "clean; English + Taiwan ReceiptBridge (receipt OCR to spreadsheet) 服務條款 / Terms of Service, last updated April 27, 2026, contact contact@receiptbridge.app"},
        [],
        [("<p className=\"text-sm text-muted-foreground\">Last updated / 最後更新: April 27, 2026</p>", "a filled date (not a slot)"),
         ("<p>如有疑問請聯絡：<a href=\"mailto:contact@receiptbridge.app\" className=\"text-[#0F766E] hover:underline\">contact@receiptbridge.app</a></p>", "a real mailbox on the product's domain (not a slot)")],
        []),
    "hellostay-tw-ts": ("dev", "route.ts",
        {"kind": "clean", "index_id": "53719792063", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Next.js route handler (.ts) returning a whole HTML page from a template literal (the index's text, 1,625 characters, LF; file name chosen here)",
         "note": "clean; Taiwan Hello Stay (Threads community-management tool) 隱私權政策 Privacy Policy, 最後更新日期 2025 年 3 月 14 日, contact hellohouse2017@gmail.com / 0932-828922"},
        [],
        [("<p>如有任何隱私權相關問題，請聯繫：<br>Email: hellohouse2017@gmail.com<br>電話: 0932-828922</p>", "a real webmail address and Taiwan mobile (not a slot)"),
         ("<p>最後更新日期：2025 年 3 月 14 日</p>", "a filled date (not a slot)")],
        []),
    "gofitai-hk-md": ("dev", "PERSONAL_INFORMATION_COLLECTION_STATEMENT.md",
        {"kind": "clean", "repo": "henryizi/GoFitAI", "commit": "1c0b4a42c8a1977988c49bd49a426299cd0b2bec",
         "path": "docs/compliance/PERSONAL_INFORMATION_COLLECTION_STATEMENT.md", "license": NOLIC, "script": "en+hant/hk", "lang": "en+zh",
         "format": "Markdown: English PICS, then 中文版本, then an implementation section with a TypeScript code block of bilingual UI strings (byte-exact blob a94e8991)",
         "note": "clean; Hong Kong GoFitAI (AI fitness app) Personal Information Collection Statement / 個人資料收集聲明 under Cap. 486, effective January 14, 2025, privacy@gofitai.com and 私隱主任 dpo@gofitai.com; ends with a Legal Disclaimer asking for review by counsel before implementation"},
        [],
        [("- **私隱主任：** dpo@gofitai.com", "a real mailbox on the product's domain (not a slot)"),
         ("- **Email:** privacy@gofitai.com", "a real mailbox on the product's domain (not a slot)"),
         ("*Effective Date: January 14, 2025*  ", "a filled date (not a slot)"),
         ("// In your registration component", "a code comment (not a slot)")],
        [("**Legal Disclaimer:** This PICS should be reviewed by qualified legal counsel familiar with Hong Kong privacy law before implementation.", "a note to the implementer asking for legal review (a drafting note, not a slot; not scored)")]),
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
        out = place(lines, phs, True)
        look_out = place(lines, look, False)
        amb_out = place(lines, amb, False)
        clash = {x["line"] for x in look_out + amb_out} & {x["line"] for x in out}
        if clash:
            sys.exit(f"{name}: a look-alike or ambiguous line is also a slot line: {sorted(clash)}")
        if len({x["line"] for x in out}) != len(out):
            sys.exit(f"{name}: two slot entries on one line")
        if "repo" in meta:
            source = {"repo": meta["repo"], "path": meta["path"], "commit": meta["commit"], "license": meta["license"],
                      "note": meta["note"]}
            repo_kind = "repository"
            if "index_id" in meta:  # the search index's text of the file at the named commit (no snapshot to take a blob from)
                source["index_id"] = meta["index_id"]
                repo_kind = "index"
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
        print(f"{s:8} {name:20} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
