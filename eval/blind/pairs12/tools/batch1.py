"""Annotations for the six history pairs (two commits of one file), written from git diff --word-diff before any policylens run (z9p)."""
from ann import C, N, src, write

H = {}

# ---------------------------------------------------------------- luckbit-permissions
n = "luckbit-permissions"
S4 = "4. 权限说明（隐私相关）"
H[n] = write(n, {
    "source": src(n, "VictorLee2077/luckbit_docs", "VictorLee2077+luckbit_docs", "none (no licence file)", "4563530", "docs/privacy-policy.md", "c7f9c9b", "docs/privacy-policy.md", "md"),
    "changed": [
        {"old_title": "Luckbit Wallet 隐私政策", "new_title": "Luckbit Wallet 隐私政策", "kind": "modified", "note": "preamble: 最后更新 date"},
        {"old_title": S4, "new_title": S4, "kind": "modified", "note": "the four permission bullets are replaced by an intro sentence and four ### subsections (commit: 'remove activeTab permission')"},
    ],
    "noise_only": [],
    "unchanged": ["1. 我们收集哪些信息", "2. 本地数据存储", "3. 与第三方服务的通信", "5. 数据安全", "6. 数据删除", "7. 联系我们"],
    "changes": [
        C("Luckbit Wallet 隐私政策", "Luckbit Wallet 隐私政策", "最后更新：2026-01-31", "最后更新：2026-02-05", "date"),
        C(S4, S4, "", "本扩展请求以下浏览器权限以实现钱包功能。我们承诺**不会收集您的浏览历史或网站数据**。", "added", note="new intro paragraph of section 4"),
        C(S4, "storage / unlimitedStorage", "- `storage` / `unlimitedStorage`：用于本地保存钱包数据与设置",
          "### storage / unlimitedStorage\n- **用途**：使用 chrome.storage.local API 在本地设备上持久化钱包数据\n- **存储内容**：加密的私钥和助记词（使用 AES-GCM 加密）… 交易历史记录 (5 items)\n- **安全措施**：…AES-GCM…scrypt…\n- **数据位置**：所有数据仅存储在您的本地设备上…",
          "wording", note="bullet replaced by a ### subsection; credit: the removed bullet or the added subsection"),
        C(S4, "tabs", "- `tabs` / `activeTab`：用于与当前 DApp 页面交互、连接授权与打开必要页面",
          "### tabs\n- **用途**：管理浏览器标签页…\n- **具体使用**：chrome.tabs.create / query / sendMessage (3 items)\n- **隐私保护**：我们不会读取或记录您的浏览历史…",
          "wording", note="activeTab dropped; bullet replaced by a ### subsection"),
        C(S4, "alarms", "- `alarms`：用于自动锁定计时器",
          "### alarms\n- **用途**：实现自动锁定计时器功能\n- **具体使用**：chrome.alarms.create / clear / onAlarm (3 items)\n- **功能说明**：当您设置的自动锁定时间到期后…",
          "wording", note="bullet replaced by a ### subsection"),
        C(S4, "<all_urls> 主机权限", "- `<all_urls>` 主机权限：用于在任意 DApp 页面注入 Provider 并完成授权流程",
          "### <all_urls> 主机权限\n- **用途**：在您访问的网站中注入 Web3 提供者（window.ethereum）\n- **具体使用**：内容脚本注入 / RPC 调用（Infura、Alchemy）/ 区块链浏览器 API（Etherscan）\n- **访问的主机**：(3 items)\n- **隐私承诺**：…",
          "wording", note="bullet replaced by a ### subsection"),
    ],
    "noise": [],
    "notes": "zh-Hans Markdown, one commit (2026-02-05 'update privacy policy for Chrome Store compliance - remove activeTab permission'). Section 4 goes from four bullets to an intro + four ### subsections; the new ### headings are new sections (added), the old bullets leave section 4. 6 changes, no noise.",
})

