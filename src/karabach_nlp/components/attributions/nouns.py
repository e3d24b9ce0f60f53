"""Indirect speech framed by a noun: "die Forderung der Opposition, die Steuern zu senken", "der
Vorwurf, das Gericht sei nicht legitim", "mit der Begründung, dass …", "Schröder äußerte die
Hoffnung, …". The noun (lexicon ``content_nouns.txt``) is the cue, a comma follows it or its
speaker, and the clause after the comma is its content: a "dass"/"ob" clause, a zu-infinitive or
a clause in the Konjunktiv (a relative clause, "der Plan, der …", is not)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from ...resources import load_wordlist
from . import phrases
from .clauses import COMPLEMENTIZERS, FINITE_TAGS, VON, AUX, CLAUSE_OPENERS, RELATIVE, SUBORDINATORS, Finding, _chars, _first, _is_subjunctive
from .clauses import _content_end, _speaker_around, _zu_infinitive
from .words import words

ARTICLES = words("nouns", "ARTICLES")
GENITIVE = words("nouns", "GENITIVE")
SEPARABLE_PARTICLES = words("frames", "SEPARABLE_PARTICLES")
DISPUTING_VERBS = words("nouns", "DISPUTING_VERBS")  # "widersprach der Ansicht": not the subject's own view
POSSESSIVES = frozenset(d for d in phrases.DETERMINERS if d.startswith(("sein", "ihr", "dessen", "deren")))
STOPS = (",", ";", ":", "„", "“", "»", "«", "\"")  # where the clause of a noun's verb ends, reading back
MAX_SPEAKER = 8  # tokens between the noun and its comma ("der Verteidigung Saddam Husseins")


@lru_cache(maxsize=None)
def content_nouns() -> frozenset[str]:
    return frozenset(w for line in load_wordlist("lexicons", "content_nouns.txt") for w in line.split())


@lru_cache(maxsize=65536)  # called for every capitalised word of every sentence: words repeat
def content_noun(word: str) -> bool:
    """A listed noun, or a compound ending in one ("Rücktrittsforderung")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    if word in content_nouns():
        return True
    return any(len(word) > longer_than and word[-length:] in ends for length, longer_than, ends in _compound_ends())


@lru_cache(maxsize=1)
def _compound_ends() -> tuple[tuple[int, int, frozenset[str]], ...]:
    """The lower-cased listed nouns of more than 4 letters that may end a compound, grouped by
    length: a word's ending is looked up once per length instead of compared with every noun."""
    groups: dict[tuple[int, int], set[str]] = {}
    for n in content_nouns():
        if len(n) > 4:
            groups.setdefault((len(n.lower()), len(n) + 2), set()).add(n.lower())
    return tuple((length, longer_than, frozenset(ends)) for (length, longer_than), ends in sorted(groups.items()))


def _noun_frames(lex, sent: SpacySpan, masked, taken: list[tuple[int, int]]) -> list[Finding]:
    """Noun-framed indirect speech in ``sent`` whose content overlaps none of ``taken`` (chars)."""
    doc = sent.doc
    out: list[Finding] = []
    end_of_sent = _content_end(sent)
    i = _first(sent)
    while i < end_of_sent - 2:
        if masked(i) or not content_noun(doc[i].text):
            i += 1
            continue
        found = _noun_frame(lex, sent, i, end_of_sent, masked)
        if found is not None and not any(s < found.content[1] and found.content[0] < e for s, e in taken):
            out.append(found)
            taken = [*taken, found.content]
        i += 1
    return out


def _noun_frame(lex, sent: SpacySpan, i: int, end_of_sent: int, masked) -> Optional[Finding]:
    doc = sent.doc
    speaker = None
    comma = i + 1
    if doc[comma].text in GENITIVE or doc[comma].text in VON:
        start = comma + 1 if doc[comma].text in VON else comma
        speaker = phrases.forward(sent, start, allow_pronoun=False)
        if speaker is None or speaker[1] - i > MAX_SPEAKER:
            return None
        comma = speaker[1]
    particle = ""
    if comma + 1 < end_of_sent and doc[comma].text in SEPARABLE_PARTICLES and doc[comma + 1].text == ",":
        particle, comma = doc[comma].text, comma + 1  # "wies den Vorwurf zurück, sie habe …": the verb's particle closes the clause
    if comma >= end_of_sent - 1 or doc[comma].text != ",":
        return None
    body = comma + 1
    if masked(body) or not _content_clause(doc, body, end_of_sent):
        return None
    content_start = body + 1 if doc[body].text.lower() in COMPLEMENTIZERS else body
    content_end = _content_clause_end(lex, sent, content_start, end_of_sent)
    if content_end - content_start < 2 or any(masked(k) for k in range(content_start, content_end)):
        return None
    cue_start = i
    before = i - 1
    while before > sent.start and phrases.adjective_like(doc[before]):
        before -= 1
    if before >= sent.start and doc[before].text.lower() in ARTICLES:
        cue_start = before
    cue = [(cue_start, i + 1)]
    if speaker is None:
        speaker = _speaker_of_noun(sent, i, cue_start, cue, particle)
    return Finding(AttributionKind.indirect, _chars(doc, content_start, content_end),
                   _chars(doc, *speaker) if speaker else None,
                   [_chars(doc, s, e) for s, e in sorted(cue)], sent=sent.start)


