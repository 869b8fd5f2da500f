"""Write pairs/<name>/annotation.json for pairs44 (u44d), by hand from `git diff --no-index --word-diff` of each pair,
before any run of policylens.  Format of eval/pairs43c: `changes` the true changes, one per edit place (kind
`modified`, `added`, `removed`; a heading renamed is one change of its own), `noise` what must not be reported (kind
`noise`) or is tolerated either way (kind `optional`).  Texts are excerpts, enough to find the place.

Source: PPT-Narrator/PPT-Narrator.github.io (听播 Tingbo · PPT听稿, an iOS/Android app's site; no licence file: kept for
evaluation only).  No `fetch` snapshot of it can be had here, so every side is the index's stored text
(`read_file` repo/path/commit), written character for character and checked against its `total_chars` (`CHARS`
below); the files whose text the index holds in full are src/zh-7454, zh-12fe, hant-7454, hant-12fe, and-f2c0;
zh-43a4, hant-43a4 and and-7454 were written from those by replacing the differing passages with the index's text of
that commit, and each matches its `total_chars` too.  The index stores one text per version, not the history: the
order 7454 → 43a4 → 12fe is read from the texts (dates 2026-09-13, 09-22, 09-22; 43a4 adds Firebase and still has
the cloud conversion, 12fe removes the conversion), and "consecutive" cannot be checked (zh/privacy.html has 8 stored
versions, the other 5 are not reachable by commit; one, b807b9e, is stored garbled and is not used)."""

import hashlib
import json
import os
import shutil

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = "PPT-Narrator/PPT-Narrator.github.io"
NOLIC = "none (no licence file; kept for evaluation only)"
C7454, C43A4, C12FE = ("745415293b19ab48fc306d63d73969340e54a270", "43a431e8e77e74ecaf73e37c198cc7c1eda95682",
                       "12fe12c517b8e10d5f10c6696ae0b5ad0638c4d6")
