#!/bin/sh
# Every file of the set (u50c): git blobs from fetch snapshots (byte-exact, tools/extract.sh). The held-out group
# (random.Random(50).sample of the sorted group names, 1 of 4, drawn before the annotations and any run: otaru)
# is moved to heldout/ after.
set -eu
x="sh $(dirname "$0")/extract.sh"
$x metronome-lag en.2026-07-02 juanca-jimi/metronome 2e6ff5f878c3212fb2ff9fc315e9113983dbfc48 privacy/index.html html
$x metronome-lag zh-Hans.2026-07-01 juanca-jimi/metronome 82ffe42081ab6ff871e6f217c5ec2c0192424062 zh-hans/privacy/index.html html
$x metronome-lag zh-Hant.2026-07-01 juanca-jimi/metronome 433aad53bb60855101bb62dfd831afc0644cbe04 zh-hant/privacy/index.html html
$x metronome en.2026-07-04 juanca-jimi/metronome 0a791dc0317b0b28d66d57d2a3d7b92c6b7ff937 privacy/index.html html
$x metronome zh-Hans.2026-07-04 juanca-jimi/metronome 0a791dc0317b0b28d66d57d2a3d7b92c6b7ff937 zh-hans/privacy/index.html html
$x metronome zh-Hant.2026-07-04 juanca-jimi/metronome 0a791dc0317b0b28d66d57d2a3d7b92c6b7ff937 zh-hant/privacy/index.html html
$x mytides en.2026-03-31 codifilo/MyTides-Landing ddbcad59a4aa8522ce1e01bc6dcecb1d21c65a03 privacy/index.html html
$x mytides zh-Hans.2026-03-31 codifilo/MyTides-Landing ddbcad59a4aa8522ce1e01bc6dcecb1d21c65a03 zh-hans/privacy/index.html html
$x otaru en.2026-07-17 dhiroshiinouei-pixel/otaru-kurashi-calendar ca39d0ca3ed764776e8eeda62f5e02fc6d52a02f en/privacy/index.html html
$x otaru zh-Hans.2026-07-17 dhiroshiinouei-pixel/otaru-kurashi-calendar ca39d0ca3ed764776e8eeda62f5e02fc6d52a02f zh-hans/privacy/index.html html
$x otaru zh-Hant.2026-07-17 dhiroshiinouei-pixel/otaru-kurashi-calendar ca39d0ca3ed764776e8eeda62f5e02fc6d52a02f zh-hant/privacy/index.html html
