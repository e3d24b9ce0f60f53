"""The attribution lexicons under ``models/lexicons/``, loaded once, with lookups on spaCy tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from .resources import load_wordlist



MEMO_SIZE = 200_000  # word forms whose look-ups are kept per lexicon

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
    nouns: frozenset[str] = frozenset()

    _seen: dict = field(default_factory=dict, repr=False, compare=False)  # see lookups

    def verb_of(self, token: Token) -> Optional[Verb]:
        """The reporting verb a finite or participle token stands for, unseparated ("mitteilte")."""
        return self.lookups(token)[0]

    def split_verbs_of(self, token: Token) -> list[Verb]:
        """Separable verbs whose finite part this token can be ("teilten" of "mitteilen")."""
        return self.lookups(token)[1]

    def reported_of(self, token: Token) -> list[ReportedVerb]:
        """Reported-speech entries this token can be: unseparated first, then separable."""
        return list(self.lookups(token)[2])

    def lookups(self, token: Token) -> tuple[Optional[Verb], list[Verb], tuple[ReportedVerb, ...]]:
        """:meth:`verb_of`, :meth:`split_verbs_of` and :meth:`reported_of` at once, worked out once
        per distinct form and lemma: the sentence rules ask them of nearly every token."""
        text = token.text
        if not (text.isalpha() and (text[0].islower() or token.is_sent_start)):
            return _NO_VERB  # no verb in this shape: a number, a mark, a capitalised noun
        key = (text, token.lemma_)
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= MEMO_SIZE:  # a long batch meets ever new words: bound the memory
                self._seen.clear()
            found = self._seen[key] = self._look_up(*key)
        return found

    def _look_up(self, text: str, lemma: str):
        text, lemma = text.lower(), lemma.lower()
        whole = self.reported.get(text) or self.reported.get(lemma) or []
        split = self.reported_split.get(text) or self.reported_split.get(lemma) or []
        return (self.verbs.get(text) or self.verbs.get(lemma), self.split_bases.get(text) or self.split_bases.get(lemma) or [],
                (*whole, *split))


_NO_VERB: tuple = (None, [], ())


VERB_CLASSES = frozenset(
    "reporting saying affirmed_by_negation naming wie_only expecting publishing names_as negated_participle "
    "not_reflexive perfect_with_sein labelling subjectless source_aus".split())


@dataclass(frozen=True)
class VerbRow:
    """One row of ``models/lexicons/verbs.tsv`` (its header explains the columns)."""
    verb: Verb
    classes: frozenset[str]
    reported: tuple[str, ...]  # openers of its reported-speech entries: a word, "-" (the object) or "+figure"
    forms: tuple[str, ...]


def _split(field: str) -> tuple[str, ...]:
    return tuple(x for x in field.split(",") if x)


def parse_verb_row(line: str, where: str = "verbs.tsv") -> VerbRow:
    """One tab-separated row of the verb table; an unknown class is an error, not a silent no-op."""
    lemma, particle, classes, reported, forms = (line.split("\t") + [""] * 5)[:5]
    particle = particle if particle and particle != "-" else None
    base = lemma[len(particle):] if particle and lemma.startswith(particle) else lemma
    unknown = set(_split(classes)) - VERB_CLASSES
    if unknown:
        raise ValueError(f"{where} ({lemma}): unknown class {', '.join(sorted(unknown))}; the classes are: "
                         f"{', '.join(sorted(VERB_CLASSES))}")
    return VerbRow(Verb(lemma, particle, base), frozenset(_split(classes)), _split(reported), _split(forms))


@lru_cache(maxsize=None)
def verb_table() -> tuple[VerbRow, ...]:
    """The rows of ``models/lexicons/verbs.tsv``, in file order."""
    return tuple(parse_verb_row(line, f"verbs.tsv row {n}") for n, line in enumerate(load_wordlist("lexicons", "verbs.tsv"), 1))


@lru_cache(maxsize=None)
def verb_class(name: str) -> frozenset[str]:
    """The lemmas of one class of the verb table ("saying", "affirmed_by_negation", …)."""
    if name not in VERB_CLASSES:
        raise ValueError(f"no verb class {name!r}; the classes are: {', '.join(sorted(VERB_CLASSES))}")
    return frozenset(r.verb.lemma for r in verb_table() if name in r.classes)


@lru_cache(maxsize=None)
def load_lexicon() -> SpeechLexicon:
    lex = lexicon_of(verb_table())
    lex.nouns = frozenset(load_wordlist("lexicons", "reporting_nouns.txt"))
    return lex


def lexicon_of(rows) -> SpeechLexicon:
    """The verb lookups of a verb table: reporting verbs by form and lemma (separable ones by their
    finite part too), reported-speech entries likewise."""
    lex = SpeechLexicon()
    for row in rows:
        if "reporting" not in row.classes:
            continue
        verb = row.verb
        if verb.particle:
            for key in [verb.base, *row.forms]:
                lex.split_bases.setdefault(key, []).append(verb)
            lex.verbs[verb.lemma] = verb
        else:
            for key in [verb.lemma, *row.forms]:
                lex.verbs[key] = verb
    for row in rows:
        verb = row.verb
        for opener in row.reported:
            entry = ReportedVerb(verb, None if opener in ("-", "+figure") else opener, figure_only=opener == "+figure")
            lex.reported.setdefault(verb.lemma, []).append(entry)
            if verb.particle:
                for key in [verb.base, *row.forms]:
                    lex.reported_split.setdefault(key, []).append(entry)
            else:
                for key in row.forms:
                    lex.reported.setdefault(key, []).append(entry)
    return lex
