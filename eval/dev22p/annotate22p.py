"""The hand annotations of eval/dev22p (issue #11 §1, twenty-second session, s22v: unfilled slots in the shapes real
templates leave; policies held in i18n string tables, a Markdown annex table, React/Next.js pages, a uni-app page's
HTML template string, a Markdown store policy, an old Android asset page; two Hong Kong bilingual pages).

`python3 eval/dev22p/annotate22p.py` re-extracts every policy file from the fetched snapshot
(`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is there; the documents whose
repository could not be identified are kept as the text the search index returned (index id in `extraction`), cut as
the `extraction` says.  It then checks that every placeholder and look-alike text occurs on its line, and rewrites
annotation.json.  The annotations were written and committed before policylens was run on any of these files.
Headings are not annotated in this set (use `--what placeholders`).
"""

from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from ann_lib import write_placeholder_set  # noqa: E402

NONE = "none (no licence file)"
UNKNOWN = "unknown (repository not identified)"
INDEX = "index text (repository not identified): the text `read_file` returned for index id {id}"


def _json_lines(blob: bytes) -> bytes:
    """The i18n JSON file as it is: its lines are the document (keys, quotes and all), read as plain text."""
    json.loads(blob.decode("utf-8"))  # it must stay valid JSON: a re-extraction that is not is a broken snapshot
    return blob


