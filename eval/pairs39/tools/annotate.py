"""Write pairs/<name>/annotation.json for pairs39 (u39d), by hand from `git diff` of each pair and, for the HTML sides, the
page's text dumped with a plain HTMLParser (scripts and styles left out), before any run of policylens.  Format of
eval/pairs37 (and pairs36): `changes` the true changes, one per edit place; `noise` what must not be reported (kind
`optional`: tolerated either way).  Texts are excerpts, enough to find the place."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIR = "/work/.mirror"
AH, ED, BL, DJ = "404AHAO/404AHAO.github.io", "EmptyDust/EmptyDust.github.io", "beforelike/beforelike.github.io", "dong4j/dong4j.github.io"
HTML, MD = "privacy/index.html", "source/privacy/index.md"
# pair -> (repo, old (commit, path) or opencc spec, new (commit, path))
SRC = {
    "ah-archive": (AH, ("2cacb98", HTML), ("073a9a2", HTML)),
    "ah-icp": (AH, ("6e5889c", HTML), ("3b0efc8", HTML)),
    "ed-sidebar": (ED, ("3bd6a8fa", HTML), ("b2705a87", HTML)),
    "ed-md-html": (ED, ("2defc2e2", MD), ("3bd6a8fa", HTML)),
    "bl-links": (BL, ("66c4dac", HTML), ("a949634", HTML)),
    "bl-site": (BL, ("a949634", HTML), ("8eb4060", HTML)),
    "dj-html": (DJ, ("6696e81", HTML), ("a330486", HTML)),
    "dj-domain": (DJ, ("4288017", MD), ("d69363c", MD)),
    "dj-md-html": (DJ, ("d69363c", MD), ("6696e81", HTML)),
    "dj-hant": (DJ, ("opencc:s2twp(4288017)", MD), ("d69363c", MD)),
}


def c(sec, old, new, kind, note=""):
    d = {"old_title": sec, "new_title": sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


ANZHIYU = ("the AnZhiYu theme's page frame: the site menus (网页/项目/文章/隧道 …), the sidebar (author card, tag cloud, 归档 "
           "months with post counts, site statistics), the footer (link groups, ©, ICP line), the right-click menu and shortcuts")
DOMAIN = c("更新日期", "…通过《隐私政策》向你说明在你访问 `dong4j.github.io` 网站时，…",
           "…通过《隐私政策》向你说明在你访问 `blog.dong4j.site` 网站时，…", "modified", "the site (domain) the policy covers")

A = {
    "ah-archive": (
        [],
        [n("sidebar archive months: 九月 2025 added, 十一月 2023 dropped (the last-eight list moved)"),
         n("footer ©2020 - 2025 → ©2020 - 2026"), n("sidebar counters (articles 56 → 57) and the tag cloud's counts"), n(ANZHIYU)],
        "Two Hexo deploys (AnZhiYu theme) of an unchanged policy: only the page frame moved (archive list, copyright year, counters).",
    ),
    "ah-icp": (
        [],
        [n("the site footer's ICP filing 粤ICP备2022152091号 → 粤ICP备2025419031号 (site chrome, not the policy)"), n(ANZHIYU)],
        "Two Hexo deploys of an unchanged policy: the site footer's ICP number changed.",
    ),
    "ed-sidebar": (
        [],
        [n("sidebar tag cloud (essay2 dropped), archive months (三月 2026 dropped, 五月 2025 added), counts 16篇 → 8篇"),
         n("site statistics 38 → 28 articles, 8 → 7 tags"), n(ANZHIYU)],
        "Two deploys (AnZhiYu) of an unchanged 隐私说明: posts were removed from the blog, so the sidebar and statistics changed.",
    ),
    "ed-md-html": (
        [],
        [n("Hexo front matter of the source (title, date, comments, aside, top_img)"),
         n("the built page's frame (AnZhiYu: menus, sidebar archives, footer, statistics)"),
         n("Markdown link/autolink syntax → HTML links (GitHub: [EmptyDust](…), Email: <…@gmail.com>)")],
        "The Hexo source Markdown against the page the same commit's build deployed: the same text.",
    ),
    "bl-links": (
        [],
        [n("the footer's link groups replaced: 服务/主题/协议 (隐私协议 Cookies 版权协议) → 追星星的人/阅读时间/奇怪的网站 (links only)"),
         n(ANZHIYU)],
        "Two deploys of an unchanged policy: the footer's link groups were replaced (one of them named the site's agreements).",
    ),
    "bl-site": (
        [],
        [n("the menu entries 博客 / 安知鱼图床 → 预留接口1 / 预留接口2"), n("sidebar tag cloud, archive months and counts, statistics (24.4k → 2.1k words)"),
         n("the site name in the header 格陵兰岛 → beforelike"), opt("the page title's site suffix 「隐私政策 | 格陵兰岛」 → 「隐私政策 | beforelike」"),
         n(ANZHIYU)],
        "Two deploys three commits apart of an unchanged policy: menus renamed, posts removed, the blog renamed.",
    ),
    "dj-html": (
        [],
        [n("sidebar tag cloud (标签 with counts) rebuilt, archive months (二月 2025 added, 七月 2021 dropped), statistics"),
         n("a menu entry 小黑屋 added"), n(ANZHIYU)],
        "Two deploys (AnZhiYu, 2025-02-07 and 2025-04-03) of an unchanged policy: the frame moved with the blog's posts.",
    ),
    "dj-domain": (
        [DOMAIN],
        [n("the <script src> of privacy.js moved to another CDN (markup, not text)")],
        "The Hexo source of the policy: the domain it covers changed; a script's URL changed.",
    ),
    "dj-md-html": (
        [],
        [n("Hexo front matter of the source (title, date, comments, aside, top_img, type)"),
         n("the built page's frame (AnZhiYu: menus, sidebar tag cloud and archives, footer, statistics, right-click menu)"),
         n("inline markup (**bold**, `code`) rendered; the <table> of user-agent fields kept as HTML in both")],
        "The Hexo source Markdown against the page built from it the same evening (deploy 6696e81): the same text.",
    ),
    "dj-hant": (
        [DOMAIN],
        [n("script and Taiwan wording of unchanged text (OpenCC s2twp of the old side: 資訊, 裝置, 使用者, 網路 …)"),
         n("the <script src> of privacy.js moved to another CDN")],
        "Cross-script: the source at 4288017 converted to Taiwan traditional (OpenCC s2twp) against the zh-Hans source at d69363c: the domain.",
    ),
}


def side(pair, name, spec, repo):
    commit, path = spec
    data = open(os.path.join(HERE, "pairs", pair, name), "rb").read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    if commit.startswith("opencc:"):
        inner = commit[len("opencc:s2twp("):-1]
        git = os.path.join(MIR, repo.replace("/", "+"), "repo")
        full = subprocess.run(["git", "--git-dir", git, "rev-parse", inner], capture_output=True, check=True, text=True).stdout.strip()
        commit = f"opencc:s2twp({full})"
    else:
        git = os.path.join(MIR, repo.replace("/", "+"), "repo")
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
