"""The cue words of the attribution rules as spaCy ``Matcher`` patterns, each labelled with the
name of the rule it starts: ``{"label": "according_to.laut", "pattern": [{"LOWER": "gemäß"}]}``.

The default patterns are data (``models/patterns/attribution_cues.jsonl``); the component saves
the patterns it runs with in its ``to_disk`` and reads them back in ``from_disk``. A new cue word
for an existing rule is one line there."""

from __future__ import annotations

from typing import Iterable

import srsly
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ...errors import PipelineError
from ...resources import resource_path

DEFAULT_PATTERNS = ("patterns", "attribution_cues.jsonl")


def default_patterns() -> list[dict]:
    return list(srsly.read_jsonl(resource_path(*DEFAULT_PATTERNS)))


class CueMatcher:
    """Finds where each rule's cue stands in a document."""

    def __init__(self, vocab: Vocab, patterns: Iterable[dict], rule_names: Iterable[str]):
        self.vocab = vocab
        self.patterns: list[dict] = []
        self._matcher = Matcher(vocab)
        known = set(rule_names)
        for p in patterns:
            if p.get("label") not in known:
                raise PipelineError(f"cue pattern {p!r}: its label names no attribution rule (rules: {', '.join(sorted(known))})")
            self.patterns.append({"label": p["label"], "pattern": p["pattern"]})
            self._matcher.add(p["label"], [p["pattern"]])

    def __call__(self, doc: Doc) -> dict[int, frozenset[str]]:
        """The names of the rules whose cue starts at each token (tokens with none left out)."""
        found: dict[int, set[str]] = {}
        for match_id, start, _end in self._matcher(doc):
            found.setdefault(start, set()).add(self.vocab.strings[match_id])
        return {i: frozenset(names) for i, names in found.items()}
