"""Where the chunks run: in this process, in a local process pool, or on a Dask cluster.

All three hand out ``concurrent.futures.Future`` objects, so the run loop is the same for each.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
from contextlib import contextmanager
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, Optional

from ..errors import KarabachError
from .work import init_pool_worker, pool_worker_ready, worker_pipeline


class SchedulerError(KarabachError):
    """Dask is missing, or the scheduler cannot be reached."""

    exit_code = 11


class InlineExecutor(Executor):
    """Runs each task at once in this process (``--workers 1``): no pickling, no start-up cost."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as err:  # noqa: BLE001  handed to the caller like any future's error
            future.set_exception(err)
        return future


class Engine:
    """An executor plus what it takes to shut it down; ``workers`` sizes the window of chunks in flight."""

    def __init__(self, executor: Executor, workers: int, description: str, closers: tuple = ()):
        self.executor = executor
        self.workers = workers
        self.description = description
        self._closers = closers

    def close(self, cancel: bool = False, wait: bool = True) -> None:
        self.executor.shutdown(wait=wait, cancel_futures=cancel)
        for close in self._closers:
            close()


@contextmanager
def sigint_blocked():
    """Block Ctrl-C while starting worker processes: they inherit the mask, so a Ctrl-C from the
    terminal (sent to every process of the group) cannot kill one while it is still importing
    spaCy, before it could set its own handler. A Ctrl-C meanwhile reaches the parent afterwards."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextmanager
def sigint_ignored():
    """Ignore Ctrl-C while Dask starts its worker processes, from whichever thread it starts them:
    they inherit the ignored disposition across exec, and Python leaves an inherited SIG_IGN as
    it is. (A Ctrl-C during those seconds is dropped; the next one stops the run.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def _fork_is_safe() -> bool:
    # fork copies only the calling thread: safe when it is the only one (the CLI, before its
    # progress bar starts); on macOS system libraries break after fork, so never there.
    return sys.platform.startswith("linux") and threading.active_count() == 1


def local_engine(workers: int, model: str) -> Engine:
    if workers <= 1:
        return Engine(InlineExecutor(), 1, "1 process")
    if _fork_is_safe():
        # Build the pipeline once here and fork: the workers start at once with it in memory
        # (shared copy-on-write), instead of each importing spaCy and building it again.
        worker_pipeline(model)
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=init_pool_worker, initargs=(model,)
    )
    with sigint_blocked():
        for _ in range(workers):  # start every process now, while Ctrl-C is blocked for them
            pool.submit(pool_worker_ready)
    return Engine(pool, workers, f"{workers} processes")


def dask_engine(scheduler: Any, workers: int) -> Engine:
    """``scheduler``: 'local' (a LocalCluster of ``workers`` processes), a scheduler address such
    as ``tcp://10.0.0.5:8786``, or a ``distributed.Client`` already connected."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SchedulerError(
            "--scheduler needs Dask: pip install 'karabach-nlp[dask]'"
        ) from None
    closers: tuple = ()
    if isinstance(scheduler, Client):
        client = scheduler
        where = f"Dask at {client.scheduler.address}"
    elif scheduler == "local":
        try:
            with sigint_ignored():  # Ctrl-C is for this process to handle, not for the workers
                cluster = LocalCluster(
                    n_workers=max(workers, 1), threads_per_worker=1, processes=True, dashboard_address=None
                )
        except (RuntimeError, OSError, TimeoutError) as err:
            # e.g. a script without an `if __name__ == "__main__":` guard, which spawned workers re-run
            raise SchedulerError(f"cannot start a Dask LocalCluster: {err}") from None
        client = Client(cluster)
        closers = (client.close, cluster.close)
        n = max(workers, 1)
        where = f"Dask LocalCluster of {n} process{'es' if n > 1 else ''}"
    else:
        try:
            client = Client(str(scheduler), timeout="10s")
        except (OSError, TimeoutError) as err:
            raise SchedulerError(f"cannot reach Dask scheduler {scheduler}: {err}") from None
        closers = (client.close,)
        where = f"Dask at {scheduler}"
    threads = sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values())
    executor = client.get_executor(pure=False)
    return Engine(_DaskExecutor(executor), max(threads, workers, 1), where, closers)


class _DaskExecutor(Executor):
    """Dask's executor, minus its ``shutdown`` (which would wait on futures we already cancelled)."""

    def __init__(self, inner: Executor):
        self.inner = inner

    def submit(self, fn, /, *args, **kwargs) -> Future:
        return self.inner.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.inner.shutdown(wait=wait and not cancel_futures)


def make_engine(workers: int, model: str, scheduler: Optional[Any] = None) -> Engine:
    if scheduler is not None:
        return dask_engine(scheduler, workers)
    return local_engine(workers, model)
