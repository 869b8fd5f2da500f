"""The hand annotations of eval/dev12 (issue #11 §1, twelfth session, z11p: placeholders in app code and history).

`python3 eval/dev12/annotate12.py` re-extracts every policy file from the fetched snapshot
(`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is there, applies the
document's extraction (below), checks that every placeholder and look-alike text occurs on its line,
and rewrites annotation.json.  The annotations were written before policylens was run on any of these
files.  Headings are not annotated in this set (use `--what placeholders`).

Extraction, where the policy lives in code (each says what it does; nothing is reworded):
- JSX pages (`.tsx`): the lines of the rendered element tree, verbatim, saved as `.html` (the HTML reader
  reads Taro's `<View>` as `<view>`, React's `className` as an attribute); a JSX comment line
  (`{/* … */}`, never shown on the page) is blanked so that line numbers stay those of the slice;
- an SQL seed row (`.sql`): the HTML string value of the setting, verbatim, with a line break after each
  `</p>` (one paragraph a line, as the admin's rich-text editor shows it).
"""

from __future__ import annotations

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from ann_lib import write_placeholder_set  # noqa: E402

NONE = "none (no licence file)"


def jsx_slice(first: int, last: int):
    """Lines first..last (1-based, inclusive) of a JSX page; JSX comment lines blanked."""

    def cut(blob: bytes) -> bytes:
        lines = blob.decode("utf-8").split("\n")[first - 1 : last]
        lines = ["" if re.fullmatch(r"\s*\{/\*.*\*/\}\s*", x) else x for x in lines]
        return ("\n".join(lines) + "\n").encode("utf-8")

    return cut


def sql_value(key: str):
    """The HTML string value of the settings row `key` of an SQL seed, one </p> paragraph a line."""

    def cut(blob: bytes) -> bytes:
        text = blob.decode("utf-8")
        m = re.search(r"'" + re.escape(key) + r"', '(.*?)', NULL,", text, re.S)
        assert m, key
        return (m.group(1).replace("''", "'").replace("</p>", "</p>\n").rstrip("\n") + "\n").encode("utf-8")

    return cut


EN = {"script": "latn", "region": "us", "languages": ["en"]}
JSX = "JSX markup of the page's render, verbatim, saved as .html (JSX comment lines blanked)"

