"""Write pairs/<name>/annotation.json for pairs47c (m47x), by hand from `git diff`, `git diff -w` and a tag-stripped text
diff of each pair, before any run of policylens.  Format of eval/pairs46c: `changes` the true changes, one per edit place
(kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated either way (kind
`optional`).  Texts are excerpts, enough to find the place.  Every pair is two consecutive revisions of one file (`git log
OLD..NEW -- PATH` lists only NEW, or NEW and a deletion between them: mp3-readd).  Every side is checked against its
snapshot here (`git rev-parse COMMIT:PATH` = the saved file's blob)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
LIC = {}
MIR = "/work/.mirror"
VA, SF, TW, HN = "yizhengzhou/verifyai-legal", "jaemin17/selfly", "jjaammmeess/timeweave-privacy", "honunu/honunu.github.io"
CA, DF, OR, EC = "fakejoke333/clean-app-legal", "devforapp/devforapp.github.io", "ZionHeZY/Oro-Feedback", "kfx2026/eastculture-travel"
PZ = "privacy-policy-zh.html"
VR, MP = "VoiceRecorderApp/privacy_policy_zh.html", "MP3/privacy_policy_zh.html"
# pair: ((repo, commit, path) old, (repo, commit, path) new)
SRC = {
    "verifyai-revenuecat": ((VA, "95ae2cf", PZ), (VA, "6562734", PZ)),
    "selfly-icloud": ((SF, "022d3b1", PZ), (SF, "d78c72d", PZ)),
    "selfly-optional": ((SF, "d78c72d", PZ), (SF, "2e60c24", PZ)),
    "timeweave-fence": ((TW, "1f2d8c5", PZ), (TW, "3a97559", PZ)),
    "timeweave-typo": ((TW, "3a97559", PZ), (TW, "6c94201", PZ)),
    "timeweave-location": ((TW, "6c94201", PZ), (TW, "9407308", PZ)),
    "honunu-date": ((HN, "46d948f", PZ), (HN, "5867183", PZ)),
    "cleanapp-admob": ((CA, "ce0cf49", PZ), (CA, "84312f2", PZ)),
    "voicerec-email": ((DF, "1b588b1", VR), (DF, "0d24b6a", VR)),
    "oro-script": ((OR, "39d0c9e", PZ), (OR, "e980102", PZ)),
    "eastculture-adtag": ((EC, "5a7ff60", "privacy-zh.html"), (EC, "434a615", "privacy-zh.html")),
    "mp3-readd": ((DF, "8de0871", MP), (DF, "de5fa61", MP)),
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
VANOTE = ("An image-verification app's privacy page in Taiwan Traditional (VerifyAI): <h1> the app's name, a subtitle "
          "隱私權政策, a bold 最後更新日期 line, eight <h2> 1.–8., <h3> lead-ins, lists of bold service names.")
SFNOTE = "A photo-journal app's privacy page (Selfly): <h1>, ten <h2> 1.–10. of <p>s."
TWNOTE = "A reminder app's privacy page (TimeWeave+): <h1>, nine <h2> 1.–9., lists of bold labels, a contact div."
HNNOTE = "A game's privacy page (《雪炉边》): <h1>, a bold 生效日期 line, five <h2> 1.–5."
CANOTE = ("A phone-cleaning app's privacy page (Clean App): <h1>, a date, a bold 摘要 box, twelve <h2> 1.–12. (fourteen "
          "after the change), lists.")
VRNOTE = "A voice-to-text app's privacy page (语音转文字, devforapp): <h1>, nine <h2> 1.–9. in section divs, <h3> n.m."
ORNOTE = "A feedback app's privacy page (Oro): site header with language links and a theme button, <h2> sections, a script."
ECNOTE = "A city-culture travel site's privacy page (东方城市人文空间): header and footer chrome, <h1>, nine <h2>."
MPNOTE = "An MP3 player app's privacy page (devforapp MP3)."
A = {
    "verifyai-revenuecat": (
        [c(PRE, "最後更新日期：2025年11月7日", "最後更新日期：2025年11月12日", "modified", "the update date"),
         c("3. 資訊分享與第三方服務", "", "RevenueCat:我們使用 RevenueCat 作為訂閱與購買管理平台。RevenueCat 協助我們管理 App "
           "內購買、驗證收據、追蹤訂閱狀態,以及實現跨平台的購買恢復功能。…", "added",
           "a list item naming RevenueCat added after Apple's")],
        [],
        VANOTE + " Consecutive revisions (95ae2cf 「Initial commit」 → 6562734 「Add RevenueCat purchase processing "
        "disclosure」): two edits.",
    ),
    "selfly-icloud": (
        [c("2. 信息的使用目的", "…在您满足产品条件并开启 iCloud 同步时实现多设备同步…", "…在您开启 iCloud 同步时实现多设备同步…",
           "modified", "the membership condition dropped"),
         c("3. 存储与传输", "iCloud 同步为会员功能：订阅失效后，应用将切换为本地存储模式。…",
           "iCloud 同步为应用提供的标准功能，用户无需额外付费。 您可随时在系统设置中关闭该功能；关闭后，应用将切换为本地存储模式。…",
           "modified", "iCloud sync no longer a membership feature (bold sentence added)"),
         c("6. 您的权利", "…并可随时在应用内关闭 iCloud 同步（受会员状态及产品规则约束）。…",
           "…并可随时关闭 iCloud 同步功能。…", "modified", "the membership restriction dropped")],
        [],
        SFNOTE + " Consecutive revisions (022d3b1 「Add privacy policy in Chinese」 → d78c72d 「Update privacy policy for "
        "clarity and accuracy」): three sentences.",
    ),
    "selfly-optional": (
        [c("3. 存储与传输", "iCloud 同步为应用提供的标准功能，用户无需额外付费。 您可随时在系统设置中关闭该功能；关闭后，…",
           "iCloud 同步为可选功能，由 Apple 提供基础设施支持。用户可根据需要自行开启或关闭。关闭后，…", "modified",
           "the bold 「standard feature, no extra charge」 sentence rewritten as 「optional」")],
        [],
        SFNOTE + " Consecutive revisions (d78c72d → 2e60c24 「Update privacy-policy-zh.html」): one paragraph.",
    ),
    "timeweave-fence": (
        [],
        [opt("the Markdown code fence around the page removed: line 1 「```html」 before <!DOCTYPE> and the last line "
             "「```」 (a browser shows them as stray text; reporting their removal is tolerated, so is silence)")],
        TWNOTE + " Consecutive revisions (1f2d8c5 「Add Chinese privacy policy HTML file」 → 3a97559 「Clean up "
        "privacy-policy-zh.html formatting」): **formatting only**, the page pasted with its code fence, then cleaned.",
    ),
    "timeweave-typo": (
        [c("6. 第三方服务", "TimeWeave 可能使用以下第三方服务：", "TimeWeave+ 可能使用以下第三方服务：", "modified",
           "the app's name in the lead-in")],
        [],
        TWNOTE + " Consecutive revisions (3a97559 → 6c94201 「Fix typo in privacy policy for third-party services」).",
    ),
    "timeweave-location": (
        [c("1. 数据收集", "位置信息：用于位置触发提醒功能。… 联系人信息：用于联系人触发提醒功能。…", "", "removed",
           "the two list items 位置信息 and 联系人信息"),
         c("5. 用户权利", "撤销权限：您可以在 iOS 设置中撤销应用的位置、联系人等权限", "撤销权限：您可以在 iOS 设置中撤销应用的通知等权限",
           "modified", ""),
         c("6. 第三方服务", "Apple Maps：用于位置搜索和地图显示", "", "removed", "a list item")],
        [],
        TWNOTE + " Consecutive revisions (6c94201 → 9407308 「Remove location and contact data mentions from policy」).",
    ),
    "honunu-date": (
        [c(PRE, "生效日期：2024年4月", "生效日期：2026年1月", "modified", "the effective date under the <h1>")],
        [],
        HNNOTE + " Consecutive revisions (46d948f → 5867183 「Update effective date in privacy policy」): one date.",
    ),
    "cleanapp-admob": (
        [c(PRE, "最后更新日期：2026年3月26日", "最后更新日期：2026年4月15日", "modified", "the update date"),
         c(PRE, "摘要：Clean App 尊重您的隐私。我们不会收集、存储或分享您的任何个人数据。所有处理均在您的设备本地进行。",
           "摘要：Clean App 尊重您的隐私。所有照片、联系人和日历处理均在您的设备本地进行。我们使用第三方广告和分析服务，…",
           "modified", "the summary box"),
         c("2. 我们不收集的信息", "设备标识符或广告 ID / 使用分析或行为数据 / 任何离开您设备的数据", "", "removed",
           "the last three items of the 「we do not collect」 list"),
         c(NONE, "", "为了支持应用的免费版本，我们使用广告和分析服务，… 广告标识符（IDFA）… 匿名分析… 广告互动数据…", "added",
           "a new section", new_sec="3. 第三方服务收集的信息"),
         c("3. 应用如何工作", "所有分析和处理完全在您的设备上进行。没有数据会传输到外部服务器。",
           "所有个人内容的分析和处理完全在您的设备上进行。没有个人内容数据会传输到外部服务器。", "modified",
           "the closing sentence", new_sec="4. 应用如何工作"),
         c("4. 设备权限", "", "应用跟踪透明度：用于允许个性化广告。…", "added", "a permission item",
           new_sec="5. 设备权限"),
         c(NONE, "", "应用的免费版本展示由 Google AdMob 提供的广告。… 如果您授予跟踪权限… 如果您拒绝跟踪权限… Google AdMob 可能会收集…",
           "added", "a new section", new_sec="6. 广告"),
         c("6. 第三方服务", "我们不使用任何第三方分析、广告或跟踪服务。",
           "Google AdMob：用于广告展示。… Firebase Analytics：用于匿名使用分析。…", "modified",
           "two service items added and the 「no third-party analytics, ads or tracking」 sentence after the list removed "
           "(one edit place)", new_sec="8. 第三方服务"),
         c("7. 数据安全", "由于所有数据处理都在您的设备本地进行：", "您的个人内容（照片、联系人、日历）在您的设备本地处理：",
           "modified", "the lead-in", new_sec="9. 数据安全"),
         c("7. 数据安全", "我们无法访问您的数据，因为它从不离开您的设备。 / 您的个人信息不存在服务器端数据泄露的风险。",
           "我们无法访问您的个人内容，因为它从不离开您的设备。 / 第三方广告和分析数据使用行业标准加密进行安全传输。", "modified",
           "the last two list items", new_sec="9. 数据安全"),
         c(NONE, "", "选择退出个性化广告：… 移除所有广告：… 撤销权限：… 重置广告标识符：…", "added", "a new section",
           new_sec="11. 您的选择"),
         c("10. 您的权利", "由于我们不收集您的数据，传统的数据权利（访问、删除、可携带性）自动得到满足——…", "", "removed",
           "the section removed", new_sec="(none)")],
        [opt("the section numbers after the inserted sections: 3.→4. 应用如何工作 … 12.→14. 使用条款, 9. 本隐私政策的变更 → "
             "12. and 11. 联系我们 → 13. with their text unchanged (a renumbering entry is tolerated, so is silence)"),
         n("a newline added at the end of the file")],
        CANOTE + " Consecutive revisions (ce0cf49 「更新隐私条款」 → 84312f2 「Update privacy policy for AdMob and Firebase "
        "Analytics」): the app adds ads and analytics; three sections added, one removed, the rest renumbered.",
    ),
    "voicerec-email": (
        [c("9. 联系我们", "邮箱：support@forapp.store", "邮箱：devapptian@gmail.com", "modified", "the contact e-mail")],
        [],
        VRNOTE + " Consecutive revisions (1b588b1 → 0d24b6a 「Update email addresses」): one e-mail address.",
    ),
    "oro-script": (
        [],
        [n("the page's <script>: a prefers-color-scheme default and a theme-toggle click handler added")],
        ORNOTE + " Control (39d0c9e → e980102 「重构网站设计」): the policy text and markup byte-identical, script only.",
    ),
    "eastculture-adtag": (
        [],
        [n("an ad network <script src=…> tag added in <head>")],
        ECNOTE + " Control (5a7ff60 → 434a615 「Add Monetag multitag ad code」): one script tag.",
    ),
    "mp3-readd": (
        [],
        [n("the file was deleted (c323b8e) and added again (de5fa61) byte-identical")],
        MPNOTE + " Control (8de0871 → de5fa61): the same blob on both sides.",
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
