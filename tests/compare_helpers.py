"""Build product folders and read `compare`'s results: a product compared with the default options, its sure entries,
a section's `Reading`; a product compared once for the runs of one comparison in every format (`replay_compare`)."""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

import pytest

from parse_helpers import parse_path


def last_section(tmp_path: Path, name: str, text: str) -> tuple[Any, Any]:
    """The last section of a small document written to `tmp_path / name`, and the document's `compare` `Reading`."""
    from policylens.compare.sentences import reading

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    return doc.sections[-1], reading([p.text for s in doc.sections for p in s.paragraphs], doc.metadata.title)


def write_files(folder: Path, files: Mapping[str, str]) -> Path:
    """Write `files` (name → text, UTF-8) into `folder`, made with its parents if needed; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def compare_product(folder: Path) -> dict[str, Any]:
    """The one `compare` product of a product folder, with the default options (as `policylens compare FOLDER`)."""
    from policylens.compare import CompareOptions, compare_products, discover_products

    (product,) = compare_products(discover_products([str(folder)]), CompareOptions())
    return product


def compare_folder(folder: Path, files: Mapping[str, str]) -> dict[str, Any]:
    """Write `files` (name → text) into a product folder and return its one `compare` product (default options)."""
    return compare_product(write_files(folder, files))


def sure(report: Mapping[str, Any], *lists: str) -> list[dict[str, Any]]:
    """The sure entries (confidence `compare.SURE` or more) of a product or report: its `divergences` and `sentences`, or
    the lists named (`sure(product, "sentences")`)."""
    from policylens.compare import SURE

    return [entry for key in lists or ("divergences", "sentences") for entry in report[key] if entry["confidence"] >= SURE]


def sure_summary(product: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """The sure entries in short: (kind, its fact, else its section's title) of each divergence, then ("sentence-only",
    its text) of each sentence."""
    out = []
    for entry in sure(product, "divergences"):
        where = entry.get("section") or entry.get("other") or {}
        out.append((entry["kind"], entry.get("fact") or where.get("title")))
    return out + [("sentence-only", entry["text"]) for entry in sure(product, "sentences")]


def sure_facts(product: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """The sure entries (confidence 0.5 or more) in short: (kind, "fact base_value -> value", else its section's title) of
    each divergence, then ("sentence-only", its text) of each sentence."""
    out = []
    for d in product["divergences"]:
        if d["confidence"] >= 0.5:
            where = d.get("section") or d.get("other") or {}
            out.append((d["kind"], f"{d.get('fact')} {d.get('base_value')} -> {d.get('value')}" if d.get("fact") else where.get("title")))
    out += [("sentence-only", s["text"]) for s in product["sentences"] if s["confidence"] >= 0.5]
    return out


# the English and Chinese editions of a small notes app's policy before a rewrite, for the lags told from the names it
# brings in (u55e `compare.named_lag`, u56e `compare.name_forms`)
NOTES_EN_OLD = """# Notes Privacy Policy

Effective date: 2026-07-01

## Data stored on the Mac

The app does not store your notes yet.

## File access

The app does not open files yet.

## Contact

Use the public support channel.
"""

NOTES_ZH_OLD = """# Notes 隐私政策

生效日期：2026-07-01

## 保存在 Mac 上的数据

本应用尚不会保存你的笔记。

## 文件访问

本应用尚不会打开文件。

## 联系方式

请使用公开支持渠道。
"""


def replay_compare(monkeypatch: pytest.MonkeyPatch, store: MutableMapping[str, dict[str, Any]]) -> None:
    """`policylens compare` run in this process (`--jobs 1`) computes each product once per `store`: the first run with
    an input (the product's `Task`, options included, and the bytes of its files) computes it; a later run with the same
    input gets a deep copy of that product object.  For tests that run one comparison in every output format, where
    only the rendering differs: the command still parses its options, tallies, renders and exits as it does alone
    (u60s, issue #13: the comparison itself was computed again for each format)."""
    import policylens.compare as compare_module

    real = compare_module.compare_product

    def replayed(task: Any) -> dict[str, Any]:
        files = hashlib.sha256()
        for edition in task.product.editions:
            files.update(Path(edition.path).read_bytes() if edition.git is None else edition.path.encode())
        key = f"{task!r}|{files.hexdigest()}"
        if key not in store:
            store[key] = real(task)
        return copy.deepcopy(store[key])

    monkeypatch.setattr(compare_module, "compare_product", replayed)
