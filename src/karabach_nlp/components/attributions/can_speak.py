"""Whether a phrase can be a speaker: a person or body, a pronoun, or a text that says something.

Rules that take the subject of a clause whatever its verb (a frame the lexicon does not list, a
clause before a colon) ask this first: "Die hohen Kosten bedeuteten, …", "Seine Zuversicht gründet
sich darauf: „…“" name no speaker, and the statement continues the last one."""

from __future__ import annotations

from spacy.tokens import Doc

from ...speech_lexicon import load_lexicon
from . import phrases
from .authors import document_noun
from .clauses import THING_ENDINGS, _saying_noun
from .nouns import content_noun


def names_someone(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` can speak: a personal pronoun, a document ("Die Studie"), or a
    phrase whose head (before its first genitive or preposition) an actor's mention covers."""
    first = doc[start]
    if first.text.lower() in ("es", "das", "dies"):
        return False
    if end - start == 1 and first.text.lower() in phrases.PRONOUNS:
        return True
    if first.text in ("„", "»", "\""):
        return True  # "„Muslix64“ erwähnte, …": a name in quotation marks
    head_end = next((k for k in range(start + 1, end) if doc[k].tag_ in ("APPR", "APPRART")
                     or (doc[k].text.lower() in ("des", "der") and doc[k - 1].tag_ == "NN")), end)
    if any(document_noun(doc[k]) or content_noun(doc[k].text) or _saying_noun(load_lexicon(), doc[k].text)
           for k in range(start, head_end)):
        return True  # "Die Studie", "Forderungen", "Vorwürfe": the dataset's speaker where no one is named
    mentions = phrases.actor_mention_spans(doc)
    lo, hi = doc[start].idx, doc[head_end - 1].idx + len(doc[head_end - 1].text)
    if any(s < hi and lo < e for s, e in mentions):
        return True
    head = next((t for t in doc[start:head_end] if t.text[:1].isupper() and t.text.lower() not in phrases.DETERMINERS),
                None)
    hi = doc[end - 1].idx + len(doc[end - 1].text)
    # "ein Besuch von der Junta": an actor after the head, unless the head is a thing ("Entscheidung")
    return (head is not None and not head.text.lower().endswith(THING_ENDINGS)
            and any(s < hi and lo < e for s, e in mentions))
