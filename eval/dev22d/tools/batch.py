"""Annotations for dev22d (s22d), written from `git diff --word-diff`, a paragraph-level text diff of the pages
(tools/textdiff.py: tags stripped, one line per block) and a whitespace-free character diff of the texts, **before**
policylens was run on any pair.

Rules (as pairs20): page <title>/<meta>, styles, scripts, class names, link targets of site menus, a page header's menu
and a footer's links are not policy text (noise if reported); a sentence, date, number, e-mail, name, party or
negation present in one text only is a change, also in a page's header or footer; hard wraps, CRLF, spaces, a
paragraph split or joined, a heading made of a paragraph line (or the reverse) are noise.  History pairs: a rename
flag on a heading whose text did not change, a move flag on a section that did not move, or a split/merge where no
text moved between sections is a section error.
"""
from ann import C, N, src, write

PRE = "(before the first heading)"
H = {}

n = "shuju-br-reflow"
H[n] = write(n, {
    "source": src(n, "Syutung2/ShuJuXiaoZhuShou"),
    "changed": [], "noise_only": [{"old_title": "应用程序隐私协议", "new_title": "应用程序隐私协议", "note": "<br> reflow"}], "unchanged": [],
    "changes": [],
    "noise": [
        N(PRE, PRE, "<div>应用程序隐私协议个人信息本应用不会收集…<br>", "<div>应用程序隐私协议<br></div><div>个人信息本应用不会收集…<br>", "markup",
          note="a run-in label split into its own line: same words"),
        N(None, None, "技术信息 / 本应用暂时不会… lines without <br> (a browser runs them together)", "the same lines each ending in <br>", "markup"),
    ],
    "notes": "Commit '<br>' of 数据小助手's yszc.html: a run-in label is split off and <br> added at the ends of lines; the words are identical (the tag-stripped texts differ only by one line split). Expected: no change.",
})

n = "shuju-headings"
H[n] = write(n, {
    "source": src(n, "Syutung2/ShuJuXiaoZhuShou"),
    "changed": [{"old_title": None, "new_title": None, "kind": "modified", "note": "the closing author note with two web addresses is removed"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(None, None, "原创web端地址：http://www.testzs.cn/ 本人修复web端地址：http://81996.top/ 作者不是这个数据小助手的原创，早期版本是我校的一个学长…（…寒假加工）", None, "removed",
          note="three lines of one <div>: two URLs and the author's note"),
    ],
    "noise": [
        N(None, "应用程序隐私协议", "<div class=text-center>应用程序隐私协议<br>", "<h1 class=text-center>应用程序隐私协议</h1>", "heading", note="a line promoted to <h1>: same words"),
        N(None, "技术信息", "技术信息<br>", "<h2>技术信息<br></h2>", "heading", note="promoted to <h2>"),
        N(None, "第三方服务", "第三方服务 <br>", "<h2>第三方服务 <br></h2>", "heading", note="promoted to <h2>"),
        N(None, None, "个人信息本应用不会收集、传输任何个人身份识别信息。", "%nbsp;%nbsp;个人信息本应用不会收集…", "markup",
          note="borderline: '%nbsp;' is a typo of the entity &nbsp; shown literally by a browser; no word changed"),
    ],
    "notes": "Commit 'Update yszc.html': three lines become <h1>/<h2> headings (no text change), a literal '%nbsp;%nbsp;' typo is added before a paragraph, and the closing <div> (two web addresses and a paragraph about the app's origin) is removed. 1 change. A rename or move flag on the new headings would be a section error.",
})

n = "dongda-wxml"
T = "隐私条款"
H[n] = write(n, {
    "source": src(n, "AlfredYang1986/Dongda-MiniPages"),
    "changed": [{"old_title": T, "new_title": T, "kind": "modified", "note": "a placeholder notice replaced by the event's terms"}],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(T, T, "我们对隐私条款进行了详细的修订，从该日期（2018年5月25日）开始，…<br />请花一些时间熟悉我们的隐私权惯例…", None, "removed", note="the old notice with its date"),
        C(T, T, None, "· 您的信任对我们非常重要，咚哒（我们）深知个人信息对您的重要性… (two intro bullets)", "added"),
        C(T, T, None, "· 您自愿连向我们披露所需的个人资料… · 您的信息只有在本次活动中作登记，不作为任何信息收集; · 您的信息将不会向任何第三方透露; · 您报名即意味着接受本条款… · 您会遵守本隐私政策的全部条款和限制;", "added",
          note="five bullets; 不作为任何信息收集 / 不会向任何第三方透露 are negations"),
        C(T, T, None, "活动注意事项 1）…4）… 个人信息资料及不具名的资料的目的及用途如下: 让您更方便的参与活动；当您使用… a.…e. …我们不承担任何责任。", "added"),
        C(T, T, None, "“61咚哒 头号玩家”活动免责声明 一、…六、…", "added", note="the disclaimer (in the same two <view>s)"),
        C(T, T, None, "活动主办方：黑镜子科技（北京）有限公司", "added", note="a company line"),
        C(T, T, None, "感谢您的信任 进入游戏即认为您已阅读《隐私及服务条款》并同意相关规则", "added"),
    ],
    "noise": [
        N(None, None, "<view class='content_has_padding'> …", "<scroll-view scroll-y …><view class='content_has_padding'> … (re-indented)", "markup"),
    ],
    "notes": "A WeChat mini-program page (.wxml): the placeholder notice (dated 2018年5月25日) is replaced by an event's privacy terms and disclaimer with the organiser's company; the page is wrapped in a <scroll-view> and re-indented. 7 changes (1 removed, 6 added).",
})

