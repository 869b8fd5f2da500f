"""Verdicts on the runs of pairs50 on the fiftieth session's second final code (`/work/FINAL2_READY`, 24f5000e;
`runs-final-24f5000e/`), by m50q after reading `tools/dump.py runs-final-24f5000e` against the first run's dump.  Eight
pairs give the first run's entries (their JSON equal on every field the first run had; the new `counted` /
`counted_changes` fields aside), so their verdicts are `judge.py`'s; two pairs moved and are judged here:

* dsers-rewrite: the renamed and rewritten data section (数据访问范围 → 托管服务处理的数据) is now one [modified] section with
  both titles, its lead-in replaced and its list deleted and inserted (entries 2-14, change #1): the first run's section
  error (shown [removed] + [added]) is gone; 15 the new paragraph (#2), 16 用户授权 (#3), 17-21 存储与保留 [added] (#4),
  22-27 第三方服务 [added] (#5), 28 数据处理 → 联系方式 (#6).
* nightjar-xs (control): three `≃ reworded` entries (noise, as judged before); the four `~` regional-vocabulary entries
  (宗卷/儲存裝置, 套装 ID/套件識別碼, 辅助功能/輔助使用, 合盖助手/闔蓋幫手) and three more ≃ lines are no longer reported.

    python3 tools/judge_final2.py && python3 ../pairs26/tools/score.py final-24f5000e .
"""

import json
import os

from judge import HERE, judge, rep, seq

RUN = "final-24f5000e"

if __name__ == "__main__":
    j = judge("runs-" + RUN)
    j["dsers-rewrite"] = {"reported": seq(0, *rep(1, 13), 2, 3, *rep(4, 5), *rep(5, 6), 6), "section_errors": []}
    j["nightjar-xs"] = {"reported": seq(None, None, None), "section_errors": []}
    path = os.path.join(HERE, "judgments.json")
    with open(path, encoding="utf-8") as fh:
        out = json.load(fh)
    out[RUN] = j
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
