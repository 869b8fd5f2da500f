"""Write pairs/<name>/annotation.json for pairs36 (u36p), by hand from `diff` of each pair (and, for the HTML sides,
the page's text read in a browser-like dump), before any run.  Format of eval/pairs26 … pairs35: `changes` the true
changes, one per edit place (a paragraph, a list item, a heading, a dated line; a whole new section one change);
`noise` what must not be reported (kind `optional`: tolerated either way).  Texts are excerpts (「…」 cut), enough to
find the place; the scorer reads only the indices.  A page moved from Markdown to HTML: navigation bars, footers,
links made of an address already written out, list numbers and soft line breaks the export made are noise;
cross-script pairs: script and regional wording of unchanged text (数据/資料, 访问/存取, quotes) are noise."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
REPOS = {
    "fb": ("fbfenf/fbfenf.github.io", NOLIC),
    "gj": ("zhuyikun996/guangjitanlou-support", NOLIC),
    "sf": ("windyboyy/somanyfish-privacy", NOLIC),
    "wo": ("woei66/sites", NOLIC),
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


FM = "Jekyll front matter (layout, title, permalink, page_id): layout metadata"
SEL = "the language switcher line 「[한국어](/privacy) | [English](…) | …」 → 「… · … · …」: its separators only (punctuation of page chrome)"
H = "(header)"


def gj_draft(conv=""):
    return [
        c(H, "发布前草稿 · 最后更新：2026 年 10 月 3 日", "最后更新：2026 年 10 月 4 日", "modified", "draft mark dropped, new date" + conv),
        c("适用范围与联系", "…光迹探楼开发者的隐私联系邮箱为 zusk66@gmail.com。当前页面是为首次上架准备的草稿，上架前会按最终版本核对并更新。",
          "…光迹探楼开发者为朱毅坤，隐私联系邮箱为 zusk66@gmail.com。", "modified", "developer named, draft sentence dropped"),
        c("外部链接与本网站", "点击官方图纸来源链接会打开系统浏览器。…", "点击隐私政策、支持页面或官方图纸来源链接会打开系统浏览器。…", "modified"),
        c("客服邮件", "…客服邮件通常保留至问题处理完毕后 12 个月内，随后删除或去除可识别信息；依法必须保留的信息除外。…",
          "…客服资料仅在回复、解决问题及履行法律义务所需的期间保留；不再需要时删除或去除可识别信息。…", "modified", "retention period rewritten"),
        c("政策更新", "…并在必要时通过应用说明或更新信息告知。首次发布前请以核对后的最终政策为准。", "…并在必要时通过应用说明或更新信息告知。", "modified",
          "draft sentence dropped"),
    ]


A = {
    "gj-draft": (gj_draft(), [], "The pre-release draft (3 Oct) against the first published text (4 Oct): 5 changes."),
    "gj-draft-hk": (
        gj_draft(" (old side: OpenCC s2hk)"),
        [n("script and regional wording of unchanged text (説明, 數據, 郵箱, 服務器, 設置 …): the old side is the draft converted to Hong Kong traditional")],
        "gj-draft with the OLD side converted to Hong Kong traditional (OpenCC s2hk): a zh-Hant edition against the edited zh-Hans text; the same 5 changes.",
    ),
    "gj-md-html": (
        [
            c(H, "最后更新：2026 年 10 月 4 日", "最后更新：2026 年 10 月 7 日", "modified"),
            c("适用范围与联系", "本政策说明光迹探楼 iOS 应用 1.0.0 版本的数据处理方式…", "本政策说明光迹探楼 iOS 应用 1.0.0 及 1.1.0 版本的数据处理方式…", "modified"),
            c("未收录楼盘反馈", None, "当你主动反馈未收录楼盘时，应用创建发送至客服邮箱的邮件草稿…", "added", "a new section (heading and paragraph)"),
        ],
        [
            opt("the title 「光迹探楼 · 隐私政策」 (Markdown h1) → 「隐私政策」 (HTML h1; the <title> keeps 「隐私政策 · 光迹探楼」)"),
            opt("§外部链接 the GitHub address written out → a link whose words are 「GitHub Privacy Statement」 (same target)"),
            n("the HTML page's navigation bar (光迹探楼 / English / 支持与反馈), its footer 「光迹探楼 · zusk66@gmail.com」 and the app icon: page chrome"),
            n("the e-mail address made a mailto link: markup"),
        ],
        "The published Markdown (4 Oct) against the HTML page that replaced it (7 Oct): 3 changes (date, version range, a new section).",
    ),
    "sf-hans-hant": (
        [],
        [
            n("regional wording of the zh-Hant edition where OpenCC s2twp would differ (類型, 對象, 範本, 自訂, 帳戶, 存取, 伺服端, 發佈, 查看)"),
            n("quotes \"本應用\" → 「本應用」 and \"最後更新日期\" → 「最後更新日期」"),
        ],
        "The zh-Hans policy against its zh-Hant edition of the same commit: the same text in Taiwan wording, no change.",
    ),
    "wo-camera-en": (
        [
            c("1. Definitions", "Application means the software program provided by TRIPBNB downloaded by You on any electronic device, named Camera.",
              "Application means the software program provided by TRIPBNB downloaded by You on any electronic device.", "modified"),
        ],
        [
            n("Markdown → HTML export (VS Code): soft line breaks joined, numbered titles made <ol> items, \"…\" as &quot;, CRLF line ends, the exporter's CSS"),
        ],
        "An English policy kept as plain Markdown, against the HTML page exported from its next version: 1 change (the app's name dropped).",
    ),
    "fb-date": (
        [
            c("(end)", "**最后更新**: 2026年2月5日", "**最后更新**: 2026年2月8日", "modified"),
            c("(end)", "**生效日期**: 2026年2月5日", "**生效日期**: 2026年2月8日", "modified"),
        ],
        [opt(FM)],
        "Only the last-updated and effective dates (two lines of one paragraph): 2 changes.",
    ),
    "fb-contact": (
        [
            c("11. 联系方式", "- **邮箱**: ryullee@gmail.com", "- **邮箱**: hello@iscript.dev", "modified"),
            c("11. 联系方式", "- **客户支持**: https://fbfenf.github.io/support-zh", "- **客户支持**: https://iscript.dev/support-zh", "modified"),
        ],
        [opt(FM), n(SEL)],
        "A new contact e-mail and support address; the language switcher's separators: 2 changes.",
    ),
    "fb-en": (
        [
            c("11. Contact Information", "- **Email**: ryullee@gmail.com", "- **Email**: hello@iscript.dev", "modified"),
            c("11. Contact Information", "- **Customer Support**: https://fbfenf.github.io/support-en", "- **Customer Support**: [/support-en](/support-en)", "modified"),
            c("(end)", "**Last Updated**: February 5, 2026", "**Last Updated**: February 8, 2026", "modified"),
            c("(end)", "**Effective Date**: February 5, 2026", "**Effective Date**: February 8, 2026", "modified"),
        ],
        [opt(FM), n(SEL)],
        "The English edition over three commits: e-mail, support link, both dates: 4 changes.",
    ),
    "fb-layout": (
        [
            c("(intro)", "iScript Lab重视用户隐私并遵守相关法规。", "> **iScript Lab重视您的隐私，并遵守相关法律法规。**", "modified",
              "the intro reworded (您的隐私, 法律法规) and set as a bold quote"),
        ],
        [
            opt(FM),
            opt("the language switcher line removed (page chrome)"),
            opt("the h1 「# 隐私政策」 removed (the layout prints the front matter's title)"),
            n("a `---` rule removed"),
        ],
        "Layout commits: switcher and h1 removed, the intro reworded: 1 change.",
    ),
    "fb-links": (
        [
            c("11. 联系方式", "- **客户支持**: [/support-zh](/support-zh)", "- [客户支持页面](https://iscript.dev/support-zh)", "modified",
              "the label dropped, the link's words and target changed"),
        ],
        [opt(FM), opt("the closing line 「© 2026 iScript Lab. All rights reserved.」 removed (a copyright notice, not policy text)")],
        "Link and footer commits: the support item rewritten: 1 change.",
    ),
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
