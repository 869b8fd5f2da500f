#!/usr/bin/env python3
"""Extractions of round29 (rules in tools/index/*.rule): python3 tools/extract29.py smartlingo."""
import ast
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "holdout")


def smartlingo():
    src = open(os.path.join(HERE, "index", "smartlingo-page.tsx"), encoding="utf-8").read()
    out = []
    for lang, strong, kicker in (("zh", "草案 · 待正式法律审核", "隐私政策"), ("en", "DRAFT · FORMAL LEGAL REVIEW PENDING", "PRIVACY POLICY")):
        block = re.search(r"\n  %s: \{\n(.*?)\n  \},\n" % lang, src, re.S).group(1)
        title = ast.literal_eval(re.search(r'title: (".*?"),\n', block).group(1))
        intro = ast.literal_eval(re.search(r'intro: (".*?"),\n', block).group(1))
        secs = [ast.literal_eval("[" + m + "]") for m in re.findall(r'\n      \[(".*?")\],', block)]
        if out:
            out.append("---")
        out += [f"**{strong}** {intro}", kicker, f"# {title}"]
        for t, b in secs:
            out += [f"## {t}", b]
    with open(os.path.join(BASE, "smartlingo-tsx-md", "privacy.md"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(out) + "\n")


if __name__ == "__main__":
    for name in sys.argv[1:] or ["smartlingo"]:
        globals()[name]()
