#!/usr/bin/env python3
"""Source of truth for eval/blind/round40d/{dev,holdout}/*/annotation.json (hand annotations, round 40d, helper u40k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round39d, tools/annotate39d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way (code comments a reader never sees, a filled value left in
  brackets, the continuation of a drafting note, a code constant whose rendered use depends on the build).

    python3 tools/annotate40d.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "gobob-tsx": ("dev", "page.tsx",
        {"kind": "template (privacy page draft, published route)", "index_id": "71000822217", "license": IDX,
         "script": "hans/cn", "lang": "zh",
         "format": "Next.js TSX page: JSX markup plus a SECTIONS array of JSX bodies and `todo` strings rendered as notes; a JSDoc block comment for the developer; file name chosen here (the index's text, 4,186 characters)",
         "note": "Gobob SOHO (a study-abroad agency SaaS) privacy page: the page itself says it is not final (「本页尚未定稿」); operator, credit code, privacy mailbox, storage region and dates left as 【待法务确认…】; every section renders a 「待法务确认：…」 note"},
        [("<p>本政策由 <strong>【待法务确认：运营主体全称】</strong>（统一社会信用代码", "operator left as 【待法务确认：运营主体全称】"),
         ("【待法务确认】）运营，产品名称为 Gobob SOHO。</p>", "credit code left as 【待法务确认】"),
         ("<p>【待法务确认：是否还有支付、短信、客服等其他第三方，逐一列明名称、", "third-party list left as an instruction in 【】 (continues on the next line)"),
         ("<p>行使方式：发送邮件至 <strong>【待法务确认：个人信息保护负责人邮箱】</strong>，", "rights mailbox left as 【待法务确认：…邮箱】"),
         ("【待法务确认：数据存储地域、是否存在跨境传输、留存期限与到期处置方式】</p>", "storage region / cross-border / retention left as an instruction in 【】"),
         ("更新日期：【待法务确认】　|　生效日期：【待法务确认】", "update and effective dates left as 【待法务确认】"),
         ("<strong>本页尚未定稿。</strong>", "drafting note: the page is not final"),
         ("待法务确认：{s.todo}", "a 「待法务确认：…」 note rendered under every section (the items come from the `todo` strings)"),
         ("<strong>【待法务确认：个人信息保护负责人姓名 / 邮箱 / 通讯地址】</strong>", "contact left as 【待法务确认：…】")],
        [("院校 / 专业 / 排名 / 智能匹配等数据能力由 <strong>Gobob Data API</strong>", "a real data provider named with slashes (not a slot)"),
         ("<p>你有权查阅、复制、更正、删除你的个人信息，以及撤回同意、注销账号。</p>", "a filled rights clause (not a slot)"),
         ("我们将在 15 个工作日内响应。撤回同意不影响此前基于同意已进行的处理活动。</p>", "a filled response time (not a slot)")],
        [("* 【待法务确认】都是需要业务/法务给出真实答案的条目 —— 我无法替机构决定", "JSDoc comment for the developer (not rendered; not scored)"),
         ("* ⚠️ 上线前需法务定稿。", "JSDoc comment (not rendered; not scored)"),
         ("*   1. 运营主体全称与统一社会信用代码", "JSDoc to-do list (not rendered; not scored)"),
         ("*   2. 个人信息保护负责人的姓名与联系方式", "JSDoc to-do list (not rendered; not scored)"),
         ("*   4. 各类数据的留存期限与删除方式", "JSDoc to-do list (not rendered; not scored)"),
         ("/** 需要业务/法务确认才能定稿的条目 */", "type comment (not rendered; not scored)"),
         ("处理目的与数据类型】</p>", "continuation of the bracketed instruction two lines up (not scored separately)"),
         ("以下已按法定要素搭好结构，但仍有若干条目需由业务与法务确认后填入", "continuation of the drafting note (not scored separately)"),
         ("（以「待法务确认」标注）。正式发布前请勿认为其已构成完整告知。", "continuation of the drafting note, quoting the marker (not scored separately)"),
         ("todo: '运营主体全称、统一社会信用代码、注册地址、联系电话',", "`todo` string (the missing items, rendered after the 「待法务确认：」 note; not scored separately)"),
         ("todo: '逐项核对实际采集字段，确保与后端落库字段一一对应',", "`todo` string (not scored separately)"),
         ("todo: '完整第三方清单（含支付 / 短信 / 客服），及其隐私政策链接',", "`todo` string (not scored separately)"),
         ("todo: '个人信息保护负责人姓名、邮箱、响应时限的承诺口径',", "`todo` string (not scored separately)"),
         ("todo: '数据存储地域、跨境情况、各类数据的留存期限',", "`todo` string (not scored separately)"),
         ("todo: '是否需要监护人单独同意流程，以及具体实现方式',", "`todo` string (not scored separately)")]),
    "vkpi-ts": ("dev", "legalContent.ts",
        {"kind": "template (bilingual legal pages draft: terms, privacy, data sources, requests)", "index_id": "62033125121",
         "license": IDX, "script": "hans/cn+en", "lang": "zh+en",
         "format": "TypeScript module of paired zh/en string constants (a catalogue of page texts: titles, intros, sections with `p`/`li` arrays), code comments at the top; file name chosen here (the index's text, 18,252 characters)",
         "note": "V-KPI (Viltrox's creator-marketing analytics tool, beta) legal texts in Chinese and English: every title marked (草案)/(draft), a draft notice, governing law, legal bases and cross-border arrangements left 【待法务确认】/[Pending legal review], the footer email described as a beta placeholder, retention for creator profiles still undecided"},
        [("zh: \"草案 · 待法务审阅。本页为公测期间的工作草稿", "draft notice (zh)"),
         ("en: \"Draft — pending legal review. This page is a working draft", "draft notice (en)"),
         ("title: \"服务条款(草案)\",", "terms title marked draft (zh)"),
         ("p: [\"【待法务确认】适用法律与争议解决地在正式版本中填入。\"]", "governing law left as 【待法务确认】 (zh)"),
         ("p: [\"条款相关问题请通过页脚邮箱联系(公测期间为占位邮箱,正式邮箱待确认)。\"]", "contact: a placeholder mailbox, final one 待确认 (zh)"),
         ("title: \"Terms of Service (draft)\",", "terms title marked draft (en)"),
         ("p: [\"[Pending legal review] Governing law and venue will be inserted in the final version.\"]", "governing law left as [Pending legal review] (en)"),
         ("(a placeholder during the beta; the final address is to be confirmed)", "contact: a placeholder mailbox, final address to be confirmed (en)"),
         ("title: \"隐私政策(草案)\",", "privacy title marked draft (zh)"),
         ("\"【待法务确认】各辖区适用的法律依据与告知方式。\",", "legal bases left as 【待法务确认】 (zh)"),
         ("创作者档案与视频证据的保留期尚未定案(待办)。", "retention for profiles/evidence undecided (待办) (zh)"),
         ("\"我们不出售个人数据。跨境传输安排【待法务确认】。\"", "cross-border arrangements left as 【待法务确认】 (zh)"),
         ("p: [\"政策变更会更新本页版本号;问题请通过页脚邮箱联系(公测期间为占位邮箱)。\"]", "contact: a placeholder mailbox (zh)"),
         ("title: \"Privacy Policy (draft)\",", "privacy title marked draft (en)"),
         ("\"[Pending legal review] Jurisdiction-specific legal bases and notice mechanics.\",", "legal bases left as [Pending legal review] (en)"),
         ("Retention for creator profiles and video evidence is still to be decided (open item).", "retention undecided (open item) (en)"),
         ("Cross-border transfer arrangements: [pending legal review].", "cross-border arrangements left as [pending legal review] (en)"),
         ("questions go to the footer email (a placeholder during the beta).", "contact: a placeholder mailbox (en)"),
         ("title: \"数据来源声明(草案)\",", "data-sources title marked draft (zh)"),
         ("尊重各平台的服务条款与 robots 规则【待法务逐平台核对】。", "platform terms check left as 【待法务逐平台核对】 (zh)"),
         ("title: \"Data Sources Statement (draft)\",", "data-sources title marked draft (en)"),
         ("We respect each platform's terms and robots rules [pending per-platform legal check].", "platform terms check left as [pending …] (en)"),
         ("title: \"删除 / 勿联系 / 查询申请(草案)\",", "request page title marked draft (zh)"),
         ("title: \"Deletion, Do-Not-Contact & Access Requests (draft)\",", "request page title marked draft (en)")],
        [("\"提交后你会得到一个回执号(DSAR-xxxxxxxx),请保留以便跟进。\"", "a reference-number format DSAR-xxxxxxxx (not a slot)"),
         ("\"You receive a reference (DSAR-xxxxxxxx) after submitting; keep it for follow-up.\"", "a reference-number format (not a slot)"),
         ("labelZh: \"已抑制(勿联系)的联系方式明文——即时清理\"", "a filled retention label (not a slot)"),
         ("request: { zh: \"删除 / 勿联系 / 查询申请\", en: \"Deletion, Do-Not-Contact & Access Requests\" },", "a page title with slashes (not a slot)"),
         ("{ h: \"11. 未成年人\", p: [\"平台不面向 16 周岁以下人士;如发现收录了未成年人的数据,我们将删除。\"] },", "a filled clause (not a slot)")],
        [("// 公测法务页文案(L-legal-dsar)。全部为「草案,待法务审」", "code comment (not rendered; not scored)"),
         ("export const CONTACT_EMAIL_PLACEHOLDER = \"privacy@viltrox.com\";", "code constant named a placeholder; the company's real domain (not scored either way)"),
         ("export const LEGAL_DRAFT_VERSION = \"2026-09-02-draft\";", "code constant, a draft version label (not scored)")]),
    "subshare-tsx": ("dev", "Legal.tsx",
        {"kind": "published page with slots (legal pages of a subscription-sharing shop)", "index_id": "55478506948",
         "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "React TSX page: a DEFAULTS object of legal texts (terms, privacy, refund, about) rendered as paragraphs; a JSDoc comment; file name chosen here (the index's text, 3,041 characters)",
         "note": "SubShare (shared-seat subscription shop) legal pages, built-in defaults: privacy and terms written; the operator left as 「SubShare Demo Team（示例；正式上线请…填写真实公司名称…）」 and the mailbox as support@example.com 「（示例，请替换为真实客服邮箱）」"},
        [("'运营主体：SubShare Demo Team（示例；正式上线请在后台「站点设置」填写真实公司名称", "operator: a demo name with an instruction to fill in the real company"),
         ("'联系邮箱：support@example.com（示例，请替换为真实客服邮箱）',", "mailbox on example.com with an instruction to replace it")],
        [("'在线客服：站内右下角悬浮窗提交工单，7×24 响应，平均首次回复 < 10 分钟。',", "a filled service promise with a < sign (not a slot)"),
         ("最近更新：2026-07-13", "a filled date (not a slot)"),
         ("'4. 质保与补发：有效期内因平台原因导致账号失效的，可申请免费补发（详见退款与售后规则）。',", "a parenthetical cross-reference (not a slot)"),
         ("真实支付由第三方支付机构（如 Stripe / 支付宝）在其页面完成并加密处理。", "a filled parenthetical example (not a slot)")],
        [("'合规说明：本项目当前为技术演示环境，支付为 Mock 通道，不会产生真实扣款；正式商用前请完成主体资质、支付通道签约与法务审阅。',", "a demo-environment notice that also tells the operator what to do before commercial use (user-facing disclosure and publisher instruction at once; not scored)"),
         ("* 文案支持后台「站点设置」覆盖（siteCfg.legal.*），未配置时使用内置模板。", "JSDoc comment (not rendered; not scored)")]),
    "twshop-php": ("dev", "privacy.php",
        {"kind": "published page with slots (Taiwan shop privacy page)", "index_id": "25221036119", "license": IDX,
         "script": "hant/tw", "lang": "zh",
         "format": "PHP page (CRLF line ends): PHP includes for header, navbar, sidebar and footer around static HTML; file name chosen here (the index's text, 1,890 characters)",
         "note": "a Taiwan online shop's 隱私權政策 page, written, whose contact block is the template's: 「Email：support@example.com」 and 「電話：(02)1234-5678」"},
        [("📧 Email：support@example.com<br>", "contact mailbox on the reserved example.com domain"),
         ("☎️ 電話：(02)1234-5678", "contact phone the dummy (02)1234-5678")],
        [("<h4>1️⃣ 資料收集</h4>", "a keycap-emoji heading (not a slot)"),
         ("<p>為了提供更好的服務，我們會在您註冊、下訂單或使用服務時，收集必要的個人資料，如姓名、電話、Email、地址等。</p>", "a filled enumeration ending in 等 (not a slot)"),
         ("<li>行銷通知（僅限經您同意後）</li>", "a parenthetical condition (not a slot)")],
        [("<!-- q引入網頁標頭 -->", "an HTML comment (not shown; not scored)")]),
    "ithinkai-md": ("dev", "PRIVACY_POLICY.md",
        {"kind": "clean", "repo": "go123824123-web/iThinkAI", "commit": "f4ca937debd99244dd711f972c0a61de30ae3a40",
         "path": "store/PRIVACY_POLICY.md", "license": "MIT (LICENSE in the repository, Copyright (c) 2026 ithinkstudio)",
         "script": "hans/cn+en", "lang": "zh+en",
         "format": "Markdown, a Chinese version then an English version (byte-exact blob 91f6aa21, unchanged since e05ee2b3)",
         "note": "iThinkAI browser extension (a thinking pause before sending AI prompts) privacy policy, bilingual; collects nothing, local storage only; contact through the Chrome Web Store or GitHub Issues"},
        [],
        [("**最后更新 / Last Updated: 2026-04-18**", "a filled date with a slash (not a slot)"),
         ("为了提供功能，本插件会在你的浏览器本地（通过 Chrome `chrome.storage.local` API）存储以下信息：", "a code span naming an API (not a slot)"),
         ("(via Chrome's `chrome.storage.local` API)", "a code span naming an API (not a slot)"),
         ("- **插件设置**：倒计时秒数、启用的平台等", "a filled enumeration ending in 等 (not a slot)")],
        []),
    "chenggang-tsx": ("dev", "Home.tsx",
        {"kind": "clean", "index_id": "56147897933", "license": IDX, "script": "hant/hk+hans", "lang": "zh+en",
         "format": "React TSX home page with a trilingual t('zh-HK', 'en', 'zh-CN') helper; the personal data privacy statement is a block of t() calls; file name chosen here (the index's text, 11,191 characters)",
         "note": "誠港金融 (CM Financial, an SFC-licensed Hong Kong broker) account-opening system: the Personal Data Privacy Statement in Hong Kong Traditional, English and Simplified, written"},
        [],
        [("{t('登入', 'Login', '登入')}", "a trilingual UI label (not a slot)"),
         ("'誠港金融股份有限公司（以下簡稱「本公司」）及其關聯機構承諾尊重並保護閣下的個人資料私隱。", "a filled operator name (not a slot)"),
         ("{t('進行客戶身份識別及盡職調查（KYC）', 'Conducting customer identification and due diligence (KYC)', '进行客户身份识别及尽职调查（KYC）')}", "a parenthetical abbreviation (not a slot)"),
         ("<p className=\"text-xs font-mono bg-slate-800 px-3 py-1 rounded border border-slate-700\">{APP_VERSION}</p>", "a code binding (not a slot)")],
        [("// 普通客户登录后跳转到开户系统", "code comment (not rendered; not scored)")]),
    "rongwang-tsx": ("dev", "page.tsx",
        {"kind": "clean", "index_id": "52886656771", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "Next.js TSX page, Hong Kong Traditional text in JSX paragraphs, a metadata object; file name chosen here (the index's text, 3,791 characters)",
         "note": "榮旺健康 (a Hong Kong health-supplement shop) privacy policy under the PDPO, written; contact privacy@rongwang.health and a Kwun Tong address"},
        [],
        [("title: \"隱私政策 | 荣旺健康\",", "metadata title with a pipe (not a slot)"),
         ("<p className=\"text-sm text-slate-500 mb-10\">最後更新日期：2026 年 4 月 9 日</p>", "a filled date (not a slot)"),
         ("電郵：privacy@rongwang.health<br />", "a real-looking contact mailbox (not a slot)"),
         ("交易資料保留 7 年（按稅務法規要求）；健康問卷資料在您刪除帳戶後 30 天內銷毀；", "filled retention periods (not a slot)")],
        [("* 隐私政策頁面", "code comment (not rendered; not scored)")]),
    "easyhealth-tsx": ("holdout", "page.tsx",
        {"kind": "published page with a slot (Hong Kong)", "index_id": "17010648680", "license": IDX, "script": "hant/hk",
         "lang": "zh",
         "format": "Next.js TSX page: a sections array of cards and JSX contact cards; file name chosen here (the index's text, 3,909 characters)",
         "note": "Easy Health (a Hong Kong health platform) privacy page, written, whose contact phone is the dummy +852 1234 5678"},
        [("<li>📞 電話：+852 1234 5678</li>", "contact phone the dummy +852 1234 5678")],
        [("<li>📧 電郵：privacy@easyhealth.hk</li>", "a product-domain mailbox (not a slot)"),
         ("最新更新日期：2025年10月1日", "a filled date (not a slot)"),
         ("Easy Health 隱私政策", "a badge title (not a slot)")],
        [("<li>🏢 地址：香港九龍灣啟德數碼港 88 號</li>", "an address that does not look real (Cyberport is not in Kowloon Bay) but has no placeholder form (not scored)")]),
    "huobi-jsx": ("holdout", "PrivacyScreen.jsx",
        {"kind": "published page with a slot (React Native app screen)", "index_id": "23182640623", "license": IDX,
         "script": "hans/cn", "lang": "zh",
         "format": "React Native JSX screen: the policy in <Text> elements, long paragraphs wrapped over lines; file name and extension chosen here (the index's text of a JavaScript/JSX module, 14,392 characters)",
         "note": "货币汇率 (a currency-rate app by Matrix Networking PTE. LTD., Singapore) privacy policy, written and shipped in the app; the website address left as 【少网址】 (\"missing URL\"); the date and phone are filled values kept inside 【】"},
        [("欢迎使用货币汇率，本产品（包括但不限于网址为【少网址】的网站", "website address left as 【少网址】")],
        [("（三）Do Not Track（请勿追踪）", "a parenthetical gloss (not a slot)"),
         ("matrixnetworking2022@gmail.com 。我们将在30天内回复您的更正请求。", "a real contact mailbox (not a slot)"),
         ("<Text style={TextStyle.termSubText}>1、获得您明确同意后;</Text>", "a list item (not a slot)"),
         ("我们收集的数据可能包括IP地址、平台、时间戳、独立设备标识符、iOS广告标识符（IDFA)", "a mismatched bracket pair (not a slot)")],
        [("更新日期：【2022】年【08】月【03】日", "a filled date whose parts are left in 【】 (template residue; not scored)"),
         ("<Text style={TextStyle.termSubText}>电话： 【 +65 8690 6134 】</Text>", "a filled phone left inside 【】 (not scored)"),
         ("我们可能会出于的目的，将您的某些个人信息转移到", "an omitted purpose 「出于的目的」 (a gap in the sentence, no placeholder marker; not scored)")]),
    "nutritrack-tsx": ("holdout", "privacy-policy.tsx",
        {"kind": "clean", "index_id": "36918459092", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "Expo Router TSX screen: sections as template-literal props of a PolicySection component; file name chosen here (the index's text, 3,022 characters)",
         "note": "Nutritrack (a nutrition-tracking app) 私隱政策 in Hong Kong Traditional, written; contact privacy@nutritrack.app"},
        [],
        [("<Text style={styles.lastUpdated}>最後更新: 2024年1月</Text>", "a filled month-precision date (not a slot)"),
         ("title: '私隱政策',", "a screen title (not a slot)"),
         ("電郵：privacy@nutritrack.app", "a real-looking contact mailbox (not a slot)")],
        [("* Displays the app's privacy policy.", "code comment (not rendered; not scored)")]),
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
