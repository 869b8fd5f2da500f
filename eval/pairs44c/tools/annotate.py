"""Write pairs/<name>/annotation.json for pairs44c (m44x), by hand from `git diff`, `git diff -w` and a tag-stripped text
diff of each pair, before any run of policylens.  Format of eval/pairs43c (and pairs42c): `changes` the true changes,
one per edit place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is
tolerated either way (kind `optional`).  Texts are excerpts, enough to find the place.  Version pairs are consecutive
revisions of one file (`git log OLD..NEW -- PATH` lists only NEW); the copy control is the same page in a second
repository (copoile/blog-web → lok6666/front-web).  Every side is checked against its snapshot here
(`git rev-parse COMMIT:PATH` = the saved file's blob)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
MIR = "/work/.mirror"
BL, LK, KU = "copoile/blog-web", "lok6666/front-web", "KUN1007/kun-galgame-vue"
YM, ST, ZJ, MS = "surdream/2020211001001318WangZhipeng", "StrawCoding/StrawMoneyBookWeb", "xinla/zjzx-pc", "shawnwong84/m-sport-h5"
BP, KP, YP = "src/views/privacy/index.vue", "src/views/privacy/Privacy.vue", "pages/mine/privacy/privacy.wxml"
SP, MP = "src/views/privacy.vue", "src/pages/privacy/index.vue"
# pair: ((repo, commit, path) old, (repo, commit, path) new)
SRC = {
    "blog-title": ((BL, "5dd35f3", BP), (BL, "3e3637f", BP)),
    "blog-crlf": ((BL, "3e3637f", BP), (LK, "07abb99", BP)),
    "kun-i18n": ((KU, "baa4f7f1", KP), (KU, "8bf7f23d", KP)),
    "kun-footer": ((KU, "93ad252f", KP), (KU, "5742feb2", KP)),
    "kun-scss": ((KU, "86bbd1ea", KP), (KU, "93ad252f", KP)),
    "ym-gps": ((YM, "79b3cd7", YP), (YM, "6778a6d", YP)),
    "ym-remove": ((YM, "6778a6d", YP), (YM, "ecaddcb", YP)),
    "straw-date": ((ST, "6fd1466", SP), (ST, "e096744", SP)),
    "zjzx-expand": ((ZJ, "e3e4caa", SP), (ZJ, "ecd112f", SP)),
    "msport-name": ((MS, "eed99db", MP), (MS, "7904a3f", MP)),
    "msport-header": ((MS, "7904a3f", MP), (MS, "d27c54c", MP)),
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
BLNOTE = ("A personal reading-share blog's Vue 2 page (悦读分享 / 个人阅读分享): `<app-header>`, `<h1 style=…>` title, "
          "`<h3>` sections 导言, 适用范围, 信息使用, 信息披露, Cookie的使用, 信息安全 over `<p>` items (a)…(g), scoped SCSS.")
KUNOTE = ("A galgame forum's Vue 3 privacy page (KUNgalgame): a `.title` div 隐私政策 over one `.article` of three `<p>` and a "
          "three-item `<ul>` (no section headings), HTML comments naming each block, scoped styles.")
YMNOTE = ("A campus mini-program's `.wxml` privacy page (一目校园隐私保护政策, 南昌燃目网络科技有限公司): a custom nav bar with "
          "the title 隐私政策, a `topWrap_title` and a version/date line, `midWrap_title` sections 一、…五、, `midWrap_subTitle` "
          "sub-sections 3.1…, `midWrap_detail` paragraphs.")
STNOTE = ("Taiwan: a bookkeeping app's Vue 3 privacy page (StrawMoneyBook 隱私權政策（Privacy Policy）): `<h1>`, four meta "
          "`<p>` (生效日期, 最後更新, 資料控制者, 聯絡方式), `<section>`s with `<h2>` 1.–10. and `<h3>` 1.1…3.2, RouterLinks.")
ZJNOTE = ("A news app's Vue page (直击真相隐私政策): `<h3 class=\"privacy-title\">`, one `<h4>` 本隐私政策将帮助你了解：, then "
          "`<p>` items; the next revision keeps the `<h4>` and writes the whole long policy as `<p>` lines (section titles "
          "一、…六、, （一）…, 1.… are bare `<p>`s, no heading tags), ending in the middle of 六、你的权利.")
MSNOTE = ("A live-streaming H5 app's Vue page (用户隐私协议, 22 KB): a custom header with a back image and 隐私协议, then "
          "`<section class=\"article\">`s with `<h4>` 一、…十、 (五、's `<h4>` also holds the section's first sentence) over "
          "`<p>` paragraphs and (一)… items.")
MS_SECS = [("一、xx直播如何收集和使用您的信息", True), ("二、xx直播如何使用cookie和同类技术", True),
           ("三、xx直播如何分享您的信息", True), ("四、xx直播如何转让您的信息", True), ("五、xx直播如何披露您的信息", True),
           ("六、xx直播如何储存和保护您的信息", True), ("七、您如何控制您的个人信息", False),
           ("八、xx直播如何处理儿童的个人信息", True), ("九、本协议的适用范围", False), ("十、本协议的生效及更新", False)]
A = {
    "blog-title": (
        [c("(title)", "悦读分享隐私政策", "个人阅读分享隐私政策", "modified", "the `<h1>` title renamed (悦读分享 → 个人阅读分享)")],
        [],
        BLNOTE + " Consecutive revisions (commit 「update name」).",
    ),
    "blog-crlf": (
        [],
        [n("line endings only: the same page copied into another repository (lok6666/front-web 07abb99) with CRLF line "
           "endings; the text with CRLF → LF is byte-identical to the old side")],
        BLNOTE + " Copy control across repositories: copoile/blog-web 3e3637f and lok6666/front-web 07abb99 (its first "
        "revision), the same page saved with Windows line endings.",
    ),
    "kun-i18n": (
        [c(PRE, "", "We will never use your personal information and will not use your personal information for anything "
           "outside of this site. … Device-Related Information: Device date, operating system information, etc.", "added",
           "an English edition of the whole policy added as a second `.article` block (`v-if` English) before the Chinese "
           "block; the Chinese text is unchanged (no section headings: the preamble or the title's section)")],
        [opt("the title text 隐私政策 replaced by the i18n call `{{ $tm('kungalgame.privacy') }}` (the rendered title is the "
             "same for a Chinese reader; a report of the literal title change is tolerated)"),
         n("HTML comments (<!-- 根容器 -->, <!-- 内容容器 -->, <!-- 标题 -->, <!-- 内容区 -->, <!-- 版权 -->) removed"),
         n("`v-if=\"showKUNGalgameLanguage === 'zh'\"` added to the Chinese block; script imports; CSS (min-height, "
           ":hover nesting, comments removed)")],
        KUNOTE + " Consecutive revisions (commit 「feat: privacy page i18n」).",
    ),
    "kun-footer": (
        [],
        [n("page chrome: the copyright footer `<div class=\"copyright\">` with 「Copyright © 2023 KUNgalgame」 / 「All rights "
           "reserved | Version 0.01」 replaced by a `<KUNGalgameFooter>` component (no policy text)"),
         n("a `<BackToHome />` component tag added after the list; script imports; the `.copyright` CSS rule removed")],
        KUNOTE + " Formatting only (commit 「fix bylaw」): every sentence of the policy is byte-identical.",
    ),
    "kun-scss": (
        [],
        [n("style only: `<style lang=\"less\">` → `lang=\"scss\"` and every `@kungalgame-…` variable → `$kungalgame-…`; "
           "the template is byte-identical")],
        KUNOTE + " Control: consecutive revisions (commit 「remove less dependence, use scss」).",
    ),
    "ym-gps": (
        [c(PRE, "版本：1.0 修订与生效时间：2021年9月1日", "版本：1.0 修订与生效时间：2021年9月9日", "modified",
           "the effective date (the version line under the title, before 一、前言)"),
         c(NONE, "", "3.3 获取您基于手机、或其他辅助GPS的定位信息 / 您可自愿授权您当前的定位信息，用作校园地图相对坐标点的确定…",
           "added", "a new sub-section with its paragraph inside 三、我们如何收集和使用您的个人信息…",
           new_sec="3.3 获取您基于手机、或其他辅助GPS的定位信息"),
         c("3.4 征得授权同意的例外", "3.4 征得授权同意的例外", "3.5 征得授权同意的例外情况", "modified",
           "the sub-section title reworded (情况 added); its number moves 3.4 → 3.5 (renumbering is noise)",
           new_sec="3.5 征得授权同意的例外情况")],
        [n("3.3 获取您参加的在校各类部门、社团的信息 renumbered 3.4 (title and paragraph unchanged)")],
        YMNOTE + " Consecutive revisions (commit 「信息流逻辑更新，诸多体验优化」).",
    ),
    "ym-remove": (
        [c("3.1 对您的在校身份进行认证", "用于我们对您的身份进行认证", "用于我们临时对您的身份进行认证", "modified",
           "one word (临时) inserted in the sub-section's paragraph"),
         c("3.4 获取您参加的在校各类部门、社团的信息", "3.4 获取您参加的在校各类部门、社团的信息 / 您可自愿填写参加的在校各类部门、"
           "社团的信息，用于为您提升相应集体的相关服务。", "", "removed", "the sub-section and its paragraph removed",
           new_sec=NONE),
         c("五、如何联系我们", "当您对本政策有任何疑问，可以发送邮件至", "当您对本政策有任何疑问，可以与我们的客服进行联系，也可以发送邮件至",
           "modified", "customer service added as a contact channel")],
        [n("3.5 征得授权同意的例外情况 renumbered 3.4 (title and text unchanged)")],
        YMNOTE + " Consecutive revisions (commit 「隐私提示升级，多项体验优化」).",
    ),
    "straw-date": (
        [c(PRE, "最後更新：2026-02-14", "最後更新：2026-05-06", "modified",
           "the last-updated date (the second meta `<p>` under the `<h1>`)")],
        [],
        STNOTE + " Consecutive revisions; nothing else changes.",
    ),
    "zjzx-expand": (
        [c("本隐私政策将帮助你了解：", "（1）“直击真相”软件及相关服务是指… （5）个人敏感信息是指…",
           "（1）为了保障产品的正常运行… （8）你访问、更正、删除个人信息与撤回同意授权的方式…", "modified",
           "the five definition items (1)–(5) under the `<h4>` replaced by eight summary points (1)–(8)"),
         c("本隐私政策将帮助你了解：", "", "如你未明示同意本隐私政策并开始使用… / 直击真相（以下简称“我们”）深知个人信息对你的重要性… "
           "/ 我们希望通过本隐私政策向你说明…", "added", "three intro paragraphs added after the summary points"),
         c("本隐私政策将帮助你了解：", "", "本隐私政策将帮助你了解以下内容： 一、我们如何收集和使用个人信息 … 十、其他", "added",
           "a table of contents (a lead-in and ten `<p>` lines repeating the section titles, sections 七–十 never written)"),
         c(NONE, "", "在你使用“直击真相”及服务的过程中，我们将根据合法、正当、必要的原则，收集信息。… （一）… （四）依法豁免…",
           "added", "new section", new_sec="一、我们如何收集和使用个人信息"),
         c(NONE, "", "Cookie 和同类技术是互联网中的通用常用技术。… （一）…（三）…", "added", "new section",
           new_sec="二、对 Cookie 和同类技术的使用"),
         c(NONE, "", "（一）信息存储的地点 … （二）存储期限 …", "added", "new section", new_sec="三、我们如何存储个人信息"),
         c(NONE, "", "（一）个人信息的共享、转让 … （三）依法豁免征得同意共享、转让、公开披露的个人信息 …", "added", "new section",
           new_sec="四、我们如何共享、转让、公开披露个人信息"),
         c(NONE, "", "（一）我们非常重视你个人信息的安全… （六）我们谨此特别提醒你…", "added", "new section",
           new_sec="五、我们如何保护个人信息安全"),
         c(NONE, "", "我们非常重视你对个人信息的管理… （一）访问、删除、更正你的个人信息 … 4.删除发布内容、提问及回答内容、评论内容 …",
           "added", "new section (the revision ends inside it)", new_sec="六、你的权利")],
        [n("the empty `<h4></h4>` after the items removed"),
         n("indentation of the `<p>` lines changed from tabs to spaces")],
        ZJNOTE + " Consecutive revisions (commit 「隐私协议和用户协议修改等」): the page grows from 2.9 KB to 27.9 KB.",
    ),
    "msport-name": (
        [c(PRE, "xx直播重视个人信息保护。… 请您务必仔细阅读本协议…xx直播责任免除…", "M直播重视个人信息保护。… M直播责任免除…",
           "modified", "the placeholder product name xx直播 filled in as M直播 in both intro paragraphs")]
        + [c(t, "xx直播", "M直播", "modified",
             ("the placeholder xx直播 → M直播 in the section title and its text" if renamed
              else "the placeholder xx直播 → M直播 in the section's text (title unchanged)"),
             new_sec=t.replace("xx直播", "M直播"))
           for t, renamed in MS_SECS],
        [],
        MSNOTE + " Consecutive revisions (commit 「登录界面样式」): every 「xx直播」 becomes 「M直播」 (eleven places: the "
        "intro and all ten sections, seven of whose titles contain the name); nothing else changes (checked: the old side "
        "with xx直播 → M直播 is byte-identical to the new side).",
    ),
    "msport-header": (
        [],
        [n("page chrome: the custom header (a back image and a bold `<div>` 隐私协议) replaced by "
           "`<van-nav-bar title=\"隐私协议\" left-arrow>`"),
         n("the whole article re-indented by four spaces, the `mt-10` class dropped, `<style scoped>` rewritten as SCSS")],
        MSNOTE + " Formatting only (commit 「用户中心样式」): with tags and white space stripped the text is identical except "
        "the header's 隐私协议 line.",
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
