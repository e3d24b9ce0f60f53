"""The batch run: read articles, hand chunks to an engine, write each result line once."""

from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ..errors import KarabachError
from .engines import make_engine
from .inputs import Item, Source, discover, read_items
from .output import Done, LineWriter, OutputConflict, StreamWriter, load_done, repair_tail, with_fields
from .progress import Reporter, make_reporter
from ..components.actors.user_gazetteer import read_user_gazetteer
from .work import Result, error_result, process_chunk


@dataclass
class Summary:
    output: str
    engine: str = ""
    files: int = 0  # input files opened
    articles: int = 0  # articles written by this run
    skipped: int = 0  # already in the output (--resume)
    errors: int = 0  # error records written by this run
    casualties: int = 0
    attributions: int = 0
    actors: int = 0
    chars: int = 0  # characters of article text processed
    seconds: float = 0.0
    interrupted: bool = False
    repaired_bytes: int = 0  # torn last line cut off before resuming
    failed: list[str] = field(default_factory=list)  # "path: reason" of the first failed inputs

    def add(self, result: Result) -> None:
        """Count one finished output line."""
        if result.error is not None:
            self.add_failure(result.path, result.error)
            return
        self.articles += 1
        self.casualties += result.casualties
        self.attributions += result.attributions
        self.actors += result.actors

    def add_failure(self, path: str, reason: str) -> None:
        self.errors += 1
        if len(self.failed) < MAX_FAILED_LISTED:
            self.failed.append(f"{path}: {reason}")

    @property
    def claims(self) -> int:
        return self.casualties + self.attributions

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "claims": self.claims}

    def describe(self) -> str:
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        head = "batch interrupted" if self.interrupted else "batch done"
        return (
            f"{head}: {self.files} files read, {self.articles} articles ({rate:.1f}/s), "
            f"{self.skipped} skipped as already done, {self.errors} errors; "
            f"{self.claims} claims ({self.casualties} casualty figures, {self.attributions} attributions), "
            f"{self.actors} actors; {self.seconds:.1f} s on {self.engine} -> {self.output}"
        ) + self._failures()

    def _failures(self) -> str:
        if not self.errors:
            return ""
        more = self.errors - len(self.failed)
        lines = [f"\n{self.errors} inputs failed (error lines in the output):"]
        lines += [f"  {f}" for f in self.failed]
        if more > 0:
            lines.append(f"  ... and {more} more")
        return "\n".join(lines)


MAX_FAILED_LISTED = 20
STDOUT = "-"


class WorkerCrashed(KarabachError):
    exit_code = 12


class _StopFlag:
    """First Ctrl-C (or SIGTERM): finish the articles in flight, then stop. Second Ctrl-C: abort."""

    def __init__(self) -> None:
        self.requested = False
        self._old: dict[int, Any] = {}

    def _handle(self, signum, frame) -> None:
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self) -> "_StopFlag":
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)


def _check_output(output: Path, resume: bool, overwrite: bool) -> None:
    if str(output) == STDOUT:
        if resume or overwrite:
            raise KarabachError("--resume and --overwrite need an output file, not '-' (standard output)")
        return
    if resume and overwrite:
        raise KarabachError("--resume keeps the output and --overwrite empties it: pass one of them")
    if output.is_dir():
        raise OutputConflict(f"{output}: is a folder; --output needs a file name")
    if output.exists() and output.stat().st_size > 0 and not (resume or overwrite):
        raise OutputConflict(f"{output}: already exists; pass --resume to continue it or --overwrite to start again")


def _prepare_output(writer: LineWriter | StreamWriter, resume: bool, overwrite: bool) -> tuple[Done, int]:
    """With the output locked: cut a torn tail and read what is done, or empty it."""
    if resume:
        dropped = repair_tail(writer.path)
        return load_done(writer.path), dropped
    if overwrite:
        writer.truncate()
    return Done(), 0


# With several workers, a chunk holds at most this share of the input not yet handed out per
# worker: chunks shrink towards the end, so no worker is left with a long last chunk while the
# others wait (150 articles in chunks of 32 kept one of 2 workers idle for a fifth of the run).
TAIL_SHARE = 1 / 3


def _events(
    sources: list[Source], done: Done, summary: Summary, *, encoding: str, text_field: str,
    batch_size: int, max_chunk_chars: int, keep: Iterable[str] = (), total_bytes: int = 0, workers: int = 1,
) -> Iterator[tuple[str, Any]]:
    """('skip', item), ('error', item) or ('chunk', [items]) in input order, read lazily."""
    chunk: list[Item] = []
    chars = chunk_bytes = 0
    left = total_bytes  # input bytes not yet handed out: a proxy for the work left
    for _src, items in read_items(sources, encoding=encoding, text_field=text_field, keep=keep):
        summary.files += 1
        for item in items:
            skipped = done.has(item.path, item.sha256)
            if skipped or item.error is not None:
                left -= item.nbytes
                yield ("skip" if skipped else "error"), item
            else:
                chunk.append(item)
                chars += len(item.text)
                chunk_bytes += item.nbytes
                tail = workers > 1 and chunk_bytes * workers >= left * TAIL_SHARE
                if len(chunk) >= batch_size or chars >= max_chunk_chars or tail:
                    yield "chunk", chunk
                    chunk, chars, left, chunk_bytes = [], 0, left - chunk_bytes, 0
    if chunk:
        yield "chunk", chunk