# ---------------------------------------------------------------- qingxu-vue-format
n = "qingxu-vue-format"
H[n] = write(n, {
    "source": src(n, "scfcn/blog-v3", "scfcn+blog-v3", "none (no licence file seen)", "2109b7a", "app/pages/privacy.vue", "a06a7e2", "app/pages/privacy.vue", "vue"),
    "changed": [],
    "noise_only": [{"old_title": None, "new_title": None, "note": "whole file: indentation 2 spaces -> tab on every line; formatting only"}],
    "unchanged": ["欢迎使用 {{ appConfig.title }}", "1. 信息收集", "2. 信息使用", "3. 信息存储和保护", "4. 信息共享", "5. Cookie政策", "6. 第三方链接", "7. 儿童隐私", "8. 隐私政策的变更", "9. 联系方式", "10. 生效日期"],
    "changes": [],
    "noise": [
        N(None, None, "(two-space indentation)", "(tab indentation)", "whitespace", note="every line of the template, script and style re-indented (2 commits squashed: c7e5677 'micro-interactions' + a06a7e2 'code format and style structure')"),
        N(None, None, '<h1 class="page-title">隐私协议</h1>', '<h1 class="page-title">\\n\\t\\t隐私协议\\n\\t</h1>', "markup", note="h1 re-wrapped on three lines"),
        N(None, None, "description: '青序栈网站隐私政策和用户数据保护声明'", "description: '青序栈网站隐私政策和用户数据保护声明',", "markup", note="trailing comma in useSeoMeta (script)"),
        N(None, None, "(CSS property order)", "(CSS property order)", "markup", note="<style>: margin-bottom / border-radius / background-color / font-size lines reordered; newline added at end of file"),
    ],
    "notes": "zh-Hans Nuxt .vue page (template with <h2>/<h3> sections). Formatting-only pair: expected zero changes. Section list above is from the template (<h3> numbered 1-10).",
})

# ---------------------------------------------------------------- qingxu-vue-heading
n = "qingxu-vue-heading"
H[n] = write(n, {
    "source": src(n, "scfcn/blog-v3", "scfcn+blog-v3", "none (no licence file seen)", "a06a7e2", "app/pages/privacy.vue", "4ba2011", "app/pages/privacy.vue", "vue"),
    "changed": [{"old_title": "欢迎使用 {{ appConfig.title }}", "new_title": "欢迎访问 {{ appConfig.title }}", "kind": "renamed", "note": "heading only; its paragraph is unchanged"}],
    "noise_only": [],
    "unchanged": ["1. 信息收集", "2. 信息使用", "3. 信息存储和保护", "4. 信息共享", "5. Cookie政策", "6. 第三方链接", "7. 儿童隐私", "8. 隐私政策的变更", "9. 联系方式", "10. 生效日期"],
    "changes": [
        C("欢迎使用 {{ appConfig.title }}", "欢迎访问 {{ appConfig.title }}", "<h2>欢迎使用 {{ appConfig.title }}</h2>", "<h2>欢迎访问 {{ appConfig.title }}</h2>", "heading", note="使用 -> 访问 in the <h2>; a rename of that section is the right report"),
    ],
    "noise": [],
    "notes": "zh-Hans .vue, one commit (4ba2011). One heading word changed, nothing else in the file. 1 change.",
})

