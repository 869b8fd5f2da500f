#!/usr/bin/env python3
"""Source of truth for eval/blind/round35c/{dev,holdout}/*/annotation.json (hand annotations, round 35c: DOCX).

Placeholders only (headings_annotated: false).  DOCX are binary, so a line is the paragraph number that
`policylens parse FILE -f text` of the frozen base (main 863db3a6) gives; each annotated text was read by hand in
the base's paragraph dump (and in the raw `word/document.xml` runs, to see that no slot was lost: no content
control, highlight, form field or comment is in any of these files) and is checked here to occur in that paragraph.
Written before policylens `check` ran on any document.

    python3 tools/annotate35c.py            # writes the annotation.json files
    python3 tools/annotate35c.py --verify   # checks every text against the base's paragraphs
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BASE = "/work/tools35/base-pl.sh"
NOLIC = "no licence file in the repository (treat as all rights reserved; test fixture only)"


def src(repo: str, path: str, commit: str, lic: str, note: str) -> dict:
    return {"repo": repo, "path": path, "commit": commit, "license": lic, "note": note}


STAGO = ("StagoMax/FaceShapeV2.1.9", "9e5929dceaf8cd4e0148ed56771a2bff7035cfa9", "MIT (LICENSE file of the repository)")
ZYM = ("ZymBaBa/iosapp", "573d0f8bdb1e9d036b95058ceee971b1bf1088e0", NOLIC)
LIAN = ("lianwentao/huachengshequhuishenghuo", "76b42ad11e90892af0e8ba308a0ec84226faea74",
        "Apache-2.0 (LICENSE file of the repository)")
LING = ("foolin/lingmon", "a538170b71d79295f9c757e1b050e4784f1571bb", NOLIC)
QQ = ("qqqqinglan/hh", "c38060a5d72d9a13c902491bd6cc63dc6e255044", NOLIC)
YUJIA = ("suzhaoyong/yujia-village", "704a9a0683f23dc0732557b081113a721426a208",
         "MPL-2.0 (LICENSE file of the repository)")

# name: (set, file, meta, placeholders [(line, text, note)], look-alikes [(line, text, note)],
#        ambiguous [(line, text, note)])
DOCS: dict = {
    "stago-privacy-docx": ("dev", "privacy.docx",
        {"kind": "clean (app privacy policy in English under a Chinese title, Word file in the app's doc/ folder)",
         "script": "latn (title hans)", "lang": "en",
         "source": src(STAGO[0], "doc/隐私政策.docx", STAGO[1], STAGO[2], "git cat-file of the snapshot")},
        [],
        [(1, "隐私政策", "Chinese title over an English text (not a slot)"),
         (60, "Mailing Address: Foshan Xinghang Trading Co., Ltd.", "a filled address split over two paragraphs")],
        []),
    "stago-terms-docx": ("dev", "terms.docx",
        {"kind": "clean (terms of service in English under a Chinese title)", "script": "latn (title hans)",
         "lang": "en",
         "source": src(STAGO[0], "doc/用户服务协议.docx", STAGO[1], STAGO[2], "git cat-file of the snapshot")},
        [],
        [(49, "8.3 Subscriptions (Optional/Future)", "a feature announced for later (not a drafting note)")],
        []),
    "lingmon-docx": ("dev", "agreement.docx",
        {"kind": "clean (a 2011 site's user agreement, Word 2007)", "script": "hans/cn", "lang": "zh",
         "source": src(LING[0], "文档/用户协议.docx", LING[1], LING[2],
                       "git cat-file at the commit that added it (the file is gone from the newest snapshot)")},
        [],
        [],
        []),
    "qqqqinglan-docx": ("dev", "agreement.docx",
        {"kind": "clean (a small app's user agreement)", "script": "hans/cn", "lang": "zh",
         "source": src(QQ[0], "agreement.docx", QQ[1], QQ[2], "git cat-file of the snapshot")},
        [],
        [(3, "尊敬的汽车夜视(以下简称app)用户", "a definition naming the app 'app' (not a slot)")],
        []),
    "yujia-privacy-docx": ("dev", "privacy.DOCX",
        {"kind": "clean (a yoga platform's privacy policy adapted from a large platform's, served as .DOCX)",
         "script": "hans/cn", "lang": "zh",
         "source": src(YUJIA[0], "static/doc/瑜伽村隐私政策.DOCX", YUJIA[1], YUJIA[2],
                       "git cat-file of the snapshot; upper-case extension kept")},
        [],
        [(1, "【特别提示】请您仔细阅读我们的《瑜伽村隐私政策》", "a label in 【】"),
         (132, "PC端：", "a lead-in whose items follow as paragraphs"),
         (173, "首页下方的客服电话电话咨询", "a contact that names no number (a missing fact, not a slot)")],
        [(153, "“注销账户”页面的查询方式：PC端：瑜伽村首页上方“个人中心”—“账户信息”—",
          "a menu path that stops at a dash: its last step left out (a blank or a copy slip)")]),
    "yujia-terms-docx": ("dev", "terms.DOCX",
        {"kind": "clean (user agreement adapted from 58.com's: the source company's name, trademarks and URL left in)",
         "script": "hans/cn", "lang": "zh",
         "source": src(YUJIA[0], "static/doc/瑜伽村使用协议.DOCX", YUJIA[1], YUJIA[2],
                       "git cat-file of the snapshot; upper-case extension kept")},
        [],
        [(8, "北京五八信息技术有限公司及其相关服务可能存在的运营关联单位", "the source company's name left in (a copy leftover, not a slot)"),
         (87, "https://helpcenter.58.com/helpcenter_pc/yhfwxy/724.html", "an underlined real URL (not a blank)"),
         (90, "“58 同城” 、 “五八同城 ”", "trademarks of the source company (a copy leftover)")],
        []),
    "yujia-cert-docx": ("dev", "certification.DOCX",
        {"kind": "clean (platform certification service agreement)", "script": "hans/cn", "lang": "zh",
         "source": src(YUJIA[0], "static/doc/瑜伽村平台认证服务协议.DOCX", YUJIA[1], YUJIA[2],
                       "git cat-file of the snapshot; upper-case extension kept")},
        [],
        [(2, "【首部及导言】", "a section label in 【】"),
         (8, "1.1【协议适用主体范围】", "a clause title in 【】")],
        [(59, "。", "a paragraph holding only 「。」 (the end of clause 6.1.5 split off; a copy slip, not a slot)")]),
    "lianwentao-docx": ("holdout", "agreement.docx",
        {"kind": "clean (a community app's terms and privacy agreement, another company's agreement pasted below)",
         "script": "hans/cn", "lang": "zh",
         "source": src(LIAN[0], "协议.docx", LIAN[1], LIAN[2], "git cat-file of the snapshot")},
        [],
        [(1, "【重要通知】", "a label in 【】"),
         (9, "【协议的范围】", "a section label in 【】"),
         (99, "【实惠】在此特别提醒用户认真阅读", "the app's name written in 【】 throughout (filled, not a slot)"),
         (100, "本《协议》描述【实惠】与用户之间关于【实惠】服务相关方面的权利义务", "the app's name in 【】"),
         (190, "【实惠】服务中所涉及的图形、文字或其组成", "the app's name in 【】")],
        []),
    "zymbaba-terms-docx": ("holdout", "terms.docx",
        {"kind": "clean (a job app's user agreement)", "script": "hans/cn", "lang": "zh",
         "source": src(ZYM[0], "doc/用户协议.docx", ZYM[1], ZYM[2], "git cat-file of the snapshot")},
        [],
        [],
        []),
    "zymbaba-decl-docx": ("holdout", "declaration.docx",
        {"kind": "clean (the same app's service declaration for companies)", "script": "hans/cn", "lang": "zh",
         "source": src(ZYM[0], "doc/服务声明.docx", ZYM[1], ZYM[2], "git cat-file of the snapshot")},
        [],
        [],
        []),
}


def base_paragraphs(path: str) -> dict[int, str]:
    """Paragraph number -> text, as the frozen base reads the DOCX."""
    out = subprocess.run([BASE, "parse", path, "-f", "json"], capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    rows: dict[int, str] = {}
    meta = data.get("metadata", {})
    if meta.get("title_line"):
        rows[int(meta["title_line"])] = meta.get("title") or ""
    for s in data["sections"]:
        if s.get("line"):
            rows[int(s["line"])] = s.get("title") or ""
        for p in s["paragraphs"]:
            rows[int(p["line"])] = p["text"]
    return rows


def main() -> int:
    verify = "--verify" in sys.argv
    bad = 0
    for name, (part, fname, meta, slots, looks, amb) in DOCS.items():
        folder = os.path.join(ROOT, part, name)
        path = os.path.join(folder, fname)
        if verify:
            rows = base_paragraphs(path)
            for line, text, _note in slots + looks + amb:
                if text not in rows.get(line, ""):
                    print(f"{name}: L{line} does not hold {text!r}: {rows.get(line, '')[:80]!r}")
                    bad += 1
        ann = {"file": fname, **meta, "repo_kind": "repository", "headings_annotated": False, "headings": [],
               "placeholders": [{"line": ln, "text": t, "note": n} for ln, t, n in slots],
               "look_alike_lines": [{"line": ln, "text": t, "note": n} for ln, t, n in looks],
               "ambiguous_lines": [],
               "ambiguous_placeholder_lines": sorted({ln for ln, _t, _n in amb}),
               "ambiguous_notes": [{"line": ln, "text": t, "note": n} for ln, t, n in amb]}
        with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{part:8} {name:20} slot lines {len(slots)} look-alikes {len(looks)} ambiguous {[a[0] for a in amb]}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
