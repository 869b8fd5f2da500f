"""Write pairs/*/annotation.json of eval/pairs56d (u56d): each pair's sources (repository, path, commit, sha256 of each
side) and its changes, annotated by hand from the two texts read in full, before any run of policylens.  Rules of
eval/pairs55d: one change per edited sentence, list item or place; markup alone is no change.  Usage: python3
tools/annotate.py  (from eval/pairs56d)"""

import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parents[1]
RIKKA = "rikkahub/rikka-ai-docs"


def c(old_text, new_text, kind, note=None):
    d = {"old_title": "隐私政策", "new_title": "隐私政策", "old_text": old_text, "new_text": new_text, "kind": kind}
    if note:
        d["note"] = note
    return d


REWORD = [
    c(
        "我们的应用 RikkaHub …以下是我们请求的权限列表以及它们的需求原因：",
        "我们的应用程序 RikkaHub …以下是我们请求的权限列表及其原因：",
        "modified",
        "应用 -> 应用程序; 以及它们的需求原因 -> 及其原因",
    ),
    c(
        "INTERNET：需要此权限才能允许应用访问互联网。",
        "INTERNET：此权限是应用程序访问互联网所必需的。",
        "modified",
        "the first sentence reworded",
    ),
    c(
        "CAMERA：需要此权限才能访问您设备的摄像头。它用于应用中…基于摄像头的特性。",
        "CAMERA：此权限用于访问您设备的摄像头。它用于应用程序内…基于摄像头的功\u200b\u200b能。",
        "modified",
        "reworded; 特性 -> 功能 written with two zero-width spaces (U+200B) inside it",
    ),
    c(
        "POST_NOTIFICATIONS：此权限允许应用…这些通知可能用于…应用内活动…",
        "POST_NOTIFICATIONS：此权限允许应用程序…这些通知可用于…应用程序内活动…",
        "modified",
        "应用 -> 应用程序 twice; 可能用于 -> 可用于",
    ),
    c(
        "FOREGROUND_SERVICE：…确保应用未在使用时不会被系统中断。…正在进行的操作。",
        "FOREGROUND_SERVICE：…确保当应用程序未主动使用时，它们不会被系统中断。…正在进行的 operasi。",
        "modified",
        "reworded; 操作 -> the Malay word operasi (a machine-translation slip a reviewer must see)",
    ),
    c("REMOTE_MESSAGING：…消息传递能力。", "REMOTE_MESSAGING：…消息传递功能。", "modified", "能力 -> 功能"),
]

PAIRS = {
    "rikka-reword": (
        RIKKA,
        "docs/zh/privacy-policy.md",
        ("55c14add514f0ff0ba0ffe522ba377baab3ae761", "rikka-55c14ad-privacy-policy.md"),
        ("103a4dc36b6ff35782b90e0d1f88f5a5f976c60e", "rikka-103a4dc-privacy-policy.md"),
        "md",
        REWORD,
        "the app's permission notice machine-retranslated (commit 'feat: 自动化翻译', 2025-06-15): every item reworded",
    ),
}

for name, (repo, path, old, new, ext, changes, note) in PAIRS.items():
    folder = HERE / "pairs" / name
    folder.mkdir(parents=True, exist_ok=True)
    src = {"repo": repo, "path": path, "licence": "none stated"}
    for side, (commit, file) in (("old", old), ("new", new)):
        data = (HERE / "sources" / file).read_bytes()
        (folder / f"{side}.{ext}").write_bytes(data)
        src[side] = {"commit": commit, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    ann = {"source": src, "note": note, "changes": changes, "optional": []}
    (folder / "annotation.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(changes))