def _speaker_of_noun(sent: SpacySpan, i: int, cue_start: int, cue: list, particle: str = "") -> Optional[tuple[int, int]]:
    """ "Schäubles Idee" (a genitive name before it), or the subject of a verb whose object the
    noun is ("Schröder äußerte die Hoffnung", "Er ist der Ansicht"): that verb joins the cue."""
    doc = sent.doc
    prev = cue_start - 1
    if prev >= sent.start and doc[prev].text.endswith("s") and doc[prev].text[:1].isupper() and cue_start == i:
        return (prev, prev + 1)
    if prev < sent.start or doc[prev].text.lower() in POSSESSIVES:
        return None
    verb = doc[prev]
    if {verb.lemma_, particle + verb.lemma_} & DISPUTING_VERBS:
        return None  # "wies den Vorwurf zurück, …", "lehnte den Vorschlag ab, …": the claim is someone else's
    if verb.text[:1].islower() and (verb.tag_.endswith("FIN") or verb.text.lower() in AUX):
        speaker = _speaker_around(sent, prev)
        if speaker is not None and speaker[1] <= prev:
            cue.append((prev, prev + 1))
            return speaker
        return None
    # "formulierten die Forscher die Hypothese", "vertritt er die These": the finite verb further
    # back in the clause, its subject between it and the noun
    k = next((k for k in range(prev - 1, max(sent.start, prev - 8) - 1, -1)
              if doc[k].text in STOPS or doc[k].text[:1].islower() and doc[k].tag_ in FINITE_TAGS), None)
    if k is None or doc[k].text in STOPS:  # (a quotation mark: the noun is quoted words, "habe „nicht den Eindruck, …“")
        return None
    speaker = _speaker_around(sent, k)
    if doc[k].lemma_ in DISPUTING_VERBS or speaker is not None and doc[speaker[0]].text.lower() in ("den", "einen", "dem"):
        return None  # "Der BGH widersprach der Ansicht, …": the view is someone else's
    if speaker is not None and (k < speaker[0] and speaker[1] <= cue_start or speaker[1] <= k):
        cue.append((k, k + 1))
        return speaker
    return None


def _content_clause(doc, body: int, end: int) -> bool:
    first = doc[body].text.lower()
    if first in COMPLEMENTIZERS:
        return True
    comma = next((k for k in range(body, end) if doc[k].text in (",", ";", ":")), end)
    if first in RELATIVE and not (body + 1 < comma and doc[body + 1].text[:1].isupper()):
        return False  # "der Plan, der …": a relative clause
    if (body + 2 < comma and doc[body + 1].text.lower() in RELATIVE and first in phrases.NOT_NOUNS
            and not (doc[body + 2].text[:1].isupper() or phrases.adjective_like(doc[body + 2]))):
        return False  # "ein Hinweis, auf den …": a relative clause after its preposition
    if first in ("wie", "was", "wo", "wer", "wonach", "womit", "um", "ohne", "statt", "anstatt", "und", "aber"):
        return False
    if _zu_infinitive(doc, body, comma):
        return True
    return any(_is_subjunctive(doc[k]) for k in range(body, comma))


def _content_clause_end(lex, sent: SpacySpan, start: int, end: int) -> int:
    """The content runs over commas while the next part still belongs to it (Konjunktiv,
    a subordinate or relative clause, "und …"), and stops where the main clause resumes
    ("Die Forderung, die Steuern zu senken, wurde abgelehnt")."""
    doc = sent.doc
    k = start
    while True:
        comma = next((j for j in range(k + 1, end) if doc[j].text in (",", ";")), None)
        if comma is None or comma + 1 >= end:
            return end
        nxt = doc[comma + 1]
        part_end = next((j for j in range(comma + 2, end) if doc[j].text in (",", ";")), end)
        belongs = (nxt.text.lower() in RELATIVE | SUBORDINATORS | CLAUSE_OPENERS | {"und", "oder", "aber", "sowie"}
                   or any(_is_subjunctive(doc[j]) for j in range(comma + 1, part_end)))
        if not belongs or lex.verb_of(nxt) is not None or nxt.text.lower() == "so":
            return comma  # the main clause resumes, or "…, sagte er" / "…, so X" frames it
        k = comma
