"""The attribution lexicons under ``models/lexicons/``, loaded once, with lookups on spaCy tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from .resources import load_wordlist


@dataclass(frozen=True)
class Verb:
    lemma: str
    particle: Optional[str]  # separable particle ("mit" of "mitteilen"), None if not separable
    base: str  # the finite verb's own lemma when the particle is split off ("teilen")


@dataclass(frozen=True)
class ReportedVerb:
    verb: Verb
    opener: Optional[str]  # the word that opens the content ("von", "darauf"), None: the object
    figure_only: bool = False  # a speech act only when its object is a casualty figure ("meldete 27 Tote")


@dataclass
class SpeechLexicon:
    verbs: dict[str, Verb] = field(default_factory=dict)  # lemma or surface form -> verb
    split_bases: dict[str, list[Verb]] = field(default_factory=dict)  # base lemma/form -> separable verbs
    reported: dict[str, list[ReportedVerb]] = field(default_factory=dict)  # lemma or form -> entries
    reported_split: dict[str, list[ReportedVerb]] = field(default_factory=dict)  # base lemma/form -> entries
    according_to: dict[str, str] = field(default_factory=dict)  # cue word -> where the speaker is
    nouns: frozenset[str] = frozenset()

    def verb_of(self, token: Token) -> Optional[Verb]:
        """The reporting verb a finite or participle token stands for, unseparated ("mitteilte")."""
        if not _verb_shaped(token):
            return None
        return self.verbs.get(token.text.lower()) or self.verbs.get(token.lemma_.lower())

    def split_verbs_of(self, token: Token) -> list[Verb]:
        """Separable verbs whose finite part this token can be ("teilten" of "mitteilen")."""
        if not _verb_shaped(token):
            return []
        return self.split_bases.get(token.text.lower()) or self.split_bases.get(token.lemma_.lower()) or []


    def reported_of(self, token: Token) -> list[ReportedVerb]:
        """Reported-speech entries this token can be: unseparated first, then separable."""
        if not _verb_shaped(token):
            return []
        whole = self.reported.get(token.text.lower()) or self.reported.get(token.lemma_.lower()) or []
        split = self.reported_split.get(token.text.lower()) or self.reported_split.get(token.lemma_.lower()) or []
        return [*whole, *split]


def _verb_shaped(token: Token) -> bool:
    text = token.text
    return text.isalpha() and (text[0].islower() or token.is_sent_start)


def _parse_verb(spec: str) -> Verb:
    lemma, _, particle = spec.partition("|")
    particle = particle if particle and particle != "-" else None
    base = lemma[len(particle):] if particle and lemma.startswith(particle) else lemma
    return Verb(lemma, particle, base)


@lru_cache(maxsize=None)
def load_lexicon() -> SpeechLexicon:
    lex = SpeechLexicon()
    for line in load_wordlist("lexicons", "reporting_verbs.txt"):
        spec, *forms = line.split()
        verb = _parse_verb(spec)
        if verb.particle:
            for key in [verb.base, *forms]:
                lex.split_bases.setdefault(key, []).append(verb)
            lex.verbs[verb.lemma] = verb
        else:
            for key in [verb.lemma, *forms]:
                lex.verbs[key] = verb
    for line in load_wordlist("lexicons", "reported_verbs.txt"):
        spec, opener, *forms = line.split()
        verb = _parse_verb(spec)
        entry = ReportedVerb(verb, None if opener in ("-", "+figure") else opener, figure_only=opener == "+figure")
        lex.reported.setdefault(verb.lemma, []).append(entry)
        if verb.particle:
            for key in [verb.base, *forms]:
                lex.reported_split.setdefault(key, []).append(entry)
        else:
            for key in forms:
                lex.reported.setdefault(key, []).append(entry)
    for line in load_wordlist("lexicons", "according_to.txt"):
        word, where = line.split()
        lex.according_to[word] = where
    lex.nouns = frozenset(load_wordlist("lexicons", "reporting_nouns.txt"))
    return lex