DOCS = [
    {
        "name": "animalpoke-md",
        "repo": "Bluepoisons/animal_poke",
        "path": "docs/legal/privacy-policy.md",
        "commit": "57aee3e14b76692e6132b7ace585be98ce61328b",
        "licence": NONE,
        "format": "markdown",
        "placeholders": [
            (7, "【待填写：公司全称】", "the operator's name: a full-width-bracketed 'to fill: company full name' after a bold label"),
            (8, "【待填写】", "the registered address, a bare 'to fill' after a bold label"),
            (9, "【待填写】", "the unified social credit code, a bare 'to fill'"),
            (10, "privacy@example.com（待替换）", "an example.com e-mail marked 'to be replaced'"),
            (146, "privacy@example.com`（待替换）", "the same e-mail in backticks inside the rights paragraph"),
            (187, "运营主体等占位信息见", "a drafting note: 'the placeholder information such as the operator: see the fill-in checklist'"),
            (207, "privacy@example.com（待替换）", "the contact list's e-mail, marked 'to be replaced'"),
            (208, "support@example.com（待替换）", "the support e-mail, marked 'to be replaced'"),
            (209, "【待填写】", "the postal address, a bare 'to fill' in a list item"),
            (215, "本文本为产品合规基线模板", "a closing drafting note: 'this text is a compliance baseline template'"),
        ],
        "ambiguous": [186, 195],
        "look_alikes": [
            (4, "**发布日期**：2026-07-10 — a filled date after a bold label"),
            (38, "说明：MVP 阶段默认采用 — product-stage wording, not a slot"),
        ],
        "notes": "An LBS animal-collecting game's privacy policy draft (Markdown, docs/legal/), second commit: every operator field is a 【待填写】 slot or an example.com e-mail marked （待替换）; the rest is written. Ambiguous: promises that something is provided 'after launch' (上线后).",
    },
    {
        "name": "animalpoke-sharing-md",
        "repo": "Bluepoisons/animal_poke",
        "path": "docs/legal/third-party-sharing-list.md",
        "commit": "01af8d73f675acee3db06913bad2382ba2c7139c",
        "licence": NONE,
        "format": "markdown",
        "placeholders": [
            (9, "（示例，上线前填写具体主体）", "a fill-in instruction in a Markdown table's header cell"),
            (11, "（待确认合同主体）", "a provider cell with 'contracting party to be confirmed'"),
            (12, "（待确认）", "a provider cell with 'to be confirmed'"),
            (13, "【待定云厂商 / 模型服务】", "a provider cell that is only a 'to be decided' slot"),
            (14, "【待定】", "a provider cell 'to be decided'"),
            (15, "【待定云厂商】", "a provider cell 'cloud vendor to be decided'"),
            (16, "【待定】", "a provider cell 'to be decided'"),
            (17, "【待定】", "a provider cell 'to be decided'"),
            (18, "【待定】", "a provider cell 'to be decided'"),
        ],
        "ambiguous": [22],
        "look_alikes": [
            (4, "**更新日期**：2026-07-10 — a filled date"),
        ],
        "notes": "The same game's third-party sharing annex (first commit): a Markdown table whose provider column is 【待定】 slots and 'to be confirmed' notes. Ambiguous: line 22 says the table will be replaced with real names before launch (a promise or a drafting note).",
    },
    {
        "name": "puretuner-md",
        "repo": "dockey1/Privacy",
        "path": "PRIVACY_CN.md",
        "commit": "6b6011c93877b0e5ae84cef1841b82901c6554c6",
        "licence": NONE,
        "format": "markdown",
        "placeholders": [
            (25, "[当前日期]", "the last-updated date left as '[current date]' in an italic line"),
        ],
        "ambiguous": [23],
        "look_alikes": [],
        "notes": "A guitar-tuner app's short Chinese privacy policy (the store policy); the date was never filled. Ambiguous: line 23 says 'please contact us' and gives no contact (a value missing, not a slot).",
    },
    {
        "name": "mindseye-tw-i18n",
        "repo": "liujialxj2/mindseye",
        "path": "public/locales/zh-TW/privacy.json",
        "commit": "082709e4ad18107b256f32c5aab5292c9d7daf3e",
        "licence": NONE,
        "format": "text",
        "file": "privacy.txt",
        "extract": _json_lines,
        "extraction": "the i18n JSON file verbatim, saved as .txt (policylens reads no JSON): keys, quotes and \\n escapes stay",
        "script": "hant",
        "region": "tw",
        "placeholders": [
            (44, "123 Game Street, Tech City, TC1 2AB", "the postal address is a generator's invented sample (English, inside the zh-TW string)"),
        ],
        "ambiguous": [3],
        "look_alikes": [
            (44, "privacy@mindseye.com — the e-mail on the same line is the product's own"),
        ],
        "notes": "A website's zh-TW privacy string table (next-i18next JSON): a complete policy except the mailing address, a made-up 'Game Street, Tech City'. Ambiguous: line 3's {{date}} is an i18next interpolation filled at run time.",
    },
    {
        "name": "aisplitter-i18n",
        "repo": "gm138027/ai-image-splitter",
        "path": "public/locales/zh-CN/privacy.json",
        "commit": "8e791b49bd601e6a0c5a628ba321a72d193d448d",
        "licence": NONE,
        "format": "text",
        "file": "privacy.txt",
        "extract": _json_lines,
        "extraction": "the i18n JSON file verbatim, saved as .txt (policylens reads no JSON)",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (3, "最后更新时间：2026年3月13日 — a filled date"),
            (106, "电子邮件：aiimagesplitter@proton.me — a filled e-mail"),
        ],
        "notes": "An image tool's zh-CN privacy string table (JSON); complete, for precision on i18n keys and quotes.",
    },
    {
        "name": "qatime-html",
        "repo": "chuanjiabao1981/qatime-android-student",
        "path": "app/src/main/assets/agreement.html",
        "commit": "438843912c5c922f788b8ff969b1e3520bb8ab6f",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (32, "[公司名称] 北京维幄通达网络科技有限公司 — a bracketed field label followed by its filled value"),
            (33, "[网站名称]《答疑时间》学习网 — a bracketed label, value filled"),
            (34, "[登录网址] http://www.qatime.cn — a bracketed label, value filled"),
        ],
        "notes": "An Android tutoring app's agreement-and-privacy asset page (2017): its header block is '[label] value' lines, every value filled. Complete, for precision: bracketed field names that are labels, not slots.",
    },
    {
        "name": "waclinic-hk-jsx",
        "repo": UNKNOWN,
        "path": "a Next.js page app/privacy/page.tsx (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "page.html",
        "extraction": INDEX.format(id="61594002559") + "; the JSX that the page returns (<main> to </main>), verbatim",
        "script": "hant",
        "region": "hk",
        "languages": ["zh", "en"],
        "placeholders": [
            (3, "[日期]", "the last-updated date, a bracketed slot, in a bilingual line"),
            (8, "[公司名稱]", "the operator, a bracketed slot (a second slot, [診所集團名稱], on the same line)"),
            (8, "[診所集團名稱]", "the clinic group, a bracketed slot"),
            (12, "[Your Company]", "the English half: the operator"),
            (13, "[Clinic Group Name]", "the English half: the clinic group"),
            (61, "[伺服器地區]", "the server region, a bracketed slot"),
            (65, "[region]", "the English half: the region"),
            (97, "[privacy@域名]", "an e-mail whose domain is the word 域名 (domain), in brackets"),
            (98, "[40 日]", "a proposed default (40 days) kept in brackets for confirmation"),
            (103, "[privacy@yourdomain]", "the English half's e-mail slot"),
            (103, "[40 days]", "the English half's bracketed default"),
            (111, "[privacy@域名]", "the deletion section's e-mail slot"),
            (115, "[privacy@yourdomain]", "the English half's e-mail slot"),
            (124, "[公司名稱]", "the contact line: the company and [email], both slots"),
            (124, "[email]", "the contact line's e-mail slot"),
        ],
        "ambiguous": [107],
        "look_alikes": [
            (1, "text-[15px] — a Tailwind class in brackets inside a tag attribute"),
            (97, "《個人資料（私隱）條例》 — the Hong Kong ordinance named"),
        ],
        "notes": "A Hong Kong dental clinic's WhatsApp inbox: bilingual 私隱政策 Privacy Policy (Traditional Chinese + English paragraphs), every identity field a square-bracketed slot in both halves; the code comment says the brackets must be filled before going live. Ambiguous: line 107, a JSX comment that renders as text in this extraction.",
    },
    {
        "name": "baccarat-hk-jsx",
        "repo": UNKNOWN,
        "path": "a Next.js page app/privacy/page.tsx (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "page.html",
        "extraction": INDEX.format(id="68303951187") + "; the JSX that the page returns (<main> to </main>), verbatim",
        "script": "hant",
        "region": "hk",
        "languages": ["zh", "en"],
        "placeholders": [],
        "ambiguous": [7, 72],
        "look_alikes": [
            (4, "生效日期 Effective date：2026-10-01 — a filled bilingual date"),
            (67, "電話 Tel：+852 6704 5481 — a filled Hong Kong number"),
        ],
        "notes": "A Hong Kong dental group's bilingual privacy page; its header comment says the company values were PENDING slots, but this version has them filled. Complete, for precision (Hong Kong). Ambiguous: the JSX comments on lines 7 and 72 render as text here.",
    },
    {
        "name": "liangren-vue",
        "repo": UNKNOWN,
        "path": "a uni-app page (webview.vue-like) holding the policy in a template string `privacyHtml` (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "privacy.html",
        "extraction": INDEX.format(id="53322599485") + "; the HTML of the template string privacyHtml, verbatim (the agreement string is left out)",
        "placeholders": [
            (80, "（请填写主体公司全称）", "the company: a fill-in instruction in full-width round brackets after the label"),
            (81, "（请填写注册地址）", "the registered address: a fill-in instruction in round brackets"),
            (82, "privacy@example.com", "an example.com e-mail"),
            (83, "（请填写真实可拨打电话）", "the phone: 'fill in a real callable number'"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (3, "更新日期：2026年04月19日 — a filled date"),
            (14, "您主动填写的姓名 — 填写 in ordinary prose"),
        ],
        "notes": "A medical-beauty science app's policy held in a uni-app page's template string; the contact block is left as fill-in instructions.",
    },
    {
        "name": "sportsants-jsx",
        "repo": UNKNOWN,
        "path": "a Next.js page app/privacy/page.tsx (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "page.html",
        "extraction": INDEX.format(id="55791521169") + "; the JSX returned inside the page's fragment (from the outer <div> to its close), verbatim",
        "placeholders": [
            (203, "400-888-8888", "a dummy hotline (400 and a repeated digit)"),
            (205, "XX路XX号", "the street and number of the address left as XX"),
        ],
        "ambiguous": [206],
        "look_alikes": [
            (204, "privacy@sportsants.com — the product's own e-mail"),
            (17, "更新日期：2024年1月1日 — a date that may be a default but is a valid date"),
        ],
        "notes": "A sports-equipment maker's website policy; the contact block keeps a dummy 400 number and an XX street. Ambiguous: line 206 names the privacy officer as 张经理 (Manager Zhang), which may be real.",
    },
    {
        "name": "enterprise-review-jsx",
        "repo": UNKNOWN,
        "path": "a Next.js page app/privacy/page.tsx (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "html",
        "file": "page.html",
        "extraction": INDEX.format(id="66629958191") + "; the returned JSX cut to its header, sections 一, 八, 十 and 十一 (sections 二–七 and 九 left out), verbatim",
        "placeholders": [
            (49, "400-XXX-XXXX", "a hotline with X digits, inside a run-on contact sentence"),
            (49, "XXX路XXX号", "the street and number left as XXX in the same sentence"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (4, "生效日期：2024年1月1日 | 最后更新：2024年6月1日 — filled dates"),
        ],
        "notes": "An employer-review platform's policy; both slots sit in one sentence that also holds a real e-mail.",
    },
    {
        "name": "realtek-tw-i18n",
        "repo": UNKNOWN,
        "path": "a Go i18n catalogue internal/content (zh-TW text map; the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "text",
        "file": "privacy.txt",
        "extraction": INDEX.format(id="51790160014") + "; the map entries from \"contact.privacy\" to \"privacy.legal.body\" of zhTWText(), verbatim (keys, quotes, tabs)",
        "script": "hant",
        "region": "tw",
        "placeholders": [
            (13, "privacy@example.com", "an example.com contact e-mail, with a note in the same string that it is a placeholder to replace before going public"),
            (19, "公開上線前應完成審閱", "a drafting note shown to readers: 'a prototype, to be reviewed before going live'"),
        ],
        "ambiguous": [18],
        "look_alikes": [
            (11, "網站 leads 預期最多保存 24 個月 — English jargon in Chinese, not a slot"),
        ],
        "notes": "An IoT platform concept site's zh-TW privacy notice, held in a Go string map (key: value lines). Ambiguous: line 18's title 法務審閱 (legal review) only names the note of line 19.",
    },
    {
        "name": "sos-i18n",
        "repo": UNKNOWN,
        "path": "a site script's TRANSLATIONS table, zh entries (the index gives no path)",
        "commit": "unknown",
        "licence": UNKNOWN,
        "format": "text",
        "file": "strings.txt",
        "extraction": INDEX.format(id="57176240700") + "; the zh table's entries from \"terms.title\" to \"footer.privacy\", verbatim",
        "placeholders": [
            (2, "公开发布前请替换为最终法律文本", "the terms page is a template stub: 'replace with the final legal text before publishing'"),
            (6, "公开发布前请替换为最终隐私文本", "the privacy page is a template stub: 'replace with the final privacy text before publishing'"),
            (7, "最终政策应说明", "an instruction to the author: 'the final policy should state …'"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (9, "\\u00A9 SOS CORPORATION — a copyright line"),
        ],
        "notes": "A music label's site: the privacy and terms pages are stubs that say they are templates to be replaced (three languages; the zh entries kept).",
    },
]


if __name__ == "__main__":
    write_placeholder_set(HERE, DOCS)
