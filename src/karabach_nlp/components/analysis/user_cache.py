"""HanTa analyses of the forms the shipped table lacks, kept across processes in the user's cache.

News is full of rare compounds and names ("Gewaltschutzgesetzverhandlung") that no frequency
list holds; analysing one costs ~0.5 ms each time a fresh process meets it. Once analysed, a form's
results go into ``<user cache dir>/karabach-nlp/hanta-<HanTa version>-<our version>.sqlite``
(``platformdirs``), written in batches, so later processes read them instead. The file holds only
what HanTa's analysis returns for a form, so it changes no result; delete it at any time.
``KARABACH_NLP_CACHE_DIR`` names another folder; ``off`` (or an empty value) turns it off.
Any problem with the file (read-only home, a full disk) turns it off for the process.
"""

from __future__ import annotations

import atexit
import os
import sqlite3
import struct
import threading
from functools import lru_cache
from pathlib import Path
from typing import Optional

PAIR = struct.Struct("<hd")  # (tag number, log probability as float64): exact
FLUSH_EVERY = 200  # new analyses kept in memory before they are written
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS forward (form TEXT PRIMARY KEY, pairs BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS lemma (form TEXT, tag INTEGER, lemma TEXT, tagname TEXT, PRIMARY KEY (form, tag)) WITHOUT ROWID",
)
_lock = threading.Lock()
_state: dict = {"db": None, "pid": None, "off": False, "forward": {}, "lemma": {}}


@lru_cache(maxsize=1)
def cache_file() -> Optional[Path]:
    """Where the cache lives, or None when it is turned off."""
    from importlib.metadata import version

    folder = os.environ.get("KARABACH_NLP_CACHE_DIR")
    if folder is not None and folder.strip().lower() in ("", "off", "0", "none"):
        return None
    if folder is None:
        from platformdirs import user_cache_dir

        folder = user_cache_dir("karabach-nlp", appauthor=False)
    try:
        ours, hanta = version("karabach-nlp"), version("HanTa")
    except Exception:  # pragma: no cover - metadata missing in odd installs
        return None
    return Path(folder) / f"hanta-{hanta}-{ours}.sqlite"


def _db() -> Optional[sqlite3.Connection]:
    """The connection of this process (a connection must not cross a fork), or None when off."""
    if _state["off"]:
        return None
    if _state["db"] is not None and _state["pid"] == os.getpid():
        return _state["db"]
    path = cache_file()
    if path is None:
        _state["off"] = True
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        for statement in _SCHEMA:
            db.execute(statement)
    except (sqlite3.Error, OSError):
        _state["off"] = True
        return None
    _state.update(db=db, pid=os.getpid(), forward={}, lemma={})
    return db


def _query(sql: str, args: tuple) -> Optional[tuple]:
    with _lock:
        db = _db()
        if db is None:
            return None
        try:
            return db.execute(sql, args).fetchone()
        except sqlite3.Error:
            _state["off"] = True
            return None


def forward(form: str) -> Optional[list[tuple[int, float]]]:
    row = _query("SELECT pairs FROM forward WHERE form = ?", (form,))
    return list(PAIR.iter_unpack(row[0])) if row else None


def lemma(form: str, tag: int) -> Optional[tuple[str, str]]:
    row = _query("SELECT lemma, tagname FROM lemma WHERE form = ? AND tag = ?", (form, tag))
    return (row[0], row[1]) if row else None


def remember_forward(form: str, pairs: list[tuple[int, float]]) -> None:
    _remember("forward", form, b"".join(PAIR.pack(tag, lp) for tag, lp in pairs))


def remember_lemma(form: str, tag: int, found: tuple[str, str]) -> None:
    _remember("lemma", (form, tag), found)


def _remember(kind: str, key, value) -> None:
    with _lock:
        if _db() is None:
            return
        _state[kind][key] = value
        if len(_state["forward"]) + len(_state["lemma"]) >= FLUSH_EVERY:
            _flush()


def _flush() -> None:
    db = _state["db"]
    if db is None or _state["pid"] != os.getpid():
        return
    forward_rows = list(_state["forward"].items())
    lemma_rows = [(form, tag, lem, name) for (form, tag), (lem, name) in _state["lemma"].items()]
    _state["forward"], _state["lemma"] = {}, {}
    try:
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO forward VALUES (?, ?)", forward_rows)
        db.executemany("INSERT OR IGNORE INTO lemma VALUES (?, ?, ?, ?)", lemma_rows)
        db.execute("COMMIT")
    except sqlite3.Error:
        _state["off"] = True


@atexit.register
def flush() -> None:
    """Write what is still in memory (also called at exit)."""
    with _lock:
        _flush()
