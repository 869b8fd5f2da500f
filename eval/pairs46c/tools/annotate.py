"""Write pairs/<name>/annotation.json for pairs46c (m46x), by hand from `git diff`, `git diff -w` and a tag-stripped text
diff of each pair (for the cross-script pair: the old side converted to Traditional with OpenCC s2t, then compared line
by line with the new side), before any run of policylens.  Format of eval/pairs45c: `changes` the true changes, one per
edit place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated
either way (kind `optional`).  Texts are excerpts, enough to find the place.  Every pair is two consecutive revisions of
one file (`git log OLD..NEW -- PATH` lists only NEW, or NEW and a deletion between them: panda-reflow, plan-readd).
Every side is checked against its snapshot here (`git rev-parse COMMIT:PATH` = the saved file's blob)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
LIC = {"FangHeXie/web": "GPL-3.0 (LICENSE in the repository); kept for evaluation only",
       "lczalh/Diary": "MIT (LICENSE in the repository); kept for evaluation only"}
MIR = "/work/.mirror"
XR, SG, AM, SZ = "fanjianli/books", "sunguiyong/Sunguiyong.github.io", "yezhu9181/my-video-host", "shiguozia/shiguozia.game"
VD, PD, FZ, WL, LD = "vdass/down", "yikecaoi/yikecaoi", "FangHeXie/web", "wulala/m", "lczalh/Diary"
PLAN = "execution_plan_privacy_policy.html"
# pair: ((repo, commit, path) old, (repo, commit, path) new)
SRC = {
    "xingread-crossscript": ((XR, "616953f", "yinsi.html"), (XR, "697680b", "yinsi.html")),
    "plan-permission": ((SG, "6249566", PLAN), (SG, "8c099fd", PLAN)),
    "actionmaster-english": ((AM, "3ce19cd", "ysxy.html"), (AM, "d34cb45", "ysxy.html")),
    "rollball-name": ((SZ, "7fdd2df", "yinsi.html"), (SZ, "024b1f4", "yinsi.html")),
    "ads-fill": ((VD, "0f63c1a", "ysxy.html"), (VD, "e53724e", "ysxy.html")),
    "xuanhuan-space": ((XR, "697680b", "yinsi.html"), (XR, "aa8d36c", "yinsi.html")),
    "panda-reflow": ((PD, "a704807", "yszc.html"), (PD, "f1e5f76", "yszc.html")),
    "fangzhou-href": ((FZ, "f759b94", "yinsi.html"), (FZ, "1a3bb4f", "yinsi.html")),
    "m-css": ((WL, "43e2aa3", "yszc.html"), (WL, "b3d2ebb", "yszc.html")),
    "diary-mode": ((LD, "726992c", "yinsizhengce.html"), (LD, "440bb01", "yinsizhengce.html")),
    "plan-readd": ((SG, "05f333c", "yinsizhengce.html"), (SG, "da07070", "yinsizhengce.html")),
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
XRNOTE = ("A novel-reading app's privacy policy (免费小说大全 / 醒读小说). Old: a saved web page (androidhw.xingread.cn, "
          "Traditional <title>/<h2> 隱私條款) whose body is a Simplified Word export (MsoNormal <p>s, a 22pt title 隐私政策, "
          "一、…八、). New: the same policy as plain Traditional text saved under the same name (no tag), its first line 隱私條款.")
SGNOTE = "A planning app's static privacy page on GitHub Pages (执行派): <h1>, seven <h2> 一、…七、, two <h3>, a table."
AMNOTE = ("A fitness-video app's privacy page (动作大师): <h1>, company and date divs, ten <h2> 1.–10., an <h3> 联系我们, a "
          "footer.")
SZNOTE = ("A game studio's English privacy policy (《RollBall Privacy》, Shiguozia Inc) in an XHTML page of <p>s with bold "
          "numbered titles 1.–11.")
VDNOTE = ("A small game's privacy page (Unity Ads). Old: an HTML placeholder (<title>Document, body 「这是隐私协议！！！！」). "
          "New: the policy: <h1> 隐私政策, intro, an <h3> over eight <h4> data fields, more <h4> topics.")
XSNOTE = "The plain-text Traditional policy of xingread-crossscript's new side (玄幻小說大全 / 醒讀小說)."
PDNOTE = ("A student site's privacy page (中国大熊猫, 西华师范大学新闻传播学院): site header and nav, one policy paragraph under "
          "<h1 class=texthead> 隐私政策, a footer with links and contacts.")
FZNOTE = "A censorship-filter tool's 2010 privacy note (网络发言防和谐器), table-layout HTML, one paragraph."
WLNOTE = "A privacy page (<title>Document, <h1> 隐私政策, <h3> sections 个人信息范围 …), CSS in <style>."
LDNOTE = "A courier app's privacy page built from the common 隐私权政策 template (【乐淘快递】), <p>/<strong> sections."
PRNOTE = "A random-decision app's privacy page (《决了个定》隐私政策), static HTML on GitHub Pages."
A = {
    "xingread-crossscript": (
        [c(PRE, "免费小说大全（“我们”）非常重视用户的隐私和个人信息保护。…我们希望通过《免费小说大全隐私政策》…",
           "玄幻小說大全（“我們”）非常重視用戶的隱私和個人信息保護。…我們希望通過《免費小說大全隱私政策》…", "modified",
           "the app name in the intro's first words changed 免费小说大全 → 玄幻小說大全 (the later 《免費小說大全隱私政策》 kept)"),
         c(PRE, "个人信息是指以电子或者其他方式记录的…本隐私政策中涉及的个人信息包括：… 个人敏感信息是指一旦泄露…您的财产信息…",
           "", "removed", "the two definition paragraphs (个人信息 / 个人敏感信息) before 一、 dropped"),
         c("八、联系我们", "如您对本隐私政策…有任何问题、意见或建议，请通过邮件发送给我们。",
           "如您對本隱私政策…有任何問題、意見或建議，請通過發送郵件到fanjianli521@gmail.com給我們留言或與我們在線聯系。", "modified",
           "the contact sentence now gives an e-mail address (and 在线联系)", new_sec="八、聯系我們")],
        [n("Simplified → Traditional script throughout (every paragraph), with the converter's variant choices "
           "(为/為, 采/採, 联系/聯繫, 了解/瞭解, 周岁/週歲, 秘密/祕密, 复杂/複雜, 并购/併購 …)"),
         n("Word-export markup (MsoNormal <p>, <span> with mso- styles, <o:p>, conditional comments) → plain text lines; the "
           "saved page's head, comments and <h2> gone"),
         opt("the converter wrote 壹 for 一 as a numeral and in 一些/一切 (一、→壹、, （一）→（壹）, (一)→(壹), 一些→壹些, "
             "逐一→逐壹) and 你→妳 once (你未登錄→妳未登錄): variant forms of the same words; reporting them is tolerated, so "
             "is silence"),
         opt("the Word title 「隐私政策」 under the page heading 隱私條款 is gone (the new side starts with 隱私條款 only): a "
             "title change or a removed line is tolerated, so is silence")],
        XRNOTE + " Consecutive revisions (616953f 「no message」 → 697680b 「Update yinsi.html」, three minutes apart): a "
        "cross-script, cross-format pair with three real edits.",
    ),
    "plan-permission": (
        [c("二、我们使用的权限", "通知权限（POST_NOTIFICATIONS，Android 13 及以上）：用于向您推送计划到期提醒。您可随时在系统设置中关闭，"
           "或在本应用内针对单个计划关闭提醒。", "", "removed",
           "the notification-permission list item commented out (<!-- <li>…</li> -->): no longer on the page")],
        [],
        SGNOTE + " Consecutive revisions (6249566 rename → 8c099fd 「Update execution_plan_privacy_policy.html」).",
    ),
    "actionmaster-english": (
        [c(NONE, "", "Action Master (hereinafter referred to as \"we\") attaches great importance to the protection of users' "
           "privacy. This privacy policy aims to explain…", "added", "the English version's intro paragraph",
           new_sec="(English version)"),
         c(NONE, "", "The information we collect includes: Information you provide … Device information … Usage data … "
           "Location information …", "added", "English 1.", new_sec="1. Information Collection"),
         c(NONE, "", "We may use the collected information for the following purposes: Provide, maintain and improve our "
           "services …", "added", "English 2.", new_sec="2. Information Use"),
         c(NONE, "", "We will not share your personal information with any third party outside the company, unless: …",
           "added", "English 3.", new_sec="3. Information Sharing"),
         c(NONE, "", "We take reasonable security measures to protect your personal information …", "added", "English 4.",
           new_sec="4. Data Security"),
         c(NONE, "", "We retain your personal information only for the time necessary …", "added", "English 5.",
           new_sec="5. Data Retention"),
         c(NONE, "", "According to applicable laws, you may have the following rights: … To exercise these rights …",
           "added", "English 6.", new_sec="6. Your Rights"),
         c(NONE, "", "Our services are not directed to children under the age of 13 …", "added", "English 7.",
           new_sec="7. Children's Privacy"),
         c(NONE, "", "Our services may contain links to third-party websites …", "added", "English 8.",
           new_sec="8. Third-Party Services"),
         c(NONE, "", "Your personal information may be transferred to and processed on servers located outside …",
           "added", "English 9.", new_sec="9. International Transfers"),
         c(NONE, "", "We may update this privacy policy from time to time …", "added", "English 10.",
           new_sec="10. Policy Updates"),
         c(NONE, "", "If you have any questions … Email: 1091167364@qq.com Address: Building A, Innovation Plaza, …",
           "added", "English contact", new_sec="Contact Us")],
        [n("CSS: .language-switcher, .lang-btn, .english-content rules added"),
         n("the Chinese content re-indented inside <div class=chinese-content> (its text byte-identical)"),
         n("a <script> switchLanguage() added"),
         opt("the two language buttons 「中文」「English」 added to the header (page controls; reporting them is tolerated, so "
             "is silence)"),
         opt("the English footer 「© 2023 Action Master. All Rights Reserved.」 added")],
        AMNOTE + " Consecutive revisions (3ce19cd → d34cb45, 「自动更新视频库」): the Chinese policy unchanged, an English "
        "version added after it in a <div class=english-content> hidden by CSS until the English button is pressed.",
    ),
    "rollball-name": (
        [c(PRE, "…when you access and play our Hyper-Casual Games applications and services.",
           "…when you access and play our Roll Ball applications and services.", "modified",
           "the intro sentence names the game (Hyper-Casual Games → Roll Ball)")],
        [],
        SZNOTE + " Consecutive revisions (7fdd2df → 024b1f4, both 「修改」, four minutes apart): one phrase.",
    ),
    "ads-fill": (
        [c("(title)", "Document", "隐私政策", "modified", "the <title> Document → 隐私政策 and an <h1> 隐私政策 added"),
         c(PRE, "这是隐私协议！！！！", "本应用尊重并保护所有服务用户的个人隐私权。… 这是我们的隐私权政策，它解释了我们如何…收集，使用和共享数据。…",
           "modified", "the placeholder line replaced by the two intro paragraphs"),
         c(NONE, "", "设备信息 … 标识符 … 访问粗略位置 … 简易注册信息 … 日志数据 … 交互数据 … 应用列表信息 … 其他信息 …", "added",
           "the <h3> and its eight <h4> data fields", new_sec="个人信息字段类型与用途"),
         c(NONE, "", "我们的某些服务由第三方提供, 仅为实现本隐私政策中声明的目的, 我们会向第三方分享您的个人信息…", "added", "",
           new_sec="信息的分享"),
         c(NONE, "", "为保障应用程序相关功能的实现与应用安全稳定的运行…我们对接入的相关第三方SDK在以下目录中列明。 Unity Ads SDK 使用目的:…",
           "added", "with its <h4> Unity Ads SDK", new_sec="第三方产品服务"),
         c(NONE, "", "我们了解确保您的信息安全的重要性。…并且我不能保证其绝对安全。", "added", "", new_sec="安全"),
         c(NONE, "", "如果您对个人信息保护问题有投诉、建议、疑问，您可以将问题发送至269032965@qq.com…", "added", "",
           new_sec="联系我们")],
        [n("a <style> .fontcolor rule, body attributes, a commented-out <h1 align=center>, the <hr>")],
        VDNOTE + " Consecutive revisions (0f63c1a 「Add files via upload」 → e53724e 「Update ysxy.html」): a placeholder page "
        "filled with the policy.",
    ),
    "xuanhuan-space": (
        [],
        [n("line 10, an empty line between two paragraphs, now holds one space")],
        XSNOTE + " Consecutive revisions (697680b → aa8d36c 「no message」): formatting only (white space).",
    ),
    "panda-reflow": (
        [],
        [n("the whole page re-indented (tabs), nested tags split over lines, a blank line added"),
         n("a Baidu search form (text input with placeholder 「请输入内容...」 and a 「搜索」 submit button) added to the nav"),
         n("the banner image xm6.jpeg → xm8.jpeg"),
         n("the contact lines 「地址：」/「四川省南充市…」 and 「邮箱:」/「1690124021@qq.com」 each joined onto one line")],
        PDNOTE + " Consecutive revisions of yszc.html (a704807, deleted in aa05532, added again in f1e5f76 the same "
        "afternoon, all 「Add files via upload」/「Delete yszc.html」): the policy paragraph byte-identical; layout and "
        "page chrome only.",
    ),
    "fangzhou-href": (
        [],
        [n("the back link's target ../ → /index.html (its text 「< 返回首页」 unchanged)")],
        FZNOTE + " Consecutive revisions (f759b94 → 1a3bb4f, 「Add files via upload」): one attribute.",
    ),
    "m-css": (
        [],
        [n("CSS only: body { margin: auto; } gains padding: 0 20px")],
        WLNOTE + " Control (43e2aa3 → b3d2ebb): the body is byte-identical.",
    ),
    "diary-mode": (
        [],
        [n("file mode 100644 → 100755 only; the two blobs are the same object")],
        LDNOTE + " Control (726992c 「新增笑话页面，调整结构」 → 440bb01 「菜谱」): byte-identical content.",
    ),
    "plan-readd": (
        [],
        [n("the file was deleted (ffdf7d3) and uploaded again (da07070) byte-identical")],
        PRNOTE + " Control (05f333c → da07070): the same blob on both sides.",
    ),
}


def _gitdir(repo):
    g = os.path.join(MIR, repo.replace("/", "+"), "repo")
    return os.path.join(g, ".git") if os.path.isdir(os.path.join(g, ".git")) else g


def side(pair, name, spec):
    repo, commit, path = spec
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = _gitdir(repo)
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
        repo = so["repo"]
        ann = {"source": {"repo": repo, "license": LIC.get(repo, NOLIC), "old": so, "new": sn},
               "changes": changes, "noise": noise, "note": note}
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
