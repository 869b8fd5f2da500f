"""Write one annotation.json (the format of eval/blind/pairs20: source, changed, noise_only, unchanged, notes, changes,
noise), its source filled from SOURCES.txt (tools/extract_all.sh).  Stdlib only (s22d; reused by u26b for pairs26)."""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SRC: dict[tuple[str, str], dict[str, object]] = {}
for name in ("SOURCES.txt", "SOURCES2.txt"):  # pairs26: the second batch's blobs are listed apart (its own hashes)
    if not os.path.exists(os.path.join(HERE, name)):
        continue
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        pair, side, commit, blob, size, sha, path = line.split(maxsplit=6)
        _SRC[(pair, side)] = {"path": path.strip(), "commit": commit, "blob": blob, "bytes": int(size), "sha256": sha}


def src(name, repo, lic="none (no licence file seen)"):
    return {"repo": repo, "license": lic, "old": _SRC[(name, "old")], "new": _SRC[(name, "new")]}


def write(name, ann):
    p = f"{HERE}/pairs/{name}/annotation.json"
    with open(p, "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
    h = hashlib.sha256(open(p, "rb").read()).hexdigest()
    print(h + "  pairs/" + name + "/annotation.json")
    return h


def C(ot, nt, o, n, kind, **kw):
    d = {"old_title": ot, "new_title": nt, "old_text": o, "new_text": n, "kind": kind}
    d.update(kw)
    return d


N = C
