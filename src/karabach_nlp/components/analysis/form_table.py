"""HanTa's analyses of frequent German word forms, computed once at build time and shipped.

``models/analysis/hanta_forms.sqlite`` (written by ``scripts/build/hanta_table.py``) holds, per
lower-cased form, HanTa's ``analyze_forward`` result (tag scores, packed float64: exact) and its ``_analyze`` result
(lemma) for each tag the sentence tagger may pick. SQLite answers one form at a time from the
file, so a fresh process pays nothing to open it; forms missing from it are analysed as before.
The table is used only when it was built with the HanTa version that is installed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
import threading
from functools import lru_cache
from typing import Optional

from ...resources import resource_path

TABLE = ("analysis", "hanta_forms.sqlite")
PAIR = struct.Struct("<hd")  # (tag number, log probability as float64): exact
_local = threading.local()  # sqlite connections are per thread
_turned_off = threading.Event()


def _version() -> Optional[str]:
    from .tagger import model_version

    return model_version()


def turn_off() -> None:
    """Read nothing from the table in this process: ``scripts/build/hanta_table.py`` computes
    every analysis anew, exactly as for a form missing from the table."""
    _turned_off.set()
    _usable.cache_clear()
    _row.cache_clear()


@lru_cache(maxsize=1)
def _usable() -> bool:
    path = resource_path(*TABLE)
    if _turned_off.is_set() or not path.is_file():
        return False
    with sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True) as db:
        row = db.execute("SELECT value FROM meta WHERE key = 'hanta'").fetchone()
    return row is not None and row[0] == _version()


def _db() -> Optional[sqlite3.Connection]:
    if not _usable():
        return None
    # one connection per thread and per process: a connection must not cross a fork (batch workers)
    db, pid = getattr(_local, "db", (None, None))
    if db is None or pid != os.getpid():
        path = resource_path(*TABLE)
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        _local.db = (db, os.getpid())
    return db


@lru_cache(maxsize=100_000)
def _row(form: str) -> Optional[tuple[Optional[bytes], str]]:
    db = _db()
    if db is None:
        return None
    return db.execute("SELECT forward, lemmas FROM forms WHERE form = ?", (form,)).fetchone()


def forward(form: str) -> Optional[list[tuple[int, float]]]:
    """HanTa's ``analyze_forward(form)`` for a lower-cased form, or None when not in the table."""
    row = _row(form)
    if not row or row[0] is None:  # None: a form HanTa's model precomputes itself
        return None
    return list(PAIR.iter_unpack(row[0]))


def lemma(form: str, tag: int) -> Optional[tuple[str, str]]:
    """HanTa's ``_analyze(form, tag)`` (lemma, tag name) for a lower-cased form, or None."""
    row = _row(form)
    if not row:
        return None
    found = json.loads(row[1]).get(str(tag))
    return tuple(found) if found else None
