#!/bin/sh
# How the repository documents of round35 were taken out of the fetched snapshots (byte-exact git blobs).
# usage: sh tools/extract_all.sh STAGING_DIR   (files land in STAGING_DIR/<name>/<file>; then moved to dev/ or holdout/)
set -e
OUT=${1:-/tmp/u35r-stage}
x() { # name mirror commit path
  mkdir -p "$OUT/$1"
  git --git-dir="$2" cat-file blob "$3:$4" > "$OUT/$1/$(basename "$4")"
  echo "$1 $(git --git-dir="$2" rev-parse "$3:$4") $(basename "$4")"
}
M=/work/.mirror
x xiaoniu-wxml $M/724399943+xiaoniuParking/repo f25d77235aad8a090f8c3e90dfa6007be47fde03 pages/agreement/agreement.wxml
x happyold-wxml $M/666joy+theHappyOld/repo 37cbd7521a3b77c48003cdc1885aa02873181f0d pages/agreement/agreement.wxml
x lapandroid-html $M/PengHaiZhuo+lapAndroid/repo 6465cbfb3a3464bbe69df33787cca6cdaab30ae3 app/src/main/assets/privacy.html
x jxtools-html $M/zw665200+JxTools-C/repo df746f5a53431e342bfe8e6551f98aaac4d47a6a app/src/main/assets/agreement.html
x smsclient-html $M/lliiuuhhuuaa+SmsClient/repo b7b62f58bfff53edfd217f96b153c88aa190eec4 app/src/main/assets/agreement.html
x perfectplayer-txt $M/uvfv1991+PerfectPlayer/repo 9e0a245f70b3c406cb89ca2a7dc894b27a26855e app/src/main/assets/privacy.txt
x tclmxcx-wxml $M/15840345959+tclmxcx/repo 8a465ed11c4ccb694f93efd37b43319032d7a756 pages/agreement/agreement.wxml
x bjca-txt $M/pdsxsy007+qinggongyedaxueCommit/repo/.git 7c0b5eecfe4eef180070da79241b74caf9294a3e app/src/main/assets/privacy.txt
x accountrecord-html $M/lxm-001+accountRecord/repo 78b06baaac97192c81e54c34d997f639ca8ad1a2 app/src/main/assets/agreement.html
# edgepress-md (index text 68362738745, repository unknown) is written from the index text by tools/edgepress_index.py
