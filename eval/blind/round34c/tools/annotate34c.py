#!/usr/bin/env python3
"""Source of truth for eval/blind/round34c/{dev,holdout}/*/annotation.json (hand annotations, round 34c).

Placeholders only (headings_annotated: false).  Each placeholder and look-alike text is checked to occur on
its line of the stored file; the line is found by the text itself (first line holding it after the previous
entry of the same document, or after the line holding the entry's third element, an anchor), so no line
number is typed by hand.  Written before policylens ran on any document.

    python3 tools/annotate34c.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDX = "unknown: index text only; the repository could not be identified (the search index gave the file's text by id)"
NOLIC = "no licence file in the repository"

# name: (set, file, meta, placeholders [(text, note[, anchor])], ambiguous [(text, note)])
DOCS = {
    "apartment-vue": ("dev", "AgreementDialog.vue",
        {"kind": "template (privacy policy among booking agreements)", "lang": "zh", "index_id": "57003313083",
         "note": "Vue 3 + Element Plus dialog of an overseas-apartment booking site: a booking authorisation, a data-export "
                 "consent, a privacy policy and a cancellation policy behind v-if; the file name is a guess"},
        [("客服热线：400-xxx-xxxx", "service phone left as 400-xxx-xxxx"),
         ("电子邮箱：privacy@example.com", "example.com mailbox"),
         ("办公地址：北京市xxx区xxx路xxx号", "office address of xxx")],
        [("chinese_name || '________'", "a blank the page shows when the applicant's field is empty (runtime fallback)"),
         ("given_name_pinyin || '________'", "same fallback"),
         ("phone || '________'", "same fallback"),
         ("email || '________'", "same fallback"),
         ("授权日期：{{ currentDate }}", "a date the page computes")]),
    "mcnlegal-tsx": ("dev", "page.tsx",
        {"kind": "template (legal statement)", "lang": "zh", "index_id": "59408831390",
         "note": "Next.js legal-statement page of an AI MCN platform; every company fact is a 【请填写…】 prompt"},
        [("由【请填写公司名称】（以下简称", "operator to fill"),
         ("请将上述材料发送至：【请填写投诉邮箱】", "complaint mailbox to fill"),
         ("公司名称：【请填写公司名称】", "company name to fill"),
         ("统一社会信用代码：【请填写统一社会信用代码】", "credit code to fill"),
         ("注册地址：【请填写注册地址】", "registered address to fill"),
         ("经营地址：【请填写经营地址】", "business address to fill"),
         ("联系电话：【请填写联系电话】", "phone to fill"),
         ("联系邮箱：【请填写联系邮箱】", "mailbox to fill"),
         ("网站备案号：【请填写ICP备案号】", "ICP number to fill"),
         ("增值电信业务经营许可证：【如有请填写】", "licence to fill if any"),
         ("网络文化经营许可证：【如有请填写】", "licence to fill if any"),
         ("【请填写公司名称】 版权所有", "copyright holder to fill"),
         ("【请填写ICP备案号】", "ICP number in the footer link", "beian.miit.gov.cn")],
        [("最后更新日期：{new Date()", "a date the page computes")]),
    "payee-js": ("dev", "agreement.js",
        {"kind": "template slot (registration agreement, Word HTML in a JS string)", "lang": "zh",
         "repo": "qqshs/shs-ui", "commit": "d845dd22ee66d869beb09f10d1da8c158453c51c",
         "path": "antdesign-admin-demo/src/views/user/PayeeAgreementUtil/agreement.js", "license": NOLIC,
         "note": "Word-exported HTML of a commission-payment platform's user agreement kept in a template literal"},
        [("通过【移动终端公司】（以下简称", "the confirming party named by its kind in 【】 where its name goes")],
        [("甲方【酬金支付】平台注册", "the platform's name in 【】 (a label, not a slot)"),
         ("1.1 【酬金支付】平台（以下简称", "same label"),
         ("1.2 用户在注册之前", "same label"),
         ("1.3 本协议可由【酬金支付】平台", "same label"),
         ("2.1 【酬金支付】平台的具体内容", "same label"),
         ("2.4 【酬金支付】平台向用户", "same label"),
         ("提供给甲方【酬金支付】平台", "same label"),
         ("【酬金支付】平台有权对会员", "same label"),
         ("【酬金支付】平台可以拒付", "same label"),
         ("来源于【酬金支付】平台", "same label"),
         ("【酬金支付】平台对此不承担", "same label")]),
    "yinshi-html": ("dev", "privacy_policy.html",
        {"kind": "clean", "lang": "zh", "repo": "qinyiOvO/VAConverter",
         "commit": "24e8e485db2678b70eb86340da238f2af94d4e2c", "path": "privacy_policy.html", "license": NOLIC,
         "note": "published privacy policy of an Android audio converter (GitHub Pages)"},
        [], []),
    "livestream-dart": ("holdout", "privacy_settings.dart",
        {"kind": "template (about/privacy/agreement screens)", "lang": "zh", "index_id": "53091220137",
         "note": "Flutter screens of a live-streaming app: about us, personal-information protection, privacy policy, "
                 "user agreement; the file name is a guess"},
        [("'• 客服邮箱：support@example.com'", "example.com mailboxes and a 400-123-4567 phone, one source line"),
         ("['北京市朝阳区某某大厦'", "address of 某某"),
         ("'• 隐私保护邮箱：privacy@example.com'", "example.com mailbox and 400-123-4567, one source line")],
        []),
    "mycanteen-vue": ("holdout", "privacy-policy.vue",
        {"kind": "template slot (privacy policy)", "lang": "zh", "repo": "hitzwh/MyCanteen",
         "commit": "80e8ab3edd5b5418a49503dbcfe9674924fa911a", "path": "src/pages/profile/privacy-policy.vue",
         "license": NOLIC, "note": "uni-app page of a campus canteen app"},
        [("客服电话：400-123-4567", "a dummy sequential service number")],
        [("电子邮件：privacy@zhangshangshitang.com", "a mailbox on the product's pinyin domain: may be invented, not provably a slot")]),
    "crab-js": ("holdout", "privacy.js",
        {"kind": "clean", "lang": "zh", "repo": "anining/Crab", "commit": "e84042499f33cf47c9efb67761cb5fc746179854",
         "path": "javaScript/assets/html/privacy.js", "license": NOLIC,
         "note": "React Native app's privacy policy as HTML in a template literal (趣玩赚)"},
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
            start = locate(lines, entry[2], 0) if len(entry) > 2 else max(pos - 1, 0)
            ln = locate(lines, text, start)
            if out and out[-1]["line"] == ln and out[-1]["text"] == text:
                ln = locate(lines, text, ln)
            out.append({"line": ln, "text": text, "note": note})
            pos = ln
        amb_out, amb_lines = [], []
        for text, note in amb:
            ln = locate(lines, text, 0)
            amb_out.append({"line": ln, "text": text, "note": note})
            amb_lines.append(ln)
        if "index_id" in meta:
            source = {"repo": None, "path": None, "commit": None, "index_id": meta["index_id"], "license": IDX,
                      "note": "whole file as the index gives it; " + meta["note"]}
            repo_kind = "index"
        else:
            source = {"repo": meta["repo"], "path": meta["path"], "commit": meta["commit"], "license": meta["license"],
                      "note": "byte-exact (git cat-file blob COMMIT:PATH); " + meta["note"]}
            repo_kind = "github"
        ann = {"file": fname, "kind": meta["kind"], "repo_kind": repo_kind, "script": "hans/cn", "lang": meta["lang"],
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
