"""Write pairs/<name>/annotation.json for pairs35 (u35p), by hand from `diff` / `git diff --no-index --word-diff` of each
pair, before any run.  Format of eval/pairs26 … pairs34: `changes` the true changes, one per edit place (a paragraph, a
list item, a heading, a dated line; a whole new paragraph one change); `noise` what must not be reported (kind
`optional`: tolerated either way).  Texts are excerpts (「…」 cut), enough to find the place; the scorer reads only the
indices.  Cross-script pairs: what differs only by script, regional wording (数据/資料, 应用/App, 许可/授權) or
quotes is noise; Jekyll front matter (a layout's metadata, not policy text) is optional."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = {
    "pr": ("PearsonLi/PRHelper-Legal", "none (no licence file; kept for evaluation only)"),
    "tut": ("langhongyu/tutoraid-legal", "none (no licence file; kept for evaluation only)"),
    "kq": ("KAIQStudio/Privacy-Policy", "none (no licence file; kept for evaluation only)"),
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


FM = "Jekyll front matter (title, permalink, hero_title, hero_subtitle, last_updated): layout metadata"
PRT = "枫叶卡管家 隐私政策"
DATE = "(header)"
VARIANT = "script and regional wording of unchanged text (数据→數據/資料, 信息→資訊, 设置→設定, 权限→許可權 …)"


def pr_location(conv=""):
    return [
        c(DATE, "最后更新：2026-03-19", "最后更新：2026-03-21", "modified"),
        c(DATE, "适用应用版本：v1.0.4（build 1）", "适用应用版本：v1.0.5（build 1）", "modified"),
        c("2. 我们处理的数据", "…临时居留记录，以及在你开启定位功能后产生的可选定位采样数据。", "…临时居留记录。", "modified",
          "location samples no longer listed" + conv),
        c("7. 权限与定位", None, None, "renamed", "item title 7. 权限与定位 → 7. 权限", new_sec="7. 权限"),
        c("7. 权限与定位", "定位权限为可选。若你授权，定位数据仅用于应用功能…", "通知权限为可选，仅用于提醒功能。你可随时在 iOS 设置中管理权限。",
          "modified", new_sec="7. 权限"),
    ]


def pr_payment():
    return [
        c(DATE, "最后更新：2026-03-21", "最后更新：2026-03-25", "modified"),
        c(DATE, "适用应用版本：v1.0.5（build 1）", "适用应用版本：v1.0.7（build 1）", "modified"),
        c("9. 支付相关信息", "我们仅接收必要的购买授权状态，…", "我们仅接收解锁功能所需的购买授权状态（包括 Pro 与 Family 能力状态），…", "modified"),
    ]


A = {
    "pr-rename": (
        [
            c("(title)", "# CanResidency（枫叶卡管家） 隐私政策", "# 枫叶卡管家 隐私政策", "modified", "the policy's title"),
            c(DATE, "最后更新：2026-03-16", "最后更新：2026-03-19", "modified"),
            c(DATE, None, "适用应用版本：v1.0.4（build 1）", "added"),
            c(DATE, "本隐私政策说明“CanResidency（枫叶卡管家）”如何处理你的数据。", "本隐私政策说明“枫叶卡管家”如何处理你的数据。", "modified"),
            c("1. 适用范围", "本政策适用于 CanResidency（枫叶卡管家）移动应用。", "本政策适用于枫叶卡管家移动应用。", "modified"),
        ],
        [opt(FM)],
        "The app's English name dropped from the title, the intro and item 1; a version line added: 5 changes.",
    ),
    "pr-location": (pr_location(), [opt(FM)], "Location sampling dropped (item 2, item 7 renamed and rewritten), new date and version: 5 changes."),
    "pr-payment": (pr_payment(), [opt(FM)], "Item 9 says which purchase states are received; new date and version: 3 changes."),
    "pr-version": (
        [
            c(DATE, "最后更新：2026-03-25", "最后更新：2026-08-02", "modified"),
            c(DATE, "适用应用版本：v1.0.7（build 1）", "适用应用版本：v1.0.9（build 1）", "modified"),
        ],
        [opt(FM)],
        "Only the date and the version line: 2 changes.",
    ),
    "pr-location-hk": (
        pr_location(" (new side: OpenCC s2hk)"),
        [opt(FM), n(VARIANT + " (s2hk: 説, 訂閲, 用户)")],
        "pr-location with the new side converted to Hong Kong traditional (OpenCC s2hk): the same 5 changes.",
    ),
    "pr-payment-tw": (
        pr_payment(),
        [opt(FM), n(VARIANT + " (s2twp phrases: 資料, 匯出, 預設, 伺服器, 許可權)")],
        "pr-payment with the new side converted to Taiwan traditional with phrases (OpenCC s2twp): the same 3 changes.",
    ),
    "tut-privacy": (
        [
            c("隐私政策", "**最后更新：2026年3月**", "**最后更新：2026年6月**", "modified"),
            c("1. 我们收集的信息", "TutorAid 将所有数据**仅存储在您的设备本地**。我们不会在服务器上收集…",
              "TutorAid 不会收集、传输或存储任何个人数据至我们自己的服务器。", "modified"),
            c("1. 我们收集的信息", "您在应用中输入的数据（…收入统计、教学材料）仅保存在您的设备上，不会与我们或任何第三方共享。",
              "您在应用中输入的数据（…收入数据、教学材料文件等）存储在您的设备本地，并可通过 Apple 的 iCloud 服务…不会与我们或任何其他第三方共享。", "modified"),
            c("2. 数据存储", "…存储在您的设备本地。如果您已登录 iCloud，您的数据可能通过…同步。此同步完全由 Apple 处理，我们在任何时候均无法访问您的数据。",
              "…存储在您的设备本地，并可通过 Apple 的 iCloud 服务（CloudKit）在您的设备间同步。", "modified"),
            c("2. 数据存储", None, "您在应用中上传的教学材料文件（如 PDF、Word 文档等）存储在您的 iCloud 私有容器中…", "added"),
        ],
        [opt(FM), opt("§2 「请参阅 [Apple 隐私政策](https://…)」 → 「请参阅 Apple 隐私政策」: the link dropped, words the same (markup only)")],
        "Sections 1 and 2 rewritten for iCloud sync and uploaded files; new date: 5 changes.",
    ),
    "tut-privacy-hant": (
        [
            c("隐私政策", "**最后更新：2026年6月**", "**最後更新：2026年8月**", "modified", new_sec="隱私權政策"),
            c("1. 我们收集的信息", "…存储在您的设备本地，并可通过 Apple 的 iCloud 服务在您的设备间同步。这些数据仅在您与 Apple 之间流转，不会与我们或任何其他第三方共享。",
              "…僅用於在您自己的裝置間同步，不會與我們或任何第三方分享。", "modified", new_sec="1. 我們收集的資訊"),
            c("2. 数据存储", "所有应用数据通过 Apple 的 SwiftData 框架存储在您的设备本地，并可通过…同步。",
              "您在 TutorAid 中輸入的資料（學生、課程記錄、資料結構、標籤、版本等）透過…儲存，並同步到您個人的 iCloud 帳戶（CloudKit 私有資料庫）。此同步完全由 Apple 處理…",
              "modified", new_sec="2. 資料儲存"),
            c("2. 数据存储", "您在应用中上传的教学材料文件（如 PDF、Word 文档等）存储在您的 iCloud 私有容器中，由 Apple 负责加密和同步。…",
              "您匯入的教學材料檔案儲存在您的 iCloud 容器中，用於在您的裝置間同步；這些檔案不會出現在系統的「檔案」App 中…", "modified",
              new_sec="2. 資料儲存"),
            c("3. 购买与订阅", "有关 Apple 如何处理您的购买数据，请参阅 [Apple 隐私政策](…)。", None, "removed", new_sec="3. 購買與訂閱"),
        ],
        [
            opt(FM),
            opt("title 隐私政策 → 隱私權政策 (the Taiwan term for the same document), also in the intro, §6 and §7"),
            opt("§2 「请参阅 Apple 隐私政策。」 → 「請參閱 [Apple 隱私權政策](https://…)。」: the link restored (markup)"),
            n("script and regional wording of unchanged text (数据→資料, 支付信息→付款資訊, 联系→聯絡, \"我们\"→「我們」)"),
            n("「13岁」 → 「13 歲」: a space"),
            n("§7 **电子邮件** bold dropped, the last `---` rule and *…* italics dropped: markup"),
        ],
        "The zh-Hans privacy policy of June against the zh-Hant edition of August: 5 changes among script and wording variants.",
    ),
    "tut-terms-hant": (
        [
            c("使用条款", "**最后更新：2026年6月**", "**最後更新：2026年8月**", "modified", new_sec="使用條款"),
            c("3. 订阅", "TutorAid 提供免费版和付费 Pro 订阅。", "TutorAid 提供免費版和付費個人版（Personal）訂閱。", "modified", new_sec="3. 訂閱"),
            c("3. 订阅", "- **免费版**：最多管理 5 名学生，完整使用所有功能。", "- **免費版**：最多管理 5 名學生，可使用目前版本的全部功能。", "modified",
              new_sec="3. 訂閱"),
            c("3. 订阅", "- **Pro 订阅**：无限制学生数量，…", "- **個人版**：無限制學生數量，…", "modified", new_sec="3. 訂閱"),
            c("4. 用户数据", "…存储在您的设备本地。如果您已登录 iCloud，您的数据可能通过 Apple 的 iCloud 服务在您的设备间同步。您有责任…",
              "…儲存在您的裝置本地，並同步到您個人的 iCloud 帳戶（CloudKit 私有資料庫）。您有責任…", "modified", new_sec="4. 使用者資料"),
            c("4. 用户数据", None, "您匯入的教學材料檔案儲存在您的 iCloud 容器中，僅 TutorAid 內部可存取。", "added", new_sec="4. 使用者資料"),
            c("4. 用户数据", "用户对其上传和存储于应用中的所有内容（包括文件、资料等）的合法性…", "使用者對其上傳和儲存於 App 中的所有內容的合法性…", "modified",
              new_sec="4. 使用者資料"),
        ],
        [
            opt(FM),
            opt("应用 → App, 许可 → 授權 (heading 2. 许可 → 2. 授權): the Taiwan words for the same things"),
            n("script and regional wording of unchanged text (当前→目前, 周期→週期, 账户设置→帳戶設定, \"现状\"→「現狀」)"),
            n("§5 a three-item list made one sentence joined by 「；」, the same three prohibitions: layout"),
            n("§9 **电子邮件** bold dropped, the last `---` rule and *…* italics dropped: markup"),
        ],
        "The zh-Hans terms of June against the zh-Hant edition of August: 7 changes (the Pro plan renamed 個人版, sync and files).",
    ),
    "kq-blankline": ([], [n("a blank line added after the `---` rule before the title")], "Only a blank line: no change."),
}


def main() -> None:
    src: dict[str, dict[str, dict[str, object]]] = {}
    with open(os.path.join(HERE, "SOURCES.txt"), encoding="utf-8") as f:
        for line in f.read().splitlines():
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
