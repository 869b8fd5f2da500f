"""Extract the privacy / terms text of Aswellle/Pindou-Studio src/components/LegalPages.jsx at a commit as HTML (u54d)."""

import re
import subprocess
import sys

REPO = "/work/.mirror/Aswellle+Pindou-Studio/repo"


def blob(commit):
    if commit.endswith(".jsx"):  # a rebuilt index text (tools/build_v3.py), read from its file
        with open(commit, encoding="utf-8") as fh:
            return fh.read()
    return subprocess.run(
        ["git", "-C", REPO, "show", f"{commit}:src/components/LegalPages.jsx"], capture_output=True, text=True, check=True
    ).stdout


def versions(src, name):
    """[(id, title, date, content)] of PRIVACY_VERSIONS / TERMS_VERSIONS, newest first; [] before versioning."""
    m = re.search(rf"const {name} = \[(.*?)\n\];", src, re.S)
    if not m:
        return []
    out = []
    for v in re.finditer(
        r"id: '(v\d)',\s*version: '[^']*',\s*date: '([^']*)',\s*title: '([^']*)',\s*content: \(\s*<>\n(.*?)\n\s*</>\s*\),", m.group(1), re.S
    ):
        out.append((v.group(1), v.group(3), v.group(2), v.group(4)))
    return out


def page(src, fn):
    """Before versioning: the <h1>…</div> of the legal-container in function `fn`."""
    body = src[src.index(f"export function {fn}") :]
    a = body.index("<h1>")
    b = body.index("\n      </div>\n", a)
    return body[a:b]


def html(title, body):
    body = re.sub(r"\n\s*<p className=\"legal-updated\">.*?</p>\n", "\n", body)  # the date line (template text)
    body = body.replace("className=", "class=")
    if not body.lstrip().startswith("<h1>"):
        body = f"<h1>{title}</h1>\n" + body
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>'
        + title
        + "</title></head>\n<body>\n"
        + body.strip("\n")
        + "\n</body>\n</html>\n"
    )


if __name__ == "__main__":
    commit, kind, which = sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "0"
    src = blob(commit)
    name, fn = ("PRIVACY_VERSIONS", "PrivacyPolicy") if kind == "privacy" else ("TERMS_VERSIONS", "TermsOfService")
    vs = versions(src, name)
    if vs:
        vid, title, date, content = vs[int(which)]
        sys.stdout.write(html(title, content))
    else:
        body = page(src, fn)
        sys.stdout.write(html(re.search(r"<h1>(.*?)</h1>", body).group(1), body))
