"""What the mention rules share while reading one doc: the doc, the gazetteers, the ruler's spans,
clause starts, quotations, and the mentions found so far with the tokens they took.

Rules run in order (``registry.py``); a rule sees the mentions and taken tokens of every rule
before it, and nothing else it could change."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Collection

from spacy.tokens import Doc, Token

from ...doctext import doc_text
from ..quotes import find_quotes
from .grammar import CLAUSE_OPENERS
from .lexicon import DEMONYM, Lexicon
from .mention_record import Mention

SPANS_KEY = "karabach_actor_triggers"  # where the ruler leaves its spans for the rules


@dataclass
class Context:
    doc: Doc
    lex: Lexicon
    known_words: frozenset[str]  # base forms the lemmatizer's table knows: German words
    by_label: dict[str, list]  # ruler spans by label
    starts: list[bool]  # clause starts
    quoted: list[bool]  # tokens inside quotation marks
    demonyms: dict[int, str]  # token index -> state of a demonym there ("russische")
    tokens: list[Token]  # the doc's tokens, made once: each walk over the doc would make them anew
    mentions: list[Mention] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)  # tokens an earlier rule claimed
    _index: dict = field(default_factory=dict, repr=False)  # per token attribute: value -> token indices

    def tokens_where(self, attr: str, values: Collection[str]) -> list[Token]:
        """The tokens whose ``attr`` ('text', 'lower_' or 'tag_') is one of ``values``, in doc
        order: a rule that reads only such tokens looks them up here instead of walking the doc
        (one walk indexes the three attributes, once per doc)."""
        index = self._by(attr)
        if len(values) <= len(index):
            found = [i for value in set(values) for i in index.get(value, ())]
        else:
            found = [i for value, places in index.items() if value in values for i in places]
        return [self.tokens[i] for i in sorted(found)]

    def tokens_matching(self, regex: re.Pattern) -> list[Token]:
        """The tokens whose text ``regex`` matches (``regex.match``), in doc order; each distinct
        text is tried once, and the answer is kept per doc."""
        found = self._index.get(regex)
        if found is None:
            places = [i for text, at in self._by("text").items() if regex.match(text) for i in at]
            found = self._index[regex] = [self.tokens[i] for i in sorted(places)]
        return found

    def _by(self, attr: str) -> dict[str, list[int]]:
        if attr not in self._index:
            by_text, by_lower, by_tag = self._index["text"], self._index["lower_"], self._index["tag_"] = {}, {}, {}
            for tok in self.tokens:
                i = tok.i
                by_text.setdefault(tok.text, []).append(i)
                by_lower.setdefault(tok.lower_, []).append(i)
                by_tag.setdefault(tok.tag_, []).append(i)
        return self._index[attr]


def make_context(doc: Doc, lex: Lexicon, known_words: frozenset[str]) -> Context:
    by_label: dict[str, list] = {}
    for span in doc.spans.get(SPANS_KEY, []):
        by_label.setdefault(span.label_, []).append(span)
    demonyms = {s.start: s.id_ for s in by_label.get(DEMONYM, [])}
    tokens = list(doc)
    return Context(doc, lex, known_words, by_label, sentence_starts(doc, tokens), quoted(doc, tokens), demonyms, tokens)


def sentence_starts(doc: Doc, tokens: list[Token]) -> list[bool]:
    """Tokens that begin a sentence or clause: after . ! ? : ; or a quotation mark, spaces skipped."""
    sent = doc.has_annotation("SENT_START")
    starts, prev = [], None
    for tok in tokens:
        starts.append(prev is None or (sent and tok.is_sent_start) or prev.text in CLAUSE_OPENERS)
        if not tok.is_space:
            prev = tok
    return starts


def quoted(doc: Doc, tokens: list[Token]) -> list[bool]:
    """Tokens inside quotation marks: a pronoun there is the quoted speaker's, not ours. The marks are
    paired as the attribution rules pair them (the » closing «…» opens no quote of its own)."""
    text = doc_text(doc)
    inside = bytearray(len(text) + 1)  # characters strictly between a pair of marks
    for q in find_quotes(text):
        inside[q.start : q.end] = b"\x01" * max(q.end - q.start, 0)
    return [inside[tok.idx] == 1 for tok in tokens]
