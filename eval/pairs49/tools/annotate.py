"""Write pairs/<name>/annotation.json for pairs49 (u49d), by hand from `git diff` of each pair (or a side-by-side read of
the index texts), reading each document in full, before any run of policylens.  Format of eval/pairs48: `changes` the
true changes, one per edit place (kind `modified`, `added`, `removed`, `renamed` for a heading whose words change);
`noise` what must not be reported (kind `noise`) or is tolerated either way (kind `optional`).  Texts are excerpts,
enough to find the place.  Fetched sides are byte for byte `git show COMMIT:PATH` (`tools/extract.sh`), checked here;
index-held sides were written character for character from `read_file` and are checked against its `total_chars`."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file seen; kept for evaluation only)"
M = "/work/.mirror"
G, X = "GinkgoLeafLab/ginkgoleaflab.github.io", "xuchenfu9/perfect-list"
PP, PM, PG, PH = "privacy-policy.html", "privacy-policy.md", "partygames-privacy-policy.html", "photo-privacy-policy.html"
SRC = {
    "ginkgo-xscript": (G, "07d258d", "zh-Hans/privacy-policy.md", "07d258d", "zh-Hant/privacy-policy.md", "md"),
    "simple-md-collect": (X, "3150688", PM, "37ce3ff", PM, "md"),
    "simple-html-weather": (X, "20f3c9f", PP, "7219032", PP, "html"),
    "simple-md-trad": (X, "20f3c9f", PM, "5e3b837", PM, "md"),
    "party-age": (X, "3ca7845", PG, "e0b9e6b", PG, "html"),
    "party-features": (X, "e0b9e6b", PG, "d761ad8", PG, "html"),
    "photo-rebrand": (X, "927595f", PH, "d2bea98", PH, "html"),
}
# No snapshot of these repositories could be fetched: each side is the search index's stored text of the file at that
# commit (`read_file`), written character for character (or, for a side that differs from the other by a few lines,
# the other side with those lines replaced) and checked against the index's total_chars.  Two stored revisions are not
# shown to be consecutive.  pair: (repo, old (commit, path, index id, total_chars), new (...))
H, Y = "2922062699-beep/hermes-mobile-docs", "DennyClarkson/yikuaiji-docs"
INDEXED = {
    "hermes-nav": (
        H,
        ("0c6575154eac609ea788af806836e4194aec87b3", "privacy-policy-zh.html", "61666217361", 4236),
        ("4284f9fef2b22531daa19357c9080f80a12fc61c", "privacy-policy-zh.html", "61604399636", 4524),
    ),
    "yikuaiji-nav": (
        Y,
        ("1a5f71cab01587d421d9a26b64d31b5ab81450b3", "privacy.html", "58379053876", 6668),
        ("31d90372af88036d41bd3e88f34e8b4638197df1", "privacy.html", "58275837056", 7053),
    ),
    "yikuaiji-xscript": (
        Y,
        ("31d90372af88036d41bd3e88f34e8b4638197df1", "privacy.html", "58275837056", 7053),
        ("31d90372af88036d41bd3e88f34e8b4638197df1", "privacy-zh-Hant.html", "58244669043", 7169),
    ),
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
SIMPLE = (
    "Simple Tasks / 任务清单 / 番茄钟Todo, a to-do app by 付书艺 (Shuyi Fu): one page holding the English policy, then "
    "after a rule the Simplified Chinese one (# Privacy Policy … ## 1.–9., --- # 隐私政策 … ## 1.–9.), each with its own "
    "numbered sections (the numbers repeat).  Bilingual, no language switch."
)
A = {
    "hermes-nav": (
        [],
        [
            n("the nav bar: 首页 → Home, four setup links added, the links put one per source line"),
            n("CSS of .nav (display:flex, gap)"),
        ],
        "Hermes Mobile (an iOS console for a self-hosted agent), zh-CN HTML, <h1>, <h2> 1.–9. with <h3> sub-sections, a "
        "nav <div> of links before the <h1>.  **Control**: only the nav and its CSS change.",
    ),
    "yikuaiji-nav": (
        [],
        [
            n("<head>: three <link rel=alternate hreflang>"),
            n(
                "<header>: the brand's <span>YiKuaiJi</span> dropped; a language <nav> (简体中文 / English / 繁體中文) added; "
                "the docs nav 支持 / Support → 支持, 中文教程 → 使用教程, the English guide link removed"
            ),
        ],
        "一块记 / YiKuaiJi (a receipt-keeping app), zh-Hans HTML, one long line per block, <section> <h2> 1.–9., a table "
        "of contents <details>.  **Control**: only the page header changes.",
    ),
    "yikuaiji-xscript": (
        [
            c(
                PRE,
                "",
                "繁體中文譯本整理日期：2026-09-05；對應 2026-09-04 簡體中文發布準備稿。各語言版本均待法律覆核，翻譯不改變法定權利。",
                "added",
                "a translator's note paragraph before the 修訂日期 paragraph",
            ),
        ],
        [
            n(
                "Simplified → Traditional script with Hong Kong wording throughout (隐私/私隱, 数据/資料, 信息/信息, 文档/文件, 账号/帳號, "
                "用户/用户, 邮箱/郵箱, 网络/網絡, 服务器/伺服器, 导出/匯出, 默认/默認 …); headings, <title>, nav, header, footer"
            ),
            opt(
                "translation choices: 归档/封存 (7.), 请求头/請求標頭 (5.), 公开文档/公開文件 (6.), 跳转到正文/跳至正文, 使用教程/使用教學"
            ),
        ],
        "一块记's zh-Hans page against its zh-Hant page of the same commit (31d9037): a **cross-script edition pair**, the "
        "Traditional page written for Hong Kong (私隱, 用户, 郵箱, 網絡 — not Taiwan's 隱私, 使用者, 信箱, 網路).  One real "
        "difference: the translator's note added at the top.",
    ),
    "ginkgo-xscript": (
        [],
        [
            n(
                "Simplified → Traditional script with Taiwan wording throughout (信息/資訊, 应用程序/應用程式, 用户/使用者, 设备/裝置, "
                "数据/資料, 披露/揭露, 访问/存取, 卸载/解除安裝 …); the headings 1.–9. and 2.1, 2.2 (no rename)"
            ),
            opt(
                "translation choices that a reader may see as rewording (no content differs): 我方/本公司, 个人身份信息/任何個人識別資訊 "
                "(任何 added), 崩溃报告：用于帮助诊断技术问题的匿名数据/當機報告：匿名資料，用於協助診斷技術問題, AI 翻译/AI 驅動翻譯, "
                "4.'s second sentence reworded, 疑问/疑慮, 做法/實務, 有意/故意, 保留所有权利/保留一切權利, the date line 时间/日期"
            ),
        ],
        "GinkgoGo (an AI translation app), plain text pages (.md without Markdown markup: numbered lines 1. 简介 … 9. 联系我们, "
        "2.1/2.2).  zh-Hans against zh-Hant of the same commit 07d258d: a **cross-script edition pair**, Taiwan Traditional, "
        "translated apart: expected clean (no content differs).",
    ),
    "simple-md-collect": (
        [
            c(
                "1.1 Data You Create",
                "",
                "**All data above is created by you and stored only on your device and your personal iCloud account. …**",
                "added",
                "a bold paragraph after the list",
            ),
            c("1.3 Data We Do NOT Collect", "", "**We do not collect any user data.** Specifically:", "added", "a lead-in before the list"),
            c("1.3 Data We Do NOT Collect", "", "- Any data you create in the App", "added", "an item appended"),
            c(
                "1.1 您创建的数据",
                "",
                "**以上所有数据均由您创建，仅存储在您的设备和个人 iCloud 帐户中。我们不收集、传输或访问任何这些数据。**",
                "added",
                "the same, Chinese part",
            ),
            c("1.3 我们不收集的数据", "", "**我们不收集任何用户数据。**具体包括：", "added"),
            c("1.3 我们不收集的数据", "", "- 您在应用中创建的任何数据", "added"),
        ],
        [],
        SIMPLE + "  3150688 → 37ce3ff (consecutive): three additions in each language.",
    ),
    "simple-html-weather": (
        [
            c(PRE, "Effective Date: February 21, 2026", "Effective Date: February 25, 2026", "modified", "English header date"),
            c("2. Data You Create", "", "Scheduled Reminders: Reminder titles, times, repeat frequencies", "added", "an item inserted"),
            c(
                "3. Third-Party Services",
                "The App only uses Apple's built-in services:",
                "The App uses the following services: / Apple Built-in Services:",
                "modified",
                "the lead-in reworded and a bold sub-label added after it (one change)",
            ),
            c("3. Third-Party Services", "", "Apple WeatherKit — Weather data provided by Apple Weather. …", "added", "an item inserted"),
            c(
                "4. System Permissions",
                "Location: Attach locations to tasks",
                "Location: Attach locations to tasks or retrieve local weather",
                "modified",
            ),
            c(
                "4. System Permissions",
                "Notifications: Receive reminders",
                "Notifications: Receive task reminders and scheduled reminders",
                "modified",
            ),
            c(
                "6. Data Deletion",
                "Delete tasks and habits directly in the App",
                "Delete tasks, habits, and scheduled reminders directly in the App",
                "modified",
            ),
            c(
                "隐私政策 (preamble)",
                "生效日期：2026 年 2 月 21 日",
                "生效日期：2026 年 2 月 25 日",
                "modified",
                "the Chinese part's header date (under its <h1> 隐私政策)",
            ),
            c("2. 您创建的数据", "", "定时提醒：提醒标题、时间、重复频率", "added"),
            c("3. 第三方服务", "本应用仅使用 Apple 内置服务：", "本应用使用以下服务： / Apple 内置服务：", "modified"),
            c("3. 第三方服务", "", "Apple WeatherKit — 天气数据由 Apple Weather 提供。…", "added"),
            c("4. 系统权限", "位置：为任务附加位置", "位置：为任务附加位置或获取本地天气", "modified"),
            c("4. 系统权限", "通知：接收提醒", "通知：接收任务提醒和定时提醒", "modified"),
            c("6. 数据删除", "在应用内直接删除任务和习惯", "在应用内直接删除任务、习惯和定时提醒", "modified"),
        ],
        [],
        SIMPLE.replace(
            "(# Privacy Policy … ## 1.–9., --- # 隐私政策 … ## 1.–9.)",
            "(<h1>Privacy Policy</h1>, <div class=section><h2> 1.–8., <hr>, <h1>隐私政策</h1>, <h2> 1.–8.)",
        )
        + "  HTML 20f3c9f → 7219032 (consecutive): a weather feature and "
        "scheduled reminders, seven edits in each language.",
    ),
    "simple-md-trad": (
        [
            c(
                "隐私政策 (preamble)",
                "生效日期：2026 年 2 月 21 日",
                "生效日期：2026 年 2 月 25 日",
                "modified",
                "the Chinese part's date (the English date is unchanged)",
            ),
            c(
                "隐私政策 (preamble)",
                '任务清单（以下简称"本应用"）由付书艺开发。',
                '番茄钟Todo（以下简称"本应用"）由付书艺开发。',
                "modified",
                "the app renamed in the intro",
            ),
            c(
                "1. 我们不收集您的数据",
                "**任务清单在设计时充分考虑了隐私保护。…**",
                "**番茄钟Todo在设计时充分考虑了隐私保护。…**",
                "modified",
                "the app renamed",
            ),
            c(
                NONE,
                "",
                "# 隱私政策 … ## 1. 我們不收集您的資料 … ## 8. 聯絡我們 **電郵**：fxcpxs@163.com",
                "added",
                "a whole Traditional Chinese (Taiwan) edition appended after the Simplified one: one change, shown as added sections "
                "after 8. 联系我们 (a heading 隱私政策 and eight sections)",
            ),
        ],
        [n("the --- rule before the appended edition")],
        SIMPLE.replace("the Simplified Chinese one", "the Simplified Chinese one; the new side appends a Traditional one")
        + "  Markdown 20f3c9f → "
        "5e3b837 (consecutive; 7219032 did not touch the .md): the app renamed 任务清单 → 番茄钟Todo in the Chinese part, "
        "its date, and a Traditional edition appended — a **trilingual** page whose new edition duplicates the Simplified "
        "text across scripts.",
    ),
    "party-age": (
        [
            c(
                PRE,
                "最后更新日期：2026年2月23日 | 版本 1.0.2",
                "最后更新日期：2026年2月25日 | 版本 1.0.3",
                "modified",
                "the date and version line under the <h1>",
            ),
            c(
                "儿童隐私",
                "…部分游戏模式包含模拟手枪元素（仅用于派对娱乐场景）…",
                "…部分游戏模式包含刺激的运气和反应玩法元素（仅用于派对娱乐场景）…",
                "modified",
            ),
        ],
        [],
        "Party Games (a local multiplayer party-game app by the same developer), zh-CN HTML: <h1>, a date line, <h2> sections "
        "简介 … 联系我们 with <h3> sub-sections, a contact <div> whose <h2> is styled inline, an 重要提示 box.  3ca7845 → "
        "e0b9e6b (consecutive).",
    ),
    "party-features": (
        [
            c(
                NONE,
                "",
                "## 应用功能: Party Games 是一款本地多人派对游戏合集，包含以下游戏模式：… (six items)",
                "added",
                "a section inserted between 简介 and 信息收集: one change",
            ),
        ],
        [opt("简介: the comma after 隐私 turned from full width 「，」 to ASCII 「,」 (a typo, no content)")],
        "Party Games, e0b9e6b → d761ad8 (consecutive): a section describing the game modes inserted.",
    ),
    "photo-rebrand": (
        [
            c(
                "佳佳证件照 - 隐私政策",
                "佳佳证件照 - 隐私政策",
                "佳佳照片 - 隐私政策",
                "renamed",
                "the <h1>, the document title (the app renamed)",
                "佳佳照片 - 隐私政策",
            ),
            c(PRE, "最后更新日期：2026年2月", "最后更新日期：2026年8月12日", "modified", "the date line"),
            c(
                PRE,
                "我们非常重视您的隐私。本隐私政策说明了「佳佳证件照」应用如何收集…",
                "本隐私政策适用于「佳佳照片」（以下统称「本应用」）。…以及本应用发起公开信息请求时的处理方式。",
                "modified",
                "the intro rewritten",
            ),
            c("信息收集", "…用于拍摄和处理证件照。", "…用于拍摄和处理照片。", "modified"),
            c(
                "我们收集的信息",
                "无。您的照片和面部数据仅在设备本地处理，不会上传到任何服务器。",
                "我们不会收集或上传您的照片、面部数据或身份信息。照片和面部位置数据仅在您的设备本地处理。",
                "modified",
                "the card under 信息收集 (<h3>)",
            ),
            c("面部数据", "…用于证件照的自动裁剪和定位。", "…用于照片的自动裁剪和定位。", "modified"),
            c(
                "面部数据的用途",
                "计算头部在照片中的比例，确保符合证件照规格要求",
                "计算头部在照片中的比例，帮助调整照片构图和尺寸",
                "modified",
            ),
            c("面部数据的处理方式", "否： 不会上传到任何服务器", "否： 不会将照片或面部数据上传到服务器", "modified"),
            c(
                "存储方式",
                "处理完成后立即从内存中释放",
                "处理完成、切换照片或退出应用后从内存中释放",
                "modified",
                "a card (<h3>) under 面部数据的存储与保留",
            ),
            c(
                "保留期限",
                "处理完成后立即从内存中清除",
                "处理完成后不再保留临时面部位置数据",
                "modified",
                "a card (<h3>) under 面部数据的存储与保留",
            ),
            c("保留期限", "用户退出应用或切换照片时，所有临时数据都会被清除", "导出的照片仅在您主动保存后保留在您的系统相册中", "modified"),
            c("面部数据的第三方共享", "面部数据的第三方共享", "网络请求与第三方", "renamed", "", "网络请求与第三方"),
            c(
                "面部数据的第三方共享",
                "本应用不包含任何将数据发送到外部服务器的功能",
                "本应用可能向 Apple App Store 查询公开版本信息…",
                "modified",
                "item 1 rewritten (now: network requests)",
                "网络请求与第三方",
            ),
            c(
                "面部数据的第三方共享",
                "不使用任何第三方分析或广告服务",
                "您主动打开的外部链接由相应服务提供商处理；…",
                "modified",
                "item 2 rewritten",
                "网络请求与第三方",
            ),
            c(
                "面部数据的第三方共享",
                "不与任何第三方公司共享用户数据",
                "本应用不集成第三方广告或行为分析服务，也不会与第三方共享照片或面部数据。",
                "modified",
                "item 3 rewritten",
                "网络请求与第三方",
            ),
            c("数据存储", "否： 不会上传到云端服务器", "否： 不会将照片或面部数据上传到云端服务器", "modified"),
            c(
                "本地处理技术",
                "重要说明：以上所有技术均在您的设备本地运行，不涉及任何网络传输或第三方数据收集。",
                "重要说明：以上图像与面部处理技术均在您的设备本地运行。公开版本和推荐内容请求不包含照片或面部数据。",
                "modified",
            ),
            c(NONE, "", "## 您的选择与删除 (three items)", "added", "a section inserted between 本地处理技术 and 权限说明"),
            c("权限说明", "相机 | 拍摄证件照 | 可选", "相机 | 拍摄照片 | 可选", "modified", "a table cell"),
            c("联系我们", "来源页面：语雀隐私政策文档", "", "removed", "the source-page link line removed"),
        ],
        [opt("<title> 佳佳证件照 - 隐私政策 → 佳佳照片 - 隐私政策"), opt("footer © 2026 佳佳证件照 → 佳佳照片 版权所有")],
        "佳佳证件照 → 佳佳照片 (an ID-photo app renamed to a photo app), zh-CN HTML: a hero <section> (eyebrow, <h1>, date, "
        "intro), <section>s with <h2>, cards with <h3>, two tables, a footer.  927595f → d2bea98 (consecutive): **a revision "
        "touching every section** (the app renamed and widened, network requests disclosed, a section added, one renamed).",
    ),
}


def side(repo, commit, path):
    g = f"{M}/{repo.replace('/', '+')}/repo"
    full = subprocess.run(["git", "-C", g, "rev-parse", commit], capture_output=True, text=True, check=True).stdout.strip()
    blob = subprocess.run(["git", "-C", g, "rev-parse", f"{commit}:{path}"], capture_output=True, text=True, check=True)
    data = subprocess.run(["git", "-C", g, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
    return {
        "repo": repo,
        "path": path,
        "commit": full,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "blob": blob.stdout.strip(),
    }, data


def main() -> None:
    for name, (repo, oc, op, nc, np_, ext) in SRC.items():
        changes, noise, note = A[name]
        src = {"repo": repo, "license": NOLIC}
        for key, (cm, pth) in (("old", (oc, op)), ("new", (nc, np_))):
            info, data = side(repo, cm, pth)
            with open(os.path.join(HERE, "pairs", name, f"{key}.{ext}"), "rb") as f:
                assert f.read() == data, (name, key)
            src[key] = info
        write(name, src, changes, noise, note)
    for name, (repo, *sides) in INDEXED.items():
        changes, noise, note = A[name]
        src = {"repo": repo, "license": NOLIC}
        for key, (cm, pth, idx, total) in zip(("old", "new"), sides, strict=True):
            with open(os.path.join(HERE, "pairs", name, f"{key}.html"), "rb") as f:
                data = f.read()
            assert len(data.decode("utf-8")) == total, (name, key)
            src[key] = {
                "repo": repo,
                "path": pth,
                "commit": cm,
                "index_id": idx,
                "total_chars": total,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        write(name, src, changes, noise, note)


def write(name, src, changes, noise, note):
    out = {"source": src, "changes": changes, "noise": noise, "note": note}
    with open(os.path.join(HERE, "pairs", name, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
