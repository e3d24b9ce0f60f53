"""``token._.full_lemma``: the lemma of a verb together with its separated particle.

"Die Polizei teilte am Abend mit, …" -> "teilte"._.full_lemma == "mitteilen" (its ``lemma_``
stays "teilen", as in UD and de_core_news_md, which leave the particle to the parser). Works
on any pipeline with STTS tags: the particle is the next PTKVZ in the same clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from .mood import CLAUSE_BOUNDARY_TAGS

FINITE_FULL_VERB_TAGS = frozenset({"VVFIN", "VVIMP"})


def full_lemma(token: Token) -> str:
    if token.tag_ not in FINITE_FULL_VERB_TAGS:
        return token.lemma_
    sent_end = token.sent.end if token.doc.has_annotation("SENT_START") else len(token.doc)
    for follower in token.doc[token.i + 1 : sent_end]:
        if follower.tag_ in CLAUSE_BOUNDARY_TAGS or follower.tag_ in FINITE_FULL_VERB_TAGS:
            break
        if follower.tag_ == "PTKVZ":
            return follower.text.lower() + token.lemma_
    return token.lemma_


def register() -> None:
    if not Token.has_extension("full_lemma"):
        Token.set_extension("full_lemma", getter=full_lemma)
