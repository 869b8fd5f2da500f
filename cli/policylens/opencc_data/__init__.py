"""OpenCC's dictionaries, read from the installed `opencc` package, and the sets policylens derives from them.

Used by `diff` (character and phrase variants), by the `script-mixed` and
`regional-vocabulary` rules and by topic folding (`read_dictionary`), and by
`python -m policylens.opencc_data`, which regenerates `data/opencc_sets.json` (the
character sets and phrases that `policylens.script` reads at start-up).

Where the dictionaries are is asked of the package's own metadata, not guessed: the
distribution that installed the `opencc` module that Python imports lists its files
(`importlib.metadata`), and the dictionary is the listed file of that name.  Two
distributions install a module named `opencc`:

* `opencc-python-reimplemented` (policylens's dependency) ships them as text,
  `opencc/dictionary/NAME.txt`, which is read directly;
* the official `opencc` wheel ships them compiled, `opencc/clib/share/opencc/NAME.ocd2`,
  together with its own converter `opencc_dict`, which turns one into the same text
  format (`opencc_dict -i NAME.ocd2 -o NAME.txt -f ocd2 -t text`).

Either works; a missing package or dictionary is one clear `RuntimeError`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "opencc_sets.json"
INSTALL_HINT = "pip install opencc-python-reimplemented"


@cache
def installed_files() -> tuple[str, dict[str, Path]]:
    """(distribution name, file name → path) of the distribution that provides the importable `opencc` module."""
    import importlib.metadata
    import importlib.util

    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        raise RuntimeError(f"the 'opencc' package is not installed ({INSTALL_HINT})")
    module_file = Path(spec.origin).resolve()
    for name in importlib.metadata.packages_distributions().get("opencc", []):
        dist = importlib.metadata.distribution(name)
        listed = {Path(str(dist.locate_file(f))).resolve(): f for f in dist.files or ()}
        if module_file in listed:
            files = {p.name: p for p in listed if "opencc" in listed[p].parts[:1]}
            return dist.metadata["Name"], files
    raise RuntimeError(f"the imported 'opencc' module ({module_file}) belongs to no installed distribution ({INSTALL_HINT})")


def dictionary_source() -> str:
    """The name of the distribution the dictionaries are read from."""
    return installed_files()[0]


@cache
def read_dictionary(name: str) -> dict[str, tuple[str, ...]]:
    """Load one OpenCC dictionary, named as in OpenCC's source (`TSCharacters.txt`): key → candidate values."""
    dist, files = installed_files()
    stem = name.removesuffix(".txt")
    if f"{stem}.txt" in files:
        return _parse(files[f"{stem}.txt"].read_text(encoding="utf-8"))
    if f"{stem}.ocd2" in files and "opencc_dict" in files:
        return _parse(_ocd2_text(files["opencc_dict"], files[f"{stem}.ocd2"]))
    raise RuntimeError(f"OpenCC's dictionary {stem} is not in the installed {dist} package ({INSTALL_HINT})")


def _ocd2_text(tool: Path, dictionary: Path) -> str:
    """A compiled dictionary as text, converted by the official package's own `opencc_dict`."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="policylens-opencc-") as folder:
        out = Path(folder) / (dictionary.stem + ".txt")
        try:
            subprocess.run([str(tool), "-i", str(dictionary), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise RuntimeError(f"cannot convert OpenCC's {dictionary.name} with {tool.name}: {exc}") from None
        return out.read_text(encoding="utf-8")


def _parse(text: str) -> dict[str, tuple[str, ...]]:
    result: dict[str, tuple[str, ...]] = {}
    for line in text.split("\n"):  # as a file is read line by line (read_text already made every newline "\n")
        key, _, values = line.partition("\t")
        if key and values:
            result[key] = tuple(values.split(" "))
    return result


def derive_script_data() -> dict[str, list[str] | str]:
    """Compute the stored sets from the installed OpenCC dictionaries."""
    hant, hans = _derive_script_sets()
    taiwan, mainland = _derive_regional_phrases()
    return {
        "source": "derived from OpenCC dictionaries TSCharacters, STCharacters, TWPhrases, HKVariants (Apache-2.0)",
        "hant_only": "".join(sorted(hant)),
        "hans_only": "".join(sorted(hans)),
        "taiwan_phrases": sorted(taiwan),
        "mainland_phrases": sorted(mainland),
        "hk_chars": "".join(sorted(_derive_hk_chars())),
    }


def script_data_text() -> str:
    """`derive_script_data()` as the text of `data/opencc_sets.json`."""
    import json

    return json.dumps(derive_script_data(), ensure_ascii=False, indent=0) + "\n"


def _derive_script_sets() -> tuple[frozenset[str], frozenset[str]]:
    ts = read_dictionary("TSCharacters.txt")
    st = read_dictionary("STCharacters.txt")
    ts_values = {v for vs in ts.values() for v in vs}
    st_values = {v for vs in st.values() for v in vs}
    hant = frozenset(k for k, vs in ts.items() if len(k) == 1 and k not in vs and k not in ts_values and k not in st)
    # Regional standard forms are Traditional even where OpenCC's own standard differs
    # (TWVariants 羣 → 群, HKVariants): never count them as Simplified.
    regional = {c for name in ("TWVariants.txt", "HKVariants.txt") for k, vs in read_dictionary(name).items() for c in (k, *vs)}
    hans = frozenset(k for k, vs in st.items() if len(k) == 1 and k not in vs and k not in st_values and k not in ts and k not in regional)
    return hant, hans


def _derive_regional_phrases() -> tuple[frozenset[str], frozenset[str]]:
    tw = read_dictionary("TWPhrases.txt")
    taiwan = {v for k, vs in tw.items() for v in vs if v != k and len(v) >= 2}
    mainland = {k for k, vs in tw.items() if k not in vs and len(k) >= 2}
    return frozenset(taiwan - mainland), frozenset(mainland - taiwan)


def _derive_hk_chars() -> frozenset[str]:
    hk = read_dictionary("HKVariants.txt")
    return frozenset(v for k, vs in hk.items() for v in vs if v != k and len(v) == 1)
