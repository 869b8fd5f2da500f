"""Write pairs/<name>/annotation.json for pairs40 (u40d), by hand from `git diff` of each pair and, for the HTML sides, the
page's text dumped with a plain HTMLParser (scripts and styles left out), before any run of policylens.  Format of
eval/pairs39 (and pairs37): `changes` the true changes, one per edit place (kind `modified`, `added`, `removed`, `moved`);
`noise` what must not be reported (kind `optional`: tolerated either way).  Texts are excerpts, enough to find the place."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIR = "/work/.mirror"
HJ, IG, MS, YQ = "hellojiawa/hellojiawa.github.io", "igameinc/202106", "LuckyGas/Miniswap-Website", "100-Y/100-y.github.io"
P1, P2 = "隐私政策.html", "隐私政策2.html"
SRC = {
    "hj-move": (HJ, ("6ada162", P1), ("7b47353", P1)),
    "hj-rights": (HJ, ("132c9dd", P1), ("70c1181", P1)),
    "hj-data": (HJ, ("0fbe245", P1), ("1d2a29e", P1)),
    "hj-sdk": (HJ, ("1d2a29e", P1), ("df6aea6", P1)),
    "wa-2025": (HJ, ("a32bc92", P2), ("63de36d", P2)),
    "hj-hant": (HJ, ("opencc:s2twp(04df546)", P1), ("e6ff08e", P1)),
    "ig-contact": (IG, ("b034318", "yinsi.html"), ("980a09b", "yinsi.html")),
    "ig-sidebar": (IG, ("980a09b", "yinsi.html"), ("1822879", "yinsi.html")),
    "ms-links": (MS, ("dcf443d", P1), ("226f19b", P1)),
    "yq-mark": (YQ, ("8520c098e", "_pages/privacy.md"), ("80d30438b", "_pages/privacy.md")),
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


PERM, COLL, USE, THIRD, RIGHTS, CONTACT = "隐私权限说明", "信息的收集", "信息的使用", "附加的第三方服务", "个人信息权益", "联系我们"
COLONS = n("the headings 附加的第三方服务 and 个人信息权益 gain a colon (「附加的第三方服务：」): formatting, no rename")
SDK25 = [
    c(COLL, "2. …本SDK会获取IMEI、MAC、ANDROID ID…等信息，只在展示广告时使用，不涉及信息的收集。",
      "2. …本SDK会获取IMEI、设备MAC地址、IP、OAID、ANDROID ID…等信息，用于广告投放及广告反作弊。", "modified",
      "data collected by the ad SDK (IP, OAID added) and its purpose"),
    c(USE, "对于免费版用户，穿山甲SDK获取…等信息，只用来进行展示广告，不会用来做任何其他用途。",
      "对于免费版用户，穿山甲SDK获取设备序列号、粘贴板信息、…IP、OAID…等信息，用于广告投放及广告反作弊。", "modified",
      "use statement: data list and purpose (the promise 'no other use' dropped)"),
    c(THIRD, "对于免费版用户，应用内集成的[穿山甲、巨量引擎]SDK获取ANDROID ID、IMSI、陀螺仪传感器、软件安装列表信息…",
      "SDK名称：穿山甲广告SDK / 涉及个人信息：设备标识符（如IMEI…）… / 合作方主体：北京巨量引擎网络技术有限公司 / 使用目的 / 使用场景 / 收集方式 / 官网链接 / 隐私政策链接",
      "modified", "the third-party paragraph replaced by an SDK list entry (data, company, purpose)"),
    c(THIRD, "", "SDK名称：华为应用内支付SDK / 合作方主体：华为软件技术有限公司 / 收集个人信息类型：交易信息 / 使用目的：完成支付服务 / 隐私政策链接", "added",
      "a new third party (Huawei in-app payment SDK, transaction data)"),
    c(RIGHTS, "如果你终止使用本应用，并想删除个人信息，请随时联系我们，我们将立即删除你的闪退日志、反馈等信息。",
      "根据《个人信息保护法》第十五条、第十六条，用户有权撤回对个人信息处理的同意。… 发送邮件至 495572997@qq.com … 我们将在15个工作日内响应你的请求…",
      "modified", "the deletion promise replaced by a right to withdraw consent, with a 15-working-day response"),
    c(CONTACT, "微信：camera180", "", "removed", "a contact channel (WeChat) removed"),
]

A = {
    "hj-move": (
        [
            c(PERM, "(after 信息的使用)", "(first section after the preamble)", "moved", "the section 隐私权限说明 moved from after 信息的使用 to the top"),
            c(PERM, "3. 穿山甲SDK会获取手机IMEI、MAC、安装应用列表等信息，目的是提供可靠稳定的服务",
              "3. 穿山甲SDK会获取手机IMEI、MAC、ANDROID ID等信息，目的是用来投放广告", "modified", "data item and purpose of the ad SDK"),
            c(COLL, "应用中集成了com.pangle.cn:ads-sdk-pro(穿山甲)，本SDK不涉及信息的收集",
              "…本SDK会获取IMEI、MAC、ANDROID ID等信息，只在投放广告时使用，不涉及信息的收集。", "modified", "the SDK now collects identifiers"),
            c(USE, "我们只会为提供或改进我们的产品、服务和广告宣传之目的而与第三方共享个人信息；…我们有义务要求上述合作伙伴严格遵守保密约定…",
              "我们十分注重用户的隐私安全，对于软件收集的闪退日志、反馈信息，我们不会向第三方的销售目的与第三方共享个人信息…", "modified",
              "sharing statement rewritten (sharing for advertising purposes and the partners' duty dropped)"),
            c(USE, "我们可适时向合作伙伴提供您使用智能终端的统计性信息，以上统计性信息不涉及您的姓名…",
              "对于穿山甲SDK获取的IMEI\\ANDROID ID等信息，只用来进行广告投放，不会用来做任何其他用途。", "modified",
              "statistics shared with partners replaced by the SDK's use of identifiers"),
            c(THIRD, "…SDK获取IMSI信息，目的是反作弊、统计分析、减少App崩溃、提供可靠稳定的服务。…",
              "…SDK获取ANDROID ID、IMSI信息，…", "modified", "ANDROID ID added, the purposes dropped"),
            c("反馈信息", "我们会收集你的反馈信息，用于帮你进行故障处理。", "", "removed", "the section 反馈信息 removed"),
            c(CONTACT, "", "如果您对本隐私政策有任何疑问…通过以下方式与我们联系： 邮箱：495572997@qq.com", "added", "a contact section (e-mail) added"),
        ],
        [],
        "Plain HTML (no frame): a section moved to the top, five edits, a section removed, a contact section added.",
    ),
    "hj-rights": (
        [
            c(PERM, "3. 穿山甲SDK会获取…等信息，目的是用来投放广告",
              "3. 对于免费版用户，穿山甲SDK会获取…等信息，目的是用来投放个性化广告（软件不强制获取本权限）", "modified",
              "scope (free users), personalised ads, permission not forced"),
            c(USE, "…只用来进行广告投放，不会用来做任何其他用途。", "…只用来进行个性化广告投放，不会用来做任何其他用途。", "modified", "personalised ads"),
            c(RIGHTS, "", "如果你终止使用本应用，并想删除个人信息，请随时联系我们，我们将立即删除你的闪退日志、反馈等信息。", "added",
              "a rights section (deletion) added"),
            c(CONTACT, "", "微信：lerppp", "added", "a contact channel (WeChat) added"),
        ],
        [n("信息的收集: its three paragraphs gain list numbers 1. 2. 3. (no word changed)")],
        "Plain HTML: a rights section added, a contact added, two edits; numbering added to three paragraphs.",
    ),
    "hj-data": (
        [
            c("(preamble)", "更新日期：2022年08月", "更新日期：2023年08月", "modified", "the update date"),
            c(PERM, "4. …ANDROID ID、软件安装列表等信息，目的是用来投放个性化广告…",
              "4. …ANDROID ID、位置信息、陀螺仪传感器、软件安装列表等信息，目的是用来展示广告…", "modified", "location and gyroscope data added; purpose"),
            c(COLL, "2. …只在投放广告时使用…", "2. …只在展示广告时使用…", "modified", "purpose wording (投放 → 展示)"),
            c(USE, "…只用来进行个性化广告投放…", "…只用来进行展示广告…", "modified", "purpose (personalised ads dropped)"),
            c(THIRD, "…SDK获取ANDROID ID、IMSI、软件安装列表信息…", "…SDK获取ANDROID ID、IMSI、陀螺仪传感器、软件安装列表信息…", "modified", "gyroscope data added"),
        ],
        [],
        "Plain HTML: the date, data items added (location, gyroscope) and the ad purpose reworded in four places.",
    ),
    "hj-sdk": (
        [
            c("(preamble)", "更新日期：2023年08月", "更新日期：2025年06月", "modified", "the update date"),
            c(PERM, "4. …手机IMEI、MAC、ANDROID ID、位置信息、陀螺仪传感器…", "4. …手机IMEI、设备MAC地址、IP、OAID、ANDROID ID、陀螺仪传感器、位置信息…", "modified",
              "IP and OAID added to the data the ad SDK collects"),
        ] + SDK25,
        [COLONS],
        "Plain HTML: a 2025 rewrite for app-store compliance: an SDK list with companies and data, a new payment SDK, a new rights clause, a contact removed.",
    ),
    "wa-2025": (
        [
            c("(preamble)", "更新日期：2023年12月", "更新日期：2025年06月", "modified", "the update date"),
            c(PERM, "3. 本应用获取您的定位权限，目的是为了让照片包含位置信息。", "3. 本应用获取您的定位权限，目的是为了让照片包涵拍摄地点。", "modified",
              "purpose of the location permission reworded"),
            c(PERM, "5. …穿山甲SDK会获取IP地址、SN个人信息、SSID、BSSID、手机IMEI…", "5. …穿山甲SDK会获取设备序列号、粘贴板信息、手机IMEI、设备MAC地址、IP、OAID…位置信息…",
              "modified", "the ad SDK's data list (clipboard, OAID, location added; SSID/BSSID dropped)"),
        ] + SDK25,
        [COLONS],
        "Plain HTML (the same developer's second app, 广角相机): the same 2025 rewrite.",
    ),
    "hj-hant": (
        [c(PERM, "", "3. 本应用需要获取加速度传感器数据，目的是为了保存照片或视频的方向。", "added", "a new permission (accelerometer data) and purpose")],
        [n("script and Taiwan wording of unchanged text (OpenCC s2twp of the old side: 資訊, 裝置, 使用者, 許可權, 軟體 …)"),
         n("the item 3 → 4 renumbered after the insertion")],
        "Cross-script: the page at 04df546 converted to Taiwan traditional (OpenCC s2twp) against the zh-Hans page at e6ff08e: one permission added.",
    ),
    "ig-contact": (
        [c("隐私说明", "", "如果想删除人物请证明身份，确保你是学生家长 （以免某些人干坏事）", "added",
           "a condition on deletion requests: prove you are a pupil's parent (two lines)")],
        [n("the page frame of a WordPress-style theme written in <div>s: header menu, announcement drop-down, sidebar widgets "
           "(每日一曲, 热门标签 with pupils' names), footer links, © line")],
        "A hand-built class site (Bootstrap/WordPress-like theme, no <main>/<article>): two lines added to the 隐私说明 notice.",
    ),
    "ig-sidebar": (
        [],
        [n("the sidebar's 每日一曲 widget: four songs and their dates replaced"), n("the same page frame as ig-contact")],
        "Two commits of the same page: only the sidebar's song widget changed.",
    ),
    "ms-links": (
        [],
        [n("the header and footer links got targets (href=\"#\" → ./首页.html, GitHub, 白皮书.pdf …): words unchanged"),
         n("the page holds the policy twice (desktop and mobile blocks) in <div>s, with a nav and a footer (© Miniswap 2018-2020)")],
        "A token site's 隐私政策 page: only the link targets of its frame changed.",
    ),
    "yq-mark": (
        [],
        [n("**x** → **<mark>x</mark>** emphasis markup, and spaces around it (广告** cookie → 广告</mark>**cookie)")],
        "Jekyll (al-folio) page source: markup only (<mark> inside bold), bilingual.",
    ),
}


def side(pair, name, spec, repo):
    commit, path = spec
    data = open(os.path.join(HERE, "pairs", pair, name), "rb").read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
    if commit.startswith("opencc:"):
        inner = commit[len("opencc:s2twp("):-1]
        full = subprocess.run(["git", "--git-dir", git, "rev-parse", inner], capture_output=True, check=True, text=True).stdout.strip()
        commit = f"opencc:s2twp({full})"
    else:
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
