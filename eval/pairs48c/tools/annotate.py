"""Write pairs/<name>/annotation.json for pairs48c (m48x), by hand from `git diff`, `git diff -w` and a tag-stripped text
diff of each pair (Word HTML sides decoded from GB2312 or UTF-8 by their bytes), before any run of policylens.  Format
of eval/pairs47c: `changes` the true changes, one per edit place (kind `modified`, `added`, `removed`); `noise` what
must not be reported (kind `noise`), or is tolerated either way (kind `optional`).  Texts are excerpts, enough to find
the place.  Every pair is two consecutive revisions of one file (`git log OLD..NEW -- PATH` lists only NEW).  Every side
is checked against its snapshot here (`git rev-parse COMMIT:PATH` = the saved file's blob)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
LIC = {}
MIR = "/work/.mirror"
ST, DL = "styart24/StyartHome", "DestructLab/destructlab.com"
SC, HU = "dekuplayingff-gif/scap", "workflowtech/hunterdiskcleaner"
PC = "privacy-policy-cn.html"
# pair: ((repo, commit, path) old, (repo, commit, path) new)
SRC = {
    "styart-children": ((ST, "dd1cb0d", PC), (ST, "e6925cd", PC)),
    "styart-address": ((ST, "e6925cd", PC), (ST, "45f26f6", PC)),
    "styart-date": ((ST, "45f26f6", PC), (ST, "8493122", PC)),
    "styart-facedata": ((ST, "2661e6b", PC), (ST, "e44cdde", PC)),
    "styart-export": ((ST, "9a2491d", PC), (ST, "06ab9a0", PC)),
    "styart-email": ((ST, "06ab9a0", PC), (ST, "451c070", PC)),
    "destruct-encoding": ((DL, "6c17599", PC), (DL, "72a340b", PC)),
    "destruct-space": ((DL, "72a340b", PC), (DL, "af14779", PC)),
    "destruct-sdk35": ((DL, "af14779", PC), (DL, "512c29f", PC)),
    "destruct-pangle": ((DL, "58331ee", PC), (DL, "4272c7e", PC)),
    "scap-reword": ((SC, "595ae81", "privacy-policy.zh.md"), (SC, "24083fb", "privacy-policy.zh.md")),
    "hunter-favicon": ((HU, "83cb0ab", "zh-cn/privacy.html"), (HU, "1a20595", "zh-cn/privacy.html")),
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
STNOTE = ("A local-AI photo-album app's privacy page (思黛尔, styart): <h1>, a date line, an 重要提示 box, ten <h2> 1.–10. "
          "of lists (nested lists) and paragraphs, a contact list and a closing date div.")
DLNOTE = ("A mobile game's privacy policy (魔法突袭, 破坏实验室 Destruct Lab) saved from Word as 'web page, filtered' "
          "(p.MsoNormal, span sizes for the outline, tables of permissions and SDKs, an appended children's guide). The "
          "meta tag says charset=gb2312 on every revision; the bytes are GB2312 on some revisions and UTF-8 on others.")
SCNOTE = ("A macOS screenshot app's privacy policy (Scap), Markdown: # title, ## sections, ### a./b. subsections; the "
          "wording of a common developer template (jaywcjlove's apps), the product new.")
HUNOTE = "A disk-cleaner site's privacy page (Hunter Disk Cleaner), zh-cn: <h1>, a date, four <h2> 1.–4."
FACE = "照片和面部数据处理"
A = {
    "styart-children": (
        [c("6. 儿童隐私", "我们的服务面向一般用户，不会故意收集13岁以下儿童的个人信息。如果您发现…请立即联系我们…删除相关信息。",
           "我们的应用程序适合4岁及以上用户使用。…特别是儿童的隐私安全。…不会收集或上传任何用户个人信息到服务器,包括儿童用户的信息。",
           "modified", "the whole paragraph rewritten (13岁 → 4岁及以上; ASCII commas in the new text)")],
        [],
        STNOTE + " Consecutive revisions (dd1cb0d 「Create privacy-policy-cn.html」 → e6925cd): one paragraph.",
    ),
    "styart-address": (
        [c("10. 联系我们", "地址：[公司地址]", "", "removed", "a placeholder list item removed from the contact list")],
        [],
        STNOTE + " Consecutive revisions (e6925cd → 45f26f6): one list item deleted.",
    ),
    "styart-date": (
        [c(PRE, "最后更新日期：2024年1月1日", "最后更新日期：2024年12月1日", "modified", "the update date under the <h1>")],
        [],
        STNOTE + " Consecutive revisions (45f26f6 → 8493122): one date (the closing 「本隐私政策最后更新于」 line still says "
        "2024年1月1日; it is changed in the next revision, not in this pair).",
    ),
    "styart-facedata": (
        [c(PRE, "最后更新日期：2024年12月1日", "最后更新日期：2024年12月7日", "modified", "the update date"),
         c(PRE, "…所有照片处理均在您的设备本地完成，不会上传到云端。",
           "…所有照片和面部特征数据处理均在您的设备本地完成，不会上传到云端。我们不会收集、上传或共享您的任何照片和面部数据。",
           "modified", "the 重要提示 box: words inserted and a sentence added"),
         c("1. 收集的信息", "权限相关： 相册访问权限… 面部识别权限：用于人脸检测功能（仅本地处理）",
           FACE + "： 相册访问权限… 面部特征数据：用于照片智能分类和快速查找功能 分析设备中照片的人脸特征 / 提取面部特征用于相似"
           "人脸分组 / 所有数据仅存储在设备本地 / 不进行身份识别，仅用于相似度分析", "modified",
           "one list: its label renamed and its second item replaced by an item with four sub-items (one edit place)"),
         c("2. 信息使用", "", "照片智能分类和快速查找（基于本地面部特征分析）", "added", "a list item added at the end"),
         c("3. 数据存储和处理", "我们不会上传、存储或处理您的照片 / 面部识别数据仅在您的设备本地存储和使用",
           "面部特征数据仅在本地存储和使用： 用于照片智能分类和快速查找 / 不会上传到云端或与第三方共享 / 应用卸载时自动删除所有"
           "相关数据 / 不进行任何身份识别", "modified", "two items replaced by one item with four sub-items"),
         c("7. 您的权利", "要求删除您的数据", "删除您的数据", "modified", "one list item"),
         c("9. App Store数据使用和隐私", "…查看详细的数据收集和使用情况。",
           "…查看详细的数据收集和使用情况。特别说明：我们的面部特征处理完全在本地进行，不会收集或上传任何相关数据。", "modified",
           "a sentence appended")],
        [],
        STNOTE + " Consecutive revisions (2661e6b → e44cdde): the app starts to use face features; seven edit places in "
        "six places of the outline.",
    ),
    "styart-export": (
        [c("7. 您的权利", "访问和导出您的数据", "访问您的数据", "modified", "one list item (the export right dropped)")],
        [],
        STNOTE + " Consecutive revisions (9a2491d → 06ab9a0): one list item.",
    ),
    "styart-email": (
        [c("10. 联系我们", "邮箱：ivesjob@icloud.com", "邮箱：hello@aurader.com", "modified", "the contact e-mail")],
        [],
        STNOTE + " Consecutive revisions (06ab9a0 → 451c070 「Update contact email in privacy policy」): one e-mail.",
    ),
    "destruct-encoding": (
        [],
        [n("the whole file re-saved from GB2312 bytes to UTF-8 bytes (the meta still says charset=gb2312): the text is "
           "identical character for character")],
        DLNOTE + " Control (6c17599 「add privacy policy cn」 → 72a340b): **encoding only**, GB2312 → UTF-8.",
    ),
    "destruct-space": (
        [],
        [n("one ASCII space inserted inside a sentence of 2.2 (「使用此类技术」 → 「使用 此类技术」): no change of wording")],
        DLNOTE + " Control (72a340b → af14779): one space in a Chinese sentence, nothing else.",
    ),
    "destruct-sdk35": (
        [c("3.1 数据使用过程中涉及的合作方", "", "产品名称 / 涉及个人信息 / … IronSource SDK … Mintegral SDK … Unity SDK … Google "
           "Play SDK … 隐私政策：https://policies.google.com/privacy", "added",
           "an SDK table (four partners) inserted after the 3.1 title"),
         c(NONE, "", "本游戏在运行过程中，可能会访问境外的IP地址和域名。… a.广告服务 … 用户数据保护措施 a.–e. … 第三方服务协议：…",
           "added", "a new section after 3.4", new_sec="3.5 访问境外IP或域名的场景"),
         c("7.2 您的个人信息权利", "…发送邮件至【operation@roguedolike.com】与我们联系…",
           "…发送邮件至【support@destructlab.com】与我们联系…", "modified", "the e-mail in the 「除上述外」 paragraph"),
         c("7.3 注销帐号", "…发送邮件的方式【operation@roguedolike.com】与我们联系申请注销…",
           "…发送邮件的方式【support@destructlab.com】与我们联系申请注销…", "modified", "the e-mail"),
         c("7.4 意见反馈和投诉举报", "…发送邮件的【operation@roguedolike.com】的方式…",
           "…发送邮件的【support@destructlab.com】的方式…", "modified", "the e-mail")],
        [n("the file re-saved from UTF-8 bytes to GB2312 bytes"),
         n("the space inserted by the previous revision removed again in 2.2 (「使用 此类技术」 → 「使用此类技术」)"),
         n("the 3. title's paragraph re-marked by Word (its number 「3.」 now in its own list span); the words are the same")],
        DLNOTE + " Consecutive revisions (af14779 → 512c29f 「update privacy-policy-cn」): an SDK table and section 3.5 "
        "added, an e-mail changed in three places; the new side in GB2312.",
    ),
    "destruct-pangle": (
        [c("3.1 数据使用过程中涉及的合作方", "", "穿山甲SDK 设备信息 必选信息： … 北京巨量引擎网络技术有限公司 SDK收集 官网链接：https://"
           "www.csjplatform.com/ …", "added", "one row (穿山甲 / Pangle SDK) added to the SDK table, between Mintegral and "
           "Unity")],
        [n("the file re-exported from Word and saved as GB2312 (807 lines added, 582 deleted in the source; the text of "
           "every other paragraph and cell is the same)")],
        DLNOTE + " Consecutive revisions (58331ee → 4272c7e 「Add files via upload」): a new Word export with one table "
        "row added; old side UTF-8, new side GB2312.",
    ),
    "scap-reword": (
        [c("信息收集", "**Scap** 是一款专为图像截图捕获、标注和导出而设计的 macOS 应用。提供了一个专注的编辑画布，…",
           "`Scap` 是一款专为 macOS 用户设计的图像截图、标注与画板应用。它提供一个专注的编辑画布，集成了多种强大功能，…帮助用户"
           "高效完成图像处理任务。所有操作均在本地完成。", "modified",
           "the product description paragraph reworded (its bold name now in code marks: same edit place)")],
        [],
        SCNOTE + " Consecutive revisions (595ae81 「init project.」 → 24083fb 「doc: update document.」): one paragraph.",
    ),
    "hunter-favicon": (
        [],
        [n("the favicon <link href> in <head>: favicon.ico → /favicon.ico")],
        HUNOTE + " Control (83cb0ab 「Create privacy.html」 → 1a20595): one attribute in <head>.",
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
