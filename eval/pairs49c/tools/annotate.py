"""Write pairs/<name>/annotation.json for pairs49c (m49x), by hand from `git diff`, `git diff -w` and a tag-stripped text
diff of each pair, before any run of policylens.  Format of eval/pairs48c: `changes` the true changes, one per edit
place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind `noise`), or is tolerated either way
(kind `optional`).  Texts are excerpts, enough to find the place.  Every git pair is two consecutive revisions of one
file (`git log OLD..NEW -- PATH` lists only NEW) and each side is checked against its snapshot here (`git rev-parse
COMMIT:PATH` = the saved file's blob); the one index pair (fctl-css) is two stored versions of one file, each checked by
its length against the index's total_chars."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOLIC = "none (no licence file; kept for evaluation only)"
LIC = {}
MIR = "/work/.mirror"
PO, BF = "pomoplus/pomoplus.github.io", "MLT-solutions/Bibliofuse-home"
PW, FC = "Taikono-Himazin/poi-plugin-notice-webhook", "ismoneky/fctl"
HW, PP, BM, BH = "privacy-hw/zh.md", "privacy/zh.md", "public/privacy/zh.md", "zh/privacy/index.html"
PZ = "docs/zh/privacy.md"
# pair: ((repo, commit, path) old, (repo, commit, path) new)
SRC = {
    "pomo-hw-date-email": ((PO, "50ff488", HW), (PO, "6f83e83", HW)),
    "pomo-hw-year": ((PO, "6f83e83", HW), (PO, "7f5be04", HW)),
    "pomo-gdpr-children": ((PO, "d9c3aa7", PP), (PO, "b2eee21", PP)),
    "biblio-windows-md": ((BF, "7cda5a02", BM), (BF, "ce70b2bb", BM)),
    "biblio-assets": ((BF, "111dc53d", BH), (BF, "d25a5bbc", BH)),
    "biblio-nav": ((BF, "eec479ee", BH), (BF, "9d0401b5", BH)),
    "biblio-footer": ((BF, "ee0a20ee", BH), (BF, "a396786b", BH)),
    "poi-payjp": ((PW, "817dd0a", PZ), (PW, "1a13d2d", PZ)),
    "poi-prettier": ((PW, "1a13d2d", PZ), (PW, "ffc3598", PZ)),
    # index texts (read_file by commit): (repo, commit, path, index id, total_chars)
    "fctl-css": (
        (FC, "5b374a449a1d853282080a0e5245017b631a8fd2", "pages/privacy/privacy.vue", "60991216821", 3359),
        (FC, "561eae89866a311b9d8838bcdcf4622600febf26", "pages/privacy/privacy.vue", "61150138781", 3359),
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
LIC[PW] = "MIT (LICENSE in the repository)"
PONOTE = (
    "A focus-timer app's privacy policy on the developer's GitHub Pages site (Jekyll front matter over Markdown): "
    "privacy-hw/zh.md is the policy of 芒果专注 (the Huawei edition: `#` title, the update and effective dates "
    "written as two `##` lines, 一、…九、 `##` sections with `###`/`####` titles); privacy/zh.md is Pomo+'s shorter "
    "policy (`##` 1.–9., `###` 2.1/2.2, a bold date)."
)
BFNOTE = (
    "An e-book reader's site (BiblioFuse, MLT-solutions): public/privacy/zh.md is the Markdown source of the "
    "Chinese policy (`##` titles in bold with escaped numbers `6\\.`); zh/privacy/index.html is the prerendered "
    "React page of the same policy (nav bar, the policy in an <article>, a footer with product links), rebuilt by "
    "a deploy bot on most commits."
)
PWNOTE = (
    "A KanColle viewer plug-in's privacy policy (poi-plugin-notice-webhook), Chinese edition of a Japanese "
    "original on a just-the-docs site: front matter, a language line, `#` title, `##` sections separated by "
    "`---`, `###` sub-titles, a pipe table, an italic closing date. The history was re-initialized: 817dd0a and "
    "1a13d2d are both root commits ('Initial commit'); the file's revisions are consecutive by date."
)
FCNOTE = (
    "A scenic-area booking mini program's privacy policy (uni-app .vue page of <text> elements, the same page as "
    "eval/structure49c fctl-vue). Two of the three versions the code index stores (read_file by commit); the "
    "fetched snapshot predates the file. Order: the older snapshot's other pages use the old colour #1a1a2e, so "
    "5b374a44 (#1a1a2e) is taken as old and 561eae89 (#2F6E8E) as new; not proven consecutive (a third version "
    "exists in the index and was not read)."
)
DATES = "更新日期 / 生效日期"
A = {
    "pomo-hw-date-email": (
        [
            c(
                DATES,
                "## 更新日期：2024年05月20日 / ## 生效日期：2024年05月20日",
                "## 更新日期：2024年05月01日 / ## 生效日期：2024年05月01日",
                "modified",
                "the update and effective dates (two adjacent `##` lines under the title: one edit place); the dates move back by 19 days",
            ),
            c("九、如何联系我们", "电子邮件：privacy@pomoplus.com", "电子邮件：ai20000028@gmail.com", "modified", "the contact e-mail"),
        ],
        [],
        PONOTE + " Consecutive revisions of privacy-hw/zh.md (50ff488 「hw privacy .」 → 6f83e83 「hw en .」).",
    ),
    "pomo-hw-year": (
        [
            c(
                DATES,
                "## 更新日期：2024年05月01日 / ## 生效日期：2024年05月01日",
                "## 更新日期：2025年05月01日 / ## 生效日期：2025年05月01日",
                "modified",
                "the year of both dates (two adjacent `##` lines: one edit place)",
            )
        ],
        [],
        PONOTE + " Consecutive revisions of privacy-hw/zh.md (6f83e83 → 7f5be04 「hw en date .」).",
    ),
    "pomo-gdpr-children": (
        [
            c(
                "4. 数据存储和安全",
                "",
                "- 数据处理和存储符合 GDPR 和 App Store 准则要求 / - 用户可以通过联系我们要求完全删除其数据",
                "added",
                "two list items appended to the section's list (one edit place)",
            ),
            c(
                "7. 儿童隐私",
                "我们的应用不面向13岁以下的儿童。我们不会故意收集13岁以下儿童的信息。",
                "Pomo+ 是一款面向所有年龄段用户的专注类应用。对于13岁以下的儿童用户，我们建议在家长或监护人的指导下使用本应用。我们会："
                " + four items (确保应用内容适合所有年龄段用户 …)",
                "modified",
                "the children paragraph rewritten (no longer 'not directed to children under 13') and a four-item list added "
                "after it: one edit place",
            ),
        ],
        [],
        PONOTE + " Consecutive revisions of privacy/zh.md (d9c3aa7 「first commit」 → b2eee21 「policy adjust」). The "
        "bold date 「最后更新: 2024年3月」 is not changed.",
    ),
    "biblio-windows-md": (
        [
            c(
                "6. Windows 应用程序 (BiblioFuse for Windows)",
                "",
                "**Microsoft Store 付款:** Windows 应用程序提供一次性应用内购买… **权限:** * **本地文件访问:** … * **本地网络访问:** … "
                "**遥测和分析:** Windows 应用程序不收集遥测、崩溃报告或使用分析。…",
                "added",
                "a new section inserted before 联系我们 (three bold labels, two paragraphs, two bullets): one change",
                new_sec="6. Windows 应用程序 (BiblioFuse for Windows)",
            )
        ],
        [opt("联系我们 renumbered: `## **6. 联系我们**` → `## **7\\. 联系我们**` (a consequence of the insertion; its text is unchanged)")],
        BFNOTE + " Consecutive revisions of public/privacy/zh.md (7cda5a02 「Add multilingual privacy policies…」 → "
        "ce70b2bb 「Add Windows PC App section to privacy policy (all 11 languages)」).",
    ),
    "biblio-assets": (
        [],
        [
            n("<head>: hashed asset names of the built site (index-*.js, index-*.css)"),
            n("the nav link 阅读器 and the footer link BiblioFuse Reader point to /zh/comicreader/ instead of #reader (words unchanged)"),
        ],
        BFNOTE + " Control (formatting only): consecutive revisions of zh/privacy/index.html (111dc53d → d25a5bbc, both 「Updates」).",
    ),
    "biblio-nav": (
        [],
        [
            n("the nav bar link 「Web应用」 removed (site chrome, not the policy)"),
            n("<head>: asset names, hreflang alternates removed, a robots noindex meta added"),
            n("footer product links SmartDecrypt PDF ZIP / ContentCue point to mlogictech.com (words unchanged)"),
        ],
        BFNOTE + " Control (the policy text unchanged; only the page frame): consecutive revisions of zh/privacy/index.html "
        "(eec479ee → 9d0401b5, both 「Updates」).",
    ),
    "biblio-footer": (
        [],
        [n("the footer's tool list gains an item 「BiblioFuse QR Generator」 (site chrome, not the policy)"), n("<head>: asset names")],
        BFNOTE + " Control (the policy text unchanged; only the page frame): consecutive revisions of zh/privacy/index.html "
        "(ee0a20ee → a396786b, both 「Updates」).",
    ),
    "poi-payjp": (
        [
            c("收集的信息", "| 账单信息（套餐、有效期） | 付费套餐管理 |", "", "removed", "a table row removed (billing data)"),
            c("不收集的信息", "- 信用卡号码等支付信息（由 PAY.JP 直接处理）", "", "removed", "a list item removed"),
            c(
                "PAY.JP",
                "### PAY.JP 使用 PAY.JP 处理付费套餐的支付。… [PAY.JP 隐私政策](https://pay.jp/privacy)",
                "",
                "removed",
                "a third-party sub-section removed (title, paragraph, link)",
                new_sec=NONE,
            ),
            c("数据保存期限", "- 账单信息：套餐到期后仍作为记录保留", "", "removed", "a retention item removed"),
            c(
                "联系方式",
                "*最后更新：2026年*",
                "*最后更新：2026年3月*",
                "modified",
                "the italic closing date after the last `---` (in the last section or the end)",
            ),
        ],
        [],
        PWNOTE + " Consecutive revisions of docs/zh/privacy.md (817dd0a → 1a13d2d): the paid plan and PAY.JP removed in "
        "four places, the date made precise.",
    ),
    "poi-prettier": (
        [],
        [
            n("the pipe table re-padded with spaces to align its columns (cell words unchanged)"),
            n("the closing date's emphasis *…* → _…_ (same italic)"),
        ],
        PWNOTE + " Control (formatting only, a Prettier run): consecutive revisions of docs/zh/privacy.md (1a13d2d → "
        "ffc3598 「release: v1.2.0」).",
    ),
    "fctl-css": (
        [],
        [n("<style>: the page background and the title colours (#f0f2f8 → #f5f8fa, #1a1a2e → #2F6E8E)")],
        FCNOTE + " Control (formatting only): nothing outside <style> changes.",
    ),
}


def _gitdir(repo):
    g = os.path.join(MIR, repo.replace("/", "+"), "repo")
    return os.path.join(g, ".git") if os.path.isdir(os.path.join(g, ".git")) else g


def side(pair, name, spec):
    with open(os.path.join(HERE, "pairs", pair, name), "rb") as fh:
        data = fh.read()
    if len(spec) == 5:  # an index text: its length is checked against the index's total_chars
        repo, commit, path, index_id, chars = spec
        assert len(data.decode("utf-8")) == chars, (pair, name)
        return {
            "repo": repo,
            "path": f"{repo}:{path}",
            "commit": commit,
            "index_id": index_id,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "blob": f"index:{index_id}",
        }
    repo, commit, path = spec
    blob = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True).stdout.decode().strip()
    git = _gitdir(repo)
    full = subprocess.run(["git", "--git-dir", git, "rev-parse", commit], capture_output=True, check=True, text=True).stdout.strip()
    real = subprocess.run(
        ["git", "--git-dir", git, "rev-parse", f"{full}:{path}"], capture_output=True, check=True, text=True
    ).stdout.strip()
    assert real == blob, (pair, name, real, blob)
    return {
        "repo": repo,
        "path": f"{repo}:{path}",
        "commit": full,
        "blob": blob,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


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
        ann = {
            "source": {"repo": repo, "license": LIC.get(repo, NOLIC), "old": so, "new": sn},
            "changes": changes,
            "noise": noise,
            "note": note,
        }
        with open(os.path.join(HERE, "pairs", pair, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes")
    with open(os.path.join(HERE, "SOURCES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(src_lines) + "\n")
    with open(os.path.join(HERE, "pairs", "HASHES.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(hashes) + "\n")
