"""Attributions (spec §2): who said what — direct, indirect, free indirect, reported, according to.

Rules over tokens, so that they run on the blank pipeline (no parser). registry.py lists every
rule in the order it runs (``RULES``); in short:

1. quotes: every quotation-mark span with a frame before, after or around it ("sagte er",
   "Putin sagte:", "„…“, so der Sprecher, „…“"), or opening a sentence, is direct speech;
2. frames in each sentence outside those quotes: "laut X", "X zufolge", "nach Angaben X",
   "…, so X", "wie X mitteilte" (according_to.*, their cue words are Matcher patterns in
   ``models/patterns/attribution_cues.jsonl``); a reporting verb with a content clause ("sagte, …",
   "teilten mit, dass …"; indirect) or with an object ("spricht von …"; reported) (reporting.*,
   the verbs are rows of ``models/lexicons/verbs.tsv``); a noun with its clause ("die Forderung,
   … zu senken"; indirect);
3. passes over all findings: contents cut at the next speech act, questions and negated frames
   dropped;
4. free indirect: a following sentence in the Konjunktiv with no frame continues the last
   speaker until the mood breaks;
5. a short quote inside the content of another attribution is direct speech of that speaker.

Speakers are the phrase before the cue verb when it opens the sentence, else the phrase after
it; :func:`components.actors.resolve_span` ties them (pronouns, titles) to actors and adds the
mention to ``doc._.actors``.
"""

from __future__ import annotations

import re

from pathlib import Path
from typing import Iterable, Optional

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ...records import Attribution, Span
from ...speech_lexicon import load_lexicon
from ..actors import move_mention, resolve_name, resolve_span
from ...doctext import doc_text
from .authors import author, named_authors
from .clauses import Finding
from .context import Context
from .cues import CueMatcher, default_patterns
from .groups import conjuncts
from .spokespeople import link_bare_spokesperson
from .last_speaker import LastSpeakers
from .offices import office_actor
from .passes import without_trailing_comma
from .quoted_speakers import quoted_name
from .registry import ORDER, RULES, run

DEFINITE_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
ARTICLES = DEFINITE_ARTICLES | {"ein", "eine", "einer", "eines", "einem", "einen"}
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "welcher", "welche", "welches"})

__all__ = ["Attributions", "RULES", "ORDER"]


