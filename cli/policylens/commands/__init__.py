"""The typer application: one module per command, errors turned into exit code 2.

`main()` is the console-script entry point.  It turns `UserError` (and any other
unexpected exception) into a single `policylens: …` line on stderr and exit 2.
"""

from __future__ import annotations

import os
import sys

import typer

from policylens import __version__
from policylens.commands import check as check_cmd
from policylens.commands import parse as parse_cmd
from policylens.commands import rules as rules_cmd
from policylens.commands.options import version_callback
from policylens.errors import UserError

app = typer.Typer(
    name="policylens",
    help="Parse, check and redline Chinese privacy policies (zh-TW, zh-HK, zh-CN).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", "-V", help="Show the version and exit.", callback=version_callback, is_eager=True),
) -> None:
    """policylens: parse, check and redline Chinese privacy policies."""


app.command("parse")(parse_cmd.parse)
app.command("check")(check_cmd.check)
app.command("rules")(rules_cmd.rules)
app.command("explain")(rules_cmd.explain)


def main() -> None:
    """Run the CLI; report user errors on one stderr line with exit code 2."""
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


__all__ = ["__version__", "app", "main"]