def run(
    input: str | Path,
    output: str | Path,
    *,
    globs: Iterable[str] = ("*.txt",),
    text_field: str = "text",
    keep_fields: Iterable[str] = (),
    encoding: str = "utf-8",
    model: str = "auto",
    gazetteer: Optional[str] = None,
    workers: int = 1,
    batch_size: int = 32,
    scheduler: Optional[Any] = None,
    resume: bool = False,
    overwrite: bool = False,
    progress: str | Reporter = "none",
    max_chunk_chars: int = 500_000,
    fsync_every: float = 5.0,
) -> Summary:
    """Extract the claims of every article under ``input`` into the JSON Lines file ``output``.

    One line per article (``ArticleLine``: the ``ArticleClaims`` fields plus ``path`` and
    ``sha256``) or per input that failed (``ErrorLine``: ``path`` and ``error``), in completion
    order; ``output`` '-' streams them to standard output. ``keep_fields`` of JSON articles
    (e.g. id, url, date) are copied into each line as ``fields``. ``workers`` > 1 runs a local process pool; ``scheduler`` ('local', an address, or a
    ``distributed.Client``) runs on Dask instead. ``resume`` skips what ``output`` already holds.
    ``progress``: 'auto', 'bar', 'log', 'none' or a :class:`Reporter`.
    """
    t0 = time.monotonic()
    output = Path(output)
    summary = Summary(output=str(output))
    if gazetteer:
        read_user_gazetteer(gazetteer)  # a bad file fails here, once, not in every worker
    _check_output(output, resume, overwrite)
    to_stdout = str(output) == STDOUT
    sources = discover(input, list(globs), exclude=[] if to_stdout else [output])
    total_bytes = sum(_size(s.file) for s in sources)
    reporter = progress if isinstance(progress, Reporter) else make_reporter(progress)
    stop = _StopFlag()
    with stop:
        # The engine first: forked workers must not inherit the output's descriptor (and its lock).
        engine = make_engine(workers, model, scheduler)  # a Ctrl-C from here on stops cleanly
        summary.engine = engine.description
        aborted = True
        try:
            with (StreamWriter() if to_stdout else LineWriter(output, fsync_every=fsync_every)) as writer:
                done, summary.repaired_bytes = _prepare_output(writer, resume, overwrite)
                reporter.start(total_bytes)
                if summary.repaired_bytes:
                    reporter.message(f"batch: cut a torn last line ({summary.repaired_bytes} bytes) off {output}")
                try:
                    events = _events(sources, done, summary, encoding=encoding, text_field=text_field,
                                     batch_size=max(batch_size, 1), max_chunk_chars=max_chunk_chars,
                                     keep=keep_fields, total_bytes=total_bytes, workers=engine.workers)
                    _drive(engine, events, writer, reporter, summary, stop, model=model, batch_size=batch_size,
                           gazetteer=gazetteer)
                    aborted = False
                finally:
                    reporter.stop()
        finally:
            engine.close(cancel=True, wait=not aborted)
    summary.interrupted = stop.requested
    summary.seconds = time.monotonic() - t0
    return summary


def _drive(engine, events, writer: LineWriter | StreamWriter, reporter: Reporter, summary: Summary, stop: _StopFlag,
           *, model: str, batch_size: int, gazetteer: Optional[str] = None) -> None:
    """Keep a window of chunks in flight; write every finished line at once, in completion order."""
    window = 2 * engine.workers + 1 if engine.workers > 1 else 1
    pending: dict[Future, list[Item]] = {}
    done_bytes = 0
    exhausted = told = False

    def show() -> None:
        reporter.update(done_bytes, summary.articles, summary.errors, summary.skipped)

    while True:
        while not stop.requested and not exhausted and len(pending) < window:
            event = next(events, None)
            if event is None:
                exhausted = True
                break
            kind, payload = event
            if kind == "chunk":
                texts = [(i.path, i.sha256, i.text) for i in payload]
                pending[engine.executor.submit(process_chunk, model, batch_size, texts, gazetteer)] = payload
            elif kind == "skip":
                summary.skipped += 1
                done_bytes += payload.nbytes
            else:
                failure = error_result(payload.path, payload.error)
                writer.write(with_fields(failure.line, payload.fields))
                summary.add_failure(failure.path, failure.error)
                done_bytes += payload.nbytes
            show()
        if stop.requested and not told:
            told = True
            reporter.message("batch: stopping after the articles in progress (Ctrl-C again to abort)")
            for future in [f for f in pending if f.cancel()]:
                del pending[future]
        if not pending:
            if exhausted or stop.requested:
                return
            continue
        finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
        for future in finished:
            items = pending.pop(future)
            try:
                results = future.result()
            except BrokenProcessPool:
                raise WorkerCrashed("a worker process died; finished articles are saved, rerun with --resume") from None
            except Exception as err:  # noqa: BLE001  e.g. Dask's KilledWorker: this chunk kills workers
                if stop.requested:
                    continue  # lost to the shutdown, not to the articles: redone on resume
                results = [error_result(i.path, f"worker failed ({type(err).__name__}: {err})") for i in items]
            for item, r in zip(items, results):  # results keep the order of their chunk
                writer.write(with_fields(r.line, item.fields))
                summary.add(r)
            summary.chars += sum(len(i.text) for i in items)
            done_bytes += sum(i.nbytes for i in items)
        show()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
