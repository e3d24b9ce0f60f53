"""Gazetteer entries a user adds (``{"karabach_actors": {"gazetteer": "my.jsonl"}}`` or
``--gazetteer FILE``): a JSON Lines file with one entry per line, or a JSON file with a list of
entries or ``{"entries": [...]}``. An entry: ``name`` (canonical), ``type`` (an actor type),
optionally ``aliases`` (every form as written in text, the name included by default) and
``wikidata`` (a QID). A bad file is a ``GazetteerError`` naming the file and the line or entry."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ...errors import GazetteerError
from ...records import ActorType

QID = re.compile(r"^Q[1-9]\d*$")
TYPES = ", ".join(t.value for t in ActorType)


def _entries(path: Path) -> list[tuple[str, object]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise GazetteerError(f"gazetteer {path}: cannot read it ({err})") from None
    try:
        if path.suffix == ".jsonl":
            return [(f"line {n}", json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise GazetteerError(f"gazetteer {path}: not valid JSON ({err})") from None
    items = data.get("entries") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise GazetteerError(f"gazetteer {path}: expected a list of entries or {{\"entries\": [...]}}")
    return [(f"entry {n}", item) for n, item in enumerate(items, 1)]


def _checked(where: str, item: object) -> dict:
    if not isinstance(item, dict):
        raise ValueError("an entry is a JSON object")
    name, type_ = item.get("name"), item.get("type")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("'name' must be a non-empty string")
    if type_ not in {t.value for t in ActorType}:
        raise ValueError(f"'type' must be one of {TYPES}, not {type_!r}")
    aliases = item.get("aliases", [name])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ValueError("'aliases' must be a list of non-empty strings")
    qid = item.get("wikidata")
    if qid is not None and not (isinstance(qid, str) and QID.match(qid)):
        raise ValueError(f"'wikidata' must be a QID such as 'Q42', not {qid!r}")
    unknown = set(item) - {"name", "type", "aliases", "wikidata"}
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}")
    return {"name": name, "type": type_, "aliases": list(dict.fromkeys([name, *aliases])), "wikidata": qid}


def read_user_gazetteer(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"gazetteer {path}: no such file")
    out = []
    for where, item in _entries(path):
        try:
            out.append(_checked(where, item))
        except ValueError as err:
            raise GazetteerError(f"gazetteer {path}, {where}: {err}") from None
    if not out:
        raise GazetteerError(f"gazetteer {path}: no entries")
    return out
