#!/usr/bin/env python3
"""Extractions of round30 (written before policylens was run on them); sources in tools/index/.

    python3 tools/extract30.py        writes holdout/szr-clone-vue-md/clone-agreement.md and holdout/wecareu-bi-md/privacy.md

szr: the <el-dialog> of a Vue page (index id 3528837780, lines from `<el-dialog` to the protocol-cell's closing
`</div>`, stored as tools/index/szr-dialog.vue.part): the dialog's `title` attribute as `# `, each
`<div class="sub-title">` text as `## `, each `<p class="text">` text as a paragraph (inner whitespace trimmed),
a blank line between blocks, a final newline.
wecareu: the `en` and `zh-CN` objects of an i18next resource file (index id 33374135433, stored as
tools/index/wecareu-i18n.js.part), each as: `title` as `# `, `policyInfo.intro`, then for privacy, service,
serviceChange, limited, termsChange: `title` as `## ` and its `a`, `b` strings as paragraphs, then `subTitle`;
English first; a blank line between blocks, a final newline.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")


def szr():
    src = open(os.path.join(HERE, "index", "szr-dialog.vue.part"), encoding="utf-8").read()
    blocks = ["# " + re.search(r'title="([^"]+)"', src).group(1)]
    for m in re.finditer(r'<div class="sub-title">(.*?)</div>|<p class="text">(.*?)</p>', src, re.S):
        if m.group(1) is not None:
            blocks.append("## " + m.group(1).strip())
        else:
            blocks.append(m.group(2).strip())
    return "\n\n".join(blocks) + "\n"


def wecareu():
    src = open(os.path.join(HERE, "index", "wecareu-i18n.js.part"), encoding="utf-8").read()
    out = []
    for part in re.split(r'\n        (?=en: \{|"zh-CN": \{)', "\n" + src)[1:]:
        def val(key, text):
            return re.search(r"\b" + key + r': "([^"]*)"', text).group(1)
        out.append("# " + val("title", part))
        out.append(val("intro", part))
        for sec in ("privacy", "service", "serviceChange", "limited", "termsChange"):
            body = re.search(r"\b" + sec + r": \{(.*?)\}", part, re.S).group(1)
            out.append("## " + val("title", body))
            for k in ("a", "b"):
                m = re.search(r"\b" + k + r': "([^"]*)"', body)
                if m:
                    out.append(m.group(1))
        out.append(val("subTitle", part))
    return "\n\n".join(out) + "\n"


if __name__ == "__main__":
    for name, fname, fn in (("szr-clone-vue-md", "clone-agreement.md", szr), ("wecareu-bi-md", "privacy.md", wecareu)):
        with open(os.path.join(BASE, name, fname), "w", encoding="utf-8", newline="") as f:
            f.write(fn())
        print(name, fname)
