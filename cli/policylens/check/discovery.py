"""Which files a `check` run reads: directories expanded, excluded and project files skipped."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from policylens.config import ConfigCache
from policylens.errors import UserError, capped, reject_empty_paths
from policylens.globs import any_glob_matches, glob_matches
from policylens.lazyre import lazy
from policylens.load import EXTENSIONS, scan_verdict, walk_folders
from policylens.load.types import first_few
from policylens.render.safe import quote_path
from policylens.report_heads import COMPARE_HTML_TITLE, COMPARE_MARKDOWN_HEAD, DIFF_HTML_TITLE, DIFF_MARKDOWN_HEAD

# Files of a docs tree that are about the project, not policies: skipped by a directory
# scan unless `default-exclude = false` or --no-default-exclude.  Matched on the name
# before its first dot, in any letter case (README.md, readme.zh-TW.md, external-SOURCES.md).
PROJECT_FILES = ("readme", "sources", "changelog", "changes", "history", "contributing", "license", "licence", "authors", "code_of_conduct")


def _catalogue(path: Path) -> bool:
    """(u52e) An app's message catalogue holding policy text (`load.catalogue.policy_catalogue`): a `.json`/`.arb` file of
    strings with a sentence naming privacy.  Never a `package.json`, a data file, a report or an annotation file."""
    if path.suffix.lower() not in (".json", ".arb"):
        return False
    from policylens.load.catalogue import policy_catalogue

    return policy_catalogue(str(path))


def is_project_file(name: str) -> bool:
    """README, SOURCES, CHANGELOG… (see `PROJECT_FILES`), also as the last part of a name: external-SOURCES.md."""
    stem = name.split(".", 1)[0].lower()
    return stem in PROJECT_FILES or any(stem.endswith(("-" + p, "_" + p)) for p in PROJECT_FILES)


# What a policy says about itself, in its name or its first 256 KB (UTF-8, any letter case).
# A directory scan with the default exclusions on skips UTF-8 text files that have none of
# these: release notes, install guides and index pages of a docs tree.
POLICY_WORDS = (
    "隐私", "隱私", "私隱", "个人信息", "個人信息", "个人资料", "個人資料", "个人资讯", "個人資訊", "个资", "個資", "个人数据", "個人數據",
    "收集", "蒐集", "政策", "条款", "條款", "协议", "協議", "声明", "聲明", "告知", "权限", "權限", "第三方", "sdk",
    "privacy", "personal", "collect", "cookie", "gdpr", "data protection", "policy", "terms", "third part",
)  # fmt: skip
SNIFF_BYTES = 256 * 1024
# Documents policylens does not read (a `.pdf` named is one line, `load.sniff.CONTAINER_HINTS`), named as privacy policies: a
# scan passed over `privacy.pdf` beside the other policies without a word (hostile rounds 24 and 25); one note now.
UNREAD_DOCUMENTS = (".pdf", ".doc", ".rtf", ".odt", ".pages", ".wps")
_POLICY_NAMES = (*POLICY_WORDS[:3], "privacy")  # 隐私, 隱私, 私隱


# policylens' own reports, by how they begin (`render.html`, `render.compare_html`, `render.markdown`, `render.compare`): a
# `diff -f html -o policies/redline.html` written into the folder a later `check policies/` scans was checked as a policy
# (twenty-seventh session, u27h: every finding of the new version counted twice, the old version's struck words with them).
_REPORT_HEADS = (
    (
        lazy(
            rf"\A<!DOCTYPE html>\s*<html\b[^>]{{0,80}}><head>.{{0,600}}?<title>"
            rf"(?:{re.escape(DIFF_HTML_TITLE)}|{re.escape(COMPARE_HTML_TITLE)}</title>)",
            re.S,
        ),
        "HTML",
    ),
    (lazy(r"\A" + re.escape(DIFF_MARKDOWN_HEAD)), "Markdown"),
    (lazy(r"\A" + re.escape(COMPARE_MARKDOWN_HEAD)), "Markdown"),
)


_REPORT_SUFFIXES = (".html", ".htm", ".md", ".markdown")  # the formats of policylens' own reports


def _read_head(path: Path) -> bytes | None:
    """The first `SNIFF_BYTES` of `path`, read once for `own_report` and `looks_like_policy`; None if unreadable."""
    try:
        with path.open("rb") as stream:
            return stream.read(SNIFF_BYTES)
    except OSError:
        return None


def own_report(path: Path, head: bytes | None = None) -> str | None:
    """The kind of policylens report (`HTML`, `Markdown`) `path` is, by its first kilobyte; None for anything else.

    `head` is the file's beginning when the caller has read it already (`_read_head`).
    """
    if path.suffix.lower() not in _REPORT_SUFFIXES:
        return None
    if head is None:
        head = _read_head(path)
    if head is None:
        return None
    text = head[:1024].decode("utf-8", "replace")
    return next((kind for pattern, kind in _REPORT_HEADS if pattern.match(text)), None)


def _named_policy(path: Path) -> bool:
    """A policy by its name alone: a policy word in it (privacy.txt, 隐私政策.md), or a DOCX (never sniffed)."""
    name = path.name.lower()
    return any(word in name for word in POLICY_WORDS) or path.suffix.lower() == ".docx"


def _sniffed(path: Path) -> bool:
    """Whether `own_report` or `looks_like_policy` read the beginning of `path` (so `discover` reads it once for both)."""
    return path.suffix.lower() in _REPORT_SUFFIXES or not _named_policy(path)


def looks_like_policy(path: Path, head: bytes | None = None) -> bool:
    """True unless `path` is a UTF-8 text file whose name and first 256 KB have no `POLICY_WORDS`.

    Whatever cannot be told cheaply counts as a policy: DOCX, legacy encodings (Big5,
    GB18030), UTF-16, unreadable files (the check reports them), and empty files (the check
    warns about them).  `head` is the file's beginning when the caller has read it already.
    """
    if _named_policy(path):
        return True
    if head is None:
        head = _read_head(path)
    if head is None:
        return True
    if not head.strip() or b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if len(head) < SNIFF_BYTES or exc.start < len(head) - 3:
            return True  # not UTF-8: can't tell
        text = head[: exc.start].decode("utf-8")  # a character cut at the 256 KB boundary
    if "&#" in text:  # Chinese written as numeric entities (Word's "Save as HTML"): read them as the HTML reader does
        import html

        text = html.unescape(text)
    text = text.lower()  # once: in the generator it was lowered again for every word (up to 256 KB, 38 times)
    return any(word in text for word in POLICY_WORDS)


def discover(
    paths: Iterable[str],
    *,
    exclude: Iterable[str] = (),
    use_config: bool = True,
    default_exclude: bool | None = None,
    cache: ConfigCache | None = None,
) -> list[str]:
    """Expand directories (recursively, known extensions only); keep files and '-' as given.

    Files found inside a directory are skipped when they match an `exclude` glob (from
    --exclude) or the `exclude` key of their configuration, or, when `default_exclude` is
    on (None: as their configuration says, on by default), when they are README, SOURCES,
    CHANGELOG… files (`is_project_file`) or UTF-8 text without any privacy-policy wording
    (`looks_like_policy`; one note on stderr names them); files named explicitly are always
    checked.
    `cache` is the run's configuration cache (the files' own configurations are read once).
    """
    paths = list(paths)
    reject_empty_paths(paths)
    patterns = tuple(exclude)
    configs = ConfigCache() if cache is None else cache
    found: list[str] = []
    not_policies: list[str] = []
    reports: list[str] = []  # policylens' own reports written into a scanned folder (`own_report`)
    # Links to folders inside a scanned folder are not followed (as git and ripgrep do: one to `/` would scan the
    # disk); they were passed over without a word, so a linked folder of policies was not checked and nobody knew.
    links: list[str] = []
    unread: list[str] = []  # privacy.pdf, 隱私權政策.doc…
    unreadable: list[str] = []  # folders that cannot be listed
    excluded: dict[str, int] = {}  # policy files an `exclude` glob left out, by glob
    for raw in paths:
        path = Path(raw)
        if raw != "-" and os.path.isdir(raw):  # (never raises: a name past PATH_MAX is a file that cannot be read, u52h)
            for root, dirs, files in walk_folders(path, unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                # `os.path.islink`, not `Path.is_symlink`: a folder whose path is longer than the system takes (30 levels
                # of 200-character names) raised ENAMETOOLONG there and ended the run, no file checked (u52h); now it is
                # one `cannot be listed` warning (`walk_folders`) and the other files are checked
                links.extend(str(Path(root) / d) for d in dirs if os.path.islink(os.path.join(root, d)))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if _unread_policy(candidate):
                        own = _config_excludes(candidate.parent, configs)[0] if use_config else ()
                        if not any_glob_matches(candidate, patterns + own):
                            unread.append(str(candidate))
                    if not name.startswith(".") and (candidate.suffix.lower() in EXTENSIONS or _catalogue(candidate)):
                        own, own_default = _config_excludes(candidate.parent, configs) if use_config else ((), True)
                        skip_project = own_default if default_exclude is None else default_exclude
                        matched = next((g for g in patterns + own if glob_matches(candidate, g)), None)
                        if matched is not None:
                            source = "--exclude" if matched in patterns else str(configs.governing(candidate.parent))
                            excluded.setdefault(f"{matched!r} ({source})", 0)
                            excluded[f"{matched!r} ({source})"] += 1
                        elif not (skip_project and is_project_file(name)):
                            skip = scan_verdict(candidate)  # a FIFO would hang the run
                            # read once for both, and only when one of them reads (review u28w: not a .docx, not a
                            # policy-named .txt; `own_report` reads only HTML and Markdown)
                            head = _read_head(candidate) if skip_project and not skip and _sniffed(candidate) else None
                            if skip:
                                sys.stderr.write(f"policylens: warning: {quote_path(str(candidate))}: {skip}\n")
                            elif skip_project and own_report(candidate, head):
                                reports.append(str(candidate))
                            elif skip_project and not looks_like_policy(candidate, head):
                                not_policies.append(str(candidate))
                            else:
                                found.append(str(candidate))
        else:
            found.append(raw)
    for folder in unreadable:
        line = f"policylens: warning: {quote_path(folder)}: cannot be listed: the files in it are not checked"
        sys.stderr.write(capped(line) + "\n")  # a path past the system's limit is thousands of characters
    if links:
        many = len(links) > 1
        _note(
            links,
            f"{len(links)} link{'s' if many else ''} to {'folders were' if many else 'a folder was'} not followed",
            f"name {'one' if many else 'it'} to check its files",
        )
    if unread:
        many = len(unread) > 1
        _note(
            unread,
            f"{len(unread)} privacy document{'s' if many else ''} in a format policylens does not read {'were' if many else 'was'} skipped",
            "extract the text (pdftotext -layout FILE) or save as .docx",
        )
    if reports:
        many = len(reports) > 1
        _note(
            reports,
            f"{len(reports)} policylens report{'s' if many else ''} in the scanned folders {'were' if many else 'was'} skipped",
            "write reports outside the folders you check; --no-default-exclude checks them",
        )
    if not_policies:
        many = len(not_policies) > 1
        _note(
            not_policies,
            f"{len(not_policies)} file{'s' if many else ''} of the scanned folders {'have' if many else 'has'} no privacy-policy wording"
            f" and {'were' if many else 'was'} skipped",
            "--no-default-exclude checks them",
        )
    if not found and excluded:
        # (twenty-sixth round) every policy file of the scanned folders matched an `exclude` glob (`"**/*"`, `"*.md"`
        # in a configuration): the run said only `no policy files found (known extensions: …)`, as if there were none
        count = sum(excluded.values())
        globs = first_few(list(excluded), keep=3)
        raise UserError(
            f"no policy files found: the {count:,} policy file{'s' if count > 1 else ''} of the scanned folders"
            f" {'are' if count > 1 else 'is'} excluded by {globs}; name a file to check it anyway"
        )
    return _once(found)


def _unread_policy(path: Path) -> bool:
    """A document named as a privacy policy in a format not read (`privacy.pdf`, `隱私權政策.doc`), not hidden."""
    name = path.name.lower()
    return path.suffix.lower() in UNREAD_DOCUMENTS and not name.startswith(".") and any(w in name for w in _POLICY_NAMES)


def _note(paths: list[str], said: str, hint: str) -> None:
    """One note on stderr for paths a scan passed over: what happened, the first three paths, what to do."""
    shown = ", ".join(quote_path(p) for p in paths[:3]) + (", …" if len(paths) > 3 else "")
    sys.stderr.write(f"policylens: note: {said} ({shown}; {hint})\n")


def _once(paths: list[str]) -> list[str]:
    """Each file once, where it was first named: `check dir dir/p.txt ./dir/p.txt` reported
    p.txt three times and counted its findings thrice.  Files are the same when they are one
    inode (a symlink, a hard link, another spelling of the path); standard input and device
    paths are left to the reader, which refuses a stream named twice."""
    seen: set[object] = set()
    out: list[str] = []
    for path in paths:
        if path != "-" and not path.startswith(("/dev/", "/proc/")):
            try:
                st = os.stat(path)
                key: object = (st.st_dev, st.st_ino)
            except (OSError, ValueError):
                key = os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
        out.append(path)
    return out


def _config_excludes(folder: Path, cache: ConfigCache) -> tuple[tuple[str, ...], bool]:
    """The `exclude` globs and `default-exclude` of the configuration that governs `folder` (errors surface later)."""
    governing = cache.governing(folder)
    if governing is None:
        return (), True
    try:
        from policylens.rules import all_rules

        config = cache.load(governing, set(all_rules()))
    except UserError:
        return (), True
    return config.exclude, config.default_exclude
