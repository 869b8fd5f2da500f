"""Write pairs/<name>/annotation.json for pairs45c (m45x), by hand from `git diff`, `git diff -w` and a tag-stripped text
diff of each pair, before any run of policylens.  Format of eval/pairs44c: `changes` the true changes, one per edit place
(kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated either way (kind
`optional`).  Texts are excerpts, enough to find the place.  Every pair is two consecutive revisions of one file
(`git log OLD..NEW -- PATH` lists only NEW; xunfrp-rewrite: the file was deleted in 2e15e98 and added again in 604ccbe,
nothing else in between).  Every side is checked against its snapshot here (`git rev-parse COMMIT:PATH` = the saved
file's blob)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIR = "/work/.mirror"
RC, RF, TT = "tanyuehong/redcloudcollege-index", "sunsetFog/rafaelClientApp", "sharingstar/time-trace-page"
DX, HW, XF = "DanXi-Dev/danxi-website-old", "HowLeGaZai/howlegazaiVue", "Blacklight139/XunFrp-Panel-1.10"
RCP, RFP, TTP = "pages/user/privacy.vue", "src/views/privacy/index.vue", "src/views/privacy.vue"
DXP, HWP, XFP = "src/views/Privacy.vue", "src/views/privacy.vue", "docs/privacy.md"
# pair: ((repo, commit, path) old, (repo, commit, path) new)
SRC = {
    "redcloud-company": ((RC, "4ffe7fe", RCP), (RC, "5ae8afa", RCP)),
    "rafael-table": ((RF, "73d64ab", RFP), (RF, "0a82c1b", RFP)),
    "timetrace-rewrite": ((TT, "aae3211", TTP), (TT, "37a51a6", TTP)),
    "timetrace-css": ((TT, "37a51a6", TTP), (TT, "e1a67bd", TTP)),
    "timetrace-br": ((TT, "e1a67bd", TTP), (TT, "60d762a", TTP)),
    "danxi-canary": ((DX, "92fbf9a", DXP), (DX, "80d4a4b", DXP)),
    "howle-import": ((HW, "7f7280b1", HWP), (HW, "210f277b", HWP)),
    "xunfrp-rewrite": ((XF, "e33223f", XFP), (XF, "604ccbe", XFP)),
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


PRE, NONE = "(preamble)", "(none)"
RCNOTE = ("An open-source-practice learning app's uni-app privacy page (开源实践隐私政策, 53 KB): `<h2>`-like title, dates in "
          "`<span>`s, a table of contents of ten items, then numbered sections 1.–10. with sub-sections 1.1… as `<p>`/"
          "`<strong>` runs, links with data-href.")
RFNOTE = ("A live-streaming app's Vue page (白鲨直播 隐私政策, 38 KB): `<h2>` title, the text as `<br><br>`-separated runs "
          "with `<h3>` parts 第一部分… and inline `<h4 style=\"display: inline;\">` run-in labels, an SDK `<table>`.")
TTNOTE = ("A time-tracking app's Vue page (时间印迹): `<Header_dow/>`, a `.TextContent` block, a footer `.Bottombar` with logo "
          "and slogan 记录专注，预见未来, scoped CSS.")
DXNOTE = ("Fudan campus app DanXi's Vue page whose policy is Markdown in a template literal rendered with `marked` "
          "(# 旦夕隐私政策, three ## parts).")
HWNOTE = "Taiwan: a community site's Vue 3 page (好里家在 網站隱私權聲明): `<h1>`, seven `<h2>` over lists, navbar and Footer."
XFNOTE = "A frp tunnelling panel's Markdown privacy policy (XunFrp), `#` title and `##` 1.–9."
A = {
    "redcloud-company": (
        [c(PRE, "系指北京北比信息技术有限公司（以下简称“我们”）合法拥有并运营的", "系指重庆红云信息技术有限公司（以下简称“我们”）合法拥有并运营的",
           "modified", "the operating company renamed in the intro paragraph (line 10), before the table of contents")],
        [],
        RCNOTE + " Consecutive revisions (commit 「代码提交」): one line changes, the company name.",
    ),
    "rafael-table": (
        [],
        [n("the SDK table's rows wrapped in an explicit `<tbody>` (the first `<tr>` re-indented)"),
         n("a trailing space removed after 「白鲨直播APP权限获取说明：」")],
        RFNOTE + " Formatting only (commit 「2025-11-15 19:51」): with tags and white space stripped the text is identical.",
    ),
    "timetrace-rewrite": (
        [c("(title)", "隐私条款", "隐私政策", "modified", "the `<h1>` renamed"),
         c(PRE, "本服务协议（以下简称“协议”）适用于“Lofi.”手机应用 … 本隐私政策中使用的术语与我们的使用条款具有相同的含义",
           "创建日期：2023年5月11日 最近更新：2023年5月21日 欢迎使用 时间印迹 … 我们只是为您提供通过相关“服务”提供计时器和记录的软件。",
           "modified", "the intro of another app's template (Lofi., 黄胜蓝) replaced by this app's own intro with two dates"),
         c("1. 信息收集范围", "为了获得更好的体验 … 日志数据 我们希望告知您 …", "", "removed",
           "old section (a <p> 「1. 信息收集范围」 and its 日志数据 paragraph) gone"),
         c("2. 如何收集信息", "我们通过您主动提交 …", "", "removed", "old section gone"),
         c("信息使用与披露", "为了向您提供更加优质、便捷、安全的服务 … 我们可能因以下原因而披露您的信息 …", "", "removed",
           "old section gone"),
         c("信息存储", "通常，我们仅在为您提供服务期间保留您的信息 …", "", "removed", "old section gone"),
         c("信息安全", "我们非常重视您对我们提供个人信息的信任 …", "", "removed", "old section gone"),
         c(NONE, "", "您向我们直接提供的信息： 分析信息 … 设备标识符 …", "added", "new `<h2>` section with two `<h3>`",
           new_sec="我们收集的信息"),
         c(NONE, "", "除了我们在本“隐私政策”中描述的某些具体信息使用方法 … 1.开发和测试新产品和功能。 2.诊断或解决技术问题。", "added",
           "new section", new_sec="我们如何使用您的信息"),
         c(NONE, "", "除非本“政策”说明，否则，未经您同意，我们不会 … 与他方分享匿名数据", "added", "new section",
           new_sec="分享您的信息"),
         c(NONE, "", "我们对与我们的“服务”存在链接关系的任何网站或服务所从事的行为 … 不承担责任", "added", "new section",
           new_sec="其它网站和服务"),
         c("变更 / 联系我们", "我们可能会不时地更新我们的隐私政策 … 本政策自2022-12-20起生效 … hwangdev97@gmail.com",
           "如何联系我们 … solovetime@163.com … 关于我们的“隐私政策”的更改 … 时间印迹 可能不定期修改或更新本“隐私政策”",
           "modified", "the change clause and the contact (e-mail changed, effective date dropped) rewritten at the end",
           new_sec="如何联系我们")],
        [n("layout: <br> spacers and 换行 comments removed, <p> titles became <h2>/<h3>"),
         n("CSS: .TextContent width, h2/h3/p rules added")],
        TTNOTE + " Consecutive revisions (commit 「更改隐私政策和用户协议」): another app's template policy (Lofi.) replaced "
        "wholesale by the app's own shorter policy; every old section is gone and five new ones come in. A report may group "
        "the removals and additions differently; it is judged by the sections it covers.",
    ),
    "timetrace-css": (
        [],
        [n("CSS only: `.TextContent` width 100% → 50%, a colour #cdcdcd → #72767d in `<style scoped>`")],
        TTNOTE + " Control (commit 「加入版本号」): the template is byte-identical.",
    ),
    "timetrace-br": (
        [],
        [n("eighteen `<br>` spacers inserted between paragraphs and before the `<h2>`s; one CSS colour rule removed")],
        TTNOTE + " Formatting only (commit 「解决页面跳转到顶部的bug」): with tags and white space stripped the text is identical.",
    ),
    "danxi-canary": (
        [],
        [n("the script re-indented and re-spaced (`import {defineComponent, computed}`, two-space indent, a blank line)"),
         n("two trailing spaces (a Markdown hard line break) removed at the end of the first paragraph of 旦夕 App 前端"),
         opt("a centred `<div>` with a link and a canary `<img>` added after the last part; its only text is the image's alt "
             "attribute (「这个图标意味着我们最近没有收到任何来自外部的数据披露请求…如果这样的事发生了，我们会移除它。」), a "
             "warrant-canary statement: reporting it as added text is tolerated, so is silence")],
        DXNOTE + " Consecutive revisions (commit 「feat: add a canary icon on Privacy page」): no policy sentence changes.",
    ),
    "howle-import": (
        [],
        [n("script only: the two component imports moved from ./navbar.vue to ../components/navbar.vue")],
        HWNOTE + " Control (commit 「add activity vue php」): the template is byte-identical.",
    ),
    "xunfrp-rewrite": (
        [c("(title)", "XunFrp 隐私政策", "XunFrp 隐私协议（Privacy Policy）", "modified", "the `#` title renamed"),
         c(PRE, "", "生效日期：2025-07-31 本团队深知隐私对您的重要性，并致力于按照《个人信息保护法》《网络安全法》等法律法规要求…",
           "added", "an effective date and an intro paragraph added before the first section"),
         c("1. 信息收集", "1.1 个人信息 … 用户名和邮箱地址 … 1.2 自动收集的信息 …",
           "1.1 账户信息：… 1.2 日志信息：… 1.3 配置数据：…", "modified",
           "section renamed 我们收集的信息, its ### 1.1/1.2 lists rewritten as three numbered paragraphs", new_sec="1. 我们收集的信息"),
         c("2. 信息使用", "提供和维护服务 / 改进用户体验 / 发送重要通知 / 技术支持和客户服务",
           "创建并维护您的账户；/ 向您提供、优化及保障服务；/ 向您发送重要通知…/ 履行法律法规义务及配合监管要求。", "modified",
           "renamed 我们如何使用信息, the list rewritten", new_sec="2. 我们如何使用信息"),
         c("3. 信息保护 / 3.2 数据保留", "账户数据在账户活跃期间保留 / 日志数据保留30天 / 删除账户后数据将被永久删除",
           "数据存储于中华人民共和国境内服务器；/ 账户信息保留至您注销后 30 天；/ 日志与配置数据保留 90 天后自动删除或匿名化处理。",
           "modified", "retention rewritten (logs 30 → 90 days, storage in the PRC) as section 3. 存储与期限",
           new_sec="3. 存储与期限"),
         c("4. 信息共享", "我们不会向第三方出售、交易或转让您的个人信息，除非：获得您的明确同意 / 法律要求或法院命令 / 保护我们的权利和安全",
           "4.1 我们不会向任何第三方出售或出租您的个人信息。4.2 在以下情形可能共享：经您明确同意；根据法律法规…；为履行服务必须…",
           "modified", "renamed 信息共享与披露, cases rewritten", new_sec="4. 信息共享与披露"),
         c("3. 信息保护 / 3.1 安全措施", "数据传输加密（HTTPS/TLS）/ 密码哈希存储 / 定期安全审计 / 访问控制和权限管理",
           "全站 HTTPS 传输；/ 密码采用 bcrypt 加盐哈希存储；/ 敏感操作…需二次验证；/ 服务器部署入侵检测、日志审计、7×24 监控。",
           "modified", "security measures rewritten as section 5. 信息安全措施", new_sec="5. 信息安全措施"),
         c("5. Cookie使用", "我们使用Cookie来：保持登录状态 / 记住用户偏好 / 分析网站使用情况 / 改进服务质量", "", "removed",
           "the cookie section dropped"),
         c("6. 用户权利", "访问您的个人信息 / 更正不准确的信息 / 删除您的账户和数据 / 限制信息处理",
           "访问、更正：登录面板「个人中心」… / 删除：注销账户后 30 天… / 撤回同意… / 投诉与举报：… 15 个工作日内答复。", "modified",
           "renamed 您的权利, rights rewritten", new_sec="6. 您的权利"),
         c("7. 儿童隐私", "我们的服务不面向13岁以下儿童。", "本服务不向 14 周岁以下未成年人开放。若您是监护人…请联系我们删除相关信息。",
           "modified", "renamed 未成年人保护, 13 → 14", new_sec="7. 未成年人保护"),
         c("8. 政策更新", "我们可能会不时更新此隐私政策。重大变更将通过邮件或网站通知用户。",
           "若发生重大变更（如处理目的、共享对象变化），我们将通过弹窗、邮件或公告提示，若您继续使用即视为接受。", "modified",
           "renamed 隐私协议更新, rewritten", new_sec="8. 隐私协议更新"),
         c("9. 联系我们", "如有隐私相关问题，请联系：邮箱：privacy@xunfrp.com 地址：中国 最后更新：2025年7月29日",
           "邮箱：support@xunfrp.com 客服QQ：123456789 工作时间：9:00-18:00 修改日期：2025.7.31", "modified",
           "contact e-mail changed, address dropped, QQ and hours added, the closing date changed")],
        [n("an object-replacement character U+FFFC alone on line 6 of the new side (left over from a rich-text paste)"),
         n("blank lines removed after headings, list markers ` - ` / ` • ` instead of `- `")],
        XFNOTE + " Consecutive revisions of docs/privacy.md (e33223f, deleted in 2e15e98, added again in 604ccbe the next "
        "day, 「Add files via upload」): the whole policy rewritten with the same nine-section outline, three sections "
        "regrouped (3. 信息保护 split into 3. 存储与期限 and 5. 信息安全措施; 5. Cookie使用 dropped).",
    ),
}


def side(pair, name, spec):
    repo, commit, path = spec
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
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
        ann = {"source": {"repo": repos[0] if len(repos) == 1 else repos, "license": NOLIC, "old": so, "new": sn},
               "changes": changes, "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
