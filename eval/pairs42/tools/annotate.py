"""Write pairs/<name>/annotation.json for pairs42 (u42d), by hand from `git diff --word-diff` (and a character diff of
the one-line HTML bodies) of each pair, before any run of policylens.  Format of eval/pairs41c: `changes` the true
changes, one per edit place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or
is tolerated either way (kind `optional`).  Version pairs are consecutive revisions of one file (`git rev-list --count
OLD..NEW -- PATH` is 1 for each); the cross-script pair's old side is the OpenCC conversion (`s2twp`, the project
venv's opencc) of the old revision, written `opencc:s2twp(COMMIT)` and checked by converting again."""

import hashlib
import json
import os
import subprocess

import opencc

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIR = "/work/.mirror"
ID, LG = "opencolors/idoc", "gedoor/legado"
MD, HTML, LP = "zh/privacy.md", ".vitepress/dist/zh/privacy.html", "app/src/main/assets/privacyPolicy.md"
SRC = {
    "id-link": (ID, ("3b6fd8a", MD), ("42b53b2", MD)),
    "id-canon": (ID, ("42b53b2", MD), ("2d5839b", MD)),
    "id-html-assets": (ID, ("7e2006d", HTML), ("8200d79", HTML)),
    "id-html-nav": (ID, ("8200d79", HTML), ("b2c6caf", HTML)),
    "id-hant": (ID, ("opencc:s2twp(3b6fd8a)", MD), ("42b53b2", MD)),
    "lg-period": (LG, ("8908f9e53", LP), ("0f2b6c367", LP)),
    "lg-liability": (LG, ("0f2b6c367", LP), ("60d21d2e6", LP)),
    "lg-title": (LG, ("60d21d2e6", LP), ("499f35f08", LP)),
    "lg-prompt": (LG, ("499f35f08", LP), ("604dfc48f", LP)),
    "lg-js": (LG, ("604dfc48f", LP), ("bd2581954", LP)),
}
LICENSES = {
    ID: "ISC (package.json `license`; no LICENSE file; the policy text kept for evaluation only)",
    LG: "GPL-3.0 (the repository's LICENSE; the policy text kept for evaluation only)",
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


THANKS = "the closing line's link target [iDoc.dev](https://idoc.dev) → (https://idoc.dev/zh/): the site's own home link, its text unchanged"
ITEMS = "* 本应用没有服务端… / * 本应用网络同步和备份采用webDav协议… / * 存储权限用来… / * 其它一些权限是Google Firebase需要"
A = {
    "id-link": (
        [],
        [opt(THANKS)],
        "A developer documentation site's Chinese privacy policy (VitePress Markdown, nine numbered sections with lettered sub-sections and lists): only the home link's target in the closing thank-you line changes.",
    ),
    "id-canon": (
        [],
        [n("YAML front matter added: head → link rel=canonical href https://idoc.dev/zh/privacy (page metadata)")],
        "Control (formatting and metadata only): a front matter block with the page's canonical link is added above the title; the policy text is unchanged.",
    ),
    "id-html-assets": (
        [],
        [n("<head>: hashed asset file names of the built site (style.*.css, app.*.js, VPLocalSearchBox.*.js)")],
        "Control (HTML, formatting only): the VitePress build of the same page (nav bar, sidebar, outline, footer around the policy, the body on one line) rebuilt; only asset names in <head> change.",
    ),
    "id-html-nav": (
        [],
        [n("<head>: hashed asset file names"),
         n("page aside: share buttons added (links titled 分享到 X / 分享到 Facebook, images alt X / Facebook) and an AdSense <ins> slot (site chrome, no policy text)")],
        "Control (HTML page chrome): the next build adds share buttons and an ad slot in the page's aside; the policy text is unchanged.",
    ),
    "id-hant": (
        [],
        [n("script and regional wording of an OpenCC s2twp conversion: 隐私/隱私, 信息/資訊, 数据/資料, 用户/使用者, 类型/型別, 运行/執行, 支持/支援, 性能/效能, 发送/傳送, 了解/瞭解, 设置/設定, 联系/聯絡, 跟踪/跟蹤, 引荐/引薦, 注册/註冊, 维护/維護, 通过/透過 …"),
         opt(THANKS)],
        "Cross-script: the zh-Hant conversion (s2twp) of the old revision against the next zh-Hans one; the only edit is the closing line's link target (optional).",
    ),
    "lg-period": (
        [],
        [n("a full stop added at the end of three list items (「…由用户自己提供同步服务」 → 「…服务.」, 「…本地备份恢复」 → 「….」, 「…Google Firebase需要」 → 「….」): punctuation only")],
        "An open-source e-book reader's privacy notice (Markdown shown in the app: a `## 隐私协议` heading over four `*` items): a full stop added to three items.",
    ),
    "lg-liability": (
        [c("隐私协议", "", "* 使用本软件发生任何问题由用户自己承担.", "added", "an item added: the user bears any problem from using the software")],
        [],
        "A liability item added at the end of the list.",
    ),
    "lg-title": (
        [c("(title)", "## 隐私协议", "**是否同意本协议**", "modified", "the heading 「隐私协议」 replaced by a bold question 「是否同意本协议」 (the dialog's prompt)"),
         c("隐私协议", "* 使用本软件发生任何问题由用户自己承担.", "* 本应用为开源软件,使用中发生任何问题由用户自己承担.", "modified", "the liability item reworded (open-source software)")],
        [],
        "The heading replaced by a bold prompt line and the liability item reworded.",
    ),
    "lg-prompt": (
        [c("(preamble)", "**是否同意本协议**", "", "removed", "the bold prompt line removed (the file now opens with a blank line)")],
        [],
        "The bold prompt 「是否同意本协议」 over the list removed; the items unchanged.",
    ),
    "lg-js": (
        [c("(preamble)", "* 本应用为开源软件,使用中发生任何问题由用户自己承担.", "* 本应用为开源软件,内置js引擎,因书源调用js发生的任何问题由用户自行承担.", "modified", "the liability item narrowed to problems from book sources calling the built-in JS engine")],
        [],
        "The liability item reworded: problems caused by book sources calling the built-in JS engine.",
    ),
}


def git_blob(repo, commit, path):
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
    full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    data = subprocess.run(["git", "--git-dir", git, "show", f"{full}:{path}"], capture_output=True, check=True).stdout
    return full, data


def side(pair, name, spec, repo):
    commit, path = spec
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    if commit.startswith("opencc:s2twp("):
        full, src = git_blob(repo, commit[len("opencc:s2twp(") : -1], path)
        assert opencc.OpenCC("s2twp").convert(src.decode("utf-8")).encode("utf-8") == data, (pair, name)
        full = f"opencc:s2twp({full})"
    else:
        full, src = git_blob(repo, commit, path)
        assert src == data, (pair, name)
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    return {"path": f"{repo}:{path}", "commit": full, "blob": blob, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


if __name__ == "__main__":
    src_lines, hashes = [], []
    for pair, (changes, noise, note) in sorted(A.items()):
        files = sorted(os.listdir(os.path.join(HERE, "pairs", pair)))
        o = next(f for f in files if f.startswith("old."))
        w = next(f for f in files if f.startswith("new."))
        repo, old, new = SRC[pair]
        so, sn = side(pair, o, old, repo), side(pair, w, new, repo)
        for k, s, f in (("old", so, o), ("new", sn, w)):
            src_lines.append(f"{pair} {k} {s['commit']} {s['blob']} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{f}")
        ann = {"source": {"repo": repo, "license": LICENSES[repo], "old": so, "new": sn}, "changes": changes, "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