n = "vue-md-spacing"
H[n] = write(n, {
    "source": src(n, "vuejs-translations/docs-zh-cn", "MIT (repository)"),
    "changed": [], "noise_only": [{"old_title": "Vue.js 隐私政策", "new_title": "Vue.js 隐私政策", "note": "spaces around full-width punctuation"}], "unchanged": [],
    "changes": [],
    "noise": [
        N(PRE, PRE, "…(以下统称“网站”) ，以及… (例如…)(统称“服务”)上处理…", "…(以下统称“网站”)，以及… (例如…) (统称“服务”) 上处理…", "whitespace",
          note="two lint commits: a space dropped before ，, spaces added around (统称“服务”)"),
    ],
    "notes": "Two 'fix lint issue' commits of the Vue.js docs' Chinese privacy policy (Markdown): spaces around brackets and a full-width comma only. Expected: no change.",
})

n = "vue-md-bold"
H[n] = write(n, {
    "source": src(n, "vuejs-translations/docs-zh-cn", "MIT (repository)"),
    "changed": [], "noise_only": [{"old_title": "我们收集哪些信息？", "new_title": "我们收集哪些信息？", "note": "bold run-in labels"}], "unchanged": [],
    "changes": [],
    "noise": [
        N("我们收集哪些信息？", "我们收集哪些信息？", "- **访问者数据。**我们的网站分析由…", "- **访问者数据**：我们的网站分析由…", "markup",
          note="borderline: the full stop inside the bold label becomes a colon after it (commit 'fix misplaced bold formatting')"),
        N("我们收集哪些信息？", "我们收集哪些信息？", "- **搜索功能的使用数据。**我们的搜索功能由…", "- **搜索功能的使用数据**：我们的搜索功能由…", "markup", note="borderline, as above"),
    ],
    "notes": "Commit 'docs(privacy): fix misplaced bold formatting in text': two list items' bold run-in labels lose their 。 inside the bold and get ： after it. No word changes. Expected: no change (a punctuation mark of a label; if shown, it is judged noise, borderline).",
})

n = "chance-text-to-page"
H[n] = write(n, {
    "source": src(n, "chance168/yszc"),
    "changed": [], "noise_only": [{"old_title": None, "new_title": None, "note": "plain text in .html → a saved web page with the same text"}], "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, "plain text (no tags) in yszc.html; lines hard-wrapped with a space (更 有个性化)", "a saved page: <title>隐私政策</title>, <style>, the same lines with <br>, &nbsp; and hard wraps (更\\n有个性化)", "markup"),
        N(None, "隐私政策", "隐私政策 (first line)", "<title>隐私政策</title> and the body's 隐私政策", "markup", note="the title twice: <head> and body"),
    ],
    "notes": "Commit 'Update yszc.html': a policy first committed as plain text in an .html file is replaced by a saved web page (Sina-blog style <style>, <br>, &nbsp;); the tag-stripped texts are equal but for whitespace and the title shown twice. Expected: no change.",
})

