#!/usr/bin/env python3
"""Re-extract the round15 documents that come from a fetched snapshot (/work/.mirror) into holdout/<name>/.

    python3 tools/extract15.py [name ...]

tools/manifest.tsv: name, repo, commit, path, output file, mode.
  mode "blob":       the byte-exact git blob (checked with `git hash-object`).
  mode "kt-policy":  a Jetpack Compose screen whose policy is a Kotlin list of PolicySection(title = "...", body = "..." + ...)
                     shown under a TopAppBar title and one dated Text: written as the user reads it, one line per
                     rendered line (the AppBar title, the date Text, then each section title and body; a "\\n" inside a
                     Kotlin string is a line break), a blank line between two Text elements, UTF-8 with a final newline.
  mode "js-const:NAME": a policy held in a JavaScript/TypeScript template literal `const NAME = `...``: the text between
                     the backticks exactly (no escapes or ${} occur in it), UTF-8 with a final newline; line n of the output is
                     line n of the literal.
The index-text documents (no snapshot could be fetched, or the version is not in the snapshot) are not re-extractable:
their files were written by hand from the text the search index stores (see ../README.md).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")

_KT_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def git_dir(repo):
    d = "/work/.mirror/" + repo.replace("/", "+") + "/repo"
    return d + "/.git" if os.path.isdir(d + "/.git") else d


def kt_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def kt_concat(expr):
    """The value of a Kotlin expression made of string literals joined with `+`."""
    return "".join(kt_unescape(m.group(1)) for m in _KT_STRING.finditer(expr))


def kt_policy(src):
    title = re.search(r'title = \{ Text\("((?:[^"\\]|\\.)*)"\) \}', src).group(1)
    date = re.search(r'Text\(\s*text = "((?:[^"\\]|\\.)*)"', src).group(1)
    blocks = [kt_unescape(title), kt_unescape(date)]
    sections = src[src.index("private val policySections"):]
    for m in re.finditer(r'PolicySection\(\s*title = ("(?:[^"\\]|\\.)*"),\s*body = (.*?)\n    \)', sections, re.S):
        blocks.append(kt_concat(m.group(1)))
        blocks.append(kt_concat(m.group(2)))
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def js_const(src, name):
    start = src.index(f"const {name} = `") + len(f"const {name} = `")
    text = src[start:src.index("`", start)]
    assert "${" not in text and "\\" not in text, name
    return (text + "\n").encode("utf-8")


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
        elif mode.startswith("js-const:"):
            data = js_const(blob.decode("utf-8"), mode.split(":", 1)[1])
        else:
            data = kt_policy(blob.decode("utf-8"))
        with open(dest, "wb") as f:
            f.write(data)
        got = subprocess.run(["git", "hash-object", dest], check=True, capture_output=True, text=True).stdout.strip()
        print(name, commit[:12], want[:12], "byte-exact" if got == want else f"extracted ({mode})")
        if mode == "blob" and got != want:
            sys.exit(f"hash mismatch {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
