#!/usr/bin/env python3
"""Source of truth for eval/blind/round39d/{dev,holdout}/*/annotation.json (hand annotations, round 39d, helper u39k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (the layout and fields are round38d's, tools/annotate38d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it);
* look_alike_lines: lines that look like slots but are not (scored: such a finding there is a false positive);
* ambiguous_placeholder_lines: lines not scored either way (hidden comments, author to-do boxes, a filled value left in
  brackets, a code fallback whose rendered value depends on the build).

    python3 tools/annotate39d.py
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
    "secagent-md": ("dev", "privacy-policy.zh-CN.md",
        {"kind": "template (privacy policy draft, 'fact-disclosure draft')", "repo": "SECTL/SecAgent",
         "commit": "a067da537e1c32bc7e8ec0e56e4254c503e6f87f", "path": "docs/privacy-policy.zh-CN.md", "index_id": "57777508811",
         "license": NOSNAP, "script": "hans/cn", "lang": "zh", "format": "Markdown (slots as code spans `[...]`, tables, a task-list checklist)",
         "note": "SecAgent (an Electron desktop AI agent by SECTL) privacy policy draft: title and a quote block mark it a draft, every operator/contact field and every third-party row left as a bracketed code span, instructions for the publisher in running text, a pre-release checklist; the index's text of the file at the listed commit (the fetched snapshot does not hold the file; 7,177 characters)"},
        [("# SecAgent 隐私政策（事实披露版草案）", "title marks the text a draft 「草案」"),
         ("> **发布状态：草案，不可直接作为最终发布版本。**", "release status: draft, not to be published as final"),
         ("发布前必须将所有方括号中的内容补充完整", "drafting note: fill in every bracket before publication"),
         ("**生效日期：** `[YYYY 年 MM 月 DD 日]`", "effective date left as [YYYY 年 MM 月 DD 日]"),
         ("**最近更新日期：** `[YYYY 年 MM 月 DD 日]`", "update date left as a date mask"),
         ("由 **`[SECTL 法定主体全称]`**", "operator left as [SECTL 法定主体全称]"),
         ("- 注册地址：`[注册地址]`", "registered address left as a bracket"),
         ("- 联系地址：`[联系地址]`", "contact address left as a bracket"),
         ("- 个人信息保护联系邮箱：`[隐私联系邮箱]`", "privacy mailbox left as a bracket"),
         ("- 客服或投诉电话：`[联系电话]`", "phone left as a bracket"),
         ("- 个人信息保护负责人及联系方式：`[负责人/联系方式]`", "privacy officer left as a bracket"),
         ("如果实际运营主体不是上述主体，发布前必须替换为", "instruction to the publisher: replace the operator before publication"),
         ("发布前必须填写：", "instruction: the table below must be filled before publication"),
         ("| 官方模型/账户/ASR 服务运营主体 | `[真实法定主体全称]` |", "table cell left as a bracket"),
         ("| 服务接收方及联系方式 | `[名称、地址、联系方式]` |", "table cell left as a bracket"),
         ("| 服务器或主要处理地点 | `[国家/地区，不能只写“境外”]` |", "table cell left as an instruction in brackets"),
         ("| 接收的信息种类 | `[账号信息、消息、图片、音频、日志等]` |", "table cell left as a bracket of options"),
         ("| 处理目的 | `[登录、模型推理、语音识别、计费/风控等]` |", "table cell left as a bracket of options"),
         ("| 保存期限及到期处理方式 | `[明确期限或确定方法]` |", "table cell left as a bracket"),
         ("| 数据跨境法律机制 | `[安全评估/标准合同及备案/认证/适用豁免或其他依据]` |", "table cell left as a bracket of options"),
         ("| 服务端隐私政策 | `[可访问的正式链接]` |", "table cell left as a bracket"),
         ("具体服务主体、处理地点、保存期限和隐私政策必须在发布前补充。", "TTS processor details promised for before publication"),
         ("- `[如有其他实际市场或代理地址，请补充]`。", "list item left as an instruction in brackets"),
         ("| SECTL 官方认证/OAuth 服务 |", "recipient row: relation and policy left as a bracket"),
         ("| SECTL 官方模型/账户/ASR 服务 |", "recipient row: relation and policy left as a bracket"),
         ("| Edge TTS 相关服务 |", "recipient row: relation and policy left as a bracket"),
         ("发布前必须针对每一个实际境外接收方补充以下信息", "instruction: every overseas recipient to be added before publication"),
         ("发布前必须逐项填写具体期限或确定方法", "instruction: retention periods to be filled before publication"),
         ("并通过 `[通知渠道]` 或其他适当方式进行通知", "notification channel left as a bracket"),
         ("> `[隐私联系邮箱]`", "request mailbox left as a bracket"),
         ("SecAgent 主要面向 `[教师、学校工作人员/其他实际用户群体]`", "audience left as a bracket of options"),
         ("- 运营主体：`[SECTL 法定主体全称]`", "contact: operator left as a bracket"),
         ("- 联系邮箱：`[隐私联系邮箱]`", "contact: mailbox left as a bracket"),
         ("- 联系电话：`[联系电话]`", "contact: phone left as a bracket"),
         ("- 联系地址：`[联系地址]`", "contact: address left as a bracket"),
         ("以下项目未完成前，不应将本文作为最终隐私政策公开发布：", "drafting note: not to be published before the checklist is done")],
        [("用户也可以通过 `SECTL_WORKSPACE` 环境变量指定其他位置", "a code span naming an environment variable (not a slot)"),
         ("- `audit/secagent.sqlite` 中的审计记录；", "a code span naming a file path (not a slot)"),
         ("- [《中华人民共和国个人信息保护法》](https://www.miit.gov.cn/", "a Markdown link to a law (not a slot)"),
         ("- [《个人信息出境标准合同办法》](https://www.cac.gov.cn/", "a Markdown link to a law (not a slot)"),
         ("- `https://ghproxy.sectl.cn`；", "a real default address in a code span (not a slot)")],
        [("## 附录：发布前核对清单", "heading of the pre-release checklist (a draft marker by its name; not scored)"),
         ("- [ ] 补充真实法定主体、地址、邮箱、电话和隐私负责人；", "an open task box: an author to-do (the box itself is no slot; not scored)"),
         ("- [ ] 补充官方 API、OAuth、ASR、TTS 的实际运营主体和隐私政策链接；", "author to-do in a task box (not scored)"),
         ("- [ ] 补充每个境外接收方的国家/地区、信息类别、留存期、风险和跨境机制；", "author to-do in a task box (not scored)"),
         ("- [ ] 确认服务端是否保存登录密码", "author to-do in a task box (not scored)"),
         ("- [ ] 确认官方服务、模型服务和 TTS 服务是否使用用户内容训练或改进模型；", "author to-do in a task box (not scored)"),
         ("- [ ] 确认 GitHub、代理、Marketplace 和插件作者的实际请求链路；", "author to-do in a task box (not scored)"),
         ("- [ ] 确认未成年人、学生数据和学校机构数据的角色分工与授权关系；", "author to-do in a task box (not scored)"),
         ("- [ ] 为隐私请求提供真实可用的受理和回复流程；", "author to-do in a task box (not scored)"),
         ("- [ ] 在首次使用官方服务、麦克风、图片上传和插件功能前", "author to-do in a task box (not scored)"),
         ("- [ ] 由专业人士完成最终法律审阅。", "author to-do in a task box (not scored)")]),
    "twskeleton-md": ("dev", "privacy.md",
        {"kind": "template (Taiwan privacy policy skeleton, template variables by design)", "index_id": "54536167644",
         "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Markdown skeleton: every fact a {{variable}}, law citations after each section, HTML comments with TBD notes; file name chosen here (the index's text, 2,706 characters; the same skeleton is also embedded in a 96,613-character bundle, index 54701335575, not used)",
         "note": "a legal-document drafting skill's Taiwan PDPA privacy-policy skeleton: company, dates, contacts, purposes, categories, periods, recipients, SDKs, court all left as {{variables}}; what a reviewer gets when the skeleton is published unfilled"},
        [("# {{company_name}} 隱私權政策", "title: company left as {{company_name}}"),
         ("**生效日期**: {{effective_date}}", "effective date left as a variable"),
         ("**最後更新**: {{last_updated}}", "update date left as a variable"),
         ("蒐集者：{{company_name}} (統一編號 {{company_id}})", "collector and tax ID left as variables"),
         ("登記地址：{{registered_address}}", "address left as a variable"),
         ("聯絡：{{general_contact_email}}", "contact left as a variable"),
         ("個人資料保護聯絡人 (DPO)：{{dpo_name}} ({{dpo_email}})", "DPO left as variables"),
         ("{{collection_purposes_bullets}}", "purposes left as a variable"),
         ("{{collected_categories_bullets}}", "categories left as a variable"),
         ("如蒐集 §6 特種個資 ({{special_category_handling}})", "special-category handling left as a variable"),
         ("- 期間：{{retention_period}}", "period left as a variable"),
         ("- 地區：{{usage_regions}}", "regions left as a variable"),
         ("- 對象：本公司及{{third_party_categories}}", "recipients left as a variable"),
         ("- 方式：{{processing_methods}}", "methods left as a variable"),
         ("行使方式：致函或寄送電子郵件至 {{dpo_email}}。", "rights mailbox left as a variable"),
         ("可能無法使用 {{product_or_service_name}} 之全部", "product name left as a variable"),
         ("{{third_party_sdks_bullets}}", "SDK list left as a variable"),
         ("{{cross_border_destinations_bullets}}", "destinations left as a variable"),
         ("{{security_measures_bullets}}", "security measures left as a variable"),
         ("修訂時將於 {{product_url_or_app}} 公告", "where changes are announced left as a variable"),
         ("雙方同意以{{preferred_court}}為第一審管轄法院", "court left as a variable"),
         ("- 一般：{{general_contact_email}}", "contact left as a variable"),
         ("- 個人資料保護：{{dpo_email}}", "DPO mailbox left as a variable")],
        [("(法源：個資法 §8 第一項第一款 — https://law.moj.gov.tw/", "a law citation with its URL (not a slot)"),
         ("依個資法 §3，您有以下權利：", "a statute section sign (not a slot)"),
         ("當本公司察覺個人資料遭非法蒐集、處理、利用或洩漏時", "a filled clause with bold 即時 (not a slot)")],
        [("Variables marked {{name}} are filled by protocols/draft.md", "inside an HTML comment (not shown; not scored)"),
         ("TBD_PDPC_timeframe: When PDPC publishes", "a TBD note inside an HTML comment (not shown; not scored)"),
         ("TBD_PDPC_threshold: If 通報範圍 announced", "a TBD note inside an HTML comment (not shown; not scored)"),
         ("<!-- TBD_PDPA_audit_framework:", "a TBD note inside an HTML comment (not shown; not scored)")]),
    "quezhanlu-wxml": ("dev", "privacy.wxml",
        {"kind": "published page with a slot (mini-program privacy page)", "repo": "Lucifer1992/mahjong_records_miniprogram",
         "commit": "39f0dd11e951704480d6222ffbb5ce12ae067f30", "path": "pages/agreement/privacy.wxml", "index_id": "68636583815",
         "license": NOSNAP, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page (<view> blocks, <br/> lines, {{ }} data bindings)",
         "note": "雀战录 (a mahjong score-keeping mini-program by an individual developer) privacy page, written in full; the only contact mailbox is on the reserved .example domain; the index's text of the file at the listed commit (no snapshot could be fetched; 5,033 characters)"},
        [("· 邮箱：privacy@paiyunbao.example<br/>", "contact mailbox on the reserved .example domain (a stand-in left in a published page)")],
        [("雀战录 · 最后更新：{{ lastUpdated }}", "a .wxml data binding filled at run time (the format's own syntax)"),
         ("雀战录 · 隐私政策 · {{ version }}", "a .wxml data binding (the format's own syntax)"),
         ("微信支付（如未来开通）", "a feature not yet launched (not a slot)")],
        []),
    "hkchat-tsx": ("dev", "useLanguage.tsx",
        {"kind": "published locale module with a slot (Hong Kong, trilingual terms + privacy policy)", "repo": "AlignInc/hkchat-login",
         "commit": "84952ac925000306ea0dc750d2dc2d953b834385", "path": "src/hooks/useLanguage.tsx", "license": NOLIC,
         "script": "hant/hk+hans", "lang": "zh+en",
         "format": "React TSX hook module: one dictionary per language (zh-HK, zh-CN, en) with UI strings and the terms and privacy policy as template literals holding HTML headings and tables (79,247 bytes, 794 lines)",
         "note": "港話通 HKChat login site of the Hong Kong Generative AI Research and Development Centre (HKGAI): privacy policy filled (PDPO, service@hkgai.org, HKUST address); the terms in every language say the privacy policy is 'available at [港話通 (HKChat) 私隱政策]' / '[HKChat Privacy Policy]', the link label left in brackets where its address belongs; the zh-HK terms are in Simplified characters; byte-exact blob"},
        [("（可在[港话通 (HKChat) 私隐政策]浏览）", "where the privacy policy is available left as a bracketed label (zh-HK dictionary's terms)"),
         ("（可在[港话通 (HKChat) 私隐政策]浏览）", "the same (zh-CN dictionary)"),
         ("(available at [HKChat Privacy Policy])", "the same (en dictionary)")],
        [("'login.email.placeholder': '請輸入您的電郵地址',", "a form input hint (UI string, not a slot)"),
         ("'validation.name.required': '請輸入姓名',", "a validation message (UI string, not a slot)"),
         ("'login.email.placeholder': 'Enter your email address',", "a form input hint (en UI string)"),
         ("•	電郵：service@hkgai.org", "the real contact (not a slot)"),
         ("const [language, setLanguage] = useState<Language>('zh-HK');", "code: array destructuring (not a slot)")],
        [("最后更新：[09/05/2025]", "a filled date left inside square brackets in the zh-HK terms (template residue, not an unfilled slot; not scored)"),
         ("最后更新：[09/05/2025]", "the same in the zh-CN terms (not scored)", "'zh-CN': {")]),
    "yinshan-wxml": ("dev", "privacy.wxml",
        {"kind": "clean", "repo": "luo-junyu/YinShan-MiniProgram", "commit": "e617b7a48e8d6a6788e1bac320a1984a3ce21060",
         "path": "pages/agreement/privacy.wxml", "license": NOLIC, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page: the whole policy in one <text> element (18,486 characters)",
         "note": "银杉健康 (Beijing Yinshan Future Health Technology Co.) mini-program privacy policy, filled: mailbox, Beijing office address, date; byte-exact blob"},
        [],
        [("2.联系邮箱: kefu@yinshanhealth.com", "a real mailbox (not a slot)"),
         ("3.联系地址: 中关村E世界C座9层945", "a real address (not a slot)"),
         ("更新日期：2022年4月30日", "a filled date (not a slot)"),
         ("例如支付宝账号、微信账号、银联账号", "an example list in parentheses (not a slot)")],
        []),
    "silive-wxml": ("dev", "privacy.wxml",
        {"kind": "clean", "repo": "silive/silive", "commit": "a754a92244a6a0074dfdb189d8d126da89d1a1a1",
         "path": "pages/agreement/privacy.wxml", "license": NOLIC, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page (<view> per section)",
         "note": "a custom-goods shop mini-program's short privacy notice by data kind; no company or mailbox named (contact through the in-app service; a design choice, not a slot); byte-exact blob"},
        [],
        [("更新日期：2026年5月20日", "a filled date (not a slot)"),
         ("你可以通过小程序内“联系客服”申请查询", "contact through the in-app service (not a slot)")],
        []),
    "zheergan-html": ("dev", "privacy.html",
        {"kind": "clean", "repo": "Chen-en-run/zheergan-healthy-meals", "commit": "9146f203abbd9954eb30b1a4fd24e8d4cf3c9a30",
         "path": "public/隐私政策.html", "index_id": "66723493231", "license": NOSNAP, "script": "hans/cn", "lang": "zh",
         "format": "static HTML page (file name chosen here; the repository's is 隐私政策.html)",
         "note": "折耳根健康餐 (Ergen, AI-tailored meal delivery) privacy policy: short, filled, contact through the app's help centre; the index's text of the file at the listed commit (the fetched snapshot does not hold the file; 2,302 characters)"},
        [],
        [("最后更新日期：2026 年 8 月 7 日", "a filled date (not a slot)"),
         ("© 2026 Ergen 折耳根健康餐 · 京ICP备2020042663号", "a licence number (not a slot)")],
        []),
    "fengxing-html": ("holdout", "privacy.html",
        {"kind": "published page with a slot (site privacy page)", "repo": "halivineyul050-lab/-1",
         "commit": "4e8f96b48d67b324e665b7868ee96dedd45eb064", "path": "隐私政策.html", "index_id": "54262041634",
         "license": NOSNAP, "script": "hans/cn", "lang": "zh",
         "format": "static HTML page with inline CSS and a script (file name chosen here)",
         "note": "风行 AI 文娱生态平台 (a corporate site for Funshion's AI platform) privacy page, filled except the phone number 400-888-XXXX; the index's text of the file at the listed commit (the repository name cannot be fetched here; 6,635 characters)"},
        [("<p>邮箱：privacy@funshion.com<br>电话：400-888-XXXX</p>", "phone number left as 400-888-XXXX")],
        [("<a href=\"首页.html\" class=\"nav-link\">首页</a>", "navigation (not a slot)")],
        [("最后更新日期：2024年01月01日", "a filled but generic-looking date (1 January; not verifiable; not scored)")]),
    "admintpl-tsx": ("holdout", "page.tsx",
        {"kind": "template (an admin template's privacy page with stand-in contacts)", "index_id": "28181668861",
         "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Next.js TSX page: constants at the top (brand, company, site, mailbox, dates, SDK list) rendered through JSX and template literals; file name chosen here (12,520 characters)",
         "note": "the privacy page of a Next.js admin template ('Admin Template' fallback brand): the contact mailbox is support@admin.com and the site falls back to https://admin.com, a template's stand-ins, rendered in the contact list"},
        [("const contactEmail = 'support@admin.com';", "contact mailbox left as the template's stand-in support@admin.com")],
        [("`公司名称：${companyName}`,", "the language's interpolation of a filled constant (code)"),
         ("title: `隐私政策 | ${platformName}`,", "template-literal interpolation in metadata (code)"),
         ("更新日期：{updatedDate} ｜ 生效日期：{effectiveDate}", "JSX expressions of filled constants (code)"),
         ("const updatedDate = '2022年07月06日';", "a filled date (not a slot)")],
        [("`联系邮箱：${contactEmail}`,", "where the stand-in mailbox is rendered (the slot is annotated on the constant; not scored)"),
         ("`公司官网：${officialSite}`,", "where the site is rendered: the env value, else the stand-in https://admin.com (not scored)"),
         ("pkg.seo?.og?.url ?? 'https://admin.com';", "a code fallback to a stand-in site, used only when no URL is configured (not scored)"),
         ("pkg.name ?? 'Admin Template';", "a code fallback brand name of the template (not scored)"),
         ("const companyName = 'VOH 科技有限公司';", "a company name that could not be verified (not scored)")]),
    "dimpack-tsx": ("holdout", "PrivacyPage.tsx",
        {"kind": "clean (Hong Kong, written Cantonese + English)", "index_id": "57733109711",
         "license": IDX, "script": "hant/hk", "lang": "zh+en",
         "format": "React TSX page: every text a T('English', '中文') pair chosen by the site's language; file name chosen here (4,815 characters)",
         "note": "DimPack3D (a container-loading calculator) privacy policy, Cantonese (嘅, 喺, 哋) with half-width punctuation, filled: hello@dimpack3d.com, 30 days, GA4 and Cloudflare named"},
        [],
        [("T('Last updated: 4 July 2026', '最後更新:2026 年 7 月 4 日')", "a filled date (not a slot)"),
         ("'你可以電郵 hello@dimpack3d.com 要求刪除", "a real mailbox (not a slot)"),
         ("const T = (en: string, zh: string) => (lang === 'zh' ? zh : en);", "code (not a slot)")],
        [("* Update this page whenever data handling changes.", "a note to developers inside a code comment (not shown; not scored)")]),
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
