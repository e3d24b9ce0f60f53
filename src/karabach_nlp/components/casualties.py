"""Casualty mentions (spec §1): a quantity of people said to be dead, injured, missing or captured."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..quantities import parse_count
from ..records import CasualtyMention, Category, Outcome, Span
from ..resources import load_json


class Casualties:
    def __init__(self, nlp: Language, name: str, lexicon: str):
        self.name = name
        data = load_json("lexicons", lexicon)
        self.outcomes = {w.lower(): Outcome(o) for o, words in data["outcomes"].items() for w in words}
        self.victims = {w: Category(c) for c, words in data["victims"].items() for w in words}

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        found = []
        for sent in doc.sents:
            for i, tok in enumerate(sent):
                if not tok.like_num:
                    continue
                start = tok.idx
                prev = sent[max(0, i - 2) : i]
                if prev.text.lower() in ("mehr als",):
                    start = prev.start_char
                count = parse_count(text[start : tok.idx + len(tok)])
                if count is None:
                    continue
                rest = sent[i + 1 :]
                victim = next((t for t in rest[:3] if t.text in self.victims), None)
                outcome = next((t for t in rest[:6] if t.text.lower() in self.outcomes), None)
                if outcome is None:
                    continue
                found.append(
                    CasualtyMention(
                        count_text=Span.of(text, start, tok.idx + len(tok)),
                        count=count,
                        outcome=self.outcomes[outcome.text.lower()],
                        outcome_span=Span.of(text, outcome.idx, outcome.idx + len(outcome)),
                        victims=victim.text if victim else None,
                        victims_span=Span.of(text, victim.idx, victim.idx + len(victim)) if victim else None,
                        category=self.victims[victim.text] if victim else Category.unspecified,
                    )
                )
        self._add_sources(doc, found)
        doc._.casualties = found
        return doc

    @staticmethod
    def _add_sources(doc: Doc, mentions: list[CasualtyMention]) -> None:
        for mention in mentions:
            for attribution in doc._.attributions or []:
                if attribution.content.contains(mention.count_text):
                    mention.source = attribution.speaker.text if attribution.speaker else None
                    mention.source_span = attribution.speaker
                    mention.source_actor = attribution.speaker_actor
                    mention.source_actor_id = attribution.speaker_actor_id
                    break


@Language.factory(
    "karabach_casualties",
    default_config={"lexicon": "casualties.json"},
    requires=["doc._.attributions"],
    assigns=["doc._.casualties"],
)
def make_casualties(nlp: Language, name: str, lexicon: str) -> Casualties:
    return Casualties(nlp, name, lexicon)
