"""`policylens profiles`: the disclosure profiles (built-in and from `profile-paths`) and their items."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from policylens.commands.options import VersionOpt, named_path
from policylens.errors import UserError, echo


def profile_folders(config: Path | None = None) -> tuple[Path, ...]:
    """The `profile-paths` of the configuration that governs the current folder (or `config`)."""
    from policylens.config import find_config, load_config
    from policylens.rules import all_rules

    found = config or find_config(Path.cwd())
    if found is None:
        return ()
    return load_config(found, rule_ids=set(all_rules())).profile_paths


def profiles(
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: text or json.", metavar="<text|json>")] = "text",
    config: Annotated[
        Path | None,
        typer.Option("--config", help="Read `profile-paths` from this configuration file.", parser=named_path, metavar="<path>"),
    ] = None,
    version: VersionOpt = False,
) -> None:
    """List the disclosure profiles for `check --profile`, with their items and legal references."""
    from policylens.profiles import available, load_profile

    if config is not None:
        from policylens.config import require_config

        require_config(config)
    if format not in ("text", "json"):
        raise UserError(f"unknown --format {echo(format)} (choose text or json)")
    loaded = [load_profile(path) for path in available(profile_folders(config)).values()]
    if format == "json":
        import json

        data = [
            {
                "profile": p.name,
                "title": p.title,
                "law": p.law,
                "path": str(p.path),
                "items": [{"item": i.id, "name": i.name, "reference": i.reference, "conditional": i.conditional} for i in p.items],
            }
            for p in loaded
        ]
        from policylens.render.safe import json_named

        # a profile file named with a byte that is not UTF-8: `\xe9` in `path`, its bytes in `path_bytes`
        sys.stdout.write(json_named(data, lambda o: json.dumps(o, ensure_ascii=False, indent=2)) + "\n")
        return
    from policylens.render import listing_width
    from policylens.render.diffview import hang
    from policylens.render.safe import visible_line

    # a user profile's law, names and references are text from a file: ESC, BEL or a newline in them
    # would drive the terminal or start a line of their own (the same for `explain PROFILE`)
    columns = listing_width(sys.stdout)
    for p in loaded:
        sys.stdout.write(hang(f"{p.name}  ", f"{visible_line(p.law)}  ({len(p.items)} items)", columns) + "\n")
        width = max(len(i.id) for i in p.items)
        for i in p.items:
            flag = " (conditional)" if i.conditional else ""
            sys.stdout.write(hang(f"  {i.id:<{width}}  ", f"{visible_line(i.name)} — {visible_line(i.reference)}{flag}", columns) + "\n")


def explain_profile(name: str) -> bool:
    """Print a profile (or one item, `profile/item`) in full; False when there is no such profile."""
    from policylens.profiles import available, load_profile
    from policylens.profiles.coverage import RULE_DOC, RULE_ID

    if name == RULE_ID:
        sys.stdout.write(f"# {RULE_ID} (warning)\n\n{RULE_DOC}\n")
        return True
    profile_name, _, item_name = name.partition("/")
    known = available(profile_folders())
    if profile_name not in known:
        return False
    p = load_profile(known[profile_name])
    items = [i for i in p.items if not item_name or i.id == name]
    if not items:
        raise UserError(f"unknown item {echo(name)} (see `policylens explain {profile_name}`)")
    from policylens.render.safe import SafeWriter, quote_path
    from policylens.render.safe import visible_line as one

    # A title, name, law or reference stays on its line (a user profile's `title = "T\nforged"` started a line of
    # its own under the heading); the summary, condition, rule and hint are prose, their line breaks kept.
    out = SafeWriter(sys.stdout)
    if not item_name:
        out.write(f"# {p.name}: {one(p.title)}\n\n{one(p.law)}\n")
        if p.summary:
            out.write(f"\n{p.summary}\n")
        if p.url:
            out.write(f"\n{one(p.url)}\n")
        out.write(f"\nFile: {quote_path(str(p.path))}\n")
    for i in items:
        out.write(f"\n## {i.id}: {one(i.name)}" + (f" ({one(i.name_en)})" if i.name_en != i.name else "") + "\n\n")
        out.write(f"Reference: {one(i.reference)}\n")
        if i.conditional:
            out.write(f"Applies when: {i.condition}\n")
        out.write(f"Covered when: {i.rule}\n")
        out.write(f"If missing: {i.hint}\n")
    return True