DOCS = [
    {
        "name": "squirtles-vue",
        "repo": "Squirtles331/Official-website-open-source",
        "path": "pages/privacy.vue",
        "commit": "64582aca1a29a6e9c807d0ba4c960006d3f94ab3",
        "licence": "GPL-3.0",
        "format": "html",
        "placeholders": [
            (45, "abcd@example.com", "contact e-mail on example.com"),
            (46, "+86 AAA-BBB-CCCC", "hotline left as letters AAA-BBB-CCCC (the digits named by letters, not X)"),
            (47, "A市B区C路DDD号", "address left as letters: A city, B district, C road, number DDD"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (29, "{{ section.title }} — a Vue binding, the section titles come from the script's data"),
            (20, "最后更新：2024年12月27日 — a complete date"),
        ],
        "notes": "A Nuxt company-website starter's policy page (.vue); the sections are script data, the contact box keeps letter slots.",
    },
    {
        "name": "boottaro-tsx",
        "repo": "kirklin/boot-taro-react",
        "path": "src/pages/agreements/privacy-policy.tsx",
        "commit": "da60d0c7abd811fd6c561599adccd8a270824ce8",
        "licence": "MIT",
        "format": "html",
        "file": "privacy-policy.html",
        "extract": jsx_slice(10, 127),
        "extraction": JSX + ": source lines 10-127 (file line = source line - 9)",
        "placeholders": [
            (2, "_boot-taro-react_", "the starter's project-name token (also in package.json, project.config.json), replaced when a project is made from it"),
            (5, "_boot-taro-react_", "project-name token again, in the scope sentence"),
            (5, "XXX有限公司", "developer's company left as XXX"),
            (108, "_EMAIL_", "e-mail token"),
            (109, "_PHONE_", "phone token"),
            (110, "_ADDRESS_", "address token"),
        ],
        "ambiguous": [],
        "look_alikes": [(115, "更新日期：2025年1月21日 — a complete date")],
        "notes": "A Taro + React mini-program starter's 隐私保护政策 page (JSX); underscore-wrapped tokens stand for the project name and the contacts.",
    },
    {
        "name": "kinit-sql",
        "repo": "vvandk/kinit",
        "path": "接口部分初始化失败的请点这里/kinit_first.sql",
        "commit": "dd2e3a65aff3647420453e36abee8b5bc8449c0b",
        "licence": "MIT",
        "format": "html",
        "file": "privacy.html",
        "extract": sql_value("web_privacy"),
        "extraction": "the HTML value of the settings row 'web_privacy' in the seed SQL, verbatim, a line break after each </p>",
        "placeholders": [
            (1, "XXXX年XX月XX日", "update date left as X"),
            (2, "XXXX年XX月XX日", "effective date left as X"),
            (3, "【公司名称】", "company-name slot"),
            (3, "“XXX”", "short name left as XXX"),
            (4, "XXX的产品", "product name left as XXX"),
            (4, "XXXX网站", "website name left as XXXX"),
            (93, "XXXXX", "e-mail for access requests left as XXXXX"),
            (119, "XXXXXX", "the person in charge's e-mail left as XXXXXX"),
            (120, "XXXX年XX月XX日", "version and effective dates left as X"),
        ],
        "ambiguous": [],
        "look_alikes": [],
        "notes": "An admin framework's default privacy setting (a seed SQL row shown by its web front end); a full 隐私政策 with X slots.",
    },
    {
        "name": "ichat-zh-md",
        "repo": "robotJie/IChat",
        "path": "docs/privacy-policy.zh-CN.md",
        "commit": "88628c843b958594e46f8c0c8c29ad7b7319f1ff",
        "licence": NONE,
        "format": "md",
        "placeholders": [
            (148, "本节应更新为稳定可用的联系方式", "the contact section's only text says what it should contain later: a drafting sentence standing in for the section"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (126, "本政策也应同步更新 — a commitment about future features, not a note to the writer"),
            (144, "本隐私政策也应同步更新 — the policy's own change clause"),
        ],
        "notes": "A Chrome extension's Chinese policy (bilingual docs); the contact section is a placeholder sentence.",
    },
    {
        "name": "ichat-en-md",
        "repo": "robotJie/IChat",
        "path": "docs/privacy-policy.md",
        "commit": "88628c843b958594e46f8c0c8c29ad7b7319f1ff",
        "licence": NONE,
        "format": "md",
        **EN,
        "placeholders": [
            (148, "this section should be updated with a stable contact method", "the English half: the contact section says what it should contain later"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (126, "this policy should be updated to reflect them — a commitment about future features"),
            (144, "This Privacy Policy may be updated — the change clause"),
        ],
        "notes": "The English half of the same policy.",
    },
    {
        "name": "reoccurcord-md",
        "repo": "reoccurcat/reoccurcord",
        "path": "privacy.md",
        "commit": "73b68ac430d3d8f25518e0a498de119d546b4cf5",
        "licence": "GPL-3.0",
        "format": "md",
        **EN,
        "placeholders": [
            (5, "(website address)", "the template's slot in round brackets; filled a month later (ea37d17) with the site's URL"),
            (37, "It is up to you to determine what additional practices must be followed", "the template's advice to the site owner, left in the policy"),
        ],
        "ambiguous": [],
        "look_alikes": [(3, "Effective Date: 5/31/2021 — a complete date")],
        "notes": "A Discord bot's website policy, first version (from a widely copied privacy-notice template); the site's address was filled in the next commit.",
    },
    {
        "name": "authjs-tsx",
        "repo": "jonaddams/nextjs-authjs",
        "path": "src/app/privacy/page.tsx",
        "commit": "2ef9262d96c72c374404de425e0ac8a780d55cae",
        "licence": NONE,
        "format": "html",
        "file": "privacy.html",
        "extract": jsx_slice(3, 23),
        "extraction": JSX + ": source lines 3-23 (file line = source line - 2)",
        **EN,
        "placeholders": [
            (5, "[Company Name]", "company slot"),
            (5, "[Company", "[Company Short Name], broken over two lines"),
            (9, "[Website URL]", "website slot"),
            (10, "[Download and use our application(s)", "the template's optional passage left in brackets (it holds two more slots)"),
            (11, "[Mobile App Name]", "app slot inside the optional passage"),
            (12, "[Facebook App Name]", "slot inside the optional passage"),
            (18, "[Email Address]", "contact slot"),
        ],
        "ambiguous": [],
        "look_alikes": [],
        "notes": "A Next.js starter's privacy page: the opening paragraph of a generated privacy notice, every value still a bracketed slot.",
    },
    {
        "name": "shellwhisper-md",
        "repo": "EmmaWang1003/ShellWhisper_privacy",
        "path": "PRIVACY_POLICY.md",
        "commit": "7c14ba91f34174154a286f508a1ddff5c8ae7e05",
        "licence": NONE,
        "format": "md",
        **EN,
        "placeholders": [(60, "[Your Support Email]", "contact slot on its own line under Contact Us")],
        "ambiguous": [],
        "look_alikes": [
            (32, "[OpenAI Privacy Policy](https://openai.com/privacy) — a Markdown link"),
            (3, "**Last Updated:** March 16, 2026 — a complete date after a bold label"),
        ],
        "notes": "An iOS voice-journal app's policy (an earlier version; the first had the e-mail in brackets, this one a slot).",
    },
    {
        "name": "ars-php",
        "repo": "GeorgeT01/ars",
        "path": "privacy.php",
        "commit": "4d9405ac79dea4fd2e31543a7e2b8ca8c076922e",
        "licence": "GPL-3.0",
        "format": "html",
        **EN,
        "placeholders": [
            (16, "(website address)", "site slot in round brackets"),
            (43, "XXX YYY-ZZZZ", "phone left as XXX YYY-ZZZZ"),
            (46, "insert a paragraph like this in your privacy notice", "the template's instruction before an optional clause"),
            (50, "insert a paragraph like this in your privacy notice", "instruction"),
            (54, "insert a paragraph like this in your privacy notice", "instruction"),
            (58, "insert a paragraph like this in your privacy notice", "instruction"),
            (61, "insert one or more of these paragraphs in your privacy notice", "instruction"),
            (65, "And/or:", "the template's alternative marker between sample clauses"),
            (68, "And/or:", "alternative marker"),
            (71, "you might insert a paragraph like this in your privacy notice", "instruction"),
            (75, "you might insert a paragraph like this in your privacy notice", "instruction"),
        ],
        "ambiguous": [45],
        "look_alikes": [
            (30, "contacting us via the email address or phone number given on our website — a real sentence"),
        ],
        "notes": "A PHP site's privacy page pasted whole from a privacy-notice template, its optional-clause instructions included (line 45, the template's 'Optional Clauses' title, is ambiguous).",
    },
]


if __name__ == "__main__":
    write_placeholder_set(HERE, DOCS)
