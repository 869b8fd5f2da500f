#!/usr/bin/env python3
"""Re-extract every round14 document from a fetched snapshot (/work/.mirror) into holdout/<name>/.

    python3 tools/extract14.py [name ...]

tools/manifest.tsv: name, repo, commit, path, output file, mode.
  mode "blob":          the byte-exact git blob (checked with `git hash-object`).
  mode "A-B:strip":      a mini-program page (WeChat .wxml) that no reader of policylens takes: physical lines A..B,
                        each with its tags and <!-- --> comments removed, entities decoded and outer whitespace
                        trimmed, written as UTF-8 plain text (.txt); line n of the output is line n + A - 1 of the source.
  mode "A-B:PREFIX":    the policy text held in app code (a Dart/JS string constant, a PHP page), as the publisher
                        would paste it: physical lines A..B of the blob (1-based, inclusive), bytes unchanged, except
                        that PREFIX (the code before the string opens, e.g. `const privacyHTMLText = '''`) is removed
                        from the start of line A.  Line n of the output is line n + A - 1 of the source file.
"""
import html
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
    for name, repo, commit, path, out, mode in rows:
        if only and name not in only:
            continue
        g = git_dir(repo)
        blob = subprocess.run(["git", "--git-dir", g, "cat-file", "blob", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout
        want = subprocess.run(["git", "--git-dir", g, "rev-parse", f"{commit}:{path}"],
                              check=True, capture_output=True, text=True).stdout.strip()
        os.makedirs(os.path.join(BASE, name), exist_ok=True)
        dest = os.path.join(BASE, name, out)
        if mode == "blob":
            data = blob
        else:
            span, prefix = mode.split(":", 1)
            a, b = (int(x) for x in span.split("-"))
            lines = blob.split(b"\n")
            part = lines[a - 1:b]
            p = prefix.encode("utf-8")
            if prefix == "strip":
                text = [html.unescape(re.sub(r"<[^>]*>", "", ln.decode("utf-8"))).strip() for ln in part]
                part = [t.encode("utf-8") for t in text]
            elif p:
                assert part[0].startswith(p), (name, part[0][:60])
                part[0] = part[0][len(p):]
            data = b"\n".join(part) + b"\n"
        with open(dest, "wb") as f:
            f.write(data)
        got = subprocess.run(["git", "hash-object", dest], check=True, capture_output=True, text=True).stdout.strip()
        print(name, commit[:12], want[:12], "byte-exact" if got == want else f"extracted {mode.split(':')[0]}")
        if mode == "blob" and got != want:
            sys.exit(f"hash mismatch {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