n = "blophy-tsx-restyle"
H[n] = write(n, {
    "source": src(n, "warma16/BlophyNextWebsite"),
    "changed": [], "noise_only": [{"old_title": "隐私政策", "new_title": "隐私政策", "note": "className and inline-style edits in a 120 kB TSX page"}], "unchanged": [],
    "changes": [],
    "noise": [
        N(None, None, "className=\"font-bold\" on 88 spans", "className=\"text-bold\"", "markup"),
        N(None, None, "style={{…, color: \"#000000\"}} on spans; border \"1.0px solid #dddddd\"", "colour dropped; \"1.0px solid\"", "markup"),
        N(None, None, "(none)", "import type {MetaFunction} …; export const meta = () => [{title: \"Blophy | Privacy Policy\"}, …]", "markup", note="a route's meta title in code"),
        N(None, None, "<div className=\"mt-16 backdrop-blur\">", "<div className=\"mt-16 backdrop-blur  p-8 rounded-xl\">", "markup"),
    ],
    "notes": "Four commits of a React Router page (app/routes/privacy.tsx, 123 kB) converted from a Word export (inline font styles, tables): bold class renamed, colours removed, a route meta title and a wrapper class added. No policy text changes. Expected: no change. (A .tsx file has no extension policylens names; it is sniffed.)",
})

n = "goravel-rebuild"
H[n] = write(n, {
    "source": src(n, "goravel/docs", "MIT (repository)"),
    "changed": [], "noise_only": [{"old_title": "隐私政策", "new_title": "隐私政策", "note": "VitePress rebuild: sidebar, version menu, language menu, pager"}], "unchanged": [],
    "changes": [],
    "noise": [
        N(PRE, PRE, "version menu v1.17 (最新); language menu 繁體中文", "v1.18 (最新), v1.17; Oʻzbekcha", "navigation"),
        N(None, None, "sidebar: 从 v1.15 升级到 v1.16", "sidebar: 从 v1.17 升级到 v1.18, 集合, Telemetry, AI, AI SDK", "navigation"),
        N(None, None, "下一页从 v1.16 升级到 v1.17", "下一页从 v1.17 升级到 v1.18", "navigation", note="the pager's next link"),
        N(None, None, "hashed asset names, inline scripts", "new hashes", "markup"),
    ],
    "notes": "Two deploys (gh-pages, 2026-02-01 → 2026-07-15) of the Goravel docs' Chinese privacy page built by VitePress: the policy text inside <main> is identical; the version menu, language menu, sidebar, pager and asset hashes changed. Expected: no change.",
})

n = "xinxi-nav-links"
H[n] = write(n, {
    "source": src(n, "liuyunfz/dzsw_index"),
    "changed": [], "noise_only": [{"old_title": None, "new_title": None, "note": "menu and footer link targets"}], "unchanged": [],
    "changes": [],
    "noise": [
        N(PRE, PRE, "<a href=\"#about\">关于我们</a> … (menu)", "<a href=\"./index.html#about\">关于我们</a> …", "navigation"),
        N(None, None, "footer links /index.html#…, /fwtk.html, /yszc.html; <h1><a href=index.html>隐私政策", "./index.html#…, ./fwtk.html, ./yszc.html; <a href=#>", "navigation"),
    ],
    "notes": "Three commits ('modified links', 'feat some links', 'feat yszc links') of a Bootstrap site template holding a Word-exported policy (宋体 spans, 55 kB page): only the href of menu, header and footer links change; the texts are identical. Expected: no change.",
})

