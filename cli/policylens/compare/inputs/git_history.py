"""Versions from git history (`--git PATH`, `git_versions`): git run with a clean environment, the commits that changed
a file and its modes, an uncommitted change, a shallow clone's boundary, and a file's content at a commit
(`read_git_blob`).
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
from pathlib import Path

from policylens.compare.inputs.naming import EditionInput, canonical_tag, parse_name
from policylens.errors import UserError
from policylens.output import resolve_path

# git's variables that name a repository's files (`git rev-parse --local-env-vars`, the ones holding paths).
_GIT_PATH_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR")
_GIT_PATH_LISTS = ("GIT_ALTERNATE_OBJECT_DIRECTORIES",)


def _git_environment() -> dict[str, str] | None:
    """The environment for git, run with `-C FOLDER`: None when the inherited one is right.

    (Twenty-sixth round.)  A git hook (pre-commit, Husky) or `GIT_DIR=.git …` in a script exports `GIT_DIR`, often
    relative (`.git`), and `GIT_INDEX_FILE`; `git -C docs` then read them from `docs/`: `compare --git
    docs/zh-TW.md` said `git: fatal: not a git repository: '.git'`.  With `GIT_DIR` set and no `GIT_WORK_TREE`, git
    takes the working folder for the top of the work tree, so `-C docs` made `docs/` the top and the history of
    another path was read.  The path variables are made absolute from the folder policylens was started in, and the
    work tree is pinned to the one git sees from there, so git reads what `git log docs/zh-TW.md` typed there reads.
    """
    given = tuple((name, os.environ.get(name)) for name in _GIT_PATH_VARIABLES + _GIT_PATH_LISTS)
    if not any(value for _, value in given):
        return None
    return {**os.environ, **_git_paths(os.getcwd(), given)}


@functools.lru_cache(maxsize=4)
def _git_paths(cwd: str, given: tuple[tuple[str, str | None], ...]) -> dict[str, str]:
    """`_git_environment`'s path variables, made absolute from `cwd` (asked of git once per folder and values)."""
    env = {**os.environ, **{name: value for name, value in given if value}}
    for name in _GIT_PATH_VARIABLES:
        if env.get(name):
            env[name] = os.path.join(cwd, env[name])
    for name in _GIT_PATH_LISTS:
        if env.get(name):
            env[name] = os.pathsep.join(os.path.join(cwd, p) for p in env[name].split(os.pathsep) if p)
    if env.get("GIT_DIR") and not env.get("GIT_WORK_TREE"):
        try:
            done = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, check=False, env=env, cwd=cwd)
        except FileNotFoundError:
            done = None
        if done is not None and done.returncode == 0 and done.stdout.strip():
            env["GIT_WORK_TREE"] = os.fsdecode(done.stdout.strip())
    return {name: env[name] for name in _GIT_PATH_VARIABLES + _GIT_PATH_LISTS if env.get(name)}


def _git(root: str, *args: str) -> str:
    """git's output as text; a path's bytes that are not UTF-8 are kept (surrogateescape, as `os.fsdecode`).

    Paths are literal (`--literal-pathspecs`): as a pathspec, 「zh-Hant[1].md」 is a glob that
    matches zh-Hant1.md, whose history was compared under the other file's name, and a name
    opening with `:(` is pathspec magic.
    """
    try:
        done = subprocess.run(["git", "--literal-pathspecs", "-C", root, *args], capture_output=True, check=False, env=_git_environment())
    except FileNotFoundError:
        raise UserError("--git needs the git executable on PATH") from None
    if done.returncode != 0:
        message = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["git failed"])[-1]
        raise UserError(f"git: {message}", path=root)
    return os.fsdecode(done.stdout)


_COMMIT_HEAD = re.compile(r"[0-9a-f]{40,64}\t\S+")


def _git_commits(log: str, relative: str) -> list[tuple[str, str, str]]:
    """(sha, day, the file's name at that commit) from `git log -z --format=%x00%H%x09%cI --name-only`.

    `-z`: names come as written, NUL-terminated.  Without it git quotes a name that is not
    ASCII (「隱私權政策.md」 became `"\\351\\232…"`), so `git show` of every version failed.
    """
    commits: list[tuple[str, str, str]] = []
    tokens = log.split("\x00")
    for k, token in enumerate(tokens):
        if _COMMIT_HEAD.fullmatch(token) and (k == 0 or tokens[k - 1] == ""):
            sha, _, when = token.partition("\t")
            following = tokens[k + 1] if k + 1 < len(tokens) else ""
            name = following[1:] if following.startswith("\n") else following
            commits.append((sha, when[:10], name or relative))
    return commits


def _git_modes(log: str) -> dict[str, tuple[str, str]]:
    """The file's mode after each commit (`100644`, `120000` a symbolic link, `160000` a submodule) and the change's
    status (`M`, `A`, `R100` a rename, `C100` a copy), from `git log -z --format=%x00%H --raw`: the first raw line
    after each commit's hash."""
    modes: dict[str, tuple[str, str]] = {}
    sha = ""
    tokens = log.split("\x00")
    for k, token in enumerate(tokens):
        if _SHA.fullmatch(token) and (k == 0 or tokens[k - 1] == ""):
            sha = token
        elif sha and sha not in modes and token.lstrip("\n").startswith(":"):
            fields = token.lstrip("\n").split()
            if len(fields) > 1:
                modes[sha] = (fields[1], fields[4] if len(fields) > 4 else "")
    return modes


_SHA = re.compile(r"[0-9a-f]{40,64}")
_FILE_MODES = ("100644", "100755", "100664")