class Attributions:
    """The component: builds a :class:`Context` per document, runs the active rules, resolves speakers.

    Its cue patterns (cues.py) are saved by :meth:`to_disk` and read back by :meth:`from_disk`."""

    CUES_FILE = "cues.jsonl"

    def __init__(self, nlp: Language, name: str, disabled_rules: Iterable[str] = (), only_rules: Optional[Iterable[str]] = None):
        self.name = name
        self.vocab = nlp.vocab
        self.lex = load_lexicon()
        self.rules = RULES.select(disabled_rules, only_rules)
        self.cues = CueMatcher(self.vocab, default_patterns(), RULES.names())

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START") or len(doc) == 0:
            doc._.attributions = []
            return doc
        ctx = Context(doc, self.lex, sents=list(doc.sents), cues=self.cues(doc))
        doc._.attributions = self._records(doc, run(ctx, self.rules))
        return doc

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / self.CUES_FILE, self.cues.patterns)

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "Attributions":
        self.cues = CueMatcher(self.vocab, srsly.read_jsonl(Path(path) / self.CUES_FILE), RULES.names())
        return self

    @staticmethod
    def _actors(doc: Doc, phrase: tuple[int, int], speakers: Optional[LastSpeakers] = None) -> list:
        """The actors a speaker phrase names (several for a coordination); for a document or
        statement that names no actor itself, its author (authors.py)."""
        said = doc_text(doc)[phrase[0]:phrase[1]]
        if said.lower() == "man":
            return []  # "Man geht davon aus, …": nobody named
        antecedent = _relative_antecedent(doc, phrase) if said.lower() in RELATIVE_PRONOUNS else None
        if antecedent is not None:
            move_mention(doc, *phrase, antecedent)
            return [antecedent]
        office = office_actor(doc, phrase)
        if office is not None:  # "das Büro des Bürgermeisters …, César Prieto": the office speaks
            return [office]
        named = named_authors(doc, phrase)
        if named:
            return named
        apposed = _name_after_noun(doc, phrase)
        if apposed is not None:
            move_mention(doc, *phrase, apposed)
            return [apposed]
        if len(said) > 2 and said[0] in "„»\"" and said[-1] in "“«\"":
            phrase = (phrase[0] + 1, phrase[1] - 1)  # "„BBC News“": the name inside the marks
        named_first = _name_before_apposition(doc, phrase)
        if named_first is not None:
            return [named_first]
        apposed = _apposed_name_actor(doc, phrase)
        if apposed is not None:  # "Der Doktorvater an der Universität Bayreuth, Peter Häberle": the person named
            move_mention(doc, *phrase, apposed, opening_only=True)
            return [apposed]
        parts = conjuncts(doc, *phrase) or [phrase]
        actors = [a for a in (resolve_span(doc, *p) for p in parts) if a is not None]
        quoted = quoted_name(doc, phrase) if not actors else None
        if quoted is not None:  # "die «BBC»", "der Kanal «Militärinformant»": the name in the marks
            actors = [a for a in [resolve_name(doc, *quoted)] if a is not None]
        if not actors and (head := _before_affiliation(doc, phrase)) is not None:
            actors = [a for a in [resolve_span(doc, *head)] if a is not None]
        if actors:
            return actors
        owner = _owner(doc, phrase)
        if owner is None and speakers is not None:
            owner = author(doc, phrase, speakers)
        return [owner] if owner is not None else []

    def _records(self, doc: Doc, found: list[Finding]) -> list[Attribution]:
        text = doc_text(doc)
        records = []
        last: list = []  # the actors of the last speaker, for the findings that continue it
        speakers = LastSpeakers(doc)
        for f in sorted(found, key=lambda f: (f.content[0], -f.content[1])):
            actors = []
            if f.speaker is not None:
                f.speaker = without_trailing_comma(text, f.speaker)
                actors = self._actors(doc, f.speaker, speakers)
                actors = _last_speaker_meant(doc, speakers, f.speaker, actors)
            elif f.antecedent is not None:
                actors = self._actors(doc, f.antecedent)
            elif f.continues:
                actors = last
            if f.speaker is not None or actors:
                # free indirect speech continues the last *speaker*: one the rules found but could not
                # tie to an actor ("Neider") ends the run of the actor named before it
                last = actors
            actor = actors[0] if len(actors) == 1 else None
            if actor is not None and f.speaker is not None:  # a continued run names no speaker of its own
                link_bare_spokesperson(doc, speakers, f.speaker, actor)
                speakers.note(f.speaker, actor)
            records.append(
                Attribution(
                    kind=f.kind,
                    speaker=Span.of(text, *f.speaker) if f.speaker else None,
                    speaker_actor=actor.name if actor else None,
                    speaker_actor_id=actor.id if actor else None,
                    speaker_actor_ids=list(dict.fromkeys(a.id for a in actors)),
                    cue=[Span.of(text, s, e) for s, e in sorted(f.cue)],
                    content=Span.of(text, *f.content),
                    evidence=f.evidence or None,
                )
            )
        return records


@Language.factory(
    "karabach_attributions",
    requires=["doc._.actors"],
    # resolve_span ties each speaker to an actor and adds that mention to doc._.actors
    assigns=["doc._.attributions", "doc._.actors"],
    default_config={"disabled_rules": [], "only_rules": None},
)
def make_attributions(nlp: Language, name: str, disabled_rules: list[str], only_rules: Optional[list[str]]) -> Attributions:
    return Attributions(nlp, name, disabled_rules, only_rules)


def _last_speaker_meant(doc: Doc, speakers: LastSpeakers, phrase: tuple[int, int], actors: list) -> list:
    """A pronoun or bare title as speaker: the last compatible speaker before it, its mention moved
    there (last_speaker.py); the actors as resolved otherwise."""
    if len(actors) > 1:
        return actors
    meant = speakers.meant(*phrase)
    if meant is None and actors and actors[0].type.value != "person":
        meant = speakers.person_meant(*phrase)  # "Sie sicherte Hilfe zu": a person, not "die Ukraine" named since
    if meant is None or (actors and actors[0] is meant):
        return actors
    move_mention(doc, *phrase, meant)
    return [meant]


