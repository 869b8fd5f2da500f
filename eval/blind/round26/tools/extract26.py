#!/usr/bin/env python3
"""Re-extract the round26 documents from fetched snapshots (/work/.mirror) into holdout/<name>/.

    python3 tools/extract26.py [name ...]

tools/manifest.tsv: name, repo, commit, path, output file, mode.
  mode "blob":      the byte-exact git blob at the listed commit (checked with `git hash-object`).
  mode "jsliteral":  text kept in code. The blob is a JavaScript (Express) route; the file is the characters of the
                    template literal after the first "res.send(`" up to the next backtick, written as UTF-8 unchanged
                    (the rule refuses a literal holding a backslash or "${": nothing is unescaped or interpolated).
                    The blob itself is checked against `git rev-parse commit:path` first.
  mode "indexfile": no snapshot holds the file ("No snapshot of that repository can be had here", or the snapshot
                    predates the file); the document is the whole text the search index stores for repo/path at the
                    listed commit (read_file, every page), written as UTF-8 unchanged by the rule in
                    tools/index/<name>.rule. It cannot be checked against a git blob here; tools/index/<name>.sha256
                    records its sha256, and this script only verifies it.
"""
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")


def git_dir(repo):
    d = "/work/.mirror/" + repo.replace("/", "+") + "/repo"
    return d + "/.git" if os.path.isdir(d + "/.git") else d


def main(only):
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for name, repo, commit, path, out, mode in rows:
        if only and name not in only:
            continue
        dest = os.path.join(BASE, name, out)
        if mode == "indexfile":
            with open(os.path.join(HERE, "index", name + ".sha256"), encoding="utf-8") as f:
                want = f.read().split()[0]
            with open(dest, "rb") as f:
                got = hashlib.sha256(f.read()).hexdigest()
            print(name, commit[:12], "index text", "sha256 ok" if got == want else "SHA256 MISMATCH")
            if got != want:
                sys.exit(f"hash mismatch {name}")
            continue
        g = git_dir(repo)
        blob = subprocess.run(["git", "--git-dir", g, "cat-file", "blob", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout
        want = subprocess.run(["git", "--git-dir", g, "rev-parse", f"{commit}:{path}"],
                              check=True, capture_output=True, text=True).stdout.strip()
        os.makedirs(os.path.join(BASE, name), exist_ok=True)
        data = blob
        if mode == "jsliteral":
            text = blob.decode("utf-8")
            marker = "res.send(`"
            start = text.index(marker) + len(marker)
            value = text[start:text.index("`", start)]
            if "\\" in value or "${" in value:
                sys.exit(f"unexpected escape or interpolation in {name}")
            data = value.encode("utf-8")
            blob_id = subprocess.run(["git", "hash-object", "--stdin"], input=blob, check=True,
                                     capture_output=True).stdout.decode().strip()
            if blob_id != want:
                sys.exit(f"blob mismatch {name}")
        with open(dest, "wb") as f:
            f.write(data)
        got = subprocess.run(["git", "hash-object", dest], check=True, capture_output=True, text=True).stdout.strip()
        print(name, commit[:12], want[:12], "byte-exact" if got == want else f"extracted ({mode})")
        if mode == "blob" and got != want:
            sys.exit(f"hash mismatch {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