n = "xinxi-contact-masked"
H[n] = write(n, {
    "source": src(n, "liuyunfz/dzsw_index"),
    "changed": [{"old_title": "九、联系我们", "new_title": "九、联系我们", "kind": "modified"}], "noise_only": [], "unchanged": [],
    "changes": [
        C("九、联系我们", "九、联系我们", "邮箱：info@example.com", "邮箱：****@example.com", "contact"),
        C("九、联系我们", "九、联系我们", "客服电话： +155895548855", "客服电话： +15589554****", "contact"),
        C(PRE, PRE, "contact@example.com / +1 5589 55488 55 (top bar)", "****@example.com / +155 89554 **** (top bar)", "contact", note="page header: a line with an e-mail or a number is no chrome"),
        C(None, None, "电话: +1 5589 55488 55 / 邮箱: info@example.com (footer)", "电话: +155 89554 **** / 邮箱: ****@example.com", "contact", note="page footer"),
    ],
    "noise": [],
    "notes": "Commit 'remove some info': the contact e-mail and phone are masked in the policy's 九、联系我们 and in the page's top bar and footer. 4 changes.",
})

n = "xinxi-product-rename"
OLD, NEW = "芯系渔农", "芯系渔侬"
body = [("一、隐私条款的覆盖范围", "本隐私协议在您使用“芯系渔农”网站…（以下简称“芯系渔农”或“产品”）… 指的是浙江芯系渔农有限公司…", "name and company"),
        ("二、我们收集哪些信息", "2. 您通过我们的产品所提供的内容：…芯系渔农网页和移动产品…", ""),
        ("二、我们收集哪些信息", "3. Cookies和其他跟踪技术：芯系渔农及我们的第三方合作伙伴…", ""),
        ("三、我们将如何使用收集到的信息", "1. 为您提供更好的服务与个性化体验：…使用芯系渔农…", ""),
        ("三、我们将如何使用收集到的信息", "4. 用于技术服务：…与芯系渔农的技术专家分享…", ""),
        ("三、我们将如何使用收集到的信息", "7. 芯系渔农所采集的数据所有权属于用户所有…授予芯系渔农及其关联公司…", ""),
        ("三、我们将如何使用收集到的信息", "如果使用芯系渔农，则视为您已经同意…不再使用芯系渔农。", ""),
        ("五、有害信息的过滤和删除", "根据相关法律的规定，芯系渔农禁止用户创建和储存一切有害信息，包括：", ""),
        ("五、有害信息的过滤和删除", "芯系渔农将针对以上信息制定过滤和屏蔽机制…芯系渔农有权…", ""),
        ("七、业务转让", "芯系渔农收集的信息将被视作一项资产…芯系渔农、任何关联公司…", ""),
        ("七、业务转让", "当上述交易完成后，若存在转让芯系渔农收集的信息的情况…", "")]
H[n] = write(n, {
    "source": src(n, "liuyunfz/dzsw_index"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in dict.fromkeys(b[0] for b in body)]
    + [{"old_title": "芯系渔农隐私政策", "new_title": "芯系渔侬隐私政策", "kind": "renamed", "note": "the <h1> (document title) and the <title>"}],
    "noise_only": [], "unchanged": ["四、我们如何存储收集到的信息并如何保障其安全性", "六、您的权利", "八、其他重要的隐私策略", "九、联系我们", "十、隐私政策的变更"],
    "changes": [C("芯系渔农隐私政策", "芯系渔侬隐私政策", "<h1>芯系渔农隐私政策</h1>; <title>隐私政策 - 溯源服务 - 芯系渔农</title>", "芯系渔侬…", "heading", note="document title; a title change, a rename or a change entry all count")]
    + [C(t, t, o, o.replace(OLD, NEW), "rename", note=k) for t, o, k in body]
    + [C(None, None, "<h3>芯系渔农</h3> (footer brand); © Copyright 芯系渔农. All Rights Reserved", "芯系渔侬 …", "rename", note="page footer: the product's name")],
    "noise": [],
    "notes": "Commit \"change: replace '农' to '侬'\": the product and company name 芯系渔农 → 芯系渔侬 in the title, the <h1>, eleven body paragraphs (浙江芯系渔农有限公司 included) and the footer. 13 changes.",
})

