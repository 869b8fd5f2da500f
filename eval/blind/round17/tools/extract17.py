#!/usr/bin/env python3
"""Re-extract the round17 documents from fetched snapshots (/work/.mirror) into holdout/<name>/.

    python3 tools/extract17.py [name ...]

tools/manifest.tsv: name, repo, commit, path, output file, mode.
  mode "blob":          the byte-exact git blob (checked with `git hash-object`).
  mode "jsx-text":      a policy written as JSX markup (React .tsx), written as the user reads it. Rule: from the
                        first `return (` to the end of the file, every run of text between two JSX tags (the code before
                        the first tag and after the last one left out) that
                        holds a letter or digit, in source order; inside a run, lines are stripped and joined with
                        one space (JSX whitespace rule); one run per line, a blank line between runs; UTF-8 with a
                        final newline.
  mode "code-strings":  a policy written as string literals in app code (ArkTS .ets, Dart), written as the
                        user reads it. Rule: take the source from the first `build(` to the end of the file
                        (or to the first `@Preview`); keep every string literal ('…', "…", `…`) that holds a
                        CJK character, in source order, leaving out literals on lines that also name
                        Button(, logger, console, hilog, Toast or promptAction (buttons and log messages are
                        not policy text); literals joined only by whitespace or `+` are one string (Dart/ArkTS
                        concatenation); inside a literal `\\n` is a line break and `\\"`/`\\'` a quote, and a
                        template literal keeps its own line breaks verbatim; one kept string per rendered Text
                        element, a blank line between two of them; UTF-8 with a final newline.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")
_LIT = re.compile(r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"|`((?:[^`\\]|\\.)*)`", re.S)
_SKIP_LINE = re.compile(r"Button\(|logger|console\.|hilog|Toast|promptAction")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def git_dir(repo):
    d = "/work/.mirror/" + repo.replace("/", "+") + "/repo"
    return d + "/.git" if os.path.isdir(d + "/.git") else d


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def code_strings(src):
    start = src.index("build(")
    stop = src.find("@Preview", start)
    region = src[start:stop if stop > 0 else len(src)]
    pieces = []  # (start, end, text)
    for m in _LIT.finditer(region):
        text = m.group(1) if m.group(1) is not None else m.group(2) if m.group(2) is not None else m.group(3)
        line = region[region.rfind("\n", 0, m.start()) + 1:region.find("\n", m.end()) if region.find("\n", m.end()) >= 0 else len(region)]
        if not _CJK.search(text) or _SKIP_LINE.search(line):
            continue
        pieces.append((m.start(), m.end(), unescape(text)))
    blocks = []
    prev_end = None
    for s, e, t in pieces:
        if prev_end is not None and re.fullmatch(r"[\s+]*", region[prev_end:s]):
            blocks[-1] += t
        else:
            blocks.append(t)
        prev_end = e
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def jsx_text(src):
    region = src[src.index("return ("):]
    runs = []
    for run in re.split(r"<[^>]*>", region)[1:-1]:  # text before the first and after the last tag is code
        text = " ".join(x.strip() for x in run.split("\n") if x.strip())
        if re.search(r"\w", text):
            runs.append(text)
    return ("\n\n".join(runs) + "\n").encode("utf-8")


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
        data = blob if mode == "blob" else jsx_text(blob.decode("utf-8")) if mode == "jsx-text" else code_strings(blob.decode("utf-8"))
        with open(dest, "wb") as f:
            f.write(data)
        got = subprocess.run(["git", "hash-object", dest], check=True, capture_output=True, text=True).stdout.strip()
        print(name, commit[:12], want[:12], "byte-exact" if got == want else f"extracted ({mode})")
        if mode == "blob" and got != want:
            sys.exit(f"hash mismatch {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
