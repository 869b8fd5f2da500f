"""The hand annotations of eval/dev14 (issue #11 §1, fourteenth session, c11p: policies kept in app code and in a
policy-hosting repository's history).

`python3 eval/dev14/annotate14.py` re-extracts every policy file from the fetched snapshot
(`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is there, applies the document's
extraction, checks that every placeholder and look-alike text occurs on its line, and rewrites annotation.json.
The annotations were written and committed before policylens was run on any of these files.  Headings are not
annotated in this set (use `--what placeholders`).

Extraction (nothing is reworded): WeChat mini-program pages keep their `.wxml` name and bytes (policylens reads
.wxml as a mini-program page); a policy held as a JavaScript template literal is saved as
the literal's text (file line = source line - 1).  The other files are the byte-exact blobs.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from ann_lib import write_placeholder_set  # noqa: E402

NONE = "none (no licence file)"
HW = "hanwanjie853710069/Privacy-policy"
HW_HEAD = "c5e13ae071ae8b3666079e36828643b6e83242c5"
RESIDUE = "template brackets left around a filled date part (residue: the month/day was filled inside 【】)"


def _template_literal(blob: bytes) -> bytes:
    """The text of `const privacyContent = \\`…\\`` (from the line after the opening backtick to the closing one)."""
    text = blob.decode("utf-8")
    start = text.index("`") + 1
    if text[start] == "\n":
        start += 1
    return text[start : text.rindex("`")].encode("utf-8")


DOCS = [
    {
        "name": "hw-newyear-htm",
        "repo": HW,
        "path": "HJNewYearHurt.htm",
        "commit": HW_HEAD,
        "licence": NONE,
        "format": "html",
        "placeholders": [(39, "【01】", RESIDUE), (39, "【25】", RESIDUE)],
        "ambiguous": [],
        "look_alikes": [(73, "邮箱：wanaikeji@foxmail.com — a filled contact e-mail")],
        "notes": "One of a developer's app policies served from a GitHub Pages repository (one file per app, all from one template); the date line keeps the template's 【】 around the filled month and day.",
    },
    {
        "name": "hw-wansao-htm",
        "repo": HW,
        "path": "HJWanSao.htm",
        "commit": HW_HEAD,
        "licence": NONE,
        "format": "html",
        "placeholders": [(39, "【12】", RESIDUE), (39, "【23】", RESIDUE)],
        "ambiguous": [],
        "look_alikes": [(41, "万扫-二维码条码扫码器App（一下简称本APP） — the app's name filled in, a typo 一下 for 以下")],
        "notes": "Same repository and template as hw-newyear-htm, another app (a QR scanner), another date.",
    },
    {
        "name": "hw-maomi-htm",
        "repo": HW,
        "path": "HJLiaoRenXiaoMaoMi.htm",
        "commit": HW_HEAD,
        "licence": NONE,
        "format": "html",
        "placeholders": [(39, "【10】", RESIDUE), (39, "【16】", RESIDUE)],
        "ambiguous": [],
        "look_alikes": [(41, "\"撩人小猫咪表情包\"App（一下简称本APP） — the app's name filled in")],
        "notes": "Same repository and template as hw-newyear-htm (a sticker app).",
    },
    {
        "name": "hw-ohyes-html",
        "repo": HW,
        "path": "yinsizhengce.html",
        "commit": "60b2cd371cf35539841dd7cbd16470fc0e528d74",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (54, "<strong>【特别提示】</strong> — a bracketed label opening the notice"),
            (613, "公司名称：周口超万亿科技有限公司 — a filled field"),
        ],
        "notes": "The same repository's later, complete policy for another app (2024, a long PIPL-style text with a table of purposes); no slot, for precision.",
    },
    {
        "name": "seriousmatch-wxml",
        "repo": "ChengQian1129/serious-match-miniapp",
        "path": "pages/privacy/index.wxml",
        "commit": "5fec7d19d81ddbf9890bd911c598a53a3875ae82",
        "licence": NONE,
        "format": "html",
        "extraction": "the WeChat mini-program page (.wxml) of the first commit, byte for byte",
        "placeholders": [
            (36, "公开测试前必须补充运营主体、联系方式、保存期限和用户权利等完整隐私政策", "a note to the operator in the published notice: what the policy must still be given before release (operator, contact, retention, rights)"),
        ],
        "ambiguous": [33, 35],
        "look_alikes": [(21, "用于建立和维护测试资源池 — a real purpose")],
        "notes": "The first commit of a dating mini-program's privacy page: three real paragraphs, then a section 上线前补充 telling the operator what the policy still lacks. Lines 33 (the section's title 上线前补充) and 35 (补全运营信息) belong to the same note: ambiguous, either may carry the finding.",
    },
    {
        "name": "onething-vue",
        "repo": "zhangli8/OneThingOneCode",
        "path": "src/pages/privacy/index.vue",
        "commit": "d02a1738750a3dc2b9bb5458cd6b3c8fe3a474fa",
        "licence": NONE,
        "format": "vue",
        "placeholders": [(19, "[关联生信息]", "the feature's name left as the template's bracketed slot (当您使用本小程序的 [关联生信息] 时)")],
        "ambiguous": [],
        "look_alikes": [
            (15, "3. 我们：指本小程序的运营方上海哈芙琳服装有限公司 — a filled definition"),
            (84, "联系邮箱：zhangli@halfrin.com — a filled contact"),
        ],
        "notes": "A uni-app mini-program's policy page (a school-uniform tracking app): a generic template filled in except one bracketed feature name.",
    },
    {
        "name": "ghwg-wxml",
        "repo": "18ghwg/wechat-miniapp",
        "path": "pages/privacy/index.wxml",
        "commit": "c1774441fb568b4be3ce1c6fd91217f59f2252a9",
        "licence": NONE,
        "format": "html",
        "extraction": "the WeChat mini-program page (.wxml), byte for byte",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [(59, "请通过小程序内反馈功能与我们联系 — a contact channel named, no address left empty")],
        "notes": "A short generic mini-program policy in seven sections; no slot, for precision.",
    },
    {
        "name": "huiqs-md",
        "repo": "ren74123/huiqs2",
        "path": "pages/privacy/privacy.js",
        "commit": "4885ebf410621063b3ee713bed28c0fe005a6dd3",
        "licence": NONE,
        "format": "md",
        "file": "privacy.md",
        "extract": _template_literal,
        "extraction": "the Markdown text of the template literal `const privacyContent = `…`` (the page renders it with marked); file line = source line - 1",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [(2, "**生效日期：2025年5月** — a date given to the month, not a slot")],
        "notes": "A travel mini-program's policy kept as a Markdown string in JavaScript; complete, for precision.",
    },
    {
        "name": "afterrain-wxml",
        "repo": "min407/AfterRain",
        "path": "pages/privacy/index.wxml",
        "commit": "2c7f8434f8548aaae1faab2ff40eb5e3459f9cbb",
        "licence": NONE,
        "format": "html",
        "extraction": "the WeChat mini-program page (.wxml), byte for byte; its {{…}} bindings are filled from the page's data at run time (developer, date, e-mail set in index.js)",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [
            (4, "更新日期：{{updateDate}} — a data binding filled at run time (index.js: 2026-04-12), not a slot"),
            (9, "本小程序由个人开发者{{developer}}开发并运营 — a binding filled at run time"),
            (101, "{{developer}} — a binding filled at run time"),
        ],
        "notes": "A mini-program's 用户隐私协议 whose names and dates are page-data bindings (filled by index.js); no slot, for precision on template syntax.",
    },
]


if __name__ == "__main__":
    write_placeholder_set(HERE, DOCS)
