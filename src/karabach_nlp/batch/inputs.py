"""Finding the articles of a batch: ``*.txt`` files, or ``.json``/``.jsonl`` dumps with a text field.

Every article gets a stable key, its path relative to the input folder: ``a/b.txt`` for a text
file, ``dump.jsonl:17`` for line 17 of a JSON Lines dump, ``dump.json#3`` for element 3 (from 0)
of a JSON array. Anything unreadable becomes an :class:`Item` with ``error`` set, never an
exception: one bad file must not stop a run over thousands.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import InputNotFound, KarabachError
from ..textio import checksum, decode, require_text, strip_bom

JSON_SUFFIXES = (".json", ".jsonl")


@dataclass(frozen=True)
class Item:
    """One article (``text`` and ``sha256`` set) or one input that failed (``error`` set)."""

    path: str
    text: Optional[str] = None
    sha256: Optional[str] = None
    error: Optional[str] = None
    nbytes: int = 0  # input bytes it stands for, for progress and ETA
    fields: Optional[dict] = None  # the --keep-field values of a JSON article (null when absent)


@dataclass(frozen=True)
class Source:
    """One input file and its path relative to the input root (the key written to the output)."""

    file: Path
    rel: str


def discover(root: str | Path, globs: Iterable[str] = ("*.txt",), exclude: Iterable[Path] = ()) -> list[Source]:
    """Files under ``root`` (recursively) matching any of ``globs``, in a stable order.

    ``root`` may also be a single file. ``exclude`` keeps the run's own output out of its input
    (``--glob '*.jsonl'`` with the output in the same folder would otherwise read itself).
    """
    root = Path(root)
    if not root.exists():
        raise InputNotFound(f"{root}: no such file or folder")
    skip = {p.resolve() for p in exclude}
    if root.is_file():
        return [] if root.resolve() in skip else [Source(root, root.name)]
    found: dict[str, Path] = {}
    for pattern in globs:
        for file in root.rglob(pattern):
            if file.is_file() and file.resolve() not in skip:
                found[file.relative_to(root).as_posix()] = file
    return [Source(found[rel], rel) for rel in sorted(found)]


def _article(path: str, text: str, nbytes: int, fields: Optional[dict] = None) -> Item:
    try:
        text = require_text(strip_bom(text), path)
    except KarabachError as err:
        return Item(path, error=str(err), nbytes=nbytes, fields=fields)
    return Item(path, text=text, sha256=checksum(text), nbytes=nbytes, fields=fields)


def _kept(obj, keep: tuple[str, ...]) -> Optional[dict]:
    """The ``keep`` fields of a JSON article, copied into its output line for joining."""
    if not keep:
        return None
    return {name: obj.get(name) if isinstance(obj, dict) else None for name in keep}


def _text_of(obj, text_field: str, where: str) -> str:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected a JSON object with a {text_field!r} field")
    text = obj.get(text_field)
    if not isinstance(text, str):
        raise ValueError(f"{where}: no string field {text_field!r}")
    return text


def _read_text_file(src: Source, data: bytes, encoding: str) -> Iterator[Item]:
    try:
        text = decode(data, encoding=encoding, name=src.rel)
    except KarabachError as err:
        yield Item(src.rel, error=str(err), nbytes=len(data))
        return
    yield _article(src.rel, text, len(data))


def _read_jsonl(src: Source, encoding: str, text_field: str, keep: tuple[str, ...] = ()) -> Iterator[Item]:
    # Streamed line by line: dumps can be far larger than memory.
    with src.file.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            key = f"{src.rel}:{lineno}"
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            obj = None
            try:
                obj = json.loads(raw.decode(encoding))
                text = _text_of(obj, text_field, key)
            except (UnicodeDecodeError, ValueError) as err:
                yield Item(key, error=_reason(err, key), nbytes=len(raw), fields=_kept(obj, keep))
                continue
            yield _article(key, text, len(raw), _kept(obj, keep))


def _read_json(src: Source, data: bytes, encoding: str, text_field: str, keep: tuple[str, ...] = ()) -> Iterator[Item]:
    try:
        obj = json.loads(strip_bom(data.decode(encoding)))
    except (UnicodeDecodeError, ValueError) as err:
        yield Item(src.rel, error=_reason(err, src.rel), nbytes=len(data))
        return
    if isinstance(obj, list):
        share = len(data) // max(len(obj), 1)
        for i, element in enumerate(obj):
            key = f"{src.rel}#{i}"
            try:
                yield _article(key, _text_of(element, text_field, key), share, _kept(element, keep))
            except ValueError as err:
                yield Item(key, error=str(err), nbytes=share, fields=_kept(element, keep))
        return
    try:
        yield _article(src.rel, _text_of(obj, text_field, src.rel), len(data), _kept(obj, keep))
    except ValueError as err:
        yield Item(src.rel, error=str(err), nbytes=len(data), fields=_kept(obj, keep))


def _reason(err: Exception, where: str) -> str:
    if isinstance(err, UnicodeDecodeError):
        return f"{where}: not valid {err.encoding} at byte {err.start}"
    if isinstance(err, json.JSONDecodeError):
        return f"{where}: not valid JSON ({err.msg} at line {err.lineno} column {err.colno})"
    return str(err)


def read_items(
    sources: Iterable[Source], *, encoding: str = "utf-8", text_field: str = "text", keep: Iterable[str] = ()
) -> Iterator[tuple[Source, Iterator[Item]]]:
    """For each source, the articles it holds (lazily). Reading happens as the run consumes them.
    ``keep``: fields of JSON articles to copy into their output lines (ignored for text files)."""
    keep = tuple(keep)
    for src in sources:
        yield src, _items_of(src, encoding, text_field, keep)


def _items_of(src: Source, encoding: str, text_field: str, keep: tuple[str, ...] = ()) -> Iterator[Item]:
    suffix = src.file.suffix.lower()
    if suffix == ".jsonl":
        try:
            yield from _read_jsonl(src, encoding, text_field, keep)
        except OSError as err:
            yield Item(src.rel, error=f"{src.rel}: cannot be read ({err.strerror})")
        return
    try:
        data = src.file.read_bytes()
    except OSError as err:
        yield Item(src.rel, error=f"{src.rel}: cannot be read ({err.strerror})")
        return
    if suffix == ".json":
        yield from _read_json(src, data, encoding, text_field, keep)
    else:
        yield from _read_text_file(src, data, encoding)


def find_item(root: str | Path, key: str, *, encoding: str = "utf-8", text_field: str = "text") -> Item:
    """The article a batch line's ``path`` key names, read again from the batch input ``root``
    (the folder, or the single dump, the batch ran on)."""
    root = Path(root)
    rel = key
    for sep in (":", "#"):  # dump.jsonl:17, dump.json#3
        head, _, tail = key.rpartition(sep)
        if head and tail.isdigit() and head.lower().endswith(".jsonl" if sep == ":" else ".json"):
            rel = head
    file = root if root.is_file() and root.name == rel else root / rel
    if not file.is_file():
        raise InputNotFound(f"{key}: not found under {root}")
    for item in _items_of(Source(file, rel), encoding, text_field):
        if item.path == key:
            return item
    raise InputNotFound(f"{key}: not found in {file}")
