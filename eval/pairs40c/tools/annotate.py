"""Write pairs/<name>/annotation.json for pairs40c (u40e), by hand from `git diff` of each pair and, for the HTML sides, the
page's text dumped with a plain HTMLParser (scripts and styles left out), before any run of policylens.  Format of
eval/pairs40 (and pairs39, pairs37): `changes` the true changes, one per edit place (kind `modified`, `added`, `removed`,
`moved`); `noise` what must not be reported (kind `noise`), or is tolerated either way (kind `optional`).  Texts are
excerpts, enough to find the place."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIR = "/work/.mirror"
CX, AM, AR = "cxgzsgf/cxjt", "AmoyOnePercent/AmoyOnePercent.github.io", "arror/DebugAssistant"
CA, RT, SW = "cathra/cathra.github.io", "ruotiangroup/ruotiangroup.github.io", "mc-seawind-cc/seawind"
SE, RS = "SuperEmulator/SuperEmulator.github.io", "rshinich/LifeMapPages"
SRC = {
    "cx-twrp": (CX, ("ce9817c", "隐私政策.html"), ("7473e09", "隐私政策.html")),
    "am-sdk": (AM, ("63de67e", "privacy_cn.html"), ("366928d", "privacy_cn.html")),
    "ar-scope": (AR, ("bdfa32b", "隐私政策.md"), ("1a70827", "隐私政策.md")),
    "ar-relay": (AR, ("0f59159", "隐私政策.md"), ("e3fff02", "隐私政策.md")),
    "ca-name": (CA, ("16683c8", "privacy_cn.html"), ("10aebcc", "privacy_cn.html")),
    "rt-contact": (RT, ("de950c6", "隐私政策.txt"), ("75ef251", "隐私政策.txt")),
    "sw-frame": (SW, ("f61ddfc", "隱私權政策.html"), ("f72341c", "隱私權政策.html")),
    "se-redirect": (SE, ("8f5e3bb", "privacy_cn.html"), ("ef7d866", "privacy_cn.html")),
    "rs-meta": (RS, ("881b7e4", "隐私政策.html"), ("ffd8307", "隐私政策.html")),
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


COLL, DEV, LOC, LOG, STO, CONS = (
    "一、我们如何收集信息",
    "1. 设备信息",
    "2. 位置信息",
    "4. 日志信息",
    "5.存储信息",
    "6. 经您同意后收集的其他信息",
)
A = {
    "cx-twrp": (
        [
            c(
                "(title)",
                "隐私政策：",
                "隐私政策和免责声明 / A.隐私政策",
                "modified",
                "the document becomes a privacy policy AND a disclaimer (title, part A)",
            ),
            c(
                "(preamble)",
                "…我们将无法为你提供我们的产品或服务，也无法回应…",
                "…我们将无法为你提供我们的软件服务，也无法回应…",
                "modified",
                "what is refused when data is not provided",
            ),
            c(
                DEV,
                "为了产品和服务与设备进行必要的适配及提供安全服务…会收集您使用搜狗公司产品…保障您的账号安全…您的个人信息不会被我们主动搜集",
                "为了能正常的刷入系统，我们会在您使用小狗产品或服务时搜集…防止无法正常刷入…保障您的设备刷机安全…您的个人信息（社交类型图片等）不会…",
                "modified",
                "purpose of device data (flashing the system), the company named (搜狗 → 小狗)",
                "1. 设备信息",
            ),
            c(
                LOC,
                "…行踪轨迹、精准定位信息为个人敏感信息，除具体产品或服务功能所需外，我们的产品或服务不会收集…",
                "…精准定位信息为个人敏感信息，除具体内容或服务功能所需外，我们的内容或服务不会收集…",
                "modified",
                "movement tracks dropped from the sensitive data named",
            ),
            c(
                LOC,
                "请注意，位置信息我们是无法查看的，请您不用担心…",
                "提醒：位置信息我们不会主动收集，请您不用担心…",
                "modified",
                "the promise changes from 'cannot see' to 'do not actively collect'",
            ),
            c(
                LOG,
                "…您使用的网页搜索词语、访问的页面地址…软件的版本号、浏览器类型。",
                "…您使用的访问的页面地址…软件的版本号、安卓版本类型，twrp信息。",
                "modified",
                "log data: search terms dropped, Android version and TWRP information added",
                "3. 日志信息",
            ),
            c(
                STO,
                "…如果您拒绝存储信息，可能将无法正常使用此软件。",
                "…如果您拒绝存储信息，将无法正常使用此软件。",
                "modified",
                "'may not work' becomes 'will not work'",
                "4.存储信息",
            ),
            c(
                CONS,
                "",
                "（3）ROOT信息",
                "added",
                "a third sensitive-data function (ROOT information) added",
                "5. 经您同意后收集的其他信息",
            ),
            c(
                CONS,
                "…需要您在您的设备中向我们开启您的相机（摄像头）…",
                "…需要您在您的设备中申请您的相机（摄像头）…",
                "modified",
                "wording of the permission request",
                "5. 经您同意后收集的其他信息",
            ),
            c(
                "五、您如何管理您的个人信息",
                "3. 在以下情形中，按照法律法规要求，我们将无法响应你的请求：",
                "3. 在以下情形中，按照法律法规要求，我们将无法为您提供服务和支持：",
                "modified",
                "what is refused in the listed cases",
            ),
            c(
                "(part B)",
                "",
                "B.免责声明 / 免责声明的目的是为了避免不必要的纠纷和情况，您必须要接受免责声明才可以使用相关服务和内容。",
                "added",
                "a disclaimer part added, with a sentence making its acceptance a condition of use",
            ),
            c(
                "七、关于使用此软件造成的风险说明",
                "我们与twrp无任何的直接关系，这只是一个纯粹帮助各种新手们刷机的工具。您每次使用此软件时，我们都会有显著的弹窗提醒你…不承担任何法律责任。",
                "我们与TWRP无任何的联系，这是一个帮助各种大家刷机的工具或软件。您每次使用此软件时，您应当考虑任何的风险和后果…对于您使用此软件对于设备造成各种无法正常使用行为，我们将不承担任何责任。",
                "modified",
                "risk clause rewritten: the popup warning promise dropped, the disclaimer widened",
                "二、关于使用此软件造成的风险说明",
            ),
            c(
                "三、对于可能使用该软件进行违法犯罪行为说明",
                "",
                "如果你使用该软件进行违法犯罪活动，该软件将不负任何法律责任。",
                "added",
                "a new clause on illegal use",
            ),
            c(
                "八、本政策如何更新",
                "我们的隐私政策将不定时更新。",
                "我们的隐私政策和免责声明将不定时更新。",
                "modified",
                "the update clause now covers the disclaimer",
                "C.本隐私政策和免责声明如何更新",
            ),
            c(
                "八、本政策如何更新",
                "…我们会在本页面上发布更新后的版本并且以弹框或与弹框同等显著的方式通知你本政策所做的任何变更，你同意后…",
                "…你同意后，即表示同意受经修订的本政策的约束。",
                "modified",
                "the promise to notify changes by a popup dropped",
                "C.本隐私政策和免责声明如何更新",
            ),
            c(
                "C.本隐私政策和免责声明如何更新",
                "",
                "最后修改：2022年8月29日 版次:2",
                "added",
                "a last-modified date and version line added",
            ),
        ],
        [
            n("renumbering of the collection items (4. 日志信息 → 3., 5.存储信息 → 4., 6. → 5., 7. → 6.; the old side skipped 3.)"),
            n("the chapters 六、七 renumbered 一、二 under the new part B; 八 renamed as part C (its text changes are annotated)"),
            n("markup: colour <span>s and <strong> inside the new headings, <p><br/></p> blank blocks"),
            opt("「如果您是未成年人」 → 「如果你是未成年人」 (您 → 你 only)"),
        ],
        "An HTML fragment (no <html>/<body>) of a TWRP flashing tool's policy: a v2 that adds a disclaimer part, rewrites data items, renumbers.",
    ),
    "am-sdk": (
        [
            c(
                "4. 第三方功能",
                "穿山甲SDK （Taku SDK统一管理） 第三方主体 北京巨量引擎网络技术有限公司",
                "穿山甲SDK （Taku SDK统一管理） 第三方主体 北京巨量引擎网络技术有限公司 涉及个人信息类型 设备品牌…AndroidID…设备标识符（如IMEI、OAID…）…位置信息…麦克风权限 接入SDK目的 广告投放及监测归因… 官方链接/隐私政策 https://www.csjplatform.com/privacy/partner",
                "modified",
                "the ad SDK's entry gains its data list, purposes, trigger and policy link",
            ),
            c(
                "4. 第三方功能",
                "",
                "Unity 3D 第三方主体 Unity Technologies 涉及个人信息类型 读取设备信息（…MAC 地址、IMEI、Android ID）、访问相机… 接入SDK目的 框架 官方链接/隐私政策 https://unity.cn/legal/china-privacy-policy",
                "added",
                "a new third party (Unity 3D) with the data it collects",
            ),
        ],
        [n("blank lines inside the <p> (whitespace only)")],
        "A game's built HTML policy page (<h2>/<h3>/<p>, inline CSS): the SDK list gains data for one SDK and a new SDK.",
    ),
    "ar-scope": (
        [
            c("(title)", "# API调试助理隐私政策", "# 开发工具套件隐私政策", "modified", "the product (and title) renamed"),
            c(
                "版本更新日期",
                "### 版本更新日期：2025年12月10日",
                "### 版本更新日期：2025年12月13日",
                "modified",
                "update date (an ### line)",
            ),
            c(
                "版本生效日期",
                "### 版本生效日期：2025年12月10日",
                "### 版本生效日期：2025年12月13日",
                "modified",
                "effective date (an ### line)",
            ),
            c(
                "(body)",
                "API调试助理 是由 马强 …为您提供，用于快速与主流的 API 调试程序建立连接…",
                "开发工具套件 是由 马强 …为您提供的鸿蒙开发者日常工作生活的工具套件。…",
                "modified",
                "what the product is",
            ),
            c(
                "(body)",
                "我们不会解密、记录、存储、分享您的网络数据，而是将捕获到数据通过 Socks5 协议转发给主流的 API 调试程序程序。",
                "网络调试：…我们使用 Tun2Socks 技术，将您设备的流量转发至调试工具。",
                "modified",
                "the promise not to decrypt/record/store/share network data dropped; device traffic forwarded by Tun2Socks",
            ),
            c(
                "(body)",
                "",
                "套件内包含网络调试、推送调试两个核心套件以及一些常用小工具。 / 推送调试：通过此套件您可以调试您的应用基于推送通知的业务。",
                "added",
                "a push-notification debugging kit added",
            ),
        ],
        [],
        "Markdown, a one-page app policy (dates as ### headings): product renamed and described anew, the network-data promise replaced.",
    ),
    "ar-relay": (
        [
            c(
                "版本更新日期",
                "### 版本更新日期：2025年12月14日",
                "### 版本更新日期：2025年12月24日",
                "modified",
                "update date (an ### line)",
            ),
            c(
                "版本生效日期",
                "### 版本生效日期：2025年12月14日",
                "### 版本生效日期：2025年12月24日",
                "modified",
                "effective date (an ### line)",
            ),
            c(
                "(body)",
                "开发工具套件 是由 马强 …为您提供的鸿蒙开发者日常工作生活的工具套件。",
                "Wing Relay 是由 马强 …为您提供的专注高效的网络调试辅助工具，以 “轻盈、精准、兼容” 为核心…",
                "modified",
                "the product and its description",
            ),
            c(
                "联系我们",
                "2、提交 issue：https://gitcode.com/Arror/Pusher/issues/create",
                "2、提交 issue：https://gitcode.com/Arror/DebugAssistant/issues/create",
                "modified",
                "the issue-tracker contact moved to another repository",
            ),
        ],
        [n("reflow: 「我们不会记录、存储、分享您的任何个人信息，请放心使用。」 unchanged, split out of the intro paragraph into its own")],
        "Markdown: the next edition of ar-scope's policy: dates, product description, a contact link; one unchanged sentence reflowed.",
    ),
    "ca-name": (
        [
            c(
                "4、信息的提供",
                "…滴答清单将视用户舒适度…滴答清单可能为用户提供网络互动活动…滴答清单通常要求申请者…",
                "…[每日计划]将视用户舒适度…[每日计划]可能为用户提供…[每日计划]通常要求申请者…",
                "modified",
                "another company's name (滴答清单, left from a copied template) replaced by the app's",
            ),
            c(
                "5、未成年人信息及使用",
                "…滴答清单将根据国家相关法律法规的规定保护未成年人的相关信息。",
                "…[每日计划]将根据国家相关法律法规的规定保护未成年人的相关信息。",
                "modified",
                "the same name replaced",
            ),
        ],
        [
            opt("每日计划 → [每日计划]: square brackets added around the app name in every other paragraph (words unchanged)"),
            opt("a title <h1>隐私政策</h1> added above the intro"),
            n("Jekyll front matter, the post-container frame and the language-switch script"),
        ],
        "Jekyll page source (front matter, layout) of a to-do app's policy: a leftover company name replaced; the app name bracketed throughout.",
    ),
    "rt-contact": (
        [
            c(
                "(title)",
                "隐私政策（启用于2022年8月4日 时区：UTC+08.00）",
                "隐私政策（启用于2022年11月27日0时 时区：UTC+08.00）",
                "modified",
                "effective date",
            ),
            c("(preamble)", "若天搜索的诞生离不开5iux及更多的开源软件", "", "removed", "the acknowledgement line removed"),
            c(
                "8.本隐私政策的更改",
                "联系我们：rtgp@foxmail.com",
                "联系我们：ruotian_cs@ruotian.top",
                "modified",
                "contact e-mail (Chinese part)",
            ),
            c(
                "8. Changes to this Privacy Policy",
                "contact us: rtgp@foxmail.com",
                "contact us: ruotian_cs@ruotian.top",
                "modified",
                "contact e-mail (English part)",
            ),
        ],
        [n("trailing spaces and one blank line (CRLF plain text)")],
        "Plain text (.txt, CRLF), a search site's bilingual policy (Chinese, then English): effective date, a line removed, the e-mail in both languages.",
    ),
    "sw-frame": (
        [],
        [
            n(
                "the site frame: <title> reordered, nav menu items added/removed/renamed (歷史館, 海風社區, 支持須知, 特殊裝備設計規範 …), the duplicated nav blocks removed"
            ),
            n("the hero's tag 「⚖️ 社群須知」 and divider removed (the <h1> and its subtitle unchanged)"),
            n("footer 「海風伺服器 seawind.cc」 → 「SeaWind.cc」; the site line 「網站最後修改日期 2026.04.11」 gains 「/ 總計修改 — 次」"),
            n("meta tags, scroll-progress <div>, script and CSS cache versions"),
        ],
        "zh-Hant (Taiwan) game-server site: first and last of 40 commits of its 隱私權政策 page; the policy text is unchanged, the frame is not.",
    ),
    "se-redirect": (
        [],
        [n("a <script> redirecting zh-CN browsers to cn/privacy.html added in <head>")],
        "A built HTML policy page (inline-styled <p>/<span>, Word-like): only a redirect script added.",
    ),
    "rs-meta": (
        [],
        [n('<meta name="tags" content="独立作品/LifeMap, 独立作品"> removed from <head> (a Bear note export)')],
        "A Bear-exported HTML note (an app's policy): only a <meta> tag removed.",
    ),
}


def side(pair, name, spec, repo):
    commit, path = spec
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
    full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    real = subprocess.run(
        ["git", "--git-dir", git, "rev-parse", f"{full}:{path}"], capture_output=True, check=True, text=True
    ).stdout.strip()
    assert real == blob, (pair, name, real, blob)
    return {"path": f"{repo}:{path}", "commit": full, "blob": blob, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


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
