"""The word lists of the attribution rules, kept as data in ``models/lexicons/attribution_words.json``
(one entry per module and constant, each with a note saying what it is for)."""

from __future__ import annotations

from ...resources import load_json

FILE = ("lexicons", "attribution_words.json")


def _entry(module: str, name: str) -> list[str]:
    try:
        return load_json(*FILE)[module][name]["words"]
    except KeyError:
        raise KeyError(f"{'/'.join(FILE)}: no word list {module}.{name}") from None


def words(module: str, name: str) -> frozenset[str]:
    """A word list as a set (membership tests)."""
    return frozenset(_entry(module, name))


def word_tuple(module: str, name: str) -> tuple[str, ...]:
    """A word list in file order (prefixes and suffixes for ``startswith``/``endswith``)."""
    return tuple(_entry(module, name))
