#!/usr/bin/env python3
"""Re-extract the dev22g documents from fetched snapshots (/work/.mirror) into dev/<name>/ and check them.

    python3 tools/extract22g.py [name ...]        (mode pdf needs pypdf 6.19.0: PYTHON_PDF=/path/to/python)

tools/manifest.tsv: name, repo, commit, path, output file, mode.
  blob:  the byte-exact git blob at the commit (checked with `git hash-object`).
  pdf:   the blob is a PDF; the file is `tools/pdf2txt.py` run on it (pypdf 6.19.0 `extract_text()` of every
         page, joined by a newline, one final newline) - the text a reviewer gets by copying out of the PDF.
  index: no snapshot could be had; the file is the search index's text of repo/path at the commit, written as
         UTF-8; only its sha256 (tools/index.sha256) is checked.
"""
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "dev")


def main(only):
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    with open(os.path.join(HERE, "index.sha256"), encoding="utf-8") as f:
        index = dict(line.split()[::-1] for line in f if line.strip())
    for name, repo, commit, path, out, mode in rows:
        if only and name not in only:
            continue
        dest = os.path.join(BASE, name, out)
        if mode == "index":
            with open(dest, "rb") as f:
                ok = hashlib.sha256(f.read()).hexdigest() == index[name]
            print(name, "index text", "sha256 ok" if ok else "SHA256 MISMATCH")
            continue
        g = "/work/.mirror/" + repo.replace("/", "+") + "/repo"
        blob = subprocess.run(["git", "--git-dir", g, "cat-file", "blob", f"{commit}:{path}"], check=True, capture_output=True).stdout
        if mode == "blob":
            data = blob
        else:
            py = os.environ.get("PYTHON_PDF", sys.executable)
            data = subprocess.run([py, os.path.join(HERE, "pdf2txt.py"), "/dev/stdin"], input=blob, check=True, capture_output=True).stdout
        with open(dest, "rb") as f:
            same = f.read() == data
        print(name, commit[:12], mode, "identical" if same else "DIFFERS")


if __name__ == "__main__":
    main(sys.argv[1:])
