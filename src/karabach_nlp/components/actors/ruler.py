"""A SpanRuler that looks one-token word-list patterns up in a dict instead of the Matcher.

spaCy's Matcher evaluates every ``{"IN": [...]}`` set predicate on every token; the gazetteers
make ~100 of them (one per demonym entry, the head nouns, the given names), which cost a third
of the warm pipeline. A dict from word to (label, id) finds exactly the same one-token spans
with one lookup per token; every other pattern still goes to spaCy. Phrase patterns are made by the
tokenizer alone: the phrase matcher compares token texts (ORTH), which no later pipe changes, and
running the pipeline over ~1,300 gazetteer names cost a fresh process ~0.1 s while it was built.
"""

from __future__ import annotations

from typing import Optional

from spacy.attrs import LOWER, ORTH
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

_ATTRS = {"LOWER": LOWER, "TEXT": ORTH, "ORTH": ORTH}


def _word_list(pattern) -> Optional[tuple[str, list[str]]]:
    """('LOWER', words) for a pattern ``[{"LOWER": {"IN": words}}]``, else None."""
    if not isinstance(pattern, list) or len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    (attr, spec), = pattern[0].items()
    if attr.upper() not in _ATTRS or not isinstance(spec, dict) or list(spec) != ["IN"]:
        return None
    return attr.upper(), spec["IN"]


class WordListRuler(SpanRuler):
    def clear(self) -> None:
        super().clear()
        self._word_index: dict[int, dict[int, list[tuple[str, str]]]] = {}  # attr -> word hash -> labels

    def add_patterns(self, patterns) -> None:
        rest = []
        for entry in patterns:
            found = _word_list(entry["pattern"])
            if found is None:
                rest.append(entry)
                continue
            attr, words = found
            index = self._word_index.setdefault(_ATTRS[attr], {})
            for word in words:
                key = self.nlp.vocab.strings.add(word)
                index.setdefault(key, []).append((entry["label"], entry.get("id", "")))
            self._patterns.append(entry)
        if self.phrase_matcher_attr not in (None, "ORTH", "TEXT"):
            super().add_patterns(rest)  # another attribute may need the pipeline's annotation
            return
        for entry in rest:
            label = repr((entry["label"], entry.get("id", "")))
            self._match_label_id_map[self.nlp.vocab.strings.add(label)] = {"label": entry["label"], "id": entry.get("id", "")}
            if isinstance(entry["pattern"], str):
                self.phrase_matcher.add(label, [self.nlp.make_doc(entry["pattern"])])
            elif isinstance(entry["pattern"], list):
                self.matcher.add(label, [entry["pattern"]])
            else:
                raise ValueError(f"a pattern is a string or a list of token patterns, not {entry['pattern']!r}")
            self._patterns.append(entry)

    def match(self, doc: Doc):
        spans = super().match(doc)
        if not self._word_index or not len(doc):
            return spans
        found = set()
        for attr, index in self._word_index.items():
            for i, key in enumerate(doc.to_array([attr]).tolist()):
                for label, span_id in index.get(key, ()):
                    found.add(Span(doc, i, i + 1, label=label, span_id=span_id))
        return sorted(found.union(spans)) if found else spans
