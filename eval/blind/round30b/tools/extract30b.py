#!/usr/bin/env python3
"""Extractions of round30b: the documents kept in code or data, produced from their sources in tools/index/.

    python3 tools/extract30b.py          # (re)writes the extracted documents under holdout/
    python3 tools/extract30b.py --check  # exits 1 if a stored document differs from its extraction

Each rule is written once here (and in ../README.md); the sources are the search index's text of the file
(or of the named span of it, offsets in the README), copied character for character.
"""
import ast
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "index")
OUT = os.path.join(os.path.dirname(HERE), "holdout")


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def template_literal(text, name):
    """The body of `const NAME = \\`...\\`` (JS template literal without ${} or escapes)."""
    m = re.search(r"const " + name + r" = `(.*?)`", text, re.S)
    assert m and "${" not in m.group(1) and "\\" not in m.group(1), name
    return m.group(1)


def fintrack():
    """Flutter: the body Column's Text('...') literals in order; fontSize 24 -> '# ', fontSize 18 -> '## ', else a paragraph."""
    src = read("fintrack-privacy_policy_screen.dart")
    body = src[src.index("children: ["):]
    out = []
    for m in re.finditer(r"Text\(\s*'([^']*)'\s*,?\s*(style: TextStyle\(([^)]*)\))?", body):
        text, style = m.group(1), m.group(3) or ""
        prefix = "# " if "fontSize: 24" in style else "## " if "fontSize: 18" in style else ""
        out.append(prefix + text)
    return "\n\n".join(out) + "\n"


def openclaw():
    """Python/tkinter: the add_title() argument, a blank line, then the value of the agreement_text literal."""
    src = read("openclaw-show_privacy_agreement.py")
    title = re.search(r'self\.add_title\("([^"]*)"\)', src).group(1)
    lit = re.search(r'agreement_text = ("""(?:.*?)""")', src, re.S).group(1)
    return title + "\n\n" + ast.literal_eval(lit)


def washed():
    """JS i18n table: after the consent-form comment, every entry's Chinese value (index 1), then its English (index 0)."""
    src = read("washed-consent-excerpt.js")
    rows = [ast.literal_eval("[" + m.group(1) + "]") for m in re.finditer(r"^\s*'[^\n]*?': \[(.*)\],?$", src, re.M)]
    zh = [r[1] for r in rows]
    en = [r[0] for r in rows]
    return "\n\n".join(zh) + "\n\n\n" + "\n\n".join(en) + "\n"


def jobboard():
    """SQL seed: the 'privacy' row; '# ' + title_zh, content_zh, '# ' + title_en, content_en ($$-quoted, no escapes)."""
    src = read("jobboard-privacy-insert.sql")
    titles = re.findall(r"^  '([^']*)',$", src, re.M)  # 'privacy', title_de, title_en, title_zh
    bodies = re.findall(r"\$\$(.*?)\$\$", src, re.S)  # content_de, content_en, content_zh
    assert titles[0] == "privacy" and len(bodies) == 3
    return f"# {titles[3]}\n\n{bodies[2]}\n\n# {titles[2]}\n\n{bodies[1]}\n"


def dahuang():
    """SQL dump: the sys_agreement 'privacy' row; '<h1>' + title + '</h1>', then its HTML content (no '' escapes)."""
    src = read("dahuang-sys-agreement-privacy.sql")
    m = re.search(r"VALUES \(2, 'privacy', '([^']*)', '([^']*)'", src)
    return f"<h1>{m.group(1)}</h1>\n{m.group(2)}\n"


def hengjian():
    """SQL seed: both rows of the agreements insert (user agreement, privacy policy); title, blank line, content."""
    src = read("hengjian-agreements-insert.sql")
    rows = re.findall(r"\('(\w+)', '([^']*)', '([^']*)', 'V1\.0', TRUE\)", src)
    assert [r[0] for r in rows] == ["user_agreement", "privacy_policy"]
    return "\n\n".join(f"{title}\n\n{content}" for _, title, content in rows) + "\n"


def novus():
    """Angular: the component's inline `template:` literal, verbatim (its {{ field }} bindings kept)."""
    src = read("novus-privacy-policy.component.ts")
    m = re.search(r"template: `(.*?)`", src, re.S)
    return m.group(1)


DOCS = {
    "fintrack-dart/privacy.md": fintrack,
    "openclaw-py/privacy.txt": openclaw,
    "washed-i18n/consent.txt": washed,
    "jobboard-sql/privacy.md": jobboard,
    "fango-privacy-cn/privacy.txt": lambda: template_literal(read("fango-privacy-zh-cn.js"), "PRIVACY_ZH_CN") + "\n",
    "fango-location-tw/location-terms.txt": lambda: template_literal(read("fango-location-zh-tw.js"), "LOCATION_ZH_TW")
    + "\n",
    "dahuang-sql-html/privacy.html": dahuang,
    "hengjian-sql/agreements.txt": hengjian,
    "novus-tw-angular/privacy-policy.component.html": novus,
}


def main():
    check = "--check" in sys.argv
    bad = 0
    for rel, fn in DOCS.items():
        text = fn()
        path = os.path.join(OUT, rel)
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print("differs:", rel)
                    bad += 1
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            print(f"{rel}: {len(text)} chars, {text.count(chr(10))} newlines")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
