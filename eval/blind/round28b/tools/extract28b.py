#!/usr/bin/env python3
"""Re-extract the round28b documents: git blobs from /work/.mirror, the one code text by its written rule.

    python3 tools/extract28b.py          # check every document against manifest.tsv (sha256)
    python3 tools/extract28b.py --write  # (re)write the extracted files

Rules (one per extracted document; sources in tools/index/<name>.src.*, copied whole from the search index
unless marked excerpt):

* `anxin-miniapp-md` (excerpt: the `privacy:` entry of NOTICE_MAP, a JSON-compatible object): `# title`, the subtitle,
  then per section `## title` and its items as `- item` lines.
* `geo-tsx-md`: the page's JSX `<h1>隐私政策</h1>` and date paragraph as `# 隐私政策` and a paragraph, then the
  DEFAULT_PRIVACY template literal verbatim (the page renders it as Markdown).
* `qiangxin-tsx-md`: the `content` template literal of getPrivacyContent() verbatim, leading newline dropped, the
  `${new Date().toLocaleDateString('zh-CN')}` expression rendered as the access date 2026/12/3.
* `aicompanion-tsx-md` (excerpt: the privacyPolicyContent template literal): the literal verbatim, leading newline dropped.
* `threeb-hk-md`: the "zh-TW" entry of privacyContent: `# title`, lastUpdated, then `## heading` and body per section.
* `hklend-hk-md` (a Next.js page whose text lives in a `COPY` object, one entry per locale): the page renders
one locale per URL (`/zh/privacy`, `/en/privacy`); both renderings are written to one Markdown file in source order
(zh, then en), as the page shows them: `# title`, the disclaimer box, the effective line, the intro, then per section
`## heading`, the body paragraph and the list items (`- item`), then `## contactHeading` and the contact sentence
(contactBefore + the CONTACT_EMAIL constant + contactAfter).  Blank line between blocks.
"""
import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MIRROR = "/work/.mirror"

TOKEN = re.compile(r"""\s*(?:(?P<key>[A-Za-z_]\w*)\s*:|(?P<str>'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")|(?P<id>[A-Z_]+)\b|(?P<p>[{}\[\],]))""")


def _unquote(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s[1:-1])


def parse_copy(src: str) -> dict:
    consts = {m.group(1): _unquote(m.group(2)) for m in re.finditer(r"const (\w+) = ('[^']*')", src)}
    start = src.index("const COPY")
    body = src[src.index("= {", start) + 2:]
    pos = 0

    def value():
        nonlocal pos
        m = TOKEN.match(body, pos)
        pos = m.end()
        if m.group("str"):
            return _unquote(m.group("str"))
        if m.group("id"):
            return consts[m.group("id")]
        if m.group("p") == "{":
            out = {}
            while True:
                m = TOKEN.match(body, pos)
                if m.group("p") == "}":
                    pos = m.end()
                    return out
                if m.group("p") == ",":
                    pos = m.end()
                    continue
                pos = m.end()
                out[m.group("key")] = value()
        if m.group("p") == "[":
            out = []
            while True:
                m = TOKEN.match(body, pos)
                if m.group("p") == "]":
                    pos = m.end()
                    return out
                if m.group("p") == ",":
                    pos = m.end()
                    continue
                out.append(value())
        raise ValueError(body[pos - 20:pos + 20])

    return value()


def render_hklend(src: str) -> str:
    copy = parse_copy(src)
    blocks = []
    for loc in copy:  # source order: zh, en
        c = copy[loc]
        blocks += [f"# {c['title']}", c["disclaimer"], c["effective"], c["intro"]]
        for s in c["sections"]:
            blocks.append(f"## {s['heading']}")
            if s.get("body"):
                blocks.append(s["body"])
            if s.get("list"):
                blocks.append("\n".join(f"- {x}" for x in s["list"]))
        blocks.append(f"## {c['contactHeading']}")
        blocks.append(c["contactBefore"] + c["contactEmail"] + c["contactAfter"])
    return "\n\n".join(blocks) + "\n"


def render_anxin(src: str) -> str:
    import json
    d = json.loads(src[src.index("{"):src.rindex("}") + 1])
    blocks = [f"# {d['title']}", d["subtitle"]]
    for sec in d["sections"]:
        blocks += [f"## {sec['title']}", "\n".join(f"- {x}" for x in sec["items"])]
    return "\n\n".join(blocks) + "\n"


def render_geo(src: str) -> str:
    a = src.index("const DEFAULT_PRIVACY = `") + len("const DEFAULT_PRIVACY = `")
    return "# 隐私政策\n\n最后更新日期：2026年6月21日 · 版本：V2.0\n\n" + src[a:src.index("`;", a)] + "\n"


def render_qiangxin(src: str) -> str:
    a = src.index("content: `") + len("content: `")
    body = src[a:src.index("`,", a)].replace("${new Date().toLocaleDateString('zh-CN')}", "2026/12/3")
    return body.lstrip("\n")


def render_aicompanion(src: str) -> str:
    return src[src.index("`") + 1:src.rindex("`")].lstrip("\n")


def render_threeb(src: str) -> str:
    seg = src[src.index('"zh-TW": {'):src.index('"zh-CN": {')]
    title = re.search(r'title: "([^"]*)"', seg).group(1)
    updated = re.search(r'lastUpdated: "([^"]*)"', seg).group(1)
    blocks = [f"# {title}", updated]
    for h, b in re.findall(r'heading: "([^"]*)",\s*body: "((?:\\.|[^"\\])*)"', seg):
        blocks += [f"## {h}", re.sub(r"\\(.)", r"\1", b)]
    return "\n\n".join(blocks) + "\n"


RULES = {"hklend-hk-md": render_hklend, "anxin-miniapp-md": render_anxin, "geo-tsx-md": render_geo,
         "qiangxin-tsx-md": render_qiangxin, "aicompanion-tsx-md": render_aicompanion, "threeb-hk-md": render_threeb}


def blob(repo: str, commit: str, path: str) -> bytes:
    gd = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "--git-dir", gd, "cat-file", "blob", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def main() -> int:
    write = "--write" in sys.argv
    bad = 0
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    for name, file, kind, repo, commit, path, sha in rows:
        target = os.path.join(ROOT, "holdout", name, file)
        if kind == "blob":
            data = blob(repo, commit, path) if os.path.isdir(os.path.join(MIRROR, repo.replace("/", "+"))) else None
        elif kind == "rule":
            srcs = [f for f in os.listdir(os.path.join(HERE, "index")) if f.startswith(f"{name}.src.")]
            with open(os.path.join(HERE, "index", srcs[0]), encoding="utf-8") as g:
                data = RULES[name](g.read()).encode("utf-8")
        else:  # index text: only the hash is checked
            data = None
        if write and data is not None:
            with open(target, "wb") as g:
                g.write(data)
        with open(target, "rb") as g:
            have = hashlib.sha256(g.read()).hexdigest()
        ok = have == sha and (data is None or hashlib.sha256(data).hexdigest() == sha)
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {name} {kind}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
