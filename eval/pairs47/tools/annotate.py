"""Write pairs/<name>/annotation.json for pairs47 (u47d), by hand from `git diff` (finn pairs) or a character diff of
the two stored versions (notes, cube pairs), reading each document in full, before any run of policylens.  Format of
eval/pairs46c: `changes` the true changes, one per edit place (kind `modified`, `added`, `removed`); `noise` what must not
be reported (kind `noise`), or is tolerated either way (kind `optional`).  Texts are excerpts, enough to find the place.

Sources.  finn-*: byte for byte from the `fetch` snapshot of TianZhongYang/simple-account-privacy (`git show
COMMIT:privacy.html`; checked here against the snapshot when it is on the machine).  notes-*, cube-*: no snapshot could be
fetched ("No snapshot of that repository can be had here"), so each side is the search index's stored text of that file
at that commit (`read_file`), written character for character and checked against the index's `total_chars`; the index
holds 6 (notes) and 3 (cube) versions of each file and names only some of their commits, so these pairs are two stored
revisions, not shown to be consecutive (no intermediate revision could be listed).  cube-xscript pairs the zh-Hans page
at the older commit with the zh-Hant page at the newer one (a cross-script version pair: the zh-Hant page is a Taiwan
translation of the newer zh-Hans page, checked side by side)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file seen; kept for evaluation only)"
FINN, NOTES, CUBE = "TianZhongYang/simple-account-privacy", "mrckl-md/little-notes-support", "sarcopods/cubewords-legal"
SNAP = {FINN: "/work/.mirror/TianZhongYang+simple-account-privacy/repo"}
F = "privacy.html"
# pair: ((repo, commit, path, index id or None, total_chars or None) old, (...) new)
SRC = {
    "finn-labs": ((FINN, "b093ebe", F, None, None), (FINN, "5c1b1d1", F, None, None)),
    "finn-contact": ((FINN, "5c1b1d1", F, None, None), (FINN, "75f8fa3", F, None, None)),
    "finn-notify": ((FINN, "75f8fa3", F, None, None), (FINN, "37661e1", F, None, None)),
    "finn-same": ((FINN, "5c1b1d1", F, None, None), (FINN, "5b0cf5b", F, None, None)),
    "finn-terms": ((FINN, "75f8fa3", F, None, None), (FINN, "6abf41d", F, None, None)),
    "notes-hans": ((NOTES, "b1f03fab814e82315e5b9176bbd00a3bd6b866a0", "privacy-zh-Hans.html", "71010824463", 2912),
                   (NOTES, "00c6d5756cf8091106c92c087c1ca0135061ac1e", "privacy-zh-Hans.html", "71288839029", 3513)),
    "notes-hant": ((NOTES, "b1f03fab814e82315e5b9176bbd00a3bd6b866a0", "privacy-zh-Hant.html", "71478719473", 2874),
                   (NOTES, "5cd0da1a52ae3f66a4c3bddabccfc5959af32375", "privacy-zh-Hant.html", "71422232200", 3490)),
    "cube-hans": ((CUBE, "6431cdd705f7abd05cf82a3de43cd559f73a2b24", "privacy-zh.html", "68310813686", 7456),
                  (CUBE, "22624b8b01953e042d177718fb42bff36b28f47f", "privacy-zh.html", "68682140965", 7983)),
    "cube-xscript": ((CUBE, "6431cdd705f7abd05cf82a3de43cd559f73a2b24", "privacy-zh.html", "68310813686", 7456),
                     (CUBE, "22624b8b01953e042d177718fb42bff36b28f47f", "privacy-zh-Hant.html", "68825907782", 7976)),
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
FINNNOTE = ("A HarmonyOS bookkeeping app's privacy page (简账 Finn, developer WuLe): a styled <header> (app name, a badge "
            "隐私政策, the effective date and developer), a highlight box 核心承诺, <h2> 一、…七、 (八、 after finn-notify), a "
            "contact block with <h3> 联系我们, a footer 「© 2026 WuLe Labs · 简账 Finn · 保留所有权利」.  zh-CN HTML.")
NOTESNOTE = ("An offline encryption keyboard app's privacy page (小纸条 / Little Notes), minified one-line HTML: header with "
             "a four-language nav, <h1>, a tagline, <section><h2> per topic, a footer nav and a date line.")
CUBENOTE = ("An offline word game's privacy page (CubeWords), static HTML with a 6 kB <style>, a header (<h1> 隐私政策, "
            "「CubeWords · 更新：DATE」), a language nav, <h2> 概要 … 变更, a footer.")
A = {
    "finn-labs": (
        [c(PRE, "生效日期：2026年6月7日 &nbsp;|&nbsp; 开发者：WuLe Labs", "生效日期：2026年6月6日 &nbsp;|&nbsp; 开发者：WuLe",
           "modified", "the header meta line: the effective date 7 → 6 June and the developer's name WuLe Labs → WuLe (one line)")],
        [],
        FINNNOTE + " Consecutive revisions (b093ebe → 5c1b1d1, 「Add files via upload」, 10 minutes apart): one header line.",
    ),
    "finn-contact": (
        [c("联系我们", "开发者：WuLe Labs | 邮箱：wule1337@qq.com", "开发者：WuLe | 邮箱：wule1337@qq.com", "modified",
           "the contact block's developer name (the <h3> 联系我们 may read as a sub-section of 八、适用范围; judged by place)")],
        [],
        FINNNOTE + " Consecutive revisions (5c1b1d1 → 75f8fa3, 「Add files via upload」; 5b0cf5b/77dd990 between them add and "
        "delete another file, privacy.html untouched): one line of the contact block.",
    ),
    "finn-notify": (
        [c(NONE, "", "简账 / Finn 提供「智能记账」功能，可在您授权后读取通知栏内容…仅读取微信、支付宝、云闪付等支付类应用的付款通知 … "
           "通知内容不会上传至任何服务器 … 其他应用的通知内容一律不读取 … 您可随时在系统设置中关闭该权限", "added",
           "a new section (a paragraph and five <li>) inserted as 二、; judged by the section", new_sec="二、通知访问权限（可选）")],
        [n("the later headings renumbered 二→三 … 七→八 (数据存储与安全, 数据共享, 用户权利, 儿童隐私, 隐私政策的更新, 适用范围), "
           "their text unchanged")],
        FINNNOTE + " Consecutive revisions (75f8fa3 → 37661e1; 6abf41d between them adds terms.html only): a section inserted, "
        "the rest renumbered.",
    ),
    "finn-same": (
        [],
        [],
        FINNNOTE + " **Control**: privacy.html at 5c1b1d1 and at 5b0cf5b (a commit that added finn_privacy_policy.html): the "
        "same blob.",
    ),
    "finn-terms": (
        [],
        [],
        FINNNOTE + " **Control**: privacy.html at 75f8fa3 and at 6abf41d (a commit that added terms.html): the same blob.",
    ),
    "notes-hans": (
        [c("适用范围", "生效及最近更新日期：2026-10-04；对应 App 0.12.6（22）。", "生效及最近更新日期：2026-10-09；对应 App 0.13.0。",
           "modified", "the effective date and the app version"),
         c(NONE, "", "你创建或确认导入的联系人专用方案包含算法顺序、专用密钥和参与身份，保存在本机加密资料中。…", "added",
           "new section after 隐私权利", new_sec="联系人专用方案"),
         c(NONE, "", "群名、成员公钥、群钥匙版本和消息记录只保存在本机。…记录没有固定条数上限…", "added", "new section",
           new_sec="群聊与本地记录（0.13.0）"),
         c(NONE, "", "键盘默认进入“输入”，不需要朋友接收卡或完全访问即可正常打字；…App 与键盘均不发起网络请求；…", "added",
           "new section, the last", new_sec="普通输入与离线运行")],
        [opt("the <title> separator 「隐私政策 · 小纸条」 → 「隐私政策 / 小纸条」 (punctuation only; a title entry is tolerated)"),
         opt("the footer date line 「小纸条 · Little Notes · 2026-10-04」 → 「小纸条 / Little Notes / 2026-10-09」 (the date "
             "repeats the one in 适用范围; reporting it is tolerated, as is treating it as chrome)")],
        NOTESNOTE + " zh-Hans.  Two stored revisions (b1f03fab, 0.12.6 of 2026-10-04 → 00c6d575, 0.13.0 of 2026-10-09).",
    ),
    "notes-hant": (
        [c("適用範圍", "生效及最近更新日期：2026-10-04；對應 App 0.12.6（22）。", "生效及最近更新日期：2026-10-09；對應 App 0.13.0。",
           "modified", "the effective date and the app version"),
         c(NONE, "", "你建立或確認匯入的聯絡人專用方案包含演算法順序、專用金鑰與參與身份，保存在本機加密資料中。…", "added",
           "new section after 隱私權利", new_sec="聯絡人專用方案"),
         c(NONE, "", "群組名稱、成員公鑰、群組金鑰版本及訊息記錄只儲存在本機。…記錄沒有固定筆數上限…", "added", "new section",
           new_sec="群組與本機記錄（0.13.0）"),
         c(NONE, "", "鍵盤預設進入「輸入」，不需朋友接收卡或完整取用即可打字；…App 與鍵盤均不發出網路請求；…", "added",
           "new section, the last", new_sec="一般輸入與離線運作")],
        [opt("the <title> separator 「隱私權政策 · 小紙條」 → 「隱私權政策 / 小紙條」"),
         opt("the footer date line 「小纸条 · Little Notes · 2026-10-04」 → 「小纸条 / Little Notes / 2026-10-09」")],
        NOTESNOTE + " zh-Hant (Taiwan wording).  Two stored revisions (b1f03fab → 5cd0da1a, 0.12.6 → 0.13.0).",
    ),
    "cube-hans": (
        [c(PRE, "CubeWords · 更新：2026-09-12", "CubeWords · 更新：2026-09-25", "modified", "the header's updated date"),
         c("概要", "…你在游戏中产生的一切都保存在你的设备本地，唯一的例外是购买环节（见下文）。",
           "…仅有两个例外：购买验证环节（RevenueCat），以及在你开启 iCloud 时通过你自己的 Apple iCloud 账户同步关卡进度（见下文）。",
           "modified", "a second exception: iCloud sync"),
         c("购买时处理的数据", "如果你购买应用内解锁项目「完整版游戏」，付款由 Apple App Store 完成。",
           "如果你购买任一应用内购买项目（「完整版游戏」一次性解锁、「词汇全解」专业词包，或「3 个提示」消耗型道具），付款由 Apple App Store 完成。",
           "modified", "one purchase → three"),
         c(NONE, "", "如果你的设备开启了 iCloud，游戏会通过 Apple 的 iCloud 键值存储同步一项数据——当前关卡编号…你可以在 iOS 设置 → "
           "你的姓名 → iCloud 中关闭本 App 的 iCloud 权限来停用同步。", "added", "a new section after 购买时处理的数据",
           new_sec="开启 iCloud 同步时处理的数据"),
         c("数据保留与你的权利", "删除 App 即从设备上移除全部游戏数据。",
           "删除 App 即从设备上移除全部游戏数据（iCloud 中的关卡编号可通过关闭本 App 的 iCloud 权限清除）。", "modified",
           "a parenthesis added")],
        [],
        CUBENOTE + " zh-Hans.  Two stored revisions (6431cdd7 of 2026-09-12 → 22624b8b of 2026-09-25).",
    ),
    "cube-xscript": (
        [c(PRE, "CubeWords · 更新：2026-09-12", "CubeWords · 更新：2026-09-25", "modified", "the header's updated date"),
         c("概要", "…唯一的例外是购买环节（见下文）。",
           "…僅有兩個例外：購買驗證環節（RevenueCat），以及在您開啟 iCloud 時透過您自己的 Apple iCloud 帳號同步關卡進度（見下文）。",
           "modified", "a second exception: iCloud sync", new_sec="概要"),
         c("购买时处理的数据", "如果你购买应用内解锁项目「完整版游戏」，付款由 Apple App Store 完成。",
           "若你購買任一應用內購買項目（「完整版遊戲」一次性解鎖、「詞彙全解」專業詞庫包，或「3 個提示」消耗型道具），付款由 Apple App Store 完成。",
           "modified", "one purchase → three", new_sec="購買時處理的資料"),
         c(NONE, "", "若您的裝置開啟了 iCloud，遊戲會透過 Apple 的 iCloud 鍵值儲存同步一項資料——目前關卡編號…", "added",
           "a new section after 購買時處理的資料", new_sec="開啟 iCloud 同步時處理的資料"),
         c("数据保留与你的权利", "删除 App 即从设备上移除全部游戏数据。",
           "移除 App 即從裝置上移除全部遊戲資料（iCloud 中的關卡編號可透過關閉本 App 的 iCloud 權限清除）。", "modified",
           "a parenthesis added", new_sec="資料保留與你的權利")],
        [n("Simplified → Traditional script and Taiwan wording throughout (数据/資料, 设备/裝置, 本地/本機, 账号/帳號, 标识符/識別碼, "
           "跟踪/追蹤, 崩溃/當機, 用户/使用者, 支持/支援, 恢复/復原, 生成/產生, 服务端/伺服器端, 设置/設定, 运营/營運, 查看/檢視 …)"),
         n("<html lang> zh-Hans → zh-Hant; the language nav's current item; the footer link terms-zh → terms-zh-Hant"),
         opt("translation choices a reader may see as rewording: 单词/單字, 电子邮箱/電子郵件, 全年龄段/全年齡, 提供方/提供者, "
             "如果/若, 也/亦, 删除 App/移除 App, 「报告问题」渠道/「問題反映」管道, 发送邮件至/寄信至, 你/您 (the new text mixes 你 and 您), "
             "自动/自動 with full-width ／ in 「裝置／安裝識別碼」「收據／交易紀錄」"),
         opt("the heading 联系我们 → 聯絡方式 (a translation; a rename flag or a reworded title is tolerated, its body 如有疑问，请发送邮件至 "
             "support@cubewords.app → 如有疑問，請寄信至 support@cubewords.app)")],
        CUBENOTE + " Cross-script version pair: the zh-Hans page of 2026-09-12 (6431cdd7) → the zh-Hant page of 2026-09-25 "
        "(22624b8b), a Taiwan translation of that day's zh-Hans page (same structure, same <title>「隐私政策 — CubeWords」 and "
        "<h1>「隐私政策」 left in Simplified).  The real changes are cube-hans's five.",
    ),
}


def side(pair, which, spec):
    repo, commit, path, idx, total = spec
    data = open(os.path.join(HERE, "pairs", pair, which + ".html"), "rb").read()
    d = {"repo": repo, "path": path, "commit": commit, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    if idx:
        text = data.decode("utf-8")
        assert len(text) == total, (pair, which, len(text), total)
        d.update({"index_id": idx, "total_chars": total, "chars": len(text)})
    elif os.path.isdir(SNAP.get(repo, "")):
        full = subprocess.run(["git", "--git-dir", SNAP[repo], "rev-parse", commit], capture_output=True, text=True,
                              check=True).stdout.strip()
        blob = subprocess.run(["git", "--git-dir", SNAP[repo], "rev-parse", f"{commit}:{path}"], capture_output=True,
                              text=True, check=True).stdout.strip()
        assert subprocess.run(["git", "--git-dir", SNAP[repo], "cat-file", "-p", blob], capture_output=True,
                              check=True).stdout == data, (pair, which)
        d.update({"commit": full, "blob": blob})
    return d


def main():
    for pair, (changes, noise, note) in A.items():
        old, new = SRC[pair]
        src = {"repo": old[0], "license": NOLIC, "old": side(pair, "old", old), "new": side(pair, "new", new)}
        out = {"source": src, "changes": changes, "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(A), "pairs,", sum(len(v[0]) for v in A.values()), "changes")


if __name__ == "__main__":
    main()
