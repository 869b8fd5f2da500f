"""Verdicts on every reported entry of the runs of pairs51d (u51d), written after reading `tools/dump.py RUN` and each
entry's text in the JSON, as rules keyed by the entry's old line (so that one rule judges the same entry in every run):
["true", [annotated change indices]], ["noise", []] or ["optional", []] (pairs50d's rules: across scripts an entry
flagged `reworded` is optional; an entry shown as a *change* where no content differs is noise).
Runs: `first` the blind run of the dev pairs on the frozen base (`runs/`, /work/wt/base51 = 3693c444); `u51d` the dev
pairs on branch u51d after its fixes (`runs-u51d/`, not blind); `held-base` / `held-u51d` the two held-out pairs, run once
at the end on the base and on the branch (8887d0bf); `held-after` the held-out pairs again after the GitBook-tag fix
their run found (`runs-held-after/`, not blind); `u51d2` the dev pairs on branch u51d2 (the second pass on it-xscript's
noise, not blind: `runs-u51d2/`); `u52d` the dev pairs on branch u52d (the third pass, not blind: `runs-u52d/`)."""

import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# pair -> {old line (None: an insertion, by new line "n<line>"): verdict}
RULES = {
    "it-cn": {8: 0, 26: 1, 27: 2, 28: 3, 29: 4, 51: 5, "n82": 6, 97: 7},
    # it-hk: L50 the mathpix link's label and a space (optional), L53 所提供之 (optional)
    "it-hk": {8: 0, 26: 1, 27: 2, 28: 3, 29: 4, 50: "o", 51: 5, 53: "o", "n82": 6, 97: 7},
    "it-tw": {8: 0, 26: 1, 27: 2, 28: 3, 29: 4, 49: "o", 50: "o", 51: 5, 53: "o", "n82": 6, 97: 7},
    # cherry-tw: the three bullets of 二 (change 0), 三's paragraph and two bullets (1-3), 四's paragraph (5); the renamed
    # title of 四 (change 4) is read from the section's rename (`by_section`)
    "cherry-tw": {29: 0, 31: 0, 33: 0, 37: 1, 41: 2, 43: 3, 47: 5},
    # it-xscript: the cookie lead sentence (old L121) is the one change; old L178 (依从要求 / 依法回應) is optional
    "it-xscript": {121: 0, 178: "o"},
    # cherry-xscript (held out; rules written before its run, from its annotation): the AI-translation hint (new L8), the
    # three 絕不會 bullets of 二 and the Taiwan wording of 三 and 四 are optional either way (annotated so)
    "cherry-xscript": {"n8": "o", 25: "o", 27: "o", 29: "o", 33: "o", 37: "o", 39: "o", 43: "o"},
}
BY_SECTION = {"cherry-tw": [4]}
XSCRIPT = {"it-xscript", "cherry-xscript"}


def verdicts(pair: str, run: dict) -> dict:
    rules = RULES.get(pair, {})
    out = {}
    entries = ([run["title_change"]] if run.get("title_change") else []) + [c for s in run["sections"] for c in s["changes"]]
    for k, c in enumerate(entries, 1):
        key = c.get("old_line") if c.get("op") != "insert" else f"n{c.get('new_line')}"
        v = rules.get(key)
        if v is None and pair in XSCRIPT and c.get("reworded"):
            v = "o"
        out[str(k)] = ["noise", []] if v is None else ["optional", []] if v == "o" else ["true", [v]]
    return out


def main() -> None:
    result = {}
    for which, folder in (
        ("first", "runs"),
        ("u51d", "runs-u51d"),
        ("held-base", "runs-held-base"),
        ("held-u51d", "runs-held-u51d"),
        ("held-after", "runs-held-after"),
        ("u51d2", "runs-u51d2"),
        ("u52d", "runs-u52d"),
    ):
        path = os.path.join(HERE, folder)
        if not os.path.isdir(path):
            continue
        result[which] = {}
        for f in sorted(os.listdir(path)):
            if not f.endswith(".json"):
                continue
            pair = f[:-5]
            with open(os.path.join(path, f), encoding="utf-8") as fh:
                run = json.load(fh)
            result[which][pair] = {"reported": verdicts(pair, run), "section_errors": [], "by_section": BY_SECTION.get(pair, [])}
    with open(os.path.join(HERE, "judgments.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
