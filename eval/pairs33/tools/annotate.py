"""Write pairs/<name>/annotation.json for pairs33 (u33b), by hand from `git diff --word-diff`, before any run.  Format of
eval/pairs26, pairs30 and pairs32: `changes` the true changes, one per edit place (a paragraph, a list item, a heading; a
whole new section with its body is one change); `noise` what must not be reported (kind `optional`: tolerated either way)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {
    "px": ("my-telegram-bots/Pixiv_bot", "MIT (repository LICENSE; kept for evaluation only)"),
    "evn": ("kagurazakayashi/EvernightBoard", "Mulan PSL v2 (repository LICENSE)"),
    "comfy": ("ShunL12324/comfy-portal", "Comfy Portal Source Available License (kept for evaluation only)"),
    "awe": ("cloveric/awe-subtranslate-chrome", "MIT (repository LICENSE)"),
}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def opt(what):
    return {"kind": "optional", "what": what}


def n(what):
    return {"kind": "noise", "what": what}


NUM = "heading numbers dropped (「## 1. 我们收集以下内容」 → 「## 我们收集以下内容」, 2., 3. too): numbering, not wording"
A = {
    "px-hans-doc": (
        [c("IP", None, "- 访问本文档", "added", "a new case in which the IP is seen: reading this page")],
        [],
        "Commit 'edit privacy page': 1 change.",
    ),
    "px-hant-blank": ([], [n("a blank line added between a list and a paragraph")], "Only a blank line: no change."),
    "px-hans-reword": (
        [
            c(
                "IP",
                "如果您访问的 telegraph 页面是由 telegram 生成的即时预览页面，那么将不会由任何流量经过本服务。",
                "(仅在浏览器打开 Telegraph 页面情况，即时预览将没有任何流量经过本服务)",
                "modified",
            ),
            c(
                "2. 安全",
                "bot 无任何用户跟踪链接 / 函数，所运行的源码与 Github 版完全一样，…",
                "bot 无任何用户跟踪链接，也不会将您的使用习惯透露给第三方人，所运行的源码与 Github 版完全一样，…",
                "modified",
                "a no-disclosure promise added",
            ),
        ],
        [opt("the unchanged item 「- 访问本文档」 moved after the rewritten paragraph")],
        "2 changes.",
    ),
    "px-hans-telegram": (
        [
            c(
                "用户 id",
                "当您在使用本 bot 的时候，您的 id 可能会被 bot 记录下来。 会触发记录用户 id 的操作目前有以下几个：",
                "当您在使用本 bot 的时候，您的 Telegram id 可能会被 bot 记录以及关联。 会触发记录用户 id 的操作目前有以下几个：",
                "modified",
                "recorded and linked",
            ),
            c(
                "IP",
                "(仅在浏览器打开 Telegraph 页面情况，即时预览将没有任何流量经过本服务)",
                "(仅在浏览器打开 Telegraph 页面情况，Telegram 即时预览将没有任何流量经过本服务)",
                "modified",
            ),
        ],
        [n(NUM)],
        "2 changes; three headings lose their numbers (noise).",
    ),
    "px-hans-quote": ([], [n("a paragraph made a block quote (`> `)")], "Formatting only: no change."),
    "px-hant-export": (
        [c("用戶 id", None, "- 導出畫師所有作品時", "added", "a new case in which the user id is recorded")],
        [],
        "Commit 'edit privacy policy (export author's all illusts)': 1 change.",
    ),
    "px-hant-lead": (
        [
            c(
                "用戶 id",
                "當您在使用本 bot 的時候，…記錄以及關聯。 會觸發記錄用戶 id 的操作目前有以下幾個：",
                "當您在使用本 bot 的時候，…記錄以及關聯。 會記錄用戶 id 的操作目前有：",
                "modified",
            )
        ],
        [
            n(NUM),
            opt("「均不記錄您的訊息」 → 「均不記錄您的資訊」 (a Taiwan localisation of 信息)"),
            opt("「- 訪問本文檔」 → 「- 訪問本文件」 (a Taiwan localisation of 文档)"),
        ],
        "1 change, two localisation fixes (optional), three heading numbers dropped (noise).",
    ),
    "px-hans-id": ([], [n("a control character (U+0008) removed from the end of the heading 「### 用户 id」")], "No visible change."),
    "px-cross": (
        [
            c(
                "IP",
                "(仅在浏览器打开 Telegraph 页面情况，即时预览将没有任何流量经过本服务)",
                "如果您訪問的 telegraph 頁面是由 telegram 生成的即時預覽頁面，那麼將不會由任何流量經過本服務。",
                "modified",
                "the zh-Hant edition still has the older sentence",
            ),
        ],
        [
            n("script (zh-Hans → zh-Hant) everywhere"),
            opt("the item 「訪問本文檔」 before the paragraph in zh-Hant, after it in zh-Hans"),
            opt("「信息」 / 「訊息」, 「源码」 / 「原始碼」, 「自定义」 / 「自訂」 (regional vocabulary)"),
        ],
        "Cross-script: the zh-Hans and zh-Hant files of one commit (50f2af1). 1 true divergence.",
    ),
    "evn-hans-title": (
        [],
        [opt("a title 「# EvernightBoard 长夜锦书」 added above 「隐私权」, which becomes a level-2 heading")],
        "The app's name added as a title: no change of wording.",
    ),
    "evn-hans-loose": (
        [],
        [n("bold dropped from 「**只读**」 and 「**写入**」"), n("blank lines put between list items (a loose list)")],
        "Formatting only: no change.",
    ),
    "evn-hant-convert": (
        [],
        [
            n(
                "script (zh-Hans text in the zh-Hant file → zh-Hant) everywhere; regional vocabulary 程序/程式, 配置文件/設定檔, 网络连接/網路連線, 导入/匯入, 访问/存取"
            ),
            opt("「本程序只会…，并且您可以…」 → 「本程式僅會…，且您可以…」 (same meaning)"),
            n("bold dropped from 「**只读**」 and 「**写入**」; blank lines between list items"),
        ],
        "Cross-script: the zh-Hant file held a copy of the zh-Hans text, then its Traditional edition: no change of meaning.",
    ),
    "comfy-vitepress": (
        [],
        [
            n("front matter `layout: default` dropped"),
            opt("the GitHub Issues link's address (its text unchanged)"),
            opt("the 「返回文档首页」 link's address"),
        ],
        "Site migrated to VitePress: no change of wording.",
    ),
    "comfy-sentry": (
        [
            c("隐私政策", "*最后更新日期：2025年1月30日*", "*最后更新日期：2026年2月23日*", "modified"),
            c(
                "我们收集的信息",
                "- **使用数据**：基本的应用使用统计，如崩溃报告（可选）",
                "- **使用数据**：匿名崩溃报告和错误日志，通过 Sentry 收集（…）",
                "modified",
            ),
            c(
                None,
                None,
                "### 崩溃报告与错误监控（Sentry） (heading, 2 paragraphs, 2 lists of 4 and 3 items, a link paragraph)",
                "added",
                "a whole new section",
                new_sec="崩溃报告与错误监控（Sentry）",
            ),
            c(
                "App Store",
                "### App Store",
                "### App Store / Google Play",
                "modified",
                "heading renamed",
                new_sec="App Store / Google Play",
            ),
            c(
                "App Store",
                "- 我们使用 Apple 的标准分析服务",
                "- 我们使用 Apple 和 Google 的标准分析服务",
                "modified",
                new_sec="App Store / Google Play",
            ),
            c("App Store", "- 遵循 Apple 的隐私准则", "- 遵循 Apple 和 Google 的隐私准则", "modified", new_sec="App Store / Google Play"),
            c(
                "App Store",
                "- App Store 连接受 Apple 隐私政策保护",
                "- 应用商店连接受各平台隐私政策保护",
                "modified",
                new_sec="App Store / Google Play",
            ),
        ],
        [],
        "Commit 'disclose Sentry crash reporting': 7 changes.",
    ),
    "awe-glm": ([c("3. 第三方服务", None, "- 智谱 GLM", "added")], [], "A provider added: 1 change."),
    "awe-revert": ([c("3. 第三方服务", "- 智谱 GLM", None, "removed")], [], "The provider removed again: 1 change."),
}


def main() -> None:
    src: dict[str, dict[str, dict[str, object]]] = {}
    with open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines:
        pair, side, commit, blob, size, sha, path = line.split()
        src.setdefault(pair, {})[side] = {"path": path, "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}
    assert set(src) == set(A), set(src) ^ set(A)
    for pair, (changes, noise, notes) in A.items():
        repo, lic = REPOS[pair.split("-")[0]]
        d = {"source": {"repo": repo, "license": lic, **src[pair]}, "changes": changes, "noise": noise, "notes": notes}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
