"""Write pairs/<name>/annotation.json for pairs37 (u37p), by hand from `diff`/`git diff --word-diff` of each pair (and, for
HTML sides, the page's text dumped with a plain HTMLParser), before any run of policylens.  Format of eval/pairs36:
`changes` the true changes, one per edit place (a paragraph, a list item, a dated line, a new item of a numbered list);
`noise` what must not be reported (kind `optional`: tolerated either way).  Texts are excerpts, enough to find the place."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIR = "/work/.mirror"
# pair -> (repo, old (commit, path) or opencc spec, new (commit, path))
SRC = {
    "sn-sdk": ("sanuya/sanuya.github.io", ("5c769451a7746e8aa54a7f38a0fbaf21bce93176", "source/_posts/thirdPartySDK.md"),
               ("90010a6", "source/_posts/thirdPartySDK.md")),
    "sn-md-html": ("sanuya/sanuya.github.io", ("5c769451a7746e8aa54a7f38a0fbaf21bce93176", "source/_posts/privacyPolicy.md"),
                   ("97bf49e", "privacyPolicy/index.html")),
    "pp-wxml": ("SheltonMark/pingpong", ("b14cbf4^", "pages/privacy/privacy.wxml"), ("b14cbf4", "pages/privacy/privacy.wxml")),
    "rb-tsx": ("RainbowXXX/RainBlog", ("9e05d7a", "app/privacy/page.tsx"), ("0a89be1", "app/privacy/page.tsx")),
    "mp-html-md": ("smile-rr/moments-plus", ("58d6fcf", "backup/privacy-zh.html"), ("58d6fcf", "src/content/privacy/zh.md")),
    "mp-email": ("smile-rr/moments-plus", ("58d6fcf", "src/content/privacy/zh.md"), ("26897f5", "src/content/privacy/zh.md")),
    "mp-en": ("smile-rr/moments-plus", ("58d6fcf", "src/content/privacy/en.md"), ("26897f5", "src/content/privacy/en.md")),
    "sw-edit": ("Astrian/switshot", ("91d974a", "docs/docs/zh-cn/privacy-policy.md"), ("28dad6d", "docs/docs/zh-cn/privacy-policy.md")),
    "sw-hant": ("Astrian/switshot", ("opencc:s2twp(60260d3)", "docs/docs/zh-cn/privacy-policy.md"),
                ("91d974a", "docs/docs/zh-cn/privacy-policy.md")),
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


SW_SYNC = [
    c("云同步", "…服务由云上贵州大数据产业发展有限公司运营。", "…服务由云上艾珀（贵州）技术有限公司（下称云上贵州）运营。", "modified", "operator renamed"),
    c("云同步", "…同步到 iCloud 服务或 iCloud（由云上贵州运营）服务。…的服务器中跨设备同步。",
      "…服务（根据阁下的 Apple ID 区域不同）。…服务的服务器中跨设备同步。", "modified"),
    c("云同步", None, "若阁下需要检查 Apple ID 所属的 iCloud 服务运营主体：- 进入 iOS 设置 app - 点击顶部… - 在顶部「存储空间」一栏…", "added",
      "a new lead-in and a three-item list (one edit place)"),
    c("云同步", "…阁下可以选择随时关闭 Switshot 的 iCloud 功能进行跨设备同步。", "…阁下可以选择随时在 iOS 系统设置中关闭 Switshot 的云同步功能。", "modified"),
]

A = {
    "sn-sdk": (
        [c(None, "1、融云 SDK 功能/服务：提供移动端IM通信能力 … 隐私政策链接：https://www.rongcloud.cn/privacy", None, "removed",
           "the first SDK entry (six lines) dropped from the list")],
        [n("the other ten entries renumbered 2、…11、 → 1、…10、 (numbering only)"),
         n("Aspose.Words regenerated the HTML: the title moved out of a header <div>, spans merged, long lines wrapped at spaces (安卓\\nID), a .Footer style"),
         n("Hexo front matter")],
        "An SDK list (Aspose HTML inside a Hexo post) regenerated with one SDK (融云) removed: 1 change; the renumbering of the rest is noise.",
    ),
    "sn-md-html": (
        [
            c(None, None, "更新时间：2023年3月28日", "added", "a third dated line"),
            c("一、我们如何收集和使用您的个人信息", None, "3、认证服务 依照相关法律法规的要求…身份证件号码、真实姓名…", "added", "a new numbered item"),
            c("一、我们如何收集和使用您的个人信息", None, "4、实时语音直播功能 当您使用实时语音直播功能时…录音（麦克风）权限…", "added", "a new numbered item"),
            c("一、我们如何收集和使用您的个人信息", None, "7、信息发布功能 （1）当您使用上传图片等信息发布功能时…（2）…剪切板…", "added", "a new numbered item"),
            c(None, "我们接入的第三方SDK目录详见", "撒吖接入的第三方SDK目录详见", "modified", "wording"),
            c(None, "…并在15个工作日内予以回复。", "…并在15日内予以回复。", "modified", "reply period changed"),
        ],
        [n("the old items 3–7 renumbered 5, 6, 8, 9, 10 around the new ones (numbering only)"),
         n("the Hexo page's chrome: site name, Home/Archives menu, post date and category, share, previous/next post, categories, archives, recent posts, footer with contact"),
         n("Hexo front matter (title, date, categories) of the Markdown side"),
         opt("「，，」 → 「，」 (a doubled comma removed)"), opt("「…的用户；2、权限撤回」 → 「…的用户。2、」 (punctuation)"),
         opt("「1）」 put before the address line of the contact list")],
        "A Hexo post (Aspose HTML in Markdown) against the generated page of a later edition (2023-03-28): new items inserted into a numbered list, the rest renumbered, two wordings, a date.",
    ),
    "pp-wxml": (
        [c("四、联系我们", "…请联系我们：privacy@example.com", "…请联系我们：1519308382@qq.com", "modified", "placeholder e-mail replaced")],
        [n("WXML markup, the {{updateDate}} binding")],
        "A WeChat mini-program page: the contact e-mail placeholder replaced (the same page also holds the user agreement block).",
    ),
    "rb-tsx": (
        [],
        [n("unused imports (Link, Button, ArrowLeft) removed"), n("JSX reflow: <p> and <li> contents moved onto their own lines or joined")],
        "A Next.js page reformatted (prettier-style reflow) with unused imports removed: no change.",
    ),
    "mp-html-md": (
        [],
        [opt("「最后更新：2026年1月」 in the page's body → front matter `lastUpdated: 2026-01-01` (the date left the text)"),
         n("the page's navigation (时刻+, EN / 中文 / 日本語) and footer (隐私政策 / 使用条款 / 支持, ©): chrome"),
         n("the page's h1 「隐私政策」 → front matter title"), n("the e-mail address made a mailto link")],
        "A static HTML page moved into an Astro content Markdown file (same commit): the same text.",
    ),
    "mp-email": (
        [c("联系方式", "电子邮件：[moments-plus@outlook.com](…)", "电子邮件：[support@moments-plus.com](…)", "modified")],
        [], "The support e-mail changed.",
    ),
    "mp-en": (
        [c("Contact", "Email: [moments-plus@outlook.com](…)", "Email: [support@moments-plus.com](…)", "modified")],
        [], "English: the support e-mail changed.",
    ),
    "sw-edit": (
        [
            c("(tldr)", "…但仅用于 Beta 测试中开发者进行额外诊断的目的。", "…但仅用于 beta 测试中开发者联系并进行额外诊断的目的。", "modified"),
            c("信息收集", "- 设备网络信息", "- 设备网络状况信息", "modified"),
            c("信息收集", "- 阁下请求传输的媒体文件（如视频、音频、图片等）…", "- 阁下请求在 Switshot 处理的媒体文件（包括但不限于…）…", "modified"),
            c("信息收集", "…额外元信息，如标签、收藏标记、结构化信息等", "…额外元信息，包括但不限于标签、收藏标记、结构化信息", "modified"),
            c("云同步", "…这些数据将仅在本地进行处理，不会被发送。此外，Switshot 中的数据将会在…跨设备同步。",
              "…与 Apple ID 相关的数据将仅在本地进行处理，不会被发送。", "modified", "a sentence dropped"),
            c("云同步", "若阁下不同意 iCloud 服务或…相关的隐私政策或用户协议，…", "若阁下不希望 Switshot 中的数据上传至 iCloud 服务或…服务，…", "modified"),
            c("云同步", "阁下可在以下网站查阅 Apple 服务或 iCloud 相关法律资料：", "阁下可在以下链接查阅 iCloud 服务及 iCloud（由云上贵州运营）服务的相关法律资料：", "modified"),
            c("分析与改进", "…它允许 iOS 阁下在使用 Switshot 时，该功能可能会自动收集…聚合或者采用无法识别您的个人身份的形式。",
              "…在阁下使用 Switshot 时，自动收集…聚合，或者采用无法识别阁下个人身份的形式进行预先处理。", "modified"),
            c("分析与改进", "…的崩溃数据共享给我们；崩溃数据中…", "…的诊断数据共享给开发者；诊断数据中…包括但不限于…", "modified"),
            c("分析与改进", "请访问以下网站，了解…", "请访问以下链接，了解…", "modified"),
            c("分析与改进", "*以上列表不代表 Apple 服务或「App 分析与隐私」功能…", "*以上列表不代表 Apple 服务或「分析与改进」功能…", "modified"),
            c("Beta 测试", "…进行 Beta 测试，用以在 Switshot 未发布的新版本中改善…", "…进行 beta 测试，用以在 Switshot 未发布的新版本中测试并改善…", "modified"),
            c("Beta 测试", "…收集更多信息，包括更详细的崩溃日志及操作记录等等。…当测试期满或阁下额外请求…",
              "…包括但不限于更详细的崩溃日志及操作记录。…当测试期满或收到阁下的额外请求…", "modified"),
            c("Beta 测试", "…已加入 Beta 测试也可随时退出…请访问以下网站：", "…若阁下已加入 beta 测试，也可随时退出…请访问以下链接：", "modified"),
        ],
        [opt("下称开发者 → 下称「开发者」 (quotes)")],
        "A copy-edit of a Markdown policy: fourteen paragraphs and list items reworded (scope words, a dropped sentence, terms renamed).",
    ),
    "sw-hant": (
        SW_SYNC,
        [n("script and Taiwan wording of unchanged text (OpenCC s2twp of the old side: 資訊, 裝置, 資料, 使用者, 檔案 …)")],
        "Cross-script: the zh-Hans text of 60260d3 converted to Taiwan traditional (OpenCC s2twp) against the edited zh-Hans text of 91d974a (two commits later): 4 changes.",
    ),
}


def side(pair, name, spec, repo):
    commit, path = spec
    data = open(os.path.join(HERE, "pairs", pair, name), "rb").read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    if not commit.startswith("opencc:"):
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
