"""Words that name people by what they are, read from the analysis rather than a list."""

from __future__ import annotations

from functools import lru_cache

from ...resources import load_json
from ..analysis.tagger import is_nominalised_adjective


@lru_cache(maxsize=1)
def _not_persons() -> frozenset[str]:
    return frozenset(load_json("lexicons", "person_descriptions.json")["not_persons"])


def names_people(word: str) -> bool:
    """A capitalised nominalised adjective or participle that names people ("Überlebende",
    "Verwandten"), not a thing ("das Neue" is neuter: callers read the article) nor an order word
    ("Erste", "Übrigen")."""
    return (len(word) > 3 and word[:1].isupper() and word.endswith(("e", "en"))
            and word not in _not_persons() and is_nominalised_adjective(word))
