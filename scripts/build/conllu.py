"""Minimal CoNLL-U reader for the evaluation and table-building scripts (syntactic words only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

GSD_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ud-german-gsd"


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: dict


def _feats(field: str) -> dict:
    if field == "_":
        return {}
    return dict(item.split("=", 1) for item in field.split("|"))


def read_conllu(path: Path) -> Iterator[list[Word]]:
    """Sentences as lists of words; multi-word tokens ("im" = "in dem") give their parts."""
    sentence: list[Word] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    yield sentence
                sentence = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sentence.append(Word(cols[1], cols[2], cols[3], cols[4], _feats(cols[5])))
    if sentence:
        yield sentence
