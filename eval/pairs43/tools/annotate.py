"""Write pairs/<name>/annotation.json for pairs43 (u43d), by hand from `git diff --word-diff` and `diff` of each pair,
read in full before any run of policylens.  Format of eval/pairs42c (and pairs41c): `changes` the true changes, one per
edit place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated
either way (kind `optional`).  Texts are excerpts, enough to find the place.  Version pairs are consecutive revisions of
one file (`git log -- PATH` has no revision between the two sides); the cross-script pair is the zh-cn and zh-tw
editions of one commit."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIT = "MIT (the repository's LICENSE; the policy text kept for evaluation only)"
MIR = "/work/.mirror"
BST, KK, DLA = "bstinspection/bstinspection.github.io", "kaiheila/api-docs", "sytuanit/dla-docs"
BZ, KZ = "docs/zh/privacy.md", "docs/zh-cn/privacy.md"
SRC = {
    "bst-close": (BST, ("d670d90", BZ), ("ad783bb", BZ)),
    "bst-rewrite": (BST, ("38a104f", BZ), ("3d21451", BZ)),
    "bst-sub": (BST, ("3d21451", BZ), ("7bf87db", BZ)),
    "bst-ip": (BST, ("7bf87db", BZ), ("3e59963", BZ)),
    "bst-revert": (BST, ("3e59963", BZ), ("93a4488", BZ)),
    "kk-spacing": (KK, ("677c435", KZ), ("c5ba0a7", KZ)),
    "kk-rename": (KK, ("33bed03", KZ), ("ef65535", KZ)),
    "kk-realname": (KK, ("3124cc9", KZ), ("4ff5a32", KZ)),
    "kk-blank": (KK, ("4ff5a32", KZ), ("b991fda", KZ)),
    "dla-script": (DLA, ("7333134", "docs/zh-cn/privacy.md"), ("7333134", "docs/zh-tw/privacy.md")),
}
LICENSES = {KK: MIT}


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
BSTNOTE = ("A Guangzhou quality-inspection company's Jekyll site (BST): `docs/zh/privacy.md`, front matter (layout, "
           "title 隐私政策, lang), `##` sections numbered 一、…; the Chinese edition of a seven-language site.")
KKNOTE = ("KOOK's (formerly 开黑啦) developer privacy policy for its bot API (`docs/zh-cn/privacy.md` of its API docs, "
          "Markdown): a `#` title, bold date lines, `##` sections 用户信息 … 其他, bold labels over `-` lists.")
R = "开黑啦 → KOOK"
A = {
    "bst-close": (
        [c("三、数据保留", "*如有任何进一步疑问，请随时联系我们！我们的团队将很乐意回答您的任何问题！*", "*如有任何疑问，请联系我们。*",
           "modified", "the closing italic line shortened (commit: remove AI-flavoured marketing language)")],
        [],
        BSTNOTE + " The closing line (last paragraph, under 三、数据保留) is reworded; nothing else changes.",
    ),
    "bst-rewrite": (
        [
            c(PRE, "", "*生效日期：2026 年 8 月 10 日*", "added", "an effective-date line before the first section"),
            c("一、我们如何保护您的信息？", "BST 承诺不向任何第三方披露…BST 将向法院指定的官员披露该信息。", "", "removed",
              "the whole section (8 paragraphs and list items) is gone; its subject returns rewritten in 六、信息披露 "
              "(shown removed, or renamed/modified into 六、信息披露: both accepted)"),
            c("二、个人数据的访问和更正", "您可随时通过书面形式编辑您的个人和公司信息…您有权要求 BST 删除账户…", "", "removed",
              "the whole section is gone; its subject returns rewritten in 七、您的权利 (removed, or renamed into 七: both accepted)"),
            c("三、数据保留", "网站管理员将根据我们的内部保留政策销毁其持有的任何信息…", "由于本网站没有账户，我们仅保留您发给我们的通讯内容…",
              "modified", "the retention paragraph rewritten; the section renumbered 三 → 八 and now the 8th of 13: same title, "
              "so it must pair (moved or not, not removed + added)", new_sec="八、数据保留"),
            c("三、数据保留", "*如有任何疑问，欢迎随时与我们联系。*", "", "removed", "the closing italic line removed",
              new_sec="八、数据保留"),
            c("(none)", "", "本网站是广州睿翔技术服务有限公司…运营的静态宣传网站…数据控制者为：…", "added", "new section",
              new_sec="一、概述与数据控制者"),
            c("(none)", "", "本网站为静态网站，没有联系表单…不会主动收集…", "added", "new section", new_sec="二、我们不会主动收集个人信息"),
            c("(none)", "", "当您通过邮箱、电话或微信联系我们时…处理的法律依据（GDPR 第 6 条）…", "added", "new section",
              new_sec="三、您主动提供的信息"),
            c("(none)", "", "本网站托管于 GitHub Pages…IP 地址…跨境传输…", "added", "new section",
              new_sec="四、托管平台处理的信息（GitHub Pages、Fastly）"),
            c("(none)", "", "本网站不设置也不使用 Cookie。", "added", "new section", new_sec="五、Cookie"),
            c("(none)", "", "我们不会出于营销目的向第三方出售、出租、交换或分享个人信息…", "added",
              "new section (or the rewrite of old 一、: see above)", new_sec="六、信息披露"),
            c("(none)", "", "根据您所在地区，您可能享有 GDPR 和/或 CCPA/CPRA 赋予的以下权利…", "added",
              "new section (or the rewrite of old 二、)", new_sec="七、您的权利"),
            c("(none)", "", "本网站不面向儿童…12 岁以下儿童…", "added", "new section", new_sec="九、儿童隐私"),
            c("(none)", "", "本网站通过 HTTPS 提供服务…", "added", "new section", new_sec="十、安全"),
            c("(none)", "", "本网站可能链接到外部网站…", "added", "new section", new_sec="十一、第三方链接"),
            c("(none)", "", "我们可能会不时更新本隐私政策…", "added", "new section", new_sec="十二、政策变更"),
            c("(none)", "", "如对本隐私政策或您的个人数据有任何疑问，请通过 jeffrey@bstinspection.com 联系…", "added", "new section",
              new_sec="十三、联系我们"),
        ],
        [opt("which new section (if any) old 一、/二、 are paired with: 六、信息披露 / 七、您的权利 are the only defensible "
             "partners; a pairing with another new section is a section error")],
        BSTNOTE + " A full rewrite for EU/US law: 3 sections become 13; 三、数据保留 is renumbered 八 and moved from last to "
        "8th place (the set's moved/renamed section); every paragraph is new.",
    ),
    "bst-sub": (
        [c("四、托管平台处理的信息（GitHub Pages、Fastly）", "",
           "### 4.1 本地货币显示 / 当您访问收费标准或服务条款页面时，您的浏览器会向免费地理位置服务（ipwho.is，备选 ipapi.co）请求…",
           "added", "a `###` subsection with one paragraph added under 四、", new_sec="4.1 本地货币显示")],
        [],
        BSTNOTE + " A subsection 4.1 (local-currency prices through a geo-IP service) added at the end of 四、.",
    ),
    "bst-ip": (
        [c("4.1 本地货币显示", "…请求获取访客所在国家/地区…我们不会存储任何 IP 地址或其他个人信息。…",
           "…发送您的 IP 地址，以识别您来访的国家/地区…我们不会存储或记录您的 IP 地址…第三方所接收的数据（含您的 IP 地址）…",
           "modified", "the 4.1 paragraph rewritten to disclose that the IP address goes to the geo-IP services")],
        [],
        BSTNOTE + " The one paragraph of 4.1 is rewritten (IP disclosure).",
    ),
    "bst-revert": (
        [c("4.1 本地货币显示", "### 4.1 本地货币显示 / 当您访问收费标准或服务条款页面时…发送您的 IP 地址…", "", "removed",
           "the subsection 4.1 and its paragraph removed (a revert of the feature)", new_sec="(none)")],
        [],
        BSTNOTE + " Subsection 4.1 removed again; the text is then byte-identical to bst-rewrite's new side.",
    ),
    "kk-spacing": (
        [],
        [n("spaces between Han and Latin or digits: 2020年12月9日 → 2020 年 12 月 9 日 (both date lines), 开黑啦API → 开黑啦 API, "
           "的API → 的 API, 任何API → 任何 API"),
         n("a blank line added after each bold label (**允许：**, **禁止**, **开黑啦 API 不得用于以下用途：**) and after each `##` "
           "heading; blank lines removed at the top")],
        KKNOTE + " Formatting only (a docs-wide Han/Latin spacing pass): no word changes.",
    ),
    "kk-rename": (
        [c("(document title)", "# 开黑啦开发者隐私政策", "# KOOK 开发者隐私政策", "modified", "product renamed " + R),
         c(PRE, "…（简称**“我们”**或**“开黑啦”**）…“开黑啦”系列产品…包括开黑啦应用程序、开黑啦移动端产品…",
           "…“KOOK”…KOOK 应用程序、KOOK 移动端产品…", "modified", R + " (4×)")]
        + [c("用户信息", o, o.replace("开黑啦", "KOOK"), "modified", R) for o in (
            "**开黑啦 API 不得用于以下用途：**", "- **未经开黑啦用户的明确许可**，修改开黑啦用户的账号信息…",
            "- 替代开黑啦用户**发送消息、上传文件或播放音频**；", "- 无论在何种情况下，**未经开黑啦用户的明确许可**…")]
        + [c("数据信息", o, o.replace("开黑啦", "KOOK"), "modified", R) for o in (
            "**开黑啦 API 不得用于以下用途：**", "- **抓取**任何开黑啦数据；", "- 将开黑啦的数据用于运营机器人以外的其他用途；",
            "- 未经用户明确许可，**分享**或**披露**任何用户的开黑啦的相关数据；", "- 向任何**第三方**…披露开黑啦的相关数据；",
            "- 违反开黑啦的**用户隐私政策**；", "- 获取开黑啦**用户密码**访问开黑啦进行操作；",
            "- **出售，许可**或以**其他方式**将开黑啦的数据商业化；", "- 以违反常识或违反用户预期的方式处理开黑啦数据。")]
        + [c("法律规定", o, o.replace("开黑啦", "KOOK"), "modified", R) for o in (
            "**开黑啦 API 不得用于以下用途：**", "- **诽谤**…违反开黑啦**用户社区准则**。")]
        + [c("滥用", o, o.replace("开黑啦", "KOOK"), "modified", R) for o in (
            "- 仅允许使用**开发者平台文档中规定的方式**访问开黑啦的 API", "- **删除、模糊或更改**开黑啦的服务条款…",
            "- **鼓励或为用户创建**违反开黑啦服务条款的功能；", "- 向开黑啦的产品和服务中引入**任何病毒…",
            "- 使用**虚假**的身份登记、登录开黑啦的开发者账户；", "- 鼓励或允许第三方**违反开黑啦开发者隐私政策**；",
            "- **干扰**或**中断**开黑啦的 API 服务器或网络。")]
        + [c("限制", "开黑啦规定了对 API 的**使用限制**…必须获得开黑啦的书面授权。", "KOOK 规定了对 API …必须获得 KOOK 的书面授权。",
             "modified", R + " (two lines of one paragraph)")]
        + [c("投诉与处罚规范", o, o.replace("开黑啦", "KOOK"), "modified", R) for o in (
            "开黑啦的机器人已启用用户投诉处理机制…", "我们理解你的违规行为可能基于失误…开黑啦提供了邮件申诉渠道…重新向开黑啦提交发布审核。")],
        [n("the bold labels' `**开黑啦 API` become `** KOOK API` (a space after the opening `**`): only the name counts"),
         n("the unchanged 保留相关数据的时间 item, 变更, 联系方式, 其他 sections")],
        KKNOTE + " The product renamed 开黑啦 → KOOK everywhere (title, intro, every section but 变更/联系方式/其他): 27 "
        "paragraphs (the title and 26 paragraphs and list items).",
    ),
    "kk-realname": (
        [c(PRE, "**更新日期：2020 年 12 月 9 日**", "**更新日期：2024 年 1 月 29 日**", "modified", "updated date"),
         c(PRE, "**生效日期：2020 年 12 月 9 日**", "**生效日期：2024 年 1 月 29 日**", "modified", "effective date"),
         c("限制", "", "KOOK规定了机器人开发者的准入条件：需要进行实名认证。如开发者不进行实名认证，具体限制如下：", "added",
           "a paragraph on real-name verification"),
         c("限制", "", "| 限制项 | 未实名认证 | 已实名认证 | … | 机器人api调用阈值 | 60/min | 240/min |", "added",
           "a Markdown table of limits (6 rows)")],
        [n("the blank line after each bold label removed (5×) and after the 投诉 section's first paragraph (its two "
           "paragraphs become two lines of one Markdown paragraph)"),
         opt("「**禁止**」 → 「**禁止：**」: a colon added to a label")],
        KKNOTE + " Dates changed, a paragraph and a table on real-name verification added under 限制; the rest is "
        "blank-line removal.",
    ),
    "kk-blank": (
        [],
        [n("「** KOOK API 不得用于以下用途：**」 → 「**KOOK API 不得用于以下用途：**」 (3×: the space inside the bold mark)"),
         n("blank lines added after the bold labels (5×)"),
         n("the 投诉与处罚规范 section's two lines (one Markdown paragraph in the old side) separated by a blank line: a "
           "paragraph split with the same text")],
        KKNOTE + " Control: the next revision (a merge) only repairs the markup of kk-realname's new side; no word changes.",
    ),
    "dla-script": (
        [],
        [n("script only (Simplified → Traditional) in every line"),
         n("near-literal Taiwan wording: 用户/使用者, 信息/資訊, 应用程序/應用程式, 服务器/伺服器, 文件/檔案, 支持/支援, "
           "邮箱/電子郵件, 设置/設定 (其他 mainland words such as 数据/數據, 设备/設備, 存储/存儲, 联系/聯繫 kept as they are)")],
        "Cross-script control: the zh-cn and zh-tw editions of one commit of a household-budget app's privacy policy "
        "(Daily Life Assistant, Markdown: `#` title, `##` sections 1.–11. and 总结, `###` sub-sections, lists, a quote); "
        "the zh-tw file is a near-literal conversion, no change of content.",
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


if __name__ == "__main__":
    src_lines, hashes = [], []
    for pair, (changes, noise, note) in sorted(A.items()):
        files = sorted(os.listdir(os.path.join(HERE, "pairs", pair)))
        o = next(f for f in files if f.startswith("old."))
        w = next(f for f in files if f.startswith("new."))
        repo, old, new = SRC[pair]
        so, sn = side_git(pair, o, old, repo), side_git(pair, w, new, repo)
        for k, s, f in (("old", so, o), ("new", sn, w)):
            src_lines.append(f"{pair} {k} {s['commit']} {s['blob']} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{f}")
        ann = {"source": {"repo": repo, "license": LICENSES.get(repo, NOLIC), "old": so, "new": sn}, "changes": changes,
               "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
