#!/usr/bin/env python3
"""Source of truth for eval/blind/round43/{dev,holdout}/*/annotation.json (hand annotations, round 43, helper u43k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor), so no line number is typed by hand.  Written before policylens ran on
any document of this set (layout and fields of round42d, tools/annotate42d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it; Issue #11's
  figure, tools/issue11.py, counts only error-level placeholder-* findings);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way (a declared draft, a review still owed, a period "to be
  published once configured").

    python3 tools/annotate43.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown (no licence file could be read: the repository gave no snapshot here; the file is the search index's text of it)"

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "pocketledger-wxml": ("holdout", "privacy.wxml",
        {"kind": "published mini-program page with the publisher's to-do as its contact section",
         "repo": "YulongLee/PocketLedger", "commit": "0b36906df6cb9a4880dbe83ecd7184b578e03b87", "path": "miniprogram/pages/privacy/privacy.wxml",
         "index_id": "69180515357", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page, the whole page on one line of <view> elements (the index's text, 566 characters, LF; fetch gave no snapshot)",
         "note": "小账同学 (bookkeeping mini-program) 隐私政策: the 联系我们 section is 「正式上线前请在此补充运营主体、联系方式、数据保存期限和投诉渠道。」"},
        [("正式上线前请在此补充运营主体、联系方式、数据保存期限和投诉渠道。", "the contact section left as the publisher's to-do: operator, contact, retention period and complaint channel still to be added")],
        [],
        []),
    "filmlight-tsx": ("dev", "page.tsx",
        {"kind": "published web page with the publisher's to-do as its contact section",
         "index_id": "69751460321", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Next.js TSX page (metadata, PageHeader, <section>s); file name chosen here (the index's text, 1,083 characters, LF)",
         "note": "FilmLightMeter (offline light-meter app) 隐私说明: 「联系与删除」 says the operator, mailbox, retention period and deletion channel will be added before launch; no date"},
        [("正式上线前将补充运营主体、客服邮箱、保存期限和数据删除申请方式。", "the contact and deletion section left as a to-do: operator, support mailbox, retention and deletion channel to be added before launch")],
        [("服务日志不记录完整设备 ID、完整签名凭证、结果会话 token", "filled text naming a token (not a slot)")],
        []),
    "skillstart-tsx": ("dev", "page.tsx",
        {"kind": "published web page with the publisher's to-do in its last section",
         "index_id": "62622022486", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Next.js TSX page (metadata, <h2>/<p>, <code> storage keys); file name chosen here (the index's text, 1,030 characters, LF)",
         "note": "技能开工站 隐私说明 (更新日期：2026-07-29): the hosting-log section ends 「正式运营前应补充运营主体、联系方式、保留周期和用户权利说明。」"},
        [("托管和网络服务可能为了安全、稳定性和故障排查处理基础访问日志。正式运营前应补充运营主体、联系方式、保留周期和用户权利说明。", "operator, contact, retention period and users' rights still to be added before operation")],
        [("不要在本站或未知页面填写", "a warning to the reader not to enter secrets (填写 said to the user, not a slot)"),
         ("<code>skill-start-favorites</code> 和", "a real storage key in a code span (not a slot)"),
         ("<p className=\"simple-lead\">更新日期：2026-07-29</p>", "a filled date (not a slot)")],
        []),
    "deepstudy-bi-tsx": ("holdout", "page.tsx",
        {"kind": "published bilingual (zh-CN + en) pre-launch policy page with the contact section left as a to-do",
         "index_id": "58280350436", "license": IDX, "script": "hans+en", "lang": "zh+en",
         "format": "Next.js TSX page: a privacyCopy object keyed by locale (zh-CN, en), each a list of {title, body} sections; file name chosen here (the index's text, 5,047 characters, LF)",
         "note": "DeepStudy (Sydney student study service) 隐私政策 / Privacy Policy: declares itself a pre-launch draft that owes a legal review; the contact section in both languages says operator name, postal address and privacy mailbox must be inserted before launch"},
        [("body: \"公开发布前必须补充运营主体法定名称、邮寄地址和隐私联系邮箱。\",", "contact section left as a to-do: the operator's legal name, postal address and privacy mailbox"),
         ("body: \"Operator legal name, postal address and privacy contact email must be inserted before public launch.\",", "the same to-do in the English edition")],
        [("updated: \"2026 年 7 月 30 日\",", "a filled date (not a slot)"),
         ("\"DeepStudy 是独立开发的学生学习服务，与悉尼科技大学无隶属、赞助或背书关系。\",", "an affiliation disclaimer (not a slot)")],
        [("review: \"发布前需要法律审核\",", "a banner declaring that a legal review is owed (a declared draft, not a slot)"),
         ("\"这是便于理解的发布前政策草案。正式上线前，必须根据最终运营主体、联系方式、《澳大利亚隐私法》的适用性、境外披露、支付条款和保留义务完成法律审核。\",", "the draft's own declaration and the review it owes"),
         ("最终提供商名称、区域和子处理方需要在审核后的政策中确认。", "names still to be confirmed in the reviewed policy (a stated gap; debatable)"),
         ("最终的法律与财务保留期限仍需审核。", "retention periods still under review (debatable)"),
         ("review: \"Legal review required before launch\",", "the English banner (declared draft)"),
         ("\"This is a plain-language pre-launch policy draft.", "the English draft declaration"),
         ("Final provider names, regions and subprocessors must be confirmed in the reviewed policy.", "English: names still to be confirmed (debatable)"),
         ("Final legal and financial retention periods require review.", "English: retention under review (debatable)")]),
    "tokenboat-bi-ts": ("dev", "legal-documents.ts",
        {"kind": "published bilingual (zh + en) terms and privacy policy as Markdown strings in a TypeScript module, with the operator's details left to be added",
         "index_id": "58085572213", "license": IDX, "script": "hans+en", "lang": "zh+en",
         "format": "TypeScript module exporting legalDocumentDrafts: {zh: {terms, privacy}, en: {terms, privacy}}, each a Markdown template literal; file name chosen here (the index's text, 16,470 characters, LF; probe at offset 16,000 equal)",
         "note": "Token Boat (AI API gateway) 服务条款 and 隐私政策 in Chinese and English: each opens with a 发布说明 / Publication note listing the operator's name, address, notice mailbox, law and forum (terms) or privacy contact, retention periods and cross-border arrangements (privacy) still to be confirmed or added before launch, and each ends saying the formal operator / privacy contact will be added once configured (8 slot lines; capped at 5)"},
        [("> 发布说明：本页面是公共站点初稿，用于说明当前产品和服务边界。运营主体名称、注册地址、正式通知邮箱、适用法律及争议解决地应在正式上线前由运营方确认。", "zh terms: operator name, registered address, notice mailbox, law and forum still to be confirmed before launch"),
         ("正式运营主体和法律通知方式配置后，将在此处同步更新。", "zh terms: the operator and legal notice channel to be added here once configured"),
         ("> 发布说明：本页面是公共站点初稿。正式上线前仍需补充运营主体名称、注册地址、个人信息保护联系方式、具体保存期限以及适用的跨境处理安排。", "zh privacy: operator, address, privacy contact, retention periods and cross-border arrangements still to be added"),
         ("正式个人信息保护联系人配置后，将在本页面补充。", "zh privacy: the privacy contact to be added once configured"),
         ("The legal operator name, registered address, formal notice email, governing law, and dispute forum must be confirmed before formal launch.", "en terms: the same to-do"),
         ("Formal operator and legal notice details will be added once configured.", "en terms: operator and notice details to be added"),
         ("> Publication note: This is a public-site draft. Before formal launch it must be completed with the legal operator name", "en privacy: the same to-do"),
         ("A formal privacy contact will be added here once configured.", "en privacy: the privacy contact to be added")],
        [("若未来加入非必要的分析或营销技术，应在启用前提供适当说明和选择机制。", "a rule for a future feature (a promise, not a slot)"),
         ("需要单独同意或书面同意的场景，应在相应功能中另行告知并取得授权。", "a rule for consent flows (not a slot)"),
         ("If non-essential analytics or marketing technology is introduced, an appropriate notice and choice mechanism should be provided before activation.", "en: a promise for a future feature (not a slot)"),
         ("**最后更新：2026 年 9 月 2 日**", "a filled date (not a slot)")],
        [("不同数据类型的期限可能不同；正式期限配置完成后将进一步公开。", "retention periods to be published once configured (a stated gap; debatable)"),
         ("Different data categories may have different periods; formal periods will be published once configured.", "en: the same (debatable)")]),
    "aimajor-wxml": ("dev", "privacy.wxml",
        {"kind": "clean", "repo": "hardkun/ai-major-advisor", "commit": "a2afd6375d8a73ed83b1b972cf22ef2f7006a78a", "path": "miniprogram/pages/privacy/privacy.wxml",
         "license": "none found in the repository (no LICENSE file at the commit)", "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page, one <view> per item (byte-exact blob e10e3a83)",
         "note": "clean; AI 专业推荐 demo 隐私说明 (declared a portfolio demo without login); 「如果后续接入登录、支付、真实用户系统，将补充更完整的隐私政策…」 is a promise for a future version, not a slot; no date"},
        [],
        [("如果后续接入登录、支付、真实用户系统，将补充更完整的隐私政策和用户授权流程。", "a promise for a future version (将补充 after a condition; not a slot)"),
         ("当前版本为无登录的作品集演示版本，不接入真实微信支付。", "a declared demo edition (not a slot)")],
        []),
    "aip2p-md": ("dev", "privacy-policy.zh-CN.md",
        {"kind": "clean", "repo": "hotnew/AiP2P", "commit": "689ac13401b15c4af1e81c572dd86d5fbfd0a623", "path": "docs/privacy-policy.zh-CN.md",
         "license": "MIT (LICENSE in the repository)", "script": "hans/cn", "lang": "zh",
         "format": "Markdown (byte-exact blob ee8ac31a)",
         "note": "clean; aip2p 好牛Ai (P2P agent network) 隐私政策, 最后更新：2026-03-19; addresses self-hosters, who must write their own notices"},
        [],
        [("如果未来接入第三方统计、监控、托管或安全服务，相关说明应在部署时另行补充。", "a rule for a future deployment (not a slot of this text)"),
         ("如果你运行的是自托管节点、私有节点或第三方节点，应由你根据自己的部署方式、日志策略和数据处理方式另行制定隐私说明。", "addressed to self-hosters (not a slot)"),
         ("- 你应根据自己的日志、身份、统计、同步和存储策略，单独制定面向终端用户的隐私政策", "addressed to self-hosters (not a slot)"),
         ("最后更新：2026-03-19", "a filled date (not a slot)")],
        []),
    "coremachine-hk-tsx": ("dev", "privacy.tsx",
        {"kind": "clean", "index_id": "53778384342", "license": IDX, "script": "hant+hans/hk", "lang": "zh",
         "format": "React TSX page (wouter), every string twice: isHK ? zh-HK (Traditional) : Simplified; file name chosen here (the index's text, 3,953 characters, LF)",
         "note": "clean; Hong Kong-style 私隱政策 / 私隐政策 of CoreMachine (AI documents), 最後更新日期：2026年4月16日, 電郵 hello@coremachine.io; its Simplified edition keeps Hong Kong wording (私隐, 电邮, 联络)"},
        [],
        [("? \"最後更新日期：2026年4月16日\"", "a filled date (not a slot)")],
        []),
    "sandbox-hk-tsx": ("dev", "page.tsx",
        {"kind": "clean", "index_id": "58112919135", "license": IDX, "script": "hant+hans+en/hk", "lang": "zh+en",
         "format": "Next.js TSX page, every string three times (en, zh-Hans, zh-Hant) in nested conditionals; file name chosen here (the index's text, 7,963 characters, LF)",
         "note": "clean; Hong Kong Sandbox Group 私隱政策 (compliance and licensing services), under Cap. 486, last updated January 2024; its Simplified edition keeps Hong Kong wording (私隐, 电邮, 联络, 透过, 回覆)"},
        [],
        [("WhatsApp: <a href={`https://wa.me/${waNumber.replace(/\\D/g, '')}`}", "a JavaScript template literal in an attribute (code, not a ${} slot)"),
         ("const waNumber = waNum?.value || '+85292318254';", "a real fallback number in code (not a slot)")],
        []),
    "ecchess-hk-tsx": ("holdout", "page.tsx",
        {"kind": "clean", "index_id": "71438332136", "license": IDX, "script": "hans+en/hk", "lang": "zh+en",
         "format": "Next.js client TSX page (next-intl), every string as isZh ? Simplified Chinese : English (a few subtitles in Traditional); file name chosen here (the index's text, 9,049 characters, LF)",
         "note": "clean; Hong Kong EC 卓思棋院 (chess academy) 法律与政策: refund policy, 私隐政策 「依据《香港个人资料（私隐）条例》（第486章）执行」, terms; a Hong Kong policy written in Simplified characters (私隐, 电邮, 联络); effective March 2024"},
        [],
        [("<p className=\"font-black text-indigo-600\">2838-6698 / 6850-5091</p>", "real Hong Kong phone numbers (not a slot)")],
        []),
    "merchantreply-wxml": ("holdout", "privacy.wxml",
        {"kind": "clean", "repo": "insanxie04/merchant-ai-reply", "commit": "c33a7655173dc24d3e6481d67f3ab74e03c1d79e", "path": "miniprogram/pages/privacy/privacy.wxml",
         "license": "none found in the repository (no LICENSE file at the commit)", "script": "hans/cn", "lang": "zh",
         "format": "WeChat mini-program .wxml page, one <text> per paragraph (byte-exact blob 4bd87d75)",
         "note": "clean (one debatable line); 店评小帮 (review-reply tool) 隐私政策: the date line refers the reader to the mini-program's own display, the contact to the profile page's contact (如有)"},
        [],
        [("可通过小程序资料页展示的联系方式（如有）与开发者沟通。", "（如有） 'if any' about a contact shown elsewhere (not a slot)"),
         ("发送至您或开发者配置的服务端", "the user's or developer's configured server, described (not a slot)")],
        [("<text class=\"p\">更新日期：请以小程序内展示为准。</text>", "the date field refers the reader elsewhere instead of giving a date (a reviewer may call it a gap; not a template slot)")]),
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
