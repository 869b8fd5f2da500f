"""The typer application: one module per command, errors turned into exit code 2.

`main()` is the console-script entry point.  It turns `UserError` (and any other
unexpected exception) into a single `policylens: …` line on stderr and exit 2.  A
stdout closed by its reader (`policylens … | head -1`) ends every command the same quiet
way: no message, exit `EXIT_BROKEN_PIPE` (141, as the shell reports `cat big | head -1`).
"""

import contextlib
import errno
import importlib
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

from policylens import __version__
from policylens.errors import UserError

if TYPE_CHECKING:
    import typer

# typer (and click) are imported by `build_app` only: `check` with plain arguments runs
# without them (`check_run.lean_check`, about 30 ms of start-up).

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


def _root_callback() -> Callable[..., None]:
    """The application's callback (its --version option), built when typer is imported."""
    import typer

    from policylens.commands.options import version_callback

    def _root(
        version: bool = typer.Option(False, "--version", "-V", help="Show the version and exit.", callback=version_callback, is_eager=True),
    ) -> None:
        """policylens: parse, check and redline Chinese privacy policies."""

    return _root


# 128 + SIGPIPE: the status a shell shows for a command killed by a closed pipe (`cat`, `yes`).
# Not 1: `check` and `diff` exit 1 for findings and changes, which a cut-off run never counted.
EXIT_BROKEN_PIPE = 141


def build_app(only: str | None = None) -> "typer.Typer":
    """The typer application with every command, or with just `only` (faster start-up)."""
    import typer

    application = typer.Typer(
        name="policylens",
        help="Parse, check and redline Chinese privacy policies (zh-TW, zh-HK, zh-CN).",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        rich_markup_mode="rich" if _help_fits() else None,
    )
    application.callback()(_root_callback())
    command_class = _once_command_class()
    for name, target in COMMANDS.items():
        if only is None or name == only:
            module, _, function = target.partition(":")
            command = getattr(importlib.import_module(module), function)
            # the whole first paragraph as the short help: the plain help cut it at 45 characters (「Parse FILE into…」)
            summary = " ".join((command.__doc__ or "").split("\n\n")[0].split()) or None
            application.command(name, cls=command_class, short_help=summary)(command)
    return application


# Below this many columns typer's boxed help cut option names (`--explain-cover…`, `--no-default-excl…` in
# `check --help` at 80 and 90 columns): the plain help, which wraps and never cuts, is printed instead (review u26u).
HELP_BOX_COLUMNS = 100


def _help_fits() -> bool:
    """Whether the terminal (or $COLUMNS) is wide enough for the boxed help."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns >= HELP_BOX_COLUMNS  # a pipe: 80, as rich takes it


# The options that name one file the run reads or writes: given twice, click kept the last value and dropped
# the first without a word (`-o a.txt -o b.txt` wrote only b.txt, `--baseline old.json --baseline new.json`
# applied only new.json).  Since the forty-sixth round every option that takes one value is refused twice
# (`-f json -f text`, `--fail-on error --fail-on never`, `--base en --base zh-Hant`: click's "the last one wins"
# dropped the first without a word too), and so is a two-form flag (`--default-exclude --no-default-exclude`);
# a plain flag given twice means what it means once, and a list option (`--select`, `-p`) repeats.
def given_once(param: Any) -> bool:
    """Whether click's option `param` may be given only once: it takes one value, or it is a flag with two forms."""
    if getattr(param, "param_type_name", "") != "option" or getattr(param, "multiple", False) or getattr(param, "count", False):
        return False
    return not getattr(param, "is_flag", False) or bool(getattr(param, "secondary_opts", ()))


