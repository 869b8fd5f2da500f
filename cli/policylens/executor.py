"""The one executor behind `check` and `compare`: run a per-item function in parallel, streaming.

`run(fn, items, jobs=…)` yields `fn(item)` for every item **in input order**, while at most a
bounded window of items is in flight, so memory stays flat however many items there are.

Backends:

- ``jobs == 1``: in this process, one item after another (no start-up cost);
- ``"process"``: a `concurrent.futures.ProcessPoolExecutor` (forked workers on Linux; the
  batch commands freeze the collector first, `commands/collector.py`, so that the workers
  leave the parent's pages alone);
- ``"dask"``: a Dask distributed cluster (`pip install 'policylens[dask]'`), either at a
  scheduler address or a `LocalCluster` started for the run (``scheduler="local"``).  Dask is
  imported only on this path.

`fn` must be a module-level function (it is pickled by reference).  Items are sent in
chunks so that short items do not pay one round trip each.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from typing import Any, TypeVar

from policylens.errors import UserError, echo

T = TypeVar("T")
R = TypeVar("R")

BACKENDS = ("process", "dask")


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _run_chunk(fn: Callable[[Any], Any], chunk: list[Any], initializer: Callable[[], None] | None = None) -> list[Any]:
    """Worker side: one chunk of items (an initializer runs once per worker process)."""
    if initializer is not None:
        _initialise_once(initializer)
    return [fn(item) for item in chunk]


_INITIALISED: set[str] = set()


def _initialise_once(initializer: Callable[[], None]) -> None:
    key = f"{initializer.__module__}.{initializer.__qualname__}"
    if key not in _INITIALISED:
        initializer()
        _INITIALISED.add(key)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


MAX_JOBS = 1024  # worker processes at most, whatever --jobs asks (a number past a C int crashed the pool)


def run(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    backend: str = "process",
    scheduler: str | None = None,
    chunk: int = 1,
    window: int | None = None,
    initializer: Callable[[], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[R]:
    """Yield `fn(item)` for each item, in input order, with `jobs` workers.

    `chunk` items travel together; at most `window` chunks (default 4 per worker) are in
    flight.  `progress(n)` is called after each finished chunk with its item count.
    `initializer` runs once in each worker before its first item (and in this process
    when ``jobs == 1``).
    """
    if backend not in BACKENDS:
        raise UserError(f"unknown executor {echo(backend)} (choose from {', '.join(BACKENDS)})")
    if jobs < 1:
        raise UserError(f"--jobs must be at least 1, not {jobs}")
    if isinstance(items, Sized):  # no more processes than chunks of work (999 workers for 120 files took 4 s)
        jobs = min(jobs, max(1, -(-len(items) // max(1, chunk))))
    jobs = min(jobs, MAX_JOBS)
    if backend == "dask":
        yield from _run_dask(
            fn, items, jobs=jobs, scheduler=scheduler, chunk=chunk, window=window, initializer=initializer, progress=progress
        )
        return
    if jobs == 1:
        if initializer is not None:
            initializer()
        for item in items:
            result = fn(item)
            if progress is not None:
                progress(1)
            yield result
        return
    yield from _run_processes(fn, items, jobs=jobs, chunk=chunk, window=window, initializer=initializer, progress=progress)


def _drain(pending: deque[Any], limit: int, get: Callable[[Any], list[R]], progress: Callable[[int], None] | None) -> Iterator[R]:
    """Yield the results of the oldest chunks until at most `limit` are pending."""
    while len(pending) > limit:
        results = get(pending.popleft())
        if progress is not None:
            progress(len(results))
        yield from results


class WorkerInterrupted(SystemExit):
    """A worker process's SIGINT, SIGTERM or SIGHUP, or the parent's stop request (u42h, u43h).

    It is raised only while the worker runs a chunk's items (`_guarded_chunk`): it unwinds them (a `compare --git`
    version's temporary folder is removed) and travels to the parent as the chunk's result, where `_result` turns it
    into the parent's own interruption.  A worker between chunks only notes the signal and runs no further chunk: it
    may be reading or writing one of the pool's pipes at that moment, and leaving mid-message (u42h's first design)
    left a message half sent or a queue lock held, and the parent (or the next worker) waiting for it forever.
    """


# How a worker ended by `WorkerInterrupted` exits: 128 + SIGHUP, SIGINT, SIGTERM.
_SIGNAL_EXITS = frozenset({129, 130, 143})

# Worker-side state: inside a chunk's items (a signal may unwind them), and the signal received (0: none).
_WORKER = {"in_chunk": 0, "stopped": 0}

# The signals the pool handles: the user's three, and the parent's own stop request to its workers.
_USER_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")
_STOP_SIGNAL = "SIGUSR1"
_JOIN_BOUND = 5.0  # seconds an interrupted run waits for its workers to unwind before it kills them


def _signal_numbers(names: Iterable[str]) -> set[int]:
    import signal

    return {number for number in (getattr(signal, name, None) for name in names) if isinstance(number, int)}


def _interrupted_worker(signum: int, frame: object) -> None:
    _WORKER["stopped"] = _WORKER["stopped"] or 128 + signum
    if _WORKER["in_chunk"]:
        raise WorkerInterrupted(_WORKER["stopped"])


def _worker_start(initializer: Callable[[], None] | None) -> None:
    """Each worker's first step: its signals stop its chunks (`WorkerInterrupted`), then the caller's initializer.

    The parent blocks the signals while it forks (`_forking`), so none reaches a worker before its handlers are in
    place; they are unblocked here.
    """
    import signal

    for number in _signal_numbers(_USER_SIGNALS):
        if signal.getsignal(number) is not signal.SIG_IGN:  # a shell's background job ignores SIGINT, nohup SIGHUP
            signal.signal(number, _interrupted_worker)
    for number in _signal_numbers((_STOP_SIGNAL,)):
        signal.signal(number, _interrupted_worker)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _signal_numbers((*_USER_SIGNALS, _STOP_SIGNAL)))
    if initializer is not None:
        initializer()


def _guarded_chunk(fn: Callable[[Any], Any], chunk: list[Any]) -> list[Any]:
    """Worker side, process pool: one chunk's items, which a signal may unwind (and none after a signal)."""
    if _WORKER["stopped"]:
        raise WorkerInterrupted(_WORKER["stopped"])
    _WORKER["in_chunk"] = 1
    try:
        if _WORKER["stopped"]:  # a signal between the test above and the flag
            raise WorkerInterrupted(_WORKER["stopped"])
        return [fn(item) for item in chunk]
    finally:
        _WORKER["in_chunk"] = 0


