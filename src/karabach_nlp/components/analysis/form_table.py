"""HanTa's analyses of frequent German word forms, computed once at build time and shipped.

``models/analysis/hanta_forms.packed`` (written by ``scripts/build/hanta_table.py``) holds, per
lower-cased form, what the tagger reads of HanTa's ``analyze_forward`` result (the tag scores that
``_tag_word``'s cut-off can keep; exact floats) and its ``_analyze`` result (lemma, tag name) for
each tag the sentence tagger may pick. The forms are sorted and packed in zlib blocks of a few
dozen rows behind a small index: a fresh process reads the file in one go (a few MB) and
unpacks only the blocks its forms fall in. Forms missing from it are analysed as before. The
table is used only when it was built with the HanTa version that is installed.

File layout: one line of JSON (``hanta`` version, ``forms`` count, ``blocks``: [first form,
byte length] per block), then the blocks. A block unpacks to lines ``form<TAB>row``, ``row``
being JSON ``[forward, lemmas]``: ``forward`` a flat list tag, score, tag, score … (or null for
a form HanTa's model precomputes itself, which the tagger never asks for), ``lemmas`` a flat
list tag, lemma, tag name, ….
"""

from __future__ import annotations

import bisect
import json
import threading
import zlib
from functools import lru_cache
from typing import Optional

from ...resources import resource_path

TABLE = ("analysis", "hanta_forms.packed")
FORMAT = 2  # the layout above (1 was an SQLite file); a file of another format is not read
_turned_off = threading.Event()


def _version() -> Optional[str]:
    from .tagger import model_version

    return model_version()


def turn_off() -> None:
    """Read nothing from the table in this process: ``scripts/build/hanta_table.py`` computes
    every analysis anew, exactly as for a form missing from the table."""
    _turned_off.set()
    _packed.cache_clear()
    _row.cache_clear()


class Packed:
    """The file in memory: the index, the blocks still packed, and those unpacked so far."""

    def __init__(self, data: bytes):
        end = data.index(b"\n")
        header = json.loads(data[:end])
        self.hanta: str = header["hanta"]
        self.format: int = header.get("format", 0)
        self.firsts: list[str] = [first for first, _ in header["blocks"]]
        self.spans: list[tuple[int, int]] = []
        offset = end + 1
        for _, length in header["blocks"]:
            self.spans.append((offset, offset + length))
            offset += length
        self.data = data
        self.blocks: dict[int, str] = {}  # unpacked so far: "\nform\trow\nform\trow…\n"

    def get(self, form: str) -> Optional[str]:
        """The packed row of ``form``, or None."""
        k = bisect.bisect_right(self.firsts, form) - 1
        if k < 0 or "\n" in form or "\t" in form:  # the separators of the layout: never a form of it
            return None
        block = self.blocks.get(k)
        if block is None:
            start, end = self.spans[k]
            block = self.blocks[k] = "\n" + zlib.decompress(self.data[start:end]).decode("utf-8") + "\n"
        at = block.find(f"\n{form}\t")
        if at < 0:
            return None
        at += len(form) + 2
        return block[at:block.index("\n", at)]

    def rows(self) -> dict[str, str]:
        """form -> packed row, every form of the table."""
        found = {}
        for k in range(len(self.firsts)):
            self.get(self.firsts[k])
            found.update(line.split("\t", 1) for line in self.blocks[k].strip("\n").split("\n"))
        return found


@lru_cache(maxsize=1)
def _packed() -> Optional[Packed]:
    path = resource_path(*TABLE)
    if _turned_off.is_set() or not path.is_file():
        return None
    packed = Packed(path.read_bytes())
    return packed if packed.format == FORMAT and packed.hanta == _version() else None


@lru_cache(maxsize=100_000)
def _row(form: str) -> Optional[tuple[Optional[tuple], tuple]]:
    packed = _packed()
    found = packed.get(form) if packed is not None else None
    if found is None:
        return None
    forward_scores, lemmas = json.loads(found)
    # tuples of plain values: the garbage collector stops tracking them (lists it scans for ever)
    return (None if forward_scores is None else tuple(forward_scores)), tuple(lemmas)


def forward(form: str) -> Optional[list[tuple[int, float]]]:
    """What the tagger reads of HanTa's ``analyze_forward(form)`` for a lower-cased form: its
    (tag, score) pairs in HanTa's order, less those ``_tag_word``'s cut-off drops whatever the
    word's case; None when not in the table."""
    row = _row(form)
    if not row or row[0] is None:  # None: a form HanTa's model precomputes itself
        return None
    flat = row[0]
    return list(zip(flat[::2], flat[1::2]))


def lemma(form: str, tag: int) -> Optional[tuple[str, str]]:
    """HanTa's ``_analyze(form, tag)`` (lemma, tag name) for a lower-cased form, or None."""
    row = _row(form)
    if not row:
        return None
    flat = row[1]
    for k in range(0, len(flat), 3):
        if flat[k] == tag:
            return flat[k + 1], flat[k + 2]
    return None
