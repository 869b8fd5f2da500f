"""Score the judged sample (u43t): which sampled tags a run keeps, and how many of the kept ones were judged true.
Usage: python3 eval/topics43/tools/score_sample.py TAGS  (a parse_tags.py output; from the repository's root)"""

import sys

HERE = "eval/topics43/"
verdicts = {}
for line in open(HERE + "judgments.tsv", encoding="utf-8"):
    if not line.startswith("#") and line.strip():
        index, verdict, _ = line.rstrip("\n").split("\t", 2)
        verdicts[index] = verdict
sample = {}
for line in open(HERE + "sample.tsv", encoding="utf-8"):
    index, doc, section, _title, topic, *_ = line.rstrip("\n").split("\t")
    sample[index] = (doc, section, topic)
kept_keys = set()
for line in open(sys.argv[1], encoding="utf-8"):
    doc, section, _title, topic, *_ = line.rstrip("\n").split("\t")
    kept_keys.add((doc, section, topic))
kept = [i for i in sample if sample[i] in kept_keys]
dropped = [i for i in sample if sample[i] not in kept_keys]
true = [i for i in kept if verdicts[i] in ("T", "T-weak")]
print(f"sample {len(sample)}: kept {len(kept)}, of them true {len(true)} ({sum(verdicts[i] == 'T-weak' for i in true)} weakly)")
for i in dropped:
    print(f"  dropped {i} {sample[i][2]} judged {verdicts[i]}")
for i in kept:
    if verdicts[i] == "F":
        print(f"  kept false {i} {sample[i][2]}")