def _once_command_class() -> type:
    """typer's command class, refusing an option given more than once when only the last would count (`given_once`;
    twenty-third round for the file options, forty-sixth for every other)."""
    import typer
    from typer.core import TyperCommand

    class _Repeated(typer.TyperException):
        """A usage error, as typer's own: one line with the command's help hint, exit 2 (see `_run_typer`)."""

        exit_code = 2

        def __init__(self, message: str, ctx: typer.Context) -> None:
            super().__init__(message)
            self.ctx = ctx

    class _OnceCommand(TyperCommand):
        def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
            if args and not ctx.resilient_parsing:  # (shell completion parses half-typed lines: left alone)
                # click's own parser, on a copy: it reports each occurrence of an option, and runs no callback
                # (a usage error it raises here is the one `super().parse_args` would raise)
                _refuse_file_names_read_as_options(self, ctx, args)
                _, _, order = self.make_parser(ctx).parse_args(args=list(args))
                for param in order:
                    if given_once(param) and sum(p is param for p in order) > 1:
                        names = "/".join((*param.opts, *param.secondary_opts))
                        raise _Repeated(f"{names} is given more than once: only the last would be used; give it once", ctx)
            return super().parse_args(ctx, args)

    def _refuse_file_names_read_as_options(command: TyperCommand, ctx: typer.Context, args: list[str]) -> None:
        """A usage error for an argument that reads as an option and is the name of a file (twenty-fourth round).

        pre-commit runs the hook's entry, its `args`, then the staged file names, with no `--` between: a file
        named `-oprivacy-new.md` became `-o privacy-new.md`, so the report was written over `privacy-new.md` and
        the file was never checked (a file `--select=x-privacy.md` stopped the run on an unknown rule).  Such an
        argument is an option or a file, never both.  The value of an option (`--git -x.md`, `-o -r.txt`) and
        every argument after `--` are what they always were.
        """
        takes_value = {
            name: not (getattr(param, "is_flag", False) or getattr(param, "count", False))
            for param in command.params
            if param.param_type_name == "option"
            for name in (*param.opts, *param.secondary_opts)
        }
        value_next = False
        for argument in args:
            if value_next:
                value_next = False
                continue
            if argument == "--":
                return
            if not argument.startswith("-") or argument == "-":
                continue
            if os.path.lexists(argument):
                from policylens.render.safe import quote_path

                shown = quote_path(argument)
                raise _Repeated(
                    f"{shown} reads as an option and is also a file: put `--` before file names"
                    f" (pre-commit: end the hook's `args` with `--`), or name it ./{shown}",
                    ctx,
                )
            value_next = takes_value.get(argument, False)

    return _OnceCommand


class _ClosedStream:
    """Stands for stdout when the process was started with it closed (`policylens … >&-`)."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


class _Diagnostics:
    """Stands for stderr: a warning or error line it cannot take (`2>/dev/full`, a log on a full disk) is lost, not the run.

    (u59x) The first warning written to a full stderr raised `OSError`: the run stopped there, before its report, and
    ended with exit 1 (the code of findings) or 2, whatever it found; `check p.md 2>/dev/full` wrote no report on stdout.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except (OSError, ValueError):
            return len(text)

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


# The signals `_terminate` turned into KeyboardInterrupt.  One that lands in Python's own machinery (an import lock's
# weakref callback) has its KeyboardInterrupt printed as "Exception ignored" and lost, and the command went on to exit 0
# (thirty-second session: 2 runs in 120 of a SIGHUP sent as soon as the handler is installed): the run still ends as
# interrupted.
_SIGNALLED: list[int] = []


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so a half-written output file is removed (policylens.output)."""
    _SIGNALLED.append(signum)
    raise KeyboardInterrupt


def _quiet_lost_interrupt(unraisable: Any) -> None:
    """`sys.unraisablehook` during a run: a signal's KeyboardInterrupt lost in a callback is no traceback on stderr (the
    run ends as interrupted, see `_SIGNALLED`); anything else goes to the hook before it."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt) and _SIGNALLED:
        return
    _PREVIOUS_HOOK[-1](unraisable)


_PREVIOUS_HOOK: list[Callable[[Any], object]] = []


def _end_interrupted() -> NoReturn:
    """The one line every interruption gets, and exit 130.

    A SIGHUP landing while an import built a `collections.namedtuple` (whose class is made by `eval` of a string) ended
    `python -m policylens` by SIGINT (-2) after this line, instead of 130: 3 runs in 200 of a hangup sent as soon as the
    handler is installed (thirty-second session, tests/test_hostile24.py).  CPython marks an interruption that leaves
    code run from a string as unhandled and, under `-m`, kills itself with SIGINT after exit; `exec` of a string clears
    that mark before it runs.  With the `exec` below: 0 such exits in 360 runs.  (A plain `raise KeyboardInterrupt` inside
    `exec` does not reproduce it in isolation, so the mechanism is inferred from CPython's source, the cure measured.)
    """
    with contextlib.suppress(OSError, ValueError):  # a hung-up terminal takes stderr with it
        sys.stderr.write("policylens: interrupted\n")
    exec("None", {})  # a constant: resets CPython's unhandled-interrupt mark, see above
    sys.exit(130)


def _catch_hangup() -> None:
    """SIGHUP (the terminal closed, an SSH session dropped) unwinds as SIGTERM does (twenty-fourth round).

    Its default action ended the process where it stood: a report being written with `-o` left its hidden
    temporary file (`.report.json.x1y2z3.tmp`) beside it.  Under `nohup` (SIGHUP ignored) it stays ignored.
    """
    with contextlib.suppress(ValueError, OSError, AttributeError):  # not in the main thread, or no SIGHUP (Windows)
        if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
            signal.signal(signal.SIGHUP, _terminate)


