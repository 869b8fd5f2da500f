#!/bin/sh
# Every byte-exact file of the set, from a fetch snapshot (git cat-file blob); each edition dated by the commit date of
# the commit it is taken at. Groups read from the search index's stored text (heartopia, shanluv, hostbox, toolflow)
# are written by hand from that text (SOURCES.txt says so, with the character count). The held-out groups
# (random.Random(39).sample of the seven sorted group names, drawn before any run, README) are moved to heldout/ after.
set -eu
d=$(dirname "$0")
x() { $d/extract.sh "$@"; }
x whyspend en.2026-05-27 jjaammmeess/WhySpend 45ffa9f2832c1ea5bb08533c88c6517678b7426e privacy-policy.md md
x whyspend zh-Hans.2026-05-27 jjaammmeess/WhySpend 45ffa9f2832c1ea5bb08533c88c6517678b7426e privacy-policy.zh-Hans.md md
x nmtsubs en.2026-08-17 MontageSubs/nmt-subtitle-translator 0b454073d16d227738d5b774b87faba442ff9eab PRIVACY.en.md md
x nmtsubs zh-Hans.2026-08-17 MontageSubs/nmt-subtitle-translator 0b454073d16d227738d5b774b87faba442ff9eab PRIVACY.zh-Hans.md md
x healthpush en.2026-05-18 Eamonnn101/health-push-support df857e660c3292bd092e1c23f2dba172da65edf0 PRIVACY.md md
x healthpush zh-Hans.2026-05-18 Eamonnn101/health-push-support df857e660c3292bd092e1c23f2dba172da65edf0 PRIVACY.zh-Hans.md md
