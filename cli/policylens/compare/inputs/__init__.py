"""Which files are which edition: folder naming convention, `[[editions]]` manifest, git history.

- Folders: `<product>/<edition>.<YYYY-MM-DD>.<ext>` (as in `corpora/`).  A folder that holds
  such files is a product named after the folder; a folder given on the command line may
  hold product folders.  `<edition>.<ext>` (no date) and `<edition>.<YYYY-MM-DD>-<tag>.<ext>`
  (two versions of one day, e.g. by commit) are accepted too.
- Manifest: `[[editions]]` tables (product, edition, date, path) in `policylens.toml` or
  `[tool.policylens]` of `pyproject.toml`, for files named otherwise.
- `--git PATH`: every commit that changed the file is a version, dated by its commit.

Problems with one file become that product's error entries; only a run with nothing to
compare at all is a `UserError`.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable
from pathlib import Path

from policylens.compare.inputs.folders import _CATALOGUE_SUFFIXES as _CATALOGUE_SUFFIXES
from policylens.compare.inputs.folders import _folders, _locale_tree, _not_a_file, _scan_folder, find_manifest
from policylens.compare.inputs.folders import read_manifest as read_manifest
from policylens.compare.inputs.git_history import _git as _git
from policylens.compare.inputs.git_history import _git_commits as _git_commits
from policylens.compare.inputs.git_history import git_versions
from policylens.compare.inputs.git_history import read_git_blob as read_git_blob
from policylens.compare.inputs.naming import Discovery as Discovery
from policylens.compare.inputs.naming import EditionInput as EditionInput
from policylens.compare.inputs.naming import ProductInput as ProductInput
from policylens.compare.inputs.naming import canonical_tag as canonical_tag
from policylens.compare.inputs.naming import is_edition_tag as is_edition_tag
from policylens.compare.inputs.naming import is_locale as is_locale
from policylens.compare.inputs.naming import natural_key as natural_key
from policylens.compare.inputs.naming import parse_name as parse_name
from policylens.errors import UserError
from policylens.output import resolve_path


def _group(found: list[EditionInput], errors: dict[str, list[tuple[str, str]]]) -> list[ProductInput]:
    """Products in first-seen order; duplicates (same product, edition, version) become errors naming both."""
    by_product: dict[str, list[EditionInput]] = {}
    for item in found:
        by_product.setdefault(item.product, []).append(item)
    for product in errors:
        by_product.setdefault(product, [])
    products = []
    for product, items in by_product.items():
        claims: dict[tuple[str | None, str], list[EditionInput]] = {}
        for item in items:
            claims.setdefault((item.edition, item.label), []).append(item)
        kept: list[EditionInput] = []
        problems = list(errors.get(product, []))
        for (edition, label), group in claims.items():
            if len(group) == 1 or edition is None:
                kept.extend(group)
                continue
            names = " and ".join(g.path for g in group)
            count = "two" if len(group) == 2 else str(len(group))
            problems.append(
                (group[0].path, f"{count} files claim {product} {edition} {label or '(no date)'}: {names}; none of them is compared")
            )
        kept.sort(key=lambda e: (e.edition or "", e.date or "", natural_key(e.label)))
        products.append(ProductInput(product, tuple(kept), tuple(problems)))
    return products


def _own_manifests(folders: list[str], manifests: dict[Path, list[EditionInput]], warnings: list[str]) -> None:
    """The `[[editions]]` of the configuration found above each compared folder, filtered to the compared folders.

    (u47h2) The filter was to the first folder under that configuration: `compare a b` with one `policylens.toml`
    above both lost b's entries and told 「b: no recognisable editions … or list them under [[editions]]」, which they
    were; and an entry outside every compared folder was dropped without a word: one warning line names them."""
    found: dict[Path, Path] = {}
    dirs = [Path(raw) for raw in folders if Path(raw).is_dir()]
    for folder in dirs:
        own = find_manifest(folder)
        if own is not None:
            found.setdefault(resolve_path(own), own)
    for key, own in found.items():
        entries = read_manifest(own)
        manifests[key] = [e for e in entries if any(_inside(Path(e.path), folder) for folder in dirs)]
        outside = [e.path for e in entries if not any(_inside(Path(e.path), folder) for folder in dirs)]
        if outside:  # (one line: a configuration may list many products, and one folder is compared)
            more = f" and {len(outside) - 1} more" if len(outside) > 1 else ""
            warnings.append(f"{own}: [[editions]] entries outside the compared folders are not compared: {outside[0]}{more}")


def discover_products(
    folders: Iterable[str],
    *,
    git: Iterable[str] = (),
    manifest: Path | None = None,
    product: str | None = None,
    edition: str | None = None,
) -> Discovery:
    """Everything to compare under `folders` plus the `--git` files."""
    found: list[EditionInput] = []
    errors: dict[str, list[tuple[str, str]]] = {}
    warnings: list[str] = []
    global_errors: list[str] = []
    manifests: dict[Path, list[EditionInput]] = {}
    owners: dict[str, dict[Path, str]] = {}  # product name → its folders (resolved → as given)
    folders = list(folders)
    if manifest is not None:
        manifests[resolve_path(manifest)] = read_manifest(manifest)
    else:
        _own_manifests(folders, manifests, warnings)
    for raw in folders:
        folder = Path(raw)
        if not folder.exists():
            raise UserError("no such folder", path=raw)
        if not folder.is_dir():
            raise UserError("compare takes folders (use --git FILE for a file's history, or [[editions]] for other names)", path=raw)
        listed = {resolve_path(Path(e.path)) for entries in manifests.values() for e in entries}
        before = len(found) + sum(len(v) for v in errors.values())
        skipped: list[str] = []
        links: list[str] = []
        unreadable: list[str] = []
        for sub in _folders(folder, links, unreadable):
            name = (
                product
                if product and sub == folder
                else (resolve_path(folder).name if sub == folder else sub.relative_to(folder).as_posix())
            )
            here: list[str] = []
            try:
                editions, problems = _scan_folder(sub, name, here, listed)
                editions += _locale_tree(sub, name, listed)
            except OSError as exc:  # (u52h) a folder just under PATH_MAX whose files' paths are over it: that folder only
                if exc.errno != errno.ENAMETOOLONG:
                    raise
                unreadable.append(f"{sub}: {exc.strerror}")
                continue
            found.extend(editions)
            if problems:
                errors.setdefault(name, []).extend(problems)
            if editions or problems:
                owners.setdefault(name, {}).setdefault(resolve_path(sub), sub.as_posix())
                skipped.extend(here)  # the odd file out in a product folder
            elif here and sub != folder:
                # policy files in a folder without one recognisable edition: the folder, once
                skipped.append(f"{sub}: {len(here)} policy file(s) but none named <edition>.<YYYY-MM-DD>.<ext>; folder skipped")
        warnings.extend(f"{link}: a link to a folder; not followed (name it to compare its editions)" for link in links)
        warnings.extend(f"{problem}: cannot be listed; its editions are not compared" for problem in unreadable)
        listed_here = [e for entries in manifests.values() for e in entries if _inside(Path(e.path), folder)]
        if len(found) + sum(len(v) for v in errors.values()) > before or listed_here:
            warnings.extend(skipped)  # a folder with nothing to compare gets its one error line only
        else:
            global_errors.append(
                f"{raw}: no recognisable editions (name files <edition>.<YYYY-MM-DD>.<ext>, e.g. zh-Hant.2021-03-30.txt, or list them under [[editions]])"
            )
    for entries in manifests.values():
        for entry in entries:
            if not Path(entry.path).is_file():
                errors.setdefault(entry.product, []).append((entry.path, f"listed under [[editions]] but {_not_a_file(Path(entry.path))}"))
            else:
                found.append(entry)
    for raw in git:
        versions = git_versions(raw, product=product, edition=edition, skipped=warnings)
        found.extend(versions)
        if versions and product is None:  # (a product named by --product is one product, whatever the folders)
            owners.setdefault(versions[0].product, {}).setdefault(resolve_path(Path(raw)).parent, Path(raw).parent.as_posix())
    _name_apart(owners, found, errors)
    for name, problems in errors.items():
        errors[name] = list(dict.fromkeys(problems))
    return Discovery(tuple(_group(_distinct(found), errors)), tuple(dict.fromkeys(warnings)), tuple(global_errors))


def _name_apart(owners: dict[str, dict[Path, str]], found: list[EditionInput], errors: dict[str, list[tuple[str, str]]]) -> None:
    """Products of one name in different folders (`compare vendor-a/privacy vendor-b/privacy`) named by their folders.

    (Twenty-first round, r21h.)  They were one product: editions of the same date were 「two files claim …; none of them
    is compared」, and editions of different dates were compared as versions of each other, without a word.  Each is
    named by its folder as given (`vendor-a/privacy`); a product name no other folder shares is unchanged.  The same for
    `--git x/zh/privacy.md --git y/zh/privacy.md` (both were product `zh`), unless `--product` names the product.
    """
    renamed = {(name, folder): shown for name, folders in owners.items() if len(folders) > 1 for folder, shown in folders.items()}
    if not renamed:
        return
    for n, item in enumerate(found):
        shown = renamed.get((item.product, resolve_path(Path(item.path).parent)))
        if shown is not None:
            found[n] = item._replace(product=shown)
    for name in {name for name, _ in renamed}:
        for path, reason in errors.pop(name, []):
            shown = renamed.get((name, resolve_path(Path(path).parent)), name)
            errors.setdefault(shown, []).append((path, reason))


def _distinct(found: list[EditionInput]) -> list[EditionInput]:
    """Each file once: the same folder given twice, or a folder and its subfolder, name the same files again.

    A sighting repeats another when it names the same file (resolved path: a folder spelt two ways
    alike; for git, the same repository, commit and path) for the same edition and version;
    the first is kept.  A link named as another edition is that edition too, and two
    different files that claim one product, edition and date stay a duplicate (`_group`).
    """
    seen: set[object] = set()
    out = []
    for item in found:
        key = (item.git if item.git is not None else resolve_path(Path(item.path)), item.edition, item.label)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _inside(path: Path, folder: Path) -> bool:
    try:
        resolve_path(path).relative_to(resolve_path(folder))
    except ValueError:
        return False
    return True
