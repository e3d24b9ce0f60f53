"""The word lists the actor rules read besides the gazetteers (closed word classes, endings, verb
forms), from ``models/gazetteers/actor_word_lists.json``: one named list each, with a comment
there saying what it is for."""

from __future__ import annotations

from ...resources import load_json


def _words(name: str) -> list[str]:
    return load_json("gazetteers", "actor_word_lists.json")["lists"][name]["words"]


def word_set(name: str) -> frozenset[str]:
    return frozenset(_words(name))


def word_tuple(name: str) -> tuple[str, ...]:
    """In the file's order: endings are tried in it ("erinnen" before "er")."""
    return tuple(_words(name))


def synonym_groups(name: str) -> list[list[str]]:
    """Groups of words that mean the same (``{"groups": [[...], ...]}`` lists)."""
    return load_json("gazetteers", "actor_word_lists.json")["lists"][name]["groups"]
