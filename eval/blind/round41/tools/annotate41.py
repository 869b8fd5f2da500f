#!/usr/bin/env python3
"""Source of truth for eval/blind/round41/{dev,holdout}/*/annotation.json (hand annotations, round 41, helper u41k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round40d, tools/annotate40d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way (code comments a reader never sees, an attribute a reader
  does not read, garbled text whose bracket may or may not be a half-filled slot).

    python3 tools/annotate41.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "worky-dart": ("dev", "terms_popup.dart",
        {"kind": "published page with a slot (Flutter popup of a Taiwan job platform's terms and privacy texts)",
         "index_id": "8894574311", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Flutter (Dart) widget file: a TermsPopup screen plus two `const String` triple-quoted texts (a 個資聲明 shown as the terms, and the 隱私權政策); file name chosen here (the index's text, 5,309 characters)",
         "note": "Worky platform (Taiwan) in-app texts: the 隱私權政策's only contact is 「電子郵件：privacy@example.com」; the other text is a garbled copy of the Taiwan 隱私權保護政策 template"},
        [("電子郵件：privacy@example.com", "contact mailbox on the reserved example.com domain")],
        [("【隱私權政策】", "the text's own title in 【】 (not a slot)"),
         ("【隱私政策暨個資聲明】", "the other text's title in 【】 (not a slot)"),
         ("本政策的最後更新日期：2024年12月。", "a filled month-precision date (not a slot)"),
         ("1. 個人識別資料：姓名、電子郵件地址、電話號碼等。", "a filled enumeration ending in 等 (not a slot)"),
         ("（一）本服務站絕不會提供、交換、出租或出售任何您的個人資料，以下情況除外：", "a numbered clause (not a slot)"),
         ("title: '隱私權政策',", "a code argument (not a slot)")],
        [("如何處理在您使用（網路服務時收集到的個人識別資料", "garbled copy of the template sentence with an unmatched 「（」: may be the remains of a half-filled 「（…）網路服務」 but no marker says so (not scored)"),
         ("本隱私政策適用於貴服務商所有網站平臺以及我們的應用程式。", "「貴服務商」 reads like template wording addressed to the operator, but it is not a marker (not scored)"),
         ("// 點擊空白區域時取消焦點", "code comment (not rendered; not scored)")]),
    "cardvote-md": ("dev", "privacy.md",
        {"kind": "template (bilingual privacy policy draft)", "index_id": "65733436643", "license": IDX,
         "script": "hant/tw+en", "lang": "zh+en",
         "format": "Markdown, each heading, row and bullet in Taiwan Traditional Chinese then English after 「/」; a table of collected data; file name chosen here (the index's text, 1,657 characters)",
         "note": "privacy policy draft of a Taiwan crowd-voted fact-check card service (LINE bot and device handles): the title marked (草稿)/(draft), a to-do notice that legal review is still needed before launch, the contact left 「（待填 / TBD)」"},
        [("# 隱私權政策(草稿)/ Privacy Policy (draft)", "title marked draft (zh and en)"),
         ("> 文件 13 待辦。本草稿由工程面的資料事實產生;上線前須經法務諮詢。", "drafting note: a to-do, legal review required before launch (zh and en)"),
         ("（待填 / TBD)", "contact left 待填 / TBD")],
        [("| 裝置代號 / Device handle |", "a table row with slashes and parentheses (not a slot)"),
         ("| 防濫用 / Abuse control | IP 的雜湊桶,只在 Redis", "a filled retention ≤ 24 hours (not a slot)"),
         ("IP(超過 24 小時)、國籍、真實姓名、聯絡方式", "a filled list with a parenthesis (not a slot)"),
         ("- 申訴:貼文作者可申請遮蔽快照文字(留雜湊與存證指標)。", "a parenthetical detail (not a slot)"),
         ("## 聯絡 / Contact", "the contact heading above the slot (not a slot)")],
        []),
    "chaoxingxing-md": ("dev", "face-privacy.md",
        {"kind": "template (a consent agreement draft in a personal notes repository)", "repo": "FlyAboveGrass/note",
         "commit": "7064ed6e68fee449826ec46f01a343b757045879", "path": "隐私协议.md",
         "license": "none found (the repository has no licence file): test fixture only",
         "script": "hans/cn", "lang": "zh",
         "format": "Markdown (an Obsidian note): bold headings and numbered bold-led items, zero-width spaces after the item numbers; byte-exact blob 9dc697d9 (added in 7064ed6e, deleted 34 minutes later in 1f6ba73)",
         "note": "face-recognition consent agreement for 超级猩猩 (a gym chain) members' gate entry: written, except how revisions are announced, left as the alternative 【小程序公告/短信通知】"},
        [("本协议修订将通过【小程序公告/短信通知】公示", "notice channel left as two alternatives in 【】 (not chosen)")],
        [("# **人脸信息采集隐私协议**", "the title in bold (not a slot)"),
         ("**最小必要原则**：仅收集实现功能必需的最少信息，例如不强制要求采集非必要的人脸属性（如年龄、情绪等）。", "a parenthetical example ending in 等 (not a slot)"),
         ("**存储期限**：信息保留至训练会员到期后 180 天", "a filled retention period (not a slot)"),
         ("**第三方服务说明**：若涉及第三方技术供应商（如人脸识别算法提供商）", "promises a list of third parties that the text does not give: an omission, not a slot marker"),
         ("**合规备案**：我们已按照《人脸识别技术应用安全管理办法》向公安机关完成备案。", "a filled statement quoting a regulation in 《》 (not a slot)")],
        []),
    "bencao-jsx": ("dev", "PolicyPage.jsx",
        {"kind": "clean", "index_id": "37116884426", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "React JSX page (CRLF line ends): a sections array of strings rendered as <h2>/<p>, a link to the PCPD ordinance page; file name chosen here (the index's text, 1,822 characters counted with CRLF: 1,740 with LF, and the read-back at offset 1,700 lines up only with CRLF)",
         "note": "本草智膳 (a Hong Kong Chinese-medicine diet app) 私隱政策 under the Personal Data (Privacy) Ordinance, written; no contact or date (an omission, not a slot)"},
        [],
        [("本站會確保所有透過「本草智膳」遞交的個人資料，均嚴格遵守{' '}", "a JSX space binding after a filled product name (not a slot)"),
         ("《個人資料（私隱）條例》", "an ordinance title in 《》 (not a slot)"),
         ("\"• 停用帳戶並刪除所有紀錄（可透過「帳戶設定」申請）\"", "a parenthetical with a quoted settings name (not a slot)"),
         ("\"• 帳戶資料：如用戶名稱、電郵地址、登入紀錄\"", "an enumeration of collected fields naming 電郵地址 (not a slot)")],
        []),
    "yata-jsx": ("dev", "PrivacyTnc.jsx",
        {"kind": "clean", "index_id": "9680394581", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "React JSX page of the YATA eShop: three arrays of strings rendered as bullet lists under underlined spans; file name chosen here (the index's text, 5,746 characters by the index's count: the text read back has 5,745, so one invisible character, most likely a zero-width space or BOM the text view drops, could not be recovered; offset probes at 5,000, 5,400 and 5,700 line up)",
         "note": "一田 (YATA, a Hong Kong department-store and supermarket chain) eShop 私隱政策聲明 and 個人資料收集聲明, written; contact marketing@yata.hk and a Sha Tin address"},
        [],
        [("請電郵 marketing@yata.hk 往一田有限公司", "a real contact mailbox and address (not a slot)"),
         ("包括姓名、電郵地址、送貨/帳單地址、電話號碼、手提電話號碼、公司名稱等。", "an enumeration of fields naming 公司名稱 (not a slot)"),
         ("PrivacyTnc.title = \"條款及細則 | YATA eShop\";", "a page title with a pipe (not a slot)"),
         ("在直接市場推廣過程中，我們將提供適當之「拒絕服務選擇」。", "a quoted term (not a slot)"),
         ("使用COOKIES檔案{\" \"}", "a JSX space binding (not a slot)")],
        []),
    "jacory-js": ("dev", "privacy.js",
        {"kind": "clean", "repo": "JacoryCYJin/jacory-space", "commit": "20dbf18b3feacfc82442e9e52b70edfa3df55db8",
         "path": "src/constants/privacy.js",
         "license": "unknown: the file's commit is not in the repository snapshot `fetch` brought (no LICENSE at its HEAD either); test fixture only",
         "script": "hans/cn+hant/tw+en", "lang": "zh+en",
         "format": "JavaScript module (a catalogue): one privacyContent object with zh-cn, zh-tw and en entries of title, lastUpdated and sections of bullet strings; the index's text at commit 20dbf18b (6,439 characters, read back at offset 6,300), the snapshot no longer holds the file",
         "note": "jacory-space (a personal site) privacy policy in Simplified, Taiwan Traditional and English, written; contact chengyue.jin@outlook.com"},
        [],
        [("\"• 邮箱：chengyue.jin@outlook.com\",", "a real contact mailbox (not a slot)"),
         ("\"• 信箱：chengyue.jin@outlook.com\",", "a real contact mailbox (not a slot)"),
         ("\"• Email: chengyue.jin@outlook.com\",", "a real contact mailbox (not a slot)"),
         ("lastUpdated: \"最后更新：2024年1月\",", "a filled month-precision date (not a slot)"),
         ("\"• 网站分析服务（如Google Analytics）\",", "a parenthetical example (not a slot)")],
        []),
    "fbbot-js": ("dropped", "privacy.js",
        {"kind": "published page with slots (Express route serving a Taiwan bot's privacy page)", "index_id": "44857815470",
         "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Node.js Express router: one res.send of an HTML page in a template literal (CSS, sections); a JSDoc comment; file name chosen here (the index's text, 4,605 characters)",
         "note": "隱私政策 of a Facebook fan-page bot (Taiwan law, Taipei court), the page Facebook requires to be public: written, the contact left 「電子郵件：[您的電子郵件]」 and 「Facebook 粉絲頁：[您的粉絲頁]」"},
        [("<li>電子郵件：[您的電子郵件]</li>", "contact mailbox left as [您的電子郵件]"),
         ("<li>Facebook 粉絲頁：[您的粉絲頁]</li>", "contact fan page left as [您的粉絲頁]")],
        [("<p class=\"last-updated\">最後更新日期：2025年10月23日</p>", "a filled date (not a slot)"),
         ("<li><strong>Facebook 用戶 ID：</strong>用於識別和回應您的留言</li>", "a filled data item (not a slot)"),
         ("<p>© 2025 Facebook 粉絲頁機器人 | 保留所有權利</p>", "a footer with a pipe (not a slot)"),
         ("本隱私政策受中華民國法律管轄。", "a filled governing law (not a slot)")],
        [("* Facebook App 要求必須提供公開的隱私政策網址", "JSDoc comment (not rendered; not scored)")]),
    "eduoffice-tsx": ("holdout", "LegalPages.tsx",
        {"kind": "published page with slots (a Taiwan education consultancy's legal pages)", "index_id": "58806147485",
         "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "React TSX module: PrivacyPolicy, TermsOfService and IndependenceStatement components of Section/OrderedList JSX, a shared ContactInformation component, a pageMeta record; Tailwind classes with bracketed values; file name chosen here (the index's text, 11,198 characters)",
         "note": "學涯家辦 Edu Family Office (Taiwan) privacy policy, terms and independence statement, written; the contact block both pages render left as 「營運主體：[請填寫公司或工作室名稱]」, your-email@example.com and 「營業地址：[請填寫地址，如適用]」"},
        [("<p>營運主體：[請填寫公司或工作室名稱]</p>", "operator left as an instruction in []"),
         ("your-email@example.com", "contact mailbox your-email@example.com (the link text a reader sees)", "className=\"ml-1 text-[#0E3B2E] underline"),
         ("<p>營業地址：[請填寫地址，如適用]</p>", "business address left as an instruction in [] (「如適用」: if applicable)")],
        [("<div className=\"space-y-4 text-[15px] leading-8 text-[#46524D] md:text-base\">", "Tailwind classes with bracketed values (not a slot)"),
         ("<ol className=\"list-decimal space-y-2 pl-6 marker:text-[#9A7B50]\">", "Tailwind classes with bracketed values (not a slot)"),
         ("最後更新日期：2026 年 8 月 16 日", "a filled date (not a slot)"),
         ("<li>瀏覽器、裝置、IP 位址、瀏覽頁面及 Cookie 紀錄。</li>", "a filled enumeration (not a slot)"),
         ("<p>本條款原則上以中華民國法律為準據法。</p>", "a filled governing law (not a slot)"),
         ("{page === 'privacy' && <PrivacyPolicy />}", "a JSX condition (not a slot)")],
        [("href=\"mailto:your-email@example.com\"", "the link's target attribute, not text a reader reads; the same mailbox is scored on its text line (not scored)")]),
    "caloriecount-tsx": ("holdout", "page.tsx",
        {"kind": "clean", "index_id": "53225984401", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Next.js TSX page: constants for the effective date and mailbox, Section components, a table built from an array, a rights grid built from objects with an empty icon field; file name chosen here (the index's text, 7,783 characters)",
         "note": "CalorieCount (an AI calorie tracker, Taiwan PDPA) 隱私權政策, written; contact support@calo-circle.yisoapp.com through a constant"},
        [],
        [("{ icon: '', label: '查閱權', desc: '查看我們持有的您的資料' },", "an empty icon string in a code object (decoration, not a slot)"),
         ("<li>個人頭像（選填）</li>", "an optional field marked 選填 (not a slot)"),
         ("<p className=\"text-sm text-gray-500\">生效日期：{EFFECTIVE_DATE}</p>", "a date bound to a constant filled above (not a slot)"),
         ("const CONTACT_EMAIL = 'support@calo-circle.yisoapp.com';", "a real-looking product mailbox (not a slot)"),
         ("['寄送驗證信、重要帳號通知', '履行服務合約 / 合法利益'],", "a table row with a slash (not a slot)"),
         ("<span className=\"text-xl\">{icon}</span>", "renders the empty icon (decoration, not a slot)")],
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
        print(f"{s:8} {name:15} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
