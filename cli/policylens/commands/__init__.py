"""The typer application: one module per command, errors turned into exit code 2.

`main()` is the console-script entry point.  It turns `UserError` (and any other
unexpected exception) into a single `policylens: …` line on stderr and exit 2.
"""

from __future__ import annotations

import importlib
import os
import sys

import typer

from policylens import __version__
from policylens.commands.options import version_callback
from policylens.errors import UserError

# name → "module:function"; a run of one command imports and registers only that one.
COMMANDS = {
    "parse": "policylens.commands.parse:parse",
    "check": "policylens.commands.check:check",
    "diff": "policylens.commands.diff:diff",
    "compare": "policylens.commands.compare:compare",
    "rules": "policylens.commands.rules:rules",
    "explain": "policylens.commands.rules:explain",
    "profiles": "policylens.commands.profiles:profiles",
}


def _root(
    version: bool = typer.Option(False, "--version", "-V", help="Show the version and exit.", callback=version_callback, is_eager=True),
) -> None:
    """policylens: parse, check and redline Chinese privacy policies."""


def build_app(only: str | None = None) -> typer.Typer:
    """The typer application with every command, or with just `only` (faster start-up)."""
    application = typer.Typer(
        name="policylens",
        help="Parse, check and redline Chinese privacy policies (zh-TW, zh-HK, zh-CN).",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    application.callback()(_root)
    for name, target in COMMANDS.items():
        if only is None or name == only:
            module, _, function = target.partition(":")
            application.command(name)(getattr(importlib.import_module(module), function))
    return application


def main() -> None:
    """Run the CLI; report user errors on one stderr line with exit code 2."""
    first = sys.argv[1] if len(sys.argv) > 1 else None
    completing = any(key.endswith("_COMPLETE") for key in os.environ)
    app = build_app(first if first in COMMANDS and not completing else None)
    try:
        app()
    except UserError as exc:
        sys.stderr.write(f"policylens: error: {exc}\n")
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
    except KeyboardInterrupt:
        sys.stderr.write("policylens: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # last resort: never show a traceback to a user
        if os.environ.get("POLICYLENS_DEBUG"):
            raise
        sys.stderr.write(f"policylens: internal error: {type(exc).__name__}: {exc} (set POLICYLENS_DEBUG=1 for a traceback)\n")
        sys.exit(2)


__all__ = ["COMMANDS", "__version__", "build_app", "main"]
