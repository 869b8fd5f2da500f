#!/usr/bin/env python3
"""Re-extract or re-check the round27 documents (holdout/<name>/<file>).

    python3 tools/extract27.py [name ...]

tools/manifest.tsv: name, repo, commit, path, output file, mode.
  mode "blob":       the byte-exact git blob at the listed commit, read from the fetched snapshot in /work/.mirror
                     (checked with `git hash-object`).
  mode "indexfile":  no snapshot holds the file (or the repository could not be identified); the document is the
                     whole text the search index stores (read_file, every page), written as UTF-8 unchanged by the
                     rule in tools/index/<name>.rule. Only its sha256 (tools/index/<name>.sha256) is verified here.
  mode "dartstring": text kept in Dart code. tools/index/<name>.src is the index text of the Dart file; the document
                     is the body of the first `static const String _content = '''` literal up to the next `'''`,
                     without the newline that directly follows the opening quotes (Dart drops it). The rule refuses a
                     body holding a backslash or `$` (nothing is unescaped or interpolated).
  mode "cppliterals": text kept in C++ code. tools/index/<name>.src is the index text of the C++ file (CRLF); the
                     document is the adjacent string literals passed to the first `msgBox.setText(` call, one literal
                     per line in source order, LF line ends, final newline. The rule refuses a literal holding a
                     backslash (nothing is unescaped). The literals carry their own `<br>` tags, so the file is .html.
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


def sha(data):
    return hashlib.sha256(data).hexdigest()


def from_src(name, mode):
    with open(os.path.join(HERE, "index", name + ".src"), encoding="utf-8", newline="") as f:
        src = f.read()
    if mode == "dartstring":
        marker = "static const String _content = '''"
        start = src.index(marker) + len(marker)
        if src[start] == "\n":
            start += 1
        body = src[start:src.index("'''", start)]
        if "\\" in body or "$" in body:
            sys.exit(f"{name}: escape or interpolation in the Dart literal")
        return body.encode("utf-8")
    if mode == "cppliterals":
        start = src.index("msgBox.setText(") + len("msgBox.setText(")
        region = src[start:src.index(");", start)]
        lits = re.findall(r'"([^"\r\n]*)"', region)
        if any("\\" in x for x in lits):
            sys.exit(f"{name}: escape in a C++ literal")
        return ("\n".join(lits) + "\n").encode("utf-8")
    raise ValueError(mode)


def main(only):
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    ok = True
    for name, repo, commit, path, out, mode in rows:
        if only and name not in only:
            continue
        dest = os.path.join(BASE, name, out)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        if mode == "blob":
            g = git_dir(repo)
            data = subprocess.run(["git", "--git-dir", g, "cat-file", "blob", f"{commit}:{path}"],
                                  check=True, capture_output=True).stdout
            want = subprocess.run(["git", "--git-dir", g, "rev-parse", f"{commit}:{path}"],
                                  check=True, capture_output=True, text=True).stdout.strip()
            with open(dest, "wb") as f:
                f.write(data)
            got = subprocess.run(["git", "hash-object", dest], check=True, capture_output=True, text=True).stdout.strip()
            print(name, commit[:12], "byte-exact" if got == want else "HASH MISMATCH")
            ok &= got == want
            continue
        if mode in ("dartstring", "cppliterals"):
            with open(dest, "wb") as f:
                f.write(from_src(name, mode))
        with open(os.path.join(HERE, "index", name + ".sha256"), encoding="utf-8") as f:
            want = f.read().split()[0]
        with open(dest, "rb") as f:
            got = sha(f.read())
        print(name, mode, "sha256 ok" if got == want else "SHA256 MISMATCH")
        ok &= got == want
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
