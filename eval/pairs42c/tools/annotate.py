"""Write pairs/<name>/annotation.json for pairs42c (m42x), by hand from `git diff --word-diff` (and `diff`) of each pair,
before any run of policylens.  Format of eval/pairs41c (and pairs40c): `changes` the true changes, one per edit place
(kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated either way
(kind `optional`).  Texts are excerpts, enough to find the place.  Version pairs are consecutive revisions of one file
(the commits between them touch other files only); the cross-script pair is the zh-cn and zh-tw editions of one commit,
read from the code index (the repository has no snapshot here), written out character for character and checked
against the index's total_chars."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
APACHE = "Apache-2.0 (the repository's LICENSE; the policy text kept for evaluation only)"
MIR = "/work/.mirror"
MP, PA = "MiniProgram-organization/MiniProgram", "307526405-create/pole-app"
HD, TT, HG = "wojiazaiyugang/HiDancingCourt", "SsssssSynqa/tether-agent-runtime", "fpool/heicgo"
W, V, Z = "pages/privacy/privacy.wxml", "pages/privacy/privacy.vue", "PRIVACY.zh-CN.md"
SRC = {
    "mp-rename": (MP, ("f6bbf84", W), ("48c8054", W)),
    "mp-space": (MP, ("48c8054", W), ("55db217", W)),
    "mp-remove": (MP, ("55db217", W), ("b09f36b", W)),
    "mp-crlf": (MP, ("b09f36b", W), ("42f3d78", W)),
    "pa-label": (PA, ("9bc7645", W), ("e074305", W)),
    "pa-unlabel": (PA, ("e074305", W), ("a70f052", W)),
    "hd-style": (HD, ("80170e2", V), ("d2933fb", V)),
    "hd-markup": (HD, ("d2933fb", V), ("a152903", V)),
    "tt-add": (TT, ("57f4aa7", Z), ("484d6e8", Z)),
}
INDEX = {"hg-script": (HG, "117bbab4f14d05cf405b71402f71004d094879d1", ("70879287983", "privacy-zh-cn.html", 15353),
                       ("71418356528", "privacy-zh-tw.html", 15362))}
LICENSES = {TT: APACHE}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


PRE = "(preamble)"
MPNOTE = ("A WeChat city-services mini-program (卿云Go): the whole policy is one `<text>` of a `.wxml` page under a "
          "`<view class='title'><text>隐私条款</text></view>`, an intro and points 1.–4. with a./b./c. sub-points; "
          "no section headings (every change sits in the preamble).")
A = {
    "mp-rename": (
        [
            c(PRE, "ZhangJ Go 是一款由我们提供的城市生活服务产品，为说明ZhangJ Go会如何…", "卿云 Go 是一款…为说明卿云 Go会如何…",
              "modified", "product renamed ZhangJ Go → 卿云 Go (twice in the intro)"),
            c(PRE, "a. 当你从微信进入ZhangJ Go小程序时…帮助你完成ZhangJ Go注册。", "a. 当你从微信进入卿云 Go小程序时…完成卿云 Go注册。",
              "modified", "product renamed (twice)"),
            c(PRE, "b. …但不影响你使用ZhangJGo的其他功能。", "b. …但不影响你使用卿云Go的其他功能。", "modified", "product renamed"),
            c(PRE, "c. …但不影响你使用ZhangJGo的其他功能。", "c. …但不影响你使用卿云 Go的其他功能。", "modified", "product renamed"),
            c(PRE, "3. 你在使用ZhangJ Go过程中产生的签到记录…", "3. 你在使用卿云 Go过程中产生的签到记录…", "modified", "product renamed"),
            c(PRE, "4. ZhangJ Go 不会共享或转让你的个人信息到第三方…", "4. 卿云 Go不会共享或转让你的个人信息到第三方…", "modified",
              "product renamed"),
        ],
        [n("the space after the product name varies (ZhangJ Go 是 → 卿云 Go 是, ZhangJ Go 不会 → 卿云 Go不会, ZhangJGo → 卿云 Go in c.)")],
        MPNOTE + " The product is renamed from ZhangJ Go to 卿云 Go in six places (the intro, a., b., c., 3., 4.).",
    ),
    "mp-space": (
        [],
        [n("a space between 卿云 and Go removed in five places (卿云 Go → 卿云Go): spacing between Han and Latin, no change of "
           "wording")],
        MPNOTE + " Formatting only: the product name's inner space is removed everywhere; the text is otherwise identical.",
    ),
    "mp-remove": (
        [c(PRE, "2. 当你使用一些功能时，我们会在你的同意下，获得你的一些敏感信息…但不影响你正常使用本产品的其他功能。", "", "removed",
           "the point on sensitive information (location) removed")],
        [n("points 3. and 4. renumbered 2. and 3. (their text unchanged), one blank line fewer")],
        MPNOTE + " One point removed (2., sensitive location data), the later points renumbered.",
    ),
    "mp-crlf": (
        [],
        [n("every line end LF → CRLF (and the file mode 100644 → 100755)")],
        MPNOTE + " Control: the same text with Windows line ends.",
    ),
    "pa-label": (
        [c("四、联系我们", "如有任何隐私相关问题，请联系：guangdongyahe@126.com", "如有任何隐私相关问题，请联系：邮箱：guangdongyahe@126.com",
           "modified", "a label 邮箱： inserted before the contact e-mail")],
        [],
        "A WeChat sports-quiz mini-program (广东雅和网络科技有限公司): `<text class=\"h2\">` section titles 一、…五、 and "
        "`<text class=\"p\">` paragraphs in a `<scroll-view>`; the contact line gains a label 邮箱：.",
    ),
    "pa-unlabel": (
        [c("四、联系我们", "如有任何隐私相关问题，请联系：邮箱：guangdongyahe@126.com", "如有任何隐私相关问题，请联系：guangdongyahe@126.com",
           "modified", "the label 邮箱： removed again (a rollback)")],
        [],
        "The next revision of pa-label's file (commit message: a rollback): the contact line loses the label 邮箱： again.",
    ),
    "hd-style": (
        [],
        [n("one `style` attribute's leading spaces removed (style=\"     margin: 20px 0px;\" → style=\"margin: 20px 0px;\")")],
        "Control: a sports-venue video app's uni-app Vue privacy page (深赛科技, 隐私协议); only whitespace inside one "
        "attribute changes.",
    ),
    "hd-markup": (
        [],
        [n("inline `style` attributes replaced by utility classes, `v-if` by `v-show`, the per-section toggles "
           "isDisplayTwo() … by changeStatus(n), the `<script>` rewritten"),
         n("hard-wrapped paragraph lines joined into one line each and `<text>` wrappers dropped (the text is the same "
           "character for character once whitespace and tags are removed)")],
        "Formatting only: the same page with its markup refactored and its wrapped paragraphs joined; no word of the "
        "policy changes (checked: the texts with tags and whitespace removed are equal).",
    ),
    "tt-add": (
        [
            c("数据流向", "", "| Workspace 工具 | 运营者声明的本地根、文件名、UTF-8 内容与写入结果 | root 白名单、按通道能力策略、审批日志与大小限制 |",
              "added", "a table row for the new workspace tools"),
            c("本地存储", "", "- 让每个工具 workspace 与 `storage.root` 物理分离，避免模型能力触及连续性权威；", "added",
              "a list item"),
            c("本地存储", "", "工具 workspace 不在 Tether 的连续性备份里，因为 workspace 根被要求位于 `storage.root` 之外。…请单独清点和保护这些路径。",
              "added", "a paragraph after the list"),
            c("(none)", "", "内置备份格式是经过验证、内容寻址的目录，**不是加密归档**。…演练结束前同样按敏感数据处理。", "added",
              "a new section 「## 备份与恢复产物」 with one paragraph", new_sec="备份与恢复产物"),
        ],
        [],
        "An agent runtime's Chinese privacy model (Markdown, `#` title, `##` sections, a Markdown table, a list): a "
        "table row, a list item, a paragraph and a new section added.",
    ),
    "hg-script": (
        [],
        [n("script only (Simplified → Traditional) in every line"),
         n("regional and localisation wording of a near-literal zh-tw edition: 隐私政策/隱私權政策 (title, h1, "
           "description), 图像/圖片, 数据/資料, 文件/檔案, 存储/儲存, 通过/透過, 设备/裝置, 服务器/伺服器, 刷新/重新整理, "
           "托管商/代管商, 地址/位址, 时间戳/時間戳記, 性能/效能, 约束/規範, 用户/使用者, 访问/造訪, 设置/設定, "
           "个性化/個人化, 屏蔽/封鎖, 明暗主题/深淺色主題, 个人信息/個人資料, 联系/聯絡, “”/「」"),
         n("`<html lang>`, canonical and og:url, the language menu's current entry (page chrome)")],
        "Cross-script control: the zh-cn and zh-tw editions of one commit of an image-converter site's privacy page "
        "(static HTML, `<h1>` and seven `<h2>` 1.–7., a long `<style>` and `<script>`); the same policy, no change of "
        "content.",
    ),
}


def side_git(pair, name, spec, repo):
    commit, path = spec
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
    full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    real = subprocess.run(["git", "--git-dir", git, "rev-parse", f"{full}:{path}"], capture_output=True, check=True, text=True).stdout.strip()
    assert real == blob, (pair, name, real, blob)
    return {"path": f"{repo}:{path}", "commit": full, "blob": blob, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def side_index(pair, name, repo, commit, spec):
    index_id, path, chars = spec
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    assert len(data.decode("utf-8")) == chars, (pair, name, len(data.decode("utf-8")), chars)
    return {"path": f"{repo}:{path}", "commit": commit, "index_id": index_id, "chars": chars, "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


if __name__ == "__main__":
    src_lines, hashes = [], []
    for pair, (changes, noise, note) in sorted(A.items()):
        files = sorted(os.listdir(os.path.join(HERE, "pairs", pair)))
        o = next(f for f in files if f.startswith("old."))
        w = next(f for f in files if f.startswith("new."))
        if pair in INDEX:
            repo, commit, old, new = INDEX[pair]
            so, sn = side_index(pair, o, repo, commit, old), side_index(pair, w, repo, commit, new)
            ids = (so["index_id"], sn["index_id"])
        else:
            repo, old, new = SRC[pair]
            so, sn = side_git(pair, o, old, repo), side_git(pair, w, new, repo)
            ids = (so["blob"], sn["blob"])
        for k, s, f, i in (("old", so, o, ids[0]), ("new", sn, w, ids[1])):
            src_lines.append(f"{pair} {k} {s['commit']} {i} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{f}")
        ann = {"source": {"repo": repo, "license": LICENSES.get(repo, NOLIC), "old": so, "new": sn}, "changes": changes, "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
