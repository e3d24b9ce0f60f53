"""A fresh process's start-up without the cyclic garbage collector's scans.

Importing spaCy and building the pipeline make a few hundred thousand long-lived objects
(modules, classes, word lists, matchers, HanTa's model). While they are made, the collector
scans them again and again (about 0.1 s CPU of a cold ``karabach-nlp extract`` of 0.9 s), though
none of them is garbage. So it is paused while they are made, and once the pipeline is built
they are moved out of its sight (``gc.freeze``, as the standard library documents for long-lived
start-up objects): later collections scan only what the articles make. Whatever is frozen stays
in memory for the life of the process.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """No cyclic garbage collection inside the block; ``freeze``: afterwards, every object made
    so far is left out of later collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()
