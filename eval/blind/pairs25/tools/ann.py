"""Write one annotation.json from a dict, with the source filled from the extracted files (z9p, pairs12; q20d: optional new_ext for a pair whose two files differ in format; copied unchanged for pairs25)."""
import hashlib
import json
import os
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def src(name, repo, mirror, lic, oc, op, nc, np_, ext, new_ext=None):
    g = f"/work/.mirror/{mirror}/repo"

    def side(c, p, which, e):
        full = subprocess.check_output(["git", "-C", g, "rev-parse", c]).decode().strip()
        blob = subprocess.check_output(["git", "-C", g, "rev-parse", f"{c}:{p}"]).decode().strip()
        return {"path": p, "commit": full, "blob": blob,
                "bytes": os.path.getsize(f"{HERE}/pairs/{name}/{which}.{e}")}
    return {"repo": repo, "license": lic, "old": side(oc, op, "old", ext), "new": side(nc, np_, "new", new_ext or ext)}


def write(name, ann):
    p = f"{HERE}/pairs/{name}/annotation.json"
    with open(p, "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
    h = hashlib.sha256(open(p, "rb").read()).hexdigest()
    print(name, h)
    return h


def C(ot, nt, o, n, kind, **kw):
    d = {"old_title": ot, "new_title": nt, "old_text": o, "new_text": n, "kind": kind}
    d.update(kw)
    return d


N = C
