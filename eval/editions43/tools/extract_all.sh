#!/bin/sh
# Every file of the set. Git blobs from fetch snapshots (git cat-file blob, byte-exact); fediqo's and ser2net's editions
# are the search index's text (no snapshot of cmj0121/fediqo or yihua1218/ser2net can be had here), written character
# for character into index/ and checked against the index's total_chars (README), copied here by index_copy. The
# held-out groups (random.Random(43).sample of the six sorted group names, drawn before any run, ref/hashes.md) are
# moved to heldout/ after.
set -eu
d=$(dirname "$0"); here=$(cd "$d/.." && pwd)
x() { sh $d/extract.sh "$@"; }
index_copy() {  # GROUP EDITION REPO COMMIT PATH INDEX_ID SRC
  mkdir -p "$here/editions/$1"; out="$here/editions/$1/$2.md"; cp "$here/index/$7" "$out"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "index:$6" \
    "$(wc -c < "$out" | tr -d ' ')" "$(sha256sum "$out" | cut -d' ' -f1)" >> "$here/SOURCES.txt"
}
I=zbw-zbw/image-harvest; IC=60fcbf4108eb2729e72e20a39122a1b05cf4cfd4
x imageharvest en.2025-11-12 $I $IC docs/PRIVACY.md md
x imageharvest zh-Hans.2025-11-12 $I $IC docs/PRIVACY.zh-CN.md md
L=zhanex/legax; LC=04ea1650dd35916a98c4abbfee01f8be585864b5; LN=df8f867121fbe6a12b3cab654b364464e9c188dc; LO=e182e0d459e4ae8fde9ef3b10fc0a74616d939f4
x legax en.2026-06-01 $L $LC docs/PRIVACY.md md
x legax zh-Hans.2026-06-01 $L $LC docs/PRIVACY.zh-CN.md md
# legax-lag: a constructed pairing of two real blobs. The English of df8f867 (2026-05-13, which added Feishu/Lark to
# three table rows, a transport bullet and two choice items) with the zh-Hans as it stood at e182e0d (2026-05-11, the
# commit that created both; df8f867 updated it the same way), dated alike: a translation not updated (README).
x legax-lag en.2026-05-13 $L $LN docs/PRIVACY.md md
x legax-lag zh-Hans.2026-05-13 $L $LO docs/PRIVACY.zh-CN.md md
P=SpaceSquare640/Player_Club_Private_VPN; PC=a435b5515cde171bc05377c9ca38d978b35acd39
x playerclub en.2026-08-08 $P $PC PRIVACY_POLICY.md md
x playerclub zh-Hant.2026-08-08 $P $PC PRIVACY_POLICY.zh-Hant.md md
F=cmj0121/fediqo; FC=89d2efedb161cc6d34c03b50d29807d5c6024d04
index_copy fediqo en $F $FC docs/privacy.md 60150678145 fediqo-en.89d2efe.md
index_copy fediqo zh-Hant $F $FC docs/privacy.zh-TW.md 59655868151 fediqo-zh-Hant.89d2efe.md
S=yihua1218/ser2net; SC=d9bc77ffd2c04698a25a8f680db1bd4398021788
index_copy ser2net en $S $SC docs/privacy.md 66339233962 ser2net-en.d9bc77f.md
index_copy ser2net zh-Hant $S $SC docs/privacy.zh-TW.md 65760800571 ser2net-zh-Hant.d9bc77f.md
