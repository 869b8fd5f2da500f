"""Write pairs/<name>/annotation.json for pairs46 (u46d), by hand from `git diff` of each pair (and, for hutao-md-html,
a tag-stripped text dump of the built page), before any run of policylens.  Format of eval/pairs45c: `changes` the true
changes, one per edit place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or
is tolerated either way (kind `optional`).  Texts are excerpts, enough to find the place.  Every Markdown pair is two
consecutive revisions of docs/zh/statements/privacy-notice.md (`git log OLD..NEW -- PATH` lists only NEW); hutao-md-html
is the last Markdown revision against the built page of the same text on the gh-pages branch (the last deploy in the
snapshot).  Every side is checked against its snapshot here (`git show COMMIT:PATH` = the saved file, byte for byte)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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
        for side, (commit, path) in zip(("old", "new"), sides, strict=True):
            f = os.path.join(d, side + os.path.splitext(path)[1])
            blob = subprocess.run(["git", "--git-dir", GIT, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
            with open(f, "rb") as fh:
                assert fh.read() == blob, (pair, side)
            full = subprocess.run(["git", "--git-dir", GIT, "rev-parse", commit], capture_output=True, text=True, check=True)
            bid = subprocess.run(["git", "--git-dir", GIT, "rev-parse", f"{commit}:{path}"], capture_output=True, text=True,
                                 check=True)
            sources.append(f"{pair} {side} {full.stdout.strip()} {bid.stdout.strip()} {len(blob)} "
                           f"{hashlib.sha256(blob).hexdigest()} {REPO}:{path}")
        changes, noise, note = A[pair]
        ann = {"pair": pair, "source": {"repo": REPO, "old": list(sides[0]), "new": list(sides[1]), "licence": LIC},
               "note": note, "changes": changes, "noise": noise}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(sources)) + "\n")


if __name__ == "__main__":
    main()
