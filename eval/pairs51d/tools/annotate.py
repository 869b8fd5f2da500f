"""Write pairs/<name>/annotation.json and SOURCES.txt for pairs51d (u51d), by hand from `git diff` of each pair (and, for
the cross-script pairs, a side-by-side read of both editions paragraph by paragraph), reading each document in full,
before any run of policylens.  Format of eval/pairs50d: `changes` the true changes, one per edit place (kind
`modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`) or is tolerated either way (kind
`optional`).  Texts are excerpts, enough to find the place.  Every side is byte for byte `git show COMMIT:PATH` of a
fetched snapshot (checked here)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none found (no licence file in the snapshot's tree): kept for evaluation only"
IT, CH = "immersive-translate/i18ns", "CherryHQ/cherry-studio-docs"
MIRROR = {IT: "/work/.mirror/immersive-translate+i18ns/repo", CH: "/work/.mirror/CherryHQ+cherry-studio-docs/repo"}
CN = "official/docs/PRIVACY.md"
TW = "official/i18n/zh-TW/docusaurus-plugin-content-docs/current/PRIVACY.md"
HK = "official/i18n/zh-HK/docusaurus-plugin-content-docs/current/PRIVACY.md"
CHCN, CHTW = "about/privacypolicy.md", "i18n/traditional-chinese/about/privacypolicy.md"
GIT = {
    "it-cn": (IT, "e25ec07", CN, "8849acf", CN),
    "it-tw": (IT, "e25ec07", TW, "8849acf", TW),
    "it-hk": (IT, "e25ec07", HK, "8849acf", HK),
    "it-xscript": (IT, "60457ad", CN, "60457ad", TW),
    "cherry-cn-2025": (CH, "3bf4f0fa", CHCN, "427499bd", CHCN),
    "cherry-spacing": (CH, "76dac44c", CHCN, "158d46ec", CHCN),
    "cherry-tw": (CH, "3451848e", CHTW, "5fb50f78", CHTW),
    "cherry-xscript": (CH, "a69b89cb", CHCN, "5fb50f78", CHTW),
}


def c(sec, old, new, kind, note="", new_sec=None):
    d = {"old_title": sec, "new_title": new_sec or sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


# --- immersive-translate: 沉浸式翻译隐私政策 (Funstory.ai Limited, Hong Kong), e25ec07 → 8849acf "update privacy" ----------
def it_changes(v):
    """The same eight edits in each edition (v: cn, tw, hk): the date, four collection bullets, the provider list, a
    paragraph on account deletion, an article number; (the tw and hk editions also retouch wording, listed optional)."""
    t = {
        "cn": ("# 沉浸式翻译隐私政策", "## 一、数据收集及使用说明", "## 二、数据共享情况", "## 三、您的权利"),
        "tw": ("# 沉浸式翻譯隱私權政策", "## 一、資料蒐集及使用說明", "## 二、資料共享情況", "## 三、您的權利"),
        "hk": ("# 沉浸式翻譯私隱政策", "## 一、資料收集及使用說明", "## 二、資料共享情況", "## 三、您的權利"),
    }[v]
    top, one, two, three = (s.lstrip("# ") for s in t)
    return [
        c(
            top,
            "2026 年 04 月 24 日",
            "2026 年 04 月 16 日",
            "modified",
            "the last-updated date (moved back: the commit restores an earlier text)",
        ),
        c(
            one,
            "…收集及使用您直接向我们提供的资料…邀请您参与市场调研的途径。",
            "我们仅收集您的电子邮箱，…邀请您参与后续产品更新体验…",
            "modified",
            "bullet 1 rewritten: only the e-mail; market research → product-update trials",
        ),
        c(
            one,
            "使用谷歌账号…关联沉浸式翻译的账户系统，我们会收集…",
            "收集谷歌账号…由第三方提供的 OpenID、电子邮箱主要是提供更好的登录体验。",
            "modified",
            "bullet 2 rewritten",
        ),
        c(
            one,
            "…这些内容需要经由我们的服务器进行分析与计算以提取可翻译的文本，提取的文本仅会发送到您选择的翻译引擎…",
            "…但收集的这些信息不会与您的个人信息相关联，仅用于优化翻译服务…",
            "modified",
            "bullet 3: the server-side extraction sentence replaced by a not-linked/only-to-optimise clause",
        ),
        c(
            one,
            "…用于改进翻译质量…临时保留。",
            "…主要是用于改进翻译质量…临时保留，且不会与个人信息相关联。",
            "modified",
            "bullet 4: 主要是 and a not-linked clause added",
        ),
        c(
            two,
            "据我们所知，由沉浸式翻译接入的免费翻译服务提供商（如 SophNet 算能…）…Max 会员模型服务提供商（…）据我们目前所知…",
            "据我们目前所知，根据…",
            "modified",
            "the named free / Pro / Max translation providers dropped",
        ),
        c(
            three,
            "",
            "您亦可通过注销账户的方式请求删除您的个人信息。…15 日内注册账号使用的邮箱将无法进行重新注册。",
            "added",
            "a paragraph on account deletion (after the erasure bullets)",
        ),
        c(three, "…本政策第十条列投诉方式…", "…本政策第十一条所列联系方式…", "modified", "article 10 → 11, complaint → contact channel"),
    ]


def it_optional(v):
    out = [c("二、数据共享情况", "可访问[Mathpix", "可访问 [Mathpix", "noise", "a space before a link: formatting")]
    if v == "cn":
        out.append(c("六、cookie 条款", "**什么是 cookie？**␠␠", "**什么是 cookie？**", "noise", "a Markdown hard break removed"))
    if v in ("tw", "hk"):
        out.append(
            c(
                "二",
                "[Mathpix 隐私协议]",
                "[Mathpix 隱私權政策] / [Mathpix 私隱政策]",
                "optional",
                "a link's label put in the edition's script and word",
            )
        )
        out.append(c("二", "…我們提供之翻譯功能。", "…我們所提供之翻譯功能。", "optional", "所 added: wording"))
    if v == "tw":
        out.append(
            c(
                "二",
                "翻譯文件 / 文件",
                "翻譯檔案 / 檔案",
                "optional",
                "文件 → 檔案 (file) in the sharing bullets and bullets 3–4 of 一: wording",
            )
        )
    return out


ANN = {}
for v in ("cn", "tw", "hk"):
    ANN[f"it-{v}"] = (
        it_changes(v),
        it_optional(v),
        f"沉浸式翻译 (Immersive Translate) privacy policy, {v} edition of the docusaurus site (a long legal text: 11 numbered "
        "sections, an appendix and four regional annexes).  e25ec07 → 8849acf (consecutive for this file, 'update privacy').",
    )
ANN["it-xscript"] = (
    [
        c(
            "六、cookie 条款",
            "我们使用 cookie 以提供我们的服务，并帮助我们改善我们的网站。",
            "",
            "removed",
            "the cookie section's lead sentence exists only in the Simplified edition",
            "六、cookie 條款",
        )
    ],
    [
        c(
            "十一、隐私相关的查询与投诉",
            "…在一个月的期限内依从要求。",
            "…於一個月期限內依法回應。",
            "optional",
            "comply with → respond according to law: the translator's, arguably weaker (tolerated either way)",
            "十一、隱私相關查詢與申訴",
        ),
        c(
            "(every other paragraph)",
            "Simplified",
            "Taiwan Traditional re-translation",
            "optional",
            "蒐集, 隱私權, 關係企業 for 附属公司, 裝置識別碼 for 设备标识, 申訴 for 投诉, 之 for 的, 使用者 for 用户: shown reworded is right; shown as a change is noise",
        ),
    ],
    "The Simplified (official/docs) and Taiwan (zh-TW) editions of one version (60457ad, 2026-05-08), re-translated apart; "
    "read side by side, one paragraph differs in content.",
)
ANN["cherry-cn-2025"] = (
    [],
    [
        c(
            "(six section titles)",
            "一、我们收集的信息范围",
            "## 一、我们收集的信息范围",
            "noise",
            "plain lines made `##` headings: structure only",
        )
    ],
    "Cherry Studio 隐私协议 (Simplified): 3bf4f0fa → 427499bd (consecutive): the six numbered section lines become `##` headings; no word changes.",
)
ANN["cherry-spacing"] = (
    [],
    [
        c(
            "(eight paragraphs)",
            "2026年5月31日, API Key, 如OpenAI",
            "2026 年 5 月 31 日, API Key, 如 OpenAI",
            "noise",
            "spaces between Han and Latin or digits only (the commit: 自动优化中英文混排空格)",
        )
    ],
    "Cherry Studio 隐私协议 (Simplified, the 2026-05-31 text): 76dac44c → 158d46ec (consecutive): spacing only.",
)
TWT = ("二、我們不會收集的任何信息", "三、數據交互說明", "四、第三方模型服務提供商隱私策略聲明")
ANN["cherry-tw"] = (
    [
        c(
            TWT[0],
            "• 不會收集、保存、傳輸或處理您輸入到本軟體中的模型服務 API Key 信息；",
            "• 絕不會收集、…",
            "modified",
            "不會 → 絕不會 (×3 bullets; the second also 自定義 → 自訂): the bullets are one paragraph on the new side (hard breaks), so one to three entries",
        ),
        c(
            TWT[1],
            "…並配置的第三方模型服務提供商…調用…大模型、API 接口…",
            "…並設定的第三方模型服務供應商…呼叫…大型模型、API 介面…",
            "modified",
            "a machine re-translation's Taiwan wording (same script: an edit of the text)",
        ),
        c(TWT[1], "• 所有您與大模型服務…", "• 所有您與大型模型服務…", "modified", "大模型 → 大型模型"),
        c(TWT[1], "…第三方模型服務提供商的隱私協議…各提供商官方網站…", "…供應商…各供應商…", "modified", "提供商 → 供應商"),
        c(
            TWT[2],
            "四、第三方模型服務提供商隱私策略聲明",
            "四、第三方模型服務供應商隱私策略聲明",
            "modified",
            "the section title's 提供商 → 供應商 (a rename of the title) ",
            "四、第三方模型服務供應商隱私策略聲明",
        ),
        c(TWT[2], "您需自行承擔因使用第三方模型服務提供商…", "…供應商…", "modified", "提供商 → 供應商 ×2"),
    ],
    [
        c("(top)", "hint, then # 隱私協議", "# 隱私協議, then hint", "noise", "the title moved above the AI-translation hint"),
        c("(bullets)", "one paragraph per bullet", "bullets joined by Markdown hard breaks", "noise", "layout only"),
    ],
    "Cherry Studio 隱私協議, the Traditional edition (machine-translated, 'Auto: Translate documentation'): 3451848e → 5fb50f78 "
    "(consecutive): a re-translation in Taiwan wording, 不會 → 絕不會.  Same script: each retouched paragraph is an edit of the text.",
)
ANN["cherry-xscript"] = (
    [],
    [
        c(
            "(top)",
            "",
            "此文件由 AI 從中文翻譯而來，尚未經過審閱。",
            "optional",
            "the Traditional page's AI-translation hint (not policy text)",
        ),
        c(
            "二、我们不会收集的任何信息",
            "• 不会收集…",
            "• 絕不會收集…",
            "optional",
            "絕 (never): the translator's emphasis, same commitment: reworded is right",
        ),
        c(
            "(三、四)",
            "提供商, 配置, 调用, 大模型, 接口, 自定义",
            "供應商, 設定, 呼叫, 大型模型, 介面, 自訂",
            "optional",
            "Taiwan wording; the title of 四 too",
        ),
    ],
    "Cherry Studio privacy agreement, Simplified a69b89cb (the 2025-06-11 text, unchanged until 2026-06-01) vs the Traditional "
    "edition 5fb50f78 (2025-10-10, machine-translated from it): expected clean.",
)


def main() -> None:
    rows = ["pair\tside\trepo\tpath\tcommit\tblob\tbytes\tsha256"]
    for name, (repo, oc, op, nc, np_) in sorted(GIT.items()):
        d = os.path.join(HERE, "pairs", name)
        src = {"repo": repo, "license": NOLIC}
        for side, commit, path in (("old", oc, op), ("new", nc, np_)):
            full = subprocess.run(
                ["git", "-C", MIRROR[repo], "rev-parse", commit], capture_output=True, text=True, check=True
            ).stdout.strip()
            blob = subprocess.run(
                ["git", "-C", MIRROR[repo], "rev-parse", f"{commit}:{path}"], capture_output=True, text=True, check=True
            ).stdout.strip()
            want = subprocess.run(["git", "-C", MIRROR[repo], "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
            with open(os.path.join(d, f"{side}.md"), "rb") as f:
                got = f.read()
            assert got == want, (name, side)
            sha = hashlib.sha256(got).hexdigest()
            src[side] = {"repo": repo, "path": path, "commit": full, "blob": blob, "bytes": len(got), "sha256": sha}
            rows.append(f"{name}\t{side}\t{repo}\t{path}\t{full}\t{blob}\t{len(got)}\t{sha}")
        changes, noise, note = ANN[name]
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump({"source": src, "changes": changes, "noise": noise, "note": note}, f, ensure_ascii=False, indent=1)
            f.write("\n")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