# ---------------------------------------------------------------- sortinggo-tw-contact
n = "sortinggo-tw-contact"
H[n] = write(n, {
    "source": src(n, "thousanwang/sortinggo-site", "thousanwang+sortinggo-site", "none (no licence file seen)", "c45a228", "privacy_tw.html", "a629106", "privacy_tw.html", "html"),
    "changed": [{"old_title": "七、聯絡方式", "new_title": "七、聯絡方式", "kind": "modified", "note": "contact e-mail"}],
    "noise_only": [{"old_title": None, "new_title": None, "note": "page header (site title group, 備援 badge, 主官網 link, three more language links) and a BOM"}],
    "unchanged": ["前言", "一、資料蒐集", "二、本機資料儲存", "三、Google Play 訂閱", "四、權限使用說明", "五、資料分享", "六、使用者資料刪除", "八、政策修改"],
    "changes": [
        C("七、聯絡方式", "七、聯絡方式", "Email: thousan.tw@gmail.com", "Email: sortinggo@gmail.com", "contact"),
    ],
    "noise": [
        N(None, None, "<!DOCTYPE html>", "\\ufeff<!DOCTYPE html>", "whitespace", note="UTF-8 BOM added"),
        N(None, None, '<a class="site-title" …>分揀高手 SortingGo</a>', '<div class="site-title-group"><a class="site-title" …>分揀高手 SortingGo</a><span class="badge-backup">備援</span></div>', "navigation", note="site header: a 備援 (backup site) badge"),
        N(None, None, "", '<a class="nav-primary-link" href="https://www.thousan.com/sortinggo/" …>主官網</a>', "navigation", note="site nav: link to the main site"),
        N(None, None, "", "Bahasa Indonesia / 한국어 / Español", "navigation", note="language switcher: three links added"),
    ],
    "notes": "zh-Hant HTML (<h2> sections), 4 commits squashed (c45a228 -> a629106). The only change of the policy text is the contact e-mail; the rest is site header/navigation. 1 change. The 最後更新日期 (2026-06-14) did not change.",
})

# ---------------------------------------------------------------- costkeeper-rename
n = "costkeeper-rename"
H[n] = write(n, {
    "source": src(n, "ssyu895/privacy-and-support", "ssyu895+privacy-and-support", "none (no licence file seen)", "b052200", "privacy-policy-zh-CN.html", "e08572a", "privacy-policy-zh-CN.html", "html"),
    "changed": [
        {"old_title": "隐私政策", "new_title": "隐私政策", "kind": "modified", "note": "app-name line under the h1"},
        {"old_title": "引言", "new_title": "引言", "kind": "modified"},
        {"old_title": "九、联系我们", "new_title": "九、联系我们", "kind": "modified"},
    ],
    "noise_only": [],
    "unchanged": ["一、我们收集的信息", "二、我们如何使用信息", "三、信息共享与转让", "四、数据存储与保护", "五、您管理数据的权利", "六、权限使用说明", "七、未成年人保护", "八、隐私政策的变更"],
    "changes": [
        C(None, None, "<title>隐私政策 - CostKeeper</title>", "<title>隐私政策 - 析物记账</title>", "rename", note="<title> in <head> (browser tab / search result), as starhabbit in pairs11"),
        C("隐私政策", "隐私政策", '<p class="app-name">CostKeeper（析物记账）</p>', '<p class="app-name">析物记账</p>', "rename"),
        C("引言", "引言", '欢迎您使用 CostKeeper（以下简称"本产品"）。…', '欢迎您使用析物记账（以下简称"本产品"）。…', "rename"),
        C("九、联系我们", "九、联系我们", "应用名称：CostKeeper（析物记账）", "应用名称：析物记账", "rename"),
    ],
    "noise": [],
    "notes": "zh-Hans HTML (div.section-title sections, div.subsection numbered 1./2.), one commit (e08572a). Product name CostKeeper（析物记账） / CostKeeper -> 析物记账 in four places. 4 changes. Section titles listed from the file (引言, 一 … 九).",
})

# ---------------------------------------------------------------- xlyx-sdk-appendix
n = "xlyx-sdk-appendix"
S13 = "十三、 如何联系我们"
GDT = "广点通转化 SDK 隐私政策 (appended)"
OCE = "巨量引擎转化跟踪sdk隐私政策 (appended)"
GDT_SECTIONS = ["一、为实现 SDK 产品功能需要收集和使用终端用户的个人信息", "二、第三方开发者的合规义务", "三、如何共享、转让、公开披露终端用户的个人信息",
                "四、终端用户如何管理个人信息", "五、如何存储终端用户的个人信息", "六、如何保护终端用户的个人信息安全", "七、如何处理儿童个人信息",
                "八、如何变更与更新本规则", "九、如何联系我们", "十、其它"]
