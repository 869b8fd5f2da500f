#!/bin/sh
# lead48 at u48k3's branch point (089a89fb, the session's merged work so far): the blind first run
PYTHONPATH=/work/wt/base48k3/cli exec /work/main/.venv/bin/python -m policylens "$@"