def _silence_stdout() -> None:
    """After stdout failed, point its descriptor at /dev/null so the exit flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether `kind` is in the chain of causes of `exc` (typer turns Ctrl-C inside a command
    into a silent exit 130, and an EPIPE into exit 1, raised while handling the original)."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        if isinstance(link, kind):
            return True
        seen.add(id(link))
        link = link.__cause__ or link.__context__
    return False


def _interrupted(exc: BaseException) -> bool:
    """Whether an exit came from Ctrl-C or SIGTERM (a KeyboardInterrupt in its chain of causes)."""
    return _caused_by(exc, KeyboardInterrupt)


def _run_typer(application: "typer.Typer") -> None:
    """Run the typer application; a usage error is one stderr line, exit 2, as every other error.

    In its standalone mode typer drew a usage error (a value not among an option's choices, an
    unknown option, a missing argument) as the usage line, a hint and a boxed panel: six lines
    for `check -f markdown`.  The help that a bare command prints (`policylens`) stays as it is.
    """
    import typer

    try:
        code = application(standalone_mode=False)
    except typer.TyperException as exc:  # typer's click exceptions: a usage error, a bad parameter
        if type(exc).__name__ == "NoArgsIsHelpError":
            application()  # parsing only (no command ran): the help, printed as before
            return
        context = getattr(exc, "ctx", None)
        command = getattr(context, "info_name", None) if getattr(context, "parent", None) is not None else None
        hint = f" (see `policylens {command} --help`)" if command else (" (see `policylens --help`)" if context else "")
        message = str(getattr(exc, "format_message", exc.__str__)())
        if hint:
            message = message.rstrip(".") + hint  # 「Missing argument 'NEW' (see `policylens diff --help`)」
        raise _UsageLine(message, int(getattr(exc, "exit_code", 2))) from None
    except typer.Abort:  # typer's answer to end of input at a prompt (policylens asks none)
        raise _UsageLine("aborted", 1) from None
    if code == 130:  # typer's Ctrl-C inside a command, as a returned code in this mode
        raise KeyboardInterrupt
    if isinstance(code, int) and code:
        sys.exit(code)


class _UsageLine(UserError):
    """A usage error of typer's, on one line (its exit code kept: 2)."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# Commands that look for a configuration or profile folder from the working folder.
_FOLDER_COMMANDS = ("check", "compare", "profiles", "explain")


def _working_folder_exists() -> None:
    """A working folder deleted under the shell (`rm -rf` of the folder one is in, a lost mount) is one line.

    `check`, `compare`, `profiles` and `explain PROFILE` said `cannot write the output: No such file or directory`
    or `internal error while comparing (FileNotFoundError …)` (hostile round 25); `parse` and `diff` of absolute
    paths need no working folder and still run.
    """
    try:
        os.getcwd()
    except OSError as exc:
        raise UserError(
            f"the current folder cannot be read ({exc.strerror or exc}): it was deleted or moved; change to another folder"
        ) from None


def _utf8_unless_it_writes_chinese(stream: object) -> None:
    """Write stdout as UTF-8 when its encoding has no Chinese characters (`PYTHONIOENCODING=ascii`, `LANG=fr_FR.ISO-8859-1`).

    Every report holds Chinese text: such a stdout stopped each command at its first title with
    two lines, 「internal error: UnicodeEncodeError … *** You may need to add PYTHONIOENCODING=utf-8
    …」, after part of the report.  The report is written as `-o FILE` writes it, in UTF-8 (as git
    and ripgrep write their output whatever the locale); the C locale is UTF-8 already (PEP 538).
    """
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return
    try:
        "隱私".encode(encoding)
    except (UnicodeError, LookupError):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]


