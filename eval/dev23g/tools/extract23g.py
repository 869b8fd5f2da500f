#!/usr/bin/env python3
"""Extract (or check) the dev23g documents: the byte-exact git blobs of tools/manifest.tsv from /work/.mirror.

    python3 tools/extract23g.py [--write] [name ...]

manifest.tsv: name, repo, commit, path, output file, mode (always blob: `git cat-file blob COMMIT:PATH`).
Without --write the files in dev/<name>/ are compared with the blobs; with it they are (re)written.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "dev")


def git_dir(repo):
    d = "/work/.mirror/" + repo.replace("/", "+") + "/repo"
    return d + "/.git" if os.path.isdir(d + "/.git") else d


def main(args):
    write = "--write" in args
    only = [a for a in args if a != "--write"]
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for name, repo, commit, path, out, mode in rows:
        if only and name not in only:
            continue
        blob = subprocess.run(["git", "--git-dir", git_dir(repo), "cat-file", "blob", f"{commit}:{path}"], check=True, capture_output=True).stdout
        dest = os.path.join(BASE, name, out)
        if write:
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as f:
                f.write(blob)
            print(name, commit[:12], mode, "written", len(blob), "bytes")
            continue
        with open(dest, "rb") as f:
            same = f.read() == blob
        print(name, commit[:12], mode, "identical" if same else "DIFFERS")


if __name__ == "__main__":
    main(sys.argv[1:])
