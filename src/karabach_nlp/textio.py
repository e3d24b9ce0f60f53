"""Reading article text the way spec §4 fixes offsets: decode, drop a BOM, change nothing else."""

from __future__ import annotations

import codecs
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .errors import BinaryInput, DecodingError, EmptyInput, InputIsDirectory, InputNotFound

BOM = "\ufeff"


@dataclass(frozen=True)
class Article:
    text: str
    path: Optional[str]
    sha256: str


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(data: bytes, *, encoding: str = "utf-8", name: str = "input") -> str:
    """Bytes to article text. Rejects binary data and undecodable bytes with a clear message
    instead of guessing (no silent mojibake); strips one leading BOM."""
    if b"\x00" in data[:65536]:
        raise BinaryInput(f"{name}: looks like binary data (NUL bytes), not text")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DecodingError(f"unknown encoding {encoding!r}") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise DecodingError(
            f"{name}: not valid {err.encoding} at byte {err.start} "
            f"(pass --encoding, e.g. --encoding latin-1, if the file uses another encoding)"
        ) from None
    return strip_bom(text)


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith(BOM) else text


def require_text(text: str, name: str = "input") -> str:
    if not text.strip():
        raise EmptyInput(f"{name}: contains no text")
    return text


def read_article(path: str | Path, *, encoding: str = "utf-8") -> Article:
    """Read one article from a file, or from standard input when ``path`` is ``-``."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        text = require_text(decode(data, encoding=encoding, name="stdin"), "stdin")
        return Article(text=text, path=None, sha256=checksum(text))
    p = Path(path)
    if p.is_dir():
        raise InputIsDirectory(f"{p}: is a directory; expected a text file (use 'batch' for folders)")
    if not p.exists():
        raise InputNotFound(f"{p}: no such file")
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputNotFound(f"{p}: cannot be read ({err.strerror})") from None
    text = require_text(decode(data, encoding=encoding, name=str(p)), str(p))
    return Article(text=text, path=str(p), sha256=checksum(text))


def files_in(folder: str | Path, pattern: str, what: str) -> list[Path]:
    """The files matching ``pattern`` in ``folder``, sorted; a clear error when there are none."""
    d = Path(folder)
    if not d.is_dir():
        raise InputNotFound(f"{d}: not a folder of {what}")
    files = sorted(d.glob(pattern))
    if not files:
        raise InputNotFound(f"{d}: holds no {pattern} {what}")
    return files
