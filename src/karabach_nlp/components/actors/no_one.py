"""The last check before the records: an unnamed actor whose phrase names no one is dropped (spec
§3: "Annahme", "Offiziell" are no actors). Its head must be a noun; for a body, no abstract noun ("Ideenlosigkeit") unless it names a body ("Stadtverwaltung"). A one-word
"name" the tagger reads as no noun anywhere ("Offiziell") is none either."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...doctext import doc_text

from .clusters import Cluster
from .lexicon import Lexicon
from .nouns import ABSTRACT_ENDINGS, body_noun
from .words import word_set

COALITION = "|".join(sorted(word_set("coalition_heads")))
COALITION_AFTER = re.compile(rf"[\"“”»«]?-(?:{COALITION})\b")  # the tail every nickname's pattern ends in

NOUN_TAGS = {"NN", "NE", "FM", "XY"}
# tags of words that never name anyone; not ADJA: "Jugendliche", "Bewaffnete" are people
ADVERB_TAGS = {"ADJD", "ADV", "PTKVZ", "PAV", "KON", "KOUS"}


def _head(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.text[:1].isupper()] if span is not None else []
    nouns = [t for t in words if t.tag_ in NOUN_TAGS]
    return nouns[0] if nouns else (words[-1] if words else None)


def _adverb_name(doc: Doc, cluster: Cluster) -> bool:
    """A one-word "name" the tagger reads as no noun anywhere it stands: "Des Weiteren", "Offiziell"."""
    if cluster.type != "person" or not cluster.key or " " in cluster.key or cluster.given is not None:
        return False
    tokens = [t for s, e in cluster.spans for t in (doc.char_span(s, e, alignment_mode="expand") or []) if t.text == cluster.key]
    return bool(tokens) and all(t.tag_ in ADVERB_TAGS for t in tokens)


def _coalition_nickname(doc: Doc, cluster: Cluster) -> bool:
    """A state's name the article also writes before a coalition's head ("Jamaika-Koalition",
    '"Jamaika"-Koalition') is the coalition's nickname there, not the state ("Jamaika 55,6 Prozent")."""
    if cluster.type != "state":
        return False
    text = doc_text(doc)
    if not COALITION_AFTER.search(text):
        return False  # no coalition's head after a hyphen anywhere: no name-specific pattern to build
    written = {text[s:e] for s, e in cluster.spans}
    return any(re.search(rf"(?<!\w){re.escape(w)}[\"“”»«]?-(?:{COALITION})\b", text) for w in written)


def names_no_one(doc: Doc, lex: Lexicon, cluster: Cluster) -> bool:
    if _coalition_nickname(doc, cluster):
        return True
    if not doc.has_annotation("TAG"):
        return False
    if _adverb_name(doc, cluster):
        return True
    if cluster.described is None or cluster.key is not None:
        return False
    head = _head(doc, *cluster.described)
    if head is None:
        return False
    if head.tag_ in ADVERB_TAGS:
        return True  # "Offiziell": an adverb
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if head.tag_ == "ADJA" and after is not None and (after.tag_ == "NE" or lex.head_type(after.text) == "person"):
        return True  # "Der Schweizer [Politiker Joseph Deiss]": an adjective before its noun, no one itself
    if cluster.type == "person":
        return False  # the rules that found it read person nouns already ("Reisenden", "Augenzeugenberichten")
    word, low = head.text, head.text.lower()
    return lex.head_type(word) is None and low.endswith(ABSTRACT_ENDINGS) and not body_noun(low)