n = "erovia-headings"
H[n] = write(n, {
    "source": src(n, "Christoph75351/Christoph75351.github.io"),
    "changed": [{"old_title": "信息的使用：", "new_title": "信息的使用：", "kind": "modified", "note": "a stray clause title removed"}], "noise_only": [], "unchanged": [],
    "changes": [C("信息的使用：", "信息的使用：", "28.可分割性条款：", None, "removed", note="borderline: a clause title with no text of its own, left between two list items")],
    "noise": [N(None, t, f"<p> {t}</p>", f"<h2> {t}</h2>", "heading", note="promoted to a heading: same words")
              for t in ["介绍：", "我们收集的信息：", "信息的使用：", "安全：", "其他网站链接：", "本隐私政策的变更：", "联系我们："]],
    "notes": "Commit 'Update yszc.html': seven <p> labels become <h2> headings (no text change) and a stray line 28.可分割性条款： is deleted. 1 change (borderline). A rename, move, split or merge flag is a section error unless it is the heading promotion itself (the text under each new heading stays in place).",
})

n = "erovia-site-name"
paras = [("介绍：", "本隐私政策概述了“本网站”（以下简称“本网站”）关于收集…", "本隐私政策概述了“情欲之路”（情欲之路是“Erovia”旗下网站站点之一）关于收集…"),
         ("介绍：", "通过访问或使用“本网站”…请不要使用本网站。", "通过访问或使用“情欲之路”…请不要使用情欲之路。"),
         ("我们收集的信息：", "日志数据：…我们会收集…您访问的我们网站的页面…", "日志数据：…情欲之路会收集…您访问的情欲之路网站的页面…"),
         ("我们收集的信息：", "Cookie： “本网站”可能会使用 Cookie…", "Cookie： “情欲之路”可能会使用 Cookie…"),
         ("信息的使用：", "“本网站”将收集到的信息用于各种目的：", "“情欲之路”将收集到的信息用于各种目的："),
         ("其他网站链接：", "“本网站”可能包含其他网站的链接…不由我们运营。我们强烈建议…", "“情欲之路”可能包含…不由Erovia运营。Erovia强烈建议…")]
H[n] = write(n, {
    "source": src(n, "Christoph75351/Christoph75351.github.io"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in dict.fromkeys(p[0] for p in paras)], "noise_only": [],
    "unchanged": ["安全：", "本隐私政策的变更：", "联系我们："],
    "changes": [C(t, t, o, nw, "rename", note="the site's and its owner's name") for t, o, nw in paras],
    "noise": [],
    "notes": "Commit 'Update yszc.html': the placeholder “本网站” and 我们 are replaced by the site's name 情欲之路 and its owner Erovia in six paragraphs. 6 changes.",
})

n = "gkzy-crlf"
H[n] = write(n, {
    "source": src(n, "cniop/gkzy"),
    "changed": [], "noise_only": [{"old_title": None, "new_title": None, "note": "CRLF → LF"}], "unchanged": [],
    "changes": [],
    "noise": [N(None, None, "every line ends in CRLF", "LF", "whitespace")],
    "notes": "The page deleted and re-added in two 'init' commits: the only difference is CRLF → LF line ends (the texts are byte-identical once \\r is removed). Expected: no change.",
})

