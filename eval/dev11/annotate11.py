"""The hand annotations of eval/dev11 (issue #11 §1, eleventh session: placeholders from git history): source of truth.

`python3 eval/dev11/annotate11.py` re-extracts every policy file byte-exact from the fetched
snapshot (`git cat-file blob COMMIT:PATH` in /work/.mirror/OWNER+NAME) when the snapshot is
there, checks that every placeholder and look-alike text occurs on its line, and rewrites
annotation.json.  Each file is the blob at the listed commit: where the file has several
versions, the version with the unfilled slots (an earlier commit when the slots were filled
later).  The annotations were written before policylens was run on any of these files.
Headings are not annotated in this set (use `--what placeholders`).
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
        "name": "tianchen-vue",
        "repo": "programfault/watch",
        "path": "pages/privacy/privacy.vue",
        "commit": "b4d87f840ed907f3db088c347be5eae2aef878b5",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (164, "XXX街XXX号", "street and number of the contact address left as XXX"),
            (165, "400-xxx-xxxx", "service hotline left as 400-xxx-xxxx"),
        ],
        "ambiguous": [],
        "look_alikes": [
            (166, "电子邮箱:service@tianchenwatch.com — a real e-mail on the next line"),
            (163, "公司名称:大连天辰表行有限公司 — the filled company name"),
        ],
        "notes": "A watch shop's uni-app mini-program policy (second version, 2025-12-10): company and e-mail filled, address and hotline still XXX.",
    },
    {
        "name": "wanneng-vue",
        "repo": "xiongqing1990/wanneng-renwu",
        "path": "pages/privacy/privacy.vue",
        "commit": "b0b9dd989df65f0fa60e6c101cbd10b20b81206b",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (40, "北京市朝阳区xxx路xx号", "street and number left as xxx/xx (the 400-123-4567 hotline on the same line is a dummy number too)"),
        ],
        "ambiguous": [],
        "look_alikes": [(46, "最后更新日期：2026年5月12日 — a complete date")],
        "notes": "A task-marketplace uni-app's policy page; the contact block keeps a template street address and a dummy hotline.",
    },
    {
        "name": "ecoful-vue",
        "repo": "ChangXiaErLiu/uni-ecoful",
        "path": "pages/agreement/privacy.vue",
        "commit": "7398e5e6cf79cc4ab4cf89cdd021c0c0ede50361",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (95, "privacy@yourcompany.com", "template e-mail (yourcompany.com) for the person in charge"),
            (96, "400-xxx-xxxx", "hotline left as 400-xxx-xxxx"),
        ],
        "ambiguous": [],
        "look_alikes": [(6, "最后更新日期：{{ currentDate }} — a Vue binding filled at run time, not a slot")],
        "notes": "An enterprise uni-app's policy page; the only contact lines are template values.",
    },
    {
        "name": "wolaibang-vue",
        "repo": "Zixuiu/wo-lai-bang",
        "path": "src/pages/privacy-policy/privacy-policy.vue",
        "commit": "031c5486176999ed59c150d8a6ccc3797332ba94",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (67, "400-XXX-XXXX", "hotline slot"),
            (67, "XX省XX市XX区XX路XX号XX大厦XX层", "address slot, all XX"),
        ],
        "ambiguous": [],
        "look_alikes": [(9, "更新日期：2026年4月26日 — complete dates")],
        "notes": "A neighbourhood-help uni-app's policy page: company and e-mail filled, hotline and address left as XX in one text element.",
    },
    {
        "name": "easnote-md",
        "repo": "ywj888888/EasNote",
        "path": "help/release-files/privacy-policy.md",
        "commit": "9eadfecb64f27cd81585ded178a04da5e1f1e50a",
        "licence": NONE,
        "format": "md",
        "placeholders": [
            (35, "（如需添加）", "drafting note to the author: add a backup feature if needed (left in a published sentence)"),
            (99, "contact@easnote.example.com", "template e-mail on an example.com subdomain"),
        ],
        "ambiguous": [],
        "look_alikes": [(103, "本隐私政策自2026年1月1日起生效 — a complete date")],
        "notes": "A note-taking app's policy for its Google Play release; one drafting aside and an example.com contact.",
    },
    {
        "name": "newsapp-html",
        "repo": "ASDSADK/news-app",
        "path": "uniCloud-aliyun/web/privacy.html",
        "commit": "40fac475c1554bec53d296b13122748ad81df92b",
        "licence": NONE,
        "format": "html",
        "placeholders": [(78, "support@newsapp.example.com", "the only contact: an example.com subdomain")],
        "ambiguous": [],
        "look_alikes": [(55, "Google News — a real link to policies.google.com")],
        "notes": "A news-reader uni-app's hosted policy page; the contact e-mail is a template value.",
    },
    {
        "name": "xuepingxian-vue",
        "repo": "Benzoudeliuxing/bxjf-mini-program",
        "path": "pages/privacy/privacy.vue",
        "commit": "d336b070bf3f6a164eae12180ea311c42df121b8",
        "licence": NONE,
        "format": "html",
        "placeholders": [
            (130, "privacy@example.com", "template e-mail"),
            (131, "400-000-0000", "all-zero dummy hotline"),
        ],
        "ambiguous": [],
        "look_alikes": [(7, "更新日期：2025年7月25日 — a complete date")],
        "notes": "A student-insurance mini-program's policy page; both contact lines are dummies.",
    },
    {
        "name": "bolexueyuan-vue",
        "repo": "Jim-ZhenXue/bolexueyuan",
        "path": "pages/privacy/privacy.vue",
        "commit": "e97013a214086d7dff6fb7437269222d47488f56",
        "licence": NONE,
        "format": "html",
        "placeholders": [(35, "以xxx方式告知", "the WeChat guideline template's notice-channel slot left as xxx")],
        "ambiguous": [],
        "look_alikes": [(22, "邮箱： xuezhen00@163.com — a real e-mail")],
        "notes": "A mini-program's 隐私保护指引 copied from the WeChat template; one xxx slot kept.",
    },
    {
        "name": "pingpong-wxml",
        "repo": "SheltonMark/pingpong",
        "path": "pages/privacy/privacy.wxml",
        "commit": "5fd72171101e3b3ed303637163adead960bde62e",
        "licence": NONE,
        "format": "wxml",
        "placeholders": [(42, "privacy@example.com", "template e-mail, replaced two months later (b14cbf4: update privacy email)")],
        "ambiguous": [],
        "look_alikes": [(2, "更新日期：{{updateDate}} — a WXML data binding, filled by the page script at run time")],
        "notes": "A campus table-tennis mini-program's privacy and terms page (WXML), first version: example.com contact, fixed in a later commit.",
    },
    {
        "name": "xueban-wxml",
        "repo": "PinkWildren-gif/xueban-miniprogram",
        "path": "pages/privacy/privacy.wxml",
        "commit": "2f5a7663868bfebf41f196103a97495e8b38b8b6",
        "licence": NONE,
        "format": "wxml",
        "placeholders": [(140, "0871-XXXXXXXX", "service hotline: area code kept, number left as X")],
        "ambiguous": [],
        "look_alikes": [
            (139, "数据保护负责人：dpo@xueban.cn — a real e-mail"),
            (146, "更新日期 2026年6月 — a date given to the month, not a blank day"),
        ],
        "notes": "A tutoring mini-program's policy page (WXML); one masked hotline.",
    },
    {
        "name": "luxury-wxml",
        "repo": "Xiao-HU1987/luxury-price-miniapp",
        "path": "pages/privacy/privacy.wxml",
        "commit": "7d705b44dc335fc2579f53e11885d03bc33b7253",
        "licence": NONE,
        "format": "wxml",
        "placeholders": [(64, "service@example.com", "template e-mail in a commit titled 上线准备 (release preparation)")],
        "ambiguous": [],
        "look_alikes": [(4, "更新日期：2026年7月1日 — a complete date")],
        "notes": "A luxury-price mini-program's policy page (WXML); the customer-service e-mail is example.com.",
    },
    {
        "name": "childpark-wxml",
        "repo": "bei-01/child-park",
        "path": "pages/privacy-policy/privacy-policy.wxml",
        "commit": "2f4cf45a4cabfc31dc7ebde51e6357eaad1548f9",
        "licence": NONE,
        "format": "wxml",
        "placeholders": [(67, "support@example.com", "template e-mail as the only contact")],
        "ambiguous": [],
        "look_alikes": [],
        "notes": "A children's playground booking mini-program's policy page (WXML); the contact is example.com.",
    },
]


def main() -> None:
    write_placeholder_set(HERE, DOCS)


if __name__ == "__main__":
    main()
