"""Write pairs/<name>/annotation.json for pairs43c (m43x), by hand from `git diff --word-diff`, `diff` and a
tag-stripped character diff of each pair, before any run of policylens.  Format of eval/pairs42c (and pairs41c):
`changes` the true changes, one per edit place (kind `modified`, `added`, `removed`); `noise` what must not be reported
(kind `noise`), or is tolerated either way (kind `optional`).  Texts are excerpts, enough to find the place.  Version
pairs are consecutive revisions of one file (the commits between them touch other files only); the cross-script pair
and the copy control are the same author's policy page in two of his repositories (lhlcn, hjcstrad), read from their
snapshots.  Every side is checked against its snapshot here (`git rev-parse COMMIT:PATH` = the saved file's blob)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIR = "/work/.mirror"
LH, HJ, LY = "lhlcn/lhlcn.github.io", "hjcstrad/hjcstrad.github.io", "lhlcn/lycs"
NRL, XF, SH = "Reno9527/nrllink-mp", "wzp123321/xiaofang-eollgue-uniapp", "xiexifeng/city-secondhand-weapp"
ST, EC = "aofeilin/storyHeroProjectYinsi", "AiFu-o/ecycle-frontend"
Y = "yinsi.html"
NW = SW = "pages/privacy-policy/privacy-policy.wxml"
XV = "pages/privacy-policy/privacy-policy.vue"
# pair: ((repo, commit, path) old, (repo, commit, path) new)
SRC = {
    "lh-email": ((LH, "9f989bf", Y), (LH, "3dd88cf", Y)),
    "lh-script": ((LH, "9f989bf", Y), (HJ, "f4bae5c", Y)),
    "lh-copy": ((LY, "296876c", Y), (LH, "3dd88cf", Y)),
    "nrl-typo": ((NRL, "91e0993", NW), (NRL, "94e184c", NW)),
    "xf-style": ((XF, "49bee69", XV), (XF, "c51d9c6", XV)),
    "xf-rev": ((XF, "c51d9c6", XV), (XF, "ac95fb8", XV)),
    "sh-rewrite": ((SH, "cf4d106", SW), (SH, "bb5f3a2", SW)),
    "sh-header": ((SH, "bb5f3a2", SW), (SH, "99b6dbc", SW)),
    "story-markup": ((ST, "6bca70e", Y), (ST, "3d9bda0", Y)),
    "ec-fill": ((EC, "a3788e1", XV), (EC, "df01d1e", XV)),
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
LHNOTE = ("A mobile game's privacy page (幻境重生之旅 / 龙炎传说, one developer's GitHub Pages sites): `<title>` in the "
          "head, a Bootstrap `<blockquote>` with `<h3>隐私政策</h3>`, then the whole policy in ONE `<p>` as bare lines "
          "(sections 1. 适用范围 … 7.本隐私政策的更改 and items (A)… with no tags of their own), and a second `<p>` with "
          "the contact lead-in and e-mail.")
XFNOTE = ("A fire-service training app's uni-app Vue page (消防学院, 上海赛弗实业有限公司; 45 KB): `service-argeement-title` "
          "views (1. 引言 … 14. 名词解释, sub-titles 3.1/A./B., 【特别提示】) over `catalog` views of hard-wrapped text, "
          "rendered with `white-space: pre-line`, and a long `<style lang=\"less\">`.")
SHNOTE = ("A city second-hand swap mini-program's `.wxml` privacy page (换换么): a header with a back arrow and the "
          "title, then `<view class=\"section\">` blocks with `<text class=\"section-title\">` and `section-content` "
          "texts (• or - items, bold `<text>` runs, view-based tables).")
A = {
    "lh-email": (
        [c("7.本隐私政策的更改", "邮箱：liu.huan_l_h@163.com", "邮箱：liuhuan_l_h@163.com", "modified",
           "the contact e-mail corrected (the dot in the local part removed); the line is in the second <p> after the "
           "last numbered section 7. (the preamble if no section is recognised)")],
        [opt("the head's `<title>` 幻境重生之旅 → 隐私政策 (the browser-tab title; the visible <h3>隐私政策</h3> is unchanged)")],
        LHNOTE + " Consecutive revisions of lhlcn.github.io's yinsi.html (its only two).",
    ),
    "lh-script": (
        [],
        [n("script only: the same page in Traditional characters (隐私政策/隱私政策, 个人信息/個人信息, 联系/聯繫, 尽管/儘管, "
           "泄密/洩密, 帐号/帳號 …: every difference is a one-for-one Simplified → Traditional character; checked "
           "character by character)"),
         n("one space removed before 「您在同意本应用服务使用协议之时」 in the intro")],
        LHNOTE + " Cross-script control: lhlcn.github.io's first version (幻境重生之旅, Simplified) and hjcstrad.github.io's "
        "Traditional edition of the same page by the same developer (same <title>, same e-mail liu.huan_l_h@163.com); no "
        "change of content. A conversion artefact is kept as in the source: the vocabulary is not localised "
        "(信息, 网络/網絡, 软硬件/軟硬件 stay mainland words).",
    ),
    "lh-copy": (
        [],
        [opt("the head's `<title>` 龙炎传说 → 隐私政策 (the browser-tab title only)")],
        LHNOTE + " Copy control: the same developer's page for another game (lycs, 龙炎传说) and lhlcn.github.io's current "
        "version; the files differ only in the head's `<title>`.",
    ),
    "nrl-typo": (
        [c("二、信息使用", "通联过程中及使报告自己的设备类型，呼号，位置QTH", "通联过程中及时报告自己的设备类型，呼号，位置QTH",
           "modified", "a typo fixed in the highlighted 重要说明： paragraph (及使 → 及时); the box follows 二、信息使用's items")],
        [],
        "An amateur-radio PTT app's `.wxml` privacy page (NRL互联): `<view class=\"title\">`, a date, an intro, nine "
        "`section-title` views 一、…九、 and 联系我们, `item` views 1. 2. …, a `highlight` box after 二、, a footer with an "
        "ICP number. One character changes (commit message 修正隐私协议).",
    ),
    "xf-style": (
        [],
        [n("three values in the `<style lang=\"less\">` block (font-size 28rpx → 32rpx, padding 16rpx → 24rpx, the title's "
           "font-size 32rpx → 36rpx); the template is byte-identical")],
        XFNOTE + " Control: only the page's CSS changes.",
    ),
    "xf-rev": (
        [c("1. 引言", "", "我们的产品基于DCloud uni-app(5+ App/Wap2App)开发，应用运行期间需要收集您的设备唯一识别码（IMEI/android "
           "ID/IDFA、SIM 卡 IMSI 信息）以提供统计分析服务…", "added",
           "a paragraph added after the 【特别提示】 paragraph (under the sub-title 【特别提示】)"),
         c("1. 引言", "", "UniPush UniPush是DCloud联合个推公司推出的集成型统一推送服务…消息推送服务供应商：由每日互动股份有限公司提供推送技术"
           "服务…", "added", "a second paragraph added after it, opening with a bold 「UniPush」 label view")],
        [n("numbered lines 1.–14. (要点, 目录, and the items under 3.1/3.2 A./B.): the tab after the number replaced by a "
           "space (1.\\t为帮助您… → 1. 为帮助您…)"),
         n("hard-wrapped paragraphs re-wrapped at other places (one long line split into two or three; the text with "
           "whitespace removed is identical everywhere except the two added paragraphs — checked with a character diff)")],
        XFNOTE + " Two paragraphs added (DCloud's uni-app statistics and UniPush SDK disclosures) and the whole page "
        "re-wrapped.",
    ),
    "sh-rewrite": (
        [
            c(NONE, "", "隐私政策 生效日期：2026年[月][日] 最近更新：2026年[月][日]", "added",
              "a first section titled 隐私政策 with two date lines (template slots)", new_sec="隐私政策"),
            c(NONE, "", "本政策所称\"个人信息\"，是指以电子或者其他方式记录的…", "added", "new section 1. 定义", new_sec="1. 定义"),
            c("1. 信息收集", "我们收集以下信息以提供更好的服务：• 您提供的个人信息（姓名、电话、邮箱等）…",
              "2.1 合法性基础 我们基于以下合法性基础收集您的信息：- 用户同意…; 2.2 收集范围 (a view table); 2.3 位置信息特别说明…",
              "modified", "rewritten: legal bases, a table of the data collected, a location paragraph", new_sec="2. 信息收集"),
            c("2. 信息使用", "• 提供和改进服务 • 个性化用户体验 • 进行市场研究和分析 …", "- 提供同城信息匹配服务 - 个性化内容推荐 …",
              "modified", "the list of uses rewritten", new_sec="3. 信息使用"),
            c(NONE, "", "我们仅在实现本政策所述目的所必需的期限内保留您的个人信息：(a view table of retention periods)",
              "added", "new section 4. 信息存储", new_sec="4. 信息存储"),
            c("3. 信息保护", "• 使用加密技术传输数据 • 限制员工访问权限 …", "- 使用HTTPS/TLS加密技术传输数据 - 遵循最小权限原则…",
              "modified", "the list of measures rewritten", new_sec="5. 信息保护"),
            c("4. 信息共享", "我们不会出售您的个人信息。我们仅在以下情况下共享信息：• 获得您的明确同意 …",
              "我们不会出售您的个人信息。仅在以下情形共享或披露：- 获得您的明确同意 - 法律法规要求…", "modified",
              "lead-in and items rewritten", new_sec="6. 信息共享"),
            c("6. 用户权利", "您有权：• 访问您的个人信息 …", "您对您的个人信息享有以下权利：- 访问权：… 如需行使上述权利，请通过第13条…",
              "modified", "rights rewritten with labels, a closing sentence added", new_sec="7. 用户权利"),
            c(NONE, "", "本平台主要面向年满18周岁的成年人…", "added", "new section 8. 未成年人保护", new_sec="8. 未成年人保护"),
            c(NONE, "", "- 平台仅收集提供服务所必需的最少信息 …", "added", "new section 9. 隐私保护承诺", new_sec="9. 隐私保护承诺"),
            c("5. Cookie 和追踪", "我们使用 Cookie 和类似技术来：• 记住您的偏好 … 您可以在浏览器设置中禁用 Cookie。",
              "我们使用 Cookie、本地存储（LocalStorage）、缓存等类似技术来：- 记住您的偏好设置 … 您可以在浏览器或设备设置中管理或禁用这些技术…",
              "modified", "renamed and rewritten", new_sec="10. Cookie 和类似技术"),
            c("7. 第三方链接", "我们对第三方网站的隐私政策不负责。", "我们对第三方网站的隐私政策不承担责任。", "modified",
              "one phrase reworded", new_sec="11. 第三方链接"),
            c(NONE, "", "您的个人信息存储于中华人民共和国境内…", "added", "new section 12. 数据存储地点", new_sec="12. 数据存储地点"),
            c("8. 政策更新", "重大变更将通过电子邮件或平台通知通知您。继续使用本平台即表示您接受更新后的政策。",
              "重大变更将通过平台公告或电子邮件通知您。如您继续使用本平台，即视为接受更新后的政策。", "modified", "reworded",
              new_sec="13. 政策更新"),
            c("9. 联系我们", "邮箱：privacy@secondhand.com 电话：400-123-4567",
              "- 邮箱：privacy@huanhuanme.com - 电话：400-888-8888 - 地址：北京市海淀区科技园 我们将在收到您的请求后15个工作日内予以回复。",
              "modified", "contact details replaced, an address and a response time added", new_sec="14. 联系我们"),
            c("9. 联系我们", "", "© 2026 换换么. 保留所有权利。", "added",
              "a footer view after the last section (belongs to its section or the end)", new_sec="14. 联系我们"),
        ],
        [n("section numbers shifted (1.→2., 2.→3., 3.→5., 4.→6., 5.→10., 6.→7., 7.→11., 8.→13., 9.→14.): renumbering"),
         n("bullets • replaced by - and bold `<text style=\"font-weight: bold;\">` runs added inside sentences")],
        SHNOTE + " The first page (nine short sections) rewritten into the fourteen-section policy of the repository's "
        "隐私政策_换换么.md: sections added, moved, renamed and reworded.",
    ),
    "sh-header": (
        [],
        [n("the page header removed: `<view class=\"header\">` with a back arrow ‹ and `<text class=\"header-title\">"
           "隐私政策</text>` (page chrome; the content's own first section 隐私政策 with the dates is unchanged)")],
        SHNOTE + " Formatting only: the next revision drops the custom header (the page uses the navigation bar); every "
        "section is byte-identical.",
    ),
    "story-markup": (
        [c("(title)", "iOS应用隐私政策", "（英雄联盟英雄）隐私政策", "modified",
           "the title renamed: the generic 「iOS应用隐私政策」 (an `<h4>` with `<em>` runs) becomes the app's name line")],
        [n("all markup removed: `<html>`, the `<h4>`, `<em>`, the opening `<p>` of every paragraph (three stray `</p>` "
           "left), so the new file is bare text lines in a `.html`"),
         n("the item marker a) before the only item of 5.信息安全 dropped (the item's text unchanged)"),
         n("a blank line fewer between 2.信息的使用 and its item")],
        "An iOS app's short privacy page (a League of Legends heroes app): an `<h4>` title with `<em>` runs, then `<p>`s "
        "1.适用范围 … 5.信息安全 with items a)/b)/c). The next revision strips the markup, leaving text lines with stray "
        "`</p>`, and renames the title.",
    ),
    "ec-fill": (
        [
            c(PRE, "", "我们重视用户的隐私。…如对本《隐私政策》或相关事宜有任何问题，请通过xiaoxunkj2024@126. com与我们联系。", "added",
              "three intro paragraphs added under the title"),
            c(NONE, "", "我们提供服务时，可能会收集、储存和使用下列与您有关的信息。…", "added", "new section",
              new_sec="1.为提供服务可能收集的信息"),
            c(NONE, "", "位置权限：… 相册权限：…", "added", "new section", new_sec="2.为提供服务收集使用的权限"),
            c(NONE, "", "我们可能将在向您提供服务的过程之中所收集的信息用作下列用途：…", "added", "new section",
              new_sec="3.我们可能如何使用信息"),
            c(NONE, "", "为了让您通过平台有更好的体验、改善我们的服务或您同意的其他用途…", "added", "new section",
              new_sec="4.我们向第三方共享的个人信息"),
            c(NONE, "", "我们将尽一切可能采取适当的技术手段保障您的账户安全。", "added", "new section", new_sec="5.用户个人信息权益保障"),
        ],
        [n("CSS rules added to `<style>` (privacy-policy-p, privacy-policy-h3, privacy-policy)")],
        "An app's uni-app Vue page (repository ecycle-frontend; contact xiaoxunkj2024@126.com): the first revision is a stub with only the "
        "centred title 隐私政策; the next fills it with three intro paragraphs and five `privacy-policy-h3` sections 1.–5.",
    ),
}


def side(pair, name, spec):
    repo, commit, path = spec
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = os.path.join(MIR, repo.replace("/", "+"), "repo")
    full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    real = subprocess.run(["git", "--git-dir", git, "rev-parse", f"{full}:{path}"], capture_output=True, check=True, text=True).stdout.strip()
    assert real == blob, (pair, name, real, blob)
    return {"repo": repo, "path": f"{repo}:{path}", "commit": full, "blob": blob, "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


if __name__ == "__main__":
    src_lines, hashes = [], []
    assert sorted(A) == sorted(SRC)
    for pair, (changes, noise, note) in sorted(A.items()):
        files = sorted(os.listdir(os.path.join(HERE, "pairs", pair)))
        o = next(f for f in files if f.startswith("old."))
        w = next(f for f in files if f.startswith("new."))
        so, sn = side(pair, o, SRC[pair][0]), side(pair, w, SRC[pair][1])
        for k, s, f in (("old", so, o), ("new", sn, w)):
            src_lines.append(f"{pair} {k} {s['commit']} {s['blob']} {s['bytes']} {s['sha256']} {s['path']}")
            hashes.append(f"{s['sha256']}  {pair}/{f}")
        repos = sorted({so["repo"], sn["repo"]})
        ann = {"source": {"repo": repos[0] if len(repos) == 1 else repos, "license": NOLIC, "old": so, "new": sn},
               "changes": changes, "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
