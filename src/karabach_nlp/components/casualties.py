"""Casualty mentions (spec §1): a quantity of people said to be dead, injured, missing or captured.

Per sentence: the quantity parser finds the quantity phrases; the words after each one give its
noun phrase (victim noun, or an outcome noun such as "Tote"); the outcome is the nearest outcome
word in the same clause (after the phrase first, then before it), shared by coordinated phrases
("neun Polizisten und acht Zivilisten getötet"). A bare figure in a sentence about a count
("Die Gesamtzahl nähere sich der 5000") takes the outcome of the sentence before. Sources come
from ``doc._.attributions``. All word lists live in ``models/lexicons/casualties.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..quantities import Quantity, find_quantities
from .quantities import sentence_quantities
from ..records import Attribution, CasualtyMention, Category, Count, Outcome, Span
from ..resources import load_json
from ..doctext import doc_text

_TOKEN = re.compile(r"\d+-[^\W\d_][\w-]*|[^\W\d_][\w-]*|\d[\d.,]*|[^\w\s]")  # "74-jähriger" is one word
_CLAUSE_END = re.compile(r"[,;:()\[\]]|\s[–—-]\s|[.!?](?=\s|$)")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _alternation(forms: list[str]) -> str:
    forms = sorted(set(forms), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)


class Lexicon:
    """The casualty word lists compiled to regular expressions and lookup tables."""

    def __init__(self, data: dict):
        suffixes = data["suffixes"]
        literal: list[tuple[str, Outcome]] = []  # exact forms, stems with their inflections
        phrases: list[tuple[str, Outcome]] = []  # regular expressions
        self.outcome_nouns: dict[str, Outcome] = {}  # "Tote", "Verletzte": the head of a figure
        for name, spec in data["outcomes"].items():
            outcome = Outcome(name)
            for cls, stems in spec["stems"].items():
                forms = [stem + suf for stem in stems for suf in suffixes[cls]]
                literal += [(f, outcome) for f in forms]
                if cls == "noun_adj":
                    self.outcome_nouns.update((f.casefold(), outcome) for f in forms)
            literal += [(w, outcome) for w in spec["words"]]
            self.outcome_nouns.update((w.casefold(), outcome) for w in spec["words"] if w[:1].isupper() and " " not in w)
            phrases += [(p, outcome) for p in spec["phrases"]]
        literal.sort(key=lambda t: -len(t[0]))  # longest first: "getöteten" before "getötet"
        parts = phrases + [(r"\s+".join(re.escape(w) for w in a.split()), o) for a, o in literal]
        # the word-start check shared by all forms comes first, so the regex engine tries the
        # ~1,000 alternatives only where a word starts, not at every character (~50x faster)
        self.outcome_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(rf"(?P<o{i}>{p}(?![\w-]))" for i, (p, _) in enumerate(parts)) + ")",
            re.IGNORECASE,
        )
        self.outcome_of_group = {f"o{i}": o for i, (_, o) in enumerate(parts)}
        self.victims = {w.casefold(): Category(c) for c, words in data["victims"].items() for w in words}
        self.victim_suffixes = sorted((w for w in self.victims if len(w) >= 4), key=len, reverse=True)
        self.outcome_blockers = {w.casefold() for w in data["outcome_blockers"]["words"]}
        self.adjective_nouns = set(data["adjective_nouns"]["words"])
        self.subset_after_re = re.compile(rf"\s*(?:{_alternation(data['subset_after']['words'])})\b", re.IGNORECASE)
        self.frame_re = re.compile("|".join(data["outcome_frames"]["phrases"]), re.IGNORECASE)
        self.clause_frame_re = re.compile("|".join(data["clause_frames"]["phrases"]), re.IGNORECASE)
        self.determiners = {w.casefold() for w in data["determiners"]["words"]}
        self.active_verbs = set(data["active_verbs"]["words"])
        self.agent_before = {w.casefold() for w in data["agent_before"]["words"]}
        self.reference_set_re = re.compile(rf"\b(?:{_alternation(data['reference_set_before']['words'])})\s+$", re.IGNORECASE)
        self.partitive_re = re.compile(rf"^\s+(?:{_alternation(data['partitive']['words'])})\s+$", re.IGNORECASE)
        cum = data["cumulative"]
        self.running_total_re = re.compile(
            "|".join([rf"\b(?:{_alternation(cum['running_words'])})\b"] + cum["phrases"]), re.IGNORECASE
        )
        self.cumulative_re = re.compile(
            "|".join([rf"\b(?:{_alternation(cum['words'])})\b"] + cum["phrases"]), re.IGNORECASE
        )
        self.risen_before_re = re.compile(cum["risen_to"]["before"], re.IGNORECASE)
        self.risen_after_re = re.compile(cum["risen_to"]["after"], re.IGNORECASE)
        self.count_noun_re = re.compile(rf"\b(?:{_alternation(data['count_nouns']['words'])})\b")
        self.subset_re = re.compile(rf"\b(?:{_alternation(data['subset_markers'])})\b", re.IGNORECASE)
        coords = "|".join(re.escape(c) for c in data["coordinators"])
        self.coordination_re = re.compile(rf"^\s*(?:(?:{coords})\s*)+$", re.IGNORECASE)
        self.genitive_coordination_re = re.compile(data["coordinators_genitive"]["regex"])
        self.not_before = {w.casefold() for w in data["not_counts"]["before"]}
        self.function_words = {w.casefold() for w in data["function_words"]["words"]}
        self.vague_of = {w.casefold() for w in data["vague_of"]}
        ins = data["insertions"]
        self.insertion_after_re = re.compile(rf"\s*,\s*(?:{_alternation(ins['after_comma'])})\b", re.IGNORECASE)
        self.relative_re = re.compile(rf"\s*,\s*(?:{_alternation(ins['relative'])})\b", re.IGNORECASE)
        self.relative_subject_re = re.compile(rf"\b(?:{_alternation(ins['subject_before'])})\s", re.IGNORECASE)
        self.relative_object_re = re.compile(rf"\b(?:{_alternation(ins['object_before'])})\s", re.IGNORECASE)
        self.prepositions = {w.casefold() for w in ins["prepositions"]}
        self.object_articles = {w.casefold() for w in ins["object_before"] + ins["subject_before"]}
        self.noun_blockers = {w.casefold() for w in data["noun_outcome_blockers"]["words"]}
        self.split_outcomes = [
            (
                re.compile(rf"(?<![\w-])(?:{i['tail']})(?![\w-])", re.IGNORECASE),
                re.compile(i["verb"], re.IGNORECASE),
                Outcome(i["outcome"]),
            )
            for i in data["split_outcomes"]["items"]
        ]
        self.elliptic_re = re.compile(data["elliptic_after"]["regex"], re.IGNORECASE)
        self.exception_re = re.compile(rf"\b(?:{_alternation(data['exception_before']['words'])})\s+$", re.IGNORECASE)
        self.insertion_member_re = re.compile(rf"^\s*(?:{_alternation(ins['member_after_comma'])})\s+$", re.IGNORECASE)
        change = data["figure_change"]
        self.change_before_re = re.compile(rf"\b(?:{_alternation(change['before'])})\s+$", re.IGNORECASE)
        self.change_between_re = re.compile(rf"^\s+(?:{_alternation(change['between'])})\s+$", re.IGNORECASE)
        self.pp_coordination_re = re.compile(data["coordinators_prepositional"]["regex"], re.IGNORECASE)
        self.negations = set(data["negations"]["words"])
        members = data["members"]
        self.member_nouns = {w.casefold() for w in members["nouns"]}
        self.bodies = {w.casefold(): Category(c) for c, words in members["bodies"].items() for w in words}
        self.member_of_re = re.compile(
            rf"\s+(?:der|des)\s+(?:[\w-]+\s+){{0,2}}?(?P<body>{_alternation(sum(members['bodies'].values(), []))})\b",
            re.IGNORECASE,
        )
        self.alternative_re = re.compile(rf",\s*(?:{_alternation(data['alternative_before']['words'])})\s+$", re.IGNORECASE)
        self.share_after_re = re.compile(rf"\s+(?:{_alternation(data['share_after']['words'])})\b", re.IGNORECASE)
        demanded = data["demanded"]
        self.demanded_nouns = {w.casefold() for w in demanded["nouns"]}
        self.particle_end_re = re.compile(rf"\b(?:{_alternation(demanded['particles'])})\s*$")
        self.demanded_after_re = re.compile(
            rf"\s+(?P<verb>{_alternation(demanded['participles'])})\b"
        )
        self.demanded_re = re.compile(
            rf"\b(?P<verb>{_alternation(demanded['verbs'])})\s+(?:(?:{_alternation(demanded['between'])})\s+)?$"
        )
        elided = data["elided_noun"]
        self.elided_gap_re = re.compile(
            rf"^\s+(?:{_alternation(elided['coordinators'])})\s+(?:[\w-]+\s+){{0,3}}(?P<prep>{_alternation(elided['prepositions'])})\s+$"
        )

    def outcome_matches(self, text: str, start: int, end: int) -> list[tuple[int, int, Outcome]]:
        found = []
        for m in self.outcome_re.finditer(text, start, end):
            before = _TOKEN.findall(text[max(0, m.start() - 12) : m.start()])
            if before and before[-1].casefold() in self.outcome_blockers:
                continue  # "im Sterben": dying, not dead
            if before and text[m.start()].isupper() and before[-1].casefold() in self.noun_blockers:
                continue  # "suchen nach Vermissten"
            found.append((m.start(), m.end(), self.outcome_of_group[m.lastgroup]))
        for tail, verb, outcome in self.split_outcomes:
            for m in tail.finditer(text, start, end):
                head = _CLAUSE_END.split(text[max(0, m.start() - 200) : m.start()])[-1]  # its clause
                tail_verb = verb.match(text[m.end() : m.end() + 20].lstrip())  # "das Leben gekostet"
                if (verb.search(head) or tail_verb) and not any(f[0] <= m.start() < f[1] for f in found):
                    found.append((m.start(), m.end(), outcome))  # "kostete … vier Menschen das Leben"
        found.sort()
        return found

    def victim_category(self, noun: str) -> Optional[Category]:
        key = noun.casefold()
        if key in self.victims:
            return self.victims[key]
        if key.endswith("n") and key[:-1] in self.victims:
            return self.victims[key[:-1]]  # dative plural: "mit sechs getöteten Reportern"
        for feminine in ("innen", "in"):  # "Passagierin", "Passagierinnen"
            if key.endswith(feminine) and key[: -len(feminine)] in self.victims:
                return self.victims[key[: -len(feminine)]]
        for suffix in self.victim_suffixes:  # compounds: "US-Soldaten", "Dorfbewohner"
            if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                return self.victims[suffix]
        return None


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(load_json("lexicons", "casualties.json"))


def holds_figure(text: str) -> bool:
    """Whether ``text`` states a casualty figure: a quantity and an outcome word ("27 Tote", "die Zahl
    der Verletzten auf 40"); for speech acts whose object is such a figure ("meldete …")."""
    return bool(find_quantities(text)) and default_lexicon().outcome_re.search(text) is not None


@dataclass
class Candidate:
    """A quantity with the noun phrase after it, before its outcome is known."""

    quantity: Quantity
    np_end: int  # end of the noun phrase (the head noun, or the quantity when bare)
    victim: Optional[tuple[int, int]] = None
    category: Category = Category.unspecified
    outcome: Optional[Outcome] = None
    outcome_span: Optional[tuple[int, int]] = None
    bare: bool = False
    group: list["Candidate"] = field(default_factory=list)
    changed_from: Optional["Candidate"] = None  # "von 40 auf 35 Tote": the 35 was changed from the 40
    changed_to: Optional["Candidate"] = None
    part_of: Optional["Candidate"] = None  # "…, darunter 40 Kinder": the figure it is a part of
    elided_to: Optional["Candidate"] = None  # "Pakistan mit sieben und Irak mit sechs getöteten Journalisten"


class Casualties:
    def __init__(self, nlp: Language, name: str, lexicon: str):
        self.name = name
        # the default lists compile once per process, shared with holds_figure()
        self.lex = default_lexicon() if lexicon == "casualties.json" else Lexicon(load_json("lexicons", lexicon))
        self._doc: Optional[Doc] = None  # the doc being read
        self._verb_starts: Optional[set[int]] = None  # where its verbs start, read when first needed
        self._things: set[int] = set()  # figures of things ("bei 12 Überfällen"): they end no search
        self._reference_sets: set[int] = set()  # "keiner der 40 Schüler"
        self._quantity_starts: set[int] = set()  # where the sentence's quantity phrases start

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._doc, self._verb_starts = doc, None
        self._things = set()
        self._reference_sets = set()
        self._parent_of: dict[int, int] = {}  # a part's figure start -> its whole's ("27 Tote, darunter elf Kinder")
        found: list[CasualtyMention] = []
        previous_outcome: Optional[Outcome] = None
        for sent in doc.sents:
            quantities = sentence_quantities(doc, sent.start_char, sent.end_char)
            self._quantity_starts = {q.start for q in quantities}
            mentions = self.sentence_mentions(text, sent.start_char, sent.end_char, previous_outcome, quantities)
            previous_outcome = mentions[-1].outcome if mentions else None
            found += mentions
        add_sources(found, doc._.attributions or [])
        self._parts_share_sources(found)
        doc._.casualties = found
        return doc

    def _parts_share_sources(self, found: list[CasualtyMention]) -> None:
        """"Die Polizei sprach von 27 Toten, darunter elf Kinder": a part the report's content does not
        reach is told by whoever told its whole."""
        by_start = {m.count_text.start: m for m in found}
        for m in found:
            whole = by_start.get(self._parent_of.get(m.count_text.start, -1))
            if whole is not None and m.source_span is None and m.source_actor_id is None and (
                    whole.source_span is not None or whole.source_actor_id is not None):
                m.source, m.source_span = whole.source, whole.source_span
                m.source_actor, m.source_actor_id = whole.source_actor, whole.source_actor_id
                m.source_actor_ids = list(whole.source_actor_ids)

    # -- one sentence -------------------------------------------------------------------
    def sentence_mentions(
        self, text: str, start: int, end: int, previous_outcome: Optional[Outcome], quantities: list[Quantity]
    ) -> list[CasualtyMention]:
        cands = self.candidates(text, quantities, start, end)
        has_count_noun = bool(self.lex.count_noun_re.search(text, start, end))
        frame = self.lex.frame_re.search(text, start, end)
        clause_frame = self.lex.clause_frame_re.search(text, start, end)
        for i, cand in enumerate(cands):
            if cand.outcome is not None:
                continue
            if cand.bare and has_count_noun:  # "Die Zahl der Todesopfer liegt bei 56"
                before = self.lex.outcome_matches(text, start, cand.quantity.start)
                if before:
                    cand.outcome, cand.outcome_span = before[-1][2], before[-1][:2]
                    self._victim_of_count_noun(text, cand, start)
                    continue
            clause_end = self._clause_end(text, cand.np_end, end)
            # the next figure ends the search, unless it is a lone "ein" that counts no one here
            # the next figure of people ends the search ("bei 12 Überfällen" does not)
            kept = sorted(c.quantity.start for c in cands)
            things = set(self._things)
            if self.lex.exception_re.search(text, max(start, cand.quantity.start - 25), cand.quantity.start):
                things |= self._reference_sets  # "Bis auf einen Jungen wurde keiner der 40 Schüler verletzt"
            ends_search = [
                q.start
                for q in quantities
                if q.start >= cand.np_end and (q.start in kept or (q.kind != "one" and q.start not in things))
            ]
            limit = min(ends_search + [end])
            after = self.lex.outcome_matches(text, cand.quantity.end, min(clause_end, limit))
            if not after:
                after = self._outcome_past_insertion(text, cand, clause_end, kept, start, end)
            if after and not self._is_agent(text, cand, after[0], start):
                cand.outcome, cand.outcome_span = after[0][2], after[0][:2]
        self._share_in_groups(text, cands, start, end)
        # every figure but a year bounds a mention's running-total words ("Seit März 2019 starben …")
        people = [q for q in quantities if not _YEAR.match(text[q.number_start : q.end])]
        out = []
        for i, cand in enumerate(cands):
            if cand.outcome is None and not cand.bare:
                self._active_verb_before(text, cand, start, cands)
            framing = frame
            if cand.outcome is None and frame is None and clause_frame is not None:
                if not _CLAUSE_END.search(text, clause_frame.end(), cand.quantity.start):
                    framing = clause_frame  # not "Die Toten sind …, drei Helfer"
            if cand.outcome is None and framing is not None and framing.end() <= cand.quantity.start:
                framed = self.lex.outcome_matches(text, framing.start(), framing.end())
                if framed:  # "Unter den Toten soll sich auch ein Kleinkind befinden"
                    cand.outcome, cand.outcome_span = framed[-1][2], framed[-1][:2]
            parent = next((c for c in reversed(cands[:i]) if c.outcome is not None), None)
            if cand.outcome is None and parent is not None and self._is_subset(text, parent, cand):
                cand.outcome = parent.outcome  # "…, darunter drei Kinder": the outcome of the whole
                cand.part_of = parent
            if cand.outcome is None and cand.elided_to is not None and cand.elided_to.outcome is not None:
                cand.outcome, cand.outcome_span = cand.elided_to.outcome, cand.elided_to.outcome_span
            if cand.outcome is None and cand.group and cand.group[0].outcome is not None:
                cand.outcome = cand.group[0].outcome  # "darunter 68 Kinder und 13 Frauen"
                cand.outcome_span = cand.group[0].outcome_span
            if cand.outcome is None and cand.bare and has_count_noun:
                before = self.lex.outcome_matches(text, start, cand.quantity.start)
                if before:
                    cand.outcome, cand.outcome_span = before[-1][2], before[-1][:2]
                elif previous_outcome is not None:
                    cand.outcome = previous_outcome  # "Die Gesamtzahl nähere sich der 5000"
            if (
                cand.outcome is None
                and cand.bare
                and previous_outcome is not None
                and self._part_named_later(text, cand, start, end)
            ):
                cand.outcome = previous_outcome  # "Fünf von ihnen sind Deutsche" after "zwölf Touristen"
            if cand.outcome is None and cand.bare and self.lex.share_after_re.match(text, cand.quantity.end):
                # "30 Tote im Norden, 12 entfallen auf den Süden": a share of the figure before
                before = parent.outcome if parent is not None else previous_outcome
                if before is not None:
                    cand.outcome = before
            if cand.outcome is None and parent is not None and self.lex.alternative_re.search(
                text, max(start, cand.quantity.start - 40), cand.quantity.start
            ):
                cand.outcome = parent.outcome  # "20 Tote, nach anderen Angaben 25": the same figure, told otherwise
            if cand.outcome is None and cand.victim is not None and self._demanded(text, cand, start):
                cand.outcome, cand.outcome_span = Outcome.dead, self._demanded(text, cand, start)
            if cand.outcome is None:
                continue
            q = cand.quantity
            if cand.part_of is not None:
                self._parent_of[q.start] = cand.part_of.quantity.start
            out.append(
                CasualtyMention(
                    count_text=Span.of(text, q.start, q.end),
                    count=q.count,
                    outcome=cand.outcome,
                    outcome_span=Span.of(text, *cand.outcome_span) if cand.outcome_span else None,
                    victims=text[cand.victim[0] : cand.victim[1]] if cand.victim else None,
                    victims_span=Span.of(text, *cand.victim) if cand.victim else None,
                    category=cand.category,
                    cumulative=self._cumulative(text, cand, start, end, people)
                    or any(self._cumulative(text, c, start, end, people) for c in cand.group)
                    # a part of a running total is one too ("bislang 300 Tote, darunter 40 Kinder"); not a
                    # part of a single event's total ("insgesamt fünf Verletzte, drei davon leicht")
                    or any(
                        c.part_of is not None
                        and self._cumulative(text, c.part_of, start, end, people, self.lex.running_total_re)
                        for c in [cand] + cand.group
                    ),
                )
            )
        return out

    def candidates(self, text: str, quantities: list[Quantity], start: int, end: int) -> list[Candidate]:
        """Quantities that may count people, each with its noun phrase."""
        out: list[Candidate] = []
        for q in quantities:
            before = text[max(start, q.start - 30) : q.start]
            if self.lex.reference_set_re.search(before):
                self._reference_sets.add(q.start)
                continue  # "von den 160 Personen", "keiner der 30 Insassen"
            cand = self.noun_phrase(text, q, end)
            if cand is None:
                continue
            prev = out[-1] if out else None
            if prev is not None and prev.bare and self.lex.partitive_re.match(text[prev.quantity.end : q.start]):
                # "Zwei der drei Kinder": the first figure counts, with the second one's noun
                prev.victim, prev.category, prev.np_end, prev.bare = cand.victim, cand.category, cand.np_end, False
                if cand.outcome_span is not None and cand.outcome_span[1] <= cand.np_end:
                    prev.outcome, prev.outcome_span = cand.outcome, cand.outcome_span
                continue
            if prev is not None and prev.bare and (cand.victim or self._own(cand)) and self._elided(text, prev, q, start):
                # "A mit sieben und B mit sechs getöteten Journalisten": the first figure's noun is left out
                prev.victim, prev.category, prev.bare, prev.elided_to = cand.victim, cand.category, False, cand
            if (
                prev is not None
                and prev.bare
                and self.lex.change_between_re.match(text[prev.quantity.end : q.start])
                and self.lex.change_before_re.search(text[max(start, prev.quantity.start - 20) : prev.quantity.start])
            ):
                # "von 40 auf 35 Tote": the old figure counts too, with the new one's noun
                prev.victim, prev.category, prev.np_end, prev.bare = cand.victim, cand.category, prev.quantity.end, False
                if cand.outcome_span is not None and cand.outcome_span[1] <= cand.np_end:
                    prev.outcome, prev.outcome_span = cand.outcome, cand.outcome_span
                cand.group, cand.changed_from, prev.changed_to = [prev], prev, cand
            out.append(cand)
        return out

    def _victim_of_count_noun(self, text: str, cand: Candidate, start: int) -> None:
        """ "Die Anzahl der Menschen, die … starben, beziffert sie auf 40": the figure's victims are
        the people the count phrase names."""
        counted = [m for m in self.lex.count_noun_re.finditer(text, start, cand.quantity.start)]
        if not counted:
            return
        noun = _TOKEN.findall(counted[-1].group(0))[-1]
        category = self.lex.victim_category(noun)
        if category is not None and noun.casefold() not in self.lex.outcome_nouns:
            noun_end = counted[-1].end()
            cand.victim, cand.category = (noun_end - len(noun), noun_end), category

    def _demanded(self, text: str, cand: Candidate, start: int) -> Optional[tuple[int, int]]:
        """The verb of "Das Unglück forderte bis zu 30 Opfer": victims a disaster claimed are dead.
        Only right before the figure (not "forderte für die 30 Opfer eine Entschädigung")."""
        if text[cand.victim[0] : cand.victim[1]].casefold() not in self.lex.demanded_nouns:
            return None
        after = self.lex.demanded_after_re.match(text, cand.victim[1])
        rest = text[cand.victim[1] : self._clause_end(text, cand.victim[1], len(text))]
        if self.lex.particle_end_re.search(rest):
            return None  # "forderte 30 Opfer (zu einer Aussage) auf": called on them
        if after:
            return after.span("verb")  # "hat 30 Opfer gefordert"
        m = self.lex.demanded_re.search(text, max(start, cand.quantity.start - 40), cand.quantity.start)
        return m.span("verb") if m else None

    def _member_category(self, text: str, noun: str, noun_end: int, category: Category) -> Category:
        """ "Angehörige der Armee", "Mitglieder der Polizei": members take the category of the body
        named in the genitive after them (a few words, no clause end between)."""
        if noun.casefold() not in self.lex.member_nouns:
            return category
        m = self.lex.member_of_re.match(text, noun_end)
        return self.lex.bodies[m.group("body").casefold()] if m else category

    def _elided(self, text: str, prev: Candidate, q: Quantity, start: int) -> bool:
        """Whether two figures stand in parallel phrases with the same preposition, the first
        without its noun: "… mit sieben und … mit sechs getöteten …"."""
        gap = self.lex.elided_gap_re.match(text[prev.quantity.end : q.start])
        before = _TOKEN.findall(text[max(start, prev.quantity.start - 12) : prev.quantity.start])
        return bool(gap and before and before[-1] == gap.group("prep"))

    def _is_agent(self, text: str, cand: Candidate, outcome: tuple[int, int, Outcome], start: int) -> bool:
        """ "Ein Attentäter tötete …": an active verb right after a clause-opening noun phrase."""
        if text[outcome[0] : outcome[1]] not in self.lex.active_verbs:
            return False
        if text[cand.np_end : outcome[0]].strip():
            return False
        head = text[max(start, cand.quantity.start - 40) : cand.quantity.start]
        return not head.strip() or bool(re.search(r"[,;:]\s*(?:und\s+|aber\s+)?$", head))

    def noun_phrase(self, text: str, q: Quantity, sent_end: int) -> Optional[Candidate]:
        """The quantity with its head noun, or None when it counts no people."""
        if not _counts_people(q.count):
            return None
        before = _TOKEN.findall(text[max(0, q.start - 25) : q.start])
        dated = before and before[-1].casefold() in self.lex.not_before
        if dated and q.start == q.number_start and text[q.number_start].isdigit():
            return None  # "im Jahr 2005", "Tag 5"
        weak = text[q.number_start : q.end].endswith("en")
        if q.kind == "vague" and weak and before and before[-1].casefold() in self.lex.determiners:
            return None  # "die vielen Verletzten" (but "…, durch die viele Menschen starben" counts)
        agent = q.kind in ("one", "vague") and before and before[-1].casefold() in self.lex.agent_before
        cand = Candidate(q, q.end)
        skipped = 0
        for m in _TOKEN.finditer(text, q.end, sent_end):
            word = m.group(0)
            if word[0].isupper() and "-" in word and word.rsplit("-", 1)[1][:1].islower() and skipped < 3:
                skipped += 1  # an adjective compound: "zwei US-amerikanische Soldaten"
                continue
            if word in self.lex.adjective_nouns and skipped < 3:
                skipped += 1  # "mehr als 60 Weitere"
                continue
            if word[0].isupper():
                outcome = self.lex.outcome_nouns.get(word.casefold())
                category = self.lex.victim_category(word)
                if outcome is None and category is None:
                    self._things.add(q.start)
                    return None  # "zwei Vereinbarungen", "30 Jahre": not people
                if agent and outcome is None:
                    return None  # "von einem Soldaten erschossen": the agent
                cand.np_end = m.end()
                if category is not None and outcome is None:
                    cand.victim, cand.category = (m.start(), m.end()), self._member_category(text, word, m.end(), category)
                else:
                    cand.outcome, cand.outcome_span = outcome, (m.start(), m.end())
                    cand.category = Category.unspecified
                return cand
            low = word.casefold()
            if q.kind == "vague" and low in self.lex.vague_of and skipped == 0:
                skipped += 1  # "Hunderte von Menschen"
                continue
            if word[0].isdigit() and "-" in word and skipped < 3:
                skipped += 1  # "ein 74-jähriger Mann"
                continue
            if not word[0].isalpha() or low in self.lex.function_words or skipped >= 3:
                break
            if m.start() in self._quantity_starts:
                break  # another figure: "wo 2005 zwei Menschen starben" (the year has no noun)
            skipped += 1  # an adjective or participle: "63 getöteten Zivilisten", "vier weitere"
        # no noun: "vier weitere verletzt", "der 5000"
        number = text[q.number_start : q.end]
        # "eine weitere verletzt", "einige davon schwer": the noun is left out, the figure counts people
        elliptic = self.lex.subset_after_re.match(text, q.end) or self.lex.elliptic_re.match(text, q.end)
        if q.kind == "vague" and q.count.high is None and not elliptic:
            elliptic = self._outcome_right_after(text, q.end, sent_end)  # "viele später hingerichtet"
        if (q.kind == "one" or (q.kind == "vague" and q.count.high is None)) and not elliptic or _YEAR.match(number):
            return None
        quoted = (before and before[-1] in "„‚»«\"") or text[q.end : q.end + 1] in ("“", "”", "«", "»", '"', "‘")
        if q.start == q.number_start and quoted:
            return None  # a name: "Nachtclub „911“", "„Horizon 180“"
        cand.bare = True
        return cand

    def _outcome_right_after(self, text: str, pos: int, sent_end: int) -> bool:
        """A participle or verb of harm at most two lower-case words after a noun-less vague figure
        ("mehrere wurden verletzt"): the figure stands for people. Not "viele Häuser", "einige nicht"."""
        found = self.lex.outcome_matches(text, pos, min(sent_end, pos + 40))
        if not found or text[found[0][0]].isupper():
            return False
        between = _TOKEN.findall(text[pos : found[0][0]])
        after = _TOKEN.findall(text[found[0][1] : found[0][1] + 12])[:1]
        if after and after[0] in self.lex.negations:
            return False  # "viele starben nicht daran"
        return len(between) <= 2 and all(w.isalpha() and w.islower() and w not in self.lex.negations for w in between)

    def _outcome_past_insertion(
        self, text: str, cand: Candidate, clause_end: int, kept: list[int], start: int, end: int
    ) -> list[tuple[int, int, Outcome]]:
        """The outcome of a figure whose clause is broken by an insertion: inside a relative clause
        on it ("acht Fahrgästen, die ein Schütze erschoss"), else where the clause goes on."""
        resume = self._after_insertion(text, cand, clause_end, start, end)
        if resume is None:
            return []
        if self.lex.relative_re.match(text, clause_end, end):
            pronoun_end = self.lex.relative_re.match(text, clause_end, end).end()
            stop = min([resume] + [k for k in kept if k > clause_end])  # "die zwei Zivilisten getötet hatten"
            inside = [o for o in self.lex.outcome_matches(text, pronoun_end, stop) if not text[o[0]].isupper()]
            if inside and self._relative_on_victims(text, pronoun_end, inside[0]):
                return inside
            if inside:
                return []  # "Zehn Soldaten, die den Bürgermeister erschossen hatten": they did it
        stop = min([self._clause_end(text, resume, end)] + [k for k in kept if k >= resume])
        found = [o for o in self.lex.outcome_matches(text, resume, stop) if not text[o[0]].isupper()]
        if not found:
            return []
        # a verb that does not open the rest starts a new clause: "…, sein Bruder wurde verletzt"
        first = resume + len(text[resume:]) - len(text[resume:].lstrip())
        if any(first < v < found[0][0] for v in self._verbs):
            return []
        if found[0][0] == first and text[found[0][0] : found[0][1]] in self.lex.active_verbs:
            nxt = _TOKEN.findall(text[found[0][1] : found[0][1] + 20])
            if nxt and (nxt[0].casefold() in self.lex.determiners or nxt[0].casefold() in self.lex.object_articles):
                return []  # "Zehn Soldaten, die …, töteten den Mann": the figure did it, to an object
        return found

    def _relative_on_victims(self, text: str, pronoun_end: int, outcome: tuple[int, int, Outcome]) -> bool:
        """Whether the relative pronoun is who the outcome happened to: "die getötet wurden", "die
        ein Schütze erschoss" — not "die den Bürgermeister erschossen hatten", "die Zivilisten erschossen"."""
        between = text[pronoun_end : outcome[0]]
        if text[outcome[0] : outcome[1]] in self.lex.active_verbs:
            return bool(self.lex.relative_subject_re.search(between))
        for m in self.lex.relative_object_re.finditer(between):
            before = _TOKEN.findall(between[: m.start()])
            if not before or before[-1].casefold() not in self.lex.prepositions:
                return False  # an accusative object: the pronoun is the one who acted
        return True

    def _after_insertion(self, text: str, cand: Candidate, clause_end: int, start: int, end: int) -> Optional[int]:
        """Where the clause goes on after an insertion around or after the figure: a parenthesis
        ("neun Menschen (sechs Bewohner …) ums Leben"), a relative clause ("17 Teilnehmer einer
        Hochzeit, die …, enthauptet"), a part ("20 Menschen, darunter drei Kinder, getötet")."""
        if clause_end >= end:
            return None
        opened = text[clause_end]
        if opened == "(":
            close = text.find(")", clause_end, end)
            return close + 1 if close >= 0 else None
        before = self._clause_start(text, cand.quantity.start, start, [cand], cand)
        if opened == ")":  # the figure stands inside the parenthesis
            return clause_end + 1 if before > start and text[before - 1] == "(" else None
        if opened != ",":
            return None
        if self.lex.relative_re.match(text, clause_end, end):
            close = text.find(",", clause_end + 1, end)
            return close + 1 if close >= 0 else end  # "zahlreiche Kinder, die … verletzt wurden."
        if self.lex.insertion_after_re.match(text, clause_end, end):
            close = text.find(",", clause_end + 1, end)
            return close + 1 if close >= 0 else None
        opener = text[before : cand.quantity.start]
        if before > start and text[before - 1] == "," and self.lex.insertion_member_re.match(opener):
            return clause_end + 1  # the figure stands inside ", unter ihnen …,"
        return None

    def _clause_end(self, text: str, pos: int, end: int) -> int:
        for m in _CLAUSE_END.finditer(text, pos, end):
            if m.group(0) == "," and _between_names(text, m.start(), end):
                continue  # "in La Faute-sur-Mer, L'Aiguillon-sur-Mer und …": a list, not a new clause
            return m.start()
        return end

    def _share_in_groups(self, text: str, cands: list[Candidate], start: int, end: int) -> None:
        """Coordinated phrases share one outcome: "22 Zivilisten und 2 Polizisten … getötet"."""
        groups: list[list[Candidate]] = []
        for i, cand in enumerate(cands):
            gap = text[cands[i - 1].np_end : cand.quantity.start] if i else ""
            # nouns coordinate ("neun Polizisten und acht Zivilisten"); a bare figure opens a clause
            # ("zwei Soldaten und drei andere": "andere"/"weitere" stand for a noun, so they coordinate too)
            # (only with no outcome word before the first: "starben 12 Menschen und 30 weitere wurden
            # verletzt" are two clauses)
            elliptic = (i and "," not in gap and self.lex.elliptic_re.match(text, cand.quantity.end)
                        and self.lex.outcome_re.search(text, start, cands[i - 1].quantity.start) is None)
            joined = i and (not cand.bare or elliptic) and (
                self.lex.coordination_re.match(gap)
                or self.lex.genitive_coordination_re.match(gap)
                or self._pp_coordination(gap, cands[i - 1].np_end, cand.quantity.start)
            )
            if joined and "," in gap and cands[i - 1].bare:
                joined = False
            if joined:
                groups[-1].append(cand)
                cand.group = groups[-1][:1]  # "bereits sechs Soldaten … und ein Soldat": one running total
            else:
                groups.append([cand])
        for group in groups:
            shared = next((c for c in reversed(group) if c.outcome is not None and c.outcome_span and not self._own(c)), None)
            if shared is None and group[0].outcome is None:
                clause_start = self._clause_start(text, group[0].quantity.start, start, cands, group[0])
                q0 = group[0].quantity.start
                # a verb ("starben 12 Menschen"), or a noun right before ("die Leichen von zwei Frauen")
                before = [o for o in self.lex.outcome_matches(text, clause_start, q0)
                          if not text[o[0]].isupper() or o[0] == start or len(_TOKEN.findall(text[o[1] : q0])) <= 2]
                if not before:
                    before = self._verb_across_insertions(text, clause_start, q0, start, end, cands, group[0])
                if before:
                    for c in group:
                        if c.outcome is None:
                            c.outcome, c.outcome_span = before[-1][2], before[-1][:2]
                continue
            if shared is not None:
                for c in group:
                    if c.outcome is None:
                        c.outcome, c.outcome_span = shared.outcome, shared.outcome_span

    def _verb_across_insertions(
        self, text: str, clause_start: int, q0: int, start: int, end: int, cands: list[Candidate], cand: Candidate
    ) -> list[tuple[int, int, Outcome]]:
        """ "starben beim Absturz in der Region X, rund 200 Kilometer westlich von Y, alle vier
        Insassen": a figure whose clause has no verb of its own is the subject of the outcome verb
        before the commas, when no other verb stands between them (a list "Es starben zwei Polizisten,
        drei Zivilisten" shares the verb the same way)."""
        if cand.quantity.kind == "one":
            return []  # "Dabei starb Nicola Calipari, ein Mann des Geheimdienstes": an apposition, no figure
        verbs = self._verbs
        clause_end = self._clause_end(text, cand.np_end, end)
        if any(clause_start <= v < clause_end for v in verbs):
            return []  # the figure's clause has a verb: it says what happened to it ("die 30 Fahrgäste blieben …")
        idx = cands.index(cand)
        lower = max(start, cands[idx - 1].np_end if idx else start)
        if lower >= clause_start or text[clause_start - 1] != ",":
            return []
        found = [o for o in self.lex.outcome_matches(text, lower, clause_start) if not text[o[0]].isupper()]
        if not found or any(found[-1][1] <= v < q0 for v in verbs):
            return []
        return found[-1:]

    def _part_named_later(self, text: str, cand: Candidate, start: int, end: int) -> bool:
        """ "Fünf von ihnen sind Deutsche": a part of the figure before, named by a victim noun
        later in a sentence that has no outcome word of its own."""
        q = cand.quantity
        if not self.lex.subset_after_re.match(text, q.end) or self.lex.outcome_matches(text, start, end):
            return False
        return any(w[0].isupper() and self.lex.victim_category(w) for w in _TOKEN.findall(text[q.end : end]))

    @property
    def _verbs(self) -> set[int]:
        if self._verb_starts is None:
            self._verb_starts = {t.idx for t in self._doc if t.pos_ in ("VERB", "AUX")} if self._doc is not None else set()
        return self._verb_starts

    def _pp_coordination(self, gap: str, gap_start: int, gap_end: int) -> bool:
        """ "fünf Menschen und bei dem Unwetter auf dem Land 20 Menschen": "und" + a prepositional
        phrase, no verb between the two figures."""
        return bool(self.lex.pp_coordination_re.match(gap)) and not any(gap_start <= v < gap_end for v in self._verbs)

    def _active_verb_before(self, text: str, cand: Candidate, start: int, cands: list[Candidate]) -> None:
        """ "Ein Attentäter tötete bei einem Anschlag …, der …, mindestens 126 Menschen": the object
        of an active verb earlier in the sentence, when no other figure stands between them."""
        lower = max([start] + [c.np_end for c in cands if c.np_end <= cand.quantity.start])
        verbs = [o for o in self.lex.outcome_matches(text, lower, cand.quantity.start)
                 if text[o[0] : o[1]] in self.lex.active_verbs]  # lower case: "Verschleppten" is a noun
        if verbs:
            cand.outcome, cand.outcome_span = verbs[-1][2], verbs[-1][:2]

    @staticmethod
    def _own(c: Candidate) -> bool:
        """True when the outcome word is inside the phrase's own noun phrase ("12 Tote")."""
        return c.outcome_span is not None and c.outcome_span[1] <= c.np_end

    def _clause_start(self, text: str, pos: int, start: int, cands: list[Candidate], cand: Candidate) -> int:
        idx = cands.index(cand)
        lower = cands[idx - 1].np_end if idx else start
        ends = [m.end() for m in _CLAUSE_END.finditer(text, lower, pos)]
        return max([lower] + ends)

    def _is_subset(self, text: str, parent: Candidate, cand: Candidate) -> bool:
        """ "…, darunter 62 Zivilisten", "19 davon": a part of the figure before."""
        q = cand.quantity
        return bool(self.lex.subset_re.search(text[parent.np_end : q.start]) or self.lex.subset_after_re.match(text, q.end))

    def _cumulative(
        self, text: str, cand: Candidate, start: int, end: int, quantities: list[Quantity], marker: Optional[re.Pattern] = None
    ) -> bool:
        """A running-total word ("bislang", "Gesamtzahl", "stieg auf") in the mention's own part of
        its clause: after the figure before it, up to the outcome word ("bislang 874 … getötet")."""
        q = cand.quantity
        # a changed figure shares its window with the old one: "stieg von 30 auf 45"
        first = cand.changed_from.quantity if cand.changed_from is not None else q
        window_start = max(
            [start]
            + [m.end() for m in _CLAUSE_END.finditer(text, start, first.start)]
            + [o.end for o in quantities if o.end <= first.start]
        )
        window_end = cand.changed_to.quantity.end if cand.changed_to is not None else q.end
        if cand.outcome_span and cand.outcome_span[0] >= cand.np_end:
            window_end = max(window_end, min(cand.outcome_span[1], self._clause_end(text, cand.np_end, end)))
        if (marker or self.lex.cumulative_re).search(text, window_start, window_end):
            return True
        # "ist auf mehr als 3.400 gestiegen": the verb of rising follows the figure
        return bool(self.lex.risen_before_re.search(text[window_start : q.start]) and self.lex.risen_after_re.match(text, q.end))


def _between_names(text: str, comma: int, end: int) -> bool:
    before = _TOKEN.findall(text[max(0, comma - 30) : comma])
    after = _TOKEN.findall(text[comma + 1 : min(end, comma + 30)])
    return bool(before and after and before[-1][0].isupper() and after[0][0].isupper())


def _counts_people(count: Count) -> bool:
    return not (count.high == 0 and count.low in (0, None))


def source_of(span: Span, attributions: list[Attribution]) -> Optional[tuple[Optional[Span], Attribution]]:
    """The speaker phrase a figure is attributed to, and the attribution it comes from.

    The innermost attribution whose content contains the figure; when it names no speaker
    (free indirect speech, a quote without frame) the phrase of the latest earlier attribution
    of the same speaker, the one this content continues.
    """
    containing = [a for a in attributions if a.content.contains(span)]
    if not containing:
        return None
    a = min(containing, key=lambda x: x.content.end - x.content.start)
    if a.speaker is not None or not a.speaker_actor_ids:
        return a.speaker, a
    earlier = [
        b
        for b in attributions
        if b.speaker is not None and b.speaker_actor_ids == a.speaker_actor_ids and b.content.start < a.content.start
    ]
    if not earlier:
        return None, a
    return max(earlier, key=lambda b: b.content.start).speaker, a


def add_sources(mentions: list[CasualtyMention], attributions: list[Attribution]) -> None:
    for mention in mentions:
        found = source_of(mention.count_text, attributions)
        if found is None:
            continue
        speaker, attribution = found
        mention.source = speaker.text if speaker else None
        mention.source_span = speaker
        mention.source_actor = attribution.speaker_actor
        mention.source_actor_id = attribution.speaker_actor_id
        mention.source_actor_ids = list(attribution.speaker_actor_ids)


@Language.factory(
    "karabach_casualties",
    default_config={"lexicon": "casualties.json"},
    requires=["doc.sents", "doc._.quantities", "doc._.attributions"],
    assigns=["doc._.casualties"],
)
def make_casualties(nlp: Language, name: str, lexicon: str) -> Casualties:
    return Casualties(nlp, name, lexicon)