n = "proxy-md-reword"
H[n] = write(n, {
    "source": src(n, "hect0x7/android-proxy-server", "see repository"),
    "changed": [{"old_title": t, "new_title": t, "kind": "modified"} for t in [PRE, "不收集的数据", "本地数据", "网络行为", "权限", "安全边界"]],
    "noise_only": [], "unchanged": [],
    "changes": [
        C(PRE, PRE, "本应用只提供用户主动启用的本机 HTTP 与 SOCKS5 代理服务。", "Android Proxy Server 只提供用户主动启用的本机 HTTP 和 SOCKS5 代理服务。", "wording", note="the app named"),
        C("不收集的数据", "不收集的数据", "…内购、评分或自动更新 SDK，不收集设备标识、位置、联系人、浏览记录或代理流量内容，也不会把统计信息发送给开发者或第三方。",
          "…内购、评分提示或自动更新 SDK。应用不收集设备标识、位置、联系人、浏览记录、代理流量内容或流量统计，也不会向开发者或第三方发送数据。", "wording",
          note="流量统计 added to what is not collected; 统计信息 → 数据 (what is not sent)"),
        C("本地数据", "本地数据", "HTTP/SOCKS 开关和端口保存在…运行日志…服务停止后清除…避免配置进入云备份。", "HTTP/SOCKS5 开关和端口设置保存在…会话日志…并在服务停止后清除…避免设置被复制到云端备份。", "wording"),
        C("网络行为", "网络行为", "启用代理后，客户端提交的网络请求会按代理协议转发到目标主机。这是代理功能本身必需的网络行为。应用不会…", "启用代理后，应用会按照所选代理协议，把客户端请求转发到客户端指定的目标地址。应用不会…", "wording", note="a sentence dropped"),
        C("权限", "权限", "- `FOREGROUND_SERVICE` 和 `FOREGROUND_SERVICE_SPECIAL_USE`：在用户启用代理后保持服务运行。", "…：保持用户主动启用的代理服务运行", "wording"),
        C("安全边界", "安全边界", "代理默认无身份验证并监听所有本机接口。用户应只在可信网络中启用，且不应通过路由器端口映射或防火墙规则把代理暴露到公网。",
          "代理没有身份验证，并监听本机所有网络接口。请只在可信网络中使用，不要通过路由器端口映射、公共防火墙规则或不可信热点把代理端口暴露出去。", "wording", note="默认无 → 没有; 不可信热点 added"),
        C("安全边界", "安全边界", None, "运行建议和漏洞报告方式参见[安全说明](SECURITY.zh-CN.md)。", "added"),
    ],
    "noise": [
        N(PRE, PRE, None, "[English](PRIVACY.md) | 简体中文", "navigation", note="language switcher"),
        N("权限", "权限", "- `INTERNET`：监听代理端口并建立出站连接。 (and two more items ending in 。)", "the same items without 。", "punctuation"),
    ],
    "notes": "The Chinese policy moved from PRIVACY.md to PRIVACY.zh-CN.md in commit 'Add English and Chinese documentation' and was reworded: a language switcher, six reworded paragraphs or items, a link to the security notes added; three list items lose their final 。. 7 changes.",
})

n = "bobweather-flatten"
H[n] = write(n, {
    "source": src(n, "LoverCoding/m_y"),
    "changed": [{"old_title": "隐私政策:", "new_title": "隐私政策:", "kind": "modified"}, {"old_title": "四、【接入SDK信息】", "new_title": "四、【接入SDK信息】", "kind": "modified"}],
    "noise_only": [], "unchanged": ["一、【协议的范围】", "二、【释义】", "三、【使用服务时获取的信息】", "五、【信息使用】", "六、【信息披露】", "七、【其他】"],
    "changes": [
        C("隐私政策:", "隐私政策:", "开发者名称：Bobzzz", "开发者名称：@Bob", "rename", note="the developer's name"),
        C("四、【接入SDK信息】", "四、【接入SDK信息】", "…易盾将集成移动、电信、联通的相应第三方服务功能，将 (cut off)",
          "…将收集并使用最终用户的网络相关信息：包括网络类型、Wi-Fi类型、IMSI。易盾在上述号码认证服务中，设置了“基础版号码认证服务”和“增强版号码认证服务”…（1）设备信息…（2）日志信息…（3）应用信息… https://dun.163.com/clause/privacy", "added",
          note="the NetEase Yidun paragraph completed: data items and a link"),
    ],
    "noise": [
        N(None, None, "an HTML page: <title>隐私政策</title>, <h1>/<h2> headings, <p> with <br/> lines", "the same text without tags in yszc.html: one line per section, items run together", "markup",
          note="tags stripped (the file is read as plain text); headings stay lines of their own"),
        N(None, None, "<title>隐私政策</title>", "(none)", "markup"),
    ],
    "notes": "Commit 'Update yszc.html' of Bob天气: the HTML page is replaced by its text without tags (each section's lines run together in one line, headings on their own lines), the developer name Bobzzz → @Bob, and the NetEase Yidun SDK paragraph, cut off in the old page, is completed. 2 changes.",
})