def git_versions(
    path: str, *, product: str | None = None, edition: str | None = None, skipped: list[str] | None = None
) -> list[EditionInput]:
    """Every commit that changed `path` (renames followed), oldest first, dated by its commit.

    A commit where the path is no file is passed over, named in `skipped`: a symbolic link (its "text" was the
    link's target, 「/etc/passwd」, compared as an edition), a submodule, or a folder of that name (git's pathspec
    reaches inside it: the folder's first file was read as the policy).
    """
    file = Path(path)
    if not file.exists():
        raise UserError("no such file", path=path)
    if file.is_dir():
        raise UserError("--git takes a file, not a folder", path=path)
    folder = str(resolve_path(file).parent)
    root = _git(folder, "rev-parse", "--show-toplevel").strip()
    relative = Path(os.path.relpath(resolve_path(file), resolve_path(Path(root)))).as_posix()
    log = _git(root, "log", "--follow", "--diff-filter=d", "-z", "--format=%x00%H%x09%cI", "--name-only", "--", relative)
    commits = _git_commits(log, relative)
    if not commits:
        raise UserError("git has no commit of this file", path=path)
    modes = _git_modes(_git(root, "log", "--follow", "--diff-filter=d", "-z", "--format=%x00%H", "--raw", "--no-abbrev", "--", relative))
    # git's --follow follows a copy as it follows a rename: zh-CN.md made as a copy of zh-TW.md (which stays) took
    # zh-TW.md's older versions as its own, compared as zh-CN editions under zh-CN.md's name (twenty-third round).
    # The history stops at the copy, its first version; a rename (`R`) is followed as before.
    copy = next((k for k, (sha, _, _) in enumerate(commits) if modes.get(sha, ("", ""))[1].startswith("C")), None)
    if copy is not None and copy + 1 < len(commits):
        if skipped is not None:
            source = commits[copy + 1][2]
            skipped.append(
                f"{path}@{commits[copy][0][:7]}: made as a copy of {source}; the {len(commits) - copy - 1} older commit(s) of"
                f" {source} are not its versions"
            )
        commits = commits[: copy + 1]
    names = {name for _, _, name in commits}
    kept = []
    for sha, day, name in commits:
        mode = modes.get(sha, ("100644", ""))[0]
        inside = next((n for n in names if name.startswith(f"{n}/")), None)
        if mode in _FILE_MODES and inside is None:
            kept.append((sha, day, name))
        elif skipped is not None:
            what = (
                "a symbolic link"
                if mode == "120000"
                else "a submodule"
                if mode == "160000"
                else f"a folder ({name})"
                if inside
                else f"not a file (mode {mode})"
            )
            skipped.append(f"{path}@{sha[:7]}: {inside or name} is {what} at this commit; skipped")
    commits = kept
    if not commits:
        raise UserError("git has no commit of this file (only of a link, a submodule or a folder of its name)", path=path)
    if skipped is not None and _uncommitted(root, relative):
        # the working copy is what the reviewer just edited: only commits are versions, so say that it is left out
        skipped.append(f"{path}: changed since its last commit; the changes are not compared (commit them to compare them)")
    if skipped is not None and _shallow_boundary(root, commits[-1][0]):
        skipped.append(
            f"{path}: the repository is a shallow clone and this file's history stops at {commits[-1][0][:7]}, the oldest"
            " commit fetched: older versions are not compared (`git fetch --unshallow`; in GitHub Actions, `fetch-depth: 0`)"
        )
    commits.reverse()
    parsed = parse_name(file.name)
    tag = canonical_tag(edition) if edition else (parsed[0] if parsed else None)
    owner = product or resolve_path(file).parent.name
    per_day: dict[str, int] = {}
    for _, day, _ in commits:
        per_day[day] = per_day.get(day, 0) + 1
    versions = []
    for sha, day, name in commits:
        label = day if per_day[day] == 1 else f"{day}-{sha[:7]}"
        versions.append(EditionInput(owner, tag, day, label, f"{path}@{sha[:7]}", (root, sha, name)))
    return versions


def _uncommitted(root: str, relative: str) -> bool:
    """Has the file changes not committed (staged or not)?  False when git cannot tell (a read-only or odd repository)."""
    try:
        return bool(_git(root, "status", "--porcelain", "-z", "--", relative).strip("\x00"))
    except UserError:
        return False


def _shallow_boundary(root: str, sha: str) -> bool:
    """Is `sha` where a shallow clone's history is cut (`git clone --depth 1`, CI's default checkout)?

    There git shows the commit as the file's first, so the older versions were dropped without a word: one version,
    no steps, exit 0 (hostile round 25)."""
    try:
        shallow, _, where = _git(root, "rev-parse", "--is-shallow-repository", "--git-path", "shallow").strip().partition("\n")
    except UserError:  # (a git before 2.15 knows no --is-shallow-repository)
        return False
    if shallow != "true":
        return False
    try:
        cut = (Path(root) / where.strip()).read_text(encoding="ascii", errors="replace").split()
    except OSError:
        return False
    return sha in cut


def read_git_blob(git: tuple[str, str, str]) -> bytes:
    """The file's bytes at a commit."""
    root, sha, name = git
    try:
        done = subprocess.run(["git", "-C", root, "show", f"{sha}:{name}"], capture_output=True, check=False, env=_git_environment())
    except FileNotFoundError:
        raise UserError("--git needs the git executable on PATH") from None
    if done.returncode != 0:
        raise UserError(f"git show failed: {done.stderr.decode('utf-8', 'replace').strip()}", path=f"{name}@{sha[:7]}")
    return done.stdout
