"""Reading one doc for casualty figures: each quantity's noun phrase, and the clause tests the
outcome rules share (where a clause ends, an insertion, a coordinated group, a running total).

A :class:`Reader` holds what is learnt about one doc while its sentences are read (figures of
things, reference sets, parts and wholes), so nothing is carried over from one doc to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left
from functools import cached_property
from typing import Callable, Iterator, Optional

from spacy.tokens import Doc

from ...doctext import doc_text
from ...quantities import Quantity
from ...records import Category, Count, Outcome
from .lexicon import CLAUSE_END, YEAR, Lexicon

# an age between a figure and its noun: "ein 58 Jahre alter Autofahrer"
AGE = re.compile(r"\d+\s+Jahre\s+alt(?:e|er|en|es|em)?\b")


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


class Reader:
    """The per-doc state of the casualty rules and the tests they share."""

    def __init__(self, lex: Lexicon, doc: Doc, outcome_words: Callable[[Doc], list], count_nouns: Callable[[Doc], list]):
        self.lex = lex
        self.doc = doc
        self.text = doc_text(doc)
        self._outcome_words = outcome_words
        self._count_nouns = count_nouns
        self._verb_starts: Optional[set[int]] = None  # where its verbs start, read when first needed
        self.things: set[int] = set()  # figures of things ("bei 12 Überfällen"): they end no search
        self.reference_sets: set[int] = set()  # "keiner der 40 Schüler"
        self.parent_of: dict[int, int] = {}  # a part's figure start -> its whole's ("27 Tote, darunter elf Kinder")
        self.quantity_starts: set[int] = set()  # where the sentence's quantity phrases start

    @cached_property
    def outcome_words(self) -> list[tuple[int, int, int, Outcome]]:
        """The doc's outcome words matched over its tokens, read when first needed."""
        return self._outcome_words(self.doc)

    @cached_property
    def count_nouns(self) -> list[tuple[int, int]]:
        """Where the doc's count phrases stand ("Die Zahl der Opfer"), read when first needed."""
        return self._count_nouns(self.doc)

    def count_nouns_in(self, start: int, end: int) -> list[tuple[int, int]]:
        return [c for c in self.count_nouns if start <= c[0] and c[1] <= end]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.idx for t in self.doc]

    def tokens(self, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """(start char, end char, text) of the doc's tokens that start in ``[start, end)``, spaces left out."""
        for tok in self.doc[bisect_left(self._token_starts, start) :]:
            if tok.idx >= end:
                break
            if not tok.is_space:
                yield tok.idx, tok.idx + len(tok), tok.text

    def word_before(self, pos: int, reach: int) -> Optional[str]:
        """The last token that ends by ``pos`` and starts at most ``reach`` characters before it."""
        i = bisect_left(self._token_starts, pos) - 1
        while i >= 0:
            tok = self.doc[i]
            if tok.idx < pos - reach:
                return None
            if not tok.is_space and tok.idx + len(tok) <= pos:
                return tok.text
            i -= 1
        return None

    def words(self, start: int, end: int) -> list[str]:
        return [w for _, _, w in self.tokens(start, end)]

    def word_after(self, pos: int, reach: int) -> Optional[str]:
        """The first token that starts in ``[pos, pos + reach)``."""
        return next((w for _, _, w in self.tokens(pos, pos + reach)), None)

    def outcome_matches(self, text: str, start: int, end: int) -> list[tuple[int, int, Outcome]]:
        return self.lex.outcome_matches(text, start, end, self.outcome_words, self.word_before)

    def figure(self, text: str, q: Quantity, start: int, end: int) -> Optional[Candidate]:
        """The quantity with its noun phrase, or None when it counts no people or names the set a
        figure is taken from ("von den 160 Personen", "keiner der 30 Insassen")."""
        if self.lex.reference_set_re.search(text[max(start, q.start - 30) : q.start]):
            self.reference_sets.add(q.start)
            return None
        return self.noun_phrase(text, q, end)

    def victim_of_count_noun(self, text: str, cand: Candidate, start: int) -> None:
        """ "Die Anzahl der Menschen, die … starben, beziffert sie auf 40": the figure's victims are
        the people the count phrase names."""
        counted = self.count_nouns_in(start, cand.quantity.start)
        if not counted:
            return
        noun_start, noun_end = counted[-1]
        noun = self.word_before(noun_end, noun_end - noun_start)
        if noun is None or not text.endswith(noun, 0, noun_end):
            return  # the phrase ends inside a word
        category = self.lex.victim_category(noun)
        if category is not None and noun.casefold() not in self.lex.outcome_nouns:
            cand.victim, cand.category = (noun_end - len(noun), noun_end), category

    def demanded(self, text: str, cand: Candidate, start: int) -> Optional[tuple[int, int]]:
        """The verb of "Das Unglück forderte bis zu 30 Opfer": victims a disaster claimed are dead.
        Only right before the figure (not "forderte für die 30 Opfer eine Entschädigung")."""
        if text[cand.victim[0] : cand.victim[1]].casefold() not in self.lex.demanded_nouns:
            return None
        after = self.lex.demanded_after_re.match(text, cand.victim[1])
        rest = text[cand.victim[1] : self.clause_end(text, cand.victim[1], len(text))]
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

    def elided(self, text: str, prev: Candidate, q: Quantity, start: int) -> bool:
        """Whether two figures stand in parallel phrases with the same preposition, the first
        without its noun: "… mit sieben und … mit sechs getöteten …"."""
        gap = self.lex.elided_gap_re.match(text[prev.quantity.end : q.start])
        p = prev.quantity.start
        return bool(gap and self.word_before(p, p - max(start, p - 12)) == gap.group("prep"))

    def is_agent(self, text: str, cand: Candidate, outcome: tuple[int, int, Outcome], start: int) -> bool:
        """ "Ein Attentäter tötete …": an active verb right after a clause-opening noun phrase."""
        if text[outcome[0] : outcome[1]] not in self.lex.active_verbs:
            return False
        if text[cand.np_end : outcome[0]].strip():
            return False
        head = text[max(start, cand.quantity.start - 40) : cand.quantity.start]
        return not head.strip() or bool(re.search(r"[,;:]\s*(?:und\s+|aber\s+)?$", head))

    def noun_phrase(self, text: str, q: Quantity, sent_end: int) -> Optional[Candidate]:
        """The quantity with its head noun, or None when it counts no people."""
        word = self.word_before(q.start, 25)
        before = [word] if word is not None else []
        if not _counts_people(q.count) or self._no_count_here(text, q, before):
            return None
        agent = q.kind in ("one", "vague") and before and before[-1].casefold() in self.lex.agent_before
        cand = Candidate(q, q.end)
        skipped, age_end = 0, -1
        for tok_start, tok_end, word in self.tokens(q.end, sent_end):
            if tok_start < age_end:
                continue
            if skipped == 0 and (age := AGE.match(text, tok_start)):
                age_end, skipped = age.end(), 1
                continue
            if word[0].isupper() and "-" in word and word.rsplit("-", 1)[1][:1].islower() and skipped < 3:
                skipped += 1  # an adjective compound: "zwei US-amerikanische Soldaten"
                continue
            if word in self.lex.adjective_nouns and skipped < 3:
                skipped += 1  # "mehr als 60 Weitere"
                continue
            if word[0].isupper():
                return self._headed(text, cand, tok_start, tok_end, word, agent)
            low = word.casefold()
            if q.kind == "vague" and low in self.lex.vague_of and skipped == 0:
                skipped += 1  # "Hunderte von Menschen"
                continue
            if word[0].isdigit() and "-" in word and skipped < 3:
                skipped += 1  # "ein 74-jähriger Mann"
                continue
            if not word[0].isalpha() or low in self.lex.function_words or skipped >= 3:
                break
            if tok_start in self.quantity_starts:
                break  # another figure: "wo 2005 zwei Menschen starben" (the year has no noun)
            skipped += 1  # an adjective or participle: "63 getöteten Zivilisten", "vier weitere"
        return self._bare_figure(text, cand, before, sent_end)

    def _no_count_here(self, text: str, q: Quantity, before: list[str]) -> bool:
        """A number after a date word ("im Jahr 2005", "Tag 5"), or a vague word used as an
        adjective after a determiner ("die vielen Verletzten")."""
        dated = before and before[-1].casefold() in self.lex.not_before
        if dated and q.start == q.number_start and text[q.number_start].isdigit():
            return True
        weak = text[q.number_start : q.end].endswith("en")
        # (but "…, durch die viele Menschen starben" counts)
        return bool(q.kind == "vague" and weak and before and before[-1].casefold() in self.lex.determiners)

    def _headed(self, text: str, cand: Candidate, start: int, end: int, word: str, agent: bool) -> Optional[Candidate]:
        """The figure with its head noun ``word`` (``text[start:end]``): a victim ("Soldaten") or an outcome noun ("Tote")."""
        outcome = self.lex.outcome_nouns.get(word.casefold())
        category = self.lex.victim_category(word)
        if outcome is None and category is None:
            self.things.add(cand.quantity.start)
            return None  # "zwei Vereinbarungen", "30 Jahre": not people
        if agent and outcome is None:
            return None  # "von einem Soldaten erschossen": the agent
        cand.np_end = end
        if category is not None and outcome is None:
            cand.victim, cand.category = (start, end), self._member_category(text, word, end, category)
        else:
            cand.outcome, cand.outcome_span = outcome, (start, end)
            cand.category = Category.unspecified
        return cand

    def _bare_figure(self, text: str, cand: Candidate, before: list[str], sent_end: int) -> Optional[Candidate]:
        """A figure with no noun ("vier weitere verletzt", "der 5000"), or None when it counts no people."""
        q = cand.quantity
        number = text[q.number_start : q.end]
        # "eine weitere verletzt", "einige davon schwer": the noun is left out, the figure counts people
        elliptic = self.lex.subset_after_re.match(text, q.end) or self.lex.elliptic_re.match(text, q.end)
        if q.kind == "vague" and q.count.high is None and not elliptic:
            elliptic = self._outcome_right_after(text, q.end, sent_end)  # "viele später hingerichtet"
        if (q.kind == "one" or (q.kind == "vague" and q.count.high is None)) and not elliptic or YEAR.match(number):
            return None
        quoted = (before and before[-1] in "„‚»«\"") or text[q.end : q.end + 1] in ("“", "”", "«", "»", '"', "‘")
        if q.start == q.number_start and quoted:
            return None  # a name: "Nachtclub „911“", "„Horizon 180“"
        cand.bare = True
        return cand

    def _outcome_right_after(self, text: str, pos: int, sent_end: int) -> bool:
        """A participle or verb of harm at most two lower-case words after a noun-less vague figure
        ("mehrere wurden verletzt"): the figure stands for people. Not "viele Häuser", "einige nicht"."""
        found = self.outcome_matches(text, pos, min(sent_end, pos + 40))
        if not found or text[found[0][0]].isupper():
            return False
        between = self.words(pos, found[0][0])
        if self.word_after(found[0][1], 12) in self.lex.negations:
            return False  # "viele starben nicht daran"
        return len(between) <= 2 and all(w.isalpha() and w.islower() and w not in self.lex.negations for w in between)

    def outcome_past_insertion(
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
            inside = [o for o in self.outcome_matches(text, pronoun_end, stop) if not text[o[0]].isupper()]
            if inside and self._relative_on_victims(text, pronoun_end, inside[0]):
                return inside
            if inside:
                return []  # "Zehn Soldaten, die den Bürgermeister erschossen hatten": they did it
        stop = min([self.clause_end(text, resume, end)] + [k for k in kept if k >= resume])
        found = [o for o in self.outcome_matches(text, resume, stop) if not text[o[0]].isupper()]
        if not found:
            return []
        # a verb that does not open the rest starts a new clause: "…, sein Bruder wurde verletzt"
        first = resume + len(text[resume:]) - len(text[resume:].lstrip())
        if any(first < v < found[0][0] for v in self._verbs):
            return []
        if found[0][0] == first and text[found[0][0] : found[0][1]] in self.lex.active_verbs:
            nxt = (self.word_after(found[0][1], 20) or "").casefold()
            if nxt and (nxt in self.lex.determiners or nxt in self.lex.object_articles):
                return []  # "Zehn Soldaten, die …, töteten den Mann": the figure did it, to an object
        return found

    def _relative_on_victims(self, text: str, pronoun_end: int, outcome: tuple[int, int, Outcome]) -> bool:
        """Whether the relative pronoun is who the outcome happened to: "die getötet wurden", "die
        ein Schütze erschoss" — not "die den Bürgermeister erschossen hatten", "die Zivilisten erschossen"."""
        between = text[pronoun_end : outcome[0]]
        if text[outcome[0] : outcome[1]] in self.lex.active_verbs:
            return bool(self.lex.relative_subject_re.search(between))
        for m in self.lex.relative_object_re.finditer(between):
            before = self.word_before(pronoun_end + m.start(), m.start())
            if before is None or before.casefold() not in self.lex.prepositions:
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

    def clause_end(self, text: str, pos: int, end: int) -> int:
        for m in CLAUSE_END.finditer(text, pos, end):
            if m.group(0) == "," and self._between_names(m.start(), end):
                continue  # "in La Faute-sur-Mer, L'Aiguillon-sur-Mer und …": a list, not a new clause
            return m.start()
        return end

    def _between_names(self, comma: int, end: int) -> bool:
        before = self.word_before(comma, 30)
        after = self.word_after(comma + 1, min(end, comma + 30) - comma - 1)
        return bool(before and after and before[0].isupper() and after[0].isupper())

    def share_in_groups(self, text: str, cands: list[Candidate], start: int, end: int) -> None:
        """Coordinated phrases share one outcome: "22 Zivilisten und 2 Polizisten … getötet"."""
        groups: list[list[Candidate]] = []
        for i, cand in enumerate(cands):
            gap = text[cands[i - 1].np_end : cand.quantity.start] if i else ""
            # nouns coordinate ("neun Polizisten und acht Zivilisten"); a bare figure opens a clause
            # ("zwei Soldaten und drei andere": "andere"/"weitere" stand for a noun, so they coordinate too)
            # (only with no outcome word before the first: "starben 12 Menschen und 30 weitere wurden
            # verletzt" are two clauses)
            elliptic = (i and "," not in gap and self.lex.elliptic_re.match(text, cand.quantity.end)
                        and not self.lex.any_outcome_word(text, start, cands[i - 1].quantity.start, self.outcome_words))
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
            shared = next((c for c in reversed(group) if c.outcome is not None and c.outcome_span and not self.own(c)), None)
            if shared is None and group[0].outcome is None:
                clause_start = self._clause_start(text, group[0].quantity.start, start, cands, group[0])
                q0 = group[0].quantity.start
                # a verb ("starben 12 Menschen"), or a noun right before ("die Leichen von zwei Frauen")
                before = [o for o in self.outcome_matches(text, clause_start, q0)
                          if not text[o[0]].isupper() or o[0] == start or len(self.words(o[1], q0)) <= 2]
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
        clause_end = self.clause_end(text, cand.np_end, end)
        if any(clause_start <= v < clause_end for v in verbs):
            return []  # the figure's clause has a verb: it says what happened to it ("die 30 Fahrgäste blieben …")
        idx = cands.index(cand)
        lower = max(start, cands[idx - 1].np_end if idx else start)
        if lower >= clause_start or text[clause_start - 1] != ",":
            return []
        found = [o for o in self.outcome_matches(text, lower, clause_start) if not text[o[0]].isupper()]
        if not found or any(found[-1][1] <= v < q0 for v in verbs):
            return []
        return found[-1:]

    def part_named_later(self, text: str, cand: Candidate, start: int, end: int) -> bool:
        """ "Fünf von ihnen sind Deutsche": a part of the figure before, named by a victim noun
        later in a sentence that has no outcome word of its own."""
        q = cand.quantity
        if not self.lex.subset_after_re.match(text, q.end) or self.outcome_matches(text, start, end):
            return False
        return any(w[0].isupper() and self.lex.victim_category(w) for w in self.words(q.end, end))

    @property
    def _verbs(self) -> set[int]:
        if self._verb_starts is None:
            self._verb_starts = {t.idx for t in self.doc if t.pos_ in ("VERB", "AUX")} if self.doc is not None else set()
        return self._verb_starts

    def _pp_coordination(self, gap: str, gap_start: int, gap_end: int) -> bool:
        """ "fünf Menschen und bei dem Unwetter auf dem Land 20 Menschen": "und" + a prepositional
        phrase, no verb between the two figures."""
        return bool(self.lex.pp_coordination_re.match(gap)) and not any(gap_start <= v < gap_end for v in self._verbs)

    def active_verb_before(self, text: str, cand: Candidate, start: int, cands: list[Candidate]) -> Optional[tuple[int, int, Outcome]]:
        """ "Ein Attentäter tötete bei einem Anschlag …, der …, mindestens 126 Menschen": the object
        of an active verb earlier in the sentence, when no other figure stands between them."""
        lower = max([start] + [c.np_end for c in cands if c.np_end <= cand.quantity.start])
        verbs = [o for o in self.outcome_matches(text, lower, cand.quantity.start)
                 if text[o[0] : o[1]] in self.lex.active_verbs]  # lower case: "Verschleppten" is a noun
        return verbs[-1] if verbs else None

    @staticmethod
    def own(c: Candidate) -> bool:
        """True when the outcome word is inside the phrase's own noun phrase ("12 Tote")."""
        return c.outcome_span is not None and c.outcome_span[1] <= c.np_end

    def _clause_start(self, text: str, pos: int, start: int, cands: list[Candidate], cand: Candidate) -> int:
        idx = cands.index(cand)
        lower = cands[idx - 1].np_end if idx else start
        ends = [m.end() for m in CLAUSE_END.finditer(text, lower, pos)]
        return max([lower] + ends)

    def is_subset(self, text: str, parent: Candidate, cand: Candidate) -> bool:
        """ "…, darunter 62 Zivilisten", "19 davon": a part of the figure before."""
        q = cand.quantity
        return bool(self.lex.subset_re.search(text[parent.np_end : q.start]) or self.lex.subset_after_re.match(text, q.end))

    def cumulative(
        self, text: str, cand: Candidate, start: int, end: int, quantities: list[Quantity], marker: Optional[re.Pattern] = None
    ) -> bool:
        """A running-total word ("bislang", "Gesamtzahl", "stieg auf") in the mention's own part of
        its clause: after the figure before it, up to the outcome word ("bislang 874 … getötet")."""
        q = cand.quantity
        # a changed figure shares its window with the old one: "stieg von 30 auf 45"
        first = cand.changed_from.quantity if cand.changed_from is not None else q
        window_start = max(
            [start]
            + [m.end() for m in CLAUSE_END.finditer(text, start, first.start)]
            + [o.end for o in quantities if o.end <= first.start]
        )
        window_end = cand.changed_to.quantity.end if cand.changed_to is not None else q.end
        if cand.outcome_span and cand.outcome_span[0] >= cand.np_end:
            window_end = max(window_end, min(cand.outcome_span[1], self.clause_end(text, cand.np_end, end)))
        if (marker or self.lex.cumulative_re).search(text, window_start, window_end):
            return True
        # "ist auf mehr als 3.400 gestiegen": the verb of rising follows the figure
        return bool(self.lex.risen_before_re.search(text[window_start : q.start]) and self.lex.risen_after_re.match(text, q.end))


def _counts_people(count: Count) -> bool:
    return not (count.high == 0 and count.low in (0, None))
