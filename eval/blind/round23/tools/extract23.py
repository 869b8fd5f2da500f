#!/usr/bin/env python3
"""Re-extract the round23 documents from fetched snapshots (/work/.mirror) into holdout/<name>/.

    python3 tools/extract23.py [name ...]

tools/manifest.tsv: name, repo, commit, path, output file, mode.
  mode "blob":   the byte-exact git blob at the listed commit (checked with `git hash-object`).
  mode "jsdesc": text kept in code. The file is the value of the page-data "description" field of a VitePress page
                 chunk (a .js file the site serves): the characters after the first '"description":"' up to the first
                 '","frontmatter"', written as UTF-8 unchanged (no unescaping: the value holds raw line breaks and no
                 backslash). The blob itself is checked against `git rev-parse commit:path` first.
  mode "index":  the repository could not be fetched ("No snapshot of that repository can be had here"); the file is
                 the text the search index stores for repo/path at the listed commit (read_file), written as UTF-8
                 exactly as returned (its length in characters equals the index's total_chars). It cannot be checked
                 against a git blob here; tools/index/<name>.sha256 records the sha256 of the stored file, and this
                 script only verifies that hash.
"""
import hashlib
import os
import re
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
    for row in rows:
        name, repo, commit, path, out, mode = row[:6]
        if only and name not in only:
            continue
        dest = os.path.join(BASE, name, out)
        if mode == "index":
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
        if mode == "jsdesc":
            text = blob.decode("utf-8")
            start = text.index('"description":"') + len('"description":"')
            data = text[start:text.index('","frontmatter"', start)].encode("utf-8")
            if b"\\" in data:
                sys.exit(f"unexpected escape in {name}")
        with open(dest, "wb") as f:
            f.write(data)
        got = subprocess.run(["git", "hash-object", dest], check=True, capture_output=True, text=True).stdout.strip()
        if mode == "jsdesc":
            blob_id = subprocess.run(["git", "hash-object", "--stdin"], input=blob, check=True,
                                     capture_output=True).stdout.decode().strip()
            if blob_id != want:
                sys.exit(f"blob mismatch {name}")
        print(name, commit[:12], want[:12], "byte-exact" if got == want else f"extracted ({mode})")
        if mode == "blob" and got != want:
            sys.exit(f"hash mismatch {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
