"""One article from a ``.json``/``.jsonl`` file: the text is the field named by ``--text-field``.

Without this, ``extract`` would read the JSON itself as article text and find nothing in it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .errors import InputNotFound, KarabachError
from .textio import Article, checksum, decode, require_text, strip_bom

JSON_SUFFIXES = (".json", ".jsonl")


class JsonArticleError(KarabachError):
    """A JSON input that holds no article under the given field, or more than one article."""

    exit_code = 15


def is_json(path: str | Path) -> bool:
    return Path(path).suffix.lower() in JSON_SUFFIXES


def iter_json_objects(path: str | Path, encoding: str = "utf-8") -> Iterator:
    """The objects of a JSON file (an object, or the elements of an array) or of a JSON Lines
    file, the latter read line by line (batch outputs can be large)."""
    p = Path(path)
    if not p.is_file():
        raise InputNotFound(f"{p}: no such file")
    if p.suffix.lower() != ".jsonl":
        data = _loads(decode(p.read_bytes(), encoding=encoding, name=str(p)), str(p))
        yield from (data if isinstance(data, list) else [data])
        return
    with p.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if raw.strip():
                yield _loads(decode(raw, encoding=encoding, name=f"{p}:{lineno}"), f"{p}:{lineno}")


def json_objects(path: str | Path, encoding: str = "utf-8") -> list:
    return list(iter_json_objects(path, encoding))


def _loads(text: str, where: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise JsonArticleError(f"{where}: not valid JSON ({err.msg} at line {err.lineno} column {err.colno})") from None


def text_field_of(obj, text_field: str, where: str) -> str:
    if not isinstance(obj, dict):
        raise JsonArticleError(f"{where}: expected a JSON object with a {text_field!r} field")
    text = obj.get(text_field)
    if not isinstance(text, str):
        fields = ", ".join(sorted(k for k, v in obj.items() if isinstance(v, str))) or "none"
        raise JsonArticleError(
            f"{where}: no text field {text_field!r} (string fields: {fields}); pass --text-field NAME"
        )
    return text


def read_json_article(path: str | Path, text_field: str = "text", encoding: str = "utf-8") -> Article:
    """The single article of ``path``; several articles are an error (use ``batch`` for those)."""
    objects = json_objects(path, encoding)
    if len(objects) != 1:
        raise JsonArticleError(f"{path}: holds {len(objects)} JSON objects, not one article; use 'batch' for several")
    text = require_text(strip_bom(text_field_of(objects[0], text_field, str(path))), str(path))
    return Article(text=text, path=str(path), sha256=checksum(text))
