#!/usr/bin/env python3
"""Source of truth for eval/blind/round42/{dev,holdout}/*/annotation.json (hand annotations, round 42, helper u42k).

Placeholders only (headings_annotated: false).  Each placeholder, look-alike and ambiguous text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it at or after the line holding
the entry's optional third element, an anchor; slot entries chain: each is looked for after the previous one), so no
line number is typed by hand.  Written before policylens ran on any document of this set (layout and fields of
round41d, tools/annotate41d.py there).

* placeholders: slot lines (scored: a placeholder-* or enumeration-* finding covering the line finds it; Issue #11's
  figure, tools/issue11.py, counts only error-level placeholder-* findings);
* look_alike_lines: lines that look like slots but are not (a placeholder-*/enumeration-* finding there is a false
  positive; so is one on any line that is neither a slot nor ambiguous);
* ambiguous_placeholder_lines: lines not scored either way (code comments a reader never sees, a declared draft's
  status cells and to-do list, an address that may be a stand-in).

webramber-jsp leaves the operator's company name as 「XXXX」 on 35 lines: every one was read and is the same slot, so
its entries are written as one text repeated (chained, each on the next line holding it); the count is checked.

    python3 tools/annotate42.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"
XXXX_LINES = 35

# name: (set, file, meta, placeholders, look-alikes, ambiguous); each entry (text, note[, anchor])
DOCS = {
    "webramber-jsp": ("dev", "terms.jsp",
        {"kind": "published-style page with the operator's name left as XXXX (a web-page builder's 服务条款 JSP page)",
         "index_id": "24613799236", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "JSP page (JSP comments, a layui header, the terms as <h2>/<p> blocks, a footer with contact lines); file name chosen here (the index's text, 18,827 characters)",
         "note": "WebRamber 服务条款 (更新日期：2018年6月), with a 隐私政策 and 数据安全 section: the company is 「XXXX有限公司」 / 「XXXX」 throughout (35 lines) and 「江西XXXX有限公司 ©2019 赣ICP备00000000号-0」 in the footer; the contact mailbox support@webramber.com, a QQ number and a mobile number are filled (the mailbox also in 【support@webramber.com 】 on a line that holds the XXXX slot)"},
        [("XXXX", "the operator's company name left as XXXX (one slot on every line that holds it)")] * XXXX_LINES,
        [("关于付费模板的发布，请参照【付费模板协议】", "the title of another agreement in 【】 (not a slot)"),
         ("更新日期：2018年6月", "a filled date (month only; not a slot)"),
         ("请发邮件至support@webramber.com", "a filled mailbox (not a slot)")],
        []),
    "mastera-tsx": ("dev", "page.tsx",
        {"kind": "published page with a stand-in address (a creative platform's 隐私政策 Next.js page)",
         "index_id": "43549420138", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Next.js client page (HeroUI): sections as template strings split into <p>, a contact card, a contact modal with form inputs; file name chosen here (the index's text, 11,914 characters)",
         "note": "Mastera平台 隐私政策 (生效/更新 2024年1月15日): the company address is 「北京市朝阳区xxx大厦」 with 「邮编：100000」; mailbox privacy@mastera.xyz filled"},
        [("北京市朝阳区xxx大厦", "company address left as 「xxx大厦」")],
        [("placeholder=\"请输入您的姓名\"", "a form input's placeholder attribute (not a slot)"),
         ("placeholder=\"请详细描述您的隐私相关问题或需求\"", "a form input's placeholder attribute (not a slot)"),
         ("privacy@mastera.xyz", "a filled mailbox (not a slot)")],
        [("邮编：100000", "100000 is the general Beijing postcode: beside the xxx address it reads as a stand-in, but it is a real code; not scored")]),
    "timetraveler-tsx": ("dev", "page.tsx",
        {"kind": "declared draft with a template table left unfilled, beside a policy in force (a desktop companion app's 隐私政策 Next.js page)",
         "index_id": "54623968868", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Next.js TSX module with two components: the PC product's 隐私政策 marked 「0.2 / 待发布」 (a status table, a permission grid, a third-party template, a launch checklist) and the website's 隐私说明 marked 「1.0 / 生效」; file name chosen here (the index's text, 22,958 characters)",
         "note": "时光旅人 (南京形而不器科技有限公司): the draft's third-party template leaves every field as 「待填写」 (6 lines); its status cells (待研发确认, 敏感项待确认, 待确认是否申请) and 「正式生效前必须补齐」 list are the declared draft's own bookkeeping (ambiguous); the website notice in force is filled"},
        [("<span>服务名称</span><strong>待填写</strong>", "third-party template: service name left as 待填写"),
         ("<span>提供方完整名称</span><strong>待填写</strong>", "provider's full name left as 待填写"),
         ("<span>使用目的与触发场景</span><strong>待填写</strong>", "purpose left as 待填写"),
         ("<span>接收信息与系统权限</span><strong>待填写</strong>", "data received left as 待填写"),
         ("<span>处理角色与服务器地点</span><strong>待填写</strong>", "role and server location left as 待填写"),
         ("<span>隐私政策与联系方式</span><strong>待填写</strong>", "privacy policy and contact left as 待填写")],
        [("《PC 产品隐私政策（待发布）》", "the title of the unpublished product policy, linked from the notice in force (not a slot)"),
         ("PC 产品隐私待发布</a>", "a footer link's label (not a slot)"),
         ("<strong>运营主体已确认</strong>", "a callout saying the operator is confirmed (not a slot)"),
         ("可通过 414011506@qq.com 联系运营主体。", "a filled mailbox (not a slot)")],
        [("<span className=\"privacy-status\">PC 产品 · 待发布</span>", "the draft's declared status"),
         ("<strong>0.2 / 待发布</strong>", "the draft's declared version status"),
         ("<dd>PC 产品开放前另行公布</dd>", "effective date declared as to be announced (a declared draft)"),
         ("产品开放前仍需根据真实实现确认专用客服、模型服务、系统权限及各类数据保存期限。", "a to-do in the declared draft's prose"),
         ("<td><span className=\"status-pending\">待研发确认</span></td>", "status cell of the draft's checklist table"),
         ("<td><span className=\"status-pending\">待研发确认</span></td>", "status cell", "<td>AI 陪伴与对话</td>"),
         ("<td><span className=\"status-sensitive\">敏感项待确认</span></td>", "status cell"),
         ("<td><span className=\"status-sensitive\">PC 重点核验</span></td>", "status cell"),
         ("<td><span className=\"status-pending\">待研发确认</span></td>", "status cell", "<td>旅行与成长</td>"),
         ("<td><span className=\"status-pending\">待研发确认</span></td>", "status cell", "<td>安全与运行</td>"),
         ("<td><span className=\"status-pending\">如上线付费功能</span></td>", "status cell"),
         ("<small>待确认是否申请</small>", "permission grid status", "<span>MIC</span>"),
         ("<small>重点待确认</small>", "permission grid status", "<span>SCREEN</span>"),
         ("<small>待确认是否申请</small>", "permission grid status", "<span>FILES</span>"),
         ("<small>重点待确认</small>", "permission grid status", "<span>CLIP</span>"),
         ("<small>待确认是否申请</small>", "permission grid status", "<span>NOTICE</span>"),
         ("<small>待确认是否启用</small>", "permission grid status"),
         ("<p>待确认数据位于用户本机", "storage grid: a to-be-confirmed item of the declared draft"),
         ("<p>待确认在线数据、日志", "storage grid: a to-be-confirmed item of the declared draft"),
         ("正式上线前需确认产品最低使用年龄", "a to-do in the declared draft's prose"),
         ("正式生效前必须补齐", "the declared draft's launch checklist heading"),
         ("\"账号、设备、日志、聊天、语音和角色记忆的真实数据清单\",", "launch checklist item (a code array rendered in the draft)"),
         ("\"麦克风、屏幕、剪贴板、文件、通知等实际系统权限\",", "launch checklist item"),
         ("\"AI 模型、云存储、统计、崩溃监控等第三方服务商清单\",", "launch checklist item"),
         ("\"各类数据的存储地点、保存期限、删除与账号注销路径\",", "launch checklist item"),
         ("\"产品适用年龄、未成年人机制与是否涉及游戏实名认证\",", "launch checklist item"),
         ("{/* 此清单只在草案阶段展示", "a code comment (not rendered)"),
         ("<span>上线前重要提示</span>", "the draft banner's label")]),
    "inkcraft-tsx": ("holdout", "login-form.tsx",
        {"kind": "published login form carrying its terms and privacy policy with slots (an AI essay-grading site)",
         "index_id": "41502551317", "license": IDX, "script": "hans/cn", "lang": "zh",
         "format": "Next.js client component: the login form, and the 服务条款 and 隐私政策 as JSX shown in dialogs; file name chosen here (the index's text, 12,629 characters)",
         "note": "inkcraft | 墨灵 服务条款 and 隐私政策: 「最后更新日期: [请填写日期]」 in both, the contact 「[您的联系邮箱或页面]」 four times; an English code comment says to replace the placeholders"},
        [("最后更新日期: [请填写日期]", "terms: date left as [请填写日期]"),
         ("请通过 [您的联系邮箱或页面] 联系我们。</p>", "terms: contact left as [您的联系邮箱或页面]"),
         ("最后更新日期: [请填写日期]", "privacy: date left as [请填写日期]"),
         ("要行使这些权利，请通过 [您的联系邮箱或页面] 联系我们", "privacy: contact left as a slot"),
         ("请通过 [您的联系邮箱或页面] 联系我们，我们将采取措施删除此类信息", "privacy: contact left as a slot"),
         ("<p>[您的联系邮箱或页面]</p>", "privacy: the contact section's only line is the slot")],
        [("placeholder=\"user@example.com\"", "the login form's input placeholder (not a slot)"),
         ("<li>**您直接提供的信息:**", "Markdown bold left in JSX (not a slot)")],
        [("You MUST replace placeholders", "a code comment a reader never sees (it names the slots)")]),
    "amigo-ts": ("holdout", "privacy.ts",
        {"kind": "policy data with a stand-in phone (a Taiwan pet-food franchise's 隐私政策 content module, in Simplified characters)",
         "index_id": "22480800323", "license": IDX + " (a README in the index names amigo-pet-food/amigob2b; no snapshot could be fetched)",
         "script": "hans/tw", "lang": "zh",
         "format": "TypeScript data module: policySections (paragraph, list, subsection, table, highlight blocks) and contactInfo; file name chosen here (the index's text, 7,557 characters)",
         "note": "AMIGO 宠物鲜食科技有限公司 隐私政策 (2025年1月25日), Taiwan terms (统一编号, 个人资料保护法, 绿界科技) in Simplified script: the phone is the sequence stand-in 「+886-2-2345-6789」; the address 信义路五段7号35楼 is Taipei 101's (ambiguous)"},
        [("phone: '+886-2-2345-6789',", "contact phone the sequence stand-in 2345-6789")],
        [("email: 'privacy@amigob2b.com',", "a mailbox on the company's own domain (not a slot)"),
         ("'AMIGO 官方网站（amigob2b.vercel.app）',", "the site's address (not a slot)")],
        [("address: '台北市信义区信义路五段7号35楼',", "Taipei 101's address: real, but likely borrowed as a stand-in; not scored")]),
    "cantobeats-hk-tsx": ("dev", "Footer.tsx",
        {"kind": "clean", "index_id": "47072675040", "license": IDX, "script": "hant/hk", "lang": "zh",
         "format": "Next.js footer component holding the 私隱政策 and 使用條款 as template strings shown in a modal; file name chosen here (the index's text, 5,847 characters)",
         "note": "clean; Hong Kong Canto-Beats 廣東話字幕生成器 私隱政策 (最後更新日期：2024 年 1 月) and 使用條款 (2025年 12月): Stripe, Google Analytics, contact info@cantobeats.com, Hong Kong law"},
        [], [("電郵： info@cantobeats.com", "a filled mailbox (not a slot)")], []),
    "busiscoming-hk-ts": ("dev", "privacy-policy.ts",
        {"kind": "clean", "index_id": "55044310332", "license": IDX, "script": "hant/hk+hans+en", "lang": "zh+en",
         "format": "TypeScript content module, every string in zh-Hant, zh-Hans and en; file name chosen here (the index's text, 10,319 characters)",
         "note": "clean; Hong Kong BusIsComing (Citybus ETA app and site) 私隱政策 in three languages, lastUpdated 2026-06-30, contact hezhenyu966@gmail.com"},
        [], [], []),
    "guardianring-tw-tsx": ("dev", "page.tsx",
        {"kind": "clean", "index_id": "31616019742", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "Next.js TSX page with a header comment; file name chosen here (the index's text, 9,709 characters)",
         "note": "clean; Taiwan 守護鈴 (Guardian Ring) 隱私權政策 (最後更新日期：2025年9月3日), contact privacy@guardianring.app; the address 台北市信義區信義路五段7號 is Taipei 101's (ambiguous)"},
        [], [("<p><strong>電子郵件</strong>：privacy@guardianring.app</p>", "a filled mailbox (not a slot)")],
        [("<p><strong>地址</strong>：台灣台北市信義區信義路五段7號</p>", "Taipei 101's address for an app team: likely borrowed as a stand-in, but real; not scored")]),
    "runju-tw-php": ("holdout", "privacy.php",
        {"kind": "clean", "repo": "n0931371122/t003", "commit": "bfc22bcbbc0bdbcf844600d6f747f32c482f1e70",
         "path": "privacy.php", "license": "none found in the repository (no LICENSE file at the commit)",
         "script": "hant/tw", "lang": "zh",
         "format": "PHP page (includes, then a <ul> of numbered sections), byte-exact blob 60229ace",
         "note": "clean; Taiwan 潤居實業股份有限公司 隱私權政策 (a web agency's site template t003 filled for the client): the usual 個資 sections; the Cookie paragraph says its sentence twice and starts 「本為了」 (an editing slip, not a slot); no date stated"},
        [], [], []),
    # (added after the first run of the others, read and annotated before its own first run: ref/holdout-draw.txt)
    "dino-tw-js": ("holdout", "dialog.js",
        {"kind": "clean", "index_id": "1004056548", "license": IDX, "script": "hant/tw", "lang": "zh",
         "format": "jQuery module of a game's pre-registration site: dialog builders, an event's rules and the company's privacy policy as HTML in template literals (the policy one long line of <br/> paragraphs); file name chosen here (the index's text, 15,677 characters)",
         "note": "clean; Taiwan 迪諾遊戲有限公司「個人資料暨隱私權保護政策」 (戰國大戰M pre-registration site); no date stated; no contact but 「迪諾遊戲客服中心」; a sample gift code XDF3FXCV in a code comment"},
        [], [("<span class=\"code\" id='dum1'>XDF3FXCV</span>", "a sample gift code in a commented-out template (not a slot)"),
             ("<p class='font-skt'>【活動規則】</p>", "a label in 【】 (not a slot)")], []),
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
    """Line of each entry: at or after its anchor's line, or (chain) after the previous entry of the list."""
    out, pos = [], 0
    for entry in entries:
        text, note = entry[0], entry[1]
        # an anchor's own line is searched too (a permission-grid row holds its label and its status)
        start = locate(lines, entry[2], 0) - 1 if len(entry) > 2 else (pos if chain else 0)
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
        if name == "webramber-jsp" and len({x["line"] for x in out}) != XXXX_LINES:
            sys.exit(f"{name}: expected {XXXX_LINES} XXXX lines")
        if name == "webramber-jsp" and sum("XXXX" in ln for ln in lines) != XXXX_LINES:
            sys.exit(f"{name}: the file holds another count of XXXX lines")
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
