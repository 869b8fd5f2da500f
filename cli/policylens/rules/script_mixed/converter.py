"""OpenCC's character maps for script-mixed: each foreign character to the document's script (OpenCC's first choice), and
the other Chinese script of a script."""

from __future__ import annotations

from functools import cache

from policylens.opencc_data import read_dictionary


@cache
def _converter(script: str) -> dict[str, str]:
    """Character map from the foreign script to the document's script (OpenCC's first choice)."""
    name = "STCharacters.txt" if script == "hant" else "TSCharacters.txt"
    return {k: v[0] for k, v in read_dictionary(name).items() if len(k) == 1}


def _other(script: str) -> str:
    """The other Chinese script: `hans` for `hant`, `hant` for `hans`."""
    return "hans" if script == "hant" else "hant"
