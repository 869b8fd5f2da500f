#!/usr/bin/env python3
"""Source of truth for eval/blind/round41d/{dev,holdout}/*/annotation.json (hand annotations, round 41d, helper m41p).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round40d, tools/annotate40d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it; Issue #11's
  figure, tools/issue11.py, counts only error-level placeholder-* findings);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way (code comments a reader never sees, a declared demo, the
  heading of a note whose body is the scored line, the same slot text in a language other than Chinese or English).

    python3 tools/annotate41d.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "eua-bilingual-md": ("holdout", "END_USER_AGREEMENT.md",
        {"kind": "template (bilingual end-user agreement of a self-hosted forum, the file an operator pastes into the site)",
         "index_id": "68392913958", "license": IDX, "script": "hant/tw+en", "lang": "zh+en",
         "format": "Markdown: a leading HTML comment listing the placeholders to fill, then every paragraph in 台灣漢語 followed by its English line; file name chosen here (the index's text, 9,321 characters)",
         "note": "使用者協議 End User Agreement of a federated (ActivityPub) forum, Taiwan Mandarin prevailing: site name, URL, operator, contact, source URL, jurisdiction and effective date left as [SITE_NAME], [SITE_URL], [OPERATOR], [CONTACT], [SOURCE_URL], [JURISDICTION], [EFFECTIVE DATE] in both halves"},
        [("歡迎來到 [[SITE_NAME]]([SITE_URL])。本站由 **[OPERATOR]** 營運。", "site name, URL and operator left as [SITE_NAME], [SITE_URL], [OPERATOR]"),
         ("Welcome to [[SITE_NAME]]([SITE_URL]). This site is operated by **[OPERATOR]**.", "the English line of the same slots"),
         ("取得本站點目前運作版本的完整原始碼：`[SOURCE_URL]`。", "source URL left as `[SOURCE_URL]` (in a code span)"),
         ("running on this site via: `[SOURCE_URL]`.", "the English line of the same slot"),
         ("登出所有裝置，並聯絡 **[CONTACT]**。", "contact left as [CONTACT]"),
         ("sign out everywhere, and contact **[CONTACT]**.", "the English line of the same slot"),
         ("本站目前沒有自助刪除帳號的功能，請聯絡 **[CONTACT]** 辦理。", "contact left as [CONTACT]"),
         ("contact **[CONTACT]** to arrange it.", "the English line of the same slot"),
         ("本協議受 **[JURISDICTION]** 法律管轄。", "governing law left as [JURISDICTION]"),
         ("governed by the laws of **[JURISDICTION]**.", "the English line of the same slot"),
         ("*最後更新日期：[EFFECTIVE DATE]*", "date left as [EFFECTIVE DATE]"),
         ("*Last Updated: [EFFECTIVE DATE]*", "the English line of the same slot")],
        [("本站的行為準則以 [站規頁面](/rules) 為準", "a Markdown link to the rules page (not a slot)"),
         ("Conduct on this site is governed by the [Rules page](/rules)", "a Markdown link (not a slot)"),
         ("詳細的資料處理方式，請見[隱私權政策](/privacy)。", "a Markdown link to the privacy policy (not a slot)"),
         ("For how your data is handled in detail, see the [Privacy Policy](/privacy).", "a Markdown link (not a slot)")],
        [("[SITE_NAME]       what the site is called", "the HTML comment's list of placeholders to fill (not rendered; not scored)"),
         ("[SITE_URL]        its address", "HTML comment (not rendered; not scored)"),
         ("[OPERATOR]        who runs it (a name or an organisation)", "HTML comment (not rendered; not scored)"),
         ("[CONTACT]         how to reach them", "HTML comment (not rendered; not scored)"),
         ("[SOURCE_URL]      where the running source can be obtained (section 3)", "HTML comment (not rendered; not scored)"),
         ("[JURISDICTION]    whose law governs the agreement (section 11)", "HTML comment (not rendered; not scored)"),
         ("[EFFECTIVE DATE]  the date it is published", "HTML comment (not rendered; not scored)"),
         ("[SOURCE_URL] is not decorative.", "HTML comment (not rendered; not scored)"),
         ("An email in angle brackets — <someone@example.org> — becomes a mailto link", "HTML comment (not rendered; not scored)"),
         ("TEMPLATE. The live agreement lives in the `eua` setting", "HTML comment (not rendered; not scored)")]),
    "shiba-vue": ("holdout", "PrivacyView.vue",
        {"kind": "published page with a stand-in contact (a Taiwan hotel's privacy page in a Vite/Vue site)",
         "repo": "ricolin997/vite_final_project", "commit": "b1ed3d70d8f8fb78e38b73a46d0a511f77005479",
         "path": "src/views/PrivacyView.vue", "license": "none found in the repository (no LICENSE file at the commit)",
         "script": "hant/tw", "lang": "zh",
         "format": "Vue single-file component: a template with the intro and a contact block, and a `sections` array whose `content` are HTML template strings rendered with v-html (byte-exact blob 0e48e5b7)",
         "note": "SHIBA飯店 隱私政策 (a hotel site built as a course's final project): contact phone 「(02) 2345-6789」 a sequence stand-in; the mailbox on the hotel's own made-up domain and the address 「松高路123號」 are not clearly stand-ins (ambiguous); mainland wording (網絡, 營銷, 反饋, 訪問權, 設置) in a Taiwan text, not scored here"},
        [("<li><strong>電話：</strong> (02) 2345-6789</li>", "contact phone the sequence stand-in (02) 2345-6789")],
        [("<p>最後更新日期：2023年12月15日</p>", "a filled date (not a slot)"),
         ("<li><strong>身份資料：</strong> 姓名、出生日期、國籍、身份證或護照號碼等。</li>", "a filled enumeration ending in 等 (not a slot)"),
         ("const yOffset = -100 // 調整滾動位置的偏移量", "code (not a slot)")],
        [("<li><strong>電子郵件：</strong> privacy@shibahotel.com</li>", "a mailbox on the (made-up) hotel's own domain: not clearly a stand-in; not scored"),
         ("<li><strong>地址：</strong> 台北市信義區松高路123號</li>", "an address with 123號: looks invented, but 松高路 is a real Taipei street; not scored")]),
    "bros-plugins-md": ("dev", "PRIVACY.zh-CN.md",
        {"kind": "published policy with the publisher's instruction left in (browser-extension privacy policy)",
         "repo": "NextConner/bros-plugins", "commit": "2c335f91ffc4c14218d988ca6cf1eaa91cac3825",
         "path": "PRIVACY.zh-CN.md", "license": "MIT (LICENSE in the repository)",
         "script": "hans/cn", "lang": "zh",
         "format": "Markdown (byte-exact blob 6fce239d)",
         "note": "Bros Selection Translator 隐私政策: ends with a 「发布说明」 section telling the publisher to host the policy at a public HTTPS address and fill that address into the store page before publishing"},
        [("在发布到 Chrome Web Store 或 Edge Add-ons 前，请将本隐私政策托管到公开的 HTTPS 地址，并将该地址填写到商店页面中。", "an instruction to the publisher left in the published policy (the work it asks for is still to be done)")],
        [("- `https://translate.googleapis.com/`", "a real third-party endpoint in a code span (not a slot)"),
         ("- `https://api.dictionaryapi.dev/`", "a real endpoint (not a slot)"),
         ("扩展会通过 `chrome.storage.sync` 保存以下配置：", "a code span naming an API (not a slot)")],
        [("## 发布说明", "the heading of the publisher's note whose body is the scored line (not scored separately)")]),
    "campus-repair-wxml": ("dev", "privacy.wxml",
        {"kind": "published mini-program page with the publisher's to-do left in (a student club's repair-booking notice)",
         "repo": "EEEty-5223/campus-pc-repair", "commit": "4793675ad8082a6b5ac80cc4d5a8c43601a5c0dd",
         "path": "pages/privacy/privacy.wxml", "license": IDX.replace("the repository could not be identified", "the repository was named but no snapshot could be fetched, so its licence is unknown") ,
         "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page, static text in <view> elements (the index's text of the file at the named commit, 880 characters; fetch gave no snapshot)",
         "note": "电脑维修预约 mini-program 信息使用说明（演示版）: the last section 「5. 正式发布前」 says the club still has to add the real operator name, a contact, the retention period, deletion and complaint channels"},
        [("社团应补充真实主体名称、负责人联系方式、保存期限、删除方式与投诉渠道", "operator, contact, retention, deletion and complaint channel declared still to be supplied before publishing")],
        [("本演示版由用户主动填写姓名、手机号、校内联系地点、设备类型、故障描述和预约时间。", "填写 of the booking form by users (not a slot)"),
         ("请勿在故障描述中填写账号、密码、验证码、支付信息等敏感内容。", "an instruction to users (not a slot)"),
         ("<view class=\"updated\">更新日期：2026-09-17</view>", "a filled date (not a slot)")],
        [("<view class=\"article-title\">信息使用说明（演示版）</view>", "the title declares a demo edition (a reviewer would note it; not scored)"),
         ("<view class=\"article-heading\">5. 正式发布前</view>", "the heading of the to-do whose body is the scored line (not scored separately)")]),
    "promptopt-js": ("dev", "static-pages.js",
        {"kind": "catalogue with a stand-in contact (14-language about/terms/contact texts of a static web app)",
         "index_id": "57007664510", "license": IDX, "script": "hans/cn+hant/tw+en+others", "lang": "multi",
         "format": "JavaScript module: a `pageCopy` object of about/terms/contact arrays, one line per language (en, ko, ja, zh-CN, zh-TW, ru, fr, de, es, sv, nl, no, ar), then DOM code; file name chosen here (the index's text, 9,661 characters)",
         "note": "Prompt Token Keyword Optimizer static pages: every language's contact entry gives 「contact@example.com」 labelled a placeholder and says to replace it before launch"},
        [("en: [\"Contact\", \"For questions, feedback, or removal requests, contact the site operator.\", \"Email placeholder: contact@example.com\"", "English contact: example.com address labelled a placeholder, to be replaced before launch"),
         ("\"zh-CN\": [\"联系\", \"如有问题、反馈或删除请求，请联系网站运营者。\", \"邮箱占位符: contact@example.com\", \"正式上线前请替换为真实地址。\"]", "zh-CN contact: 邮箱占位符 contact@example.com, 正式上线前请替换"),
         ("\"zh-TW\": [\"聯絡\", \"如有問題、回饋或刪除請求，請聯絡網站營運者。\", \"信箱 placeholder: contact@example.com\", \"正式上線前請替換為真實地址。\"]", "zh-TW contact: the same stand-in")],
        [("\"zh-CN\": [\"条款\", \"本工具用于提示词草拟和关键词探索，令牌数量为估算值。\"", "草拟 is what the tool is for (drafting prompts), not a draft notice (not a slot)"),
         ("\"zh-TW\": [\"條款\", \"本工具用於提示詞草擬與關鍵字探索，Token 數為估算值。\"", "草擬 of prompts (not a slot)"),
         ("\"zh-CN\": [\"关于\", \"Prompt Token Keyword Optimizer 是将一次性提示词转换为结构化关键词图的静态网页应用。\"", "a filled zh-CN about entry (not a slot)")],
        [("ko: [\"문의\", \"질문, 피드백, 삭제 요청은 사이트 운영자에게 문의하세요.\", \"이메일 placeholder: contact@example.com\"", "the same stand-in in Korean (not Chinese or English; not scored)"),
         ("ja: [\"お問い合わせ\"", "the same stand-in in Japanese (not scored)"),
         ("ru: [\"Контакты\"", "the same stand-in in Russian (not scored)"),
         ("fr: [\"Contact\"", "the same stand-in in French (not scored)"),
         ("de: [\"Kontakt\"", "the same stand-in in German (not scored)"),
         ("es: [\"Contacto\"", "the same stand-in in Spanish (not scored)"),
         ("sv: [\"Kontakt\"", "the same stand-in in Swedish (not scored)"),
         ("nl: [\"Contact\"", "the same stand-in in Dutch (not scored)"),
         ("no: [\"Kontakt\"", "the same stand-in in Norwegian (not scored)"),
         ("ar: [\"اتصال\"", "the same stand-in in Arabic (not scored)")]),
    "funshow-workbook-md": ("dev", "batch-d-workbook.md",
        {"kind": "working document holding policy-page drafts with slots (a site's content-quality workbook; added after the first draw, see ref/holdout-draw.txt)",
         "index_id": "63304648416", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Markdown workbook: status and baseline tables, article rework cards, then drafts of the About, Contact, Privacy Policy, Terms, Disclaimer and Editorial Policy pages; the slots are bracketed notes inside inline code spans; file name chosen here (the index's text, 14,679 characters)",
         "note": "FunShow (funshow.top) 批次 D workbook: the About, Contact, Privacy and Terms drafts leave the public mailbox as `[公开邮箱]` / `[请填写公开联系邮箱]`, the author's background as `[请补充：…]`, the reply time as `[例如 3–7 个工作日，请按真实情况填写]`, a CMP check as `[发布前确认…]`, and a 「（发布前确认该地址确为你的公开账号）」 note; the first half is a project plan (status table, article cards), not policy text"},
        [("`[请补充：你的真实职业背景、相关工作年限、公开资历或长期实践经历。", "author background left as an instruction in brackets (About draft)"),
         ("- GitHub：<https://github.com/owen-87>（发布前确认该地址确为你的公开账号）", "a confirm-before-publishing note left on the contact line (About draft)"),
         ("- 邮箱：`[请填写公开联系邮箱]`", "contact mailbox left as [请填写公开联系邮箱] (About draft)"),
         ("> - 邮箱：`[公开邮箱]`", "contact mailbox left as [公开邮箱] (Contact draft)"),
         ("> - 一般回复时间：`[例如 3–7 个工作日，请按真实情况填写]`", "reply time left as an instruction with an example (Contact draft)"),
         ("`[发布前确认已在 AdSense“隐私与消息”启用 Google 认证 CMP；未启用前不要声称界面已上线。]`", "a confirm-before-publishing instruction inside the Privacy Policy draft"),
         ("隐私相关问题请联系：`[公开邮箱]`。", "privacy contact left as [公开邮箱] (Privacy Policy draft)"),
         ("> 联系邮箱：`[公开邮箱]`。", "contact mailbox left as [公开邮箱] (Terms draft)")],
        [("你可以在 [Google 广告设置](https://adssettings.google.com/) 中管理个性化广告", "Markdown links (not a slot)"),
         ("- [Ollama FAQ](https://docs.ollama.com/faq)", "a Markdown link in a reference list (not a slot)"),
         ("开头摘要草稿：", "the workbook's own label 'draft summary' for an article card (not a slot)"),
         ("正文草稿：", "the workbook's label for the About draft (not a slot)"),
         ("最后更新：2026 年 8 月 11 日", "a filled date in the Privacy Policy draft (not a slot)")],
        [("| D-01 完善 6 篇薄内容 |", "a project-tracker row with to-dos (待按真实环境补充…): workbook status, not policy text; not scored"),
         ("| D-02 重写 About      |", "a project-tracker row (需将 Status 改为 …): not scored"),
         ("| D-03 完善信任/政策页 |", "a project-tracker row (待在 Notion 创建/更新): not scored"),
         ("| Status  | `Published`（当前必须修改）", "a property-table note to the editor (not policy text): not scored"),
         ("- 联系页面：`/contact`（创建后启用）", "a path with 'enable after creating it': a drafting note on a page link rather than a missing value; not scored"),
         ("| Privacy 近似字数                   |", "the acceptance table (not policy text): not scored")]),
    "interior-tw-tsx": ("dev", "page.tsx",
        {"kind": "published page with a slot (a Taiwan interior-design directory's privacy page; added after the base run of the others, see ref/holdout-draw.txt)",
         "index_id": "56355253216", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Next.js TSX page (CRLF line ends: the index's text counts 1,822 characters with CRLF, 1,764 with LF, and its offset 1,790 lines up only with CRLF); file name chosen here",
         "note": "台灣室內設計資訊網 隱私權政策（Privacy Policy）: the contact block gives the site name and 「Email：（請填入您的 Email）」"},
        [("<p><strong>Email：</strong>（請填入您的 Email）</p>", "contact mailbox left as 「（請填入您的 Email）」")],
        [("<h1 className=\"text-4xl font-black\">隱私權政策（Privacy Policy）</h1>", "an English gloss in parentheses in the title (not a slot)"),
         ("title: \"Privacy Policy｜台灣室內設計資訊網\",", "metadata title (not a slot)"),
         ("<p><strong>網站：</strong>台灣室內設計資訊網</p>", "a filled site name (not a slot)")],
        []),
    "hkscda-tsx": ("dev", "privacy.tsx",
        {"kind": "clean", "index_id": "60864927611", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "TanStack Router TSX route: a list of {title, content} objects mapped to sections; file name chosen here (the index's text, 1,589 characters)",
         "note": "clean; Hong Kong 香港拯救貓狗協會 私隱聲明 (six short sections, 最後更新：2024年); the access-request section says to write to 「協會的聯絡電郵」 without giving it (a gap, not a slot: ambiguous)"},
        [],
        [("<p className=\"text-[var(--color-text-muted)]\">最後更新：2024年</p>", "a filled year-only date (not a slot)"),
         ("content: '香港拯救貓狗協會（「協會」）可能收集您的個人資料，包括姓名、聯絡電話、電郵地址及住址等", "a filled enumeration ending in 等 (not a slot)")],
        [("如需提出要求，請電郵至協會的聯絡電郵。", "refers to 「the association's contact email」 without giving it: a gap a reviewer may note, but no template slot; not scored")]),
    "sportsmatch-tsx": ("dev", "Privacy.tsx",
        {"kind": "clean", "index_id": "56953036336", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "React TSX page inside a Layout component; file name chosen here (the index's text, 4,660 characters)",
         "note": "clean; Hong Kong SportsMatch (coach matching platform) 隱私權政策 under the PDPO, 最後更新日期：2026年4月17日; SCRC check numbers, 90-day deletion; contact only through the in-app 「聯繫我們」 (no address given)"},
        [],
        [("<p className=\"text-sm text-muted-foreground mb-8\">最後更新日期：2026年4月17日</p>", "a filled date (not a slot)"),
         ("<span className=\"font-medium text-foreground\">導師專業資歷（僅限教練）：</span>", "a parenthetical scope note (not a slot)"),
         ("運動目標（如減肥、增肌）、感興趣的運動項目、上課地區偏好、空閒時間段。", "examples in parentheses (not a slot)"),
         ("如需行使此權利，請透過 App 內的「聯繫我們」功能提交申請。", "a real in-app channel in quotes (not a slot)")],
        []),
    "dsebest-tsx": ("holdout", "PrivacyPolicy.tsx",
        {"kind": "clean", "index_id": "56155275717", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "React TSX page (PageSEO, breadcrumb, card of <h5> sections and <ul> items); file name chosen here (the index's text, 5,509 characters)",
         "note": "clean; Hong Kong dse.best (HKDSE study site) 私隱政策 Privacy Policy: Google Analytics and cookies, contact info@dse.best; no date stated"},
        [],
        [("<li>您有權查閱、更正或要求刪除我們所持有的您的個人資料（如有）。</li>", "「（如有）」 (if any) is a condition, not a slot"),
         ("Google Analytics Opt-out Browser Add-on", "a real product name in a link (not a slot)"),
         ("<a href=\"mailto:info@dse.best\">info@dse.best</a> 聯絡我們。", "a real mailbox (not a slot)")],
        []),
    "worldcapture-md": ("dev", "PRIVACY.md",
        {"kind": "clean", "index_id": "70125573740", "license": IDX, "script": "hans/cn+en", "lang": "zh+en",
         "format": "Markdown, a Chinese half then an English half; file name chosen here (the index's text, 2,922 characters)",
         "note": "clean; WorldCapture (macOS screenshot tool) bilingual privacy policy: collects nothing, Sparkle update check only, contact <privacy@worldcapture.fukumoto.jp>"},
        [],
        [("- 历史记录：`~/Library/Application Support/WorldCapture/history.json`；", "a real local path in a code span (not a slot)"),
         ("有隐私相关问题，请通过项目仓库的 Issue 联系，或发送邮件至 <privacy@worldcapture.fukumoto.jp>。", "a real mailbox in angle brackets (not a slot)"),
         ("_最后更新 / Last updated: 2026-06-30_", "a filled date (not a slot)")],
        []),
    "silverfox-md": ("dev", "PRIVACY.md",
        {"kind": "clean", "index_id": "56498961202", "license": IDX, "script": "hans/cn+en", "lang": "zh+en",
         "format": "Markdown, each section in Chinese then English; file name chosen here (the index's text, 2,605 characters)",
         "note": "clean; 银狐防护 SilverFox Guard browser extension, bilingual privacy policy: local only, a domain-age RDAP lookup, contact through GitHub Issues; 「example.com」 is an example of a registrable domain"},
        [],
        [("本扩展仅将网站的**注册域名**（例如 `example.com`，不含路径、参数或页面内容）", "example.com as the example of a domain the extension looks up (not a contact, not a slot)"),
         ("the extension sends **only the registrable domain** (e.g. `example.com`, without path", "the same example in English (not a slot)"),
         ("生效日期 / Effective date：2026-07-18", "a filled date (not a slot)"),
         ("https://github.com/yinbo345/silverfox-guard/issues", "a real contact URL (not a slot)")],
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
        print(f"{s:8} {name:20} slots {len(out):2} lines {slot_lines} (capped {capped}) "
              f"look-alike {sorted(x['line'] for x in look_out)} ambiguous {sorted(x['line'] for x in amb_out)}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
