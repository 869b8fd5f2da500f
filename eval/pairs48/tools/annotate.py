"""Write pairs/<name>/annotation.json for pairs48 (u48d), by hand from `git diff` and `git diff -w` of each pair, reading
each document in full, before any run of policylens.  Format of eval/pairs47: `changes` the true changes, one per edit
place (kind `modified`, `added`, `removed`, `renamed` for a heading whose words change); `noise` what must not be
reported (kind `noise`) or is tolerated either way (kind `optional`).  Texts are excerpts, enough to find the place.
Every side is byte for byte `git show COMMIT:PATH` from the `fetch` snapshot (`tools/extract.sh`), checked here."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file seen; kept for evaluation only)"
M = "/work/.mirror"
S, P, Y = "zengchanghuan/szvip-policy", "Luminoid/petfolio-site", "NasCraftsman/mycomi-legal"
B, A = "Globetrotter-Studio/blindclock", "Cosmopolition/amurmur-support"
SCN, SDOM, SIG, ZH = "privacy-policy-cn.html", "privacy-policy-domestic-cn.html", "igimbal/privacy-policy-cn.html", "zh/privacy.html"
SRC = {
    "szvip-restructure": (S, "b26520c", SCN, "975679c", SCN),
    "szvip-company": (S, "cd57fe0", "privacy.html", "b26520c", "privacy.html"),
    "szvip-footnav": (S, "0b5f845", SCN, "539887c", SCN),
    "szvip-wording": (S, "fded4db", SCN, "0b5f845", SCN),
    "szvip-publisher": (S, "7732dc4", SIG, "8422fa7", SIG),
    "szvip-arrows": (S, "4fb7316", SDOM, "74ef90f", SDOM),
    "petfolio-meta": (P, "d6c248c", ZH, "272f4fc", ZH),
    "petfolio-symptom": (P, "272f4fc", ZH, "3bb2989", ZH),
    "petfolio-appname": (P, "3bb2989", ZH, "a28757d", ZH),
    "mycomi-crashlytics": (Y, "e48aaf3", ZH, "6c6ab0b", ZH),
    "mycomi-email": (Y, "6c6ab0b", ZH, "f434cc4", ZH),
    "mycomi-table": (Y, "f434cc4", ZH, "4245ae8", ZH),
    "blindclock-seo": (B, "ba263cd", ZH, "7e9dc32", ZH),
    "amurmur-contact": (A, "736d568", ZH, "785ffa2", ZH),
}
# Added late (after the dev pairs' fix was written; annotated before any run of these two, run once on the base and once
# on the branch, not held out): PorDHord/buwan-support has no snapshot here, so each side is the search index's stored text
# of the file at that commit (`read_file`), written character for character and checked against the index's total_chars.
BUWAN = "PorDHord/buwan-support"
HANT, HANS = "zh-Hant/privacy.html", "zh-Hans/privacy.html"
# pair: (old (commit, path, index id, total_chars), new (...))
INDEXED = {
    "buwan-hant": (
        ("392a70753daba22d39a52200fa9da4241af5e129", HANT, "66490220501", 1695),
        ("0d0a0135aeb4cd975621878b0b2d3e2c62d701d3", HANT, "66947819997", 1665),
    ),
    "buwan-xscript": (
        ("392a70753daba22d39a52200fa9da4241af5e129", HANT, "66490220501", 1695),
        ("bceab6373a78c1c6e7807dd873a74cdd30e86fc9", HANS, "66777193836", 1660),
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
SZN = (
    "A gimbal-camera app's policy pages (深圳市威尔派科技有限公司, Gimbal Master / Gimbal View), static zh-CN HTML with a "
    "<style>, a language switch, <header><h1>, a content <div> with <h2> sections, a <footer> with © and the ICP number."
)
A = {
    "szvip-restructure": (
        [
            c(PRE, "更新日期：2026年5月19日", "更新日期：2026年7月22日｜生效日期：2026年7月22日", "modified", "the header date line"),
            c(PRE, "威尔派科技有限公司隐私政策", "深圳市威尔派科技有限公司隐私政策", "modified", "the company name line"),
            c(
                PRE,
                "…不依赖账号体系或云端账户服务。",
                "…不依赖账号体系或云端账户服务。除您明确开启的诊断服务外，拍摄媒体仅在本地处理。",
                "modified",
                "a sentence appended to the intro",
            ),
            c(
                "1. 我们处理的数据",
                "1. 我们处理的数据",
                "1. 本地处理的数据",
                "renamed",
                "heading words changed",
                new_sec="1. 本地处理的数据",
            ),
            c(
                "1. 我们处理的数据",
                "设备与应用信息（机型、系统版本、应用版本、崩溃诊断）",
                "",
                "removed",
                "first item removed",
                new_sec="1. 本地处理的数据",
            ),
            c(
                "1. 我们处理的数据",
                "",
                "当您开启“位置信息”时获取的拍摄位置… / 设备方向等传感器结果…",
                "added",
                "two items appended (one place)",
                new_sec="1. 本地处理的数据",
            ),
            c(
                "2. 处理目的",
                "通过蓝牙连接并控制云台硬件 / 提供拍照、录像… / 保障应用稳定运行并修复崩溃",
                "",
                "removed",
                "the section 2. 处理目的 is gone (its three items); 2. is now 可选的诊断数据共享, no sentence kept: judged by "
                "section, [removed] or replaced by the new 2.",
            ),
            c(
                NONE,
                "",
                "只有在您明确同意…阿里云移动监控 SDK…SDK 提供方：杭州阿里云智能科技有限公司…EMAS 隐私政策",
                "added",
                "new section 2. (a paragraph, four items, two paragraphs); judged by section",
                new_sec="2. 可选的诊断数据共享",
            ),
            c(
                NONE,
                "",
                "诊断数据会与匿名安装标识或设备标识关联…不向数据经纪商出售或共享。",
                "added",
                "new section",
                new_sec="3. 数据关联与跟踪",
            ),
            c("4. 数据共享", "4. 数据共享", "5. 数据共享与保护", "renamed", "renumbered and renamed", new_sec="5. 数据共享与保护"),
            c(
                "4. 数据共享",
                "我们不会出售您的个人数据。仅在法律法规要求…才会处理/共享数据。",
                "除上述阿里云 EMAS 诊断处理、法律法规要求…同等或更高水平的保护。",
                "modified",
                "the paragraph rewritten",
                new_sec="5. 数据共享与保护",
            ),
            c("5. 数据保留", "5. 数据保留", "6. 数据保留与删除", "renamed", "renumbered and renamed", new_sec="6. 数据保留与删除"),
            c(
                "5. 数据保留",
                "…诊断类数据的保留期限遵循法律和运营的最低必要要求。",
                "…App 本地运行日志滚动保存，最多 5 个…匿名化。",
                "modified",
                "first sentence kept, the rest rewritten",
                new_sec="6. 数据保留与删除",
            ),
            c("6. 您的选择", "6. 您的选择", "7. 您的选择与权利", "renamed", "renumbered and renamed", new_sec="7. 您的选择与权利"),
            c(
                "6. 您的选择",
                "您可在系统设置中拒绝或撤回相关权限，但对应功能可能无法使用。",
                "首次显示隐私政策时，您可以拒绝诊断数据共享…",
                "modified",
                "the paragraph rewritten",
                new_sec="7. 您的选择与权利",
            ),
            c(
                "6. 您的选择",
                "",
                "您可以通过下方邮箱申请查询、更正或删除云端诊断数据…",
                "added",
                "a paragraph added",
                new_sec="7. 您的选择与权利",
            ),
            c(
                NONE,
                "",
                "当收集的数据类型、处理目的、处理方式或第三方发生实质变化时…重新向您展示和征求选择。",
                "added",
                "new section",
                new_sec="9. 政策更新",
            ),
        ],
        [
            n("3. 权限说明 → 4., 7. 未成年人 → 8., 8. 联系方式 → 10.: renumbered, text unchanged"),
            n("the final newline added after </html>"),
        ],
        SZN + " privacy-policy-cn.html b26520c → 975679c (consecutive): a restructured revision, sections renamed, renumbered, "
        "rewritten, inserted (Aliyun EMAS diagnostics).",
    ),
    "szvip-company": (
        [
            c(
                PRE,
                '深圳威尔派科技有限公司（以下简称"我们"或"VIP"）',
                '深圳市威尔派科技有限公司（以下简称"我们"或"VIP"）',
                "modified",
                "the intro box: company name",
            ),
            c("九、联系我们", "公司名称：深圳威尔派科技有限公司", "公司名称：深圳市威尔派科技有限公司", "modified", "contact item"),
        ],
        [opt("<title> 个人信息保护政策 - 深圳威尔派… → 深圳市威尔派…"), opt("footer 「© 2026 深圳威尔派科技有限公司 版权所有」 → 深圳市…")],
        SZN + " privacy.html (the domestic 个人信息保护政策, <h2> 一、…九、 with <h3>) cd57fe0 → b26520c (consecutive): the "
        "company name 深圳 → 深圳市 in four places, two of them in the policy text.",
    ),
    "szvip-footnav": (
        [],
        [n("footer links 「返回主站 | 用户协议」 removed")],
        SZN + " **Control**: 0b5f845 → 539887c (consecutive): only the footer navigation <p> removed.",
    ),
    "szvip-wording": (
        [
            c(PRE, "", "威尔派科技有限公司隐私政策", "added", "a name line added before the intro"),
            c("1. 我们处理的信息", "1. 我们处理的信息", "1. 我们处理的数据", "renamed", "信息 → 数据", new_sec="1. 我们处理的数据"),
            c(
                "1. 我们处理的信息",
                "您在应用内生成的媒体与文件（本地存储）",
                "您在应用内创建的媒体与文件（本地存储）",
                "modified",
                "",
                new_sec="1. 我们处理的数据",
            ),
            c("2. 处理目的", "保障应用稳定运行并修复故障", "保障应用稳定运行并修复崩溃", "modified"),
            c(
                "3. 权限说明",
                "相机/麦克风：仅在您主动拍摄时用于采集画面与声音",
                "相机/麦克风：仅在您主动拍摄照片/视频/音频时使用",
                "modified",
            ),
            c("4. 信息共享", "4. 信息共享", "4. 数据共享", "renamed", "", new_sec="4. 数据共享"),
            c(
                "4. 信息共享",
                "我们不会出售您的个人信息。…按最小必要原则处理。",
                "我们不会出售您的个人数据。…才会处理/共享数据。",
                "modified",
                "",
                new_sec="4. 数据共享",
            ),
            c("5. 存储与保留", "5. 存储与保留", "5. 数据保留", "renamed", "", new_sec="5. 数据保留"),
            c(
                "5. 存储与保留",
                "本地媒体由您自行管理，删除即移除。诊断类数据按法律和运营最低必要周期保留。",
                "本地媒体保留在您的设备上，删除即移除。诊断类数据的保留期限遵循法律和运营的最低必要要求。",
                "modified",
                "",
                new_sec="5. 数据保留",
            ),
            c("7. 未成年人", "未成年人请在监护人指导下使用本应用。", "如您为未成年人，请在监护人指导下使用本应用。", "modified"),
            c("8. 联系我们", "8. 联系我们", "8. 联系方式", "renamed", "", new_sec="8. 联系方式"),
            c(
                "8. 联系我们",
                "如有隐私问题，请通过应用内支持联系方式联系我们。",
                "如有隐私相关问题，请通过应用内展示的支持联系方式与我们联系。",
                "modified",
                "",
                new_sec="8. 联系方式",
            ),
            c("8. 联系我们", "", "邮箱：gimbalmaster@163.com", "added", "an e-mail line added", new_sec="8. 联系方式"),
        ],
        [],
        SZN + " privacy-policy-cn.html fded4db → 0b5f845 (consecutive): wording aligned with the English page in every "
        "section, four headings reworded, an e-mail added.",
    ),
    "szvip-publisher": (
        [
            c(
                PRE,
                "Gimbal Master 由 Dualistic Polarities, LLC 在 Google Play 上发布。",
                "Gimbal Master 由 深圳市威尔派科技有限公司 在 Google Play 上发布。",
                "modified",
                "the intro paragraph: the publisher",
            ),
            c("八、联系我们", "开发者：Dualistic Polarities, LLC", "开发者：深圳市威尔派科技有限公司", "modified", "contact item"),
        ],
        [
            opt("<title> 隐私政策 — Gimbal Master | Dualistic Polarities, LLC → … | 深圳市威尔派科技有限公司"),
            opt("footer 「© 2026 Gimbal Master · Dualistic Polarities, LLC 发布」 → 深圳市…"),
            n("<meta name=description> content"),
        ],
        SZN + " igimbal/privacy-policy-cn.html (the Google Play page, <h2> 一、…八、) 7732dc4 → 8422fa7 (consecutive): the "
        "publisher's name.",
    ),
    "szvip-arrows": (
        [
            c(
                "五、您的权利（查询、更正、删除、注销）",
                "在 APP 内：【我的】→【设置】→【账号与安全】→【注销账号】；",
                "在 APP 内：依次进入【我的】-【设置】-【账号与安全】-【注销账号】；",
                "modified",
                "an item of the <h3> 5. 账号注销 (a section or a sub-section, judged by place)",
            )
        ],
        [n("the <style> font-family list")],
        SZN + " privacy-policy-domestic-cn.html (个人信息保护政策, <h2> 一、…九、 with <h3>) 4fb7316 → 74ef90f (consecutive): "
        "the CSS font and the arrows of one menu path.",
    ),
    "petfolio-meta": (
        [],
        [
            n("<head> meta/og/twitter/canonical/hreflang tags, a theme <script>, the font link"),
            n("the e-mail written as HTML character references (the same text after decoding), twice"),
            n("lang-switcher links get hreflang/lang attributes; a theme toggle button 「⚙️」 (aria-label 主题) added in the hero"),
            opt("the hero 「Petfolio 爪迹」 <h1> → <p class=app-name> (same text; a document-title entry is tolerated)"),
        ],
        "A pet-records app's privacy page (Petfolio 爪迹, controller Chunhou Li), zh-Hans HTML, long (28 kB): hero, "
        "<h2> 范围与接受 … 1.–N. with <h3>.  **Control** d6c248c → 272f4fc (consecutive): markup, metadata, an obfuscated "
        "e-mail, the app name's tag.",
    ),
    "petfolio-symptom": (
        [
            c(
                "1. 处理的数据类别",
                "症状记录(日期、名称、自由文字备注)",
                "症状记录(日期、标签、自由文字备注、可选照片)",
                "modified",
                "one clause inside the long 健康记录 item of 1.1 用户提供的数据 (judged by place: 1. or 1.1)",
            )
        ],
        [],
        "Petfolio zh/privacy.html 272f4fc → 3bb2989 (consecutive): one item edited.",
    ),
    "petfolio-appname": (
        [
            c(
                PRE,
                "Petfolio 爪迹",
                "Petfolio 爪爪迹",
                "modified",
                "the hero app name (a <p class=app-name>; a document-title or preamble entry both right)",
            )
        ],
        [],
        "Petfolio zh/privacy.html 3bb2989 → a28757d (consecutive): the app's Chinese name in the hero.",
    ),
    "mycomi-crashlytics": (
        [
            c(PRE, "最后更新：2026年6月10日", "最后更新：2026年6月25日", "modified", "the date line"),
            c(
                "1. 我们处理的数据",
                "…本应用无广告，不使用第三方分析工具，不出于商业目的出售或共享您的数据。",
                "…本应用无广告，不出于商业目的出售或共享您的数据。我们使用 Firebase Crashlytics（Google）…设置中关闭使用分析。",
                "modified",
                "the note under the table: a clause removed, two sentences added",
            ),
        ],
        [],
        "A mushroom-identification app's GDPR-style policy (Mycomi, Nasib Fahim Fernández, Spain), compact zh-CN HTML with a "
        "<table> in 1. and <h2> 1.–12.  e48aaf3 → 6c6ab0b (consecutive).",
    ),
    "mycomi-email": (
        [
            c(
                PRE,
                "联系方式 / 行使权利：mycomi@gmail.com",
                "联系方式 / 行使权利：mycomi.app@gmail.com",
                "modified",
                "the controller box before 1.",
            ),
            c("9. 您的权利（普遍适用）", "均可通过 mycomi@gmail.com 请求", "均可通过 mycomi.app@gmail.com 请求", "modified"),
            c("12. 联系方式", "隐私及权利行使：mycomi@gmail.com。", "隐私及权利行使：mycomi.app@gmail.com。", "modified"),
        ],
        [],
        "Mycomi zh/privacy.html 6c6ab0b → f434cc4 (consecutive): one e-mail address in three places.",
    ),
    "mycomi-table": (
        [
            c(
                "1. 我们处理的数据",
                "资料数据 | 名称或昵称（可选）、国家、所选头像 | 由您填写",
                "资料数据 | 名称或昵称（可选）、国家、头像（预设图标；不会上传任何个人头像照片） | 由您填写",
                "modified",
                "one table cell (a row)",
            )
        ],
        [],
        "Mycomi zh/privacy.html f434cc4 → 4245ae8 (consecutive): one cell of the data table.",
    ),
    "blindclock-seo": (
        [],
        [
            opt("<title> 隱私權政策 — BlindClock → BlindClock 隱私權政策 — 無帳號、無廣告 (a title entry is tolerated)"),
            n("<meta> description/og/twitter tags, stylesheet version, link targets index.html → ./"),
            n("a footer <nav> of twelve language names added (English · 繁體中文 · 日本語 …)"),
        ],
        "A poker blind-timer app's privacy page (BlindClock, globetrotter-studio), **Taiwan Traditional** (隱私權政策), built "
        "by a site generator for 13 languages.  **Expected clean**: ba263cd → 7e9dc32 (consecutive): SEO metadata, the "
        "<title>, a footer language list; the policy text unchanged.",
    ),
    "amurmur-contact": (
        [c("第七条 儿童隐私", "本应用不面向 14 周岁以下儿童（中国区：13 岁以下）", "本应用适合 4 周岁以上用户使用。", "modified")],
        [
            opt("第十条 联系我们: the mailto target of the button 「📧 邮箱」 changed (the visible text is the same)"),
            opt("第十条 联系我们: the button 「🌐 官网」 (a link to amumur.com) removed"),
        ],
        "A voice app's privacy page (语生 Amumur), zh-CN HTML with <h2> 第一条…第十条.  736d568 → 785ffa2 (consecutive).",
    ),
}
BUWANNOTE = (
    "A fabric-preview sewing app's privacy page (布玩 / Buwan, publisher Hou Jiaxin), one-line-per-block HTML: a <header> "
    "(eyebrow, <h1>, the effective date, a language nav), an <article> with an intro and <h2> App 使用的內容 … 聯絡我們.  "
    "Release 1.0 (2026-09-04) → 2.0 (2026-09-10): backups can now be restored."
)
BUWAN4 = [
    ("(preamble)", "生效日期：2026-09-04", "生效日期：2026-09-10", "the header's effective date"),
    ("(preamble)", "1.0 採用純本機邊界：不會透過 iCloud…", "布玩將內容儲存在本機：不會透過 iCloud…", "the intro's second clause"),
    (
        "資料匯出與刪除",
        "你可以匯出布玩資料副本。1.0 不提供該檔案的匯入或還原；…目前的 1.0 也不能用它完成換機還原。…",
        "2.0 支援匯出與還原布料、成品作品、自由拼布作品及草稿的備份。還原時可選擇合併或取代本機資料…1.0 僅支援匯出。…",
        "the paragraph rewritten (export only → export and restore; its last two sentences kept, one clause added)",
    ),
    ("安全與變更", "由於 1.0 不能匯入，匯出副本不是完整備份、換機或災難復原方案。", "", "one sentence removed from the paragraph"),
]
A["buwan-hant"] = (
    [c(sec, o, nw, "modified", note) for sec, o, nw, note in BUWAN4],
    [n("<main data-release-gate> 1.0-local-only-no-sync → 2.0-local-only-no-sync")],
    BUWANNOTE + "  zh-Hant (Taiwan), two stored revisions 392a707 → 0d0a013 (not shown to be consecutive).",
)
A["buwan-xscript"] = (
    [c(sec, o, nw, "modified", note) for sec, o, nw, note in BUWAN4],
    [
        n(
            "Traditional → Simplified script and mainland wording throughout (資料/数据, 裝置/设备, 帳號/账号, 追蹤/跟踪, 信箱/邮箱, "
            "支援/支持, 傳送/发送, 還原/恢复, 取代/替换, 解除安裝/卸载, 儲存/保存 …); headings 資料匯出與刪除/数据导出与删除, "
            "支援溝通/支持沟通, 聯絡我們/联系我们 (no rename); <title> 布玩隱私權政策/布玩隐私政策; html lang, nav, footer link"
        ),
        n("<main data-release-gate> 1.0 → 2.0"),
        opt(
            "translation choices a reader may see as rewording: 付款卡資料/银行卡信息, 圖樣/纹样, 要求權限/请求权限, 檢查/校验, "
            "郵件內容/邮件正文, 變更/更改, 標示/标注, 套用/应用, 協助/帮助"
        ),
    ],
    BUWANNOTE + "  **Cross-script version pair**: the zh-Hant page of release 1.0 (392a707) against the zh-Hans page of "
    "release 2.0 (bceab63, the translation of 0d0a013's zh-Hant text, read side by side): buwan-hant's four changes under "
    "Simplified script and mainland wording.",
)


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
    for name, (repo, oc, op, nc, np_) in SRC.items():
        changes, noise, note = A[name]
        src = {"repo": repo, "license": NOLIC}
        for key, (cm, pth) in (("old", (oc, op)), ("new", (nc, np_))):
            info, data = side(repo, cm, pth)
            with open(os.path.join(HERE, "pairs", name, f"{key}.html"), "rb") as f:
                assert f.read() == data, (name, key)
            src[key] = info
        write(name, src, changes, noise, note)
    for name, sides in INDEXED.items():
        changes, noise, note = A[name]
        src = {"repo": BUWAN, "license": NOLIC}
        for key, (cm, pth, idx, total) in zip(("old", "new"), sides, strict=True):
            with open(os.path.join(HERE, "pairs", name, f"{key}.html"), "rb") as f:
                data = f.read()
            assert len(data.decode("utf-8")) == total, (name, key)
            src[key] = {
                "repo": BUWAN,
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
