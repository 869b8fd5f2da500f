"""The console-script entry point: `policylens` and `python -m policylens` start here.

It prepares the process before the CLI's imports, then hands over to
`policylens.commands.main` (the typer application, which turns errors into one
stderr line and exit code 2).  Nothing heavy is imported before that hand-over.
"""

import gc
import os

# Start-up allocates tens of thousands of long-lived objects (typer and click, the
# package's modules, tables and compiled patterns) and almost no cyclic garbage.  With
# Python's default gen-0 threshold of 700, the collector ran over them again and again:
# about 13 ms of the ~100 ms that `policylens parse` takes (benchmarks/bench_parse.py).
# Every command then allocates many small, acyclic tuples (`check` already collected
# only every 20,000 allocations while checking), so the raised thresholds stay for the run.
GC_THRESHOLDS = (20_000, 20, 20)


def main(*, fast_exit: bool = True) -> None:
    """Run the policylens command line (see `policylens.commands.main`).

    `fast_exit` (the console script) ends the process without tearing the interpreter down;
    `python -m policylens` passes False, so that a wrapper (`python -m cProfile -m policylens`,
    `runpy`) still runs its own code after the command."""
    if os.environ.get("POLICYLENS_GC") != "default":  # `default` keeps Python's settings, for measuring
        gc.set_threshold(*GC_THRESHOLDS)
    try:
        from policylens.commands import main as run
    except KeyboardInterrupt:  # Ctrl-C while the CLI is imported: the line every interruption gets, no traceback
        import sys

        sys.stderr.write("policylens: interrupted\n")
        raise SystemExit(130) from None
    try:
        run()
    except SystemExit as exc:
        if fast_exit:
            _exit_now(exc)
        raise


def _exit_now(exc: SystemExit) -> None:
    """End the process as `raise exc` would, without tearing the interpreter down first.

    Freeing every object of a run at exit costs about 2.5% of checking 20 files (~38 M
    instructions): the exit handlers run and the streams are flushed, then `os._exit`.
    Returns, for the ordinary exit, when anything is unusual: a message instead of a
    code, another thread alive, or a stream that cannot be flushed (closed after a
    broken pipe, a full disk).  Only at the console script's entry (not `python -m`): a caller of
    `policylens.commands.main` in its own process (the tests) gets `SystemExit`.
    """
    import atexit
    import sys

    code = 0 if exc.code is None else exc.code
    threading = sys.modules.get("threading")
    if not isinstance(code, int) or (threading is not None and threading.active_count() > 1):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # the ordinary exit reports it as before
        return
    atexit._run_exitfuncs()  # type: ignore[attr-defined]  # as at an ordinary exit: the pattern store is written here
    os._exit(code)


__all__ = ["GC_THRESHOLDS", "main"]
