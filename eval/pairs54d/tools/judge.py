"""Verdicts on every reported entry of the runs of pairs54d (u54d), written after reading `tools/dump.py RUN` and the text
report (entries in the order `../pairs26/tools/score.py` counts them).  An entry is ["true", [annotated change indices]],
["noise", []] or ["optional", []]; `by_section` lists annotated changes shown by a section's status or title only (a
renamed title on a section reported `modified, renamed`); `section_errors` lists sections whose status or place misleads a
reader.  Rules of eval/pairs53b.  Cases: `base` (runs-base/, dev pairs on the session's frozen base 735b9f5b, blind),
`u54d` (runs-u54d/, byte-identical to runs-base/), `held-base` / `held-u54d` (the held-out pair, run once on each,
byte-identical).  Writes judgments.json."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def t(*i):
    return ["true", list(i)]


PRIVACY = {
    "reported": {
        "1": t(0),
        "2": t(1),
        "3": t(2),
        "4": t(3),
        "5": t(4),
        "6": t(5),
        "7": ["optional", []],  # 使用数据: the list put in parentheses (annotated optional)
        "8": t(6),
        "9": t(7),
        "10": t(9),
        "11": t(10),
        "12": t(11),
        "13": t(12),
        "14": t(13),
        "15": t(14),
        "16": t(15),
        "17": t(16),
        "18": t(17),
        "19": t(18),
        "20": t(20),
        "21": t(23),
        "22": t(24),
        "23": t(25),
        "24": t(26),
        # old 「第三方服务：」 (a bold lead line) read as a sub-section title, paired with the new section 5. 第三方服务
        "25": t(22),
        "26": t(7),
        "27": t(7),
        "28": t(28),
        "29": t(22),
        "30": t(29),
        "31": t(30),
        "32": t(31),
        "33": t(32),
        "34": t(32),
        "35": t(32),
        "36": t(32),
        "37": t(31),
        "38": t(32),
        "39": t(33),
        "40": t(34),
        "41": t(27),
        "42": t(26),
        "43": t(26),
        "44": t(26),  # old 6. 数据安全 [removed]: its lead and its advice items
        "45": t(35),
        "46": t(37),
        "47": t(38),
    },
    # 3. 信息的使用方式 → 3. 信息的使用, 4. 数据存储与第三方服务 → 4. 信息的存储与安全, 8. 政策更新 → 8. 政策更新与版本历史
    # shown renamed; #21 (the old list's lead 「第三方服务：」) is the old side of the section pair 5. 第三方服务
    "by_section": [8, 19, 21, 36],
    "section_errors": [],
}
TERMS = {
    "reported": {
        "1": t(0),
        "2": t(1),
        "3": t(1),
        "4": t(2),
        "5": t(4),
        "6": t(6),
        "7": t(7),
        "8": t(8),
        "9": t(9),
        "10": t(10),
        "11": t(11),
        "12": t(13),
        "13": t(14),
    },
    "by_section": [3, 5, 12],  # 用户账户 → 用户账户与安全, 用户内容 → 用户内容与作品, 9. 条款修改 → 11. 条款修改与版本历史
    "section_errors": [],
}
MINORS = {
    "reported": {"1": t(2), "2": t(3), "3": t(4), "4": t(1)},
    "by_section": [0],  # 7. 儿童隐私 → 7. 未成年人隐私保护
    "section_errors": [],
}
# v2 → v3 (added after the first run of the three pairs above, annotated before their own first run, run once on each code)
PRIVACY3 = {
    "reported": {str(k): t(k - 1) for k in range(1, 6)}
    | {"6": ["optional", []]}  # 「等偏好保存」: annotated optional
    | {str(k): t(k - 2) for k in range(7, 20)},
    "section_errors": [],
}
TERMS3 = {
    "reported": {str(k): t(k - 1) for k in range(1, 8)}
    | {"8": t(7, 5)}  # the old paragraph's first sentence struck (now the first item), 与安全密钥 added
    | {str(k): t(k - 1) for k in range(9, 16)},
    "section_errors": [],
}
DEV = {"pindou-privacy-v2": PRIVACY, "pindou-terms-v2": TERMS, "pindou-privacy-v3": PRIVACY3, "pindou-terms-v3": TERMS3}
HELD = {"pindou-minors": MINORS}
J = {"base": DEV, "u54d": DEV, "held-base": HELD, "held-u54d": HELD}

if __name__ == "__main__":
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(J, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