CF2C0 = "f2c0e6858d0ec3193132bc58ca66ee5177bf8595"
ZH, HANT, AND = "zh/privacy.html", "zh-hant/privacy.html", "android/zh/privacy.html"
# src file: (commit, path, the index's total_chars)
FILES = {
    "zh-7454.html": (C7454, ZH, 6654), "zh-43a4.html": (C43A4, ZH, 7111), "zh-12fe.html": (C12FE, ZH, 6944),
    "hant-7454.html": (C7454, HANT, 5153), "hant-43a4.html": (C43A4, HANT, 5353), "hant-12fe.html": (C12FE, HANT, 5376),
    "and-f2c0.html": (CF2C0, AND, 5274), "and-7454.html": (C7454, AND, 7058),
}
SRC = {
    "zh-firebase": ("zh-7454.html", "zh-43a4.html"),
    "zh-render": ("zh-43a4.html", "zh-12fe.html"),
    "hant-firebase": ("hant-7454.html", "hant-43a4.html"),
    "hant-render": ("hant-43a4.html", "hant-12fe.html"),
    "tb-script": ("zh-12fe.html", "hant-12fe.html"),
    "and-menu": ("and-f2c0.html", "and-7454.html"),
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


PRE = "(preamble)"
ZHNOTE = ("The Simplified page of an iOS app's privacy policy (听播 Tingbo · PPT听稿): a long <head> (13 hreflang links, Open "
          "Graph, a <style>), a <details> language menu of twelve languages, <h1>隐私政策</h1>, a 「最后更新」 line, ten "
          "<section class=\"card\"> blocks each with an <h2> (unnumbered) and <p>/<ul>, a footer with a copyright line and "
          "links, a Cloudflare beacon <script>.")
HANTNOTE = ("The Traditional (Taiwan-worded) edition of the same policy, written apart and shorter: a site <header> with a "
            "<nav> (brand, three links, a language menu), a breadcrumb 首頁 / iOS 隱私權政策, <h1>iOS 隱私權政策</h1>, a lede, "
            "a <time> date, then ten numbered <h2> 1.–10. each over one <p>, all on ONE source line, a footer menu.")
A = {
    "zh-firebase": (
        [c(PRE, "最后更新：2026 年 9 月 13 日", "最后更新：2026 年 9 月 22 日", "modified", "the update date"),
         c("概述", "<strong>简单来说：本 App 的设计是让你的演示文稿和备注留在你自己的设备上，我们不收集、不出售、也不共享任何个人信息。</strong>",
           "<strong>演示文稿和备注保存在设备上，使用下述转换服务时除外。集成 Firebase 的 iOS 版本会使用 Firebase Analytics 了解功能使用情况；…</strong>",
           "modified", "the bold summary sentence of the second paragraph replaced (Firebase analytics disclosed)"),
         c("我们不收集的信息", "本 App 不需要你注册账号。我们不收集：", "本 App 不需要你注册账号。正常使用时，我们不要求你提供：", "modified",
           "the lead-in reworded (「不收集」 → 「不要求你提供」)"),
         c("我们不收集的信息", "你的姓名、邮箱或任何联系方式。 / 你的位置、通讯录或照片。 / 任何分析、使用追踪或广告标识。 / 你演示文稿或备注中的任何内容。",
           "姓名、邮箱或联系方式；主动发邮件联系我们的情况除外。 / 通讯录或照片访问权限。 / 演示文稿、文件名或备注正文作为 App 统计事件。",
           "modified", "the list of four items replaced by three (location, analytics and ad identifiers no longer promised; "
           "one edit place, however the items pair)"),
         c("我们不收集的信息", "", "集成 Firebase 的 iOS 版本会由 Firebase Analytics 处理使用事件及相关技术信息，详见下方说明。使用云端转换时，演示文稿可能会发送给转换服务。",
           "added", "a paragraph added after the list"),
         c("官网访问统计（不属于 App 追踪）", "官网访问统计（不属于 App 追踪）", "App 与官网统计", "modified",
           "the heading renamed (same place, 6th section)", new_sec="App 与官网统计"),
         c("官网访问统计（不属于 App 追踪）", "", "集成 Firebase 的 iOS 版本使用 Firebase Analytics 记录导入文件的格式与来源、渲染结果及耗时…",
           "added", "a Firebase paragraph added before the Cloudflare one (unchanged)", new_sec="App 与官网统计"),
         c("官网访问统计（不属于 App 追踪）", "上述统计仅适用于访问本网站，不会向 App 添加统计功能，也不会向统计服务发送你的演示文稿、备注或音频。",
           "官网统计与 App 的 Firebase Analytics 是两项独立服务；官网统计不会读取 App 中的演示文稿、备注或音频。", "modified",
           "the closing paragraph rewritten", new_sec="App 与官网统计")],
        [n("nothing else changes: <head>, language menu, the other eight sections and the footer are byte-identical")],
        ZHNOTE + " Firebase Analytics added to the iOS app: summary, the 'not collected' list and the statistics section.",
    ),
    "zh-render": (
        [c("概述", "<strong>演示文稿和备注保存在设备上，使用下述转换服务时除外。集成 Firebase …",
           "<strong>听播 iOS 1.2 及以上版本在设备上渲染 PPT、PPTX 和 Keynote，不会为转换上传演示文稿。集成 Firebase …", "modified",
           "the first sentence of the bold summary replaced (on-device rendering)"),
         c("我们不收集的信息", "我们不收集的信息", "账号与统计数据", "modified", "the heading renamed (2nd section)",
           new_sec="账号与统计数据"),
         c("我们不收集的信息", "本 App 不需要你注册账号。正常使用时，我们不要求你提供： / 姓名、邮箱或联系方式；主动发邮件联系我们的情况除外。 / 通讯录或照片访问权限。 / 演示文稿、文件名或备注正文作为 App 统计事件。",
           "本 App 不需要注册账号。正常使用时，我们不要求你提供姓名、邮箱，也不请求通讯录或照片访问权限。若你主动联系我们，我们会收到你发送的信息。",
           "modified", "lead-in and three-item list rewritten as one paragraph", new_sec="账号与统计数据"),
         c("我们不收集的信息", "集成 Firebase 的 iOS 版本会由 Firebase Analytics 处理使用事件及相关技术信息，详见下方说明。使用云端转换时，演示文稿可能会发送给转换服务。",
           "在集成 Firebase 的 iOS 版本中，自定义统计事件不包含演示文稿内容、文件名或备注正文。Firebase Analytics 会处理使用事件及相关技术信息，详见下方说明。",
           "modified", "the Firebase paragraph rewritten, the cloud-conversion sentence dropped", new_sec="账号与统计数据"),
         c("默认在本地处理", "默认在本地处理", "在设备上处理", "modified", "heading renamed; its paragraph unchanged",
           new_sec="在设备上处理"),
         c("演示文稿转换", "演示文稿转换", "演示文稿渲染", "modified", "heading renamed", new_sec="演示文稿渲染"),
         c("演示文稿转换", "为了把 PPT 或 PPTX 文件的每一页渲染成幻灯片图片，本 App 可能需要进行一次转换： / 本地转换：… / 云端转换：…Cloudflare Worker…CloudConvert… / 你的文件绝不会用于广告…",
           "听播 iOS 1.2 及以上版本在设备上解析、渲染 PPT、PPTX 和 Keynote（.key）。正常导入及重新打开历史记录不会将演示文稿上传到转换服务器。…",
           "modified", "the conversion text (lead, two items, closing line) replaced by the on-device rendering paragraph",
           new_sec="演示文稿渲染"),
         c("演示文稿转换", "", "部分 Keynote 主题图片若未包含在文件中，App 可能按需从 iCloud 下载相应资源；…", "added",
           "an iCloud paragraph added", new_sec="演示文稿渲染"),
         c("第三方服务", "使用云端转换时，Cloudflare 处理任务请求，CloudConvert 接收你选择的演示文稿并生成渲染结果。…我们不会向任何人出售或出租你的数据。",
           "听播 iOS 1.2 及以上版本的正常导入流程不使用 Cloudflare Worker 或 CloudConvert 转换文件。…我们不会出售或出租你的演示文稿与备注。",
           "modified", "the first paragraph rewritten (the GitHub Pages paragraph unchanged)")],
        [n("<head>, language menu, the date line (9 月 22 日 on both), 数据保留与删除 … 联系我们 and the footer unchanged")],
        ZHNOTE + " The cloud conversion replaced by on-device rendering: three headings renamed in place, their texts rewritten.",
    ),
    "hant-firebase": (
        [c(PRE, "2026-09-13", "2026-09-22", "modified", "the <time> date under the lede"),
         c("1. 概述", "聽播會逐頁朗讀簡報備註，協助你練習。本 App 設計上將簡報與備註保留在你的裝置，且我們不蒐集、出售或分享個人資訊。",
           "聽播逐頁朗讀簡報備註。簡報與備註保存在裝置上，使用下述轉換服務時除外。整合 Firebase 的 iOS 版本使用 Firebase Analytics …",
           "modified", "the overview rewritten (Firebase)"),
         c("2. 我們不蒐集的資訊", "使用 App 無須建立帳號。我們不蒐集姓名、電子郵件、聯絡資料、位置、通訊錄、相片、廣告識別碼、使用追蹤資料，或簡報與備註內容。",
           "無須建立帳號。一般使用時不要求姓名、電子郵件、聯絡資料、通訊錄或相片存取權，…雲端轉換可能傳送所選檔案；Firebase Analytics 會處理…",
           "modified", "the paragraph rewritten"),
         c("6. 官網統計", "6. 官網統計", "6. App 與官網統計", "modified", "the heading renamed", new_sec="6. App 與官網統計"),
         c("6. 官網統計", "官網使用 Cloudflare Web Analytics 統計瀏覽、造訪、來源和效能；…不會向 App 加入分析或傳送簡報、備註與音訊。",
           "整合 Firebase 的 iOS 版本使用 Firebase Analytics 記錄匯入格式與來源…官網另以 Cloudflare Web Analytics 統計造訪和效能…",
           "modified", "the paragraph rewritten (Firebase added, the website part condensed)", new_sec="6. App 與官網統計")],
        [n("<head>, header/nav, breadcrumb, title, lede, sections 3–5 and 7–10, the footer unchanged (the whole article is "
           "one source line, so a line diff shows one line changed)")],
        HANTNOTE + " Firebase Analytics added.",
    ),
    "hant-render": (
        [c("1. 概述", "簡報與備註保存在裝置上，使用下述轉換服務時除外。", "iOS 1.2 及以上版本在裝置上繪製 PPT、PPTX 和 Keynote，不會為轉換上傳簡報。",
           "modified", "the second sentence replaced"),
         c("2. 我們不蒐集的資訊", "雲端轉換可能傳送所選檔案；Firebase Analytics 會處理使用事件及相關技術資料。",
           "整合 Firebase 的版本由 Firebase Analytics 處理使用事件及相關技術資料。", "modified",
           "the cloud-conversion clause dropped (heading unchanged)"),
         c("4. 簡報轉換", "4. 簡報轉換", "4. 簡報繪製", "modified", "the heading renamed", new_sec="4. 簡報繪製"),
         c("4. 簡報轉換", "為了將 PPT 或 PPTX 顯示為投影片圖片，某些版本可能進行轉換：…Cloudflare Worker…CloudConvert。…",
           "iOS 1.2 及以上版本在裝置上匯入並繪製 PPT、PPTX 和 Keynote（.key）。一般匯入及重新開啟不會將簡報上傳至轉換伺服器；…",
           "modified", "the paragraph rewritten", new_sec="4. 簡報繪製"),
         c("5. 第三方服務", "遠端轉換時，Cloudflare 處理工作請求，CloudConvert 接收所選簡報並產生結果。我們不出售或出租你的資料。網站由 GitHub Pages 託管，…",
           "部分未包含在 Keynote 檔案中的主題圖片可能按需從 iCloud 下載，但不會上傳你的簡報。iOS 1.2 及以上版本的正常匯入流程不使用 Cloudflare Worker 或 CloudConvert。網站由 GitHub Pages 託管，…",
           "modified", "the paragraph rewritten; 「我們不出售或出租你的資料」 dropped")],
        [n("everything else unchanged (date 2026-09-22 on both)")],
        HANTNOTE + " The conversion replaced by on-device rendering.",
    ),
    "tb-script": (
        [c("账号与统计数据", "账号与统计数据", "2. 我們不蒐集的資訊", "modified",
           "the two editions title the section differently in meaning (account and statistics data / what we do not "
           "collect: the Traditional edition kept the older title)", new_sec="2. 我們不蒐集的資訊"),
         c("账号与统计数据", "若你主动联系我们，我们会收到你发送的信息。", "", "removed",
           "only the Simplified edition says that an e-mail sent to them is received", new_sec="2. 我們不蒐集的資訊"),
         c("第三方服务", "我们不会出售或出租你的演示文稿与备注。", "", "removed",
           "only the Simplified edition promises not to sell or rent (the Traditional one dropped it in 12fe)",
           new_sec="5. 第三方服務")],
        [n("script and Taiwan wording throughout (演示文稿/簡報, 渲染/繪製, 信息/資訊, 收集/蒐集, 文件名/檔名, 设备/裝置 …)"),
         n("the Traditional edition's headings numbered 1.–10., the Simplified ones not"),
         n("the same content condensed or reworded: 概述 (the Simplified edition's definition of 「本 App」「我们」 and "
           "「我们非常重视你的隐私…」), 在设备上处理 (「方便你随时重新打开」, 「在本机完成」), 演示文稿渲染 / 4. 簡報繪製, "
           "App 与官网统计 (links to Firebase's pages in the Simplified edition only), 数据保留与删除 / 7. 保存與刪除, "
           "儿童隐私, 本政策的变更, 联系我们 / 10. 聯絡方式 (same e-mail)"),
         n("the iCloud sentence: in 演示文稿渲染 in the Simplified edition, in 5. 第三方服務 in the Traditional one (moved)"),
         n("page chrome: language menu vs the site header/nav, breadcrumb, App Store button, footer menu, 「原始版本」 link"),
         opt("the title 隐私政策 vs iOS 隱私權政策 (「iOS」 names the edition's scope), and the <title>s"),
         opt("the Traditional lede 「本政策說明聽播 iOS 版如何處理簡報、備註，以及官網造訪資料。」 (a summary, no counterpart)"),
         opt("「預設在裝置上處理」 vs 「在设备上处理」 (by default: the Traditional edition kept the older title's 預設)"),
         opt("the date written 2026-09-22 vs 2026 年 9 月 22 日 (same date)")],
        "Cross-script edition pair of one commit (12fe12c): the Simplified page and the Traditional edition of the same "
        "policy, written apart (not converted). " + HANTNOTE,
    ),
    "and-menu": (
        [],
        [n("<head>: eleven hreflang <link>s added (zh-Hant, ja, ko, …, x-default) and a stylesheet link"),
         n("the language switch 「English · 中文」 (<nav class=\"lang-switch\">) replaced by a <details> language menu of "
           "twelve languages (简体中文 as its summary)")],
        "Formatting-only control: the Simplified Android policy page (听播 Android 隐私政策, VoxaDeck; h1, a publisher line, "
        "one <section> holding an effective date, an intro and nine <h2> 1.–9. with their <p>s, all on one source line). "
        "The body, from <h1> to the footer, is byte-identical.",
    ),
}


def side(name):
    commit, path, chars = FILES[name]
    with open(os.path.join(HERE, "src", name), "rb") as fh:
        data = fh.read()
    assert len(data.decode("utf-8")) == chars, (name, chars)
    return {"repo": REPO, "path": f"{REPO}:{path}", "commit": commit, "index_total_chars": chars, "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


if __name__ == "__main__":
    src_lines, hashes = [], []
    assert sorted(A) == sorted(SRC)
    for pair, (changes, noise, note) in sorted(A.items()):
        os.makedirs(os.path.join(HERE, "pairs", pair), exist_ok=True)
        so, sn = side(SRC[pair][0]), side(SRC[pair][1])
        for k, s, f in (("old", so, SRC[pair][0]), ("new", sn, SRC[pair][1])):
            shutil.copyfile(os.path.join(HERE, "src", f), os.path.join(HERE, "pairs", pair, f"{k}.html"))
            src_lines.append(f"{pair} {k} {s['commit']} {s['index_total_chars']} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{k}.html")
        ann = {"source": {"repo": REPO, "license": NOLIC, "old": so, "new": sn}, "changes": changes, "noise": noise,
               "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
