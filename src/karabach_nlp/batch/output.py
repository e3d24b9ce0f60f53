"""The batch output: one JSON line per article, written so that no crash can leave a torn line
that a resumed run would trust.

- Each line goes to the file with one ``write`` call on an ``O_APPEND`` descriptor (no user-space
  buffer to lose); ``fsync`` runs at checkpoints and at the end.
- A process killed in the middle of a ``write`` can still leave a partial last line, so a resumed
  run first cuts the file back to its last newline (:func:`repair_tail`).
- :func:`load_done` reads what an earlier run finished, so ``--resume`` skips it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, TextIO, Union

from pydantic import Field, RootModel

from ..errors import KarabachError
from ..records import ArticleClaims, Record


class OutputConflict(KarabachError):
    """The output file exists and may not be appended to, or is not a batch output."""

    exit_code = 10


class ArticleLine(ArticleClaims):
    """One output line for an article: its claims plus the key ``--resume`` looks for."""

    path: str
    sha256: str
    fields: Optional[dict[str, Any]] = Field(
        default=None, description="The --keep-field values of a JSON article (null where it lacks one)."
    )


class ErrorLine(Record):
    """One output line for an input that could not be read, decoded or processed."""

    path: str
    error: str
    fields: Optional[dict[str, Any]] = Field(default=None, description="The --keep-field values, when readable.")


class BatchLine(RootModel[Union[ArticleLine, ErrorLine]]):
    """A line of the batch output: an article's claims or a failed input (it has ``error``)."""


def with_fields(line: str, fields: Optional[dict[str, Any]]) -> str:
    """``line`` (one JSON object) with the kept fields added as its last member."""
    if fields is None:
        return line
    return line[:-1] + ',"fields":' + json.dumps(fields, ensure_ascii=False, separators=(",", ":")) + "}"


def repair_tail(path: Path) -> int:
    """Cut a torn (newline-less) last line off ``path``; returns how many bytes were dropped."""
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            step = min(65536, end)
            fh.seek(end - step)
            block = fh.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                end = end - step + nl + 1
                break
            end -= step
        if end < size:
            fh.truncate(end)
            fh.flush()
            os.fsync(fh.fileno())
        return size - end


@dataclass
class Done:
    """What an earlier run wrote: articles by (path, sha256), failed inputs by path."""

    articles: dict[str, set[str]] = field(default_factory=dict)
    errors: set[str] = field(default_factory=set)
    lines: int = 0

    def has(self, path: str, sha256: str | None) -> bool:
        if path in self.errors:
            return True
        return sha256 is not None and sha256 in self.articles.get(path, ())


def load_done(path: Path) -> Done:
    done = Done()
    if not path.exists():
        return done
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                key = obj["path"]
                if "error" in obj:
                    done.errors.add(key)
                else:
                    done.articles.setdefault(key, set()).add(obj["sha256"])
            except (ValueError, KeyError, TypeError):
                raise OutputConflict(
                    f"{path}: line {lineno} is not a batch record; refusing to resume into this file"
                ) from None
            done.lines += 1
    return done


def _lock(fd: int) -> None:
    """An exclusive advisory lock for the run's lifetime: two runs appending to one output would
    each skip only what was there when they started, and write articles twice."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        return
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class LineWriter:
    """Appends whole lines; each one reaches the kernel in a single ``write`` as soon as it is given."""

    def __init__(self, path: Path, *, fsync_every: float = 5.0):
        self.path = path
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            _lock(self.fd)
        except OSError:
            os.close(self.fd)
            raise OutputConflict(f"{path}: another batch run is writing to it") from None
        self.fsync_every = fsync_every
        self._last_sync = time.monotonic()
        self.lines = 0

    def write(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        view = memoryview(data)
        while view:  # a regular file takes it all at once; loop only for the rare short write
            view = view[os.write(self.fd, view):]
        self.lines += 1
        if time.monotonic() - self._last_sync >= self.fsync_every:
            self.checkpoint()

    def truncate(self) -> None:
        os.ftruncate(self.fd, 0)

    def checkpoint(self) -> None:
        os.fsync(self.fd)
        self._last_sync = time.monotonic()

    def close(self) -> None:
        if self.fd >= 0:
            self.checkpoint()
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> "LineWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class StreamWriter:
    """``--output -``: lines to standard output as they finish (flushed each), for pipes.
    Nothing to lock, resume or fsync; progress and the summary go to standard error."""

    path = Path("-")

    def __init__(self, stream: Optional[TextIO] = None):
        self.stream = stream or sys.stdout
        self.lines = 0

    def write(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()
        self.lines += 1

    def checkpoint(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.checkpoint()

    def __enter__(self) -> "StreamWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
