"""Write pairs/<name>/annotation.json for pairs45 (u45d), by hand from `git diff` and a tag-stripped text diff of each
pair (style, script and comments removed), each side read in full, before any run of policylens.  Format of
eval/pairs44c: `changes` the true changes, one per edit place (kind `modified`, `added`, `removed`); `noise` what must
not be reported (kind `noise`), or is tolerated either way (kind `optional`).  Texts are excerpts, enough to find the
place.  Every pair is two consecutive revisions of one file (`git log OLD..NEW -- PATH` lists only NEW), checked here
against the `fetch` snapshot (`git rev-parse COMMIT:PATH` = the saved file's blob)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
CILIC = "no licence for the site's own pages (license.txt is CodeIgniter's, EllisLab); kept for evaluation only"
MIR = "/work/.mirror"
YU, CR, MO = "robelsh/legal-pages", "wangdiwen/site_creamnote", "moodyfilms/moodyfilms.github.io"
LO, CH = "loki-21/propertytracker", "CHOIHYUKMIN/choihyukmin.github.io"
CRP, CRT = "application/frontend/views/help/wxv_contentofservice.php", "application/frontend/views/help/wxv_termsofservice.php"
SRC = {
    "yumel-privacy-date": ((YU, "8991142", "privacy_zh.html"), (YU, "345ab8a", "privacy_zh.html")),
    "yumel-terms-add": ((YU, "5e36c40", "terms_zh.html"), (YU, "701af3d", "terms_zh.html")),
    "yumel-terms-date": ((YU, "701af3d", "terms_zh.html"), (YU, "53c191f", "terms_zh.html")),
    "cream-privacy-br": ((CR, "18c3d4d", CRP), (CR, "8910780", CRP)),
    "cream-terms-br": ((CR, "18c3d4d", CRT), (CR, "8910780", CRT)),
    "moody-sdk": ((MO, "fc7d306", "privacy_zh.html"), (MO, "fb3f8ac", "privacy_zh.html")),
    "loki-privacy": ((LO, "b06e25e", "privacy_zh.html"), (LO, "466730f", "privacy_zh.html")),
    "loki-terms": ((LO, "b06e25e", "user-agreement_zh.html"), (LO, "466730f", "user-agreement_zh.html")),
    "choi-date": ((CH, "4146924", "privacy_zh.html"), (CH, "c7fe27b", "privacy_zh.html")),
}
LICENCE = {CR: CILIC}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


PRE, NONE = "(preamble)", "(none)"
YUNOTE = ("Taiwan: a movie app's static pages (Yumel, zh-TW): `<header>` with `<h1>` and a 最後更新 `<p>`, `<main>` with "
          "`<h2>` sections 1.–6. over `<p>`/`<ul>`, a `<footer>` 「Yumel © 2025 — 版權所有」.")
CRNOTE = ("A notes-sharing site's CodeIgniter PHP view (醍醐 / Creamnote, 2013): a left menu of the three help pages, then "
          "the page title in `<h2><b>` and sections whose titles are bold `<p style=\"font-size:14px\"><b>一、…</b>` lines, "
          "body `<p style=\"font-size:13px\">` lines, `<?php ?>` links.")
MONOTE = ("A camera app's privacy page (情绪胶片, zh-CN): `<h2>` title, `<h3>` sections 安全性, 应用权限的使用, 信息收集和使用, "
          "联系我们, bold `<p><strong>` sub-titles 1.…, `<br/>` lines inside paragraphs, a `<ul>` of policy links.")
LONOTE = ("An item-tracking app's pages (PropertyTracker 储物箱, zh-CN): a header with app name and an `English | 中文` "
          "switcher, the date line, `<h2>` sections 一、… over `<p>`/`<ul>`, a footer with © and links.")
CHNOTE = ("An age-estimation web app's privacy page (心灵年龄计算器, zh-CN): `<h1>`, a 最后更新 line, a 韩文 | English | 中文 "
          "switcher, `<h2>` sections 1.–6., a back link 「← 返回首页」, inline scripts writing the site header.")
A = {
    "yumel-privacy-date": (
        [c(PRE, "最後更新：2025年9月29日", "最後更新：2026年1月1日", "modified", "the last-updated date under the `<h1>`")],
        [opt("the footer's copyright year 「Yumel © 2025 — 版權所有」 → 2026 (page frame; reported or not)")],
        YUNOTE + " Consecutive revisions (commit 「Update privacy_zh.html」).",
    ),
    "yumel-terms-add": (
        [c(NONE, "", "6. 製作團隊 / 本產品使用 TMDb 的 API，但未經 TMDb 認可或認證。", "added",
           "a new last section (`<h2>` and one `<p>`) after 5. 聯絡方式", new_sec="6. 製作團隊")],
        [],
        YUNOTE + " Terms of use (使用條款), consecutive revisions (commit 「Update terms_zh.html」).",
    ),
    "yumel-terms-date": (
        [c(PRE, "最後更新：2025年9月29日", "最後更新：2026年1月1日", "modified", "the last-updated date under the `<h1>`")],
        [opt("the footer's copyright year 「Yumel © 2025 — 版權所有」 → 2026 (page frame; reported or not)")],
        YUNOTE + " Terms of use (使用條款), consecutive revisions (commit 「Update terms_zh.html」).",
    ),
    "cream-privacy-br": (
        [],
        [n("markup only: the two blank lines after 七、问题和建议's sentence replaced by two `<br />` tags; no text changed")],
        CRNOTE + " Privacy page (隐私政策, file wxv_contentofservice.php). Control: consecutive revisions (commit 「site beta "
        "pre version」).",
    ),
    "cream-terms-br": (
        [],
        [n("markup only: a blank line after the last sentence replaced by two `<br />` tags; no text changed")],
        CRNOTE + " Terms page (服务条款, 21 KB). Control: consecutive revisions (the same commit as cream-privacy-br).",
    ),
    "moody-sdk": (
        [c("1.第三方服务SDK", "友盟+", "Firebase", "modified",
           "the third-party SDK's name (a bold `<p><strong>` line over its 功能/收集信息类型 lines) replaced"),
         c("1.第三方服务SDK", "当您使用我们的服务时，您需要一并同意第三方服务商提供的隐私政策, 友盟+SDK采集设备标识符(IMEI/IDFA/"
           "OPENUDID/GUID、SIM 卡 IMSI 信息)，用于唯一标识设备，…通过采集位置信息提供反作弊服务，…",
           "当您使用我们的服务时，在应用程序出现错误的情况下，我会收集您手机上的数据和信息（通过第三方产品），称为日志数据。"
           "这些日志数据可能包括您的设备互联网协议（\"IP\"）地址、设备型号、操作系统版本、…", "modified",
           "what the SDK collects rewritten (device identifiers, location → log data on errors); the second sentence "
           "以上信息仅帮助我们排查程序出现的错误，… kept (a `<br/>`-less line break inside the old `<p>`)"),
         c("1.第三方服务SDK", "友盟+SDK (link to umeng.com)", "Google Analytics for Firebase / Firebase Crashlytics (links)",
           "modified", "the list of the providers' policy links: one item replaced by two (now in a nested `<ul>`)")],
        [n("empty HTML comments `<!---->` and the nested `<ul>` markup")],
        MONOTE + " Consecutive revisions (commit 「202310161250」); the English page changed in the same commit.",
    ),
    "loki-privacy": (
        [c("六、儿童隐私", "六、儿童隐私 / 本App不面向13岁以下的儿童。我们不会故意收集儿童的个人信息。…", "", "removed",
           "the children's section and its paragraph removed", new_sec=NONE),
         c("十一、适用法律", "十一、适用法律 / 本隐私政策受适用法律管辖并按其解释。…", "", "removed",
           "the last section (governing law) removed", new_sec=NONE)],
        [n("七、您的权利 … 十、联系我们 renumbered 六、… 九、 (titles and bodies unchanged)"),
         n("footer links 「用户协议 | Privacy Policy」 → 「首页 | 用户协议 | 隐私政策」 (page chrome: navigation)")],
        LONOTE + " Privacy policy (隐私政策), consecutive revisions (commit 「Add files via upload」).",
    ),
    "loki-terms": (
        [c("十三、适用法律", "十三、适用法律 / 本条款受适用法律管辖并按其解释。…您同意服从有管辖权的法院的管辖。", "", "removed",
           "the governing-law section removed", new_sec=NONE)],
        [opt("the table of contents' item 「适用法律」 removed with its section (an anchor link list under 目录)"),
         n("十四、联系我们 renumbered 十三、"),
         n("footer links 「User Agreement | 隐私政策」 → 「首页 | 用户协议 | 隐私政策」 (page chrome: navigation)")],
        LONOTE + " User agreement (用户协议, 11 KB, a 目录 of anchor links), consecutive revisions (same commit as loki-privacy).",
    ),
    "choi-date": (
        [c(PRE, "最后更新：2024年12月13日", "最后更新：2025年12月14日", "modified", "the last-updated date under the `<h1>`")],
        [],
        CHNOTE + " Consecutive revisions (commit 「Update all policy dates to December 14, 2025」).",
    ),
}


def side(pair, name, spec):
    repo, commit, path = spec
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
    if os.path.isdir(os.path.join(git, ".git")):
        git = os.path.join(git, ".git")  # (some snapshots are work trees)
    full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    real = subprocess.run(["git", "--git-dir", git, "rev-parse", f"{full}:{path}"], capture_output=True, check=True, text=True).stdout.strip()
    assert real == blob, (pair, name, real, blob)
    return {"repo": repo, "path": f"{repo}:{path}", "commit": full, "blob": blob, "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


if __name__ == "__main__":
    src_lines, hashes = [], []
    assert sorted(A) == sorted(SRC)
    for pair, (changes, noise, note) in sorted(A.items()):
        files = sorted(os.listdir(os.path.join(HERE, "pairs", pair)))
        o = next(f for f in files if f.startswith("old."))
        w = next(f for f in files if f.startswith("new."))
        so, sn = side(pair, o, SRC[pair][0]), side(pair, w, SRC[pair][1])
        for k, s, f in (("old", so, o), ("new", sn, w)):
            src_lines.append(f"{pair} {k} {s['commit']} {s['blob']} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{f}")
        repos = sorted({so["repo"], sn["repo"]})
        ann = {"source": {"repo": repos[0] if len(repos) == 1 else repos, "license": LICENCE.get(repos[0], NOLIC), "old": so, "new": sn},
               "changes": changes, "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
