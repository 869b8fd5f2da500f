#!/usr/bin/env python3
"""Source of truth for eval/blind/round38d/{dev,holdout}/*/annotation.json (hand annotations, round 38d, helper u38k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (the layout and fields are round37d's, tools/annotate37d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it);
* look_alike_lines: lines that look like slots but are not (scored: such a finding there is a false positive);
* ambiguous_placeholder_lines: lines not scored either way (code comments, the language's own interpolation of a slot
  constant, a contact on an unverifiable stand-in domain, notes to the operator, a doubled enumeration comma).

    python3 tools/annotate38d.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "none in the repository; treat as all rights reserved, test fixture only"
NOSNAP = "unknown (no snapshot of the file could be had; licence file not read); treat as all rights reserved, test fixture only"
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "hkmu-i18n-js": ("dev", "i18n.js",
        {"kind": "template (locale module holding the privacy notice, zh-Hans + zh-Hant + en)",
         "repo": "3031445204zelsy17-lang/hkmu_campus_platform", "commit": "0692fb1e2820101a6e7767f3dc91b5c4a0d299b0",
         "path": "miniprogram/utils/i18n.js", "license": NOLIC, "script": "hans+hant/hk", "lang": "zh+en",
         "format": "WeChat mini-program JS locale module (70,100 bytes: every UI string of the app in three languages, part of them \\u-escaped; the privacy notice is one dictionary per language)",
         "note": "HKMU campus platform (Hong Kong Metropolitan University students' mini-program); the privacy notice's contact is a .example mailbox labelled an internal-beta contact to be replaced after launch, in all three languages; byte-exact blob"},
        [("support@hkmu-campus.example(内测联系方式,正式上线后更新为官方邮箱)", "contact left as a .example mailbox, marked an internal-beta contact to be replaced after launch (zh-Hans)"),
         ("support@hkmu-campus.example(內測聯絡方式,正式上線後更新為官方郵箱)", "the same (zh-Hant)"),
         ("support@hkmu-campus.example (internal-beta contact; will be updated to the official mailbox", "the same (en)")],
        [('usernamePlaceholder: "testuser",', "a sign-up form's input hint (UI string, not a slot)"),
         ('emailPlaceholder: "your@email.com",', "a form's input hint (UI string, not a slot)"),
         ('searchPlaceholder: "搜索会话",', "a search box's hint; the key says Placeholder (UI string, not a slot)"),
         ('inputPlaceholder: "發個訊息…",', "a message box's hint (zh-Hant UI string, not a slot)"),
         ('bindEmailPlaceholder: "s1234567@live.hkmu.edu.hk",', "an input hint showing the school mailbox format (not a slot)"),
         ('emailPlaceholder: "your@email.com",', "a form's input hint (zh-Hant dictionary)", 'DICTIONARY["zh-Hant"] = {'),
         ('emailPlaceholder: "your@email.com",', "a form's input hint (en dictionary)", "DICTIONARY.en = {")],
        []),
    "huali-py": ("dev", "signals.py",
        {"kind": "template (a privacy-policy draft seeded by a Django signal, zh + en)", "index_id": "58573806278",
         "license": IDX, "script": "hans/cn", "lang": "zh+en",
         "format": "Python module (Django signals): e-mail templates in Django {{ }} syntax, then a post_migrate hook that creates the site's privacy policy as 'draft-1'; file name chosen here (the module imports .models/.prerender and registers receivers)",
         "note": "Huali Electric (华丽电器) company site back end; the only privacy policy the site gets is this seed: title marked （待审核） / (Draft), body a note that the draft must be reviewed before publication"},
        [("华丽电器网站隐私政策（待审核）", "policy title marked 'pending review'"),
         ("本草稿需由公司负责人审核后发布。", "policy body is a note: this draft must be reviewed by the company before publication"),
         ("Huali Electric Website Privacy Policy (Draft)", "English title marked (Draft)"),
         ("This draft must be reviewed before publication.", "English body: the same draft note")],
        [('"subject": "新网站线索：{{ lead_type }} - {{ contact_name }}",', "Django template variables of a sales e-mail (the file's own template syntax, filled at send time)"),
         ('"text_body": "收到新的{{ lead_type }}。', "Django template variables of an e-mail body"),
         ('"text_body": "{{ contact_name }}，您好！我们已收到您的询盘', "Django template variable of a receipt e-mail"),
         ("summary=f\"后台登录失败：{credentials.get('username', '未知用户')}\")", "a Python f-string field in an audit log call (code)")],
        [('version="draft-1",', "code: the version label of the seeded draft policy (not shown as text; the draft itself is annotated on its own lines)")]),
    "sankeng-uts": ("dev", "legal-content.uts",
        {"kind": "template (user agreement + privacy policy as uni-app x UTS data)", "repo": "burnkings/sankengcloset",
         "commit": "2b1ea4fc635e44f8befbfb09c30aa35becb291a4", "path": "pages/about/legal-content.uts", "index_id": "68765485515",
         "license": NOSNAP, "script": "hans/cn", "lang": "zh",
         "format": "uni-app x .uts (TypeScript dialect): five exported slot constants, then the agreement and the policy as arrays of sections whose paragraphs concatenate the constants",
         "note": "三坑绮橱 (a JK / Lolita / hanfu shopping-info app); operator, contact, effective date, cloud provider and regulator are constants set to 「待运营补充」 ('to be supplied by operations'), a notification channel left as a bracket choice [弹窗/公告]; the index's text of the file at the listed commit (the fetched snapshot does not hold the file)"},
        [("export const LEGAL_ENTITY = '待运营补充'", "operator left as 待运营补充"),
         ("export const LEGAL_CONTACT = '待运营补充'", "contact left as 待运营补充"),
         ("export const LEGAL_EFFECTIVE_DATE = '待运营补充'", "effective date left as 待运营补充"),
         ("export const CLOUD_PROVIDER = '待运营补充'", "cloud provider (a processor) left as 待运营补充"),
         ("export const REGULATOR = '待运营补充'", "complaint authority left as 待运营补充"),
         ("并通过[弹窗/公告]方式通知您", "notification channel left as a bracket choice [弹窗/公告] (pop-up / notice)")],
        [("在「系统设置 → 清理缓存」中随时清除", "a UI path in 「」 (not a slot)"),
         ("坑向偏好（JK/Lolita/汉服）", "an enumeration in parentheses with slashes (not a slot)")],
        [("// ====== 运营信息占位常量 ======", "code comment naming the slot constants (not shown)"),
         ("// 运营方提供真实文案后仅需修改此处常量", "code comment (not shown)"),
         ("' + LEGAL_ENTITY + '（以下简称", "the language's concatenation of a slot constant (the slot is annotated on the constant)"),
         ("'本协议自' + LEGAL_EFFECTIVE_DATE + '起生效。',", "concatenation of a slot constant"),
         ("（' + CLOUD_PROVIDER + '）的服务器上", "concatenation of a slot constant"),
         ("（提供方：' + CLOUD_PROVIDER + '）：用于数据存储", "concatenation of a slot constant"),
         ("可向' + REGULATOR + '投诉", "concatenation of a slot constant"),
         ("'运营主体：' + LEGAL_ENTITY,", "concatenation of a slot constant"),
         ("'联系方式：' + LEGAL_CONTACT,", "concatenation of a slot constant"),
         ("'生效日期：' + LEGAL_EFFECTIVE_DATE,", "concatenation of a slot constant")]),
    "tianxian-md": ("holdout", "PRIVACY_POLICY_DRAFT.md",
        {"kind": "template (privacy policy draft)", "repo": "Leonard-Don/QuantTradingApp",
         "commit": "c4184b1cb14b8f84ec0b72356ce72b4bffdf814b", "path": "docs/PRIVACY_POLICY_DRAFT.md",
         "license": "MIT (repository LICENSE)", "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "天线量化 (a stock-research Android app) privacy policy draft: draft title and note, effective date to be filled before release, a section and the contact left as instructions; byte-exact blob (the file was deleted later)"},
        [("# 天线量化隐私政策草案", "title calls the text a draft 「草案」"),
         ("生效日期：待发布前填写", "effective date 'to be filled before release'"),
         ("本草案用于内测和上架准备，正式发布前需由法律或合规顾问复核。", "drafting note: for internal testing, to be reviewed by counsel before release"),
         ("正式版本应在本节列出具体供应商、数据类型、用途和隐私链接。", "instruction for the author: the release version must list the data vendors here"),
         ("正式版本还需要补充法定留存", "retention rules promised for the release version (to be completed)"),
         ("正式发布前填写客服邮箱、公司主体和注册地址。", "contact left as an instruction: fill in mailbox, company and address before release")],
        [("后端脚手架已提供 `DELETE /v1/me` 账号删除接口", "a code span naming an API endpoint (not a slot)"),
         ("当前 MVP 使用的公开行情源仅用于研究展示和功能验证", "a statement about the current version (not a slot)")],
        []),
    "neoledger-md": ("dev", "PRIVACY_POLICY_DRAFT.md",
        {"kind": "template (privacy policy draft for legal review)", "repo": "1510952971/neo-ledger",
         "commit": "217d9d9ef3dd519070fff64a095a1ba2e22cc547", "path": "docs/PRIVACY_POLICY_DRAFT.md", "index_id": "60100265672",
         "license": NOSNAP, "script": "hans/cn", "lang": "zh", "format": "Markdown",
         "note": "Neo Ledger (a bookkeeping app) privacy policy, a pre-launch draft for legal review: square-bracket slots for the operator and retention periods, a note to replace them, a section left as an instruction; the index's text of the file at the listed commit (the fetched snapshot does not hold the file)"},
        [("# Neo Ledger 隐私政策（上线前法务审阅草案）", "title marked a pre-launch draft for legal review"),
         ("公开托管前必须由适用地区的专业顾问审阅并替换方括号内容。", "drafting note: counsel must review and replace the bracketed content"),
         ("hosted 数据由 [运营主体] 按服务条款处理", "operator left as [运营主体]"),
         ("并在 [期限] 后删除。备份保留策略为 [期限/份数]", "retention periods left as [期限] and [期限/份数]"),
         ("公开版必须列出每个处理者的名称、目的、字段、地区、保存期和退出方式", "instruction: the public version must list every processor")],
        [("设备与安全信息（会话时间、粗粒度 IP、user-agent、审计事件）", "an enumeration with technical terms (not a slot)")],
        []),
    "lunchroulette-md": ("dev", "PRIVACY_POLICY_DRAFT.md",
        {"kind": "template (privacy policy draft, Taiwan)", "repo": "NalaDuolc/LunchRoulette",
         "commit": "0fd55dcd1259c7b0f330549eead8dff9efb2c516", "path": "docs/PRIVACY_POLICY_DRAFT.md",
         "license": NOLIC, "script": "hant/tw", "lang": "zh", "format": "Markdown",
         "note": "午餐轉盤 (an iOS lunch picker, not yet published) privacy policy: title says 草稿, the rest is written; the contact mailbox is on the app's own name domain and cannot be verified; byte-exact blob"},
        [("# 午餐轉盤 隱私權政策草稿", "title calls the text a draft 「草稿」")],
        [("最後更新日期：2026-03-29", "a filled date (not a slot)"),
         ("若未來版本新增這些服務，我們會同步更新本政策", "a promise about future versions (not a slot)")],
        [("- Email: `hello@lunchroulette.app`", "a contact on the app's own name domain: perhaps a stand-in, not verifiable (not scored)")]),
    "lifenotice-md": ("dev", "PRIVACY_POLICY_zh-TW.md",
        {"kind": "template (privacy policy, Taiwan)", "repo": "bryan931218/life-notice",
         "commit": "c99f869f87a94c2f76fbabd1b3fab0d1c1dad266", "path": "docs/PRIVACY_POLICY_zh-TW.md", "index_id": "66665816555",
         "license": NOSNAP, "script": "hant/tw", "lang": "zh", "format": "Markdown",
         "note": "生活通知管家 (an Android notification-to-calendar app) privacy policy, written and detailed, but the contact section is an instruction to fill in the public support mailbox before release; the index's text of the file at the listed commit (no snapshot could be fetched)"},
        [("正式發布前請填入公開客服 Email。", "contact left as an instruction: fill in the public support e-mail before release")],
        [("以規則判斷日期、時間、期限與待辦訊號", "待辦 = to-do items the app detects (not a slot)"),
         ("建立行事曆事件、建立待辦、更新既有事件", "待辦 = to-do items (not a slot)"),
         ("行程、待辦、所選截圖、辨識結果", "待辦 = to-do items (not a slot)")],
        [("公開商店版不應把開發者共用 API key 直接包在行動 App 中", "a note to the operator about the future store build (a draft note, or a statement of design; not scored)"),
         ("正式公開版本將依實際部署與當時政策更新商店揭露。", "a promise about the future public version (not scored)")]),
    "mswpolicy-js": ("holdout", "handlers.js",
        {"kind": "template (membership agreement + privacy policy served by a mock API, Taiwan)", "index_id": "30179318722",
         "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "JavaScript MSW (Mock Service Worker) handlers: the register page's two policies as whole HTML documents in template literals; file name chosen here",
         "note": "a Taiwan membership site's front end: the register API mock returns the agreement and the privacy policy the user must accept; company name and effective date left as [ ] slots"},
        [("本協議係由 [您的公司/組織名稱]（以下簡稱「本公司」）", "company left as [您的公司/組織名稱] (agreement)"),
         ("適用於 [您的公司/組織名稱]（以下簡稱“我們”或“本公司”）", "company left as [您的公司/組織名稱] (privacy policy)"),
         ("<p>本政策自 [政策生效日期] 起生效。</p>", "effective date left as [政策生效日期]")],
        [("1.1 我們可能收集的個人資訊包括但不限於：姓名、", "an enumeration after 包括但不限於 that is filled (not empty)")],
        []),
    "agogify-wxml": ("holdout", "privacy.wxml",
        {"kind": "clean", "repo": "hengqianyun/agogify-mini", "commit": "67c196415b4fa165d3193d29dd81c30087eb3605",
         "path": "miniprogram/pages/privacy/privacy.wxml", "license": "Unlicense (repository LICENSE: public domain)",
         "script": "hans/cn", "lang": "zh", "format": "WeChat mini-program .wxml page (<view>/<text> runs, sentences split across <text> elements)",
         "note": "agogify (remote shopping in partner stores, cross-border) privacy policy, filled: mailbox, Shanghai address, 15-day reply; byte-exact blob"},
        [],
        [("最新版本生效日期：2021年12月18日", "a filled effective date (not a slot)"),
         ("发送电子邮件至 pip@agogify.com提出您的请求", "a real mailbox (not a slot)"),
         ("上海市宝山区三门路561号8幢1A01室", "a real address (not a slot)")],
        [("设备的IP地址、、移动网络提供商", "a doubled enumeration comma 、、: a typo or a deleted item; not a slot (not scored)")]),
    "nannan-wxml": ("dev", "privacy.wxml",
        {"kind": "clean", "repo": "16vcrane/NanNan", "commit": "fe383d0ce52ce145cc458d821c547a303b42b0ca",
         "path": "miniprogram/pages/privacy/privacy.wxml", "license": NOLIC, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page (<text> per paragraph)",
         "note": "a private diary mini-program's short privacy notice (AI replies to diary entries); no contact given; the word 草稿 names unsaved diary drafts; byte-exact blob"},
        [],
        [("更新日期：2026年8月15日", "a filled date (not a slot)"),
         ("退出登录只清除本机登录态和未保存草稿", "草稿 = the user's unsaved diary drafts (not a draft mark of the policy)")],
        []),
    "wowlix-tsx": ("dev", "page.tsx",
        {"kind": "clean (Hong Kong, Cantonese written + English)", "repo": "hideyau28/hk-marketplace",
         "commit": "ddebae348f438d1bb5b065d5325813f5ce9ebf96", "path": "app/[locale]/(customer)/privacy/page.tsx",
         "license": NOLIC, "script": "hant/hk", "lang": "zh+en",
         "format": "Next.js TSX page: a locale switch returns the zh-HK edition (written Cantonese: 嘅) or the English one",
         "note": "WoWlix marketplace (operated by Flow Studio HK) privacy policy, filled: mailbox and site; store name interpolated in the metadata; byte-exact blob"},
        [],
        [("const title = isZh ? `私隱政策 - ${storeName}` : `Privacy Policy - ${storeName}`;", "the language's template-literal interpolation of the store name (code)"),
         ("? `${storeName} 私隱政策`", "template-literal interpolation (code)"),
         ("最後更新日期：2026 年 2 月 16 日", "a filled date (not a slot)"),
         ("<li>電郵：wowlix@flowstudiohk.com</li>", "a real mailbox (not a slot)")],
        []),
    "careloop-json": ("dev", "zh-HK.json",
        {"kind": "clean (Hong Kong locale catalogue holding the privacy notice and terms)", "repo": "hackatons-em/careloop-hk",
         "commit": "cba5c39a777555a35d5fd2b1aacaec371fd080d4", "path": "messages/zh-HK.json", "license": NOLIC,
         "script": "hant/hk", "lang": "zh", "format": "next-intl JSON message catalogue (1,049 lines: every UI string, ICU {arguments}; the privacy notice is public.privacy)",
         "note": "Miruwa (chronic-care monitoring for Hong Kong hospitals) zh-HK catalogue, natively reviewed; the privacy notice names no operator contact but refers the reader to the deploying institution (a design choice, not a slot); byte-exact blob"},
        [],
        [('"alertsAria": "警示（{count} 個未解決）",', "an ICU message argument {count} (the format's own syntax)"),
         ('"rolePlaceholder": "例如：病房經理、首席醫療資訊總監、護理主管",', "a form input hint (UI string)"),
         ('"name": "請填寫姓名",', "a validation message 'please fill in the name' (UI string, not a slot)"),
         ('"organization": "請填寫機構名稱",', "a validation message (UI string, not a slot)"),
         ('"emailPlaceholder": "nurse@hospital.hk",', "a sign-in form's input hint (UI string, not a slot)"),
         ('"needsReview": "待確認"', "a status label 'to be confirmed' for extracted data (UI string, not a slot)"),
         ('"namePlaceholder": "陳太",', "a form input hint (UI string)"),
         ('"phoneHint": "國際格式，用於每日報到，例如 +85291234567",', "an input hint with an example number (UI string)")],
        [("如對個別部署有私隱方面的查詢，請聯絡該部署機構的管理員。", "the contact refers to the deploying institution's administrator (no address given by design; not scored)")]),
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
        if "repo" in meta:
            source = {"repo": meta["repo"], "path": meta["path"], "commit": meta["commit"], "license": meta["license"],
                      "note": meta["note"]}
            if "index_id" in meta:
                source["index_id"] = meta["index_id"]
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
        print(f"{s:8} {name:17} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
