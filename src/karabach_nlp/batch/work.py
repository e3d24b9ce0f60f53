"""What runs where the NLP runs: in this process, a pool worker or a Dask worker.

Texts go in, finished output lines come back: serialising to JSON on the worker keeps the
process that writes the file light, so it does not become the bottleneck of a parallel run.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from dataclasses import dataclass
from typing import Optional

from spacy.language import Language

from .. import api, pipeline
from .output import ErrorLine

_local = threading.local()
LOADS = 0  # how many pipelines this process has built (checked by the tests)


def worker_pipeline(model: str, gazetteer: Optional[str] = None) -> Language:
    """The pipeline of this worker, built on first use and then reused.

    One per thread: a Dask worker may run tasks on several threads, and a spaCy pipeline is not
    meant to be shared between threads. With one thread per worker this is one per worker. The
    main thread shares ``pipeline.load``'s, so a batch inside a program that already loaded the
    pipeline does not build a second one.
    """
    global LOADS
    cache = getattr(_local, "pipelines", None)
    if cache is None:
        cache = _local.pipelines = {}
    key = (model, gazetteer)
    if key not in cache:
        on_main = threading.current_thread() is threading.main_thread()
        config = {"karabach_actors": {"gazetteer": gazetteer}} if gazetteer else None
        cache[key] = pipeline.load(model, gazetteer=gazetteer) if on_main else pipeline.build(model, config=config)
        LOADS += 1
    return cache[key]


@dataclass(frozen=True)
class Result:
    """One output line and what it counts for the summary."""

    path: str
    line: str
    error: Optional[str] = None
    casualties: int = 0
    attributions: int = 0
    actors: int = 0


def error_result(path: str, error: str) -> Result:
    """An error record; the reason drops a leading "PATH: " since the record carries the path."""
    if error.startswith(path + ": "):
        error = error[len(path) + 2 :]
    return Result(path, ErrorLine(path=path, error=error).model_dump_json(exclude_none=True), error=error)


def _article_result(path: str, sha256: str, doc, nlp: Language) -> Result:
    claims = api.claims_from_doc(doc, nlp, path=path)
    # An ArticleLine with its key first, so a reader sees which article a line is at a glance.
    line = f'{{"path":{json.dumps(path, ensure_ascii=False)},"sha256":"{sha256}",' + claims.model_dump_json()[1:]
    return Result(
        path,
        line,
        casualties=len(claims.casualties),
        attributions=len(claims.attributions),
        actors=len(claims.actors),
    )


def process_chunk(model: str, batch_size: int, chunk: list[tuple[str, str, str]],
                  gazetteer: Optional[str] = None) -> list[Result]:
    """Claims of a chunk of ``(path, sha256, text)`` articles, as output lines.

    A component that fails on one article turns that article into an error record; the others
    of the chunk are still processed.
    """
    nlp = worker_pipeline(model, gazetteer)
    try:
        docs = list(nlp.pipe((text for _, _, text in chunk), batch_size=batch_size))
        return [_article_result(p, s, doc, nlp) for (p, s, _), doc in zip(chunk, docs)]
    except Exception:  # noqa: BLE001  one bad article must not cost the chunk: redo one by one
        pass
    results = []
    for path, sha256, text in chunk:
        try:
            results.append(_article_result(path, sha256, nlp(text), nlp))
        except Exception as err:  # noqa: BLE001
            results.append(error_result(path, f"{path}: processing failed ({type(err).__name__}: {err})"))
    return results


def init_pool_worker(model: str) -> None:
    """Initializer of a local pool process: leave Ctrl-C to the parent, load the pipeline once,
    and exit if the parent dies (a killed batch must not leave workers behind)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # started with Ctrl-C blocked (engines.sigint_blocked)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    parent = os.getppid()

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            threading.Event().wait(1.0)

    threading.Thread(target=watch, name="karabach-parent-watch", daemon=True).start()
    worker_pipeline(model)


def pool_worker_ready() -> bool:
    """A no-op task: submitting one per worker makes the pool start all its processes at once."""
    return True
