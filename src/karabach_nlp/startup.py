"""A fresh process's start-up without the cyclic garbage collector's scans.

Importing spaCy and building the pipeline make a few hundred thousand long-lived objects
(modules, classes, word lists, matchers, HanTa's model). While they are made, the collector
scans them again and again (about 0.1 s CPU of a cold ``karabach-nlp extract`` of 0.9 s), though
none of them is garbage. So it is paused while they are made, and once the pipeline is built
they are moved out of its sight (``gc.freeze``, as the standard library documents for long-lived
start-up objects): later collections scan only what the articles make. Whatever is frozen stays
in memory for the life of the process, and ``gc.freeze`` takes every object of the process, so
it is done only where the process is ours (the command line, :func:`own_process`); a program that
imports the library gets the pause but keeps its own objects in the collector's sight.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator, Optional

_process_is_ours = False


def own_process() -> None:
    """Said by the command line: every object made at start-up may be frozen."""
    global _process_is_ours
    _process_is_ours = True


@contextmanager
def collector_paused(freeze: Optional[bool] = None) -> Iterator[None]:
    """No cyclic garbage collection inside the block; ``freeze``: afterwards, every object made
    so far is left out of later collections (None: only in a process of our own)."""
    if freeze is None:
        freeze = _process_is_ours
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()
