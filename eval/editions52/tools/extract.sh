#!/bin/sh
# Usage: extract.sh GROUP EDITION REPO COMMIT PATH EXT -- eval/editions26/tools/extract.sh, writing into this set.
SET=$(cd "$(dirname "$0")/.." && pwd) exec sh "$(dirname "$0")/../../editions26/tools/extract.sh" "$@"