OCE_SECTIONS = ["一、我们如何收集和使用个人信息", "二、对 Cookie 和同类技术的使用", "三、数据使用过程中涉及的合作方以及转移、公开个人信息",
                "四、我们如何存储个人信息", "五、个人信息管理", "六、我们如何保护个人信息的安全", "七、未成年人条款", "八、隐私政策的修订和通知", "九、联系我们"]
H[n] = write(n, {
    "source": src(n, "XLYX123/XLYX", "XLYX123+XLYX", "none (no licence file seen)", "9a41032", "隐私政策.txt", "eccff46", "隐私政策.txt", "txt"),
    "changed": [{"old_title": S13, "new_title": S13, "kind": "modified", "note": "after its last paragraph: two third-party SDK policies appended (each after a ----- line)"}],
    "noise_only": [],
    "unchanged": ["一、 我们可能收集的信息 … 十三、 如何联系我们 (every original section and the table of contents)"],
    "changes": [
        C(None, GDT, "", "-----…-----\n广点通转化 SDK 隐私政策 https://datanexus.qq.com/doc/develop/compliance/android/privacy_policy", "added", note="separator + title line with link (L388-389)"),
        C(None, GDT, "", "更新时间：2024 年 2 月 29 日 / 生效时间：… / 更新说明 (2 items) / 引言 (4 paragraphs: 深圳市腾讯计算机系统有限公司 …)", "added", note="preamble of the appended GDT SDK rules (L391-408)"),
    ] + [C(None, t, "", t + " … (whole section, with its (一)(二)… sub-items and tab-separated tables)", "added", note="appended GDT SDK rules") for t in GDT_SECTIONS] + [
        C(None, OCE, "", "-----…-----\n巨量引擎转化跟踪sdk隐私政策  \nhttps://open.oceanengine.com/labels/7/docs/1708428054592516?origin=left_nav", "added", note="separator + title + link (L648-650)"),
        C(None, OCE, "", "更新日期：2025年2月21 日 / 生效日期：2025年2月28 日 / 巨量引擎转化SDK（…北京巨量引擎网络技术有限公司…）/ 3 paragraphs / 本隐私政策将帮助你了解：(4 lines) / table of contents 一、…八、", "added", note="preamble + TOC of the appended Ocean Engine SDK policy (L651-679)"),
    ] + [C(None, t, "", t + " … (whole section, with 1.1 / 1.1.1 sub-items)", "added", note="appended Ocean Engine SDK policy") for t in OCE_SECTIONS],
    "noise": [
        N(S13, S13, "…提起诉讼来寻求解决方案。(no newline at end of file)", "…提起诉讼来寻求解决方案。\\n", "whitespace", note="the former last line gets its newline"),
    ],
    "notes": ("zh-Hans plain text (30 KB -> 77 KB; headings 一、 … 十三、 written '一、 ', a table of contents of the same 13 titles at the top, "
              "sub-items （一）/1、/（1）). Two commits squashed: d605929 appended two SDK policy links, eccff46 put a ----- separator before each and "
              "appended the full text of both SDK policies (GDT SDK rules: preamble + 一 … 十; Ocean Engine: preamble, its own TOC, 一 … 九, with "
              "headings such as 九、联系我们 / 七、未成年人条款 close to the host policy's 十三、 如何联系我们 / 九、 未成年人使用我们的服务). "
              "23 changes, all 'added'; one change per appended top-level block. A section of the host policy reported renamed or moved onto an "
              "appended section (or the reverse) is a section error."),
})

print(H)
