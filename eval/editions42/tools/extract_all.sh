#!/bin/sh
# Every file of the set. Git blobs from fetch snapshots (git cat-file blob, byte-exact); sensteed's and winisland's
# editions are the search index's text (no snapshot of iTechwu/sensteed-agent can be had; the WinIsland snapshot no
# longer holds the commits that had PRIVACY*.md), written character for character into index/ and checked against the
# index's total_chars (README), copied here by index_copy. The held-out groups (random.Random(42).sample of the six
# sorted group names, drawn before any run, README) are moved to heldout/ after.
set -eu
d=$(dirname "$0"); here=$(cd "$d/.." && pwd)
x() { $d/extract.sh "$@"; }
index_copy() {  # GROUP EDITION REPO COMMIT PATH INDEX_ID SRC
  mkdir -p "$here/editions/$1"; out="$here/editions/$1/$2.md"; cp "$here/index/$7" "$out"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "index:$6" \
    "$(wc -c < "$out" | tr -d ' ')" "$(sha256sum "$out" | cut -d' ' -f1)" >> "$here/SOURCES.txt"
}
E=moderncrazy/text_embedding_vector_client; EC=45e4dbe11368da826d5330c164ff0333d2c45ba7
x embedclient en.2026-07-23 $E $EC PRIVACY.md md
x embedclient zh-Hans.2026-07-23 $E $EC PRIVACY-zh.md md
F=0xZhangKe/Fread; FC=bf05df7d599abd144e3358ca2a23bff69c51a978
x fread en.2024-07-22 $F $FC privacy_en.md md
x fread zh-Hans.2024-07-22 $F $FC privacy_cn.md md
K=kimi-builders/usage; KC=29aee75b48d48aab0812c87752f6245b3f9eb685; KO=39f91d65821c1e1b90ca30263fa9272de85ca2d0
x kimi en.2026-08-19 $K $KC PRIVACY.md md
x kimi zh-Hans.2026-08-19 $K $KC PRIVACY.zh.md md
# kimi-lag: a constructed pairing of two real blobs. The English of 29aee75 (2026-08-19, which added the DeepSeek
# balance paragraph and widened one table row) with the zh-Hans as it stood at 39f91d6 (2026-08-15, the commit that
# created it; 29aee75 updated it the same way), dated alike: a translation not updated (README).
x kimi-lag en.2026-08-19 $K $KC PRIVACY.md md
x kimi-lag zh-Hans.2026-08-19 $K $KO PRIVACY.zh.md md
S=iTechwu/sensteed-agent
index_copy sensteed en.2026-08-26 $S aa9b5492e267fc3b767adca310b030a1e9fd8d1e PRIVACY.md 68670308682 sensteed-en.aa9b549.md
index_copy sensteed zh-Hans.2026-08-26 $S 79d236312d7460ba0c15a9bdaf00a3360a65fdfe PRIVACY.zh.md 68460253654 sensteed-zh-Hans.79d2363.md
W=WinIslandProject/WinIsland
index_copy winisland en.2026-10-08 $W bdfab86bfb8eb3f41507317c8977eaa6916e69e4 PRIVACY.md 71431873677 winisland-en.bdfab86.md
index_copy winisland zh-Hans.2026-10-08 $W 66050cd0b73ec60eea4023d137171ad0d58406f4 PRIVACY-zh.md 71505815669 winisland-zh-Hans.66050cd.md
