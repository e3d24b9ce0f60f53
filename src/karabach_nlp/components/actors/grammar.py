"""Token-level German grammar for the actor rules: closed word classes (data in
``models/gazetteers/function_words.json``) and the shapes of names, adjectives and numbers."""

from __future__ import annotations

import re

from ...resources import load_json

_WORDS = load_json("gazetteers", "function_words.json")


def _set(name: str) -> frozenset[str]:
    return frozenset(_WORDS[name])


ARTICLES = _set("articles")
DEFINITE = _set("definite_articles")
GENITIVE_ARTICLES = _set("genitive_articles")
OBJECT_ARTICLES = _set("object_articles")  # a phrase opened by one is an object, not a speaker
PREPOSITIONS = _set("prepositions")
# An unnamed institution after one of these is a place or a partner, not an actor ("für das Militär");
# "durch die Polizei" keeps it (the agent).
NON_AGENT_PREPOSITIONS = PREPOSITIONS - _set("agent_prepositions")
PLACE_PREPOSITIONS = _set("place_prepositions")
NAME_PARTICLES = _set("name_particles")
PRONOUNS = _set("pronouns")
NOT_ADJECTIVES = _set("not_adjectives")  # lowercase words with adjective endings that are none
SOURCE_NOUNS = _set("source_nouns")  # "nach Angaben", "Seiner Meinung nach"
# Nouns for what someone said or decided: their genitive is the speaker ("eine Forderung der Minister")
STATEMENT_NOUNS = _set("statement_nouns")
POSSESSIVE_M = _set("possessive_masculine")
POSSESSIVE_F = _set("possessive_feminine")
# Speech verbs that take no bare noun as object: a capitalised word right after one is its subject.
BARE_SUBJECT_VERBS = _set("bare_subject_verbs")
QUANTIFIERS = _set("quantifiers")  # "874 Soldaten", "mehrere Polizisten": counted, not actors
SUBORDINATORS = _set("subordinators")
RELATIVE = _set("relative_pronouns")
COPULAS = _set("copulas")  # "Lauffenburg liegt …": a place, not a speaker, is what stands before these

CLAUSE_OPENERS = frozenset(".!?:;„“”\"»«()")
# opening mark -> the marks that may close it ("„…”" is a common typo for "„…“")
QUOTE_PAIRS = (("„", "“”"), ("»", "«"), ("«", "»"), ('"', '"'))
INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
NAME_WORD = re.compile(r"^[^\W\d_][\w'’-]*$")
ADJECTIVE = re.compile(r"^[a-zäöüß0-9][a-zäöüß0-9-]*(?:e|en|er|es|em)$")
NUMBER = re.compile(r"^\d+$")
ORDINAL = re.compile(r"^\d+\.$")
DOMAIN = re.compile(r"^[\w-]+\.(?:de|com|org|net|at|ch|fr|uk|ru|info|eu)$")
ACRONYM = re.compile(r"^(?=(?:.*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}$")  # "BKA", "GdF"
_PARTICLE_NAME = re.compile(r"^(?:el|al|as|ad|ibn|bin|de|van|von)-[A-ZÄÖÜ]")


def is_adjective(text: str, verbs: frozenset[str] = frozenset()) -> bool:
    """Lowercase with an adjective's ending, and no article, verb or other known non-adjective."""
    return bool(ADJECTIVE.match(text)) and text not in ARTICLES and text not in NOT_ADJECTIVES and text not in verbs


def is_cap(text: str) -> bool:
    """Capitalised, also behind a lowercase name particle ("el-Baradei", "al-Assad")."""
    return text[:1].isupper() or bool(_PARTICLE_NAME.match(text))
