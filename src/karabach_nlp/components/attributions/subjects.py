"""The subject of a sentence that holds or introduces a quote with no speech verb of its own.

"Der Vizepräsident, Max Muster, zeigte sich „sehr zufrieden“" / "Den Unmut der Partei brachte die
Sprecherin, Anna Berg, zum Ausdruck: „…“": the person the sentence is about says the quote, not
the last speaker of the article. With no parser, the subject is the phrase opening the sentence
when a finite verb follows it, else the phrase right after the first finite verb (German puts
the verb second); either must name an actor or be a personal pronoun.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from . import phrases
from .clauses import FINITE_TAGS, _first
from ...doctext import doc_text
from .clauses import _speaker_around, _token_at, _with_apposition
from .words import words

SPEAKING_PRONOUNS = words("subjects", "SPEAKING_PRONOUNS")  # "ich", "wir" are words inside quotes
# words before the first phrase that open no constituent of their own
LEADING = words("subjects", "LEADING")


RELATIVE_TAGS = ("PRELS", "PRELAT")


def _past_relative_clause(doc: Doc, k: int, before: int) -> int:
    """The token after a relative clause opening at ``k`` and closed by a comma ("Jan Kurz, der die
    Pläne abgelehnt hatte, unterschrieb …": its verb is not the sentence's), else ``k``."""
    opens = doc[k].tag_ in RELATIVE_TAGS or (doc[k].tag_ in ("APPR", "APPRART") and k + 1 < before
                                              and doc[k + 1].tag_ in RELATIVE_TAGS)  # "mit dem er …"
    if not opens:
        return k
    comma = next((i for i in range(k + 1, before) if doc[i].text == ","), None)
    return comma + 1 if comma is not None else k


def _sentence_subject(sent: SpacySpan, before: int) -> Optional[tuple[int, int]]:
    """Token span of the subject of ``sent`` if it ends before token ``before`` and names an actor."""
    doc = sent.doc
    start = _first(sent)
    while start < before and doc[start].text.lower() in LEADING:
        start += 1
    head = _with_apposition(sent, phrases.forward(sent, start))
    if head is not None and head[1] < before:
        k = head[1] + 1 if doc[head[1]].text == "," else head[1]
        k = _past_relative_clause(doc, k, before)
        if k < before and doc[k].tag_ in FINITE_TAGS and _names_actor(doc, *head):
            return head
    verb = next((k for k in range(start, before) if doc[k].tag_ in FINITE_TAGS and doc[k].text[:1].islower()), None)
    if verb is None:
        return None
    if head is not None and head[1] < verb and doc[head[1]].text == "," and doc[verb - 1].text == "," and _names_actor(doc, *head):
        return head  # "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte …"
    around = _speaker_around(sent, verb, start)  # "Sadiq Khan, einer der Abgeordneten, die …, verurteilte"
    if around is not None and around[1] <= verb and _names_actor(doc, *around):
        return around
    after = _with_apposition(sent, phrases.forward(sent, verb + 1))
    named = phrases.mention_from(doc, verb + 1) if verb + 1 < before else None
    if named is not None and named <= before and (after is None or named > after[1]):
        # "brachte die Sprecherin der Fraktion im Bundestag, Anna Berg, zum Ausdruck": one actor's mention
        # the phrase rules stop reading at the preposition
        return (verb + 1, named)
    if after is not None and after[1] <= before and _names_actor(doc, *after):
        return after
    return None


def _previous_subject(lex, doc: Doc, q) -> Optional[tuple[int, int]]:
    """The actor subject of the sentence right before a quote that opens its own sentence."""
    first = _token_at(doc, q.outer_start)
    k = (first or 0) - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    prev = doc[k].sent  # the sentencizer may keep the opening mark in it
    if any(lex.verb_of(t) for t in prev):
        return None  # "Die Ärztin sagte, …. „…“": the quote continues that report, as any other would
    return _sentence_subject(prev, k)


def _names_actor(doc: Doc, start: int, end: int) -> bool:
    """A personal pronoun, or a phrase whose head is an actor's mention: one that starts in its
    first two words ("die Sprecherin der Partei") or ends it ("die Sprecherin, Anna Berg"), not
    one buried in it ("Den Unmut der Partei über die Pläne")."""
    if end - start == 1 and doc[start].text.lower() in SPEAKING_PRONOUNS:
        return True
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    early = doc[min(end, start + 2) - 1].idx + len(doc[min(end, start + 2) - 1])
    text = doc_text(doc)
    return any(first <= m.start and m.end <= last
               and (m.start < early or (m.end == last and text[first : m.start].rstrip().endswith(",")))  # "…, Anna Berg"
               for a in doc._.actors or [] for m in a.mentions)
