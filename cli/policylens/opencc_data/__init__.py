"""OpenCC's dictionaries, read from the installed `opencc` package, and the sets policylens derives from them.

Used by `diff` (character and phrase variants), by the `script-mixed` and
`regional-vocabulary` rules and by topic folding (`read_dictionary`), and by
`python -m policylens.opencc_data`, which regenerates `data/opencc_sets.json`
(`policylens.script.DATA_FILE`: the character sets and phrases that `policylens.script`
reads at start-up).

Where the dictionaries are is asked of the imported `opencc` package itself, through
the names its own converter uses, not guessed by looking into folders.  Two
distributions install a module named `opencc`:

* `opencc-python-reimplemented` (policylens's dependency) declares its dictionary folder
  as `opencc.opencc.DICT_DIR`, next to that module, with the dictionaries as text
  (`TSCharacters.txt`…), which are read directly;
* the official `opencc` wheel declares its data folder as `opencc._opencc_share_dir`,
  with the dictionaries compiled (`TSCharacters.ocd2`…) and its own converter
  `opencc_dict` in the `bin` folder beside it, which turns one into the same text
  format (`opencc_dict -i NAME.ocd2 -o NAME.txt -f ocd2 -t text`).

(Asking `importlib.metadata` which distribution owns the module would be as exact, but
importing it costs ~15-40 ms, a tenth of a `check` run's start-up.)

Either works; a missing package or dictionary is one clear `RuntimeError`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

INSTALL_HINT = "pip install opencc-python-reimplemented"


class Dictionaries(NamedTuple):
    """Where the installed `opencc` package keeps its dictionaries."""

    distribution: str  # the distribution's name
    folder: Path
    suffix: str  # ".txt" (text) or ".ocd2" (compiled, read through `converter`)
    converter: Path | None


@cache
def dictionaries() -> Dictionaries:
    """The dictionaries of the `opencc` package that Python imports (see the module docstring)."""
    try:
        import opencc
    except ImportError:
        raise RuntimeError(f"the 'opencc' package is not installed ({INSTALL_HINT})") from None
    own = getattr(opencc, "opencc", None)
    if own is not None and isinstance(getattr(own, "DICT_DIR", None), str):  # opencc-python-reimplemented
        return Dictionaries("opencc-python-reimplemented", Path(own.__file__).parent / own.DICT_DIR, ".txt", None)
    share = getattr(opencc, "_opencc_share_dir", None)
    if isinstance(share, str):  # the official wheel
        return Dictionaries("OpenCC", Path(share), ".ocd2", Path(share).parent.parent / "bin" / "opencc_dict")
    raise RuntimeError(f"the installed 'opencc' package ({opencc.__file__}) does not say where its dictionaries are ({INSTALL_HINT})")


def dictionary_source() -> str:
    """The name of the distribution the dictionaries are read from."""
    return dictionaries().distribution


@cache
def read_dictionary(name: str) -> dict[str, tuple[str, ...]]:
    """Load one OpenCC dictionary, named as in OpenCC's source (`TSCharacters.txt`): key → candidate values."""
    found = dictionaries()
    path = found.folder / (name.removesuffix(".txt") + found.suffix)
    if not path.is_file():
        raise RuntimeError(f"OpenCC's dictionary {path.stem} is not in the installed {found.distribution} package ({INSTALL_HINT})")
    if found.converter is None:
        return _parse(path.read_text(encoding="utf-8"))
    return _parse(_ocd2_text(found.converter, path))


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
        "source": "derived from OpenCC dictionaries TSCharacters, STCharacters, TWPhrases, HKVariants, TWVariants, JPVariants (Apache-2.0)",
        "hant_only": "".join(sorted(hant)),
        "hans_only": "".join(sorted(hans)),
        "taiwan_phrases": sorted(taiwan),
        "mainland_phrases": sorted(mainland),
        "hk_chars": "".join(sorted(_derive_hk_chars())),
        **_derive_japanese(hans),
    }


