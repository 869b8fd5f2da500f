"""Write pairs/<name>/annotation.json for pairs41c (m41x), by hand from `git diff` (and `diff`) of each pair, before any
run of policylens.  Format of eval/pairs40c (and pairs40, pairs39): `changes` the true changes, one per edit place (kind
`modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated either way (kind
`optional`).  Texts are excerpts, enough to find the place.  Version pairs are consecutive revisions of one file (the
commits between them touch other files only: `git rev-list --count OLD..NEW` is printed in SOURCES.txt's notes); the
cross-script pair is the zh and zh-tw editions of one commit, read from the code index (no snapshot could be had)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIT = "MIT (the repository's LICENSE; the policy text kept for evaluation only)"
MIR = "/work/.mirror"
DG, DV, AC, GD = "w-clawhauser/daysgain-site", "dash-vpn/dash-vpn.github.io", "Heinodaily/AegisClip", "gdutday/gdutday-wechat"
SP = "cll2018/sharpen-export"
SRC = {
    "dg-meta": (DG, ("f6bf77f", "zh/privacy.md"), ("bbb8474", "zh/privacy.md")),
    "dg-email": (DG, ("bbb8474", "zh/privacy.md"), ("d28e593", "zh/privacy.md")),
    "dg-urls": (DG, ("d28e593", "zh/privacy.md"), ("480fc35", "zh/privacy.md")),
    "dg-rename": (DG, ("480fc35", "zh/privacy.md"), ("f6904ff", "zh/privacy.md")),
    "dg-contact": (DG, ("f6904ff", "zh/privacy.md"), ("c3d4ac7", "zh/privacy.md")),
    "dg-icloud": (DG, ("c3d4ac7", "zh/privacy.md"), ("c969a28", "zh/privacy.md")),
    "dv-wrap": (DV, ("1e5d1e3", "zh/privacy.md"), ("4089103", "zh/privacy.md")),
    "dv-rewrite": (DV, ("4089103", "zh/privacy.md"), ("7a028b3", "zh/privacy.md")),
    "ac-date": (AC, ("31cf15c", "zh/privacy.md"), ("113f959", "zh/privacy.md")),
    "ac-link": (AC, ("113f959", "zh/privacy.md"), ("b975ffe", "zh/privacy.md")),
    "gd-js": (GD, ("475fc94", "staticData/privacy.js"), ("070d119", "staticData/privacy.js")),
}
# the cross-script pair: index texts (read_file by repository and path at this commit), saved with CRLF line ends
# (859 = 826 + 33 and 873 = 840 + 33, total_chars against the text's length)
INDEX = {"sp-script": (SP, "79af19e04f235b78f1aa02d809634a99dbe0efe0", ("71007887972", "zh/privacy.md", 859),
                       ("71613964560", "zh-tw/privacy.md", 873))}
LICENSES = {AC: MIT, GD: MIT}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


FM = "YAML front matter"
APP = "DaysGain"
A = {
    "dg-meta": (
        [],
        [n(f"{FM}: lang, current_language, alternate_label, alternate_lang, alternate_url, home_url added (a bilingual site's navigation)"),
         n("the file's final blank line removed")],
        "Control (formatting and metadata only): the Chinese page of a portfolio app's Jekyll site (then named Fintify) gets the front matter keys of the site's language switch; the policy text is unchanged.",
    ),
    "dg-email": (
        [c("9. 联系方式", "**fintify.support@gmail.com**", "**support@fintify.ca**", "modified", "the support e-mail")],
        [],
        "One contact e-mail replaced (a bold line under 9. 联系方式).",
    ),
    "dg-urls": (
        [],
        [n(f"{FM}: alternate_url /fintify-site/privacy/ → /privacy/, home_url /fintify-site/zh/ → /zh/ (a custom domain)")],
        "Control: only two front matter URLs change (the site moved to its own domain); the policy text is unchanged.",
    ),
    "dg-rename": (
        [
            c("(title)", "# Fintify 隐私政策", f"# {APP} 隐私政策", "modified", "product renamed in the title (and the front matter title)"),
            c("(preamble)", "Fintify 是一款个人投资组合追踪应用…", f"{APP} 是一款个人投资组合追踪应用…", "modified", "product renamed"),
            c("(preamble)", "本隐私政策说明 Fintify 会在设备上保存哪些信息…", f"本隐私政策说明 {APP} 会在设备上保存哪些信息…", "modified", "product renamed"),
            c("1. 你输入的信息", "Fintify 可能会在你的设备本地保存…", f"{APP} 可能会在你的设备本地保存…", "modified", "product renamed"),
            c("1. 你输入的信息", "Fintify 不要求创建 Fintify 账户…上传到 Fintify 服务器。", f"{APP} 不要求创建 {APP} 账户…上传到 {APP} 服务器。", "modified", "product renamed (three times in one paragraph)"),
            c("2. 市场数据请求", "…预测信息，Fintify 可能会向第三方市场数据提供方请求数据。", f"…预测信息，{APP} 可能会…", "modified", "product renamed"),
            c("2. 市场数据请求", "Fintify 不会有意向市场数据提供方发送…", f"{APP} 不会有意向市场数据提供方发送…", "modified", "product renamed"),
            c("3. CSV 导入与导出", "当你导入 CSV 文件时，Fintify 会读取该文件…", f"当你导入 CSV 文件时，{APP} 会读取该文件…", "modified", "product renamed"),
            c("3. CSV 导入与导出", "当你导出数据时，Fintify 会生成 CSV 文件…", f"当你导出数据时，{APP} 会生成 CSV 文件…", "modified", "product renamed"),
            c("3. CSV 导入与导出", "Fintify 不会自动把…上传到 Fintify 服务器。", f"{APP} 不会自动把…上传到 {APP} 服务器。", "modified", "product renamed"),
            c("4. 反馈与支持", "…排查问题和改进 Fintify。", f"…排查问题和改进 {APP}。", "modified", "product renamed"),
            c("5. 分析、广告与跟踪", "Fintify 不使用第三方广告 SDK。", f"{APP} 不使用第三方广告 SDK。", "modified", "product renamed"),
            c("5. 分析、广告与跟踪", "Fintify 不出售你的个人信息。", f"{APP} 不出售你的个人信息。", "modified", "product renamed"),
            c("5. 分析、广告与跟踪", "Fintify 不会为了广告目的跨应用或网站跟踪你。", f"{APP} 不会为了广告目的跨应用或网站跟踪你。", "modified", "product renamed"),
            c("7. 儿童隐私", "Fintify 并非面向儿童设计。…", f"{APP} 并非面向儿童设计。…", "modified", "product renamed"),
            c("9. 联系方式", "**support@fintify.ca**", "**daysgain.app@gmail.com**", "modified", "the support e-mail"),
        ],
        [n(f"{FM}: alternate_url, home_url made relative, asset_prefix added")],
        "Product renamed Fintify → DaysGain in the title and fourteen paragraphs, and the support e-mail changed.",
    ),
    "dg-contact": (
        [c("9. 联系方式", "**daysgain.app@gmail.com**", "**hello@daysgain.com**", "modified", "the support e-mail")],
        [n(f"{FM}: alternate_url and home_url made absolute (https://daysgain.com/…)")],
        "The support e-mail replaced; two front matter URLs changed.",
    ),
    "dg-icloud": (
        [
            c("(preamble)", "**生效日期：2026 年 4 月 27 日**", "**生效日期：2026 年 5 月 20 日**", "modified", "effective date"),
            c("(preamble)", "…哪些信息可能会发送给第三方市场数据提供方，以及…", "…哪些信息可能会通过 iCloud 同步、哪些信息可能会发送给第三方服务，以及…", "modified", "scope sentence: iCloud sync, third-party services"),
            c("", "", "## 2. iCloud 同步与备份 (four paragraphs: optional sync and backup through CloudKit/iCloud; no own server; turning it off)", "added", "a new section", "2. iCloud 同步与备份"),
            c("6. 分析、广告与跟踪", "", "DaysGain 可能使用 Firebase Analytics…；统计事件可能包括…；DaysGain 不会有意向 Firebase Analytics 发送…", "added", "three paragraphs on Firebase Analytics (one edit place)", "6. 分析、广告与跟踪"),
            c("7. 数据保留与删除", "你的投资记录保存在你的设备上，直到你在应用中删除记录、删除应用…", "你的投资记录会保存在你的设备上，除非你在应用中删除记录、主动导出或分享数据、开启 iCloud 同步、备份设备、删除应用…", "modified", "retention sentence", "7. 数据保留与删除"),
            c("7. 数据保留与删除", "", "iCloud 同步或设备备份中包含的数据，可通过 Apple 的 iCloud、备份、设备和 App 数据设置进行管理。", "added", "a paragraph on iCloud data", "7. 数据保留与删除"),
        ],
        [n("sections 2.–9. renumbered 3.–10. (numbers only; titles unchanged)")],
        "Version 1.2.0: effective date, scope sentence, a new section 2. iCloud 同步与备份 (renumbering the rest), Firebase Analytics added to the analytics section, retention rewritten for iCloud.",
    ),
    "dv-wrap": (
        [c("联系我们", "…请在我们的 [GitHub 仓库](https://github.com/nickelsh1ts/dash-vpn.github.io/issues)提交问题。", "…[GitHub 仓库](https://github.com/dash-vpn/dash-vpn.github.io/issues)…", "modified", "the issue tracker's address (the contact channel; link text unchanged)")],
        [n('the <div class="content"> wrapper and its closing </div> removed around the Markdown (markup only)')],
        "A VPN app's Jekyll page: an HTML wrapper around the Markdown removed, and the contact link's repository owner changed.",
    ),
    "dv-rewrite": (
        [
            c("(preamble)", "Dash VPN 致力于保护您的隐私。本政策说明我们如何处理您的数据。", "Dash VPN 是一款致力于保护隐私的应用程序。我们承诺**不收集、不存储也不出售**您的任何数据。", "modified", "intro"),
            c("我们不收集的数据", "Dash VPN **不会**收集、存储或传输：", "我们从根本上尊重您的隐私。Dash VPN **绝对不**收集或存储以下信息：", "modified", "lead sentence (传输 no longer promised)", "1. 零日志政策 (Zero-Logs Policy)"),
            c("我们不收集的数据", "- 您的 VPN 流量或浏览历史 / IP 地址或位置信息 / 个人信息或标识符 / 使用分析或遥测数据 / 您输入的服务器凭据", "- **您的网络流量：** …DNS 查询 / **您的 IP 地址：** … / **连接数据：** …", "modified", "the list: traffic and IP items reworded, three items dropped (personal identifiers, analytics/telemetry, credentials), connection data added", "1. 零日志政策 (Zero-Logs Policy)"),
            c("应用工作原理", "Dash VPN 是一个客户端应用，连接到您配置的 Outline 服务器。所有服务器凭据都使用系统钥匙串安全地存储在您的设备上。", "Dash VPN 完全作为一个客户端在您的设备上独立运行。", "modified", "how it works", "2. 存储在您设备上的数据"),
            c("应用工作原理", "- **服务器凭据**安全存储在设备钥匙串中 / **路由规则**存储在本地设备上 / **不会发送任何数据**到我们的服务器，因为我们不运营任何服务器", "- **服务器凭据：** …我们无法访问这些信息。 / **路由规则：** 仅保存在应用程序本地。", "modified", "the list: the promise that no data is sent to our servers dropped", "2. 存储在您设备上的数据"),
            c("第三方服务", "Dash VPN 进行的唯一网络连接是：1. …Outline 服务器 2. …App Store…；我们不使用任何第三方分析、广告或跟踪服务。", "", "removed", "the third-party section and its no-analytics promise"),
            c("", "", "## 3. 诊断数据（匿名）: anonymous crash reports through Sentry, what is sent and not sent, a switch in settings", "added", "crash reporting (Sentry) added", "3. 诊断数据（匿名）"),
            c("您的控制权", "您对自己的数据拥有完全控制权：随时删除服务器配置 / 卸载应用… / 无需账户…", "", "removed", "the user-control section"),
            c("", "", "## 4. 用户支持: information you give when asking for support is used only to help you and not shared", "added", "support section added", "4. 用户支持"),
            c("联系我们", "如果您对本隐私政策有疑问，请在我们的 [GitHub 仓库](…/issues)提交问题。", "{% include contact.html %}", "modified", "the contact sentence replaced by a template include (the contact channel is no longer in the page's text)", "联系方式"),
        ],
        [n(f"{FM}: lang: zh removed"), n("「2025 年 2 月」 → 「2025年2月」 (spaces only)"),
         opt("titles numbered 1.–4. as they are renamed (a renamed title shown as such is tolerated)")],
        "A full rewrite of a VPN app's policy: zero-logs, device storage, crash reporting (Sentry) added, third-party and control sections removed, support added, contact made an include.",
    ),
    "ac-date": (
        [c("(preamble)", "**最后更新**：2024年8月1日", "**最后更新**：2025年3月1日", "modified", "last-updated date"),
         c("3. 您的权利", "- **导出权**：支持拖拽内容到Finder实现本地导出", "", "removed", "the export right removed")],
        [],
        "A macOS clipboard app's short Markdown policy (# title, bold date line with a trailing double-space break, `- **label**：` items): date and one right removed.",
    ),
    "ac-link": (
        [],
        [n("[English Version](/en/privacy) → [English Version](/AegisClip/en/privacy): the language link's target only (its text unchanged)")],
        "Control (formatting only: a link target): the language-switch link under the date points to a new path.",
    ),
    "gd-js": (
        [
            c("成绩相关功能", "", "<li>补考：所有数据带补考字样的信息不计入到绩点之中</li>", "added", "a rule of the grade-point formula added (make-up exams)"),
            c("常见问题", "<h1>常见问题</h1> <h2>登录成功但课程表不显示</h2>… <h2>无法登录</h2>…", "", "removed", "the FAQ part (two sub-sections) removed"),
            c("其他问题", "<h1>其他问题</h1> 意见反馈 / qq群 / GitHub issues", "", "removed", "the feedback channels part removed"),
        ],
        [n("a blank line in the first list replaced by the new <li>; trailing lines")],
        "A university timetable mini-program (uni-app): the policy and feature notes as an HTML string exported from `staticData/privacy.js` (`export const privacy = `…``); a formula rule added, the FAQ and feedback parts removed.",
    ),
    "sp-script": (
        [],
        [n("script only (Simplified → Traditional) in every line"),
         n("regional and localisation wording of a near-literal zh-tw edition: 信息/資料, 询盘/詢問, 邮箱/電子郵件, 数据/資料, 共享/共用, 运行/運作, 设备/裝置, 访问/存取, 联系/聯絡, 发送邮件/傳送電子郵件, 回复/回覆, 通过/透過, 托管/託管, 运营/營運, 隐私政策/隱私權政策, 和/與"),
         opt("a paragraph shown as reworded (≃, not counted as a change by the tool)")],
        "Cross-script control: the zh and zh-tw editions of one commit of a manufacturer's export site (Eleventy Markdown, CRLF); the same policy, no change of content.",
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