def main() -> None:
    """Run the CLI; report user errors on one stderr line with exit code 2."""
    from policylens.output import NAME_BYTES, PieceWriter

    if sys.stderr is None:
        # `policylens … 2>&-`: Python sets sys.stderr to None, so the first warning or error raised
        # again and every run ended with exit 1 (a missing file was not 2, a warning-only run not 0).
        # /dev/null takes descriptor 2 (the lowest free), which a report file could have been given.
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (open for the whole run)
    errors = sys.stderr
    if not isinstance(errors, _Diagnostics):
        sys.stderr = _Diagnostics(errors)  # type: ignore[assignment]
    original = sys.stdout
    _utf8_unless_it_writes_chinese(original)
    if getattr(original, "errors", None) == "strict":
        # Python writes stdout strictly under a UTF-8 locale (en_US.UTF-8), and with
        # surrogateescape only under C/POSIX: a file name that is not UTF-8 stopped every
        # report there with an internal error.  It is written as its bytes, as `-o` does.
        with contextlib.suppress(AttributeError, ValueError, OSError):
            original.reconfigure(errors=NAME_BYTES)  # type: ignore[union-attr]
    if original is None:
        sys.stdout = _ClosedStream()  # type: ignore[assignment]
    elif not isinstance(original, PieceWriter):
        sys.stdout = PieceWriter(original)  # type: ignore[assignment]
    _SIGNALLED.clear()  # one run's signals (a caller in this process runs several)
    _PREVIOUS_HOOK.append(sys.unraisablehook)
    sys.unraisablehook = _quiet_lost_interrupt
    try:
        _run()
    finally:
        sys.unraisablehook = _PREVIOUS_HOOK.pop()
        if isinstance(sys.stdout, PieceWriter) and original is not None:  # a caller in this process gets its stream back
            sys.stdout = original
        if isinstance(sys.stderr, _Diagnostics):
            sys.stderr = errors


def _run() -> None:
    """`main` with stdout in place: the command, and every way it can end."""
    first = sys.argv[1] if len(sys.argv) > 1 else None
    completing = any(key.endswith("_COMPLETE") for key in os.environ)
    try:
        # The handlers are installed inside the `try`: a signal that arrives just after its handler (a test sends
        # SIGHUP as soon as /proc shows it caught) unwinds as an interruption, not as a traceback and a -SIGINT exit.
        with contextlib.suppress(ValueError, OSError, AttributeError):  # not in the main thread, or no SIGTERM
            signal.signal(signal.SIGTERM, _terminate)
        _catch_hangup()
        try:
            # Building the app imports the command's modules: Ctrl-C there is an interruption too.
            app: Callable[[], None] | None = None
            if first in _FOLDER_COMMANDS:
                _working_folder_exists()
            if first == "check" and not completing:
                from policylens.commands.check_run import lean_check

                app = lean_check(sys.argv[2:])
            if app is None:
                _run_typer(build_app(first if first in COMMANDS and not completing else None))
            else:
                app()
            if _SIGNALLED:  # the signal's KeyboardInterrupt was lost on the way (see `_SIGNALLED`)
                raise KeyboardInterrupt
        except SystemExit as exc:
            # typer turns Ctrl-C inside a command into a silent exit 130; a signal whose KeyboardInterrupt was lost
            if _interrupted(exc) or _SIGNALLED:
                raise KeyboardInterrupt from None
            if exc.code and _caused_by(exc, BrokenPipeError):  # typer: exit 1
                raise BrokenPipeError from None
            raise
        finally:
            sys.stdout.flush()  # a full disk shows here, not as a message at interpreter exit
    except UserError as exc:
        sys.stderr.write(f"policylens: error: {exc}\n")
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # the reader of stdout has gone (`| head -1`): stop quietly, as `cat` does
        _silence_stdout()
        sys.stderr.close()
        sys.exit(EXIT_BROKEN_PIPE)
    except KeyboardInterrupt:
        _end_interrupted()
    except RecursionError:
        sys.stderr.write("policylens: error: the input is nested too deeply to process\n")
        sys.exit(2)
    except MemoryError:
        sys.stderr.write("policylens: error: out of memory (see --max-size)\n")
        sys.exit(2)
    except OSError as exc:
        if exc.filename is not None:  # a path the run looked at (a profile folder, a manifest's file…): not the output
            from policylens.errors import capped
            from policylens.render.safe import quote_path

            name = exc.filename if isinstance(exc.filename, str) else os.fsdecode(exc.filename)
            sys.stderr.write(f"policylens: error: {capped(f'{quote_path(name)}: {exc.strerror or exc}')}\n")
            sys.exit(2)
        # inputs are read through UserError: what is left is writing the output
        _silence_stdout()
        sys.stderr.write(f"policylens: error: cannot write the output: {exc.strerror or exc}\n")
        sys.exit(2)
    except Exception as exc:  # last resort: never show a traceback to a user
        if os.environ.get("POLICYLENS_DEBUG"):
            raise
        sys.stderr.write(f"policylens: internal error: {type(exc).__name__}: {exc} (set POLICYLENS_DEBUG=1 for a traceback)\n")
        sys.exit(2)


__all__ = ["COMMANDS", "EXIT_BROKEN_PIPE", "__version__", "build_app", "given_once", "main"]
