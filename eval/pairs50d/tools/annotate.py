"""Write pairs/<name>/annotation.json for pairs50d (u50d), by hand from `git diff` of each pair (or a side-by-side read of
the index texts), reading each document in full, before any run of policylens.  Format of eval/pairs49: `changes` the
true changes, one per edit place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`)
or is tolerated either way (kind `optional`).  Texts are excerpts, enough to find the place.  Fetched sides are byte for
byte `git show COMMIT:PATH` (checked here against the snapshot); index-held sides were written character for character
from `read_file` (MoneyUp's new side: the old side with the changed paragraphs replaced, as read) and are checked
against the index's total_chars."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GPL = "GPL-3.0 (the repository's LICENSE)"
NOLIC = "none found (index texts; no licence file listed by find_files): kept for evaluation only"
MR = "yurisachan16-creator/mercury-translate"
MIRROR = "/work/.mirror/yurisachan16-creator+mercury-translate/repo"

CN, TW, GUIDE = "docs/privacy/zh-CN.md", "docs/privacy/zh-TW.md", "docs/guide/privacy-policy.md"
GIT = {
    "mercury-cn": ("f26ac68", CN, "8ef2743", CN),
    "mercury-tw": ("f26ac68", TW, "8ef2743", TW),
    "mercury-xscript": ("8ef2743", CN, "8ef2743", TW),
    "mercury-xscript-update": ("f26ac68", CN, "8ef2743", TW),
    "mercury-guide": ("f26ac68", GUIDE, "8ef2743", GUIDE),
}
# index texts: (repo, old (commit, path, index id, total_chars), new (...))
INDEXED = {
    "verity-xscript": (
        "Craighsieh/VerityRead",
        ("cd215da605268b1081d3d638f27ff01946f4d753", "docs/privacy/zh-CN.md", "66401742549", 1461),
        ("7fe8fdf68a98909c1048371526c08903300f677e", "docs/privacy/zh-TW.md", "65915714888", 1463),
    ),
    "moneyup-cloud": (
        "LaiWenKang/MoneyUp",
        ("(not given by the index)", "PRIVACY.md", "59686831072", 7564),
        ("(not given by the index)", "PRIVACY.md", "65984621189", 12288),
    ),
    "moneyup-receipts": (
        "LaiWenKang/MoneyUp",
        ("(not given by the index)", "PRIVACY.md", "59882680604", 5437),
        ("(not given by the index)", "PRIVACY.md", "59686831072", 7564),
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


OPENAI = ("OpenAI-compatible 端点", "OpenAI 兼容 / Sub2API 端点")
MODELS = "OpenAI 兼容 / Sub2API 的模型发现只会在你点击获取模型时请求 `/v1/models`，…通过非流式 `/v1/chat/completions` 发送。"
SIZES = (
    "当前固定大小为：`eng` 4,113,088 字节、`chi_sim` 2,469,156 字节、`chi_tra` 2,366,642 字节、`jpn` 2,471,260 字节、`kor` 1,677,415 字节。"
)
MERC = (
    "Mercury Translate (水星翻译, a browser translation extension), `docs/privacy/zh-CN.md` / `zh-TW.md`: a short page, "
    "one `#` heading, an 更新日期 line and five paragraphs (no sub-sections).  f26ac68 → 8ef2743 (consecutive, v0.1.2): "
    "an OpenAI-compatible endpoint renamed 「OpenAI 兼容 / Sub2API」, a paragraph on model discovery added, the OCR "
    "model sizes added."
)
HANT = (
    "Simplified → Traditional script with Taiwan wording throughout (隐私政策/隱私權政策 in the heading, 账号/帳號, 扩展/擴充功能, "
    "文本/文字, 数据/資料, 发送/送·傳送, 按照/依, 兼容/相容, 字节/位元組, 内存/記憶體, 缓存/快取, 本地/本機, 当前/目前, 设置/設定, "
    "迁移文件/遷移檔, 获取/取得, 流式/串流, 模型发现/模型探索)"
)
A = {
    "mercury-cn": (
        [
            c("隐私政策", OPENAI[0], OPENAI[1], "modified", "the list of networked services: one endpoint kind renamed"),
            c("隐私政策", "", MODELS, "added", "a paragraph inserted after the networked-services paragraph"),
            c(
                "隐私政策",
                "…通过 SHA-256 校验后才缓存到本地。",
                "…通过 SHA-256 校验后才缓存到本地。" + SIZES,
                "modified",
                "a sentence appended",
            ),
        ],
        [],
        MERC + "  Simplified edition.",
    ),
    "mercury-tw": (
        [
            c("隱私權政策", "OpenAI-compatible 端點", "OpenAI 相容 / Sub2API 端點", "modified"),
            c("隱私權政策", "", "OpenAI 相容 / Sub2API 的模型探索只會在你點擊取得模型時請求 `/v1/models`，…", "added"),
            c("隱私權政策", "…才快取到本機。", "…才快取到本機。目前固定大小為：`eng` 4,113,088 位元組、…", "modified"),
        ],
        [],
        MERC + "  Traditional (Taiwan) edition.",
    ),
    "mercury-xscript": (
        [],
        [
            n(HANT),
            opt("translation choices (no content differs): 按照你选择的/依你選擇的, 会按照其自身条款/會依其自身條款, 发送/送 or 傳送"),
        ],
        "Mercury Translate's zh-CN page against its zh-TW page of the same commit 8ef2743: a **cross-script edition pair**, "
        "Taiwan Traditional, expected clean (same numbers, names, endpoints, sizes in every paragraph).",
    ),
    "mercury-xscript-update": (
        [
            c("隐私政策", OPENAI[0], "OpenAI 相容 / Sub2API 端點", "modified", "across scripts: must stay a change", "隱私權政策"),
            c("隐私政策", "", "OpenAI 相容 / Sub2API 的模型探索只會在你點擊取得模型時請求 `/v1/models`，…", "added", "", "隱私權政策"),
            c("隐私政策", "…才缓存到本地。", "…才快取到本機。目前固定大小為：`eng` 4,113,088 位元組、…", "modified", "", "隱私權政策"),
        ],
        [n(HANT), opt("the heading 隐私政策 → 隱私權政策 (a translator's title, not a rename)")],
        "The older zh-CN page (f26ac68) against the newer zh-TW page (8ef2743): a **cross-script pair with real changes** — "
        "a reviewer comparing the Taiwan edition of v0.1.2 against the mainland text it came from must see the three "
        "changes of mercury-cn, and nothing of the script or the Taiwan wording.",
    ),
    "mercury-guide": (
        [
            c("Mercury Translate 隐私说明", "**生效日期：2026-08-19**", "**生效日期：2026-08-20**", "modified", "the date, bold"),
            c(
                "Mercury Translate 隐私说明",
                "…是一款无账号、无自建后端、无遥测的开源浏览器扩展。",
                "…是一款无账号、无自建后端、无遥测、无广告、无订阅和无付款功能的开源浏览器扩展。",
                "modified",
                "the intro: three more 无… items",
            ),
            c(
                "2. 需要联网的情况",
                "- DeepSeek、Gemini、OpenAI/GPT 或其他 OpenAI-compatible 端点；",
                "- … OpenAI 兼容 / Sub2API 端点；",
                "modified",
            ),
            c("2. 需要联网的情况", "", "OpenAI 兼容 / Sub2API 的模型发现只会在用户点击获取模型时请求 `/v1/models`，…", "added"),
            c("3. OCR 语言模型", "", "当前固定模型大小为：`eng` 4,113,088 字节、…", "added", "a paragraph appended to the section"),
        ],
        [],
        "Mercury Translate's longer guide page `docs/guide/privacy-policy.md` (# title, a bold date, ## 1.–6. with lists), "
        "f26ac68 → 8ef2743 (consecutive).",
    ),
    "verity-xscript": (
        [],
        [
            n(
                "Simplified → Traditional script with Taiwan wording throughout (真阅/真閱, 扩展程序/擴充功能, 用户/使用者, 访问/存取, "
                "数据/資料, 网络/網路, 设备/裝置, 缓存/快取, 默认/預設, 存储/儲存, 联系邮箱/聯絡信箱, 界面/介面, 披露/揭露 …); the "
                "front matter title and permalink; the language links line (繁體中文 ↔ 简体中文); lines wrapped at other places"
            ),
            opt(
                "translation choices (no content differs): 是一款 Chrome 扩展程序/是 Chrome 擴充功能, 根据/依據, 并翻译所选文字/以及翻譯選取"
                "文字, 发送/送·傳送, 数据经纪商/資料仲介, 临时/暫時, 在本地产生/本地產生, 后台/背景, 浏览记录/瀏覽紀錄, 会在 Chrome 装置端 "
                "(會 added), 同一设备/同一台裝置, 由浏览器管理的/瀏覽器管理的, 和/與/及, 本地数据/本機資料, 卸载扩展程序/解除安裝, 条目/項目, "
                "可选/選用, 仅限/只限, 访问权限/存取權, 将其用于/用於, 用户画像/使用者側寫, 读取/閱讀, 仅在/只在, 发生变化/改變, 发送至/寄至, "
                "the 安全 paragraph's commas → 、"
            ),
        ],
        "真阅 / VerityRead (a Chrome reading extension using local AI), Jekyll Markdown pages: zh-CN (index text at cd215da6) "
        "against zh-TW (index text at 7fe8fdf6, the file's only stored version: unchanged since): a **cross-script edition "
        "pair**, Taiwan Traditional, translated apart with the sentences re-wrapped and some re-ordered; expected clean.",
    ),
    # second batch (added after the first batch's runs, annotated before its own first run)
    "moneyup-cloud": (
        [
            c(
                "MoneyUp Privacy Policy",
                "Effective: 1 September 2026",
                "Effective for the cloud-backup candidate: 8 September 2026",
                "modified",
            ),
            c(
                "Data MoneyUp handles",
                "It is never added to drafts, widgets, readable CSV/XLSX exports, or uploaded.",
                "… and is never uploaded for recognition. Retained receipt images are included inside encrypted cloud archives …",
                "modified",
            ),
            c(
                "Data MoneyUp handles",
                "Optional Smart Entry matching is off by default.",
                "… is enabled by default for new and existing profiles, with an explicit Settings opt-out.",
                "modified",
                "the default flipped",
            ),
            c(
                "Data MoneyUp handles",
                "If the user explicitly enables budget status for widgets, …",
                "MoneyUp's local App Group has an exact three-artifact allowlist: …",
                "modified",
                "the paragraph rewritten",
            ),
            c(
                "Collection, tracking, and advertising",
                "Under Apple's App Privacy definition, the app declares that it does not collect data …",
                "Local-only operation does not transmit financial records. Optional cloud backup sends encrypted archives …",
                "modified",
            ),
            c(
                "",
                "",
                "## Optional separate-account iCloud backup (four paragraphs)",
                "added",
                "a new section before Exports and links",
                "Optional separate-account iCloud backup",
            ),
            c(
                "Exports and links",
                "MoneyUp shares data only after the user deliberately starts an export …",
                "… or explicitly enables optional iCloud backup to the separately connected Apple Account.",
                "modified",
            ),
            c(
                "Retention and deletion",
                "MoneyUp has no server copy to retrieve or delete.",
                "Completed cloud backups remain in the connected Apple Account … developer-accessible server copy",
                "modified",
            ),
            c("MoneyUp 隐私政策（简体中文）", "生效日期：2026 年 9 月 1 日", "云端备份候选版本生效日期：2026 年 9 月 8 日", "modified"),
            c(
                "MoneyUp 处理的数据",
                "组件、可读的 CSV／XLSX 导出，也不会上传。",
                "组件或可读的 CSV／XLSX 导出，也不会为识别而上传。仅当用户启用云端备份时，…",
                "modified",
            ),
            c(
                "MoneyUp 处理的数据",
                "可选的智能记账匹配默认关闭。",
                "可选的智能记账匹配对新用户和既有用户默认开启，并可在“设置”中明确关闭。",
                "modified",
            ),
            c("MoneyUp 处理的数据", "只有用户明确启用小组件预算状态时，…", "MoneyUp 的本机 App Group 只允许三类资料：…", "modified"),
            c(
                "收集、追踪与广告",
                "按照 Apple 的“App 隐私”定义，…应用声明“不收集数据”。",
                "本地模式不会传输财务记录。用户启用可选云端备份后，…",
                "modified",
            ),
            c(
                "",
                "",
                "## 可选的独立账户 iCloud 备份 (five paragraphs)",
                "added",
                "a new section before 导出与链接",
                "可选的独立账户 iCloud 备份",
            ),
            c(
                "导出与链接",
                "…指定目标后，MoneyUp 才会分享数据。",
                "…指定目标，或明确启用所连接 Apple 账户的可选云端备份后，MoneyUp 才会分享数据。",
                "modified",
            ),
            c(
                "保留与删除",
                "MoneyUp 没有可供取回或删除的服务器副本。",
                "已完成的云端备份会保留在用户连接的 Apple 账户中，… MoneyUp 不持有开发者可读取的账本服务器副本。",
                "modified",
            ),
        ],
        [],
        "MoneyUp PRIVACY.md, the index's 1 September 2026 text against its 8 September one (a cloud-backup candidate; not "
        "shown consecutive: the index holds twelve versions, three found): an iCloud backup **section added** in each "
        "language, the Smart Entry default flipped, the widget paragraph rewritten, the collection paragraph, exports, "
        "retention.  The new side: the old with its changed paragraphs replaced as read (length checked).",
    ),
    "moneyup-receipts": (
        [
            c("MoneyUp Privacy Policy", "Effective: 25 August 2026", "Effective: 1 September 2026", "modified"),
            c(
                "Data MoneyUp handles",
                "The selected image is held only while text is recognized; MoneyUp does not add the image to its database or upload it.",
                "The selected image is transient by default. If the user explicitly chooses to keep the receipt …",
                "modified",
                "receipts can now be kept (a rewrite of the paragraph)",
            ),
            c("Data MoneyUp handles", "", "Optional Smart Entry matching is off by default. …", "added", "a paragraph"),
            c("Data MoneyUp handles", "", "If the user explicitly enables budget status for widgets, …", "added", "a paragraph"),
            c("Exports and links", "CSV exports are readable", "CSV and XLSX exports are readable", "modified"),
            c(
                "Retention and deletion",
                "Deleting the app removes its local container.",
                "Deleting the transaction also deletes its linked encrypted receipt image; … Deleting the app removes its",
                "modified",
                "a sentence inserted",
            ),
            c("MoneyUp 隐私政策（简体中文）", "生效日期：2026 年 8 月 25 日", "生效日期：2026 年 9 月 1 日", "modified"),
            c(
                "MoneyUp 处理的数据",
                "所选图片只在识别文字时短暂保留，不会写入 MoneyUp 数据库或上传。",
                "所选图片默认只在识别期间短暂保留；只有用户明确选择为该笔交易保留收据时，…",
                "modified",
            ),
            c("MoneyUp 处理的数据", "", "可选的智能记账匹配默认关闭。…", "added"),
            c("MoneyUp 处理的数据", "", "只有用户明确启用小组件预算状态时，MoneyUp 才会通过本机 App Group 共享…", "added"),
            c("导出与链接", "CSV 导出文件", "CSV 与 XLSX 导出文件", "modified"),
            c(
                "保留与删除",
                "数据。删除应用会移除其本地容器。",
                "数据。删除交易会同时删除其关联的加密收据图片；用户也可在确认后单独删除收据图片。…",
                "modified",
            ),
        ],
        [],
        "MoneyUp (a local-first iOS finance app), PRIVACY.md: the English policy, a `---` rule, then the Simplified "
        "Chinese one (`#` title, a date line, `##` sections; the section names differ by language).  Two revisions the "
        "index stores (effective 25 August → 1 September 2026; a third, 8 September, exists): receipts kept, Smart Entry "
        "matching, a widget snapshot, XLSX exports, receipt deletion — the same six edits in each language.",
    ),
}


def main():
    for name, (oc, op, nc, np_) in GIT.items():
        changes, noise, note = A[name]
        src = {"repo": MR, "license": GPL}
        for key, cm, pth in (("old", oc, op), ("new", nc, np_)):
            with open(os.path.join(HERE, "pairs", name, f"{key}.md"), "rb") as f:
                data = f.read()
            full = subprocess.run(["git", "-C", MIRROR, "rev-parse", cm], capture_output=True, text=True, check=True).stdout.strip()
            blob = subprocess.run(
                ["git", "-C", MIRROR, "rev-parse", f"{cm}:{pth}"], capture_output=True, text=True, check=True
            ).stdout.strip()
            shown = subprocess.run(["git", "-C", MIRROR, "show", f"{cm}:{pth}"], capture_output=True, check=True).stdout
            assert shown == data, (name, key)
            src[key] = {
                "repo": MR,
                "path": pth,
                "commit": full,
                "blob": blob,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        write(name, src, changes, noise, note)
    for name, (repo, *sides) in INDEXED.items():
        changes, noise, note = A[name]
        src = {"repo": repo, "license": NOLIC}
        for key, (cm, pth, idx, total) in zip(("old", "new"), sides, strict=True):
            with open(os.path.join(HERE, "pairs", name, f"{key}.md"), "rb") as f:
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
