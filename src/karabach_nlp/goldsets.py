"""Gold sets over third-party texts: offsets and labels only, the text read from the dataset.

A gold file of this kind names its article with ``"document"`` (a path inside the dataset
folder, e.g. ``dev/75792 - ….json`` of the German news quotation dataset) and stores spans as
``{"start", "end"}`` without their text, so that no article text lives in this repository.
:func:`materialise` reads the article (``originalText``) and fills in every span's ``text`` and
the ``victims`` string, giving an ordinary gold record (``shared/eval/README.md``).

A document may also be one sentence of a CoNLL-U treebank, ``FILE.conllu#SENT_ID``: its text is
the sentence's ``# text =`` line (UD German-GSD, ``data/gold/gsd-attributions``); or a plain UTF-8
``.txt`` file, read whole (news passages kept outside the repository, ``data/gold/outlets``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from .errors import GoldFormatError, InputNotFound

SPAN_KEYS = ("count_text", "outcome_span", "victims_span", "source_span", "speaker", "content")


def _fill(obj: Any, text: str, where: Path) -> Any:
    """Every ``{"start", "end"}`` dict gets its ``text``; lists and nested dicts are walked."""
    if isinstance(obj, list):
        return [_fill(v, text, where) for v in obj]
    if not isinstance(obj, dict):
        return obj
    if set(obj) == {"start", "end"}:
        start, end = obj["start"], obj["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            raise GoldFormatError(f"{where}: span {obj} lies outside its document")
        return {"start": start, "end": end, "text": text[start:end]}
    if "text" in obj and {"start", "end"} <= set(obj):
        raise GoldFormatError(f"{where}: spans of a third-party gold set must not carry text")
    return {k: _fill(v, text, where) for k, v in obj.items()}


def document_text(texts_dir: Path, document: str) -> str:
    if "#" in document:
        name, sent_id = document.split("#", 1)
        return sentence_text(Path(texts_dir) / name, sent_id)
    path = Path(texts_dir) / document
    if path.suffix == ".txt":
        return plain_text(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputNotFound(f"{path}: document of the gold set not found (check --texts)") from None
    except (OSError, json.JSONDecodeError) as err:
        raise GoldFormatError(f"{path}: not a readable dataset document ({err})") from None
    text = data.get("originalText") if isinstance(data, dict) else None
    if not isinstance(text, str):
        raise GoldFormatError(f"{path}: has no originalText")
    return text


def plain_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputNotFound(f"{path}: document of the gold set not found (check --texts)") from None
    except (OSError, UnicodeDecodeError) as err:
        raise GoldFormatError(f"{path}: not a readable UTF-8 text ({err})") from None


def sentence_text(path: Path, sent_id: str) -> str:
    """The ``# text =`` line of sentence ``sent_id`` in a CoNLL-U file."""
    texts = _conllu_texts(str(path))
    if sent_id not in texts:
        raise GoldFormatError(f"{path}: has no sentence '{sent_id}' (# sent_id = {sent_id})")
    return texts[sent_id]


@lru_cache(maxsize=4)  # a gold set names one file hundreds of times
def _conllu_texts(path: str) -> dict[str, str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputNotFound(f"{path}: treebank file of the gold set not found (check --texts)") from None
    except (OSError, UnicodeDecodeError) as err:
        raise GoldFormatError(f"{path}: not a readable CoNLL-U file ({err})") from None
    texts: dict[str, str] = {}
    sent_id = None
    for line in lines:
        if line.startswith("# sent_id = "):
            sent_id = line[len("# sent_id = "):].strip()
        elif line.startswith("# text = ") and sent_id is not None:
            texts[sent_id] = line[len("# text = "):]
            sent_id = None
    return texts


def materialise(gold: dict, texts_dir: Optional[Path], where: Path) -> tuple[dict, str, str]:
    """(gold with span texts, article text, document path) for a gold file naming a document."""
    if texts_dir is None:
        raise GoldFormatError(f"{where}: names a dataset document; pass the dataset folder with --texts")
    text = document_text(Path(texts_dir), gold["document"])
    full = _fill(gold, text, where)
    for item in full.get("casualties") or []:
        span = item.get("victims_span")
        item.setdefault("victims", span["text"] if span else None)
    return full, text, str(Path(texts_dir) / gold["document"])
