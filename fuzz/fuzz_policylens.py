"""Coverage-guided fuzzing of the loaders and rules with atheris (libFuzzer for Python).

Run:  .venv/bin/pip install atheris && .venv/bin/python fuzz/fuzz_policylens.py fuzz/corpus -max_total_time=300

Each input's first byte picks the format (.txt, .md, .html, .docx); the rest is the file.
DOCX inputs are wrapped in a zip around the fuzzed document.xml, so that the fuzzer spends
its time in the XML reader rather than in zipfile's checksum.  Any exception other than
policylens's `UserError`, and any failed property (see fuzz/targets.py), is a crash:
libFuzzer saves the input as crash-<hash>; add it to tests/test_fuzz.py as a regression.
`tests/test_fuzz.py::test_atheris_harness_runs_clean` runs this for a bounded time.

Seed corpus (fuzz/corpus): the first 3 KB of the seed policy (corpora/smartmi, provenance in
corpora/SOURCES.md) and three small hand-written inputs (Markdown, HTML, DOCX document.xml).
Keep libFuzzer's growing corpus out of the repository: run it on a copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["policylens"]):
    import policylens.check
    import policylens.diff
    import policylens.load.docx
    import policylens.load.html
    import policylens.load.markdown
    import policylens.load.text
    import policylens.render.json
    import policylens.render.junit
    import policylens.render.markdown
    import policylens.render.rich
    import policylens.render.sarif
    import policylens.render.text
    import policylens.rules
    import policylens.structure

    policylens.rules.all_rules()  # imports (and so instruments) every rule module

from fuzz_docx import wrap_document
from targets import SUFFIXES, exercise


def test_one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    body = data[1:]
    exercise(wrap_document(body) if suffix == ".docx" else body, suffix)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
