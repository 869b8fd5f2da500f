#!/usr/bin/env python3
"""Source of truth for eval/blind/round42d/{dev,holdout}/*/annotation.json (hand annotations, round 42d, helper m42p).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round41d, tools/annotate41d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it; Issue #11's
  figure, tools/issue11.py, counts only error-level placeholder-* findings);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way (a declared skeleton or development edition, machine-read
  metadata, a gap that is not a template slot).

    python3 tools/annotate42d.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown (no licence file could be read: the repository gave no snapshot here; the file is the search index's text of it)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "kunkit-wxml": ("dev", "privacy.wxml",
        {"kind": "published mini-program page with a template slot left (WeChat 小程序隐私保护指引 generated from the platform template)",
         "repo": "chuxiaokun/qsy", "commit": "7c9c681a4eb436380a0c9ae35e02bb8006e9c730", "path": "pages/privacy/privacy.wxml",
         "index_id": "66056379137", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page, static <text> elements (the index's text of the file at the named commit, 3,283 characters, LF; fetch gave no snapshot)",
         "note": "KUN-KIT 小程序隐私保护指引 (video-parsing tool): the third-party SDK list is left as the platform template's own stand-in 「（增加第三方SDK信息）」; contact is a QQ number; 「固定存储期限：0 天」 is a filled (if odd) value"},
        [("<text class=\"doc-p\" user-select>（增加第三方SDK信息）</text>", "the SDK list left as the template's instruction 「（增加第三方SDK信息）」 (add the third-party SDK information)")],
        [("并通过【本指引你的权益部分】披露的内容保障", "a bracketed cross-reference to the 你的权益 section (platform template wording, not a slot)"),
         ("<text class=\"doc-p\" user-select>固定存储期限：0 天</text>", "a filled retention value (odd, not a slot)"),
         ("<text class=\"doc-p\" user-select>qq：1207870455</text>", "a real QQ contact (not a slot)"),
         ("<text class=\"doc-meta\" user-select>更新日期：2026-06-02</text>", "a filled date (not a slot)"),
         ("你可以通过以下方式与开发者联系，行使查阅、复制、更正、删除等法定权利。", "「以下方式」 refers to the 联系方式 section below, which is filled (not a slot)")],
        []),
    "zuimei-wxml": ("holdout", "privacy.wxml",
        {"kind": "published mini-program page with the developer's to-do left in (a photo-editing mini-program's 隐私说明, declared a skeleton)",
         "repo": "jzh-1228/myxcx", "commit": "5af1041c6181dd5d9eab70e8e43d50508f82bd9c", "path": "pages/privacy/privacy.wxml",
         "index_id": "69874042703", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page, one <view> per paragraph (the index's text, 657 characters, LF; fetch gave no snapshot)",
         "note": "「最美证件照」 隐私说明（骨架）: the AI paragraph says the model-processing, content-safety and retention statements must still be added once a vendor is connected"},
        [("接入供应商后需补充模型处理、内容安全与留存说明，并明示「AI 生成」。", "statements still to be supplied (model processing, content safety, retention) declared in the published page")],
        [("把所选照片发往你在设置里配置的自托管地址（Hivision 兼容 API 或 Webhook）", "the user's own configured address (not a slot)"),
         ("<view class=\"p\">保存相册：仅在你确认「保存相册」后写入系统相册。</view>", "a quoted button label (not a slot)")],
        [("<view class=\"title\">隐私说明（骨架）</view>", "the title declares a skeleton edition (a reviewer would note it; not scored)"),
         ("本骨架不采集身份证号等证件敏感信息，也不提供真实过审认证。", "a statement about the skeleton itself (not a slot; not scored)")]),
    "chopsbook-terms-js": ("dev", "page.js",
        {"kind": "published bilingual terms page with a stand-in domain left in its metadata (Next.js)",
         "repo": "kwan0042/chopsbook", "commit": "b2ff7aadea190154afe3a1cf0fb118c389eb426a", "path": "src/app/help/terms/page.js",
         "license": "none found in the repository (no LICENSE file at the commit)", "script": "hant+en", "lang": "zh+en",
         "format": "Next.js page (JSX in .js): metadata object, then every paragraph in Traditional Chinese followed by its English line after <br /> (byte-exact blob 4bdb6da9)",
         "note": "ChopsBook 使用條款 / Terms of Service (a restaurant-review platform governed by Ontario law): the Open Graph url is left as 「https://your-domain.com/help/terms」 while metadataBase is the real chopsbook.com; also a stray 「）」 in the description and a find-and-replace residue 「className action waivers」 (class action), neither a slot"},
        [("url: \"https://your-domain.com/help/terms\",", "Open Graph url left as the stand-in https://your-domain.com (the page's real domain is chopsbook.com)")],
        [("metadataBase: new URL(\"https://chopsbook.com\"),", "the real domain (not a slot)"),
         ("description: \"ChopsBook 平台使用條款）\",", "a stray closing bracket (a typo, not a slot)"),
         ("<strong>生效日期 / Effective Date：</strong>2025 年 10 月 20 日", "a filled date (not a slot)"),
         ("href=\"mailto:support@chopsbook.com\"", "a real mailbox (not a slot)"),
         ("<a href=\"mailto:chopsbook@gmail.com\">chopsbook@gmail.com</a>", "a real mailbox (not a slot)"),
         ("arbitration clauses or className action waivers that restrict a", "find-and-replace residue (class → className), not a slot"),
         ("2025年10月25日修訂", "a filled revision date (not a slot)")],
        []),
    "kavyl-md": ("dev", "privacy-policy-zh.md",
        {"kind": "published policy with a stand-in mailbox and the publisher's note left in (mobile app privacy policy)",
         "repo": "guoxiujiang1971/kavyl", "commit": "8dabec7e7323ec135735608e9d24b779d7f8acd4", "path": "privacy-policy-zh.md",
         "index_id": "69639459996", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Markdown (the index's text, 4,577 characters, LF, no final newline; fetch gave no snapshot)",
         "note": "Kavyl (AI companion app) 隐私政策: both contact lines give 「privacy@kavyl.example.com（发布前请替换为真实邮箱）」"},
        [("如对本政策有疑问，请联系我们：**privacy@kavyl.example.com**（发布前请替换为真实邮箱）。", "stand-in mailbox on example.com with 「发布前请替换为真实邮箱」"),
         ("- 邮箱：**privacy@kavyl.example.com**（发布前请替换为真实邮箱）", "the same stand-in in the contact section")],
        [("（例如美国 988、英国/欧洲 116 123）", "real crisis hotlines (not a slot)"),
         ("我们会收到年龄区间（如 0–12、13–17、18+）", "example age bands (not a slot)"),
         ("- 支持页面：[Kavyl 支持](https://github.com/guoxiujiang1971/kavyl/blob/main/SUPPORT.md)", "a real link (not a slot)"),
         ("_最近更新：2026 年 8 月 30 日_", "a filled date (not a slot)")],
        []),
    "mindwell-js": ("dev", "agreement.js",
        {"kind": "mini-program catalogue of policy texts with the operator's to-dos left in (development edition)",
         "repo": "JohnChief/mental-wellness-miniprogram", "commit": "48c1781f61f64835f5f69b709c83e495c791ac43", "path": "pages/agreement/agreement.js",
         "index_id": "54947729975", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program page script: a contentMap of privacy / terms / disclaimer / delete texts as [title, body] pairs, then Page() code (the index's text, 1,205 characters, LF; fetch gave no snapshot)",
         "note": "a mental-wellness activity mini-program: the privacy text says the operator and contact will be added before launch, the deletion text says requests go through customer service once the contact is configured, and 「当前阶段」 lists what must be added before launch"},
        [("正式运营主体与联系方式上线前补充。", "operator and contact declared still to be supplied before launch"),
         ("['申请方式', '正式运营联系方式配置后，可通过客服提交注销或数据删除申请。'],", "the deletion channel depends on a contact not yet configured"),
         ("本页面为开发版说明，上线前必须补充运营主体、联系方式、处理时限和生效日期。", "operator, contact, time limit and effective date declared still to be supplied")],
        [("请勿在备注中填写疾病诊断、病史等敏感健康信息。", "an instruction to users about their own notes (not a slot)"),
         ("平台会通过预留联系方式及时通知。", "the user's own contact details (not a slot)"),
         ("wx.setNavigationBarTitle({ title: content.title })", "code (not a slot)")],
        []),
    "petfood-tw-vue": ("holdout", "privacy.vue",
        {"kind": "published page with unfilled sections (a Taiwan pet-food database's 隱私政策, Nuxt)",
         "repo": "AlvinTsai7914/petfood-collection", "commit": "2f086fc90a77e861fc7a1baf02b238c3e43a5656", "path": "pages/privacy.vue",
         "license": "none found in the repository (no LICENSE file at the commit)", "script": "hant/tw", "lang": "zh",
         "format": "Nuxt single-file component: useSeoMeta, then sections whose bodies are drafting notes in parentheses (byte-exact blob dd41b40c)",
         "note": "寵物食品資料庫 隱私政策 (最後更新:2026-04-24): three of the four sections are left as 「(待補 — …)」 notes telling the author what to write"},
        [("(待補 — Phase 1 若無使用者登入、無追蹤,可簡短寫「本網站不收集任何個人識別資料」)", "section body left as a 待補 drafting note"),
         ("(待補 — 若僅使用技術必要的 cookie,可說明用途與保存期限)", "section body left as a 待補 drafting note"),
         ("(待補 — 若未來加入 Google Analytics 或其他分析 / 廣告工具,須於此列出並說明資料流向)", "section body left as a 待補 drafting note")],
        [("<p class=\"mt-2 text-small text-neutral-400\">最後更新:2026-04-24</p>", "a filled date (not a slot)"),
         ("<NuxtLink to=\"/contact\" class=\"text-accent hover:underline\">聯絡方式</NuxtLink>", "a link to the contact page (not a slot)")],
        []),
    "buytime-hk-tsx": ("dev", "privacy.tsx",
        {"kind": "clean", "index_id": "59540327425", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "TanStack Router TSX route: a SECTIONS array of {title, body} rendered as cards; file name chosen here (the index's text, 2,158 characters, LF)",
         "note": "clean; Hong Kong 買時間 (buytime.hk, receipt-matching platform) 私隱政策 Beta 1.0, 生效日期：2026年7月 (month only), contact hello@buytime.hk, under Cap. 486"},
        [],
        [("<p className=\"text-xs text-muted-foreground mt-0.5\">Beta 1.0 · 生效日期：2026年7月</p>", "a filled (month-only) date and a version label (not a slot)"),
         ("{ title: \"7. 聯絡我們\", body: \"如對私隱政策有任何疑問，請電郵：hello@buytime.hk\" },", "a real mailbox on the site's own domain (not a slot)"),
         ("用戶資料儲存於安全的雲端伺服器（Supabase）", "a named processor in parentheses (not a slot)")],
        []),
    "lawgic-hk-tsx": ("dev", "ComplianceModal.tsx",
        {"kind": "clean", "index_id": "67170044231", "license": IDX, "script": "hant/hk+en", "lang": "zh+en",
         "format": "React TSX component: MODAL_TEXT and COMPLIANCE_SECTIONS records with en and zh strings, then the modal's code; file name chosen here (the index's text, 10,503 characters, LF)",
         "note": "clean; Hong Kong Lawgic (logic-puzzle platform) bilingual 系統架構治理與法律合規聲明 / legal notice: client-side only, PDPO Cap. 486, EU AI Act, AS-IS; no date or contact"},
        [],
        [("[tabindex]:not([tabindex=\"-1\"])';", "a CSS selector in code (not a slot)"),
         ("en: '4. \"AS-IS\" Limitation of Liability',", "a quoted legal term (not a slot)"),
         ("香港法例第 486 章個人資料私隱原則", "a statute citation (not a slot)")],
        []),
    "ntutcourse-tw-vue": ("holdout", "privacy.vue",
        {"kind": "clean", "repo": "gnehs/ntut-course-web", "commit": "2c7b34646e3cb26674d6e51137e7f53a63baccbc", "path": "pages/privacy.vue",
         "license": "GPL-3.0 (LICENSE in the repository)", "script": "hant/tw", "lang": "zh",
         "format": "Nuxt single-file component: template with the policy text, then a head() script (byte-exact blob 068ee64e)",
         "note": "clean; Taiwan 北科課程好朋友 (course site) 隱私權政策, 上次更新：2022/6/15; contact written 「ntut-course-web[at]gnehs.net（請將 [at] 替換為 @）」 against address harvesting"},
        [],
        [("請聯繫 ntut-course-web[at]gnehs.net（請將 [at] 替換為 @）。", "an obfuscated real mailbox and the reader's instruction to replace [at] (not a slot)"),
         ("<p>上次更新：2022/6/15</p>", "a filled date (not a slot)")],
        []),
    "ichiban-tw-tsx": ("dev", "page.tsx",
        {"kind": "clean", "index_id": "1251131413", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Next.js TSX page (lucide-react import, prose sections); file name chosen here (the index's text, 2,699 characters, LF)",
         "note": "clean; Taiwan 一番賞線上抽 隱私權政策 (the common Taiwan template, six sections); no date and no contact (gaps, not slots)"},
        [],
        [("<li>本服務在您註冊帳號、使用服務、參加活動時，會收集您的姓名、電子郵件地址、聯絡電話、收件地址等個人資料。</li>", "a filled enumeration ending in 等 (not a slot)"),
         ("即可拒絕 Cookie 的寫入，但可能會導致網站某些功能無法正常執行。", "filled text (not a slot)")],
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
