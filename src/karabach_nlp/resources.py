"""Where the data files under ``models/`` are found, installed or in a source checkout."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

_PACKAGED = Path(__file__).parent / "models"  # wheel: force-included here
_CHECKOUT = Path(__file__).resolve().parents[2] / "models"  # editable install / source tree


def models_dir() -> Path:
    for candidate in (_PACKAGED, _CHECKOUT):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"karabach-nlp data folder not found (looked in {_PACKAGED} and {_CHECKOUT})")


def resource_path(*parts: str) -> Path:
    return models_dir().joinpath(*parts)


@lru_cache(maxsize=None)
def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def load_wordlist(*parts: str) -> tuple[str, ...]:
    """A plain list: one entry a line, ``#`` starts a comment, blank lines skipped."""
    words = []
    with resource_path(*parts).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                words.append(line)
    return tuple(words)
