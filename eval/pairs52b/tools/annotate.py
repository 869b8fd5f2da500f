"""Write pairs/<name>/annotation.json for pairs52b (m52y), by hand from `git diff --word-diff` and a line diff of each pair,
each document read in full, before any run of policylens.  Format of eval/pairs52 (and pairs51): `changes` the true
changes, one per edited sentence or place (kind `modified`, `added`, `removed`); `noise` what must not be reported (kind
`noise`) or is tolerated either way (kind `optional`).  Every side is a git blob of a `fetch` snapshot, checked here
(`git rev-parse COMMIT:PATH` = the saved file's blob); also writes the sides from the snapshots when they are missing.

Sources: three small repositories of one developer (ybwdaisy): the Chinese privacy page of three iOS/macOS apps, one
template (same sections, same wording, only the app's name and first section differ), kept in `README_CN.md` then
`privacy-policy-cn.md` (renamed R100 in 6ab947e / d636e93)."""

import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIR = "/work/.mirror"
CB, CP, FR = "ybwdaisy/clipboard-app", "ybwdaisy/compressionapp.github.io", "ybwdaisy/finder-right-menus"
NOLIC = "none found (no LICENSE in the repository; kept for evaluation only)"
P1, P2 = "README_CN.md", "privacy-policy-cn.md"
SRC = {
    "clipboard-mailto": ((CB, "ebf32b5", P1), (CB, "be99238", P1)),
    "clipboard-email1": ((CB, "6ab947e", P2), (CB, "058536c", P2)),
    "clipboard-email2": ((CB, "058536c", P2), (CB, "fb3dab9", P2)),
    "compression-email": ((CP, "d636e93", P2), (CP, "584b726", P2)),
    "compression-typo": ((CP, "584b726", P2), (CP, "7f30c9b", P2)),
    "finder-space": ((FR, "1dcad02", P2), (FR, "772a07b", P2)),
    "finder-email": ((FR, "772a07b", P2), (FR, "417400a", P2)),
}


def c(sec, old, new, kind, note=""):
    d = {"old_title": sec, "new_title": sec, "old_text": old, "new_text": new, "kind": kind}
    if note:
        d["note"] = note
    return d


def n(what):
    return {"kind": "noise", "what": what}


def opt(what):
    return {"kind": "optional", "what": what}


CONTACT = "联系我们"
LEAD = "如果您对我们的隐私政策有任何疑问或建议，请随时通过 "
TPL = "One developer's privacy-page template (ybwdaisy), two consecutive git revisions of the file: `git log OLD..NEW -- PATH` lists only NEW."

A = {
    "clipboard-mailto": (
        [],
        [
            n(
                "the contact link's target `(ybw_daisy@163.com)` → `(mailto: ybw_daisy@163.com)`: the visible text is unchanged (a link target: noise)"
            )
        ],
        TPL + " Clipboard (iOS): only the e-mail link's target gains `mailto: `. **Expected clean.**",
    ),
    "clipboard-email1": (
        [
            c(
                CONTACT,
                LEAD + "[ybw_daisy@163.com](mailto: ybw_daisy@163.com) 与我们联系。",
                LEAD + "[clipboards.app.vip@gmail.com](mailto: clipboards.app.vip@gmail.com) 与我们联系。",
                "modified",
                "the contact e-mail replaced",
            )
        ],
        [],
        TPL + " Clipboard (iOS): the contact e-mail replaced.",
    ),
    "clipboard-email2": (
        [
            c(
                CONTACT,
                LEAD + "[clipboards.app.vip@gmail.com](mailto: clipboards.app.vip@gmail.com) 与我们联系。",
                LEAD + "[ybwdaisy@gmail.com](mailto: ybwdaisy@gmail.com) 与我们联系。",
                "modified",
                "the contact e-mail replaced again",
            )
        ],
        [],
        TPL + " Clipboard (iOS): the contact e-mail replaced again.",
    ),
    "compression-email": (
        [
            c(
                CONTACT,
                LEAD + "[ybw_daisy@163.com](mailto: ybw_daisy@163.com) 与我们联系。",
                LEAD + "[ybwdaisy@gmai.com](mailto: ybwdaisy@gmai.com) 与我们联系。",
                "modified",
                "the contact e-mail replaced (by a misspelt one)",
            )
        ],
        [],
        TPL + " Media Compression (iOS): the contact e-mail replaced.",
    ),
    "compression-typo": (
        [
            c(
                CONTACT,
                LEAD + "[ybwdaisy@gmai.com](mailto: ybwdaisy@gmai.com) 与我们联系。",
                LEAD + "[ybwdaisy@gmail.com](mailto: ybwdaisy@gmail.com) 与我们联系。",
                "modified",
                "one letter: gmai.com → gmail.com (the contact address becomes a working one)",
            )
        ],
        [],
        TPL + " Media Compression (iOS): a one-letter fix of the contact e-mail's domain.",
    ),
    "finder-space": (
        [],
        [
            n(
                "「FinderRightMenus 是一款MacOS Finder 右键菜单扩展工具。」 → 「是一款 MacOS Finder」: a space inserted between Chinese and Latin text (typography only)"
            )
        ],
        TPL + " FinderRightMenus (macOS): a space inserted between 一款 and MacOS. **Expected clean.**",
    ),
    "finder-email": (
        [
            c(
                CONTACT,
                LEAD + "[ybw_daisy@163.com](mailto: ybw_daisy@163.com) 与我们联系。",
                LEAD + "[ybwdaisy@gmail.com](mailto: ybwdaisy@gmail.com) 与我们联系。",
                "modified",
                "the contact e-mail replaced",
            )
        ],
        [],
        TPL + " FinderRightMenus (macOS): the contact e-mail replaced.",
    ),
}


def git(repo):
    return os.path.join(MIR, repo.replace("/", "+"), "repo")


def blob(path):
    return subprocess.run(["git", "hash-object", path], capture_output=True, text=True, check=True).stdout.strip()


def side(s, path):
    repo, commit, p = s
    g = git(repo)
    full = subprocess.run(["git", "-C", g, "rev-parse", commit], capture_output=True, text=True, check=True).stdout.strip()
    want = subprocess.run(["git", "-C", g, "rev-parse", f"{full}:{p}"], capture_output=True, text=True, check=True).stdout.strip()
    if not os.path.exists(path):
        data = subprocess.run(["git", "-C", g, "cat-file", "blob", want], capture_output=True, check=True).stdout
        with open(path, "wb") as fh:
            fh.write(data)
    assert want == blob(path), (path, want)
    with open(path, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    return {"repo": repo, "commit": full, "path": p, "blob": want, "sha256": sha}


def main():
    for pair, (changes, noise, note) in A.items():
        d = os.path.join(HERE, "pairs", pair)
        os.makedirs(d, exist_ok=True)
        so, sn = SRC[pair]
        src = {"old": side(so, os.path.join(d, "old.md")), "new": side(sn, os.path.join(d, "new.md")), "license": NOLIC}
        ann = {"pair": pair, "source": src, "note": note, "changes": changes, "noise": noise}
        with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{pair}: {len(changes)} changes, {len(noise)} noise/optional")


if __name__ == "__main__":
    main()
