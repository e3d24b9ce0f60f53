"""The ``karabach_casualties`` component: per sentence, its figures, their outcomes by the named
rules of :mod:`.outcome_rules`, then the sources from ``doc._.attributions``."""

from __future__ import annotations

from typing import Iterable, Optional

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ...records import CasualtyMention, Outcome, Span
from ...resources import load_json
from ..quantities import sentence_quantities
from .lexicon import Lexicon, default_lexicon
from .outcome_rules import OUTCOME_STAGES, RULES, Sentence, figures
from .matchers import CountNouns, OutcomeWords
from .reader import Candidate, Reader
from .sources import add_sources, parts_share_sources
from .stance_sources import stance_sources


class Casualties:
    def __init__(self, nlp: Language, name: str, lexicon: str, disabled_rules: Iterable[str] = (),
                 only_rules: Optional[Iterable[str]] = None):
        self.name = name
        self.nlp = nlp  # its tokenizer reads the outcome patterns (to_disk / from_disk)
        # the default lists compile once per process, shared with holds_figure()
        self.lex = default_lexicon() if lexicon == "casualties.json" else Lexicon(load_json("lexicons", lexicon))
        self.rules = RULES.select(disabled_rules, only_rules)
        self.outcome_words = OutcomeWords(nlp, self.lex.outcome_forms)
        self.count_nouns = CountNouns(nlp, self.lex.count_nouns)

    def __call__(self, doc: Doc) -> Doc:
        reader = Reader(self.lex, doc, self.outcome_words, self.count_nouns)
        found: list[CasualtyMention] = []
        previous_outcome: Optional[Outcome] = None
        for sent in doc.sents:
            quantities = sentence_quantities(doc, sent.start_char, sent.end_char)
            sentence = Sentence(reader, sent.start_char, sent.end_char, quantities, previous_outcome)
            mentions = self.sentence_mentions(sentence)
            previous_outcome = mentions[-1].outcome if mentions else None
            found += mentions
        add_sources(found, doc._.attributions or [], _sentences(doc), doc._.actors or [])
        stance_sources(doc, found, doc._.actors or [])
        parts_share_sources(found, reader.parent_of)
        doc._.casualties = found
        return doc

    def to_disk(self, path, exclude=()) -> None:
        """Save the word lists and the outcome patterns with the pipeline (``nlp.to_disk``)."""
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "lexicon.json", self.lex.data)
        srsly.write_jsonl(path / "outcome_patterns.jsonl", self.outcome_words.patterns())

    def from_disk(self, path, exclude=()) -> "Casualties":
        path = ensure_path(path)
        self.lex = Lexicon(srsly.read_json(path / "lexicon.json"))
        self.outcome_words = OutcomeWords.from_patterns(self.nlp, srsly.read_jsonl(path / "outcome_patterns.jsonl"))
        self.count_nouns = CountNouns(self.nlp, self.lex.count_nouns)
        return self

    def sentence_mentions(self, s: Sentence) -> list[CasualtyMention]:
        """The mentions of one sentence: its figures, each given an outcome by the first rule that finds one."""
        s.reader.quantity_starts = {q.start for q in s.quantities}
        s.cands = figures(s, self.rules.stage("figures"))
        for stage in OUTCOME_STAGES:
            rules = self.rules.stage(stage)
            if stage == "groups":
                for rule in rules:
                    rule(s)
                continue
            for i, cand in enumerate(s.cands):
                for rule in rules:
                    if cand.outcome is not None:
                        break
                    found = rule(s, i, cand)
                    if found is not None:
                        cand.outcome, cand.outcome_span = found.outcome, found.span
                        cand.part_of = found.part_of or cand.part_of
        return [_mention(s, cand) for cand in s.cands if cand.outcome is not None]


def _mention(s: Sentence, cand: Candidate) -> CasualtyMention:
    text, q = s.text, cand.quantity
    if cand.part_of is not None:
        s.reader.parent_of[q.start] = cand.part_of.quantity.start
    return CasualtyMention(
        count_text=Span.of(text, q.start, q.end),
        count=q.count,
        outcome=cand.outcome,
        outcome_span=Span.of(text, *cand.outcome_span) if cand.outcome_span else None,
        victims=text[cand.victim[0] : cand.victim[1]] if cand.victim else None,
        victims_span=Span.of(text, *cand.victim) if cand.victim else None,
        category=cand.category,
        cumulative=_cumulative(s, cand),
    )


def _cumulative(s: Sentence, cand: Candidate) -> bool:
    """A running total: the figure's own words, its group's ("bislang sechs Soldaten … und ein
    Soldat"), or the whole it is part of when that one is a running total ("bislang 300 Tote,
    darunter 40 Kinder"; not "insgesamt fünf Verletzte, drei davon leicht")."""
    def cumulative(c: Candidate, marker=None) -> bool:
        return s.reader.cumulative(s.text, c, s.start, s.end, s.people, marker)

    return (
        cumulative(cand)
        or any(cumulative(c) for c in cand.group)
        or any(c.part_of is not None and cumulative(c.part_of, s.lex.running_total_re) for c in [cand] + cand.group)
    )


@Language.factory(
    "karabach_casualties",
    default_config={"lexicon": "casualties.json", "disabled_rules": [], "only_rules": None},
    requires=["doc.sents", "token.pos", "doc._.quantities", "doc._.attributions", "doc._.actors"],  # token.pos: where verbs stand
    assigns=["doc._.casualties"],
)
def make_casualties(nlp: Language, name: str, lexicon: str, disabled_rules: list[str],
                    only_rules: Optional[list[str]]) -> Casualties:
    return Casualties(nlp, name, lexicon, disabled_rules, only_rules)


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """The sentences as character ranges from their first word (the sentencizer keeps line breaks in front)."""
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            out.append((words[0].idx, sent.end_char))
    return out
