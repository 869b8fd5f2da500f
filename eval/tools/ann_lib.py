"""Helper used by tools/annotate.py: turns a compact hand-made spec into annotation.json.

The spec lists heading lines and levels (chosen by hand after reading each file);
the heading text is copied from the file line with markup stripped, so the JSON
cannot drift from the bytes. Placeholders give line + the literal slot text, which
is verified to occur on that line.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_lines(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def clean(s):
    s = re.sub(r"<[^>]*>", "", s)
    s = html.unescape(s)
    s = re.sub(r"^\s{0,3}#+\s*", "", s)
    s = re.sub(r"\s*#+\s*$", "", s)
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"^\s*[-*+]\s+", "", s)
    return s.strip().strip("\u3000").strip()


def build(rel_dir, source, fmt, script, region, languages, title, headings, placeholders=(),
          ambiguous=(), notes="", ambiguous_placeholder_lines=(), file=None):
    d = os.path.join(HERE, rel_dir)
    files = [f for f in os.listdir(d) if f != "annotation.json"]
    fname = file or files[0]
    lines = read_lines(os.path.join(d, fname))
    def txt(n):
        return clean(lines[n - 1])
    heads = []
    seen = set()
    for item in headings:
        n, lv = item[0], item[1]
        assert n not in seen, (rel_dir, n)
        seen.add(n)
        t = item[2] if len(item) > 2 else txt(n)
        assert t, (rel_dir, n, "empty heading line")
        heads.append({"line": n, "level": lv, "text": t})
    heads.sort(key=lambda h: h["line"])
    phs = []
    for item in placeholders:
        n, t = item[0], item[1]
        note = item[2] if len(item) > 2 else ""
        assert t in lines[n - 1], (rel_dir, n, t, lines[n - 1])
        phs.append({"line": n, "text": t, "note": note})
    for n in ambiguous:
        assert n not in seen, (rel_dir, n, "ambiguous line also listed as heading")
    ann = {"source": source, "format": fmt, "script": script, "region": region, "languages": list(languages),
           "title": ({"line": title, "text": txt(title)} if isinstance(title, int) else title),
           "headings": heads, "placeholders": phs, "ambiguous_lines": sorted(ambiguous), "notes": notes}
    if ambiguous_placeholder_lines:
        ann["ambiguous_placeholder_lines"] = sorted(ambiguous_placeholder_lines)
    if file:
        ann["file"] = file
    with open(os.path.join(d, "annotation.json"), "w", encoding="utf-8") as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{rel_dir}: {len(heads)} headings, {len(phs)} placeholders, {len(ambiguous)} ambiguous")


def extract_blob(mirror, repo, commit, path):
    """The bytes of `path` at `commit` in the fetched snapshot of `repo` under `mirror`, or None if absent."""
    import subprocess

    base = os.path.join(mirror, repo.replace("/", "+"), "repo")
    git = os.path.join(base, ".git") if os.path.isdir(os.path.join(base, ".git")) else base
    if not os.path.isdir(git):
        return None
    out = subprocess.run(["git", "--git-dir", git, "cat-file", "blob", f"{commit}:{path}"], capture_output=True)
    return out.stdout if out.returncode == 0 else None


def write_placeholder_set(here, docs, mirror="/work/.mirror"):
    """Re-extract each placeholder-set document, check its slots and look-alikes on their lines, write annotation.json.

    `docs`: dicts with name, repo, path, commit, licence, format, placeholders [(line, text, note)],
    ambiguous [lines], look_alikes [(line, "text — note")], notes, and optional script, region, languages;
    for a policy kept in code (dev12), optional file (the name to save it as), extract (bytes -> bytes: the
    policy's text taken out of the code) and extraction (what extract does, kept in the annotation).
    """
    for doc in docs:
        folder = os.path.join(here, doc["name"])
        os.makedirs(folder, exist_ok=True)
        target = os.path.join(folder, doc.get("file") or os.path.basename(doc["path"]))
        blob = extract_blob(mirror, doc["repo"], doc["commit"], doc["path"])
        if blob is not None:
            if doc.get("extract"):
                blob = doc["extract"](blob)
            with open(target, "wb") as f:
                f.write(blob)
        with open(target, "rb") as f:
            lines = f.read().decode("utf-8-sig").split("\n")
        for line, text, _ in doc["placeholders"]:
            assert text in lines[line - 1], (doc["name"], line, text)
        for line, note in doc["look_alikes"]:
            assert note.split(" — ")[0][:4] in lines[line - 1], (doc["name"], line, note)
        ann = {
            "source": {"repo": doc["repo"], "path": doc["path"], "commit": doc["commit"], "license": doc["licence"]},
            "format": doc["format"],
            "script": doc.get("script", "hans"),
            "region": doc.get("region", "cn"),
            "languages": doc.get("languages", ["zh"]),
            "title": None,
            "headings": [],
            "placeholders": [{"line": line, "text": text, "note": note} for line, text, note in doc["placeholders"]],
            "ambiguous_lines": [],
            "ambiguous_placeholder_lines": doc["ambiguous"],
            "look_alike_lines": [{"line": line, "note": note} for line, note in doc["look_alikes"]],
            "notes": doc["notes"] + " Headings not annotated (placeholder set).",
        }
        if doc.get("extraction"):
            ann["extraction"] = doc["extraction"]
        with open(os.path.join(folder, "annotation.json"), "w", encoding="utf-8") as f:
            json.dump(ann, f, ensure_ascii=False, indent=1)
            f.write("\n")
