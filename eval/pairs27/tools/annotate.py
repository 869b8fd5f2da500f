"""Write pairs/<name>/annotation.json for pairs27 (u27b), by hand from `git diff --word-diff` and a tag-stripped text diff,
before any run.  Format of eval/pairs26 (dev22d): `changes` the true changes, one per edit place; `noise` what must not be
reported (kind `optional`: tolerated either way)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {
    "colors": "JobYu/32colors",
    "pikori": "ShyBenApps/pikori-legal",
    "biblelove": "ETESY/BibleLove-legal",
    "plucknote": "chixiang/plucknote-legal",
    "capsoul": "haopeng1139/capsoul-legal",
    "smartbookmark": "howoii/smartbookmark-privacy",
    "apchat": "apchat-dev/apchat-privacy",
    "mxc": "mxc-foundation/mxc-website",
}


def c(ot, nt, old, new, kind, note=""):
    d = {"old_title": ot, "new_title": nt, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def s(t):
    return (t, t)


PK = "Pikori 隐私政策"
A = {}
for t, back in (("tw", "← 返回首頁"), ("cn", "← 返回首页")):
    title = "隱私政策" if t == "tw" else "隐私政策"
    A[f"colors-{t}-backlink"] = (
        [],
        [c(title, title, f'<a href="index.html" class="back-btn">{back}</a>', None, "markup", "a back link to the site's home removed (navigation)")],
        f"zh-{t.upper()} HTML, commit 'update': the back-to-home link above the title removed. Expected: no change.",
    )
A["pikori-langbar-retarget"] = (
    [],
    [c(PK, PK, '<a href="privacy.html">EN</a>', '<a href="privacy-en.html">EN</a>', "markup", "a language-bar link retargeted")],
    "zh-CN HTML with a `EN | DE | …` language bar: the EN link's target only. Expected: no change.",
)
A["pikori-langbar-grow"] = (
    [],
    [c(PK, PK, "EN | DE | … | PT_BR", "EN | DE | AR | HI | ID | IT | KO | NL | PL | PT_BR | TR", "markup", "language bar: nine languages added, one link per line")],
    "Language bar grown from a few links to fifteen (one `<a>` per line, ` |` separators). Expected: no change.",
)
renum = [(f"{i}. {n}", f"{i + 1}. {n}") for i, n in enumerate(
    ["国际数据传输", "我们保留数据的时长", "账户删除", "服务终止", "你的权利", "儿童", "安全", "本隐私政策的变更", "联系方式"], start=8)]
A["pikori-section-insert"] = (
    [
        c(*s("7. 谁会接收数据"), "<li>本应用的其他用户，在…在应用内可见的范围内</li>", "<li>本应用的其他用户，在…在应用内或与本应用相关的范围内可见的情况下</li>", "modified", "list item"),
        c(None, "8. 上传内容的公开可见性", None, "<h2>8. 上传内容的公开可见性</h2> + three paragraphs", "added", "a section inserted as 8."),
    ],
    [c(o, n, "<h2>" + o, "<h2>" + n, "renumber", "every later <h2> renumbered by one") for o, n in renum],
    "A section inserted as 8. with 8.–16. renumbered 9.–17., and a list item reworded. 2 changes.",
)
A["pikori-children"] = (
    [
        c(*s("14. 儿童"), "Pikori 不面向 <strong>14 岁以下</strong> 的用户。", "Pikori 不面向根据其所在国家或地区法律尚未达到…年龄的儿童。", "modified", "the age threshold replaced by the local legal age"),
        c(*s("14. 儿童"), None, "我们不会在知情的情况下收集…儿童的个人数据…", "added", "a paragraph (adjacent to the previous: one place or two)"),
    ],
    [],
    "The children clause: the fixed age 14 replaced, a paragraph added. 2 changes (adjacent).",
)
A["pikori-age-items"] = (
    [
        c(*s("2. 我们处理哪些数据"), None, "<li><strong>年龄和资格数据</strong>，例如你的出生日期或年龄范围…</li>", "added", "list item"),
        c(*s("3. 我们为何处理你的数据"), None, "<li>检查用户资格，应用适合年龄的安全设置…</li>", "added", "list item"),
    ],
    [],
    "Commit 'Added legal text v2 files': two list items added in two sections. 2 changes.",
)
A["pikori-visibility"] = (
    [
        c(*s(PK), "最后更新：19.04.2026", "最后更新：28.05.2026", "date"),
        c("8. 上传内容的公开可见性", "8. 上传内容的可见性", "8. 上传内容的公开可见性", "8. 上传内容的可见性", "renamed", "heading reworded (公开 dropped); same section"),
        c("8. 上传内容的公开可见性", "8. 上传内容的可见性", "Pikori 是围绕公开的每日挑战设计的。当你上传投稿…", "Pikori 是围绕每日创意挑战设计的。当你上传或分享投稿…", "modified"),
        c("8. 上传内容的公开可见性", "8. 上传内容的可见性", "上传的媒体可能会通过公开或可分享的媒体链接进行存储和提供…", "投稿媒体不能通过永久公开存储链接访问…/头像图片可通过媒体链接公开访问…", "modified", "one paragraph replaced by two"),
        c("8. 上传内容的公开可见性", "8. 上传内容的可见性", "因此，请不要上传你认为属于私人…不适合公开分享的内容。", "其他用户可能会保存…录屏或分享…因此，请不要上传…不适合与 Pikori 社区分享的内容。", "modified"),
        c(*s("10. 我们保留数据的时长"), "<li>上传内容会在你的账户保持活跃期间被保留，除非…而删除</li>", "…而删除；缓存副本，包括用户设备上的缓存数据，可能会…暂时保留</li>", "modified", "list item extended"),
        c(*s("11. 账户删除"), None, "<li>缓存副本，包括用户设备上的缓存数据，可能会暂时保留在我们无法直接控制的范围之外</li>", "added", "list item"),
        c(*s("11. 账户删除"), "但备份和基础设施副本可能不会在所有系统中立即删除", "但备份、基础设施和缓存副本可能不会在所有系统或所有设备上立即删除", "modified"),
    ],
    [],
    "Commit 'private submission bucket and cache texts': a date, section 8 retitled and rewritten, cache copies in 10. and 11. 8 changes (the three of section 8 may be reported as fewer, larger entries).",
)
A["pikori-security"] = (
    [
        c(*s("15. 安全"), "…丢失或篡改。但任何存储或传输方法都无法保证绝对安全。", "…丢失或更改。然而，任何存储或传输方式都不可能完全安全。", "modified", "reworded"),
        c(*s("15. 安全"), None, "尽管我们努力保护本 App 和用户数据，但无法保证…不对…负责。", "added", "a liability paragraph"),
    ],
    [],
    "Commit 'in regards to getting hacked': the security clause reworded, a liability paragraph added. 2 changes.",
)
A["pikori-address"] = (
    [
        c(*s("1. 数据控制者"), "<strong>ShyBen Apps</strong>", "<strong>Martin Scheibenreif</strong> 以 ShyBen Apps 名义运营 Volksbadgasse 2b/d/2 2700 Wiener Neustadt", "modified", "the controller's name and postal address (lines broken with <br />)"),
        c(*s("1. 数据控制者"), None, "<p>有关提供方的更多信息，请参阅我们的 <a>法律声明</a>。</p>", "added", "a paragraph pointing to the imprint (adjacent)"),
    ],
    [],
    "Commit 'name and address': the controller's identity and address, a pointer to the imprint. 2 changes (adjacent).",
)
A["biblelove-sdk"] = (
    [
        c(*s("4. 第三方服务"), "<li><strong>OpenAI / Anthropic：</strong>用于生成 AI 灵修和同行聊天回复…</li>", "<li><strong>Google Gemini API：</strong>用于生成 AI 灵修、经文解释和同行聊天回复…</li>", "modified", "SDK list item: the AI provider replaced"),
        c(*s("4. 第三方服务"), None, "<li><strong>Sign in with Apple：</strong>用于可选的账号登录。</li>", "added", "SDK list item"),
    ],
    [],
    "A third-party service list: one item's provider replaced, one item added. 2 changes.",
)
A["biblelove-drop"] = (
    [c(*s("4. 第三方服务"), "<li><strong>Sign in with Apple：</strong>用于可选的账号登录。</li>", None, "removed", "SDK list item")],
    [],
    "The Sign in with Apple item removed again. 1 change.",
)
A["plucknote-email"] = (
    [c(*s("联系方式"), "<li>邮箱：privacy@plucknote.com</li>", "<li>邮箱：chixiang1983@gmail.com</li>", "contact")],
    [],
    "Commit '更新地址邮箱': the contact e-mail in a list. 1 change.",
)
A["capsoul-membership"] = (
    [
        c(*s("隐私政策"), "最后更新：2026 年 7 月 27 日", "最后更新：2026 年 8 月 1 日", "date"),
        c(*s("1. 我们收集的信息"), "<li><strong>购买与封存额度：</strong>…交易 ID、发放…</li>", "<li><strong>购买、会员与封存额度：</strong>…交易 ID 与原始交易 ID、订阅状态与付费周期、发放…</li>", "modified", "list item"),
        c(*s("1. 我们收集的信息"), None, "<li><strong>Personal 胶囊控制数据：</strong>…</li>", "added", "list item"),
        c(*s("3. 储存与服务提供商"), "已开启胶囊可能保存为本地文档", "已开启共享胶囊可能保存为本地文档", "modified", "one word (共享) added"),
        c(*s("3. 储存与服务提供商"), None, "<p>Personal Capsoul 使用 AES-256-GCM 在设备上加密…</p>", "added", "paragraph"),
        c(*s("5. 保留与删除"), None, "<p>退出登录会从本机移除已登录账户的 Personal 密钥材料…</p>", "added", "paragraph"),
    ],
    [],
    "Commit 'add membership and local Personal policy': a date, two list items (one reworded, one added), a word, two paragraphs. 6 changes.",
)
A["smartbookmark-favicon"] = (
    [],
    [c(None, None, None, '<link rel="icon" href="favicon.ico" type="image/x-icon">', "markup")],
    "A favicon <link> in <head>. Expected: no change.",
)
A["apchat-sections"] = (
    [
        c(*s("5. 数据存储与安全"), "…我们实施合理的技术和组织措施以防止未经授权的", "…我们实施合理的技术和组织措施，以防止未经授权的访问、修改、披露或破坏。", "modified", "the old file was cut off mid-sentence (no closing tags at all); the sentence completed"),
        c(None, "6. 数据保留", None, "<h3>6. 数据保留</h3> + paragraph", "added", "section"),
        c(None, "7. 用户权利", None, "<h3>7. 用户权利</h3> + paragraph", "added", "section"),
        c(None, "8. 政策变更", None, "<h3>8. 政策变更</h3> + paragraph", "added", "section"),
        c(None, "9. 联系我们", None, "<h3>9. 联系我们</h3> + paragraph with e-mail", "added", "section"),
    ],
    [c(None, None, None, "<footer>© 2025 APChat。版权所有。</footer>", "optional", "a copyright footer added")],
    "The old file is truncated (unclosed <section>, <main>, <html>); the new one completes section 5 and adds sections 6–9 in <section><h3>. 5 changes.",
)
G = "Data protection provisions about the application and use of "
mx = ["Google-AdWords", "Instagram", "LinkedIn", "SlideShare", "Twitter", "Xing", "YouTube"]
mx_renum = [(f"{i + 1}. {G}{n}", f"{i}. {G}{n}") for i, n in enumerate(mx, start=16)] + [
    (f"{i + 1}. {n}", f"{i}. {n}") for i, n in enumerate(
        ["Legal basis for the processing", "The legitimate interests pursued by the controller or by a third party",
         "Period for which the personal data will be stored", "Provision of personal data as statutory or contractual requirement; …",
         "Existence of automated decision-making"], start=23)]
A["mxc-hant-googleplus"] = (
    [
        c(f"16. {G}Google+", None, f"<h2>16. {G}Google+</h2> + eight paragraphs", None, "removed", "a section removed"),
        c(f"23. {G}YouTube", f"22. {G}YouTube", "https://www.youtube.com/yt/about/en/ (three times in one paragraph)", "https://www.youtube.com/intl/en/about/", "modified", "a link's URL, shown as text"),
    ],
    [c(o, n, "<h2>" + o, "<h2>" + n, "renumber") for o, n in mx_renum]
    + [
        c(None, None, None, "<p>&zwj;</p> (a paragraph of one zero-width joiner)", "markup", "an empty Webflow paragraph"),
        c(None, None, "<!-- Last Published: … -->", "<!-- Last Published: … -->", "markup"),
        c(None, None, "footer LinkedIn jobs link", "another URL", "markup"),
    ],
    "Long Webflow/Crowdin zh-Hant export (86 KB; sections 4–27 left in English): the Google+ section 16 removed, 17.–28. renumbered 16.–27., a YouTube URL. 2 changes.",
)
A["mxc-hant-reexport"] = (
    [],
    [c(None, None, "<nav> links on one line", "<nav> links one per line, re-indented; a Huobi Pool link", "markup"),
     c(None, None, None, '<meta name="description" …> ×3, og:type, twitter:card', "markup")],
    "A Webflow re-export: nav and footer re-indented (one link per line), <meta> tags; the policy text is unchanged. Expected: no change.",
)
A["mxc-hant-footer"] = (
    [],
    [c(None, None, "Copyright © 2020 MXC Foundation.", "Copyright © 2021 MXC Foundation.", "optional", "the site footer's year"),
     c(None, None, "reddit.com/r/MXCFoundation/", "reddit.com/r/MXC_Foundation/", "markup", "footer link"),
     c(None, None, "an embed's <div>s on three lines", "on one line", "markup")],
    "A re-publish: the footer's copyright year, a footer link, an embed re-wrapped. Expected: no change (the copyright year tolerated).",
)

src = {}
for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
    pair, side, commit, blob, size, sha, path = line.split()
    src.setdefault(pair, {})[side] = {"path": path, "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}
assert set(src) == set(A), set(src) ^ set(A)
for pair, (changes, noise, notes) in sorted(A.items()):
    repo = REPOS[pair.split("-")[0]]
    lic = "LICENSE file in the repository" if repo == "JobYu/32colors" else "none seen in the repository; kept for evaluation only"
    ann = {"source": {"repo": repo, "license": lic, **src[pair]}, "changes": changes, "noise": noise, "notes": notes}
    with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "annotations", sum(len(v[0]) for v in A.values()), "changes")