@contextlib.contextmanager
def _forking() -> Iterator[None]:
    """The user's signals and the stop request blocked in this thread while a submit may fork a worker."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield  # (a thread's mask is its own; Windows has none and spawns its workers)
        return
    numbers = _signal_numbers((*_USER_SIGNALS, _STOP_SIGNAL))
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, numbers)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)  # a signal that came meanwhile is delivered here


def _stop_workers(processes: dict[int, Any], bound: float = _JOIN_BOUND) -> None:
    """An abandoned pool's workers: ask each to unwind its chunk, wait for them a bounded time, then kill them.

    `shutdown(wait=False)` alone left the run's exit waiting for every running chunk (`concurrent.futures` joins its
    workers when the interpreter ends): a minute for a minute-long chunk, forever for a stuck one.  A worker between
    chunks ignores the request and ends at the pool's shutdown message; one that has not ended within `bound` seconds
    is killed (it is not inside the pool's pipes then, but in its own work).
    """
    import signal
    import time
    from multiprocessing.connection import wait

    def running(candidates: Iterable[Any]) -> list[Any]:
        # by the sentinel, not is_alive(): concurrent.futures' own thread may reap a worker meanwhile, and a
        # reaped worker's is_alive() stays True (so its number, perhaps reused, would be signalled)
        alive = []
        for process in candidates:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                if not wait([process.sentinel], 0):
                    alive.append(process)
        return alive

    def send(targets: list[Any], signum: int) -> None:
        for process in targets:
            with contextlib.suppress(OSError):
                os.kill(process.pid, signum)

    (stop,) = _signal_numbers((_STOP_SIGNAL,)) or {signal.SIGTERM}
    left = running(processes.values())
    send(left, stop)
    deadline = time.monotonic() + bound
    while left and time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError):
            wait([process.sentinel for process in left], max(0.0, deadline - time.monotonic()))
        left = running(left)
    if left:
        send(left, signal.SIGKILL)
        with contextlib.suppress(OSError, ValueError):
            wait([process.sentinel for process in left], 1.0)


def _run_processes(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    chunk: int,
    window: int | None,
    initializer: Callable[[], None] | None,
    progress: Callable[[int], None] | None,
) -> Iterator[R]:
    from concurrent.futures import ProcessPoolExecutor

    limit = window or 4 * jobs
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, initargs=(initializer,))
    finished = False
    seen: dict[int, Any] = {}  # every worker started, by pid (shutdown, or a broken pool, forgets them)

    def result(future: Any) -> Any:
        try:
            return _result(future)
        except UserError:
            if any(p.exitcode in _SIGNAL_EXITS for p in seen.values()):
                raise KeyboardInterrupt from None  # a worker ended by Ctrl-C or SIGTERM broke the pool: an interruption
            raise

    try:
        pending: deque[Any] = deque()
        for part in _chunks(items, chunk):
            with _forking():
                pending.append(pool.submit(_guarded_chunk, fn, part))
            seen.update(getattr(pool, "_processes", None) or {})  # (a private table: empty if a later Python renames it)
            yield from _drain(pending, limit, result, progress)
        yield from _drain(pending, 0, result, progress)
        finished = True
    finally:
        # On an error, Ctrl-C or a consumer that stops early, queued chunks are dropped and the chunks in flight are
        # unwound (u43h): the run neither waits for them nor leaves a worker behind.
        pool.shutdown(wait=finished, cancel_futures=not finished)
        if not finished:
            _stop_workers(seen)


def _result(future: Any) -> Any:
    """A chunk's results; a worker killed from outside (the kernel's out-of-memory killer, `kill -9`) is one line.

    It was `internal error: BrokenProcessPool: A process in the process pool was terminated abruptly…` (hostile round 25).
    """
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except WorkerInterrupted:
        raise KeyboardInterrupt from None  # the worker's signal reached this process too, or will: the run is interrupted
    except BrokenProcessPool:
        raise UserError(
            "a worker process was killed (by the system, out of memory?) before it finished: run again with --jobs 1, or with more memory"
        ) from None


_HOST_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_IPV6_CHARACTERS = frozenset("0123456789abcdefABCDEF:.")


def _split_address(address: str) -> tuple[str, str, str] | None:
    """(scheme, host, port) of `[scheme://]host:port` as `dask scheduler` prints it (the host a
    name, an IPv4 address or an IPv6 address in brackets), or None."""
    scheme, separator, rest = address.partition("://")
    if not separator:
        scheme, rest = "", address
    host, colon, port = rest.rpartition(":")
    if not colon or not host or not (port.isascii() and port.isdigit() and len(port) <= 5):
        return None
    if scheme and not (scheme.isascii() and scheme[0].isalpha() and all(c.isalnum() or c in "+.-" for c in scheme)):
        return None
    bracketed = host.startswith("[") and host.endswith("]") and len(host) > 2 and set(host[1:-1]) <= _IPV6_CHARACTERS
    if not bracketed and not set(host) <= _HOST_CHARACTERS:
        return None
    return scheme.lower(), host, port


def scheduler_address(value: str) -> str:
    """`--scheduler` checked before any file is read: 'local', or a host and port Dask can connect to.

    Dask's own parsing turned a mistyped address into an internal error (`nonsense`: missing
    port; `foo://h:1`: unknown scheme; `tls://h:1`: a TypeError about an SSL context) and a
    port out of range into a 20-second timeout.
    """
    address = value.strip()
    if address == "local":
        return address
    parts = _split_address(address)
    if parts is None:
        raise UserError(f"--scheduler {echo(value)}: not a scheduler address (tcp://host:8786, host:8786 or 'local')")
    scheme, _, port = parts
    scheme = scheme or "tcp"
    if scheme in ("tls", "wss"):
        raise UserError(
            f"--scheduler {echo(value)}: {scheme}:// needs TLS certificates, which policylens does not configure; use tcp:// or ws://"
        )
    if scheme not in ("tcp", "ws"):
        raise UserError(f"--scheduler {echo(value)}: unknown protocol {scheme}:// (use tcp:// or ws://)")
    if not 1 <= int(port) <= 65535:
        raise UserError(f"--scheduler {echo(value)}: port {int(port)} is not between 1 and 65535")
    return address


@contextlib.contextmanager
def _dask_client(scheduler: str | None, jobs: int) -> Iterator[Any]:
    """A `dask.distributed.Client` for an address, or for a LocalCluster of `jobs` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UserError("--executor dask needs Dask distributed: pip install 'policylens[dask]'") from None
    if not scheduler:
        raise UserError("--executor dask needs --scheduler ADDRESS (tcp://host:8786) or --scheduler local")
    if scheduler.strip() == "local":
        with (
            LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(scheduler_address(scheduler), timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise UserError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    except Exception as exc:  # whatever Dask's handshake raises on a stranger's bytes
        # (u52h) another service at that address (a web server, sshd): Dask read its first bytes as a frame length
        # and asked for exabytes (`MemoryError`, shown as "out of memory (see --max-size)") or more than an index
        # holds (`OverflowError`), or unpacked too few bytes (`struct.error`): an internal error or a wrong story.
        kind = type(exc).__name__ if type(exc).__module__ == "builtins" else f"{type(exc).__module__}.{type(exc).__name__}"
        raise UserError(f"cannot reach the Dask scheduler {scheduler}: it did not answer as a Dask scheduler ({kind})") from None
    with client:
        yield client


def _run_dask(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    scheduler: str | None,
    chunk: int,
    window: int | None,
    initializer: Callable[[], None] | None,
    progress: Callable[[int], None] | None,
) -> Iterator[R]:
    with _dask_client(scheduler, jobs) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        limit = window or 4 * workers
        pending: deque[Any] = deque()
        try:
            for part in _chunks(items, chunk):
                pending.append(client.submit(_run_chunk, fn, part, initializer, pure=False))
                yield from _drain(pending, limit, lambda f: f.result(), progress)
            yield from _drain(pending, 0, lambda f: f.result(), progress)
        finally:
            for future in pending:
                future.cancel()