def _name_before_apposition(doc: Doc, phrase: tuple[int, int]):
    """ "Lothar Berg, Ordnungsdezernent der Stadt Cottbus": a person's name, a comma and a title; the
    person speaks, not the body the title names (the actor of the name, or None)."""
    text = doc_text(doc)
    comma = text.find(",", phrase[0], phrase[1])
    if comma < 0:
        return None
    span = doc.char_span(phrase[0], comma, alignment_mode="expand")
    if span is None or not any(t.tag_ == "NE" for t in span) or span[0].text.lower() in ARTICLES:
        return None
    actor = resolve_span(doc, phrase[0], comma)
    return actor if actor is not None and actor.type.value == "person" else None


def _apposed_name_actor(doc: Doc, phrase: tuple[int, int]):
    """ "der für die Region zuständige Koordinator für Naturkatastrophen, Deftalgne Tessema": a phrase whose last
    part, after a comma, is exactly one mention of a person speaks for that person, not for a place or body
    named in the title before it (None for a list: "X, Y und Z")."""
    text = doc_text(doc)
    comma = text.rfind(",", phrase[0], phrase[1])
    if comma < 0 or re.search(r"\s(?:und|sowie|oder)\s", text[phrase[0]:phrase[1]]):
        return None
    start = comma + 1 + (len(text[comma + 1:phrase[1]]) - len(text[comma + 1:phrase[1]].lstrip()))
    return next((a for a in doc._.actors or [] for m in a.mentions
                 if (m.start, m.end) == (start, phrase[1]) and a.type.value == "person"), None)


def _before_affiliation(doc: Doc, phrase: tuple[int, int]) -> Optional[tuple[int, int]]:
    """ "Jane Greaves von der University of St. Andrews": a phrase the actors component cannot read as
    a whole is the name before its "von"/"vom" affiliation (characters), or None."""
    span = doc.char_span(*phrase, alignment_mode="expand")
    cut = next((t.i for t in span[1:] if t.text in ("von", "vom")), None) if span is not None else None
    return (phrase[0], doc[cut - 1].idx + len(doc[cut - 1].text)) if cut is not None else None


def _name_after_noun(doc: Doc, phrase: tuple[int, int]):
    """ "die Nachrichtenagentur dpa", "die Zeitung taz": a body's name that the actors component found
    after a noun naming its kind (a name in lower case the phrase rules read only as listed)."""
    text = doc_text(doc)
    for actor in doc._.actors or []:
        if actor.type.value not in ("media", "organization"):
            continue
        for m in actor.mentions:
            lead, own = text[phrase[0]:m.start].split(), text[m.start:m.end].split()
            if own and own[0].lower() in ARTICLES or any(w.lower() in ARTICLES for w in lead[1:]):
                continue  # "Ein Sprecher der UN", "Sprecher der Organisation X": a genitive, the body spoken for
            before = doc.char_span(m.start, m.end, alignment_mode="expand")
            if before is None or before.start == 0 or doc[before.start - 1].tag_ != "NN":
                continue  # the kind is a common noun: not "Die Berliner SPD" (a branch), "Joachim Banke" (a name)
            if m.end == phrase[1] and phrase[0] < m.start and 1 <= len(lead) <= 3 and lead[-1][:1].isupper() \
                    and all(w[:1].isupper() or w.lower() in DEFINITE_ARTICLES for w in lead):
                return actor
    return None


def _relative_antecedent(doc: Doc, phrase: tuple[int, int]):
    """ "Biden traf Obama, der sagte, …": a relative pronoun right after a comma speaks for the actor
    whose mention ends at that comma (the whole phrase: "die Vertreter der Gewerkschaften, die …")."""
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].text != ",":
        return None
    comma = doc[span.start - 1].idx
    ending = [(m.start, a) for a in (doc._.actors or []) for m in a.mentions if m.end == comma]
    return min(ending, key=lambda x: x[0])[1] if ending else None


def _owner(doc: Doc, phrase: tuple[int, int]):
    """ "In seiner Erklärung hieß es": a document its owner's possessive names speaks for that owner
    (the actors component resolves the possessive as a reference), not for no one."""
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None or span[0].tag_ != "PPOSAT":
        return None
    found = resolve_span(doc, span[0].idx, span[0].idx + len(span[0].text))
    if found is not None:
        return found
    # the possessive refers back: the actor mentioned last before it, in its sentence or the one before
    sent = span.sent
    since = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [(m.end, a) for a in (doc._.actors or []) for m in a.mentions if since <= m.start and m.end <= phrase[0]]
    return max(before, key=lambda x: x[0])[1] if before else None
