"""Write pairs/<name>/annotation.json for pairs41 (u41d), by hand from `git diff --word-diff` of each pair and a full read
of both sides, before any run of policylens.  Format of eval/pairs40: `changes` the true changes, one per edit place (kind
`modified`, `added`, `removed`, `title`); `noise` what must not be reported (kind `optional`: tolerated either way).
Texts are excerpts, enough to find the place.  Two sides are OpenCC conversions (`opencc-python-reimplemented` of the
project's venv, `s2twp`), written `opencc:s2twp(COMMIT)`."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIR = "/work/.mirror"
LU, HZ, WW = "sadSader/lua-language-server-wiki", "hezhanleiok/ai", "LiuYoung628/whatsinwardrobe-privacy"
LS, LP, TSX, WP = "隐私声明.md", "隐私.md", "app/privacy/page.tsx", "隐私政策.md"
SRC = {
    "lu-item": (LU, ("f07cf77", LS), ("297e31a", LS)),
    "lu-server": (LU, ("bfada9e", LS), ("54c2085", LS)),
    "lu-menu": (LU, ("e7f509f", LS), ("398cac3", LS)),
    "lu-hant": (LU, ("opencc:s2twp(f7a7d4e)", LS), ("2e4feec", LS)),
    "lu-links": (LU, ("8d3aefe", LP), ("61336a9", LP)),
    "lu-notice": (LU, ("12eae9d", LP), ("579b450", LP)),
    "lu-org": (LU, ("c6579a3", LP), ("421d00b", LP)),
    "hz-disclaimer": (HZ, ("62482ef", TSX), ("7634750", TSX)),
    "ww-rename": (WW, ("7fc096b", WP), ("a69f559", WP)),
    "ww-hant": (WW, ("opencc:s2twp(7fc096b)", WP), ("a69f559", WP)),
}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


USE, COLL, OFF, OV = "如何使用收集的数据", "收集的数据", "禁用遥测", "概述"
SCRIPT = n("every other line differs only by script and Taiwan wording (OpenCC s2twp of the old side)")
WW_TITLE = c("(document title)", "# 衣柜里有啥隐私政策", "# 今天穿啥（原名：衣柜里有啥）隐私政策", "title", "product renamed in the title")
WW_INTRO = c("(preamble)", "“衣柜里有啥”应用（以下简称“本应用”）尊重并保护…", "“今天穿啥（原名：衣柜里有啥）”应用（以下简称“本应用”）尊重并保护…",
             "modified", "product renamed in the intro paragraph (the rest of the paragraph unchanged)")
A = {
    "lu-item": ([c(COLL, "", "* 插件版本，例如 `2.2.0`", "added", "a data item added to the list")], [], "LuaLS wiki 隐私声明: one list item added."),
    "lu-server": ([c(USE, "http://119.45.194.183/", "http://154.23.191.94/", "modified", "the address where the data is published")], [],
                  "LuaLS wiki 隐私声明: the public data server's address changed."),
    "lu-menu": ([c(OFF, "（为此，请在“代码”->“首选项”->“设置”下按名称搜索。）", "（为此，请在“文件”/“代码”->“首选项”->“设置”下按名称搜索。）",
                   "modified", "menu path of the setting")], [], "LuaLS wiki 隐私声明: a menu name added to an instruction."),
    "lu-hant": ([c(USE, "http://154.23.191.94/", "http://154.23.191.39/", "modified", "the data server's address (cross-script)")], [SCRIPT],
                "Cross-script: the zh-Hant (s2twp) conversion of the old version against the next zh-Hans version."),
    "lu-links": ([], [n("three bare URLs written as Markdown links [url](url): markup only")],
                 "Formatting only: bare addresses became explicit Markdown links (the wiki's 'explicitly link in-text URLs' commit)."),
    "lu-notice": ([c(OV, "", "> 遥测已于3.6.5版本移除，感谢你们在社区中的积极反馈！", "added", "a notice that telemetry was removed")], [],
                  "LuaLS wiki 隐私: a block quote added under the first heading."),
    "lu-org": ([c(COLL, "https://github.com/sumneko/lua-language-server/…/telemetry.lua", "https://github.com/LuaLS/lua-language-server/…/telemetry.lua",
                  "modified", "link text and target moved to the new GitHub organisation"),
                c(USE, "https://github.com/sumneko/lua-telemetry-server/tree/master/method", "https://github.com/LuaLS/lua-telemetry-server/tree/master/method",
                  "modified", "the same for the server's code")], [],
               "LuaLS wiki 隐私: links moved from sumneko to LuaLS (a changed address is a change)."),
    "hz-disclaimer": (
        [c("(document title)", "隐私政策", "隐私政策与免责声明", "title", "the page's <h1> gains 与免责声明"),
         c("5. 免责声明", "", "内容准确性：… / 第三方责任：… / 无盈利担保：…", "added", "a disclaimer section with three paragraphs", new_sec="5. 免责声明"),
         c("5. 政策更新", "我们可能会不时更新本隐私政策。任何重大变更都会在网站显著位置发布通知。继续使用本网站即表示您同意最新的隐私协议。",
           "我们可能会不时更新本政策。继续使用本网站即表示您同意最新的隐私协议与免责条款。", "modified", "notice of changes dropped; disclaimer added",
           new_sec="6. 政策更新"),
         c("5. 政策更新", "如果您对隐私政策有任何疑问，请通过“联系合作”页面与我们取得联系。", "如果您对上述政策有任何疑问，请通过“联系合作”页面与我们取得联系。",
           "modified", "the closing contact line (in its own <div> after the last section)", new_sec="6. 政策更新")],
        [n("5. 政策更新 → 6. 政策更新: renumbering after the inserted section"), n("import { ShieldCheck } from 'lucide-react'; and a JSX comment {/* 新增：免责声明部分 */}: code")],
        "Next.js TSX page: a section inserted before the last one (renumbered), the title extended, two rewordings.",
    ),
    "ww-rename": ([WW_TITLE, WW_INTRO], [n("the old title and paragraph were one line each; the rest of the file is unchanged")],
                  "Markdown: the app renamed in the title and the first paragraph."),
    "ww-hant": ([WW_TITLE, WW_INTRO], [SCRIPT],
                "Cross-script: the zh-Hant (s2twp) conversion of the old version against the new zh-Hans version (the rename)."),
}


def side(pair, name, spec, repo):
    commit, path = spec
    data = open(os.path.join(HERE, "pairs", pair, name), "rb").read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
    if commit.startswith("opencc:"):
        inner = commit[len("opencc:s2twp(") : -1]
        full = subprocess.run(["git", "--git-dir", git, "rev-parse", inner], capture_output=True, check=True, text=True).stdout.strip()
        commit = f"opencc:s2twp({full})"
    else:
        commit = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    return {"path": f"{repo}:{path}", "commit": commit, "blob": blob, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


if __name__ == "__main__":
    src_lines, hashes = [], []
    for pair, (changes, noise, note) in sorted(A.items()):
        repo, old, new = SRC[pair]
        files = sorted(os.listdir(os.path.join(HERE, "pairs", pair)))
        o = next(f for f in files if f.startswith("old."))
        w = next(f for f in files if f.startswith("new."))
        so, sn = side(pair, o, old, repo), side(pair, w, new, repo)
        for k, s, f in (("old", so, o), ("new", sn, w)):
            src_lines.append(f"{pair} {k} {s['commit']} {s['blob']} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{f}")
        ann = {"source": {"repo": repo, "license": NOLIC, "old": so, "new": sn}, "changes": changes, "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
