"""Write pairs/<name>/annotation.json for pairs46 (u46d), by hand from `git diff` of each pair (and, for hutao-md-html,
a tag-stripped text dump of the built page), before any run of policylens.  Format of eval/pairs45c: `changes` the true
changes, one per edit place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or
is tolerated either way (kind `optional`).  Texts are excerpts, enough to find the place.  Every Markdown pair is two
consecutive revisions of docs/zh/statements/privacy-notice.md (`git log OLD..NEW -- PATH` lists only NEW); hutao-md-html
is the last Markdown revision against the built page of the same text on the gh-pages branch (the last deploy in the
snapshot).  Batch 2 (added after the first run of batch 1, annotated before its own first run): two cross-script pairs
(the zh-hans and zh-hant editions of one text, the same commit or the zh-hant translation's commit) and one control
(the file moved zh/ → zh-hans/, front matter only).  Every side is checked against its snapshot here (`git show
COMMIT:PATH` = the saved file, byte for byte)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GITS = {
    "DGP-Studio/Snap.Hutao.Docs": "/work/.mirror/DGP-Studio+Snap.Hutao.Docs/repo",
    "learnlatex/learnlatex.github.io": "/work/.mirror/learnlatex+learnlatex.github.io/repo",
    "vbgate/opencodedocs": "/work/.mirror/vbgate+opencodedocs/repo",
}
LICS = {
    "learnlatex/learnlatex.github.io": "CC BY-SA 4.0 (LICENSE.md)",
    "vbgate/opencodedocs": "none found (no licence file; kept for evaluation only)",
}
LL, OC = "learnlatex/learnlatex.github.io", "vbgate/opencodedocs"
LIC = "MIT (LICENSE in the repository, Copyright (c) 2022-2025 Masterain)"
GIT = "/work/.mirror/DGP-Studio+Snap.Hutao.Docs/repo"
REPO = "DGP-Studio/Snap.Hutao.Docs"
MD, HTML = "docs/zh/statements/privacy-notice.md", "zh/statements/privacy-notice.html"
# pair: ((commit, path) old, (commit, path) new)
SRC = {
    "hutao-tos": (("ed034e18b", MD), ("867c38259", MD)),
    "hutao-format": (("867c38259", MD), ("0ef4e9332", MD)),
    "hutao-domains": (("75d68ca20", MD), ("c60f59a86", MD)),
    "hutao-spacing": (("bead598d8", MD), ("65fdc11ae", MD)),
    "hutao-paren": (("65fdc11ae", MD), ("1d53090be", MD)),
    "hutao-hoyolab": (("b8ceb907c", MD), ("6034ef114", MD)),
    "hutao-rewrite": (("586a8fc83", MD), ("a6ce98c2c", MD)),
    "hutao-drop": (("a6ce98c2c", MD), ("81b27aea9", MD)),
    "hutao-banner": (("c29f5a50d", MD), ("c3e656f8f", MD)),
    "hutao-order": (("0cca07116", MD), ("b45826702", MD)),
    "hutao-md-html": (("23c475141", MD), ("e5850c1e5", HTML)),
    # batch 2
    "latex-xscript": (("07a604e6", "zh-hans/privacy.md", LL), ("91bcacf8", "zh-hant/privacy.md", LL)),
    "latex-rename": (("ab6c1d8d", "zh/privacy.md", LL), ("07a604e6", "zh-hans/privacy.md", LL)),
    "ocd-xscript": (("2f6112f", "docs/zh/privacy.md", OC), ("2f6112f", "docs/zh-tw/privacy.md", OC)),
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


T, PRE = "用户数据和隐私权益", "(preamble)"
NOTE = ("Snap Hutao (胡桃工具箱, a Genshin Impact desktop toolbox) documentation site, VuePress: the zh privacy notice "
        "「用户数据和隐私权益」 (YAML front matter, `#` title, `##` parts, nested `-` lists with **bold** and `code`).")
A = {
    "hutao-tos": (
        [c(T, "", "## 个人信息数据 / Snap Hutao 的项目性质决定了其不会收集任何个人信息数据", "added",
           "a new part 「个人信息数据」 with one sentence, before the existing text", new_sec="个人信息数据"),
         c(T, "米游社 Cookie", "米游社和 HoYoLab Cookie", "modified", "stored data: HoYoLab cookie added", new_sec="常规数据使用"),
         c(T, "在原神截图目录中", "在胡桃数据目录中", "modified", "where the server-switch files are stored",
           new_sec="常规数据使用"),
         c(T, "", "使用`胡桃帐号`功能后，胡桃帐号云端系统会 储存 注册使用的邮箱 / 加密后的密码", "added",
           "a new list item (account e-mail and encrypted password stored in the cloud)", new_sec="常规数据使用")],
        [opt("the heading 「## 常规数据使用」 put over the existing text (a section split off the title's text: "
             "split/unchanged either way)"),
         n("the file gains a final newline")],
        NOTE + " Commit 「Update Tos docs」: a part added, the old text put under a new heading, three list edits.",
    ),
    "hutao-format": (
        [],
        [n("a blank line after every heading and after every first-level list item"),
         n("the nested list under 「储存」 re-indented from 4/8 to 2/4 spaces"), n("a final newline added")],
        NOTE + " **Formatting only** (commit 「style: format zh docs」, prettier): no word changes.",
    ),
    "hutao-domains": (
        [c("可信任的域名", "", "Snap Hutao 项目目前持有以下域名 … - hut.ao - snapgenshin.com - 我们仅使用此域名发送系统邮件 - "
           "dgp-studio.cn - 我们仅使用此域名用于公开的邮件联系方式 - snapgenshin.cn - snaphutao.com - hutao.ao", "added",
           "a new last part 「可信任的域名」: intro sentence and a list of six domains, two with a note")],
        [],
        NOTE + " Commit 「Update docs」: one part added at the end.",
    ),
    "hutao-spacing": (
        [c("可信任的域名", "- snapgenshin.com / - 我们仅使用此域名发送系统邮件 / - snapgenshin.cn",
           "- snapgenshin.com / - snapgenshin.cn / - 我们仅使用此域名发送系统邮件", "modified",
           "the note 「我们仅使用此域名发送系统邮件」 moved from snapgenshin.com to snapgenshin.cn (which domain sends "
           "system mail): a change of meaning though no word changed"),
         c("可信任的域名", "- hutao.ao", "", "removed", "the domain hutao.ao dropped from the trusted list")],
        [n("spaces around **数据目录** removed (「在 **数据目录** 中」 → 「在**数据目录**中」)"),
         n("the space in 「向 胡桃 API」 removed"),
         opt("「胡桃帐号云端系统」 → 「胡桃账号云端系统」 (帐号/账号, one word in two spellings; the item's first 帐号 kept)")],
        NOTE + " Commit 「Update privacy-notice」: CJK spacing, one spelling, and two edits of the domain list.",
    ),
    "hutao-paren": (
        [],
        [n("「使用 `胡桃数据库` (`深渊记录`/`深渊统计`) 功能」 → 「使用`胡桃数据库`（`深渊记录` / `深渊统计`）功能」: half-width "
           "parentheses to full-width, spaces around code spans and the slash")],
        NOTE + " **Formatting only** (commit 「update」): half-width ↔ full-width punctuation and spacing.",
    ),
    "hutao-hoyolab": (
        [],
        [opt("「HoYoLab」 → 「HoYoLAB」: the brand's capitalisation (same service); tolerated either way")],
        NOTE + " Commit 「HoYoLab2HoYoLAB」: one brand name re-capitalised.",
    ),
    "hutao-rewrite": (
        [c(T, "", "Snap Hutao 致力于保护用户的隐私和数据安全，以下是我们关于用户数据处理和隐私权益的详细说明。", "added",
           "a new intro paragraph under the title"),
         c("个人信息数据", "Snap Hutao 的项目性质决定了其不会收集任何个人信息数据",
           "Snap Hutao 的设计初衷即为尊重用户隐私，项目本身不会主动收集任何个人信息数据。", "modified",
           "「不会收集」 → 「不会主动收集」"),
         c("常规数据使用", "胡桃工具箱充分尊重用户的隐私，目前我们会按下方的说明使用用户的数据：",
           "Snap Hutao 工具箱在运行过程中会按照以下规则处理和使用用户的数据：", "modified",
           "the part renamed 常规数据使用 → 常规数据使用说明 and its lead sentence rewritten", new_sec="常规数据使用说明"),
         c("常规数据使用", "使用胡桃后，在**数据目录**中以数据库文件的形式 储存 米游社和 HoYoLAB Cookie / 胡桃的软件设置信息 / 全部的用户数据",
           "胡桃工具箱会在用户的**数据目录**中以数据库文件形式储存以下信息： 米游社与 HoYoLAB Cookie / 胡桃工具箱的配置信息 / 用户的全部本地数据",
           "modified", "list item 1 rewritten as sub-part 「本地存储」", new_sec="本地存储"),
         c("常规数据使用", "使用胡桃主程序时，胡桃会因开发和统计为目的**匿名化地**收集程序意外停止或出错时抛出的日志，包括： 用户设备 ID / "
           "错误与崩溃日志 / 用户活跃数据统计信息",
           "为优化软件性能并改进用户体验，胡桃工具箱可能会匿名化地收集以下信息： 用户设备 ID / 程序错误与崩溃日志 / 用户活跃数据的统计信息 "
           "/ 这些数据仅用于开发和统计目的。", "modified",
           "list item 2 rewritten as sub-part 「错误与统计信息收集」 (purpose and scope reworded)", new_sec="错误与统计信息收集"),
         c("常规数据使用", "使用`胡桃数据库`（`深渊记录` / `深渊统计`）功能并选择`上传数据`时， 向胡桃 API **上传** …",
           "#### 胡桃数据库（深渊记录、深渊统计、幻想真境剧诗） 在用户选择使用 `上传数据` 功能时，以下数据将上传至胡桃 API： …",
           "modified", "list item 3 rewritten under 「数据上传」; 幻想真境剧诗 added",
           new_sec="胡桃数据库（深渊记录、深渊统计、幻想真境剧诗）"),
         c("常规数据使用", "使用`实时便笺`功能后 在 Windows 定时任务中**创建**一个用于获取数据的定时任务",
           "启用 `实时便笺` 功能后，胡桃工具箱将在 Windows 系统中创建一个定时任务，用于自动获取和刷新数据。", "modified",
           "list item 4 rewritten as 「实时便笺功能」", new_sec="实时便笺功能"),
         c("常规数据使用", "使用`高级启动器`中的`服务器切换`功能后，在胡桃数据目录中 **储存**服务器转换所需要的文件",
           "在使用 `高级启动器` 的 `服务器切换` 功能后，胡桃工具箱将在本地数据目录中存储与服务器转换相关的必要文件。", "modified",
           "list item 5 rewritten as 「高级启动器（服务器切换）」", new_sec="高级启动器（服务器切换）"),
         c("常规数据使用", "使用`胡桃帐号`功能后，胡桃账号云端系统会 储存 注册使用的邮箱 / 加密后的密码",
           "胡桃云服务会加密并存储以下信息： 注册使用的邮箱地址 / 加密后的密码", "modified",
           "list item 6 rewritten as 「胡桃账号功能」", new_sec="胡桃账号功能"),
         c("可信任的域名", "Snap Hutao 项目目前持有以下域名，它们在本项目范围内是可信任的域名 … - dgp-studio.cn - 我们仅使用此域名用于公开的邮件联系方式 …",
           "以下是 Snap Hutao 项目官方持有的可信任域名。… - **dgp-studio.cn** （仅用于公开的邮件联系） … 请始终确认您访问的资源来源于上述域名，确保数据安全。",
           "modified", "intro reworded, the notes folded into their domain lines, a closing sentence added")],
        [n("domain names put in **bold** (formatting)"),
         opt("the new headings 「本地存储」「错误与统计信息收集」「数据上传」 and the `####` ones: the list items became sub-parts "
             "(split sections, judged with the item they hold)")],
        NOTE + " Commit 「Update statements documents」: the notice rewritten; the list of data uses becomes sub-parts.",
    ),
    "hutao-drop": (
        [c("实时便笺功能", "#### 实时便笺功能 / 启用 `实时便笺` 功能后，胡桃工具箱将在 Windows 系统中创建一个定时任务，用于自动获取和刷新数据。",
           "", "removed", "the sub-part on the real-time notes scheduled task removed")],
        [],
        NOTE + " Commit 「Update advanced documents」: one sub-part removed.",
    ),
    "hutao-banner": ([], [n("front matter: a `banner:` line added")], NOTE + " **Control**: front matter only."),
    "hutao-order": ([], [n("front matter: `headerDepth: 0` → `headerDepth: 2`")], NOTE + " **Control**: front matter only."),
    "latex-xscript": (
        [],
        [n("front matter `lang`/`permalink` zh-hans → zh-hant"),
         n("script and regional wording only, read line by line: 用户 → 使用者, 数据 → 資料, 默认 → 預設, 设置 → 設定, 运行 → 執行, "
           "信息 → 資訊, 链接 → 連結, 在线 → 線上, 跟踪 → 跟蹤, 获取 → 獲取, 存储 → 儲存 (variants)")],
        "LearnLaTeX.org's privacy page (Jekyll Markdown: `# 隐私政策`, three `##` parts, two links), the zh-hans edition "
        "(07a604e6) against the zh-hant translation (91bcacf8, the next commit touching the Chinese privacy pages). "
        "**Cross-script, no content change.**",
    ),
    "latex-rename": (
        [],
        [n("front matter: `lang: \"zh\"` → `\"zh-hans\"`, `permalink: /zh/privacy` → `/zh-hans/privacy` (the file moved zh/ → zh-hans/)")],
        "LearnLaTeX.org's zh privacy page moved to zh-hans/ (07a604e6 「change Simplified Chinese from zh to zh-hans」): "
        "**control**, the body byte-identical.",
    ),
    "ocd-xscript": (
        [],
        [n("front matter: title colon `: ` → `：`, an `order: 10` line on the zh-tw side"),
         n("script and regional wording, read line by line: 信息 → 資訊, 数据 → 資料, 用户 → 使用者, 邮箱地址/邮箱 → 電子郵件, 获取 → 取得, "
           "访问 → 造訪/存取, 教程 → 教學, 代码 → 程式碼, 搜索关键词 → 搜尋關鍵字, 设备 → 裝置, 操作系统 → 作業系統, 地址 → 位址, "
           "个性化 → 個人化, 检测 → 偵測, 披露 → 揭露, 导出 → 匯出, 通过 → 透過, 友好 → 友善, 互联网 → 網際網路, 联系 → 聯絡, 响应 → 回應"),
         opt("「数据存储在位于…」 → 「資料儲存於位於…」 (在 → 於), 「禁用必要 Cookie」 → 「停用必要 Cookie」, 「回复您的请求」 → "
             "「回應您的請求」: wording a translator changes; tolerated either way"),
         opt("《个人信息保护法》 → 《個人資訊保護法》: the PRC law's name in Taiwan wording (a variant; tolerated either way)")],
        "OpenCodeDocs' 隐私条款 (Markdown with YAML front matter, `#` title, seven numbered `##` parts, `###` groups, bold "
        "run-in labels, a nested list under 广告 Cookie), the zh and zh-tw editions of one commit (2f6112f). **Cross-script, no "
        "content change.**",
    ),
    "hutao-md-html": (
        [],
        [n("Markdown → the built VuePress HTML page of the same text (2025-01-11 Markdown, 2025-10-31 deploy)"),
         n("page chrome: navbar (首页 文档 下载 支持我们 … 简体中文 English …), search box, the whole site sidebar, the page's "
           "meta line (DGP-Studio 2023年1月11日 公告 大约 2 分钟), its table of contents 「此页内容」, 「在 GitHub 上编辑此页」, "
           "「上次编辑于」 and 「贡献者」, previous/next links, footer slogan and Copyright"),
         n("front matter (not shown on the page)")],
        NOTE + " **Formatting only**: the Markdown source against its own rendered page (the text unchanged since 81b27aea9).",
    ),
}


def main():
    sources = []
    for pair, sides in SRC.items():
        d = os.path.join(HERE, "pairs", pair)
        repo = sides[0][2] if len(sides[0]) > 2 else REPO
        git = GITS[repo]
        for side, (commit, path, *_) in zip(("old", "new"), sides, strict=True):
            f = os.path.join(d, side + os.path.splitext(path)[1])
            blob = subprocess.run(["git", "--git-dir", git, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
            with open(f, "rb") as fh:
                assert fh.read() == blob, (pair, side)
            full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, text=True, check=True)
            bid = subprocess.run(["git", "--git-dir", git, "rev-parse", f"{commit}:{path}"], capture_output=True, text=True,
                                 check=True)
            sources.append(f"{pair} {side} {full.stdout.strip()} {bid.stdout.strip()} {len(blob)} "
                           f"{hashlib.sha256(blob).hexdigest()} {repo}:{path}")
        changes, noise, note = A[pair]
        ann = {"pair": pair, "source": {"repo": repo, "old": list(sides[0][:2]), "new": list(sides[1][:2]),
                                        "licence": LICS.get(repo, LIC)},
               "note": note, "changes": changes, "noise": noise}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(sources)) + "\n")


if __name__ == "__main__":
    main()