def script_data_text() -> str:
    """`derive_script_data()` as the text of `data/opencc_sets.json`."""
    import json

    return json.dumps(derive_script_data(), ensure_ascii=False, indent=0) + "\n"


# Characters OpenCC converts to another Traditional form (雇 → 僱, 霉 → 黴, 肴 → 餚,
# 沄 → 澐) that are themselves standard in Taiwan and Hong Kong: 雇主 is the word of
# Taiwan's 就業服務法, 發霉 and 菜肴 are ordinary Taiwan writing.  Reviewed one by one among
# the 51 "Simplified-only" characters that Big5 encodes; the others (与, 机, 网, 体…) are
# Simplified forms a Traditional text should not hold.
TRADITIONAL_TOO = frozenset("雇霉肴沄")


def _derive_script_sets() -> tuple[frozenset[str], frozenset[str]]:
    ts = read_dictionary("TSCharacters.txt")
    st = read_dictionary("STCharacters.txt")
    ts_values = {v for vs in ts.values() for v in vs}
    st_values = {v for vs in st.values() for v in vs}
    hant = frozenset(k for k, vs in ts.items() if len(k) == 1 and k not in vs and k not in ts_values and k not in st)
    # Regional standard forms are Traditional even where OpenCC's own standard differs
    # (TWVariants 羣 → 群, HKVariants): never count them as Simplified.
    regional = {c for name in ("TWVariants.txt", "HKVariants.txt") for k, vs in read_dictionary(name).items() for c in (k, *vs)}
    hans = frozenset(
        k
        for k, vs in st.items()
        if len(k) == 1 and k not in vs and k not in st_values and k not in ts and k not in regional and k not in TRADITIONAL_TOO
    )
    return hant, hans


def _derive_japanese(hans: frozenset[str]) -> dict[str, str]:
    """(u57f2) Which Han characters a Japanese text can hold, from JPVariants (Traditional → Japanese shinjitai).

    `ja_forms`: the Simplified-only characters that are Japanese forms too (国, 会, 学, 数…); `ja_replaced`: the
    Traditional forms Japanese replaced (國, 會, 數, 營…).  A kana-less line holding neither another Simplified-only
    character nor a replaced form can be Japanese (`structure.language.kanji_lines`).
    """
    try:
        jp = read_dictionary("JPVariants.txt")
    except RuntimeError:  # the official wheel ships the reversed table only (or neither: the stored sets stay)
        try:
            rev = read_dictionary("JPVariantsRev.txt")
        except RuntimeError:
            return {}
        jp = {}
        for form, olds in rev.items():
            for old in olds:
                jp[old] = (*jp.get(old, ()), form)
    forms = {v for vs in jp.values() for v in vs if len(v) == 1}
    replaced = {k for k, vs in jp.items() if len(k) == 1 and k not in forms}
    return {"ja_forms": "".join(sorted(forms & hans)), "ja_replaced": "".join(sorted(replaced))}


def _derive_regional_phrases() -> tuple[frozenset[str], frozenset[str]]:
    tw = read_dictionary("TWPhrases.txt")
    taiwan = {v for k, vs in tw.items() for v in vs if v != k and len(v) >= 2}
    mainland = {k for k, vs in tw.items() if k not in vs and len(k) >= 2}
    return frozenset(taiwan - mainland), frozenset(mainland - taiwan)


def _derive_hk_chars() -> frozenset[str]:
    """Hong Kong variant forms that are not Taiwan's forms too.

    HKVariants and TWVariants share 22 forms (為, 偽, 秘, 眾, 啟…: both regions write 為 for
    OpenCC's 爲); counted as Hong Kong evidence, they made a Taiwan page with one 電郵 and
    a dozen 為 read as Hong Kong.
    """
    hk = read_dictionary("HKVariants.txt")
    tw = read_dictionary("TWVariants.txt")
    taiwan = {v for k, vs in tw.items() for v in vs if v != k}
    return frozenset(v for k, vs in hk.items() for v in vs if v != k and len(v) == 1 and v not in taiwan)
