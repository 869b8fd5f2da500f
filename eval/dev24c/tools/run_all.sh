#!/bin/sh
# sh tools/run_all.sh WRAPPER OUTDIR — compare every dev24c group and editions23's edition groups (run from eval/dev24c).
set -e
mkdir -p $2
for g in editions/*; do n=$(basename $g); $1 compare $g -j 1 --format json > $2/compare-$n.json 2>/dev/null || true; done
for n in calzo ipcam reminisea fanqie sportsperf sportsperf-contact subskanri; do
  $1 compare ../blind/editions23/editions/$n -j 1 --format json > $2/compare-e23-$n.json 2>/dev/null || true
done
for g in ../dev21c/editions/*; do n=$(basename $g); $1 compare $g -j 1 --format json > $2/compare-d21-$n.json 2>/dev/null || true; done
