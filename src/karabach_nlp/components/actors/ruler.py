"""A SpanRuler that answers one-token word-list and regex patterns per word form instead of the Matcher.

spaCy's Matcher evaluates every ``{"IN": [...]}`` set predicate and every ``{"REGEX": ...}``
predicate on every token of every doc; the gazetteers make ~100 set patterns (one per demonym
entry, the head nouns, the given names) and six long regexes (compound head nouns, source
compounds), which cost a third of the warm pipeline. Here a dict from word to (label, id) finds
the same one-token spans of a word list with one lookup per token, and a regex is tried once
per word form and process (the answer is kept by the form's hash), as ``re.search`` on the
token's text, as the Matcher does. Every other pattern still goes to spaCy. Phrase patterns are
made by the tokenizer alone: the phrase matcher compares token texts (ORTH), which no later pipe
changes, so running the pipeline built so far over the ~1,300 gazetteer names was not needed.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.attrs import LOWER, ORTH
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

_ATTRS = {"LOWER": LOWER, "TEXT": ORTH, "ORTH": ORTH}
MEMO_SIZE = 500_000  # word forms whose regex answers are kept; emptied when full
# a head noun's compound regex (HeadNouns.regex): a capital, letters, one of many endings, an inflection
_SUFFIX_SHAPE = re.compile(r"\^\[A-ZÄÖÜ\]\[\\w\.-\]\+\(\?i:([\w|]+)\)\(\?:([\w|]+)\)\?\$")


class _Reversed:
    """A head-compound regex tried on the reversed word: the same answer (a full match either way;
    case folding is per character), but the many endings are tried once at the word's end, not after
    each letter the greedy run of letters gives back. A word with a line break keeps the regex
    (``$`` may match before a final line break)."""

    def __init__(self, regex: re.Pattern, endings: str, inflections: str):
        self.regex = regex
        flip = lambda alternation: "|".join(re.escape(w[::-1]) for w in alternation.split("|"))
        self.reversed = re.compile(rf"(?:{flip(inflections)})?(?i:{flip(endings)})[\w.-]+[A-ZÄÖÜ]")

    def search(self, text: str) -> bool:
        return bool(self.regex.search(text)) if "\n" in text else self.reversed.fullmatch(text[::-1]) is not None


def _compiled(value: str):
    regex = re.compile(value)
    shape = _SUFFIX_SHAPE.fullmatch(value)
    return _Reversed(regex, *shape.groups()) if shape else regex


def _one_token(pattern) -> Optional[tuple[str, str, object]]:
    """('LOWER', 'IN', words) for ``[{"LOWER": {"IN": words}}]``, ('TEXT', 'REGEX', regex) for
    ``[{"TEXT": {"REGEX": regex}}]``, else None."""
    if not isinstance(pattern, list) or len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    (attr, spec), = pattern[0].items()
    if attr.upper() not in _ATTRS or not isinstance(spec, dict) or len(spec) != 1 or list(spec)[0] not in ("IN", "REGEX"):
        return None
    (operator, value), = spec.items()
    return attr.upper(), operator, value


class WordListRuler(SpanRuler):
    def clear(self) -> None:
        super().clear()
        self._word_index: dict[int, dict[int, list[tuple[str, str]]]] = {}  # attr -> word hash -> labels
        self._regexes: dict[int, list[tuple[re.Pattern, str, str]]] = {}  # attr -> (regex, label, id)
        self._regex_memo: dict[int, dict[int, list[tuple[str, str]]]] = {}  # attr -> word hash -> labels

    def add_patterns(self, patterns) -> None:
        rest = []
        for entry in patterns:
            found = _one_token(entry["pattern"])
            if found is None:
                rest.append(entry)
                continue
            attr, operator, value = found
            label = (entry["label"], entry.get("id", ""))
            if operator == "REGEX":
                self._regexes.setdefault(_ATTRS[attr], []).append((_compiled(value), *label))
                self._regex_memo.clear()
            else:
                index = self._word_index.setdefault(_ATTRS[attr], {})
                for word in value:
                    index.setdefault(self.nlp.vocab.strings.add(word), []).append(label)
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
        if not (self._word_index or self._regexes) or not len(doc):
            return spans
        found = set()
        for attr in set(self._word_index) | set(self._regexes):
            index = self._word_index.get(attr, {})
            regexes = self._regexes.get(attr)
            for i, key in enumerate(doc.to_array([attr]).tolist()):
                for label, span_id in index.get(key, ()):
                    found.add(Span(doc, i, i + 1, label=label, span_id=span_id))
                if regexes:
                    for label, span_id in self._regex_labels(doc, attr, key, regexes):
                        found.add(Span(doc, i, i + 1, label=label, span_id=span_id))
        return sorted(found.union(spans)) if found else spans

    def _regex_labels(self, doc: Doc, attr: int, key: int, regexes: list) -> list[tuple[str, str]]:
        memo = self._regex_memo.setdefault(attr, {})
        labels = memo.get(key)
        if labels is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            text = doc.vocab.strings[key]
            labels = memo[key] = [(label, span_id) for regex, label, span_id in regexes if regex.search(text)]
        return labels
