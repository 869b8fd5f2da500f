"""The hand annotations of eval/dev9h (tenth session): a few unseen policies measured once after the dev9 classes.

Taken after the classes of eval/dev9 were written, annotated before policylens was run on them, scored once
(see eval/README.md).  `python3 eval/dev9h/annotate9h.py` re-extracts each byte-exact blob from /work/.mirror,
checks every placeholder and look-alike text on its line and rewrites annotation.json.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from ann_lib import write_placeholder_set  # noqa: E402

NONE = "none (no licence file)"

DOCS = [
    {
        "name": "15daydraw-html",
        "repo": "dushunpeng163/15daydraw-legal",
        "path": "privacy-zh.html",
        "commit": "82dccf59219d81770206a42473c0034d308b37ed",
        "licence": NONE,
        "format": "html",
        "placeholders": [(85, "本隐私政策为 v1 草案，正式发布前应经合资格法律顾问审阅", "footer note: a v1 draft to be reviewed before release")],
        "ambiguous": [],
        "look_alikes": [],
        "notes": "A drawing app's policy page; the footer says the text is a draft for a lawyer to review before release.",
    },
    {
        "name": "comfylink-html",
        "repo": "huijiutian/comfylink-site",
        "path": "privacy.html",
        "commit": "ec0e8788de693e592a2436df4cf44f21769eea29",
        "licence": NONE,
        "format": "html",
        "languages": ["en", "zh"],
        "placeholders": [(23, "This page is a starting template", "bilingual banner: a starting template, to be reviewed before going live")],
        "ambiguous": [],
        "look_alikes": [],
        "notes": "An English policy page of a ComfyUI companion app with a bilingual template banner (an earlier commit).",
    },
    {
        "name": "relaycare-md",
        "repo": "junyu17/relaycare",
        "path": "site/privacy.md",
        "commit": "b64d2c91f1417627c5ebce9285ec2a6b5a81c31d",
        "licence": NONE,
        "format": "md",
        "placeholders": [(72, "**公开发布前必须补充：**生效日期，并完成本声明的法律审阅", "note to the publisher: fill in the date and have it reviewed")],
        "ambiguous": [44],
        "look_alikes": [
            (44, "上线前会公布适用的保留期限 — a pre-launch caveat said to the reader (ambiguous)"),
            (66, "在服务上线后，我们会在政策更新前 — a statement"),
        ],
        "notes": "A family-care app's pre-launch policy (an earlier commit) with a closing note that the date and legal review are still missing.",
    },
    {
        "name": "airing-html",
        "repo": "jackqianali/AiringApp-Support",
        "path": "privacy-zh.html",
        "commit": "fa7a1fb0752bf17f7441ffd5963f5749390c1221",
        "licence": NONE,
        "format": "html",
        "placeholders": [],
        "ambiguous": [],
        "look_alikes": [(61, "五、权限使用说明 — a section heading, not a usage note")],
        "notes": "Clean (precision): a ringtone app's policy with a 权限使用说明 section.",
    },
]


def main() -> None:
    write_placeholder_set(HERE, DOCS)


if __name__ == "__main__":
    main()
