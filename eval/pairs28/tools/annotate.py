"""Write pairs/<name>/annotation.json for pairs28 (u28b), by hand from `git diff --word-diff` and a tag-stripped text diff,
before any run.  Format of eval/pairs26 (dev22d): `changes` the true changes, one per edit place (a paragraph, a list
item, a heading); `noise` what must not be reported (kind `optional`: tolerated either way)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {
    "bookra": "Allan-Pan9889/bookra-website",
    "solo": "AuCu1608/solo_pantry_pages",
    "kabe": "20200207noon-art/kabe-privacy",
    "beadcube": "FinnGra/BeadCube",
    "lostbuddy": "cwvhuang-euxlab/lost-buddy-policy",
    "zenmaster": "ecomclaude-code/zenmaster-privacy",
    "daonale": "fenghc66/daonale-pages",
    "fridgenie": "fridgenie-app/fridgenie.app",
    "babymo": "jever789/babymo",
}


def c(ot, nt, old, new, kind, note=""):
    d = {"old_title": ot, "new_title": nt, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def s(t):
    return (t, t)


A = {}
BK = "隐私政策"
A["bookra-pricing"] = (
    [],
    [c(BK, BK, None, '<a href="pricing-zh.html">价格</a>', "markup", "a 价格 link added to the header nav and to the footer's product list")],
    "zh-CN Tailwind page, commit 'add pricing page': a navigation link in the header and the footer. Expected: no change.",
)
A["bookra-email"] = (
    [
        c(*s("如何行使您的权利"), "<li>通过 privacy@bookra.im 联系我们</li>", "<li>通过 support@bookra.im 联系我们</li>", "modified", "list item, e-mail"),
        c(*s("儿童隐私"), "…请通过 privacy@bookra.im 与我们联系。", "…请通过 support@bookra.im 与我们联系。", "modified", "e-mail in a paragraph"),
        c(*s("联系我们"), "电子邮件：privacy@bookra.im / 支持：support@bookra.im", "邮件支持：support@bookra.im", "modified", "two contact lines (<p>) become one: the privacy address dropped, the label reworded"),
        c(*s("服务条款"), "…请通过 legal@bookra.im 与我们联系。", "…请通过 support@bookra.im 与我们联系。", "modified", "e-mail in a paragraph"),
    ],
    [],
    "Commit 'unify every e-mail to support@': three addresses replaced, two contact lines merged. 4 changes.",
)
A["bookra-generic"] = (
    [
        c("我们在哪里存储您的数据", "数据存储", "我们在哪里存储您的数据", "数据存储", "renamed", "h3 reworded; same subsection"),
        c("我们在哪里存储您的数据", "数据存储", "您的数据使用 Supabase（…）进行安全存储。数据存储在位于美国的服务器上…", "您的数据通过行业领先的云服务提供商进行安全存储…", "modified", "Supabase/US servers dropped"),
        c(*s("服务提供商"), "…共享您的信息：", "…共享您的信息，包括但不限于：", "modified", "lead-in of the list"),
        c(*s("服务提供商"), "<li>Supabase：数据库和身份验证服务</li>", "<li>云服务提供商：用于数据存储和身份验证服务</li>", "modified", "list item"),
        c(*s("服务提供商"), "<li>Apple：用于应用内购买处理…</li>", "<li>支付处理方：用于应用内购买处理…</li>", "modified", "list item"),
        c("国际用户", "跨境数据传输", "国际用户", "跨境数据传输", "renamed", "h2 reworded; same section"),
        c("国际用户", "跨境数据传输", "如果您从美国以外的地区访问本应用…使用本应用即表示您同意此传输。", "为了向您提供服务，您的信息可能会在不同国家或地区之间传输…", "modified"),
    ],
    [],
    "Commit 'make the policy generic': named processors (Supabase, Apple, US) replaced by categories, two headings reworded. 7 changes.",
)
A["bookra-ga"] = (
    [],
    [c(BK, BK, None, "<script async src=…gtag…></script><script>…</script>", "markup", "Google Analytics tag in <head>")],
    "Commit 'Add Google Analytics tracking code': a <script> in <head>. Expected: no change.",
)
A["bookra-seo"] = (
    [],
    [
        c(BK, BK, "<title>隐私政策 - Bookra</title>", "<title>隐私政策 - Bookra | AI阅读应用数据保护</title>", "optional", "the <title> (head), not the document's text"),
        c(BK, BK, None, "<link rel=canonical/alternate>, og: and twitter: <meta>", "markup", "SEO head tags"),
        c(BK, BK, 'alt="Bookra"', 'alt="Bookra AI阅读伴侣Logo"', "markup", "logo alt text, header and footer"),
    ],
    "Commit 'SEO optimization': <title>, description, canonical/hreflang, Open Graph, logo alt. Expected: no change.",
)
A["bookra-footer"] = (
    [],
    [c("法律", "法律", "© 2025 Bookra. 保留所有权利。", "© 2026 Bookra. 保留所有权利。", "optional", "footer copyright year")],
    "Commit 'update AI insights limit and copyright year': in this page only the footer year. Expected: no change (year tolerated).",
)
SP = "隐私政策"
A["solo-langswitch"] = (
    [],
    [c(SP, "联系", '<div class="language-switch"><a>EN</a><a>中文</a></div>', "same, in the footer", "moved", "language switch moved from the header to the footer")],
    "Commit 'Move language switch to footer': the EN/中文 switch moved and re-indented. Expected: no change.",
)
SOLO = [
    ("数据收集", "SoloPantry 不收集、出售或共享个人数据。"),
    ("数据收集", "本 app 不需要账户…发送到 SoloPantry 控制的服务器。"),
    ("存储在设备上的数据", "SoloPantry 会在你的设备本地存储 app 数据，包括："),
    ("第三方服务", "SoloPantry 不包含第三方分析、广告 SDK 或追踪工具。"),
    ("数据共享", "SoloPantry 不会与第三方共享你的 app 数据。"),
    ("数据共享", "如果你使用 Apple 系统功能…SoloPantry 无法控制 Apple 的备份服务。"),
    ("儿童隐私", "SoloPantry 不会有意收集儿童的个人信息。"),
    ("政策变更", "如果 SoloPantry 的功能或数据处理方式发生变化…"),
]
A["solo-appname"] = (
    [c(SP, SP, "SoloPantry 是一个以本地数据为核心的…助手。", "SoloPantry一人食是一个…", "modified", "intro paragraph under the h1")]
    + [c(*s(t), o, o.replace("SoloPantry", "SoloPantry一人食"), "modified", "the app's name") for t, o in SOLO],
    [
        c(SP, SP, "<span>SoloPantry</span>", "<span>SoloPantry一人食</span>", "optional", "brand line in the header"),
        c("联系", "联系", "© 2026 SoloPantry. All rights reserved.", "© 2026 SoloPantry一人食. …", "optional", "footer copyright holder"),
    ],
    "Commit 'Update Chinese Pages app name': the app's name in nine paragraphs (and brand line, footer, <title>). 9 changes.",
)
A["kabe-email"] = (
    [
        c(*s("隐私政策 — Kabe"), "生效日期：2026 年 4 月 24 日", "生效日期：2026 年 4 月 25 日", "date"),
        c(*s("联系方式"), "如有疑问，请发邮件至 20200207noon@gmail.com。", "如有疑问，请发邮件至 support@kabe-app.com。", "modified", "contact e-mail"),
    ],
    [],
    "Commit 'Update contact email': the effective date and the contact address. 2 changes.",
)
B4 = "4. 照片权限与本地处理"
B4n = "4. 权限与系统能力"
A["beadcube-update"] = (
    [
        c(*s("拼豆魔方隐私政策"), "生效日期：2026 年 8 月 13 日", "生效日期：2026 年 8 月 17 日", "date"),
        c(*s("拼豆魔方隐私政策"), "一句话说明拼豆魔方是一款无账号、无开发者后台的本地 App。…", "…无开发者账号系统、无开发者后台的本地优先 App。…iCloud 项目同步…", "modified", "summary box"),
        c(*s("2. 本 App 处理的信息"), None, "<li><strong>iCloud 同步内容：</strong>…</li>", "added", "list item"),
        c(*s("2. 本 App 处理的信息"), None, "<li><strong>外部链接导入：</strong>…</li>", "added", "list item"),
        c(*s("2. 本 App 处理的信息"), None, "<li><strong>剪贴板内容：</strong>…</li>", "added", "list item"),
        c(B4, B4n, B4, B4n, "renamed", "section 4 retitled (same number)"),
        c(B4, B4n, "<p>本 App 使用 Apple 的系统照片选择器，由你逐次选择…</p>", "<li><strong>照片：</strong>本 App 使用 Apple 的系统照片选择器，只接收你逐次选择的图片…</li>", "modified", "paragraph turned into a reworded list item"),
        c(B4, B4n, None, "<li><strong>iCloud Drive：</strong>…</li>", "added", "list item"),
        c(B4, B4n, None, "<li><strong>网络：</strong>…</li>", "added", "list item"),
        c(B4, B4n, None, "<li><strong>剪贴板：</strong>…</li>", "added", "list item"),
        c(B4, B4n, None, "<li><strong>购买：</strong>StoreKit…</li>", "added", "list item"),
        c(B4, B4n, None, "<p>本 App 不请求相机、麦克风、位置、通讯录、蓝牙或广告跟踪权限。</p>", "added"),
        c(*s("5. 存储、备份与删除"), "项目存储在 App 的本地容器中。…", "默认情况下，项目存储在 App 的本地容器中。…", "modified"),
        c(*s("5. 存储、备份与删除"), None, "<p>启用 iCloud 项目同步后…</p>", "added"),
        c(*s("5. 存储、备份与删除"), "…卸载本 App 通常会删除设备上的 App 数据；恢复系统备份可能再次恢复其中的数据。", "…删除当前设备上的 App 数据，但不会自动删除 iCloud 或其他设备上的同步副本；…", "modified"),
        c(*s("6. 第三方服务"), "购买、订阅管理、退款、系统评分和 App 分发由 Apple 提供。…", "购买、订阅管理、退款、系统评分、App 分发和可选的 iCloud 同步由 Apple 提供。…", "modified"),
        c(*s("6. 第三方服务"), None, "<p>使用外部链接导入时，请求会直接发送到你提交的网站…</p>", "added"),
        c(*s("8. 安全与跨境处理"), "…除你主动向我们发送支持邮件外，我们不会主动把本地项目传输到其他国家或地区。", "…我们不会把本地项目传输到开发者服务器。若你开启 iCloud 同步…", "modified"),
    ],
    [],
    "Commit 'Update privacy-zh.html': iCloud sync and link import disclosed; date, items, section 4 retitled and turned into a list. 18 changes.",
)
LB9 = "九、 聯絡我們"
A["lostbuddy-layout"] = (
    [],
    [
        c(LB9, LB9, "電子郵件：[cwvhuang@gmail.com]", '電子郵件：<a href="mailto:cwvhuang@gmail.com">cwvhuang@gmail.com</a>', "optional", "square brackets around the address replaced by a mailto link (same address)"),
        c(*s("帳號與身份驗證資料"), "<p><i>*請注意：…</i></p>", '<p class="note">*請注意：…</p>', "markup", "italic → class"),
        c(*s("位置資訊"), "<p>*請注意：…關閉本 App 的定位權限。</p>", '<p class="note">\n *請注意：…關閉本\n App 的定位權限。</p>', "markup", "paragraph re-wrapped into a note"),
        c("", "", "CSS", "CSS", "markup", "colours, borders, a .note class"),
    ],
    "zh-TW page, commit 'Update the layout': CSS, <i> → class, a paragraph re-wrapped, the e-mail's brackets → a link. Expected: no change.",
)
A["lostbuddy-anon"] = (
    [c(*s("歷史通報資料之保留原則："), "…將會轉為「匿名發布」狀態留存…", "…將會轉為顯示為「Lost Buddy User」之匿名狀態留存…", "modified", "how deleted users' posts are shown")],
    [],
    "zh-TW page: one paragraph on the retention of public posts after account deletion. 1 change.",
)
ZM = [
    ("数据收集", "📊 收集的数据"),
    ("广告", "📈 广告"),
    ("儿童隐私", "👶 儿童保护"),
    ("数据安全", "🔐 数据安全"),
    ("联系方式", "📩 联系方式"),
]
A["zenmaster-update"] = (
    [
        c(*s("隐私政策"), "…本政策说明在使用本应用时如何处理数据。", "…本政策说明在使用应用程序时如何处理数据。", "modified", "intro (two lines of one <p>)"),
        c("数据收集", "📊 收集的数据", "数据收集", "📊 收集的数据", "renamed", "reworded (and a pictograph)"),
        c("数据收集", "📊 收集的数据", "…不收集可直接识别用户身份的个人数据。", "…不会收集可直接识别您身份的个人数据。", "modified"),
        c("数据收集", "📊 收集的数据", "<li>玩家昵称可能会存储在设备本地…</li>", "<li>可能会请求并仅在您的设备本地存储一个玩家昵称…</li>", "modified"),
        c("数据收集", "📊 收集的数据", "<li>该昵称不会传输到服务器。</li>", "<li>该昵称不会传输到我们的服务器。</li>", "modified"),
        c("数据收集", "📊 收集的数据", "<li>不会创建用户账户。</li>", "<li>不会创建任何用户账户。</li>", "modified"),
        c("广告", "📈 广告", "应用可能显示由第三方广告服务提供的广告。", "应用程序可能会显示由第三方服务提供的广告（例如广告网络）。", "modified"),
        c("广告", "📈 广告", "<li>第三方可能收集匿名的技术数据。</li>", "<li>这些服务可能会收集匿名的技术数据（广告标识符、设备类型、语言）。</li>", "modified"),
        c("广告", "📈 广告", "<li>ZenMaster Sudoku 无法访问这些个人数据。</li>", "<li>…无法访问这些广告网络收集的个人数据。</li>", "modified"),
        c("广告", "📈 广告", None, "<li>广告数据的管理受相关服务提供商隐私政策的约束。</li>", "added"),
        c("广告", "📈 广告", None, "<p>广告偏好可以通过您设备的设置进行管理或停用。</p>", "added"),
        c(None, "📊 统计与跟踪", None, "<h2>📊 统计与跟踪</h2><p>…</p>", "added", "a section"),
        c("儿童隐私", "👶 儿童保护", "儿童隐私", "👶 儿童保护", "renamed"),
        c("儿童隐私", "👶 儿童保护", "ZenMaster Sudoku 适合所有年龄段用户。不会主动收集儿童的个人数据。", "ZenMaster Sudoku 面向普通大众。不会在知情的情况下收集儿童的个人数据。", "modified"),
        c("数据安全", "🔐 数据安全", "所有本地数据仅存储在用户设备上。", "本地数据（昵称、进度）仅存储在您的设备上。我们的服务器不托管任何个人数据。", "modified"),
        c(None, "🔄 修改", None, "<h2>🔄 修改</h2><p>…</p>", "added", "a section"),
        c("联系方式", "📩 联系方式", None, "<p>如对本政策有任何疑问：</p>", "added"),
        c("联系方式", "📩 联系方式", "电子邮箱：<strong>zenmaster@gmail.com</strong>", "<strong>电子邮件：</strong> zenmaster@gmail.com", "modified", "label 电子邮箱 → 电子邮件, same address"),
    ],
    [c(o, n, o, n, "pictograph", "a heading prefixed with a pictograph only: no rename, no added/removed section") for o, n in ZM if n.endswith(o)]
    + [c(*s("数据收集"), "<ul>", "<ul> after a blank line", "markup", "blank lines")],
    "Commit 'Update privacy-zh.html': emoji headings, most sentences reworded, two sections and three paragraphs/items added. 18 changes.",
)
DN = "到哪了（DaoNaLe）隐私政策"
A["daonale-redesign"] = (
    [],
    [
        c(DN, DN, "<nav>首页</nav>", "<nav>到哪了 功能 隐私 下载 首页 English</nav>", "markup", "site header rebuilt"),
        c("十、适用法律", "十、适用法律", None, "<footer> 到哪了 / 产品 / 法律 / 联系我们 / English|中文</footer>", "markup", "site footer added (h4 headings in the footer)"),
    ],
    "Commit 'blue theme redesign, unified header/footer': the policy text is unchanged. Expected: no change.",
)
A["daonale-nearu"] = (
    [
        c(DN, "到哪了（NearU）隐私政策", DN, "到哪了（NearU）隐私政策", "renamed", "the document's h1 (title_change)"),
        c(*s("引言"), "…本应用由独立开发者 Hongchen Feng（…）开发和运营。…", "…本应用由独立开发者 Evan Feng（…）开发和运营。…", "modified", "developer's name"),
        c(*s("九、如何联系我们"), "开发者：Hongchen Feng", "开发者：Evan Feng", "modified", "developer's name"),
    ],
    [
        c(DN, DN, "English", "▾ English中文", "markup", "language link → dropdown (header and footer)"),
        c("联系我们", "联系我们", "© 2026 Hongchen Feng. All rights reserved.", "© 2026 Evan Feng. All rights reserved.", "optional", "footer copyright holder"),
    ],
    "Commit 'rebrand to NearU, language dropdown': the h1, the developer's name twice. 3 changes.",
)
FR = "隐私政策"
A["fridgenie-rebrand"] = (
    [
        c(*s(FR), "Fridgenie（以下简称…）是一款厨房库存管理与食谱发现应用。…", "Jujube（以下简称…）…", "modified", "the app's name"),
        c(*s("7. 儿童隐私保护"), "Fridgenie 不面向 13 周岁以下儿童…", "Jujube 不面向 13 周岁以下儿童…", "modified", "the app's name"),
        c(*s("10. 联系我们"), "…请联系 hello@fridgenie.app。", "…请联系 hello@getjujube.ai。", "modified", "contact e-mail"),
    ],
    [
        c(FR, FR, "Fridgenie (nav brand)", "Jujube", "optional", "brand in the nav bar"),
        c("10. 联系我们", "10. 联系我们", "2026 Fridgenie. All rights reserved.", "2026 Jujube. All rights reserved.", "optional", "footer"),
    ],
    "Commit 'Fridgenie → Jujube': the app's name in two paragraphs and the contact address. 3 changes.",
)
A["fridgenie-disclose"] = (
    [
        c(*s(FR), "最后更新：2026 年 7 月 19 日", "最后更新：2026 年 8 月 4 日", "date"),
        c(None, "头像照片", None, "<h3>头像照片</h3><p>如果您选择上传头像照片…</p>", "added", "a subsection"),
        c(*s("3. AI 处理"), "我们使用 AI 服务（OpenAI）来：", "我们使用 AI 服务（OpenAI 和 Anthropic/Claude）来：", "modified"),
    ],
    [],
    "Commit 'Disclose profile photo storage + Anthropic': date, a subsection, a processor added. 3 changes.",
)
renum = [(f"{i}. {n}", f"{i + 1}. {n}") for i, n in enumerate(["儿童隐私保护", "您的权利", "政策变更", "联系我们"], start=7)]
A["fridgenie-subscription"] = (
    [
        c(*s(FR), "最后更新：2026 年 8 月 4 日", "最后更新：2026 年 8 月 7 日", "date"),
        c(None, "7. 订阅与付款信息", None, "<h2>7. 订阅与付款信息</h2><p>Jujube 的可选 Pro 订阅由 Apple…RevenueCat…</p>", "added", "a section inserted as 7."),
    ],
    [c(o, n, "<h2>" + o, "<h2>" + n, "renumber", "later <h2> renumbered by one") for o, n in renum],
    "Commit 'subscription disclosure': a date, a section inserted as 7. with 7.–10. renumbered 8.–11. 2 changes.",
)
A["babymo-perm"] = (
    [
        c(*s("二、设备权限"), "<li><strong>相机</strong>：拍摄宝宝头像</li>", None, "removed", "list item"),
        c(*s("二、设备权限"), "<li><strong>相册</strong>：选择和保存照片</li>", None, "removed", "list item (adjacent)"),
    ],
    [],
    "Commit 'Remove camera/photo library permissions': two adjacent list items removed. 2 changes.",
)
A["babymo-wording"] = (
    [
        c("一、我们收集的信息", "一、应用使用的信息", "一、我们收集的信息", "一、应用使用的信息", "renamed", "h2 reworded; same section"),
        c("我们不会收集的信息", "应用不会获取的信息", "我们不会收集的信息", "应用不会获取的信息", "renamed", "h3 reworded; same subsection"),
    ],
    [],
    "Commit 'Improve wording for local-only storage': two headings reworded, bodies unchanged. 2 changes.",
)


def main() -> None:
    src: dict[str, dict[str, list[str]]] = {}
    for line in open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8"):
        pair, side, commit, blob, size, sha, path = line.split()
        src.setdefault(pair, {})[side] = [path, commit, blob, size, sha]
    for pair, (changes, noise, notes) in A.items():
        repo = REPOS[pair.split("-")[0]]
        source = {"repo": repo, "license": "none seen in the repository; kept for evaluation only"}
        for side in ("old", "new"):
            path, commit, blob, size, sha = src[pair][side]
            source[side] = {"path": path, "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}
        out = {"source": source, "changes": changes, "noise": noise, "notes": notes}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    assert set(A) == set(src), set(A) ^ set(src)


main()
