#!/usr/bin/env python3
"""Re-extract the round26b documents from fetched snapshots (/work/.mirror) into holdout/<name>/.

    python3 tools/extract26b.py [name ...]

tools/manifest.tsv: name, repo, commit, path, output file, mode.
  mode "blob":      the byte-exact git blob at the listed commit (checked with `git hash-object`); a Word
                    "save as web page" document kept under a .php name is stored with an .html name (bytes
                    unchanged; the blob holds no PHP code).
  mode "jsxmain":   text kept in code. The blob is a Next.js page component (.tsx); the document is the lines of
                    the blob from the first line holding "<main" to the first line holding "</main>" (inclusive),
                    unchanged, except that a line holding only a JSX comment `{/* ... */}` becomes an empty line
                    (line numbers keep their place). The rule refuses a block that still holds "{" or "}" after
                    that (nothing is evaluated or interpolated). The blob is checked against
                    `git rev-parse commit:path` first. Written as UTF-8 with "\n" line ends and a final newline.
  mode "indexfile": no snapshot holds the repository ("No snapshot of that repository can be had here"); the
                    document is the whole text the search index stores for repo/path at the listed commit
                    (read_file, one page), written as UTF-8 unchanged. tools/index/<name>.sha256 records its
                    sha256, and this script only verifies it.
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


def jsx_main(text):
    lines = text.split("\n")
    start = next(i for i, s in enumerate(lines) if "<main" in s)
    end = next(i for i in range(start, len(lines)) if "</main>" in lines[i])
    out = ["" if re.fullmatch(r"\s*\{/\*.*\*/\}\s*", s) else s for s in lines[start:end + 1]]
    block = "\n".join(out) + "\n"
    if "{" in block or "}" in block:
        sys.exit("unexpected JSX expression in the <main> block")
    return block


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
        if mode == "jsxmain":
            blob_id = subprocess.run(["git", "hash-object", "--stdin"], input=blob, check=True,
                                     capture_output=True).stdout.decode().strip()
            if blob_id != want:
                sys.exit(f"blob mismatch {name}")
            data = jsx_main(blob.decode("utf-8")).encode("utf-8")
        with open(dest, "wb") as f:
            f.write(data)
        got = subprocess.run(["git", "hash-object", dest], check=True, capture_output=True, text=True).stdout.strip()
        print(name, commit[:12], want[:12], "byte-exact" if got == want else f"extracted ({mode})")
        if mode == "blob" and got != want:
            sys.exit(f"hash mismatch {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
