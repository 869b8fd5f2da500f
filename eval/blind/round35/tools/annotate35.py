#!/usr/bin/env python3
"""Source of truth for eval/blind/round35/{dev,holdout}/*/annotation.json (hand annotations, round 35).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document, or after the line holding the entry's third element, an anchor), so no line
number is typed by hand.  Written before policylens ran on any document.

    python3 tools/annotate35.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOLIC = "none in the repository; treat as all rights reserved, test fixture only"
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"

# name: (set, file, meta, placeholders [(text, note[, anchor])], ambiguous [(text, note)])
DOCS = {
    "xiaoniu-wxml": ("dev", "agreement.wxml",
        {"kind": "template (user agreement)", "repo": "724399943/xiaoniuParking",
         "commit": "f25d77235aad8a090f8c3e90dfa6007be47fde03", "path": "pages/agreement/agreement.wxml", "license": NOLIC,
         "note": "WeChat mini-program page of a parking app; the site's name is left as ×× (multiplication signs) throughout"},
        [("×网通过国际互联网络", "site name left as ×"),
         ("您与××网达成协议", "site name left as ××"),
         ("××网的具体服务内容由××网", "site name left as ××"),
         ("××网保留根据实际情况", "site name left as ××"),
         ("××认为不适合在××上展示", "site name left as ××")],
        []),
    "happyold-wxml": ("dev", "agreement.wxml",
        {"kind": "template (service agreement form)", "repo": "666joy/theHappyOld",
         "commit": "37cbd7521a3b77c48003cdc1885aa02873181f0d", "path": "pages/agreement/agreement.wxml", "license": NOLIC,
         "note": "WeChat mini-program sign-up page showing a travel service contract whose every field is a blank ____"},
        [("甲方：________旅行社(或公司)_______", "operator name blank"),
         ("地址：____________________", "operator address blank"),
         ("邮码：___________", "post code blank"),
         ("电话：___________", "phone blank"),
         ("法定代表人：________________", "legal representative blank"),
         ("职务：________________", "title blank"),
         ("乙方：姓名(或团体称)_________________", "other party blank"),
         ("地址：____________________", "other party address blank"),
         ("邮码：___________", "other party post code blank"),
         ("电话：___________", "other party phone blank"),
         ("由甲方在__年__月__日至__年__月__日", "dates blank"),
         ("甲方为乙方提供的旅游景点为 个。分别是________", "number of sights and sights blank"),
         ("每天的时间安排为上午________时至________时", "hours blank"),
         ("每天伙食在________元至________元标准内", "amounts blank"),
         ("服务内容：____________________。", "service content blank"),
         ("本次旅游的费用总计____元", "fee blank")],
        [("第六条 旅游的交通工具：", "a clause title followed by nothing (the form ends)")]),
    "lapandroid-html": ("dev", "privacy.html",
        {"kind": "template (privacy policy)", "repo": "PengHaiZhuo/lapAndroid",
         "commit": "6465cbfb3a3464bbe69df33787cca6cdaab30ae3", "path": "app/src/main/assets/privacy.html",
         "license": "LICENSE file in the repository (code); the policy text belongs to its operator",
         "note": "Android app's assets/ policy page from a generator; operator left as 「A有限公司」, contact as 10086"},
        [("由 <i>A有限公司</i>", "operator left as a dummy 「A有限公司」"),
         ("请通过 <strong>10086</strong> 与我们联系", "contact left as 10086 (a carrier's service number), a dummy")],
        [("更新日期：<strong>2022/1/1</strong>", "a round date, likely real (not annotated as a slot)"),
         ("生效日期：<strong>2022/1/1</strong>", "a round date, likely real")]),
    "smsclient-html": ("dev", "agreement.html",
        {"kind": "template note (service agreement)", "repo": "lliiuuhhuuaa/SmsClient",
         "commit": "b7b62f58bfff53edfd217f96b153c88aa190eec4", "path": "app/src/main/assets/agreement.html", "license": NOLIC,
         "note": "Android app's assets/ agreement copied from a carrier's, ending with a red note that it was pasted"},
        [("以上协议内容复制粘贴的,不用太在意", "note: the agreement was pasted from elsewhere, not to be minded (a placeholder text)")],
        [("营业厅前台", "residue of the carrier's agreement it was copied from (not a slot)"),
         ("六画短信地市分公司住所地人民法院", "residue of the carrier's agreement (not a slot)")]),
    "edgepress-md": ("dev", "privacy-policy.md",
        {"kind": "template notes (privacy policy)", "index_id": "68362738745", "license": IDX,
         "note": "a static-site starter's policy page written wholly in YAML front matter (blocks of a page builder)"},
        [("运营者应在发布前确认实际服务商，说明适用条款和数据保留期限。", "note to the operator to name the real providers before publishing"),
         ("请根据实际网站完成政策，必要时咨询合格的专业人员。", "note to the operator to complete the policy")],
        [("missingText: config.yml 尚未填写真实运营者名称", "the builder's message shown only while the config lacks the operator (a UI state of the template)"),
         ("启用供应商前，运营者应记录供应商接收的信息", "guidance conditional on enabling vendors (none enabled)"),
         ("当前配置的跟踪、统计、广告和人机验证服务列表均为空。", "statement that no service is configured (true for the starter)"),
         ("emptyText: 此源项目当前没有配置可选的第三方浏览器服务。", "the builder's empty-list message"),
         ('expiryText: "保存后 {days} 天"', "the builder's template string, a runtime value")]),
    "tclmxcx-wxml": ("dev", "agreement.wxml",
        {"kind": "clean", "repo": "15840345959/tclmxcx", "commit": "8a465ed11c4ccb694f93efd37b43319032d7a756",
         "path": "pages/agreement/agreement.wxml", "license": NOLIC,
         "note": "WeChat mini-program: a parking alliance's user service agreement (2018)"},
        [], []),
    "bjca-txt": ("dev", "privacy.txt",
        {"kind": "clean", "repo": "pdsxsy007/qinggongyedaxueCommit", "commit": "7c0b5eecfe4eef180070da79241b74caf9294a3e",
         "path": "app/src/main/assets/privacy.txt", "license": NOLIC,
         "note": "Android app's assets/ plain-text policy of a certificate authority (2020); real values kept in 【】"},
        [], [("【姓名、身份证号码、实名手机号】", "real data categories in 【】 (emphasis, filled)"),
             ("【6】个月后匿名化处理", "a real number kept in the template's 【】"),
             ("以下无正文", "closing formula (no text follows), not a slot")]),
    "perfectplayer-txt": ("holdout", "privacy.txt",
        {"kind": "template (privacy policy)", "repo": "uvfv1991/PerfectPlayer",
         "commit": "9e0a245f70b3c406cb89ca2a7dc894b27a26855e", "path": "app/src/main/assets/privacy.txt", "license": NOLIC,
         "note": "Android app's assets/ plain-text policy copied from another service; the contact was deleted"},
        [("请通过与我们联系", "hole left by deleting the contact (「请通过〔…〕与我们联系」)")],
        [("与您所使用的留学桥的服务息息相关", "the other service's name (copy residue, not a slot)"),
         ("《留学桥服务协议》", "the other service's agreement (copy residue)")]),
    "jxtools-html": ("holdout", "agreement.html",
        {"kind": "template (software licence agreement)", "repo": "zw665200/JxTools-C",
         "commit": "df746f5a53431e342bfe8e6551f98aaac4d47a6a", "path": "app/src/main/assets/agreement.html", "license": NOLIC,
         "note": "Android app's assets/ agreement saved from a vendor template; the operator's name was deleted"},
        [("与之间关于下载、安装", "hole left by deleting the operator's name (「与〔…〕之间」)")],
        []),
    "accountrecord-html": ("holdout", "agreement.html",
        {"kind": "clean", "repo": "lxm-001/accountRecord", "commit": "78b06baaac97192c81e54c34d997f639ca8ad1a2",
         "path": "app/src/main/assets/agreement.html", "license": NOLIC,
         "note": "Android app's assets/ user agreement of a book-keeping app (2026)"},
        [], []),
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


def main():
    total = capped_total = 0
    for name, (s, fname, meta, phs, amb) in DOCS.items():
        d = os.path.join(ROOT, s, name)
        lines = lines_of(os.path.join(d, fname))
        out, pos = [], 0
        for entry in phs:
            text, note = entry[0], entry[1]
            start = locate(lines, entry[2], 0) if len(entry) > 2 else pos
            ln = locate(lines, text, start)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        amb_out, amb_lines = [], []
        for text, note in amb:
            ln = locate(lines, text, 0)
            amb_out.append({"line": ln, "text": text, "note": note})
            amb_lines.append(ln)
        if "repo" in meta:
            source = {"repo": meta["repo"], "path": meta["path"], "commit": meta["commit"], "license": meta["license"],
                      "note": meta["note"]}
            repo_kind = "repository"
        else:
            source = {"repo": None, "path": None, "commit": None, "index_id": meta["index_id"], "license": meta["license"],
                      "note": "whole file as the index gives it; " + meta["note"]}
            repo_kind = "index"
        ann = {"file": fname, "kind": meta["kind"], "repo_kind": repo_kind, "script": "hans/cn", "lang": "zh",
               "source": source, "headings_annotated": False, "headings": [],
               "placeholders": out, "look_alike_lines": amb_out,
               "ambiguous_lines": [], "ambiguous_placeholder_lines": sorted(set(amb_lines))}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        slot_lines = sorted({p["line"] for p in out})
        capped = min(5, len(slot_lines))
        total += len(slot_lines)
        capped_total += capped
        print(f"{s:8} {name:18} slots {len(out)} lines {slot_lines} (capped {capped}) ambiguous {sorted(set(amb_lines))}")
    print("slot lines", total, "capped", capped_total)


if __name__ == "__main__":
    main()
